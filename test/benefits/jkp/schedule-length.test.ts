/**
 * The JKP cash schedule lists one payment a month (PP 6/2025 Pasal 21: 60% of the capped wage for 6 months).
 * An overridden `jkpBenefit.cashSchedule` may be longer, up to 1,200 months (100 years, as the JHT and JP
 * histories): past that it is refused as TOO_MANY_ITEMS at the override's path, before a month is built (a
 * schedule of 10^12 months used to run until memory ran out). Wage Rp4,000,000 (under the Rp5,000,000 cap).
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateJkpBenefit, type JkpBenefitInput } from '../../../src/index.js'

const input: JkpBenefitInput = {
  layoffDate: '2025-03-15',
  claimDate: '2025-04-01',
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  monthlyWage: 4_000_000,
  employerArrearsMonths: 0,
}
const withSchedule = (schedule: { months: number; rate: string }[]) =>
  calculateJkpBenefit(input, { locale: 'en', parameters: { 'jkpBenefit.cashSchedule': schedule } })

/** The issues of the validation error thrown by `f` (a failure if it returns or throws something else). */
function issuesOf(f: () => unknown) {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues.map((i) => [i.path, i.code, i.params])
    throw e
  }
  throw new Error('expected a BpjsValidationError')
}

const PATH = ['options', 'parameters', 'jkpBenefit.cashSchedule']

describe('the length of an overridden JKP cash schedule', () => {
  it('1,200 months are listed: 1,200 × 60% × Rp4,000,000 = 1,200 × Rp2,400,000 = Rp2,880,000,000', () => {
    const r = withSchedule([{ months: 1200, rate: '0.60' }])
    expect(r.months).toHaveLength(1200)
    expect(r.months[1199]).toEqual({ month: 1200, rate: '0.60', amount: 2_400_000 })
    expect(r.total).toBe(2_880_000_000)
  })

  it('1,201 months are refused, in one step or counted over two (600 + 601)', () => {
    expect(issuesOf(() => withSchedule([{ months: 1201, rate: '0.60' }]))).toEqual([
      [PATH, 'TOO_MANY_ITEMS', { max: 1200, actual: 1201 }],
    ])
    expect(
      issuesOf(() =>
        withSchedule([
          { months: 600, rate: '0.60' },
          { months: 601, rate: '0.25' },
        ]),
      ),
    ).toEqual([[PATH, 'TOO_MANY_ITEMS', { max: 1200, actual: 1201 }]])
  })

  it('10^12 months: refused at once', () => {
    expect(issuesOf(() => withSchedule([{ months: 1_000_000_000_000, rate: '0.60' }]))).toEqual([
      [PATH, 'TOO_MANY_ITEMS', { max: 1200, actual: 1_000_000_000_000 }],
    ])
  })
})
