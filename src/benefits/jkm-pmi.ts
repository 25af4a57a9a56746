import type { RuleContext } from '../explain/context.js'
import { formatCitation } from '../legal/describe.js'
import { rupiahFromData } from '../money/exact.js'
import {
  jkmPmiBeforeAfterAmounts,
  jkmPmiDuringWorkAmount,
  jkmPmiScholarshipScheme,
} from '../parameters/jkm.js'
import { scholarshipJkmMinYears, scholarshipPmiMinYears } from '../parameters/scholarship.js'
import { stepAmounts, type DeathAmounts } from './builder.js'
import { rp, type ReasonList } from './common.js'
import { pmiDuringWorkSplit } from './pmi-jkk-death.js'
import type { ScholarshipRequest } from './scholarship.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

// the sources and decisions this module cites (src/legal/cited.ts): the PMI regulations a warning names
citeSources(legalSources.PERMENAKER_18_2018, legalSources.PERMENAKER_4_2023)

useMessages(benefitsMessages)

/*
 * The JKM amounts of a migrant worker (PMI) by phase (decisions D4) and the PMI scholarship scheme, for
 * `calculateJkmBenefit` (src/benefits/jkm.ts).
 */

/** The scholarship request `calculateJkmBenefit` fills while it prices the death. */
export type MutableRequest = { -readonly [K in keyof ScholarshipRequest]: ScholarshipRequest[K] }

/** The facts of a payable PMI death the amounts depend on. */
export interface PmiFacts {
  readonly dateOfDeath: string
  /** The PMI regulation the death falls under (a source id). */
  readonly regimeName: string
}

/** A PMI death by phase (D4), and the PMI scholarship scheme. */
export function pmiAmounts(
  ctx: RuleContext,
  reasons: ReasonList,
  f: PmiFacts,
  phase: 'before' | 'during' | 'after',
  req: MutableRequest,
): DeathAmounts {
  const death = f.dateOfDeath
  let amounts: DeathAmounts
  if (phase === 'during') {
    const amt = ctx.read(jkmPmiDuringWorkAmount, death)
    const total = rupiahFromData(amt.value)
    // death benefit + funeral cost, as the regulation states the sum (L5): the funeral part if known
    const split = pmiDuringWorkSplit(ctx, total, death)
    amounts = { lumpSum: split.lumpSum, periodicMonths: 0, periodicMonthly: 0, funeral: split.funeral }
    reasons.add('note', 'PMI_DURING_WORK_COMBINED', { amount: rp(total) }, amt.legal)
    ctx.step({
      rule: 'jkm.pmi.duringWork',
      text: 'STEP_JKM_PMI_DURING',
      params: { amount: rp(total) },
      inputs: { pmiPhase: phase },
      parameters: [amt, split.reading],
      unit: 'rupiah',
      value: total,
    })
  } else {
    const t = ctx.read(jkmPmiBeforeAfterAmounts, death)
    amounts = {
      lumpSum: rupiahFromData(t.value.lumpSum),
      periodicMonths: t.value.periodicMonths,
      periodicMonthly: rupiahFromData(t.value.periodicMonthly),
      funeral: rupiahFromData(t.value.funeral),
    }
    stepAmounts(ctx, amounts, [t], [t], [t])
  }
  const scheme = ctx.read(jkmPmiScholarshipScheme, death)
  if (scheme.value === 'not-modelled') {
    // the regulation as a reader names it (Permenaker 18/2018), not its id
    const regime = formatCitation({ source: f.regimeName }, ctx.locale)
    ctx.warn('SCHOLARSHIP_NOT_MODELLED', { regime }, scheme.id)
    req.excluded = {
      code: 'SCHOLARSHIP_PMI_NOT_MODELLED',
      params: { regime },
      legal: scheme.legal,
    }
  } else {
    const t = ctx.read(scholarshipPmiMinYears, death)
    const years = t.value[phase]
    req.minYears = years === 'standard' ? ctx.read(scholarshipJkmMinYears, death) : { ...t, value: years }
  }
  return amounts
}
