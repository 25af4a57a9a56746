import { calculateJkkDeathBenefit, calculateJkmBenefit } from '../benefits/index.js'
import { calculateContribution } from '../contributions/index.js'
import { BpjsRuleError, BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { parseContributionInput } from '../schemas/contribution.js'
import type { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import type { Locale } from '../i18n/types.js'
import { Dec, type DecValue } from '../money/decimal.js'
import type { ParameterOverrides } from '../parameters/types.js'
import type { RoundingMode } from '../money/rounding.js'
import { periodStart } from '../time/calendar.js'
import type { Category } from '../types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { planMessages } from '../i18n/messages/plan.js'
import { useMessages } from '../i18n/registry.js'

useMessages(contributionsMessages, planMessages)

/** The categories a cohort can have: every category. */
export type CohortCategory = Category

export interface PassOptions {
  readonly locale: Locale
  readonly rounding: RoundingMode
  readonly parameters?: ParameterOverrides
}

type Totals = { employer: number; worker: number; participant: number; government: number; total: number }
type ContributionResult = ReturnType<typeof calculateContribution>

/** One month of a cohort, priced for one worker. */
export interface PricedMonth {
  readonly period: string
  readonly perWorker: number
  readonly totals: Totals
  readonly result?: ContributionResult
}

/** A cohort priced month by month, with its payment blocks. */
export interface PricedCohort {
  readonly months: readonly PricedMonth[]
  readonly blocks: readonly { readonly period: string; readonly perWorker: number; readonly months: number }[]
  readonly oneOff: boolean
}

/** Re-throws an error of a cohort's contribution with the cohort's path in front. */
export function withPath(e: unknown, path: readonly (string | number)[], locale: Locale): never {
  if (e instanceof BpjsValidationError)
    throw new BpjsValidationError(
      e.issues.map((i) => makeIssue([...path, ...i.path], i.code, i.params, locale)),
      locale,
    )
  if (e instanceof BpjsRuleError) throw new BpjsRuleError(e.code, e.params, [...path, ...e.path], locale)
  throw e
}

function price(
  input: Record<string, unknown>,
  options: PassOptions,
  path: readonly (string | number)[],
): ContributionResult {
  try {
    return calculateContribution(input as never, options)
  } catch (e) {
    return withPath(e, path, options.locale)
  }
}

/**
 * The problems of a cohort's contribution fields, found without pricing: what `calculateContribution`
 * will say of the cohort (its schema and cross-field checks, with the program's `period` and, for BPU, its
 * `payer`), and a JAKON cohort priced by contract value. Paths start with `path` (`cohorts[i]`).
 */
export function cohortFieldIssues(
  fields: Record<string, unknown>,
  period: string,
  payer: 'apbd' | 'apbn' | 'other',
  locale: Locale,
  path: readonly (string | number)[],
): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  if (fields.category === 'JAKON' && Object.prototype.hasOwnProperty.call(fields, 'contractValue'))
    issues.push(makeIssue([...path, 'contractValue'], 'PLAN_JAKON_CONTRACT_NOT_PER_WORKER', {}, locale))
  // the program sets these; a cohort that sets them is reported by the program's own check
  const input = {
    ...fields,
    period,
    ...(fields.category === 'BPU' && fields.payer === undefined ? { payer } : {}),
  }
  try {
    parseContributionInput(input, locale)
  } catch (e) {
    if (!(e instanceof BpjsValidationError)) throw e
    for (const i of e.issues)
      if (i.path[0] !== 'period' && !(i.code === 'JAKON_METHOD_CONFLICT' && issues.length > 0))
        issues.push(makeIssue([...path, ...i.path], i.code, i.params, locale))
  }
  return issues
}

/**
 * Prices one worker of a cohort for every month of the program with `calculateContribution`.
 * - PU, BPU, JAKON (wage-known method): each month at the rules of that month; BPU `months` (3, 6, 12)
 *   becomes the advance-payment block, each month still priced at its own rules.
 * - PMI: the placement package is paid once, in the first month (a one-off cohort).
 * - JAKON by contract value is a per-project premium, not a per-worker one: refused with a clear error.
 */
export function contributionFor(
  fields: Record<string, unknown>,
  periods: readonly string[],
  payer: 'apbd' | 'apbn' | 'other',
  options: PassOptions,
  path: readonly (string | number)[],
): PricedCohort {
  const category = fields.category as CohortCategory
  if (category === 'JAKON' && Object.prototype.hasOwnProperty.call(fields, 'contractValue'))
    throw new BpjsValidationError(
      [makeIssue([...path, 'contractValue'], 'PLAN_JAKON_CONTRACT_NOT_PER_WORKER', {}, options.locale)],
      options.locale,
    )
  if (category === 'PMI') {
    const first = periods[0] as string
    const r = price({ ...fields, period: first }, options, path)
    const zero = { employer: 0, worker: 0, participant: 0, government: 0, total: 0 }
    const months = periods.map((p, i) =>
      i === 0
        ? { period: p, perWorker: r.totals.total, totals: r.totals, result: r }
        : { period: p, perWorker: 0, totals: zero },
    )
    const covers = typeof fields.contractMonths === 'number' ? fields.contractMonths : periods.length
    return { months, blocks: [{ period: first, perWorker: r.totals.total, months: covers }], oneOff: true }
  }
  let block = 1
  const base: Record<string, unknown> = { ...fields }
  if (category === 'BPU') {
    // the cohort's own `months` (3, 6, 12) is checked by pricing its first month as given: a 0, -0 or
    // fractional block would otherwise never advance the loop below
    if (fields.months !== undefined) price({ ...fields, payer, period: periods[0] }, options, path)
    block = typeof fields.months === 'number' ? fields.months : 1
    base.months = 1
    base.payer = payer
  }
  const months: PricedMonth[] = periods.map((p) => {
    const r = price({ ...base, period: p }, options, path)
    return { period: p, perWorker: r.totals.total, totals: r.totals, result: r }
  })
  const blocks: { period: string; perWorker: number; months: number }[] = []
  if (block === 1) return { months, blocks, oneOff: false }
  for (let i = 0; i < months.length; i += block) {
    const slice = months.slice(i, i + block)
    blocks.push({
      period: slice[0]?.period ?? '',
      perWorker: slice.reduce((a, m) => a + m.perWorker, 0),
      months: slice.length,
    })
  }
  return { months, blocks, oneOff: false }
}

export function wageOf(fields: Record<string, unknown>): Record<string, unknown> {
  if (fields.category === 'BPU') return { declaredIncome: fields.declaredIncome }
  if (fields.wage !== undefined) return { monthlyWage: fields.wage }
  return {}
}

/**
 * Expected deaths and cash benefits to heirs over the program, from the caller's annual rates: each
 * month, workers × rate ÷ 12 deaths, each paid the cash benefit (without scholarship) for a death on the
 * 15th of that month, with membership from the program's first day. Returns the deaths (exact) and
 * 12 × the expected amount (exact, so that the single division by 12 happens where it is rounded).
 */
export function deathBenefitsFor(
  cohorts: readonly ({ name: string; workers: number } & Record<string, unknown>)[],
  periods: readonly string[],
  mortality: string | undefined,
  accident: string | undefined,
  options: PassOptions,
  ctx: RuleContext,
): { jkmDeaths: DecValue; jkmAmount: DecValue; jkkDeaths: DecValue; jkkAmount: DecValue } {
  // jkmAmount / jkkAmount are returned multiplied by 12 (see above)
  const jkm = { deaths: new Dec(0), amount: new Dec(0) }
  const jkk = { deaths: new Dec(0), amount: new Dec(0) }
  const start = periodStart(periods[0] as string)
  cohorts.forEach((c, ci) => {
    const category = c.category as CohortCategory
    // workers × rate deaths this month (× 12), each paid the cash benefit of a death on that date
    const expect = (
      sum: typeof jkm,
      annualRate: string,
      benefit: () => {
        payable: boolean
        total: number
        explanation: Explanation
        warnings: readonly Warning[]
      },
    ) => {
      let r: ReturnType<typeof benefit>
      try {
        r = benefit()
      } catch (e) {
        return withPath(e, ['cohorts', ci], options.locale)
      }
      ctx.absorb(r.explanation, r.warnings)
      const deaths = new Dec(c.workers).times(annualRate)
      sum.deaths = sum.deaths.plus(deaths)
      sum.amount = sum.amount.plus(deaths.times(r.payable ? r.total : 0))
    }
    periods.forEach((p, mi) => {
      const dateOfDeath = `${p}-15`
      // the program pays every month from its start: contributions paid up to the month of death
      const paid = { membershipStart: start, membershipActive: true, paidThrough: p }
      if (mortality !== undefined)
        expect(jkm, mortality, () =>
          calculateJkmBenefit(
            {
              dateOfDeath,
              category,
              cause: 'natural',
              contributionMonths: mi + 1,
              ...paid,
              ...(category === 'PMI' ? { pmiPhase: 'during' } : {}),
            } as never,
            options,
          ),
        )
      if (accident !== undefined)
        expect(jkk, accident, () =>
          calculateJkkDeathBenefit(
            { dateOfDeath, category, cause: 'work-accident', ...paid, ...wageOf(c) } as never,
            options,
          ),
        )
    })
  })
  // every month contributes rate ÷ 12: divide once, at the end, so the sums stay exact
  return {
    jkmDeaths: jkm.deaths.div(12),
    jkmAmount: jkm.amount,
    jkkDeaths: jkk.deaths.div(12),
    jkkAmount: jkk.amount,
  }
}
