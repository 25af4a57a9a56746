import { tooManyItemsIssue } from '../internal/limits.js'
import { showValue } from '../internal/show.js'
import {
  BpjsRuleError,
  BpjsValidationError,
  invalidTypeIssue,
  makeIssue,
  makeIssueIn,
  type BpjsIssue,
} from '../errors.js'
import { message } from '../i18n/format.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { snapshotInput } from '../schemas/snapshot.js'
import { checkDate, checkPeriod } from '../time/calendar.js'
import { COVERAGE } from './coverage.js'
import type { Parameter, ParameterOverride, ParameterReading, ParameterValue } from './types.js'
import { BoundedMap, weakCache } from '../internal/cache.js'

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
  return v === undefined
    ? undefined
    : Object.freeze(reading(p, v, iso, OVERRIDE_VALUES.has(v as ParameterValue<unknown>)))
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

/** Dated override values compiled by {@link compileOverride} (a lookup trusts them as they are). */
const COMPILED = new WeakSet<readonly ParameterValue<unknown>[]>()
/** Values that came from a caller's override (the rest of a merged history is the library's). */
const OVERRIDE_VALUES = new WeakSet<ParameterValue<unknown>>()
/** Keys of a dated override entry. */
const ENTRY_KEYS = new Set(['from', 'to', 'value'])
/** Keys of a `ParameterValue` given directly to `valueAt` / `findValueAt` (its metadata is not read). */
const VALUE_KEYS = new Set([
  'from',
  'to',
  'value',
  'legal',
  'confidence',
  'lastVerifiedOn',
  'reviewDue',
  'note',
])
const MAX_DATED = 200
/** The citations of a caller's value: none (the reading says `confidence: 'override'`). */
const NO_CITATIONS: readonly never[] = Object.freeze([])

type Path = readonly (string | number)[]
type Compiled<T> = { ok: true; values: readonly ParameterValue<T>[] } | { ok: false; issues: BpjsIssue[] }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** The day before / after an ISO date (calendar arithmetic in UTC, no clock). */
function shiftDay(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days)
  return new Date(t).toISOString().slice(0, 10)
}

/**
 * Validates a caller's override as data and compiles it to dated values:
 * - one value (`'12000000'`, a table) replaces the parameter on every date;
 * - `{ values: [{ from, to?, value }], mode? }`: `mode: 'append'` (the default) merges the values into the
 *   library's history from their dates (the library's values stand outside the spans they cover);
 *   `mode: 'replace'` makes them the whole history.
 *
 * Every problem is an issue at its path under `path` (`options.parameters.<id>` for a call): an entry's
 * unknown key (`until` for `to`), a missing `value`, a date that does not exist, `to` before `from`, entries
 * out of order or overlapping, a hole in the array, a value that does not fit the parameter (a rate, whole
 * rupiah, a whole number, a flag, a date, or a table of the same shape as the library's values, with no
 * unknown key, no missing key, no NaN and only words the library's own table uses).
 *
 * @example
 * ```ts
 * const c = compileOverride(jpWageCap, { values: [{ from: '2027-03-01', value: '11600000' }] })
 * c.ok && valueAt(jpWageCap, '2024-03', c.values).value //=> '10042300' (the library's own value)
 * c.ok && valueAt(jpWageCap, '2027-03', c.values).value //=> '11600000' (the override, from its date)
 * compileOverride(jpWageCap, { values: [{ from: '2027-03-01', until: '2028-02-29', value: '1' }] }).ok //=> false (UNKNOWN_KEY until)
 * ```
 */
export function compileOverride<T>(
  p: Parameter<T>,
  o: ParameterOverride,
  path: Path = [],
  locale: Locale = 'id',
): Compiled<T> {
  const issues: BpjsIssue[] = []
  const datedForm =
    isRecord(o) &&
    Object.prototype.hasOwnProperty.call(o, 'values') &&
    Object.keys(o).every((k) => k === 'values' || k === 'mode')
  if (!datedForm) {
    const value = checkValue(p, o, path, locale, issues)
    if (issues.length > 0) return { ok: false, issues }
    return finish(p, [{ from: COVERAGE.start, value: value as T }], 'replace')
  }
  const mode = (o as { mode?: unknown }).mode ?? 'append'
  if (mode !== 'append' && mode !== 'replace')
    issues.push(
      makeIssue(
        [...path, 'mode'],
        'INVALID_VALUE',
        { received: showValue(mode), options: '"append", "replace"' },
        locale,
      ),
    )
  const entries = compileEntries(
    p,
    (o as { values: unknown }).values,
    [...path, 'values'],
    ENTRY_KEYS,
    locale,
    issues,
  )
  if (issues.length > 0 || entries === undefined) return { ok: false, issues }
  return finish(p, entries, mode as 'append' | 'replace')
}

