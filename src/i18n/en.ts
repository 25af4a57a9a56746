/**
 * The English pack: importing this module makes English available to every function of the library
 * (`locale: 'en'` in options, `message(code, params, 'en')`, the `en` text of errors), and exports the
 * English message catalogue: stable code → template with `{param}` placeholders.
 *
 * Indonesian is built in. A browser app that shows English imports this once, at its start; one that never
 * does carries no English text. In Node (`import` or `require` of the package) it is loaded already.
 *
 * @example
 * ```ts
 * import { en } from 'bpjs-ketenagakerjaan/locales/en'
 * en.AMOUNT_NEGATIVE //=> 'An amount cannot be negative.'
 * ```
 * @module
 */
import { enCatalogue } from './en/index.js'
import { useEnglish } from './registry.js'

useEnglish(enCatalogue)

export { enCatalogue as en }
