import { bilingualText, englishLoaded, inLocales, textOf } from './i18n/registry.js'
import type { Locale, MessageParams, MessageTexts } from './i18n/types.js'

/** A path into the input object, as zod reports it (`['children', 0, 'birthDate']`). */
export type IssuePath = readonly (string | number)[]

/** One problem found in an input. */
export interface BpjsIssue {
  /** Where the problem is, from the root of the input (`[]` for the input itself). */
  readonly path: IssuePath
  /** A stable code, e.g. `AMOUNT_NEGATIVE` (see the message catalogues). */
  readonly code: string
  /** The message in the locale the caller asked for (Indonesian by default). */
  readonly message: string
  /** The message in Indonesian and, when the English pack is loaded, English. */
  readonly messages: MessageTexts
  /** The values substituted into the message. */
  readonly params: MessageParams
}

/**
 * The locale `messages` can be shown in: the caller's, or Indonesian when English is asked for and absent.
 * English is there whenever a caller could ask for it: every call refuses `locale: 'en'` without the English
 * pack before anything is built (`LOCALE_NOT_LOADED`), so Indonesian stands in only for an error built while
 * that refusal is being reported.
 */
function shownIn(messages: MessageTexts, locale: Locale): Locale {
  return messages.en === undefined ? 'id' : locale
}

/** The text of `messages` in `locale` (one {@link shownIn} gave). */
function textIn(messages: MessageTexts, locale: Locale): string {
  return locale === 'en' && messages.en !== undefined ? messages.en : messages.id
}

/**
 * Throws a `BpjsRuleError` with code `LOCALE_NOT_LOADED` when `locale` is English and the English pack is
 * not loaded (`import 'bpjs-ketenagakerjaan/locales/en'`).
 */
export function requireLocale(locale: Locale): void {
  if (locale === 'en' && !englishLoaded())
    throw new BpjsRuleError('LOCALE_NOT_LOADED', { pack: ENGLISH_PACK, locale: 'en' })
}

/** The module that loads English. */
export const ENGLISH_PACK = 'bpjs-ketenagakerjaan/locales/en'

/** Builds an issue with both languages rendered. */
export function makeIssue(
  path: IssuePath,
  code: string,
  params: MessageParams = {},
  locale: Locale = 'id',
): BpjsIssue {
  const messages = bilingualText(code, params)
  return Object.freeze({
    path: Object.freeze([...path]),
    code,
    message: textIn(messages, locale),
    messages: Object.freeze(messages),
    params: Object.freeze({ ...params }),
  })
}

/**
 * Builds an issue whose substituted values differ by language (a kind of value named in words, a reason
 * written in each language); `params` of the issue holds the values of the caller's locale.
 */
export function makeIssueIn(
  path: IssuePath,
  code: string,
  params: { readonly id: MessageParams; readonly en: MessageParams },
  locale: Locale = 'id',
): BpjsIssue {
  const messages = inLocales((l) => textOf(code, params[l], l))
  const used = shownIn(messages, locale)
  return Object.freeze({
    path: Object.freeze([...path]),
    code,
    message: textIn(messages, used),
    messages: Object.freeze(messages),
    params: Object.freeze({ ...(used === 'en' ? params.en : params.id) }),
  })
}

/** Renders a path as `children[0].birthDate` for messages. */
export function formatPath(path: IssuePath): string {
  let out = ''
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`
  return out === '' ? '(input)' : out
}

/**
 * Thrown when an input is invalid: every problem is listed in `issues`, each with a `path`, a stable
 * `code` and messages in Indonesian and English. Nothing is computed from an invalid input.
 *
 * @example
 * ```ts
 * try { calculateContribution({ category: 'PU', period: '2025-13', wage: -1, jkkRiskClass: 6 }) }
 * catch (e) { if (e instanceof BpjsValidationError) e.issues.map((i) => i.code) }
 * //=> ['PERIOD_INVALID', 'AMOUNT_NEGATIVE', 'INVALID_VALUE']
 * ```
 */
export class BpjsValidationError extends Error {
  override readonly name = 'BpjsValidationError'
  /** Always `'VALIDATION_FAILED'`. */
  readonly code = 'VALIDATION_FAILED'
  /** The problems, in input order. Never empty. */
  readonly issues: readonly BpjsIssue[]
  /** The summary message in Indonesian and, when the English pack is loaded, English. */
  readonly messages: MessageTexts
  /** The locale of `message`. */
  readonly locale: Locale

  constructor(issues: readonly BpjsIssue[], locale: Locale = 'id') {
    const first = issues[0]
    const firstText = (l: Locale) =>
      first === undefined ? '' : `${formatPath(first.path)}: ${textIn(first.messages, l)}`
    const messages = inLocales((l) =>
      textOf('VALIDATION_FAILED', { count: issues.length, first: firstText(l) }, l),
    )
    const used = shownIn(messages, locale)
    super(textIn(messages, used))
    this.issues = Object.freeze([...issues])
    this.messages = Object.freeze(messages)
    this.locale = used
  }
}

/**
 * Thrown when an input is valid but the law the library knows does not cover it, e.g. a date before
 * 2015-07-01 (`DATE_BEFORE_COVERAGE`) or past the projection horizon (`DATE_AFTER_COVERAGE`). A person who
 * is simply not eligible is a result, never this error.
 */
export class BpjsRuleError extends Error {
  override readonly name = 'BpjsRuleError'
  /** A stable code, e.g. `DATE_BEFORE_COVERAGE`. */
  readonly code: string
  /** The input field the rule was applied to, when there is one. */
  readonly path: IssuePath
  /** The message in Indonesian and, when the English pack is loaded, English. */
  readonly messages: MessageTexts
  /** The values substituted into the message. */
  readonly params: MessageParams
  /** The locale of `message`. */
  readonly locale: Locale

  constructor(code: string, params: MessageParams = {}, path: IssuePath = [], locale: Locale = 'id') {
    const messages = bilingualText(code, params)
    const used = shownIn(messages, locale)
    super(textIn(messages, used))
    this.code = code
    this.path = Object.freeze([...path])
    this.messages = Object.freeze(messages)
    this.params = Object.freeze({ ...params })
    this.locale = used
  }

  /**
   * The same error with its `message` in another locale (the error is otherwise unchanged). English needs the
   * English pack: without it this throws `LOCALE_NOT_LOADED`.
   */
  withLocale(locale: Locale): BpjsRuleError {
    requireLocale(locale)
    return locale === this.locale ? this : new BpjsRuleError(this.code, this.params, this.path, locale)
  }
}
