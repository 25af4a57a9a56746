import { checkJkpClaim, type JkpClaimInput } from '../../eligibility/jkp-claim.js'
import { RuleContext } from '../../explain/context.js'
import { inForceOf } from '../../legal/dates.js'
import { percent } from '../../contributions/shared.js'
import { senText } from '../../money/exact.js'
import { formatRupiah } from '../../money/format.js'
import { rate } from '../../money/rate.js'
import { BpjsValidationError } from '../../errors.js'
import { tooManyItemsIssue } from '../../internal/limits.js'
import {
  jkpBankruptArrearsMonths,
  jkpBenefitWageCap,
  jkpCashSchedule,
  jkpFirstClaimDate,
  jkpRegimeWarningMonths,
  jkpTrainingCostCap,
} from '../../parameters/jkp-benefit.js'
import { allChecks } from '../../schemas/common.js'
import {
  JKP_CLAIM_FIELDS,
  parseJkpBenefitInput,
  type ParsedJkpBenefitInput,
} from '../../schemas/jkp-benefit.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../../schemas/options.js'
import { addMonthsToDate } from '../../time/calendar.js'
import { finishBenefit, statusOf, statusText } from '../builder.js'
import { ReasonList, rp } from '../common.js'
import type { FirstPayer } from '../types.js'
import { claimReasons, repeatClaimReasons } from './claim.js'
import { jkpPayerAt } from './payer.js'
import type { JkpCashMonth } from './schedule.js'
import type { JkpBenefitInput, JkpBenefitResult, JkpTraining } from './types.js'
import { benefitsMessages } from '../../i18n/messages/benefits.js'
import { jkpBenefitMessages } from '../../i18n/messages/jkp-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_37_2021, legalSources.PP_6_2025, legalSources.PERMENAKER_15_2021)

useMessages(benefitsMessages, jkpBenefitMessages)

/** Pasal 39 of the regulation in force on the layoff date (PP 37/2021 before 2025-02-07, then PP 6/2025). */
const pasal39 = (regime: 'PP-37-2021' | 'PP-6-2025'): readonly { source: string; article: string }[] => [
  { source: regime, article: 'Pasal 39' },
]
const JOB_MARKET = [{ source: 'PP-37-2021' }, { source: 'PERMENAKER-15-2021' }] as const

/** The regime by the termination date (D27), with the transition and conditions-wording warnings. */
function regimeOf(ctx: RuleContext, layoff: string): 'PP-37-2021' | 'PP-6-2025' {
  const switchDate = inForceOf('PP-6-2025')
  const regime = layoff >= switchDate ? 'PP-6-2025' : 'PP-37-2021'
  const schedule = ctx.read(jkpCashSchedule, layoff)
  ctx.step({
    rule: 'jkp.regime',
    text: 'STEP_JKP_REGIME',
    params: { date: layoff, regime },
    inputs: { layoffDate: layoff },
    parameters: [schedule],
    value: regime,
  })
  const months = ctx.read(jkpRegimeWarningMonths, layoff)
  if (regime === 'PP-37-2021' && layoff >= addMonthsToDate(switchDate, -months.value))
    ctx.warn('JKP_REGIME_TRANSITION', { date: layoff, months: months.value, switchDate, regime })
  if (regime === 'PP-6-2025') ctx.warn('JKP_CONDITIONS_PP37_WORDING')
  return regime
}

/**
 * JKP claims opened on `jkpBenefit.firstClaimDate`: a claim dated earlier is not met; a termination whose
 * deadline ended before it is warned (no rule for those terminations was seen).
 */
function claimsOpen(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkpBenefitInput,
  deadline: string | null,
) {
  const first = ctx.read(jkpFirstClaimDate, inp.layoffDate)
  if (inp.claimDate !== undefined && inp.claimDate < first.value)
    reasons.add(
      'not-met',
      'JKP_CLAIM_BEFORE_CLAIMS_OPENED',
      { claimDate: inp.claimDate, first: first.value },
      first.legal,
      ['claimDate'],
    )
  else if (inp.claimDate === undefined && deadline !== null && deadline < first.value)
    ctx.warn('JKP_DEADLINE_BEFORE_CLAIMS_OPENED', { deadline, first: first.value }, first.id)
}

