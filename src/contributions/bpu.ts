import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { TraceRounding } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import { rupiahFromData } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import {
  bpuIncomeCeiling,
  bpuIncomeFloor,
  bpuIncomeRows,
  bpuJhtRate,
  bpuJkkRate,
  bpuJkmAmount,
} from '../parameters/bpu.js'
import { COVERAGE } from '../parameters/coverage.js'
import {
  reliefBpuOtherDiscount,
  reliefBpuTransportDiscount,
  reliefCovidJkkDiscount,
  reliefCovidJkmDiscount,
} from '../parameters/relief.js'
import type { ParameterReading } from '../parameters/types.js'
import { uniqueIssues } from '../schemas/common.js'
import type { BpuParsed } from '../schemas/contribution.js'
import { addPeriods } from '../time/calendar.js'
import { covidReading, discounted, discountNote, discountOf, rateOf, type AppliedDiscount } from './relief.js'
import { choosePrograms, percent, rp, rpWhole, rupiahOf, totalsOf, type LineDraft } from './shared.js'
import type { ContributionCore } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_49_2020,
  legalSources.PP_50_2025,
  legalSources.PERDIR_BPJSTK_22_2022,
  legalSources.DECISIONS,
  legalDecisions.D1,
  legalDecisions.D12,
  legalDecisions.D20,
)

useMessages(coreMessages, contributionsMessages)

const D1: Citation = { source: 'DECISIONS', article: 'D1' }
const D12: Citation = { source: 'DECISIONS', article: 'D12' }
const D20: Citation = { source: 'DECISIONS', article: 'D20' }
/** The month of `COVERAGE.verifiedOn`: a contribution month after it starts after that date. */
// Stryker disable next-line MethodExpression: a month compares with the full date as with its month (a prefix)
const VERIFIED_MONTH = COVERAGE.verifiedOn.slice(0, 7)

/**
 * The contribution base of a BPU (decisions D1): the declared income clamped to the lowest and highest
 * Lampiran II rows (with a `BPU_INCOME_CLAMPED` warning), snapped down to a known row when rows are given
 * (none are known: the rows parameter is empty, low confidence). The JKK death benefit of a BPU uses the
 * same base, since its "wage" is the declared income row the contributions were paid on.
 */
export function bpuBase(ctx: RuleContext, period: string, income: number): number {
  const floor = ctx.readShared(bpuIncomeFloor, period)
  const ceiling = ctx.readShared(bpuIncomeCeiling, period)
  const floorSen = rupiahFromData(floor.value) * 100
  const ceilingSen = rupiahFromData(ceiling.value) * 100
  const parameters: ParameterReading[] = [floor, ceiling]
  let base = income
  if (income < floorSen || income > ceilingSen) {
    base = Math.min(Math.max(income, floorSen), ceilingSen)
    ctx.warn('BPU_INCOME_CLAMPED', {
      income: rp(income),
      floor: rp(floorSen),
      ceiling: rp(ceilingSen),
      base: rp(base),
    })
  } else if (income > floorSen && income < ceilingSen) {
    // between the rows: the highest known row not above the income (none known: the income itself, D1)
    const rows = ctx.readShared(bpuIncomeRows, period)
    parameters.push(rows)
    if (rows.value.length > 0) {
      base = floorSen
      for (const row of rows.value) {
        const rowSen = rupiahFromData(row) * 100
        if (rowSen <= income) base = Math.max(base, rowSen)
      }
    }
  }
  // Stryker disable next-line ConditionalExpression: a guard for speed only (ctx.step does nothing without explain)
  if (ctx.explain)
    ctx.step({
      rule: 'bpu.base',
      text: 'STEP_BPU_BASE',
      formula: 'CONTRIB_FORMULA_BPU_BASE',
      params: { income: rp(income), floor: rp(floorSen), ceiling: rp(ceilingSen), base: rp(base) },
      inputs: { declaredIncome: rupiahOf(income) },
      parameters,
      legal: [D1],
      unit: 'rupiah',
      value: rupiahOf(base),
    })
  return base
}

/** One month of one program. */
interface MonthAmount {
  readonly period: string
  readonly perMonth: number
  readonly rate?: Rate
  readonly discount: AppliedDiscount | undefined
  /** The month's contribution before any discount (a rate, or a flat amount in rupiah), for the explanation. */
  readonly normal: Rate | number
  readonly readings: readonly ParameterReading[]
  readonly rounding: TraceRounding | undefined
  /** The APBN/APBD payer (`'APBN'`, `'APBD'`) of a PP 50/2025 month: no discount (explained). */
  readonly excluded: string | undefined
}

/** A run of consecutive months with the same amount, rate, relief and APBN/APBD exclusion. */
interface Segment {
  from: string
  to: string
  months: number
  readonly first: MonthAmount
}

