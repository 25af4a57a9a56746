import { BpjsRuleError } from '../errors.js'
import {
  RuleContext,
  stepShared,
  type Recording,
  type ResolvedOptions,
  type StepShared,
} from '../explain/context.js'
import type { Json, TraceRounding } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import { applyRate, exactRateText, rupiahFromData } from '../money/exact.js'
import { mulRates, type Rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
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
import { situationOf } from './fast-input.js'
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
import type { ContributionCore, ContributionLine, JkkRiskClass, Payer, Program } from './types.js'

/*
 * A PU contribution is computed in two phases, so that a batch of a million rows reads the law once per
 * situation and a single call explains every figure with the same arithmetic:
 *
 * 1. planPu: everything that does not depend on the wage (programs, rates, caps, reliefs, warnings), read
 *    through the RuleContext in the order of the law (the order of the explanation's parameters and of the
 *    warnings follows it);
 * 2. puAmounts: the amounts of the plan's lines for one wage (integer arithmetic, one rounding per amount,
 *    decisions D12), then puLines (the result lines) and, when explaining, explainPu (the steps).
 */

const D7: Citation = Object.freeze({ source: 'DECISIONS', article: 'D7' })
const D8: Citation = Object.freeze({ source: 'DECISIONS', article: 'D8' })
const D12: Citation = Object.freeze({ source: 'DECISIONS', article: 'D12' })
const PP6_2025_PASAL_11: Citation = Object.freeze({ source: 'PP-6-2025', article: 'Pasal 11' })
const LEGAL_D8: readonly Citation[] = Object.freeze([D8])
const LEGAL_D12: readonly Citation[] = Object.freeze([D12])
const LEGAL_D7_D8: readonly Citation[] = Object.freeze([D7, D8])
const LEGAL_D7_D12: readonly Citation[] = Object.freeze([D7, D12])
const LEGAL_JKM_NO_RECOMPOSITION: readonly Citation[] = Object.freeze([D12, D7, PP6_2025_PASAL_11])
const JHT_SHARES = [
  [puJhtRateEmployer, 'employer', 'STEP_PU_JHT_EMPLOYER'],
  [puJhtRateWorker, 'worker', 'STEP_PU_JHT_WORKER'],
] as const
const JP_SHARES = [
  [jpRateEmployer, 'employer', 'STEP_PU_JP_EMPLOYER'],
  [jpRateWorker, 'worker', 'STEP_PU_JP_WORKER'],
] as const

/** What a line's amount is applied to (sen): the wage, or the wage capped at the JP or JKP cap. */
export const PuBase = {
  Wage: 0,
  JpCapped: 1,
  JkpCapped: 2,
  /** The base of the recomposed parts: JKP-capped, unless the D8 parameter is overridden. */
  JkpRecomposition: 3,
} as const
/** One of {@link PuBase}. */
export type PuBase = (typeof PuBase)[keyof typeof PuBase]

/**
 * How a line's amount is computed: `Rate` is `rate × base` rounded once; `Kept` is a split cash (D7, D8),
 * `rate × wage` rounded minus the recomposed part (`gross` is the cash); `ToJkp` is the recomposed part
 * going to JKP; `Deferred` is PP 49/2020 JP, `paidRate × base` rounded, `deferred` being `rate × base`
 * rounded minus that.
 */
export const PuLineKind = { Rate: 0, Kept: 1, ToJkp: 2, Deferred: 3 } as const
/** One of {@link PuLineKind}. */
export type PuLineKind = (typeof PuLineKind)[keyof typeof PuLineKind]

/** One line of a PU plan: everything but the wage-dependent figures. */
export interface PuLineSpec {
  readonly program: Program
  readonly payer: Payer
  readonly kind: PuLineKind
  readonly base: PuBase
  /** The rate shown on the line (for a kept part, the cash rate; for a deferral, the full rate). */
  readonly rate: Rate
  /** Kept: the recomposition rate of the part that goes to JKP; deferred: the rate paid now. */
  readonly second?: Rate
  /** Kept: the fund that keeps the rest of the cash. */
  readonly fund?: Program
  readonly relief?: string
}

/** The recomposition of a JKK or JKM cash to JKP (D7, D8): its rate and the parameters of its step. */
interface SplitPlan {
  readonly recRate: Rate
  /**
   * The parameters of the `toJkp` step: the recomposition rate, the JKP cap and its D8 flag, and under the
   * PP 7/2025 discount (D9) the discount and whether it covers the recomposed part.
   */
  readonly parameters: readonly ParameterReading[]
}

interface JkkPlan {
  readonly cls: JkkRiskClass
  readonly rr: ParameterReading<string>
  readonly normal: Rate
  readonly d: AppliedDiscount | undefined
  readonly r: Rate
  /** When JKP is priced. */
  readonly split: SplitPlan | undefined
}

interface JkmPlan {
  readonly rr: ParameterReading<string>
  readonly normal: Rate
  readonly d: AppliedDiscount | undefined
  readonly r: Rate
  /** When JKP is priced and JKM is still recomposed (to 2025-01, D7). */
  readonly split: SplitPlan | undefined
}

interface SharePlan {
  /** The step's rule id (`pu.jht.employer`), also its key among the plan's shared step pieces. */
  readonly rule: string
  readonly rr: ParameterReading<string>
  readonly r: Rate
  readonly payer: 'employer' | 'worker'
  readonly text: string
  /** JP under the PP 49/2020 deferral: the rate paid now and the reading of the deferred share. */
  readonly deferral?: { readonly paidRate: Rate; readonly reading: ParameterReading<string> }
}

/**
 * Everything of a PU contribution that does not depend on the wage, read once: the programs, the rates and
 * caps of the month with their readings, the reliefs, and the lines to price. The warnings of the reads
 * were recorded in the context that made the plan.
 */
export interface PuPlan {
  readonly period: string
  readonly programs: readonly Program[]
  readonly rounding: RoundingMode
  readonly locale: 'id' | 'en'
  readonly lines: readonly PuLineSpec[]
  /** The number of amounts {@link puAmounts} writes: one per line and one more per kept or deferred line. */
  readonly slots: number
  /** The JP cap (sen), when JP is priced. */
  readonly jpCapSen: number
  /** The JKP cap (sen), when JKP is priced. */
  readonly jkpCapSen: number
  /** D8: the recomposed parts are computed on the JKP-capped wage (else on the whole wage). */
  readonly recompositionCapped: boolean
  /** The number of warnings the context had before the minimum-wage check (where its warning goes). */
  readonly warningsBeforeWage: number
  /** The same, counted from the first warning the plan itself recorded. */
  readonly wageWarningAt: number
  /** The shared references and citations of the plan's steps, built at the first explanation. */
  readonly statics: Map<string, StepShared>
  readonly jkp?: { readonly cap: ParameterReading<string>; readonly flag: ParameterReading<boolean> }
  readonly jkk?: JkkPlan
  readonly jkm?: JkmPlan
  readonly jht?: readonly SharePlan[]
  readonly jp?: { readonly cap: ParameterReading<string>; readonly shares: readonly SharePlan[] }
  /** The government's JKP share, with the parameters of its step (its rate, the JKP cap and D8 flag). */
  readonly jkpGovernment?: { readonly r: Rate; readonly parameters: readonly ParameterReading[] }
}

/** The wage-independent facts of a PU input (a parsed input without `wage` and `minimumWage`). */
export type PuSituation = Omit<PuParsed, 'wage' | 'minimumWage'>

/**
 * Reads the law of a PU situation (phase 1): the programs (a step, and the warnings about them), then, in
 * the order of the law, the JKP cap, JKK with its reliefs and recomposition, JKM, JHT, JP with its cap and
 * deferral, and the JKP government rate. `afterPrograms` runs right after the programs are chosen (the
 * minimum-wage warning of a single call goes there).
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2024-03', resolveOptions({}).resolved, false)
 * const plan = planPu({ category: 'PU', period: '2024-03', jkkRiskClass: 1, enterpriseSize: 'large' }, ctx)
 * plan.lines.map((l) => `${l.program} ${l.payer} ${l.rate.text}`)
 * //=> ['JKK employer 0.0024', 'JKM employer 0.003', 'JHT employer 0.037', 'JHT worker 0.02', 'JP employer 0.02', 'JP worker 0.01']
 * ```
 */
export function planPu(input: PuSituation, ctx: RuleContext, afterPrograms?: () => void): PuPlan {
  const startWarnings = ctx.warnings.length
  const period = input.period
  const size = input.enterpriseSize
  const { programs } = choosePrograms(ctx, 'PU', period, (m) => m.value.PU[size ?? 'large'], input.programs, {
    jkp: input.jkpRegistered === true,
    ...(size === undefined ? {} : { who: `PU (${size})` }),
    defaultReason: 'CONTRIB_PROGRAMS_REASON_SIZE',
  })
  const warningsBeforeWage = ctx.warnings.length
  afterPrograms?.()
  const lines: PuLineSpec[] = []
  const plan: { -readonly [K in keyof PuPlan]: PuPlan[K] } = {
    period,
    programs: Object.freeze(programs),
    rounding: ctx.rounding,
    locale: ctx.locale,
    lines,
    slots: 0,
    jpCapSen: 0,
    jkpCapSen: 0,
    warningsBeforeWage,
    wageWarningAt: warningsBeforeWage - startWarnings,
    // Stryker disable next-line BooleanLiteral: set from the D8 flag whenever JKP (the only user) is priced
    recompositionCapped: true,
    statics: new Map(),
  }

  let jkp: PuPlan['jkp']
  if (programs.includes('JKP')) {
    const cap = ctx.readShared(jkpWageCap, period)
    const flag = ctx.readShared(jkpRecompositionCapped, period)
    jkp = plan.jkp = { cap, flag }
    plan.jkpCapSen = rupiahFromData(cap.value) * 100
    plan.recompositionCapped = flag.value
  }

  if (programs.includes('JKK')) {
    const cls = input.jkkRiskClass as JkkRiskClass
    const rr = ctx.readShared(PU_JKK_RATE_BY_CLASS[cls], period)
    const normal = rateOf(rr)
    const cov = covidReading(ctx, reliefCovidJkkDiscount, period, input.covidRelief)
    let d: AppliedDiscount | undefined = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
    if (input.jkkDiscountEligible === true) {
      const li = ctx.readOptionalShared(reliefLabourIntensiveJkkDiscount, period)
      if (li === undefined) ctx.warn('JKK_DISCOUNT_NOT_IN_FORCE', { period })
      else d = discountOf('PP-7-2025', li)
    }
    const r = discounted(normal, d)
    const relief = d === undefined ? {} : { relief: d.source }
    if (jkp !== undefined) {
      const rec = ctx.readShared(jkpRecompositionJkk, period)
      let recRate = rateOf(rec)
      const parameters: ParameterReading[] = [rec, jkp.cap, jkp.flag]
      // D9: the PP 7/2025 discount covers the recomposed part (a PP 49/2020 one never met JKP)
      if (d !== undefined && d.source === 'PP-7-2025') {
        const halve = ctx.readShared(reliefLabourIntensiveCoversRecomposition, period)
        parameters.push(d.reading, halve)
        if (halve.value) recRate = mulRates(recRate, d.share)
      }
      plan.jkk = { cls, rr, normal, d, r, split: { recRate, parameters } }
      lines.push(
        {
          program: 'JKK',
          payer: 'employer',
          kind: PuLineKind.Kept,
          base: PuBase.Wage,
          rate: r,
          second: recRate,
          fund: 'JKK',
          ...relief,
        },
        {
          program: 'JKK',
          payer: 'employer',
          kind: PuLineKind.ToJkp,
          base: PuBase.JkpRecomposition,
          rate: recRate,
          ...relief,
        },
      )
    } else {
      plan.jkk = { cls, rr, normal, d, r, split: undefined }
      lines.push({
        program: 'JKK',
        payer: 'employer',
        kind: PuLineKind.Rate,
        base: PuBase.Wage,
        rate: r,
        ...relief,
      })
    }
  }

  if (programs.includes('JKM')) {
    const rr = ctx.readShared(puJkmRate, period)
    const normal = rateOf(rr)
    const cov = covidReading(ctx, reliefCovidJkmDiscount, period, input.covidRelief)
    const d = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
    const r = discounted(normal, d)
    const relief = d === undefined ? {} : { relief: d.source }
    let split: SplitPlan | undefined
    if (jkp !== undefined) {
      // from 2025-02 JKM is no longer recomposed (PP 6/2025, D7): no reading, one line
      const rec = ctx.readOptionalShared(jkpRecompositionJkm, period)
      if (rec !== undefined) split = { recRate: rateOf(rec), parameters: [rec, jkp.cap, jkp.flag] }
    }
    plan.jkm = { rr, normal, d, r, split }
    if (split !== undefined) {
      const recRate = split.recRate
      lines.push(
        {
          program: 'JKM',
          payer: 'employer',
          kind: PuLineKind.Kept,
          base: PuBase.Wage,
          rate: r,
          second: recRate,
          fund: 'JKM',
          ...relief,
        },
        {
          program: 'JKM',
          payer: 'employer',
          kind: PuLineKind.ToJkp,
          base: PuBase.JkpRecomposition,
          rate: recRate,
          ...relief,
        },
      )
    } else
      lines.push({
        program: 'JKM',
        payer: 'employer',
        kind: PuLineKind.Rate,
        base: PuBase.Wage,
        rate: r,
        ...relief,
      })
  }

  if (programs.includes('JHT')) {
    const shares: SharePlan[] = []
    for (const [p, payer, text] of JHT_SHARES) {
      const rr = ctx.readShared(p, period)
      const r = rateOf(rr)
      shares.push({ rule: `pu.jht.${payer}`, rr, r, payer, text })
      lines.push({ program: 'JHT', payer, kind: PuLineKind.Rate, base: PuBase.Wage, rate: r })
    }
    plan.jht = shares
  }

  if (programs.includes('JP')) {
    const cap = ctx.readShared(jpWageCap, period)
    plan.jpCapSen = rupiahFromData(cap.value) * 100
    const deferral = covidReading(
      ctx,
      reliefCovidJpDeferredShare,
      period,
      input.jpDeferral ?? input.covidRelief,
    )
    const shares: SharePlan[] = []
    for (const [p, payer, text] of JP_SHARES) {
      const rr = ctx.readShared(p, period)
      const r = rateOf(rr)
      if (deferral === undefined) {
        shares.push({ rule: `pu.jp.${payer}`, rr, r, payer, text })
        lines.push({ program: 'JP', payer, kind: PuLineKind.Rate, base: PuBase.JpCapped, rate: r })
      } else {
        const paidRate = mulRates(r, payableShare(deferral.value))
        shares.push({ rule: `pu.jp.${payer}`, rr, r, payer, text, deferral: { paidRate, reading: deferral } })
        lines.push({
          program: 'JP',
          payer,
          kind: PuLineKind.Deferred,
          base: PuBase.JpCapped,
          rate: r,
          second: paidRate,
          relief: 'PP-49-2020',
        })
      }
    }
    plan.jp = { cap, shares }
  }

  if (jkp !== undefined) {
    const rr = ctx.readShared(jkpRateGovernment, period)
    const r = rateOf(rr)
    plan.jkpGovernment = { r, parameters: [rr, jkp.cap, jkp.flag] }
    lines.push({
      program: 'JKP',
      payer: 'government',
      kind: PuLineKind.Rate,
      base: PuBase.JkpCapped,
      rate: r,
    })
  }

  let slots = 0
  for (const l of lines) slots += l.kind === PuLineKind.Kept || l.kind === PuLineKind.Deferred ? 2 : 1
  plan.slots = slots
  return plan
}

function baseOf(plan: PuPlan, base: PuBase, wage: number): number {
  switch (base) {
    case PuBase.Wage:
      return wage
    case PuBase.JpCapped:
      return Math.min(wage, plan.jpCapSen)
    case PuBase.JkpCapped:
      return Math.min(wage, plan.jkpCapSen)
    case PuBase.JkpRecomposition:
      return plan.recompositionCapped ? Math.min(wage, plan.jkpCapSen) : wage
  }
}

/**
 * The amounts of a plan's lines for one wage (phase 2): for each line its whole-rupiah `amount`, followed,
 * for a kept part, by the cash `gross` and, for a deferral, by the `deferred` rest. Writes `plan.slots`
 * numbers into `out` from `at`. Each amount is `rate × base` rounded once with the plan's mode (D12); a split
 * cash keeps `cash − recomposed part`, so the two lines add up to the cash exactly.
 *
 * @throws {BpjsRuleError} `RECOMPOSITION_EXCEEDS_CONTRIBUTION` when a recomposed part is larger than the cash
 *   it is taken from (only possible with overridden parameters).
 *
 * @example
 * ```ts
 * const out = new Float64Array(plan.slots)
 * puAmounts(plan, 1_200_000_000, out, 0) // plan of the planPu example; wage Rp12,000,000 in sen
 * [...out] //=> [28800, 36000, 444000, 240000, 200846, 100423]
 * ```
 */
export function puAmounts(plan: PuPlan, wage: number, out: Float64Array, at: number): void {
  const mode = plan.rounding
  let o = at
  for (const l of plan.lines) {
    switch (l.kind) {
      case PuLineKind.Rate:
        out[o++] = applyRate(baseOf(plan, l.base, wage), l.rate, mode)
        break
      case PuLineKind.Kept: {
        const cash = applyRate(wage, l.rate, mode)
        const part = applyRate(baseOf(plan, PuBase.JkpRecomposition, wage), l.second as Rate, mode)
        if (cash < part)
          throw new BpjsRuleError(
            'RECOMPOSITION_EXCEEDS_CONTRIBUTION',
            { program: l.program, gross: rpWhole(cash), part: rpWhole(part) },
            [],
            plan.locale,
          )
        out[o++] = cash - part
        out[o++] = cash
        break
      }
      case PuLineKind.ToJkp:
        out[o++] = applyRate(baseOf(plan, PuBase.JkpRecomposition, wage), l.rate, mode)
        break
      case PuLineKind.Deferred: {
        const base = baseOf(plan, PuBase.JpCapped, wage)
        const paid = applyRate(base, l.second as Rate, mode)
        out[o++] = paid
        out[o++] = applyRate(base, l.rate, mode) - paid
        break
      }
    }
  }
}

/**
 * The result lines of a plan for one wage, from the amounts {@link puAmounts} wrote (at `at` in `amounts`).
 *
 * @example
 * ```ts
 * puLines(plan, 1_200_000_000, out, 0)[4]
 * //=> { program: 'JP', payer: 'employer', base: 10042300, rate: '0.02', amount: 200846 }
 * ```
 */
export function puLines(plan: PuPlan, wage: number, amounts: Float64Array, at: number): ContributionLine[] {
  const lines: LineDraft[] = []
  let o = at
  for (const l of plan.lines) {
    const base = rupiahOf(baseOf(plan, l.base, wage))
    const amount = amounts[o++] as number
    const relief = l.relief === undefined ? {} : { relief: l.relief }
    switch (l.kind) {
      case PuLineKind.Rate:
        lines.push(
          Object.freeze({ program: l.program, payer: l.payer, base, rate: l.rate.text, amount, ...relief }),
        )
        break
      case PuLineKind.Kept:
        lines.push(
          Object.freeze({
            program: l.program,
            payer: l.payer,
            base,
            rate: l.rate.text,
            amount,
            fund: l.fund as Program,
            gross: amounts[o++] as number,
            ...relief,
          }),
        )
        break
      case PuLineKind.ToJkp:
        lines.push(
          Object.freeze({
            program: l.program,
            payer: l.payer,
            base,
            rate: l.rate.text,
            amount,
            fund: 'JKP',
            ...relief,
          }),
        )
        break
      case PuLineKind.Deferred:
        lines.push(
          Object.freeze({
            program: l.program,
            payer: l.payer,
            base,
            rate: l.rate.text,
            amount,
            deferred: amounts[o++] as number,
            ...relief,
          }),
        )
        break
    }
  }
  return lines
}

/** The trace rounding of `rate × base` rounded to `amount` (explanations only). */
function roundingOf(ctx: RuleContext, base: number, r: Rate, amount: number): TraceRounding {
  return Object.freeze({ mode: ctx.rounding, exact: exactRateText(base, r), rounded: amount })
}

/**
 * The references and citations of the step `rule` (a rule id is used once in a plan): built at the plan's
 * first explanation, then shared.
 */
function sharedOf(
  plan: PuPlan,
  rule: string,
  legal: readonly Citation[] | undefined,
  parameters: readonly ParameterReading[],
): StepShared {
  return plan.statics.get(rule) ?? remember(plan.statics, rule, stepShared(legal, parameters))
}

/** Sets `key` to `value` in `map` and returns `value`. */
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  map.set(key, value)
  return value
}