/** The wage base in sen: the reported wage capped (PP 37/2021 Pasal 21; PP 6/2025 Pasal 21 ayat (2)–(4)). */
function wageBaseOf(ctx: RuleContext, reasons: ReasonList, inp: ParsedJkpBenefitInput) {
  const capR = ctx.read(jkpBenefitWageCap, inp.layoffDate)
  const capSen = Number(capR.value) * 100
  const cap = Number(capR.value)
  if (inp.monthlyWage === undefined) {
    reasons.missing(['monthlyWage'], 'JKP_FACT_monthlyWage', capR.legal)
    return { cap, baseSen: undefined, capped: false }
  }
  const capped = inp.monthlyWage > capSen
  const baseSen = capped ? capSen : inp.monthlyWage
  // the wage and the base are shown exactly, sen included: the texts compare them to the cap (Rp5.000.000,01 is
  // above Rp5.000.000, a rounded Rp5.000.000 would not be)
  const wage = formatRupiah(senText(inp.monthlyWage))
  const base = ctx.roundSen(baseSen)
  reasons.add('note', capped ? 'JKP_WAGE_CAPPED' : 'JKP_WAGE_BASE', { wage, cap: rp(cap) }, capR.legal, [
    'monthlyWage',
  ])
  ctx.step({
    rule: 'jkp.wageBase',
    text: 'STEP_JKP_WAGE',
    formula: 'FORMULA_JKP_WAGE',
    params: { wage, cap: rp(cap), base: formatRupiah(senText(baseSen)) },
    inputs: { monthlyWage: ctx.roundSen(inp.monthlyWage).amount },
    parameters: [capR],
    // the cash amounts use the exact base (in sen); the value is the base in whole rupiah
    unit: 'rupiah',
    value: base.amount,
  })
  return { cap, baseSen, capped }
}

/** Who pays the cash benefit first: PP 6/2025 Pasal 39 ayat (1) and (3), Pasal 39A for a bankrupt employer. */
function payerOf(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkpBenefitInput,
  regime: 'PP-37-2021' | 'PP-6-2025',
): FirstPayer {
  const months = inp.employerArrearsMonths
  const date = inp.layoffDate
  if (months === undefined) {
    reasons.add('note', 'JKP_PAYER_UNKNOWN', {}, pasal39(regime), ['employerArrearsMonths'])
    return 'unknown'
  }
  const p = jkpPayerAt(date, months, inp.employerBankruptOrClosed === true, ctx)
  const [thr, bankrupt] = p.readings as [(typeof p.readings)[0], (typeof p.readings)[0] | undefined]
  const maximum = thr!.value as number
  let payer: FirstPayer = p.payer === 'bpjs' ? 'bpjs-tk' : 'employer'
  // Pasal 39A (a bankrupt or closed employer, from PP 6/2025) is consulted beyond the threshold unless the employer
  // is said not to be bankrupt or closed: its reading is then one of the step's, whatever the payer
  const bankruptRule =
    months > maximum && inp.employerBankruptOrClosed !== false
      ? ctx.readOptional(jkpBankruptArrearsMonths, date)
      : undefined
  if (
    payer === 'employer' &&
    inp.employerBankruptOrClosed === undefined &&
    bankruptRule !== undefined &&
    months <= bankruptRule.value
  ) {
    payer = 'unknown'
    reasons.add(
      'note',
      'JKP_PAYER_BANKRUPTCY_UNKNOWN',
      { months, maximum, bankruptMax: bankruptRule.value },
      [...thr!.legal, ...bankruptRule.legal],
      ['employerBankruptOrClosed'],
    )
  } else if (bankrupt !== undefined && payer === 'bpjs-tk')
    reasons.add('note', 'JKP_PAYER_BANKRUPT', { months, maximum: bankrupt.value as number }, bankrupt.legal, [
      'employerBankruptOrClosed',
    ])
  else if (payer === 'bpjs-tk')
    reasons.add('note', 'JKP_PAYER_BPJS', { months, maximum }, thr!.legal, ['employerArrearsMonths'])
  // the reimbursement procedure (3 months, 7 working days) is PP 6/2025 Pasal 39 ayat (4)–(6): not before it
  else if (regime === 'PP-6-2025')
    reasons.add(
      'note',
      'JKP_PAYER_EMPLOYER',
      { months, maximum },
      [...thr!.legal, { source: 'PP-6-2025', article: 'Pasal 39 ayat (4)–(6)' }],
      ['employerArrearsMonths'],
    )
  else
    reasons.add(
      'note',
      'JKP_PAYER_EMPLOYER_BEFORE_PP6',
      { months, maximum, switchDate: inForceOf('PP-6-2025') },
      thr!.legal,
      ['employerArrearsMonths'],
    )
  ctx.step({
    rule: 'jkp.payer',
    text: 'STEP_JKP_PAYER',
    params: {
      payer:
        payer === 'unknown'
          ? ctx.t('JKP_PAYER_NOT_DECIDED')
          : ctx.t(payer === 'bpjs-tk' ? 'BENEFIT_PAYER_BPJS' : 'BENEFIT_PAYER_EMPLOYER'),
    },
    inputs: { employerArrearsMonths: months, employerBankruptOrClosed: inp.employerBankruptOrClosed ?? null },
    // Pasal 39A when consulted: the reading made here (for a bankrupt employer jkpPayerAt read the same one)
    parameters: bankruptRule === undefined ? p.readings : [thr!, bankruptRule],
    value: payer,
  })
  return payer
}

