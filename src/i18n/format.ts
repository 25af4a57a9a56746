import { idCatalogue } from './catalogues.js'
import { fillTemplate, templateOf } from './registry.js'
import { requireLocale } from '../errors.js'
import type { Locale, MessageParams } from './types.js'

export { fillTemplate }

/**
 * Renders the message `code` in `locale`. An unknown code renders as the code itself, so a missing
 * translation is visible rather than silent (a test checks every code used has both languages). English
 * needs the English pack (`import 'bpjs-ketenagakerjaan/locales/en'`, loaded already in Node); without it,
 * `locale: 'en'` throws a `BpjsRuleError` with code `LOCALE_NOT_LOADED`.
 *
 * @example
 * ```ts
 * message('REQUIRED') //=> 'Wajib diisi.'
 * message('REQUIRED', {}, 'en') //=> 'Required.'
 * ```
 */
export function message(code: string, params: MessageParams = {}, locale: Locale = 'id'): string {
  requireLocale(locale)
  const template = locale === 'en' ? templateOf(code, 'en') : idCatalogue[code]
  return template === undefined ? code : fillTemplate(template, params, locale)
}
