import { describe, expect, it } from 'vitest'
import { jpPensionAgeOn, pensionAgeReachedOn } from '../../src/index.js'

/**
 * The JP pension age (PP 45/2015 Pasal 15) and the last JP registration day: the readings, steps, warnings
 * and errors, including a caller's override of the schedule or of the registration cut-off.
 */

const cite = (c: { source: string; article?: string }) =>
  c.article === undefined ? c.source : `${c.source} ${c.article}`

/** A schedule with a gap in 2020: 56 until 2019, 60 from 2021. */
const gapped = {
  'jp.pensionAge': {
    mode: 'replace',
    values: [
      { from: '2015-07-01', to: '2019-12-31', value: 56 },
      { from: '2021-01-01', value: 60 },
    ],
  },
} as const

describe('jpPensionAgeOn: the entry in force and how it is recorded', () => {
  it('gives the first and last day of the age in force, and cites the ayat of that age', () => {
    const r = jpPensionAgeOn('2020-06-30', { locale: 'en' })
    expect(r).toMatchObject({ date: '2020-06-30', pensionAge: 57, from: '2019-01-01', to: '2021-12-31' })
    expect(r.explanation.steps).toEqual([
      {
        rule: 'eligibility.jp.pensionAge',
        description: 'JP pension age in force on 2020-06-30: 57.',
        inputs: { date: '2020-06-30' },
        parameters: [{ id: 'jp.pensionAge', value: 57, from: '2019-01-01', to: '2021-12-31' }],
        legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (2)' }],
        value: 57,
      },
    ])
    expect(r.explanation.parameters).toEqual([
      expect.objectContaining({
        id: 'jp.pensionAge',
        date: '2020-06-30',
        confidence: 'high',
        overridden: false,
      }),
    ])
    expect(jpPensionAgeOn('2018-12-31').explanation.legal.map(cite)).toEqual(['PP-45-2015 Pasal 15 ayat (1)'])
  })
  it('past the lookup horizon the entry is still recorded as a reading, with its note and verification date', () => {
    const r = jpPensionAgeOn('2050-06-30', { locale: 'en' })
    expect(r).toMatchObject({ pensionAge: 65, from: '2043-01-01' })
    expect('to' in r).toBe(false)
    const p = r.explanation.parameters[0]
    expect(p).toMatchObject({
      id: 'jp.pensionAge',
      value: 65,
      date: '2050-06-30',
      from: '2043-01-01',
      confidence: 'high',
      overridden: false,
    })
    expect(p?.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(p?.note).toBe('The maximum, first reached in 2043.')
    expect(p !== undefined && 'to' in p).toBe(false)
  })
  it("follows a caller's override: the value, an override confidence, no verification date, a warning", () => {
    const r = jpPensionAgeOn('2020-01-01', { locale: 'en', parameters: { 'jp.pensionAge': 60 } })
    expect(r.pensionAge).toBe(60)
    expect(r.from).toBe('2015-07-01')
    expect(r.warnings.map((w) => w.code)).toEqual(['PARAMETER_OVERRIDDEN'])
    expect(r.explanation.parameters[0]).toMatchObject({ confidence: 'override', overridden: true, legal: [] })
    expect(r.explanation.parameters[0]?.lastVerifiedOn).toBeUndefined()
    // past the horizon too: the override is read directly and marked as such
    const far = jpPensionAgeOn('2050-01-01', { parameters: { 'jp.pensionAge': 60 } })
    expect(far.pensionAge).toBe(60)
    expect(far.explanation.parameters[0]).toMatchObject({
      date: '2050-01-01',
      confidence: 'override',
      overridden: true,
    })
    expect(far.explanation.parameters[0]?.lastVerifiedOn).toBeUndefined()
    // the override is still reported; the date after the verification date is not (D24: the schedule is law)
    expect(far.warnings.map((w) => [w.code, w.message])).toEqual([
      ['PARAMETER_OVERRIDDEN', 'Parameter jp.pensionAge diganti oleh pemanggil: nilai 60.'],
    ])
  })
  it('on the horizon (2036-12-31) an override appended from 2045 leaves the law of the day: 62, not overridden', () => {
    // PP 45/2015 Pasal 15 ayat (3): 62 in force 2034-01-01 … 2036-12-31; the appended 66 starts in 2045
    const later = { 'jp.pensionAge': { values: [{ from: '2045-01-01', value: 66 }] } } as const
    const r = jpPensionAgeOn('2036-12-31', { locale: 'en', parameters: later })
    expect(r).toMatchObject({ pensionAge: 62, from: '2034-01-01', to: '2036-12-31' })
    expect(r.warnings).toEqual([])
    expect(r.explanation.parameters).toEqual([
      expect.objectContaining({
        id: 'jp.pensionAge',
        value: 62,
        date: '2036-12-31',
        confidence: 'high',
        overridden: false,
        legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' }],
      }),
    ])
    expect(r.explanation.parameters[0]?.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
  it('past the horizon the same override leaves 2037 the law of the day (63, not overridden); from 2045 it is the caller value', () => {
    // PP 45/2015 Pasal 15 ayat (3): 63 from 2037-01-01 (the schedule is read directly past the 2036-12-31
    // horizon, D24); the override starts in 2045, so a 2037 entry is the library's own, as on the horizon
    const later = { 'jp.pensionAge': { values: [{ from: '2045-01-01', value: 66 }] } } as const
    const r = jpPensionAgeOn('2037-01-01', { locale: 'en', parameters: later })
    expect(r.pensionAge).toBe(63)
    expect(r.warnings).toEqual([])
    expect(r.explanation.parameters).toEqual([
      expect.objectContaining({
        id: 'jp.pensionAge',
        value: 63,
        date: '2037-01-01',
        from: '2037-01-01',
        confidence: 'high',
        overridden: false,
        legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' }],
      }),
    ])
    expect(r.explanation.parameters[0]?.lastVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // from 2045-01-01 the entry is the caller's: overridden, reported, no verification date
    const own = jpPensionAgeOn('2045-01-01', { locale: 'en', parameters: later })
    expect(own.pensionAge).toBe(66)
    expect(own.warnings.map((w) => w.code)).toEqual(['PARAMETER_OVERRIDDEN'])
    expect(own.explanation.parameters).toEqual([
      expect.objectContaining({ id: 'jp.pensionAge', value: 66, confidence: 'override', overridden: true }),
    ])
    expect(own.explanation.parameters[0]).not.toHaveProperty('lastVerifiedOn')
  })
  it('a date in a gap of an overridden schedule is PARAMETER_NOT_IN_FORCE on the path date, in the caller language', () => {
    expect(() => jpPensionAgeOn('2020-06-01', { locale: 'en', parameters: gapped })).toThrow(
      expect.objectContaining({
        code: 'PARAMETER_NOT_IN_FORCE',
        path: ['date'],
        message: 'Parameter jp.pensionAge is not in force on 2020-06-01.',
      }),
    )
    // the day before the gap and the first day after it are answered
    expect(jpPensionAgeOn('2019-12-31', { parameters: gapped }).pensionAge).toBe(56)
    expect(jpPensionAgeOn('2021-01-01', { parameters: gapped }).pensionAge).toBe(60)
  })
})

describe('pensionAgeReachedOn: the day, the last registration day, the warnings', () => {
  it('registration ends the last day of the month before; the step cites the schedule and the cut-off', () => {
    const r = pensionAgeReachedOn('1965-07-16', { locale: 'en' })
    expect(r).toMatchObject({
      pensionAge: 58,
      date: '2023-07-16',
      jpRegistrationUntil: '2023-06-30',
      projected: false,
    })
    expect(r.explanation.steps).toEqual([
      {
        rule: 'eligibility.jp.pensionAgeReached',
        description:
          'Born 1965-07-16: JP pension age 58 is reached on 2023-07-16; last JP registration day 2023-06-30.',
        formula: 'the first birthday on which age ≥ the pension age in force that day (PP 45/2015 Pasal 15)',
        inputs: { birthDate: '1965-07-16' },
        parameters: [
          { id: 'jp.pensionAge', value: 58, from: '2022-01-01', to: '2024-12-31' },
          { id: 'eligibility.jp.registrationCutoff', value: 'end-of-month-before', from: '2015-07-01' },
        ],
        legal: [
          { source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' },
          { source: 'PP-45-2015', article: 'Pasal 15' },
          { source: 'PERMENAKER-29-2015' },
        ],
        value: '2023-07-16',
      },
    ])
  })
  it('with the cut-off overridden to the day before, registration ends the day before the birthday', () => {
    const r = pensionAgeReachedOn('1965-07-16', {
      parameters: { 'eligibility.jp.registrationCutoff': 'day-before' },
    })
    expect(r.jpRegistrationUntil).toBe('2023-07-15')
    expect(r.warnings.map((w) => w.code)).toEqual(['PARAMETER_OVERRIDDEN'])
    // a birthday on 1 March: the day before is the end of February, the 29th in a leap year
    const dayBefore = { parameters: { 'eligibility.jp.registrationCutoff': 'day-before' } } as const
    expect(pensionAgeReachedOn('1966-03-01', dayBefore)).toMatchObject({
      pensionAge: 58,
      date: '2024-03-01',
      jpRegistrationUntil: '2024-02-29',
    })
    expect(pensionAgeReachedOn('1965-03-01', dayBefore)).toMatchObject({
      date: '2023-03-01',
      jpRegistrationUntil: '2023-02-28',
    })
  })
  it('a person who reached 56 before JP began gets the date (the first value of the schedule applies before it, Pasal 15 ayat (1)) and a warning', () => {
    const r = pensionAgeReachedOn('1950-03-10', { locale: 'en' })
    expect(r).toMatchObject({ pensionAge: 56, date: '2006-03-10', jpRegistrationUntil: '2006-02-28' })
    expect(r.warnings).toEqual([
      {
        code: 'ELIG_PENSION_AGE_BEFORE_JP',
        message: 'Pension age was reached on 2006-03-10, before the JP program started (2015-07-01).',
      },
    ])
    // the readings are taken on the first day the data know (2015-07-01)
    expect(r.explanation.parameters.map((p) => [p.id, p.date])).toEqual([
      ['jp.pensionAge', '2015-07-01'],
      ['eligibility.jp.registrationCutoff', '2015-07-01'],
    ])
    // one reaching it on the first day of JP gets no such warning
    expect(pensionAgeReachedOn('1959-07-01').warnings).toEqual([])
  })
  it('the last birth date accepted is the horizon (2036-12-31); a later one is refused on birthDate', () => {
    const r = pensionAgeReachedOn('2036-12-31', { locale: 'en' })
    expect(r).toMatchObject({
      pensionAge: 65,
      date: '2101-12-31',
      jpRegistrationUntil: '2101-11-30',
      projected: true,
    })
    expect(r.warnings).toEqual([])
    expect(r.explanation.parameters.map((p) => [p.id, p.date])).toEqual([
      ['jp.pensionAge', '2101-12-31'],
      ['eligibility.jp.registrationCutoff', '2036-12-31'],
    ])
    for (const locale of ['en', 'id'] as const) {
      let error: { code?: string; path?: unknown; message?: string } = {}
      try {
        pensionAgeReachedOn('2037-01-01', { locale })
      } catch (e) {
        error = e as typeof error
      }
      expect(error).toMatchObject({ code: 'DATE_AFTER_COVERAGE', path: ['birthDate'] })
      expect(error.message).toContain('2036-12-31')
      expect(/horizon/.test(error.message ?? '')).toBe(locale === 'en')
    }
  })
  it('projected is true exactly for a date after the verification date (2026-11-24)', () => {
    // 59 in force in 2025–2027: born 1967-11-24 reaches it on 2026-11-24, born 1967-11-25 a day later
    expect(pensionAgeReachedOn('1967-11-24')).toMatchObject({ date: '2026-11-24', projected: false })
    expect(pensionAgeReachedOn('1967-11-25')).toMatchObject({ date: '2026-11-25', projected: true })
  })
  it('a birthday in a gap of an overridden schedule is PARAMETER_NOT_IN_FORCE on birthDate', () => {
    // born 1964-06-01: 56 on 2020-06-01, in the gap
    expect(() => pensionAgeReachedOn('1964-06-01', { locale: 'en', parameters: gapped })).toThrow(
      expect.objectContaining({
        code: 'PARAMETER_NOT_IN_FORCE',
        path: ['birthDate'],
        message: 'Parameter jp.pensionAge is not in force on 2020-06-01.',
      }),
    )
  })
  it('a pension age no one reaches by 150 is PARAMETER_NOT_IN_FORCE at the birth date', () => {
    const never = {
      'jp.pensionAge': { mode: 'replace', values: [{ from: '2015-07-01', value: 151 }] },
    } as const
    expect(() => pensionAgeReachedOn('1980-01-01', { locale: 'en', parameters: never })).toThrow(
      expect.objectContaining({
        code: 'PARAMETER_NOT_IN_FORCE',
        path: ['birthDate'],
        message: 'Parameter jp.pensionAge is not in force on 1980-01-01.',
      }),
    )
    // 150 itself is still reached, on the 150th birthday
    const oldest = {
      'jp.pensionAge': { mode: 'replace', values: [{ from: '2015-07-01', value: 150 }] },
    } as const
    expect(pensionAgeReachedOn('1980-01-01', { parameters: oldest })).toMatchObject({
      pensionAge: 150,
      date: '2130-01-01',
    })
  })
})
