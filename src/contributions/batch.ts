import * as z from 'zod/mini'
import { BpjsRuleError, BpjsValidationError, invalidTypeIssue, makeIssue } from '../errors.js'
import { RuleContext, type ResolvedOptions } from '../explain/context.js'
import { localeOf, resolveOptions } from '../schemas/options.js'
import { structuralIssues } from '../schemas/contribution.js'
import {
  assertContributionCovered,
  computeContribution,
  freezeResult,
  parseContribution,
  resolveContributionOptions,
} from './calculate.js'
import { puFields, puParsedOf, readPuFields, type PuFields } from './fast-input.js'
import { planPu, puAmounts } from './pu.js'
import {
  ContributionBatch,
  FAILED,
  STORED,
  type BatchPlan,
  type ContributionBatchOptions,
  type ContributionRowResult,
} from './batch-result.js'
import type { ContributionInput } from './types.js'

export {
  ContributionBatch,
  type ContributionBatchOptions,
  type ContributionBatchRow,
  type ContributionRowResult,
} from './batch-result.js'

/**
 * The most rows one {@link calculateContributions} call takes: a million (the bench's payroll, priced in
 * about a second without explanations). A larger list is refused with a `BpjsValidationError`
 * (`TOO_MANY_ITEMS` on the path `rows`) before any row is read: split it and price the parts (the CLI prices
 * a file 2,000 rows at a time). Without a limit, a list of 2^32 − 1 rows failed with a raw `RangeError` and a
 * million refused rows took seconds and more than a gigabyte.
 */
export const MAX_BATCH_ROWS = 1_000_000

const batchOptionShape = { explain: z.optional(z.boolean()) }

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
 * @throws {BpjsValidationError} when `rows` is not an array, has more than {@link MAX_BATCH_ROWS} rows, or the
 *   options are invalid (never for a row).
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
  if (rows.length > MAX_BATCH_ROWS)
    throw new BpjsValidationError(
      [makeIssue(['rows'], 'TOO_MANY_ITEMS', { maximum: MAX_BATCH_ROWS }, locale)],
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
        const slotPayer = Int8Array.from(plan.items.flatMap((item) => item.sums))
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
    if (explain || !readRow(row, f)) {
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
