import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { assertCovered } from '../parameters/lookup.js'
import type { Locale } from '../i18n/types.js'
import { COVERAGE } from '../parameters/coverage.js'
import { allChecks, inspectWith, intIn, period, rateInput, uniqueIssues } from '../schemas/common.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addPeriods, checkPeriod, periodStart } from '../time/calendar.js'
import { CATEGORIES, PROGRAM_PAYERS } from '../types.js'
import { cohortFieldIssues, contributionFor, type CohortCategory } from './adapters.js'
import { cohortPart, coveragePart, expectedPart, tooLarge, type ScheduleRow } from './plan-parts.js'
import {
  accidentBenefitsFor,
  accidentRateIssues,
  accidentRatesSchema,
  type AccidentRateInput,
  type ExpectedAccidents,
} from './accidents.js'
import { planMessages } from '../i18n/messages/plan.js'
import { useMessages } from '../i18n/registry.js'

useMessages(planMessages)

/** Who pays the program's premiums: a local government (APBD), the central government (APBN) or another body (zakat, donor, CSR). */
export type ProgramPayer = (typeof PROGRAM_PAYERS)[number]

/**
 * One cohort of a coverage program: a name, a number of workers, and the contribution input of one
 * worker of the cohort without its period (the program sets the months) and without a payer (the
 * program's payer applies), e.g. `{ name: 'Ojek', workers: 3000, category: 'BPU', declaredIncome: 1000000 }`.
 */
export interface CoverageCohortInput {
  readonly name: string
  readonly workers: number
  readonly category: CohortCategory
  readonly [field: string]: unknown
}

/** Input of {@link planCoverageProgram}. */
export interface PlanCoverageProgramInput {
  /** First contribution month of the program, `'YYYY-MM'`. */
  readonly startPeriod: string
  /** Length in months, 1 to 120. */
  readonly months: number
  readonly payer: ProgramPayer
  /** 1 to 100 cohorts with unique names. */
  readonly cohorts: readonly CoverageCohortInput[]
  /** Workers who could be covered (e.g. the verified list, or the whole potential). */
  readonly potentialWorkers?: number
  /** Of those, how many are already covered before the program (default: coverage is not computed without it). */
  readonly coveredBefore?: number
  /** Annual probability of a death not caused by work (e.g. `'0.0035'`), for the benefit estimate. */
  readonly annualMortalityRate?: number | string
  /** Annual probability of a death from a work accident, for the JKK part of the estimate. */
  readonly annualWorkAccidentDeathRate?: number | string
  /**
   * Optional annual accident rates per severity (temporary incapacity, partial or total disability), for the
   * expected JKK benefits other than death (`expectedBenefits.accidents`), priced with `calculateJkkBenefit`.
   */
  readonly annualAccidentRates?: readonly AccidentRateInput[]
}

/** One cohort's figures. */
export interface CoverageCohortResult {
  readonly name: string
  readonly category: CohortCategory
  readonly workers: number
  /** Premium per worker in the first month. */
  readonly premiumPerWorkerPerMonth: number
  /** The cohort's premium in the first month (per worker × workers). */
  readonly perMonth: number
  /** The cohort's premium over the first 12 months of the program (or the whole program if shorter). */
  readonly firstYear: number
  /** The cohort's premium over the whole program. */
  readonly total: number
  /** Months where the premium per worker changes (relief windows, new rates). */
  readonly premiumChanges: readonly { readonly period: string; readonly premiumPerWorkerPerMonth: number }[]
  /** Cash payments when the cohort pays in advance (BPU `months` 3, 6 or 12) or once (PMI package); empty when paid monthly (then `schedule[].due` equals the month's premium). */
  readonly payments: readonly {
    readonly period: string
    readonly amount: number
    readonly coversMonths: number
  }[]
  /** Totals by payer over the whole program (for PU: employer/worker split of what the program pays). */
  readonly totalsByPayer: {
    readonly employer: number
    readonly worker: number
    readonly participant: number
    readonly government: number
  }
}

