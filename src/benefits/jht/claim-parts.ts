import type { RuleContext } from '../../explain/context.js'
import { Dec } from '../../money/decimal.js'
import { jhtLumpSumTax, jhtNoHeirRecipient, jhtPartialRates } from '../../parameters/jht.js'
import type { ParsedJhtClaimInput } from '../../schemas/jht.js'
import type { CalculationOptions } from '../../schemas/options.js'
import { rp, type ReasonList } from '../common.js'
import { determineHeirs } from '../heirs.js'
import type { HeirsInput } from '../types.js'
import type { JhtClaimResult, JhtRecipient, JhtTimelineEntry } from './types.js'
import { jhtMessages } from '../../i18n/messages/jht.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_68_2009)

useMessages(jhtMessages)

const PP68_5 = { source: 'PP-68-2009', article: 'Pasal 5' } as const

/**
 * Death: the heirs in the legal order (via `determineHeirs`), or the Balai Harta Peninggalan when no group
 * has a member. Without `family` the recipient is "the heirs", not yet named.
 */
export function heirsOf(
  ctx: RuleContext,
  reasons: ReasonList,
  input: ParsedJhtClaimInput,
  options: CalculationOptions | undefined,
): { recipient: JhtRecipient; heirs: JhtClaimResult['heirs'] } {
  const noHeir = ctx.read(jhtNoHeirRecipient, input.claimDate)
  if (input.family === undefined) {
    reasons.add('note', 'JHT_DEATH_HEIRS', {}, noHeir.legal)
    return { recipient: 'heirs', heirs: null }
  }
  // the raw shapes: determineHeirs checks them again (the same schema)
  const h = determineHeirs(
    {
      dateOfDeath: input.dateOfDeath!,
      family: input.family as HeirsInput['family'],
      ...(input.willBeneficiaries === undefined
        ? {}
        : { willBeneficiaries: input.willBeneficiaries as HeirsInput['willBeneficiaries'] & object }),
    },
    options,
  )
  ctx.absorb(h.explanation, h.warnings)
  const heirs = { group: h.group, members: h.heirs }
  if (h.group === null) {
    reasons.add('met', 'JHT_DEATH_NO_HEIR', {}, noHeir.legal)
    ctx.step({
      rule: 'jht.death.recipient',
      text: 'STEP_JHT_NO_HEIR',
      parameters: [noHeir],
      value: noHeir.value,
    })
    return { recipient: noHeir.value, heirs }
  }
  // the heirs' own reasons (already in the call's locale)
  reasons.items.push(...h.reasons.filter((r) => r.kind === 'met' || r.kind === 'note'))
  reasons.add('note', 'JHT_DEATH_HEIRS_NAMED', { count: h.heirs.length, rank: h.group.rank }, noHeir.legal)
  return { recipient: 'heirs', heirs }
}

/** Payable amount (a partial cap for 10%/30%) and the optional PP 68/2009 lump-sum tax line, with steps. */
export function amountsOf(
  ctx: RuleContext,
  reasons: ReasonList,
  input: ParsedJhtClaimInput,
  status: JhtClaimResult['status'],
): { amount: number | null; tax: JhtClaimResult['tax'] } {
  if (input.balance === undefined || status !== 'payable') return { amount: null, tax: null }
  if (input.ground === 'partial-housing' || input.ground === 'partial-other') {
    const rates = ctx.read(jhtPartialRates, input.claimDate)
    const r = input.ground === 'partial-housing' ? rates.value.housing : rates.value.other
    const exact = new Dec(input.balance).times(r)
    const amount = exact.toDecimalPlaces(0, Dec.ROUND_DOWN).toNumber()
    ctx.step({
      rule: 'jht.partial',
      text: 'STEP_JHT_PARTIAL',
      params: { rate: r, balance: rp(input.balance), amount: rp(amount) },
      parameters: [rates],
      // a maximum: rounded down so that it never exceeds the share
      rounding: { mode: 'down', exact: exact.toString(), rounded: amount },
      value: amount,
    })
    reasons.add('note', 'JHT_PARTIAL_TAX_NOT_FOUND', {}, [PP68_5])
    return { amount, tax: null }
  }
  const t = ctx.read(jhtLumpSumTax, input.claimDate)
  const exact = Dec.max(0, new Dec(input.balance).minus(t.value.threshold)).times(t.value.rate)
  const tax = exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
  ctx.warn('JHT_TAX_REFORM_NOT_VERIFIED')
  ctx.step({
    rule: 'jht.tax',
    text: 'STEP_JHT_TAX',
    formula: 'FORMULA_JHT_TAX',
    params: {
      amount: rp(input.balance),
      threshold: rp(Number(t.value.threshold)),
      rate: t.value.rate,
      tax: rp(tax),
      net: rp(input.balance - tax),
    },
    parameters: [t],
    rounding: { mode: 'half-up', exact: exact.toString(), rounded: tax },
    value: tax,
  })
  return { amount: input.balance, tax: { amount: tax, net: input.balance - tax, legal: t.legal } }
}

/** The member's timeline: from when, how much, who receives it, in words. */
export function timelineOf(
  ctx: RuleContext,
  r: Pick<JhtClaimResult, 'status' | 'payableFrom' | 'amount' | 'tax' | 'recipient' | 'ground'>,
): JhtTimelineEntry[] {
  if (r.payableFrom === null || (r.status !== 'payable' && r.status !== 'not-yet')) return []
  const who = ctx.t(`JHT_RECIPIENT_${r.recipient.toUpperCase().replace(/-/g, '_')}`)
  const partial = r.ground === 'partial-housing' || r.ground === 'partial-other'
  const amount = r.amount ?? 0
  let text =
    r.amount === null
      ? ctx.t('JHT_TIMELINE_FROM', { from: r.payableFrom, who })
      : ctx.t(partial ? 'JHT_TIMELINE_PARTIAL' : 'JHT_TIMELINE_LUMP_SUM', {
          from: r.payableFrom,
          who,
          amount: rp(amount),
        })
  if (r.tax !== null) text += ` ${ctx.t('JHT_TIMELINE_TAX', { tax: rp(r.tax.amount), net: rp(r.tax.net) })}`
  return [{ from: r.payableFrom, amount, text }]
}
