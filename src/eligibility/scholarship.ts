import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { jkkDeathRegime } from '../parameters/jkk-death.js'
import { jkmPosthumousChildMaxMonths, jkmRegime } from '../parameters/jkm.js'
import {
  scholarshipAgeLimit,
  scholarshipJkkMinYears,
  scholarshipJkmMinYears,
  scholarshipMaxChildren,
  scholarshipMode,
  scholarshipWorkException,
  type WorkException,
} from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import { allChecks, parseWith } from '../schemas/common.js'
import { scholarshipSchema } from '../schemas/eligibility.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addMonthsToDate, ageOn, completedMonths } from '../time/calendar.js'
import type { CauseOfDeath } from './jkm.js'
import { missingReason } from './jkp.js'
import { covered } from './pension.js'
import { combine, condition, legalOf, mergeLegal, reason, uniquePaths, uniqueReasons } from './shared.js'
import type { CheckResult, Condition, Reason, ScholarshipRegime } from './types.js'
import { IssueList } from './validate.js'

/** One child of the deceased participant. */
export interface ScholarshipEligibilityChildInput {
  readonly birthDate: string | Date
  readonly married?: boolean
  /** `no`, or how the child works: as PU, as BPU, as an intern. */
  readonly working?: 'no' | 'pu' | 'bpu' | 'intern'
  /** When `working` is `pu`: consecutive months registered as PU. */
  readonly puConsecutiveMonths?: number
  /**
   * Registered by the participant as heir (Permenaker 1/2025 Pasal 103; decisions D14). As for the death
   * benefits' `registeredHeir`: when any child carries the flag, only the children with `true` can take a
   * place; when none carries it, the first eligible children in the order given do.
   */
  readonly registeredAsHeir?: boolean
}

/** Input of {@link checkScholarshipEligibility}. */
export interface ScholarshipEligibilityInput {
  readonly dateOfDeath: string | Date
  /** The date of the check (e.g. of the yearly claim): children's age and situation are taken on it. */
  readonly asOf: string | Date
  readonly cause?: CauseOfDeath
  /** Months of contributions paid; else derived from `membershipStart` (assumes every month was paid). */
  readonly contributionMonths?: number
  readonly membershipStart?: string | Date
  /**
   * The children. Not given: the answer covers the participant's conditions only. Given but empty: no
   * child, no scholarship (`SCHOLARSHIP_NO_CHILDREN`, as the death benefits say).
   */
  readonly children?: readonly ScholarshipEligibilityChildInput[]
}

/** One child in the answer. */
export interface ScholarshipEligibilityChild {
  /** Position in the input list. */
  readonly index: number
  /** Age in whole years on `asOf`. */
  readonly age: number
  readonly status: 'eligible' | 'not-eligible' | 'unknown'
  /**
   * Whether this child takes one of the places (at most 2): `true`, `false`, or `null` when it depends on
   * an earlier child whose eligibility is unknown.
   */
  readonly selected: boolean | null
  readonly conditions: readonly Condition[]
  readonly reasons: readonly Reason[]
  readonly missing?: readonly string[]
}

/** Result of {@link checkScholarshipEligibility}. */
export interface ScholarshipEligibilityResult extends CheckResult {
  readonly dateOfDeath: string
  readonly asOf: string
  /** The regime by date of death (decisions D5). */
  readonly regime: ScholarshipRegime
  readonly maxChildren: number
  /** The months of contributions used (given or derived). */
  readonly contributionMonths?: number
  readonly children: readonly ScholarshipEligibilityChild[]
}

const CAUSES: readonly CauseOfDeath[] = ['natural', 'work-accident']

