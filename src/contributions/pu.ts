import { BpjsRuleError } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { TraceRounding } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import { rupiahFromData } from '../money/exact.js'
import { mulRates, type Rate } from '../money/rate.js'
import {
  jkpRateGovernment,
  jkpRecompositionCapped,
  jkpRecompositionJkk,
  jkpRecompositionJkm,
  jkpWageCap,
} from '../parameters/jkp.js'
import { jpRateEmployer, jpRateWorker, jpWageCap } from '../parameters/jp.js'
import { PU_JKK_RATE_BY_CLASS, puJhtRateEmployer, puJhtRateWorker, puJkmRate } from '../parameters/pu.js'
import {
  reliefCovidJkkDiscount,
  reliefCovidJkmDiscount,
  reliefCovidJpDeferredShare,
  reliefLabourIntensiveCoversRecomposition,
  reliefLabourIntensiveJkkDiscount,
} from '../parameters/relief.js'
import type { ParameterReading } from '../parameters/types.js'
import type { PuParsed } from '../schemas/contribution.js'
import { covidReading, discounted, discountNote, discountOf, rateOf, type AppliedDiscount } from './relief.js'
import {
  choosePrograms,
  payableShare,
  percent,
  rp,
  rpWhole,
  rupiahOf,
  totalsOf,
  type LineDraft,
} from './shared.js'
import type { ContributionCore, JkkRiskClass } from './types.js'

const D7: Citation = { source: 'DECISIONS', article: 'D7' }
const D8: Citation = { source: 'DECISIONS', article: 'D8' }
const D12: Citation = { source: 'DECISIONS', article: 'D12' }
/** Nothing, for step data skipped when explanations are off. */
const NONE: readonly ParameterReading[] = []
const NO_PARAMS: Record<string, string | number> = {}
const JHT_SHARES = [
  [puJhtRateEmployer, 'employer', 'STEP_PU_JHT_EMPLOYER'],
  [puJhtRateWorker, 'worker', 'STEP_PU_JHT_WORKER'],
] as const
const JP_SHARES = [
  [jpRateEmployer, 'employer', 'STEP_PU_JP_EMPLOYER'],
  [jpRateWorker, 'worker', 'STEP_PU_JP_WORKER'],
] as const

/** What the JKP part of a PU calculation needs, read once (internal). */
interface JkpBase {
  /** The wage capped at the JKP cap (sen). */
  readonly capped: number
  /** The base of the recomposed parts: capped, unless the D8 parameter is overridden. */
  readonly recomposition: number
  readonly readings: readonly ParameterReading[]
}

function jkpBase(ctx: RuleContext, period: string, wage: number): JkpBase {
  const cap = ctx.read(jkpWageCap, period)
  const flag = ctx.read(jkpRecompositionCapped, period)
  const capSen = rupiahFromData(cap.value) * 100
  const capped = wage < capSen ? wage : capSen
  const recomposition = flag.value ? capped : wage
  if (ctx.explain)
    ctx.step({
      rule: 'pu.jkp.base',
      text: 'STEP_PU_JKP_BASE',
      formula: 'CONTRIB_FORMULA_MIN_CAP',
      params: { wage: rp(wage), cap: rp(capSen), value: rp(capped) },
      inputs: { wage: rupiahOf(wage) },
      parameters: [cap, flag],
      legal: [D8],
      value: rupiahOf(capped),
    })
  return { capped, recomposition, readings: [cap, flag] }
}

/**
 * The employer's cash for JKK or JKM (`rate × wage`, rounded once) split between the program's own fund and
 * JKP (decisions D7, D8): the recomposed part is `recRate × min(wage, Rp5,000,000)`, rounded once; the part
 * kept is the difference, so the two lines add up to the cash exactly.
 */
