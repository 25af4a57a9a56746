import { dateTime, showValue } from '../internal/show.js'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths'
import { getDaysInMonth } from 'date-fns/getDaysInMonth'
import type { MessageParams } from '../i18n/types.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/** A calendar date `'YYYY-MM-DD'` (no time, no time zone). */
export type IsoDate = string
/** A contribution month `'YYYY-MM'`. */
export type Period = string

/** A checked value or the reason it was refused. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: string; readonly params: MessageParams }

const PERIOD_RE = /^(\d{4})-(\d{2})$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Years accepted by the parsers; coverage (2015-07 onward) is checked separately by each rule. */
const MIN_YEAR = 1900

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** The number of days in a month (date-fns). */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1))
}

/** Checks a contribution month `'YYYY-MM'` strictly (`'2025-13'`, `'2025-1'`, `'0000-01'` are refused). */
export function checkPeriod(value: unknown): Checked<Period> {
  if (value === undefined) return { ok: false, code: 'REQUIRED', params: {} }
  const time = dateTime(value)
  if (time !== undefined) {
    // a Date is a day, not a contribution month: name the month it falls in rather than "[object Date]"
    const iso = Number.isNaN(time) ? undefined : dateToIso(new Date(time))
    return iso === undefined
      ? { ok: false, code: 'DATE_OBJECT_INVALID', params: {} }
      : { ok: false, code: 'PERIOD_GIVEN_AS_DATE', params: { date: iso, suggestion: iso.slice(0, 7) } }
  }
  if (typeof value !== 'string')
    return { ok: false, code: 'PERIOD_INVALID', params: { value: showValue(value) } }
  const m = PERIOD_RE.exec(value)
  const year = Number(m?.[1])
  const month = Number(m?.[2])
  if (m === null || year < MIN_YEAR || month < 1 || month > 12)
    return { ok: false, code: 'PERIOD_INVALID', params: { value: value.slice(0, 40) } }
  return { ok: true, value }
}

/**
 * Maps a `Date` to a calendar date independently of the machine's time zone: a `Date` at exactly UTC
 * midnight (what `new Date('2025-01-15')` gives) is read in UTC; any other `Date` (e.g. `new Date(2025, 0,
 * 15)`, local midnight) is read in local time. Both constructions therefore give `'2025-01-15'` in
 * Jakarta and in Los Angeles.
 */
export function dateToIso(d: Date): IsoDate | undefined {
  const t = d.getTime()
  if (Number.isNaN(t)) return undefined
  const utcMidnight =
    d.getUTCHours() === 0 &&
    d.getUTCMinutes() === 0 &&
    d.getUTCSeconds() === 0 &&
    d.getUTCMilliseconds() === 0
  const y = utcMidnight ? d.getUTCFullYear() : d.getFullYear()
  const mo = utcMidnight ? d.getUTCMonth() + 1 : d.getMonth() + 1
  const day = utcMidnight ? d.getUTCDate() : d.getDate()
  if (y < MIN_YEAR || y > 9999) return undefined
  return `${y}-${pad2(mo)}-${pad2(day)}`
}