/**
 * Is there a scholarship (beasiswa) for the children of a deceased participant, and which children get it?
 *
 * - By date of death (decisions D5): PP 44/2015 until 2019-12-01 (one lump sum per participant, after at
 *   least 5 years of contributions for a non-work death); PP 82/2019 from 2019-12-02 (up to 2 children, at
 *   least 3 years of contributions for a non-work death, none for a work accident).
 * - Under PP 82/2019 a child qualifies while under 23, unmarried and not working; from 2025-02-24 a child
 *   who works as PU for at most 6 consecutive months, as BPU or as an intern keeps it (Permenaker 1/2025
 *   Pasal 103). The children registered as heirs come first; otherwise the first eligible children in the
 *   order given, with a warning when more qualify (decisions D14).
 * - The figures are the death benefits' parameters (`jkm.regime`, `scholarship.mode`,
 *   `scholarship.jkm.minContributionYears`, `scholarship.jkk.minContributionYears`,
 *   `scholarship.maxChildren`, `scholarship.ageLimit` on the date of death, `scholarship.workException` on
 *   `asOf`). Checked on `asOf` = the date of death with the same facts, for a PU, BPU or Jakon participant
 *   whose death benefit is payable, `status: 'eligible'` is `scholarship.eligible` of
 *   `calculateJkmBenefit` (natural death) or `calculateJkkDeathBenefit` (work accident) wherever both are
 *   settled. PMI are not distinguished here: their benefit reads `scholarship.pmi.minContributionYears`.
 *
 * Payments need yearly proof of schooling; amounts are computed by `calculateJkmBenefit`.
 *
 * @example
 * ```ts
 * const r = checkScholarshipEligibility({ dateOfDeath: '2024-05-01', asOf: '2024-06-01', cause: 'natural',
 *   contributionMonths: 36,
 *   children: [{ birthDate: '2010-01-01', married: false, working: 'no' },
 *              { birthDate: '2001-06-01', married: false, working: 'no' }] })
 * r.status                          //=> 'eligible'
 * r.children.map((c) => c.status)   //=> ['eligible', 'not-eligible']  (the second child is 23)
 * ```
 */
