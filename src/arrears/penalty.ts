import { applyRate, rupiahToSen } from '../money/exact.js'
import { rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import { arrearsDueDay, arrearsPenaltyRate } from '../parameters/arrears.js'
import { valueAt } from '../parameters/lookup.js'
import type { ParameterReading } from '../parameters/types.js'
import { addPeriods, daysInMonth, monthsBetween, periodOf, yearMonth } from '../time/calendar.js'

/** The late-payment penalty of one contribution month. */
export interface PenaltyLine {
  /** Contribution month `'YYYY-MM'`. */
  readonly month: string
  /** Due date `'YYYY-MM-DD'` (the due day of the following month; holidays not moved). */
  readonly dueDate: string
  /** Started months of delay (interim rule: a started month counts). */
  readonly monthsLate: number
  readonly rate: string
  /** Whole rupiah: monthsLate × rate × amount due, rounded once with the mode. */
  readonly penalty: number
  readonly readings: readonly ParameterReading[]
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The `dueDay` of a month, or its last day when the month is shorter (the 30th of February is the 28th/29th). */
function dayIn(period: string, dueDay: number): number {
  const { year, month } = yearMonth(period)
  return Math.min(dueDay, daysInMonth(year, month))
}

/** The due date of a contribution month: `dueDay` of the following month (or its last day). */
export function dueDateOf(month: string, dueDay: number): string {
  const next = addPeriods(month, 1)
  return `${next}-${pad(dayIn(next, dueDay))}`
}

/** Months of delay of a payment on `paidOn`: started and completed, each month ending on the due day. */
export interface DelayMonths {
  readonly started: number
  readonly completed: number
}

/**
 * The months of delay from `dueDate` (on the nominal `dueDay`) to `paidOn`: month k of delay ends on the due
 * day of the k-th month after the due month (or that month's last day). Paid on or before the due date: 0.
 */
export function delayMonths(dueDate: string, dueDay: number, paidOn: string): DelayMonths {
  if (paidOn <= dueDate) return { started: 0, completed: 0 }
  const paidPeriod = periodOf(paidOn)
  const diff = monthsBetween(periodOf(dueDate), paidPeriod)
  const paidDay = Number(paidOn.slice(8, 10))
  const anniversary = dayIn(paidPeriod, dueDay)
  return {
    started: diff + (paidDay > anniversary ? 1 : 0),
    completed: diff - (paidDay < anniversary ? 1 : 0),
  }
}

/**
 * The penalty for one contribution month (`'YYYY-MM'`) of `amount` rupiah paid on `paidOn` (`'YYYY-MM-DD'`):
 * 2% (0.5% under PP 49/2020) per started month after the due day of the following month, not compounding.
 */
export function penaltyFor(
  month: string,
  amount: number,
  paidOn: string,
  mode: RoundingMode = 'half-up',
): PenaltyLine {
  const rateR = valueAt(arrearsPenaltyRate, month)
  const dayR = valueAt(arrearsDueDay, month)
  const dueDate = dueDateOf(month, dayR.value)
  const monthsLate = delayMonths(dueDate, dayR.value, paidOn).started
  const penalty = applyRate(rupiahToSen(amount) * monthsLate, rate(rateR.value), mode)
  return Object.freeze({
    month,
    dueDate,
    monthsLate,
    rate: rateR.value,
    penalty,
    readings: Object.freeze([rateR as ParameterReading, dayR as ParameterReading]),
  })
}
