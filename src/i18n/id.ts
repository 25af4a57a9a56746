/**
 * The Indonesian message catalogue (default locale): stable code → template with `{param}` placeholders.
 *
 * @example
 * ```ts
 * import { id } from 'bpjs-ketenagakerjaan/locales/id'
 * id.AMOUNT_NEGATIVE //=> 'Jumlah uang tidak boleh negatif.'
 * ```
 * @module
 */
export { idCatalogue as id } from './catalogues.js'
