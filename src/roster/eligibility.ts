import { checkEligibility } from '../eligibility/index.js'
import type { EligibilityResult, WorkRelationship } from '../eligibility/types.js'
import { bpuMaxRegistrationAge } from '../parameters/eligibility.js'
import type { Category } from '../types.js'
import { errorText } from './findings.js'
import type { RosterEnv, RowState } from './state.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/** The facts of an eligibility answer a roster uses: all decided by the relationship, wage flag and age in years. */
export interface EligibilityFacts {
  readonly category: Category | null
  readonly categoryStatus: EligibilityResult['categoryStatus']
  readonly missing: readonly string[]
  readonly bpuOk: boolean
  readonly reason: string
  readonly working: 'adult' | 'child'
  readonly minimumAge: number
  readonly bpuAge: 'allowed' | 'not-allowed' | 'unknown'
  readonly bpuAgeUnsettled: boolean
  readonly maxAge: number | null
}

/** The eligibility facts of a row's relationship, wage flag, nationality and age, or why the check refused. */
export type EligibilityCheck = (
  st: RowState,
  relationship: WorkRelationship,
) => EligibilityFacts | { refused: string }

/**
 * The eligibility check of one assessor: `checkEligibility` once per relationship, wage flag, nationality and
 * age in whole years (the facts a roster uses depend on nothing else of the person), its step recorded once.
 */
export function eligibilityChecker(env: RosterEnv): EligibilityCheck {
  const cache = new Map<string, EligibilityFacts | { refused: string }>()
  return (st, relationship) => {
    const key = `${relationship}|${String(st.wageEarner)}|${st.nationality ?? ''}|${st.age ?? ''}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    let out: EligibilityFacts | { refused: string }
    try {
      out = checkFacts(env, st, relationship)
    } catch (e) {
      const text = errorText(e)
      if (text === undefined) throw e
      out = { refused: text }
    }
    cache.set(key, out)
    return out
  }
}

/** Runs `checkEligibility` for a row's facts, absorbs its trace and records the roster's step. */
function checkFacts(env: RosterEnv, st: RowState, relationship: WorkRelationship): EligibilityFacts {
  const { asOf, ctx } = env
  const { wageEarner, nationality, birthDate } = st
  const r = checkEligibility(
    {
      asOf,
      relationship,
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(wageEarner === undefined ? {} : { wageEarner }),
      ...(nationality === undefined ? {} : { nationality }),
      checkBpuRegistrationAge: true,
    },
    env.passOptions,
  )
  // a child is a finding of its row (ROSTER_AGE_CHILD), not a warning of the whole roster
  ctx.absorb(
    r.explanation,
    r.warnings.filter((w) => w.code !== 'ELIG_CHILD_WORKER'),
  )
  const jkk = r.programs.find((p) => p.program === 'JKK')
  const jkm = r.programs.find((p) => p.program === 'JKM')
  const bpu = r.bpuRegistrationAge
  const limit = ctx.readShared(bpuMaxRegistrationAge, asOf).value.maxAge
  const out: EligibilityFacts = {
    category: r.category,
    categoryStatus: r.categoryStatus,
    missing: r.categoryMissing ?? [],
    bpuOk: jkk?.status === 'mandatory' && jkm?.status === 'mandatory',
    reason: r.categoryReasons.map((x) => x.message).join(' '),
    working: r.age?.workingAge.status ?? 'adult',
    minimumAge: r.age?.workingAge.minimumAge ?? 0,
    bpuAge: bpu?.status ?? 'unknown',
    bpuAgeUnsettled: bpu?.status === 'unknown' && (bpu.missing ?? []).length === 0,
    maxAge: limit,
  }
  ctx.step({
    rule: 'roster.eligibility',
    text: 'STEP_ROSTER_ELIGIBILITY',
    params: {
      relationship,
      age: st.age ?? '—',
      asOf,
      category: r.category ?? r.categoryStatus,
      jkk: jkk?.status ?? '—',
      jkm: jkm?.status ?? '—',
      bpuAge: out.bpuAge,
    },
    inputs: {
      relationship,
      age: st.age ?? null,
      ...(wageEarner === undefined ? {} : { wageEarner }),
    },
    legal: [...new Map(r.explanation.legal.map((c) => [`${c.source}|${c.article ?? ''}`, c])).values()].map(
      (c) => ({ source: c.source, ...(c.article === undefined ? {} : { article: c.article }) }),
    ),
    value: r.category,
  })
  return out
}

/**
 * A row's relationship, category and eligibility: the relationship's findings (missing, outside the program,
 * not BPU), the age's (a child, above the BPU registration age) and the three-valued status with what is missing.
 */
export function applyEligibility(env: RosterEnv, st: RowState, check: EligibilityCheck): void {
  const { finding } = env
  const { findings, person, relationship, age } = st
  if (relationship === undefined) {
    findings.push(finding('ROSTER_RELATIONSHIP_MISSING', {}, 'relationship'))
    return
  }
  person.relationship = relationship
  const e = check(st, relationship)
  if ('refused' in e) {
    findings.push(finding('ROSTER_CHECK_REFUSED', { reason: e.refused }))
    return
  }
  person.category = e.category
  if (e.categoryStatus === 'unknown') {
    person.eligibility.missing = [...e.missing]
    findings.push(finding('ROSTER_CATEGORY_UNKNOWN', { missing: e.missing.join(', ') || '—' }))
  } else if (e.categoryStatus !== 'determined')
    findings.push(finding('ROSTER_OUTSIDE_PROGRAM', { reason: e.reason }, 'relationship'))
  else if (e.category !== 'BPU' || !e.bpuOk)
    findings.push(finding('ROSTER_NOT_BPU', { category: e.category ?? '—' }, 'relationship'))
  if (age !== undefined && e.working === 'child')
    findings.push(finding('ROSTER_AGE_CHILD', { age, asOf: env.asOf, minimumAge: e.minimumAge }, 'birthDate'))
  if (e.bpuAge === 'not-allowed')
    findings.push(
      finding(
        'ROSTER_AGE_ABOVE_LIMIT',
        { age: age ?? '—', asOf: env.asOf, maxAge: e.maxAge ?? '—' },
        'birthDate',
      ),
    )
  if (e.bpuAgeUnsettled)
    env.ctx.warn('ROSTER_BPU_AGE_LIMIT_UNKNOWN', {}, 'eligibility.bpu.maxRegistrationAge')
  setStatus(st, e)
}

/** The row's eligibility status from the facts: `unknown` names the birth date when the age is missing. */
function setStatus(st: RowState, e: EligibilityFacts): void {
  const { eligibility } = st.person
  const age = st.age
  if (e.categoryStatus === 'unknown') eligibility.status = 'unknown'
  else if (e.category === 'BPU' && e.bpuOk && e.bpuAge !== 'not-allowed')
    eligibility.status = age === undefined && !e.bpuAgeUnsettled ? 'unknown' : 'eligible'
  else eligibility.status = 'not-eligible'
  if (eligibility.status === 'unknown' && age === undefined && !e.bpuAgeUnsettled)
    eligibility.missing = [...new Set([...eligibility.missing, 'birthDate'])]
}
