// How the app reads what people type, before the library sees it: the shared people-input reader of the
// repository (doors/, also used by the CLI) reads the numbers. What cannot be read is passed on
// as typed, so that the library's own message says what is wrong, beside the field.
import { numberShape, readNumber, type NumberFormat } from '../../doors/index.js'

/** Trimmed text, or undefined when empty (the library, not the app, says whether a field is required). */
export function readText(raw: string): string | undefined {
  const v = raw.trim()
  return v === '' ? undefined : v
}

/**
 * The way one typed number is written: its own shape when only one reading fits (`5.000.000` Indonesian,
 * `5,000,000.50` English, `5000000` plain). One separator before three digits (`5.000`, `5,000`) fits both;
 * `separator` says what it is then: a thousands separator for money and counts (rupiah have at most two
 * decimals, counts none: `5.000` and `5,000` are both 5000), a decimal separator for rates (`0,035`).
 */
function formatOf(v: string, separator: 'thousands' | 'decimal'): NumberFormat | undefined {
  const shape = numberShape(v)
  if (shape === 'none') return undefined
  if (shape !== 'either') return shape
  const comma = v.includes(',')
  return (separator === 'thousands') === comma ? 'en' : 'id'
}

/**
 * An amount of money as people write it: `5000000`, `5.000.000`, `Rp 5.000.000,00`, `Rp5.000.000,-`,
 * `5,000,000.00`. Returns the plain decimal string the library takes, or the text as
 * typed when it is not an amount.
 */
export function readAmount(raw: string): string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  const format = formatOf(v, 'thousands')
  return (format === undefined ? undefined : readNumber(v, format)) ?? v
}

/**
 * A count of people or months: `1000`, `1.000`, `1,000`. Anything that is not a whole number is passed on
 * as typed.
 */
export function readInt(raw: string): number | string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  const format = formatOf(v, 'thousands')
  const n = format === undefined ? undefined : readNumber(v, format)
  return n !== undefined && /^-?\d{1,15}$/.test(n) ? Number(n) : v
}

/**
 * A yearly rate: `0,0035`, `0.0035`, `0,35%` or `0.35 %` → the decimal string `'0.0035'` (the point moved in
 * the text, no float). Anything else is passed on as typed.
 */
export function readRate(raw: string): string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  const pct = /\s*%$/.test(v)
  const body = v.replace(/\s*%$/, '')
  const format = formatOf(body, 'decimal')
  const plain = format === undefined ? undefined : readNumber(body, format)
  if (plain === undefined || plain.startsWith('-')) return v
  if (!pct) return plain
  const [int = '0', frac = ''] = plain.split('.')
  const digits = `${int.padStart(3, '0')}${frac}` // move the point two places left
  const whole = digits.slice(0, -2 - frac.length).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(-2 - frac.length).replace(/0+$/, '')
  return rest === '' ? whole : `${whole}.${rest}`
}

/** A yes / no / unknown select: `'yes'` → true, `'no'` → false, anything else → undefined. */
export function readTriState(raw: string): boolean | undefined {
  return raw === 'yes' ? true : raw === 'no' ? false : undefined
}
