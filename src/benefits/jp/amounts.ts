import type { RuleContext } from '../../explain/context.js'
import { Dec, type DecValue } from '../../money/decimal.js'
import { jpRateEmployer, jpRateWorker, jpWageCap } from '../../parameters/jp.js'
import {
  JP_CPI_INFLATION,
  JP_INFLATION_LEGAL,
  jpAccrualRate,
  jpBenefitBounds,
} from '../../parameters/jp-benefit.js'
import { isStale } from '../../parameters/lookup.js'
import type { ParsedJpBenefitInput } from '../../schemas/jp-benefit.js'
import { addPeriods, periodStart } from '../../time/calendar.js'
import { rp, type ReasonList } from '../common.js'
import { formatRupiah } from '../../money/format.js'
import { averageIndexedWage, boundPension, formulaPension, lumpSum, roundRupiah } from './formula.js'
import { jpBenefitMessages } from '../../i18n/messages/jp-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { D26, P17, P18 } from './citations.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_45_2015)

useMessages(jpBenefitMessages)

const SEN = 100

/** Each paid month's counted wage (min of wage and cap) in rupiah, exact. */
export function countedWages(
  ctx: RuleContext,
  inp: ParsedJpBenefitInput,
): { period: string; wage: DecValue }[] {
  return inp.wageHistory.map((m) => {
    const capSen = m.cap ?? Number(ctx.read(jpWageCap, periodStart(m.period)).value) * SEN
    return { period: m.period, wage: new Dec(Math.min(m.wage, capSen)).div(SEN) }
  })
}

/** The exact average indexed wage, or undefined with a missing fact per year without inflation (D26). */
export function averageWage(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJpBenefitInput,
  pensionYear: number,
): DecValue | undefined {
  const inflation: Record<number, string> = { ...JP_CPI_INFLATION }
  for (const [y, r] of Object.entries(inp.inflation ?? {})) inflation[Number(y)] = r
  const wages = countedWages(ctx, inp)
  const { average, missing } = averageIndexedWage(wages, pensionYear, inflation)
  for (const y of missing) reasons.missing(['inflation', String(y)], 'JP_FACT_INFLATION', JP_INFLATION_LEGAL)
  if (missing.length > 0) return undefined
  ctx.warn('JP_AVERAGE_MONTH_WEIGHTED')
  ctx.step({
    rule: 'jp.averageWage',
    text: 'STEP_JP_AVERAGE',
    formula: 'FORMULA_JP_AVERAGE',
    params: { average: rp(roundRupiah(average)), months: wages.length },
    inputs: { pensionYear },
    legal: [...JP_INFLATION_LEGAL],
    value: average.toDecimalPlaces(6).toString(),
  })
  return average
}

/**
 * A decimal amount of rupiah shown to the sen as in the texts (`Rp2.664.666,67`, half-up); one of 16 digits or
 * more as its plain decimal text (formatRupiah holds exactly only amounts below 2^53).
 *
 * @example
 * ```ts
 * rpToSen(new Dec('2664666.666667')) //=> 'Rp2.664.666,67'
 * ```
 */
export function rpToSen(amount: DecValue): string {
  const text = amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toString()
  return /^\d{1,15}(\.\d{1,2})?$/.test(text) ? formatRupiah(text) : text
}

/** Pasal 17(2) amount rounded once to the rupiah, with its step. */
export function formulaAmount(ctx: RuleContext, start: string, months: number, average: DecValue): number {
  const acc = ctx.read(jpAccrualRate, start)
  const exact = formulaPension(acc.value, months, average)
  const amount = roundRupiah(exact)
  ctx.step({
    rule: 'jp.formula',
    text: 'STEP_JP_FORMULA',
    formula: 'FORMULA_JP_FORMULA',
    params: { rate: acc.value, months, average: rpToSen(average), amount: rp(amount) },
    parameters: [acc],
    rounding: { mode: 'half-up', exact: exact.toDecimalPlaces(6).toString(), rounded: amount },
    value: amount,
  })
  return amount
}

