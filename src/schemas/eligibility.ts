import * as z from 'zod/mini'
import { BPU_PAYERS, CATEGORIES, ENTERPRISE_SIZES, NATIONALITIES, PROGRAMS } from '../types.js'
import { causeSchema } from './benefit.js'
import { intIn, isoDate, period } from './common.js'

/** Work relationships accepted by `checkEligibility`. */
export const WORK_RELATIONSHIPS = [
  'employee-company',
  'employee-individual',
  'state-non-asn',
  'asn',
  'tni',
  'polri',
  'self-employed',
  'informal',
  'employer',
  'construction-project',
  'migrant-worker',
  'intern',
  'religious-worker',
  'rt-rw-head',
  'vulnerable-worker',
  'pppk-part-time',
] as const

/** Relationships that are BPU unless the caller says the person earns a wage. */
export const VULNERABLE_RELATIONSHIPS: readonly string[] = [
  'religious-worker',
  'rt-rw-head',
  'vulnerable-worker',
]

/** Reasons for leaving work accepted by `checkJkpClaim`. */
export const LEAVING_REASONS = [
  'layoff',
  'company-closure',
  'bankruptcy',
  'fixed-term-terminated-early',
  'resignation',
  'retirement',
  'total-permanent-disability',
  'death',
  'fixed-term-contract-ended',
] as const

/** `{ date }` of `jpPensionAgeOn`. */
export const pensionAgeOnSchema = z.strictObject({ date: isoDate })

/** `{ birthDate }` of `pensionAgeReachedOn`. */
export const pensionAgeReachedSchema = z.strictObject({ birthDate: isoDate })

/** Input of `checkEligibility`. */
export const eligibilitySchema = z.strictObject({
  asOf: isoDate,
  relationship: z.enum(WORK_RELATIONSHIPS),
  birthDate: z.optional(isoDate),
  nationality: z.optional(z.enum(NATIONALITIES)),
  monthsWorkedInIndonesia: z.optional(intIn(0, 1200)),
  enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
  employerType: z.optional(z.enum(['state', 'company', 'individual'])),
  constructionContract: z.optional(z.enum(['casual', 'piece-rate', 'fixed-term', 'permanent'])),
  wageEarner: z.optional(z.boolean()),
  payer: z.optional(z.enum(BPU_PAYERS)),
  inJkn: z.optional(z.boolean()),
  enrolledPrograms: z.optional(z.array(z.enum(PROGRAMS)).check(z.maxLength(PROGRAMS.length))),
  checkBpuRegistrationAge: z.optional(z.boolean()),
})

/** Input of `checkJkpRegistration`. */
export const jkpRegistrationSchema = z.strictObject({
  registrationDate: isoDate,
  birthDate: z.optional(isoDate),
  nationality: z.optional(z.enum(NATIONALITIES)),
  employmentRelationship: z.optional(z.boolean()),
  enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
  enrolledPrograms: z.optional(z.array(z.enum(PROGRAMS)).check(z.maxLength(PROGRAMS.length))),
  inJkn: z.optional(z.boolean()),
})

/** Input of `checkJkpClaim`. */
export const jkpClaimSchema = z.strictObject({
  layoffDate: isoDate,
  claimDate: z.optional(isoDate),
  reasonForLeaving: z.optional(z.enum(LEAVING_REASONS)),
  contributionMonthsInWindow: z.optional(intIn(0, 1200)),
  consecutiveMonthsBeforeLayoff: z.optional(intIn(0, 1200)),
  paidPeriods: z.optional(z.array(period).check(z.maxLength(600))),
  employedAgain: z.optional(z.boolean()),
})

/** Input of `checkJkmClaim`. */
export const jkmClaimSchema = z.strictObject({
  dateOfDeath: isoDate,
  category: z.enum(CATEGORIES),
  cause: z.optional(causeSchema),
  membershipActive: z.optional(z.boolean()),
  paidThrough: z.optional(period),
  membershipStart: z.optional(isoDate),
})

const scholarshipChild = z.strictObject({
  birthDate: isoDate,
  married: z.optional(z.boolean()),
  working: z.optional(z.enum(['no', 'pu', 'bpu', 'intern'])),
  puConsecutiveMonths: z.optional(intIn(0, 1200)),
  registeredAsHeir: z.optional(z.boolean()),
})

/** Input of `checkScholarshipEligibility`. */
export const scholarshipSchema = z.strictObject({
  dateOfDeath: isoDate,
  asOf: isoDate,
  cause: z.optional(causeSchema),
  contributionMonths: z.optional(intIn(0, 1200)),
  membershipStart: z.optional(isoDate),
  children: z.optional(z.array(scholarshipChild).check(z.maxLength(30))),
})
