/**
 * The entry point of contributions: the cached fast path for the commonest options (none, or only a valid
 * `locale` and/or `rounding`, resolved as the options schema would), the coverage check of the months a BPU
 * pays ahead (decisions D19: 2015-07 to 2036-12), and the deep freezing of results. Amounts are worked out by
 * hand from regulations.md (BPU: JKK 1% of the income, JKM Rp6,800) and D12 (one rounding per line).
 */
import { describe, expect, it } from 'vitest'
import {
  assertContributionCovered,
  freezeResult,
  resolveContributionOptions,
} from '../../../src/contributions/calculate.js'
import { BpjsRuleError, BpjsValidationError, calculateContribution } from '../../../src/index.js'
import { parseContributionInput } from '../../../src/schemas/contribution.js'

const rco = resolveContributionOptions

describe('resolveContributionOptions', () => {
  it('no options, {}, and the valid locale/rounding pairs resolve to one cached frozen object each', () => {
    expect(rco(undefined)).toBe(rco({}))
    expect(rco(undefined)).toEqual({ locale: 'id', rounding: 'half-up', overrides: new Map() })
    expect(Object.isFrozen(rco(undefined))).toBe(true)
    expect(rco({ locale: 'id' })).toBe(rco({ locale: 'id' }))
    expect(rco({ locale: 'id' })).toEqual({ locale: 'id', rounding: 'half-up', overrides: new Map() })
    expect(rco({ locale: 'en' })).toBe(rco({ locale: 'en' }))
    expect(rco({ locale: 'en' })).toEqual({ locale: 'en', rounding: 'half-up', overrides: new Map() })
    expect(rco({ rounding: 'down' })).toBe(rco({ rounding: 'down' }))
    expect(rco({ rounding: 'down' })).toEqual({ locale: 'id', rounding: 'down', overrides: new Map() })
    const both = rco({ locale: 'en', rounding: 'half-even' })
    expect(rco({ rounding: 'half-even', locale: 'en' })).toBe(both)
    expect(both).toEqual({ locale: 'en', rounding: 'half-even', overrides: new Map() })
  })

  it('a null-prototype object is as plain as a literal (same cached options)', () => {
    const o = Object.create(null) as { locale?: string }
    o.locale = 'en'
    expect(rco(o)).toBe(rco({ locale: 'en' }))
  })

  it('anything else goes through the options schema: overrides resolved afresh, invalid options refused', () => {
    const withParams = { locale: 'en', parameters: { 'bpu.jkm.amount': '7000' } }
    const a = rco(withParams)
    expect(a).not.toBe(rco(withParams))
    expect([a.locale, a.rounding, [...a.overrides.keys()]]).toEqual(['en', 'half-up', ['bpu.jkm.amount']])
    class Options {
      locale = 'en'
    }
    for (const bad of [
      null,
      [],
      'en',
      7,
      new Options(),
      { locale: 'fr' },
      { rounding: 'up' },
      { locale: 'en', extra: 1 },
    ])
      expect(() => rco(bad), JSON.stringify(bad)).toThrow(BpjsValidationError)
  })
})

describe('calculateContribution with simple options', () => {
  const bpu = { category: 'BPU', period: '2025-06', declaredIncome: 1_234_567 } as const
  it('by default: Indonesian, half-up (JKK 1% × 1,234,567 = 12,345.67 → 12,346)', () => {
    const r = calculateContribution(bpu)
    expect(r.lines.map((l) => l.amount)).toEqual([12_346, 6_800])
    expect([r.explanation.locale, r.explanation.rounding.mode]).toEqual(['id', 'half-up'])
    expect(r.warnings).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message: expect.stringContaining('Aturan ini') as unknown,
        parameterId: 'bpu.income.rows',
      },
    ])
  })

  it("{ locale: 'en', rounding: 'down' }: English, rounded down (12,345)", () => {
    const r = calculateContribution(bpu, { locale: 'en', rounding: 'down' })
    expect(r.lines.map((l) => l.amount)).toEqual([12_345, 6_800])
    expect([r.explanation.locale, r.explanation.rounding.mode]).toEqual(['en', 'down'])
    expect(r.warnings[0]!.message).toContain('This rule uses parameter bpu.income.rows')
  })

  it('a result without warnings has an empty, frozen warning list', () => {
    const r = calculateContribution({ ...bpu, declaredIncome: 1_000_000 })
    expect(r.warnings).toEqual([])
    expect(Object.isFrozen(r.warnings)).toBe(true)
  })
})

