import { BpjsValidationError, makeIssue } from '../errors.js'
import { bpuBase } from '../contributions/bpu.js'
import type { RuleContext } from '../explain/context.js'
import type { TraceRounding } from '../explain/types.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { countRate } from '../money/rate.js'
import { divRound } from '../money/rounding.js'
import { jkkDeathDailyToMonthly, jkkDeathWageMultiplier } from '../parameters/jkk-death.js'
import type { ParameterReading } from '../parameters/types.js'
import type { ParsedJkkDeathInput } from '../schemas/benefit.js'
import { rp } from './common.js'
import type { JkkDeathBenefitResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015)

useMessages(benefitsMessages)

/**
 * The wage of a JKK death (`calculateJkkDeathBenefit`): the monthly wage, declared income (BPU, D1) or daily
 * wage (D21) it is computed from, and the error for a wage whose benefit would not be an exact integer.
 */

const PP44 = { source: 'PP-44-2015' } as const

/** The rounding record of a product made by `ctx.applyRate`, as a step field (present when it is). */
export function roundingOf(product: { amount: number; rounding?: TraceRounding }): {
  rounding?: TraceRounding
} {
  const { amount: _amount, ...rest } = product
  return rest
}
/** The wage of a JKK death: its basis, the amount given (sen), the multiplier and the monthly wage. */
export interface JkkWage {
  readonly basis: JkkDeathBenefitResult['wageBasis']
  readonly path: 'dailyWage' | 'declaredIncome' | 'monthlyWage'
  readonly sen: number
  readonly mult: ParameterReading<number>
  readonly factor: ParameterReading<number> | undefined
  readonly monthly: { amount: number; rounding?: TraceRounding }
}

/** The wage (D21 for a daily wage). A rate is an exact decimal multiplier: 48, 30 or 48 × 30. */
export function jkkWage(ctx: RuleContext, inp: ParsedJkkDeathInput, eventDate: string): JkkWage {
  const basis: JkkDeathBenefitResult['wageBasis'] =
    inp.dailyWage !== undefined ? 'daily' : inp.declaredIncome !== undefined ? 'declared' : 'monthly'
  // a BPU's wage is the Lampiran II income row its contributions were paid on: the same base (D1). Exactly
  // one wage basis is given (checked above).
  const sen =
    inp.declaredIncome !== undefined
      ? bpuBase(ctx, eventDate, inp.declaredIncome)
      : (inp.dailyWage ?? inp.monthlyWage ?? 0)
  const path = basis === 'daily' ? 'dailyWage' : basis === 'declared' ? 'declaredIncome' : 'monthlyWage'
  const mult = ctx.read(jkkDeathWageMultiplier, eventDate)
  const factor = basis === 'daily' ? ctx.read(jkkDeathDailyToMonthly, eventDate) : undefined
  const monthly = ctx.applyRate(sen, countRate(factor?.value ?? 1))
  ctx.step({
    rule: 'jkk.wage',
    text:
      basis === 'daily'
        ? 'STEP_JKK_WAGE_DAILY'
        : basis === 'declared'
          ? 'STEP_JKK_WAGE_DECLARED'
          : 'STEP_JKK_WAGE_MONTHLY',
    params: { factor: factor?.value ?? 1, monthly: rp(monthly.amount) },
    inputs: { [path]: senText(sen) },
    parameters: factor === undefined ? [] : [factor],
    // a daily wage: decisions D21, cited by the conversion factor (its parameter)
    legal: factor === undefined ? [PP44] : [],
    ...roundingOf(monthly),
    value: monthly.amount,
  })
  return { basis, path, sen, mult, factor, monthly }
}

/** A wage too large for an exact benefit: the error names the largest wage whose benefit is exact. */
export function tooLarge(
  wage: JkkWage,
  periodic: number,
  funeral: number,
  L: 'id' | 'en',
): BpjsValidationError {
  // The largest wage whose benefit is still an exact integer: (2^53 − 1 − periodic − funeral) / (48 [× 30]).
  const multiplier = (wage.factor?.value ?? 1) * wage.mult.value
  // a multiplier past 2^53 (two overridden counts): no wage at all
  const bound = Number.isSafeInteger(multiplier)
    ? divRound(Number.MAX_SAFE_INTEGER - periodic - funeral, multiplier, 'down')
    : 0
  return new BpjsValidationError(
    // Stryker disable next-line Regex: the formatted positive bound holds one "Rp", at its start
    [makeIssue([wage.path], 'AMOUNT_TOO_LARGE', { maximum: formatRupiah(bound).replace(/^Rp/, '') }, L)],
    L,
  )
}
