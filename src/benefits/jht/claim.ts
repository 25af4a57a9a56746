import { BpjsValidationError, makeIssue, type BpjsIssue } from '../../errors.js'
import { RuleContext } from '../../explain/context.js'
import { deepFreeze } from '../../internal/freeze.js'
import type { Citation } from '../../legal/types.js'
import {
  jhtDisabilityPayableFrom,
  jhtPartialMinYears,
  jhtPensionAge,
  jhtSeparationWaitMonths,
} from '../../parameters/jht.js'
import { allChecks, parseWith } from '../../schemas/common.js'
import { jhtClaimInputSchema, type ParsedJhtClaimInput } from '../../schemas/jht.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../../schemas/options.js'
import {
  addMonthsToDate,
  addPeriods,
  completedMonths,
  dateOfAge,
  periodOf,
  periodStart,
} from '../../time/calendar.js'
import { ReasonList } from '../common.js'
import { covered } from '../jkm.js'
import { amountsOf, heirsOf, timelineOf } from './claim-parts.js'
import type { JhtClaimInput, JhtClaimResult, JhtRecipient } from './types.js'
import { jhtMessages } from '../../i18n/messages/jht.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_46_2015, legalSources.PP_60_2015, legalSources.PERMENAKER_4_2022)

useMessages(jhtMessages)

type Status = JhtClaimResult['status']
type Outcome = { status: Status; payableFrom: string | null }

const PP60_26: Citation = { source: 'PP-60-2015', article: 'Pasal 26' }
const PRACTICE: Citation = { source: 'PERMENAKER-4-2022' }

/** Age 56 (PP 46/2015 Pasal 22(1)) or a separation after the waiting period of the regulation of the day. */
function ageOrSeparation(ctx: RuleContext, reasons: ReasonList, input: ParsedJhtClaimInput): Outcome {
  const age = ctx.read(jhtPensionAge, input.claimDate)
  const at = dateOfAge(input.birthDate!, age.value)
  ctx.step({
    rule: 'jht.age',
    text: 'STEP_JHT_AGE',
    params: { age: age.value, date: at },
    inputs: { birthDate: input.birthDate! },
    parameters: [age],
    value: at,
  })
  if (input.ground === 'pension-age') {
    const ok = at <= input.claimDate
    reasons.add(
      ok ? 'met' : 'not-met',
      ok ? 'JHT_AGE_REACHED' : 'JHT_AGE_NOT_REACHED',
      { age: age.value, date: at },
      age.legal,
    )
    return { status: ok ? 'payable' : 'not-yet', payableFrom: at }
  }
  const sep = input.separationDate!
  const wait = ctx.read(jhtSeparationWaitMonths, sep)
  const from = wait.value === null ? at : addMonthsToDate(sep, wait.value)
  const first = at < from ? at : from
  ctx.step({
    rule: 'jht.wait',
    text: 'STEP_JHT_WAIT',
    params: { separation: sep, months: wait.value ?? '—', date: first },
    inputs: { separationDate: sep },
    parameters: [wait],
    value: first,
  })
  if (input.workingElsewhere === true) {
    reasons.add('not-met', 'JHT_WORKING_ELSEWHERE', {}, [PRACTICE])
    return { status: 'not-payable', payableFrom: null }
  }
  const ok = first <= input.claimDate
  const code = wait.value === null ? 'JHT_SEPARATION_AT_AGE_ONLY' : ok ? 'JHT_WAIT_MET' : 'JHT_WAIT_NOT_MET'
  reasons.add(ok ? 'met' : 'not-met', code, { months: wait.value ?? 0, date: first }, wait.legal)
  if (input.workingElsewhere === undefined) reasons.add('note', 'JHT_NOT_WORKING_PRACTICE', {}, [PRACTICE])
  return { status: ok ? 'payable' : 'not-yet', payableFrom: first }
}

