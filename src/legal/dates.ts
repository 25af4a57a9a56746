import { previousDay } from '../time/calendar.js'
import { citedSource } from './cited.js'

/**
 * The date a regulation of the registry takes effect (`inForce`), read from the registry: the one place a
 * regulation's dates are written (issue 16: regime dates live with the regulation, derived where needed).
 * The regulation must be cited by the calling module (`citeSources`, src/legal/cited.ts). Throws when it is
 * not, or has no in-force date, so a regime boundary can never rest on a guess.
 *
 * @example
 * ```ts
 * inForceOf('PP-82-2019') //=> '2019-12-02'
 * ```
 */
export function inForceOf(sourceId: string): string {
  const date = citedSource(sourceId)?.inForce
  if (date === undefined)
    throw new Error(`legal registry: no in-force date for ${sourceId} (cited with citeSources?)`)
  return date
}

/**
 * The last day before a regulation of the registry takes effect.
 *
 * @example
 * ```ts
 * dayBeforeInForce('PP-82-2019') //=> '2019-12-01'
 * ```
 */
export function dayBeforeInForce(sourceId: string): string {
  return previousDay(inForceOf(sourceId))
}

/**
 * The first day of the contribution month in which a regulation takes effect: contribution parameters switch
 * with the month (a regulation in force on 2025-02-07 applies from the contribution month 2025-02).
 *
 * @example
 * ```ts
 * monthOfInForce('PP-6-2025') //=> '2025-02-01'
 * ```
 */
export function monthOfInForce(sourceId: string): string {
  return `${inForceOf(sourceId).slice(0, 7)}-01`
}

/**
 * The last day of the contribution month before the one in which a regulation takes effect.
 *
 * @example
 * ```ts
 * dayBeforeMonthOfInForce('PP-6-2025') //=> '2025-01-31'
 * ```
 */
export function dayBeforeMonthOfInForce(sourceId: string): string {
  return previousDay(monthOfInForce(sourceId))
}
