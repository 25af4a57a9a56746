import { tooManyItemsIssue } from '../internal/limits.js'
import { showValue } from '../internal/show.js'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue } from '../internal/type-issue.js'
import type { Locale } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { snapshotInput } from '../schemas/snapshot.js'
import { checkDate } from '../time/calendar.js'
import { COVERAGE } from './coverage.js'
import type { Parameter, ParameterOverride, ParameterValue } from './types.js'
import { checkValue } from './override-value.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/*
 * A caller's parameter overrides (`options.parameters`): dated entries or a plain value, checked against the
 * parameter's unit and shape, compiled once into dated values (`replace` or `append` to the library's
 * history) that a lookup (`findValueAt` in `lookup.ts`) trusts as they are. The values that came from a
 * caller are marked, so a reading says `overridden`.
 */

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
export function checkedOverride<T>(p: Parameter<T>, override: unknown): readonly ParameterValue<T>[] {
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

/** Whether a dated value came from a caller's override (the rest of a merged history is the library's). */
export function isOverrideValue(v: ParameterValue<unknown>): boolean {
  return OVERRIDE_VALUES.has(v)
}
