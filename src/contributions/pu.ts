import type { Recording, ResolvedOptions } from '../explain/context.js'
import { RuleContext } from '../explain/context.js'
import type { PuParsed } from '../schemas/contribution.js'
import { situationOf } from './fast-input.js'
import { basesOf, planPu, type PuPlan, type PuSituation } from './pu-plan.js'
import { BaseTexts } from './pu-texts.js'
import { rp, totalsOf, type LineDraft } from './shared.js'
import type { ContributionCore, ContributionLine } from './types.js'
import { BoundedMap, scratchArray, weakCache } from '../internal/cache.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'

useMessages(contributionsMessages)

export { basesOf, planPu, type PuPlan, type PuSituation } from './pu-plan.js'

/*
 * A PU contribution is computed in two phases, so that a batch of a million rows reads the law once per
 * situation and a single call explains every figure with the same arithmetic:
 *
 * 1. planPu (pu-plan.ts): everything that does not depend on the wage (programs, rates, caps, reliefs,
 *    warnings), read through the RuleContext in the order of the law, as a list of items (pu-lines.ts);
 * 2. puAmounts: the amounts of the plan's items for one wage (integer arithmetic, one rounding per amount,
 *    decisions D12), then puLines (the result lines) and, when explaining, each item's steps. Each item
 *    prices, lists and explains itself, reading back only the slots it wrote.
 */

/**
 * The amounts of a plan's items for one wage (phase 2): each item writes its `slots` amounts (a rate line
 * its amount; a split cash the kept part, the cash and the part to JKP; a deferral the paid and the deferred
 * parts) into `out` from `at`, `plan.slots` numbers in all. Each amount is `rate × base` rounded once with
 * the plan's mode (D12); a split cash keeps `cash − recomposed part`, so the two lines add up to the cash.
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
  let o = at
  for (const item of plan.items) {
    item.price(plan, wage, out, o)
    o += item.slots
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
  const b = basesOf(plan, wage)
  const lines: LineDraft[] = []
  let o = at
  for (const item of plan.items) {
    item.list(b, amounts, o, lines)
    o += item.slots
  }
  return lines
}

/**
 * The steps of a PU calculation for one wage, in the order of the law (explanations only): each item's
 * steps, from its amounts. Each step's parameter references and citations are built once per plan.
 */
function explainPu(ctx: RuleContext, plan: PuPlan, wage: number, amounts: Float64Array): void {
  const v = new BaseTexts(basesOf(plan, wage))
  let o = 0
  for (const item of plan.items) {
    item.explain(ctx, plan, v, amounts, o)
    o += item.slots
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
const scratch = scratchArray(
  {
    name: 'contributions/pu.ts scratch',
    holds: 'the amounts of one single PU call',
    safe: 'written then read back within one synchronous call, never returned',
    bound: '16 numbers',
  },
  16,
)

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
const planCache = weakCache<ResolvedOptions, PlanMaps>({
  name: 'contributions/pu.ts planCache',
  holds: 'PU plans and what reading them recorded, per shared options and situation',
  safe: 'the options are frozen and have no override; a plan and its recording are never changed',
  bound: 'weak per options; 2 maps of 512 plans each',
})
/** The plans of one options object: without and with explanations. */
type PlanMaps = readonly [BoundedMap<string, CachedPlan>, BoundedMap<string, CachedPlan>]
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
function newPlanMaps(options: ResolvedOptions): PlanMaps {
  const maps = [
    new BoundedMap<string, CachedPlan>(PLAN_CACHE_SIZE),
    new BoundedMap<string, CachedPlan>(PLAN_CACHE_SIZE),
  ] as const
  planCache.set(options, maps)
  return maps
}

/** The plan of `input` read in a fresh context like `ctx`, with its recording, kept in `cache` under `key`. */
function cachedPlan(
  cache: BoundedMap<string, CachedPlan>,
  key: string,
  input: PuSituation,
  ctx: RuleContext,
): CachedPlan {
  const fresh = new RuleContext(ctx.operation, ctx.date, ctx.options, ctx.explain)
  const mark = fresh.mark()
  const plan = planPu(input, fresh)
  // a bound on memory (BoundedMap): emptying it only costs reading the law again
  return cache.set(key, { plan, recording: fresh.recording(mark) })
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
