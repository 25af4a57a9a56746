import { describe, expect, it } from 'vitest'
import { jkpCashScheduleAt } from '../../../src/benefits/jkp/schedule.js'

// Worked examples of the research notes (JKP, §6.5), derived by hand from PP 37/2021 Pasal 21 and PP 6/2025 Pasal 21.
describe('JKP cash schedule by termination date (D27)', () => {
  it('PHK 2024-06-30, wage 4,000,000: 45% × 4,000,000 = 1,800,000 × 3 + 25% × 4,000,000 = 1,000,000 × 3 = 8,400,000', () => {
    const s = jkpCashScheduleAt('2024-06-30', 4_000_000)
    expect(s.months.map((m) => m.amount)).toEqual([
      1_800_000, 1_800_000, 1_800_000, 1_000_000, 1_000_000, 1_000_000,
    ])
    expect(s.total).toBe(8_400_000)
    expect(s.capped).toBe(false)
  })
  it('PHK 2024-06-30, wage 8,000,000 capped to 5,000,000: 2,250,000 × 3 + 1,250,000 × 3 = 10,500,000', () => {
    const s = jkpCashScheduleAt('2024-06-30', 8_000_000)
    expect(s.wageBase).toBe(5_000_000)
    expect(s.capped).toBe(true)
    expect(s.total).toBe(10_500_000)
  })
  it('PHK 2025-03-15, wage 4,000,000: 60% × 4,000,000 = 2,400,000 × 6 = 14,400,000', () => {
    const s = jkpCashScheduleAt('2025-03-15', 4_000_000)
    expect(s.months).toHaveLength(6)
    expect(s.months.every((m) => m.amount === 2_400_000)).toBe(true)
    expect(s.total).toBe(14_400_000)
  })
  it('PHK 2025-03-15, wage 8,000,000 capped: 60% × 5,000,000 = 3,000,000 × 6 = 18,000,000', () => {
    expect(jkpCashScheduleAt('2025-03-15', 8_000_000).total).toBe(18_000_000)
  })
  it('regime switch: 2025-02-06 is PP 37/2021 (first month 45%), 2025-02-07 is PP 6/2025 (60%)', () => {
    expect(jkpCashScheduleAt('2025-02-06', 4_000_000).months[0]?.rate).toBe('0.45')
    expect(jkpCashScheduleAt('2025-02-07', 4_000_000).months[0]?.rate).toBe('0.60')
  })
  it('wage exactly at the cap is not capped: 60% × 5,000,000 × 6 = 18,000,000', () => {
    const s = jkpCashScheduleAt('2025-03-15', 5_000_000)
    expect(s.capped).toBe(false)
    expect(s.total).toBe(18_000_000)
  })
  it('is frozen', () => {
    expect(Object.isFrozen(jkpCashScheduleAt('2025-03-15', 1_000_000).months)).toBe(true)
  })
})