/** Checks dated entries (keys, dates, order, values); pushes issues and returns the entries when sound. */
function compileEntries<T>(
  p: Parameter<T>,
  list: unknown,
  path: Path,
  keys: ReadonlySet<string>,
  locale: Locale,
  issues: BpjsIssue[],
): { from: string; to?: string; value: T }[] | undefined {
  if (!Array.isArray(list)) {
    issues.push(invalidTypeIssue(path, 'array', list === null ? 'null' : typeof list, locale))
    return undefined
  }
  if (list.length === 0 || list.length > MAX_DATED) {
    issues.push(
      list.length === 0
        ? makeIssue(path, 'TOO_FEW_ITEMS', { minimum: '1' }, locale)
        : tooManyItemsIssue(path, MAX_DATED, list.length, locale),
    )
    return undefined
  }
  const out: { from: string; to?: string; value: T }[] = []
  let prevEnd: string | undefined
  const start = issues.length
  for (let i = 0; i < list.length; i++) {
    const at = [...path, i]
    // a hole of a sparse array is not an entry
    const e: unknown = Object.prototype.hasOwnProperty.call(list, i) ? list[i] : undefined
    if (!isRecord(e)) {
      issues.push(
        e === undefined
          ? makeIssue(at, 'REQUIRED', {}, locale)
          : makeIssue(at, 'INPUT_NOT_OBJECT', {}, locale),
      )
      continue
    }
    for (const k of Object.keys(e))
      if (!keys.has(k)) issues.push(makeIssue([...at, k], 'UNKNOWN_KEY', { key: k }, locale))
    const from = e.from === undefined && i === 0 && keys === ENTRY_KEYS ? COVERAGE.start : e.from
    const fromOk = typeof from === 'string' && checkDate(from).ok
    if (!fromOk)
      issues.push(
        makeIssue(
          [...at, 'from'],
          from === undefined ? 'REQUIRED' : 'DATE_INVALID',
          { value: showValue(from) },
          locale,
        ),
      )
    const to = e.to
    if (to !== undefined && !(typeof to === 'string' && checkDate(to).ok))
      issues.push(makeIssue([...at, 'to'], 'DATE_INVALID', { value: showValue(to) }, locale))
    else if (fromOk && typeof to === 'string' && to < (from as string))
      issues.push(
        makeIssue([...at, 'to'], 'PARAMETER_OVERRIDE_TO_BEFORE_FROM', { from: from as string, to }, locale),
      )
    if (!Object.prototype.hasOwnProperty.call(e, 'value') || e.value === undefined)
      issues.push(makeIssue([...at, 'value'], 'REQUIRED', {}, locale))
    const value = e.value === undefined ? undefined : checkValue(p, e.value, [...at, 'value'], locale, issues)
    if (fromOk) {
      if (prevEnd !== undefined && (from as string) <= prevEnd)
        issues.push(
          makeIssue(
            [...at, 'from'],
            'PARAMETER_OVERRIDE_ORDER',
            { from: from as string, previous: prevEnd },
            locale,
          ),
        )
      prevEnd = typeof to === 'string' ? to : '9999-12-31'
    }
    if (issues.length === start)
      out.push({ from: from as string, ...(typeof to === 'string' ? { to } : {}), value: value as T })
  }
  return issues.length === start ? out : undefined
}

