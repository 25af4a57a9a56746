import { BpjsValidationError, makeIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { Locale } from '../i18n/types.js'
import { Dec, decRounding } from '../money/decimal.js'
import { formatRupiah } from '../money/format.js'
import type { RoundingMode } from '../money/rounding.js'
import { deathBenefitsFor, type CohortCategory, type PassOptions, type PricedCohort } from './adapters.js'
import type { CoverageCohortResult, CoverageProgramResult } from './plan.js'
import { planMessages } from '../i18n/messages/plan.js'
import { useMessages } from '../i18n/registry.js'

useMessages(planMessages)

/**
 * The parts of `planCoverageProgram` (`plan.ts`): one cohort priced over the program's months, the coverage
 * reached and the cost of the gap, the expected benefits from the caller's rates.
 */

/** A month of the program's schedule, filled cohort by cohort. */
export interface ScheduleRow {
  readonly period: string
  total: number
  due: number
  readonly byCohort: Record<string, number>
}

function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
}

function ratio4(n: number, d: number): number {
  return d === 0 ? 0 : new Dec(n).div(d).toDecimalPlaces(4, decRounding('half-up')).toNumber()
}

/** The error of a figure that leaves the safe integers (every figure must stay an exact whole rupiah). */
export function tooLarge(path: readonly (string | number)[], locale: Locale): BpjsValidationError {
  return new BpjsValidationError(
    [
      makeIssue(
        path,
        'AMOUNT_TOO_LARGE',
        { maximum: formatRupiah(Number.MAX_SAFE_INTEGER).slice(2) },
        locale,
      ),
    ],
    locale,
  )
}

/** One cohort of the program as the caller gave it, its number and the program's facts. */
export interface CohortJob {
  readonly name: string
  readonly workers: number
  readonly category: CohortCategory
  readonly index: number
  readonly priced: PricedCohort
  readonly start: string
  readonly months: number
  readonly locale: Locale
}

/** The sums of a cohort over the months: total, first year, premium changes, totals by payer. */
function sumMonths(ctx: RuleContext, job: CohortJob, schedule: ScheduleRow[]) {
  const { priced, workers, name } = job
  // every figure must stay an exact whole rupiah: refuse a program whose totals leave the safe integers
  const exact = (n: number): number => {
    if (Number.isSafeInteger(n)) return n
    throw tooLarge(['cohorts', job.index, 'workers'], job.locale)
  }
  let total = 0
  let firstYear = 0
  const changes: { period: string; premiumPerWorkerPerMonth: number }[] = []
  const byPayer = { employer: 0, worker: 0, participant: 0, government: 0 }
  priced.months.forEach((m, i) => {
    const amount = exact(m.perWorker * workers)
    total = exact(total + amount)
    if (i < 12) firstYear += amount
    const prev = priced.months[i - 1]
    if (!priced.oneOff && prev !== undefined && prev.perWorker !== m.perWorker)
      changes.push({ period: m.period, premiumPerWorkerPerMonth: m.perWorker })
    byPayer.employer = exact(byPayer.employer + m.totals.employer * workers)
    byPayer.worker = exact(byPayer.worker + m.totals.worker * workers)
    byPayer.participant = exact(byPayer.participant + m.totals.participant * workers)
    byPayer.government = exact(byPayer.government + m.totals.government * workers)
    const row = schedule[i]
    if (row !== undefined) {
      row.total = exact(row.total + amount)
      if (priced.blocks.length === 0) row.due += amount // paid month by month
      setOwn(row.byCohort, name, amount)
    }
    if (m.result !== undefined) ctx.absorb(m.result.explanation, m.result.warnings)
  })
  return { total, firstYear, changes, byPayer }
}

/** One cohort priced over the program: its sums, its payments, its warnings and steps. */
export function cohortPart(ctx: RuleContext, job: CohortJob, schedule: ScheduleRow[]): CoverageCohortResult {
  const { priced, workers, name } = job
  if (priced.oneOff) ctx.warn('PLAN_ONE_OFF_COHORT', { cohort: name, category: String(job.category) })
  const { total, firstYear, changes, byPayer } = sumMonths(ctx, job, schedule)
  const payments = priced.blocks.map((b) => ({
    period: b.period,
    amount: b.perWorker * workers,
    coversMonths: b.months,
  }))
  for (const pay of payments) {
    const row = schedule.find((s) => s.period === pay.period)
    if (row !== undefined) row.due += pay.amount
  }
  const firstPerWorker = priced.months[0]?.perWorker ?? 0
  if (changes.length > 0)
    ctx.warn('PLAN_RATES_CHANGE', {
      cohort: name,
      changes: changes.map((c) => `${c.period}: ${formatRupiah(c.premiumPerWorkerPerMonth)}`).join(', '),
    })
  ctx.step({
    rule: 'plan.cohort.firstMonth',
    text: 'STEP_PLAN_COHORT_MONTH',
    params: {
      cohort: name,
      period: job.start,
      perWorker: formatRupiah(firstPerWorker),
      workers,
      total: formatRupiah(firstPerWorker * workers),
    },
    inputs: { cohort: name, workers, category: String(job.category) },
    unit: 'rupiah',
    value: firstPerWorker * workers,
  })
  ctx.step({
    rule: 'plan.cohort.total',
    text: 'STEP_PLAN_COHORT_TOTAL',
    formula: 'FORMULA_PLAN_COHORT_TOTAL',
    params: { cohort: name, months: job.months, workers },
    inputs: { cohort: name, workers, months: job.months },
    unit: 'rupiah',
    value: total,
  })
  return {
    name,
    category: job.category,
    workers,
    premiumPerWorkerPerMonth: firstPerWorker,
    perMonth: firstPerWorker * workers,
    firstYear,
    total,
    premiumChanges: changes,
    payments,
    totalsByPayer: byPayer,
  }
}

