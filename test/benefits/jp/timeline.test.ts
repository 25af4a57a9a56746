// The member's timeline of calculateJpBenefit: the amount, from when, and why in words (both languages).
import { describe, expect, it } from 'vitest'
import { calculateJpBenefit } from '../../../src/index.js'

const months = (from: number, n: number, wage: number) =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i
    return { period: `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, wage }
  })
// 2015-07 as a month index (year × 12 + month − 1)
const JULY_2015 = 2015 * 12 + 6

describe('calculateJpBenefit: the timeline says why', () => {
  it('an old-age claim before 2030 is a lump sum, and the timeline gives the 2030 fact (PP 45/2015 Pasal 19)', () => {
    // born 1966-03-10: pension age 58 (in force 2022–2024), reached 2024-03-10, paid from 2024-04; 105 months
    // 2015-07 … 2024-03 at Rp5,000,000: 105 × 3% × 5,000,000 = 15,750,000
    const r = calculateJpBenefit(
      {
        kind: 'old-age',
        birthDate: '1966-03-10',
        membershipStart: '2015-07-01',
        wageHistory: months(JULY_2015, 105, 5000000),
      },
      { locale: 'en' },
    )
    expect(r.timeline).toHaveLength(1)
    const text = r.timeline[0]!.text
    expect(text).toMatch(/^In 2024-04 you receive a lump sum of Rp15\.750\.000\./)
    expect(text).toContain('105 contribution months are fewer than 180')
    // JP started 2015-07: 180 months are possible at the earliest with the month 2030-06
    expect(text).toContain('2030-06')
  })

  it('a disability pension counted as 15 years says so, and why the minimum applies (id)', () => {
    // 10 paid months of 10 (density 100%): counted as 180; 1% × 15 × 2,000,000 = 300,000 < 399,700 (2025 minimum)
    const r = calculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2025-01-01',
      eventDate: '2025-10-10',
      wageHistory: months(2025 * 12, 10, 2000000),
    })
    const text = r.timeline[0]!.text
    expect(text).toMatch(/^Mulai 2025-11 Anda menerima Rp399\.700\/bulan\./)
    expect(text).toContain('dianggap 180 bulan')
    expect(text).toContain('Rp300.000')
  })
})