export function checkScholarshipEligibility(
  input: ScholarshipEligibilityInput,
  options?: CalculationOptions,
): ScholarshipEligibilityResult {
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(scholarshipSchema, input, localeOf(options)),
    () => resolveOptions(options),
  )
  const issues = new IssueList(resolved.locale)
  issues.order('dateOfDeath', parsed.dateOfDeath, 'asOf', parsed.asOf)
  issues.order('membershipStart', parsed.membershipStart, 'dateOfDeath', parsed.dateOfDeath, [
    'membershipStart',
  ])
  const children = parsed.children ?? []
  children.forEach((c, i) => {
    issues.order(`children[${i}].birthDate`, c.birthDate, 'asOf', parsed.asOf, ['children', i, 'birthDate'])
    if (c.puConsecutiveMonths !== undefined && c.working !== 'pu')
      issues.add(['children', i, 'puConsecutiveMonths'], 'ELIG_FIELD_NOT_APPLICABLE', {
        field: 'puConsecutiveMonths',
        context: `working: ${c.working ?? '—'}`,
      })
  })
  issues.throwIfAny()
  covered(parsed.dateOfDeath, ['dateOfDeath'], resolved.locale)
  covered(parsed.asOf, ['asOf'], resolved.locale)
  const death = parsed.dateOfDeath
  const asOf = parsed.asOf
  const ctx = new RuleContext('checkScholarshipEligibility', death, resolved)

  // A child born more than the posthumous limit after the death cannot be the participant's child: the same
  // refusal, with the same parameter, as calculateJkmBenefit (read only when a child is born after the death).
  if (children.some((c) => c.birthDate > death)) {
    const maxMonths = ctx.read(jkmPosthumousChildMaxMonths, death)
    const latest = addMonthsToDate(death, maxMonths.value)
    children.forEach((c, i) => {
      if (c.birthDate > latest)
        issues.add(['children', i, 'birthDate'], 'CHILD_BORN_TOO_LATE', {
          birthDate: c.birthDate,
          latest,
          months: maxMonths.value,
        })
    })
    issues.throwIfAny()
  }

  // The regime and the scholarship scheme of the death benefit (the same parameters calculateJkmBenefit and
  // calculateJkkDeathBenefit read): the yearly scheme of PP 82/2019 is the one with conditions on the child.
  const workDeath = parsed.cause === 'work-accident' || parsed.cause === 'occupational-disease'
  const regime = ctx.read(workDeath ? jkkDeathRegime : jkmRegime, death)
  const mode = ctx.read(scholarshipMode, death)
  ctx.step({
    rule: 'eligibility.scholarship.regime',
    text: 'ELIG_STEP_SCH_REGIME',
    params: { date: death, regime: regime.value },
    inputs: { dateOfDeath: death },
    parameters: [regime, mode],
    value: regime.value,
  })

  // contributions (participant level)
  let months = parsed.contributionMonths
  if (months === undefined && parsed.membershipStart !== undefined) {
    months = completedMonths(parsed.membershipStart, death)
    ctx.warn('ELIG_CONTRIBUTION_MONTHS_DERIVED', { months, membershipStart: parsed.membershipStart })
  }
  const minJkm = ctx.read(scholarshipJkmMinYears, death)
  const minJkk = ctx.read(scholarshipJkkMinYears, death)
  const contribution = contributionCondition(ctx, parsed.cause, months, minJkm, minJkk)
  const conditions: Condition[] = [contribution]
  ctx.step({
    rule: 'eligibility.scholarship.contribution',
    text: 'ELIG_STEP_CONDITION',
    params: {
      condition: contribution.id,
      status: ctx.t(`ELIG_CONDITION_${contribution.status.replace('-', '_')}`),
      detail: contribution.reasons.map((r) => r.message).join(' '),
    },
    inputs: { cause: parsed.cause ?? null, contributionMonths: months ?? null },
    parameters: [minJkm, minJkk],
    legal: mergeLegal(...contribution.reasons.map((r) => r.legal)),
    value: contribution.status,
  })

  // children
  const maxChildren = ctx.read(scholarshipMaxChildren, death)
  const childResults: {
    -readonly [K in keyof ScholarshipEligibilityChild]: ScholarshipEligibilityChild[K]
  }[] = []
  if (parsed.children !== undefined && children.length === 0)
    conditions.push(
      condition('scholarship.children', 'not-met', [
        reason(ctx, 'SCHOLARSHIP_NO_CHILDREN', {}, [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103' }]),
      ]),
    )
  if (children.length > 0) {
    const rules =
      mode.value === 'yearly'
        ? {
            maxAge: ctx.read(scholarshipAgeLimit, death),
            work: ctx.readOptional(scholarshipWorkException, asOf),
          }
        : undefined
    children.forEach((c, i) => {
      const age = ageOn(c.birthDate, asOf)
      const conds =
        rules === undefined
          ? [oldRegimeChild(ctx, mode)]
          : childConditions(ctx, c, i, age, rules.maxAge, rules.work)
      const { status, missing } = combine(conds)
      const r: (typeof childResults)[number] = {
        index: i,
        age,
        status,
        selected: false,
        conditions: conds,
        reasons: uniqueReasons(conds.flatMap((x) => x.reasons)),
      }
      if (missing !== undefined) r.missing = missing
      childResults.push(r)
    })
    select(ctx, childResults, children, maxChildren)
    for (const c of childResults)
      ctx.step({
        rule: 'eligibility.scholarship.child',
        text: 'ELIG_STEP_SCH_CHILD',
        params: {
          index: c.index,
          age: c.age,
          status: ctx.t(`ELIG_CHECK_${c.status.replace('-', '_')}`),
          selected: c.selected === null ? '?' : ctx.t(c.selected ? 'ELIG_YES' : 'ELIG_NO'),
        },
        inputs: { index: c.index, birthDate: children[c.index]?.birthDate ?? null, asOf },
        parameters:
          rules === undefined
            ? [maxChildren]
            : [maxChildren, rules.maxAge, ...(rules.work === undefined ? [] : [rules.work])],
        legal: mergeLegal(...c.reasons.map((r) => r.legal)),
        value: { status: c.status, selected: c.selected },
      })
    conditions.push(childrenCondition(ctx, childResults, maxChildren))
  }

  const combined = combine(conditions)
  ctx.step({
    rule: 'eligibility.scholarship',
    text: 'ELIG_STEP_CHECK',
    formula: 'ELIG_FORMULA_ALL_CONDITIONS',
    params: { check: 'scholarship', status: ctx.t(`ELIG_CHECK_${combined.status.replace('-', '_')}`) },
    inputs: combined.missing === undefined ? {} : { missing: combined.missing },
    value: combined.status,
  })
  const result: { -readonly [K in keyof ScholarshipEligibilityResult]: ScholarshipEligibilityResult[K] } = {
    status: combined.status,
    conditions,
    reasons: uniqueReasons(conditions.flatMap((c) => c.reasons)),
    dateOfDeath: death,
    asOf,
    regime: regime.value,
    maxChildren: maxChildren.value,
    children: childResults,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  if (combined.missing !== undefined) result.missing = combined.missing
  if (months !== undefined) result.contributionMonths = months
  return deepFreeze(result)
}

/** Months in a year: the minimum contribution periods are set in years and compared with paid months. */
const MONTHS_PER_YEAR = 12

/**
 * The minimum-contribution condition, three-valued over the cause when it is not given. The minima are the
 * death benefits' `scholarship.jkm.minContributionYears` and `scholarship.jkk.minContributionYears`, in
 * months (years × 12), as `calculateJkmBenefit` and `calculateJkkDeathBenefit` compare them.
 */
function contributionCondition(
  ctx: RuleContext,
  cause: CauseOfDeath | undefined,
  months: number | undefined,
  minJkm: ParameterReading<number>,
  minJkk: ParameterReading<number>,
): Condition {
  const one = (c: CauseOfDeath): { status: Condition['status']; reason: Reason } => {
    const years = c === 'natural' ? minJkm : minJkk
    const min = years.value * MONTHS_PER_YEAR
    if (min === 0) return { status: 'met', reason: reason(ctx, 'ELIG_SCH_NO_MINIMUM', {}, years.legal) }
    if (months === undefined)
      return { status: 'unknown', reason: missingReason(ctx, ['contributionMonths'], years.legal) }
    return months >= min
      ? { status: 'met', reason: reason(ctx, 'ELIG_SCH_CONTRIB_MET', { months, min }, years.legal) }
      : {
          status: 'not-met',
          reason: reason(ctx, 'ELIG_SCH_CONTRIB_NOT_MET', { months, min }, years.legal),
        }
  }
  if (cause !== undefined) {
    const r = one(cause === 'natural' ? 'natural' : 'work-accident')
    return condition(
      'scholarship.contribution',
      r.status,
      [r.reason],
      r.status === 'unknown' ? ['contributionMonths'] : [],
    )
  }
  const results = CAUSES.map(one)
  const first = results[0] as { status: Condition['status']; reason: Reason }
  if (results.every((r) => r.status === first.status))
    return condition(
      'scholarship.contribution',
      first.status,
      uniqueReasons(results.map((r) => r.reason)),
      first.status === 'unknown' ? ['contributionMonths'] : [],
    )
  const missing = ['cause', ...(months === undefined ? ['contributionMonths'] : [])]
  return condition(
    'scholarship.contribution',
    'unknown',
    [missingReason(ctx, missing, legalOf(minJkm, minJkk)), ...uniqueReasons(results.map((r) => r.reason))],
    missing,
  )
}

type Child = {
  readonly married?: boolean | undefined
  readonly working?: 'no' | 'pu' | 'bpu' | 'intern' | undefined
  readonly puConsecutiveMonths?: number | undefined
}

/** Under PP 44/2015 the scholarship was one lump sum per participant: no child conditions are known. */
function oldRegimeChild(ctx: RuleContext, mode: ParameterReading): Condition {
  return condition('child.regime', 'met', [reason(ctx, 'ELIG_SCH_OLD_REGIME_CHILD', {}, mode.legal)])
}

/** The kinds of work of `scholarship.workException` (the death benefits' `ChildInput.work.kind`). */
const WORK_KIND: Readonly<Record<'pu' | 'bpu' | 'intern', string>> = {
  pu: 'PU',
  bpu: 'BPU',
  intern: 'intern',
}

function childConditions(
  ctx: RuleContext,
  c: Child,
  i: number,
  age: number,
  maxAge: ParameterReading<number>,
  exception: ParameterReading<WorkException> | undefined,
): Condition[] {
  const path = (k: string) => `children[${i}].${k}`
  const out: Condition[] = []
  out.push(
    age < maxAge.value
      ? condition('child.age', 'met', [
          reason(ctx, 'ELIG_SCH_CHILD_AGE_OK', { age, maxAge: maxAge.value }, maxAge.legal),
        ])
      : condition('child.age', 'not-met', [
          reason(ctx, 'ELIG_SCH_CHILD_TOO_OLD', { age, maxAge: maxAge.value }, maxAge.legal),
        ]),
  )
  out.push(
    c.married === undefined
      ? condition(
          'child.unmarried',
          'unknown',
          [missingReason(ctx, [path('married')], maxAge.legal)],
          [path('married')],
        )
      : c.married
        ? condition('child.unmarried', 'not-met', [reason(ctx, 'ELIG_SCH_CHILD_MARRIED', {}, maxAge.legal)])
        : condition('child.unmarried', 'met', [reason(ctx, 'ELIG_SCH_CHILD_UNMARRIED', {}, maxAge.legal)]),
  )
  const work = c.working
  const exceptionLegal = exception?.legal ?? maxAge.legal
  if (work === undefined)
    out.push(
      condition(
        'child.notWorking',
        'unknown',
        [missingReason(ctx, [path('working')], maxAge.legal)],
        [path('working')],
      ),
    )
  else if (work === 'no')
    out.push(
      condition('child.notWorking', 'met', [reason(ctx, 'ELIG_SCH_CHILD_NOT_WORKING', {}, maxAge.legal)]),
    )
  else if (exception !== undefined && exception.value.keepsKinds.includes(WORK_KIND[work]))
    out.push(
      condition('child.notWorking', 'met', [
        reason(
          ctx,
          'ELIG_SCH_CHILD_WORK_EXCEPTION',
          { work: ctx.t(`ELIG_CHILD_WORK_${work}`) },
          exceptionLegal,
        ),
      ]),
    )
  else if (exception === undefined || work !== 'pu')
    out.push(
      condition('child.notWorking', 'not-met', [reason(ctx, 'ELIG_SCH_CHILD_WORKING', {}, maxAge.legal)]),
    )
  else {
    const m = c.puConsecutiveMonths
    const maxPu = exception.value.puMaxConsecutiveMonths
    out.push(
      m === undefined
        ? condition(
            'child.notWorking',
            'unknown',
            [missingReason(ctx, [path('puConsecutiveMonths')], exceptionLegal)],
            [path('puConsecutiveMonths')],
          )
        : m <= maxPu
          ? condition('child.notWorking', 'met', [
              reason(ctx, 'ELIG_SCH_CHILD_PU_EXCEPTION', { months: m, max: maxPu }, exceptionLegal),
            ])
          : condition('child.notWorking', 'not-met', [
              reason(ctx, 'ELIG_SCH_CHILD_PU_TOO_LONG', { months: m, max: maxPu }, exceptionLegal),
            ]),
    )
  }
  return out
}

/**
 * Picks the children who take the places (decisions D14), as the death benefits do: when any child carries
 * `registeredAsHeir`, only the children marked `true` can take one; when none carries it, all in input
 * order. An eligible child takes a place when enough places remain even if every
 * earlier unknown child turns out eligible; `null` when it depends on them.
 */
function select(
  ctx: RuleContext,
  results: {
    status: ScholarshipEligibilityChild['status']
    selected: boolean | null
    reasons: readonly Reason[]
  }[],
  children: readonly { readonly registeredAsHeir?: boolean | undefined }[],
  max: ParameterReading<number>,
): void {
  const marked = children.some((c) => c.registeredAsHeir !== undefined)
  let confirmed = 0
  let pending = 0
  results.forEach((r, i) => {
    if (marked && children[i]?.registeredAsHeir !== true) {
      r.selected = false
      if (r.status !== 'not-eligible')
        r.reasons = [
          ...r.reasons,
          reason(ctx, 'ELIG_SCH_NOT_REGISTERED_HEIR', {}, [
            { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' },
            { source: 'DECISIONS', article: 'D14' },
          ]),
        ]
      return
    }
    if (r.status === 'not-eligible') {
      r.selected = false
      return
    }
    if (r.status === 'eligible' && confirmed + pending < max.value) {
      r.selected = true
      confirmed++
      return
    }
    if (confirmed < max.value) {
      r.selected = null
      if (r.status === 'unknown') pending++
      return
    }
    r.selected = false
    r.reasons = [...r.reasons, reason(ctx, 'ELIG_SCH_LIMIT_REACHED', { max: max.value }, max.legal)]
  })
  const candidates = results.filter(
    (r, i) => r.status !== 'not-eligible' && (!marked || children[i]?.registeredAsHeir === true),
  ).length
  if (!marked && candidates > max.value)
    ctx.warn('ELIG_SCHOLARSHIP_ORDER_FALLBACK', { max: max.value, count: candidates })
}

/** Met when a child qualifies; unknown when none does yet but some may; not met otherwise. */
function childrenCondition(
  ctx: RuleContext,
  results: readonly ScholarshipEligibilityChild[],
  max: ParameterReading<number>,
): Condition {
  const taking = results.filter((r) => r.selected !== false)
  if (taking.some((r) => r.status === 'eligible'))
    return condition('scholarship.children', 'met', [
      reason(
        ctx,
        'ELIG_SCH_CHILDREN_MET',
        { count: results.filter((r) => r.selected === true).length, max: max.value },
        max.legal,
      ),
    ])
  const unknown = taking.filter((r) => r.status === 'unknown')
  if (unknown.length > 0) {
    const missing = uniquePaths(unknown.flatMap((r) => r.missing ?? []))
    return condition('scholarship.children', 'unknown', [missingReason(ctx, missing, max.legal)], missing)
  }
  return condition('scholarship.children', 'not-met', [
    reason(ctx, 'ELIG_SCH_NO_ELIGIBLE_CHILD', {}, max.legal),
  ])
}
