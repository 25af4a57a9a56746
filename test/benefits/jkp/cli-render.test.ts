import { describe, expect, it } from 'vitest'
import { renderJkp } from '../../../cli/jkp.js'
import { calculateJkpBenefit } from '../../../src/index.js'

describe('bpjs-tk jkp rendering', () => {
  it('prints the six monthly lines of PP 6/2025 on a capped wage (60% × 5,000,000 = 3,000,000 each)', () => {
    const r = calculateJkpBenefit(
      {
        layoffDate: '2025-03-15',
        reasonForLeaving: 'layoff',
        contributionMonthsInWindow: 20,
        consecutiveMonthsBeforeLayoff: 20,
        employedAgain: false,
        monthlyWage: 8_000_000,
        employerArrearsMonths: 4,
        employerBankruptOrClosed: false,
      },
      { locale: 'en' },
    )
    const out = renderJkp(r, 'en')
    expect(out.table).toMatch(/^Status: +payable$/m)
    expect(out.table).toMatch(/^Regime: +PP-6-2025$/m)
    expect(out.table).toMatch(/^Total: +Rp18\.000\.000$/m)
    expect(out.table).toMatch(/^Paid first by: +Employer$/m)
    expect(out.csv.rows).toEqual(Array.from({ length: 6 }, (_, i) => [i + 1, '0.60', 3_000_000]))
  })
})
