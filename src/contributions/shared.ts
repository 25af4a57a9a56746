import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { formatRupiah } from '../money/format.js'
import { rate, scaledToText, subRates, type Rate } from '../money/rate.js'
import { PROGRAM_CODES, programMatrix, type ProgramMatrix, type ProgramRow } from '../parameters/programs.js'
import type { ParameterReading } from '../parameters/types.js'
import type { Category, ContributionLine, ContributionTotals, Program } from './types.js'
import { weakCache } from '../internal/cache.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015, legalSources.PERMENAKER_44_2015, legalSources.PERMENAKER_4_2023)

useMessages(contributionsMessages)

/**
 * A writable line while a rule builds it (frozen with the result).
 *
 * @example
 * ```ts
 * const l: LineDraft = { program: 'JKM', payer: 'participant', amount: 6800 }
 * l.months = 3 // allowed while building; the result is deep-frozen
 * ```
 */
export type LineDraft = { -readonly [K in keyof ContributionLine]: ContributionLine[K] }

/**
 * The whole, for `1 − discount` (arithmetic, not a figure of the law).
 *
 * @example
 * ```ts
 * ONE.text //=> '1'
 * ```
 */
export const ONE: Rate = rate('1')

/**
 * The share still payable under a discount given as the share waived.
 *
 * @example
 * ```ts
 * payableShare('0.99').text //=> '0.01'
 * payableShare('0.5').text  //=> '0.5'
 * ```
 */
export function payableShare(discount: string): Rate {
  return subRates(ONE, rate(discount))
}

/**
 * An amount in sen as rupiah for output: an integer when whole, else the number nearest the exact decimal
 * (a division is rounded once, as reading the decimal text would be).
 *
 * @example
 * ```ts
 * rupiahOf(500_000_000) //=> 5000000
 * rupiahOf(500_000_050) //=> 5000000.5
 * ```
 */
export function rupiahOf(sen: number): number {
  return sen / 100
}

/**
 * An amount in sen formatted for explanations.
 *
 * @example
 * ```ts
 * rp(500_000_000) //=> 'Rp5.000.000'
 * rp(500_000_050) //=> 'Rp5.000.000,50'
 * ```
 */
export function rp(sen: number): string {
  // sen are whole and within 2^53 (amounts stop at MAX_AMOUNT_RUPIAH): the text formatRupiah gives
  if (sen < 0) return `-${rp(-sen)}`
  const frac = sen % 100
  const digits = String((sen - frac) / 100)
  const head = digits.length % 3 === 0 ? 3 : digits.length % 3
  let grouped = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) grouped += `.${digits.slice(i, i + 3)}`
  return frac === 0 ? `Rp${grouped}` : `Rp${grouped},${frac < 10 ? '0' : ''}${frac}`
}

/**
 * A whole-rupiah amount formatted for explanations.
 *
 * @example
 * ```ts
 * rpWhole(16800) //=> 'Rp16.800'
 * ```
 */
export function rpWhole(rupiah: number): string {
  return formatRupiah(rupiah)
}

/**
 * A rate as a percentage for explanations, exact, with the decimal mark of the locale.
 *
 * @example
 * ```ts
 * percent(rate('0.0024'), 'id')   //=> '0,24%'
 * percent(rate('0.000024'), 'en') //=> '0.0024%'
 * percent(rate('1'), 'en')        //=> '100%'
 * ```
 */
export function percent(r: Rate, locale: 'id' | 'en'): string {
  const texts = percentTexts.get(r) ?? newPercentTexts(r)
  return (texts[locale] ??= percentText(r, locale))
}

/** The percentage texts of rates already shown (rates are frozen values, mostly from the parsed-rate cache). */
const percentTexts = weakCache<Rate, PercentTexts>({
  name: 'contributions/shared.ts percentTexts',
  holds: "a rate's percentage text per locale",
  safe: 'a Rate is frozen; the text depends only on the rate and the locale',
  bound: 'weak: one entry per rate alive',
})

/** The percentage texts of one rate, by locale. */
interface PercentTexts {
  id?: string
  en?: string
}

/** A new, empty entry of {@link percentTexts} for `r`. */
function newPercentTexts(r: Rate): PercentTexts {
  const texts: PercentTexts = {}
  percentTexts.set(r, texts)
  return texts
}

/** {@link percent}, computed. */
function percentText(r: Rate, locale: 'id' | 'en'): string {
  const text = r.scale >= 2 ? scaledToText(r.num, r.scale - 2) : String(r.num * 10 ** (2 - r.scale))
  return `${locale === 'id' ? text.replace('.', ',') : text}%`
}

/**
 * Totals per payer from finished lines: each line counted once, `total` their sum; `deferred` (PP 49/2020 JP)
 * summed apart and not in `total`.
 *
 * @example
 * ```ts
 * totalsOf([
 *   { program: 'JP', payer: 'employer', amount: 1788, deferred: 177006 },
 *   { program: 'JP', payer: 'worker', amount: 894, deferred: 88503 },
 * ])
 * //=> { employer: 1788, worker: 894, participant: 0, government: 0, total: 2682, deferred: 265509 }
 * ```
 */