function addMonth(segments: Segment[], m: MonthAmount): void {
  const last = segments[segments.length - 1]
  if (
    last !== undefined &&
    last.first.perMonth === m.perMonth &&
    last.first.rate?.text === m.rate?.text &&
    last.first.discount?.source === m.discount?.source &&
    last.first.excluded === m.excluded
  ) {
    last.to = m.period
    last.months += 1
    return
  }
  segments.push({ from: m.period, to: m.period, months: 1, first: m })
}

/**
 * PP 50/2025 for one month (decisions D20): 50% of JKK and JKM for BPU not funded by APBN/APBD, by sector and
 * month. A fact the answer depends on and the caller left out (payer, sector) is an issue, never a guess.
 */
function pp50(
  ctx: RuleContext,
  period: string,
  input: BpuParsed,
  issues: BpjsIssue[],
): { discount?: AppliedDiscount; excluded?: string } {
  const t = input.sector === 'other' ? undefined : ctx.readOptionalShared(reliefBpuTransportDiscount, period)
  const o = input.sector === 'transport' ? undefined : ctx.readOptionalShared(reliefBpuOtherDiscount, period)
  if (t === undefined && o === undefined) return {}
  if (input.payer === undefined) {
    issues.push(makeIssue(['payer'], 'BPU_PAYER_REQUIRED', { period }, ctx.locale))
    // one pass: a self-paid (or other) participant will need the sector too (harmless for APBD/APBN)
    if (input.sector === undefined)
      issues.push(makeIssue(['sector'], 'BPU_SECTOR_REQUIRED', { period }, ctx.locale))
    return {}
  }
  if (input.payer === 'apbd' || input.payer === 'apbn') return { excluded: input.payer.toUpperCase() }
  const r = input.sector === 'transport' ? t : input.sector === 'other' ? o : undefined
  if (r === undefined) {
    issues.push(makeIssue(['sector'], 'BPU_SECTOR_REQUIRED', { period }, ctx.locale))
    return {}
  }
  return { discount: discountOf('PP-50-2025', r) }
}

function pushProgram(
  ctx: RuleContext,
  lines: LineDraft[],
  program: 'JKK' | 'JKM' | 'JHT',
  segments: readonly Segment[],
  base: number | undefined,
  advance: boolean,
  text: string,
): void {
  for (const s of segments) {
    const m = s.first
    const amount = m.perMonth * s.months
    const line: LineDraft = { program, payer: 'participant', amount }
    if (base !== undefined) line.base = rupiahOf(base)
    if (m.rate !== undefined) line.rate = m.rate.text
    if (m.discount !== undefined) line.relief = m.discount.source
    if (advance) {
      line.months = s.months
      line.perMonth = m.perMonth
      line.from = s.from
      line.to = s.to
    }
    lines.push(line)
    if (!ctx.explain) continue
    const normal = typeof m.normal === 'number' ? rpWhole(m.normal) : percent(m.normal, ctx.locale)
    const note =
      m.excluded !== undefined
        ? ctx.t('CONTRIB_NOTE_PP50_EXCLUDED', { payer: m.excluded })
        : discountNote(ctx, m.discount, normal)
    ctx.step({
      rule: `bpu.${program.toLowerCase()}`,
      text,
      formula:
        m.rate !== undefined
          ? 'CONTRIB_FORMULA_RATE_TIMES_BASE'
          : m.discount !== undefined
            ? 'CONTRIB_FORMULA_SHARE_OF_FLAT'
            : 'CONTRIB_FORMULA_FLAT',
      params: {
        // only the rate × base formula shows the base (a rate is always applied to the base)
        ...(m.rate === undefined ? {} : { rate: percent(m.rate, ctx.locale), base: rp(base as number) }),
        ...(m.discount === undefined ? {} : { share: percent(m.discount.share, ctx.locale) }),
        flat: normal,
        note,
        months: s.months,
        from: s.from,
        to: s.to,
      },
      inputs: base === undefined ? { period: s.from } : { base: rupiahOf(base), period: s.from },
      parameters: m.readings,
      legal: m.excluded === undefined ? [D12] : [D12, D20],
      // a flat amount is not rounded: the value is rupiah as it is
      ...(m.rounding === undefined ? { unit: 'rupiah' as const } : { rounding: m.rounding }),
      value: m.perMonth,
    })
    if (s.months > 1)
      ctx.step({
        rule: `bpu.${program.toLowerCase()}.months`,
        text: 'STEP_BPU_MONTHS',
        formula: 'CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS',
        params: { program, perMonth: rpWhole(m.perMonth), months: s.months, from: s.from, to: s.to },
        inputs: { perMonth: m.perMonth, months: s.months },
        legal: [{ source: 'PERDIR-BPJSTK-22-2022' }, D12],
        unit: 'rupiah',
        value: amount,
      })
  }
}

