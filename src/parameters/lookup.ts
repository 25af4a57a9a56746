import { showValue } from '../internal/show.js'
import { BpjsRuleError, BpjsValidationError, makeIssue } from '../errors.js'
import { checkDate, checkPeriod } from '../time/calendar.js'
import { COVERAGE } from './coverage.js'
import type { Parameter, ParameterReading, ParameterValue } from './types.js'
import { BoundedMap, weakCache } from '../internal/cache.js'
import { checkedOverride, isOverrideValue } from './override.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

// the overrides a caller gives, compiled and checked: src/parameters/override.ts
export { compileOverride } from './override.js'

/** Normalises a lookup date: `'YYYY-MM'` means the first day of that contribution month. */
export function lookupDate(date: string | Date): string {
  if (typeof date === 'string' && date.length === 7) {
    const p = checkPeriod(date)
    if (!p.ok) throw new BpjsValidationError([makeIssue(['date'], 'PERIOD_INVALID', { value: date })])
    return `${p.value}-01`
  }
  const d = checkDate(date)
  if (!d.ok)
    throw new BpjsValidationError([
      makeIssue(['date'], d.code === 'REQUIRED' ? 'DATE_INVALID' : d.code, {
        value: showValue(date),
        ...d.params,
      }),
    ])
  return d.value
}

/** Throws `DATE_BEFORE_COVERAGE` / `DATE_AFTER_COVERAGE` when `iso` is outside what the library knows. */
export function assertCovered(iso: string, path: readonly (string | number)[] = []): void {
  if (iso < COVERAGE.start)
    throw new BpjsRuleError('DATE_BEFORE_COVERAGE', { date: iso, coverageStart: COVERAGE.start }, path)
  if (iso > COVERAGE.horizon)
    throw new BpjsRuleError(
      'DATE_AFTER_COVERAGE',
      { date: iso, horizon: COVERAGE.horizon, verifiedOn: COVERAGE.verifiedOn },
      path,
    )
}

function find<T>(values: readonly ParameterValue<T>[], iso: string): ParameterValue<T> | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as ParameterValue<T>
    if (v.from <= iso) return v.to === undefined || iso <= v.to ? v : undefined
  }
  return undefined
}

function reading<T>(
  p: Parameter<T>,
  v: ParameterValue<T>,
  iso: string,
  overridden: boolean,
): ParameterReading<T> {
  const r: {
    -readonly [K in keyof ParameterReading<T>]: ParameterReading<T>[K]
  } = {
    id: p.id,
    unit: p.unit,
    value: v.value,
    date: iso,
    from: v.from,
    legal: v.legal,
    confidence: overridden ? 'override' : v.confidence,
    overridden,
  }
  if (v.to !== undefined) r.to = v.to
  if (!overridden) r.lastVerifiedOn = v.lastVerifiedOn
  if (v.reviewDue !== undefined) r.reviewDue = v.reviewDue
  if (v.note !== undefined) r.note = v.note
  return r
}

/**
 * The value of a parameter on a date, or `undefined` when the parameter is not in force then (outside a
 * relief window, before a program existed). Dates before 2015-07-01 or past the horizon throw.
 *
 * @example
 * ```ts
 * const covidJkk = getParameter('relief.pp49-2020.jkkDiscount')!
 * findValueAt(covidJkk, '2020-08-01')?.value //=> '0.99' (99% of JKK waived, PP 49/2020)
 * findValueAt(covidJkk, '2022-01-01') //=> undefined (outside the relief window)
 * ```
 */
export function findValueAt<T>(
  p: Parameter<T>,
  date: string | Date,
  override?: readonly ParameterValue<T>[],
): ParameterReading<T> | undefined {
  // a public entry point: `getParameter('typo')` gives undefined, which must be a clear error
  if (p === null || typeof p !== 'object' || !Array.isArray((p as { values?: unknown }).values))
    throw new BpjsValidationError([
      makeIssue(['parameter'], 'UNKNOWN_PARAMETER', { parameterId: showValue(p) }),
    ])
  const values = override === undefined ? p.values : checkedOverride(p, override)
  const iso = lookupDate(date)
  assertCovered(iso, ['date'])
  const v = find(values, iso)
  return v === undefined ? undefined : Object.freeze(reading(p, v, iso, isOverrideValue(v)))
}