/** The coverage the program reaches and the cost of closing the gap at its average premium per worker. */
export function coveragePart(
  ctx: RuleContext,
  counts: { potential: number; before: number; workers: number; grandTotal: number },
  rounding: RoundingMode,
  locale: Locale,
): NonNullable<CoverageProgramResult['coverage']> {
  const { potential, before, workers, grandTotal } = counts
  const after = before + workers
  if (after > potential) ctx.warn('PLAN_COVERAGE_ABOVE_POTENTIAL', { covered: after, potential })
  const gap = after >= potential ? 0 : potential - after
  const costToCloseGap =
    workers === 0
      ? 0
      : new Dec(grandTotal).times(gap).div(workers).toDecimalPlaces(0, decRounding(rounding)).toNumber()
  if (!Number.isSafeInteger(costToCloseGap)) throw tooLarge(['potentialWorkers'], locale)
  const coverage = {
    coveredBefore: before,
    coveredAfter: after,
    potential,
    ratioBefore: ratio4(before, potential),
    ratioAfter: ratio4(after, potential),
    gap,
    costToCloseGap,
  }
  ctx.step({
    rule: 'plan.coverage',
    text: 'STEP_PLAN_COVERAGE',
    formula: 'FORMULA_PLAN_COVERAGE',
    inputs: { potentialWorkers: potential, coveredBefore: before, programWorkers: workers },
    value: { ...coverage },
  })
  return coverage
}

/** The expected deaths and cash benefits to heirs, from the caller's annual rates (an estimate). */
export function expectedPart(
  ctx: RuleContext,
  cohorts: Parameters<typeof deathBenefitsFor>[0],
  periods: readonly string[],
  rates: { mortality: string | undefined; accident: string | undefined },
  passOptions: PassOptions,
  rounding: RoundingMode,
): NonNullable<CoverageProgramResult['expectedBenefits']> {
  const est = deathBenefitsFor(cohorts, periods, rates.mortality, rates.accident, passOptions, ctx)
  const jkmDeaths = est.jkmDeaths
  const jkkDeaths = est.jkkDeaths
  const mode = decRounding(rounding)
  const jkmAmount = est.jkmAmount.div(12).toDecimalPlaces(0, mode).toNumber()
  const jkkAmount = est.jkkAmount.div(12).toDecimalPlaces(0, mode).toNumber()
  // the exact value, as a decimal when it terminates, else as the fraction it is
  const exact = (twelveTimes: InstanceType<typeof Dec>) => {
    const q = twelveTimes.div(12)
    return q.times(12).equals(twelveTimes) && q.decimalPlaces() <= 30
      ? q.toString()
      : `${twelveTimes.toString()}/12`
  }
  const round4 = (d: InstanceType<typeof Dec>) => d.toDecimalPlaces(4, decRounding('half-up')).toNumber()
  ctx.warn('PLAN_ESTIMATE_FROM_CALLER_RATES')
  if (rates.mortality !== undefined)
    ctx.step({
      rule: 'plan.expected.jkm',
      text: 'STEP_PLAN_EXPECTED_JKM',
      formula: 'FORMULA_PLAN_EXPECTED_JKM',
      params: { rate: rates.mortality },
      inputs: { annualMortalityRate: rates.mortality },
      rounding: { mode: rounding, exact: exact(est.jkmAmount), rounded: jkmAmount },
      value: { deaths: round4(jkmDeaths), amount: jkmAmount },
    })
  if (rates.accident !== undefined)
    ctx.step({
      rule: 'plan.expected.jkk',
      text: 'STEP_PLAN_EXPECTED_JKK',
      formula: 'FORMULA_PLAN_EXPECTED_JKK',
      params: { rate: rates.accident },
      inputs: { annualWorkAccidentDeathRate: rates.accident },
      rounding: { mode: rounding, exact: exact(est.jkkAmount), rounded: jkkAmount },
      value: { deaths: round4(jkkDeaths), amount: jkkAmount },
    })
  return {
    deaths: round4(jkmDeaths.plus(jkkDeaths)),
    amount: jkmAmount + jkkAmount,
    jkm: { deaths: round4(jkmDeaths), amount: jkmAmount },
    ...(rates.accident === undefined ? {} : { jkk: { deaths: round4(jkkDeaths), amount: jkkAmount } }),
    basis: 'estimate-from-caller-rates',
  }
}
