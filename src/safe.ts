import { BpjsRuleError, BpjsValidationError } from './errors.js'
import { calculateJkkDeathBenefit, calculateJkmBenefit, determineHeirs } from './benefits/index.js'
import { calculateJpBenefit } from './benefits/jp/index.js'
import { calculateContribution, calculateContributions } from './contributions/index.js'
import { calculateJkkBenefit } from './benefits/jkk/calculate.js'
import { calculateJkpBenefit } from './benefits/jkp/calculate.js'
import { calculateArrears } from './arrears/calculate.js'
import {
  checkEligibility,
  checkJkmClaim,
  checkJkpClaim,
  checkJkpRegistration,
  checkScholarshipEligibility,
  jpPensionAgeOn,
  pensionAgeReachedOn,
} from './eligibility/index.js'
import { renderExplanation } from './explain/render.js'
import { allocate, formatRupiah, parseRupiah, roundRupiah } from './money/index.js'
import { findValueAt, valueAt } from './parameters/lookup.js'
import { planCoverageProgram } from './programs-plan/index.js'
import { planCoverageRoadmap, workersForBudget } from './programs-plan/roadmap.js'
import { assessRoster, createRosterAssessor } from './roster/index.js'
import { dailyToMonthlyFactor } from './parameters/wage.js'
import { calculateJhtClaim, checkJhtClaim, projectJhtBalance } from './benefits/jht/index.js'
import { addPeriods, ageOn, monthsBetween, parseDate, parsePeriod } from './time/index.js'

/**
 * The outcome of a safe call: the result, or the library's error. The shape is zod's `safeParse`.
 *
 * @example
 * ```ts
 * const r: SafeResult<ContributionResult> = safeCalculateContribution(input)
 * if (r.success) r.data.totals.total
 * else r.error.name === 'BpjsValidationError' ? r.error.issues : r.error.code
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | {
      readonly success: false
      readonly data?: undefined
      readonly error: BpjsValidationError | BpjsRuleError
    }

/**
 * Wraps a function of the library so that it returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing. The parameters and the result keep their exact types.
 *
 * Only the library's own errors become `success: false`: a `BpjsValidationError` (the input is wrong) and a
 * `BpjsRuleError` (the input is valid but the law the library knows does not cover it). Anything else (a
 * `TypeError`, a `RangeError`, running out of memory) is rethrown: it is a defect of the library or of the
 * process, never a property of the caller's input, and turning it into a value would let a caller show a bug
 * to a user as "invalid input" and carry on.
 *
 * @example
 * ```ts
 * const safeTotal = safe((period: string) => calculateContribution({ category: 'BPU', period, declaredIncome: 1000000 }).totals.total)
 * safeTotal('2025-06') //=> { success: true, data: 16800 }
 * safeTotal('2025-13').success //=> false (error: BpjsValidationError PERIOD_INVALID)
 * ```
 */
export function safe<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => SafeResult<R> {
  return (...args: A): SafeResult<R> => {
    try {
      return Object.freeze({ success: true, data: fn(...args) })
    } catch (error) {
      if (error instanceof BpjsValidationError || error instanceof BpjsRuleError)
        return Object.freeze({ success: false, error })
      throw error
    }
  }
}

