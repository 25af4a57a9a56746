import { calculateContribution } from '../../contributions/calculate.js'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../../errors.js'
import type { RuleContext } from '../../explain/context.js'
import { Dec } from '../../money/decimal.js'
import { senText, senToRupiah } from '../../money/exact.js'
import type { ParsedJhtBalanceInput } from '../../schemas/jht.js'
import type { CalculationOptions } from '../../schemas/options.js'
import { addPeriods, monthsBetween } from '../../time/calendar.js'
import { rp } from '../common.js'
import { jhtMessages } from '../../i18n/messages/jht.js'
import { useMessages } from '../../i18n/registry.js'

useMessages(jhtMessages)

/** Longest history plus projection, in months (100 years). */
const MAX_MONTHS = 1200

/** One month of money flows into and out of the account. */
export interface Flow {
  readonly month: string
  readonly contribution: number
  readonly source: 'input' | 'priced' | 'assumption'
  readonly withdrawal: number
}

function fail(
  ctx: RuleContext,
  path: (string | number)[],
  code: string,
  params: Record<string, string | number>,
): never {
  throw new BpjsValidationError([makeIssue(path, code, params, ctx.locale)], ctx.locale)
}

/**
 * The JHT part of a month priced by `calculateContribution` (PU: wage; BPU: declared income), JHT alone: the
 * JHT share does not depend on what the other programs need (a BPU month under PP 50/2025 would otherwise ask
 * for a payer and a sector that only the JKK and JKM discount reads, and that a history month cannot give).
 */
function priced(
  ctx: RuleContext,
  index: number,
  h: ParsedJhtBalanceInput['history'][number],
  options: CalculationOptions | undefined,
): number {
  const income = senText(h.wage!)
  const input =
    h.category === 'PU'
      ? { category: 'PU', period: h.month, wage: income, programs: ['JHT'] }
      : { category: 'BPU', period: h.month, declaredIncome: income, programs: ['JHT'] }
  let r: ReturnType<typeof calculateContribution>
  try {
    r = calculateContribution(input as Parameters<typeof calculateContribution>[0], options)
  } catch (e) {
    if (!(e instanceof BpjsValidationError)) throw e
    // the month's own path, history.<i>: the wage was checked by the input schema as the pricing checks it
    // (moneySen), so what the pricing refuses is the month itself (its program, by a matrix override)
    const issues: BpjsIssue[] = e.issues.map((i) => ({ ...i, path: ['history', index] }))
    throw new BpjsValidationError(issues, ctx.locale)
  }
  ctx.absorb(r.explanation, r.warnings)
  // only JHT was asked for: every line is a JHT share (employer and worker, or the BPU's own)
  const jht = r.lines.reduce((s, l) => s + l.amount, 0)
  ctx.step({
    rule: 'jht.price',
    text: 'STEP_JHT_PRICED',
    params: {
      month: h.month,
      category: h.category!,
      wage: rp(senToRupiah(h.wage!, 'half-up')),
      amount: rp(jht),
    },
    inputs: { month: h.month, category: h.category!, wage: income },
    unit: 'rupiah',
    value: jht,
  })
  return jht
}

/** The history's months, checked ascending and unique, each with its contribution (given or priced). */
function historyFlows(
  ctx: RuleContext,
  input: ParsedJhtBalanceInput,
  options: CalculationOptions | undefined,
): Flow[] {
  const out: Flow[] = []
  input.history.forEach((h, i) => {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.month >= h.month)
      fail(ctx, ['history', i, 'month'], prev.month === h.month ? 'JHT_MONTH_DUPLICATE' : 'JHT_MONTH_ORDER', {
        month: h.month,
      })
    const pricedMonth = h.category !== undefined || h.wage !== undefined
    if (pricedMonth && h.contribution !== undefined)
      fail(ctx, ['history', i, 'contribution'], 'JHT_MONTH_TWO_CONTRIBUTIONS', { month: h.month })
    if (pricedMonth && (h.category === undefined || h.wage === undefined))
      fail(
        ctx,
        ['history', i, h.category === undefined ? 'category' : 'wage'],
        'JHT_MONTH_CATEGORY_AND_WAGE',
        {
          month: h.month,
        },
      )
    out.push({
      month: h.month,
      contribution: pricedMonth ? priced(ctx, i, h, options) : (h.contribution ?? 0),
      source: pricedMonth ? 'priced' : 'input',
      withdrawal: h.withdrawal ?? 0,
    })
  })
  return out
}

/**
 * The months of the history plus the projected ones (caller assumptions: the contribution grows by
 * `yearlyGrowth` each January, rounded half-up to the rupiah each month).
 */
export function flowsOf(
  ctx: RuleContext,
  input: ParsedJhtBalanceInput,
  options: CalculationOptions | undefined,
): Flow[] {
  const out = historyFlows(ctx, input, options)
  const f = input.future
  if (f === undefined) return out
  const last = out[out.length - 1]?.month
  const first = last === undefined ? f.from : addPeriods(last, 1)
  if (f.until < first)
    fail(ctx, ['future', 'until'], 'JHT_PROJECTION_ENDS_BEFORE', { until: f.until, from: first })
  if (out.length + monthsBetween(first, f.until) + 1 > MAX_MONTHS)
    fail(ctx, ['future', 'until'], 'JHT_PROJECTION_TOO_LONG', { maximum: MAX_MONTHS })
  if (new Dec(f.yearlyGrowth).lte(-1))
    fail(ctx, ['future', 'yearlyGrowth'], 'JHT_GROWTH_BELOW_MINUS_ONE', { growth: f.yearlyGrowth })
  let amount = new Dec(f.contribution)
  for (let month = first; month <= f.until; month = addPeriods(month, 1)) {
    if (month.endsWith('-01') && month !== first) amount = amount.times(new Dec(1).plus(f.yearlyGrowth))
    const contribution = amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
    out.push({ month, contribution, source: 'assumption', withdrawal: 0 })
  }
  return out
}
