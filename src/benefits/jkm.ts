import { BpjsRuleError } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import { rupiahFromData } from '../money/exact.js'
import {
  jkmArrearsBpjsPaysFirstMaxMonths,
  jkmFuneral,
  jkmLumpSum,
  jkmPeriodicMonthly,
  jkmPeriodicMonths,
  jkmRegime,
  jkmShortMembershipCategories,
  jkmShortMembershipFuneral,
  jkmShortMembershipLumpSum,
  jkmShortMembershipMonths,
} from '../parameters/jkm.js'
import { assertCovered } from '../parameters/lookup.js'
import { scholarshipJkmMinYears } from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import { jkmInputSchema, type ParsedJkmInput } from '../schemas/benefit.js'
import { checkInput, inCoverage } from '../schemas/one-pass.js'
import { localeOf, optionsOrDefault, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { completedMonths } from '../time/calendar.js'
import {
  finishBenefit,
  present,
  statusOf,
  stepAmounts,
  stepDeathTotal,
  type DeathAmounts,
} from './builder.js'
import { checkProtection, firstPayerOf, ReasonList, rp, validateDeathInput } from './common.js'
import { causeText, jkmCauseDecision, pmiDeathRegime } from './conditions.js'
import { pmiAmounts, type MutableRequest } from './jkm-pmi.js'
import { computeScholarship } from './scholarship.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.DECISIONS, legalDecisions.D4)

import type { FirstPayer, JkmBenefitInput, JkmBenefitResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

useMessages(benefitsMessages)

/** Runs `assertCovered` and re-throws in the caller's locale. */
export function covered(date: string, path: readonly (string | number)[], locale: 'id' | 'en'): void {
  try {
    assertCovered(date, path)
  } catch (e) {
    throw e instanceof BpjsRuleError ? e.withLocale(locale) : e
  }
}

/**
 * The JKM death benefit (Jaminan Kematian) for a death that is not a work accident, by date of death.
 *
 * - **Regime** (decisions D5): deaths from 2015-07-01 to 2019-12-01 get PP 44/2015 amounts (16.2M + 24 ×
 *   200k + 3M = Rp24,000,000); deaths from 2019-12-02 get PP 82/2019 amounts (20M + 24 × 500k + 10M =
 *   Rp42,000,000).
 * - **Conditions**: the cause is not a work accident or occupational disease (else `WORK_ACCIDENT_USE_JKK`);
 *   the membership is active on the date of death (PU, JAKON, PMI) or the month of death is paid (BPU),
 *   decisions D11. A fact that is missing is never assumed: the result is `status: 'incomplete'`,
 *   `payable: false`, every amount 0, and `missing` / a `MISSING_FACT` reason name the input to provide.
 * - **Categories**: JAKON as PU; BPU with under 3 months of membership dying from 2025-02-24 gets Rp10,000,000
 *   (8M + 2M) and no scholarship (D2, scope parameter `jkm.shortMembership.categories`); PMI by phase (D4):
 *   during work Rp85,000,000 at once, before/after work Rp24,000,000 (before 2023-02-22) or Rp42,000,000.
 * - **Scholarship**: a schedule of yearly payments per child (PP 82/2019), or Rp12,000,000 once (PP 44/2015);
 *   see {@link ScholarshipResult}. Not included in `total`.
 * - **Employer arrears** (D10): `firstPayer` says who pays first.
 *
 * Invalid or contradictory input (membership start or the participant's birth after the death, a child born
 * more than 10 months after it…) throws `BpjsValidationError`; a death before 2015-07-01 throws
 * `BpjsRuleError` `DATE_BEFORE_COVERAGE`; a PMI death before 2018-12-10 throws `PMI_DEATH_NOT_COVERED`.
 *
 * @example
 * ```ts
 * const r = calculateJkmBenefit({
 *   dateOfDeath: '2021-03-10', category: 'PU', membershipStart: '2015-01-05',
 *   cause: 'natural', membershipActive: true, employerArrearsMonths: 0,
 * })
 * r.payable                                   //=> true
 * r.regime                                    //=> 'PP-82-2019'
 * [r.lumpSum, r.periodic, r.funeral, r.total] //=> [20000000, 12000000, 10000000, 42000000]
 * r.scholarship.maximum                       //=> 174000000
 *
 * calculateJkmBenefit({ dateOfDeath: '2019-12-01', category: 'PU', membershipStart: '2015-01-05',
 *   cause: 'natural', membershipActive: true }).total           //=> 24000000
 *
 * calculateJkmBenefit({ dateOfDeath: '2021-03-10', category: 'PU', membershipStart: '2015-01-05',
 *   cause: 'work-accident', membershipActive: true }).reasons[0].code   //=> 'WORK_ACCIDENT_USE_JKK'
 * ```
 */
export function calculateJkmBenefit(input: JkmBenefitInput, options?: CalculationOptions): JkmBenefitResult {
  const { inp, ctx } = jkmStart(input, options)
  const death = inp.dateOfDeath

  const reasons = new ReasonList(ctx)
  // the regulation the amounts follow: the PMI one for a PMI, else the JKM regime
  const regimeName = jkmRegimeName(ctx, inp)
  // the PMI phase, read only for a PMI
  const pmiPhase = inp.category === 'PMI' ? inp.pmiPhase : undefined
  jkmConditions(ctx, reasons, inp)

  const membershipMonths = completedMonths(inp.membershipStart, death)
  const contributionMonths = inp.contributionMonths ?? membershipMonths
  const contributionMonthsSource = inp.contributionMonths === undefined ? 'derived' : 'input'
  const status = statusOf(reasons)

  let amounts: DeathAmounts = { lumpSum: 0, periodicMonths: 0, periodicMonthly: 0, funeral: 0 }
  let basis: JkmBenefitResult['basis'] =
    inp.category === 'PMI'
      ? inp.pmiPhase === 'during'
        ? 'pmi-during-work'
        : 'pmi-before-after-work'
      : 'standard'
  let firstPayer: FirstPayer | null = null
  const req: MutableRequest = {
    regimeDate: death,
    dateOfDeath: death,
    children: inp.children,
    contributionMonths,
    contributionMonthsDerived: contributionMonthsSource === 'derived',
  }

  if (status !== 'payable') {
    req.excluded = { code: 'BENEFIT_NOT_PAYABLE', legal: [] }
  } else {
    const paid = payableAmounts(ctx, reasons, { ...inp, membershipMonths, regimeName, pmiPhase }, req)
    amounts = paid.amounts
    if (paid.short) basis = 'short-membership'
    firstPayer = firstPayerOf(
      ctx,
      reasons,
      inp.category,
      inp.employerArrearsMonths,
      jkmArrearsBpjsPaysFirstMaxMonths,
      death,
    )
  }
  const periodic = amounts.periodicMonths * amounts.periodicMonthly
  const parts = { lumpSum: amounts.lumpSum, periodic, funeral: amounts.funeral }
  const total = stepDeathTotal(ctx, 'jkm.total', 'STEP_JKM_TOTAL', parts, status)
  const scholarship = computeScholarship(ctx, req)

  return finishBenefit(ctx, reasons, status, {
    regime: regimeName,
    basis,
    category: inp.category,
    dateOfDeath: death,
    membershipMonths,
    contributionMonths,
    contributionMonthsSource,
    lumpSum: amounts.lumpSum,
    periodic,
    periodicMonths: amounts.periodicMonths,
    periodicMonthlyAmount: amounts.periodicMonthly,
    funeral: amounts.funeral,
    total,
    firstPayer,
    scholarship,
  })
}

/** Parses and checks the input (schema, cross-field checks, options, coverage) and opens the context. */
function jkmStart(
  input: JkmBenefitInput,
  options: CalculationOptions | undefined,
): { inp: ParsedJkmInput; ctx: RuleContext } {
  // the schema, the cross-field checks (validateDeathInput) and the options in one pass
  const [inp, { resolved }] = checkInput(
    localeOf(options),
    jkmInputSchema,
    input,
    () => resolveOptions(options),
    (f, o) => {
      const death = f.fields.dateOfDeath
      if (!inCoverage(death)) return
      const scratch = new RuleContext(
        'calculateJkmBenefit',
        death,
        optionsOrDefault(o, localeOf(options)),
        false,
      )
      validateDeathInput(scratch, { ...f.fields, dateOfDeath: death })
    },
  )
  const locale = resolved.locale
  const death = inp.dateOfDeath
  covered(death, ['dateOfDeath'], locale)
  const ctx = new RuleContext('calculateJkmBenefit', death, resolved)
  validateDeathInput(ctx, inp)
  return { inp, ctx }
}

/** The JKM regime of the death (and the PMI regime for a PMI): the regulation the amounts follow. */
function jkmRegimeName(ctx: RuleContext, inp: ParsedJkmInput): string {
  const death = inp.dateOfDeath
  const regime = ctx.read(jkmRegime, death)
  ctx.step({
    rule: 'jkm.regime',
    text: 'STEP_JKM_REGIME',
    params: { date: death, regime: regime.value },
    inputs: { dateOfDeath: death },
    parameters: [regime],
    value: regime.value,
  })

  let pmiRegime: ParameterReading<string> | undefined
  if (inp.category === 'PMI') pmiRegime = pmiDeathRegime(ctx, death)
  else if (inp.pmiPhase !== undefined)
    ctx.warn('INPUT_NOT_USED', { field: 'pmiPhase', category: inp.category })
  if (inp.category !== 'BPU' && inp.paidThrough !== undefined)
    ctx.warn('INPUT_NOT_USED', { field: 'paidThrough', category: inp.category })
  return pmiRegime?.value ?? regime.value
}

/** The conditions of a JKM death: the cause, the protected period and (for a PMI) the phase. */
function jkmConditions(ctx: RuleContext, reasons: ReasonList, inp: ParsedJkmInput): void {
  const death = inp.dateOfDeath
  // Cause (PP 44/2015 Pasal 1 angka 2: JKM is for a death that is not a work accident), decided as in
  // checkJkmClaim.
  const cause = jkmCauseDecision(ctx, inp.cause)
  present(reasons, cause, 'FACT_CAUSE')
  ctx.step({
    rule: 'jkm.cause',
    text: 'STEP_JKM_CAUSE',
    params: { cause: inp.cause === undefined ? '—' : causeText(ctx, inp.cause) },
    inputs: { cause: inp.cause ?? null },
    legal: cause.legal,
    value: inp.cause === undefined ? 'missing' : inp.cause === 'natural',
  })

  checkProtection(ctx, reasons, inp, death, 'death')
  if (inp.category === 'PMI' && inp.pmiPhase === undefined)
    reasons.missing(['pmiPhase'], 'FACT_PMI_PHASE', [{ source: 'DECISIONS', article: 'D4' }])
}

/** The facts the amounts of a payable JKM death depend on. */
interface PayableFacts {
  readonly category: JkmBenefitInput['category']
  readonly membershipStart: string
  readonly dateOfDeath: string
  readonly membershipMonths: number
  readonly regimeName: string
  readonly pmiPhase: 'before' | 'during' | 'after' | undefined
}

/** The amounts of a payable JKM death (short membership, PMI or standard); fills the scholarship request. */
function payableAmounts(
  ctx: RuleContext,
  reasons: ReasonList,
  f: PayableFacts,
  req: MutableRequest,
): { amounts: DeathAmounts; short: boolean } {
  const minimum = shortMembershipMinimum(ctx, f)
  if (minimum !== undefined) return { amounts: shortAmounts(ctx, reasons, f, minimum, req), short: true }
  const amounts =
    f.pmiPhase !== undefined
      ? pmiAmounts(ctx, reasons, f, f.pmiPhase, req)
      : standardAmounts(ctx, f.dateOfDeath, req)
  return { amounts, short: false }
}

/** Permenaker 1/2025 (decisions D2): the minimum months when the membership is short and in scope. */
function shortMembershipMinimum(ctx: RuleContext, f: PayableFacts): number | undefined {
  const death = f.dateOfDeath
  const smMonths = ctx.readOptional(jkmShortMembershipMonths, death)
  if (smMonths === undefined) return undefined
  let inScope: boolean | null = null
  let short = false
  const used: ParameterReading[] = [smMonths]
  if (f.membershipMonths < smMonths.value) {
    const cats = ctx.read(jkmShortMembershipCategories, death)
    used.push(cats)
    inScope = cats.value.includes(f.category)
    short = inScope
  }
  ctx.step({
    rule: 'jkm.shortMembership',
    text: 'STEP_JKM_SHORT_MEMBERSHIP',
    formula: 'FORMULA_SHORT_MEMBERSHIP',
    params: { months: f.membershipMonths, minimum: smMonths.value, category: f.category },
    inputs: {
      membershipStart: f.membershipStart,
      dateOfDeath: death,
      membershipMonths: f.membershipMonths,
      inScope,
    },
    parameters: used,
    value: short,
  })
  return short ? smMonths.value : undefined
}

/** The reduced amounts of a short membership; the scholarship is excluded. */
function shortAmounts(
  ctx: RuleContext,
  reasons: ReasonList,
  f: PayableFacts,
  minimum: number,
  req: MutableRequest,
): DeathAmounts {
  const ls = ctx.read(jkmShortMembershipLumpSum, f.dateOfDeath)
  const fu = ctx.read(jkmShortMembershipFuneral, f.dateOfDeath)
  const amounts: DeathAmounts = {
    lumpSum: rupiahFromData(ls.value),
    periodicMonths: 0,
    periodicMonthly: 0,
    funeral: rupiahFromData(fu.value),
  }
  reasons.add(
    'note',
    'SHORT_MEMBERSHIP_REDUCED_BENEFIT',
    { months: f.membershipMonths, minimum, amount: rp(amounts.lumpSum + amounts.funeral) },
    [...ls.legal],
  )
  stepAmounts(ctx, amounts, [ls], [fu], [])
  req.excluded = {
    code: 'SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP',
    params: { months: f.membershipMonths, minimum },
    legal: ls.legal,
  }
  return amounts
}

/** The standard JKM amounts of the regime. */
function standardAmounts(ctx: RuleContext, death: string, req: MutableRequest): DeathAmounts {
  const ls = ctx.read(jkmLumpSum, death)
  const pm = ctx.read(jkmPeriodicMonths, death)
  const pa = ctx.read(jkmPeriodicMonthly, death)
  const fu = ctx.read(jkmFuneral, death)
  const amounts: DeathAmounts = {
    lumpSum: rupiahFromData(ls.value),
    periodicMonths: pm.value,
    periodicMonthly: rupiahFromData(pa.value),
    funeral: rupiahFromData(fu.value),
  }
  stepAmounts(ctx, amounts, [ls], [fu], [pm, pa])
  req.minYears = ctx.read(scholarshipJkmMinYears, death)
  return amounts
}
