import { dateTime, showValue } from '../internal/show.js'
import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue, typeTerm } from '../internal/type-issue.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { checkAmount, MAX_AMOUNT_RUPIAH } from '../money/amount.js'
import { checkDate, checkPeriod } from '../time/calendar.js'
import { snapshotInput } from './snapshot.js'

export { snapshotInput, type InputSnapshot } from './snapshot.js'
// a zod issue as the library's issue: src/schemas/issues.ts
export { mapZodIssue } from './issues.js'
import { mapZodIssue, under } from './issues.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages)

/** A checker result: the value or a code with params. */
type Check<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly params: MessageParams }

function custom<T>(check: (v: unknown) => Check<T>) {
  return z.transform((v: unknown, ctx) => {
    const r = check(v)
    if (r.ok) return r.value
    ctx.issues.push({ code: 'custom', message: r.code, params: { ...r.params }, input: v })
    return z.NEVER
  })
}

/**
 * The JSON Schema of each checker zod cannot describe by itself (a transform), in both languages: the JSON
 * Schema files of the package (`bpjs-ketenagakerjaan/schemas/*.json`) describe these fields with it.
 */
export const JSON_FRAGMENTS = new WeakMap<z.core.$ZodType, Readonly<Record<string, unknown>>>()

const MONEY_TEXT = '^[0-9]{1,14}(\\.[0-9]{1,2})?$'

function describeJson<S extends z.core.$ZodType>(schema: S, fragment: Record<string, unknown>): S {
  JSON_FRAGMENTS.set(schema, Object.freeze(fragment))
  return schema
}

/** A money input (number or decimal string) → its exact value in sen. Must be > 0. */
export const moneySen = describeJson(
  custom<number>((v) => {
    const r = checkAmount(v, false)
    return r.ok ? { ok: true, value: r.sen } : r
  }),
  {
    anyOf: [
      { type: 'number', exclusiveMinimum: 0, maximum: MAX_AMOUNT_RUPIAH },
      { type: 'string', pattern: MONEY_TEXT, not: { pattern: '^0+(\\.0{1,2})?$' } },
    ],
    description:
      'Rupiah lebih dari nol: angka, atau teks desimal dengan titik dan paling banyak 2 angka sen (misalnya "5000000.50"). / ' +
      'Rupiah above zero: a number, or decimal text with a point and at most 2 decimals (e.g. "5000000.50").',
  },
)

/** A money input that may be zero → sen. */
export const moneySenOrZero = describeJson(
  custom<number>((v) => {
    const r = checkAmount(v, true)
    return r.ok ? { ok: true, value: r.sen } : r
  }),
  {
    anyOf: [
      { type: 'number', minimum: 0, maximum: MAX_AMOUNT_RUPIAH },
      { type: 'string', pattern: MONEY_TEXT },
    ],
    description:
      'Rupiah nol atau lebih: angka, atau teks desimal (misalnya "0" atau "5000000.50"). / ' +
      'Rupiah, zero or more: a number, or decimal text (e.g. "0" or "5000000.50").',
  },
)

/** A contribution month `'YYYY-MM'`. */
export const period = describeJson(custom<string>(checkPeriod), {
  type: 'string',
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
  description: 'Bulan iuran YYYY-MM (misalnya "2025-06"). / Contribution month YYYY-MM (e.g. "2025-06").',
})

/** A calendar date `'YYYY-MM-DD'` or a `Date` → `'YYYY-MM-DD'`. */
export const isoDate = describeJson(custom<string>(checkDate), {
  type: 'string',
  format: 'date',
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  description:
    'Tanggal kalender YYYY-MM-DD yang ada (dalam JavaScript juga objek Date). / ' +
    'An existing calendar date YYYY-MM-DD (in JavaScript also a Date object).',
})

/** A whole number in [min, max]; `-0` is read as `0` (a `-0` would leak into results and JSON). */
export function intIn(min: number, max: number) {
  return z.int().check(
    z.minimum(min),
    z.maximum(max),
    z.overwrite((v) => v + 0),
  )
}

