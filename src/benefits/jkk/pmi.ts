import { BpjsRuleError } from '../../errors.js'
import type { RuleContext } from '../../explain/context.js'
import type { Citation } from '../../legal/types.js'
import { jkkPmiBenefitsInForce, type PmiJkkBenefitKind } from '../../parameters/jkk-pmi-benefit.js'
import { pmiJkkCashBenefits } from '../../parameters/pmi-jkk.js'
import type { ParameterReading } from '../../parameters/types.js'
import type { ParsedJkkBenefitInput } from '../../schemas/jkk-benefit.js'
import { rp, type ReasonList } from '../common.js'
import { pmiJkkRegime } from '../pmi-jkk-death.js'
import { capped } from './rules.js'
import type { JkkBenefitResult, JkkCashItem } from './types.js'
import { benefitsMessages } from '../../i18n/messages/benefits.js'
import { jkkBenefitMessages } from '../../i18n/messages/jkk-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalDecisions from '../../legal/decisions.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_4_2023, legalSources.DECISIONS, legalDecisions.D26)

useMessages(benefitsMessages, jkkBenefitMessages)

// A PMI (migrant worker) reports no wage: its JKK cash benefits are fixed amounts or maxima by regulation
// (Permenaker 18/2018 from 2018-12-10, 4/2023 from 2023-02-22), read from `pmi.jkk.cashBenefits`. The amounts
// not found (STMB abroad, disability, the periodic benefit, transport, glasses, dentures) are the caller's
// (decisions D26): without them the result is `incomplete`, never a guess.

const D26: Citation = Object.freeze({ source: 'DECISIONS', article: 'D26' })
const P34 = (huruf: string): Citation =>
  Object.freeze({ source: 'PERMENAKER-4-2023', article: `Pasal 34 ayat (1) huruf ${huruf}` })

/** The PMI regulation in force on the accident date; a PMI accident before 2018-12-10 is a clear error. */
export function pmiRegimeOf(ctx: RuleContext, date: string): ParameterReading<string> {
  const r = pmiJkkRegime(ctx, date)
  if (r === undefined)
    throw new BpjsRuleError('PMI_JKK_DEATH_NOT_COVERED', { date }, ['category'], ctx.locale)
  return r
}

/** Whether the benefit exists under the accident's regulation; if not, a note says so and it is not paid. */
function inForce(ctx: RuleContext, reasons: ReasonList, kind: PmiJkkBenefitKind, date: string): boolean {
  const list = ctx.read(jkkPmiBenefitsInForce, date)
  if (list.value.includes(kind)) return true
  reasons.add('note', 'JKK_PMI_NOT_IN_REGULATION', { item: kind, date }, list.legal)
  ctx.warn('JKK_PMI_NOT_IN_REGULATION', { item: kind, date })
  return false
}

/** A caller amount (D26) for a PMI benefit whose figure was not found, or a missing fact. */
function callerAmount(
  ctx: RuleContext,
  reasons: ReasonList,
  key: 'stmb' | 'disability' | 'periodic',
  sen: number | undefined,
  legal: readonly Citation[],
  date: string,
): number | undefined {
  if (!inForce(ctx, reasons, key, date)) return 0
  if (sen === undefined) {
    reasons.missing(['pmiAmounts', key], 'JKK_FACT_PMI_AMOUNT', [...legal, D26])
    return undefined
  }
  const amount = ctx.roundSen(sen).amount
  ctx.warn('JKK_PMI_CALLER_AMOUNT', { item: key, amount: rp(amount) })
  ctx.step({
    rule: `jkk.pmi.${key}`,
    text: 'STEP_JKK_PMI_CALLER_AMOUNT',
    params: { item: key, amount: rp(amount) },
    inputs: { [`pmiAmounts.${key}`]: amount },
    legal: [...legal, D26],
    unit: 'rupiah',
    value: amount,
  })
  return amount
}

/** PMI STMB and disability: the caller's amounts (not found in the sources). */
export function pmiCashParts(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkBenefitInput,
): { stmb: JkkBenefitResult['stmb']; disability: JkkBenefitResult['disability'] } {
  const given = inp.pmiAmounts ?? {}
  const date = inp.accidentDate
  let stmb: JkkBenefitResult['stmb'] = null
  if (inp.incapacity !== undefined) {
    const total = callerAmount(ctx, reasons, 'stmb', given.stmb, [{ source: 'PERMENAKER-4-2023' }], date)
    if (total !== undefined && total > 0) stmb = { lines: [], total }
  }
  const d = inp.disability
  if (d === undefined) return { stmb, disability: null }
  const amount = callerAmount(ctx, reasons, 'disability', given.disability, [P34('f')], date)
  const periodic =
    d.type === 'total' ? callerAmount(ctx, reasons, 'periodic', given.periodic, [P34('h')], date) : 0
  if (amount === undefined || periodic === undefined) return { stmb, disability: null }
  return { stmb, disability: { type: d.type, share: null, amount, periodic } }
}

const PMI_CAP_ROW: Readonly<Record<string, string>> = {
  'home-care': 'homeCare',
  'hearing-aid': 'hearingAid',
  'medical-care-abroad': 'medicalCareAbroad',
}

/** A PMI cash item: capped by its maximum in `pmi.jkk.cashBenefits` when one is known, else billed and warned. */
function pmiItem(
  ctx: RuleContext,
  table: ParameterReading<readonly { benefit: string; kind: string; amount: string }[]>,
  item: string,
  sen: number,
): JkkCashItem {
  const billed = ctx.roundSen(sen).amount
  const row = table.value.find((r) => r.benefit === PMI_CAP_ROW[item] && r.kind === 'maximum')
  if (row === undefined) ctx.warn('JKK_CAP_NOT_FOUND', { item })
  const line = { item, ...capped(billed, row === undefined ? null : row.amount) }
  ctx.step({
    rule: 'jkk.item',
    text: 'STEP_JKK_ITEM',
    params: {
      item,
      billed: rp(line.billed),
      cap: line.cap === null ? '—' : rp(line.cap),
      amount: rp(line.amount),
    },
    inputs: { billed: line.billed },
    parameters: [table],
    unit: 'rupiah',
    value: line.amount,
  })
  return line
}

/** PMI transport, home care and aids, with the maxima known for the regulation in force. */
export function pmiItemsPart(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkBenefitInput,
): readonly JkkCashItem[] {
  const date = inp.accidentDate
  const table = ctx.read(pmiJkkCashBenefits, date)
  const out: JkkCashItem[] = []
  const add = (kind: PmiJkkBenefitKind, item: string, sen: number | undefined): void => {
    if (sen !== undefined && inForce(ctx, reasons, kind, date)) out.push(pmiItem(ctx, table, item, sen))
  }
  for (const mode of ['land', 'sea', 'air'] as const)
    add('transport', `transport-${mode}`, inp.transport?.[mode])
  add('home-care', 'home-care', inp.homeCare)
  for (const it of inp.otherItems ?? []) add(it.kind, it.kind, it.amount)
  return out
}
