import { makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { dateTime } from '../internal/show.js'
import { isDateLike } from '../time/calendar.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/** Own keys refused in any input object. */
export const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
/** Nesting deeper than this is refused (no input of the library nests more than five levels). */
const MAX_DEPTH = 12
/** Items of an array copied before the schema reports its length (every schema's limit is lower). */
const MAX_ITEMS = 10_000

/** The caller's length of each copied array that was cut at `MAX_ITEMS + 1` (for `TOO_MANY_ITEMS` `actual`). */
const TRUNCATED = new WeakMap<unknown[], number>()

/** The length the caller gave for an array copied by {@link snapshotInput} (its own length if not cut). */
export function callerLength(copy: unknown[]): number {
  return TRUNCATED.get(copy) ?? copy.length
}

/**
 * What {@link snapshotInput} saw: a plain copy of the caller's value that the schema can read safely, the
 * problems the copy itself found, the paths those problems stand for (a schema issue at or under one of
 * them says the same thing again and is dropped) and the paths of the genuine `Date` objects copied.
 */
export interface InputSnapshot {
  readonly value: unknown
  readonly issues: BpjsIssue[]
  readonly blocked: (readonly (string | number)[])[]
  readonly dates: (readonly (string | number)[])[]
}

/**
 * Reads the caller's input once into a plain copy, so that validation and calculation see the same values
 * and no hostile object reaches the rules (the decision for exotic but legal objects):
 * - each own enumerable string key is read exactly once (a getter runs once; symbol and non-enumerable
 *   keys are not part of an input, as in JSON);
 * - only plain objects (prototype `Object.prototype` or `null`), plain arrays and genuine `Date` objects are
 *   accepted: a class instance, `Object.create(Date.prototype)`, a `Date` subclass' extra fields or a
 *   Proxy whose prototype is not plain are refused at their path (`INPUT_NOT_OBJECT`,
 *   `DATE_OBJECT_INVALID`);
 * - a genuine `Date` is copied by its time, read with the built-in `getTime` (overridden methods of the
 *   object are never called);
 * - an exception thrown by the caller's own object (a throwing getter, a revoked or invariant-breaking
 *   Proxy) becomes a `VALUE_UNREADABLE` issue at its path, never a raw `TypeError`;
 * - own keys `__proto__` / `constructor` / `prototype` are refused (`FORBIDDEN_KEY`), an array's own
 *   non-index keys are unknown keys, nesting deeper than 12 levels is `TOO_BIG`.
 *
 * @example
 * ```ts
 * snapshotInput({ a: 1, b: new (class X {})() }, [], 'en').issues.map((i) => [i.path, i.code]) //=> [[['b'], 'INPUT_NOT_OBJECT']]
 * ```
 */
export function snapshotInput(
  value: unknown,
  base: readonly (string | number)[],
  locale: Locale,
): InputSnapshot {
  const s: InputSnapshot = { value: undefined, issues: [], blocked: [], dates: [] }
  const refuse = (path: (string | number)[], code: string, params: MessageParams = {}): undefined => {
    s.issues.push(makeIssue(path, code, params, locale))
    s.blocked.push(path)
    return undefined
  }
  const copy = (v: unknown, path: (string | number)[], depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v
    const time = dateTime(v)
    if (time !== undefined) {
      s.dates.push(path)
      return new Date(time)
    }
    if (isDateLike(v)) return refuse(path, 'DATE_OBJECT_INVALID')
    try {
      if (depth > MAX_DEPTH) return refuse(path, 'TOO_BIG', { maximum: `${MAX_DEPTH} levels` })
      if (Array.isArray(v)) {
        // an array may only hold its items: an own key such as `constructor` would reach Array methods
        if (Object.getPrototypeOf(v) !== Array.prototype) return refuse(path, 'INPUT_NOT_OBJECT')
        for (const key of Object.keys(v))
          if (!/^(?:0|[1-9]\d*)$/.test(key)) {
            s.issues.push(
              makeIssue(
                [...path, key],
                FORBIDDEN.has(key) ? 'FORBIDDEN_KEY' : 'UNKNOWN_KEY',
                { key },
                locale,
              ),
            )
            s.blocked.push([...path, key])
          }
        const length = (v as unknown[]).length
        const n = Math.min(length, MAX_ITEMS + 1)
        const out: unknown[] = []
        for (let i = 0; i < n; i++) out.push(read(v, i, path, depth))
        if (n < length) TRUNCATED.set(out, length)
        return out
      }
      const proto = Object.getPrototypeOf(v) as unknown
      if (proto !== Object.prototype && proto !== null) return refuse(path, 'INPUT_NOT_OBJECT')
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(v)) {
        if (FORBIDDEN.has(key)) refuse([...path, key], 'FORBIDDEN_KEY', { key })
        else out[key] = read(v, key, path, depth)
      }
      return out
    } catch {
      return refuse(path, 'VALUE_UNREADABLE')
    }
  }
  const read = (v: object, key: string | number, path: (string | number)[], depth: number): unknown => {
    let item: unknown
    try {
      item = (v as Record<string | number, unknown>)[key]
    } catch {
      return refuse([...path, key], 'VALUE_UNREADABLE')
    }
    return copy(item, [...path, key], depth + 1)
  }
  ;(s as { value: unknown }).value = copy(value, [...base], 0)
  return s
}
