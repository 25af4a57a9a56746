import * as z from 'zod/mini'
import { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { Dec } from '../money/decimal.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { assertCovered } from '../parameters/lookup.js'
import { intIn, moneySenOrZero, parseWith, period, rateInput } from '../schemas/common.js'
import { resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addPeriods, monthsBetween, periodStart } from '../time/calendar.js'
import { CATEGORIES, PROGRAM_PAYERS } from '../types.js'
import { contributionFor, type CohortCategory } from './adapters.js'
import type { ProgramPayer } from './plan.js'
import {
  absorbMonths,
  budgetNeededOf,
  budgetsOf,
  checkRoadmap,
  MAX_YEARS,
  simulate,
  stepYears,
  yearPlans,
} from './roadmap-parts.js'
import { tooLarge } from './plan-parts.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(rosterMessages)

/**
 * The contribution input of one worker without period and payer (the plan sets them), e.g.
 * `{ category: 'BPU', declaredIncome: 1000000 }`: the premium is priced by `calculateContribution`.
 */
export interface PremiumInput {
  readonly category: CohortCategory
  readonly [field: string]: unknown
}

/**
 * How the budget goes year by year (exactly one): the same amount every year (`yearly`), a first year
 * growing by a rate (`firstYear` and `growth`, e.g. `'0.10'`; each year floored to the rupiah), or one
 * amount per year (`years`, from the start year to `endYear`).
 */
export interface BudgetRule {
  readonly yearly?: number | string
  readonly firstYear?: number | string
  readonly growth?: number | string
  readonly years?: readonly (number | string)[]
}

/** Input of {@link planCoverageRoadmap}. */
export interface CoverageRoadmapInput {
  /** First month of the plan, `'YYYY-MM'`. Years are calendar (budget) years; the first may be partial. */
  readonly startPeriod: string
  /** The year by which the target should be reached. */
  readonly targetYear: number
  /** Last year computed (default `targetYear`; at most 30 years after the start). */
  readonly endYear?: number
  /** Workers who could be covered. */
  readonly potentialWorkers: number
  /** Of those, covered today, whoever pays. */
  readonly coveredToday: number
  /** Of those covered today, how many the program already pays for (default 0). */
  readonly programWorkersToday?: number
  /** Target coverage as a rate in (0, 1], e.g. `1` or `'0.8'`. */
  readonly targetCoverage: number | string
  readonly budget: BudgetRule
  readonly payer: ProgramPayer
  /** The package of one worker; priced month by month with the rules of each month. */
  readonly premium: PremiumInput
  /** Share of the program's workers who leave it at the end of each year (e.g. `'0.05'`), 0 to 1. */
  readonly churn: number | string
  /** New workers the program can enrol in a year (outreach, verification); default: no limit. */
  readonly enrolmentCapacity?: number
}

/** One year of a roadmap. */
export interface RoadmapYear {
  readonly year: number
  readonly from: string
  readonly to: string
  readonly months: number
  /** Premium of one worker over the year's months (each month priced with its own rules). */
  readonly premiumPerWorker: number
  /** The budget of the year, whole rupiah or with sen as given. */
  readonly budget: number
  /** ⌊budget ÷ premium per worker⌋: whole people (rounded down). */
  readonly affordable: number
  /** Workers the program pays for this year. */
  readonly programWorkers: number
  /** Of those, enrolled this year (new people). */
  readonly enrolled: number
  /** Leaving at the end of the year: ⌈churn × program workers⌉ (whole people, rounded up). */
  readonly left: number
  /** Covered this year: covered outside the program + program workers. */
  readonly covered: number
  /** covered ÷ potential, 4 decimals half-up. */
  readonly coverage: number
  /** program workers × premium per worker. */
  readonly cost: number
  readonly unspent: number
}

/** Result of {@link planCoverageRoadmap}. */
export interface CoverageRoadmapResult {
  readonly startPeriod: string
  readonly targetYear: number
  readonly endYear: number
  readonly target: {
    readonly coverage: string
    /** ⌈potential × target⌉ workers (whole people, rounded up so that the ratio is at least the target). */
    readonly workers: number
    /** Target workers − workers covered outside the program (never below 0). */
    readonly programWorkers: number
  }
  readonly years: readonly RoadmapYear[]
  /** The first year whose coverage reaches the target, or `null` when not reached by `endYear`. */
  readonly reachedIn: number | null
  /** `true` when the target is reached by `targetYear` with the budget given. */
  readonly reachedByTarget: boolean
  /**
   * The smallest budget under the same rule (for `years`: a constant yearly budget) with which the coverage
   * of `targetYear` reaches the target, searched to the rupiah; `null` when no budget reaches it (enrolment capacity
   * and churn prevent it).
   */
  readonly budgetNeeded: {
    readonly rule: 'yearly' | 'growth'
    /** The first year's budget (for `yearly`, every year's). */
    readonly firstYear: number
    readonly years: readonly { readonly year: number; readonly budget: number }[]
  } | null
  readonly totalCost: number
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

const premiumSchema = z.looseObject({ category: z.enum(CATEGORIES) })

const budgetSchema = z.strictObject({
  yearly: z.optional(moneySenOrZero),
  firstYear: z.optional(moneySenOrZero),
  growth: z.optional(rateInput),
  years: z.optional(z.array(moneySenOrZero).check(z.minLength(1), z.maxLength(MAX_YEARS + 1))),
})

export const roadmapSchema = z.strictObject({
  startPeriod: period,
  targetYear: intIn(2015, 2200),
  endYear: z.optional(intIn(2015, 2200)),
  potentialWorkers: intIn(1, 1_000_000_000),
  coveredToday: intIn(0, 1_000_000_000),
  programWorkersToday: z.optional(intIn(0, 1_000_000_000)),
  targetCoverage: rateInput,
  budget: budgetSchema,
  payer: z.enum(PROGRAM_PAYERS),
  premium: premiumSchema,
  churn: rateInput,
  enrolmentCapacity: z.optional(intIn(0, 1_000_000_000)),
})

/**
 * Plans the road from today's coverage to a target over several years: the workers the program pays for,
 * the people it enrols, coverage and cost year by year, the year the target is reached (or that it is not,
 * with the budget given), and the smallest budget that reaches it by the target year.
 *
 * The premium of one worker comes from the library (`calculateContribution`, each month of each year with the
 * rules of that month and the program's payer, so relief windows and PP 50/2025 are honoured month by month).
 * Workers are whole people: the budget pays for ⌊budget ÷ premium⌋ (rounded down); the target needs
 * ⌈potential × target⌉ covered (rounded up); leavers are ⌈churn × program workers⌉ (rounded up, so that
 * coverage is never overstated). Workers enrolled in a year are counted for the whole year's months (the
 * budget is reserved for them from the year's first month). People covered outside the program (employers,
 * self-paid) are held constant. Every rounding is in the explanation.
 *
 * @example
 * ```ts
 * const r = planCoverageRoadmap({
 *   startPeriod: '2026-01', targetYear: 2028, potentialWorkers: 1000, coveredToday: 440,
 *   targetCoverage: 1, budget: { yearly: 60_000_000 }, payer: 'apbd',
 *   premium: { category: 'BPU', declaredIncome: 1000000 }, churn: '0.05',
 * })
 * r.years[0].premiumPerWorker //=> 201600 (16,800 × 12)
 * r.years[0].programWorkers   //=> 297 (⌊60,000,000 ÷ 201,600⌋)
 * ```
 * @throws {BpjsValidationError} a target year before the start, a negative budget, a churn or target above 1,
 *   more covered than potential, a budget rule that is not exactly one of `yearly`, `growth`, `years`.
 * @throws {BpjsRuleError} a plan month outside the law the library knows.
 */
export function planCoverageRoadmap(
  input: CoverageRoadmapInput,
  options?: CalculationOptions,
): CoverageRoadmapResult {
  const { resolved } = resolveOptions(options)
  const locale = resolved.locale
  const p = parseWith(roadmapSchema, input, locale)
  const { startYear, endYear, nYears, rule } = checkRoadmap(p, locale)
  const lastPeriod = `${endYear}-12`
  assertCovered(periodStart(p.startPeriod), ['startPeriod'])
  assertCovered(periodStart(lastPeriod), ['endYear'])
  const ctx = new RuleContext('planCoverageRoadmap', p.startPeriod, resolved)
  const passOptions = {
    locale,
    rounding: resolved.rounding,
    ...(options?.parameters === undefined ? {} : { parameters: options.parameters }),
  }
  const allPeriods = Array.from({ length: monthsBetween(p.startPeriod, lastPeriod) + 1 }, (_, i) =>
    addPeriods(p.startPeriod, i),
  )
  const priced = contributionFor({ ...p.premium }, allPeriods, p.payer, passOptions, ['premium'])
  absorbMonths(ctx, priced.months)
  const years = yearPlans(ctx, priced, startYear, endYear)

  const churn = p.churn
  const targetWorkers = new Dec(p.potentialWorkers).times(p.targetCoverage).ceil().toNumber()
  const baseline = p.coveredToday - (p.programWorkersToday ?? 0)
  const need = Math.max(0, targetWorkers - baseline)
  ctx.step({
    rule: 'roadmap.need',
    text: 'STEP_ROADMAP_NEED',
    params: { target: p.targetCoverage, potential: p.potentialWorkers, baseline, need },
    inputs: {
      potentialWorkers: p.potentialWorkers,
      coveredToday: p.coveredToday,
      programWorkersToday: p.programWorkersToday ?? 0,
      targetCoverage: p.targetCoverage,
      // whole people, rounded up so that the ratio reaches the target
      targetWorkersExact: new Dec(p.potentialWorkers).times(p.targetCoverage).toString(),
      targetWorkers,
      rounding: 'up',
    },
    value: need,
  })

  const budgets = budgetsOf(rule, nYears)
  for (const x of budgets) if (!Number.isSafeInteger(x)) throw tooLarge(['budget'], locale)
  const sim = simulate(years, budgets, p, targetWorkers, churn)
  const total = stepYears(ctx, sim, budgets, p, locale)
  const target = p.targetCoverage
  if (sim.reachedIn !== null)
    ctx.step({
      rule: 'roadmap.target',
      text: 'STEP_ROADMAP_TARGET',
      params: { target, year: sim.reachedIn },
      inputs: { targetCoverage: target },
      value: sim.reachedIn,
    })
  else ctx.warn('ROADMAP_NOT_REACHABLE', { target, endYear })

  const budgetNeeded = budgetNeededOf(ctx, p, years, rule, { targetWorkers, need }, locale)

  return deepFreeze({
    startPeriod: p.startPeriod,
    targetYear: p.targetYear,
    endYear,
    target: { coverage: target, workers: targetWorkers, programWorkers: need },
    years: sim.rows,
    reachedIn: sim.reachedIn,
    reachedByTarget: sim.reachedIn !== null && sim.reachedIn <= p.targetYear,
    budgetNeeded,
    totalCost: total,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}

/** Input of {@link workersForBudget}. */
export interface WorkersForBudgetInput {
  /** The money available, rupiah (number or decimal string), 0 or more. */
  readonly budget: number | string
  readonly startPeriod: string
  /** Months of cover, 1 to 120. */
  readonly months: number
  readonly payer: ProgramPayer
  readonly premium: PremiumInput
}

/** Result of {@link workersForBudget}. */
export interface WorkersForBudgetResult {
  /** The largest number of workers whose premiums for every month fit the budget. */
  readonly workers: number
  /** Premium of one worker over all the months (each month with its own rules). */
  readonly costPerWorker: number
  /** workers × cost per worker. */
  readonly spent: number
  /** budget − spent (less than one worker's cost). */
  readonly remaining: number
  /** One worker's premium month by month. */
  readonly months: readonly { readonly period: string; readonly premiumPerWorker: number }[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

export const budgetFirstSchema = z.strictObject({
  budget: moneySenOrZero,
  startPeriod: period,
  months: intIn(1, 120),
  payer: z.enum(PROGRAM_PAYERS),
  premium: premiumSchema,
})

/**
 * The budget-first question: with Rp X for N months, how many workers can be covered? One worker's premium
 * is priced for each month with the rules of that month (relief windows, PP 50/2025 for a payer that is
 * neither APBN nor APBD); the answer is ⌊budget ÷ cost per worker⌋, exact to the rupiah: `workers` ×
 * `costPerWorker` ≤ budget < (`workers` + 1) × `costPerWorker`.
 *
 * @example
 * ```ts
 * workersForBudget({ budget: 1_000_000_000, startPeriod: '2026-01', months: 12, payer: 'apbd',
 *   premium: { category: 'BPU', declaredIncome: 1000000 } }).workers
 * //=> 4960 (⌊1,000,000,000 ÷ 201,600⌋; 4,960 × 201,600 = 999,936,000)
 * ```
 * @throws {BpjsValidationError} a negative budget, 0 or more than 120 months, an invalid premium input.
 * @throws {BpjsRuleError} a month outside the law the library knows.
 */
export function workersForBudget(
  input: WorkersForBudgetInput,
  options?: CalculationOptions,
): WorkersForBudgetResult {
  const { resolved } = resolveOptions(options)
  const locale = resolved.locale
  const p = parseWith(budgetFirstSchema, input, locale)
  const end = addPeriods(p.startPeriod, p.months - 1)
  assertCovered(periodStart(p.startPeriod), ['startPeriod'])
  assertCovered(periodStart(end), ['months'])
  const ctx = new RuleContext('workersForBudget', p.startPeriod, resolved)
  const passOptions = {
    locale,
    rounding: resolved.rounding,
    ...(options?.parameters === undefined ? {} : { parameters: options.parameters }),
  }
  const periods = Array.from({ length: p.months }, (_, i) => addPeriods(p.startPeriod, i))
  const priced = contributionFor({ ...p.premium }, periods, p.payer, passOptions, ['premium'])
  absorbMonths(ctx, priced.months)
  const cost = priced.months.reduce((a, m) => a + m.perWorker, 0)
  ctx.step({
    rule: 'budget.costPerWorker',
    text: 'STEP_BUDGET_COST',
    params: { from: p.startPeriod, to: end, cost: formatRupiah(cost) },
    inputs: { months: p.months },
    unit: 'rupiah',
    value: cost,
  })
  const costSen = cost * 100
  const workers = costSen === 0 ? 0 : Math.floor(p.budget / costSen)
  const spent = workers * cost
  const remainingSen = p.budget - spent * 100
  const budgetText = senText(p.budget)
  ctx.step({
    rule: 'budget.workers',
    text: 'STEP_BUDGET_WORKERS',
    params: {
      budget: formatRupiah(budgetText),
      cost: formatRupiah(cost),
      workers,
      spent: formatRupiah(spent),
      rest: formatRupiah(senText(remainingSen)),
    },
    inputs: { budget: budgetText, costPerWorker: cost },
    rounding: { mode: 'down', exact: `${budgetText}/${cost}`, rounded: workers },
    value: workers,
  })
  return deepFreeze({
    workers,
    costPerWorker: cost,
    spent,
    remaining: new Dec(remainingSen).div(100).toNumber(),
    months: priced.months.map((m) => ({ period: m.period, premiumPerWorker: m.perWorker })),
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}
