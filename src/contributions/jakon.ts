import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { bigScaledToText, roundScaledBig, rupiahFromData } from '../money/exact.js'
import { rate, type Rate } from '../money/rate.js'
import {
  jakonContractExcludesVat,
  jakonContractJkkTiers,
  jakonContractJkmTiers,
  jakonWageJkkRate,
  jakonWageJkmRate,
  type JakonTier,
} from '../parameters/jakon.js'
import { reliefCovidJkkDiscount, reliefCovidJkmDiscount } from '../parameters/relief.js'
import type { ParameterReading } from '../parameters/types.js'
import type { JakonParsed } from '../schemas/contribution.js'
import { covidReading, discounted, discountNote, discountOf, rateOf, type AppliedDiscount } from './relief.js'
import { choosePrograms, percent, rp, rpWhole, rupiahOf, totalsOf, type LineDraft } from './shared.js'
import type { ContributionCore, JakonTierLine } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_49_2020, legalSources.DECISIONS, legalDecisions.D12, legalDecisions.D17)

useMessages(contributionsMessages)

const D12: Citation = { source: 'DECISIONS', article: 'D12' }
const D17: Citation = { source: 'DECISIONS', article: 'D17' }

/**
 * The marginal sum over the tiers, exact (`exact / 10^scale` rupiah), rounded once (decisions D12, D17), with
 * the rate and the portion in sen of each tier reached.
 */
function marginal(
  ctx: RuleContext,
  valueSen: number,
  tiers: readonly JakonTier[],
  d: AppliedDiscount | undefined,
): {
  amount: number
  exact: bigint
  scale: number
  tiers: JakonTierLine[]
  parts: { r: Rate; portion: number }[]
} {
  // Σ portion × rate, exact: every term over the common denominator 10^scale (BigInt)
  let exact = BigInt(0)
  let scale = 0
  const out: JakonTierLine[] = []
  const parts: { r: Rate; portion: number }[] = []
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as JakonTier
    const overSen = rupiahFromData(t.over) * 100
    if (valueSen <= overSen) break
    const next = tiers[i + 1]
    const upToSen = next === undefined ? undefined : rupiahFromData(next.over) * 100
    const portion = (upToSen === undefined ? valueSen : Math.min(valueSen, upToSen)) - overSen
    const r = discounted(rate(t.rate), d)
    // the term portion (sen) × r.num over 10^(r.scale + 2) rupiah, brought to the larger denominator
    const e = r.scale + 2
    const common = Math.max(e, scale)
    exact =
      exact * BigInt(10) ** BigInt(common - scale) +
      BigInt(portion) * BigInt(r.num) * BigInt(10) ** BigInt(common - e)
    scale = common
    out.push({
      over: overSen / 100,
      ...(upToSen === undefined ? {} : { upTo: upToSen / 100 }),
      base: rupiahOf(portion),
      rate: r.text,
    })
    parts.push({ r, portion })
  }
  return { amount: roundScaledBig(exact, scale, ctx.rounding), exact, scale, tiers: out, parts }
}

/**
 * The contribution of a construction project (Jakon), paid by the contractor. With `contractValue` (wages
 * unknown): JKK and JKM each by marginal tiers of the contract value excluding VAT, for the whole project
 * (decisions D17). With `wage` (wages known): JKK 1.74% + JKM 0.30% of the monthly wage. PP 49/2020 relief
 * (1% of every rate) in 2020-08 to 2021-01.
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2025-06', resolveOptions({}).resolved, false)
 * const input = parseContributionInput({ category: 'JAKON', period: '2025-06', contractValue: 2000000000 }, 'id')
 * computeJakon(input as JakonParsed, ctx).totals.total //=> 2950000 (JKK 2,640,000 + JKM 310,000)
 * ```
 */
