import { Dec } from '../../money/decimal.js'
import type { DisabilityRow } from '../../parameters/jkk-benefit.js'

// Reading a row of the disability percentage table (the data: parameter jkk.disability.table).

/**
 * The table percentage of a seen row, or `undefined` when the row is not in the data (the caller then needs a
 * caller percentage or the result is `incomplete`). `decibels` is needed for the per-10-dB rows, `percent` for
 * a range row (within its bounds); `leftHanded` swaps the arm rows.
 */
export function tablePercentOf(
  table: Readonly<Record<string, DisabilityRow>>,
  rowId: string,
  opts: { readonly leftHanded?: boolean; readonly decibels?: number; readonly percent?: string },
): string | undefined {
  const row = table[rowId]
  if (row === undefined) return undefined
  if (row.kind === 'fixed') {
    if (opts.leftHanded === true && row.mirror !== undefined) {
      const m = table[row.mirror]
      return m?.kind === 'fixed' ? m.percent : undefined
    }
    return row.percent
  }
  if (row.kind === 'per10dB') {
    if (opts.decibels === undefined) return undefined
    // whole steps of 10 dB, each worth the row's percentage (exact decimals, no float product)
    const steps = new Dec(opts.decibels).dividedToIntegerBy(10)
    return steps.times(row.percent).toString() // Dec never uses exponent notation (toExpNeg/toExpPos ±64)
  }
  if (opts.percent === undefined) return undefined
  const p = new Dec(opts.percent)
  return p.gte(row.min) && p.lte(row.max) ? opts.percent : undefined
}