describe('assertContributionCovered (D19)', () => {
  const check = (input: object) => {
    try {
      assertContributionCovered(parseContributionInput(input, 'en'), 'en')
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsRuleError)
      const x = e as BpjsRuleError
      return [x.code, [x.path.join('.')], x.locale]
    }
    return 'covered'
  }
  const bpu = { category: 'BPU', declaredIncome: 1_000_000 }

  it('the last month a BPU pays ahead must be covered, on the months path; a single month is the period', () => {
    expect(check({ ...bpu, period: '2036-12' })).toBe('covered')
    expect(check({ ...bpu, period: '2036-12', months: 1 })).toBe('covered')
    expect(check({ ...bpu, period: '2036-10', months: 3 })).toBe('covered') // 2036-10..2036-12
    expect(check({ ...bpu, period: '2036-11', months: 3 })).toEqual(['DATE_AFTER_COVERAGE', ['months'], 'en']) // ..2037-01
    expect(check({ ...bpu, period: '2036-07', months: 6 })).toBe('covered') // ..2036-12
    expect(check({ ...bpu, period: '2036-08', months: 6 })).toEqual(['DATE_AFTER_COVERAGE', ['months'], 'en'])
    expect(check({ ...bpu, period: '2015-06', months: 3 })).toEqual([
      'DATE_BEFORE_COVERAGE',
      ['period'],
      'en',
    ])
  })

  it('other categories are checked on their period only', () => {
    const pu = { category: 'PU', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'micro' }
    expect(check({ ...pu, period: '2036-12' })).toBe('covered')
    expect(check({ ...pu, period: '2037-01' })).toEqual(['DATE_AFTER_COVERAGE', ['period'], 'en'])
    expect(check({ category: 'PMI', period: '2036-12', contractMonths: 24, placement: 'agency' })).toBe(
      'covered',
    )
    expect(check({ category: 'JAKON', period: '2036-12', contractValue: 100_000_000 })).toBe('covered')
  })
})

describe('freezeResult', () => {
  it('freezes objects and arrays deeply, and returns primitives and null as they are', () => {
    const r = freezeResult({ lines: [{ amount: 1, tiers: [{ base: 2 }] }], note: null, n: 3, s: 'x' })
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.lines)).toBe(true)
    expect(Object.isFrozen(r.lines[0])).toBe(true)
    expect(Object.isFrozen(r.lines[0]!.tiers[0])).toBe(true)
    expect([freezeResult(null), freezeResult(undefined), freezeResult(5), freezeResult('ab')]).toEqual([
      null,
      undefined,
      5,
      'ab',
    ])
  })

  it('does not walk into what is already frozen (the shared explanation pieces)', () => {
    const inner = { mutable: true }
    const shared = Object.freeze({ inner })
    const r = freezeResult({ shared, list: [shared] })
    expect(Object.isFrozen(r.list)).toBe(true)
    expect(Object.isFrozen(inner)).toBe(false)
  })
})

describe('options that are not a plain object', () => {
  it.each([
    ['a function with no prototype', () => Object.setPrototypeOf(() => 0, null) as unknown],
    [
      'a function whose prototype is Object.prototype',
      () => Object.setPrototypeOf(() => 0, Object.prototype) as unknown,
    ],
    ['a plain function', () => (() => 0) as unknown],
  ])('%s is refused as options (INPUT_NOT_OBJECT), not read as empty options', (_, make) => {
    try {
      calculateContribution(
        { category: 'PU', period: '2024-03', jkkRiskClass: 1, enterpriseSize: 'large', wage: 5_000_000 },
        make() as never,
      )
      expect.unreachable('accepted a function as options')
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      const issues = (e as BpjsValidationError).issues
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['options'], 'INPUT_NOT_OBJECT']])
    }
  })
})
