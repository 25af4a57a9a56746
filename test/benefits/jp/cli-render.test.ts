import { describe, expect, it } from 'vitest'
import { renderJp } from '../../../cli/jp.js'
import { calculateJpBenefit } from '../../../src/index.js'

describe('bpjs-tk jp rendering', () => {
  it('prints the timeline line of a disability pension raised to the minimum (1% × 15 × 2,000,000 = 300,000 → 399,700)', () => {
    const r = calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2025-10-01',
        eventDate: '2025-10-10',
        wageHistory: [{ period: '2025-10', wage: 2000000 }],
      },
      { locale: 'en' },
    )
    const out = renderJp(r, 'en')
    expect(out.table).toMatch(/^Status: +payable$/m)
    expect(out.table).toMatch(/^Form: +monthly$/m)
    expect(out.table).toMatch(/^From: +2025-11$/m)
    expect(out.csv.rows).toEqual([['2025-11', 399700, expect.stringContaining('From 2025-11 you receive')]])
    expect(out.csv.rows[0]![2]).toContain('below the minimum benefit')
  })
})
