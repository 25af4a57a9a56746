import { tooManyItemsIssue } from '../internal/limits.js'
import * as z from 'zod/mini'
import { BpjsValidationError, invalidTypeIssue } from '../errors.js'
import type { ResolvedOptions } from '../explain/context.js'
import { localeOf, resolveOptions } from '../schemas/options.js'
import { BatchPricer } from './batch-pricer.js'
import { ContributionBatch, type ContributionBatchOptions } from './batch-result.js'
import { resolveContributionOptions } from './calculate.js'
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
    throw new BpjsValidationError([tooManyItemsIssue(['rows'], MAX_BATCH_ROWS, rows.length, locale)], locale)
  const explain = resolveOptions(options, batchOptionShape).parsed.explain === true
  let resolved: ResolvedOptions
  if (options !== undefined && 'explain' in options) {
    const { explain: _explain, ...rest } = options
    resolved = resolveContributionOptions(rest)
  } else resolved = resolveContributionOptions(options)

  const pricer = new BatchPricer(rows.length, resolved, explain)
  for (let i = 0; i < rows.length; i++) pricer.row(i, rows[i])
  return new ContributionBatch(pricer.built())
}
