import { bpuBase } from '../../contributions/bpu.js'
import { RuleContext } from '../../explain/context.js'
import { deepFreeze } from '../../internal/freeze.js'
import { jkkDeathArrearsBpjsPaysFirstMaxMonths, jkkDeathRegime } from '../../parameters/jkk-death.js'
import {
  jkkBenefitDailyToMonthly,
  jkkClaimLapseYears,
  jkkOccupationalDiseaseYears,
  jkkPmiClaimLapseYears,
  jkkStmbTiers,
} from '../../parameters/jkk-benefit.js'
import { PMI_4_2023_FIRST_DAY, PP82_FIRST_DAY } from '../../parameters/jkm.js'
import { Dec } from '../../money/decimal.js'
import { senText } from '../../money/exact.js'
import { roundingOf } from '../jkk-death-wage.js'
import { allChecks } from '../../schemas/common.js'
import { parseJkkBenefitInput, type ParsedJkkBenefitInput } from '../../schemas/jkk-benefit.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../../schemas/options.js'
import {
  completedMonths,
  daysInMonth,
  nextDay,
  addMonthsToDate,
  periodOf,
  yearMonth,
} from '../../time/calendar.js'
import { checkProtection, firstPayerOf, ReasonList, rp } from '../common.js'
import { covered } from '../jkm.js'
import type { PayableStatus } from '../types.js'
import {
  claimInTime,
  claimLapseLastDay,
  lapseTransitionCase,
  occupationalDiseaseWithin,
} from './conditions.js'
import { disabilityPart, itemsPart } from './parts.js'
import { pmiCashParts, pmiItemsPart, pmiRegimeOf } from './pmi.js'
import { reportPayer } from './report.js'
import { stmbSchedule, totalOf } from './rules.js'
import { scholarshipPart } from './scholarship-part.js'
import type { JkkBenefitInput, JkkBenefitResult, JkkCashItem } from './types.js'
import { benefitsMessages } from '../../i18n/messages/benefits.js'
import { jkkBenefitMessages } from '../../i18n/messages/jkk-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015)

useMessages(benefitsMessages, jkkBenefitMessages)

const PP44_1 = { source: 'PP-44-2015', article: 'Pasal 1' } as const

/** Cause, claim lapse and the occupational-disease window (reasons and warnings). Returns the last claim day. */
function conditions(ctx: RuleContext, reasons: ReasonList, inp: ParsedJkkBenefitInput): string {
  const date = inp.accidentDate
  if (inp.cause === undefined) reasons.missing(['cause'], 'JKK_FACT_CAUSE', [PP44_1])
  else
    reasons.add(
      'met',
      'JKK_CAUSE_MET',
      { cause: ctx.t(`JKK_CAUSE_${inp.cause.replace('-', '_')}`) },
      [PP44_1],
      ['cause'],
    )
  // a PMI: 2 years under Permenaker 18/2018, 5 under 4/2023; everyone else: PP 44/2015 Pasal 26 (2 → 5 years)
  const pmi = inp.category === 'PMI'
  const lapse = ctx.read(pmi ? jkkPmiClaimLapseYears : jkkClaimLapseYears, date)
  const lastDay = claimLapseLastDay(date, lapse.value)
  const params = { years: lapse.value, lastDay, claimDate: inp.claimDate ?? '' }
  if (inp.claimDate === undefined) reasons.add('note', 'JKK_CLAIM_DEADLINE', params, lapse.legal)
  else if (claimInTime(date, inp.claimDate, lapse.value))
    reasons.add('met', 'JKK_CLAIM_IN_TIME', params, lapse.legal, ['claimDate'])
  else reasons.add('not-met', 'JKK_CLAIM_LAPSED', params, lapse.legal, ['claimDate'])
  const switchDay = pmi ? PMI_4_2023_FIRST_DAY : PP82_FIRST_DAY
  if (lapseTransitionCase(date, switchDay, lapse.value)) ctx.warn('JKK_LAPSE_TRANSITION', { day: switchDay })
  if (
    inp.cause === 'occupational-disease' &&
    inp.employmentEndDate !== undefined &&
    date > inp.employmentEndDate
  ) {
    // Keppres 22/1993 from the library's first day, Perpres 7/2019 from 2019-01-29: always a rule in force
    const years = ctx.read(jkkOccupationalDiseaseYears, date)
    const ok = occupationalDiseaseWithin(date, inp.employmentEndDate, years.value)
    reasons.add(
      ok ? 'met' : 'not-met',
      ok ? 'JKK_PAK_WITHIN' : 'JKK_PAK_TOO_LATE',
      { years: years.value, date, end: inp.employmentEndDate },
      years.legal,
      ['employmentEndDate'],
    )
  }
  return lastDay
}

