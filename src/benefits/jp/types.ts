import type { Explanation, Warning } from '../../explain/types.js'
import type { ParsedJpBenefitInput } from '../../schemas/jp-benefit.js'
import type { BenefitReason, PayableStatus } from '../types.js'

/** Input of {@link calculateJpBenefit} (money as numbers or decimal strings in rupiah). */
export type JpBenefitInput = {
  readonly [K in keyof ParsedJpBenefitInput]: K extends 'wageHistory'
    ? readonly { readonly period: string; readonly wage: number | string; readonly cap?: number | string }[]
    : K extends 'bounds'
      ? { readonly minimum: number | string; readonly maximum: number | string } | undefined
      : K extends 'eventDate' | 'birthDate' | 'membershipStart'
        ? ParsedJpBenefitInput[K] | Date
        : ParsedJpBenefitInput[K]
}

/** One line of the member's timeline. */
export interface JpTimelineEntry {
  /** `'YYYY-MM'`. */
  readonly from: string
  /** Whole rupiah a month (monthly pension) or once (lump sum). */
  readonly amount: number
  readonly text: string
}

/** Result of {@link calculateJpBenefit}. */
export interface JpBenefitResult {
  readonly kind: ParsedJpBenefitInput['kind']
  readonly status: PayableStatus
  readonly missing: readonly string[]
  /** `monthly` pension or `lump-sum`; null when incomplete before the form is known. */
  readonly form: 'monthly' | 'lump-sum'
  /** First month of payment, `'YYYY-MM'`. */
  readonly start: string
  /** Paid months (Masa Iur) and the months used by the formula (180 under the as-15-years rule). */
  readonly contributionMonths: number
  readonly countedMonths: number
  /** Average indexed monthly wage, rounded to the rupiah for display (the formula uses the exact value). */
  readonly averageIndexedWage: number | null
  /** Pasal 17(2) amount, rounded once to the rupiah. */
  readonly formulaAmount: number | null
  readonly bounds: { readonly minimum: number; readonly maximum: number; readonly status: string } | null
  readonly boundApplied: 'minimum' | 'maximum' | null
  readonly survivorShare: string | null
  /** The first year's monthly pension (0 for a lump sum or when incomplete). */
  readonly monthlyPension: number
  /** Yearly steps of the monthly pension (indexed only with caller factors). */
  readonly schedule: readonly { readonly from: string; readonly monthly: number }[]
  readonly lumpSum: {
    readonly contributions: number
    readonly total: number
    readonly returnsIncluded: boolean
  } | null
  readonly timeline: readonly JpTimelineEntry[]
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
