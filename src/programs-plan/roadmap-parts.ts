import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import type { Locale } from '../i18n/types.js'
import { Dec, decRounding } from '../money/decimal.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import type { PricedCohort } from './adapters.js'
import { tooLarge } from './plan-parts.js'
import type { CoverageRoadmapResult, RoadmapYear, roadmapSchema } from './roadmap.js'
import type * as z from 'zod/mini'
import { coreMessages } from '../i18n/messages/core.js'
import { planMessages } from '../i18n/messages/plan.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages, planMessages, rosterMessages)

/**
 * The parts of `planCoverageRoadmap` (`roadmap.ts`): the budget rule checked, the premium year by year, the
 * yearly simulation and its steps, and the search for the smallest budget that reaches the target.
 */

/** The longest roadmap, in years after the start year. */
export const MAX_YEARS = 30

export type Parsed = z.output<typeof roadmapSchema>

/**
 * Takes in every priced month's parameters, citations and warnings; a month after the data's verification
 * date warns once for the whole plan (with the first such month), not once per month.
 */
export function absorbMonths(
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

/** A budget rule in sen, year by year. */
export type SenRule =
  | { readonly kind: 'yearly'; readonly amount: number }
  | { readonly kind: 'growth'; readonly amount: number; readonly growth: string }
  | { readonly kind: 'years'; readonly amounts: readonly number[] }

/** The budgets in sen of `n` years under a rule. Growth: each year floored to the whole rupiah. */
export function budgetsOf(rule: SenRule, n: number): number[] {
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

export interface YearPlan {
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
export function simulate(
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

/** The checked roadmap: its years and budget rule, or one `BpjsValidationError` with every issue. */
export function checkRoadmap(
  p: Parsed,
  locale: Locale,
): { startYear: number; endYear: number; nYears: number; rule: SenRule } {
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
  return { startYear, endYear, nYears, rule }
}

/** The premium of one worker over each year (each month priced at its own rules), with its step. */
export function yearPlans(
  ctx: RuleContext,
  priced: PricedCohort,
  startYear: number,
  endYear: number,
): YearPlan[] {
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
      unit: 'rupiah',
      value: cost,
    })
  }

  return years
}

/** The steps of the simulated years; returns the total cost. */
export function stepYears(
  ctx: RuleContext,
  sim: Simulated,
  budgets: readonly number[],
  p: Parsed,
  locale: Locale,
): number {
  const churn = p.churn
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
  return total
}

/**
 * The smallest budget under the same rule reaching the target by the target year (monotone: a binary
 * search), with its step, or `null` and a warning when no budget reaches it (capacity or churn).
 */
export function budgetNeededOf(
  ctx: RuleContext,
  p: Parsed,
  years: readonly YearPlan[],
  rule: SenRule,
  need: { targetWorkers: number; need: number },
  locale: Locale,
): CoverageRoadmapResult['budgetNeeded'] {
  const { targetWorkers } = need
  const churn = p.churn
  const target = p.targetCoverage
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
  const hiRupiah = Math.max(need.need, p.programWorkersToday ?? 0) * dearest
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
      unit: 'rupiah',
      value: hi,
    })
  } else
    ctx.warn('ROADMAP_NOT_REACHABLE_CAPACITY', {
      target,
      targetYear: p.targetYear,
      capacity: p.enrolmentCapacity ?? '—',
      churn,
    })

  return budgetNeeded
}