/**
 * Refuses what zod cannot see (see {@link snapshotInput}): objects that are not plain, own keys
 * `__proto__` / `constructor` / `prototype`, unreadable values, absurd nesting. Kept for callers that only
 * need the issues.
 */
export function checkPlain(
  value: unknown,
  path: (string | number)[],
  issues: BpjsIssue[],
  locale: Locale,
): void {
  issues.push(...snapshotInput(value, path, locale).issues)
}

/** Drops repeated issues (same path and code), keeping the first. */
export function uniqueIssues(issues: readonly BpjsIssue[]): BpjsIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${JSON.stringify(i.path)}|${i.code}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** What {@link inspectWith} found: the parsed value when there is no issue, and every issue otherwise. */
export interface Inspection<T> {
  /** The parsed value, or `undefined` when `issues` is not empty. */
  readonly data: T | undefined
  /** Every problem of the input, in one list. */
  readonly issues: BpjsIssue[]
  /** The plain copy the schema read (see {@link snapshotInput}). */
  readonly input: unknown
  /**
   * The fields (keys directly under the input) at or under which the plain copy refused a value (a class
   * instance, a typed array, a throwing getter …): present but invalid, although the copy holds `undefined`
   * there (see {@link partialWith}).
   */
  readonly refused: ReadonlySet<string>
}

/**
 * Validates `input` with `schema` in one pass and returns every problem instead of throwing: the plain
 * copy's own problems (see {@link snapshotInput}) and every issue of the schema, without repeating a
 * problem already reported at or above its path. A genuine `Date` is accepted only where the schema reads a
 * date: in any other place (an object such as `funeralArrangedBy`, a child) it is `INVALID_TYPE`.
 */
export function inspectWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  base: readonly (string | number)[] = [],
): Inspection<z.core.output<S>> {
  const snap = snapshotInput(input, base, locale)
  const value = snap.value
  const refused = new Set<string>()
  for (const b of snap.blocked) {
    const key = b[base.length]
    if (typeof key === 'string') refused.add(key)
  }
  if (
    snap.blocked.some((p) => p.length === base.length) ||
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    dateTime(value) !== undefined
  ) {
    const issues =
      snap.issues.length > 0 ? snap.issues : [makeIssue([...base], 'INPUT_NOT_OBJECT', {}, locale)]
    return { data: undefined, issues, input: value, refused }
  }
  const r = z.safeParse(schema, value, { reportInput: true })
  const issues = [...snap.issues]
  const dateMisplaced = (path: readonly (string | number)[]) =>
    invalidTypeIssue(path, 'object', typeTerm('date'), locale)
  if (!r.success)
    for (const zi of r.error.issues)
      for (const i of mapZodIssue(zi, base, locale)) {
        if (snap.blocked.some((b) => under(i.path, b))) continue
        const date = snap.dates.find((d) => under(i.path, d, true))
        issues.push(date === undefined ? i : dateMisplaced(date))
      }
  else
    for (const d of snap.dates) {
      // on success, a Date the schema read as an object (not as a date) became an object in the output
      let out: unknown = r.data
      for (const seg of d.slice(base.length))
        out = (out as Record<string | number, unknown> | undefined)?.[seg]
      if (typeof out !== 'string') issues.push(dateMisplaced(d))
    }
  const all = uniqueIssues(issues)
  return {
    data: all.length === 0 ? (r.data as z.core.output<S>) : undefined,
    issues: all,
    input: value,
    refused,
  }
}

const NO_KEYS: ReadonlySet<string> = new Set()

/**
 * The fields of an object input read one by one with the schemas of `shape`: the valid ones with their
 * parsed values, and the names of the present but invalid ones (with the fields the plain copy `refused`,
 * see {@link Inspection.refused}). Cross-field checks run on it when the input as a whole is invalid, so
 * that their problems are reported with the schema's in one pass.
 */