/** The training benefit: paid to the provider, up to the cap (PMK 148/2021 Pasal 31 ayat (3) as amended). */
function trainingOf(ctx: RuleContext, reasons: ReasonList, inp: ParsedJkpBenefitInput): JkpTraining {
  const capR = ctx.read(jkpTrainingCostCap, inp.layoffDate)
  const cap = Number(capR.value)
  if (inp.trainingCost === undefined) {
    reasons.add('note', 'JKP_TRAINING_CAP', { cap: rp(cap) }, capR.legal, ['trainingCost'])
    return { cap, cost: null, amount: null }
  }
  const cost = ctx.roundSen(inp.trainingCost).amount
  const amount = Math.min(cost, cap)
  reasons.add('note', 'JKP_TRAINING_PAID', { cost: rp(cost), cap: rp(cap), amount: rp(amount) }, capR.legal, [
    'trainingCost',
  ])
  ctx.step({
    rule: 'jkp.training',
    text: 'STEP_JKP_TRAINING',
    params: { cost: rp(cost), cap: rp(cap), amount: rp(amount) },
    inputs: { trainingCost: cost },
    parameters: [capR],
    unit: 'rupiah',
    value: amount,
  })
  return { cap, cost, amount }
}

/** The most months a cash schedule lists (100 years, as the JHT and JP histories). */
const MAX_SCHEDULE_MONTHS = 1200
const SCHEDULE_PATH = ['options', 'parameters', 'jkpBenefit.cashSchedule']

/** The monthly payments: each step's share of the base, rounded once (trace: one step per share). */
function cashSchedule(ctx: RuleContext, date: string, baseSen: number): JkpCashMonth[] {
  const schedR = ctx.read(jkpCashSchedule, date)
  // one payment a month is listed: an overridden schedule longer than 100 years is refused, not built
  const total = schedR.value.reduce((n, step) => n + step.months, 0)
  if (total > MAX_SCHEDULE_MONTHS)
    throw new BpjsValidationError(
      [tooManyItemsIssue(SCHEDULE_PATH, MAX_SCHEDULE_MONTHS, total, ctx.locale)],
      ctx.locale,
    )
  // the base exactly, sen included, as the wage-base step shows it: the amount is its share, rounded once
  const base = formatRupiah(senText(baseSen))
  const months: JkpCashMonth[] = []
  for (const step of schedR.value) {
    const r = rate(step.rate)
    const { amount, rounding } = ctx.applyRate(baseSen, r)
    const first = months.length + 1
    for (let i = 0; i < step.months; i++) months.push({ month: months.length + 1, rate: step.rate, amount })
    ctx.step({
      rule: 'jkp.cash',
      text: 'STEP_JKP_CASH_STEP',
      formula: 'FORMULA_JKP_CASH_STEP',
      params: {
        first,
        last: months.length,
        percent: percent(r, ctx.locale),
        base,
        amount: rp(amount),
        months: step.months,
        subtotal: rp(amount * step.months),
      },
      parameters: [schedR],
      ...(rounding === undefined ? {} : { rounding }),
      value: amount * step.months,
    })
  }
  return months
}

