import type * as z from 'zod/mini'
import type { Json } from '../explain/types.js'
import type { Locale } from '../i18n/types.js'
import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { validateDeathInput } from '../benefits/common.js'
import {
  jkmCauseDecision,
  pmiDeathRegime,
  protectionDecision,
  type Decision,
} from '../benefits/conditions.js'
import type { DeathCause } from '../benefits/types.js'
import { jkmShortMembershipCategories, jkmShortMembershipMonths } from '../parameters/jkm.js'
import type { ParameterReading } from '../parameters/types.js'
import { checkInput, inCoverage, type InputFields } from '../schemas/one-pass.js'
import { jkmClaimSchema } from '../schemas/eligibility.js'
import { localeOf, optionsOrDefault, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { completedMonths } from '../time/calendar.js'
import { missingReason } from './jkp.js'
import { covered } from './pension.js'
import { combine, condition, legalOf, mergeLegal, reason, stepCondition, uniqueReasons } from './shared.js'
import type { Category } from '../types.js'
import type { CheckResult, Condition, Reason } from './types.js'
import { IssueList } from './validate.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_1_2025, legalSources.DECISIONS, legalDecisions.D2)

useMessages(benefitsMessages, eligibilityMessages)

/** The cause of a death (the `DeathCause` of the death benefits). */
export type CauseOfDeath = DeathCause

/** Input of {@link checkJkmClaim}. */
export interface JkmClaimInput {
  readonly dateOfDeath: string | Date
  readonly category: Category
  /** `natural` for a death not caused by work (as in `calculateJkmBenefit`); a work accident or occupational disease is a JKK case. */
  readonly cause?: CauseOfDeath
  /**
   * PU, Jakon, PMI: the membership (employment) was active on the date of death (decisions D11). BPU: may
   * stand in for `paidThrough`, as for `calculateJkmBenefit`. `false` is never protected.
   */
  readonly membershipActive?: boolean
  /** BPU: the last contribution month paid, `'YYYY-MM'` (decisions D11). */
  readonly paidThrough?: string
  /** The date of registration, for the membership-length rule (decisions D2). */
  readonly membershipStart?: string | Date
}

/** What the heirs are entitled to when the claim is eligible. */
export type JkmEntitlement = 'full' | 'short-membership'

/** Result of {@link checkJkmClaim}. */
export interface JkmClaimResult extends CheckResult {
  readonly dateOfDeath: string
  readonly category: Category
  /**
   * `full`: the whole JKM; `short-membership`: a participant in scope of the membership-length rule died
   * within its first months (decisions D2: Rp10,000,000, no periodic benefit, no scholarship — amounts are
   * computed by `calculateJkmBenefit`); `unknown`: the registration date is missing; `null`: not eligible.
   */
  readonly entitlement: JkmEntitlement | 'unknown' | null
  readonly entitlementReasons: readonly Reason[]
  /** Present when `entitlement` is `'unknown'`. */
  readonly entitlementMissing?: readonly string[]
  /** Whole months from registration to death, when `membershipStart` is given. */
  readonly membershipMonths?: number
}

/** A condition from a shared decision: its reason when decided, the missing path otherwise. */
function fromDecision(ctx: RuleContext, id: string, d: Decision): Condition {
  if (d.code === undefined) return condition(id, 'unknown', [missingReason(ctx, [d.path], d.legal)], [d.path])
  return condition(id, d.outcome === 'met' ? 'met' : 'not-met', [reason(ctx, d.code, d.params, d.legal)])
}

/** The cross-field checks of a JKM claim, made on the valid fields (the same as calculateJkmBenefit's). */
function jkmClaimCrossChecks(
  f: InputFields<z.output<typeof jkmClaimSchema>>,
  o: ReturnType<typeof resolveOptions> | undefined,
  locale: Locale,
): void {
  const p = f.fields
  // as in calculateJkmBenefit: a date of death outside the library's law is refused first (by the rule)
  if (!inCoverage(p.dateOfDeath)) return
  const issues = new IssueList(locale)
  issues.order('membershipStart', p.membershipStart, 'dateOfDeath', p.dateOfDeath, ['membershipStart'])
  const ctx = new RuleContext('checkJkmClaim', p.dateOfDeath, optionsOrDefault(o, locale), false)
  // a registration after the death is reported once (ELIG_DATE_ORDER), the other checks with it
  const start = issues.issues.length > 0 ? undefined : p.membershipStart
  validateDeathInput(ctx, { ...p, dateOfDeath: p.dateOfDeath, membershipStart: start }, [...issues.issues])
}

/**
 * Is a JKM claim (death benefit for a death not caused by work) eligible? Conditions: the death was not a
 * work accident or occupational disease (those are JKK cases, PP 44/2015: reason `WORK_ACCIDENT_USE_JKK`);
 * it fell within the protected period (decisions D11: PU, Jakon, PMI — membership active on the date of
 * death; BPU — the month of death is paid, no grace period; `membershipActive: false` never). For deaths
 * from 2025-02-24, a BPU who had been a member for under 3 months (counted from registration) is entitled
 * only to the short-membership benefit (Permenaker 1/2025; decisions D2, scope a parameter).
 *
 * The conditions are decided by the same code and parameters as `calculateJkmBenefit` (the reason codes
 * are the benefit's): where both answer, `status: 'eligible'` is `payable: true` and
 * `entitlement: 'short-membership'` is `basis: 'short-membership'`.
 *
 * @example
 * ```ts
 * checkJkmClaim({ dateOfDeath: '2025-06-09', category: 'BPU', cause: 'natural',
 *   paidThrough: '2025-06', membershipStart: '2025-03-10' }).entitlement   //=> 'short-membership'
 * checkJkmClaim({ dateOfDeath: '2025-06-10', category: 'BPU', cause: 'natural',
 *   paidThrough: '2025-06', membershipStart: '2025-03-10' }).entitlement   //=> 'full'
 * checkJkmClaim({ dateOfDeath: '2025-06-10', category: 'PU', cause: 'work-accident',
 *   membershipActive: true }).reasons[0].code                             //=> 'WORK_ACCIDENT_USE_JKK'
 * ```
 * @throws {BpjsValidationError} exactly where `calculateJkmBenefit` refuses the same facts (the same checks, in
 * the same order): `ELIG_DATE_ORDER` (registration after the death), `PAID_THROUGH_BEFORE_MEMBERSHIP`.
 * @throws {BpjsRuleError} `DATE_BEFORE_COVERAGE` / `DATE_AFTER_COVERAGE` for `dateOfDeath` or `paidThrough`
 * outside the library's dates; `PMI_DEATH_NOT_COVERED` for a PMI death before 2018-12-10.
 */
export function checkJkmClaim(input: JkmClaimInput, options?: CalculationOptions): JkmClaimResult {
  // the schema, the cross-field checks (those below, made on the valid fields) and the options in one pass
  const [parsed, { resolved }] = checkInput(
    localeOf(options),
    jkmClaimSchema,
    input,
    () => resolveOptions(options),
    (f, o) => jkmClaimCrossChecks(f, o, localeOf(options)),
  )
  // The facts shared with calculateJkmBenefit are checked in the same order by the same code, so that one
  // refuses exactly when the other does: the date of death, the order of the dates, the paid-through month
  // (not before the registration month, inside the library's dates), a PMI death before Permenaker 18/2018.
  // (the order of the dates was checked with the schema, in jkmClaimCrossChecks)
  covered(parsed.dateOfDeath, ['dateOfDeath'], resolved.locale)
  const death = parsed.dateOfDeath
  const ctx = new RuleContext('checkJkmClaim', death, resolved)
  validateDeathInput(ctx, parsed)
  if (parsed.category === 'PMI') pmiDeathRegime(ctx, death)
  // as in calculateJkmBenefit: a paid-through month says nothing about a PU, Jakon or PMI (decisions D11)
  if (parsed.paidThrough !== undefined && parsed.category !== 'BPU')
    ctx.warn('INPUT_NOT_USED', { field: 'paidThrough', category: parsed.category })
  const conditions: Condition[] = []
  const readings: Record<string, ParameterReading[]> = {}

  // cause and protected period: decided as calculateJkmBenefit decides them (src/benefits/conditions.ts)
  const cause = parsed.cause
  conditions.push(fromDecision(ctx, 'jkm.cause', jkmCauseDecision(ctx, cause)))
  const protection = protectionDecision(ctx, parsed, death)
  readings['jkm.protected'] = [...protection.readings]
  conditions.push(fromDecision(ctx, 'jkm.protected', protection))

  const combined = combine(conditions)
  stepConditions(ctx, conditions, readings, {
    category: parsed.category,
    cause: cause ?? null,
    membershipActive: parsed.membershipActive ?? null,
    paidThrough: parsed.paidThrough ?? null,
  })

  // entitlement (D2)
  const months =
    parsed.membershipStart === undefined ? undefined : completedMonths(parsed.membershipStart, death)
  const ent =
    combined.status === 'not-eligible'
      ? { entitlement: null, reasons: [] as Reason[], missing: undefined }
      : entitlementStep(ctx, parsed, months)
  const entitlement: JkmClaimResult['entitlement'] = ent.entitlement
  const entitlementReasons = ent.reasons
  const entitlementMissing = ent.missing
  ctx.step({
    rule: 'eligibility.jkm.claim',
    text: 'ELIG_STEP_CHECK',
    formula: 'ELIG_FORMULA_ALL_CONDITIONS',
    params: { check: 'jkm.claim', status: ctx.t(`ELIG_CHECK_${combined.status.replace('-', '_')}`) },
    inputs: combined.missing === undefined ? {} : { missing: combined.missing },
    value: combined.status,
  })
  const result: { -readonly [K in keyof JkmClaimResult]: JkmClaimResult[K] } = {
    status: combined.status,
    conditions,
    reasons: uniqueReasons(conditions.flatMap((c) => c.reasons)),
    dateOfDeath: death,
    category: parsed.category,
    entitlement,
    entitlementReasons,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  if (combined.missing !== undefined) result.missing = combined.missing
  if (entitlementMissing !== undefined) result.entitlementMissing = entitlementMissing
  if (months !== undefined) result.membershipMonths = months
  return deepFreeze(result)
}

interface Entitlement {
  readonly entitlement: Exclude<JkmClaimResult['entitlement'], null>
  readonly reasons: Reason[]
  readonly missing: string[] | undefined
}

/** Decisions D2: full or short-membership JKM, recorded as one step. */
function entitlementStep(
  ctx: RuleContext,
  parsed: {
    readonly category: JkmClaimResult['category']
    readonly membershipStart?: string | undefined
    readonly dateOfDeath: string
  },
  months: number | undefined,
): Entitlement {
  const death = parsed.dateOfDeath
  let entitlement: Entitlement['entitlement']
  let entitlementReasons: Reason[]
  let entitlementMissing: string[] | undefined
  const min = ctx.readOptional(jkmShortMembershipMonths, death)
  const params: ParameterReading[] = []
  if (min === undefined) {
    entitlement = 'full'
    entitlementReasons = [
      reason(ctx, 'ELIG_JKM_FULL_BEFORE_RULE', { date: death }, [
        { source: 'PERMENAKER-1-2025' },
        { source: 'DECISIONS', article: 'D2' },
      ]),
    ]
  } else {
    const scope = ctx.read(jkmShortMembershipCategories, death)
    params.push(min, scope)
    if (!scope.value.includes(parsed.category)) {
      entitlement = 'full'
      entitlementReasons = [
        reason(
          ctx,
          'ELIG_JKM_CATEGORY_NOT_IN_SCOPE',
          { category: parsed.category, min: min.value },
          legalOf(min, scope),
        ),
      ]
    } else if (months === undefined) {
      entitlement = 'unknown'
      entitlementMissing = ['membershipStart']
      entitlementReasons = [missingReason(ctx, ['membershipStart'], legalOf(min, scope))]
    } else if (months < min.value) {
      entitlement = 'short-membership'
      entitlementReasons = [
        reason(
          ctx,
          'ELIG_JKM_SHORT_MEMBERSHIP',
          { months, min: min.value, category: parsed.category },
          legalOf(min, scope),
        ),
      ]
    } else {
      entitlement = 'full'
      entitlementReasons = [
        reason(ctx, 'ELIG_JKM_FULL_MEMBERSHIP', { months, min: min.value }, legalOf(min, scope)),
      ]
    }
  }
  ctx.step({
    rule: 'eligibility.jkm.entitlement',
    text: 'ELIG_STEP_JKM_ENTITLEMENT',
    formula: 'ELIG_FORMULA_JKM_MEMBERSHIP',
    params: {
      entitlement: ctx.t(`ELIG_ENTITLEMENT_${entitlement.replace('-', '_')}`),
      detail: entitlementReasons.map((r) => r.message).join(' '),
    },
    inputs: {
      membershipStart: parsed.membershipStart ?? null,
      dateOfDeath: death,
      membershipMonths: months ?? null,
    },
    parameters: params,
    legal: mergeLegal(...entitlementReasons.map((r) => r.legal)),
    value: entitlement,
  })
  return { entitlement, reasons: entitlementReasons, missing: entitlementMissing }
}

/** One step per claim condition. */
function stepConditions(
  ctx: RuleContext,
  conditions: readonly Condition[],
  readings: Readonly<Record<string, ParameterReading[]>>,
  inputs: { [key: string]: Json },
): void {
  for (const c of conditions) stepCondition(ctx, `eligibility.${c.id}`, c, inputs, readings[c.id] ?? [])
}