export function totalsOf(lines: readonly ContributionLine[]): ContributionTotals {
  let employer = 0
  let worker = 0
  let participant = 0
  let government = 0
  let deferred = 0
  for (const l of lines) {
    if (l.payer === 'employer') employer += l.amount
    else if (l.payer === 'worker') worker += l.amount
    else if (l.payer === 'participant') participant += l.amount
    else government += l.amount
    if (l.deferred !== undefined) deferred += l.deferred
  }
  return {
    employer,
    worker,
    participant,
    government,
    total: employer + worker + participant + government,
    deferred,
  }
}

/**
 * How the programs of a result were chosen: the programs and the program-matrix reading behind them.
 *
 * @example
 * ```ts
 * const c: ProgramChoice = choosePrograms(ctx, 'BPU', '2025-06', (m) => m.value.BPU, undefined)
 * c.programs //=> ['JKK', 'JKM']
 * ```
 */
export interface ProgramChoice {
  readonly programs: Program[]
  readonly matrix: ParameterReading
}

const CATEGORY_LEGAL: Readonly<Record<Category, Citation>> = {
  PU: { source: 'PP-44-2015', article: 'Pasal 5 ayat (2)' },
  BPU: { source: 'PP-44-2015', article: 'Pasal 5 ayat (3)' },
  JAKON: { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' },
  PMI: { source: 'PERMENAKER-4-2023' },
}

/**
 * The programs to price: the caller's list, checked against the program matrix in force (a program the law
 * does not give the category, e.g. JP for BPU or JKP before 2021-02, is a `PROGRAM_NOT_AVAILABLE` validation
 * error on its index), or the category's mandatory programs (plus, for PU, JKP when `jkp` is true and JKP
 * exists; when it does not yet, a `JKP_NOT_IN_FORCE_IGNORED` warning). Records a step.
 *
 * @example
 * ```ts
 * choosePrograms(ctx, 'PU', '2025-06', (m) => m.value.PU.small, undefined, { jkp: true }).programs
 * //=> ['JKK', 'JKM', 'JHT', 'JKP']
 * choosePrograms(ctx, 'BPU', '2025-06', (m) => m.value.BPU, ['JP']) // throws BpjsValidationError PROGRAM_NOT_AVAILABLE
 * ```
 */
export function choosePrograms(
  ctx: RuleContext,
  category: Category,
  period: string,
  row: (m: ParameterReading<ProgramMatrix>) => ProgramRow,
  explicit: readonly Program[] | undefined,
  extra: {
    /** PU: JKP is added to the default when the worker is registered in JKP. */
    readonly jkp?: boolean
    /** Who the mandatory programs are for (e.g. `'PU (small)'`): an explicit list missing one is warned. */
    readonly who?: string
    /** Optional programs the input asks for by another field (PMI `jhtMonthly` → JHT). */
    readonly addOptional?: readonly Program[]
    /** Message code of the reason for a default list. */
    readonly defaultReason?: string
  } = {},
): ProgramChoice {
  const m = ctx.readShared(programMatrix, period)
  const r = row(m)
  let programs: Program[]
  let reason: string
  if (explicit !== undefined) {
    const issues: BpjsIssue[] = []
    explicit.forEach((p, i) => {
      if (r[p] === 'unavailable')
        issues.push(
          makeIssue(['programs', i], 'PROGRAM_NOT_AVAILABLE', { program: p, category, period }, ctx.locale),
        )
    })
    if (issues.length > 0) throw new BpjsValidationError(issues, ctx.locale)
    programs = PROGRAM_CODES.filter((p) => explicit.includes(p))
    if (extra.who !== undefined) {
      const missing = PROGRAM_CODES.filter((p) => r[p] === 'mandatory' && !explicit.includes(p))
      if (missing.length > 0)
        ctx.warn('PROGRAMS_OMIT_MANDATORY', { missing: missing.join(', '), who: extra.who })
    }
    reason = 'CONTRIB_PROGRAMS_REASON_EXPLICIT'
  } else {
    programs = PROGRAM_CODES.filter(
      (p) =>
        r[p] === 'mandatory' ||
        // only JKP is ever `conditional` (the program matrix, src/parameters/programs.ts)
        (extra.jkp === true && r[p] === 'conditional') ||
        (extra.addOptional?.includes(p) === true && r[p] === 'optional'),
    )
    if (extra.jkp === true && r.JKP === 'unavailable') ctx.warn('JKP_NOT_IN_FORCE_IGNORED', { period })
    reason = extra.defaultReason ?? 'CONTRIB_PROGRAMS_REASON_CATEGORY'
  }
  if (ctx.explain)
    ctx.step({
      rule: 'contribution.programs',
      text: 'CONTRIB_STEP_PROGRAMS',
      params: {
        programs: programs.join(', '),
        reason: ctx.t(reason, { category, who: extra.who ?? category }),
      },
      inputs: { category, ...(explicit === undefined ? {} : { programs: [...explicit] }) },
      parameters: [m],
      legal: [CATEGORY_LEGAL[category]],
      value: [...programs],
    })
  return { programs, matrix: m }
}