/** Freezes compiled values and, in `append` mode, merges them into the library's history. */
function finish<T>(
  p: Parameter<T>,
  entries: readonly { from: string; to?: string; value: T }[],
  mode: 'append' | 'replace',
): Compiled<T> {
  const own = entries.map((e) => {
    const v: { -readonly [K in keyof ParameterValue<T>]: ParameterValue<T>[K] } = {
      from: e.from,
      value: deepFreeze(e.value),
      legal: NO_CITATIONS,
      confidence: 'high',
      lastVerifiedOn: e.from,
    }
    if (e.to !== undefined) v.to = e.to
    const frozen = Object.freeze(v)
    OVERRIDE_VALUES.add(frozen as ParameterValue<unknown>)
    return frozen
  })
  let values: ParameterValue<T>[] = own
  if (mode === 'append') {
    values = [...own]
    // the library's values, clipped to the days no override value covers
    for (const base of p.values) {
      let pieces: { from: string; to?: string }[] = [
        { from: base.from, ...(base.to === undefined ? {} : { to: base.to }) },
      ]
      for (const o of own)
        pieces = pieces.flatMap((piece) => {
          const pieceEnd = piece.to ?? '9999-12-31'
          const oEnd = o.to ?? '9999-12-31'
          if (oEnd < piece.from || o.from > pieceEnd) return [piece]
          const kept: { from: string; to?: string }[] = []
          if (piece.from < o.from) kept.push({ from: piece.from, to: shiftDay(o.from, -1) })
          if (oEnd < pieceEnd)
            kept.push({ from: shiftDay(oEnd, 1), ...(piece.to === undefined ? {} : { to: piece.to }) })
          return kept
        })
      for (const piece of pieces) {
        const v: { -readonly [K in keyof ParameterValue<T>]?: ParameterValue<T>[K] } = {
          ...base,
          from: piece.from,
        }
        if (piece.to === undefined) delete v.to
        else v.to = piece.to
        values.push(Object.freeze(v) as ParameterValue<T>)
      }
    }
    values.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  }
  const frozen = Object.freeze(values)
  COMPILED.add(frozen as readonly ParameterValue<unknown>[])
  return { ok: true, values: frozen }
}

/**
 * Validates an override array given directly to {@link findValueAt} / {@link valueAt}: compiled values are
 * trusted; any other array is checked as data (plain entries, real dates in order without overlap, no hole,
 * values of the parameter's shape) and read as the whole history (`replace`).
 */
function checkedOverride<T>(p: Parameter<T>, override: unknown): readonly ParameterValue<T>[] {
  if (COMPILED.has(override as readonly ParameterValue<unknown>[]))
    return override as readonly ParameterValue<T>[]
  const snap = snapshotInput(override, ['override'], 'id')
  const issues = [...snap.issues]
  if (issues.length === 0) {
    const entries = compileEntries(p, snap.value, ['override'], VALUE_KEYS, 'id', issues)
    if (entries !== undefined && issues.length === 0) {
      const c = finish(p, entries, 'replace')
      if (c.ok) return c.values
    }
  }
  throw new BpjsValidationError(issues)
}

/** Messages for a value that does not fit its parameter, by unit. */
const REASON_BY_UNIT: Readonly<Record<string, string>> = {
  rate: 'OVERRIDE_REASON_RATE',
  rupiah: 'OVERRIDE_REASON_RUPIAH',
  months: 'OVERRIDE_REASON_WHOLE',
  years: 'OVERRIDE_REASON_WHOLE',
  count: 'OVERRIDE_REASON_WHOLE',
  age: 'OVERRIDE_REASON_WHOLE',
  flag: 'OVERRIDE_REASON_FLAG',
  date: 'OVERRIDE_REASON_DATE',
}

const RATE_TEXT = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?)$/
const DECIMAL_TEXT = /^\d{1,15}(?:\.\d{1,12})?$/

/** Checks one override value against the parameter; returns it normalised (numbers of money/rates as text). */
function checkValue<T>(
  p: Parameter<T>,
  v: unknown,
  path: Path,
  locale: Locale,
  issues: BpjsIssue[],
): T | undefined {
  const bad = (reasonCode: string, params: MessageParams = {}): undefined => {
    issues.push(overrideIssue(path, p.id, reasonCode, params, locale))
    return undefined
  }
  switch (p.unit) {
    case 'rate': {
      const t = typeof v === 'number' && Number.isFinite(v) ? String(v) : v
      return typeof t === 'string' && RATE_TEXT.test(t) ? (t as T) : bad(REASON_BY_UNIT.rate!)
    }
    case 'rupiah': {
      const t = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v
      return typeof t === 'string' && /^\d{1,15}$/.test(t) ? (t as T) : bad(REASON_BY_UNIT.rupiah!)
    }
    case 'months':
    case 'years':
    case 'count':
    case 'age':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? ((v + 0) as T) // -0 is read as 0 (it would leak into the explanation)
        : bad(REASON_BY_UNIT[p.unit]!)
    case 'flag':
      return typeof v === 'boolean' ? (v as T) : bad(REASON_BY_UNIT.flag!)
    case 'date':
      return typeof v === 'string' && checkDate(v).ok ? (v as T) : bad(REASON_BY_UNIT.date!)
    default: {
      const before = issues.length
      const copy = checkShape(
        p.id,
        v,
        p.values.map((pv) => pv.value as unknown),
        path,
        locale,
        issues,
      )
      return issues.length === before ? (copy as T) : undefined
    }
  }
}