/**
 * The contribution of a non-wage participant (BPU): JKK 1% of the base, JKM Rp6,800, optional JHT 2%, for
 * `months` consecutive months paid in advance. Each month is priced with its own law (PP 49/2020 relief,
 * PP 50/2025 discount), so months on either side of a window give separate lines (`from`/`to`).
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2025-03', resolveOptions({}).resolved, false)
 * const input = parseContributionInput({ category: 'BPU', period: '2025-03', declaredIncome: 1000000, months: 3 }, 'id')
 * computeBpu(input as BpuParsed, ctx).totals.total //=> 50400 (3 × 16,800)
 * ```
 */
export function computeBpu(input: BpuParsed, ctx: RuleContext): ContributionCore {
  const period = input.period
  const months = input.months ?? 1
  const { programs } = choosePrograms(ctx, 'BPU', period, (m) => m.value.BPU, input.programs, { who: 'BPU' })
  const base =
    programs.includes('JKK') || programs.includes('JHT')
      ? bpuBase(ctx, period, input.declaredIncome)
      : undefined
  const jkk: Segment[] = []
  const jkm: Segment[] = []
  const jht: Segment[] = []
  const issues: BpjsIssue[] = []
  for (let i = 0; i < months; i++) {
    const p = addPeriods(period, i)
    const needsDiscount = programs.includes('JKK') || programs.includes('JKM')
    const pp = needsDiscount ? pp50(ctx, p, input, issues) : {}
    // the base is computed whenever JKK or JHT is chosen
    if (programs.includes('JKK')) {
      const rr = ctx.readShared(bpuJkkRate, p)
      const cov = covidReading(ctx, reliefCovidJkkDiscount, p, input.covidRelief)
      const d = cov === undefined ? pp.discount : discountOf('PP-49-2020', cov)
      const normal = rateOf(rr)
      const r = discounted(normal, d)
      const a = ctx.applyRate(base!, r)
      addMonth(jkk, {
        period: p,
        perMonth: a.amount,
        rate: r,
        discount: d,
        normal,
        readings: d === undefined ? [rr] : [rr, d.reading],
        rounding: a.rounding,
        excluded: pp.excluded,
      })
    }
    if (programs.includes('JKM')) jkmMonth(ctx, jkm, p, input, pp)
    if (programs.includes('JHT')) {
      const rr = ctx.readShared(bpuJhtRate, p)
      const r = rateOf(rr)
      const a = ctx.applyRate(base!, r)
      addMonth(jht, {
        period: p,
        perMonth: a.amount,
        rate: r,
        discount: undefined,
        normal: r,
        readings: [rr],
        rounding: a.rounding,
        excluded: undefined,
      })
    }
  }
  // every month of the window raises the same issues (the payer, the sector): report each once
  if (issues.length > 0) throw new BpjsValidationError(uniqueIssues(issues), ctx.locale)
  // the first month is warned by the context; a later one is warned here (with a single month, never)
  const last = addPeriods(period, months - 1)
  if (period <= VERIFIED_MONTH && last > VERIFIED_MONTH)
    ctx.warn('DATE_AFTER_LAST_VERIFICATION', { date: last, verifiedOn: COVERAGE.verifiedOn })
  const lines: LineDraft[] = []
  const advance = months > 1
  pushProgram(ctx, lines, 'JKK', jkk, base, advance, 'STEP_BPU_JKK')
  pushProgram(ctx, lines, 'JKM', jkm, undefined, advance, 'STEP_BPU_JKM')
  pushProgram(ctx, lines, 'JHT', jht, base, advance, 'STEP_BPU_JHT')
  return { category: 'BPU', period, programs, lines, totals: totalsOf(lines), months }
}

/** The JKM of one month of a BPU: the flat amount, or its share under a relief (PP 49/2020, PP 50/2025). */
function jkmMonth(
  ctx: RuleContext,
  jkm: Segment[],
  p: string,
  input: BpuParsed,
  pp: ReturnType<typeof pp50>,
): void {
  const ar = ctx.readShared(bpuJkmAmount, p)
  const flat = rupiahFromData(ar.value)
  const cov = covidReading(ctx, reliefCovidJkmDiscount, p, input.covidRelief)
  const d = cov === undefined ? pp.discount : discountOf('PP-49-2020', cov)
  if (d === undefined)
    addMonth(jkm, {
      period: p,
      perMonth: flat,
      discount: undefined,
      normal: flat,
      readings: [ar],
      rounding: undefined,
      excluded: pp.excluded,
    })
  else {
    const a = ctx.applyRate(flat * 100, d.share)
    addMonth(jkm, {
      period: p,
      perMonth: a.amount,
      discount: d,
      normal: flat,
      readings: [ar, d.reading],
      rounding: a.rounding,
      excluded: undefined,
    })
  }
}
