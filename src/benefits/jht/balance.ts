import { BpjsValidationError, makeIssue } from '../../errors.js'
import { RuleContext } from '../../explain/context.js'
import { deepFreeze } from '../../internal/freeze.js'
import { Dec, type DecValue } from '../../money/decimal.js'
import { COVERAGE } from '../../parameters/coverage.js'
import { jhtDevelopmentRate } from '../../parameters/jht.js'
import type { ParameterReading } from '../../parameters/types.js'
import { allChecks, parseWith } from '../../schemas/common.js'
import { jhtBalanceInputSchema, type ParsedJhtBalanceInput } from '../../schemas/jht.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../../schemas/options.js'
import { ReasonList, rp } from '../common.js'
import { flowsOf, type Flow } from './flows.js'
import type {
  JhtBalanceInput,
  JhtBalanceResult,
  JhtCreditingMethod,
  JhtMonthRow,
  JhtYearRate,
} from './types.js'
import { jhtMessages } from '../../i18n/messages/jht.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalDecisions from '../../legal/decisions.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_46_2015, legalSources.DECISIONS, legalDecisions.D26)

useMessages(jhtMessages)

/** The interim default crediting method (yearly, opening balance plus pro rata on in-year flows). */
export const JHT_DEFAULT_METHOD: JhtCreditingMethod = 'yearly-prorata'
/** Each credited return is rounded once to whole rupiah with this mode. */
export const JHT_ROUNDING = 'half-up' as const

const PP46_22_2 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' } as const
const D26 = { source: 'DECISIONS', article: 'D26' } as const

/**
 * The rate of one year: the caller's, else the declared data, else (a projected year) the caller's assumed
 * rate, else missing (D26). A declared rate is a fact of its year: it is credited whether the year's months
 * are history or projected, so the assumed rate fills only the years the data does not declare (a projection
 * from mid-2020 credits 2020 at the declared 5.59%, not at the assumption).
 */
function rateOf(
  ctx: RuleContext,
  reasons: ReasonList,
  input: ParsedJhtBalanceInput,
  year: number,
): { rate: JhtYearRate; reading?: ParameterReading<string> } | undefined {
  const given = input.rates?.[String(year)]
  const lastHistory = input.history.at(-1)?.month ?? ''
  const assumed = input.future !== undefined && `${year}-12` > lastHistory
  // only a year already past can have been declared (a projection may run far beyond the horizon)
  const declared =
    given !== undefined || `${year}-07-01` > COVERAGE.verifiedOn
      ? undefined
      : ctx.readOptional(jhtDevelopmentRate, `${year}-07-01`)
  let out: { rate: JhtYearRate; reading?: ParameterReading<string> }
  if (given !== undefined) out = { rate: { year, rate: given, source: assumed ? 'assumption' : 'input' } }
  else if (declared !== undefined)
    out = {
      rate: { year, rate: declared.value, source: 'declared', confidence: declared.confidence },
      reading: declared,
    }
  else if (assumed) out = { rate: { year, rate: input.future!.returnRate, source: 'assumption' } }
  else {
    reasons.missing(['rates', String(year)], 'JHT_FACT_RATE', [PP46_22_2, D26])
    return undefined
  }
  if (out.rate.source === 'assumption') ctx.warn('JHT_RATE_ASSUMED', { year, rate: out.rate.rate })
  if (new Dec(out.rate.rate).lt(0) && input.allowNegativeRates !== true) {
    const path = given !== undefined ? ['rates', String(year)] : ['future', 'returnRate']
    const issue = makeIssue(path, 'JHT_NEGATIVE_RATE_NOT_INTENDED', { year, rate: out.rate.rate }, ctx.locale)
    throw new BpjsValidationError([issue], ctx.locale)
  }
  return out
}

/** Exact return of one calendar-year segment (months a..b) for the yearly methods, before its one rounding. */
function segmentReturn(
  method: JhtCreditingMethod,
  rate: DecValue,
  start: number,
  flows: readonly Flow[],
  a: number,
  b: number,
): DecValue {
  let base = new Dec(start).times(b - a + 1).div(12)
  for (const f of flows) {
    const weight = new Dec(b - Number(f.month.slice(5, 7))).div(12)
    const contribution = method === 'yearly-prorata' ? f.contribution : 0
    base = base.plus(new Dec(contribution - f.withdrawal).times(weight))
  }
  return base.times(rate)
}

