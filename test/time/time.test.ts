import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import {
  addPeriods,
  ageOn,
  completedMonths,
  dateOfAge,
  monthsBetween,
  nextDay,
  periodEnd,
  previousDay,
} from '../../src/time/calendar.js'
import { parseDate, parsePeriod } from '../../src/time/index.js'

describe('parsePeriod', () => {
  it('accepts YYYY-MM', () => {
    expect(parsePeriod('2015-07')).toBe('2015-07')
    expect(parsePeriod('2025-12')).toBe('2025-12')
  })
  it.each(['2025-13', '2025-00', '2025-1', '15-07', '0000-01', '2025-07-01', ' 2025-07', '', '2025/07'])(
    'refuses %j',
    (v) => {
      expect(() => parsePeriod(v)).toThrow(BpjsValidationError)
    },
  )
})

describe('parseDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29')
    expect(parseDate('2000-02-29')).toBe('2000-02-29')
    expect(parseDate('2019-12-02')).toBe('2019-12-02')
  })
  it.each([
    '2025-02-29',
    '2025-02-30',
    '1900-02-29',
    '2025-13-01',
    '15-07-2015',
    '2025-04-31',
    '2025-1-01',
    '2025-01-01T00:00:00Z',
  ])('refuses %j', (v) => {
    expect(() => parseDate(v)).toThrow(BpjsValidationError)
  })
  it('refuses an invalid Date', () => {
    expect(() => parseDate(new Date('nope'))).toThrow(BpjsValidationError)
  })
  it(`maps a Date to the same calendar date in this time zone (${process.env.TZ ?? 'default'})`, () => {
    expect(parseDate(new Date('2025-01-15'))).toBe('2025-01-15') // UTC midnight
    expect(parseDate(new Date(2025, 0, 15))).toBe('2025-01-15') // local midnight
    expect(parseDate(new Date(2025, 0, 15, 23, 30))).toBe('2025-01-15') // local late evening
    expect(parseDate(new Date(2024, 1, 29))).toBe('2024-02-29')
    expect(parseDate(new Date('2019-12-02T00:00:00.000Z'))).toBe('2019-12-02')
  })
})

describe('month arithmetic', () => {
  it('counts months between contribution months', () => {
    expect(monthsBetween('2015-07', '2015-07')).toBe(0)
    expect(monthsBetween('2015-07', '2016-03')).toBe(8)
    expect(monthsBetween('2025-03', '2024-03')).toBe(-12)
  })
  it('adds months across years', () => {
    expect(addPeriods('2025-06', 11)).toBe('2026-05')
    expect(addPeriods('2025-01', -1)).toBe('2024-12')
    expect(addPeriods('2020-08', 5)).toBe('2021-01')
  })
  it('knows month ends', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29')
    expect(periodEnd('2025-02')).toBe('2025-02-28')
    expect(periodEnd('2025-12')).toBe('2025-12-31')
  })
  it('counts completed months between dates', () => {
    expect(completedMonths('2025-01-31', '2025-02-28')).toBe(1)
    expect(completedMonths('2025-01-15', '2025-04-14')).toBe(2)
    expect(completedMonths('2025-01-15', '2025-04-15')).toBe(3)
    expect(completedMonths('2025-01-15', '2025-01-15')).toBe(0)
  })
  it('steps days', () => {
    expect(nextDay('2019-12-01')).toBe('2019-12-02')
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
    expect(nextDay('2025-12-31')).toBe('2026-01-01')
    expect(previousDay('2025-03-01')).toBe('2025-02-28')
    expect(previousDay('2026-01-01')).toBe('2025-12-31')
  })
})

describe('ageOn / dateOfAge', () => {
  it('counts whole years, birthday inclusive', () => {
    expect(ageOn('1965-07-16', '2023-07-15')).toBe(57)
    expect(ageOn('1965-07-16', '2023-07-16')).toBe(58)
    expect(ageOn('1971-01-01', '2024-12-31')).toBe(53)
    expect(ageOn('1971-01-01', '2025-01-01')).toBe(54)
  })
  it('a 29 February birthday comes on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20)
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21)
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20)
    expect(dateOfAge('2004-02-29', 21)).toBe('2025-03-01')
    expect(dateOfAge('2004-02-29', 20)).toBe('2024-02-29')
    expect(dateOfAge('1966-05-10', 59)).toBe('2025-05-10')
  })
})
