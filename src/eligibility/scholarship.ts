import type * as z from 'zod/mini'
import type { Locale } from '../i18n/types.js'
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
  type ScholarshipMode,
} from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import { checkInput, inCoverage, type InputFields } from '../schemas/one-pass.js'
import { scholarshipSchema } from '../schemas/eligibility.js'
import { localeOf, optionsOrDefault, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addMonthsToDate, ageOn, completedMonths } from '../time/calendar.js'
import type { CauseOfDeath } from './jkm.js'
import { covered } from './pension.js'
import { combine, condition, mergeLegal, reason, stepCondition, uniqueReasons } from './shared.js'
import type { CheckResult, Condition, Reason, ScholarshipRegime } from './types.js'
import { IssueList } from './validate.js'
import {
  childConditions,
  childrenCondition,
  contributionCondition,
  oldRegimeChild,
  select,
} from './scholarship-children.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_1_2025)

useMessages(benefitsMessages, eligibilityMessages)

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

/** The cross-field checks of a scholarship check (those of validateInput and the posthumous limit). */
function scholarshipCrossChecks(
  f: InputFields<z.output<typeof scholarshipSchema>>,
  o: ReturnType<typeof resolveOptions> | undefined,
  locale: Locale,
): void {
  const issues = new IssueList(locale)
  inputIssues(f.fields, issues)
  const death = f.fields.dateOfDeath
  if (inCoverage(death)) {
    const ctx = new RuleContext('checkScholarshipEligibility', death, optionsOrDefault(o, locale), false)
    posthumousLimit(ctx, { ...f.fields, dateOfDeath: death }, issues)
  }
  issues.throwIfAny()
}

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
  // the schema, every cross-field check (those of validateInput and the posthumous limit) and the options in
  // one pass
  const [parsed, { resolved }] = checkInput(
    localeOf(options),
    scholarshipSchema,
    input,
    () => resolveOptions(options),
    (f, o) => scholarshipCrossChecks(f, o, localeOf(options)),
  )
  const issues = new IssueList(resolved.locale)
  validateInput(parsed, resolved.locale)
  const children = parsed.children ?? []
  const death = parsed.dateOfDeath
  const asOf = parsed.asOf
  const ctx = new RuleContext('checkScholarshipEligibility', death, resolved)

  posthumousLimit(ctx, parsed, issues)

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

  const { months, contribution } = contributionStep(ctx, parsed)
  const conditions: Condition[] = [contribution]

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
    childResults.push(...childrenSteps(ctx, parsed, mode, maxChildren))
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

type Parsed = z.infer<typeof scholarshipSchema>

type ChildResult = { -readonly [K in keyof ScholarshipEligibilityChild]: ScholarshipEligibilityChild[K] }

/** The dates inside the library's span (the cross-field checks ran with the schema). */
function validateInput(parsed: Parsed, locale: 'id' | 'en'): void {
  covered(parsed.dateOfDeath, ['dateOfDeath'], locale)
  covered(parsed.asOf, ['asOf'], locale)
}

/** The order of the dates and the fields that do not apply (also on the valid fields of an invalid input). */
function inputIssues(parsed: Partial<Parsed>, issues: IssueList): void {
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
}

function posthumousLimit(
  ctx: RuleContext,
  parsed: Pick<Parsed, 'dateOfDeath' | 'children'>,
  issues: IssueList,
): void {
  const death = parsed.dateOfDeath
  const children = parsed.children ?? []
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
}

/** The conditions on each child, the selection (D14), one step per child. */
function childrenSteps(
  ctx: RuleContext,
  parsed: Parsed,
  mode: ParameterReading<ScholarshipMode>,
  maxChildren: ParameterReading<number>,
): ChildResult[] {
  const death = parsed.dateOfDeath
  const asOf = parsed.asOf
  const children = parsed.children ?? []
  const childResults: ChildResult[] = []
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
    const r: ChildResult = {
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
  return childResults
}

/** The participant's contribution months against the minimum for the cause of death, as one step. */
function contributionStep(ctx: RuleContext, parsed: Parsed) {
  const death = parsed.dateOfDeath
  let months = parsed.contributionMonths
  if (months === undefined && parsed.membershipStart !== undefined) {
    months = completedMonths(parsed.membershipStart, death)
    ctx.warn('ELIG_CONTRIBUTION_MONTHS_DERIVED', { months, membershipStart: parsed.membershipStart })
  }
  const minJkm = ctx.read(scholarshipJkmMinYears, death)
  const minJkk = ctx.read(scholarshipJkkMinYears, death)
  const contribution = contributionCondition(ctx, parsed.cause, months, minJkm, minJkk)
  stepCondition(
    ctx,
    'eligibility.scholarship.contribution',
    contribution,
    { cause: parsed.cause ?? null, contributionMonths: months ?? null },
    [minJkm, minJkk],
  )
  return { months, contribution }
}
