import type * as z from 'zod/mini'
import { RuleContext, type ResolvedOptions } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import type { Citation } from '../legal/types.js'
import {
  jkpClaimCountsLayoffMonth,
  jkpClaimDeadlineMonths,
  jkpClaimExcludedReasons,
  jkpClaimMinConsecutiveMonths,
  jkpClaimMinMonthsInWindow,
  jkpClaimWindowMonths,
} from '../parameters/eligibility.js'
import { programMatrix } from '../parameters/programs.js'
import type { ParameterReading } from '../parameters/types.js'
import { checkInput, inCoverage } from '../schemas/one-pass.js'
import { jkpClaimSchema } from '../schemas/eligibility.js'
import { localeOf, optionsOrDefault, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addMonthsToDate, addPeriods, periodOf, periodStart } from '../time/calendar.js'
import { checkResult, JKP_START, missingReason, recordConditions } from './jkp.js'
import { covered } from './pension.js'
import { condition, legalOf, reason } from './shared.js'
import type { CheckResult, Condition, LeavingReason } from './types.js'
import { IssueList } from './validate.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_37_2021, legalSources.PP_6_2025)

useMessages(coreInputMessages, eligibilityMessages)

/** Input of {@link checkJkpClaim}. */
export interface JkpClaimInput {
  /** The date of the layoff (PHK), `'YYYY-MM-DD'`. */
  readonly layoffDate: string | Date
  /** The date the claim is (or was) filed. */
  readonly claimDate?: string | Date
  readonly reasonForLeaving?: LeavingReason
  /** Months of JKP contributions paid in the window before the layoff (24 months). */
  readonly contributionMonthsInWindow?: number
  /** Consecutive months paid up to the layoff. */
  readonly consecutiveMonthsBeforeLayoff?: number
  /** Instead of the two counts: the contribution months paid, `'YYYY-MM'`, each inside the library's dates (2015-07 … the horizon: `DATE_BEFORE_COVERAGE` / `DATE_AFTER_COVERAGE` at `paidPeriods[i]`). */
  readonly paidPeriods?: readonly string[]
  /** The worker has taken a new job before claiming. */
  readonly employedAgain?: boolean
}

/** Result of {@link checkJkpClaim}. */
export interface JkpClaimResult extends CheckResult {
  readonly layoffDate: string
  /** The last day to file the claim, or `null` when JKP did not exist at the layoff. */
  readonly claimDeadline: string | null
  /** The counts used (given or computed from `paidPeriods`). */
  readonly contributionMonthsInWindow?: number
  readonly consecutiveMonthsBeforeLayoff?: number
}

type Parsed = z.infer<typeof jkpClaimSchema>

/** The cross-field checks of a claim that read no law (also on the valid fields of an invalid input). */
function claimIssues(parsed: Partial<Parsed>, issues: IssueList): void {
  issues.order('layoffDate', parsed.layoffDate, 'claimDate', parsed.claimDate)
  if (
    parsed.paidPeriods !== undefined &&
    (parsed.contributionMonthsInWindow !== undefined || parsed.consecutiveMonthsBeforeLayoff !== undefined)
  )
    issues.add(['paidPeriods'], 'ELIG_JKP_MONTHS_TWO_WAYS')
  const seen = new Set<string>()
  parsed.paidPeriods?.forEach((p, i) => {
    if (seen.has(p)) issues.add(['paidPeriods', i], 'DUPLICATE_VALUE', { value: p })
    seen.add(p)
  })
}

/**
 * Every cross-field check of a claim in one pass (see `checkInput`): those of {@link claimIssues} and the
 * months in the window against the window of the law of the layoff date (read with `options`, when JKP is
 * in force that day).
 */
function claimCrossChecks(parsed: Partial<Parsed>, options: ResolvedOptions): void {
  const issues = new IssueList(options.locale)
  claimIssues(parsed, issues)
  const layoff = parsed.layoffDate
  const inWindow = parsed.contributionMonthsInWindow
  if (inCoverage(layoff) && inWindow !== undefined) {
    const ctx = new RuleContext('checkJkpClaim', layoff, options, false)
    const windowMonths = ctx.readOptional(jkpClaimWindowMonths, layoff)
    if (windowMonths !== undefined && inWindow > windowMonths.value)
      issues.add(['contributionMonthsInWindow'], 'ELIG_MONTHS_EXCEED_WINDOW', {
        months: inWindow,
        window: windowMonths.value,
      })
  }
  issues.throwIfAny()
}

