import { BpjsRuleError, BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import { rupiahFromData, senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { countRate } from '../money/rate.js'
import {
  jkkDeathArrearsBpjsPaysFirstMaxMonths,
  jkkDeathFloorIsJkmLumpSum,
  jkkDeathFuneral,
  jkkDeathPeriodicMonthly,
  jkkDeathPeriodicMonths,
  jkkDeathRegime,
} from '../parameters/jkk-death.js'
import { jkmLumpSum } from '../parameters/jkm.js'
import { scholarshipJkkMinYears } from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import { jkkDeathInputSchema, jkkDeathWageIssues, type ParsedJkkDeathInput } from '../schemas/benefit.js'
import { checkInput, inCoverage, type InputFields } from '../schemas/one-pass.js'
import { localeOf, optionsOrDefault, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import type { ResolvedOptions } from '../explain/context.js'
import { finishBenefit, statusOf, stepAmounts, stepDeathTotal } from './builder.js'
import { checkProtection, firstPayerOf, ReasonList, rp, validateDeathInput } from './common.js'
import { covered } from './jkm.js'
import { jkkWage, roundingOf, tooLarge, type JkkWage } from './jkk-death-wage.js'
import { pmiJkkDeathAmount, pmiJkkDeathResult, pmiJkkRegime } from './pmi-jkk-death.js'
import { computeScholarship, type ScholarshipRequest } from './scholarship.js'
import type { FirstPayer, JkkDeathBenefitInput, JkkDeathBenefitResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015)

useMessages(benefitsMessages)

const PP44 = { source: 'PP-44-2015' } as const

/** The accident is not after the death (the event date is the date of death when no accident date is given). */
function accidentOrder(
  p: { readonly dateOfAccident?: string | undefined; readonly dateOfDeath?: string | undefined },
  locale: 'id' | 'en',
): BpjsIssue[] {
  const { dateOfAccident, dateOfDeath } = p
  return dateOfAccident !== undefined && dateOfDeath !== undefined && dateOfAccident > dateOfDeath
    ? [makeIssue(['dateOfAccident'], 'ACCIDENT_AFTER_DEATH', { dateOfAccident, dateOfDeath }, locale)]
    : []
}

/**
 * The cross-field checks of a JKK death input, on its valid fields (see `checkInput`): the wage basis, the
 * accident not after the death, and the checks of every death benefit (`validateDeathInput`), which read
 * the law of the event date with `options`.
 */
function jkkDeathCrossChecks(f: InputFields<ParsedJkkDeathInput>, options: ResolvedOptions): void {
  const p = f.fields
  const L = options.locale
  const extra = [...jkkDeathWageIssues(p, f.invalid, L), ...accidentOrder(p, L)]
  const death = p.dateOfDeath
  if (!inCoverage(death) || !inCoverage(p.dateOfAccident ?? death)) {
    if (extra.length > 0) throw new BpjsValidationError(extra, L)
    return
  }
  const ctx = new RuleContext('calculateJkkDeathBenefit', p.dateOfAccident ?? death, options, false)
  validateDeathInput(ctx, { ...p, dateOfDeath: death }, extra)
}
const PP44_1_2 = { source: 'PP-44-2015', article: 'Pasal 1 angka 2' } as const

/**
 * The JKK death benefit (santunan kematian akibat kecelakaan kerja) for a death caused by a work accident or
 * an occupational disease, the sibling of {@link calculateJkmBenefit}.
 *
 * - **Lump sum**: 48 × the last monthly wage reported (60% × 80), the declared income for BPU, 30 × the daily
 *   wage for a daily wage (decisions D21). From PP 82/2019 (accidents from 2019-12-02, D5) never below the
 *   JKM lump sum (Rp20,000,000).
 * - **Periodic and funeral** amounts of the regime in force: 24 × Rp200,000 and Rp3,000,000 (PP 44/2015),
 *   24 × Rp500,000 and Rp10,000,000 (PP 82/2019), paid at once.
 * - **Scholarship** as for JKM but with no minimum contribution period.
 * - The regime is chosen by `dateOfAccident` (or the date of death, with a warning, when not given). Cause
 *   and protection (D11) are checked on that date like for JKM; a missing fact gives `status: 'incomplete'`.
 * - Employer arrears (D10): BPJS TK pays first up to 3 months of arrears, the employer beyond.
 * - PMI (no wage): a fixed amount by `pmiPhase` and date (Permenaker 18/2018 from 2018-12-10, 4/2023 from
 *   2023-02-22): during work Rp85,000,000 at once; before or after work the amount is not known, so the
 *   result is `incomplete` unless given as the parameter `jkkDeath.pmi.beforeAfter.amount` (D26). An accident
 *   before 2018-12-10 throws `PMI_JKK_DEATH_NOT_COVERED`.
 *
 * @example
 * ```ts
 * const r = calculateJkkDeathBenefit({
 *   dateOfDeath: '2021-03-10', category: 'PU', monthlyWage: 5000000,
 *   cause: 'work-accident', membershipActive: true, employerArrearsMonths: 0,
 * })
 * [r.lumpSum, r.periodic, r.funeral, r.total] //=> [240000000, 12000000, 10000000, 262000000]
 *
 * // 48 × 400,000 = 19,200,000 is below the JKM lump sum: raised to it
 * calculateJkkDeathBenefit({ dateOfDeath: '2021-03-10', category: 'PU', monthlyWage: 400000,
 *   cause: 'work-accident', membershipActive: true }).lumpSum   //=> 20000000
 * ```
 */
export function calculateJkkDeathBenefit(
  input: JkkDeathBenefitInput,
  options?: CalculationOptions,
): JkkDeathBenefitResult {
  const { inp, ctx, eventDate, pmiRegime, L } = jkkStart(input, options)
  const death = inp.dateOfDeath
  const reasons = new ReasonList(ctx)
  const regime = ctx.read(jkkDeathRegime, eventDate)
  ctx.step({
    rule: 'jkk.regime',
    text: 'STEP_JKK_REGIME',
    params: { date: eventDate, regime: regime.value },
    inputs: { dateOfDeath: death, dateOfAccident: inp.dateOfAccident ?? null },
    parameters: [regime],
    value: regime.value,
  })

  jkkConditions(ctx, reasons, inp, eventDate)
  // a PMI: the fixed amount by phase and date, without a wage (its own rule, which may add a missing fact)
  const pmi =
    pmiRegime === undefined || reasons.has('not-met')
      ? undefined
      : pmiJkkDeathAmount(ctx, reasons, inp.pmiPhase, eventDate, pmiRegime)
  const status = statusOf(reasons)

  if (pmiRegime !== undefined)
    return pmiJkkDeathResult(ctx, reasons, status, pmi, {
      regime: regime.value,
      category: inp.category,
      dateOfDeath: death,
      eventDate,
      children: inp.children,
    })

  const wage = jkkWage(ctx, inp, eventDate)
  const scholarshipReq: MutableRequest = {
    regimeDate: eventDate,
    dateOfDeath: death,
    children: inp.children,
    contributionMonths: 0,
    contributionMonthsDerived: false,
  }
  let a: JkkAmounts = NOTHING
  if (status !== 'payable') scholarshipReq.excluded = { code: 'BENEFIT_NOT_PAYABLE', legal: [] }
  else a = jkkPayableAmounts(ctx, reasons, inp, eventDate, wage, scholarshipReq)
  const periodic = a.periodicMonths * a.periodicMonthly
  const total = a.lumpSum + periodic + a.funeral
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(wage.monthly.amount))
    throw tooLarge(wage, periodic, a.funeral, L)
  const parts = { lumpSum: a.lumpSum, periodic, funeral: a.funeral }
  stepDeathTotal(ctx, 'jkk.total', 'STEP_JKK_TOTAL', parts, status, total)
  const scholarship = computeScholarship(ctx, scholarshipReq)

  return finishBenefit(ctx, reasons, status, {
    regime: regime.value,
    category: inp.category,
    dateOfDeath: death,
    eventDate,
    wageBasis: wage.basis,
    monthlyWage: wage.monthly.amount,
    lumpSumFromWage: a.lumpSumFromWage,
    floorApplied: a.floorApplied,
    lumpSum: a.lumpSum,
    periodic,
    periodicMonths: a.periodicMonths,
    periodicMonthlyAmount: a.periodicMonthly,
    funeral: a.funeral,
    total,
    firstPayer: a.firstPayer,
    scholarship,
  })
}

type MutableRequest = { -readonly [K in keyof ScholarshipRequest]: ScholarshipRequest[K] }

/**
 * Parses and checks the input (coverage of both dates, an accident after the death, the PMI regime) and
 * warns about inputs the category does not use; the context reads the law of the event date.
 */
function jkkStart(
  input: JkkDeathBenefitInput,
  options: CalculationOptions | undefined,
): {
  inp: ParsedJkkDeathInput
  ctx: RuleContext
  eventDate: string
  pmiRegime: ParameterReading<string> | undefined
  L: 'id' | 'en'
} {
  // the schema, the wage basis, the order of the dates and the other cross-field checks in one pass
  const [inp, { resolved }] = checkInput(
    localeOf(options),
    jkkDeathInputSchema,
    input,
    () => resolveOptions(options),
    (f, o) => jkkDeathCrossChecks(f, optionsOrDefault(o, localeOf(options))),
  )
  const L = resolved.locale
  const death = inp.dateOfDeath
  const eventDate = inp.dateOfAccident ?? death
  covered(death, ['dateOfDeath'], L)
  // the accident date when given (otherwise the date of death again, already checked)
  covered(eventDate, ['dateOfAccident'], L)

  // (every cross-field check was made with the schema, in one pass: jkkDeathCrossChecks; made again here
  // with the call's context, which records the parameters they read)
  const ctx = new RuleContext('calculateJkkDeathBenefit', eventDate, resolved)
  validateDeathInput(ctx, inp, accidentOrder(inp, L))
  const pmiRegime = inp.category === 'PMI' ? pmiJkkRegime(ctx, eventDate) : undefined
  if (inp.category === 'PMI' && pmiRegime === undefined)
    throw new BpjsRuleError('PMI_JKK_DEATH_NOT_COVERED', { date: eventDate }, ['category'], L)
  if (inp.category !== 'PMI' && inp.pmiPhase !== undefined)
    ctx.warn('INPUT_NOT_USED', { field: 'pmiPhase', category: inp.category })
  if (inp.category === 'PMI') {
    const wage = (['monthlyWage', 'dailyWage', 'declaredIncome'] as const).find((k) => inp[k] !== undefined)
    if (wage !== undefined) ctx.warn('PMI_JKK_WAGE_NOT_USED', { field: wage })
  }
  if (inp.dateOfAccident === undefined) ctx.warn('JKK_EVENT_DATE_IS_DEATH_DATE', { date: death })
  if (inp.category !== 'BPU' && inp.paidThrough !== undefined)
    ctx.warn('INPUT_NOT_USED', { field: 'paidThrough', category: inp.category })
  return { inp, ctx, eventDate, pmiRegime, L }
}

/** The amounts of a JKK death (all 0 when it is not payable). */
interface JkkAmounts {
  readonly lumpSumFromWage: number
  readonly lumpSum: number
  readonly floorApplied: boolean
  readonly periodicMonths: number
  readonly periodicMonthly: number
  readonly funeral: number
  readonly firstPayer: FirstPayer | null
}

const NOTHING: JkkAmounts = {
  lumpSumFromWage: 0,
  lumpSum: 0,
  floorApplied: false,
  periodicMonths: 0,
  periodicMonthly: 0,
  funeral: 0,
  firstPayer: null,
}

/** The amounts of a payable JKK death: the lump sum from the wage and its floor, periodic, funeral, payer. */
function jkkPayableAmounts(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkDeathInput,
  eventDate: string,
  wage: JkkWage,
  req: MutableRequest,
): JkkAmounts {
  const { mult, factor } = wage
  const multiplier = (factor?.value ?? 1) * mult.value
  // past 2^53 (two overridden counts) no wage has an exact benefit
  if (!Number.isSafeInteger(multiplier)) throw tooLarge(wage, 0, 0, ctx.locale)
  const fromWage = ctx.applyRate(wage.sen, countRate(multiplier))
  const lumpSumFromWage = fromWage.amount
  ctx.step({
    rule: 'jkk.lumpSum.wage',
    text: 'STEP_JKK_LUMP_SUM_WAGE',
    formula: wage.basis === 'daily' ? 'FORMULA_JKK_LUMP_SUM_DAILY' : 'FORMULA_JKK_LUMP_SUM',
    params: {
      multiplier: mult.value,
      factor: factor?.value ?? 1,
      wage: formatRupiah(senText(wage.sen)),
      amount: rp(lumpSumFromWage),
    },
    inputs: { [wage.path]: senText(wage.sen) },
    parameters: [mult, ...(factor === undefined ? [] : [factor])],
    ...roundingOf(fromWage),
    value: lumpSumFromWage,
  })
  const { lumpSum, floorApplied, floorFlag } = jkkFloor(ctx, reasons, eventDate, lumpSumFromWage)
  const pm = ctx.read(jkkDeathPeriodicMonths, eventDate)
  const pa = ctx.read(jkkDeathPeriodicMonthly, eventDate)
  const fu = ctx.read(jkkDeathFuneral, eventDate)
  const periodicMonths = pm.value
  const periodicMonthly = rupiahFromData(pa.value)
  const funeral = rupiahFromData(fu.value)
  stepAmounts(ctx, { lumpSum, periodicMonths, periodicMonthly, funeral }, [mult, floorFlag], [fu], [pm, pa])
  req.minYears = ctx.read(scholarshipJkkMinYears, eventDate)
  const firstPayer = firstPayerOf(
    ctx,
    reasons,
    inp.category,
    inp.employerArrearsMonths,
    jkkDeathArrearsBpjsPaysFirstMaxMonths,
    eventDate,
  )
  return { lumpSumFromWage, lumpSum, floorApplied, periodicMonths, periodicMonthly, funeral, firstPayer }
}

/** From PP 82/2019 the lump sum is never below the JKM lump sum (a note when the floor applies). */
function jkkFloor(
  ctx: RuleContext,
  reasons: ReasonList,
  eventDate: string,
  lumpSumFromWage: number,
): { lumpSum: number; floorApplied: boolean; floorFlag: ParameterReading<boolean> } {
  let lumpSum = lumpSumFromWage
  let floorApplied = false
  const floorFlag = ctx.read(jkkDeathFloorIsJkmLumpSum, eventDate)
  const floorReadings: ParameterReading[] = [floorFlag]
  let floor: number | null = null
  if (floorFlag.value) {
    const jkm = ctx.read(jkmLumpSum, eventDate)
    floorReadings.push(jkm)
    floor = rupiahFromData(jkm.value)
    if (floor > lumpSum) {
      lumpSum = floor
      floorApplied = true
      reasons.add('note', 'JKK_FLOOR_APPLIED', { fromWage: rp(lumpSumFromWage), floor: rp(floor) }, [
        ...floorFlag.legal,
        ...jkm.legal,
      ])
    }
  }
  ctx.step({
    rule: 'jkk.lumpSum.floor',
    text: floor === null ? 'STEP_JKK_NO_FLOOR' : 'STEP_JKK_FLOOR',
    ...(floor === null ? {} : { formula: 'FORMULA_JKK_FLOOR' }),
    params: { fromWage: rp(lumpSumFromWage), floor: rp(floor ?? 0), amount: rp(lumpSum) },
    parameters: floorReadings,
    unit: 'rupiah',
    value: lumpSum,
  })
  return { lumpSum, floorApplied, floorFlag }
}

/** The conditions of a JKK death: the cause, the membership on the event date and the protected period. */
function jkkConditions(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkDeathInput,
  eventDate: string,
): void {
  if (inp.cause === undefined) reasons.missing(['cause'], 'FACT_CAUSE', [PP44_1_2])
  else if (inp.cause === 'natural')
    reasons.add('not-met', 'NOT_WORK_RELATED_USE_JKM', {}, [PP44_1_2], ['cause'])
  else
    reasons.add(
      'met',
      'CAUSE_WORK_RELATED',
      { cause: ctx.t(`CAUSE_${inp.cause.replace('-', '_')}`) },
      [PP44_1_2],
      ['cause'],
    )
  ctx.step({
    rule: 'jkk.cause',
    text: 'STEP_JKK_CAUSE',
    params: { cause: inp.cause === undefined ? '—' : ctx.t(`CAUSE_${inp.cause.replace('-', '_')}`) },
    inputs: { cause: inp.cause ?? null },
    legal: [PP44_1_2],
    value: inp.cause === undefined ? 'missing' : inp.cause !== 'natural',
  })
  // (a membership start not given is not assumed to be after the accident)
  const membershipStart = inp.membershipStart ?? eventDate
  if (membershipStart > eventDate)
    reasons.add(
      'not-met',
      'ACCIDENT_BEFORE_MEMBERSHIP',
      { date: eventDate, membershipStart },
      [PP44],
      ['membershipStart'],
    )
  // Stryker disable next-line StringLiteral: checkProtection tells only 'death' apart (any other label is the accident text)
  checkProtection(ctx, reasons, inp, eventDate, 'accident')
}
