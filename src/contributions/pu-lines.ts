import { stepShared, type RuleContext, type StepShared } from '../explain/context.js'
import type { Json, TraceRounding } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import { applyRate, applyRateBy, exactRateText, rateInverse, rateUnit } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import type { ParameterReading } from '../parameters/types.js'
import type { BaseTexts } from './pu-texts.js'
import type { SplitLine } from './pu-split.js'
import { percent, rp, rpWhole, rupiahOf, type LineDraft } from './shared.js'
import type { Payer, Program } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_6_2025,
  legalSources.DECISIONS,
  legalDecisions.D7,
  legalDecisions.D8,
  legalDecisions.D12,
)

useMessages(contributionsMessages)

/*
 * The kinds of a PU plan's items. Each kind is one class that prices itself (its amounts for one wage),
 * lists itself (its result lines) and explains itself (its steps): the slots it writes are its own, read back
 * only by its own methods. A plan is an ordered list of items, in the order of the law; a base step (the JP
 * cap, the JKP cap) prices nothing and lists nothing, it only explains.
 */

/** The bases of one wage, in sen: the wage, capped at the JP cap, capped at the JKP cap, and the D8 base. */
export interface PuBases {
  readonly wage: number
  readonly jpCapped: number
  readonly jkpCapped: number
  /** The base of the parts recomposed to JKP: JKP-capped, unless the D8 parameter is overridden. */
  readonly recomposition: number
}

/** The name of a base a line is priced on. */
export type PuBaseName = keyof PuBases

/** The base of a rate line: the recomposition base prices only a split line's part to JKP. */
export type RateBaseName = Exclude<PuBaseName, 'recomposition'>

/**
 * Where each amount slot of an item is added in a batch's grand totals: 0–3 its payer (employer, worker,
 * participant, government), 4 deferred, 5 nowhere (a split's gross, already counted in its two parts).
 */
export type SumIndex = 0 | 1 | 2 | 3 | 4 | 5
export const PAYER_SUM = { employer: 0, worker: 1, participant: 2, government: 3 } as const
export const DEFERRED_SUM = 4
export const NO_SUM = 5

/** What an item's step shows beside its figures: the step's rule, message, citations and parameters. */
export interface StepSpec {
  readonly rule: string
  readonly text: string
  readonly legal: readonly Citation[] | undefined
  readonly parameters: readonly ParameterReading[]
  /**
   * The step's own message values, before `rate` and `base` (a risk class, a relief note). They depend only
   * on the plan and the locale: they are made once per plan (with the rate's text, {@link PuPlanView.stepTexts}).
   */
  readonly params?: (ctx: RuleContext) => Record<string, string | number>
  /** Inputs shown beside the base (the JKK risk class). */
  readonly inputs?: { readonly [key: string]: Json }
}

/** What an item needs of its plan to price and explain itself. */
export interface PuPlanView {
  readonly rounding: RoundingMode
  /** The JP cap and the JKP cap of the month, in sen, and whether the recomposed parts use the JKP cap (D8). */
  readonly jpCapSen: number
  readonly jkpCapSen: number
  readonly recompositionCapped: boolean
  readonly locale: 'id' | 'en'
  /** The shared references and citations of the plan's steps, built at the first explanation. */
  readonly statics: Map<string, StepShared>
  /** The message values of the plan's rate steps other than the base (own values and rate), by rule. */
  readonly stepTexts: Map<string, Readonly<Record<string, string | number>>>
}

/** The one interface of every item kind. */
export interface PuItemRule {
  /** How many amounts {@link PuItemRule.price} writes. */
  readonly slots: number
  /** Per slot, where a batch adds it. */
  readonly sums: readonly SumIndex[]
  /** Writes the item's amounts for `wage` (sen) into `out` from `at` (one rounding per amount, D12). */
  price(plan: PuPlanView, wage: number, out: Float64Array, at: number): void
  /** Appends the item's result lines, from its amounts at `at`. */
  list(b: PuBases, amounts: Float64Array, at: number, out: LineDraft[]): void
  /** Records the item's steps, from its amounts at `at` (the bases, with their texts, in `v`). */
  explain(ctx: RuleContext, plan: PuPlanView, v: BaseTexts, amounts: Float64Array, at: number): void
  /**
   * The item's pricing as plain numbers, four per slot, when each of its amounts is one rate on one capped
   * base with an exact divisor: the base's cap (0 the wage, 1 the JP cap, 2 the JKP cap), the rate's
   * numerator, its divisor and the divisor's reciprocal (see `pu-kernel.ts`); `undefined` when it prices
   * otherwise.
   */
  flat(): readonly number[] | undefined
}

