import { BpjsRuleError, BpjsValidationError, makeIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { rupiahFromData } from '../money/exact.js'
import {
  pmiExtensionMonthly,
  pmiJhtMaximum,
  pmiJhtMinimum,
  pmiPackages,
  pmiPrePlacement,
  type PmiPackage,
} from '../parameters/pmi.js'
import { PMI_18_2018_FIRST_DAY } from '../parameters/jkm.js'
import type { ParameterReading } from '../parameters/types.js'
import type { PmiParsed } from '../schemas/contribution.js'
import { choosePrograms, rp, rpWhole, rupiahOf, totalsOf, type LineDraft } from './shared.js'
import type { ContributionCore } from './types.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_4_2023, legalSources.DECISIONS, legalDecisions.D12)

useMessages(contributionsMessages)

const EXTENSION_RULE: Citation = { source: 'PERMENAKER-4-2023', article: 'Pasal 18 ayat (3)' }

/**
 * The package for a contract (Permenaker 4/2023 Pasal 18): the longest package whose term the contract
 * reaches, and Rp13,500 for each month beyond it ("melebihi jangka waktu … sesuai kelebihan jangka waktu",
 * ayat (3)); a contract shorter than every term takes the shortest package (`extra` is then negative: no
 * extension). `longer` is the next longer package, to warn when it would cost less than the package and
 * extension. Of packages with the same term, the first listed is taken.
 */
function choosePackage(
  packages: readonly PmiPackage[],
  months: number,
): { chosen: PmiPackage; extra: number; longer: PmiPackage | undefined } {
  let chosen: PmiPackage | undefined
  let shortest: PmiPackage | undefined
  let longer: PmiPackage | undefined
  for (const p of packages) {
    if (p.months <= months && (chosen === undefined || p.months > chosen.months)) chosen = p
    if (shortest === undefined || p.months < shortest.months) shortest = p
    if (p.months > months && (longer === undefined || p.months < longer.months)) longer = p
  }
  const c = (chosen ?? shortest) as PmiPackage
  return { chosen: c, extra: months - c.months, longer }
}

/**
 * The contribution of a migrant worker (PMI) for a work contract: the pre-placement protection (agency
 * placement only), the during-and-after package by contract length with Rp13,500 for each month beyond it,
 * and the optional JHT (Rp50,000–600,000 a month) for the whole contract. Permenaker 18/2018 from the
 * contribution month 2018-12, Permenaker 4/2023 from 2023-02; earlier months are not encoded
 * (`PMI_PERIOD_NOT_COVERED`).
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2025-06', resolveOptions({}).resolved, false)
 * const input = parseContributionInput({ category: 'PMI', period: '2025-06', contractMonths: 18, placement: 'agency' }, 'id')
 * computePmi(input as PmiParsed, ctx).totals.total //=> 307500 (37,500 + 189,000 + 6 × 13,500)
 * ```
 */
export function computePmi(input: PmiParsed, ctx: RuleContext): ContributionCore {
  const period = input.period
  const pk = ctx.readOptionalShared(pmiPackages, period)
  if (pk === undefined)
    throw new BpjsRuleError(
      'PMI_PERIOD_NOT_COVERED',
      // the library's own table, never empty (an override is not read for this message)
      { period, from: pmiPackages.values[0]!.from.slice(0, 7) },
      ['period'],
      ctx.locale,
    )
  const jht = input.jhtMonthly
  const jhtBounds = jht === undefined ? [] : checkJhtMonthly(ctx, period, jht)
  const { programs } = choosePrograms(
    ctx,
    'PMI',
    period,
    (m) => m.value.PMI,
    undefined,
    jht === undefined ? {} : { addOptional: ['JHT'] },
  )
  // The packages apply from the contribution month 2018-12, but Permenaker 18/2018 (voluntary JHT) only from
  // 2018-12-10: a JHT the program matrix does not open for the month is refused, never priced on a guess.
  if (jht !== undefined && !programs.includes('JHT'))
    throw new BpjsRuleError(
      'PMI_JHT_NOT_AVAILABLE',
      { period, from: PMI_18_2018_FIRST_DAY },
      ['jhtMonthly'],
      ctx.locale,
    )
  const lines: LineDraft[] = []
  if (input.placement === 'agency') prePlacementLine(ctx, input, lines)
  const months = input.contractMonths
  packageLines(ctx, input, pk, lines)
  if (jht !== undefined) jhtLine(ctx, jht, months, jhtBounds, lines)
  return { category: 'PMI', period, programs, lines, totals: totalsOf(lines), months }
}

/** The voluntary JHT of a PMI within its bounds (else a validation error); returns the bounds read. */
function checkJhtMonthly(ctx: RuleContext, period: string, jht: number): ParameterReading[] {
  const jhtBounds: ParameterReading[] = []
  const min = ctx.readShared(pmiJhtMinimum, period)
  const max = ctx.readShared(pmiJhtMaximum, period)
  const minSen = rupiahFromData(min.value) * 100
  const maxSen = rupiahFromData(max.value) * 100
  jhtBounds.push(min, max)
  if (jht < minSen || jht > maxSen)
    throw new BpjsValidationError(
      [
        makeIssue(
          ['jhtMonthly'],
          'PMI_JHT_OUT_OF_RANGE',
          { value: rp(jht), minimum: rp(minSen), maximum: rp(maxSen) },
          ctx.locale,
        ),
      ],
      ctx.locale,
    )
  return jhtBounds
}

/** The pre-placement flat amount of a PMI placed by an agency. */
function prePlacementLine(ctx: RuleContext, input: PmiParsed, lines: LineDraft[]): void {
  const pre = ctx.readShared(pmiPrePlacement, input.period)
  const amount = rupiahFromData(pre.value)
  lines.push({ program: 'JKK+JKM', payer: 'participant', amount, part: 'pre-placement' })
  if (ctx.explain)
    ctx.step({
      rule: 'pmi.prePlacement',
      text: 'STEP_PMI_PRE_PLACEMENT',
      formula: 'CONTRIB_FORMULA_FLAT',
      params: { flat: rpWhole(amount) },
      inputs: { placement: input.placement },
      parameters: [pre],
      unit: 'rupiah',
      value: amount,
    })
}

/** The package of the contract's length and the months beyond it (extension), with the cheaper-package warning. */
function packageLines(
  ctx: RuleContext,
  input: PmiParsed,
  pk: ParameterReading<(typeof pmiPackages.values)[number]['value']>,
  lines: LineDraft[],
): void {
  const period = input.period
  const months = input.contractMonths
  const { chosen, extra, longer } = choosePackage(pk.value, months)
  const pkgAmount = rupiahFromData(chosen.amount)
  lines.push({
    program: 'JKK+JKM',
    payer: 'participant',
    amount: pkgAmount,
    months: chosen.months,
    part: 'during-after',
  })
  if (ctx.explain)
    ctx.step({
      rule: 'pmi.package',
      text: months < chosen.months ? 'STEP_PMI_PACKAGE_SHORT' : 'STEP_PMI_PACKAGE',
      formula: 'CONTRIB_FORMULA_FLAT',
      params: { flat: rpWhole(pkgAmount), package: chosen.months, months },
      inputs: { contractMonths: months, placement: input.placement },
      parameters: [pk],
      legal: [EXTENSION_RULE],
      unit: 'rupiah',
      value: pkgAmount,
    })
  if (extra > 0) {
    const ext = ctx.readShared(pmiExtensionMonthly, period)
    const perMonth = rupiahFromData(ext.value)
    const amount = perMonth * extra
    lines.push({
      program: 'JKK+JKM',
      payer: 'participant',
      amount,
      months: extra,
      perMonth,
      part: 'extension',
    })
    if (ctx.explain)
      ctx.step({
        rule: 'pmi.extension',
        text: 'STEP_PMI_EXTENSION',
        formula: 'CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS',
        params: {
          perMonth: rpWhole(perMonth),
          months: extra,
          package: chosen.months,
          contract: months,
        },
        inputs: { contractMonths: months },
        parameters: [ext],
        legal: [EXTENSION_RULE],
        unit: 'rupiah',
        value: amount,
      })
    if (longer !== undefined && rupiahFromData(longer.amount) < pkgAmount + amount)
      ctx.warn('PMI_LONGER_PACKAGE_CHEAPER', {
        months,
        chosen: chosen.months,
        extra,
        total: rpWhole(pkgAmount + amount),
        longer: longer.months,
        longerAmount: rpWhole(rupiahFromData(longer.amount)),
      })
  }
}

/** The voluntary JHT: the monthly amount × the contract months, rounded once (D12). */
function jhtLine(
  ctx: RuleContext,
  jht: number,
  months: number,
  jhtBounds: ParameterReading[],
  lines: LineDraft[],
): void {
  const a = ctx.roundSen(jht * months)
  lines.push({ program: 'JHT', payer: 'participant', amount: a.amount, months, perMonth: rupiahOf(jht) })
  if (ctx.explain)
    ctx.step({
      rule: 'pmi.jht',
      text: 'STEP_PMI_JHT',
      formula: 'CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS',
      params: { perMonth: rp(jht), months },
      inputs: { jhtMonthly: rupiahOf(jht), contractMonths: months },
      parameters: jhtBounds,
      legal: [{ source: 'DECISIONS', article: 'D12' }],
      ...(a.rounding && { rounding: a.rounding }),
      value: a.amount,
    })
}
