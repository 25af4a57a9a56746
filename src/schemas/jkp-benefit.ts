import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { inspectWith, intIn, isoDate, moneySen, period, uniqueIssues } from './common.js'
import { LEAVING_REASONS } from './eligibility.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { jkpBenefitMessages } from '../i18n/messages/jkp-benefit.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, jkpBenefitMessages)

const MONTHS_MAX = 1200
const CLAIMS_MAX = 99

/**
 * Input of `calculateJkpBenefit`: the facts of `checkJkpClaim` (same names, checked by it) and the benefit's
 * own facts (validated shape; cross-field checks below).
 */
export const jkpBenefitInputSchema = z.strictObject({
  /** The date of the termination (PHK); chooses the regime (decisions D27). */
  layoffDate: isoDate,
  claimDate: z.optional(isoDate),
  reasonForLeaving: z.optional(z.enum(LEAVING_REASONS)),
  contributionMonthsInWindow: z.optional(intIn(0, MONTHS_MAX)),
  consecutiveMonthsBeforeLayoff: z.optional(intIn(0, MONTHS_MAX)),
  paidPeriods: z.optional(z.array(period).check(z.maxLength(600))),
  employedAgain: z.optional(z.boolean()),
  /** The last monthly wage the employer reported to BPJS TK. */
  monthlyWage: z.optional(moneySen),
  /** 1 for the first JKP claim, 2 or 3 for a repeat claim. */
  claimNumber: z.optional(intIn(1, CLAIMS_MAX)),
  /** Repeat claims: the months of contributions (masa iur) counted for the 2nd or 3rd claim. */
  repeatContributionMonths: z.optional(intIn(0, MONTHS_MAX)),
  /** Consecutive months of JKK contributions the employer owed at the termination. */
  employerArrearsMonths: z.optional(intIn(0, MONTHS_MAX)),
  /** The employer was declared bankrupt or closed (PP 6/2025 Pasal 39A). */
  employerBankruptOrClosed: z.optional(z.boolean()),
  /** The training cost of the provider for this participant (paid by BPJS TK to the provider, capped). */
  trainingCost: z.optional(moneySen),
})

/** The parsed input. */
export type ParsedJkpBenefitInput = z.infer<typeof jkpBenefitInputSchema>

/** The fields passed on to `checkJkpClaim`. */
export const JKP_CLAIM_FIELDS = [
  'layoffDate',
  'claimDate',
  'reasonForLeaving',
  'contributionMonthsInWindow',
  'consecutiveMonthsBeforeLayoff',
  'paidPeriods',
  'employedAgain',
] as const

function crossIssues(p: ParsedJkpBenefitInput, locale: Locale): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  if (p.claimDate !== undefined && p.claimDate < p.layoffDate)
    issues.push(
      makeIssue(
        ['claimDate'],
        'JKP_CLAIM_BEFORE_LAYOFF',
        { claimDate: p.claimDate, layoffDate: p.layoffDate },
        locale,
      ),
    )
  if (p.repeatContributionMonths !== undefined && (p.claimNumber ?? 1) === 1)
    issues.push(makeIssue(['repeatContributionMonths'], 'JKP_REPEAT_MONTHS_FIRST_CLAIM', {}, locale))
  if (p.employerBankruptOrClosed !== undefined && p.employerArrearsMonths === undefined)
    issues.push(makeIssue(['employerArrearsMonths'], 'REQUIRED', {}, locale))
  return issues
}

/**
 * Validates a `calculateJkpBenefit` input in one pass (the schema, dates in order, the repeat-claim fields)
 * and throws one `BpjsValidationError` listing every problem.
 */
export function parseJkpBenefitInput(input: unknown, locale: Locale): ParsedJkpBenefitInput {
  const r = inspectWith(jkpBenefitInputSchema, input, locale)
  if (r.issues.length > 0 || r.data === undefined) throw new BpjsValidationError(r.issues, locale)
  const data = r.data as ParsedJkpBenefitInput
  const issues = uniqueIssues(crossIssues(data, locale))
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return data
}
