import * as z from 'zod/mini'
import { CATEGORIES } from '../types.js'
import { intIn, isoDate, moneySen, period } from './common.js'

/** Participant categories. */
export const categorySchema = z.enum(CATEGORIES)
/** School levels, in order. */
export const schoolLevelSchema = z.enum(['TK', 'SD', 'SMP', 'SMA', 'PT'])

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
export const causeSchema = z.enum(['natural', 'work-accident', 'occupational-disease'])

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
  pmiPhase: z.optional(z.enum(['before', 'during', 'after'])),
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
  pmiPhase: z.optional(z.enum(['before', 'during', 'after'])),
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
