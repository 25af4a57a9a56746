import { BpjsRuleError, BpjsValidationError } from '../errors.js'
import { RuleContext, type ResolvedOptions } from '../explain/context.js'
import { structuralIssues } from '../schemas/contribution.js'
import {
  assertContributionCovered,
  computeContribution,
  freezeResult,
  parseContribution,
} from './calculate.js'
import { puFields, puParsedOf, readPuFields, type PuFields } from './fast-input.js'
import {
  FAILED,
  STORED,
  type BatchBuilder,
  type BatchPlan,
  type ContributionRowResult,
} from './batch-result.js'
import { priceKernel, rateKernelOf } from './pu-kernel.js'
import { planPu, puAmounts } from './pu.js'

/*
 * The row loop of calculateContributions (batch.ts): a plain PU row is read by the fast path and priced on
 * the plan of its situation, made at its first row; every other row goes the single-call way.
 */

/**
 * {@link readPuFields}, where an exception of the caller's own object (a throwing getter, a revoked Proxy)
 * sends the row the single-call way, which refuses it as that row's error: one bad row never stops the batch.
 */
function readRow(row: unknown, f: PuFields): boolean {
  try {
    return readPuFields(row, f)
  } catch {
    return false
  }
}

/** The plans of a pricer: by index, and their indexes by period then situation. */
export interface BatchPlans {
  readonly plans: BatchPlan[]
  readonly byPeriod: Map<string, Map<number, number>>
}

/** No plan yet. */
export function newBatchPlans(): BatchPlans {
  // Stryker disable next-line ArrayDeclaration: a plan's index is read back from `plans.length`, never assumed
  return { plans: [], byPeriod: new Map() }
}

/**
 * Prices the rows of one batch, in order, into compact arrays (see {@link BatchBuilder}): a plain PU row is
 * kept as its plan and wage (13 bytes), its amounts only added to the grand totals; the batch prices it
 * again, on the same plan, when the row is read (pricing is pure: the same amounts).
 */
export class BatchPricer {
  readonly #kind: Uint8Array
  readonly #planOf: Int32Array
  readonly #wage: Float64Array
  readonly #plans: BatchPlan[]
  /** Plans by period, then situation (-1: the situation is refused, rows go the single-call way). */
  readonly #byPeriod: Map<string, Map<number, number>>
  readonly #minimumWage = new Map<number, number>()
  readonly #stored = new Map<number, ContributionRowResult>()
  readonly #errors = new Map<number, BpjsValidationError | BpjsRuleError>()
  /** Employer, worker, participant, government, deferred, and the amounts not counted (a split's gross). */
  readonly #sums = new Float64Array(6)
  /**
   * Per plan (by index), this batch's running total of each amount slot: added to `#sums` by payer in
   * {@link BatchPricer.built} (a row then adds its amounts slot by slot, without looking its payers up).
   */
  readonly #slotTotals: Float64Array[] = []
  readonly #f: PuFields = puFields()
  // the plan of the previous PU row (its situation and plan are read only once `lastPeriod` is set)
  #lastPeriod: string | undefined
  #lastSituations: Map<number, number> | undefined
  #lastSituation = 0
  #lastPlan = 0

  /**
   * @param plans - the plans to price on, kept for the next pricer: a caller pricing one file in chunks with
   *   the same options (the command-line payroll) reads the law once per situation for the whole file.
   */
  constructor(
    n: number,
    private readonly resolved: ResolvedOptions,
    private readonly explain: boolean,
    plans: BatchPlans = newBatchPlans(),
  ) {
    this.#plans = plans.plans
    this.#byPeriod = plans.byPeriod
    this.#kind = new Uint8Array(n)
    this.#planOf = new Int32Array(n)
    this.#wage = new Float64Array(n)
  }

  /** Prices row `i` (or records its error). */
  row(i: number, row: unknown): void {
    const f = this.#f
    if (this.explain || !readRow(row, f)) return this.#single(i, row)
    const p = this.#planIndex()
    if (p < 0) return this.#single(i, row)
    const bp = this.#plans[p] as BatchPlan
    const amounts = bp.scratch
    const kernel = bp.kernel
    // the plan's kernel when it has one (one loop, the same amounts), else (or past its bound) its items
    // Stryker disable next-line ConditionalExpression: always the items gives the same amounts, only slower
    if (kernel === undefined || !priceKernel(kernel, bp.plan, f.wage, amounts))
      try {
        puAmounts(bp.plan, f.wage, amounts, 0)
      } catch {
        // only a recomposition larger than its cash (overridden parameters): the row's own error
        return this.#single(i, row)
      }
    let totals = this.#slotTotals[p]
    if (totals === undefined) {
      totals = new Float64Array(amounts.length)
      this.#slotTotals[p] = totals
    }
    // indexed, the fastest walk here (`!==`: a `<=` past the end would write nowhere, unseen by any test)
    for (let k = 0; k !== amounts.length; k++) totals[k] = (totals[k] as number) + (amounts[k] as number)
    this.#planOf[i] = p
    this.#wage[i] = f.wage
    // no minimum wage given is a minimum of 0, which no wage is below (a wage is never negative)
    const min = f.minimumWage ?? 0
    if (f.wage < min) this.#minimumWage.set(i, min)
  }