export function computeJakon(input: JakonParsed, ctx: RuleContext): ContributionCore {
  const period = input.period
  const { programs } = choosePrograms(ctx, 'JAKON', period, (m) => m.value.JAKON, input.programs, {
    who: 'JAKON',
  })
  const lines: LineDraft[] = []
  const contract = input.contractValue
  // exactly one of contractValue and wage (the schema's JAKON_METHOD_CONFLICT / JAKON_METHOD_REQUIRED)
  const byContract =
    contract === undefined ? undefined : { contract, vat: ctx.readShared(jakonContractExcludesVat, period) }
  for (const program of ['JKK', 'JKM'] as const) {
    if (!programs.includes(program)) continue
    const cov = covidReading(
      ctx,
      program === 'JKK' ? reliefCovidJkkDiscount : reliefCovidJkmDiscount,
      period,
      input.covidRelief,
    )
    const d = cov === undefined ? undefined : discountOf('PP-49-2020', cov)
    if (byContract !== undefined) contractLine(ctx, program, period, byContract, d, lines)
    else wageLine(ctx, program, period, input.wage as number, d, lines)
  }
  return {
    category: 'JAKON',
    period,
    programs,
    lines,
    totals: totalsOf(lines),
    method: contract === undefined ? 'wage' : 'contract-value',
  }
}

/** A JAKON line by contract value: marginal tiers of the value (excluding VAT), for the whole project (D17). */
function contractLine(
  ctx: RuleContext,
  program: 'JKK' | 'JKM',
  period: string,
  byContract: { contract: number; vat: ParameterReading<boolean> },
  d: AppliedDiscount | undefined,
  lines: LineDraft[],
): void {
  const relief = d === undefined ? {} : { relief: d.source }
  const { contract, vat } = byContract
  const tr = ctx.readShared(program === 'JKK' ? jakonContractJkkTiers : jakonContractJkmTiers, period)
  const m = marginal(ctx, contract, tr.value, d)
  lines.push({
    program,
    payer: 'employer',
    base: rupiahOf(contract),
    amount: m.amount,
    tiers: m.tiers,
    ...relief,
  })
  if (ctx.explain)
    ctx.step({
      rule: `jakon.contract.${program.toLowerCase()}`,
      text: 'STEP_JAKON_CONTRACT',
      formula: 'CONTRIB_FORMULA_MARGINAL',
      params: {
        program,
        value: rp(contract),
        parts: m.parts.map((p) => `${percent(p.r, ctx.locale)} × ${rp(p.portion)}`).join(' + '),
        // with a relief: the contribution by the normal tier rates
        note: discountNote(ctx, d, rpWhole(marginal(ctx, contract, tr.value, undefined).amount)),
        vat: ctx.t(vat.value === true ? 'CONTRIB_NOTE_VAT_EXCLUDED' : 'CONTRIB_NOTE_VAT_INCLUDED'),
      },
      inputs: { contractValue: rupiahOf(contract) },
      parameters: d === undefined ? [tr, vat] : [tr, vat, d.reading],
      legal: [D17, D12],
      rounding: { mode: ctx.rounding, exact: bigScaledToText(m.exact, m.scale), rounded: m.amount },
      value: m.amount,
    })
}

/** A JAKON line by the monthly wage: the program's rate × the wage (one rounding, D12). */
function wageLine(
  ctx: RuleContext,
  program: 'JKK' | 'JKM',
  period: string,
  wage: number,
  d: AppliedDiscount | undefined,
  lines: LineDraft[],
): void {
  const relief = d === undefined ? {} : { relief: d.source }
  const rr = ctx.readShared(program === 'JKK' ? jakonWageJkkRate : jakonWageJkmRate, period)
  const normal = rateOf(rr)
  const r = discounted(normal, d)
  const a = ctx.applyRate(wage, r)
  lines.push({
    program,
    payer: 'employer',
    base: rupiahOf(wage),
    rate: r.text,
    amount: a.amount,
    ...relief,
  })
  if (ctx.explain)
    ctx.step({
      rule: `jakon.wage.${program.toLowerCase()}`,
      text: 'STEP_JAKON_WAGE',
      formula: 'CONTRIB_FORMULA_RATE_TIMES_BASE',
      params: {
        program,
        rate: percent(r, ctx.locale),
        base: rp(wage),
        note: discountNote(ctx, d, percent(normal, ctx.locale)),
      },
      inputs: { wage: rupiahOf(wage) },
      parameters: d === undefined ? [rr] : [rr, d.reading],
      legal: [D17, D12],
      ...(a.rounding && { rounding: a.rounding }),
      value: a.amount,
    })
}
