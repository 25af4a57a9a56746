/**
 * Eligibility: which category a person belongs to, which programs apply and why (three-valued), the JP
 * pension age, and the focused checks for JKP registration, JKP claims, JKM claims and scholarships.
 * @module
 */
export { checkEligibility } from './check.js'
export { WORK_RELATIONSHIPS } from '../schemas/eligibility.js'
export {
  jpPensionAgeOn,
  pensionAgeReachedOn,
  type PensionAgeOnInput,
  type PensionAgeOnResult,
  type PensionAgeReachedInput,
  type PensionAgeReachedResult,
} from './pension.js'
export { checkJkpClaim, type JkpClaimInput, type JkpClaimResult } from './jkp-claim.js'
export { checkJkpRegistration, type JkpRegistrationInput, type JkpRegistrationResult } from './jkp.js'
export {
  checkJkmClaim,
  type CauseOfDeath,
  type JkmClaimInput,
  type JkmClaimResult,
  type JkmEntitlement,
} from './jkm.js'
export {
  checkScholarshipEligibility,
  type ScholarshipEligibilityChildInput,
  type ScholarshipEligibilityChild,
  type ScholarshipEligibilityInput,
  type ScholarshipEligibilityResult,
} from './scholarship.js'
export type {
  AgeFacts,
  CategoryStatus,
  CheckResult,
  Condition,
  EligibilityInput,
  EligibilityResult,
  LeavingReason,
  ProgramEligibility,
  ProgramStatus,
  Reason,
  ScholarshipRegime,
  Segment,
  TriState,
  WorkingAge,
  WorkRelationship,
} from './types.js'