  /** What the batch is made of. */
  built(): BatchBuilder {
    // each plan's slot totals to their payers (integers: the sums are exact while within 2^53 − 1, which
    // ContributionBatch checks on the final sums, each at least as large as every partial one)
    this.#slotTotals.forEach((totals, p) => {
      const payers = (this.#plans[p] as BatchPlan).slotPayer
      totals.forEach((v, k) => this.#add(payers[k] as number, v))
    })
    return {
      kind: this.#kind,
      planOf: this.#planOf,
      wage: this.#wage,
      plans: this.#plans,
      minimumWage: this.#minimumWage,
      stored: this.#stored,
      errors: this.#errors,
      sums: this.#sums,
      locale: this.resolved.locale,
    }
  }

  #add(k: number, v: number): void {
    this.#sums[k] = (this.#sums[k] as number) + v
  }

  /** The index of the plan of the situation the fast path read (the previous row's, most often). */
  #planIndex(): number {
    const f = this.#f
    // Stryker disable next-line ConditionalExpression: always `false` only skips the shortcut for the row's plan
    if (f.period === this.#lastPeriod && f.situation === this.#lastSituation) return this.#lastPlan
    // Stryker disable next-line ConditionalExpression: always `false` only looks the month's plans up again
    let situations = f.period === this.#lastPeriod ? this.#lastSituations : this.#byPeriod.get(f.period)
    if (situations === undefined) {
      situations = new Map()
      this.#byPeriod.set(f.period, situations)
    }
    const known = situations.get(f.situation)
    const p = known === undefined ? this.#planFor(situations) : known
    this.#lastPeriod = f.period
    this.#lastSituations = situations
    this.#lastSituation = f.situation
    this.#lastPlan = p
    return p
  }

  /** A row the single-call way: parsed by the schema, computed by the category's rule, or its error. */
  #single(i: number, row: unknown): void {
    const { resolved, explain } = this
    try {
      const parsed = parseContribution(row, resolved.locale)
      assertContributionCovered(parsed, resolved.locale)
      // the context of the single call, so that the row's result is the one calculateContribution gives
      const ctx = new RuleContext('calculateContribution', parsed.period, resolved, explain)
      const core = computeContribution(parsed, ctx)
      const result: ContributionRowResult = explain
        ? { ...core, warnings: ctx.warnings, explanation: ctx.explanation() }
        : { ...core, warnings: ctx.warnings }
      this.#kind[i] = STORED
      this.#stored.set(i, freezeResult(result))
      const t = result.totals
      this.#add(0, t.employer)
      this.#add(1, t.worker)
      this.#add(2, t.participant)
      this.#add(3, t.government)
      this.#add(4, t.deferred)
    } catch (e) {
      if (!(e instanceof BpjsValidationError || e instanceof BpjsRuleError)) throw e
      this.#kind[i] = FAILED
      this.#errors.set(i, e)
    }
  }

  /** The batch plan of the situation the fast path read, made at its first row; -1 when it is refused. */
  #planFor(situations: Map<number, number>): number {
    const f = this.#f
    const locale = this.resolved.locale
    const parsed = puParsedOf(f)
    let index = -1
    try {
      if (structuralIssues(parsed, locale).length === 0) {
        assertContributionCovered(parsed, locale)
        // Stryker disable next-line StringLiteral,BooleanLiteral: a plan's own explanation is never built or shown
        const ctx = new RuleContext('calculateContributions', parsed.period, this.resolved, false)
        const plan = planPu(parsed, ctx)
        const slotPayer = Int8Array.from(plan.items.flatMap((item) => item.sums))
        // shared by every row of the plan: frozen deeply, warning objects included
        const scratch = new Float64Array(slotPayer.length)
        this.#plans.push({
          plan,
          warnings: freezeResult([...ctx.warnings]),
          slotPayer,
          scratch,
          kernel: rateKernelOf(plan),
        })
        index = this.#plans.length - 1
      }
    } catch {
      // refused: its rows go the single-call way, which gives each row this error (or throws an unexpected one)
    }
    situations.set(f.situation, index)
    return index
  }
}
