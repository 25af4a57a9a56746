import { applyRate, rupiahToSen } from '../../money/exact.js'
import { rate } from '../../money/rate.js'
import type { RoundingMode } from '../../money/rounding.js'
import { jkpBenefitWageCap, jkpCashSchedule, type JkpCashStep } from '../../parameters/jkp-benefit.js'
import { valueAt } from '../../parameters/lookup.js'
import type { ParameterReading } from '../../parameters/types.js'

/** One monthly JKP cash payment. */
export interface JkpCashMonth {
  /** 1 … 6. */
  readonly month: number
  /** Share of the capped wage, decimal string (`'0.45'`). */
  readonly rate: string
  /** Whole rupiah, rounded once with the given mode. */
  readonly amount: number
}

/** The JKP cash schedule for one termination: the wage base, the months and the total. */
export interface JkpCashSchedule {
  readonly wageBase: number
  readonly capped: boolean
  readonly months: readonly JkpCashMonth[]
  readonly total: number
  readonly readings: readonly ParameterReading[]
}

/**
 * The monthly payments of a schedule on a wage base in sen: each step's rate applied once to the base and
 * rounded once with `mode` (every month of a step pays the same amount).
 */
export function cashMonths(
  wageBaseSen: number,
  steps: readonly JkpCashStep[],
  mode: RoundingMode,
): JkpCashMonth[] {
  const months: JkpCashMonth[] = []
  for (const step of steps) {
    const amount = applyRate(wageBaseSen, rate(step.rate), mode)
    for (let i = 0; i < step.months; i++)
      months.push(Object.freeze({ month: months.length + 1, rate: step.rate, amount }))
  }
  return months
}

/**
 * The JKP cash schedule by termination date (library decision D27): the last reported wage (whole rupiah) capped
 * at the JKP benefit wage cap, then each step of the schedule in force on that date. Building block of the JKP
 * benefit calculation; eligibility is checked elsewhere (`checkJkpClaim`).
 */
export function jkpCashScheduleAt(
  terminationDate: string,
  lastWage: number,
  mode: RoundingMode = 'half-up',
): JkpCashSchedule {
  const capR = valueAt(jkpBenefitWageCap, terminationDate)
  const schedR = valueAt(jkpCashSchedule, terminationDate)
  const cap = Number(capR.value)
  const wageBase = Math.min(lastWage, cap)
  const months = cashMonths(rupiahToSen(wageBase), schedR.value, mode)
  const total = months.reduce((s, m) => s + m.amount, 0)
  return Object.freeze({
    wageBase,
    capped: lastWage > cap,
    months: Object.freeze(months),
    total,
    readings: Object.freeze([capR as ParameterReading, schedR as ParameterReading]),
  })
}
