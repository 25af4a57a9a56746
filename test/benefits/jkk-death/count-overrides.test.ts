/**
 * The JKK death multipliers are counts (`jkkDeath.wageMultiplier`, 48 monthly wages; `jkkDeath.dailyToMonthlyFactor`,
 * 30 days, decisions D21). An override may give any whole number: the benefit is exact while it stays within
 * 2^53 − 1, and a larger one is refused as AMOUNT_TOO_LARGE (a number with more than six digits used to end in a
 * bare TypeError, "Malformed rate in parameter data"). Under PP 82/2019 (death on 2024-06-10): periodic
 * 24 × Rp500,000 = Rp12,000,000, funeral Rp10,000,000.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateJkkDeathBenefit,
  type JkkDeathBenefitInput,
} from '../../../src/index.js'

const DATE = '2024-06-10'
const base = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
  dateOfDeath: DATE,
  dateOfAccident: DATE,
} as const
const run = (wage: Partial<JkkDeathBenefitInput>, parameters: Record<string, number>) =>
  calculateJkkDeathBenefit({ ...base, ...wage } as JkkDeathBenefitInput, { locale: 'en', parameters })

/** The error thrown by `f`, or a failure. */
function errorOf(f: () => unknown): BpjsValidationError {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e
    throw e
  }
  throw new Error('expected a BpjsValidationError')
}

describe('JKK death: a multiplier of more than six digits (an override)', () => {
  it('1,000,000,000 monthly wages of Rp5,000,000: an exact lump sum of Rp5,000,000,000,000,000', () => {
    // 1,000,000,000 × 5,000,000 = 5 × 10^15 (below 2^53 − 1 ≈ 9.007 × 10^15); + 12,000,000 + 10,000,000
    const r = run({ monthlyWage: 5_000_000 }, { 'jkkDeath.wageMultiplier': 1_000_000_000 })
    expect([r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      5_000_000_000_000_000, 12_000_000, 10_000_000, 5_000_000_022_000_000,
    ])
  })

  it('a daily wage at 1,000,000,000 days a month: refused as too large, with the largest exact daily wage', () => {
    // monthly = 200,000 × 10^9 = 2 × 10^14; lump sum 48 × 2 × 10^14 = 9.6 × 10^15 > 2^53 − 1. The largest daily
    // wage: ⌊(9,007,199,254,740,991 − 12,000,000 − 10,000,000) / (10^9 × 48)⌋ = ⌊187,649.98…⌋ = 187,649
    const e = errorOf(() => run({ dailyWage: 200_000 }, { 'jkkDeath.dailyToMonthlyFactor': 1_000_000_000 }))
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[['dailyWage'], 'AMOUNT_TOO_LARGE']])
    expect(e.issues[0]!.params).toEqual({ maximum: '187.649' })
  })

  it('two counts whose product passes 2^53: no wage has an exact benefit (maximum 0)', () => {
    // 10^9 days × 10^9 wages = 10^18 > 2^53 − 1: even Rp1 a day is too large
    const e = errorOf(() =>
      run(
        { dailyWage: 1 },
        { 'jkkDeath.dailyToMonthlyFactor': 1_000_000_000, 'jkkDeath.wageMultiplier': 1_000_000_000 },
      ),
    )
    expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([
      [['dailyWage'], 'AMOUNT_TOO_LARGE', { maximum: '0' }],
    ])
  })
})
