import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import type { Locale } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { Dec, decRounding } from '../money/decimal.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { assertCovered } from '../parameters/lookup.js'
import { intIn, moneySenOrZero, parseWith, period, rateInput } from '../schemas/common.js'
import { resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addPeriods, monthsBetween, periodStart } from '../time/calendar.js'
import { CATEGORIES, PROGRAM_PAYERS } from '../types.js'
import { contributionFor, type CohortCategory } from './adapters.js'
import type { ProgramPayer } from './plan.js'

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

const MAX_YEARS = 30

/**
 * Takes in every priced month's parameters, citations and warnings; a month after the data's verification
 * date warns once for the whole plan (with the first such month), not once per month.
 */
function absorbMonths(
  ctx: RuleContext,
  months: readonly { readonly result?: { explanation: Explanation; warnings: readonly Warning[] } }[],
): void {
  let late = false
  for (const m of months) {
    if (m.result === undefined) continue
    const ws = m.result.warnings.filter((w) => w.code !== 'DATE_AFTER_LAST_VERIFICATION' || !late)
    if (ws.some((w) => w.code === 'DATE_AFTER_LAST_VERIFICATION')) late = true
    ctx.absorb(m.result.explanation, ws)
  }
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

type Parsed = z.output<typeof roadmapSchema>

/** A budget rule in sen, year by year. */
type SenRule =
  | { readonly kind: 'yearly'; readonly amount: number }
  | { readonly kind: 'growth'; readonly amount: number; readonly growth: string }
  | { readonly kind: 'years'; readonly amounts: readonly number[] }

/** The budgets in sen of `n` years under a rule. Growth: each year floored to the whole rupiah. */
function budgetsOf(rule: SenRule, n: number): number[] {
  if (rule.kind === 'years') return [...rule.amounts]
  if (rule.kind === 'yearly') return Array.from({ length: n }, () => rule.amount)
  const out: number[] = []
  let b = new Dec(rule.amount)
  for (let i = 0; i < n; i++) {
    out.push(b.toNumber())
    // next year: × (1 + growth), floored to the whole rupiah (100 sen)
    b = b.times(new Dec(1).plus(rule.growth)).div(100).floor().times(100)
  }
  return out
}

function tooLarge(path: (string | number)[], locale: Locale): BpjsValidationError {
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

interface YearPlan {
  readonly year: number
  readonly from: string
  readonly to: string
  readonly periods: readonly string[]
  /** Premium per worker over the year, whole rupiah. */
  readonly cost: number
}

interface Simulated {
  readonly rows: RoadmapYear[]
  readonly reachedIn: number | null
}

/**
 * The roadmap's arithmetic, all on whole numbers (people, rupiah, sen). For each year:
 * program workers = min(⌊budget ÷ premium⌋, max(need, remaining), remaining + capacity), where remaining is
 * last year's program workers minus those who left; leaving = ⌈churn × program workers⌉ at the year's end.
 */
function simulate(
  years: readonly YearPlan[],
  budgetsSen: readonly number[],
  p: Parsed,
  targetWorkers: number,
  churn: string,
): Simulated {
  const baseline = p.coveredToday - (p.programWorkersToday ?? 0)
  const need = Math.max(0, targetWorkers - baseline)
  let remaining = p.programWorkersToday ?? 0
  let reachedIn: number | null = null
  const rows: RoadmapYear[] = []
  years.forEach((y, i) => {
    const budgetSen = budgetsSen[i] ?? 0
    const costSen = y.cost * 100
    const affordable = costSen === 0 ? Number.MAX_SAFE_INTEGER : Math.floor(budgetSen / costSen)
    let program = Math.min(affordable, Math.max(need, remaining))
    if (p.enrolmentCapacity !== undefined) program = Math.min(program, remaining + p.enrolmentCapacity)
    const enrolled = Math.max(0, program - remaining)
    const left = new Dec(program).times(churn).ceil().toNumber()
    const covered = baseline + program
    const cost = program * y.cost
    if (reachedIn === null && covered >= targetWorkers) reachedIn = y.year
    rows.push({
      year: y.year,
      from: y.from,
      to: y.to,
      months: y.periods.length,
      premiumPerWorker: y.cost,
      budget: new Dec(budgetSen).div(100).toNumber(),
      affordable: costSen === 0 ? program : affordable,
      programWorkers: program,
      enrolled,
      left,
      covered,
      coverage: new Dec(covered)
        .div(p.potentialWorkers)
        .toDecimalPlaces(4, decRounding('half-up'))
        .toNumber(),
      cost,
      unspent: new Dec(budgetSen).div(100).minus(cost).toNumber(),
    })
    remaining = program - left
  })
  return { rows, reachedIn }
}

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
  const startYear = Number(p.startPeriod.slice(0, 4))
  const endYear = p.endYear ?? p.targetYear
  const issues: BpjsIssue[] = []
  if (p.targetYear < startYear)
    issues.push(
      makeIssue(
        ['targetYear'],
        'ROADMAP_TARGET_BEFORE_START',
        { targetYear: p.targetYear, startYear },
        locale,
      ),
    )
  if (endYear < p.targetYear)
    issues.push(
      makeIssue(
        ['endYear'],
        'ROADMAP_TARGET_BEFORE_START',
        { targetYear: p.targetYear, startYear: endYear },
        locale,
      ),
    )
  if (endYear - startYear > MAX_YEARS)
    issues.push(makeIssue(['endYear'], 'TOO_BIG', { maximum: startYear + MAX_YEARS }, locale))
  if (p.coveredToday > p.potentialWorkers)
    issues.push(
      makeIssue(
        ['coveredToday'],
        'ROADMAP_COVERED_EXCEEDS_POTENTIAL',
        { covered: p.coveredToday, potential: p.potentialWorkers },
        locale,
      ),
    )
  if ((p.programWorkersToday ?? 0) > p.coveredToday)
    issues.push(
      makeIssue(
        ['programWorkersToday'],
        'ROADMAP_PROGRAM_EXCEEDS_COVERED',
        { program: p.programWorkersToday ?? 0, covered: p.coveredToday },
        locale,
      ),
    )
  if (new Dec(p.targetCoverage).isZero())
    issues.push(makeIssue(['targetCoverage'], 'RATE_INVALID', { value: p.targetCoverage }, locale))
  const b = p.budget
  const kinds = [
    b.yearly !== undefined,
    b.firstYear !== undefined || b.growth !== undefined,
    b.years !== undefined,
  ]
  const nYears = endYear - startYear + 1
  let rule: SenRule | undefined
  if (
    kinds.filter(Boolean).length !== 1 ||
    (kinds[1] && (b.firstYear === undefined || b.growth === undefined))
  )
    issues.push(makeIssue(['budget'], 'ROADMAP_BUDGET_RULE', {}, locale))
  else if (b.yearly !== undefined) rule = { kind: 'yearly', amount: b.yearly }
  else if (b.years !== undefined) {
    if (b.years.length !== nYears && issues.length === 0)
      issues.push(
        makeIssue(
          ['budget', 'years'],
          'ROADMAP_BUDGET_YEARS_LENGTH',
          { given: b.years.length, needed: nYears, startYear, endYear },
          locale,
        ),
      )
    rule = { kind: 'years', amounts: b.years }
  } else rule = { kind: 'growth', amount: b.firstYear as number, growth: b.growth as string }
  if (issues.length > 0 || rule === undefined) throw new BpjsValidationError(issues, locale)

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
  const years: YearPlan[] = []
  for (let y = startYear; y <= endYear; y++) {
    const months = priced.months.filter((m) => m.period.startsWith(`${y}-`))
    const cost = months.reduce((a, m) => a + m.perWorker, 0)
    const from = months[0]?.period ?? `${y}-01`
    const to = months[months.length - 1]?.period ?? `${y}-12`
    years.push({ year: y, from, to, periods: months.map((m) => m.period), cost })
    ctx.step({
      rule: 'roadmap.premium',
      text: 'STEP_ROADMAP_PREMIUM',
      formula: 'FORMULA_PLAN_COHORT_TOTAL',
      params: { year: y, from, to, months: months.length, cost: formatRupiah(cost), workers: 1 },
      inputs: { year: y, months: months.length },
      value: cost,
    })
  }

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
  let total = 0
  sim.rows.forEach((row, i) => {
    total += row.cost
    if (!Number.isSafeInteger(total)) throw tooLarge(['budget'], locale)
    ctx.step({
      rule: 'roadmap.year',
      text: 'STEP_ROADMAP_YEAR',
      formula: 'FORMULA_ROADMAP_YEAR',
      params: {
        year: row.year,
        budget: formatRupiah(senText(budgets[i] as number)),
        cost: formatRupiah(row.premiumPerWorker),
        affordable: row.affordable,
        program: row.programWorkers,
        enrolled: row.enrolled,
        left: row.left,
        coverage: row.coverage,
        spent: formatRupiah(row.cost),
      },
      inputs: {
        year: row.year,
        budget: senText(budgets[i] as number),
        // leavers: whole people, rounded up (coverage never overstated)
        leftExact: new Dec(row.programWorkers).times(churn).toString(),
        premiumPerWorker: row.premiumPerWorker,
        churn,
        ...(p.enrolmentCapacity === undefined ? {} : { enrolmentCapacity: p.enrolmentCapacity }),
      },
      rounding: {
        mode: 'down',
        exact: `${senText(budgets[i] as number)}/${row.premiumPerWorker}`,
        rounded: row.affordable,
      },
      value: {
        programWorkers: row.programWorkers,
        left: row.left,
        covered: row.covered,
        coverage: row.coverage,
        cost: row.cost,
      },
    })
  })
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

  // the smallest budget under the same rule reaching the target by the target year (monotone: search)
  const byTarget = years.filter((y) => y.year <= p.targetYear)
  const searchRule = (amountSen: number): SenRule =>
    rule.kind === 'growth'
      ? { kind: 'growth', amount: amountSen, growth: rule.growth }
      : { kind: 'yearly', amount: amountSen }
  // reached by the target year: the target year's coverage is at least the target (reached and held)
  const reaches = (amountSen: number): boolean => {
    const rows = simulate(
      byTarget,
      budgetsOf(searchRule(amountSen), byTarget.length),
      p,
      targetWorkers,
      churn,
    ).rows
    return (rows[rows.length - 1]?.covered ?? 0) >= targetWorkers
  }
  // enough for every year: the need at the dearest year's premium (budgets only grow under either rule)
  const dearest = Math.max(...byTarget.map((y) => y.cost))
  const hiRupiah = Math.max(need, p.programWorkersToday ?? 0) * dearest
  if (!Number.isSafeInteger(hiRupiah * 100)) throw tooLarge(['potentialWorkers'], locale)
  let budgetNeeded: CoverageRoadmapResult['budgetNeeded'] = null
  if (reaches(hiRupiah * 100)) {
    let lo = -1 // in whole rupiah: lo never reaches, hi reaches
    let hi = hiRupiah
    if (reaches(0)) hi = 0
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2)
      if (reaches(mid * 100)) hi = mid
      else lo = mid
    }
    const r = searchRule(hi * 100)
    const list = budgetsOf(r, byTarget.length)
    budgetNeeded = {
      rule: r.kind === 'growth' ? 'growth' : 'yearly',
      firstYear: hi,
      years: byTarget.map((y, i) => ({ year: y.year, budget: (list[i] as number) / 100 })),
    }
    ctx.step({
      rule: 'roadmap.budgetNeeded',
      text: 'STEP_ROADMAP_BUDGET_NEEDED',
      params: { rule: budgetNeeded.rule, targetYear: p.targetYear, budget: formatRupiah(hi) },
      inputs: { targetYear: p.targetYear },
      value: hi,
    })
  } else
    ctx.warn('ROADMAP_NOT_REACHABLE_CAPACITY', {
      target,
      targetYear: p.targetYear,
      capacity: p.enrolmentCapacity ?? '—',
      churn,
    })

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