/** What the steps of one explanation share: the wage as text and as the steps' input. */
interface WageTexts {
  readonly wage: number
  readonly text: string
  readonly inputs: { readonly [key: string]: Json }
}

/** The three steps of a split cash (D7, D8): the cash, the part to JKP, the part kept. Returns the next slot. */
function explainSplit(
  ctx: RuleContext,
  plan: PuPlan,
  amounts: Float64Array,
  o: number,
  w: WageTexts,
  s: {
    readonly program: 'JKK' | 'JKM'
    readonly r: Rate
    readonly split: SplitPlan
    readonly parameters: readonly ParameterReading[]
    readonly text: string
    readonly stepParams: Record<string, string | number>
  },
): number {
  const locale = ctx.locale
  const kept = amounts[o] as number
  const cash = amounts[o + 1] as number
  const part = amounts[o + 2] as number
  const rec = baseOf(plan, PuBase.JkpRecomposition, w.wage)
  const recRate = s.split.recRate
  const rule = s.program === 'JKK' ? 'pu.jkk' : 'pu.jkm'
  ctx.step({
    rule,
    text: s.text,
    formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
    params: { ...s.stepParams, rate: percent(s.r, locale), base: w.text },
    inputs: w.inputs,
    shared: sharedOf(plan, rule, LEGAL_D12, s.parameters),
    rounding: roundingOf(ctx, w.wage, s.r, cash),
    value: cash,
  })
  const toJkp = `${rule}.toJkp`
  ctx.step({
    rule: toJkp,
    text: 'STEP_PU_TO_JKP',
    formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
    params: { program: s.program, rate: percent(recRate, locale), base: rp(rec) },
    inputs: Object.freeze({ base: rupiahOf(rec) }),
    shared: sharedOf(plan, toJkp, LEGAL_D7_D8, s.split.parameters),
    rounding: roundingOf(ctx, rec, recRate, part),
    value: part,
  })
  const toOwnFund = `${rule}.toOwnFund`
  ctx.step({
    rule: toOwnFund,
    text: 'STEP_PU_TO_OWN_FUND',
    formula: 'CONTRIB_FORMULA_DIFFERENCE',
    params: { program: s.program, gross: rpWhole(cash), part: rpWhole(part) },
    inputs: Object.freeze({ gross: cash, recomposed: part }),
    shared: sharedOf(plan, toOwnFund, LEGAL_D7_D8, []),
    value: kept,
  })
  return o + 3
}