/**
 * The JKP (Jaminan Kehilangan Pekerjaan) cash benefit for a termination (PHK), by the termination date
 * (decisions D27): PP 37/2021 Pasal 21 (45% of the capped wage for 3 months, then 25% for 3 months) before
 * 2025-02-07, PP 6/2025 Pasal 21 (60% for 6 months) from that date; the wage is the last one reported, capped at
 * Rp5,000,000. The claim conditions are those of {@link checkJkpClaim} (reused, not re-decided); repeat claims
 * need 60 months of contributions, and a fourth claim is not met (at most three claims; low confidence). Who pays first when the employer is in arrears: BPJS TK up to
 * 3 consecutive months, the employer beyond (Pasal 39), BPJS TK for a bankrupt or closed employer with at most 6
 * months (Pasal 39A). The training benefit (paid to the provider, capped) is shown apart from the cash total.
 *
 * @example
 * ```ts
 * calculateJkpBenefit({ layoffDate: '2025-03-15', claimDate: '2025-04-01', reasonForLeaving: 'layoff',
 *   contributionMonthsInWindow: 20, consecutiveMonthsBeforeLayoff: 20, employedAgain: false,
 *   monthlyWage: 4000000, claimNumber: 1, employerArrearsMonths: 0 }).total //=> 14400000
 * ```
 */
export function calculateJkpBenefit(input: JkpBenefitInput, options?: CalculationOptions): JkpBenefitResult {
  const [inp, { resolved }] = allChecks(
    localeOf(options),
    () => parseJkpBenefitInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  const claimInput: Record<string, unknown> = {}
  for (const k of JKP_CLAIM_FIELDS) if (inp[k] !== undefined) claimInput[k] = inp[k]
  const claim = checkJkpClaim(claimInput as unknown as JkpClaimInput, options)
  const date = inp.layoffDate
  const ctx = new RuleContext('calculateJkpBenefit', date, resolved)
  ctx.absorb(claim.explanation, claim.warnings)
  const reasons = new ReasonList(ctx)
  const claimNumber = inp.claimNumber ?? 1
  const inForce = claimReasons(ctx, reasons, claim, claimNumber)
  if (!inForce) return notInForce(ctx, reasons, inp, claim.status, claimNumber)
  repeatClaimReasons(ctx, reasons, inp, claimNumber)
  claimsOpen(ctx, reasons, inp, claim.claimDeadline)
  const regime = regimeOf(ctx, date)
  const wage = wageBaseOf(ctx, reasons, inp)
  const payer = payerOf(ctx, reasons, inp, regime)
  const training = trainingOf(ctx, reasons, inp)
  reasons.add('note', 'JKP_JOB_MARKET', {}, JOB_MARKET)
  const status = statusOf(reasons)
  const months =
    status === 'payable' && wage.baseSen !== undefined ? cashSchedule(ctx, date, wage.baseSen) : []
  const total = months.reduce((s, m) => s + m.amount, 0)
  ctx.step({
    rule: 'jkp.total',
    text: 'STEP_JKP_TOTAL',
    params: { total: rp(total), status: statusText(ctx, status) },
    unit: 'rupiah',
    value: total,
  })
  return finishBenefit(ctx, reasons, status, {
    regime,
    layoffDate: date,
    claimNumber,
    claimDeadline: claim.claimDeadline,
    claimCheck: claim.status,
    monthlyWage: inp.monthlyWage === undefined ? null : ctx.roundSen(inp.monthlyWage).amount,
    wageCap: wage.cap,
    wageBase: wage.baseSen === undefined ? null : ctx.roundSen(wage.baseSen).amount,
    capped: wage.capped,
    months,
    total,
    firstPayer: status === 'payable' ? payer : null,
    training,
  })
}

/** JKP was not in force on the termination date: not payable, nothing read from the benefit's data. */
function notInForce(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkpBenefitInput,
  claimCheck: JkpBenefitResult['claimCheck'],
  claimNumber: number,
): JkpBenefitResult {
  return finishBenefit(ctx, reasons, statusOf(reasons), {
    regime: null,
    layoffDate: inp.layoffDate,
    claimNumber,
    claimDeadline: null,
    claimCheck,
    monthlyWage: inp.monthlyWage === undefined ? null : ctx.roundSen(inp.monthlyWage).amount,
    wageCap: null,
    wageBase: null,
    capped: false,
    months: [],
    total: 0,
    firstPayer: null,
    training: null,
  })
}
