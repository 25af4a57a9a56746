/** The daily-wage factor is a dated parameter per use (library choice L4; D21 for benefits). */
import { describe, expect, it } from 'vitest'
import { calculateJkkDeathBenefit, dailyToMonthlyFactor } from '../../src/index.js'

describe('daily-to-monthly wage factor per use', () => {
  it('is 25 for the contribution base and 30 for benefits, from 2015-07-01, each with its citation', () => {
    const c = dailyToMonthlyFactor('contribution', '2015-07-01')
    expect(c).toMatchObject({ factor: 25, parameterId: 'pu.wage.dailyToMonthlyFactor', from: '2015-07-01' })
    expect(c.legal).toEqual([{ source: 'PP-44-2015' }, { source: 'DECISIONS', article: 'L4' }])
    const b = dailyToMonthlyFactor('benefit', '2026-11-24')
    expect(b).toMatchObject({ factor: 30, parameterId: 'jkkDeath.dailyToMonthlyFactor' })
    expect(b.legal).toContainEqual({ source: 'DECISIONS', article: 'D21' })
  })
  it('refuses a date before the programs began', () => {
    expect(() => dailyToMonthlyFactor('contribution', '2015-06-30')).toThrow(
      expect.objectContaining({ code: 'DATE_BEFORE_COVERAGE' }),
    )
  })
  it('a JKK death with a daily wage says in its explanation that it used the benefit factor 30 (D21)', () => {
    // 30 × 150,000 = 4,500,000 a month; 48 × 4,500,000 = 216,000,000
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2024-05-10',
      dateOfAccident: '2024-05-10',
      category: 'PU',
      dailyWage: 150000,
      cause: 'work-accident',
      membershipActive: true,
    })
    expect(r.lumpSum).toBe(216000000)
    const used = r.explanation.parameters.find((p) => p.id === 'jkkDeath.dailyToMonthlyFactor')
    expect(used?.value).toBe(30)
    expect(r.explanation.parameters.map((p) => p.id)).not.toContain('pu.wage.dailyToMonthlyFactor')
  })
})
