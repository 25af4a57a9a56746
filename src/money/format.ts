import { showValue } from '../internal/show.js'
import { BpjsValidationError, makeIssue } from '../errors.js'

/** Options of {@link formatRupiah}. */
export interface FormatRupiahOptions {
  /** Show sen (`,50`): `'auto'` (default) only when the amount has them, `true` always, `false` never (then the amount must be whole). */
  readonly sen?: boolean | 'auto'
  /** Put a space after `Rp` (`Rp 5.000.000`). Default `false`. */
  readonly space?: boolean
}

function groupThousands(int: string): string {
  let out = ''
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += '.'
    out += int[i]
  }
  return out
}

const PLAIN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/

/** The largest whole rupiah a number holds exactly (2^53 − 1), written the Indonesian way. */
export const SAFE_MAXIMUM_TEXT = '9.007.199.254.740.991'
const SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER)

/** True when whole-rupiah digits (no sign, no leading zeros) are past 2^53 − 1. */
export function digitsPastSafe(int: string): boolean {
  return int.length > SAFE_DIGITS.length || (int.length === SAFE_DIGITS.length && int > SAFE_DIGITS)
}

/** `AMOUNT_TOO_LARGE` naming the safe-integer limit, at `path`. */
export function pastSafeError(path: (string | number)[] = []): BpjsValidationError {
  return new BpjsValidationError([makeIssue(path, 'AMOUNT_TOO_LARGE', { maximum: SAFE_MAXIMUM_TEXT })])
}

/** Checks the options of {@link formatRupiah}: absent, or an object with only `sen` and `space`. */
function checkFormatOptions(options: unknown): FormatRupiahOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new BpjsValidationError([makeIssue(['options'], 'INPUT_NOT_OBJECT')])
  const o = options as Record<string, unknown>
  const issues = Object.keys(o)
    .filter((k) => k !== 'sen' && k !== 'space')
    .map((k) => makeIssue(['options', k], 'UNKNOWN_KEY', { key: k }))
  if (o.sen !== undefined && o.sen !== true && o.sen !== false && o.sen !== 'auto')
    issues.push(
      makeIssue(['options', 'sen'], 'INVALID_VALUE', {
        received: showValue(o.sen),
        options: 'true, false, "auto"',
      }),
    )
  if (o.space !== undefined && typeof o.space !== 'boolean')
    issues.push(
      makeIssue(['options', 'space'], 'INVALID_VALUE', {
        received: showValue(o.space),
        options: 'true, false',
      }),
    )
  if (issues.length > 0) throw new BpjsValidationError(issues)
  return o as FormatRupiahOptions
}

/**
 * Formats a rupiah amount the Indonesian way: dots between thousands, a comma before sen.
 * Exact: it works on the decimal digits, never on a float product.
 *
 * @example
 * ```ts
 * formatRupiah(5000000)          //=> 'Rp5.000.000'
 * formatRupiah('5000000.5')      //=> 'Rp5.000.000,50'
 * formatRupiah(-16800)           //=> '-Rp16.800'
 * formatRupiah(42000000, { space: true }) //=> 'Rp 42.000.000'
 * ```
 * @throws {BpjsValidationError} `AMOUNT_TOO_LARGE` past Rp9.007.199.254.740.991 (2^53 − 1, the largest whole
 * number a JavaScript number holds exactly), for a number and for a text alike; `AMOUNT_NOT_FINITE`,
 * `AMOUNT_NOT_DECIMAL`, `AMOUNT_TOO_PRECISE` (more than 2 decimals).
 */
export function formatRupiah(amount: number | string, options?: FormatRupiahOptions): string {
  const opts = checkFormatOptions(options)
  let text: string
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) throw new BpjsValidationError([makeIssue([], 'AMOUNT_NOT_FINITE')])
    // past 2^53 − 1 a number is not the amount the caller wrote (2^53 + 1 reads as 2^53): refused, as the
    // error says
    if (Math.abs(amount) > Number.MAX_SAFE_INTEGER) throw pastSafeError()
    text = Object.is(amount, -0) ? '0' : String(amount)
    // String() writes very small numbers with an exponent
    if (/e/i.test(text))
      throw new BpjsValidationError([makeIssue([], 'AMOUNT_TOO_PRECISE', { value: showValue(text) })])
  } else if (typeof amount === 'string') {
    text = amount
  } else {
    throw new BpjsValidationError([makeIssue([], 'AMOUNT_NOT_NUMBER')])
  }
  const m = PLAIN.exec(text)
  if (m === null) {
    const code = /^-?\d+\.\d{3,}$/.test(text) ? 'AMOUNT_TOO_PRECISE' : 'AMOUNT_NOT_DECIMAL'
    throw new BpjsValidationError([makeIssue([], code, { value: showValue(text) })])
  }
  const [, sign, intDigits = '0', fracDigits = ''] = m
  const int = intDigits.replace(/^0+(?=\d)/, '')
  // the same limit for a text as for a number: formatRupiah(x) and formatRupiah(String(x)) always agree
  if (digitsPastSafe(int)) throw pastSafeError()
  const frac = fracDigits.padEnd(2, '0')
  const mode = opts.sen ?? 'auto'
  if (mode === false && frac !== '00')
    throw new BpjsValidationError([makeIssue([], 'AMOUNT_TOO_PRECISE', { value: showValue(text) })])
  const showSen = mode === true || (mode === 'auto' && frac !== '00')
  const isZero = /^0+$/.test(int) && frac === '00'
  return `${sign === '-' && !isZero ? '-' : ''}Rp${opts.space === true ? ' ' : ''}${groupThousands(int)}${showSen ? `,${frac}` : ''}`
}

export { parseRupiah, tryParseRupiah } from './parse.js'
