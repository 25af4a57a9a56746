import { BpjsRuleError } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { MessageParams } from '../i18n/types.js'
import type { Citation } from '../legal/types.js'
import { jkmBpuGraceMonths, jkmPmiRegime, PMI_18_2018_FIRST_DAY } from '../parameters/jkm.js'
import type { ParameterReading } from '../parameters/types.js'
import { addPeriods, periodOf } from '../time/calendar.js'
import type { Category } from '../types.js'
import type { DeathCause } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.BPJSTK_ART_18877,
  legalSources.DECISIONS,
  legalDecisions.D11,
)

useMessages(benefitsMessages)

/**
 * The conditions of a death claim, decided once for the benefit calculations (`calculateJkmBenefit`,
 * `calculateJkkDeathBenefit`) and for the claim check (`checkJkmClaim`), so that they can never disagree
 * on the same facts. Each decision names its reason code (defined once, in the benefits catalogue), the
 * message parameters, the legal basis and the parameters it read; the callers only present it.
 */

/** What a condition comes to: met, not met, or not decidable because a fact is missing. */
export type Outcome = 'met' | 'not-met' | 'missing'

/** A decided (or undecidable) condition. */
export interface Decision {
  readonly outcome: Outcome
  /** The reason code when the condition is decided; absent when a fact is missing. */
  readonly code?: string
  readonly params: MessageParams
  readonly legal: readonly Citation[]
  /** The input path the decision rests on, or the one that is missing. */
  readonly path: string
}

/** The protected-period decision, with the parameters it read. */
export interface ProtectionDecision extends Decision {
  /** The parameters read to decide (already recorded in the context). */
  readonly readings: readonly ParameterReading[]
  /** BPU with `paidThrough`: the month paid through, the month of the event and the grace period read. */
  readonly bpu?: {
    readonly paidThrough: string
    readonly month: string
    readonly grace: ParameterReading<number>
  }
}

/** PP 44/2015 Pasal 1 angka 2: JKM is the benefit for a death that is not caused by a work accident. */
export const JKM_CAUSE_LEGAL: readonly Citation[] = Object.freeze([
  { source: 'PP-44-2015', article: 'Pasal 1 angka 2' },
])

/** Decisions D11 and BPJS TK article 18877: the benefit is due only for a death in the active period. */
export const PROTECTION_LEGAL: readonly Citation[] = Object.freeze([
  { source: 'BPJSTK-ART-18877' },
  { source: 'DECISIONS', article: 'D11' },
])

/** Citations of several lists, each once, in order. */
export function uniqueLegal(...lists: readonly (readonly Citation[])[]): Citation[] {
  const out: Citation[] = []
  const seen = new Set<string>()
  for (const list of lists)
    for (const c of list) {
      const key = JSON.stringify([c.source, c.article])
      if (!seen.has(key)) {
        seen.add(key)
        out.push(c)
      }
    }
  return out
}

/** The localized name of a cause, for messages. */
export function causeText(ctx: RuleContext, cause: DeathCause): string {
  return ctx.t(`CAUSE_${cause.replace('-', '_')}`)
}

/**
 * The JKM cause condition: a death not caused by a work accident or an occupational disease is a JKM case
 * (`CAUSE_NOT_WORK_RELATED`); one that is caused by either is a JKK case (`WORK_ACCIDENT_USE_JKK`).
 */
export function jkmCauseDecision(ctx: RuleContext, cause: DeathCause | undefined): Decision {
  const base = { legal: JKM_CAUSE_LEGAL, path: 'cause' }
  // Stryker disable next-line StringLiteral: callers test `code` (absent) first; this outcome is never read
  if (cause === undefined) return { ...base, outcome: 'missing', params: {} }
  if (cause === 'natural') return { ...base, outcome: 'met', code: 'CAUSE_NOT_WORK_RELATED', params: {} }
  return {
    ...base,
    outcome: 'not-met',
    code: 'WORK_ACCIDENT_USE_JKK',
    params: { cause: causeText(ctx, cause) },
  }
}

/**
 * Decisions D11: the event (death or accident) falls in a protected period. `membershipActive: false` is
 * never protected. A BPU with `paidThrough` is protected when the event month is paid (less the grace of
 * `jkm.protection.bpuGraceMonths`, none); otherwise `membershipActive: true` is protected. With neither
 * fact the condition cannot be decided: `paidThrough` is missing for a BPU, `membershipActive` for the
 * other categories.
 */
export function protectionDecision(
  ctx: RuleContext,
  input: {
    readonly category: Category
    readonly membershipActive?: boolean | undefined
    readonly paidThrough?: string | undefined
  },
  eventDate: string,
): ProtectionDecision {
  if (input.membershipActive === false)
    return {
      outcome: 'not-met',
      code: 'MEMBERSHIP_NOT_ACTIVE',
      params: { date: eventDate },
      legal: PROTECTION_LEGAL,
      path: 'membershipActive',
      readings: [],
    }
  if (input.category === 'BPU' && input.paidThrough !== undefined) {
    const grace = ctx.read(jkmBpuGraceMonths, eventDate)
    const month = periodOf(eventDate)
    const paid = input.paidThrough >= addPeriods(month, -grace.value)
    return {
      outcome: paid ? 'met' : 'not-met',
      code: paid ? 'EVENT_MONTH_PAID' : 'EVENT_MONTH_NOT_PAID',
      params: { paidThrough: input.paidThrough, month, graceMonths: grace.value },
      legal: uniqueLegal(PROTECTION_LEGAL, grace.legal),
      path: 'paidThrough',
      readings: [grace],
      bpu: { paidThrough: input.paidThrough, month, grace },
    }
  }
  if (input.membershipActive === true)
    return {
      outcome: 'met',
      code: 'MEMBERSHIP_ACTIVE',
      params: { date: eventDate },
      legal: PROTECTION_LEGAL,
      path: 'membershipActive',
      readings: [],
    }
  return {
    outcome: 'missing',
    params: {},
    legal: PROTECTION_LEGAL,
    path: input.category === 'BPU' ? 'paidThrough' : 'membershipActive',
    readings: [],
  }
}

/**
 * The JKM regime of a PMI's death, shared by `calculateJkmBenefit` and `checkJkmClaim` so that both refuse
 * the same deaths: before Permenaker 18/2018 (in force 2018-12-10) the law the library knows pays no JKM
 * to a PMI (`PMI_DEATH_NOT_COVERED`, a `BpjsRuleError` at `dateOfDeath`).
 */
export function pmiDeathRegime(ctx: RuleContext, death: string): ParameterReading<string> {
  const r = ctx.readOptional(jkmPmiRegime, death)
  if (r === undefined)
    throw new BpjsRuleError(
      'PMI_DEATH_NOT_COVERED',
      { date: death, from: PMI_18_2018_FIRST_DAY },
      ['dateOfDeath'],
      ctx.locale,
    )
  return r
}
