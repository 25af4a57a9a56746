import { describe, expect, it } from 'vitest'
import { renderArrears } from '../../cli/arrears.js'
import { calculateArrears } from '../../src/index.js'

describe('bpjs-tk tunggakan rendering', () => {
  it('prints one line a month: 2 started months × 2% × 1,000,000 = 40,000 for each', () => {
    const r = calculateArrears({
      months: [
        { period: '2024-03', amount: 1_000_000, paidOn: '2024-05-20' },
        { period: '2024-04', amount: 1_000_000 },
      ],
      asOf: '2024-06-20',
    })
    const out = renderArrears(r, 'en')
    expect(out.csv.rows).toEqual([
      ['2024-03', 1_000_000, '2024-04-15', '2024-05-20', 'late', 2, '0.02', 40_000],
      ['2024-04', 1_000_000, '2024-05-15', '', 'unpaid', 2, '0.02', 40_000],
    ])
    expect(out.table).toMatch(/^Benefits paid first by: +JKK: BPJS Ketenagakerjaan, JKM: BPJS Ketenagakerjaan/m)
    expect(out.table).toMatch(/^Penalty: +Rp80\.000$/m)
    expect(out.table).toMatch(/^2024-04 .* unpaid /m)
  })
})
