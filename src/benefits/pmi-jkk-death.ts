import type { RuleContext } from '../explain/context.js'
import { finishBenefit, stepDeathTotal } from './builder.js'
import { rupiahFromData } from '../money/exact.js'
import { jkmPmiRegime, jkmPmiScholarshipScheme } from '../parameters/jkm.js'
import {
  jkkDeathPmiBeforeAfter,
  jkkDeathPmiDuringWork,
  jkmPmiDuringWorkFuneral,
} from '../parameters/pmi-jkk.js'
import { scholarshipJkkMinYears } from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import type { ParsedChild } from '../schemas/benefit.js'
import type { Citation } from '../legal/types.js'
import { rp, type ReasonList } from './common.js'
import { computeScholarship, type ScholarshipRequest } from './scholarship.js'
import type { BenefitCategory, JkkDeathBenefitResult, PayableStatus } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import { formatCitation } from '../legal/describe.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_82_2019,
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_4_2023,
  legalSources.DECISIONS,
  legalDecisions.D4,
  legalDecisions.D26,
)

useMessages(benefitsMessages)

/** The PMI phase of a death: before, during or after the work abroad. */
export type PmiPhase = 'before' | 'during' | 'after'

/** What the PMI JKK death rule decided: the amount paid at once, or nothing yet (a fact or figure missing). */
export interface PmiJkkDeathAmount {
  /** Whole rupiah paid at once (death benefit, periodic benefit and funeral together), when known. */
  readonly amount: number | undefined
  readonly readings: readonly ParameterReading[]
  /** Why no scholarship is computed, when the regulation's scheme is not modelled (Permenaker 18/2018). */
  readonly scholarshipExcluded?: { code: string; params: { regime: string }; legal: readonly Citation[] }
}

const D4: Citation = Object.freeze({ source: 'DECISIONS', article: 'D4' })
const D26: Citation = Object.freeze({ source: 'DECISIONS', article: 'D26' })

/**
 * The amount of a PMI parameter the sources do not give (`{ amount: null }`): `undefined` while it is null,
 * else the caller's override, already checked to be whole rupiah (its `rupiahKeys`, src/parameters/override-value.ts).
 */
function unknownAmount(r: ParameterReading<{ readonly amount: string | null }>): number | undefined {
  return r.value.amount === null ? undefined : rupiahFromData(r.value.amount)
}

/**
 * The regulation a PMI work-accident death falls under, by the date of the accident: Permenaker 18/2018 from
 * 2018-12-10, Permenaker 4/2023 from 2023-02-22; `undefined` before (not encoded).
 */
export function pmiJkkRegime(ctx: RuleContext, eventDate: string): ParameterReading<string> | undefined {
  return ctx.readOptional(jkmPmiRegime, eventDate)
}

/**
 * The JKK death benefit of a PMI, by phase and date, without a wage (Permenaker 18/2018, 4/2023 Pasal 34
 * ayat (1) huruf g): during work the fixed amount paid at once; before or after work the amount is not known,
 * so the result is incomplete unless the caller gives it (decision D26). A missing phase is a missing fact.
 * Records its steps and reasons; call it before the status is decided.
 */
export function pmiJkkDeathAmount(
  ctx: RuleContext,
  reasons: ReasonList,
  phase: PmiPhase | undefined,
  eventDate: string,
  regime: ParameterReading<string>,
): PmiJkkDeathAmount {
  const regulation = regime.value.replace('PERMENAKER-', '').replace('-', '/')
  const scheme = ctx.read(jkmPmiScholarshipScheme, eventDate)
  const scholarshipExcluded =
    scheme.value === 'not-modelled'
      ? {
          code: 'SCHOLARSHIP_PMI_NOT_MODELLED',
          // the regulation as a reader names it (Permenaker 18/2018), not its id
          params: { regime: formatCitation({ source: regime.value }, ctx.locale) },
          legal: scheme.legal,
        }
      : undefined
  const extra = scholarshipExcluded === undefined ? {} : { scholarshipExcluded }
  if (phase === undefined) {
    reasons.missing(['pmiPhase'], 'FACT_PMI_PHASE', [D4])
    return { amount: undefined, readings: [regime], ...extra }
  }
  if (phase === 'during') {
    const r = ctx.read(jkkDeathPmiDuringWork, eventDate)
    const amount = rupiahFromData(r.value)
    reasons.add('note', 'PMI_DURING_WORK_COMBINED', { amount: rp(amount) }, r.legal)
    ctx.step({
      rule: 'jkk.pmi.duringWork',
      text: 'STEP_JKK_PMI_DURING',
      params: { amount: rp(amount), regulation },
      inputs: { pmiPhase: phase },
      parameters: [regime, r],
      unit: 'rupiah',
      value: amount,
    })
    return { amount, readings: [regime, r], ...extra }
  }
  const r = ctx.read(jkkDeathPmiBeforeAfter, eventDate)
  const amount = unknownAmount(r)
  if (amount === undefined) reasons.missing(['parameters', r.id], 'FACT_PMI_JKK_AMOUNT', [...r.legal, D26])
  ctx.step({
    rule: 'jkk.pmi.beforeAfter',
    text: 'STEP_JKK_PMI_BEFORE_AFTER',
    params: { phase: ctx.t(`PHASE_${phase}`), amount: amount === undefined ? '—' : rp(amount) },
    inputs: { pmiPhase: phase },
    parameters: [regime, r],
    unit: 'rupiah',
    value: amount ?? null,
  })
  return { amount, readings: [regime, r], ...extra }
}

