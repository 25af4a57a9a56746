import type { RuleContext, StepShared } from '../explain/context.js'
import { rupiahFromData } from '../money/exact.js'
import { mulRates } from '../money/rate.js'
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
import {
  baseOf,
  BaseStep,
  DeferredLine,
  LEGAL_D12,
  LEGAL_D7_D12,
  LEGAL_D8,
  LEGAL_JKM_NO_RECOMPOSITION,
  RateLine,
  type PuBases,
  type PuItem,
  type PuPlanView,
  type StepSpec,
} from './pu-lines.js'
import { SplitLine } from './pu-split.js'
import { covidReading, discounted, discountNote, discountOf, rateOf, type AppliedDiscount } from './relief.js'
import { choosePrograms, payableShare, percent } from './shared.js'
import type { JkkRiskClass, Program } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_49_2020, legalSources.PP_7_2025)

useMessages(contributionsMessages)

/*
 * Phase 1 of a PU contribution: the plan, everything that does not depend on the wage, read once per
 * situation (month, risk class, programs, reliefs) in the order of the law. The plan is a list of items
 * (pu-lines.ts) that price, list and explain themselves; pu.ts prices a plan for one wage.
 */

/**
 * Everything of a PU contribution that does not depend on the wage: the programs, the items to price in
 * the order of the law (each with its rates and readings), the caps. The warnings of the reads were
 * recorded in the context that made the plan.
 */
export interface PuPlan extends PuPlanView {
  readonly period: string
  readonly programs: readonly Program[]
  readonly rounding: RoundingMode
  readonly locale: 'id' | 'en'
  readonly items: readonly PuItem[]
  /** The number of amounts a wage is priced into: the sum of the items' slots. */
  readonly slots: number
  /** The JP cap (sen), when JP is priced (else 0). */
  readonly jpCapSen: number
  /** The JKP cap (sen), when JKP is priced (else 0). */
  readonly jkpCapSen: number
  /** D8: the recomposed parts are computed on the JKP-capped wage (else on the whole wage). */
  readonly recompositionCapped: boolean
  /** The number of warnings the context had before the minimum-wage check (where its warning goes). */
  readonly warningsBeforeWage: number
  /** The same, counted from the first warning the plan itself recorded. */
  readonly wageWarningAt: number
  readonly statics: Map<string, StepShared>
  readonly stepTexts: Map<string, Readonly<Record<string, string | number>>>
}

/** The wage-independent facts of a PU input (a parsed input without `wage` and `minimumWage`). */
export type PuSituation = Omit<PuParsed, 'wage' | 'minimumWage'>

/** The JKP cap and its D8 flag, read once when JKP is priced. */
interface JkpCap {
  readonly cap: ParameterReading<string>
  readonly flag: ParameterReading<boolean>
  readonly capSen: number
}

const JHT_SHARES = [
  [puJhtRateEmployer, 'employer', 'STEP_PU_JHT_EMPLOYER'],
  [puJhtRateWorker, 'worker', 'STEP_PU_JHT_WORKER'],
] as const
const JP_SHARES = [
  [jpRateEmployer, 'employer', 'STEP_PU_JP_EMPLOYER'],
  [jpRateWorker, 'worker', 'STEP_PU_JP_WORKER'],
] as const
/** The PP 49/2020 relief shown on a deferred JP line. */
const JP_DEFERRAL_RELIEF = 'PP-49-2020'

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
 * plan.items.filter((i) => i.kind !== 'base').map((l) => `${l.kind} ${l.rate.text}`)
 * //=> ['rate 0.0024', 'rate 0.003', 'rate 0.037', 'rate 0.02', 'rate 0.02', 'rate 0.01']
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
  const items: PuItem[] = []
  const jkp = programs.includes('JKP') ? readJkpCap(ctx, period) : undefined
  if (jkp !== undefined)
    items.push(
      new BaseStep('jkpCapped', jkp.capSen, {
        rule: 'pu.jkp.base',
        text: 'STEP_PU_JKP_BASE',
        legal: LEGAL_D8,
        parameters: [jkp.cap, jkp.flag],
      }),
    )
  if (programs.includes('JKK')) items.push(planJkk(ctx, input, jkp))
  if (programs.includes('JKM')) items.push(planJkm(ctx, input, jkp))
  if (programs.includes('JHT')) items.push(...planJht(ctx, period))
  const jp = programs.includes('JP') ? planJp(ctx, input) : undefined
  if (jp !== undefined) items.push(...jp.items)
  if (jkp !== undefined) items.push(planJkpGovernment(ctx, period, jkp))
  let slots = 0
  for (const item of items) slots += item.slots
  return {
    period,
    programs: Object.freeze(programs),
    rounding: ctx.rounding,
    locale: ctx.locale,
    items,
    slots,
    jpCapSen: jp?.capSen ?? 0,
    jkpCapSen: jkp?.capSen ?? 0,
    // Stryker disable next-line BooleanLiteral: set from the D8 flag whenever JKP (the only user) is priced
    recompositionCapped: jkp?.flag.value ?? true,
    warningsBeforeWage,
    wageWarningAt: warningsBeforeWage - startWarnings,
    statics: new Map(),
    stepTexts: new Map(),
  }
}

