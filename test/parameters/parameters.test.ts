import { describe, expect, it } from 'vitest'
import { BpjsRuleError, BpjsValidationError } from '../../src/errors.js'
import { getSource, SOURCE_LIST } from '../../src/legal/sources.js'
import { tryParseRate } from '../../src/money/rate.js'
import { Dec } from '../../src/money/decimal.js'
import { COVERAGE } from '../../src/parameters/coverage.js'
import { JP_CAP_GDP_GROWTH, jpWageCap } from '../../src/parameters/jp.js'
import { compileOverride, findValueAt, isStale, valueAt } from '../../src/parameters/lookup.js'
import { ALL_PARAMETERS, getParameter } from '../../src/parameters/registry.js'
import { checkDate } from '../../src/time/calendar.js'
import { nextDay, previousDay } from '../../src/time/calendar.js'

const ISO = /^\d{4}-\d{2}-\d{2}$/

describe('the parameter registry', () => {
  it('has parameters with unique ids', () => {
    expect(ALL_PARAMETERS.length).toBeGreaterThan(0)
    const ids = ALL_PARAMETERS.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(getParameter(id)?.id).toBe(id)
  })

  for (const p of ALL_PARAMETERS) {
    describe(p.id, () => {
      it('has a description in both languages and at least one value', () => {
        expect(p.description.id.length).toBeGreaterThan(3)
        expect(p.description.en.length).toBeGreaterThan(3)
        expect(p.values.length).toBeGreaterThan(0)
      })
      it('every value has a citation that resolves, a confidence and a verification date', () => {
        for (const v of p.values) {
          expect(v.legal.length).toBeGreaterThan(0)
          for (const c of v.legal)
            expect(getSource(c.source), `${p.id}: unknown source ${c.source}`).toBeDefined()
          expect(['high', 'medium', 'low']).toContain(v.confidence)
          expect(v.lastVerifiedOn).toMatch(ISO)
          expect(checkDate(v.lastVerifiedOn).ok).toBe(true)
        }
      })
      it('effective ranges are valid dates, sorted and do not overlap', () => {
        let prevEnd = ''
        for (const v of p.values) {
          expect(checkDate(v.from).ok, v.from).toBe(true)
          if (v.to !== undefined) {
            expect(checkDate(v.to).ok, v.to).toBe(true)
            expect(v.to >= v.from).toBe(true)
          }
          expect(v.from > prevEnd, `${p.id}: ${v.from} overlaps`).toBe(true)
          prevEnd = v.to ?? '9999-12-31'
          expect(v.from >= COVERAGE.start).toBe(true)
        }
      })
      it('values have the type of the unit', () => {
        for (const v of p.values) {
          if (p.unit === 'rate')
            expect(typeof v.value === 'string' && tryParseRate(v.value) !== undefined, String(v.value)).toBe(
              true,
            )
          if (p.unit === 'rupiah') expect(v.value).toMatch(/^\d{1,15}$/)
          if (['months', 'years', 'count', 'age'].includes(p.unit))
            expect(Number.isSafeInteger(v.value)).toBe(true)
          if (p.unit === 'flag') expect(typeof v.value).toBe('boolean')
          if (p.unit === 'date') expect(checkDate(v.value).ok).toBe(true)
        }
      })
      it('valueAt is right before, at and after every effective date', () => {
        p.values.forEach((v, i) => {
          if (v.from > COVERAGE.horizon) {
            // schedule data past the horizon (e.g. pension ages to 2043) is read directly, never by valueAt
            expect(() => valueAt(p, v.from)).toThrow(expect.objectContaining({ code: 'DATE_AFTER_COVERAGE' }))
            return
          }
          expect(valueAt(p, v.from).value).toEqual(v.value)
          if (v.from > COVERAGE.start) {
            const before = findValueAt(p, previousDay(v.from))
            const prev = p.values[i - 1]
            if (prev !== undefined && (prev.to === undefined || prev.to >= previousDay(v.from)))
              expect(before?.value).toEqual(prev.value)
            else expect(before).toBeUndefined()
          }
          const last =
            v.to ??
            (p.values[i + 1] === undefined
              ? undefined
              : previousDay((p.values[i + 1] as { from: string }).from))
          if (last !== undefined && last <= COVERAGE.horizon) {
            expect(valueAt(p, last).value).toEqual(v.value)
            const after = nextDay(last)
            if (after <= COVERAGE.horizon) {
              const next = p.values[i + 1]
              const got = findValueAt(p, after)
              if (next !== undefined && next.from === after) expect(got?.value).toEqual(next.value)
              else expect(got).toBeUndefined()
            }
          }
        })
      })
    })
  }
})