export function partialWith(
  shape: Readonly<Record<string, z.core.$ZodType>>,
  raw: unknown,
  refused: ReadonlySet<string> = NO_KEYS,
): { partial: Record<string, unknown>; invalid: Set<string> } {
  const partial: Record<string, unknown> = {}
  const invalid = new Set<string>()
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { partial, invalid }
  const fields = raw as Record<string, unknown>
  for (const [key, schema] of Object.entries(shape)) {
    // a value the plain copy refused is given, and invalid (the copy holds `undefined` in its place)
    if (refused.has(key)) invalid.add(key)
    if (fields[key] === undefined) continue
    const r = z.safeParse(schema, fields[key])
    if (r.success) partial[key] = r.data
    else invalid.add(key)
  }
  return { partial, invalid }
}

/**
 * Validates `input` with `schema` (see {@link inspectWith}) and returns the parsed value, or throws one
 * `BpjsValidationError` listing every problem. Never returns a half-checked value.
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  base: readonly (string | number)[] = [],
): z.core.output<S> {
  const r = inspectWith(schema, input, locale, base)
  if (r.issues.length > 0) throw new BpjsValidationError(r.issues, locale)
  return r.data as z.core.output<S>
}

/**
 * Runs each validation step even when an earlier one fails and throws one `BpjsValidationError` with the
 * issues of all of them (input issues first, then options): the caller fixes everything at once. Any other
 * exception propagates unchanged.
 *
 * @example
 * ```ts
 * const [a, b] = allChecks('en', () => parseA(input), () => resolveOptions(options))
 * ```
 */
export function allChecks<A, B>(
  locale: Locale,
  first: () => A,
  second: () => B,
  /**
   * Checks of the input that need valid options (those made by the rules, e.g. a program not available to
   * the category that month): run with the library's own options when only the options were refused, so
   * that their issues come in the same error. Any other error they throw is ignored here.
   */
  ruleChecks?: (a: A) => void,
): [A, B] {
  const issues: BpjsIssue[] = []
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f()
    } catch (e) {
      if (!(e instanceof BpjsValidationError)) throw e
      issues.push(...e.issues)
      return undefined
    }
  }
  const a = attempt(first)
  const inputIssues = issues.length
  const b = attempt(second)
  if (issues.length > inputIssues && inputIssues === 0 && ruleChecks !== undefined)
    try {
      ruleChecks(a as A)
    } catch (e) {
      if (e instanceof BpjsValidationError) issues.push(...e.issues)
    }
  if (issues.length > 0) throw new BpjsValidationError(uniqueIssues(issues), locale)
  return [a as A, b as B]
}

const RATE_INPUT = /^(0|1)(\.\d{1,12})?$/

/**
 * A rate input in [0, 1] (number or decimal string, at most 12 decimal places), e.g. an annual mortality
 * rate `'0.0035'` → its canonical decimal string.
 */
export const rateInput = describeJson(
  custom<string>((v) => {
    const text = typeof v === 'number' && Number.isFinite(v) && v >= 0 ? String(v) : v
    if (
      typeof text !== 'string' ||
      !RATE_INPUT.test(text) ||
      (text.startsWith('1') && /[1-9]/.test(text.slice(2)))
    )
      return {
        ok: false,
        code: v === undefined ? 'REQUIRED' : 'RATE_INVALID',
        params: { value: showValue(v) },
      }
    return { ok: true, value: text }
  }),
  {
    anyOf: [
      { type: 'number', minimum: 0, maximum: 1 },
      { type: 'string', pattern: '^(0(\\.[0-9]{1,12})?|1(\\.0{1,12})?)$' },
    ],
    description:
      'Tarif antara 0 dan 1, paling banyak 12 angka desimal (misalnya "0.0035"). / ' +
      'A rate between 0 and 1, at most 12 decimals (e.g. "0.0035").',
  },
)
