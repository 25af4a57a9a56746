import Decimal from 'decimal.js'
import { BpjsValidationError, makeIssue } from '../../errors.js'
import { bilingual } from '../../i18n/format.js'
import { deepFreeze } from '../../internal/freeze.js'
import { findValueAt } from '../../parameters/lookup.js'
import { jhtDevelopmentRate } from '../../parameters/jht.js'
import { parseWith } from '../../schemas/common.js'
import { jhtBalanceInputSchema } from '../../schemas/jht.js'
import type {
  JhtBalanceInput,
  JhtBalanceResult,
  JhtCreditingMethod,
  JhtMonthRow,
  JhtWarning,
  JhtYearRate,
} from './types.js'

/** The interim default crediting method (yearly, opening balance plus pro rata on in-year flows). */
export const JHT_DEFAULT_METHOD: JhtCreditingMethod = 'yearly-prorata'
/** Each credited return is rounded once to whole rupiah with this mode. */
export const JHT_ROUNDING = 'half-up' as const

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP })

interface Flow {
  month: string
  contribution: number
  withdrawal: number
}

function fail(path: (string | number)[], code: string, params: Record<string, string | number>): never {
  throw new BpjsValidationError([makeIssue(path, code, params)])
}

/** Months of the history plus the projected ones, checked ascending and unique. */
function flowsOf(input: JhtBalanceInput): Flow[] {
  const out: Flow[] = []
  input.history.forEach((h, i) => {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.month === h.month)
      fail(['history', i, 'month'], 'JHT_MONTH_DUPLICATE', { month: h.month })
    if (prev !== undefined && prev.month > h.month)
      fail(['history', i, 'month'], 'JHT_MONTH_ORDER', { month: h.month })
    out.push({ month: h.month, contribution: h.contribution ?? 0, withdrawal: h.withdrawal ?? 0 })
  })
  const f = input.future
  if (f !== undefined) {
    let month = nextMonth(out[out.length - 1]?.month ?? f.from)
    if (out.length === 0) month = f.from
    let amount = new D(f.contribution)
    while (month <= f.until) {
      if (month.endsWith('-01') && out.length > 0 && month !== f.from)
        amount = amount.mul(new D(1).plus(f.yearlyGrowth))
      out.push({ month, contribution: amount.toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber(), withdrawal: 0 })
      month = nextMonth(month)
    }
  }
  return out
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4))
  const mo = Number(m.slice(5, 7))
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`
}

/** The rate of one year: the caller's, else the declared data, else missing (D26). */
function rateOf(input: JhtBalanceInput, year: number, warnings: JhtWarning[]): JhtYearRate | undefined {
  const given = input.rates?.[String(year)]
  const assumed = input.future !== undefined && `${year}-12` > (input.history.at(-1)?.month ?? '')
  let rate: JhtYearRate
  if (given !== undefined) rate = { year, rate: given, source: assumed ? 'assumption' : 'input' }
  else if (assumed && input.future !== undefined)
    rate = { year, rate: input.future.returnRate, source: 'assumption' }
  else {
    const r = findValueAt(jhtDevelopmentRate, `${year}-07-01`)
    if (r === undefined) return undefined
    rate = { year, rate: r.value, source: 'declared', confidence: r.confidence }
    if (r.confidence === 'low') warnings.push(warn('JHT_RATE_LOW_CONFIDENCE', { year, rate: r.value }))
  }
  if (rate.source === 'assumption') warnings.push(warn('JHT_RATE_ASSUMED', { year, rate: rate.rate }))
  if (new D(rate.rate).isNegative() && input.allowNegativeRates !== true)
    fail(['rates', String(year)], 'JHT_NEGATIVE_RATE_NOT_INTENDED', { year, rate: rate.rate })
  return rate
}

function warn(code: string, params: Record<string, string | number>): JhtWarning {
  return { code, params, message: bilingual(code, params) }
}

/** Return of one calendar-year segment (months a..b of the year), rounded once. */
function segmentReturn(
  method: JhtCreditingMethod,
  rate: Decimal,
  start: number,
  flows: readonly Flow[],
  a: number,
  b: number,
): number {
  if (method === 'monthly') return 0 // credited month by month instead
  let base = new D(start).mul(b - a + 1).div(12)
  for (const f of flows) {
    const m = Number(f.month.slice(5, 7))
    const weight = new D(b - m).div(12)
    const contribution = method === 'yearly-prorata' ? f.contribution : 0
    base = base.plus(new D(contribution - f.withdrawal).mul(weight))
  }
  return base.mul(rate).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber()
}

/**
 * The JHT balance month by month (PP 46/2015 Pasal 22(2): contributions plus the development return), from
 * an opening balance and a contribution history, optionally projected into the future with caller
 * assumptions. Declared yearly rates are data (low/medium confidence, warned); a year without a rate is
 * `incomplete` with `missing: ['rates.<year>']` unless the caller gives it (decisions D26). The crediting
 * method is an option: `'yearly-prorata'` (default, C2: opening balance plus simple pro-rata interest on each
 * month's flow for the months left in the year), `'yearly-opening'` (C1: in-year contributions earn nothing)
 * or `'monthly'` (C3: monthly compounding at rate ÷ 12). Each credited return is rounded once, half-up, to
 * whole rupiah; a partial year is credited at the end of the history pro rata to its months.
 */
export function projectJhtBalance(
  raw: JhtBalanceInput,
  options?: { readonly locale?: 'id' | 'en' },
): JhtBalanceResult {
  const locale = options?.locale === 'en' ? 'en' : 'id'
  const input = parseWith(jhtBalanceInputSchema, raw, locale) as JhtBalanceInput
  const method = input.method ?? JHT_DEFAULT_METHOD
  const flows = flowsOf(input)
  const warnings: JhtWarning[] = [warn('JHT_METHOD_ESTIMATE', { method })]
  const missing: string[] = []
  const rows: JhtMonthRow[] = []
  const rates: JhtYearRate[] = []
  let balance = input.openingBalance ?? 0
  let i = 0
  while (i < flows.length) {
    const year = Number(flows[i]!.month.slice(0, 4))
    let j = i
    while (j < flows.length && flows[j]!.month.startsWith(`${year}-`)) j++
    const seg = flows.slice(i, j)
    const rate = rateOf(input, year, warnings)
    if (rate === undefined) missing.push(`rates.${year}`)
    else rates.push(rate)
    balance = runSegment(method, rate, balance, seg, rows, i)
    i = j
  }
  const status = missing.length > 0 ? 'incomplete' : 'complete'
  return deepFreeze({
    status,
    missing,
    method,
    rounding: JHT_ROUNDING,
    openingBalance: input.openingBalance ?? 0,
    balance: status === 'complete' ? balance : null,
    totalContributions: flows.reduce((s, f) => s + f.contribution, 0),
    totalWithdrawals: flows.reduce((s, f) => s + f.withdrawal, 0),
    totalReturns: rows.reduce((s, r) => s + r.return, 0),
    rates,
    months: rows,
    warnings,
  })
}

function runSegment(
  method: JhtCreditingMethod,
  rate: JhtYearRate | undefined,
  start: number,
  seg: readonly Flow[],
  rows: JhtMonthRow[],
  offset: number,
): number {
  const r = rate === undefined ? new D(0) : new D(rate.rate)
  let balance = start
  seg.forEach((f, k) => {
    let ret = 0
    if (method === 'monthly' && rate !== undefined)
      ret = new D(balance).mul(r).div(12).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber()
    balance += ret + f.contribution
    if (f.withdrawal > balance)
      fail(['history', offset + k, 'withdrawal'], 'JHT_WITHDRAWAL_EXCEEDS_BALANCE', {
        month: f.month,
        withdrawal: f.withdrawal,
        balance,
      })
    balance -= f.withdrawal
    rows.push({
      month: f.month,
      contribution: f.contribution,
      withdrawal: f.withdrawal,
      return: ret,
      balance,
    })
  })
  if (method !== 'monthly' && rate !== undefined && seg.length > 0) {
    const a = Number(seg[0]!.month.slice(5, 7))
    const b = Number(seg[seg.length - 1]!.month.slice(5, 7))
    const ret = segmentReturn(method, r, start, seg, a, b)
    balance += ret
    const last = rows[rows.length - 1]!
    rows[rows.length - 1] = { ...last, return: ret, balance }
  }
  return balance
}
