import { coreBaseMessages } from './messages/core-input.js'
import type { Bilingual, Locale, MessageArea, MessageParams } from './types.js'

/*
 * The messages the library's own errors, warnings and explanations render, by stable code. Every module that
 * writes a message code names the area(s) of its codes with `useMessages(...)` at its top, so a bundler that
 * keeps the module keeps those areas and drops the others: an app importing `formatRupiah` carries the input
 * messages only, one importing `calculateContribution` the contribution messages, never every area's.
 * The texts are the frozen catalogues of src/i18n/messages; a code belongs to one area, so the order in which
 * modules add their areas never changes a text (a test checks every module names the areas of its codes).
 * The messages of `coreBaseMessages` (src/i18n/messages/core-input.ts) are always there.
 * The public `message()` and the `locales/*` catalogues keep every area (src/i18n/catalogues.ts).
 */
const texts: { readonly id: Record<string, string>; readonly en: Record<string, string> } = {
  id: Object.create(null) as Record<string, string>,
  en: Object.create(null) as Record<string, string>,
}

/** Makes the messages of `areas` available to the library's errors, warnings and explanations. */
export function useMessages(...areas: readonly MessageArea[]): void {
  // adding an area again writes the same texts (a code belongs to one area)
  for (const area of areas) {
    Object.assign(texts.id, area.id)
    Object.assign(texts.en, area.en)
  }
}

useMessages(coreBaseMessages)

/** The template of `code` in `locale`, or `undefined` when no area added so far defines it. */
export function templateOf(code: string, locale: Locale): string | undefined {
  return (locale === 'en' ? texts.en : texts.id)[code]
}

const PLACEHOLDER = /\{(\w+)\}/g

/** Fills `{name}` placeholders of a template; a missing value is left visible as `{name}`. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined
    return v === undefined || v === null ? whole : String(v)
  })
}

/**
 * The message `code` in `locale` from the added areas, as `message()` renders it (an unknown code renders as
 * the code itself, a missing value stays visible as `{name}`).
 */
export function textOf(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  const template = templateOf(code, locale)
  return template === undefined ? code : fillTemplate(template, params)
}

/** {@link textOf} in Indonesian and English. */
export function bilingualText(code: string, params: MessageParams = {}): Bilingual {
  return { id: textOf(code, params, 'id'), en: textOf(code, params, 'en') }
}
