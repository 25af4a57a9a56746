import { applyRate, rupiahToSen } from '../money/exact.js'
import { rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import { arrearsDueDay, arrearsPenaltyRate } from '../parameters/arrears.js'
import { valueAt } from '../parameters/lookup.js'
import type { ParameterReading } from '../parameters/types.js'

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

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const pad = (n: number): string => String(n).padStart(2, '0')

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
  const [y, m] = month.split('-').map(Number) as [number, number]
  const dy = m === 12 ? y + 1 : y
  const dm = m === 12 ? 1 : m + 1
  const dueDate = `${dy}-${pad(dm)}-${pad(Math.min(dayR.value, daysIn(dy, dm)))}`
  const [py, pm, pd] = paidOn.split('-').map(Number) as [number, number, number]
  let monthsLate = 0
  if (paidOn > dueDate) {
    const diff = py * 12 + pm - (dy * 12 + dm)
    monthsLate = diff + (pd > Math.min(dayR.value, daysIn(py, pm)) ? 1 : 0)
  }
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