/**
 * The steps of a PU calculation for one wage, in the order of the law (explanations only): the JKP base, JKK
 * (with its split into the JKK and JKP funds), JKM, JHT, the JP base and shares, the JKP government part.
 * Each step's parameter references and citations are built once per plan ({@link sharedOf}).
 */
function explainPu(ctx: RuleContext, plan: PuPlan, wage: number, amounts: Float64Array): void {
  const locale = ctx.locale
  const w: WageTexts = { wage, text: rp(wage), inputs: Object.freeze({ wage: rupiahOf(wage) }) }
  let o = 0
  const jkp = plan.jkp
  if (jkp !== undefined) {
    const jkpCapped = baseOf(plan, PuBase.JkpCapped, wage)
    const rule = 'pu.jkp.base'
    ctx.step({
      rule,
      text: 'STEP_PU_JKP_BASE',
      formula: 'CONTRIB_FORMULA_MIN_CAP',
      params: { wage: w.text, cap: rp(plan.jkpCapSen), value: rp(jkpCapped) },
      inputs: w.inputs,
      shared: sharedOf(plan, rule, LEGAL_D8, [jkp.cap, jkp.flag]),
      value: rupiahOf(jkpCapped),
    })
  }

  const jkk = plan.jkk
  if (jkk !== undefined) {
    const parameters = jkk.d === undefined ? [jkk.rr] : [jkk.rr, jkk.d.reading]
    const stepParams = { riskClass: jkk.cls, note: discountNote(ctx, jkk.d, percent(jkk.normal, locale)) }
    if (jkk.split !== undefined)
      o = explainSplit(ctx, plan, amounts, o, w, {
        program: 'JKK',
        r: jkk.r,
        split: jkk.split,
        parameters,
        text: 'STEP_PU_JKK',
        stepParams,
      })
    else {
      const amount = amounts[o++] as number
      const rule = 'pu.jkk'
      ctx.step({
        rule,
        text: 'STEP_PU_JKK',
        formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
        params: { ...stepParams, rate: percent(jkk.r, locale), base: w.text },
        inputs: Object.freeze({ wage: rupiahOf(wage), jkkRiskClass: jkk.cls }),
        shared: sharedOf(plan, rule, LEGAL_D12, parameters),
        rounding: roundingOf(ctx, wage, jkk.r, amount),
        value: amount,
      })
    }
  }

  const jkm = plan.jkm
  if (jkm !== undefined) {
    const parameters = jkm.d === undefined ? [jkm.rr] : [jkm.rr, jkm.d.reading]
    const note = discountNote(ctx, jkm.d, percent(jkm.normal, locale))
    if (jkm.split !== undefined)
      o = explainSplit(ctx, plan, amounts, o, w, {
        program: 'JKM',
        r: jkm.r,
        split: jkm.split,
        parameters,
        text: 'STEP_PU_JKM',
        stepParams: { note },
      })
    else {
      const amount = amounts[o++] as number
      const rule = 'pu.jkm'
      ctx.step({
        rule,
        text: jkp === undefined ? 'STEP_PU_JKM' : 'STEP_PU_JKM_NO_RECOMPOSITION',
        formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
        params: { note, rate: percent(jkm.r, locale), base: w.text },
        inputs: w.inputs,
        shared: sharedOf(plan, rule, jkp === undefined ? LEGAL_D12 : LEGAL_JKM_NO_RECOMPOSITION, parameters),
        rounding: roundingOf(ctx, wage, jkm.r, amount),
        value: amount,
      })
    }
  }

  if (plan.jht !== undefined)
    for (const s of plan.jht) {
      const amount = amounts[o++] as number
      ctx.step({
        rule: s.rule,
        text: s.text,
        formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
        params: { rate: percent(s.r, locale), base: w.text },
        inputs: w.inputs,
        shared: sharedOf(plan, s.rule, LEGAL_D12, [s.rr]),
        rounding: roundingOf(ctx, wage, s.r, amount),
        value: amount,
      })
    }

  const jp = plan.jp
  if (jp !== undefined) {
    const base = baseOf(plan, PuBase.JpCapped, wage)
    const baseText = rp(base)
    const baseInputs = Object.freeze({ base: rupiahOf(base) })
    const baseRule = 'pu.jp.base'
    ctx.step({
      rule: baseRule,
      text: 'STEP_PU_JP_BASE',
      formula: 'CONTRIB_FORMULA_MIN_CAP',
      params: { wage: w.text, cap: rp(plan.jpCapSen), value: baseText },
      inputs: w.inputs,
      shared: sharedOf(plan, baseRule, undefined, [jp.cap]),
      value: rupiahOf(base),
    })
    for (const s of jp.shares) {
      const amount = amounts[o++] as number
      const deferral = s.deferral
      if (deferral === undefined) {
        ctx.step({
          rule: s.rule,
          text: s.text,
          formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
          params: { rate: percent(s.r, locale), base: baseText },
          inputs: baseInputs,
          shared: sharedOf(plan, s.rule, LEGAL_D12, [s.rr, jp.cap]),
          rounding: roundingOf(ctx, base, s.r, amount),
          value: amount,
        })
        continue
      }
      const deferred = amounts[o++] as number
      ctx.step({
        rule: s.rule,
        text: 'STEP_PU_JP_DEFERRED',
        formula: 'CONTRIB_FORMULA_DEFERRAL',
        params: {
          who: ctx.t(s.payer === 'employer' ? 'CONTRIB_PAYER_EMPLOYER' : 'CONTRIB_PAYER_WORKER'),
          rate: percent(s.r, locale),
          base: baseText,
          full: rpWhole(amount + deferred),
          paidRate: percent(deferral.paidRate, locale),
          paid: rpWhole(amount),
          deferred: rpWhole(deferred),
        },
        inputs: baseInputs,
        shared: sharedOf(plan, s.rule, LEGAL_D12, [s.rr, jp.cap, deferral.reading]),
        rounding: roundingOf(ctx, base, deferral.paidRate, amount),
        value: amount,
      })
    }
  }

  const gov = plan.jkpGovernment
  if (gov !== undefined) {
    const amount = amounts[o++] as number
    const jkpCapped = baseOf(plan, PuBase.JkpCapped, wage)
    const rule = 'pu.jkp.government'
    ctx.step({
      rule,
      text: 'STEP_PU_JKP_GOVERNMENT',
      formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
      params: { rate: percent(gov.r, locale), base: rp(jkpCapped) },
      inputs: Object.freeze({ base: rupiahOf(jkpCapped) }),
      shared: sharedOf(plan, rule, LEGAL_D7_D12, gov.parameters),
      rounding: roundingOf(ctx, jkpCapped, gov.r, amount),
      value: amount,
    })
  }
}