/** The references and citations of the step `rule` of a plan: built once, then shared. */
export function sharedOf(
  plan: PuPlanView,
  rule: string,
  s: Pick<StepSpec, 'legal' | 'parameters'>,
): StepShared {
  let shared = plan.statics.get(rule)
  if (shared === undefined) {
    shared = stepShared(s.legal, s.parameters)
    plan.statics.set(rule, shared)
  }
  return shared
}

export function roundingOf(ctx: RuleContext, base: number, r: Rate, amount: number): TraceRounding {
  return Object.freeze({ mode: ctx.rounding, exact: exactRateText(base, r), rounded: amount })
}

/**
 * The base `name` of a wage (sen) under the plan's caps, as {@link PuBases} holds it, computed where a line is
 * priced: a batch of a million rows then makes no bases object per row, and no keyed `b[name]` load (one whose
 * name varies from line to line is slow).
 */
export function baseOf(plan: PuPlanView, wage: number, name: PuBaseName): number {
  switch (name) {
    case 'wage':
      return wage
    case 'jpCapped':
      return Math.min(wage, plan.jpCapSen)
    case 'jkpCapped':
      return Math.min(wage, plan.jkpCapSen)
    case 'recomposition':
      return plan.recompositionCapped ? Math.min(wage, plan.jkpCapSen) : wage
  }
}

/** The base `name` of `b`, read by its property (not a keyed `b[name]`). */
function baseIn(b: PuBases, name: RateBaseName): number {
  return name === 'wage' ? b.wage : name === 'jpCapped' ? b.jpCapped : b.jkpCapped
}

/** A line `rate × base`, rounded once (JKK, JKM, JHT, JP without deferral, the JKP government share). */
export class RateLine implements PuItemRule {
  readonly kind = 'rate'
  readonly slots = 1
  readonly sums: readonly SumIndex[]
  /**
   * The rate's divisor, its reciprocal and numerator, and the cap of the base (0: the wage, else the JP or the
   * JKP cap): read once per plan.
   */
  private readonly unit: number | undefined
  private readonly inverse: number
  private readonly num: number
  private readonly cap: 0 | 1 | 2
  constructor(
    readonly program: Program,
    readonly payer: Payer,
    readonly base: RateBaseName,
    readonly rate: Rate,
    readonly step: StepSpec,
    readonly relief?: string,
  ) {
    this.sums = [PAYER_SUM[payer]]
    this.unit = rateUnit(rate)
    this.inverse = rateInverse(rate)
    this.num = rate.num
    this.cap = base === 'wage' ? 0 : base === 'jpCapped' ? 1 : 2
  }

  price(plan: PuPlanView, wage: number, out: Float64Array, at: number): void {
    // baseOf(plan, wage, this.base), without comparing names row after row (a batch prices millions)
    const cap = this.cap
    const base = cap === 0 ? wage : Math.min(wage, cap === 1 ? plan.jpCapSen : plan.jkpCapSen)
    out[at] = applyRateBy(base, this.num, this.unit, this.inverse, this.rate, plan.rounding)
  }

  flat(): readonly number[] | undefined {
    return this.unit === undefined ? undefined : [this.cap, this.num, this.unit, this.inverse]
  }

  list(b: PuBases, amounts: Float64Array, at: number, out: LineDraft[]): void {
    const { program, payer, rate, relief } = this
    const line = {
      program,
      payer,
      base: rupiahOf(baseIn(b, this.base)),
      rate: rate.text,
      amount: amounts[at] as number,
    }
    out.push(Object.freeze(relief === undefined ? line : { ...line, relief }))
  }

  explain(ctx: RuleContext, plan: PuPlanView, v: BaseTexts, amounts: Float64Array, at: number): void {
    explainRate(ctx, plan, this.step, this.rate, this.base, v, amounts[at] as number)
  }
}

/** The step of `rate × base` rounded to `amount`. */
export function explainRate(
  ctx: RuleContext,
  plan: PuPlanView,
  s: StepSpec,
  r: Rate,
  name: PuBaseName,
  v: BaseTexts,
  amount: number,
): void {
  const base = v.bases[name]
  let fixed = plan.stepTexts.get(s.rule)
  if (fixed === undefined) {
    fixed = Object.freeze({ ...s.params?.(ctx), rate: percent(r, ctx.locale) })
    plan.stepTexts.set(s.rule, fixed)
  }
  ctx.step({
    rule: s.rule,
    text: s.text,
    formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
    params: { ...fixed, base: v.text(name) },
    inputs: v.inputs(name, s.inputs),
    shared: sharedOf(plan, s.rule, s),
    rounding: roundingOf(ctx, base, r, amount),
    value: amount,
  })
}

