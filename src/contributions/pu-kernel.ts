import { divRoundSmall } from '../money/exact.js'
import { SMALL_INT } from '../money/rounding.js'
import type { PuPlanView } from './pu-lines.js'
import type { PuPlan } from './pu-plan.js'

/*
 * A plan's pricing as one flat array, for a batch: when every item of a plan gives its flat form (a rate
 * line with an exact divisor, or a base step that prices nothing), a row is priced in one loop over plain
 * numbers instead of one call per item. The arithmetic is the rate line's own (`divRoundSmall`, one rounding
 * per amount, D12), so the amounts are the same; a test checks them against the items' pricing.
 */

/**
 * The kernel of a plan: four numbers per amount slot, in the slots' order (each item's `flat()`), or
 * `undefined` when an item prices otherwise (a split, a deferred JP share, a rate without an exact divisor).
 *
 * @example
 * ```ts
 * rateKernelOf(plan)?.length //=> 24 (six rate lines: JKK, JKM, JHT × 2, JP × 2)
 * ```
 */
export function rateKernelOf(plan: PuPlan): Float64Array | undefined {
  const flat: number[] = []
  for (const item of plan.items) {
    const f = item.flat()
    if (f === undefined) return undefined
    flat.push(...f)
  }
  return Float64Array.from(flat)
}

/**
 * Prices `wage` (sen) on a plan's kernel into `out` (one amount per slot, from 0). `false` when a product
 * passes 2^52, the bound of the small division: the caller then prices the row with the items, which
 * divide such a product exactly on BigInt (`out` is then overwritten whole).
 */
export function priceKernel(
  kernel: Float64Array,
  plan: PuPlanView,
  wage: number,
  out: Float64Array,
): boolean {
  const mode = plan.rounding
  for (let o = 0, slot = 0; o !== kernel.length; o += 4, slot++) {
    const cap = kernel[o] as number
    const base = cap === 0 ? wage : Math.min(wage, cap === 1 ? plan.jpCapSen : plan.jkpCapSen)
    // a wage and a numerator are never negative: only the upper bound can be passed
    const n = base * (kernel[o + 1] as number)
    if (n > SMALL_INT) return false
    out[slot] = divRoundSmall(n, kernel[o + 2] as number, kernel[o + 3] as number, mode)
  }
  return true
}