/**
 * The contribution of a wage earner (PU) for one month: JKK by risk class, JKM, JHT (3.7% + 2%), JP (2% + 1%
 * of the wage capped at the JP cap of that month), JKP (government 0.22% of the wage capped at Rp5,000,000,
 * and the recomposition of JKK/JKM shown as lines with `fund: 'JKP'`, decisions D7, D8), with the PP 49/2020
 * and PP 7/2025 reliefs. Pure: reads the law through `ctx` ({@link planPu}), prices the lines for the wage
 * ({@link puAmounts}) and records steps only when `ctx.explain`.
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2024-03', resolveOptions({}).resolved, false)
 * const input = parseContributionInput({ category: 'PU', period: '2024-03', wage: 12000000, programs: ['JP'] }, 'id')
 * computePu(input as PuParsed, ctx).totals.total //=> 301269 (200,846 + 100,423 on the cap 10,042,300)
 * ```
 */
export function computePu(input: PuParsed, ctx: RuleContext): ContributionCore {
  const wage = input.wage
  const min = input.minimumWage
  const plan = puPlanFor(
    input,
    ctx,
    min === undefined || wage >= min ? undefined : () => warnWageBelowMinimum(ctx, wage, min),
  )
  const amounts = scratch
  puAmounts(plan, wage, amounts, 0)
  const lines = puLines(plan, wage, amounts, 0)
  if (ctx.explain) explainPu(ctx, plan, wage, amounts)
  // built final: the lines (frozen one by one) and their totals are frozen here, not walked again later
  return {
    category: 'PU',
    period: plan.period,
    programs: plan.programs,
    lines: Object.freeze(lines),
    totals: Object.freeze(totalsOf(lines)),
  }
}

