import { Dec } from '../../money/decimal.js'
import type { RoundingMode } from '../../money/rounding.js'
import type { StmbTier, TransportCaps } from '../../parameters/jkk-benefit.js'

// Wages are given in sen (as the schemas parse money), amounts come back in whole rupiah.
// Pure JKK rule arithmetic (no dates, no parameters read here): the caller passes the parameter values read for
// the accident (or diagnosis) date. Money is integer rupiah; every product is exact (decimal.js) and rounded
// once per line with the rounding mode named, which the caller records in the trace.

/** The wage in rupiah as an exact decimal. */
function rupiahOf(wageSen: number): InstanceType<typeof Dec> {
  return new Dec(wageSen).dividedBy(100)
}

function roundOnce(value: InstanceType<typeof Dec>, mode: RoundingMode): number {
  const r = mode === 'down' ? Dec.ROUND_DOWN : mode === 'half-even' ? Dec.ROUND_HALF_EVEN : Dec.ROUND_HALF_UP
  return value.toDecimalPlaces(0, r).toNumber()
}

/** One month (or part month) of the STMB schedule. */
export interface StmbLine {
  /** 1-based month of incapacity. */
  readonly month: number
  /** Rate of the monthly wage, as the decimal text of the parameter. */
  readonly rate: string
  /** Days paid of a part month over the days of that month, or `null` for a whole month. */
  readonly part: { readonly days: number; readonly ofDays: number } | null
  /** Amount in whole rupiah. */
  readonly amount: number
}

/** The tier rate for the 1-based `month` (the last tier, with `months: null`, runs until recovery). */
export function stmbRateFor(tiers: readonly StmbTier[], month: number): string {
  let end = 0
  for (const t of tiers) {
    if (t.months === null) return t.rate
    end += t.months
    if (month <= end) return t.rate
  }
  const last = tiers[tiers.length - 1]
  if (last === undefined) throw new RangeError('STMB tiers are empty')
  return last.rate
}

/**
 * The STMB schedule: `wholeMonths` whole months at the tier rates, then (if `part` is given) one part month
 * pro-rated by calendar days (`rate × wage × days / ofDays`, an assumption of the library, flagged by the caller).
 */
export function stmbSchedule(
  wageSen: number,
  tiers: readonly StmbTier[],
  wholeMonths: number,
  part: { readonly days: number; readonly ofDays: number } | null,
  mode: RoundingMode,
): readonly StmbLine[] {
  const lines: StmbLine[] = []
  for (let m = 1; m <= wholeMonths; m++) {
    const rate = stmbRateFor(tiers, m)
    lines.push({ month: m, rate, part: null, amount: roundOnce(rupiahOf(wageSen).times(rate), mode) })
  }
  if (part !== null && part.days > 0) {
    const m = wholeMonths + 1
    const rate = stmbRateFor(tiers, m)
    const exact = rupiahOf(wageSen).times(rate).times(part.days).dividedBy(part.ofDays)
    lines.push({ month: m, rate, part, amount: roundOnce(exact, mode) })
  }
  return lines
}

/** Sum of line amounts. */
export function totalOf(lines: readonly { readonly amount: number }[]): number {
  return lines.reduce((s, l) => s + l.amount, 0)
}

/** Total permanent disability: `totalRate × wageMonths × wage` (70% × 80 × wage). */
export function totalDisabilityAmount(
  wageSen: number,
  totalRate: string,
  wageMonths: number,
  mode: RoundingMode,
): number {
  return roundOnce(new Dec(totalRate).times(wageMonths).times(rupiahOf(wageSen)), mode)
}

/**
 * Partial disability: anatomical `tablePercent% × wageMonths × wage`; functional when `functionLostPercent` is
 * given: `functionLostPercent% × tablePercent% × wageMonths × wage`. Percentages are decimal texts ("40", "12.5").
 */
export function partialDisabilityAmount(
  wageSen: number,
  tablePercent: string,
  functionLostPercent: string | null,
  wageMonths: number,
  mode: RoundingMode,
): number {
  let share = new Dec(tablePercent).dividedBy(100)
  if (functionLostPercent !== null) share = share.times(new Dec(functionLostPercent).dividedBy(100))
  return roundOnce(share.times(wageMonths).times(rupiahOf(wageSen)), mode)
}

/** One transport claim: the amount billed and the amount reimbursed (`min(billed, cap)`; no cap → billed). */
export interface CappedLine {
  readonly billed: number
  readonly cap: number | null
  readonly amount: number
}

/** `min(billed, cap)`, or the billed amount when no cap was found (the caller warns). */
export function capped(billed: number, cap: string | null): CappedLine {
  if (cap === null) return { billed, cap: null, amount: billed }
  const c = Number(cap)
  return { billed, cap: c, amount: Math.min(billed, c) }
}

/** Transport reimbursed per mode, each up to its own cap (Lampiran III: "masing-masing angkutan"). */
export function transportLines(
  billed: { readonly land?: number; readonly sea?: number; readonly air?: number },
  caps: TransportCaps,
): Readonly<Record<'land' | 'sea' | 'air', CappedLine | undefined>> {
  return {
    land: billed.land === undefined ? undefined : capped(billed.land, caps.land),
    sea: billed.sea === undefined ? undefined : capped(billed.sea, caps.sea),
    air: billed.air === undefined ? undefined : capped(billed.air, caps.air),
  }
}
