/**
 * The fast reader of plain PU rows (src/contributions/fast-input.ts) and the items of a PU plan
 * (src/contributions/pu-plan.ts): what a batch reads a row into and prices it with.
 *
 * The reader remembers the rows' keys by position (rows of one file share their keys and order): the memo
 * holds only keys of a PU input, and rows with other orders are read the same.
 */
import { describe, expect, it } from 'vitest'
import { puFields, readPuFields } from '../../src/contributions/fast-input.js'
import { BpjsValidationError } from '../../src/errors.js'
import { calculateContribution } from '../../src/index.js'
import { planPu } from '../../src/contributions/pu.js'
import { RuleContext } from '../../src/explain/context.js'
import { resolveOptions } from '../../src/schemas/options.js'

const ROW = { category: 'PU', period: '2025-06', wage: 5_000_000, jkkRiskClass: 2, enterpriseSize: 'large' }

describe('readPuFields remembers the keys of the rows by position', () => {
  it('after one row: its five keys in order, each with its own kind', () => {
    const f = puFields()
    expect(readPuFields(ROW, f)).toBe(true)
    expect(f.keyNames).toEqual(['category', 'period', 'wage', 'jkkRiskClass', 'enterpriseSize'])
    expect(new Set(f.keyKinds).size).toBe(5)
  })

  it('a key a PU input does not have (wages) is refused and not remembered', () => {
    const f = puFields()
    const { wage: _wage, ...rest } = ROW
    expect(readPuFields({ category: 'PU', period: '2025-06', wages: 5_000_000 }, f)).toBe(false)
    expect(f.keyNames).toEqual(['category', 'period'])
    expect(readPuFields(rest, f)).toBe(false)
  })

  it('a row with another order after it is read the same (the memo is per position, checked by name)', () => {
    const f = puFields()
    expect(readPuFields(ROW, f)).toBe(true)
    const first = { wage: f.wage, situation: f.situation, period: f.period }
    const reordered = {
      enterpriseSize: 'large',
      wage: 5_000_000,
      jkkRiskClass: 2,
      period: '2025-06',
      category: 'PU',
    }
    expect(readPuFields(reordered, f)).toBe(true)
    expect({ wage: f.wage, situation: f.situation, period: f.period }).toEqual(first)
    expect(f.keyNames).toEqual(['enterpriseSize', 'wage', 'jkkRiskClass', 'period', 'category'])
    // and back: the first order again gives the first reading
    expect(readPuFields(ROW, f)).toBe(true)
    expect({ wage: f.wage, situation: f.situation, period: f.period }).toEqual(first)
  })
})

describe('readPuFields leaves to the schema what it does not certainly accept', () => {
  it('a risk class written as text ("1"), or 1.5, or 0: not read (the schema refuses each)', () => {
    for (const jkkRiskClass of ['1', 1.5, 0, 6, -1] as const) {
      const f = puFields()
      expect(readPuFields({ ...ROW, jkkRiskClass }, f), String(jkkRiskClass)).toBe(false)
      expect(() => calculateContribution({ ...ROW, jkkRiskClass } as never)).toThrow(BpjsValidationError)
    }
  })

  it('an enterprise size it read before, then one that is none: the second row is not read', () => {
    const f = puFields()
    expect(readPuFields(ROW, f)).toBe(true)
    expect(readPuFields({ ...ROW, enterpriseSize: 'huge' }, f)).toBe(false)
    expect(readPuFields({ ...ROW, enterpriseSize: 'small' }, f)).toBe(true)
    expect(f.situation).not.toBe(0)
  })
})

describe('the items of a PU plan, in the order of the law', () => {
  it('a JKP member in 2025-06 (class 1): the JKP cap step, JKK split with JKP, JKM whole (no JKM recomposition from 2025-02, PP 6/2025), the government share', () => {
    const input = {
      category: 'PU',
      period: '2025-06',
      wage: 1,
      jkkRiskClass: 1,
      programs: ['JKK', 'JKM', 'JKP'] as ('JKK' | 'JKM' | 'JKP')[],
    } as const
    const ctx = new RuleContext('calculateContribution', '2025-06', resolveOptions({}).resolved, false)
    const plan = planPu(input, ctx)
    expect(plan.items.map((i) => [i.kind, i.slots])).toEqual([
      ['base', 0],
      ['split', 3],
      ['rate', 1],
      ['rate', 1],
    ])
  })

  it('a large enterprise in 2026-10: four rate lines on the wage, the JP cap step, two JP lines', () => {
    const input = {
      category: 'PU',
      period: '2026-10',
      wage: 1,
      jkkRiskClass: 3,
      enterpriseSize: 'large',
    } as const
    const ctx = new RuleContext('calculateContribution', '2026-10', resolveOptions({}).resolved, false)
    const plan = planPu(input, ctx)
    expect(
      plan.items.map((i) => [i.kind, i.kind === 'base' ? i.base : i.kind === 'rate' ? i.base : '']),
    ).toEqual([
      ['rate', 'wage'],
      ['rate', 'wage'],
      ['rate', 'wage'],
      ['rate', 'wage'],
      ['base', 'jpCapped'],
      ['rate', 'jpCapped'],
      ['rate', 'jpCapped'],
    ])
  })
})