/**
 * A JP share under the PP 49/2020 deferral: `paidRate × base` rounded is paid now, `rate × base` rounded minus
 * that is deferred. Slots: paid, deferred. One line.
 */
export class DeferredLine implements PuItemRule {
  readonly kind = 'deferred'
  readonly slots = 2
  readonly sums: readonly SumIndex[]
  constructor(
    readonly payer: 'employer' | 'worker',
    readonly rate: Rate,
    readonly paidRate: Rate,
    readonly step: StepSpec,
    readonly relief: string,
  ) {
    this.sums = [PAYER_SUM[payer], DEFERRED_SUM]
  }

  /** Two roundings per line (the paid part, then the full amount): no flat form. */
  flat(): undefined {}

  price(plan: PuPlanView, wage: number, out: Float64Array, at: number): void {
    const base = Math.min(wage, plan.jpCapSen)
    const paid = applyRate(base, this.paidRate, plan.rounding)
    out[at] = paid
    out[at + 1] = applyRate(base, this.rate, plan.rounding) - paid
  }

  list(b: PuBases, amounts: Float64Array, at: number, out: LineDraft[]): void {
    out.push(
      Object.freeze({
        program: 'JP',
        payer: this.payer,
        base: rupiahOf(b.jpCapped),
        rate: this.rate.text,
        amount: amounts[at] as number,
        deferred: amounts[at + 1] as number,
        relief: this.relief,
      }),
    )
  }

  explain(ctx: RuleContext, plan: PuPlanView, v: BaseTexts, amounts: Float64Array, at: number): void {
    const s = this.step
    const amount = amounts[at] as number
    const deferred = amounts[at + 1] as number
    const base = v.bases.jpCapped
    const locale = ctx.locale
    ctx.step({
      rule: s.rule,
      text: 'STEP_PU_JP_DEFERRED',
      formula: 'CONTRIB_FORMULA_DEFERRAL',
      params: {
        who: ctx.t(this.payer === 'employer' ? 'CONTRIB_PAYER_EMPLOYER' : 'CONTRIB_PAYER_WORKER'),
        rate: percent(this.rate, locale),
        base: v.text('jpCapped'),
        full: rpWhole(amount + deferred),
        paidRate: percent(this.paidRate, locale),
        paid: rpWhole(amount),
        deferred: rpWhole(deferred),
      },
      inputs: v.inputs('jpCapped'),
      shared: sharedOf(plan, s.rule, s),
      rounding: roundingOf(ctx, base, this.paidRate, amount),
      value: amount,
    })
  }
}

/** A capped base (`min(wage, cap)`): a step only (the JKP base, the JP base). */
export class BaseStep implements PuItemRule {
  readonly kind = 'base'
  readonly slots = 0
  readonly sums: readonly SumIndex[] = []
  constructor(
    readonly base: 'jpCapped' | 'jkpCapped',
    readonly capSen: number,
    readonly step: StepSpec,
  ) {}

  price(): void {}

  /** No amount: nothing to price. */
  flat(): readonly number[] {
    return []
  }

  list(): void {}

  explain(ctx: RuleContext, plan: PuPlanView, v: BaseTexts): void {
    const s = this.step
    const capped = v.bases[this.base]
    ctx.step({
      rule: s.rule,
      text: s.text,
      formula: 'CONTRIB_FORMULA_MIN_CAP',
      params: { wage: v.text('wage'), cap: rp(this.capSen), value: v.text(this.base) },
      inputs: v.inputs('wage'),
      shared: sharedOf(plan, s.rule, s),
      unit: 'rupiah',
      value: rupiahOf(capped),
    })
  }
}

/** One item of a PU plan: one case per kind, each pricing, listing and explaining itself. */
export type PuItem = RateLine | SplitLine | DeferredLine | BaseStep

const D7: Citation = Object.freeze({ source: 'DECISIONS', article: 'D7' })
const D8: Citation = Object.freeze({ source: 'DECISIONS', article: 'D8' })
const D12: Citation = Object.freeze({ source: 'DECISIONS', article: 'D12' })
const PP6_2025_PASAL_11: Citation = Object.freeze({ source: 'PP-6-2025', article: 'Pasal 11' })
/** The citations of the PU steps. */
export const LEGAL_D8: readonly Citation[] = Object.freeze([D8])
export const LEGAL_D12: readonly Citation[] = Object.freeze([D12])
export const LEGAL_D7_D8: readonly Citation[] = Object.freeze([D7, D8])
export const LEGAL_D7_D12: readonly Citation[] = Object.freeze([D7, D12])
export const LEGAL_JKM_NO_RECOMPOSITION: readonly Citation[] = Object.freeze([D12, D7, PP6_2025_PASAL_11])