/** The kind of a data value, for shape checks. */
function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

/**
 * Checks a table value against the library's own values of the parameter (`samples`): the same kinds, the
 * same keys (none unknown, none of the always-present ones missing), finite numbers (whole and ≥ 0 where
 * the library's are), decimal text where the library writes decimal text. A `null` in the library's data
 * ("not settled") admits any JSON primitive: the rule that reads it checks it. Words are not restricted
 * (a caller may name a status or a regime the data has not used yet). Returns a plain copy of the value.
 */
function checkShape(
  id: string,
  v: unknown,
  samples: readonly unknown[],
  path: Path,
  locale: Locale,
  issues: BpjsIssue[],
): unknown {
  const kinds = new Set(samples.map(kindOf))
  const kind = kindOf(v)
  const wildcard = kinds.has('null') && kind !== 'array' && kind !== 'object'
  if (samples.length > 0 && !kinds.has(kind) && !wildcard) {
    issues.push(invalidTypeIssue(path, [...kinds][0]!, kind, locale))
    return undefined
  }
  const same = samples.filter((s) => kindOf(s) === kind)
  switch (kind) {
    case 'number': {
      const n = v as number
      const whole = same.every((s) => Number.isInteger(s))
      const positive = same.every((s) => (s as number) >= 0)
      if (!Number.isFinite(n) || (whole && !Number.isSafeInteger(n)) || (positive && n < 0))
        issues.push(overrideIssue(path, id, 'OVERRIDE_REASON_WHOLE', {}, locale))
      return n
    }
    case 'string': {
      const t = v as string
      const decimal = same.length > 0 && same.every((s) => DECIMAL_TEXT.test(s as string))
      if (decimal && !DECIMAL_TEXT.test(t))
        issues.push(overrideIssue(path, id, 'OVERRIDE_REASON_DECIMAL', {}, locale))
      else if (t.length > 200) issues.push(makeIssue(path, 'STRING_TOO_LONG', { maximum: '200' }, locale))
      return t
    }
    case 'array': {
      const items = same.flatMap((s) => s as unknown[])
      return (v as unknown[]).map((x, i) =>
        items.length === 0
          ? checkShape(id, x, [null], [...path, i], locale, issues)
          : checkShape(id, x, items, [...path, i], locale, issues),
      )
    }
    case 'object': {
      const o = v as Record<string, unknown>
      const recs = same as Record<string, unknown>[]
      const known = new Set(recs.flatMap((r) => Object.keys(r)))
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(o)) {
        if (!known.has(k)) {
          issues.push(makeIssue([...path, k], 'UNKNOWN_KEY', { key: k }, locale))
          continue
        }
        const at = recs.filter((r) => Object.prototype.hasOwnProperty.call(r, k)).map((r) => r[k])
        out[k] = checkShape(id, o[k], at, [...path, k], locale, issues)
      }
      for (const k of known)
        if (
          recs.every((r) => Object.prototype.hasOwnProperty.call(r, k)) &&
          !Object.prototype.hasOwnProperty.call(o, k)
        )
          issues.push(makeIssue([...path, k], 'REQUIRED', {}, locale))
      return out
    }
    default:
      return v
  }
}

/** A `PARAMETER_OVERRIDE_INVALID` issue whose reason is written in each language. */
function overrideIssue(
  path: Path,
  parameterId: string,
  reasonCode: string,
  params: MessageParams,
  locale: Locale,
): BpjsIssue {
  return makeIssueIn(
    path,
    'PARAMETER_OVERRIDE_INVALID',
    {
      id: { parameterId, reason: message(reasonCode, params, 'id') },
      en: { parameterId, reason: message(reasonCode, params, 'en') },
    },
    locale,
  )
}
