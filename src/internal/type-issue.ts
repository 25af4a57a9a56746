import { makeIssueIn, type BpjsIssue, type IssuePath } from '../errors.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'
import type { Bilingual, Locale } from '../i18n/types.js'

/*
 * `INVALID_TYPE` issues, apart from src/errors.ts: its message is not among the always-present ones, so an
 * app that never validates a type (one that only formats rupiah) does not carry it.
 */

useMessages(coreInputMessages)

/** The kinds of value an `INVALID_TYPE` issue can expect or receive, named in each language. */
export const TYPE_TERMS: Readonly<Record<string, Bilingual>> = {
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  string: { id: 'teks', en: 'text' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar (array)', en: 'a list (array)' },
  date: { id: 'objek Date', en: 'a Date object' },
  null: { id: 'null', en: 'null' },
  undefined: { id: 'tidak ada nilai', en: 'no value' },
  function: { id: 'fungsi', en: 'a function' },
  bigint: { id: 'bigint', en: 'a bigint' },
  symbol: { id: 'simbol', en: 'a symbol' },
}

/** A kind of value in words of both languages (`'array'` → daftar (array) / a list (array)). */
export function typeTerm(kind: string): Bilingual {
  return Object.prototype.hasOwnProperty.call(TYPE_TERMS, kind) ? TYPE_TERMS[kind]! : { id: kind, en: kind }
}

/**
 * Builds an `INVALID_TYPE` issue: the expected kind (`'array'`, `'number'`, ...) is named in each message's own
 * language; `params.expected` holds it in the caller's locale. `received` is either a kind (named in each
 * language too, as is a bare `typeof` name such as `'string'`) or a value already shown as text (`6`,
 * `"abc"`), the same in both languages.
 */
export function invalidTypeIssue(
  path: IssuePath,
  expected: string,
  received: string | Bilingual,
  locale: Locale = 'id',
): BpjsIssue {
  const term = typeTerm(expected)
  const got =
    typeof received !== 'string'
      ? received
      : Object.prototype.hasOwnProperty.call(TYPE_TERMS, received)
        ? TYPE_TERMS[received]!
        : { id: received, en: received }
  return makeIssueIn(
    path,
    'INVALID_TYPE',
    { id: { expected: term.id, received: got.id }, en: { expected: term.en, received: got.en } },
    locale,
  )
}
