import { showValue } from '../internal/show.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import { coreParseMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreParseMessages)

// parseRupiah apart from formatRupiah (re-exported by format.ts): an app formatting amounts carries neither
// the parser nor its message

const RUPIAH_TEXT = /^(-)?\s*(?:(?:rp|idr)\.?\s*)?(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?$/i

/** {@link parseRupiah} without throwing: the decimal string, or `undefined`. */
export function tryParseRupiah(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined
  const m = RUPIAH_TEXT.exec(text.trim())
  if (m === null) return undefined
  const [, sign1, sign2, grouped = '', frac] = m
  if (sign1 !== undefined && sign2 !== undefined) return undefined
  const int = grouped.replace(/\./g, '').replace(/^0+(?=\d)/, '')
  const sen = frac === undefined || frac.startsWith('-') ? '' : frac.padEnd(2, '0')
  const neg = (sign1 ?? sign2) !== undefined && !(/^0+$/.test(int) && /^0*$/.test(sen))
  return `${neg ? '-' : ''}${int}${sen === '' || sen === '00' ? '' : `.${sen}`}`
}

/**
 * Reads an Indonesian-formatted rupiah text into a plain decimal string that the calculation functions
 * accept. Accepts `Rp`/`IDR` (with or without a dot or space), dots between thousands, a comma before
 * sen, and the `,-` ending. Refuses English grouping (`5,000,000`) and anything ambiguous.
 *
 * @example
 * ```ts
 * parseRupiah('Rp5.000.000,50')  //=> '5000000.50'
 * parseRupiah('Rp 16.800,-')     //=> '16800'
 * parseRupiah('5.000.000')       //=> '5000000'
 * ```
 * @throws {BpjsValidationError} `RUPIAH_UNPARSABLE` when the text is not a rupiah amount.
 */
export function parseRupiah(text: string): string {
  const out = tryParseRupiah(text)
  if (out === undefined) {
    const shown =
      typeof text === 'string' ? (text.length > 40 ? `${text.slice(0, 40)}…` : text) : showValue(text)
    throw new BpjsValidationError([makeIssue([], 'RUPIAH_UNPARSABLE', { value: shown })])
  }
  return out
}
