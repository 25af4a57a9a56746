import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { CATEGORIES, DEATH_CAUSES, PMI_PHASES, SCHOOL_LEVELS } from '../types.js'
import { inspectWith, intIn, isoDate, moneySen, partialWith, period, uniqueIssues } from './common.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

useMessages(benefitsMessages)

/** Participant categories. */
export const categorySchema = z.enum(CATEGORIES)
/** School levels, in order. */
export const schoolLevelSchema = z.enum(SCHOOL_LEVELS)

const MAX_CHILDREN = 20
const MAX_TEXT = 200
const YEAR_MIN = 1900
const YEAR_MAX = 2100
const MONTHS_MAX = 1200

/** One level of a child's schooling: the level and the calendar year its first school year started. */
const schoolingEntry = z.strictObject({
  level: schoolLevelSchema,
  startYear: intIn(YEAR_MIN, YEAR_MAX),
})

/** A child of the participant. */
export const childSchema = z.strictObject({
  birthDate: isoDate,
  name: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  registeredHeir: z.optional(z.boolean()),
  schooling: z.optional(z.array(schoolingEntry).check(z.maxLength(5))),
  marriedOn: z.optional(isoDate),
  work: z.optional(
    z.strictObject({
      from: isoDate,
      kind: z.enum(['PU', 'BPU', 'intern', 'other']),
      consecutiveMonths: z.optional(intIn(0, MONTHS_MAX)),
    }),
  ),
})

/** Causes of death: JKM covers `natural`, JKK the other two. */
export const causeSchema = z.enum(DEATH_CAUSES)

/** Input of `calculateJkmBenefit` (validated shape; cross-field checks are done by the rule). */
export const jkmInputSchema = z.strictObject({
  dateOfDeath: isoDate,
  category: categorySchema,
  membershipStart: isoDate,
  cause: z.optional(causeSchema),
  birthDate: z.optional(isoDate),
  contributionMonths: z.optional(intIn(0, MONTHS_MAX)),
  membershipActive: z.optional(z.boolean()),
  paidThrough: z.optional(period),
  pmiPhase: z.optional(z.enum(PMI_PHASES)),
  employerArrearsMonths: z.optional(intIn(0, MONTHS_MAX)),
  children: z.optional(z.array(childSchema).check(z.maxLength(MAX_CHILDREN))),
})

/** Input of `calculateJkkDeathBenefit`. */
export const jkkDeathInputSchema = z.strictObject({
  dateOfDeath: isoDate,
  category: categorySchema,
  dateOfAccident: z.optional(isoDate),
  cause: z.optional(causeSchema),
  monthlyWage: z.optional(moneySen),
  dailyWage: z.optional(moneySen),
  declaredIncome: z.optional(moneySen),
  membershipStart: z.optional(isoDate),
  birthDate: z.optional(isoDate),
  membershipActive: z.optional(z.boolean()),
  paidThrough: z.optional(period),
  employerArrearsMonths: z.optional(intIn(0, MONTHS_MAX)),
  children: z.optional(z.array(childSchema).check(z.maxLength(MAX_CHILDREN))),
  pmiPhase: z.optional(z.enum(PMI_PHASES)),
})

/** Input of `determineHeirs`. */
export const heirsInputSchema = z.strictObject({
  dateOfDeath: isoDate,
  family: z
    .array(
      z.strictObject({
        relation: z.enum([
          'spouse',
          'child',
          'parent',
          'grandparent',
          'grandchild',
          'sibling',
          'parent-in-law',
        ]),
        name: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
      }),
    )
    .check(z.maxLength(100)),
  willBeneficiaries: z.optional(
    z
      .array(z.strictObject({ name: z.optional(z.string().check(z.maxLength(MAX_TEXT))) }))
      .check(z.maxLength(20)),
  ),
  funeralArrangedBy: z.optional(
    z.strictObject({
      kind: z.enum(['employer', 'other']),
      name: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
    }),
  ),
})

/** Parsed shapes. */
export type ParsedChild = z.infer<typeof childSchema>
export type ParsedJkmInput = z.infer<typeof jkmInputSchema>
export type ParsedJkkDeathInput = z.infer<typeof jkkDeathInputSchema>
export type ParsedHeirsInput = z.infer<typeof heirsInputSchema>

const WAGE_FIELDS = ['monthlyWage', 'dailyWage', 'declaredIncome'] as const

/**
 * The wage basis of a JKK death: exactly one of `monthlyWage` / `dailyWage` (PU, JAKON, PMI) or
 * `declaredIncome` (BPU). `invalid` names fields present but refused by the schema (they count as given).
 *
 * @example
 * ```ts
 * jkkDeathWageIssues({ category: 'BPU', monthlyWage: 100 }, new Set(), 'en').map((i) => i.code) //=> ['WAGE_BASIS_NOT_FOR_CATEGORY']
 * ```
 */
export function jkkDeathWageIssues(
  p: { readonly category?: string } & Partial<Record<(typeof WAGE_FIELDS)[number], unknown>>,
  invalid: ReadonlySet<string>,
  locale: Locale,
): BpjsIssue[] {
  if (p.category === undefined) return []
  const issues: BpjsIssue[] = []
  const wages = WAGE_FIELDS.filter((k) => p[k] !== undefined || invalid.has(k))
  const expected = p.category === 'BPU' ? 'declaredIncome' : 'monthlyWage'
  // a PMI reports no wage: its JKK benefits are fixed amounts (Permenaker 18/2018, 4/2023)
  if (wages.length === 0 && p.category !== 'PMI')
    issues.push(makeIssue([expected], 'WAGE_REQUIRED', { category: p.category }, locale))
  if (wages.length > 1)
    issues.push(
      makeIssue([wages[1] ?? expected], 'WAGE_BASIS_CONFLICT', { fields: wages.join(', ') }, locale),
    )
  for (const k of wages)
    if ((p.category === 'BPU') !== (k === 'declaredIncome'))
      issues.push(makeIssue([k], 'WAGE_BASIS_NOT_FOR_CATEGORY', { field: k, category: p.category }, locale))
  return issues
}

/**
 * Validates a `calculateJkkDeathBenefit` input in one pass: the schema and the wage basis (on the valid
 * fields when the schema fails). The checks that read the law (dates in order, posthumous births) are made
 * by the rule.
 */
export function parseJkkDeathInput(input: unknown, locale: Locale): ParsedJkkDeathInput {
  const r = inspectWith(jkkDeathInputSchema, input, locale)
  const part =
    r.data !== undefined
      ? { partial: r.data as Record<string, unknown>, invalid: new Set<string>() }
      : partialWith(jkkDeathInputSchema.def.shape, r.input, r.refused)
  const issues = uniqueIssues([...r.issues, ...jkkDeathWageIssues(part.partial, part.invalid, locale)])
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return r.data as ParsedJkkDeathInput
}
