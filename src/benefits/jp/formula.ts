import { Dec, type DecValue } from '../../money/decimal.js'

/**
 * Pure JP pension arithmetic (PP 45/2015 Pasal 17–18), exact with decimal.js. The only rounding is the one
 * of each published amount: the monthly pension and the lump sum are rounded half-up to whole rupiah at the
 * end ({@link roundRupiah}); indexes and averages stay exact.
 */

/** One month of the JP wage history: the period `'YYYY-MM'` and the counted wage in whole rupiah. */
export interface JpWageMonth {
  readonly period: string
  readonly wage: number | DecValue
}

/**
 * The wage index of year T for a pension starting in year P: Π_{t=T}^{P−1} (1 + inflation_t) (BPJS TK
 * "Simulasi JP" slide, consistent with Pasal 17(3)). Years without inflation are returned in `missing`.
 */
export function wageIndex(
  year: number,
  pensionYear: number,
  inflation: Readonly<Record<number, string>>,
): { index: DecValue; missing: number[] } {
  let index = new Dec(1)
  const missing: number[] = []
  for (let t = year; t < pensionYear; t++) {
    const r = inflation[t]
    if (r === undefined) missing.push(t)
    else index = index.times(new Dec(1).plus(r))
  }
  return { index, missing }
}

/**
 * Month-weighted average of the indexed wages (open question 20: each month's weighted wage counts once).
 * Returns the exact average and every year whose inflation is missing.
 */
export function averageIndexedWage(
  history: readonly JpWageMonth[],
  pensionYear: number,
  inflation: Readonly<Record<number, string>>,
): { average: DecValue; missing: number[] } {
  if (history.length === 0) return { average: new Dec(0), missing: [] }
  const cache = new Map<number, { index: DecValue; missing: number[] }>()
  let sum = new Dec(0)
  const missing = new Set<number>()
  for (const m of history) {
    const year = Number(m.period.slice(0, 4))
    const ix = cache.get(year) ?? wageIndex(year, pensionYear, inflation)
    cache.set(year, ix)
    ix.missing.forEach((y) => missing.add(y))
    sum = sum.plus(new Dec(m.wage).times(ix.index))
  }
  return { average: sum.div(history.length), missing: [...missing].sort((a, b) => a - b) }
}

/** Pasal 17(2): accrual × (months / 12) × average weighted monthly wage, exact. */
export function formulaPension(accrualRate: string, months: number, averageWage: DecValue): DecValue {
  return new Dec(accrualRate).times(new Dec(months).div(12)).times(averageWage)
}

/** The one rounding of a published amount: half-up to whole rupiah. */
export function roundRupiah(v: DecValue): number {
  return v.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
}

/** Pasal 18: the monthly pension bounded by the minimum and maximum of its first year. */
export function boundPension(
  amount: number,
  minimum: number,
  maximum: number,
): { amount: number; applied: 'minimum' | 'maximum' | null } {
  if (amount < minimum) return { amount: minimum, applied: 'minimum' }
  if (amount > maximum) return { amount: maximum, applied: 'maximum' }
  return { amount, applied: null }
}

/**
 * The JP lump sum: contributions with returns credited monthly on the actual balance (Permenaker 29/2015
 * Pasal 14 as restated): balance = balance × (1 + monthly rate) + contribution, contribution at month end.
 * Without rates (open question 11) the result is the contributions alone.
 */
export function lumpSum(
  contributions: readonly (number | DecValue)[],
  monthlyRates?: readonly (string | undefined)[],
): { contributions: number; total: number } {
  let balance = new Dec(0)
  let paid = new Dec(0)
  contributions.forEach((c, i) => {
    const r = monthlyRates?.[i]
    if (r !== undefined) balance = balance.times(new Dec(1).plus(r))
    balance = balance.plus(c)
    paid = paid.plus(c)
  })
  return { contributions: roundRupiah(paid), total: roundRupiah(balance) }
}
