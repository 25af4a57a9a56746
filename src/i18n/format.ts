import { enCatalogue, idCatalogue } from './catalogues.js'
import type { Bilingual, Catalogue, Locale, MessageParams } from './types.js'

const PLACEHOLDER = /\{(\w+)\}/g

/** Fills `{name}` placeholders of a template; a missing value is left visible as `{name}`. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined
    return v === undefined || v === null ? whole : String(v)
  })
}

/** The catalogue of a locale. */
export function catalogueOf(locale: Locale): Catalogue {
  return locale === 'en' ? enCatalogue : idCatalogue
}

/**
 * Renders the message `code` in `locale`. An unknown code renders as the code itself, so a missing
 * translation is visible rather than silent (a test checks every code used has both languages).
 *
 * @example
 * ```ts
 * message('REQUIRED') //=> 'Wajib diisi.'
 * message('REQUIRED', {}, 'en') //=> 'Required.'
 * ```
 */
export function message(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  const template = catalogueOf(locale)[code]
  return template === undefined ? code : fillTemplate(template, params)
}

/** Renders `code` in Indonesian and English. */
export function bilingual(code: string, params: MessageParams = {}): Bilingual {
  return { id: message(code, params, 'id'), en: message(code, params, 'en') }
}
