import Decimal from 'decimal.js'
import type { RoundingMode } from './rounding.js'

/**
 * The library's own decimal.js constructor: a clone, so the caller's global Decimal settings are never
 * read or changed. 64 significant digits are far more than any rupiah amount or rate needs.
 */
export const Dec = /* @__PURE__ */ Decimal.clone({
  precision: 64,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
})

/** A decimal.js value made by {@link Dec}. */
export type DecValue = InstanceType<typeof Dec>

/** The decimal.js rounding constant of a mode. */
export function decRounding(mode: RoundingMode): Decimal.Rounding {
  return mode === 'half-even'
    ? Decimal.ROUND_HALF_EVEN
    : mode === 'down'
      ? Decimal.ROUND_DOWN
      : Decimal.ROUND_HALF_UP
}
