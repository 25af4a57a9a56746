import type { RuleContext } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import type { ReasonList } from './common.js'
import { rp } from './common.js'
import type { ParameterReading } from '../parameters/types.js'
import type { Decision } from './conditions.js'
import type { BenefitResultBase, PayableStatus } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

useMessages(benefitsMessages)

/**
 * The shared benefit builder: every benefit (JKM, JKK death, and the JKK/JKP/JHT/JP benefits to come) runs
 * the same four stages — conditions → amounts → schedule → reasons — and ends the same way.
 *
 * How a new benefit uses this:
 *
 * 1. Parse and validate the input, make a `RuleContext` and a `ReasonList` (see `calculateJkmBenefit`).
 * 2. **Conditions**: decide each condition as a {@link Decision} (`conditions.ts`) and {@link present} it:
 *    a decided condition becomes a reason (`met` / `not-met`), an undecidable one a `MISSING_FACT` reason.
 * 3. {@link statusOf} gives `'payable'`, `'not-payable'` (any condition not met) or `'incomplete'`.
 * 4. **Amounts** (and a **schedule**, e.g. a scholarship) only when payable; otherwise every amount stays 0.
 *    Record the sum with {@link stepDeathTotal} (or your own `ctx.step`).
 * 5. {@link finishBenefit} puts `payable`, `status`, `missing` first, your fields next, then `reasons`,
 *    `warnings` and `explanation`, and deep-freezes the result. Its type extends {@link BenefitResultBase}.
 *
 * ```ts
 * const reasons = new ReasonList(ctx)
 * present(reasons, myConditionDecision(ctx, inp), 'FACT_MY_CONDITION')
 * const status = statusOf(reasons)
 * const amount = status === 'payable' ? computeAmount(ctx, inp) : 0
 * return finishBenefit(ctx, reasons, status, { amount, dateOfClaim: inp.dateOfClaim })
 * ```
 */

/** The status the reasons come to: a condition not met wins over a missing fact. */
export function statusOf(reasons: ReasonList): PayableStatus {
  return reasons.has('not-met') ? 'not-payable' : reasons.has('missing') ? 'incomplete' : 'payable'
}

/** A decided condition as a reason on its input path, or an undecidable one as a missing fact (`fact`). */
export function present(reasons: ReasonList, d: Decision, fact: string): void {
  if (d.code === undefined) reasons.missing([d.path], fact, d.legal)
  else reasons.add(d.outcome, d.code, d.params, d.legal, [d.path])
}

/** The localized status name for a step text (`STATUS_payable`, `STATUS_not_payable`, `STATUS_incomplete`). */
export function statusText(ctx: RuleContext, status: PayableStatus): string {
  return ctx.t(`STATUS_${status.replace('-', '_')}`)
}

/** The lump sum, periodic and funeral parts of a death benefit. */
export interface DeathTotalParts {
  readonly lumpSum: number
  readonly periodic: number
  readonly funeral: number
}

/** Records the total step of a death benefit (`FORMULA_DEATH_TOTAL`) and returns the total. */
export function stepDeathTotal(
  ctx: RuleContext,
  rule: string,
  text: string,
  parts: DeathTotalParts,
  status: PayableStatus,
  total: number = parts.lumpSum + parts.periodic + parts.funeral,
): number {
  ctx.step({
    rule,
    text,
    formula: 'FORMULA_DEATH_TOTAL',
    params: {
      lumpSum: rp(parts.lumpSum),
      periodic: rp(parts.periodic),
      funeral: rp(parts.funeral),
      total: rp(total),
      status: statusText(ctx, status),
    },
    unit: 'rupiah',
    value: total,
  })
  return total
}

/**
 * The end of every benefit: `payable`, `status` and `missing` from the reasons, the benefit's own fields,
 * then the reasons, warnings and explanation; deep-frozen.
 */
export function finishBenefit<B extends object>(
  ctx: RuleContext,
  reasons: ReasonList,
  status: PayableStatus,
  body: B,
): Readonly<BenefitResultBase & B> {
  return deepFreeze({
    payable: status === 'payable',
    status,
    missing: reasons.missingPaths(),
    ...body,
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}

/** The amounts of a death benefit: lump sum, periodic months × monthly amount, funeral. */
export interface DeathAmounts {
  lumpSum: number
  periodicMonths: number
  periodicMonthly: number
  funeral: number
}

/** Records the lump sum, periodic and funeral steps. */
export function stepAmounts(
  ctx: RuleContext,
  a: DeathAmounts,
  lump: ParameterReading[],
  funeral: ParameterReading[],
  periodic: ParameterReading[],
): void {
  ctx.step({
    rule: 'death.lumpSum',
    text: 'STEP_LUMP_SUM',
    params: { amount: rp(a.lumpSum) },
    parameters: lump,
    unit: 'rupiah',
    value: a.lumpSum,
  })
  ctx.step({
    rule: 'death.periodic',
    text: 'STEP_PERIODIC',
    formula: 'FORMULA_PERIODIC',
    params: {
      months: a.periodicMonths,
      monthly: rp(a.periodicMonthly),
      amount: rp(a.periodicMonths * a.periodicMonthly),
    },
    parameters: periodic,
    unit: 'rupiah',
    value: a.periodicMonths * a.periodicMonthly,
  })
  ctx.step({
    rule: 'death.funeral',
    text: 'STEP_FUNERAL',
    params: { amount: rp(a.funeral) },
    parameters: funeral,
    unit: 'rupiah',
    value: a.funeral,
  })
}
