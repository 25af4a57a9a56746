import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateJpBenefit } from '../../../src/index.js'
import { safeCalculateJpBenefit } from '../../../src/safe.js'

/** Months 'YYYY-MM' from `from` for `n` months, each with the same wage. */
function months(from: string, n: number, wage: number, skip: string[] = []) {
  const out: { period: string; wage: number }[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (let i = 0; i < n; i++) {
    const period = `${y}-${String(m).padStart(2, '0')}`
    if (!skip.includes(period)) out.push({ period, wage })
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}
const NO_INFLATION = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [String(2015 + i), '0']))

describe('calculateJpBenefit', () => {
  it('JP-2: disability in 2026, counted as 180 months, 1% × 15 × 2,500,000 = 375,000 → minimum 411,400', () => {
    const r = calculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2024-01-01',
      eventDate: '2026-05-10',
      wageHistory: months('2024-01', 29, 2500000),
      inflation: NO_INFLATION,
    })
    expect(r.status).toBe('payable')
    expect(r.form).toBe('monthly')
    expect(r.start).toBe('2026-06')
    expect([r.contributionMonths, r.countedMonths]).toEqual([29, 180])
    expect(r.formulaAmount).toBe(375000)
    expect(r.monthlyPension).toBe(411400)
    expect(r.boundApplied).toBe('minimum')
    expect(r.timeline[0]!.text).toContain('2026-06')
    expect(r.timeline[0]!.text).toContain('411.400')
    expect(r.reasons.map((x) => x.code)).toContain('JP_AS_FIFTEEN_YEARS')
    expect(r.warnings.map((w) => w.code)).toContain('JP_NO_PAYMENT_INDEXATION')
    expect(Object.isFrozen(r)).toBe(true)
  })

  it('JP-3: death after 24 months with 23 paid (95.8%): base 1% × 15 × 6,000,000 = 900,000; the share is an input', () => {
    const base = {
      kind: 'widow' as const,
      birthDate: '1985-01-01',
      membershipStart: '2024-01-01',
      eventDate: '2025-12-15',
      wageHistory: months('2024-01', 24, 6000000, ['2024-05']),
      inflation: NO_INFLATION,
    }
    const none = calculateJpBenefit(base)
    expect(none.status).toBe('incomplete')
    expect(none.missing).toEqual(['survivorShare'])
    expect(none.formulaAmount).toBe(900000)
    expect(none.monthlyPension).toBe(0)
    // a hypothetical share supplied by the caller: 900,000 × 0.5 = 450,000 (bounds not applied to survivors)
    const half = calculateJpBenefit({ ...base, survivorShare: '0.5' })
    expect(half.monthlyPension).toBe(450000)
    expect(half.boundApplied).toBeNull()
  })

  it('JP-3: 18 of 24 months paid (75% < 80%) → lump sum: 18 × 3% × 6,000,000 = 3,240,000, returns not included', () => {
    const r = calculateJpBenefit({
      kind: 'widow',
      birthDate: '1985-01-01',
      membershipStart: '2024-01-01',
      eventDate: '2025-12-15',
      wageHistory: months('2024-01', 18, 6000000),
    })
    expect(r.form).toBe('lump-sum')
    expect(r.lumpSum).toEqual({ contributions: 3240000, total: 3240000, returnsIncluded: false })
    expect(r.reasons.map((x) => x.code)).toContain('JP_AS_FIFTEEN_NOT_MET')
  })

  it('old age before 2030: 105 months < 180 → lump sum 105 × 3% × 5,000,000 = 15,750,000 from 2024-04', () => {
    // born 1966-03-10: pension age 58 in force from 2022, 58 on 2024-03-10 → paid from 2024-04; 2015-07..2024-03 = 105 months
    const r = calculateJpBenefit({
      kind: 'old-age',
      birthDate: '1966-03-10',
      membershipStart: '2015-07-01',
      wageHistory: months('2015-07', 105, 5000000),
    })
    expect(r.start).toBe('2024-04')
    expect(r.form).toBe('lump-sum')
    expect(r.lumpSum?.total).toBe(15750000)
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['JP_NO_MONTHLY_BEFORE', 'JP_LUMP_SUM_BELOW_15']),
    )
    expect(r.timeline[0]!.text).toContain('15.750.000')
  })

  it('old age in 2032 with 199 months: 1% × 199/12 × 4,000,000 = 663,333.33 → 663,333; unknown inflation → incomplete', () => {
    // born 1971-01-15: 60 on 2031-01-15 but the age in force is then 61; 61 on 2032-01-15 → start 2032-02
    const base = {
      kind: 'old-age' as const,
      birthDate: '1971-01-15',
      membershipStart: '2015-07-01',
      wageHistory: months('2015-07', 199, 4000000),
      bounds: { minimum: 500000, maximum: 6000000 },
    }
    const missing = calculateJpBenefit(base)
    expect(missing.status).toBe('incomplete')
    expect(missing.missing).toEqual([
      'inflation.2026',
      'inflation.2027',
      'inflation.2028',
      'inflation.2029',
      'inflation.2030',
      'inflation.2031',
    ])
    const r = calculateJpBenefit({ ...base, inflation: NO_INFLATION, paymentIndexation: ['0.03'] })
    expect(r.start).toBe('2032-02')
    expect(r.monthlyPension).toBe(663333)
    // second year: 663,333 × 1.03 = 683,232.99 → 683,233
    expect(r.schedule).toEqual([
      { from: '2032-02', monthly: 663333 },
      { from: '2033-02', monthly: 683233 },
    ])
  })

  it('bad input: overlapping months and an event before birth, with paths and codes', () => {
    const r = safeCalculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2024-01-01',
      eventDate: '1989-05-10',
      wageHistory: [
        { period: '2024-01', wage: 5000000 },
        { period: '2024-01', wage: 5000000 },
      ],
    })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(r.error).toBeInstanceOf(BpjsValidationError)
    const issues = (r.error as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])
    expect(issues).toEqual(
      expect.arrayContaining([
        ['wageHistory.1.period', 'JP_WAGE_MONTH_OVERLAP'],
        ['eventDate', 'JP_EVENT_BEFORE_BIRTH'],
      ]),
    )
  })
})