/**
 * The amounts of one call, read back right after they are written (a plan has at most 13 slots); the same
 * typed array as the batch's, so puAmounts and puLines see one kind of array.
 */
const scratch = new Float64Array(16)

/** A plan with what reading it recorded (warnings, parameters, the programs step). */
interface CachedPlan {
  readonly plan: PuPlan
  readonly recording: Recording
}

/**
 * Plans by situation for the shared, frozen resolved options of the commonest calls (no overrides), one map
 * without and one with explanations. Everything kept is derived from the library's frozen law and is never
 * changed; a map is emptied when it holds {@link PLAN_CACHE_SIZE} plans.
 */
const planCache = new WeakMap<ResolvedOptions, readonly [Map<string, CachedPlan>, Map<string, CachedPlan>]>()
const PLAN_CACHE_SIZE = 512

/**
 * {@link planPu} for `ctx`, read once per situation when the options are shared: the plan is made in a
 * fresh context and its recording (warnings, parameters, steps) replayed into `ctx`, with `afterPrograms`
 * at the same place, so `ctx` ends up exactly as if it had read the law itself.
 */
function puPlanFor(input: PuSituation, ctx: RuleContext, afterPrograms: (() => void) | undefined): PuPlan {
  const options = ctx.options
  const situation = situationOf(input)
  // programs out of the order of the law are explained as given: such a plan is not shared
  if (situation === -1) return planPu(input, ctx, afterPrograms)
  // options with overrides are made per call: nothing to share
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a cache only; a plan is the same read or replayed
  if (!Object.isFrozen(options)) return planPu(input, ctx, afterPrograms)
  const maps = planCache.get(options) ?? newPlanMaps(options)
  const cache = maps[ctx.explain ? 1 : 0]
  const key = `${input.period}|${situation}`
  const hit = cache.get(key) ?? cachedPlan(cache, key, input, ctx)
  ctx.replay(hit.recording, hit.plan.wageWarningAt, afterPrograms)
  ctx.explanationKey = hit.plan
  return hit.plan
}

