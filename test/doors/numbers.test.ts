// Numbers as people write them in payroll files, and the rule that decides a column's format from the whole
// column. Expected values are the numbers as a person reads them, written out by hand.
import { describe, expect, it } from 'vitest'
import {
  decideNumberFormat,
  formatDecimal,
  formatRate,
  formatRupiahFor,
  numberShape,
  readNumber,
  surveyCell,
  type NumberSurvey,
} from '../../doors/index.js'

describe('numberShape: what one cell can be', () => {
  it.each([
    ['14146000', 'plain'],
    ['14.146.000', 'id'],
    ['Rp 14.146.000,00', 'id'],
    ['Rp14.146.000,-', 'id'],
    ['5000000,50', 'id'],
    ['14,146,000', 'en'],
    ['14,146,000.00', 'en'],
    ['5000000.50', 'en'],
    ['1.500', 'either'],
    ['1,500', 'either'],
    ['-Rp 1.000.000', 'id'],
    ['abc', 'none'],
    ['1.2.3', 'none'],
    ['14.146,000.00', 'none'],
    ['', 'none'],
  ])('%s → %s', (cell, shape) => expect(numberShape(cell)).toBe(shape))
})

describe('readNumber: a cell read as the column writes numbers', () => {
  it('Indonesian: dots group thousands, the comma is the decimal mark, "Rp" and ",-" are dropped', () => {
    expect(readNumber('14.146.000', 'id')).toBe('14146000')
    expect(readNumber('Rp 14.146.000,00', 'id')).toBe('14146000.00')
    expect(readNumber('Rp14.146.000,-', 'id')).toBe('14146000')
    expect(readNumber('5000000,50', 'id')).toBe('5000000.50')
    expect(readNumber('1.500', 'id')).toBe('1500')
    expect(readNumber('-1.000', 'id')).toBe('-1000')
    expect(readNumber('14,146,000', 'id')).toBeUndefined()
  })
  it('English: commas group thousands, the point is the decimal mark', () => {
    expect(readNumber('14,146,000', 'en')).toBe('14146000')
    expect(readNumber('14,146,000.50', 'en')).toBe('14146000.50')
    // more than two decimals: trailing zeros dropped (1.500 the English way is 1.5); two kept as written
    expect(readNumber('1.500', 'en')).toBe('1.5')
    expect(readNumber('2,000.120', 'en')).toBe('2000.12')
    expect(readNumber('1.000', 'en')).toBe('1')
    expect(readNumber('1.505', 'en')).toBe('1.505')
    expect(readNumber('1,500', 'en')).toBe('1500')
    expect(readNumber('14.146.000', 'en')).toBeUndefined()
  })
  it('plain: digits and an optional decimal point, no grouping', () => {
    expect(readNumber('14146000', 'plain')).toBe('14146000')
    expect(readNumber('IDR 14146000.5', 'plain')).toBe('14146000.5')
    expect(readNumber('14.146.000', 'plain')).toBeUndefined()
    expect(readNumber('14,146,000', 'plain')).toBeUndefined()
  })
})

function decide(cells: string[]) {
  const s: NumberSurvey = {}
  cells.forEach((c, i) => surveyCell(s, c, i + 2))
  return decideNumberFormat(s)
}

describe('decideNumberFormat: one rule for the whole column', () => {
  it('a column with an Indonesian-only cell is Indonesian, even if its first cells are plain or "1.500"', () => {
    expect(decide(['5000000', '1.500', '14.146.000'])).toEqual({ ok: true, format: 'id' })
  })
  it('a column with an English-only cell is English', () => {
    expect(decide(['1,500', '14,146,000'])).toEqual({ ok: true, format: 'en' })
  })
  it('digits only: plain', () => {
    expect(decide(['5000000', '12000000'])).toEqual({ ok: true, format: 'plain' })
  })
  it('both styles in one column: mixed, with the first cell of each and its line', () => {
    expect(decide(['14.146.000', '5000000', '1,500,000'])).toEqual({
      ok: false,
      reason: 'mixed',
      examples: [
        { line: 2, cell: '14.146.000' },
        { line: 4, cell: '1,500,000' },
      ],
    })
  })
  it('only "1.500"-like cells besides plain ones: ambiguous (Rp1.500 or Rp1,5)', () => {
    expect(decide(['5000000', '1.500'])).toEqual({ ok: false, reason: 'ambiguous', examples: [{ line: 3, cell: '1.500' }] })
  })
})

describe('numbers for people', () => {
  it('decimals in the message language', () => {
    expect(formatDecimal('1.6', 'id')).toBe('1,6')
    expect(formatDecimal('1.6', 'en')).toBe('1.6')
    expect(formatDecimal('20000', 'id')).toBe('20.000')
    expect(formatDecimal('1234567.25', 'en')).toBe('1,234,567.25')
    expect(formatRupiahFor(12_000_000, 'id')).toBe('Rp12.000.000')
    expect(formatRupiahFor(-7000, 'en')).toBe('-Rp7,000')
  })
  it('rates as percentages, exactly', () => {
    expect(formatRate('0.0054', 'id')).toBe('0,54%')
    expect(formatRate('0.0054', 'en')).toBe('0.54%')
    expect(formatRate('0.037', 'id')).toBe('3,7%')
    expect(formatRate('0.000024', 'en')).toBe('0.0024%')
    expect(formatRate('1', 'id')).toBe('100%')
  })
})
