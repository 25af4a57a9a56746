import { dateTime } from '../internal/show.js'
import * as z from 'zod/mini'
import { makeIssue, makeIssueIn, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue, typeTerm } from '../internal/type-issue.js'
import type { Bilingual, Locale, MessageParams } from '../i18n/types.js'
import { callerLength, FORBIDDEN } from './snapshot.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages)

/*
 * A zod issue as the library's issue (`BpjsIssue`: path, code, bilingual message), with the value shown
 * safely and the kind of a wrong value named in each language.
 */

/** A value shown for a message, the same in both languages (`6`, `"abc"`) or a kind named in each. */
function describe(v: unknown): string | Bilingual {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v)
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)
  if (typeof v === 'boolean') return String(v)
  if (v === null) return typeTerm('null')
  if (Array.isArray(v)) return typeTerm('array')
  if (dateTime(v) !== undefined) return typeTerm('date')
  return typeTerm(typeof v)
}

/** Does `path` lie at or under `prefix`? */
export function under(
  path: readonly (string | number)[],
  prefix: readonly (string | number)[],
  strict = false,
): boolean {
  if (path.length < prefix.length || (strict && path.length === prefix.length)) return false
  return prefix.every((seg, i) => path[i] === seg)
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
      return [invalidValueIssue(path, 'INVALID_VALUE', {}, input, issue.values, locale)]
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
          invalidValueIssue(
            path,
            'INVALID_DISCRIMINANT',
            { field: disc },
            received,
            (issue as { options?: unknown[] }).options ?? [],
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
            { max: Number(issue.maximum), actual: Array.isArray(input) ? callerLength(input) : '?' },
            locale,
          ),
        ]
      if (issue.origin === 'string')
        return [makeIssue(path, 'STRING_TOO_LONG', { maximum: String(issue.maximum) }, locale)]
      return [makeIssue(path, 'TOO_BIG', { maximum: String(issue.maximum) }, locale)]
    case 'not_multiple_of':
      return [makeIssue(path, 'INTEGER_EXPECTED', {}, locale)]
    default:
      return [invalidValueIssue(path, 'INVALID_VALUE', {}, input, [], locale)]
  }
}

/** An `INVALID_VALUE`-like issue: the received value shown in each language, the allowed values listed. */
function invalidValueIssue(
  path: readonly (string | number)[],
  code: string,
  params: MessageParams,
  received: unknown,
  allowed: readonly unknown[],
  locale: Locale,
): BpjsIssue {
  const shown = describe(received)
  const got = typeof shown === 'string' ? { id: shown, en: shown } : shown
  const options = allowed.length > 0 ? allowed.map((v) => JSON.stringify(v)).join(', ') : '—'
  return makeIssueIn(
    path,
    code,
    { id: { ...params, received: got.id, options }, en: { ...params, received: got.en, options } },
    locale,
  )
}
