// The payroll's batch pricing: the rows of a chunk priced by the batch fast path of calculateContributions
// (BatchPricer: the law read once per situation, each plain PU row priced into an array of amounts), without
// building a frozen result per row. A row priced on a plan is handed to the layout as its plan's template
// (the plan's lines, amounts as slot indexes) and its amounts; any other row as the result or error that
// calculateContributions gives for it. The CLI is bundled with the library's source, so it may use these
// internal modules; the results are the ones calculateContributions gives (test/cli/payroll.test.ts).
import { BatchPricer, newBatchPlans, type BatchPlans } from '../src/contributions/batch-pricer.js'
import { FAILED, FAST, STORED, type BatchBuilder, type BatchPlan } from '../src/contributions/batch-result.js'
import { resolveContributionOptions } from '../src/contributions/calculate.js'
import { puAmounts, puLines } from '../src/contributions/pu.js'
import { totalsOf } from '../src/contributions/shared.js'
import type { ContributionLike, LineLike, PlanTemplate } from '../doors/index.js'
import type { ResolvedOptions } from '../src/explain/context.js'

type BatchRow =
  { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: unknown }

/** A chunk of rows priced: {@link PricedChunk.at} as calculateContributions' `at`, and the compact rows. */
export interface PricedChunk {
  /** The row's result or error; `undefined` when the row stopped on an unexpected error (price it alone). */
  at(index: number): BatchRow | undefined
  /**
   * For a row priced on a plan: the plan's template, and where its amounts are (valid until the next call);
   * else `undefined`.
   */
  compact(
    index: number,
  ): { readonly template: PlanTemplate; readonly amounts: Float64Array; readonly at: number } | undefined
}

/** Kind of a row that threw an unexpected error (not one of the batch's own kinds). */
const UNPRICED = 255

/**
 * The template of a plan: its lines as {@link puLines} lists them, with each amount replaced by the index of
 * the slot it is read from (found by listing the lines of amounts that are their own slot numbers).
 */
function templateOf(bp: BatchPlan, wage: number): PlanTemplate {
  const probe = new Float64Array(bp.slotPayer.length)
  for (let k = 0; k < probe.length; k++) probe[k] = k
  const lines: LineLike[] = puLines(bp.plan, wage, probe, 0)
  return Object.freeze({ category: 'PU', period: bp.plan.period, lines: Object.freeze(lines) })
}

/**
 * A pricer of the chunks of one file: `(rows, options)` prices the rows of a chunk (payroll rows for
 * calculateContributions) and throws only when the options themselves are refused, as calculateContributions
 * does. The law is read once per situation for the whole file: the plans (and their templates) are kept from
 * chunk to chunk while the options are the same object.
 */
export function createChunkPricer(): (rows: readonly unknown[], options?: unknown) => PricedChunk {
  let lastOptions: unknown = {}
  let resolved: ResolvedOptions | undefined
  let plans: BatchPlans = newBatchPlans()
  let templates = new Map<number, PlanTemplate>()
  return (rows, options) => {
    if (resolved === undefined || options !== lastOptions) {
      resolved = resolveContributionOptions(options)
      lastOptions = options
      plans = newBatchPlans()
      templates = new Map()
    }
    return priceRows(rows, new BatchPricer(rows.length, resolved, false, plans), templates)
  }
}

function priceRows(
  rows: readonly unknown[],
  pricer: BatchPricer,
  templates: Map<number, PlanTemplate>,
): PricedChunk {
  const unpriced = new Set<number>()
  for (let i = 0; i < rows.length; i++)
    try {
      pricer.row(i, rows[i])
    } catch {
      unpriced.add(i)
    }
  const b: BatchBuilder = pricer.built()
  const kindOf = (i: number) => (unpriced.has(i) ? UNPRICED : b.kind[i])
  return {
    at(i) {
      switch (kindOf(i)) {
        case UNPRICED:
          return undefined
        case STORED:
          return { ok: true, result: b.stored.get(i) }
        case FAILED:
          return { ok: false, error: b.errors.get(i) }
        default: {
          const bp = b.plans[b.planOf[i] as number] as BatchPlan
          const amounts = new Float64Array(bp.slotPayer.length)
          puAmounts(bp.plan, b.wage[i] as number, amounts, 0)
          const lines = puLines(bp.plan, b.wage[i] as number, amounts, 0)
          const result: ContributionLike = {
            category: 'PU',
            period: bp.plan.period,
            lines,
            totals: { ...totalsOf(lines) },
          }
          return { ok: true, result }
        }
      }
    },
    compact(i) {
      if (kindOf(i) !== FAST) return undefined
      const p = b.planOf[i] as number
      const bp = b.plans[p] as BatchPlan
      let template = templates.get(p)
      if (template === undefined) {
        template = templateOf(bp, b.wage[i] as number)
        templates.set(p, template)
      }
      // the batch keeps a row as its plan and wage: its amounts are priced again (the same, pricing is
      // pure) into the plan's scratch, read by the caller before the next row
      puAmounts(bp.plan, b.wage[i] as number, bp.scratch, 0)
      return { template, amounts: bp.scratch, at: 0 }
    },
  }
}
