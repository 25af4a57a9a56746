/** The @example blocks of the lookup, legal and message helpers, run as written (their `//=>` values). */
import { describe, expect, it } from 'vitest'
import {
  findValueAt,
  formatCitation,
  getParameter,
  getSource,
  isStale,
  message,
  valueAt,
} from '../../src/index.js'

describe('TSDoc examples of the helpers', () => {
  it('formatCitation', () => {
    expect(formatCitation({ source: 'PP-44-2015', article: 'Pasal 16 ayat (1)' })).toBe(
      'PP 44/2015 Pasal 16 ayat (1)',
    )
    // D25: a decision is cited as the library's own, not as a file outside the package
    expect(formatCitation({ source: 'DECISIONS', article: 'D12' })).toBe('Keputusan pustaka D12')
    expect(formatCitation({ source: 'DECISIONS', article: 'D12' }, 'en')).toBe('Library decision D12')
  })
  it('getSource', () => {
    expect(getSource('PP-82-2019')?.inForce).toBe('2019-12-02')
    expect(getSource('PP-99-2099')).toBeUndefined()
  })
  it('findValueAt', () => {
    const covidJkk = getParameter('relief.pp49-2020.jkkDiscount')!
    expect(findValueAt(covidJkk, '2020-08-01')?.value).toBe('0.99')
    expect(findValueAt(covidJkk, '2022-01-01')).toBeUndefined()
  })
  it('isStale', () => {
    expect(isStale(valueAt(getParameter('jp.wageCap')!, '2026-03-01'))).toBe(false)
    expect(valueAt(getParameter('jp.wageCap')!, '2026-03-01').value).toBe('11086300')
    expect(isStale(valueAt(getParameter('jp.wageCap')!, '2027-06-01'))).toBe(true)
  })
  it('message', () => {
    expect(message('REQUIRED')).toBe('Wajib diisi.')
    expect(message('REQUIRED', {}, 'en')).toBe('Required.')
  })
})
