import type { Citation } from '../legal/types.js'
import { foreignWorkerJpStatus } from '../parameters/eligibility.js'
import type { ProgramStatusInLaw } from '../parameters/programs.js'
import type { EnterpriseSize, Program } from '../types.js'
import type { Env } from './env.js'
import { jkpConditions, missingReason, type JkpFacts } from './jkp.js'
import { combine, mergeLegal, reason } from './shared.js'
import type { ProgramStatus, Reason, Segment } from './types.js'
import type { Facts, ProgramAnswer } from './worlds.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_45_2015,
  legalSources.PP_46_2015,
  legalSources.PP_37_2021,
  legalSources.PP_49_2023,
  legalSources.PP_6_2025,
  legalSources.PERMENAKER_29_2015,
  legalSources.PERMENAKER_44_2015,
  legalSources.PERMENAKER_7_2017,
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_5_2021,
  legalSources.PERMENAKER_4_2023,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
)

useMessages(eligibilityMessages)

/** Which sources of the matrix citations speak to a row and program. */
export function citationsFor(env: Env, segment: Segment, program: Program): Citation[] {
  const pick = (ids: readonly string[]) => env.matrix.legal.filter((c) => ids.includes(c.source))
  const byProgram: Record<Program, readonly string[]> = {
    JKK: ['PP-44-2015'],
    JKM: ['PP-44-2015'],
    JHT: ['PP-46-2015'],
    JP: ['PP-45-2015', 'PP-6-2025'],
    JKP: ['PP-37-2021', 'PP-6-2025'],
  }
  const bySegment: Partial<Record<Segment, readonly string[]>> = {
    PU_STATE: ['PP-49-2023', 'PERMENAKER-1-2025', 'DECISIONS'],
    JAKON: ['PERMENAKER-44-2015', 'PERMENAKER-5-2021'],
    PMI: ['PERMENAKER-7-2017', 'PERMENAKER-18-2018', 'PERMENAKER-4-2023'],
    INTERN: ['PERMENAKER-5-2021'],
  }
  const chosen = mergeLegal(pick(byProgram[program]), pick(bySegment[segment] ?? []))
  return chosen.length > 0 ? chosen : [...env.matrix.legal]
}

export function statusWord(env: Env, s: ProgramStatusInLaw): string {
  return env.ctx.t(`ELIG_STATUS_${s}`)
}

export function programAnswer(
  env: Env,
  facts: Facts,
  segment: Segment,
  s: ProgramStatusInLaw,
  p: Program,
): ProgramAnswer {
  const ctx = env.ctx
  const seg = ctx.t(`ELIG_SEGMENT_${segment}`)
  const legal = citationsFor(env, segment, p)
  if (s === 'unknown')
    return {
      status: 'unknown',
      reasons: [reason(ctx, 'ELIG_LAW_UNSETTLED', { program: p, segment: seg }, legal)],
      missing: [],
    }
  if (s === 'conditional') return jkpAnswer(env, facts, segment, legal)
  const base = reason(
    ctx,
    'ELIG_PROG_MATRIX',
    { program: p, segment: seg, status: statusWord(env, s) },
    legal,
  )
  if (p !== 'JP' || s === 'unavailable') return { status: s, reasons: [base], missing: [] }
  return jpAnswer(env, facts, segment, s, base)
}

/** JP: only before pension age; for a foreign PU the status of `eligibility.foreignWorker.jpStatus`. */
function jpAnswer(
  env: Env,
  facts: Facts,
  segment: Segment,
  s: 'mandatory' | 'optional',
  base: Reason,
): ProgramAnswer {
  const ctx = env.ctx
  if (env.jpRegistrable === false && env.pension !== undefined) {
    const pr = env.pension
    return {
      status: 'unavailable',
      reasons: [
        reason(
          ctx,
          'ELIG_JP_PENSION_AGE_REACHED',
          { pensionAge: pr.age, reachedOn: pr.reachedOn, until: pr.until },
          pr.legal,
        ),
      ],
      missing: [],
    }
  }
  const reasons: Reason[] = [base]
  const missing: string[] = []
  let status: ProgramStatus = s
  if (segment !== 'PU_STATE' && segment.startsWith('PU_')) {
    const nat = facts.peek('nationality')
    if (nat !== 'WNI') {
      const fs = env.read(foreignWorkerJpStatus)
      const foreign: ProgramStatus = fs.value === 'conditional' ? 'unknown' : fs.value
      const fr = reason(
        ctx,
        fs.value === 'unknown' ? 'ELIG_JP_FOREIGNER_UNSETTLED' : 'ELIG_JP_FOREIGNER',
        { status: statusWord(env, fs.value) },
        fs.legal,
      )
      if (nat === 'WNA') {
        status = foreign
        reasons.splice(0, 1, fr)
      } else if (foreign !== s) {
        status = 'unknown'
        reasons.push(fr)
        missing.push('nationality')
      }
    }
  }
  if (env.jpRegistrable === undefined && status !== 'unavailable') {
    status = 'unknown'
    reasons.push(
      missingReason(
        ctx,
        ['birthDate'],
        [{ source: 'PP-45-2015', article: 'Pasal 15' }, { source: 'PERMENAKER-29-2015' }],
      ),
    )
    missing.push('birthDate')
  } else if (env.pension !== undefined && status !== 'unavailable') {
    // a program a foreigner cannot join has no last registration day
    const pr = env.pension
    reasons.push(
      reason(
        ctx,
        'ELIG_JP_BEFORE_PENSION_AGE',
        { pensionAge: pr.age, reachedOn: pr.reachedOn, until: pr.until },
        pr.legal,
      ),
    )
  }
  return { status, reasons, missing }
}

/** JKP: mandatory when every registration condition is met (see `checkJkpRegistration`). */
function jkpAnswer(env: Env, facts: Facts, segment: Segment, legal: readonly Citation[]): ProgramAnswer {
  const f: { -readonly [K in keyof JkpFacts]: JkpFacts[K] } = { employmentRelationship: true }
  const nat = facts.peek('nationality')
  if (nat === 'WNI' || nat === 'WNA') f.nationality = nat
  if (env.age !== undefined) f.age = env.age
  if (segment.startsWith('PU_') && segment !== 'PU_STATE')
    f.enterpriseSize = segment.slice(3) as EnterpriseSize
  if (env.input.enrolledPrograms !== undefined) f.enrolledPrograms = env.input.enrolledPrograms
  if (env.input.inJkn !== undefined) f.inJkn = env.input.inJkn
  const { conditions, readings } = jkpConditions(env.ctx, env.asOf, f, env.matrix)
  // once per parameter: ctx.read gives a new reading object at every call (one per enterprise-size world)
  for (const r of readings) if (!env.used.some((u) => u.id === r.id)) env.used.push(r)
  const { status, missing } = combine(conditions)
  const intro = reason(env.ctx, 'ELIG_JKP_CONDITIONAL', {}, legal)
  if (status === 'not-eligible')
    return {
      status: 'unavailable',
      reasons: [intro, ...conditions.filter((c) => c.status === 'not-met').flatMap((c) => c.reasons)],
      missing: [],
    }
  return {
    status: status === 'eligible' ? 'mandatory' : 'unknown',
    reasons: [intro, ...conditions.flatMap((c) => c.reasons)],
    missing: missing ?? [],
  }
}