/**
 * The bases of `wage` (sen) under a plan's caps.
 *
 * @example
 * ```ts
 * basesOf(plan, 1_200_000_000).jpCapped //=> 1004230000 (the 2024-03 JP cap, in sen)
 * ```
 */
export function basesOf(plan: PuPlan, wage: number): PuBases {
  return {
    wage,
    jpCapped: baseOf(plan, wage, 'jpCapped'),
    jkpCapped: baseOf(plan, wage, 'jkpCapped'),
    recomposition: baseOf(plan, wage, 'recomposition'),
  }
}

function readJkpCap(ctx: RuleContext, period: string): JkpCap {
  const cap = ctx.readShared(jkpWageCap, period)
  const flag = ctx.readShared(jkpRecompositionCapped, period)
  return { cap, flag, capSen: rupiahFromData(cap.value) * 100 }
}

/**
 * The discount of the JKK rate: PP 49/2020 (COVID-19), replaced by PP 7/2025 for a labour-intensive
 * employer, whose data says it also reduces the part recomposed to JKP (D9).
 */
function jkkDiscount(ctx: RuleContext, input: PuSituation): AppliedDiscount | undefined {
  const period = input.period
  const cov = covidReading(ctx, reliefCovidJkkDiscount, period, input.covidRelief)
  let d = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
  if (input.jkkDiscountEligible === true) {
    const li = ctx.readOptionalShared(reliefLabourIntensiveJkkDiscount, period)
    if (li === undefined) ctx.warn('JKK_DISCOUNT_NOT_IN_FORCE', { period })
    else d = discountOf('PP-7-2025', li, reliefLabourIntensiveCoversRecomposition)
  }
  return d
}

/** JKK by risk class, discounted, split with JKP when JKP is priced (D7, D8, D9). */
function planJkk(ctx: RuleContext, input: PuSituation, jkp: JkpCap | undefined): PuItem {
  const period = input.period
  // the schema requires a risk class whenever JKK is priced
  const cls = input.jkkRiskClass as JkkRiskClass
  const rr = ctx.readShared(PU_JKK_RATE_BY_CLASS[cls], period)
  const normal = rateOf(rr)
  const d = jkkDiscount(ctx, input)
  const r = discounted(normal, d)
  const step: StepSpec = {
    rule: 'pu.jkk',
    text: 'STEP_PU_JKK',
    legal: LEGAL_D12,
    parameters: d === undefined ? [rr] : [rr, d.reading],
    params: (c) => ({ riskClass: cls, note: discountNote(c, d, percent(normal, c.locale)) }),
  }
  if (jkp === undefined)
    return new RateLine('JKK', 'employer', 'wage', r, { ...step, inputs: { jkkRiskClass: cls } }, d?.source)
  const rec = ctx.readShared(jkpRecompositionJkk, period)
  let recRate = rateOf(rec)
  const parameters: ParameterReading[] = [rec, jkp.cap, jkp.flag]
  if (d?.coversRecomposition !== undefined) {
    const covers = ctx.readShared(d.coversRecomposition, period)
    parameters.push(d.reading, covers)
    if (covers.value) recRate = mulRates(recRate, d.share)
  }
  return new SplitLine('JKK', r, recRate, step, parameters, d?.source)
}

