import Decimal from 'decimal.js'
import { BpjsValidationError, makeIssue } from '../../errors.js'
import { bilingual } from '../../i18n/format.js'
import { deepFreeze } from '../../internal/freeze.js'
import type { Citation } from '../../legal/types.js'
import { findValueAt } from '../../parameters/lookup.js'
import {
  jhtLumpSumTax,
  jhtPartialMinYears,
  jhtPartialRates,
  jhtPensionAge,
  jhtSeparationWaitMonths,
} from '../../parameters/jht.js'
import { parseWith } from '../../schemas/common.js'
import { jhtClaimInputSchema } from '../../schemas/jht.js'
import { addMonthsToDate, completedMonths, dateOfAge } from '../../time/calendar.js'
import type { JhtClaimInput, JhtClaimReason, JhtClaimResult } from './types.js'

type Outcome = { status: JhtClaimResult['status']; payableFrom: string | null; reasons: JhtClaimReason[] }

function reason(
  code: string,
  params: Record<string, string | number>,
  legal: readonly Citation[],
): JhtClaimReason {
  return { code, params, legal, message: bilingual(code, params) }
}

function need(input: JhtClaimInput, fields: (keyof JhtClaimInput)[]): string[] {
  return fields.filter((f) => input[f] === undefined).map(String)
}

function read<T>(p: Parameters<typeof findValueAt<T>>[0], date: string) {
  const r = findValueAt(p, date)
  if (r === undefined)
    throw new BpjsValidationError([makeIssue(['claimDate'], 'DATE_BEFORE_COVERAGE', { date })])
  return r
}

/** Age 56 (PP 46/2015 Pasal 22(1)) or a separation after the waiting period of the regulation of the day. */
function ageOrSeparation(input: JhtClaimInput, birth: string): Outcome {
  const age = read(jhtPensionAge, input.claimDate)
  const at = dateOfAge(birth, age.value)
  if (input.ground === 'pension-age') {
    const ok = at <= input.claimDate
    return {
      status: ok ? 'payable' : 'not-yet',
      payableFrom: at,
      reasons: [
        reason(ok ? 'JHT_AGE_REACHED' : 'JHT_AGE_NOT_REACHED', { age: age.value, date: at }, age.legal),
      ],
    }
  }
  const sep = input.separationDate!
  const wait = read(jhtSeparationWaitMonths, sep)
  const from = wait.value === null ? at : addMonthsToDate(sep, wait.value)
  const first = at < from ? at : from
  const ok = first <= input.claimDate
  const code = wait.value === null ? 'JHT_SEPARATION_AT_AGE_ONLY' : ok ? 'JHT_WAIT_MET' : 'JHT_WAIT_NOT_MET'
  return {
    status: ok ? 'payable' : 'not-yet',
    payableFrom: first,
    reasons: [reason(code, { months: wait.value ?? 0, date: first }, wait.legal)],
  }
}

