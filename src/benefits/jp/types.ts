import type { Explanation, Warning } from '../../explain/types.js'
import type { JP_BENEFIT_KINDS } from '../../schemas/jp-benefit.js'
import type { BenefitReason, PayableStatus } from '../types.js'

/** One paid month of {@link JpBenefitInput.wageHistory}. */
export interface JpWageMonth {
  /** Contribution month `'YYYY-MM'`. */
  readonly period: string
  /** The wage reported for JP that month, in rupiah (capped with `jp.wageCap` unless `cap` is given). */
  readonly wage: number | string
  /** The cap of that month, when the caller supplies it (hypothetical or future caps). */
  readonly cap?: number | string
}

/** Input of {@link calculateJpBenefit} (money as numbers or decimal strings in rupiah, rates as decimal strings). */
export interface JpBenefitInput {
  /** `'old-age'`, `'disability'`, `'widow'`, `'child'` or `'parent'`. */
  readonly kind: (typeof JP_BENEFIT_KINDS)[number]
  readonly birthDate: string | Date
  readonly membershipStart: string | Date
  /** Old age: the claim date (optional); disability: the date of total permanent disability; survivors: the date of death. */
  readonly eventDate?: string | Date
  /** Paid months with their wages (the contribution period is the number of entries). */
  readonly wageHistory: readonly JpWageMonth[]
  /** Inflation by year (`{ "2026": "0.03" }`): replaces or adds to the library's table (D26). */
  readonly inflation?: Readonly<Record<string, number | string>>
  /** Share of the base benefit paid to this survivor (not found in the law seen: an input, D26). */
  readonly survivorShare?: number | string
  /** The bounds of the pension's first year, when the library's table does not have them. */
  readonly bounds?: { readonly minimum: number | string; readonly maximum: number | string }
  /** Apply the minimum and maximum to a survivor pension (default false). */
  readonly applyBoundsToSurvivors?: boolean
  /** Yearly in-payment indexation factors for the 2nd, 3rd, … year (`'0.03'` = +3%), D26. */
  readonly paymentIndexation?: readonly (number | string)[]
  /** Monthly development rates for the lump sum, by period (`{ "2020-01": "0.005" }`). */
  readonly lumpSumMonthlyRates?: Readonly<Record<string, number | string>>
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
  readonly kind: (typeof JP_BENEFIT_KINDS)[number]
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
