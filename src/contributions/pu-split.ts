import { BpjsRuleError } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import { applyRate } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import type { ParameterReading } from '../parameters/types.js'
import {
  baseOf,
  explainRate,
  LEGAL_D7_D8,
  NO_SUM,
  PAYER_SUM,
  roundingOf,
  sharedOf,
  type PuBases,
  type PuItemRule,
  type PuPlanView,
  type StepSpec,
  type SumIndex,
} from './pu-lines.js'
import type { BaseTexts } from './pu-texts.js'
import { percent, rp, rpWhole, rupiahOf, type LineDraft } from './shared.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.DECISIONS, legalDecisions.D7, legalDecisions.D8)

useMessages(contributionsMessages)

/*
 * The item of a PU plan that splits a cash contribution between its own fund and JKP (the recomposition,
 * decisions D7 and D8); the other kinds are in pu-lines.ts.
 */

/**
 * A cash split between its own fund and JKP (D7, D8): the cash `rate × wage` rounded, the part to JKP
 * `recRate × recomposition base` rounded, and the rest kept. Slots: kept, cash (gross), part. Two lines.
 */
export class SplitLine implements PuItemRule {
  readonly kind = 'split'
  readonly slots = 3
  readonly sums: readonly SumIndex[]
  constructor(
    readonly program: 'JKK' | 'JKM',
    readonly rate: Rate,
    readonly recRate: Rate,
    /** The cash step (as a rate line's), and the parameters of the part to JKP. */
    readonly step: StepSpec,
    readonly splitParameters: readonly ParameterReading[],
    readonly relief?: string,
  ) {
    this.sums = [PAYER_SUM.employer, NO_SUM, PAYER_SUM.employer]
  }

  /** A kept part that is a difference of two roundings, and a check: no flat form. */
  flat(): undefined {}

  price(plan: PuPlanView, wage: number, out: Float64Array, at: number): void {
    const cash = applyRate(wage, this.rate, plan.rounding)
    const part = applyRate(baseOf(plan, wage, 'recomposition'), this.recRate, plan.rounding)
    if (cash < part)
      throw new BpjsRuleError(
        'RECOMPOSITION_EXCEEDS_CONTRIBUTION',
        { program: this.program, gross: rpWhole(cash), part: rpWhole(part) },
        [],
        plan.locale,
      )
    out[at] = cash - part
    out[at + 1] = cash
    out[at + 2] = part
  }

  list(b: PuBases, amounts: Float64Array, at: number, out: LineDraft[]): void {
    const { program, relief } = this
    const extra = relief === undefined ? {} : { relief }
    out.push(
      Object.freeze({
        program,
        payer: 'employer',
        base: rupiahOf(b.wage),
        rate: this.rate.text,
        amount: amounts[at] as number,
        fund: program,
        gross: amounts[at + 1] as number,
        ...extra,
      }),
      Object.freeze({
        program,
        payer: 'employer',
        base: rupiahOf(b.recomposition),
        rate: this.recRate.text,
        amount: amounts[at + 2] as number,
        fund: 'JKP',
        ...extra,
      }),
    )
  }

  explain(ctx: RuleContext, plan: PuPlanView, v: BaseTexts, amounts: Float64Array, at: number): void {
    const kept = amounts[at] as number
    const cash = amounts[at + 1] as number
    const part = amounts[at + 2] as number
    explainRate(ctx, plan, this.step, this.rate, 'wage', v, cash)
    const rule = this.step.rule
    const toJkp = `${rule}.toJkp`
    const rec = v.bases.recomposition
    ctx.step({
      rule: toJkp,
      // the recomposed part on the wage capped at the JKP cap (D8), or on the whole wage when the D8
      // parameter is overridden
      text: plan.recompositionCapped ? 'STEP_PU_TO_JKP' : 'STEP_PU_TO_JKP_WHOLE_WAGE',
      formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
      params: {
        program: this.program,
        rate: percent(this.recRate, ctx.locale),
        base: v.text('recomposition'),
        cap: rp(plan.jkpCapSen),
      },
      inputs: v.inputs('recomposition'),
      shared: sharedOf(plan, toJkp, { legal: LEGAL_D7_D8, parameters: this.splitParameters }),
      rounding: roundingOf(ctx, rec, this.recRate, part),
      value: part,
    })
    const toOwnFund = `${rule}.toOwnFund`
    ctx.step({
      rule: toOwnFund,
      text: 'STEP_PU_TO_OWN_FUND',
      formula: 'CONTRIB_FORMULA_DIFFERENCE',
      params: { program: this.program, gross: rpWhole(cash), part: rpWhole(part) },
      inputs: Object.freeze({ gross: cash, recomposed: part }),
      shared: sharedOf(plan, toOwnFund, { legal: LEGAL_D7_D8, parameters: [] }),
      unit: 'rupiah',
      value: kept,
    })
  }
}