/** The STMB schedule over the incapacity period: whole months, then one part month pro-rated (flagged). */
function stmbPart(ctx: RuleContext, inp: ParsedJkkBenefitInput, wageSen: number): JkkBenefitResult['stmb'] {
  const inc = inp.incapacity
  if (inc === undefined) return null
  const after = nextDay(inc.to)
  const whole = completedMonths(inc.from, after)
  const partStart = addMonthsToDate(inc.from, whole)
  let part: { days: number; ofDays: number } | null = null
  if (partStart < after) {
    const { year, month } = yearMonth(partStart)
    const ofDays = daysInMonth(year, month)
    let days = 0
    for (let d = partStart; d < after; d = nextDay(d)) days++
    // whole months, and the part month pro-rated by calendar days unless the caller excludes it (an assumption)
    if (inc.partMonth === 'exclude') ctx.warn('JKK_STMB_PART_MONTH_EXCLUDED', { days, ofDays })
    else {
      part = { days, ofDays }
      ctx.warn('JKK_STMB_PART_MONTH', { days, ofDays })
    }
  }
  // a PP 44/2015 accident whose incapacity runs past 2019-12-01: the whole claim stays under the accident's regime
  if (inp.accidentDate < PP82_FIRST_DAY && inc.to >= PP82_FIRST_DAY)
    ctx.warn('JKK_STMB_STRADDLES_REGIME', { day: PP82_FIRST_DAY })
  const tiers = ctx.read(jkkStmbTiers, inp.accidentDate)
  const lines = stmbSchedule(wageSen, tiers.value, whole, part, ctx.rounding)
  const total = totalOf(lines)
  const months = whole + (part === null ? 0 : 1)
  ctx.step({
    rule: 'jkk.stmb',
    // the text by count: "1 month", "2 months" (and "0 months" for a part month left out of a shorter period)
    text: months === 1 ? 'STEP_JKK_STMB_ONE_MONTH' : 'STEP_JKK_STMB',
    params: { months, total: rp(total) },
    inputs: { from: inc.from, to: inc.to },
    parameters: [tiers],
    unit: 'rupiah',
    value: total,
  })
  return { lines, total }
}

/** The monthly wage in sen: the reported wage (PU, JAKON; a daily wage × 30, D21), the Lampiran II base (BPU, D1). */
function wageOf(
  ctx: RuleContext,
  inp: ParsedJkkBenefitInput,
): { basis: JkkBenefitResult['wageBasis']; sen: number | undefined } {
  if (inp.category === 'PMI') {
    for (const k of ['monthlyWage', 'dailyWage'] as const)
      if (inp[k] !== undefined) ctx.warn('PMI_JKK_WAGE_NOT_USED', { field: k })
    return { basis: 'fixed', sen: undefined }
  }
  if (inp.category === 'BPU') {
    const sen = bpuBase(ctx, periodOf(inp.accidentDate), inp.declaredIncome ?? 0)
    const wage = ctx.roundSen(sen)
    ctx.step({
      rule: 'jkk.wage',
      text: 'STEP_JKK_BENEFIT_WAGE',
      params: { wage: rp(wage.amount) },
      ...roundingOf(wage),
      value: wage.amount,
    })
    return { basis: 'declared', sen }
  }
  if (inp.dailyWage === undefined) {
    const sen = inp.monthlyWage ?? 0
    const wage = ctx.roundSen(sen)
    ctx.step({
      rule: 'jkk.wage',
      text: 'STEP_JKK_BENEFIT_WAGE',
      params: { wage: rp(wage.amount) },
      inputs: { monthlyWage: senText(sen) },
      ...roundingOf(wage),
      value: wage.amount,
    })
    return { basis: 'monthly', sen }
  }
  // a daily wage: monthly = factor × daily (decisions D21; the factor is low, read with its warning)
  const factor = ctx.read(jkkBenefitDailyToMonthly, inp.accidentDate)
  // sen × a whole count: exact (an override with a fraction of a sen is rounded half-up, in the trace below)
  const sen = new Dec(inp.dailyWage).times(factor.value).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
  ctx.warn('JKK_DAILY_WAGE_FACTOR', { factor: factor.value })
  const wage = ctx.roundSen(sen)
  ctx.step({
    rule: 'jkk.wage',
    text: 'STEP_JKK_BENEFIT_WAGE_DAILY',
    params: { factor: factor.value, wage: rp(wage.amount) },
    inputs: { dailyWage: senText(inp.dailyWage) },
    parameters: [factor],
    ...roundingOf(wage),
    value: wage.amount,
  })
  return { basis: 'daily', sen }
}

