import { BpjsRuleError } from '../errors.js'
import { RuleContext, type ResolvedOptions } from '../explain/context.js'
import type { Locale } from '../i18n/types.js'
import { englishLoaded } from '../i18n/registry.js'
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode } from '../money/rounding.js'
import { assertCovered } from '../parameters/lookup.js'
import { parseContributionInput, structuralIssues, type ContributionParsed } from '../schemas/contribution.js'
import { allChecks } from '../schemas/common.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { addPeriods } from '../time/calendar.js'
import { computeBpu } from './bpu.js'
import { fastParsePu } from './fast-input.js'
import { computeJakon } from './jakon.js'
import { computePmi } from './pmi.js'
import { computePu } from './pu.js'
import type { ContributionCore, ContributionInput, ContributionResult } from './types.js'
import { boundedMap } from '../internal/cache.js'

/**
 * Checks that every contribution month the input covers is inside the library's coverage (2015-07 to the
 * horizon): `DATE_BEFORE_COVERAGE` / `DATE_AFTER_COVERAGE` on the `period` path (`months` for the last month
 * of a BPU advance payment), in the caller's locale.
 *
 * @example
 * ```ts
 * const p = parseContributionInput({ category: 'BPU', period: '2036-06', declaredIncome: 1000000, months: 12 }, 'en')
 * assertContributionCovered(p, 'en') // throws BpjsRuleError DATE_AFTER_COVERAGE, path ['months']
 * ```
 */
export function assertContributionCovered(p: ContributionParsed, locale: Locale): void {
  try {
    assertCovered(`${p.period}-01`, ['period'])
    // the last month paid ahead (a single month is the period itself; only BPU has `months`)
    // Stryker disable next-line ConditionalExpression: true is equivalent (other categories re-check the period)
    if (p.category === 'BPU') assertCovered(`${addPeriods(p.period, (p.months ?? 1) - 1)}-01`, ['months'])
  } catch (e) {
    throw e instanceof BpjsRuleError ? e.withLocale(locale) : e
  }
}

/**
 * The pure rules behind {@link calculateContribution}: dispatches a validated input to the compute function
 * of its category. Nothing here validates or freezes; `ctx` carries options, warnings and (when
 * `ctx.explain`) the explanation. A batch entry point can call it with `new RuleContext(…, false)`: no step,
 * description or formula is then built, and the lines, totals and warnings are the same.
 *
 * @example
 * ```ts
 * const ctx = new RuleContext('calculateContributions', '2025-06', resolveOptions({}).resolved, false)
 * const p = parseContributionInput({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }, 'id')
 * computeContribution(p, ctx).totals.total //=> 16800
 * ctx.explanation().steps                  //=> []
 * ```
 */
export function computeContribution(p: ContributionParsed, ctx: RuleContext): ContributionCore {
  switch (p.category) {
    case 'PU':
      return computePu(p, ctx)
    case 'BPU':
      return computeBpu(p, ctx)
    case 'JAKON':
      return computeJakon(p, ctx)
    case 'PMI':
      return computePmi(p, ctx)
  }
}

