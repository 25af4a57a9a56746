/**
 * The English message catalogue: stable code → template with `{param}` placeholders.
 *
 * @example
 * ```ts
 * import { en } from 'bpjs-ketenagakerjaan/locales/en'
 * en.AMOUNT_NEGATIVE //=> 'An amount cannot be negative.'
 * ```
 * @module
 */
export { enCatalogue as en } from './catalogues.js'