/** The claim's dates inside the library's span (the cross-field checks ran with the schema). */
function validateClaim(parsed: Parsed, locale: 'id' | 'en'): void {
  covered(parsed.layoffDate, ['layoffDate'], locale)
  if (parsed.claimDate !== undefined) covered(parsed.claimDate, ['claimDate'], locale)
  // paid months are dates like the others: inside the library's span (never '9999-12', '1900-01')
  parsed.paidPeriods?.forEach((p, i) => covered(periodStart(p), ['paidPeriods', i], locale))
}

/** The reason for leaving is not one of `eligibility.jkp.claim.excludedReasons`. */
function reasonCondition(ctx: RuleContext, parsed: Parsed, readings: Record<string, ParameterReading[]>) {
  const excluded = ctx.read(jkpClaimExcludedReasons, parsed.layoffDate)
  readings['jkp.reason'] = [excluded]
  const why = parsed.reasonForLeaving
  if (why === undefined)
    return condition(
      'jkp.reason',
      'unknown',
      [missingReason(ctx, ['reasonForLeaving'], excluded.legal)],
      ['reasonForLeaving'],
    )
  const params = { reason: ctx.t(`ELIG_LEAVING_${why.replaceAll('-', '_')}`) }
  return excluded.value.includes(why)
    ? condition('jkp.reason', 'not-met', [reason(ctx, 'ELIG_JKP_REASON_EXCLUDED', params, excluded.legal)])
    : condition('jkp.reason', 'met', [reason(ctx, 'ELIG_JKP_REASON_OK', params, excluded.legal)])
}

interface Counts {
  inWindow: number | undefined
  consecutive: number | undefined
}

/** The contribution months in the window and the consecutive run before the layoff. */
function contributionConditions(
  ctx: RuleContext,
  parsed: Parsed,
  readings: Record<string, ParameterReading[]>,
  counts: Counts,
): Condition[] {
  const layoff = parsed.layoffDate
  const min = ctx.read(jkpClaimMinMonthsInWindow, layoff)
  const windowMonths = ctx.read(jkpClaimWindowMonths, layoff)
  const minRun = ctx.read(jkpClaimMinConsecutiveMonths, layoff)
  const contributionReadings: ParameterReading[] = [min, windowMonths]
  const consecutiveReadings: ParameterReading[] = [minRun]
  readings['jkp.contributions'] = contributionReadings
  readings['jkp.consecutive'] = consecutiveReadings
  // (months in the window beyond the window were refused with the schema, in claimCrossChecks)
  if (parsed.paidPeriods !== undefined) {
    const c = countPaid(ctx, parsed.paidPeriods, periodOf(layoff), windowMonths.value)
    contributionReadings.push(c.reading)
    consecutiveReadings.push(c.reading)
    counts.inWindow = c.inWindow
    counts.consecutive = c.consecutive
  }
  const { inWindow, consecutive } = counts
  return [
    inWindow === undefined
      ? condition(
          'jkp.contributions',
          'unknown',
          [missingReason(ctx, ['contributionMonthsInWindow'], min.legal)],
          ['contributionMonthsInWindow'],
        )
      : condition('jkp.contributions', inWindow >= min.value ? 'met' : 'not-met', [
          reason(
            ctx,
            inWindow >= min.value ? 'ELIG_JKP_WINDOW_MET' : 'ELIG_JKP_WINDOW_NOT_MET',
            { count: inWindow, min: min.value, window: windowMonths.value },
            legalOf(min, windowMonths),
          ),
        ]),
    consecutive === undefined
      ? condition(
          'jkp.consecutive',
          'unknown',
          [missingReason(ctx, ['consecutiveMonthsBeforeLayoff'], minRun.legal)],
          ['consecutiveMonthsBeforeLayoff'],
        )
      : condition('jkp.consecutive', consecutive >= minRun.value ? 'met' : 'not-met', [
          reason(
            ctx,
            consecutive >= minRun.value ? 'ELIG_JKP_CONSECUTIVE_MET' : 'ELIG_JKP_CONSECUTIVE_NOT_MET',
            { count: consecutive, min: minRun.value },
            minRun.legal,
          ),
        ]),
  ]
}

