import { coreBaseMessages } from './messages/core-input.js'
import type { Catalogue, Locale, MessageArea, MessageParams, MessageTexts } from './types.js'

/*
 * The messages the library's own errors, warnings and explanations render, by stable code. Every module that
 * writes a message code names the area(s) of its codes with `useMessages(...)` at its top, so a bundler that
 * keeps the module keeps those areas' Indonesian texts and drops the others: an app importing `formatRupiah`
 * carries the input messages only, one importing `calculateContribution` the contribution messages, never
 * every area's. The texts are the frozen catalogues of src/i18n/messages; a code belongs to one area, so the
 * order in which modules add their areas never changes a text (a test checks every module names the areas of
 * its codes). The messages of `coreBaseMessages` (src/i18n/messages/core-input.ts) are always there.
 *
 * English is a pack: `import 'bpjs-ketenagakerjaan/locales/en'` (src/i18n/en.ts) hands every area's English
 * texts to `useEnglish` once. The Node and CommonJS builds load it themselves; a browser bundle that never
 * imports it carries no English text, and a call asking for `locale: 'en'` there is refused with
 * `LOCALE_NOT_LOADED` (src/schemas/options.ts), never answered in another language.
 */
const texts: { readonly id: Record<string, string>; en?: Catalogue } = {
  id: Object.create(null) as Record<string, string>,
}

/** Makes the Indonesian messages of `areas` available to the library's errors, warnings and explanations. */
export function useMessages(...areas: readonly MessageArea[]): void {
  // adding an area again writes the same texts (a code belongs to one area)
  for (const area of areas) Object.assign(texts.id, area.id)
}

useMessages(coreBaseMessages)

/** Makes English available: every area's English texts (the `locales/en` pack calls this once). */
export function useEnglish(catalogue: Catalogue): void {
  texts.en = catalogue
}

/** Whether the English pack is loaded, so that `locale: 'en'` can be rendered. */
export function englishLoaded(): boolean {
  return texts.en !== undefined
}

/**
 * The template of `code` in `locale`, or `undefined` when no area added so far defines it (in English: when
 * the pack is not loaded either).
 */
export function templateOf(code: string, locale: Locale): string | undefined {
  return locale === 'en' ? texts.en?.[code] : texts.id[code]
}

/**
 * A placeholder of a template: `{name}`, the value as given, or `{name:n}`, a decimal number written in the
 * message's language (see {@link placeholderText}).
 */
export const PLACEHOLDER = /\{(\w+)(:n)?\}/g

/**
 * The text of a placeholder's value. With `decimal` (the `:n` of `{name:n}`, any truthy value), a decimal
 * number is written with the decimal sign of `locale`: a comma in Indonesian (`0,7`, `73,3%`), a point in
 * English; any other value is shown as given. Values stay plain numbers and texts in `params` (a caller
 * rendering its own text reads them unchanged); only the templates say which value is a number to write in
 * the reader's language.
 *
 * @example
 * ```ts
 * placeholderText('0.7', ':n', 'id') //=> '0,7'
 * placeholderText('0.7', ':n', 'en') //=> '0.7'
 * placeholderText('0.0024', '', 'id') //=> '0.0024' (a text quoted as given, e.g. an invalid input)
 * ```
 */
export function placeholderText(v: string | number | boolean, decimal: unknown, locale: Locale): string {
  const text = String(v)
  // a decimal number's text (digits, a point, digits, an optional `%`): its point becomes a comma
  return decimal && locale === 'id' ? text.replace(/^(-?\d+)\.(\d+%?)$/, '$1,$2') : text
}

/**
 * Fills the placeholders of a template (`{name}`, `{name:n}`) for `locale`; a missing value is left visible
 * as written.
 */
export function fillTemplate(template: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  return template.replace(PLACEHOLDER, (whole, name: string, decimal: string | undefined) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined
    return v === undefined || v === null ? whole : placeholderText(v, decimal, locale)
  })
}

/**
 * The message `code` in `locale` from the added areas, as `message()` renders it (an unknown code renders as
 * the code itself, a missing value stays visible as `{name}`). Callers ask for English only once they know
 * the pack is loaded.
 */
export function textOf(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  const template = templateOf(code, locale)
  return template === undefined ? code : fillTemplate(template, params, locale)
}

/** A text rendered in Indonesian and, when the English pack is loaded, English. */
export function inLocales(render: (locale: Locale) => string): MessageTexts {
  const id = render('id')
  return texts.en === undefined ? { id } : { id, en: render('en') }
}

/** {@link textOf} in Indonesian and, when the English pack is loaded, English. */
export function bilingualText(code: string, params: MessageParams = {}): MessageTexts {
  return inLocales((l) => textOf(code, params, l))
}