/** The bounds of the first year (caller's, or the table unless stale: then a missing fact, D26). */
export function boundsOf(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJpBenefitInput,
  start: string,
): { minimum: number; maximum: number; status: string } | undefined {
  if (inp.bounds !== undefined)
    return { minimum: inp.bounds.minimum / SEN, maximum: inp.bounds.maximum / SEN, status: 'input' }
  const r = ctx.readOptional(jpBenefitBounds, start)
  if (r === undefined || isStale(r)) {
    reasons.missing(['bounds'], 'FACT_JP_BOUNDS', [P18, D26])
    return undefined
  }
  // the year of the bounds row (March to February), not of the start month: a start in 2026-01 uses the 2025 row
  if (r.value.status !== 'published') ctx.warn('JP_BOUNDS_DERIVED', { year: r.from.slice(0, 4) }, r.id)
  return { minimum: Number(r.value.minimum), maximum: Number(r.value.maximum), status: r.value.status }
}

/**
 * Applies the bounds and records the reason ("the minimum applies because …"), saying what `amount` is: the
 * pension by the formula, or a survivor's share of it (`share`, with the formula amount).
 */
export function applyBounds(
  ctx: RuleContext,
  reasons: ReasonList,
  amount: number,
  b: { minimum: number; maximum: number },
  share?: { share: string; formula: number },
): { amount: number; applied: 'minimum' | 'maximum' | null } {
  const r = boundPension(amount, b.minimum, b.maximum)
  if (r.applied !== null) {
    const what =
      share === undefined
        ? ctx.t('JP_BOUNDED_FORMULA')
        : ctx.t('JP_BOUNDED_SHARE', { share: share.share, formula: rp(share.formula) })
    reasons.add(
      'note',
      r.applied === 'minimum' ? 'JP_MINIMUM_APPLIES' : 'JP_MAXIMUM_APPLIES',
      { what, amount: rp(amount), bound: rp(r.amount) },
      [P18],
    )
  }
  ctx.step({
    rule: 'jp.bounds',
    text: 'STEP_JP_BOUNDS',
    params: { minimum: rp(b.minimum), maximum: rp(b.maximum), amount: rp(r.amount) },
    legal: [P18],
    unit: 'rupiah',
    value: r.amount,
  })
  return r
}

/** Yearly steps: the first year's amount, then × (1 + factor) per caller factor (Pasal 17(1)(b), D26). */
export function scheduleOf(
  ctx: RuleContext,
  inp: ParsedJpBenefitInput,
  start: string,
  monthly: number,
): { from: string; monthly: number; factor?: string }[] {
  const out: { from: string; monthly: number; factor?: string }[] = [{ from: start, monthly }]
  const factors = inp.paymentIndexation ?? []
  if (factors.length === 0) ctx.warn('JP_NO_PAYMENT_INDEXATION')
  // open question: anniversary or calendar year for "each following year" (Pasal 17(1)(b)); anniversary kept
  else ctx.warn('JP_INDEXATION_ANNIVERSARY', { start })
  let exact = new Dec(monthly)
  factors.forEach((f, i) => {
    exact = exact.times(new Dec(1).plus(f))
    out.push({ from: addPeriods(start, 12 * (i + 1)), monthly: roundRupiah(exact), factor: f })
  })
  return out
}

/** The lump sum: 3% (employer + worker rates of each month) of the counted wage, plus caller returns. */
export function lumpSumOf(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJpBenefitInput,
): { contributions: number; total: number; returnsIncluded: boolean } {
  const wages = countedWages(ctx, inp)
  const contributions = wages.map((w) => {
    const d = periodStart(w.period)
    const rate = new Dec(ctx.read(jpRateEmployer, d).value).plus(ctx.read(jpRateWorker, d).value)
    return w.wage.times(rate)
  })
  const rates = inp.lumpSumMonthlyRates
  const r = lumpSum(contributions, rates === undefined ? undefined : wages.map((w) => rates[w.period]))
  if (rates === undefined) reasons.add('note', 'JP_LUMP_SUM_NO_RETURNS', {}, [D26])
  ctx.step({
    rule: 'jp.lumpSum',
    text: 'STEP_JP_LUMP_SUM',
    params: { contributions: rp(r.contributions), total: rp(r.total) },
    legal: [{ source: 'PP-45-2015', article: 'Pasal 19' }, P17],
    unit: 'rupiah',
    value: r.total,
  })
  return { ...r, returnsIncluded: rates !== undefined }
}