/** The claim deadline (recorded as a step) and whether the claim date keeps it. */
function deadlineCondition(ctx: RuleContext, parsed: Parsed, readings: Record<string, ParameterReading[]>) {
  const layoff = parsed.layoffDate
  const months = ctx.read(jkpClaimDeadlineMonths, layoff)
  readings['jkp.deadline'] = [months]
  const deadline = addMonthsToDate(layoff, months.value)
  ctx.step({
    rule: 'eligibility.jkp.claimDeadline',
    text: 'ELIG_STEP_JKP_DEADLINE',
    formula: 'ELIG_FORMULA_JKP_DEADLINE',
    params: { layoffDate: layoff, months: months.value, deadline },
    inputs: { layoffDate: layoff },
    parameters: [months],
    value: deadline,
  })
  const claim = parsed.claimDate
  const c =
    claim === undefined
      ? condition(
          'jkp.deadline',
          'unknown',
          [reason(ctx, 'ELIG_JKP_DEADLINE_IS', { deadline, months: months.value }, months.legal)],
          ['claimDate'],
        )
      : condition('jkp.deadline', claim <= deadline ? 'met' : 'not-met', [
          reason(
            ctx,
            claim <= deadline ? 'ELIG_JKP_DEADLINE_MET' : 'ELIG_JKP_DEADLINE_NOT_MET',
            { claimDate: claim, deadline, months: months.value },
            months.legal,
          ),
        ])
  return { deadline, condition: c }
}

const LOST: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 40' },
  { source: 'PP-6-2025', article: 'Pasal 40' },
]

/** PP 37/2021 Pasal 40: the right is lost with a new job. */
function reemployedCondition(ctx: RuleContext, newJob: boolean | undefined): Condition {
  const lost = [...LOST]
  if (newJob === undefined)
    return condition(
      'jkp.notReemployed',
      'unknown',
      [missingReason(ctx, ['employedAgain'], lost)],
      ['employedAgain'],
    )
  return newJob
    ? condition('jkp.notReemployed', 'not-met', [reason(ctx, 'ELIG_JKP_REEMPLOYED', {}, lost)])
    : condition('jkp.notReemployed', 'met', [reason(ctx, 'ELIG_JKP_NOT_REEMPLOYED', {}, lost)])
}

/**
 * Can a laid-off worker claim JKP? PP 37/2021 Pasal 19–20 and Pasal 40, as amended by PP 6/2025:
 * at least 12 months of contributions in the last 24 months and at least 6 consecutive months before the
 * layoff; a reason for leaving that is not excluded (resignation, retirement, total permanent disability,
 * death, end of a fixed-term contract); a claim filed within 3 months of the layoff (6 months for layoffs
 * from 2025-02-07); no new job in the meantime. Thresholds are parameters; the deadline follows the date of
 * the layoff.
 *
 * @example
 * ```ts
 * const r = checkJkpClaim({ layoffDate: '2025-03-10', claimDate: '2025-09-10', reasonForLeaving: 'layoff',
 *   contributionMonthsInWindow: 14, consecutiveMonthsBeforeLayoff: 8, employedAgain: false })
 * r.status         //=> 'eligible'
 * r.claimDeadline  //=> '2025-09-10'
 * checkJkpClaim({ layoffDate: '2024-03-10', claimDate: '2024-06-11', reasonForLeaving: 'layoff',
 *   contributionMonthsInWindow: 14, consecutiveMonthsBeforeLayoff: 8, employedAgain: false }).status
 * //=> 'not-eligible' (3 months under PP 37/2021: the deadline was 2024-06-10)
 * ```
 */
