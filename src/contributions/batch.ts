import * as z from 'zod/mini'
import { BpjsRuleError, BpjsValidationError, invalidTypeIssue } from '../errors.js'
import { RuleContext, warningOf, type ResolvedOptions } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { structuralIssues } from '../schemas/contribution.js'
import {
  assertContributionCovered,
  computeContribution,
  freezeResult,
  parseContribution,
  resolveContributionOptions,
} from './calculate.js'
import { puFields, puParsedOf, readPuFields, type PuFields } from './fast-input.js'
import { planPu, puAmounts, puLines, PuLineKind, wageBelowMinimumParams, type PuPlan } from './pu.js'
import { totalsOf } from './shared.js'
import type { ContributionInput, ContributionResult, ContributionTotals } from './types.js'

/** Options of {@link calculateContributions}: those of every calculation, and `explain`. */
export interface ContributionBatchOptions extends CalculationOptions {
  /**
   * Give every row its explanation too. Default `false`: the rows then carry lines, totals and warnings
   * only, and a million PU rows take well under a second. With `true` every row is a full
   * {@link calculateContribution} (some thirty times slower, and every result is kept in memory).
   */
  readonly explain?: boolean
}

/** A row's result: what {@link calculateContribution} returns for it, without `explanation` unless asked. */
export type ContributionRowResult = Omit<ContributionResult, 'explanation'> & {
  readonly explanation?: Explanation
}

/**
 * One row of a batch: its index in the input and either its result or the error
 * {@link calculateContribution} throws for it (paths are relative to the row).
 */
export type ContributionBatchRow =
  | { readonly index: number; readonly ok: true; readonly result: ContributionRowResult }
  | { readonly index: number; readonly ok: false; readonly error: BpjsValidationError | BpjsRuleError }

/** How a row is stored. */
const FAST = 0
const STORED = 1
const FAILED = 2

/** A PU plan of the batch with what a row's result shares: programs and warnings. */
interface BatchPlan {
  readonly plan: PuPlan
  readonly warnings: readonly Warning[]
  /** Per amount slot: the sum it is added to, 0–3 its payer, 4 deferred, 5 none (a split's gross). */
  readonly slotPayer: Int8Array
}

const PAYER_INDEX = { employer: 0, worker: 1, participant: 2, government: 3 } as const
const MAX_SAFE = Number.MAX_SAFE_INTEGER

/**
 * The results of {@link calculateContributions}: one row per input row, in order, each either a result or
 * the error of that row (a bad row never stops the others).
 *
 * Rows are kept compactly (plain PU rows as their amounts), and each is built as a frozen
 * {@link ContributionBatchRow} when read: with {@link ContributionBatch.at}, by iterating,
 * {@link ContributionBatch.errors} or {@link ContributionBatch.toJSON}.
 * The batch itself is frozen; reading a row twice gives equal (not identical) objects.
 *
 * @example
 * ```ts
 * const batch = calculateContributions([
 *   { category: 'PU', period: '2024-03', wage: 12000000, jkkRiskClass: 1, enterpriseSize: 'large' },
 *   { category: 'PU', period: '2024-03', wage: -1, jkkRiskClass: 1, enterpriseSize: 'large' },
 * ])
 * batch.okCount //=> 1
 * [...batch].map((r) => (r.ok ? r.result.totals.total : r.error.code))
 * //=> [1050069, 'VALIDATION_FAILED']
 * ```
 */
export class ContributionBatch implements Iterable<ContributionBatchRow> {
  /** The number of rows (the length of the input). */
  readonly length: number
  /** The rows with a result. */
  readonly okCount: number
  /** The rows refused (invalid or not covered). */
  readonly errorCount: number
  /**
   * The totals of every row with a result, per payer (what the rows' `totals` add up to), or `undefined`
   * when a sum would pass Rp9,007,199,254,740,991 (2^53 − 1), beyond which a number is no longer exact.
   */
  readonly totals: ContributionTotals | undefined

