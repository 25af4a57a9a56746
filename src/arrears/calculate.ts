import type { FirstPayer } from '../benefits/types.js'
import { ReasonList, rp } from '../benefits/common.js'
import { covered } from '../benefits/jkm.js'
import { jkpPayerAt } from '../benefits/jkp/payer.js'
import { percent } from '../contributions/shared.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { countRate, mulRates, rate } from '../money/rate.js'
import { arrearsCountStartedMonths, arrearsDueDay, arrearsPenaltyRate } from '../parameters/arrears.js'
import { jkkDeathArrearsBpjsPaysFirstMaxMonths } from '../parameters/jkk-death.js'
import { jkmArrearsBpjsPaysFirstMaxMonths } from '../parameters/jkm.js'
import { jkpArrearsThresholdMonths, jkpBankruptArrearsMonths } from '../parameters/jkp-benefit.js'
import { findValueAt } from '../parameters/lookup.js'
import { reliefLabourIntensiveJkkDiscount } from '../parameters/relief.js'
import type { Parameter } from '../parameters/types.js'
import { parseArrearsInput, type ParsedArrearsInput } from '../schemas/arrears.js'
import { allChecks } from '../schemas/common.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addPeriods, periodStart } from '../time/calendar.js'
import { delayMonths, dueDateOf } from './penalty.js'
import type { ArrearsBenefitPayer, ArrearsInput, ArrearsMonthLine, ArrearsResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { jkpBenefitMessages } from '../i18n/messages/jkp-benefit.js'
import { arrearsMessages } from '../i18n/messages/arrears.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015, legalSources.PP_49_2020)

useMessages(benefitsMessages, jkpBenefitMessages, arrearsMessages)

type ParsedMonth = ParsedArrearsInput['months'][number]

const PP44_PAYMENT = { source: 'PP-44-2015' } as const
const PP49_4 = { source: 'PP-49-2020', article: 'Pasal 4 ayat (1)' } as const

/** One month: due date, status, months of delay to the payment (or `asOf`) and the penalty, with its step. */
function monthLine(ctx: RuleContext, m: ParsedMonth, asOf: string | undefined): ArrearsMonthLine {
  const start = periodStart(m.period)
  const rateR = ctx.read(arrearsPenaltyRate, start)
  const dayR = ctx.read(arrearsDueDay, start)
  const dueDate = dueDateOf(m.period, dayR.value)
  const until = m.paidOn ?? asOf ?? dueDate
  const delay = delayMonths(dueDate, dayR.value, until)
  // how a part month counts matters (and is read) only for a payment after the due date
  const startedR = delay.started > 0 ? ctx.read(arrearsCountStartedMonths, start) : undefined
  const status =
    m.paidOn !== undefined
      ? delay.started === 0
        ? 'on-time'
        : 'late'
      : delay.started === 0
        ? 'not-due'
        : 'unpaid'
  const monthsLate = startedR === undefined || startedR.value ? delay.started : delay.completed
  if (startedR?.value === true && delay.started !== delay.completed) ctx.warn('ARREARS_PART_MONTHS')
  const r = rate(rateR.value)
  // months × rate as one exact rate, so that the product with the amount in sen never leaves the safe range
  const { amount: penalty, rounding } = ctx.applyRate(m.amount, mulRates(r, countRate(monthsLate)))
  const amount = ctx.roundSen(m.amount).amount
  if (penalty > 0 && findValueAt(reliefLabourIntensiveJkkDiscount, start) !== undefined)
    ctx.warn('ARREARS_DISCOUNT_PERIOD', { period: m.period })
  ctx.step({
    rule: 'arrears.month',
    text: 'STEP_ARREARS_MONTH',
    formula: 'FORMULA_ARREARS_PENALTY',
    params: {
      period: m.period,
      status: ctx.t(`ARREARS_STATUS_${status.replace('-', '_')}`),
      amount: rp(amount),
      dueDate,
      until,
      months: monthsLate,
      rate: percent(r, ctx.locale),
      penalty: rp(penalty),
    },
    inputs: { period: m.period, amount, paidOn: m.paidOn ?? null },
    parameters: startedR === undefined ? [rateR, dayR] : [rateR, dayR, startedR],
    ...(rounding === undefined ? {} : { rounding }),
    value: penalty,
  })
  return {
    period: m.period,
    amount,
    dueDate,
    paidOn: m.paidOn ?? null,
    status,
    monthsLate,
    completedMonthsLate: delay.completed,
    rate: rateR.value,
    penalty,
  }
}

/** Consecutive months in arrears on `asOf`: from the last month due, back while unpaid and contiguous. */
function consecutiveOf(lines: readonly ArrearsMonthLine[]): number {
  const due = lines.filter((l) => l.status !== 'not-due')
  let run = 0
  for (let i = due.length - 1; i >= 0; i--) {
    const l = due[i]!
    if (l.status !== 'unpaid') break
    if (run > 0 && addPeriods(l.period, 1) !== due[i + 1]!.period) break
    run++
  }
  return run
}

/** JKK and JKM (D10): BPJS TK first up to the parameter's months, the employer first beyond it. */
function d10Payer(
  ctx: RuleContext,
  reasons: ReasonList,
  program: 'JKK' | 'JKM',
  param: Parameter<number>,
  asOf: string,
  months: number,
): ArrearsBenefitPayer {
  const max = ctx.read(param, asOf)
  const bpjs = months <= max.value
  reasons.add(
    'note',
    bpjs ? 'ARREARS_PROGRAM_BPJS' : 'ARREARS_PROGRAM_EMPLOYER',
    { program, months, maximum: max.value },
    max.legal,
  )
  return { program, firstPayer: bpjs ? 'bpjs-tk' : 'employer', maximum: max.value }
}

/** JKP (PP 6/2025 Pasal 39, 39A), when JKP is in force on `asOf`. */
function jkpPayer(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedArrearsInput,
  asOf: string,
  months: number,
): ArrearsBenefitPayer | undefined {
  if (findValueAt(jkpArrearsThresholdMonths, asOf) === undefined) return undefined
  const p = jkpPayerAt(asOf, months, inp.employerBankruptOrClosed === true, ctx)
  const thr = p.readings[0]!
  const maximum = thr.value as number
  let firstPayer: FirstPayer = p.payer === 'bpjs' ? 'bpjs-tk' : 'employer'
  const bankrupt = p.readings[1]
  if (bankrupt !== undefined && firstPayer === 'bpjs-tk')
    reasons.add('note', 'ARREARS_JKP_BANKRUPT', { months, maximum: bankrupt.value as number }, bankrupt.legal)
  else {
    // Pasal 39A is read only when it could decide: past the threshold, for an employer not known either way
    const b =
      months > maximum && inp.employerBankruptOrClosed === undefined
        ? ctx.readOptional(jkpBankruptArrearsMonths, asOf)
        : undefined
    if (b !== undefined && months <= b.value) {
      firstPayer = 'unknown'
      reasons.add(
        'note',
        'JKP_PAYER_BANKRUPTCY_UNKNOWN',
        { months, maximum, bankruptMax: b.value },
        [...thr.legal, ...b.legal],
        ['employerBankruptOrClosed'],
      )
    } else
      reasons.add(
        'note',
        firstPayer === 'bpjs-tk' ? 'ARREARS_PROGRAM_BPJS' : 'ARREARS_PROGRAM_EMPLOYER',
        { program: 'JKP', months, maximum },
        thr.legal,
      )
  }
  return { program: 'JKP', firstPayer, maximum }
}

/** The consecutive arrears on `asOf` and who pays each program's benefits first. */
function consequences(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedArrearsInput,
  lines: readonly ArrearsMonthLine[],
  asOf: string,
): { run: number; payers: ArrearsBenefitPayer[] } {
  const run = consecutiveOf(lines)
  const unpaid = lines.filter((l) => l.status === 'unpaid').length
  reasons.add('note', 'ARREARS_CONSECUTIVE', { asOf, months: run, unpaid }, [PP44_PAYMENT])
  ctx.step({
    rule: 'arrears.consecutive',
    text: 'STEP_ARREARS_CONSECUTIVE',
    params: { asOf, months: run },
    inputs: { asOf },
    value: run,
  })
  const payers = [
    d10Payer(ctx, reasons, 'JKK', jkkDeathArrearsBpjsPaysFirstMaxMonths, asOf, run),
    d10Payer(ctx, reasons, 'JKM', jkmArrearsBpjsPaysFirstMaxMonths, asOf, run),
  ]
  const jkp = jkpPayer(ctx, reasons, inp, asOf, run)
  if (jkp !== undefined) payers.push(jkp)
  for (const p of payers)
    ctx.step({
      rule: 'arrears.payer',
      text: 'STEP_ARREARS_PROGRAM',
      params: {
        program: p.program,
        payer: ctx.t(
          p.firstPayer === 'bpjs-tk'
            ? 'BENEFIT_PAYER_BPJS'
            : p.firstPayer === 'employer'
              ? 'BENEFIT_PAYER_EMPLOYER'
              : 'JKP_PAYER_NOT_DECIDED',
        ),
      },
      inputs: { months: run },
      value: p.firstPayer,
    })
  return { run, payers }
}

/**
 * Late payment of PU contributions: for each contribution month, the due date (the 15th of the following month;
 * the 30th for the PP 49/2020 months 2020-08 to 2021-01) and the penalty per month of delay (2%; 0.5% for those
 * months), simple and not compounding, on the contribution due; a started month counts (interim rule, warned;
 * parameter `arrears.countStartedMonths`). Unpaid months accrue penalties up to `asOf`. On `asOf`, the
 * consecutive months in arrears say who pays benefits first: JKK and JKM (decisions D10: BPJS TK up to 3
 * months, the employer beyond), JKP (PP 6/2025 Pasal 39: up to 3 months BPJS TK; Pasal 39A bankrupt employer).
 *
 * @example
 * ```ts
 * calculateArrears({ months: [{ period: '2024-03', amount: 1000000, paidOn: '2024-05-20' }] }).totals.penalty
 * //=> 40000 (2 started months × 2% × 1,000,000)
 * ```
 */
export function calculateArrears(input: ArrearsInput, options?: CalculationOptions): ArrearsResult {
  const [inp, { resolved }] = allChecks(
    localeOf(options),
    () => parseArrearsInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  const sorted = [...inp.months].sort((a, b) => (a.period < b.period ? -1 : 1))
  inp.months.forEach((m, i) => covered(periodStart(m.period), ['months', i, 'period'], resolved.locale))
  if (inp.asOf !== undefined) covered(inp.asOf, ['asOf'], resolved.locale)
  const paidDates = sorted.flatMap((m) => (m.paidOn === undefined ? [] : [m.paidOn])).sort()
  const date = inp.asOf ?? paidDates[paidDates.length - 1] ?? periodStart(sorted[0]!.period)
  const ctx = new RuleContext('calculateArrears', date, resolved)
  const reasons = new ReasonList(ctx)
  const lines = sorted.map((m) => monthLine(ctx, m, inp.asOf))
  const sum = (f: (l: ArrearsMonthLine) => number) => lines.reduce((s, l) => s + f(l), 0)
  const totals = {
    due: sum((l) => l.amount),
    paid: sum((l) => (l.paidOn === null ? 0 : l.amount)),
    unpaid: sum((l) => (l.paidOn === null ? l.amount : 0)),
    penalty: sum((l) => l.penalty),
  }
  if (!Object.values(totals).every(Number.isSafeInteger))
    throw new BpjsValidationError(
      [makeIssue(['months'], 'AMOUNT_TOO_LARGE', { maximum: '90.000.000.000.000' }, resolved.locale)],
      resolved.locale,
    )
  if (lines.some((l) => l.monthsLate > 0)) {
    ctx.warn('ARREARS_SCOPE')
    reasons.add('note', 'ARREARS_HOLIDAYS_NOT_MOVED', {}, [PP44_PAYMENT, PP49_4])
  }
  ctx.step({
    rule: 'arrears.total',
    text: 'STEP_ARREARS_TOTAL',
    params: {
      due: rp(totals.due),
      paid: rp(totals.paid),
      unpaid: rp(totals.unpaid),
      penalty: rp(totals.penalty),
      asOf: inp.asOf ?? '—',
    },
    unit: 'rupiah',
    value: totals.penalty,
  })
  const c = inp.asOf === undefined ? undefined : consequences(ctx, reasons, inp, lines, inp.asOf)
  return deepFreeze({
    asOf: inp.asOf ?? null,
    months: lines,
    totals,
    unpaidMonths: lines.filter((l) => l.status === 'unpaid').length,
    consecutiveArrearsMonths: c === undefined ? null : c.run,
    benefitPayers: c === undefined ? [] : c.payers,
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}