function pushSplit(
  ctx: RuleContext,
  lines: LineDraft[],
  s: {
    readonly program: 'JKK' | 'JKM'
    readonly wage: number
    readonly rate: Rate
    readonly cash: { readonly amount: number; readonly rounding?: TraceRounding }
    readonly rec: ParameterReading<string>
    readonly recRate: Rate
    readonly jkp: JkpBase
    readonly relief: AppliedDiscount | undefined
    readonly parameters: readonly ParameterReading[]
    readonly stepText: string
    readonly stepParams: Record<string, string | number>
  },
): void {
  const part = ctx.applyRate(s.jkp.recomposition, s.recRate)
  const kept = s.cash.amount - part.amount
  if (kept < 0)
    throw new BpjsRuleError(
      'RECOMPOSITION_EXCEEDS_CONTRIBUTION',
      { program: s.program, gross: rpWhole(s.cash.amount), part: rpWhole(part.amount) },
      [],
      ctx.locale,
    )
  const relief = s.relief === undefined ? {} : { relief: s.relief.source }
  lines.push({
    program: s.program,
    payer: 'employer',
    base: rupiahOf(s.wage),
    rate: s.rate.text,
    amount: kept,
    fund: s.program,
    gross: s.cash.amount,
    ...relief,
  })
  lines.push({
    program: s.program,
    payer: 'employer',
    base: rupiahOf(s.jkp.recomposition),
    rate: s.recRate.text,
    amount: part.amount,
    fund: 'JKP',
    ...relief,
  })
  if (!ctx.explain) return
  const lower = s.program.toLowerCase()
  ctx.step({
    rule: `pu.${lower}`,
    text: s.stepText,
    formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
    params: { ...s.stepParams, rate: percent(s.rate, ctx.locale), base: rp(s.wage) },
    inputs: { wage: rupiahOf(s.wage) },
    parameters: s.parameters,
    legal: [D12],
    ...(s.cash.rounding === undefined ? {} : { rounding: s.cash.rounding }),
    value: s.cash.amount,
  })
  ctx.step({
    rule: `pu.${lower}.toJkp`,
    text: 'STEP_PU_TO_JKP',
    formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
    params: { program: s.program, rate: percent(s.recRate, ctx.locale), base: rp(s.jkp.recomposition) },
    inputs: { base: rupiahOf(s.jkp.recomposition) },
    parameters: [s.rec, ...s.jkp.readings, ...(s.relief === undefined ? [] : [s.relief.reading])],
    legal: [D7, D8],
    ...(part.rounding === undefined ? {} : { rounding: part.rounding }),
    value: part.amount,
  })
  ctx.step({
    rule: `pu.${lower}.toOwnFund`,
    text: 'STEP_PU_TO_OWN_FUND',
    formula: 'CONTRIB_FORMULA_DIFFERENCE',
    params: { program: s.program, gross: rpWhole(s.cash.amount), part: rpWhole(part.amount) },
    inputs: { gross: s.cash.amount, recomposed: part.amount },
    legal: [D7, D8],
    value: kept,
  })
}

/**
 * The contribution of a wage earner (PU) for one month: JKK by risk class, JKM, JHT (3.7% + 2%), JP (2% + 1%
 * of the wage capped at the JP cap of that month), JKP (government 0.22% of the wage capped at Rp5,000,000,
 * and the recomposition of JKK/JKM shown as lines with `fund: 'JKP'`, decisions D7, D8), with the PP 49/2020
 * and PP 7/2025 reliefs. Pure: reads the law through `ctx` and records steps only when `ctx.explain`.
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2024-03', resolveOptions({}).resolved, false)
 * const input = parseContributionInput({ category: 'PU', period: '2024-03', wage: 12000000, programs: ['JP'] }, 'id')
 * computePu(input as PuParsed, ctx).totals.total //=> 301269 (200,846 + 100,423 on the cap 10,042,300)
 * ```
 */