/** Checks a calendar date: a `'YYYY-MM-DD'` string that exists (`'2025-02-29'` is refused) or a valid `Date`. */
export function checkDate(value: unknown): Checked<IsoDate> {
  if (value === undefined) return { ok: false, code: 'REQUIRED', params: {} }
  const time = dateTime(value)
  // a genuine Date is read through the built-in getTime only (an object may override its own methods)
  if (time !== undefined) {
    const iso = dateToIso(new Date(time))
    return iso === undefined
      ? { ok: false, code: 'DATE_OBJECT_INVALID', params: {} }
      : { ok: true, value: iso }
  }
  if (isDateLike(value)) return { ok: false, code: 'DATE_OBJECT_INVALID', params: {} }
  if (typeof value !== 'string')
    return { ok: false, code: 'DATE_INVALID', params: { value: showValue(value) } }
  const m = DATE_RE.exec(value)
  const y = Number(m?.[1])
  const mo = Number(m?.[2])
  const d = Number(m?.[3])
  if (m === null || y < MIN_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
    return { ok: false, code: 'DATE_INVALID', params: { value: value.slice(0, 40) } }
  return { ok: true, value }
}

/**
 * True for an object that claims to be a `Date` (its prototype chain holds `Date.prototype`) without being
 * one, e.g. `Object.create(Date.prototype)`. Never throws, even for a revoked Proxy.
 */
export function isDateLike(value: unknown): boolean {
  try {
    return value instanceof Date
  } catch {
    return false
  }
}

/** Year and month of a checked period or date. */
export function yearMonth(periodOrDate: string): { year: number; month: number } {
  return { year: Number(periodOrDate.slice(0, 4)), month: Number(periodOrDate.slice(5, 7)) }
}

/** The contribution month a date falls in. */
export function periodOf(date: IsoDate): Period {
  return date.slice(0, 7)
}

/** The first day of a contribution month. */
export function periodStart(period: Period): IsoDate {
  return `${period}-01`
}

/** The last day of a contribution month. */
export function periodEnd(period: Period): IsoDate {
  const { year, month } = yearMonth(period)
  return `${period}-${pad2(daysInMonth(year, month))}`
}

/** The contribution month `n` months after `period` (n may be negative). */
export function addPeriods(period: Period, n: number): Period {
  const { year, month } = yearMonth(period)
  const d = addMonths(new Date(year, month - 1, 1), n)
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}`
}

/** Whole months from `from` to `to` (`to - from`; negative if `to` is earlier). */
export function monthsBetween(from: Period, to: Period): number {
  const a = yearMonth(from)
  const b = yearMonth(to)
  return differenceInCalendarMonths(new Date(b.year, b.month - 1, 1), new Date(a.year, a.month - 1, 1))
}

/**
 * Whole months completed from date `from` to date `to` (a month is complete on the same day-of-month,
 * or on the last day of a shorter month). `'2025-01-31'` → `'2025-02-28'` is 1 month.
 */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  const a = yearMonth(from)
  const b = yearMonth(to)
  const ad = Number(from.slice(8, 10))
  const bd = Number(to.slice(8, 10))
  let months = (b.year - a.year) * 12 + (b.month - a.month)
  const lastDayOfTo = daysInMonth(b.year, b.month)
  if (bd < ad && bd !== lastDayOfTo) months -= 1
  return months
}

/**
 * Age in whole years on `date`. A person born on 29 February reaches a new age on 1 March in common
 * years (the birthday has not yet come on 28 February).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const b = yearMonth(birthDate)
  const d = yearMonth(date)
  const bDay = Number(birthDate.slice(8, 10))
  const dDay = Number(date.slice(8, 10))
  let age = d.year - b.year
  if (d.month < b.month || (d.month === b.month && dDay < bDay)) age -= 1
  return age
}

/** The date on which a person born on `birthDate` turns `years` old (29 Feb → 1 Mar in common years). */
export function dateOfAge(birthDate: IsoDate, years: number): IsoDate {
  const { year, month } = yearMonth(birthDate)
  const day = Number(birthDate.slice(8, 10))
  const y = year + years
  if (month === 2 && day === 29 && daysInMonth(y, 2) === 28) return `${y}-03-01`
  return `${y}-${pad2(month)}-${pad2(day)}`
}

/** The day after a date. */
export function nextDay(date: IsoDate): IsoDate {
  const { year, month } = yearMonth(date)
  const day = Number(date.slice(8, 10))
  if (day < daysInMonth(year, month)) return `${year}-${pad2(month)}-${pad2(day + 1)}`
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad2(month + 1)}-01`
}

/** The day before a date. */
export function previousDay(date: IsoDate): IsoDate {
  const { year, month } = yearMonth(date)
  const day = Number(date.slice(8, 10))
  if (day > 1) return `${year}-${pad2(month)}-${pad2(day - 1)}`
  if (month === 1) return `${year - 1}-12-31`
  return `${year}-${pad2(month - 1)}-${pad2(daysInMonth(year, month - 1))}`
}

/**
 * The same day `n` months later (`n` may be negative), or the last day of the target month when it is
 * shorter: `'2025-01-31'` + 1 → `'2025-02-28'`, `'2024-01-31'` + 1 → `'2024-02-29'`.
 */
export function addMonthsToDate(date: IsoDate, n: number): IsoDate {
  const target = addPeriods(periodOf(date), n)
  const { year, month } = yearMonth(target)
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month))
  return `${target}-${pad2(day)}`
}

/** The last day of the month before the month of `date`: `'2024-03-15'` → `'2024-02-29'`. */
export function endOfPreviousMonth(date: IsoDate): IsoDate {
  return periodEnd(addPeriods(periodOf(date), -1))
}
