import { showValue } from '../internal/show.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import {
  addPeriods as addPeriodsUnchecked,
  ageOn as ageOnUnchecked,
  checkDate,
  checkPeriod,
  monthsBetween as monthsBetweenUnchecked,
  type IsoDate,
  type Period,
} from './calendar.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

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

function periodArg(value: unknown, name: string): Period {
  const r = checkPeriod(value)
  if (!r.ok) throw new BpjsValidationError([makeIssue([name], 'PERIOD_INVALID', { value: showValue(value) })])
  return r.value
}

function dateArg(value: unknown, name: string): IsoDate {
  const r = checkDate(value)
  if (!r.ok)
    throw new BpjsValidationError([
      makeIssue([name], r.code === 'DATE_OBJECT_INVALID' ? r.code : 'DATE_INVALID', {
        value: showValue(value),
      }),
    ])
  return r.value
}

/**
 * Age in whole years on a date. A person born on 29 February reaches a new age on 1 March in common
 * years.
 *
 * @example
 * ```ts
 * ageOn('1971-01-01', '2024-12-31') //=> 53
 * ageOn('1971-01-01', '2025-01-01') //=> 54
 * ```
 * @throws {BpjsValidationError} `DATE_INVALID` for a date that is not a real calendar date.
 */
export function ageOn(birthDate: string | Date, date: string | Date): number {
  return ageOnUnchecked(dateArg(birthDate, 'birthDate'), dateArg(date, 'date'))
}

/**
 * Whole contribution months from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * monthsBetween('2015-07', '2016-03') //=> 8
 * ```
 * @throws {BpjsValidationError} `PERIOD_INVALID` for a month that is not `'YYYY-MM'`.
 */
export function monthsBetween(from: string, to: string): number {
  return monthsBetweenUnchecked(periodArg(from, 'from'), periodArg(to, 'to'))
}

/**
 * The contribution month `n` months after `period` (`n` may be negative).
 *
 * @example
 * ```ts
 * addPeriods('2025-06', 11) //=> '2026-05'
 * ```
 * @throws {BpjsValidationError} `PERIOD_INVALID`, or `INTEGER_EXPECTED` when `n` is not a whole number.
 */
export function addPeriods(period: string, n: number): Period {
  const p = periodArg(period, 'period')
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > 120_000)
    throw new BpjsValidationError([makeIssue(['n'], 'INTEGER_EXPECTED')])
  const out = addPeriodsUnchecked(p, n)
  if (!checkPeriod(out).ok)
    throw new BpjsValidationError([makeIssue(['n'], 'TOO_BIG', { maximum: '9999-12' })])
  return out
}
