import { tooManyItemsIssue } from '../internal/limits.js'
import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue } from '../internal/type-issue.js'
import type { Locale } from '../i18n/types.js'
import type { ResolvedOptions } from '../explain/context.js'
import { localeOf, resolveOptions } from '../schemas/options.js'
import { BatchPricer } from './batch-pricer.js'
import { ContributionBatch, type ContributionBatchOptions } from './batch-result.js'
import { calculateContribution, resolveContributionOptions } from './calculate.js'
import type { ContributionInput } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'

useMessages(contributionsMessages)

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
 * The most row issues listed in the error of a batch whose options are refused (the rows' own validation
 * problems at `['rows', i, …]`, then one `BATCH_ROW_ISSUES_TRUNCATED`).
 */
export const MAX_BATCH_ROW_ISSUES = 100

/**
 * The validation problems of the rows of a batch whose options are refused, each at `['rows', i, …]`: what
 * each row's own error would say once the options are fixed, read with the library's own law (a row's rule
 * errors, such as a month outside the library's dates, are not validation problems and stay the row's).
 * At most {@link MAX_BATCH_ROW_ISSUES} issues, then one `BATCH_ROW_ISSUES_TRUNCATED` and the rest unread.
 */
function rowIssues(rows: readonly unknown[], locale: Locale): BpjsIssue[] {
  const out: BpjsIssue[] = []
  for (let i = 0; i < rows.length; i++) {
    try {
      calculateContribution(rows[i] as ContributionInput, { locale })
    } catch (e) {
      if (!(e instanceof BpjsValidationError)) continue
      for (const issue of e.issues) {
        if (out.length === MAX_BATCH_ROW_ISSUES)
          return [
            ...out,
            makeIssue(['rows'], 'BATCH_ROW_ISSUES_TRUNCATED', { max: MAX_BATCH_ROW_ISSUES }, locale),
          ]
        out.push({ ...issue, path: ['rows', i, ...issue.path] })
      }
    }
  }
  return out
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
 *   options are invalid. With valid options a row's problem is never thrown (it is that row's `error`); with
 *   invalid options no row is priced, and the one error lists the options' problems after the rows' own
 *   validation problems (`['rows', i, …]`, read with the library's law, the first
 *   {@link MAX_BATCH_ROW_ISSUES}), so that both are fixed at once.
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
  let explain: boolean
  let resolved: ResolvedOptions
  try {
    explain = resolveOptions(options, batchOptionShape).parsed.explain === true
    if (options !== undefined && 'explain' in options) {
      const { explain: _explain, ...rest } = options
      resolved = resolveContributionOptions(rest)
    } else resolved = resolveContributionOptions(options)
  } catch (e) {
    // no row can be priced: one error lists the rows' own problems and the options' (one pass)
    if (e instanceof BpjsValidationError)
      throw new BpjsValidationError([...rowIssues(rows, locale), ...e.issues], locale)
    throw e
  }

  const pricer = new BatchPricer(rows.length, resolved, explain)
  for (let i = 0; i < rows.length; i++) pricer.row(i, rows[i])
  return new ContributionBatch(pricer.built())
}