/** JKM, discounted; split with JKP while JKM is recomposed (to 2025-01, D7; PP 6/2025 Pasal 11 after). */
function planJkm(ctx: RuleContext, input: PuSituation, jkp: JkpCap | undefined): PuItem {
  const period = input.period
  const rr = ctx.readShared(puJkmRate, period)
  const normal = rateOf(rr)
  const cov = covidReading(ctx, reliefCovidJkmDiscount, period, input.covidRelief)
  const d = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
  const r = discounted(normal, d)
  const step: StepSpec = {
    rule: 'pu.jkm',
    text: 'STEP_PU_JKM',
    legal: LEGAL_D12,
    parameters: d === undefined ? [rr] : [rr, d.reading],
    params: (c) => ({ note: discountNote(c, d, percent(normal, c.locale)) }),
  }
  // from 2025-02 JKM is no longer recomposed (PP 6/2025, D7): no reading, one line
  const rec = jkp === undefined ? undefined : ctx.readOptionalShared(jkpRecompositionJkm, period)
  if (jkp !== undefined && rec !== undefined)
    return new SplitLine('JKM', r, rateOf(rec), step, [rec, jkp.cap, jkp.flag], d?.source)
  const alone =
    jkp === undefined
      ? step
      : { ...step, text: 'STEP_PU_JKM_NO_RECOMPOSITION', legal: LEGAL_JKM_NO_RECOMPOSITION }
  return new RateLine('JKM', 'employer', 'wage', r, alone, d?.source)
}

/** JHT: the employer's and the worker's shares of the wage. */
function planJht(ctx: RuleContext, period: string): PuItem[] {
  return JHT_SHARES.map(([p, payer, text]) => {
    const rr = ctx.readShared(p, period)
    return new RateLine('JHT', payer, 'wage', rateOf(rr), {
      rule: `pu.jht.${payer}`,
      text,
      legal: LEGAL_D12,
      parameters: [rr],
    })
  })
}

/** JP: the capped base, then each share, deferred in part under PP 49/2020. */
function planJp(ctx: RuleContext, input: PuSituation): { items: PuItem[]; capSen: number } {
  const period = input.period
  const cap = ctx.readShared(jpWageCap, period)
  const capSen = rupiahFromData(cap.value) * 100
  const deferral = covidReading(
    ctx,
    reliefCovidJpDeferredShare,
    period,
    input.jpDeferral ?? input.covidRelief,
  )
  const items: PuItem[] = [
    new BaseStep('jpCapped', capSen, {
      rule: 'pu.jp.base',
      text: 'STEP_PU_JP_BASE',
      legal: undefined,
      parameters: [cap],
    }),
  ]
  for (const [p, payer, text] of JP_SHARES) {
    const rr = ctx.readShared(p, period)
    const r = rateOf(rr)
    const rule = `pu.jp.${payer}`
    if (deferral === undefined)
      items.push(
        new RateLine('JP', payer, 'jpCapped', r, { rule, text, legal: LEGAL_D12, parameters: [rr, cap] }),
      )
    else {
      const paidRate = mulRates(r, payableShare(deferral.value))
      const step = { rule, text, legal: LEGAL_D12, parameters: [rr, cap, deferral] }
      items.push(new DeferredLine(payer, r, paidRate, step, JP_DEFERRAL_RELIEF))
    }
  }
  return { items, capSen }
}

/** The government's JKP share of the JKP-capped wage (D7). */
function planJkpGovernment(ctx: RuleContext, period: string, jkp: JkpCap): PuItem {
  const rr = ctx.readShared(jkpRateGovernment, period)
  return new RateLine('JKP', 'government', 'jkpCapped', rateOf(rr), {
    rule: 'pu.jkp.government',
    text: 'STEP_PU_JKP_GOVERNMENT',
    legal: LEGAL_D7_D12,
    parameters: [rr, jkp.cap, jkp.flag],
  })
}