  readonly #kind: Uint8Array
  readonly #plan: Int32Array
  readonly #wage: Float64Array
  readonly #at: Float64Array
  readonly #amounts: Float64Array
  readonly #plans: readonly BatchPlan[]
  readonly #minimumWage: ReadonlyMap<number, number>
  readonly #stored: ReadonlyMap<number, ContributionRowResult>
  readonly #errors: ReadonlyMap<number, BpjsValidationError | BpjsRuleError>
  readonly #locale: 'id' | 'en'

  /** @internal Made by {@link calculateContributions}. */
  constructor(b: BatchBuilder) {
    this.length = b.kind.length
    this.#kind = b.kind
    this.#plan = b.planOf
    this.#wage = b.wage
    this.#at = b.at
    this.#amounts = b.amounts
    this.#plans = b.plans
    this.#minimumWage = b.minimumWage
    this.#stored = b.stored
    this.#errors = b.errors
    this.#locale = b.locale
    this.errorCount = b.errors.size
    this.okCount = this.length - this.errorCount
    const t = b.sums
    const total = (t[0] as number) + (t[1] as number) + (t[2] as number) + (t[3] as number)
    // amounts are never negative, so a final sum within 2^53 − 1 means every partial sum was exact
    this.totals =
      total <= MAX_SAFE && (t[4] as number) <= MAX_SAFE
        ? Object.freeze({
            employer: t[0] as number,
            worker: t[1] as number,
            participant: t[2] as number,
            government: t[3] as number,
            total,
            deferred: t[4] as number,
          })
        : undefined
    Object.freeze(this)
  }

