import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import type { Citation } from '../legal/types.js'
import {
  jkpClaimCountsLayoffMonth,
  jkpClaimDeadlineMonths,
  jkpClaimExcludedReasons,
  jkpClaimMinConsecutiveMonths,
  jkpClaimMinMonthsInWindow,
  jkpClaimWindowMonths,
  jkpMaxRegistrationAge,
} from '../parameters/eligibility.js'
import { programMatrix, PROGRAM_CODES, type ProgramMatrix } from '../parameters/programs.js'
import type { ParameterReading } from '../parameters/types.js'
import { allChecks, parseWith } from '../schemas/common.js'
import { jkpClaimSchema, jkpRegistrationSchema } from '../schemas/eligibility.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addMonthsToDate, addPeriods, ageOn, periodOf, periodStart } from '../time/calendar.js'
import { covered } from './pension.js'
import { combine, condition, legalOf, mergeLegal, reason, uniqueReasons } from './shared.js'
import { ENTERPRISE_SIZES, type EnterpriseSize, type Program } from '../types.js'
import type { CheckResult, Condition, LeavingReason } from './types.js'
import { IssueList } from './validate.js'

const JKP_4: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 4' },
  { source: 'PP-6-2025', article: 'Pasal 4' },
]
const JKP_START: readonly Citation[] = [{ source: 'PP-37-2021' }, { source: 'DECISIONS', article: 'D7' }]
const JKP_4_3: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 4 ayat (3)' },
  { source: 'PP-6-2025', article: 'Pasal 4 ayat (3)' },
]

/** Facts for the JKP registration conditions; `undefined` means the caller did not say. */
export interface JkpFacts {
  readonly age?: number
  readonly nationality?: 'WNI' | 'WNA'
  readonly employmentRelationship?: boolean
  readonly enterpriseSize?: EnterpriseSize
  readonly enrolledPrograms?: readonly Program[]
  readonly inJkn?: boolean
}

/** The programs a PU must be enrolled in for JKP, by enterprise size: the mandatory rows of the matrix, without JKP. */
function requiredPrograms(m: ProgramMatrix, size: EnterpriseSize): Program[] {
  return PROGRAM_CODES.filter((p) => p !== 'JKP' && m.PU[size][p] === 'mandatory')
}

function missingReason(ctx: RuleContext, paths: readonly string[], legal: readonly Citation[]) {
  return reason(ctx, 'ELIG_MISSING_FACT', { paths: paths.join(', ') }, legal)
}

/**
 * The JKP registration conditions (PP 37/2021 Pasal 4 as amended by PP 6/2025): Indonesian citizen, under
 * 54 when registering, in an employment relationship with a pengusaha, enrolled in the programs required
 * for the enterprise size and in JKN. Each is met, not met or unknown (with the input path that would
 * decide it). Reads the parameters through `ctx`; records no step (callers do).
 */
export function jkpConditions(
  ctx: RuleContext,
  date: string,
  facts: JkpFacts,
  matrix: ParameterReading<ProgramMatrix>,
): { conditions: Condition[]; readings: ParameterReading[] } {
  const out: Condition[] = []
  const readings: ParameterReading[] = [matrix]
  const nat = facts.nationality
  out.push(
    nat === undefined
      ? condition('jkp.citizen', 'unknown', [missingReason(ctx, ['nationality'], JKP_4)], ['nationality'])
      : nat === 'WNI'
        ? condition('jkp.citizen', 'met', [reason(ctx, 'ELIG_JKP_CITIZEN_MET', {}, JKP_4)])
        : condition('jkp.citizen', 'not-met', [reason(ctx, 'ELIG_JKP_CITIZEN_NOT_MET', {}, JKP_4)]),
  )
  const maxAge = ctx.read(jkpMaxRegistrationAge, date)
  readings.push(maxAge)
  out.push(
    facts.age === undefined
      ? condition('jkp.age', 'unknown', [missingReason(ctx, ['birthDate'], maxAge.legal)], ['birthDate'])
      : facts.age < maxAge.value
        ? condition('jkp.age', 'met', [
            reason(ctx, 'ELIG_JKP_AGE_MET', { age: facts.age, maxAge: maxAge.value }, maxAge.legal),
          ])
        : condition('jkp.age', 'not-met', [
            reason(ctx, 'ELIG_JKP_AGE_NOT_MET', { age: facts.age, maxAge: maxAge.value }, maxAge.legal),
          ]),
  )
  out.push(
    facts.employmentRelationship === undefined
      ? condition(
          'jkp.employment',
          'unknown',
          [missingReason(ctx, ['employmentRelationship'], JKP_4)],
          ['employmentRelationship'],
        )
      : facts.employmentRelationship
        ? condition('jkp.employment', 'met', [reason(ctx, 'ELIG_JKP_EMPLOYMENT_MET', {}, JKP_4)])
        : condition('jkp.employment', 'not-met', [reason(ctx, 'ELIG_JKP_EMPLOYMENT_NOT_MET', {}, JKP_4)]),
  )
  out.push(programsCondition(ctx, facts, matrix))
  out.push(
    facts.inJkn === undefined
      ? condition('jkp.jkn', 'unknown', [missingReason(ctx, ['inJkn'], JKP_4_3)], ['inJkn'])
      : facts.inJkn
        ? condition('jkp.jkn', 'met', [reason(ctx, 'ELIG_JKP_JKN_MET', {}, JKP_4_3)])
        : condition('jkp.jkn', 'not-met', [reason(ctx, 'ELIG_JKP_JKN_NOT_MET', {}, JKP_4_3)]),
  )
  return { conditions: out, readings }
}

