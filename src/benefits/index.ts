/**
 * Death benefits: JKM (non-work death), the JKK death benefit (work accident or occupational disease), the
 * children's scholarship schedule, and the heirs who receive them.
 *
 * @module
 */
export { calculateJkmBenefit } from './jkm.js'
export { calculateJkkDeathBenefit } from './jkk-death.js'
export { determineHeirs } from './heirs.js'
export { calculateJkkBenefit } from './jkk/calculate.js'
export type { JkkBenefitInput, JkkBenefitResult, JkkCashItem } from './jkk/types.js'
export type { StmbLine } from './jkk/rules.js'
export type {
  BenefitCategory,
  BenefitReason,
  BenefitRecipient,
  ChildInput,
  DeathCause,
  FamilyRelation,
  FirstPayer,
  HeirsInput,
  HeirsResult,
  JkkDeathBenefitInput,
  JkkDeathBenefitResult,
  JkmBenefitInput,
  JkmBenefitResult,
  PayableStatus,
  BenefitResultBase,
  ReasonKind,
  ScholarshipChild,
  ScholarshipPayment,
  ScholarshipResult,
  SchoolLevel,
  SchoolingInput,
} from './types.js'
