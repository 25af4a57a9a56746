import type { RuleContext } from '../../explain/context.js'
import type { JkpClaimResult } from '../../eligibility/jkp-claim.js'
import type { Condition } from '../../eligibility/types.js'
import type { Citation } from '../../legal/types.js'
import { jkpRepeatClaim } from '../../parameters/jkp-benefit.js'
import type { ParsedJkpBenefitInput } from '../../schemas/jkp-benefit.js'
import type { ReasonList } from '../common.js'
import type { ReasonKind } from '../types.js'
import { jkpBenefitMessages } from '../../i18n/messages/jkp-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_37_2021)

useMessages(jkpBenefitMessages)

/** The input field each condition of `checkJkpClaim` is about. */
const PATH_OF: Readonly<Record<string, string>> = {
  'jkp.inForce': 'layoffDate',
  'jkp.reason': 'reasonForLeaving',
  'jkp.contributions': 'contributionMonthsInWindow',
  'jkp.consecutive': 'consecutiveMonthsBeforeLayoff',
  'jkp.deadline': 'claimDate',
  'jkp.notReemployed': 'employedAgain',
}
/** The first-claim contribution conditions a repeat claim replaces. */
const FIRST_CLAIM_ONLY = new Set(['jkp.contributions', 'jkp.consecutive'])

/** The condition's reasons as benefit reasons of `kind`, on the condition's input path. */
function copyReasons(reasons: ReasonList, c: Condition, kind: ReasonKind): void {
  const path = PATH_OF[c.id]
  for (const r of c.reasons)
    reasons.items.push({
      code: r.code,
      kind,
      message: r.message,
      legal: r.legal,
      ...(path === undefined ? {} : { path: [path] }),
    })
}

/**
 * The conditions of `checkJkpClaim` as benefit reasons (reused, not re-decided): met and not-met as they are,
 * an unknown condition as a missing fact on its input, an unknown deadline (no claim date) as a note naming
 * the deadline. For a repeat claim the first-claim contribution conditions are left out. Returns whether JKP
 * was in force on the termination date.
 */
export function claimReasons(
  ctx: RuleContext,
  reasons: ReasonList,
  claim: JkpClaimResult,
  claimNumber: number,
): boolean {
  let inForce = true
  for (const c of claim.conditions) {
    if (claimNumber > 1 && FIRST_CLAIM_ONLY.has(c.id)) continue
    if (c.id === 'jkp.inForce' && c.status === 'not-met') inForce = false
    if (c.status !== 'unknown') copyReasons(reasons, c, c.status)
    else if (c.id === 'jkp.deadline') copyReasons(reasons, c, 'note')
    else {
      const legal = c.reasons[0]?.legal ?? []
      for (const path of c.missing ?? []) reasons.missing([path], `JKP_FACT_${path}`, legal)
    }
  }
  ctx.step({
    rule: 'jkp.claim',
    text: 'STEP_JKP_CLAIM',
    params: { status: ctx.t(`JKP_CLAIM_${claim.status.replace('-', '_')}`) },
    inputs: { layoffDate: claim.layoffDate, claimDeadline: claim.claimDeadline },
    legal: claim.reasons.flatMap((r) => r.legal),
    value: claim.status,
  })
  return inForce
}

/**
 * The repeat-claim condition (2nd and 3rd claims: a number of contribution months instead of the first-claim
 * window; a claim beyond the most claims of the rule is not met on `claimNumber`). Low confidence, warned by the
 * parameter.
 */
export function repeatClaimReasons(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkpBenefitInput,
  claimNumber: number,
): void {
  if (inp.claimNumber === undefined) {
    reasons.add(
      'note',
      'JKP_FIRST_CLAIM_ASSUMED',
      {},
      [{ source: 'PP-37-2021', article: 'Pasal 19 ayat (3)' }],
      ['claimNumber'],
    )
    return
  }
  if (claimNumber === 1) return
  const rule = ctx.read(jkpRepeatClaim, inp.layoffDate)
  const legal: readonly Citation[] = rule.legal
  const max = rule.value.maxClaimNumber
  // the claim number was given: a claim past the most claims is not met on it (no contribution condition to
  // replace the first-claim window, the months are not looked at)
  if (claimNumber > max) {
    reasons.add('not-met', 'JKP_CLAIM_NUMBER_OVER_MAX', { claimNumber, max }, legal, ['claimNumber'])
    return
  }
  reasons.add('note', 'JKP_REPEAT_REPLACES_WINDOW', { claimNumber }, legal, ['claimNumber'])
  const months = inp.repeatContributionMonths
  if (months === undefined) {
    reasons.missing(['repeatContributionMonths'], 'JKP_FACT_repeatContributionMonths', legal)
    return
  }
  const min = rule.value.minContributionMonths
  reasons.add(
    months >= min ? 'met' : 'not-met',
    months >= min ? 'JKP_REPEAT_MET' : 'JKP_REPEAT_NOT_MET',
    { claimNumber, months, min },
    legal,
    ['repeatContributionMonths'],
  )
}