/** The facts of the death the PMI result repeats. */
interface PmiDeathFacts {
  readonly regime: 'PP-44-2015' | 'PP-82-2019'
  readonly category: BenefitCategory
  readonly dateOfDeath: string
  readonly eventDate: string
  readonly children: readonly ParsedChild[] | undefined
}

/**
 * The JKK death result of a PMI: the fixed amount paid at once (no wage, no floor, no separate periodic or
 * funeral line: they are inside the amount, library choice L5), the scholarship as for a work accident (no
 * minimum contribution period; Permenaker 18/2018 scheme not modelled).
 */
export function pmiJkkDeathResult(
  ctx: RuleContext,
  reasons: ReasonList,
  status: PayableStatus,
  pmi: PmiJkkDeathAmount | undefined,
  facts: PmiDeathFacts,
): JkkDeathBenefitResult {
  const lumpSum = status === 'payable' && pmi?.amount !== undefined ? pmi.amount : 0
  const parts = { lumpSum, periodic: 0, funeral: 0 }
  stepDeathTotal(ctx, 'jkk.total', 'STEP_JKK_TOTAL', parts, status)
  const req: { -readonly [K in keyof ScholarshipRequest]: ScholarshipRequest[K] } = {
    regimeDate: facts.eventDate,
    dateOfDeath: facts.dateOfDeath,
    children: facts.children,
    contributionMonths: 0,
    contributionMonthsDerived: false,
  }
  if (status !== 'payable') req.excluded = { code: 'BENEFIT_NOT_PAYABLE', legal: [] }
  else if (pmi?.scholarshipExcluded !== undefined) {
    ctx.warn('SCHOLARSHIP_NOT_MODELLED', { regime: pmi.scholarshipExcluded.params.regime })
    req.excluded = pmi.scholarshipExcluded
  } else req.minYears = ctx.read(scholarshipJkkMinYears, facts.eventDate)
  const scholarship = computeScholarship(ctx, req)
  return finishBenefit(ctx, reasons, status, {
    regime: facts.regime,
    category: facts.category,
    dateOfDeath: facts.dateOfDeath,
    eventDate: facts.eventDate,
    wageBasis: 'fixed' as const,
    monthlyWage: 0,
    lumpSumFromWage: 0,
    floorApplied: false,
    lumpSum,
    periodic: 0,
    periodicMonths: 0,
    periodicMonthlyAmount: 0,
    funeral: 0,
    total: lumpSum,
    firstPayer: null,
    scholarship,
  })
}

/**
 * The PMI during-work JKM split as the regulation states it (library choice L5): the sum paid at once holds
 * the death benefit, the periodic benefit and the funeral cost. The funeral part is not known from the
 * sources: without it the whole sum stays in `lumpSum` with a `PMI_FUNERAL_PART_UNKNOWN` warning (with no
 * heir, that part belongs to whoever arranged the funeral); with it (an override) `funeral` is that part and
 * `lumpSum` the rest.
 */
export function pmiDuringWorkSplit(
  ctx: RuleContext,
  total: number,
  death: string,
): { lumpSum: number; funeral: number; reading: ParameterReading } {
  const r = ctx.read(jkmPmiDuringWorkFuneral, death)
  const funeral = unknownAmount(r)
  if (funeral === undefined || funeral > total) {
    ctx.warn('PMI_FUNERAL_PART_UNKNOWN', { total: rp(total) }, r.id)
    return { lumpSum: total, funeral: 0, reading: r }
  }
  return { lumpSum: total - funeral, funeral, reading: r }
}
