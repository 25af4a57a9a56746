import { enCatalogue, idCatalogue } from './catalogues.js'
import { fillTemplate } from './registry.js'
import type { Bilingual, Catalogue, Locale, MessageParams } from './types.js'

export { fillTemplate }

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
