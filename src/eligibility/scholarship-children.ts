import type { RuleContext } from '../explain/context.js'
import type { WorkException } from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import type { CauseOfDeath } from './jkm.js'
import { missingReason } from './jkp.js'
import { condition, legalOf, reason, uniquePaths, uniqueReasons } from './shared.js'
import type { Condition, Reason } from './types.js'
import type { ScholarshipEligibilityChild } from './scholarship.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_1_2025, legalSources.DECISIONS, legalDecisions.D14)

useMessages(eligibilityMessages)

/** The causes of death a scholarship follows. */
export const CAUSES: readonly CauseOfDeath[] = ['natural', 'work-accident']

/** Months in a year: the minimum contribution periods are set in years and compared with paid months. */
const MONTHS_PER_YEAR = 12

/**
 * The minimum-contribution condition, three-valued over the cause when it is not given. The minima are the
 * death benefits' `scholarship.jkm.minContributionYears` and `scholarship.jkk.minContributionYears`, in
 * months (years × 12), as `calculateJkmBenefit` and `calculateJkkDeathBenefit` compare them.
 */
export function contributionCondition(
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
    // `one` tells only a natural death apart (any JKK cause has the JKK minimum); `missing` counts when unknown
    const r = one(cause)
    return condition('scholarship.contribution', r.status, [r.reason], ['contributionMonths'])
  }
  const results = CAUSES.map(one)
  const first = results[0] as { status: Condition['status']; reason: Reason }
  if (results.every((r) => r.status === first.status))
    return condition('scholarship.contribution', first.status, uniqueReasons(results.map((r) => r.reason)), [
      'contributionMonths',
    ])
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
export function oldRegimeChild(ctx: RuleContext, mode: ParameterReading): Condition {
  return condition('child.regime', 'met', [reason(ctx, 'ELIG_SCH_OLD_REGIME_CHILD', {}, mode.legal)])
}

/** The kinds of work of `scholarship.workException` (the death benefits' `ChildInput.work.kind`). */
const WORK_KIND: Readonly<Record<'pu' | 'bpu' | 'intern', string>> = {
  pu: 'PU',
  bpu: 'BPU',
  intern: 'intern',
}

/** Under the age limit and unmarried (PP 82/2019). */
function ageAndMarriage(
  ctx: RuleContext,
  c: Child,
  path: (k: string) => string,
  age: number,
  maxAge: ParameterReading<number>,
): Condition[] {
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
  return out
}

export function childConditions(
  ctx: RuleContext,
  c: Child,
  i: number,
  age: number,
  maxAge: ParameterReading<number>,
  exception: ParameterReading<WorkException> | undefined,
): Condition[] {
  const path = (k: string) => `children[${i}].${k}`
  const out: Condition[] = ageAndMarriage(ctx, c, path, age, maxAge)
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
export function select(
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
  // D14: the order of the list decides only when no child is marked as a registered heir
  if (!marked) {
    const candidates = results.filter((r) => r.status !== 'not-eligible').length
    if (candidates > max.value)
      ctx.warn('ELIG_SCHOLARSHIP_ORDER_FALLBACK', { max: max.value, count: candidates })
  }
}

/** Met when a child qualifies; unknown when none does yet but some may; not met otherwise. */
export function childrenCondition(
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