function programsCondition(
  ctx: RuleContext,
  facts: JkpFacts,
  matrix: ParameterReading<ProgramMatrix>,
): Condition {
  const legal = mergeLegal(JKP_4_3)
  const enrolled = facts.enrolledPrograms
  const sizes = ENTERPRISE_SIZES
  if (enrolled === undefined) {
    const sizeMatters = new Set(sizes.map((s) => requiredPrograms(matrix.value, s).join(','))).size > 1
    const missing =
      facts.enterpriseSize === undefined && sizeMatters
        ? ['enrolledPrograms', 'enterpriseSize']
        : ['enrolledPrograms']
    return condition('jkp.programs', 'unknown', [missingReason(ctx, missing, legal)], missing)
  }
  const lacking = (size: EnterpriseSize) =>
    requiredPrograms(matrix.value, size).filter((p) => !enrolled.includes(p))
  const size = facts.enterpriseSize
  if (size !== undefined) {
    const l = lacking(size)
    const required = requiredPrograms(matrix.value, size).join(', ')
    return l.length === 0
      ? condition('jkp.programs', 'met', [reason(ctx, 'ELIG_JKP_PROGRAMS_MET', { required }, legal)])
      : condition('jkp.programs', 'not-met', [
          reason(ctx, 'ELIG_JKP_PROGRAMS_NOT_MET', { required, lacking: l.join(', ') }, legal),
        ])
  }
  const results = sizes.map((s) => lacking(s).length === 0)
  if (results.every(Boolean)) {
    const required = requiredPrograms(matrix.value, 'large').join(', ')
    return condition('jkp.programs', 'met', [reason(ctx, 'ELIG_JKP_PROGRAMS_MET', { required }, legal)])
  }
  if (!results.some(Boolean)) {
    const l = lacking('micro')
    return condition('jkp.programs', 'not-met', [
      reason(
        ctx,
        'ELIG_JKP_PROGRAMS_NOT_MET',
        { required: requiredPrograms(matrix.value, 'micro').join(', '), lacking: l.join(', ') },
        legal,
      ),
    ])
  }
  return condition(
    'jkp.programs',
    'unknown',
    [missingReason(ctx, ['enterpriseSize'], legal)],
    ['enterpriseSize'],
  )
}

/** Records one step per condition and the overall answer. */
function recordConditions(
  ctx: RuleContext,
  check: string,
  conditions: readonly Condition[],
  readings: Record<string, readonly ParameterReading[]>,
  inputs: Record<string, string | number | boolean | null>,
) {
  for (const c of conditions)
    ctx.step({
      rule: c.id.startsWith('eligibility.') ? c.id : `eligibility.${c.id}`,
      text: 'ELIG_STEP_CONDITION',
      params: {
        condition: c.id,
        status: ctx.t(`ELIG_CONDITION_${c.status.replace('-', '_')}`),
        detail: c.reasons.map((r) => r.message).join(' '),
      },
      inputs,
      parameters: readings[c.id] ?? [],
      legal: mergeLegal(...c.reasons.map((r) => r.legal)),
      value: c.status,
    })
  const combined = combine(conditions)
  const { status, missing } = combined
  ctx.step({
    rule: `eligibility.${check}`,
    text: 'ELIG_STEP_CHECK',
    formula: 'ELIG_FORMULA_ALL_CONDITIONS',
    params: { check, status: ctx.t(`ELIG_CHECK_${status.replace('-', '_')}`) },
    inputs: missing === undefined ? {} : { missing },
    value: status,
  })
  return combined
}

