import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import type { Citation } from '../legal/types.js'
import { jkpMaxRegistrationAge } from '../parameters/eligibility.js'
import { programMatrix, PROGRAM_CODES, type ProgramMatrix } from '../parameters/programs.js'
import type { ParameterReading } from '../parameters/types.js'
import { checkInput } from '../schemas/one-pass.js'
import { jkpRegistrationSchema } from '../schemas/eligibility.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { ageOn } from '../time/calendar.js'
import { covered } from './pension.js'
import { combine, condition, mergeLegal, reason, stepCondition, uniqueReasons } from './shared.js'
import { ENTERPRISE_SIZES, type EnterpriseSize, type Program } from '../types.js'
import type { CheckResult, Condition } from './types.js'
import { IssueList } from './validate.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_37_2021, legalSources.PP_6_2025, legalSources.DECISIONS, legalDecisions.D7)

useMessages(coreInputMessages, eligibilityMessages)

const JKP_4: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 4' },
  { source: 'PP-6-2025', article: 'Pasal 4' },
]
export const JKP_START: readonly Citation[] = [
  { source: 'PP-37-2021' },
  { source: 'DECISIONS', article: 'D7' },
]
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
export function recordConditions(
  ctx: RuleContext,
  check: string,
  conditions: readonly Condition[],
  readings: Record<string, readonly ParameterReading[]>,
  inputs: Record<string, string | number | boolean | null>,
) {
  for (const c of conditions)
    stepCondition(
      ctx,
      c.id.startsWith('eligibility.') ? c.id : `eligibility.${c.id}`,
      c,
      inputs,
      readings[c.id] ?? [],
    )
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

export function checkResult(
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
  // the schema, the cross-field checks (on the valid fields when the schema fails) and the options in one pass
  const [parsed, { resolved }] = checkInput(
    localeOf(options),
    jkpRegistrationSchema,
    input,
    () => resolveOptions(options),
    (f) => {
      const issues = new IssueList(localeOf(options))
      const p = f.fields
      issues.order('birthDate', p.birthDate, 'registrationDate', p.registrationDate, ['birthDate'])
      duplicatePrograms(issues, p.enrolledPrograms)
      issues.throwIfAny()
    },
  )
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

export { duplicatePrograms, missingReason }
