import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { periodStart } from '../time/calendar.js'
import { inspectWith, isoDate, moneySen, period, uniqueIssues } from './common.js'
import { arrearsMessages } from '../i18n/messages/arrears.js'
import { useMessages } from '../i18n/registry.js'

useMessages(arrearsMessages)

const MONTHS_MAX = 600

/** One contribution month of a `calculateArrears` input. */
export const arrearsMonthSchema = z.strictObject({
  /** The contribution month `'YYYY-MM'`. */
  period,
  /** The contribution due for the month (every program the penalty applies to). */
  amount: moneySen,
  /** The day it was paid; absent while unpaid on `asOf`. */
  paidOn: z.optional(isoDate),
})

/** Input of `calculateArrears` (validated shape; cross-field checks below). */
export const arrearsInputSchema = z.strictObject({
  months: z.array(arrearsMonthSchema).check(z.minLength(1), z.maxLength(MONTHS_MAX)),
  /** The day the arrears are counted on (e.g. the date of a termination or an accident). */
  asOf: z.optional(isoDate),
  /** The employer was declared bankrupt or closed (PP 6/2025 Pasal 39A, JKP). */
  employerBankruptOrClosed: z.optional(z.boolean()),
})

/** The parsed input. */
export type ParsedArrearsInput = z.infer<typeof arrearsInputSchema>

function crossIssues(p: ParsedArrearsInput, locale: Locale): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  const seen = new Map<string, number>()
  p.months.forEach((m, i) => {
    const first = seen.get(m.period)
    if (first !== undefined)
      issues.push(
        makeIssue(['months', i, 'period'], 'ARREARS_MONTH_OVERLAP', { period: m.period, first }, locale),
      )
    else seen.set(m.period, i)
    if (m.paidOn !== undefined && m.paidOn < periodStart(m.period))
      issues.push(
        makeIssue(
          ['months', i, 'paidOn'],
          'ARREARS_PAID_BEFORE_MONTH',
          { paidOn: m.paidOn, period: m.period },
          locale,
        ),
      )
    if (p.asOf !== undefined && m.paidOn !== undefined && m.paidOn > p.asOf)
      issues.push(
        makeIssue(
          ['months', i, 'paidOn'],
          'ARREARS_PAID_AFTER_AS_OF',
          { paidOn: m.paidOn, asOf: p.asOf },
          locale,
        ),
      )
  })
  if (p.asOf === undefined && p.months.some((m) => m.paidOn === undefined))
    issues.push(makeIssue(['asOf'], 'ARREARS_AS_OF_REQUIRED', {}, locale))
  return issues
}

/**
 * Validates a `calculateArrears` input in one pass (the schema, months listed once, payments inside their
 * month or later and not after `asOf`, `asOf` given when a month is unpaid) and throws one
 * `BpjsValidationError` listing every problem.
 */
export function parseArrearsInput(input: unknown, locale: Locale): ParsedArrearsInput {
  const r = inspectWith(arrearsInputSchema, input, locale)
  if (r.issues.length > 0 || r.data === undefined) throw new BpjsValidationError(r.issues, locale)
  const data = r.data as ParsedArrearsInput
  const issues = uniqueIssues(crossIssues(data, locale))
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return data
}
