import type { BpjsRuleError, BpjsValidationError } from '../errors.js'
import { warningOf } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import type { CalculationOptions } from '../schemas/options.js'
import { freezeResult } from './calculate.js'
import { puAmounts, puLines, wageBelowMinimumParams, type PuPlan } from './pu.js'
import { totalsOf } from './shared.js'
import type { ContributionResult, ContributionTotals } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'

useMessages(contributionsMessages)

/*
 * The result of calculateContributions (batch.ts): rows kept compactly, built as frozen objects when read.
 */

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
export const FAST = 0
export const STORED = 1
export const FAILED = 2

/** A PU plan of the batch with what a row's result shares: programs and warnings. */
export interface BatchPlan {
  readonly plan: PuPlan
  readonly warnings: readonly Warning[]
  /** Per amount slot: the sum it is added to, 0–3 its payer, 4 deferred, 5 none (a split's gross). */
  readonly slotPayer: Int8Array
  /** The amounts of the row being priced (one slot per `slotPayer`): the pricer's scratch. */
  readonly scratch: Float64Array
  /** The plan's pricing as plain numbers (`pu-kernel.ts`), when every item has a flat form. */
  readonly kernel: Float64Array | undefined
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/**
 * The results of {@link calculateContributions}: one row per input row, in order, each either a result or
 * the error of that row (a bad row never stops the others).
 *
 * Rows are kept compactly (plain PU rows as their plan and wage, priced again when read), and each is built as a frozen
 * {@link ContributionBatchRow} when read: with {@link ContributionBatch.at} (negative indexes count from
 * the end, as `Array.prototype.at`), by iterating (`for…of`, spread), with `map`, `forEach`, `filter`,
 * {@link ContributionBatch.errors} or {@link ContributionBatch.toJSON}. Rows are read by
 * `at(i)`, not by `batch[i]` (which is `undefined`).
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

  /**
   * The rows mapped by `fn`, in order, as an array (as `Array.prototype.map`: `fn` gets the row, its index
   * and the batch).
   *
   * @example
   * ```ts
   * calculateContributions([{ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }])
   *   .map((r) => (r.ok ? r.result.totals.total : 0)) //=> [16800]
   * ```
   */
  map<U>(fn: (row: ContributionBatchRow, index: number, batch: this) => U): U[] {
    const out = new Array<U>(this.length)
    for (let i = 0; i < this.length; i++) out[i] = fn(this.at(i) as ContributionBatchRow, i, this)
    return out
  }

  /** Calls `fn` on every row, in order (as `Array.prototype.forEach`). */
  forEach(fn: (row: ContributionBatchRow, index: number, batch: this) => void): void {
    for (let i = 0; i < this.length; i++) fn(this.at(i) as ContributionBatchRow, i, this)
  }

  /** The rows for which `fn` is true, in order (as `Array.prototype.filter`). */
  filter(fn: (row: ContributionBatchRow, index: number, batch: this) => unknown): ContributionBatchRow[] {
    const out: ContributionBatchRow[] = []
    this.forEach((row, i) => {
      if (fn(row, i, this)) out.push(row)
    })
    return out
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
    // the row's amounts, priced again on its plan (pure: what the pricer added to the totals)
    const amounts = new Float64Array(bp.slotPayer.length)
    puAmounts(plan, wage, amounts, 0)
    const lines = puLines(plan, wage, amounts, 0)
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
export interface BatchBuilder {
  readonly kind: Uint8Array
  readonly planOf: Int32Array
  readonly wage: Float64Array
  readonly plans: readonly BatchPlan[]
  readonly minimumWage: ReadonlyMap<number, number>
  readonly stored: ReadonlyMap<number, ContributionRowResult>
  readonly errors: ReadonlyMap<number, BpjsValidationError | BpjsRuleError>
  readonly sums: Float64Array
  readonly locale: 'id' | 'en'
}