export function computePu(input: PuParsed, ctx: RuleContext): ContributionCore {
  const period = input.period
  const wage = input.wage
  const size = input.enterpriseSize
  const { programs } = choosePrograms(ctx, 'PU', period, (m) => m.value.PU[size ?? 'large'], input.programs, {
    jkp: input.jkpRegistered === true,
    ...(size === undefined ? {} : { who: `PU (${size})` }),
    defaultReason: 'CONTRIB_PROGRAMS_REASON_SIZE',
  })
  if (input.minimumWage !== undefined && wage < input.minimumWage)
    ctx.warn('WAGE_BELOW_MINIMUM', { wage: rp(wage), minimumWage: rp(input.minimumWage) })
  const jkp = programs.includes('JKP')
  const jb = jkp ? jkpBase(ctx, period, wage) : undefined
  const lines: LineDraft[] = []

  if (programs.includes('JKK')) {
    const cls = input.jkkRiskClass as JkkRiskClass
    const rr = ctx.read(PU_JKK_RATE_BY_CLASS[cls], period)
    const normal = rateOf(rr)
    const cov = covidReading(ctx, reliefCovidJkkDiscount, period, input.covidRelief)
    let d: AppliedDiscount | undefined = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
    if (input.jkkDiscountEligible === true) {
      const li = ctx.readOptional(reliefLabourIntensiveJkkDiscount, period)
      if (li === undefined) ctx.warn('JKK_DISCOUNT_NOT_IN_FORCE', { period })
      else d = discountOf('PP-7-2025', li)
    }
    const r = discounted(normal, d)
    const cash = ctx.applyRate(wage, r)
    const parameters = !ctx.explain ? NONE : d === undefined ? [rr] : [rr, d.reading]
    const stepParams = ctx.explain
      ? { riskClass: cls, note: discountNote(ctx, d, percent(normal, ctx.locale)) }
      : NO_PARAMS
    if (jb !== undefined) {
      const rec = ctx.read(jkpRecompositionJkk, period)
      let recRate = rateOf(rec)
      if (d !== undefined && d.source === 'PP-7-2025') {
        const halve = ctx.read(reliefLabourIntensiveCoversRecomposition, period)
        if (halve.value) recRate = mulRates(recRate, d.share)
      }
      pushSplit(ctx, lines, {
        program: 'JKK',
        wage,
        rate: r,
        cash,
        rec,
        recRate,
        jkp: jb,
        relief: d,
        parameters,
        stepText: 'STEP_PU_JKK',
        stepParams,
      })
    } else {
      lines.push({
        program: 'JKK',
        payer: 'employer',
        base: rupiahOf(wage),
        rate: r.text,
        amount: cash.amount,
        ...(d === undefined ? {} : { relief: d.source }),
      })
      if (ctx.explain)
        ctx.step({
          rule: 'pu.jkk',
          text: 'STEP_PU_JKK',
          formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
          params: { ...stepParams, rate: percent(r, ctx.locale), base: rp(wage) },
          inputs: { wage: rupiahOf(wage), jkkRiskClass: cls },
          parameters,
          legal: [D12],
          ...(cash.rounding === undefined ? {} : { rounding: cash.rounding }),
          value: cash.amount,
        })
    }
  }

  if (programs.includes('JKM')) {
    const rr = ctx.read(puJkmRate, period)
    const normal = rateOf(rr)
    const cov = covidReading(ctx, reliefCovidJkmDiscount, period, input.covidRelief)
    const d = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
    const r = discounted(normal, d)
    const cash = ctx.applyRate(wage, r)
    const parameters = !ctx.explain ? NONE : d === undefined ? [rr] : [rr, d.reading]
    const rec = jb === undefined ? undefined : ctx.readOptional(jkpRecompositionJkm, period)
    const note = ctx.explain ? discountNote(ctx, d, percent(normal, ctx.locale)) : ''
    if (jb !== undefined && rec !== undefined) {
      pushSplit(ctx, lines, {
        program: 'JKM',
        wage,
        rate: r,
        cash,
        rec,
        recRate: rateOf(rec),
        jkp: jb,
        relief: d,
        parameters,
        stepText: 'STEP_PU_JKM',
        stepParams: { note },
      })
    } else {
      lines.push({
        program: 'JKM',
        payer: 'employer',
        base: rupiahOf(wage),
        rate: r.text,
        amount: cash.amount,
        ...(d === undefined ? {} : { relief: d.source }),
      })
      if (ctx.explain)
        ctx.step({
          rule: 'pu.jkm',
          text: jb === undefined ? 'STEP_PU_JKM' : 'STEP_PU_JKM_NO_RECOMPOSITION',
          formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
          params: { note, rate: percent(r, ctx.locale), base: rp(wage) },
          inputs: { wage: rupiahOf(wage) },
          parameters,
          legal: jb === undefined ? [D12] : [D12, D7, { source: 'PP-6-2025', article: 'Pasal 11' }],
          ...(cash.rounding === undefined ? {} : { rounding: cash.rounding }),
          value: cash.amount,
        })
    }
  }

  if (programs.includes('JHT')) {
    for (const [p, payer, text] of JHT_SHARES) {
      const rr = ctx.read(p, period)
      const r = rateOf(rr)
      const a = ctx.applyRate(wage, r)
      lines.push({ program: 'JHT', payer, base: rupiahOf(wage), rate: r.text, amount: a.amount })
      if (ctx.explain)
        ctx.step({
          rule: `pu.jht.${payer}`,
          text,
          formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
          params: { rate: percent(r, ctx.locale), base: rp(wage) },
          inputs: { wage: rupiahOf(wage) },
          parameters: [rr],
          legal: [D12],
          ...(a.rounding === undefined ? {} : { rounding: a.rounding }),
          value: a.amount,
        })
    }
  }

  if (programs.includes('JP')) {
    const cap = ctx.read(jpWageCap, period)
    const capSen = rupiahFromData(cap.value) * 100
    const base = wage < capSen ? wage : capSen
    if (ctx.explain)
      ctx.step({
        rule: 'pu.jp.base',
        text: 'STEP_PU_JP_BASE',
        formula: 'CONTRIB_FORMULA_MIN_CAP',
        params: { wage: rp(wage), cap: rp(capSen), value: rp(base) },
        inputs: { wage: rupiahOf(wage) },
        parameters: [cap],
        value: rupiahOf(base),
      })
    const deferralFlag = input.jpDeferral ?? input.covidRelief
    const deferral = covidReading(ctx, reliefCovidJpDeferredShare, period, deferralFlag)
    const paidShare = deferral === undefined ? undefined : payableShare(deferral.value)
    for (const [p, payer, text] of JP_SHARES) {
      const rr = ctx.read(p, period)
      const r = rateOf(rr)
      const full = ctx.applyRate(base, r)
      if (paidShare === undefined || deferral === undefined) {
        lines.push({ program: 'JP', payer, base: rupiahOf(base), rate: r.text, amount: full.amount })
        if (ctx.explain)
          ctx.step({
            rule: `pu.jp.${payer}`,
            text,
            formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
            params: { rate: percent(r, ctx.locale), base: rp(base) },
            inputs: { base: rupiahOf(base) },
            parameters: [rr, cap],
            legal: [D12],
            ...(full.rounding === undefined ? {} : { rounding: full.rounding }),
            value: full.amount,
          })
        continue
      }
      const paidRate = mulRates(r, paidShare)
      const paid = ctx.applyRate(base, paidRate)
      const deferred = full.amount - paid.amount
      lines.push({
        program: 'JP',
        payer,
        base: rupiahOf(base),
        rate: r.text,
        amount: paid.amount,
        deferred,
        relief: 'PP-49-2020',
      })
      if (ctx.explain)
        ctx.step({
          rule: `pu.jp.${payer}`,
          text: 'STEP_PU_JP_DEFERRED',
          formula: 'CONTRIB_FORMULA_DEFERRAL',
          params: {
            who: ctx.t(payer === 'employer' ? 'CONTRIB_PAYER_EMPLOYER' : 'CONTRIB_PAYER_WORKER'),
            rate: percent(r, ctx.locale),
            base: rp(base),
            full: rpWhole(full.amount),
            paidRate: percent(paidRate, ctx.locale),
            paid: rpWhole(paid.amount),
            deferred: rpWhole(deferred),
          },
          inputs: { base: rupiahOf(base) },
          parameters: [rr, cap, deferral],
          legal: [D12],
          ...(paid.rounding === undefined ? {} : { rounding: paid.rounding }),
          value: paid.amount,
        })
    }
  }

  if (jb !== undefined) {
    const rr = ctx.read(jkpRateGovernment, period)
    const r = rateOf(rr)
    const a = ctx.applyRate(jb.capped, r)
    lines.push({
      program: 'JKP',
      payer: 'government',
      base: rupiahOf(jb.capped),
      rate: r.text,
      amount: a.amount,
    })
    if (ctx.explain)
      ctx.step({
        rule: 'pu.jkp.government',
        text: 'STEP_PU_JKP_GOVERNMENT',
        formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
        params: { rate: percent(r, ctx.locale), base: rp(jb.capped) },
        inputs: { base: rupiahOf(jb.capped) },
        parameters: [rr, ...jb.readings],
        legal: [D7, D12],
        ...(a.rounding === undefined ? {} : { rounding: a.rounding }),
        value: a.amount,
      })
  }

  return { category: 'PU', period, programs, lines, totals: totalsOf(lines) }
}
