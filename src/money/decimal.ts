import DecimalJs from 'decimal.js'
// Types come from decimal.js's named class, runtime from its default export. The package's declaration file is
// written in ESM syntax inside a CommonJS package, so under `node16`/`nodenext` an ESM consumer sees its default
// import as the whole module object: naming `typeof` the default import in our declarations broke those
// consumers (TS2344, TS2694). The named class means the same type under every resolution.
import type { Decimal } from 'decimal.js'
import type { RoundingMode } from './rounding.js'

/**
 * The library's own decimal.js constructor: a clone, so the caller's global Decimal settings are never
 * read or changed. 64 significant digits are far more than any rupiah amount or rate needs.
 */
export const Dec: typeof Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -64,
  toExpPos: 64,
})

/** A decimal.js value made by {@link Dec}. */
export type DecValue = InstanceType<typeof Dec>

/** The decimal.js rounding constant of a mode. */
export function decRounding(mode: RoundingMode): Decimal.Rounding {
  return mode === 'half-even'
    ? DecimalJs.ROUND_HALF_EVEN
    : mode === 'down'
      ? DecimalJs.ROUND_DOWN
      : DecimalJs.ROUND_HALF_UP
}
