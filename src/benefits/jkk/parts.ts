import type { RuleContext } from '../../explain/context.js'
import { Dec } from '../../money/decimal.js'
import {
  jkkDisabilityPeriodic,
  jkkDisabilityTable,
  jkkDisabilityWageMonths,
  jkkHomeCareCap,
  jkkTotalDisabilityRate,
  jkkTransportCaps,
} from '../../parameters/jkk-benefit.js'
import type { ParameterReading } from '../../parameters/types.js'
import type { ParsedJkkBenefitInput } from '../../schemas/jkk-benefit.js'
import { rp, type ReasonList } from '../common.js'
import { tablePercentOf } from './disability-table.js'
import { capped, partialDisabilityAmount, totalDisabilityAmount } from './rules.js'
import type { JkkBenefitResult, JkkCashItem } from './types.js'
import { jkkBenefitMessages } from '../../i18n/messages/jkk-benefit.js'
import { useMessages } from '../../i18n/registry.js'

useMessages(jkkBenefitMessages)

/** The table percentage: the caller's rate (D26) first, else a seen row; `undefined` → a missing fact. */
function tablePercent(
  ctx: RuleContext,
  d: NonNullable<ParsedJkkBenefitInput['disability']>,
  date: string,
): string | undefined {
  if (d.tableRate !== undefined) return new Dec(d.tableRate).times(100).toString()
  if (d.row === undefined) return undefined
  const table = ctx.readOptional(jkkDisabilityTable, date)
  if (table === undefined) return undefined
  return tablePercentOf(table.value, d.row, {
    ...(d.leftHanded === undefined ? {} : { leftHanded: d.leftHanded }),
    ...(d.decibels === undefined ? {} : { decibels: d.decibels }),
  })
}

/** Permanent disability: total, anatomical or functional, and the periodic benefit on total disability. */
export function disabilityPart(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkBenefitInput,
  wageSen: number,
): JkkBenefitResult['disability'] {
  const d = inp.disability
  if (d === undefined) return null
  const date = inp.accidentDate
  const months = ctx.read(jkkDisabilityWageMonths, date)
  let share: string
  let amount: number
  let periodic = 0
  if (d.type === 'total') {
    const rate = ctx.read(jkkTotalDisabilityRate, date)
    share = rate.value
    amount = totalDisabilityAmount(wageSen, rate.value, months.value, ctx.rounding)
    const berkala = ctx.read(jkkDisabilityPeriodic, date)
    periodic = Number(berkala.value)
    ctx.step({
      rule: 'jkk.periodic',
      text: 'STEP_JKK_PERIODIC',
      params: { amount: rp(periodic) },
      parameters: [berkala],
      unit: 'rupiah',
      value: periodic,
    })
  } else {
    const pct = tablePercent(ctx, d, date)
    if (pct === undefined) {
      // without a tableRate the row is given (JKK_DISABILITY_ROW_REQUIRED): it is the row the table lacks
      reasons.missing(['disability', 'tableRate'], 'JKK_FACT_DISABILITY_ROW', months.legal, { row: d.row! })
      return null
    }
    const lost =
      d.type === 'functional' && d.functionLostRate !== undefined
        ? new Dec(d.functionLostRate).times(100).toString()
        : null
    amount = partialDisabilityAmount(wageSen, pct, lost, months.value, ctx.rounding)
    share = new Dec(pct)
      .dividedBy(100)
      .times(lost === null ? 1 : new Dec(lost).dividedBy(100))
      .toString()
  }
  ctx.step({
    rule: 'jkk.disability',
    text: 'STEP_JKK_DISABILITY',
    params: {
      type: d.type,
      share,
      months: months.value,
      wage: rp(ctx.roundSen(wageSen).amount),
      amount: rp(amount),
    },
    parameters: [months],
    unit: 'rupiah',
    value: amount,
  })
  return { type: d.type, share, amount, periodic }
}

/** One cash item's step, with the cap it was read against (`parameters` and their citations; none for no cap). */
function itemStep(ctx: RuleContext, item: JkkCashItem, cap: readonly ParameterReading[]): JkkCashItem {
  ctx.step({
    rule: 'jkk.item',
    text: 'STEP_JKK_ITEM',
    params: {
      item: item.item,
      billed: rp(item.billed),
      cap: item.cap === null ? '—' : rp(item.cap),
      amount: rp(item.amount),
    },
    inputs: { billed: item.billed },
    parameters: cap,
    unit: 'rupiah',
    value: item.amount,
  })
  return item
}

/** Transport by mode (each up to its own cap), home care (Regime B), aids (no cap found: billed, warned). */
export function itemsPart(ctx: RuleContext, inp: ParsedJkkBenefitInput): readonly JkkCashItem[] {
  const date = inp.accidentDate
  const out: JkkCashItem[] = []
  const t = inp.transport
  if (t !== undefined) {
    const caps = ctx.read(jkkTransportCaps, date)
    for (const mode of ['land', 'sea', 'air'] as const) {
      const sen = t[mode]
      if (sen === undefined) continue
      const billed = ctx.roundSen(sen).amount
      out.push(itemStep(ctx, { item: `transport-${mode}`, ...capped(billed, caps.value[mode]) }, [caps]))
    }
  }
  if (inp.homeCare !== undefined) {
    const cap = ctx.readOptional(jkkHomeCareCap, date)
    if (cap === undefined) ctx.warn('JKK_HOME_CARE_NOT_IN_REGIME')
    else
      out.push(
        itemStep(ctx, { item: 'home-care', ...capped(ctx.roundSen(inp.homeCare).amount, cap.value) }, [cap]),
      )
  }
  for (const it of inp.otherItems ?? []) {
    // no cap is in the law as found (prostheses: a price reference + 40%, not a rupiah cap): the billed amount
    ctx.warn('JKK_CAP_NOT_FOUND', { item: it.kind })
    out.push(itemStep(ctx, { item: it.kind, ...capped(ctx.roundSen(it.amount).amount, null) }, []))
  }
  return out
}