/**
 * The BPJS Ketenagakerjaan contribution (iuran) of one participant or project, for a contribution month from
 * 2015-07 on, with the law in force that month.
 *
 * - **PU** (wage earner): JKK by risk class (0.24–1.74%), JKM 0.30%, JHT 3.7% + 2%, JP 2% + 1% of the wage
 *   capped at the JP cap of that month (switching each March), JKP (government 0.22% of the wage capped at
 *   Rp5,000,000; the recomposition from JKK, and from JKM until 2025-01, shown as lines with `fund: 'JKP'`
 *   while the employer's cash is unchanged, decisions D7, D8). Default programs follow `enterpriseSize`
 *   (micro/small: JKK, JKM, JHT; medium/large: + JP); `programs` overrides. PP 49/2020 (JKK/JKM at 1%, JP 99%
 *   deferred, 2020-08..2021-01) and PP 7/2025 + PP 36/2025 (JKK −50%, 2025-02..2026-01, D9).
 * - **BPU** (informal): JKK 1% of the income clamped to Rp1,000,000–20,700,000 (D1), JKM Rp6,800, optional
 *   JHT 2%; `months` paid in advance, each month with its own law; PP 49/2020 and PP 50/2025 (D20).
 * - **JAKON** (construction): contract value by marginal tiers for the whole project (D17), or JKK 1.74% +
 *   JKM 0.30% of a known monthly wage; PP 49/2020.
 * - **PMI** (migrant worker): Rp37,500 pre-placement (agency only), the during-and-after package by contract
 *   length, Rp13,500 per month beyond it, optional JHT.
 *
 * Every line is rounded once to whole rupiah (`options.rounding`, half-up by default, D12); `totals.total`
 * is the sum of the lines (see {@link ContributionLine} for how recomposed and deferred parts reconcile).
 * The result is deep-frozen and JSON-safe, with `warnings` (e.g. `LOW_CONFIDENCE_RULE`,
 * `BPU_INCOME_CLAMPED`) and an `explanation` naming each article and parameter.
 *
 * @param input - one participant or project, discriminated by `category` (see {@link ContributionInput}).
 * @param options - `locale` (`'id'` default, `'en'`), `rounding`, `parameters` overrides.
 * @throws {BpjsValidationError} invalid input: e.g. a negative or non-numeric wage, risk class 6, period
 *   `'2025-13'`, `programs: ['JP']` for BPU, JAKON with both `wage` and `contractValue`, PU with neither
 *   `programs` nor `enterpriseSize` (`ENTERPRISE_SIZE_REQUIRED`), a PMI contract of 0 months.
 * @throws {BpjsRuleError} a valid input the library does not cover: a month before 2015-07
 *   (`DATE_BEFORE_COVERAGE`) or past the horizon, PMI before 2018-12 (`PMI_PERIOD_NOT_COVERED`).
 *
 * @example
 * ```ts
 * // PU, March 2024: the JP base is the cap Rp10,042,300
 * const r = calculateContribution({ category: 'PU', period: '2024-03', wage: 12000000, jkkRiskClass: 1, enterpriseSize: 'large' })
 * r.lines.map((l) => [l.program, l.payer, l.amount])
 * //=> [['JKK', 'employer', 28800], ['JKM', 'employer', 36000], ['JHT', 'employer', 444000], ['JHT', 'worker', 240000], ['JP', 'employer', 200846], ['JP', 'worker', 100423]]
 * r.totals
 * //=> { employer: 709646, worker: 340423, participant: 0, government: 0, total: 1050069, deferred: 0 }
 * ```
 *
 * @example
 * ```ts
 * // BPU minimum package: JKK Rp10,000 + JKM Rp6,800
 * calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }).totals.total
 * //=> 16800
 * calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000, programs: ['JKK', 'JKM', 'JHT'] }).totals.total
 * //=> 36800
 * ```
 *
 * @example
 * ```ts
 * // JKP member, 2025-06, wage Rp10,000,000, class 1: the JKK cash 24,000 is split 17,000 (JKK) + 7,000 (JKP)
 * const r = calculateContribution({ category: 'PU', period: '2025-06', wage: 10000000, jkkRiskClass: 1, programs: ['JKK', 'JKM', 'JKP'] })
 * r.lines.map((l) => [l.program, l.payer, l.fund, l.amount])
 * //=> [['JKK', 'employer', 'JKK', 17000], ['JKK', 'employer', 'JKP', 7000], ['JKM', 'employer', undefined, 30000], ['JKP', 'government', undefined, 11000]]
 * ```
 *
 * @example
 * ```ts
 * // Jakon, contract Rp2,000,000,000: JKK 2,640,000 + JKM 310,000
 * calculateContribution({ category: 'JAKON', period: '2025-06', contractValue: 2000000000 }).lines.map((l) => l.amount)
 * //=> [2640000, 310000]
 * // PMI through an agency, 24-month contract: 37,500 + 332,500
 * calculateContribution({ category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'agency' }).totals.total
 * //=> 370000
 * ```
 */
export function calculateContribution(
  input: ContributionInput,
  options?: CalculationOptions,
): ContributionResult {
  // input and options are checked together: one error lists every problem of both
  const locale = localeOf(options)
  const ruleChecks = ruleChecksIn(locale)
  const [parsed, resolved] = allChecks(
    locale,
    () => parseContribution(input, locale, ruleChecks),
    () => resolveContributionOptions(options),
    ruleChecks,
  )
  assertContributionCovered(parsed, resolved.locale)
  const ctx = new RuleContext('calculateContribution', parsed.period, resolved)
  const core = computeContribution(parsed, ctx)
  return freezeResult({ ...core, warnings: ctx.warnings, explanation: ctx.explanation() })
}

const hasOwn = Object.prototype.hasOwnProperty
const NO_OVERRIDES: ResolvedOptions['overrides'] = new Map()
/**
 * The rules' own checks of an input (e.g. PROGRAM_NOT_AVAILABLE), run with the library's parameters, their
 * issues in the caller's locale (they join the input's and the options' issues in one error).
 */