/** Result of {@link planCoverageProgram}. */
export interface CoverageProgramResult {
  readonly startPeriod: string
  readonly endPeriod: string
  readonly months: number
  readonly payer: ProgramPayer
  readonly workers: number
  readonly cohorts: readonly CoverageCohortResult[]
  /** Month by month: premium of the month (`total`, by cohort) and cash due that month (`due`). */
  readonly schedule: readonly {
    readonly period: string
    readonly total: number
    readonly due: number
    readonly byCohort: Readonly<Record<string, number>>
  }[]
  /** Grand total of the program. */
  readonly total: number
  readonly coverage?: {
    readonly coveredBefore: number
    readonly coveredAfter: number
    readonly potential: number
    readonly ratioBefore: number
    readonly ratioAfter: number
    readonly gap: number
    /** Cost of covering the gap for the same months at the program's average premium per worker. */
    readonly costToCloseGap: number
  }
  readonly expectedBenefits?: {
    /** Expected deaths (JKM + JKK), rounded to 4 decimals. */
    readonly deaths: number
    /** Expected cash benefits to heirs (JKM + JKK), whole rupiah. */
    readonly amount: number
    readonly jkm: { readonly deaths: number; readonly amount: number }
    readonly jkk?: { readonly deaths: number; readonly amount: number }
    /** With `annualAccidentRates`: expected accidents and JKK benefits other than death (not in `amount`, which stays the heirs'). */
    readonly accidents?: ExpectedAccidents
    /** Always `'estimate-from-caller-rates'`: the figures are an estimate, not a liability. */
    readonly basis: 'estimate-from-caller-rates'
  }
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

const FIELDS_SET_BY_PROGRAM = ['period', 'payer'] as const

export const planCohortSchema = z.looseObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  workers: intIn(1, 100_000_000),
  category: z.enum(CATEGORIES),
})

export const planInputSchema = z.strictObject({
  startPeriod: period,
  months: intIn(1, 120),
  payer: z.enum(PROGRAM_PAYERS),
  cohorts: z.array(planCohortSchema).check(z.minLength(1), z.maxLength(100)),
  potentialWorkers: z.optional(intIn(0, 1_000_000_000)),
  coveredBefore: z.optional(intIn(0, 1_000_000_000)),
  annualMortalityRate: z.optional(rateInput),
  annualWorkAccidentDeathRate: z.optional(rateInput),
  annualAccidentRates: z.optional(accidentRatesSchema),
})

/**
 * Validates a program in one pass: the schema, duplicate cohort names, fields the program sets, the
 * covered/potential counts, and each cohort's own contribution fields (as `calculateContribution` will
 * read them, with the program's period and payer), so that a typo such as `worker` is reported with the
 * missing `workers` at once.
 */
function parsePlanInput(input: unknown, locale: Locale): z.output<typeof planInputSchema> {
  const r = inspectWith(planInputSchema, input, locale)
  const issues: BpjsIssue[] = [...r.issues]
  const raw = r.input as Record<string, unknown> | undefined
  const cohorts = Array.isArray(raw?.cohorts) ? (raw.cohorts as unknown[]) : []
  const start = checkPeriod(raw?.startPeriod)
  const payer = raw?.payer === 'apbd' || raw?.payer === 'apbn' ? raw.payer : 'other'
  const names = new Set<string>()
  cohorts.forEach((c, i) => {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) return
    const { name, workers: _workers, ...fields } = c as Record<string, unknown>
    if (typeof name === 'string') {
      if (names.has(name))
        issues.push(makeIssue(['cohorts', i, 'name'], 'PLAN_DUPLICATE_COHORT', { name }, locale))
      names.add(name)
    }
    for (const key of FIELDS_SET_BY_PROGRAM)
      if (Object.prototype.hasOwnProperty.call(c, key))
        issues.push(makeIssue(['cohorts', i, key], 'PLAN_COHORT_FIELD_SET_BY_PROGRAM', { key }, locale))
    issues.push(
      ...cohortFieldIssues(fields, start.ok ? start.value : COVERAGE.start.slice(0, 7), payer, locale, [
        'cohorts',
        i,
      ]),
    )
  })
  const potential = raw?.potentialWorkers
  const covered = raw?.coveredBefore
  if (typeof potential === 'number' && typeof covered === 'number' && covered > potential)
    issues.push(
      makeIssue(['coveredBefore'], 'PLAN_COVERED_EXCEEDS_POTENTIAL', { covered, potential }, locale),
    )
  issues.push(...accidentRateIssues(raw?.annualAccidentRates, locale))
  if (issues.length > 0) throw new BpjsValidationError(uniqueIssues(issues), locale)
  return r.data as z.output<typeof planInputSchema>
}

/**
 * The expected benefits from the caller's rates: the deaths ({@link expectedPart}) and, with
 * `annualAccidentRates`, the accidents other than death priced with `calculateJkkBenefit` (issue 18).
 */
function expectedOf(
  ctx: RuleContext,
  parsed: z.output<typeof planInputSchema>,
  periods: readonly string[],
  passOptions: Parameters<typeof expectedPart>[4],
  rounding: Parameters<typeof expectedPart>[5],
): CoverageProgramResult['expectedBenefits'] {
  const rates = { mortality: parsed.annualMortalityRate, accident: parsed.annualWorkAccidentDeathRate }
  const accidentRates = parsed.annualAccidentRates
  if (rates.mortality === undefined && rates.accident === undefined && accidentRates === undefined)
    return undefined
  const deaths = expectedPart(ctx, parsed.cohorts, periods, rates, passOptions, rounding)
  if (accidentRates === undefined) return deaths
  return {
    ...deaths,
    accidents: accidentBenefitsFor(ctx, parsed.cohorts, periods, accidentRates, passOptions),
  }
}

