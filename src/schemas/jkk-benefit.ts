import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { categorySchema, childSchema, jkkDeathWageIssues } from './benefit.js'
import { inspectWith, intIn, isoDate, moneySen, period, rateInput, uniqueIssues } from './common.js'

const MONTHS_MAX = 1200
const ROW_ID_MAX = 100
const ITEMS_MAX = 50
const CHILDREN_MAX = 50

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
  /** The day the doctor declared the disability (the scholarship reads the children's ages on it). */
  declaredOn: z.optional(isoDate),
})

/** PMI: the amounts whose figures were not found (decisions D26), given by the caller. */
export const jkkPmiAmountsSchema = z.strictObject({
  stmb: z.optional(moneySen),
  disability: z.optional(moneySen),
  periodic: z.optional(moneySen),
})

/** Input of `calculateJkkBenefit` (validated shape; cross-field checks are made below and by the rule). */
export const jkkBenefitInputSchema = z.strictObject({
  /** Date of the work accident, or of the diagnosis of an occupational disease. */
  accidentDate: isoDate,
  category: categorySchema,
  cause: z.optional(z.enum(['work-accident', 'occupational-disease'])),
  monthlyWage: z.optional(moneySen),
  dailyWage: z.optional(moneySen),
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
          kind: z.enum(['prosthesis', 'dentures', 'hearing-aid', 'glasses', 'medical-care-abroad']),
          amount: moneySen,
        }),
      )
      .check(z.maxLength(ITEMS_MAX)),
  ),
  /** The children, for the scholarship on total permanent disability. */
  children: z.optional(z.array(childSchema).check(z.maxLength(CHILDREN_MAX))),
  pmiAmounts: z.optional(jkkPmiAmountsSchema),
})

/** The parsed input. */
export type ParsedJkkBenefitInput = z.infer<typeof jkkBenefitInputSchema>

function crossIssues(p: ParsedJkkBenefitInput, locale: Locale): BpjsIssue[] {
  // exactly one wage basis: monthly or daily (PU, JAKON: required, decisions D26), the declared income (BPU)
  const issues: BpjsIssue[] = jkkDeathWageIssues(p, new Set(), locale)
  if (p.pmiAmounts !== undefined && p.category !== 'PMI')
    issues.push(
      makeIssue(['pmiAmounts'], 'JKK_FIELD_PMI_ONLY', { field: 'pmiAmounts', category: p.category }, locale),
    )
  const abroad = (p.otherItems ?? []).findIndex((i) => i.kind === 'medical-care-abroad')
  if (abroad >= 0 && p.category !== 'PMI')
    issues.push(
      makeIssue(
        ['otherItems', abroad, 'kind'],
        'JKK_FIELD_PMI_ONLY',
        { field: 'medical-care-abroad', category: p.category },
        locale,
      ),
    )
  const declaredOn = p.disability?.declaredOn
  if (declaredOn !== undefined && declaredOn < p.accidentDate)
    issues.push(
      makeIssue(
        ['disability', 'declaredOn'],
        'JKK_DECLARED_BEFORE_ACCIDENT',
        { declaredOn, date: p.accidentDate },
        locale,
      ),
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
