import { Dec, decRounding } from './decimal.js'
import type { Rate } from './rate.js'
import { scaledToText, unitsToText } from './rate.js'
import { divRound, floorDivBy, INV_POW10, POW10, SMALL_INT, type RoundingMode } from './rounding.js'

/** Products up to 2^52: with a divisor ≤ 10^15 every intermediate of {@link divRoundSmall} stays exact. */
const SMALL = SMALL_INT

/**
 * {@link divRound} for `0 ≤ n ≤ 2^52` and `1 ≤ d ≤ 10^15` (integers), without `%`: the quotient of the
 * division is off by at most one, and the exact remainder `n − q·d` (every term below 2^53, so exact)
 * corrects it. `inverse` is the double nearest to `1 / d` (see floorDivBy).
 */
export function divRoundSmall(n: number, d: number, inverse: number, mode: RoundingMode): number {
  const q = floorDivBy(n, d, inverse)
  const r = n - q * d
  if (r === 0 || mode === 'down') return q
  const twice = 2 * r
  if (twice > d) return q + 1
  if (twice < d) return q
  return mode === 'half-up' || q % 2 !== 0 ? q + 1 : q
}

/**
 * `round(sen × rate / 100)`: a rate applied to an amount in sen, rounded once to whole rupiah.
 *
 * Integer arithmetic on safe integers (exact); when the product would leave the safe range the same
 * division is done on BigInt. Every path gives the decimal.js result of {@link applyRateDecimal} (a
 * property test checks it), so exactness costs almost nothing.
 */
export function applyRate(sen: number, r: Rate, mode: RoundingMode): number {
  const n = sen * r.num
  const e = r.scale + 2
  if (n >= 0 && n <= SMALL && e < POW10.length)
    return divRoundSmall(n, POW10[e] as number, INV_POW10[e] as number, mode)
  const d = 10 ** e
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return divRound(n, d, mode)
  return applyRateBig(sen, r, mode)
}

/**
 * The divisor of {@link applyRate} for a rate (`10^(scale + 2)`: the rate's scale and sen to rupiah), or
 * `undefined` past 10^15, where {@link applyRateBy} falls back to {@link applyRate}.
 *
 * @example
 * ```ts
 * rateUnit(parseRate('0.0024')) //=> 1000000
 * ```
 */
export function rateUnit(r: Rate): number | undefined {
  const e = r.scale + 2
  return e < POW10.length ? POW10[e] : undefined
}

/**
 * The reciprocal of {@link rateUnit} (the double nearest to `1 / 10^(scale + 2)`), which {@link applyRateBy}
 * multiplies by instead of dividing; 0 (never read) where there is no unit.
 *
 * @example
 * ```ts
 * rateInverse(parseRate('0.0024')) === 1 / 1000000 //=> true
 * ```
 */
export function rateInverse(r: Rate): number {
  return INV_POW10[r.scale + 2] ?? 0
}

/**
 * {@link applyRate} with the rate's numerator, divisor and the divisor's reciprocal already read
 * ({@link rateUnit}, {@link rateInverse}): a plan's line, priced row after row, reads them once and multiplies
 * instead of dividing. The same result on every path.
 *
 * @example
 * ```ts
 * const r = parseRate('0.0024')
 * applyRateBy(500_000_000, r.num, rateUnit(r), rateInverse(r), r, 'half-up') //=> 12000
 * ```
 */
export function applyRateBy(
  sen: number,
  num: number,
  unit: number | undefined,
  inverse: number,
  r: Rate,
  mode: RoundingMode,
): number {
  const n = sen * num
  return unit !== undefined && n >= 0 && n <= SMALL
    ? divRoundSmall(n, unit, inverse, mode)
    : applyRate(sen, r, mode)
}

/**
 * {@link applyRate} on BigInt, for products past 2^53 − 1 (`sen` must be a safe integer): exact, and the same
 * rounding as {@link divRound}.
 */
export function applyRateBig(sen: number, r: Rate, mode: RoundingMode): number {
  return roundScaledBig(BigInt(sen) * BigInt(r.num), r.scale + 2, mode)
}

/**
 * `round(n / 10^scale)` for a BigInt `n`, with the rounding of {@link divRound}, as a number (exact while the
 * result is a safe integer).
 *
 * @example
 * ```ts
 * roundScaledBig(BigInt(25), 1, 'half-up')   //=> 3
 * roundScaledBig(BigInt(25), 1, 'half-even') //=> 2
 * ```
 */
export function roundScaledBig(n: bigint, scale: number, mode: RoundingMode): number {
  const d = BigInt(10) ** BigInt(scale)
  let q = n / d
  const rem = n % d
  if (rem !== BigInt(0) && mode !== 'down') {
    const twice = BigInt(2) * (rem < BigInt(0) ? -rem : rem)
    const away = n < BigInt(0) ? q - BigInt(1) : q + BigInt(1)
    if (twice > d || (twice === d && (mode === 'half-up' || q % BigInt(2) !== BigInt(0)))) q = away
  }
  return Number(q)
}

/** The decimal.js path of {@link applyRate} (the reference arithmetic). */
export function applyRateDecimal(sen: number, r: Rate, mode: RoundingMode): number {
  return new Dec(sen)
    .times(r.num)
    .div(new Dec(10).pow(r.scale + 2))
    .toDecimalPlaces(0, decRounding(mode))
    .toNumber()
}

/** The exact, unrounded value of `sen × rate` in rupiah, as a decimal string (for explanations). */
export function exactRateText(sen: number, r: Rate): string {
  const n = sen * r.num
  if (Number.isSafeInteger(n)) return scaledToText(n, r.scale + 2)
  return bigScaledToText(BigInt(sen) * BigInt(r.num), r.scale + 2)
}

/**
 * {@link scaledToText} of a BigInt `num / 10^scale` (the same text decimal.js prints, no exponent).
 *
 * @example
 * ```ts
 * bigScaledToText(BigInt(264000000), 5) //=> '2640'
 * bigScaledToText(BigInt(5), 3)         //=> '0.005'
 * ```
 */
export function bigScaledToText(num: bigint, scale: number): string {
  const neg = num < BigInt(0)
  return unitsToText(neg, (neg ? -num : num).toString(), scale)
}

/** Whole rupiah from sen, rounded once. */
export function senToRupiah(sen: number, mode: RoundingMode): number {
  return divRound(sen, 100, mode)
}

/** The exact value of an amount in sen, in rupiah, as a decimal string (`'5000000.5'`). */
export function senText(sen: number): string {
  return scaledToText(sen, 2)
}

/** Whole rupiah to sen. */
export function rupiahToSen(rupiah: number): number {
  return rupiah * 100
}

/** A rupiah amount from parameter data (`'6800'`) as an integer; throws on malformed data. */
export function rupiahFromData(text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw new TypeError(`Malformed rupiah amount in parameter data: ${text}`)
  return Number(text)
}