function ruleChecksIn(locale: Locale): (p: ContributionParsed) => void {
  return (p) => {
    // made when the checks run (their mutants are live then, not only at module load)
    const options: ResolvedOptions = { locale, rounding: DEFAULT_ROUNDING, overrides: NO_OVERRIDES }
    // Stryker disable next-line StringLiteral,BooleanLiteral: the checks keep only their issues, which the operation's name and an explanation do not change
    computeContribution(p, new RuleContext('calculateContribution', p.period, options, false))
  }
}
/** The resolved options of `undefined` and of `{ locale?, rounding? }`, by locale and mode. */
const simpleOptions = boundedMap<string, ResolvedOptions>(
  {
    name: 'contributions/calculate.ts simpleOptions',
    holds: 'the resolved options of undefined and of { locale?, rounding? }',
    safe: 'frozen, with no override; the key is the valid locale and mode',
    bound: 'locales × (rounding modes + 1)',
  },
  64,
)

/**
 * `resolveOptions(options).resolved`, without running the schema for the commonest options: none, or only a
 * valid `locale` and/or `rounding` (what the schema resolves them to, with no override). Anything else goes
 * through `resolveOptions` (its errors included).
 *
 * @example
 * ```ts
 * resolveContributionOptions({ locale: 'en' }).rounding //=> 'half-up'
 * resolveContributionOptions({ locale: 'fr' }) // throws BpjsValidationError (from resolveOptions)
 * ```
 */
export function resolveContributionOptions(options: unknown): ResolvedOptions {
  try {
    return resolveSimpleOptions(options)
  } catch {
    // a hostile options object (a revoked Proxy, a throwing getter): the schema path reports it
    return resolveOptions(options).resolved
  }
}

function resolveSimpleOptions(options: unknown): ResolvedOptions {
  let locale: unknown
  let rounding: unknown
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null) return resolveOptions(options).resolved
    const proto: unknown = Object.getPrototypeOf(options)
    if (proto !== Object.prototype && proto !== null) return resolveOptions(options).resolved
    let count = 0
    for (const k in options) {
      // an inherited key (only from a polluted Object.prototype) goes to the schema
      // Stryker disable next-line ConditionalExpression: false differs only under a polluted Object.prototype
      if (!hasOwn.call(options, k)) return resolveOptions(options).resolved
      count++
    }
    const o = options as { locale?: unknown; rounding?: unknown }
    locale = o.locale
    rounding = o.rounding
    const known = (locale === undefined ? 0 : 1) + (rounding === undefined ? 0 : 1)
    if (
      known !== count ||
      // English without the English pack goes to the schema path, which refuses it (LOCALE_NOT_LOADED)
      (locale !== undefined && locale !== 'id' && (locale !== 'en' || !englishLoaded())) ||
      (rounding !== undefined && !ROUNDING_MODES.includes(rounding as RoundingMode))
    )
      return resolveOptions(options).resolved
  }
  const key = `${String(locale)}|${String(rounding)}`
  let r = simpleOptions.get(key)
  if (r === undefined) {
    r = Object.freeze({
      locale: locale === 'en' ? 'en' : 'id',
      rounding: (rounding as RoundingMode | undefined) ?? 'half-up',
      overrides: NO_OVERRIDES,
    })
    simpleOptions.set(key, r)
  }
  return r
}

/**
 * `parseContributionInput(input, locale)`, with a fast path for a plain PU object that the schema certainly
 * accepts (the same checkers, the same values); every other input, and every invalid one, goes through the
 * schema, so errors are the schema's.
 *
 * @example
 * ```ts
 * parseContribution({ category: 'PU', period: '2025-06', wage: 5000000, jkkRiskClass: 1, enterpriseSize: 'micro' }, 'id').period //=> '2025-06'
 * ```
 */
export function parseContribution(
  input: unknown,
  locale: Locale,
  rules?: (p: ContributionParsed) => void,
): ContributionParsed {
  let fast: ReturnType<typeof fastParsePu>
  try {
    fast = fastParsePu(input)
  } catch {
    // a hostile object (a revoked Proxy, a throwing getter): the schema path reports it at its path
    fast = undefined
  }
  // Stryker disable next-line ConditionalExpression: false only skips the fast path (same values, as the fast-input specs check)
  if (fast !== undefined && structuralIssues(fast, locale).length === 0) return fast
  return parseContributionInput(input, locale, rules)
}

/**
 * Freezes a result deeply (what `deepFreeze` does), skipping what is already frozen (the explanation's
 * shared parameters and citations) without listing keys.
 *
 * @example
 * ```ts
 * Object.isFrozen(freezeResult({ lines: [{ amount: 1 }] }).lines[0]) //=> true
 * ```
 */
export function freezeResult<T>(value: T): T {
  // a primitive, null and undefined count as frozen
  if (Object.isFrozen(value)) return value
  Object.freeze(value)
  // Stryker disable next-line ConditionalExpression: false walks an array by its keys, to the same effect
  if (Array.isArray(value)) for (const x of value) freezeResult(x)
  else for (const k in value) freezeResult(value[k])
  return value
}