/**
 * Plans a program in which a government (APBD/APBN) or another body pays BPJS Ketenagakerjaan premiums for
 * cohorts of workers: the cost per cohort, month by month and in total, the coverage it reaches, the cost
 * of closing the remaining gap, and (with mortality rates from the caller) the expected benefits to heirs.
 *
 * Every cohort is priced with `calculateContribution` for each month of the program, so rate changes and
 * relief windows inside the period are honoured; the program's payer is passed on, so APBD/APBN-paid BPU
 * get no PP 50/2025 discount (decisions D20). Cohort members are taken as enrolled from the program's
 * first month (this drives the short-membership JKM rule in the estimate, decisions D2).
 *
 * @example
 * ```ts
 * const plan = planCoverageProgram({
 *   startPeriod: '2025-06', months: 12, payer: 'apbd',
 *   cohorts: [{ name: 'Pekerja rentan', workers: 7500, category: 'BPU', declaredIncome: 1000000 }],
 * })
 * plan.cohorts[0].premiumPerWorkerPerMonth //=> 16800
 * plan.total                               //=> 1512000000 (7,500 × 16,800 × 12)
 * ```
 * @throws {BpjsValidationError} negative or fractional worker counts, 0 or more than 120 months, no cohorts, duplicate cohort names, invalid cohort contribution input (path `cohorts[i]…`).
 * @throws {BpjsRuleError} a program month outside the law the library knows (`DATE_BEFORE_COVERAGE`, `DATE_AFTER_COVERAGE`).
 */
export function planCoverageProgram(
  input: PlanCoverageProgramInput,
  options?: CalculationOptions,
): CoverageProgramResult {
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parsePlanInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  const locale = resolved.locale
  const start = parsed.startPeriod
  const end = addPeriods(start, parsed.months - 1)
  assertCovered(periodStart(start), ['startPeriod'])
  assertCovered(periodStart(end), ['months'])
  const ctx = new RuleContext('planCoverageProgram', start, resolved)
  const passOptions = {
    locale,
    rounding: resolved.rounding,
    ...(options?.parameters === undefined ? {} : { parameters: options.parameters }),
  }

  const periods = Array.from({ length: parsed.months }, (_, i) => addPeriods(start, i))
  const schedule: ScheduleRow[] = periods.map((p) => ({ period: p, total: 0, due: 0, byCohort: {} }))
  const cohorts: CoverageCohortResult[] = []
  let grandTotal = 0
  let workersTotal = 0
  parsed.cohorts.forEach((cohort, ci) => {
    const { name, workers, ...fields } = cohort as { name: string; workers: number } & Record<string, unknown>
    workersTotal += workers
    const priced = contributionFor(fields, periods, parsed.payer, passOptions, ['cohorts', ci])
    const category = fields.category as CohortCategory
    const job = { name, workers, category, index: ci, priced, start, months: parsed.months, locale }
    const part = cohortPart(ctx, job, schedule)
    grandTotal += part.total
    if (!Number.isSafeInteger(grandTotal)) throw tooLarge(['cohorts', ci, 'workers'], locale)
    cohorts.push(part)
  })

  ctx.step({
    rule: 'plan.total',
    text: 'STEP_PLAN_TOTAL',
    formula: 'FORMULA_PLAN_TOTAL',
    params: { start, end },
    inputs: { cohorts: cohorts.length, months: parsed.months },
    unit: 'rupiah',
    value: grandTotal,
  })

  const [potential, before] = [parsed.potentialWorkers, parsed.coveredBefore]
  const counts = { potential: potential ?? 0, before: before ?? 0, workers: workersTotal, grandTotal }
  const coverage =
    potential !== undefined && before !== undefined
      ? coveragePart(ctx, counts, resolved.rounding, locale)
      : undefined
  const expectedBenefits = expectedOf(ctx, parsed, periods, passOptions, resolved.rounding)

  const result: CoverageProgramResult = {
    startPeriod: start,
    endPeriod: end,
    months: parsed.months,
    payer: parsed.payer,
    workers: workersTotal,
    cohorts,
    schedule,
    total: grandTotal,
    ...(coverage === undefined ? {} : { coverage }),
    ...(expectedBenefits === undefined ? {} : { expectedBenefits }),
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  return deepFreeze(result)
}
