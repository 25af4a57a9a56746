import { showValue } from '../internal/show.js'
import * as z from 'zod/mini'
import { BpjsValidationError, invalidTypeIssue, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { checkAmount } from '../money/amount.js'
import { checkDate, checkPeriod } from '../time/calendar.js'

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

/** A money input (number or decimal string) → its exact value in sen. Must be > 0. */
export const moneySen = custom<number>((v) => {
  const r = checkAmount(v, false)
  return r.ok ? { ok: true, value: r.sen } : r
})

/** A money input that may be zero → sen. */
export const moneySenOrZero = custom<number>((v) => {
  const r = checkAmount(v, true)
  return r.ok ? { ok: true, value: r.sen } : r
})

/** A contribution month `'YYYY-MM'`. */
export const period = custom<string>(checkPeriod)

/** A calendar date `'YYYY-MM-DD'` or a `Date` → `'YYYY-MM-DD'`. */
export const isoDate = custom<string>(checkDate)

/** A whole number in [min, max]; `-0` is read as `0` (a `-0` would leak into results and JSON). */
export function intIn(min: number, max: number) {
  return z.int().check(
    z.minimum(min),
    z.maximum(max),
    z.overwrite((v) => v + 0),
  )
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Refuses what zod cannot see: objects that are not plain (class instances, objects with a polluted
 * prototype), own keys `__proto__` / `constructor` / `prototype`, cycles and absurd nesting.
 */
export function checkPlain(
  value: unknown,
  path: (string | number)[],
  issues: BpjsIssue[],
  locale: Locale,
  depth = 0,
): void {
  if (value === null || typeof value !== 'object' || value instanceof Date) return
  if (depth > 12) {
    issues.push(makeIssue(path, 'TOO_BIG', { maximum: '12 levels' }, locale))
    return
  }
  if (Array.isArray(value)) {
    if (value.length > 10_000) return // zod reports the length limit
    // an array may only hold its items: an own key such as `constructor` would reach Array methods
    if (Object.getPrototypeOf(value) !== Array.prototype) {
      issues.push(makeIssue(path, 'INPUT_NOT_OBJECT', {}, locale))
      return
    }
    for (const key of Object.keys(value))
      if (!/^(?:0|[1-9]\d*)$/.test(key))
        issues.push(
          makeIssue([...path, key], FORBIDDEN.has(key) ? 'FORBIDDEN_KEY' : 'UNKNOWN_KEY', { key }, locale),
        )
    value.forEach((v, i) => checkPlain(v, [...path, i], issues, locale, depth + 1))
    return
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) {
    issues.push(makeIssue(path, 'INPUT_NOT_OBJECT', {}, locale))
    return
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) issues.push(makeIssue([...path, key], 'FORBIDDEN_KEY', { key }, locale))
    else checkPlain((value as Record<string, unknown>)[key], [...path, key], issues, locale, depth + 1)
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN'
  if (typeof v === 'string') return v.length > 30 ? `"${v.slice(0, 30)}…"` : `"${v}"`
  if (typeof v === 'object') return 'object'
  return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${String(v)}` : typeof v
}

/** Maps one zod issue to the library's issues (stable codes, both languages). */
export function mapZodIssue(
  issue: z.core.$ZodIssue,
  base: readonly (string | number)[],
  locale: Locale,
): BpjsIssue[] {
  const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
  const input = (issue as { input?: unknown }).input
  switch (issue.code) {
    case 'custom': {
      const params = (issue as { params?: MessageParams }).params ?? {}
      return [makeIssue(path, issue.message, params, locale)]
    }
    case 'invalid_type': {
      if (input === undefined) return [makeIssue(path, 'REQUIRED', {}, locale)]
      if (issue.expected === 'int' && typeof input === 'number')
        return [
          makeIssue(path, Number.isFinite(input) ? 'INTEGER_EXPECTED' : 'AMOUNT_NOT_FINITE', {}, locale),
        ]
      return [invalidTypeIssue(path, issue.expected, describe(input), locale)]
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        makeIssue([...path, key], FORBIDDEN.has(key) ? 'FORBIDDEN_KEY' : 'UNKNOWN_KEY', { key }, locale),
      )
    case 'invalid_value':
      if (input === undefined) return [makeIssue(path, 'REQUIRED', {}, locale)]
      return [
        makeIssue(
          path,
          'INVALID_VALUE',
          { received: describe(input), options: issue.values.map((v) => JSON.stringify(v)).join(', ') },
          locale,
        ),
      ]
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string; options?: unknown[] }).discriminator
      if (disc !== undefined) {
        if (
          input === undefined ||
          (input !== null &&
            typeof input === 'object' &&
            (input as Record<string, unknown>)[disc] === undefined)
        )
          return [makeIssue(disc === path[path.length - 1] ? path : [...path], 'REQUIRED', {}, locale)]
        const received =
          input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[disc] : input
        return [
          makeIssue(
            path,
            'INVALID_DISCRIMINANT',
            {
              field: disc,
              received: describe(received),
              options: ((issue as { options?: unknown[] }).options ?? [])
                .map((o) => JSON.stringify(o))
                .join(', '),
            },
            locale,
          ),
        ]
      }
      const inner = issue.errors.flat()
      return inner.length > 0
        ? inner.flatMap((i) => mapZodIssue(i, path, locale))
        : [invalidTypeIssue(path, '?', describe(input), locale)]
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return [makeIssue(path, 'TOO_FEW_ITEMS', { minimum: String(issue.minimum) }, locale)]
      return [makeIssue(path, 'TOO_SMALL', { minimum: String(issue.minimum) }, locale)]
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return [
          makeIssue(
            path,
            'TOO_MANY_ITEMS',
            { max: Number(issue.maximum), actual: Array.isArray(input) ? input.length : '?' },
            locale,
          ),
        ]
      if (issue.origin === 'string')
        return [makeIssue(path, 'STRING_TOO_LONG', { maximum: String(issue.maximum) }, locale)]
      return [makeIssue(path, 'TOO_BIG', { maximum: String(issue.maximum) }, locale)]
    case 'not_multiple_of':
      return [makeIssue(path, 'INTEGER_EXPECTED', {}, locale)]
    default:
      return [makeIssue(path, 'INVALID_VALUE', { received: describe(input), options: '—' }, locale)]
  }
}

/**
 * Validates `input` with `schema` (after the plain-object check) and returns the parsed value, or throws
 * one `BpjsValidationError` listing every problem. Never returns a half-checked value.
 */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  base: readonly (string | number)[] = [],
): z.core.output<S> {
  const issues: BpjsIssue[] = []
  checkPlain(input, [...base], issues, locale)
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new BpjsValidationError([makeIssue([...base], 'INPUT_NOT_OBJECT', {}, locale)], locale)
  }
  const r = z.safeParse(schema, input, { reportInput: true })
  if (r.success) return r.data
  throw new BpjsValidationError(
    r.error.issues.flatMap((i) => mapZodIssue(i, base, locale)),
    locale,
  )
}

const RATE_INPUT = /^(0|1)(\.\d{1,12})?$/

/**
 * A rate input in [0, 1] (number or decimal string, at most 12 decimal places), e.g. an annual mortality
 * rate `'0.0035'` → its canonical decimal string.
 */
export const rateInput = custom<string>((v) => {
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
})