/** The cash parts: wage-based for PU, JAKON and BPU; fixed amounts, maxima and caller amounts for a PMI. */
function cashParts(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkBenefitInput,
): {
  basis: JkkBenefitResult['wageBasis']
  wageSen: number | undefined
  stmb: JkkBenefitResult['stmb']
  disability: JkkBenefitResult['disability']
  items: readonly JkkCashItem[]
} {
  const { basis, sen } = wageOf(ctx, inp)
  if (sen === undefined)
    return { basis, wageSen: sen, ...pmiCashParts(ctx, reasons, inp), items: pmiItemsPart(ctx, reasons, inp) }
  return {
    basis,
    wageSen: sen,
    stmb: stmbPart(ctx, inp, sen),
    disability: disabilityPart(ctx, reasons, inp, sen),
    items: itemsPart(ctx, inp),
  }
}

/**
 * JKK cash benefits other than death, for a work accident or an occupational disease (by the accident or
 * diagnosis date: PP 44/2015 to 2019-12-01, PP 82/2019 from 2019-12-02, decisions D5): the STMB schedule,
 * permanent disability (total 70% × 80 × wage; partial by the table; functional), the periodic benefit on
 * total disability and the children's scholarship (PP 82/2019), transport by mode, home care and aids with their
 * caps. PU and JAKON on the reported monthly wage (or 30 × a daily wage, D21), BPU on the Lampiran II income
 * (D1), a PMI on fixed amounts and maxima (Permenaker 18/2018, 4/2023; amounts not found are the caller's, D26).
 * Conditions: claim lapse, occupational disease after employment, membership, who pays first (D10). A fact
 * missing → `incomplete` with `missing`.
 *
 * @example
 * ```ts
 * calculateJkkBenefit({ accidentDate: '2024-03-10', category: 'PU', cause: 'work-accident',
 *   monthlyWage: 5000000, membershipActive: true, employerArrearsMonths: 0,
 *   disability: { type: 'total' } }).total //=> 292000000
 * ```
 */
export function calculateJkkBenefit(input: JkkBenefitInput, options?: CalculationOptions): JkkBenefitResult {
  const [inp, { resolved }] = allChecks(
    localeOf(options),
    () => parseJkkBenefitInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  const date = inp.accidentDate
  covered(date, ['accidentDate'], resolved.locale)
  const ctx = new RuleContext('calculateJkkBenefit', date, resolved)
  const reasons = new ReasonList(ctx)
  const regime = ctx.read(jkkDeathRegime, date)
  ctx.step({
    rule: 'jkk.regime',
    text: 'STEP_JKK_BENEFIT_REGIME',
    params: { date, regime: regime.value },
    parameters: [regime],
    value: regime.value,
  })
  // a PMI: the regulation in force (Permenaker 18/2018 or 4/2023), a clear error before 2018-12-10
  if (inp.category === 'PMI') pmiRegimeOf(ctx, date)
  const claimLastDay = conditions(ctx, reasons, inp)
  checkProtection(ctx, reasons, inp, date, 'accident')
  // a PMI has no first payer: employer arrears are not used, warned as for a BPU (firstPayerOf)
  if (inp.category === 'PMI' && inp.employerArrearsMonths !== undefined)
    ctx.warn('INPUT_NOT_USED', { field: 'employerArrearsMonths', category: inp.category })
  const arrearsPayer =
    inp.category === 'PMI'
      ? null
      : firstPayerOf(
          ctx,
          reasons,
          inp.category,
          inp.employerArrearsMonths,
          jkkDeathArrearsBpjsPaysFirstMaxMonths,
          date,
        )
  const firstPayer = reportPayer(ctx, reasons, inp, arrearsPayer)
  const { basis, wageSen, stmb, disability, items } = cashParts(ctx, reasons, inp)
  const status: PayableStatus = reasons.has('not-met')
    ? 'not-payable'
    : reasons.has('missing')
      ? 'incomplete'
      : 'payable'
  const total =
    (stmb?.total ?? 0) + (disability === null ? 0 : disability.amount + disability.periodic) + totalOf(items)
  ctx.step({
    rule: 'jkk.total',
    text: 'STEP_JKK_BENEFIT_TOTAL',
    params: { total: rp(total), status: ctx.t(`STATUS_${status.replace('-', '_')}`) },
    unit: 'rupiah',
    value: total,
  })
  const scholarship = scholarshipPart(ctx, inp, status)
  return deepFreeze({
    payable: status === 'payable',
    status,
    missing: reasons.missingPaths(),
    regime: regime.value,
    category: inp.category,
    eventDate: date,
    wageBasis: basis,
    monthlyWage: wageSen === undefined ? null : ctx.roundSen(wageSen).amount,
    stmb,
    disability,
    items,
    scholarship,
    total,
    claimLastDay,
    firstPayer,
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}