function partial(input: JhtClaimInput): Outcome {
  const min = read(jhtPartialMinYears, input.claimDate)
  const years = Math.floor(completedMonths(input.membershipStart!, input.claimDate) / 12)
  const legal6: Citation[] = [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (6)' }]
  if (input.previousPartialClaim === true)
    return { status: 'not-payable', payableFrom: null, reasons: [reason('JHT_PARTIAL_USED', {}, legal6)] }
  const ok = years >= min.value
  const at = addMonthsToDate(input.membershipStart!, min.value * 12)
  return {
    status: ok ? 'payable' : 'not-yet',
    payableFrom: at,
    reasons: [reason(ok ? 'JHT_PARTIAL_MET' : 'JHT_PARTIAL_SHORT', { years, minimum: min.value }, min.legal)],
  }
}

function decide(input: JhtClaimInput): Outcome {
  const g = input.ground
  const now = input.claimDate
  if (g === 'pension-age' || g === 'resignation' || g === 'termination')
    return ageOrSeparation(input, input.birthDate!)
  if (g === 'partial-housing' || g === 'partial-other') return partial(input)
  if (g === 'leaving-indonesia') {
    const ok = input.nationality === 'foreign'
    const legal: Citation[] = [{ source: 'PERMENAKER-4-2022', article: 'Pasal 12' }]
    const code = ok ? 'JHT_LEAVING_FOREIGN' : 'JHT_LEAVING_CITIZEN'
    return {
      status: ok ? 'payable' : 'not-payable',
      payableFrom: ok ? now : null,
      reasons: [reason(code, {}, legal)],
    }
  }
  const legal: Citation[] = [{ source: 'PP-60-2015', article: 'Pasal 26' }]
  const code = g === 'death' ? 'JHT_DEATH_HEIRS' : 'JHT_DISABILITY'
  return { status: 'payable', payableFrom: now, reasons: [reason(code, {}, legal)] }
}

function requiredFacts(input: JhtClaimInput): string[] {
  const g = input.ground
  if (g === 'pension-age') return need(input, ['birthDate'])
  if (g === 'resignation' || g === 'termination') return need(input, ['birthDate', 'separationDate'])
  if (g === 'partial-housing' || g === 'partial-other')
    return need(input, ['membershipStart', 'previousPartialClaim'])
  if (g === 'leaving-indonesia') return need(input, ['nationality'])
  return []
}

/** Payable amount (a partial cap for 10%/30%) and the optional PP 68/2009 tax line. */
function amountsOf(input: JhtClaimInput, status: JhtClaimResult['status']) {
  if (input.balance === undefined || status !== 'payable') return { amount: null, tax: null }
  const b = new Decimal(input.balance)
  let amount = input.balance
  if (input.ground === 'partial-housing' || input.ground === 'partial-other') {
    const rates = read(jhtPartialRates, input.claimDate).value
    const r = input.ground === 'partial-housing' ? rates.housing : rates.other
    amount = b.mul(r).toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber()
    return { amount, tax: null }
  }
  const t = read(jhtLumpSumTax, input.claimDate).value
  const taxable = Decimal.max(0, new Decimal(amount).minus(t.threshold))
  const tax = taxable.mul(t.rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
  return {
    amount,
    tax: { amount: tax, net: amount - tax, legal: [{ source: 'PP-68-2009', article: 'Pasal 5' }] },
  }
}

/**
 * Whether a JHT claim is payable on `claimDate` and from when: age 56 (PP 46/2015 Pasal 22(1)); resignation or
 * termination after the waiting period of the regulation in force on the separation date (only at 56 before
 * 2015-09-01; 1 month under Permenaker 19/2015 and 4/2022); disability and death (PP 60/2015 Pasal 26; death:
 * heirs, or the Balai Harta Peninggalan when none); leaving Indonesia for good, foreign nationals only
 * (Permenaker 4/2022 Pasal 12); a partial 10% or 30% once after 10 years (PP 46/2015 Pasal 22(4)–(6)).
 * A missing fact gives `incomplete` with `missing`; a birth date after the claim date is a validation error.
 * With `balance`, the amount payable and the optional lump-sum tax line (PP 68/2009 Pasal 5).
 */
export function checkJhtClaim(
  raw: JhtClaimInput,
  options?: { readonly locale?: 'id' | 'en' },
): JhtClaimResult {
  const locale = options?.locale === 'en' ? 'en' : 'id'
  const input = parseWith(jhtClaimInputSchema, raw, locale) as JhtClaimInput
  if (input.birthDate !== undefined && input.birthDate > input.claimDate)
    throw new BpjsValidationError([makeIssue(['birthDate'], 'JHT_BIRTH_AFTER_CLAIM', {})], locale)
  read(jhtPensionAge, input.claimDate)
  const missing = requiredFacts(input)
  const out: Outcome =
    missing.length > 0 ? { status: 'incomplete', payableFrom: null, reasons: [] } : decide(input)
  const { amount, tax } = amountsOf(input, out.status)
  const recipient = input.ground === 'death' ? 'heirs' : 'participant'
  return deepFreeze({ ...out, missing, ground: input.ground, recipient, amount, tax })
}

/** {@link checkJhtClaim} with the balance required: `incomplete` with `missing: ['balance']` without it. */
export function calculateJhtClaim(
  raw: JhtClaimInput,
  options?: { readonly locale?: 'id' | 'en' },
): JhtClaimResult {
  const r = checkJhtClaim(raw, options)
  if (raw.balance !== undefined || r.status !== 'payable') return r
  return deepFreeze({ ...r, status: 'incomplete' as const, missing: [...r.missing, 'balance'] })
}
