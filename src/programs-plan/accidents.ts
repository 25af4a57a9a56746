import * as z from 'zod/mini'
import { calculateJkkBenefit } from '../benefits/jkk/calculate.js'
import type { RuleContext } from '../explain/context.js'
import { Dec, decRounding, type DecValue } from '../money/decimal.js'
import type { RoundingMode } from '../money/rounding.js'
import { makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { intIn, rateInput } from '../schemas/common.js'
import { addMonthsToDate, previousDay } from '../time/calendar.js'
import { wageOf, withPath, type PassOptions } from './adapters.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { planMessages } from '../i18n/messages/plan.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, planMessages)

/** How bad an accident is, for the expected JKK benefits of a coverage program. */
export type AccidentSeverity = 'temporary-incapacity' | 'partial-disability' | 'total-disability'

/**
 * One severity's annual accident rate, from the caller (e.g. the insurer's or the sector's experience):
 * `temporary-incapacity` with the whole months of incapacity per accident (the STMB schedule);
 * `partial-disability` with the table percentage as a fraction (decisions D26); `total-disability`.
 */
export interface AccidentRateInput {
  readonly severity: AccidentSeverity
  /** Annual probability per worker, e.g. `'0.012'`. */
  readonly rate: number | string
  /** `temporary-incapacity`: whole months of incapacity per accident, 1 to 120. */
  readonly incapacityMonths?: number
  /** `partial-disability`: the table percentage as a fraction, e.g. `'0.1'`. */
  readonly tableRate?: number | string
}

/** The accident part of the expected benefits. */
export interface ExpectedAccidents {
  /** Expected accidents over the program, rounded to 4 decimals. */
  readonly accidents: number
  /** Expected JKK cash benefits other than death (STMB, disability, periodic benefit), whole rupiah. */
  readonly amount: number
  readonly bySeverity: readonly {
    readonly severity: AccidentSeverity
    readonly accidents: number
    readonly amount: number
  }[]
}

export const accidentRateSchema = z.strictObject({
  severity: z.enum(['temporary-incapacity', 'partial-disability', 'total-disability']),
  rate: rateInput,
  incapacityMonths: z.optional(intIn(1, 120)),
  tableRate: z.optional(rateInput),
})

export const accidentRatesSchema = z.array(accidentRateSchema).check(z.minLength(1), z.maxLength(3))

type ParsedRate = z.output<typeof accidentRateSchema>

/** The fact each severity needs: the months of incapacity, or the table percentage (decisions D26). */
export function accidentRateIssues(raw: unknown, locale: Locale): BpjsIssue[] {
  if (!Array.isArray(raw)) return []
  const issues: BpjsIssue[] = []
  raw.forEach((r: unknown, i) => {
    if (r === null || typeof r !== 'object') return
    const { severity, incapacityMonths, tableRate } = r as Record<string, unknown>
    const need =
      severity === 'temporary-incapacity' && incapacityMonths === undefined
        ? 'incapacityMonths'
        : severity === 'partial-disability' && tableRate === undefined
          ? 'tableRate'
          : undefined
    if (need !== undefined) issues.push(makeIssue(['annualAccidentRates', i, need], 'REQUIRED', {}, locale))
  })
  return issues
}

/** The accident profile one rate stands for, as `calculateJkkBenefit` input (severity facts only). */
function profile(r: ParsedRate, date: string): Record<string, unknown> {
  if (r.severity === 'temporary-incapacity')
    return {
      incapacity: { from: date, to: previousDay(addMonthsToDate(date, r.incapacityMonths ?? 0)) },
    }
  if (r.severity === 'partial-disability')
    return { disability: { type: 'anatomical', tableRate: r.tableRate } }
  return { disability: { type: 'total', declaredOn: date } }
}

/**
 * Expected accidents and JKK benefits other than death over a program, from the caller's annual rates per
 * severity: each month, workers × rate ÷ 12 accidents of each severity, each paid the cash benefit of
 * {@link calculateJkkBenefit} for an accident on the 15th of that month (membership from the program's first
 * month, paid up to the month of the accident); the scholarship is left out (paid yearly, per child). Sums
 * are exact and divided by 12 once, then rounded with the call's mode.
 */
export function accidentBenefitsFor(
  ctx: RuleContext,
  cohorts: readonly ({ name: string; workers: number } & Record<string, unknown>)[],
  periods: readonly string[],
  rates: readonly ParsedRate[],
  options: PassOptions,
): ExpectedAccidents {
  const sums = rates.map(() => ({ accidents: new Dec(0), amount: new Dec(0) }))
  cohorts.forEach((c, ci) => {
    for (const p of periods) {
      const date = `${p}-15`
      rates.forEach((r, ri) => {
        let res: ReturnType<typeof calculateJkkBenefit>
        try {
          res = calculateJkkBenefit(
            {
              accidentDate: date,
              category: c.category,
              cause: 'work-accident',
              membershipActive: true,
              paidThrough: p,
              ...wageOf(c),
              ...profile(r, date),
            } as never,
            options,
          )
        } catch (e) {
          return withPath(e, ['cohorts', ci], options.locale)
        }
        ctx.absorb(res.explanation, res.warnings)
        const n = new Dec(c.workers).times(r.rate)
        const sum = sums[ri] as (typeof sums)[number]
        sum.accidents = sum.accidents.plus(n)
        sum.amount = sum.amount.plus(n.times(res.payable ? res.total : 0))
      })
    }
  })
  return finish(ctx, rates, sums, options.rounding)
}

function finish(
  ctx: RuleContext,
  rates: readonly ParsedRate[],
  sums: readonly { accidents: DecValue; amount: DecValue }[],
  rounding: RoundingMode,
): ExpectedAccidents {
  const round4 = (d: DecValue) => d.div(12).toDecimalPlaces(4, decRounding('half-up')).toNumber()
  const whole = (d: DecValue) => d.div(12).toDecimalPlaces(0, decRounding(rounding)).toNumber()
  const bySeverity = rates.map((r, i) => {
    const s = sums[i] as { accidents: DecValue; amount: DecValue }
    return { severity: r.severity, accidents: round4(s.accidents), amount: whole(s.amount) }
  })
  const accidents = sums.reduce((a, s) => a.plus(s.accidents), new Dec(0))
  const amount = sums.reduce((a, s) => a.plus(s.amount), new Dec(0))
  const result = { accidents: round4(accidents), amount: whole(amount), bySeverity }
  ctx.step({
    rule: 'plan.expected.accidents',
    text: 'STEP_PLAN_EXPECTED_ACCIDENTS',
    formula: 'FORMULA_PLAN_EXPECTED_ACCIDENTS',
    inputs: { annualAccidentRates: rates.map((r) => `${r.severity} ${String(r.rate)}`) },
    rounding: { mode: rounding, exact: `${amount.toString()}/12`, rounded: result.amount },
    value: { accidents: result.accidents, amount: result.amount },
  })
  return result
}