describe('the source registry', () => {
  it('lists every regulation of the master timeline with titles in both languages', () => {
    for (const id of [
      'UU-40-2004',
      'UU-24-2011',
      'PP-44-2015',
      'PP-45-2015',
      'PP-46-2015',
      'PP-60-2015',
      'PERMENAKER-26-2015',
      'PERMENAKER-44-2015',
      'PERMENAKER-1-2016',
      'PERMENAKER-21-2017',
      'PERMENAKER-18-2018',
      'PP-82-2019',
      'PP-49-2020',
      'PP-37-2021',
      'PERMENAKER-5-2021',
      'INPRES-2-2021',
      'PERMENAKER-4-2023',
      'PP-49-2023',
      'PP-6-2025',
      'PP-7-2025',
      'PP-36-2025',
      'PP-50-2025',
      'PERMENAKER-1-2025',
      'BPJSTK-B-1226-022026',
    ])
      expect(getSource(id), id).toBeDefined()
    for (const s of SOURCE_LIST) {
      expect(s.title.id.length).toBeGreaterThan(3)
      expect(s.title.en.length).toBeGreaterThan(3)
      for (const d of [s.signed, s.promulgated, s.inForce])
        if (d !== undefined) expect(checkDate(d).ok).toBe(true)
      for (const a of s.amendedBy ?? []) expect(getSource(a), `${s.id} amendedBy ${a}`).toBeDefined()
    }
  })
})

describe('the JP wage cap (PP 45/2015 Pasal 29)', () => {
  it('reproduces every cap from Rp7,000,000 × (1 + GDP growth), floored to Rp100', () => {
    const march = jpWageCap.values.filter((v) => v.from.endsWith('-03-01'))
    expect(march.length).toBe(JP_CAP_GDP_GROWTH.length)
    let cap = new Dec(jpWageCap.values[0]?.value ?? '0')
    expect(cap.toString()).toBe('7000000')
    for (const g of JP_CAP_GDP_GROWTH) {
      cap = cap.times(new Dec(1).plus(g.growth)).div(100).floor().times(100)
      const v = march.find((m) => m.from === `${g.capYear}-03-01`)
      expect(v, `cap for ${g.capYear}`).toBeDefined()
      expect(v?.value, `cap ${g.capYear}`).toBe(cap.toString())
    }
  })
  it('switches with the March contribution', () => {
    expect(valueAt(jpWageCap, '2024-02').value).toBe('9559600')
    expect(valueAt(jpWageCap, '2024-03').value).toBe('10042300')
    expect(valueAt(jpWageCap, '2026-02').value).toBe('10547400')
    expect(valueAt(jpWageCap, '2026-03').value).toBe('11086300')
  })
  it('keeps the last cap after March 2027 but reports it may be outdated (decisions D6)', () => {
    expect(isStale(valueAt(jpWageCap, '2027-02'))).toBe(false)
    const r = valueAt(jpWageCap, '2027-03')
    expect(r.value).toBe('11086300')
    expect(isStale(r)).toBe(true)
  })
})

describe('valueAt', () => {
  it('refuses dates before 2015-07-01 (DATE_BEFORE_COVERAGE)', () => {
    expect(() => valueAt(jpWageCap, '2015-06-30')).toThrow(BpjsRuleError)
    try {
      valueAt(jpWageCap, '2015-06')
    } catch (e) {
      expect((e as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
      expect((e as BpjsRuleError).messages.en).toContain('2015-07-01')
    }
    expect(valueAt(jpWageCap, '2015-07-01').value).toBe('7000000')
  })
  it('refuses dates past the horizon (DATE_AFTER_COVERAGE)', () => {
    expect(() => valueAt(jpWageCap, '9999-12')).toThrow(
      expect.objectContaining({ code: 'DATE_AFTER_COVERAGE' }),
    )
    expect(valueAt(jpWageCap, COVERAGE.horizon).value).toBe('11086300')
  })
  it('refuses malformed dates', () => {
    expect(() => valueAt(jpWageCap, '2025-13')).toThrow(BpjsValidationError)
    expect(() => valueAt(jpWageCap, '2025-02-29')).toThrow(BpjsValidationError)
  })
  it('carries citations, confidence and the span', () => {
    const r = valueAt(jpWageCap, '2024-05-10')
    expect(r).toMatchObject({
      id: 'jp.wageCap',
      from: '2024-03-01',
      to: '2025-02-28',
      confidence: 'high',
      overridden: false,
    })
    expect(r.legal.map((c) => c.source)).toContain('PP-45-2015')
  })
})

describe('overrides', () => {
  it('compile a constant and dated values', () => {
    const c = compileOverride(jpWageCap, '12000000')
    expect(c.ok && valueAt(jpWageCap, '2030-01', c.values).value).toBe('12000000')
    const d = compileOverride(jpWageCap, { values: [{ from: '2027-03-01', value: 11600000 }] })
    expect(d.ok && valueAt(jpWageCap, '2027-03', d.values)).toMatchObject({
      value: '11600000',
      overridden: true,
      confidence: 'override',
    })
  })
  it('refuse values of the wrong kind', () => {
    expect(compileOverride(jpWageCap, '12.000.000').ok).toBe(false)
    expect(compileOverride(jpWageCap, { values: [] }).ok).toBe(false)
    expect(
      compileOverride(jpWageCap, {
        values: [
          { from: '2027-03-01', value: '1' },
          { from: '2027-01-01', value: '2' },
        ],
      }).ok,
    ).toBe(false)
  })
})
