import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { categorySchema } from './benefit.js'
import { inspectWith, intIn, isoDate, moneySen, period, rateInput, uniqueIssues } from './common.js'

const MONTHS_MAX = 1200
const ROW_ID_MAX = 100
const ITEMS_MAX = 50

/** The permanent disability of a `calculateJkkBenefit` input. */
export const jkkDisabilitySchema = z.strictObject({
  type: z.enum(['total', 'anatomical', 'functional']),
  /** A row id of the seen table (`jkk.disability.table`), e.g. `'right-arm-from-shoulder'`. */
  row: z.optional(z.string().check(z.maxLength(ROW_ID_MAX))),
  /** The table percentage as a fraction ("0.4"), for a row not in the seen data (decisions D26). */
  tableRate: z.optional(rateInput),
  /** Share of function lost, as a fraction ("0.5"), for `functional`. */
  functionLostRate: z.optional(rateInput),
  leftHanded: z.optional(z.boolean()),
  /** Hearing reduction in dB, for the per-10-dB rows. */
  decibels: z.optional(intIn(0, 200)),
})

/** Input of `calculateJkkBenefit` (validated shape; cross-field checks are made below and by the rule). */
export const jkkBenefitInputSchema = z.strictObject({
  /** Date of the work accident, or of the diagnosis of an occupational disease. */
  accidentDate: isoDate,
  category: categorySchema,
  cause: z.optional(z.enum(['work-accident', 'occupational-disease'])),
  monthlyWage: z.optional(moneySen),
  declaredIncome: z.optional(moneySen),
  membershipActive: z.optional(z.boolean()),
  paidThrough: z.optional(period),
  employerArrearsMonths: z.optional(intIn(0, MONTHS_MAX)),
  claimDate: z.optional(isoDate),
  employmentEndDate: z.optional(isoDate),
  incapacity: z.optional(z.strictObject({ from: isoDate, to: isoDate })),
  disability: z.optional(jkkDisabilitySchema),
  transport: z.optional(
    z.strictObject({ land: z.optional(moneySen), sea: z.optional(moneySen), air: z.optional(moneySen) }),
  ),
  homeCare: z.optional(moneySen),
  otherItems: z.optional(
    z
      .array(
        z.strictObject({
          kind: z.enum(['prosthesis', 'dentures', 'hearing-aid', 'glasses']),
          amount: moneySen,
        }),
      )
      .check(z.maxLength(ITEMS_MAX)),
  ),
})

/** The parsed input. */
export type ParsedJkkBenefitInput = z.infer<typeof jkkBenefitInputSchema>

function crossIssues(p: ParsedJkkBenefitInput, locale: Locale): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  const wageField = p.category === 'BPU' ? 'declaredIncome' : 'monthlyWage'
  const other = p.category === 'BPU' ? 'monthlyWage' : 'declaredIncome'
  if (p.category !== 'PMI' && p[wageField] === undefined)
    issues.push(makeIssue([wageField], 'WAGE_REQUIRED', { category: p.category }, locale))
  if (p[other] !== undefined)
    issues.push(
      makeIssue([other], 'WAGE_BASIS_NOT_FOR_CATEGORY', { field: other, category: p.category }, locale),
    )
  const inc = p.incapacity
  if (inc !== undefined && inc.to < inc.from)
    issues.push(makeIssue(['incapacity', 'to'], 'JKK_INCAPACITY_ENDS_BEFORE_START', { ...inc }, locale))
  if (inc !== undefined && inc.from < p.accidentDate)
    issues.push(
      makeIssue(
        ['incapacity', 'from'],
        'JKK_INCAPACITY_BEFORE_ACCIDENT',
        { from: inc.from, date: p.accidentDate },
        locale,
      ),
    )
  if (p.claimDate !== undefined && p.claimDate < p.accidentDate)
    issues.push(
      makeIssue(
        ['claimDate'],
        'JKK_CLAIM_BEFORE_ACCIDENT',
        { claimDate: p.claimDate, date: p.accidentDate },
        locale,
      ),
    )
  const d = p.disability
  if (d !== undefined && d.type !== 'total' && d.row === undefined && d.tableRate === undefined)
    issues.push(makeIssue(['disability', 'row'], 'JKK_DISABILITY_ROW_REQUIRED', {}, locale))
  if (d !== undefined && d.type === 'functional' && d.functionLostRate === undefined)
    issues.push(makeIssue(['disability', 'functionLostRate'], 'REQUIRED', {}, locale))
  return issues
}

/**
 * Validates a `calculateJkkBenefit` input in one pass (the schema, the wage basis, dates in order, a partial
 * disability naming its row or rate) and throws one `BpjsValidationError` listing every problem.
 */
export function parseJkkBenefitInput(input: unknown, locale: Locale): ParsedJkkBenefitInput {
  const r = inspectWith(jkkBenefitInputSchema, input, locale)
  if (r.issues.length > 0 || r.data === undefined) throw new BpjsValidationError(r.issues, locale)
  const data = r.data as ParsedJkkBenefitInput
  const issues = uniqueIssues(crossIssues(data, locale))
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return data
}