function checkResult(
  ctx: RuleContext,
  conditions: readonly Condition[],
  combined: { status: CheckResult['status']; missing?: string[] },
): CheckResult {
  const out: { -readonly [K in keyof CheckResult]: CheckResult[K] } = {
    status: combined.status,
    conditions: [...conditions],
    reasons: uniqueReasons(conditions.flatMap((c) => c.reasons)),
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  if (combined.missing !== undefined) out.missing = combined.missing
  return out
}

/** Input of {@link checkJkpRegistration}. */
export interface JkpRegistrationInput {
  /** The date of registration for JKP, `'YYYY-MM-DD'`. */
  readonly registrationDate: string | Date
  readonly birthDate?: string | Date
  readonly nationality?: 'WNI' | 'WNA'
  /** In an employment relationship with a pengusaha (PU of a company or an individual). */
  readonly employmentRelationship?: boolean
  readonly enterpriseSize?: EnterpriseSize
  /** The programs the worker is enrolled in. */
  readonly enrolledPrograms?: readonly Program[]
  /** Enrolled in JKN (BPJS Kesehatan). */
  readonly inJkn?: boolean
}

/** Result of {@link checkJkpRegistration}. */
export interface JkpRegistrationResult extends CheckResult {
  readonly registrationDate: string
  /** Age in whole years on the registration date, when the birth date is given. */
  readonly age?: number
}

/**
 * Can this worker be registered for JKP on this date? PP 37/2021 Pasal 4 as amended by PP 6/2025: the
 * program exists (from the contribution month 2021-02), the worker is an Indonesian citizen, has not reached
 * 54 on the registration date, is in an employment relationship with a pengusaha, is enrolled in JKK, JHT
 * and JKM (and JP for medium and large enterprises) and in JKN. Every condition is `met`, `not-met` or
 * `unknown`; a missing fact is never assumed.
 *
 * @example
 * ```ts
 * const base = { registrationDate: '2025-03-01', nationality: 'WNI', employmentRelationship: true,
 *   enterpriseSize: 'small', enrolledPrograms: ['JKK', 'JKM', 'JHT'], inJkn: true } as const
 * checkJkpRegistration({ ...base, birthDate: '1971-03-02' }).status  //=> 'eligible'      (53 on 2025-03-01)
 * checkJkpRegistration({ ...base, birthDate: '1971-03-01' }).status  //=> 'not-eligible'  (54 on 2025-03-01)
 * checkJkpRegistration({ registrationDate: '2025-03-01' }).missing
 * //=> ['nationality', 'birthDate', 'employmentRelationship', 'enrolledPrograms', 'enterpriseSize', 'inJkn']
 * ```
 */
export function checkJkpRegistration(
  input: JkpRegistrationInput,
  options?: CalculationOptions,
): JkpRegistrationResult {
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(jkpRegistrationSchema, input, localeOf(options)),
    () => resolveOptions(options),
  )
  const issues = new IssueList(resolved.locale)
  issues.order('birthDate', parsed.birthDate, 'registrationDate', parsed.registrationDate, ['birthDate'])
  duplicatePrograms(issues, parsed.enrolledPrograms)
  issues.throwIfAny()
  covered(parsed.registrationDate, ['registrationDate'], resolved.locale)
  const date = parsed.registrationDate
  const ctx = new RuleContext('checkJkpRegistration', date, resolved)
  const matrix = ctx.read(programMatrix, date)
  const age = parsed.birthDate === undefined ? undefined : ageOn(parsed.birthDate, date)
  const inForce = matrix.value.PU.large.JKP !== 'unavailable'
  const conditions: Condition[] = [
    inForce
      ? condition('jkp.inForce', 'met', [reason(ctx, 'ELIG_JKP_IN_FORCE', { date }, JKP_START)])
      : condition('jkp.inForce', 'not-met', [reason(ctx, 'ELIG_JKP_NOT_IN_FORCE', { date }, JKP_START)]),
  ]
  const readings: Record<string, ParameterReading[]> = { 'jkp.inForce': [matrix] }
  if (inForce) {
    const facts: { -readonly [K in keyof JkpFacts]: JkpFacts[K] } = {}
    if (age !== undefined) facts.age = age
    if (parsed.nationality !== undefined) facts.nationality = parsed.nationality
    if (parsed.employmentRelationship !== undefined)
      facts.employmentRelationship = parsed.employmentRelationship
    if (parsed.enterpriseSize !== undefined) facts.enterpriseSize = parsed.enterpriseSize
    if (parsed.enrolledPrograms !== undefined) facts.enrolledPrograms = parsed.enrolledPrograms
    if (parsed.inJkn !== undefined) facts.inJkn = parsed.inJkn
    const r = jkpConditions(ctx, date, facts, matrix)
    conditions.push(...r.conditions)
    readings['jkp.age'] = r.readings.filter((x) => x.id === jkpMaxRegistrationAge.id)
    readings['jkp.programs'] = [matrix]
  }
  const combined = recordConditions(ctx, 'jkp.registration', conditions, readings, {
    registrationDate: date,
    birthDate: parsed.birthDate ?? null,
    age: age ?? null,
    nationality: parsed.nationality ?? null,
    enterpriseSize: parsed.enterpriseSize ?? null,
  })
  const base = checkResult(ctx, conditions, combined)
  return deepFreeze(
    age === undefined ? { ...base, registrationDate: date } : { ...base, registrationDate: date, age },
  )
}