/** The two plan maps of `options` (without and with explanations), new and empty. */
function newPlanMaps(options: ResolvedOptions): readonly [Map<string, CachedPlan>, Map<string, CachedPlan>] {
  const maps = [new Map<string, CachedPlan>(), new Map<string, CachedPlan>()] as const
  planCache.set(options, maps)
  return maps
}

/** The plan of `input` read in a fresh context like `ctx`, with its recording, kept in `cache` under `key`. */
function cachedPlan(
  cache: Map<string, CachedPlan>,
  key: string,
  input: PuSituation,
  ctx: RuleContext,
): CachedPlan {
  const fresh = new RuleContext(ctx.operation, ctx.date, ctx.options, ctx.explain)
  const mark = fresh.mark()
  const plan = planPu(input, fresh)
  const hit = { plan, recording: fresh.recording(mark) }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory; emptying it only costs reading the law again
  if (cache.size >= PLAN_CACHE_SIZE) cache.clear()
  cache.set(key, hit)
  return hit
}

/**
 * The `WAGE_BELOW_MINIMUM` warning (decisions D13): the wage is below the minimum wage the caller gave.
 *
 * @example
 * ```ts
 * warnWageBelowMinimum(ctx, 400_000_000, 500_000_000) // ctx.warnings gains WAGE_BELOW_MINIMUM
 * ```
 */
export function warnWageBelowMinimum(ctx: RuleContext, wage: number, minimumWage: number): void {
  ctx.warn('WAGE_BELOW_MINIMUM', wageBelowMinimumParams(wage, minimumWage))
}

/**
 * The message values of `WAGE_BELOW_MINIMUM` (amounts in sen).
 *
 * @example
 * ```ts
 * wageBelowMinimumParams(400_000_000, 500_000_000) //=> { wage: 'Rp4.000.000', minimumWage: 'Rp5.000.000' }
 * ```
 */
export function wageBelowMinimumParams(wage: number, minimumWage: number): Record<string, string> {
  return { wage: rp(wage), minimumWage: rp(minimumWage) }
}