/** Runs one calendar year: its months, then its return (yearly methods) with its step. */
function runYear(
  ctx: RuleContext,
  method: JhtCreditingMethod,
  rate: { rate: JhtYearRate; reading?: ParameterReading<string> } | undefined,
  start: number,
  seg: readonly Flow[],
  rows: JhtMonthRow[],
  offset: number,
): number {
  const r = new Dec(rate?.rate.rate ?? 0)
  let balance = start
  seg.forEach((f, k) => {
    let ret = 0
    if (method === 'monthly' && rate !== undefined)
      ret = new Dec(balance).times(r).div(12).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
    balance += ret + f.contribution
    if (f.withdrawal > balance) {
      const params = { month: f.month, withdrawal: f.withdrawal, balance }
      const issue = makeIssue(
        ['history', offset + k, 'withdrawal'],
        'JHT_WITHDRAWAL_EXCEEDS_BALANCE',
        params,
        ctx.locale,
      )
      throw new BpjsValidationError([issue], ctx.locale)
    }
    balance -= f.withdrawal
    const { source, ...money } = f
    rows.push({ ...money, contributionSource: source, return: ret, balance })
  })
  if (rate === undefined || seg.length === 0) return balance
  const year = seg[0]!.month.slice(0, 4)
  let rounding: { mode: 'half-up'; exact: string; rounded: number } | undefined
  let yearReturn = rows.slice(rows.length - seg.length).reduce((s, x) => s + x.return, 0)
  if (method !== 'monthly') {
    const a = Number(seg[0]!.month.slice(5, 7))
    const b = Number(seg[seg.length - 1]!.month.slice(5, 7))
    const exact = segmentReturn(method, r, start, seg, a, b)
    yearReturn = exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
    rounding = { mode: JHT_ROUNDING, exact: exact.toString(), rounded: yearReturn }
    balance += yearReturn
    const last = rows[rows.length - 1]!
    rows[rows.length - 1] = { ...last, return: yearReturn, balance }
  }
  ctx.step({
    rule: 'jht.year',
    text: 'STEP_JHT_YEAR',
    formula: `FORMULA_JHT_${method.toUpperCase().replace('-', '_')}`,
    params: {
      year,
      rate: rate.rate.rate,
      source: rate.rate.source,
      return: rp(yearReturn),
      balance: rp(balance),
    },
    inputs: { year: Number(year), rate: rate.rate.rate, source: rate.rate.source, months: seg.length },
    ...(rate.reading === undefined ? {} : { parameters: [rate.reading] }),
    legal: [PP46_22_2],
    ...(rounding === undefined ? { unit: 'rupiah' as const } : { rounding }),
    value: balance,
  })
  return balance
}

/**
 * The JHT balance month by month (PP 46/2015 Pasal 22(2): contributions plus the development return), from
 * an opening balance and a contribution history, optionally projected into the future with caller
 * assumptions. A history month gives its JHT contribution, or a `category` (`'PU'`, `'BPU'`) and `wage` that
 * the library prices with `calculateContribution` (its parameters, warnings and citations join this
 * explanation). Declared yearly rates are data (press figures, low/medium confidence: `LOW_CONFIDENCE_RULE`);
 * a year without a rate is `incomplete` with `missing: ['rates.<year>']` unless the caller gives it
 * (decisions D26). The crediting method is an option: `'yearly-prorata'` (default, C2: opening balance plus
 * simple pro-rata interest on each month's flow for the months left in the year), `'yearly-opening'` (C1:
 * in-year contributions earn nothing) or `'monthly'` (C3: monthly compounding at rate ÷ 12). Each credited
 * return is rounded once, half-up, to whole rupiah (recorded in the trace); a partial year is credited at
 * the end of its last month pro rata to its months. Projected months and rates are marked as assumptions.
 *
 * @example
 * ```ts
 * projectJhtBalance({ history: [{ month: '2016-01', category: 'PU', wage: 5000000 }] }).months[0].contribution
 * //=> 285000 (3.7% + 2% of Rp5,000,000)
 * ```
 */
export function projectJhtBalance(raw: JhtBalanceInput, options?: CalculationOptions): JhtBalanceResult {
  const [input, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(jhtBalanceInputSchema, raw, localeOf(options)),
    () => resolveOptions(options),
  )
  const first = input.history[0]?.month ?? input.future?.from
  const ctx = new RuleContext(
    'projectJhtBalance',
    first === undefined ? COVERAGE.verifiedOn : `${first}-01`,
    resolved,
  )
  const reasons = new ReasonList(ctx)
  const method = input.method ?? JHT_DEFAULT_METHOD
  const flows = flowsOf(ctx, input, options)
  ctx.warn('JHT_METHOD_ESTIMATE', { method })
  reasons.add('note', 'JHT_METHOD_USED', { method }, [PP46_22_2, D26])
  if (input.future !== undefined)
    reasons.add('note', 'JHT_ASSUMPTIONS', { ...input.future, contribution: rp(input.future.contribution) }, [
      D26,
    ])
  const rows: JhtMonthRow[] = []
  const rates: JhtYearRate[] = []
  let balance = input.openingBalance ?? 0
  for (let i = 0; i < flows.length;) {
    const year = Number(flows[i]!.month.slice(0, 4))
    let j = i
    while (j < flows.length && flows[j]!.month.startsWith(`${year}-`)) j++
    const rate = rateOf(ctx, reasons, input, year)
    if (rate !== undefined) rates.push(rate.rate)
    balance = runYear(ctx, method, rate, balance, flows.slice(i, j), rows, i)
    i = j
  }
  const complete = !reasons.has('missing')
  return deepFreeze({
    status: complete ? 'complete' : 'incomplete',
    missing: reasons.missingPaths(),
    method,
    rounding: JHT_ROUNDING,
    openingBalance: input.openingBalance ?? 0,
    balance: complete ? balance : null,
    totalContributions: flows.reduce((s, f) => s + f.contribution, 0),
    totalWithdrawals: flows.reduce((s, f) => s + f.withdrawal, 0),
    totalReturns: rows.reduce((s, r) => s + r.return, 0),
    rates,
    months: rows,
    assumptions: input.future === undefined ? null : { ...input.future },
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}
