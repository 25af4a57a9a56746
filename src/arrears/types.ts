import type { Explanation, Warning } from '../explain/types.js'
import type { BenefitReason, FirstPayer } from '../benefits/types.js'

/** One contribution month of {@link calculateArrears}' input. */
export interface ArrearsMonthInput {
  /** The contribution month `'YYYY-MM'`. */
  readonly period: string
  /** The contribution due for the month, in rupiah (a number, or decimal text with at most 2 decimals). */
  readonly amount: number | string
  /** The day it was paid; absent while unpaid on `asOf`. */
  readonly paidOn?: string | Date
}

/** Input of {@link calculateArrears} (PU contributions). */
export interface ArrearsInput {
  /** Each contribution month once, in any order. */
  readonly months: readonly ArrearsMonthInput[]
  /**
   * The day the arrears are counted on (e.g. a termination or an accident): penalties of unpaid months run to
   * it, and the consecutive months in arrears on it decide who pays benefits first. Required when a month is
   * unpaid.
   */
  readonly asOf?: string | Date
  /** The company was declared bankrupt or closed (JKP: PP 6/2025 Pasal 39A). */
  readonly employerBankruptOrClosed?: boolean
}

/** Whether a month was paid by its due date, late, is still unpaid, or is not yet due on `asOf`. */
export type ArrearsMonthStatus = 'on-time' | 'late' | 'unpaid' | 'not-due'

/** One month of the arrears result (amounts in whole rupiah). */
export interface ArrearsMonthLine {
  readonly period: string
  readonly amount: number
  /** The due day of the following month (holidays not moved). */
  readonly dueDate: string
  readonly paidOn: string | null
  readonly status: ArrearsMonthStatus
  /** Months of delay counted (started months by default, `arrears.countStartedMonths`), to `paidOn` or `asOf`. */
  readonly monthsLate: number
  /** Completed months of delay (for comparison). */
  readonly completedMonthsLate: number
  /** Penalty rate per month of delay, decimal text (`'0.02'`). */
  readonly rate: string
  /** `monthsLate × rate × amount`, rounded once. */
  readonly penalty: number
}

/** Who pays a program's benefits first while the employer is in arrears on `asOf`. */
export interface ArrearsBenefitPayer {
  readonly program: 'JKK' | 'JKM' | 'JKP'
  readonly firstPayer: FirstPayer
  /** The most months of arrears for which BPJS TK still pays first. */
  readonly maximum: number
}

/** Result of {@link calculateArrears}. */
export interface ArrearsResult {
  readonly asOf: string | null
  /** The months, by period. */
  readonly months: readonly ArrearsMonthLine[]
  readonly totals: {
    /** Every contribution listed. */
    readonly due: number
    readonly paid: number
    readonly unpaid: number
    /** Penalties of late payments and of unpaid months up to `asOf`. */
    readonly penalty: number
  }
  /** Months unpaid on `asOf` whose due date has passed. */
  readonly unpaidMonths: number
  /** Consecutive months in arrears on `asOf`, ending with the last month due; `null` without `asOf`. */
  readonly consecutiveArrearsMonths: number | null
  /** Who pays JKK, JKM and JKP benefits first on `asOf` (empty without `asOf`). */
  readonly benefitPayers: readonly ArrearsBenefitPayer[]
  readonly reasons: readonly BenefitReason[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
