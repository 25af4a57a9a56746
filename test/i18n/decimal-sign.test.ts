/**
 * A decimal number in a message is written in the reader's language: `0,7` and `73,3%` in Indonesian,
 * `0.7` and `73.3%` in English. The templates say which value is such a number (`{share:n}`); the values in
 * `params` and in the JSON of results stay plain (`'0.7'`), and a text quoted as given (an invalid input, a
 * rate to type into the API) keeps its point.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { renderMessage } from '../../src/explain/messages.js'
import { message } from '../../src/i18n/format.js'
import { fillTemplate, placeholderText, textOf } from '../../src/i18n/registry.js'
import { FIXTURES, type Fixture } from '../api/scenario-inputs.js'

describe('the n format of a placeholder', () => {
  it('writes a decimal with a comma in Indonesian and a point in English', () => {
    expect(fillTemplate('x {a:n} y', { a: '0.7' }, 'id')).toBe('x 0,7 y')
    expect(fillTemplate('x {a:n} y', { a: '0.7' }, 'en')).toBe('x 0.7 y')
    expect(fillTemplate('{a:n}', { a: 0.74 }, 'id')).toBe('0,74')
    expect(fillTemplate('{a:n}', { a: '73.3%' }, 'id')).toBe('73,3%')
    expect(fillTemplate('{a:n}', { a: '-0.05' }, 'id')).toBe('-0,05')
  })
  it('leaves whole numbers, other texts and unformatted placeholders as given', () => {
    expect(fillTemplate('{a:n}', { a: 2026 }, 'id')).toBe('2026')
    expect(fillTemplate('{a:n}', { a: 'PP-46-2015' }, 'id')).toBe('PP-46-2015')
    expect(fillTemplate('{a:n}', { a: '1.2.3' }, 'id')).toBe('1.2.3')
    expect(fillTemplate('{a:n}', { a: 'v0.7' }, 'id')).toBe('v0.7')
    expect(fillTemplate('{a:n}', { a: '0.7x' }, 'id')).toBe('0.7x')
    expect(fillTemplate('{a:n}', { a: '0.7%%' }, 'id')).toBe('0.7%%')
    expect(fillTemplate('{a:n}', { a: '.7' }, 'id')).toBe('.7')
    expect(fillTemplate('{a:n}', { a: '7.' }, 'id')).toBe('7.')
    expect(fillTemplate('{a:n}', { a: '12.5' }, 'id')).toBe('12,5')
    expect(fillTemplate('{a:n}', { a: '0.125' }, 'id')).toBe('0,125')
    expect(fillTemplate('"{a}"', { a: '0.0024' }, 'id')).toBe('"0.0024"')
    expect(placeholderText('0.0024', undefined, 'id')).toBe('0.0024')
    expect(placeholderText('0.0024', 'n', 'id')).toBe('0,0024')
  })
  it('is Indonesian when no locale is given', () => {
    expect(fillTemplate('{a:n}', { a: '0.7' })).toBe('0,7')
  })
  it('keeps a missing value visible as written', () => {
    expect(fillTemplate('a {x:n} {y}', { y: 1 }, 'id')).toBe('a {x:n} 1')
  })
  it('is read the same way by message(), textOf() and the explanations’ renderer', () => {
    const params = { year: 2016, rate: '0.0719', source: 'declared', return: 'Rp1', balance: 'Rp2' }
    const want = 'Tahun 2016, tingkat 0,0719 (declared): hasil pengembangan Rp1, saldo Rp2.'
    expect(message('STEP_JHT_YEAR', params, 'id')).toBe(want)
    expect(textOf('STEP_JHT_YEAR', params, 'id')).toBe(want)
    expect(renderMessage('STEP_JHT_YEAR', params, 'id')).toBe(want)
    expect(renderMessage('STEP_JHT_YEAR', params, 'en')).toBe(message('STEP_JHT_YEAR', params, 'en'))
    expect(message('STEP_JHT_YEAR', params, 'en')).toContain('0.0719')
    expect(renderMessage('STEP_JHT_YEAR', { year: 2016 }, 'id')).toContain('{rate:n}')
  })
})

// every scenario fixture, in Indonesian: no decimal written with a point in the texts people read
const fixtures = FIXTURES as readonly (Fixture & { options?: Record<string, unknown> })[]
/** A decimal with a point: `0.` and digits, or digits, a point and other than three digits (a thousands group). */
const POINT_DECIMAL = /(?<![\w.,"])(?:0\.\d+|\d+\.(?!\d{3}(?!\d))\d+)(?![\w"])/
/** The texts of a result people read: descriptions, formulas, messages, texts (not values, inputs or ids). */
function texts(v: unknown, out: string[], key = ''): string[] {
  if (typeof v === 'string') {
    if (['description', 'formula', 'message', 'text'].includes(key)) out.push(v)
  } else if (Array.isArray(v)) for (const x of v) texts(x, out, key)
  else if (typeof v === 'object' && v !== null)
    for (const [k, x] of Object.entries(v))
      if (!['inputs', 'parameters', 'legal'].includes(k)) texts(x, out, k)
  return out
}

describe('the scenario fixtures in Indonesian', () => {
  const fns = api as unknown as Record<string, (input: unknown, options?: unknown) => unknown>
  it(`write no decimal with a point in a text (${fixtures.length} fixtures)`, () => {
    const found: string[] = []
    let read = 0
    for (const f of fixtures) {
      let r: unknown
      try {
        r = fns[f.function]?.(f.input, { ...f.options, locale: 'id' })
      } catch {
        continue
      }
      for (const t of texts(r, [])) {
        read++
        if (POINT_DECIMAL.test(t)) found.push(`${f.function}: ${t}`)
      }
    }
    expect(read).toBeGreaterThan(5000)
    expect(found).toEqual([])
  })
  it('the check finds a decimal with a point (it can fail)', () => {
    expect(POINT_DECIMAL.test('Santunan cacat (total): 0.7 × 80 × Rp5.000.000 = Rp280.000.000.')).toBe(true)
    expect(POINT_DECIMAL.test('kepadatan iur 83.3% (minimal 80%)')).toBe(true)
    expect(POINT_DECIMAL.test('Santunan cacat (total): 0,7 × 80 × Rp5.000.000 = Rp280.000.000.')).toBe(false)
  })
})
