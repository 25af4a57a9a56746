/**
 * How a non-whole rupiah amount is rounded to whole rupiah. The names follow decimal.js:
 * - `'half-up'` (default, decisions D12): ties go away from zero (`ROUND_HALF_UP`);
 * - `'half-even'`: ties go to the even neighbour (`ROUND_HALF_EVEN`, banker's rounding);
 * - `'down'`: towards zero, i.e. the fraction is dropped (`ROUND_DOWN`).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down'

/** The rounding modes, default first. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'down']

/** The default rounding mode (decisions D12). */
export const DEFAULT_ROUNDING: RoundingMode = 'half-up'

/**
 * Rounds the exact quotient `n / d` to an integer. `n` and `d` must be safe integers and `d > 0`.
 * Exact: `%` and the division of an exact multiple are exact in IEEE 754 for safe integers, so no
 * floating-point rounding is involved.
 */
export function divRound(n: number, d: number, mode: RoundingMode): number {
  const r = n % d
  const q = (n - r) / d
  if (r === 0) return q
  if (mode === 'down') return q
  const twice = 2 * (r < 0 ? -r : r)
  const away = n < 0 ? q - 1 : q + 1
  if (twice > d) return away
  if (twice < d) return q
  if (mode === 'half-up') return away
  return q % 2 === 0 ? q : away
}

/** Powers of ten that are exact doubles and safe integers (10^0 … 10^15). */
export const POW10: readonly number[] = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
]

/** The largest dividend of {@link floorDivSmall}: up to 2^52 every intermediate stays an exact integer. */
export const SMALL_INT = 2 ** 52

/**
 * `⌊n / d⌋` for integers `0 ≤ n ≤ 2^52` and `1 ≤ d ≤ 10^15`, without `%`: the float quotient is off by at
 * most one, and the exact remainder `n − q·d` (every term below 2^53) corrects it. The caller gets the
 * remainder as `n − q·d`.
 */
export function floorDivSmall(n: number, d: number): number {
  const q = Math.floor(n / d)
  const r = n - q * d
  return r < 0 ? q - 1 : r >= d ? q + 1 : q
}

/** The doubles nearest to `1 / 10^k` for the powers of {@link POW10}: the reciprocals {@link floorDivBy} takes. */
export const INV_POW10: readonly number[] = POW10.map((p) => 1 / p)

/**
 * {@link floorDivSmall} from the divisor's reciprocal (`inverse`, the double nearest to `1 / d`): a
 * multiplication instead of a division, for a divisor used row after row. The same bounds and the same result:
 * `n × inverse` is within `n/d × (1 ± 2^−52)`, so within 1/d of `n/d` (exact when `d` is 1), and the exact
 * remainder `n − q·d` corrects the estimate when it is off by one.
 *
 * @example
 * ```ts
 * floorDivBy(700, 100, INV_POW10[2]) //=> 7 (700 × 0.01 is 7.000000000000001 in binary: corrected by the remainder)
 * ```
 */
export function floorDivBy(n: number, d: number, inverse: number): number {
  const q = Math.floor(n * inverse)
  const r = n - q * d
  return r < 0 ? q - 1 : r >= d ? q + 1 : q
}