/** {@link calculateContribution} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateContribution = /* @__PURE__ */ safe(calculateContribution)
/** {@link calculateContributions} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateContributions = /* @__PURE__ */ safe(calculateContributions)
/** {@link calculateJkmBenefit} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJkmBenefit = /* @__PURE__ */ safe(calculateJkmBenefit)
/** {@link calculateJkkDeathBenefit} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJkkDeathBenefit = /* @__PURE__ */ safe(calculateJkkDeathBenefit)
/** {@link calculateJkkBenefit} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJkkBenefit = /* @__PURE__ */ safe(calculateJkkBenefit)
/** {@link calculateJkpBenefit} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJkpBenefit = /* @__PURE__ */ safe(calculateJkpBenefit)
/** {@link calculateArrears} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateArrears = /* @__PURE__ */ safe(calculateArrears)
/** {@link projectJhtBalance} that returns `{ success, data | error }` (see {@link safe}). */
export const safeProjectJhtBalance = /* @__PURE__ */ safe(projectJhtBalance)
/** {@link checkJhtClaim} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckJhtClaim = /* @__PURE__ */ safe(checkJhtClaim)
/** {@link calculateJhtClaim} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJhtClaim = /* @__PURE__ */ safe(calculateJhtClaim)
/** {@link determineHeirs} that returns `{ success, data | error }` (see {@link safe}). */
export const safeDetermineHeirs = /* @__PURE__ */ safe(determineHeirs)
/** {@link checkEligibility} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckEligibility = /* @__PURE__ */ safe(checkEligibility)
/** {@link checkJkpRegistration} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckJkpRegistration = /* @__PURE__ */ safe(checkJkpRegistration)
/** {@link checkJkpClaim} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckJkpClaim = /* @__PURE__ */ safe(checkJkpClaim)
/** {@link checkJkmClaim} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckJkmClaim = /* @__PURE__ */ safe(checkJkmClaim)
/** {@link checkScholarshipEligibility} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCheckScholarshipEligibility = /* @__PURE__ */ safe(checkScholarshipEligibility)
/** {@link jpPensionAgeOn} that returns `{ success, data | error }` (see {@link safe}). */
export const safeJpPensionAgeOn = /* @__PURE__ */ safe(jpPensionAgeOn)
/** {@link pensionAgeReachedOn} that returns `{ success, data | error }` (see {@link safe}). */
export const safePensionAgeReachedOn = /* @__PURE__ */ safe(pensionAgeReachedOn)
/** {@link planCoverageProgram} that returns `{ success, data | error }` (see {@link safe}). */
export const safePlanCoverageProgram = /* @__PURE__ */ safe(planCoverageProgram)
/** {@link renderExplanation} that returns `{ success, data | error }` (see {@link safe}). */
export const safeRenderExplanation = /* @__PURE__ */ safe(renderExplanation)
/** {@link formatRupiah} that returns `{ success, data | error }` (see {@link safe}). */
export const safeFormatRupiah = /* @__PURE__ */ safe(formatRupiah)
/** {@link parseRupiah} that returns `{ success, data | error }` (see {@link safe}). */
export const safeParseRupiah = /* @__PURE__ */ safe(parseRupiah)
/** {@link roundRupiah} that returns `{ success, data | error }` (see {@link safe}). */
export const safeRoundRupiah = /* @__PURE__ */ safe(roundRupiah)
/** {@link allocate} that returns `{ success, data | error }` (see {@link safe}). */
export const safeAllocate = /* @__PURE__ */ safe(allocate)
/** {@link parsePeriod} that returns `{ success, data | error }` (see {@link safe}). */
export const safeParsePeriod = /* @__PURE__ */ safe(parsePeriod)
/** {@link parseDate} that returns `{ success, data | error }` (see {@link safe}). */
export const safeParseDate = /* @__PURE__ */ safe(parseDate)
/** {@link ageOn} that returns `{ success, data | error }` (see {@link safe}). */
export const safeAgeOn = /* @__PURE__ */ safe(ageOn)
/** {@link monthsBetween} that returns `{ success, data | error }` (see {@link safe}). */
export const safeMonthsBetween = /* @__PURE__ */ safe(monthsBetween)
/** {@link addPeriods} that returns `{ success, data | error }` (see {@link safe}). */
export const safeAddPeriods = /* @__PURE__ */ safe(addPeriods)
/** {@link valueAt} that returns `{ success, data | error }` (see {@link safe}). Generic: use `safe(valueAt<T>)`. */
export const safeValueAt = /* @__PURE__ */ safe(valueAt)
/** {@link findValueAt} that returns `{ success, data | error }` (see {@link safe}). */
export const safeFindValueAt = /* @__PURE__ */ safe(findValueAt)
/** {@link planCoverageRoadmap} that returns `{ success, data | error }` (see {@link safe}). */
export const safePlanCoverageRoadmap = /* @__PURE__ */ safe(planCoverageRoadmap)
/** {@link workersForBudget} that returns `{ success, data | error }` (see {@link safe}). */
export const safeWorkersForBudget = /* @__PURE__ */ safe(workersForBudget)
/** {@link assessRoster} that returns `{ success, data | error }` (see {@link safe}). */
export const safeAssessRoster = /* @__PURE__ */ safe(assessRoster)
/** {@link createRosterAssessor} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCreateRosterAssessor = /* @__PURE__ */ safe(createRosterAssessor)
/** {@link dailyToMonthlyFactor} that returns `{ success, data | error }` (see {@link safe}). */
export const safeDailyToMonthlyFactor = /* @__PURE__ */ safe(dailyToMonthlyFactor)
/** {@link calculateJpBenefit} that returns `{ success, data | error }` (see {@link safe}). */
export const safeCalculateJpBenefit = /* @__PURE__ */ safe(calculateJpBenefit)
