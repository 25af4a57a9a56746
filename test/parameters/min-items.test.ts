/**
 * List tables whose rules need a row (`minItems` of a parameter): an override with fewer rows is refused as data
 * (`TOO_FEW_ITEMS` at its path). Before, an empty `jkk.stmb.tiers` passed the override check and
 * calculateJkkBenefit threw a bare `RangeError` ("STMB tiers are empty"), and an empty `pmi.packages` made
 * calculateContribution throw a bare `TypeError`: a bug of the library (README, errors guide), not an answer.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  calculateJkkBenefit,
  type CalculationOptions,
} from '../../src/index.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'

const EN = { locale: 'en' } as const

function issuesOf(f: () => unknown): readonly (readonly unknown[])[] {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues.map((i) => [i.path, i.code, i.params, i.message])
    throw e
  }
  throw new Error('no validation error')
}

/** A Regime B accident (2024-03-10), W = Rp4.000.000, unable to work for 2 whole months. */
const jkk = (tiers: unknown) =>
  calculateJkkBenefit(
    {
      category: 'PU',
      cause: 'work-accident',
      membershipActive: true,
      employerArrearsMonths: 0,
      accidentDate: '2024-03-10',
      monthlyWage: 4_000_000,
      incapacity: { from: '2024-03-10', to: '2024-05-09' },
    },
    { ...EN, parameters: { 'jkk.stmb.tiers': tiers } } as CalculationOptions,
  )
const pmi = (packages: unknown) =>
  calculateContribution({ category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'agency' }, {
    ...EN,
    parameters: { 'pmi.packages': packages },
  } as CalculationOptions)

describe('minItems', () => {
  it('is declared by the STMB tiers and the PMI packages, at 1, and the library’s own values meet it', () => {
    const declared = ALL_PARAMETERS.filter((p) => p.minItems !== undefined)
    expect(declared.map((p) => [p.id, p.minItems]).sort()).toEqual([
      ['jkk.stmb.tiers', 1],
      ['pmi.packages', 1],
    ])
    for (const p of declared)
      for (const v of p.values) expect((v.value as unknown[]).length).toBeGreaterThanOrEqual(p.minItems!)
  })

  it('an empty jkk.stmb.tiers is refused at its path (was a RangeError of the STMB rule)', () => {
    expect(issuesOf(() => jkk([]))).toEqual([
      [
        ['options', 'parameters', 'jkk.stmb.tiers'],
        'TOO_FEW_ITEMS',
        { minimum: '1' },
        'Too few items: at least 1.',
      ],
    ])
    // the dated form: the entry's value
    expect(
      issuesOf(() => jkk({ values: [{ from: '2019-12-02', value: [] }] })).map((i) => i.slice(0, 2)),
    ).toEqual([[['options', 'parameters', 'jkk.stmb.tiers', 'values', 0, 'value'], 'TOO_FEW_ITEMS']])
  })

  it('one open tier is enough: 2 months at 60% of Rp4.000.000 = 2 × 2,400,000 = 4,800,000', () => {
    const r = jkk([{ months: null, rate: '0.6' }])
    expect(r.stmb!.lines.map((l) => [l.month, l.rate, l.amount])).toEqual([
      [1, '0.6', 2_400_000],
      [2, '0.6', 2_400_000],
    ])
    expect(r.stmb!.total).toBe(4_800_000)
  })

  it('an empty pmi.packages is refused at its path (was a TypeError of the package choice)', () => {
    expect(issuesOf(() => pmi([])).map((i) => i.slice(0, 3))).toEqual([
      [['options', 'parameters', 'pmi.packages'], 'TOO_FEW_ITEMS', { minimum: '1' }],
    ])
  })
})