export function checkJkpClaim(input: JkpClaimInput, options?: CalculationOptions): JkpClaimResult {
  // the schema, every cross-field check (claimCrossChecks) and the options in one pass
  const [parsed, { resolved }] = checkInput(
    localeOf(options),
    jkpClaimSchema,
    input,
    () => resolveOptions(options),
    (f, o) => claimCrossChecks(f.fields, optionsOrDefault(o, localeOf(options))),
  )
  validateClaim(parsed, resolved.locale)
  const layoff = parsed.layoffDate
  const ctx = new RuleContext('checkJkpClaim', layoff, resolved)
  const matrix = ctx.read(programMatrix, layoff)
  const inForce = matrix.value.PU.large.JKP !== 'unavailable'
  const conditions: Condition[] = []
  const readings: Record<string, ParameterReading[]> = { 'jkp.inForce': [matrix] }
  conditions.push(
    inForce
      ? condition('jkp.inForce', 'met', [reason(ctx, 'ELIG_JKP_IN_FORCE', { date: layoff }, JKP_START)])
      : condition('jkp.inForce', 'not-met', [
          reason(ctx, 'ELIG_JKP_NOT_IN_FORCE', { date: layoff }, JKP_START),
        ]),
  )
  let deadline: string | null = null
  const counts: Counts = {
    inWindow: parsed.contributionMonthsInWindow,
    consecutive: parsed.consecutiveMonthsBeforeLayoff,
  }
  if (inForce) {
    conditions.push(reasonCondition(ctx, parsed, readings))
    conditions.push(...contributionConditions(ctx, parsed, readings, counts))
    const d = deadlineCondition(ctx, parsed, readings)
    deadline = d.deadline
    conditions.push(d.condition, reemployedCondition(ctx, parsed.employedAgain))
  }
  const { inWindow, consecutive } = counts
  const combined = recordConditions(ctx, 'jkp.claim', conditions, readings, {
    layoffDate: layoff,
    claimDate: parsed.claimDate ?? null,
    reasonForLeaving: parsed.reasonForLeaving ?? null,
    contributionMonthsInWindow: inWindow ?? null,
    consecutiveMonthsBeforeLayoff: consecutive ?? null,
  })
  const base = checkResult(ctx, conditions, combined)
  const result: { -readonly [K in keyof JkpClaimResult]: JkpClaimResult[K] } = {
    ...base,
    layoffDate: layoff,
    claimDeadline: deadline,
  }
  if (inWindow !== undefined) result.contributionMonthsInWindow = inWindow
  if (consecutive !== undefined) result.consecutiveMonthsBeforeLayoff = consecutive
  return deepFreeze(result)
}

/**
 * Counts paid months from the list: in the window of `window` months and the consecutive run before the
 * layoff, as `eligibility.jkp.claim.countsLayoffMonth` says.
 */
function countPaid(ctx: RuleContext, paid: readonly string[], layoffMonth: string, window: number) {
  const reading = ctx.read(jkpClaimCountsLayoffMonth, `${layoffMonth}-01`)
  const set = new Set(paid)
  const end = reading.value ? layoffMonth : addPeriods(layoffMonth, -1)
  const start = addPeriods(end, -(window - 1))
  const inWindow = paid.filter((p) => p >= start && p <= end).length
  // months paid after the layoff are not part of its conditions (Pasal 19 counts up to the layoff): said, not dropped
  const after = paid.filter((p) => p > layoffMonth)
  if (after.length > 0)
    ctx.warn('ELIG_JKP_PAID_AFTER_LAYOFF', { count: after.length, months: after.join(', '), layoffMonth })
  let runEnd: string | undefined = set.has(end)
    ? end
    : reading.value && set.has(addPeriods(end, -1))
      ? addPeriods(end, -1)
      : undefined
  let consecutive = 0
  while (runEnd !== undefined && set.has(runEnd)) {
    consecutive++
    runEnd = addPeriods(runEnd, -1)
  }
  ctx.step({
    rule: 'eligibility.jkp.countPaidMonths',
    text: 'ELIG_STEP_JKP_COUNT',
    formula: reading.value
      ? 'ELIG_FORMULA_JKP_COUNT_WITH_LAYOFF_MONTH'
      : 'ELIG_FORMULA_JKP_COUNT_BEFORE_LAYOFF_MONTH',
    params: { start, end, inWindow, consecutive },
    inputs: { paidPeriods: [...paid], layoffMonth },
    parameters: [reading],
    value: { inWindow, consecutive },
  })
  return { inWindow, consecutive, reading }
}