function duplicatePrograms(issues: IssueList, programs: readonly string[] | undefined): void {
  const seen = new Set<string>()
  programs?.forEach((p, i) => {
    if (seen.has(p)) issues.add(['enrolledPrograms', i], 'DUPLICATE_VALUE', { value: p })
    seen.add(p)
  })
}

export { duplicatePrograms }

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
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(jkpClaimSchema, input, localeOf(options)),
    () => resolveOptions(options),
  )
  const issues = new IssueList(resolved.locale)
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
  issues.throwIfAny()
  covered(parsed.layoffDate, ['layoffDate'], resolved.locale)
  if (parsed.claimDate !== undefined) covered(parsed.claimDate, ['claimDate'], resolved.locale)
  // paid months are dates like the others: inside the library's span (never '9999-12', '1900-01')
  parsed.paidPeriods?.forEach((p, i) => covered(periodStart(p), ['paidPeriods', i], resolved.locale))
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
  let inWindow = parsed.contributionMonthsInWindow
  let consecutive = parsed.consecutiveMonthsBeforeLayoff
  if (inForce) {
    // reason for leaving
    const excluded = ctx.read(jkpClaimExcludedReasons, layoff)
    readings['jkp.reason'] = [excluded]
    const why = parsed.reasonForLeaving
    conditions.push(
      why === undefined
        ? condition(
            'jkp.reason',
            'unknown',
            [missingReason(ctx, ['reasonForLeaving'], excluded.legal)],
            ['reasonForLeaving'],
          )
        : excluded.value.includes(why)
          ? condition('jkp.reason', 'not-met', [
              reason(
                ctx,
                'ELIG_JKP_REASON_EXCLUDED',
                { reason: ctx.t(`ELIG_LEAVING_${why.replaceAll('-', '_')}`) },
                excluded.legal,
              ),
            ])
          : condition('jkp.reason', 'met', [
              reason(
                ctx,
                'ELIG_JKP_REASON_OK',
                { reason: ctx.t(`ELIG_LEAVING_${why.replaceAll('-', '_')}`) },
                excluded.legal,
              ),
            ]),
    )
    // contributions
    const min = ctx.read(jkpClaimMinMonthsInWindow, layoff)
    const windowMonths = ctx.read(jkpClaimWindowMonths, layoff)
    const minRun = ctx.read(jkpClaimMinConsecutiveMonths, layoff)
    const contributionReadings: ParameterReading[] = [min, windowMonths]
    const consecutiveReadings: ParameterReading[] = [minRun]
    readings['jkp.contributions'] = contributionReadings
    readings['jkp.consecutive'] = consecutiveReadings
    if (inWindow !== undefined && inWindow > windowMonths.value) {
      issues.add(['contributionMonthsInWindow'], 'ELIG_MONTHS_EXCEED_WINDOW', {
        months: inWindow,
        window: windowMonths.value,
      })
      issues.throwIfAny()
    }
    if (parsed.paidPeriods !== undefined) {
      const counts = countPaid(ctx, parsed.paidPeriods, periodOf(layoff), windowMonths.value)
      contributionReadings.push(counts.reading)
      consecutiveReadings.push(counts.reading)
      inWindow = counts.inWindow
      consecutive = counts.consecutive
    }
    conditions.push(
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
    )
    conditions.push(
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
    )
    // deadline
    const months = ctx.read(jkpClaimDeadlineMonths, layoff)
    readings['jkp.deadline'] = [months]
    deadline = addMonthsToDate(layoff, months.value)
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
    conditions.push(
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
          ]),
    )
    const newJob = parsed.employedAgain
    const lost: Citation[] = [
      { source: 'PP-37-2021', article: 'Pasal 40' },
      { source: 'PP-6-2025', article: 'Pasal 40' },
    ]
    conditions.push(
      newJob === undefined
        ? condition(
            'jkp.notReemployed',
            'unknown',
            [missingReason(ctx, ['employedAgain'], lost)],
            ['employedAgain'],
          )
        : newJob
          ? condition('jkp.notReemployed', 'not-met', [reason(ctx, 'ELIG_JKP_REEMPLOYED', {}, lost)])
          : condition('jkp.notReemployed', 'met', [reason(ctx, 'ELIG_JKP_NOT_REEMPLOYED', {}, lost)]),
    )
  }
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

export { missingReason }