  /** The row at `index` (a negative index counts from the end, as `Array.prototype.at`), or `undefined`. */
  at(index: number): ContributionBatchRow | undefined {
    // as Array.prototype.at: NaN and -0.5 are 0 (`|| 0`, which also makes -0 a plain 0)
    const t = Math.trunc(index) || 0
    const i = t < 0 ? t + this.length : t
    if (!(i >= 0 && i < this.length)) return undefined
    switch (this.#kind[i]) {
      case FAST:
        return Object.freeze({ index: i, ok: true, result: this.#fastResult(i) })
      case STORED:
        return Object.freeze({ index: i, ok: true, result: this.#stored.get(i) as ContributionRowResult })
      default:
        return Object.freeze({
          index: i,
          ok: false,
          error: this.#errors.get(i) as BpjsValidationError | BpjsRuleError,
        })
    }
  }

  /** The rows in order. */
  *[Symbol.iterator](): Iterator<ContributionBatchRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as ContributionBatchRow
  }

  /** The refused rows, in order. */
  errors(): Extract<ContributionBatchRow, { ok: false }>[] {
    // the rows were refused in order (a Map keeps the order its keys were set in)
    return [...this.#errors.keys()].map((i) => this.at(i) as Extract<ContributionBatchRow, { ok: false }>)
  }

  /** Every row, built (for `JSON.stringify`). */
  toJSON(): ContributionBatchRow[] {
    return [...this]
  }

  #fastResult(i: number): ContributionRowResult {
    const bp = this.#plans[this.#plan[i] as number] as BatchPlan
    const plan = bp.plan
    const wage = this.#wage[i] as number
    const lines = puLines(plan, wage, this.#amounts, this.#at[i] as number)
    let warnings = bp.warnings
    const min = this.#minimumWage.get(i)
    if (min !== undefined) {
      const w = warningOf('WAGE_BELOW_MINIMUM', wageBelowMinimumParams(wage, min), this.#locale)
      const at = plan.warningsBeforeWage
      warnings = [...warnings.slice(0, at), w, ...warnings.slice(at)]
    }
    return freezeResult({
      category: 'PU',
      period: plan.period,
      programs: plan.programs,
      lines,
      totals: totalsOf(lines),
      warnings,
    })
  }
}

/** What {@link calculateContributions} fills in before making the batch (internal). */
interface BatchBuilder {
  readonly kind: Uint8Array
  readonly planOf: Int32Array
  readonly wage: Float64Array
  readonly at: Float64Array
  readonly amounts: Float64Array
  readonly plans: readonly BatchPlan[]
  readonly minimumWage: ReadonlyMap<number, number>
  readonly stored: ReadonlyMap<number, ContributionRowResult>
  readonly errors: ReadonlyMap<number, BpjsValidationError | BpjsRuleError>
  readonly sums: Float64Array
  readonly locale: 'id' | 'en'
}

const batchOptionShape = { explain: z.optional(z.boolean()) }

/**
 * The contributions of many rows at once (a payroll, a list of members): each row is an input of
 * {@link calculateContribution}, validated on its own, and gets the same lines, totals and warnings that
 * function gives it — or the error it throws, so a bad row never stops the others. Without `explain` (the
 * default) no explanation is built and the law is read once per situation (month, risk class, programs,
 * reliefs), not once per row: millions of PU rows per second on one core (`npm run bench`), exact on every
 * row.
 *
 * @param rows - the inputs, each `{ category: 'PU' | 'BPU' | 'JAKON' | 'PMI', … }` as for calculateContribution.
 * @param options - `locale`, `rounding`, `parameters` overrides (applied to every row) and `explain`.
 * @returns a frozen {@link ContributionBatch}: `length`, `okCount`, `errorCount`, grand `totals`, and the
 *   rows by `at(index)`, by iteration or `errors()`.
 * @throws {BpjsValidationError} when `rows` is not an array or the options are invalid (never for a row).
 *
 * @example
 * ```ts
 * const batch = calculateContributions([
 *   { category: 'PU', period: '2024-03', wage: 12000000, jkkRiskClass: 1, enterpriseSize: 'large' },
 *   { category: 'BPU', period: '2025-06', declaredIncome: 1000000 },
 *   { category: 'PU', period: '2015-06', wage: 5000000, jkkRiskClass: 1, enterpriseSize: 'micro' },
 * ])
 * batch.okCount //=> 2
 * batch.totals?.total //=> 1066869 (1,050,069 + 16,800)
 * batch.errors().map((r) => [r.index, r.error.code]) //=> [[2, 'DATE_BEFORE_COVERAGE']]
 * ```
 */
export function calculateContributions(
  rows: readonly ContributionInput[],
  options?: ContributionBatchOptions,
): ContributionBatch {
  const locale = localeOf(options)
  if (!Array.isArray(rows))
    throw new BpjsValidationError(
      [invalidTypeIssue(['rows'], 'array', rows === null ? 'null' : typeof rows, locale)],
      locale,
    )
  const explain = resolveOptions(options, batchOptionShape).parsed.explain === true
  let resolved: ResolvedOptions
  if (options !== undefined && 'explain' in options) {
    const { explain: _explain, ...rest } = options
    resolved = resolveContributionOptions(rest)
  } else resolved = resolveContributionOptions(options)

  const n = rows.length
  const kind = new Uint8Array(n)
  const planOf = new Int32Array(n)
  const wage = new Float64Array(n)
  const at = new Float64Array(n)
  // Stryker disable next-line ArithmeticOperator: an initial capacity only, the array grows as needed
  let amounts = new Float64Array(n * 6)
  let used = 0
  // Stryker disable next-line ArrayDeclaration: a plan's index is read back from `plans.length`, never assumed
  const plans: BatchPlan[] = []
  /** Plans by period, then situation (-1: the situation is refused, rows go the single-call way). */
  const byPeriod = new Map<string, Map<number, number>>()
  const minimumWage = new Map<number, number>()
  const stored = new Map<number, ContributionRowResult>()
  const errors = new Map<number, BpjsValidationError | BpjsRuleError>()
  /** Employer, worker, participant, government, deferred, and the amounts not counted (a split's gross). */
  const sums = new Float64Array(6)
  const add = (k: number, v: number) => {
    sums[k] = (sums[k] as number) + v
  }
  const f: PuFields = puFields()
  // the plan of the previous PU row (its situation and plan are read only once `lastPeriod` is set)
  let lastPeriod: string | undefined
  let lastSituations: Map<number, number> | undefined
  let lastSituation = 0
  let lastPlan = 0

  /** A row the single-call way: parsed by the schema, computed by the category's rule, or its error. */
  const single = (i: number, row: unknown) => {
    try {
      const parsed = parseContribution(row, resolved.locale)
      assertContributionCovered(parsed, resolved.locale)
      // the context of the single call, so that the row's result is the one calculateContribution gives
      const ctx = new RuleContext('calculateContribution', parsed.period, resolved, explain)
      const core = computeContribution(parsed, ctx)
      const result: ContributionRowResult = explain
        ? { ...core, warnings: ctx.warnings, explanation: ctx.explanation() }
        : { ...core, warnings: ctx.warnings }
      kind[i] = STORED
      stored.set(i, freezeResult(result))
      const t = result.totals
      add(0, t.employer)
      add(1, t.worker)
      add(2, t.participant)
      add(3, t.government)
      add(4, t.deferred)
    } catch (e) {
      if (!(e instanceof BpjsValidationError || e instanceof BpjsRuleError)) throw e
      kind[i] = FAILED
      errors.set(i, e)
    }
  }

  /** The batch plan of the situation `f` reads, made at its first row; -1 when the situation is refused. */
  const planFor = (situations: Map<number, number>): number => {
    const parsed = puParsedOf(f)
    let index = -1
    try {
      if (structuralIssues(parsed, resolved.locale).length === 0) {
        assertContributionCovered(parsed, resolved.locale)
        // Stryker disable next-line StringLiteral,BooleanLiteral: a plan's own explanation is never built or shown
        const ctx = new RuleContext('calculateContributions', parsed.period, resolved, false)
        const plan = planPu(parsed, ctx)
        const slotPayer = new Int8Array(plan.slots)
        let s = 0
        for (const l of plan.lines) {
          slotPayer[s++] = PAYER_INDEX[l.payer]
          if (l.kind === PuLineKind.Kept) slotPayer[s++] = 5
          else if (l.kind === PuLineKind.Deferred) slotPayer[s++] = 4
        }
        // shared by every row of the plan: frozen deeply, warning objects included
        plans.push({ plan, warnings: freezeResult([...ctx.warnings]), slotPayer })
        index = plans.length - 1
      }
    } catch {
      // refused: its rows go the single-call way, which gives each row this error (or throws an unexpected one)
    }
    situations.set(f.situation, index)
    return index
  }

  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i]
    if (explain || !readPuFields(row, f)) {
      single(i, row)
      continue
    }
    let p: number
    // Stryker disable next-line ConditionalExpression: always `false` only skips the shortcut for the row's plan
    if (f.period === lastPeriod && f.situation === lastSituation) p = lastPlan
    else {
      // Stryker disable next-line ConditionalExpression: always `false` only looks the month's plans up again
      let situations = f.period === lastPeriod ? lastSituations : byPeriod.get(f.period)
      if (situations === undefined) {
        situations = new Map()
        byPeriod.set(f.period, situations)
      }
      const known = situations.get(f.situation)
      p = known === undefined ? planFor(situations) : known
      lastPeriod = f.period
      lastSituations = situations
      lastSituation = f.situation
      lastPlan = p
    }
    if (p < 0) {
      single(i, row)
      continue
    }
    const bp = plans[p] as BatchPlan
    const slots = bp.slotPayer.length
    // Stryker disable next-line EqualityOperator: growing when the amounts just fit (`>=`) only copies them sooner
    if (used + slots > amounts.length) {
      const grown = new Float64Array(2 * (used + slots))
      grown.set(amounts)
      amounts = grown
    }
    try {
      puAmounts(bp.plan, f.wage, amounts, used)
    } catch {
      // only a recomposition larger than its cash (overridden parameters): the row's own error
      single(i, row)
      continue
    }
    let o = used
    for (const k of bp.slotPayer) add(k, amounts[o++] as number)
    planOf[i] = p
    wage[i] = f.wage
    at[i] = used
    used += slots
    // no minimum wage given is a minimum of 0, which no wage is below (a wage is never negative)
    const min = f.minimumWage ?? 0
    if (f.wage < min) minimumWage.set(i, min)
  }

  return new ContributionBatch({
    kind,
    planOf,
    wage,
    at,
    amounts,
    plans,
    minimumWage,
    stored,
    errors,
    sums,
    locale: resolved.locale,
  })
}
