import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import {
  addMonthsToDate,
  addPeriods,
  ageOn,
  completedMonths,
  dateOfAge,
  endOfPreviousMonth,
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

describe('addMonthsToDate', () => {
  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonthsToDate('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonthsToDate('2024-11-30', 3)).toBe('2025-02-28')
    expect(addMonthsToDate('2025-03-10', 6)).toBe('2025-09-10')
    expect(addMonthsToDate('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonthsToDate('2025-12-15', 1)).toBe('2026-01-15')
  })
  it('crosses years both ways and accepts zero and negative counts', () => {
    expect(addMonthsToDate('2025-05-20', 0)).toBe('2025-05-20')
    expect(addMonthsToDate('2025-03-31', -1)).toBe('2025-02-28')
    expect(addMonthsToDate('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonthsToDate('2025-01-15', -1)).toBe('2024-12-15')
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonthsToDate('2024-02-29', 48)).toBe('2028-02-29')
    // the 10-month posthumous limit of the JKM benefit: a death on 2024-05-31 → 2025-03-31
    expect(addMonthsToDate('2024-05-31', 10)).toBe('2025-03-31')
  })
  it('never returns a day that does not exist, for every day of 2024 and 0…24 months', () => {
    const exists = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
      return d >= 1 && d <= last
    }
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 31; d++) {
        const from = `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
        if (!exists(from)) continue
        for (let n = 0; n <= 24; n++) {
          const to = addMonthsToDate(from, n)
          expect(exists(to), `${from} + ${n}`).toBe(true)
          // written independently: month index arithmetic, day clamped to the last day
          const idx = 2024 * 12 + (m - 1) + n
          const y = Math.floor(idx / 12)
          const mo = (idx % 12) + 1
          const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
          expect(to).toBe(`${y}-${String(mo).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`)
        }
      }
  })
})

describe('endOfPreviousMonth', () => {
  it('is the last day of the month before', () => {
    expect(endOfPreviousMonth('2023-07-16')).toBe('2023-06-30')
    expect(endOfPreviousMonth('2024-03-01')).toBe('2024-02-29')
    expect(endOfPreviousMonth('2025-03-31')).toBe('2025-02-28')
    expect(endOfPreviousMonth('2019-01-01')).toBe('2018-12-31')
    expect(endOfPreviousMonth('2025-05-31')).toBe('2025-04-30')
  })
})
