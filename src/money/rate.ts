import { floorDivSmall, POW10, SMALL_INT } from './rounding.js'
import { boundedMap } from '../internal/cache.js'
/**
 * An exact rate: `num / 10^scale` (e.g. `'0.0024'` is `{ num: 24, scale: 4 }`). Rates come from the
 * parameter data as decimal strings and are parsed once.
 */
export interface Rate {
  readonly num: number
  readonly scale: number
  /** The canonical decimal string (`'0.0024'`). */
  readonly text: string
}

const RATE_TEXT = /^(\d+)(?:\.(\d+))?$/
/** Parsed rates by their text (see `tryParseRate`). */
const rateCache = boundedMap<string, Rate>(
  {
    name: 'money/rate.ts rateCache',
    holds: 'parsed rates by their decimal text',
    safe: 'a Rate is a frozen value; the same text always parses to the same rate',
    bound: '10,000 texts',
  },
  10_000,
)

/** Up to 2^52, `num / 10^scale` with `scale ≤ 15` keeps every intermediate of scaledToText exact. */
const SAFE = SMALL_INT

/** The canonical decimal string of `num / 10^scale`. */
export function scaledToText(num: number, scale: number): string {
  if (num >= 0 && num <= SAFE && scale > 0 && scale < POW10.length) {
    // integer arithmetic: the quotient of the division is off by at most one, the remainder corrects it
    const p = POW10[scale] as number
    const int = floorDivSmall(num, p)
    let frac = num - int * p
    if (frac === 0) return String(int)
    let digits = scale
    while (frac % 10 === 0) {
      frac /= 10
      digits -= 1
    }
    return `${int}.${String(frac).padStart(digits, '0')}`
  }
  const neg = num < 0
  return unitsToText(neg, String(neg ? -num : num), scale)
}

/**
 * The text of `digits / 10^scale` (the decimal digits of an integer's magnitude, `neg` for its sign), with the
 * fraction's trailing zeros dropped: the one writer behind {@link scaledToText} and `bigScaledToText`.
 * @internal
 */
export function unitsToText(neg: boolean, digits: string, scale: number): string {
  let text = digits
  if (scale > 0) {
    if (text.length <= scale) text = text.padStart(scale + 1, '0')
    const point = text.length - scale
    // drop the fraction's trailing zeros
    let end = text.length
    while (end > point && text.charCodeAt(end - 1) === 48) end--
    text = end === point ? text.slice(0, point) : `${text.slice(0, point)}.${text.slice(point, end)}`
  }
  return neg ? `-${text}` : text
}

function make(num: number, scale: number): Rate {
  // normalise trailing zeros so equal rates compare equal
  let n = num
  let s = scale
  while (s > 0 && n % 10 === 0) {
    n /= 10
    s -= 1
  }
  return Object.freeze({ num: n, scale: s, text: scaledToText(n, s) })
}

/** Parses a non-negative decimal rate string; `undefined` if it is not one (or too precise). */
export function tryParseRate(text: string): Rate | undefined {
  const cached = rateCache.get(text)
  if (cached !== undefined) return cached
  const m = RATE_TEXT.exec(text)
  if (m === null) return undefined
  const frac = m[2] ?? ''
  if (frac.length > 12 || (m[1] ?? '').length > 6) return undefined
  const rate = make(Number(`${m[1] ?? '0'}${frac}`), frac.length)
  return rateCache.set(text, rate)
}

/** Parses a rate from parameter data; throws on malformed data (a bug in the data, caught by tests). */
export function rate(text: string): Rate {
  const r = tryParseRate(text)
  if (r === undefined) throw new TypeError(`Malformed rate in parameter data: ${text}`)
  return r
}

/**
 * A whole number as an exact rate: a multiplier (48 monthly wages, 30 days a month, 3 months late), any safe
 * integer ≥ 0. {@link rate} reads data texts of at most six integer digits; a count (an overridden parameter)
 * may have more, and the products it makes are checked where they are used.
 *
 * @example
 * ```ts
 * countRate(48).text //=> '48'
 * countRate(1_000_000_000).num //=> 1000000000
 * ```
 */
export function countRate(n: number): Rate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`)
  return make(n, 0)
}

/** The exact product of two rates (e.g. 1% of 0.30% = 0.00003). */
export function mulRates(a: Rate, b: Rate): Rate {
  const num = a.num * b.num
  if (!Number.isSafeInteger(num) || a.scale + b.scale > 15) throw new RangeError('Rate product too precise')
  return make(num, a.scale + b.scale)
}

/** The exact difference `a - b` of two rates (must not be negative). */
export function subRates(a: Rate, b: Rate): Rate {
  const scale = Math.max(a.scale, b.scale)
  const num = a.num * 10 ** (scale - a.scale) - b.num * 10 ** (scale - b.scale)
  if (num < 0) throw new RangeError('Negative rate')
  return make(num, scale)
}

/** The exact sum of two rates. */
export function addRates(a: Rate, b: Rate): Rate {
  const scale = Math.max(a.scale, b.scale)
  return make(a.num * 10 ** (scale - a.scale) + b.num * 10 ** (scale - b.scale), scale)
}

/** `a < b`, `a = b`, `a > b` as -1, 0, 1. */
export function compareRates(a: Rate, b: Rate): number {
  const scale = Math.max(a.scale, b.scale)
  const x = a.num * 10 ** (scale - a.scale)
  const y = b.num * 10 ** (scale - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}
