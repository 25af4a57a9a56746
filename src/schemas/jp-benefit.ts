import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { isoDate, moneySen, moneySenOrZero, parseWith, period, rateInput } from './common.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { jpBenefitMessages } from '../i18n/messages/jp-benefit.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, benefitsMessages, jpBenefitMessages)

const MAX_MONTHS = 1200
const MAX_YEARS = 100

/** The JP benefit kinds (PP 45/2015 Pasal 16). */
export const JP_BENEFIT_KINDS = ['old-age', 'disability', 'widow', 'child', 'parent'] as const

const wageMonth = z.strictObject({
  period,
  /** The wage reported for JP that month (capped by the library with jp.wageCap unless `cap` is given). */
  wage: moneySenOrZero,
  /** The cap of that month, when the caller supplies it (hypothetical or future caps). */
  cap: z.optional(moneySen),
})

/** Schema of {@link calculateJpBenefit}'s input. */
export const jpBenefitInputSchema = z.strictObject({
  kind: z.enum(JP_BENEFIT_KINDS),
  birthDate: isoDate,
  membershipStart: isoDate,
  /** Old age: the claim date (optional); disability: the date of total permanent disability; survivors: the date of death. */
  eventDate: z.optional(isoDate),
  /** Paid months with their wages (Masa Iur = the number of entries). */
  wageHistory: z.array(wageMonth).check(z.maxLength(MAX_MONTHS)),
  /** Inflation by year (`{ "2026": "0.03" }`): replaces or adds to the library's BPS table (D26). */
  inflation: z.optional(z.record(z.string().check(z.regex(/^[0-9]{4}$/)), rateInput)),
  /** Share of the base benefit paid to this survivor (not found in the law seen: an input, D26). */
  survivorShare: z.optional(rateInput),
  /** The bounds of the pension's first year, when the library's table does not have them. */
  bounds: z.optional(z.strictObject({ minimum: moneySen, maximum: moneySen })),
  /** Apply the minimum and maximum to a survivor pension (open question 10; default false). */
  applyBoundsToSurvivors: z.optional(z.boolean()),
  /** Yearly in-payment indexation factors for the 2nd, 3rd, … year (`'0.03'` = +3%), D26. */
  paymentIndexation: z.optional(z.array(rateInput).check(z.maxLength(MAX_YEARS))),
  /** Monthly development rates for the lump sum, by period (`{ "2020-01": "0.005" }`). */
  lumpSumMonthlyRates: z.optional(z.record(period, rateInput)),
})

/** Parsed input. */
export type ParsedJpBenefitInput = z.core.output<typeof jpBenefitInputSchema>

/** Whether a raw input of a kind other than old age lacks its event date (own data properties only). */
function eventDateMissing(input: unknown): boolean {
  if (input === null || typeof input !== 'object') return false
  try {
    const kind = Object.getOwnPropertyDescriptor(input, 'kind')
    const event = Object.getOwnPropertyDescriptor(input, 'eventDate')
    const k: unknown = kind !== undefined && 'value' in kind ? kind.value : undefined
    return (
      typeof k === 'string' &&
      k !== 'old-age' &&
      (JP_BENEFIT_KINDS as readonly string[]).includes(k) &&
      (event === undefined || ('value' in event && event.value === undefined))
    )
  } catch {
    return false // an unreadable input is reported by the schema
  }
}

/** Parses and cross-checks the input: overlapping months, dates in order. Throws one BpjsValidationError. */
export function parseJpBenefitInput(input: unknown, locale: Locale): ParsedJpBenefitInput {
  let inp: ParsedJpBenefitInput
  try {
    inp = parseWith(jpBenefitInputSchema, input, locale)
  } catch (e) {
    // one pass: a missing event date is reported with the schema's issues when the kind needs it
    if (!(e instanceof BpjsValidationError) || !eventDateMissing(input)) throw e
    if (e.issues.some((i) => i.path[0] === 'eventDate')) throw e
    throw new BpjsValidationError([...e.issues, makeIssue(['eventDate'], 'REQUIRED', {}, locale)], locale)
  }
  const issues: BpjsIssue[] = []
  const seen = new Map<string, number>()
  inp.wageHistory.forEach((m, i) => {
    const first = seen.get(m.period)
    if (first !== undefined)
      issues.push(
        makeIssue(['wageHistory', i, 'period'], 'JP_WAGE_MONTH_OVERLAP', { period: m.period, first }, locale),
      )
    else seen.set(m.period, i)
    if (m.period < inp.membershipStart.slice(0, 7))
      issues.push(
        makeIssue(
          ['wageHistory', i, 'period'],
          'JP_WAGE_MONTH_BEFORE_MEMBERSHIP',
          { period: m.period, membershipStart: inp.membershipStart },
          locale,
        ),
      )
  })
  if (inp.membershipStart < inp.birthDate)
    issues.push(
      makeIssue(
        ['membershipStart'],
        'MEMBERSHIP_BEFORE_BIRTH',
        { membershipStart: inp.membershipStart, birthDate: inp.birthDate },
        locale,
      ),
    )
  if (inp.eventDate !== undefined) {
    if (inp.eventDate < inp.birthDate)
      issues.push(
        makeIssue(
          ['eventDate'],
          'JP_EVENT_BEFORE_BIRTH',
          { eventDate: inp.eventDate, birthDate: inp.birthDate },
          locale,
        ),
      )
    const late = inp.wageHistory.findIndex((m) => m.period > inp.eventDate!.slice(0, 7))
    if (inp.kind !== 'old-age' && late >= 0)
      issues.push(
        makeIssue(
          ['wageHistory', late, 'period'],
          'JP_WAGE_MONTH_AFTER_EVENT',
          { period: inp.wageHistory[late]!.period, eventDate: inp.eventDate },
          locale,
        ),
      )
  } else if (inp.kind !== 'old-age') issues.push(makeIssue(['eventDate'], 'REQUIRED', {}, locale))
  if (inp.bounds !== undefined && inp.bounds.minimum > inp.bounds.maximum)
    issues.push(makeIssue(['bounds', 'minimum'], 'JP_BOUNDS_INVERTED', {}, locale))
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return inp
}