/** Readings of the library's own values by parameter and lookup string (see {@link findValueCached}). */
const readingCache = weakCache<Parameter, BoundedMap<string, ParameterReading | null>>({
  name: 'parameters/lookup.ts readingCache',
  holds: 'readings of a parameter of the library by lookup date',
  safe: 'parameters and readings are frozen; errors are never cached',
  bound: 'weak per parameter, 256 dates each',
})
/** Lookup strings kept per parameter before its cache is emptied (a bound, not a figure of the law). */
const READING_CACHE_SIZE = 256

/**
 * {@link findValueAt} without an override, memoised: the first lookup of a parameter on a date string
 * validates the date and checks coverage exactly as `findValueAt` does (and throws the same errors, which are
 * never cached); later lookups of the same string return the same frozen reading. The cache holds only
 * readings of the library's frozen data, so it never changes a result, only how fast it is found (a rule
 * that reads ten parameters for each of a million rows validates each date once).
 *
 * @example
 * ```ts
 * findValueCached(jpWageCap, '2024-03')?.value //=> '10042300'
 * findValueCached(jpWageCap, '2024-03') === findValueCached(jpWageCap, '2024-03') //=> true
 * ```
 */
export function findValueCached<T>(p: Parameter<T>, date: string): ParameterReading<T> | undefined {
  let byDate = readingCache.get(p as Parameter)
  if (byDate !== undefined) {
    const hit = byDate.get(date)
    if (hit !== undefined) return (hit ?? undefined) as ParameterReading<T> | undefined
  } else {
    byDate = new BoundedMap(READING_CACHE_SIZE)
    readingCache.set(p as Parameter, byDate)
  }
  const r = findValueAt(p, date)
  byDate.set(date, r === undefined ? null : (Object.freeze(r) as ParameterReading))
  return r
}

/**
 * The value of a parameter in force on a date (`'YYYY-MM-DD'`, or `'YYYY-MM'` for a contribution month),
 * with its citations, confidence and effective dates.
 *
 * - Before 2015-07-01: `BpjsRuleError('DATE_BEFORE_COVERAGE')`; past the horizon: `DATE_AFTER_COVERAGE`.
 * - Not in force on that date: `BpjsRuleError('PARAMETER_NOT_IN_FORCE')`.
 * - Past the value's `reviewDue` (decisions D6) the value is still returned; `isStale(reading)` tells, and
 *   the calculation functions add a `PARAMETER_MAY_BE_OUTDATED` warning.
 *
 * @example
 * ```ts
 * valueAt(jpWageCap, '2024-03').value  //=> '10042300'
 * valueAt(jpWageCap, '2024-02').value  //=> '9559600'
 * valueAt(jpWageCap, '2015-06')        // throws BpjsRuleError DATE_BEFORE_COVERAGE
 * ```
 */
export function valueAt<T>(
  p: Parameter<T>,
  date: string | Date,
  override?: readonly ParameterValue<T>[],
): ParameterReading<T> {
  const r = findValueAt(p, date, override)
  if (r === undefined)
    throw new BpjsRuleError('PARAMETER_NOT_IN_FORCE', { parameterId: p.id, date: lookupDate(date) })
  return r
}

/**
 * True when the reading is past its value's review date (decisions D6).
 *
 * @example
 * ```ts
 * isStale(valueAt(getParameter('jp.wageCap')!, '2026-03-01')) //=> false (the 2026 cap, Rp11,086,300)
 * isStale(valueAt(getParameter('jp.wageCap')!, '2027-06-01')) //=> true (the 2027 cap is not published yet)
 * ```
 */
export function isStale(r: ParameterReading): boolean {
  return r.reviewDue !== undefined && r.date >= r.reviewDue
}
