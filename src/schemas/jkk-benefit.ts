import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { categorySchema, childSchema, jkkDeathWageIssues } from './benefit.js'
import {
  inspectWith,
  intIn,
  isoDate,
  moneySen,
  partialWith,
  period,
  rateInput,
  uniqueIssues,
} from './common.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { jkkBenefitMessages } from '../i18n/messages/jkk-benefit.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, jkkBenefitMessages)

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
  /** PU, JAKON: whether the employer reported the accident (stage I) within the deadline. */
  accidentReportedInTime: z.optional(z.boolean()),
  claimDate: z.optional(isoDate),
  employmentEndDate: z.optional(isoDate),
  incapacity: z.optional(
    z.strictObject({
      from: isoDate,
      to: isoDate,
      /** A last part month: pro-rated by calendar days (default) or left out; the rule was not found. */
      partMonth: z.optional(z.enum(['pro-rata', 'exclude'])),
    }),
  ),
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

type PartialInput = Partial<ParsedJkkBenefitInput>

/** The wage basis and the PMI-only fields (on the valid fields; `invalid` names those the schema refused). */
function fieldIssues(p: PartialInput, invalid: ReadonlySet<string>, locale: Locale): BpjsIssue[] {
  // exactly one wage basis: monthly or daily (PU, JAKON: required, decisions D26), the declared income (BPU)
  const issues: BpjsIssue[] = jkkDeathWageIssues(p, invalid, locale)
  if (p.category === undefined || p.category === 'PMI') return issues
  if (p.pmiAmounts !== undefined)
    issues.push(
      makeIssue(['pmiAmounts'], 'JKK_FIELD_PMI_ONLY', { field: 'pmiAmounts', category: p.category }, locale),
    )
  const abroad = (p.otherItems ?? []).findIndex((i) => i.kind === 'medical-care-abroad')
  if (abroad >= 0)
    issues.push(
      makeIssue(
        ['otherItems', abroad, 'kind'],
        'JKK_FIELD_PMI_ONLY',
        { field: 'medical-care-abroad', category: p.category },
        locale,
      ),
    )
  return issues
}

/** Dates in order (incapacity, claim, declaration after the accident) and a partial disability's row. */
function orderIssues(p: PartialInput, locale: Locale): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  const date = p.accidentDate
  const after = (path: (string | number)[], code: string, value: string | undefined, key: string) => {
    if (date !== undefined && value !== undefined && value < date)
      issues.push(makeIssue(path, code, { [key]: value, date }, locale))
  }
  after(['disability', 'declaredOn'], 'JKK_DECLARED_BEFORE_ACCIDENT', p.disability?.declaredOn, 'declaredOn')
  const inc = p.incapacity
  if (inc !== undefined && inc.to < inc.from)
    issues.push(makeIssue(['incapacity', 'to'], 'JKK_INCAPACITY_ENDS_BEFORE_START', { ...inc }, locale))
  after(['incapacity', 'from'], 'JKK_INCAPACITY_BEFORE_ACCIDENT', inc?.from, 'from')
  after(['claimDate'], 'JKK_CLAIM_BEFORE_ACCIDENT', p.claimDate, 'claimDate')
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
  // when the schema fails, the cross-field checks still run on the fields that are valid (one pass)
  const part =
    r.data !== undefined
      ? { partial: r.data as PartialInput, invalid: new Set<string>() }
      : partialWith(jkkBenefitInputSchema.def.shape, r.input, r.refused)
  const p = part.partial as PartialInput
  const issues = uniqueIssues([
    ...r.issues,
    ...fieldIssues(p, part.invalid, locale),
    ...orderIssues(p, locale),
  ])
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return r.data as ParsedJkkBenefitInput
}
