import { showValue } from '../internal/show.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import { checkDate, checkPeriod, type IsoDate, type Period } from './calendar.js'

export {
  addPeriods,
  ageOn,
  completedMonths,
  dateOfAge,
  dateToIso,
  daysInMonth,
  monthsBetween,
  nextDay,
  periodEnd,
  periodOf,
  periodStart,
  previousDay,
  type IsoDate,
  type Period,
} from './calendar.js'

/**
 * Parses a contribution month strictly.
 *
 * @example
 * ```ts
 * parsePeriod('2025-03') //=> '2025-03'
 * parsePeriod('2025-13') // throws BpjsValidationError (PERIOD_INVALID)
 * ```
 */
export function parsePeriod(value: string): Period {
  const r = checkPeriod(value)
  if (!r.ok)
    throw new BpjsValidationError([
      makeIssue([], r.code === 'REQUIRED' ? 'PERIOD_INVALID' : r.code, {
        value: showValue(value),
        ...r.params,
      }),
    ])
  return r.value
}

/**
 * Parses a calendar date strictly; a `Date` maps to the same calendar date in every time zone.
 *
 * @example
 * ```ts
 * parseDate('2024-02-29')            //=> '2024-02-29'
 * parseDate(new Date('2025-01-15'))  //=> '2025-01-15'
 * parseDate('2025-02-30')            // throws BpjsValidationError (DATE_INVALID)
 * ```
 */
export function parseDate(value: string | Date): IsoDate {
  const r = checkDate(value)
  if (!r.ok)
    throw new BpjsValidationError([
      makeIssue([], r.code === 'REQUIRED' ? 'DATE_INVALID' : r.code, {
        value: showValue(value),
        ...r.params,
      }),
    ])
  return r.value
}
