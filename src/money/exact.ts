import { Dec, decRounding } from './decimal.js'
import type { Rate } from './rate.js'
import { scaledToText } from './rate.js'
import { divRound, type RoundingMode } from './rounding.js'

/**
 * `round(sen × rate / 100)`: a rate applied to an amount in sen, rounded once to whole rupiah.
 *
 * The fast path is integer arithmetic on safe integers (exact); when the product would leave the safe
 * range the same division is done with decimal.js. Both paths give the same result (a property test
 * checks it), so exactness costs almost nothing.
 */
export function applyRate(sen: number, r: Rate, mode: RoundingMode): number {
  const n = sen * r.num
  const d = 10 ** (r.scale + 2)
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return divRound(n, d, mode)
  return applyRateDecimal(sen, r, mode)
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
  return new Dec(sen)
    .times(r.num)
    .div(new Dec(10).pow(r.scale + 2))
    .toString()
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
