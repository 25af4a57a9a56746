import type { Citation } from '../legal/types.js'
import { jkkDeathDailyToMonthly } from './jkk-death.js'
import { valueAt } from './lookup.js'
import { puDailyToMonthlyFactor } from './pu.js'

/** What a daily wage is converted for: the contribution base, or a benefit (library choice L4). */
export type DailyWageUse = 'contribution' | 'benefit'

/** The daily-to-monthly factor that applies to a use on a date, with the parameter and citations behind it. */
export interface DailyWageFactor {
  readonly use: DailyWageUse
  readonly factor: number
  readonly parameterId: string
  readonly legal: readonly Citation[]
  readonly from: string
}

/**
 * The factor that turns a daily wage into a monthly one, per use (library choice L4): 25 for the
 * contribution base (PP 44/2015, "upah sehari dikalikan 25"), 30 for benefits (decision D21). Dates before
 * 2015-07-01 are refused (`DATE_BEFORE_COVERAGE`).
 *
 * @example
 * ```ts
 * dailyToMonthlyFactor('contribution', '2025-06-01').factor //=> 25
 * dailyToMonthlyFactor('benefit', '2025-06-01').factor      //=> 30
 * ```
 */
export function dailyToMonthlyFactor(use: DailyWageUse, date: string): DailyWageFactor {
  const p = use === 'contribution' ? puDailyToMonthlyFactor : jkkDeathDailyToMonthly
  const r = valueAt(p, date)
  return Object.freeze({ use, factor: r.value, parameterId: p.id, legal: r.legal, from: r.from })
}