/** Partial 10% / 30%: after the minimum membership years, once (PP 46/2015 Pasal 22(4)–(6)). */
function partial(ctx: RuleContext, reasons: ReasonList, input: ParsedJhtClaimInput): Outcome {
  const min = ctx.read(jhtPartialMinYears, input.claimDate)
  const years = Math.floor(completedMonths(input.membershipStart!, input.claimDate) / 12)
  if (input.previousPartialClaim === true) {
    reasons.add('not-met', 'JHT_PARTIAL_USED', {}, [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (6)' }])
    return { status: 'not-payable', payableFrom: null }
  }
  const ok = years >= min.value
  const at = addMonthsToDate(input.membershipStart!, min.value * 12)
  ctx.step({
    rule: 'jht.partial.membership',
    text: 'STEP_JHT_MEMBERSHIP',
    params: { years, minimum: min.value, date: at },
    inputs: { membershipStart: input.membershipStart! },
    parameters: [min],
    value: years,
  })
  reasons.add(
    ok ? 'met' : 'not-met',
    ok ? 'JHT_PARTIAL_MET' : 'JHT_PARTIAL_SHORT',
    { years, minimum: min.value },
    min.legal,
  )
  return { status: ok ? 'payable' : 'not-yet', payableFrom: at }
}

function decide(ctx: RuleContext, reasons: ReasonList, input: ParsedJhtClaimInput): Outcome {
  const g = input.ground
  if (g === 'pension-age' || g === 'resignation' || g === 'termination')
    return ageOrSeparation(ctx, reasons, input)
  if (g === 'partial-housing' || g === 'partial-other') return partial(ctx, reasons, input)
  if (g === 'leaving-indonesia') {
    const ok = input.nationality === 'foreign'
    const legal: Citation[] = [{ source: 'PERMENAKER-4-2022', article: 'Pasal 12' }]
    reasons.add(ok ? 'met' : 'not-met', ok ? 'JHT_LEAVING_FOREIGN' : 'JHT_LEAVING_CITIZEN', {}, legal)
    return { status: ok ? 'payable' : 'not-payable', payableFrom: ok ? input.claimDate : null }
  }
  if (g === 'death') {
    reasons.add('met', 'JHT_DEATH_GROUND', { date: input.dateOfDeath! }, [PP60_26])
    return { status: 'payable', payableFrom: input.dateOfDeath! }
  }
  return disability(ctx, reasons, input)
}

/** Total permanent disability: payable from the 1st of the month after the determination (low, see parameter). */
function disability(ctx: RuleContext, reasons: ReasonList, input: ParsedJhtClaimInput): Outcome {
  const det = input.disabilityDate!
  const rule = ctx.read(jhtDisabilityPayableFrom, det)
  const from = rule.value === 'first-of-next-month' ? periodStart(addPeriods(periodOf(det), 1)) : det
  ctx.step({
    rule: 'jht.disability',
    text: 'STEP_JHT_DISABILITY',
    params: { determination: det, date: from },
    inputs: { disabilityDate: det },
    parameters: [rule],
    value: from,
  })
  const ok = from <= input.claimDate
  reasons.add(ok ? 'met' : 'not-met', 'JHT_DISABILITY', { date: from }, [PP60_26, ...rule.legal])
  return { status: ok ? 'payable' : 'not-yet', payableFrom: from }
}

/** The facts the ground needs, each a `MISSING_FACT` reason when absent. */
function requiredFacts(reasons: ReasonList, input: ParsedJhtClaimInput): void {
  const g = input.ground
  const fields: (keyof ParsedJhtClaimInput)[] =
    g === 'pension-age'
      ? ['birthDate']
      : g === 'resignation' || g === 'termination'
        ? ['birthDate', 'separationDate']
        : g === 'partial-housing' || g === 'partial-other'
          ? ['membershipStart', 'previousPartialClaim']
          : g === 'leaving-indonesia'
            ? ['nationality']
            : g === 'death'
              ? ['dateOfDeath']
              : ['disabilityDate']
  for (const f of fields)
    if (input[f] === undefined)
      reasons.missing([f], `JHT_FACT_${f.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, [])
}

/**
 * The dates a claim rests on, each of which cannot be after the claim date, with the code of that error. A
 * claim rests on facts of its date: work that ends, or a disability determined, only later is not one (a claim
 * on the day itself is possible: its waiting period or first payable day is then not yet reached).
 */
const NOT_AFTER_CLAIM = [
  ['birthDate', 'JHT_BIRTH_AFTER_CLAIM'],
  ['dateOfDeath', 'JHT_DEATH_AFTER_CLAIM'],
  ['membershipStart', 'JHT_MEMBERSHIP_AFTER_CLAIM'],
  ['separationDate', 'JHT_SEPARATION_AFTER_CLAIM'],
  ['disabilityDate', 'JHT_DISABILITY_AFTER_CLAIM'],
] as const

/**
 * The dates of a participant's life that cannot be before the birth date, with the code of that error (a
 * membership, a job's end, a disability determination or a death on the birth date itself are not refused).
 */
const NOT_BEFORE_BIRTH = [
  ['dateOfDeath', 'JHT_DEATH_BEFORE_BIRTH'],
  ['membershipStart', 'JHT_MEMBERSHIP_BEFORE_BIRTH'],
  ['separationDate', 'JHT_SEPARATION_BEFORE_BIRTH'],
  ['disabilityDate', 'JHT_DISABILITY_BEFORE_BIRTH'],
] as const

/** Dates that contradict each other: one validation error with every issue, in the order of the fields. */
function checkDates(input: ParsedJhtClaimInput, locale: 'id' | 'en'): void {
  const issues: BpjsIssue[] = []
  const c = input.claimDate
  for (const [field, code] of NOT_AFTER_CLAIM) {
    const d = input[field]
    if (d !== undefined && d > c) issues.push(makeIssue([field], code, { [field]: d, claimDate: c }, locale))
  }
  // without a birth date nothing is before it ('' sorts before every date)
  const b = input.birthDate ?? ''
  for (const [field, code] of NOT_BEFORE_BIRTH) {
    const d = input[field]
    if (d !== undefined && d < b) issues.push(makeIssue([field], code, { [field]: d, birthDate: b }, locale))
  }
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
}

function claim(
  operation: 'checkJhtClaim' | 'calculateJhtClaim',
  raw: JhtClaimInput,
  options: CalculationOptions | undefined,
): JhtClaimResult {
  const [input, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(jhtClaimInputSchema, raw, localeOf(options)),
    () => resolveOptions(options),
  )
  checkDates(input, resolved.locale)
  covered(input.claimDate, ['claimDate'], resolved.locale)
  const ctx = new RuleContext(operation, input.claimDate, resolved)
  const reasons = new ReasonList(ctx)
  requiredFacts(reasons, input)
  const out: Outcome = reasons.has('missing')
    ? { status: 'incomplete', payableFrom: null }
    : decide(ctx, reasons, input)
  let recipient: JhtRecipient = 'participant'
  let heirs: JhtClaimResult['heirs'] = null
  if (input.ground === 'death' && out.status === 'payable')
    ({ recipient, heirs } = heirsOf(ctx, reasons, input, options))
  else if (input.ground === 'death') recipient = 'heirs'
  if (operation === 'calculateJhtClaim' && out.status === 'payable' && input.balance === undefined) {
    reasons.missing(['balance'], 'JHT_FACT_BALANCE', [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' }])
    out.status = 'incomplete'
  }
  const { amount, tax } = amountsOf(ctx, reasons, input, out.status)
  const base = { ...out, ground: input.ground, recipient, amount, tax }
  return deepFreeze({
    status: out.status,
    missing: reasons.missingPaths(),
    ground: input.ground,
    recipient,
    heirs,
    payableFrom: out.payableFrom,
    reasons: reasons.items,
    amount,
    tax,
    timeline: timelineOf(ctx, base),
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}

/**
 * Whether a JHT claim is payable on `claimDate` and from when: age 56 (PP 46/2015 Pasal 22(1)); resignation or
 * termination after the waiting period of the regulation in force on the separation date (only at 56 before
 * 2015-09-01; 1 month under Permenaker 19/2015 and 4/2022), not while working elsewhere (BPJS TK practice);
 * disability and death (PP 60/2015 Pasal 26; death: the heirs in the legal order via `determineHeirs` when
 * `family` is given, or the Balai Harta Peninggalan when there is none); leaving Indonesia for good, foreign
 * nationals only (Permenaker 4/2022 Pasal 12); a partial 10% or 30% once after 10 years (PP 46/2015 Pasal
 * 22(4)–(6)). A missing fact gives `incomplete` with `missing`; a birth, death, membership start, separation or
 * disability date after the claim date is a validation error. With `balance`, the amount payable and the optional lump-sum tax line (PP 68/2009 Pasal 5:
 * 0% up to Rp50,000,000, 5% above; the 2024 PPh 21 reform is not verified and warned). The result carries the
 * timeline in words, reasons with articles, warnings and the explanation.
 *
 * @example
 * ```ts
 * checkJhtClaim({ ground: 'resignation', claimDate: '2023-04-14', birthDate: '1990-01-01',
 *   separationDate: '2023-03-15' }).payableFrom //=> '2023-04-15'
 * ```
 */
export function checkJhtClaim(raw: JhtClaimInput, options?: CalculationOptions): JhtClaimResult {
  return claim('checkJhtClaim', raw, options)
}

/** {@link checkJhtClaim} with the balance required: `incomplete` with `missing: ['balance']` without it. */
export function calculateJhtClaim(raw: JhtClaimInput, options?: CalculationOptions): JhtClaimResult {
  return claim('calculateJhtClaim', raw, options)
}
