// The library's public functions as the CLI sees them. The CLI is bundled with the library's source
// (tsup `noExternal`), so it always runs the code of the same checkout.
import * as lib from '../src/index.js'
import { t, type Lang } from './messages.js'

/** A public calculation: one input object and the common options. */
export type Calculation = (input: unknown, options?: unknown) => unknown

/** The names of the calculations the CLI commands expose (the contract of `shared/design/api.md`). */
export type CalculationName =
  | 'calculateContribution'
  | 'calculateJkmBenefit'
  | 'calculateJkkDeathBenefit'
  | 'calculateJpBenefit'
  | 'calculateJkkBenefit'
  | 'projectJhtBalance'
  | 'calculateJhtClaim'
  | 'calculateJkpBenefit'
  | 'calculateArrears'
  | 'checkEligibility'
  | 'checkJkpRegistration'
  | 'checkJkpClaim'
  | 'checkJkmClaim'
  | 'checkScholarshipEligibility'
  | 'jpPensionAgeOn'
  | 'pensionAgeReachedOn'
  | 'planCoverageProgram'

/** Thrown when the library in this build does not export a calculation yet (never a made-up result). */
export class NotImplementedError extends Error {
  override readonly name = 'NotImplementedError'
  constructor(
    readonly fn: string,
    readonly command: string,
    lang: Lang,
  ) {
    super(t(lang, 'notImplemented', { fn, command }))
  }
}

/** The calculation `name`, or a {@link NotImplementedError} when this build does not have it. */
export function calculation(name: CalculationName, command: string, lang: Lang): Calculation {
  const fn = (lib as Record<string, unknown>)[name]
  if (typeof fn !== 'function') throw new NotImplementedError(name, command, lang)
  return fn as Calculation
}

export {
  BpjsRuleError,
  BpjsValidationError,
  calculateContributions,
  formatCitation,
  formatRupiah,
  parseRupiah,
  renderExplanation,
} from '../src/index.js'
export type { BpjsIssue, Citation, Explanation, Warning } from '../src/index.js'
