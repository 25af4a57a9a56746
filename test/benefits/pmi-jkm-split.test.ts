/**
 * PMI JKM during work (issue 16 §3, library choice L5): the Rp85,000,000 paid at once holds the death
 * benefit, the periodic benefit and the funeral cost (Permenaker 18/2018 and 4/2023 as BPJS TK article
 * 18896 states them). The funeral part is not known: it stays inside the lump sum with a warning, unless the
 * caller gives it; then the result splits the sum, so that with no heir the funeral part goes to whoever
 * arranged the funeral (determineHeirs) and the rest to the DJS.
 */
import { describe, expect, it } from 'vitest'
import { calculateJkmBenefit, determineHeirs } from '../../src/index.js'

const pmi = (dateOfDeath: string, options?: object) =>
  calculateJkmBenefit(
    {
      dateOfDeath,
      category: 'PMI',
      pmiPhase: 'during',
      cause: 'natural',
      membershipActive: true,
      membershipStart: '2022-01-01',
    },
    options,
  )

describe('PMI JKM during work: death benefit and funeral cost', () => {
  it('without the funeral part: Rp85,000,000 stays the lump sum, with PMI_FUNERAL_PART_UNKNOWN, before and after 2023-02-22', () => {
    for (const d of ['2023-02-21', '2023-02-22', '2025-06-01']) {
      const r = pmi(d)
      expect([r.lumpSum, r.funeral, r.total], d).toEqual([85_000_000, 0, 85_000_000])
      expect(
        r.warnings.map((w) => w.code),
        d,
      ).toContain('PMI_FUNERAL_PART_UNKNOWN')
    }
  })

  it('with the funeral part given (a hypothetical Rp10,000,000): 75,000,000 + 10,000,000 = 85,000,000', () => {
    const r = pmi('2025-06-01', {
      parameters: { 'jkm.pmi.duringWork.funeral': { amount: '10000000' } },
    })
    expect([r.lumpSum, r.funeral, r.total]).toEqual([75_000_000, 10_000_000, 85_000_000])
    expect(r.warnings.map((w) => w.code)).not.toContain('PMI_FUNERAL_PART_UNKNOWN')
    // with no heir: the funeral part to the arranger, the rest to the DJS
    const h = determineHeirs({ dateOfDeath: '2025-06-01', family: [], funeralArrangedBy: { kind: 'other' } })
    expect(h.recipients).toEqual({ lumpSum: 'DJS', periodic: 'DJS', funeral: 'funeral-arranger' })
  })

  it('a funeral part larger than the sum is not used (the sum is never split into a negative part)', () => {
    const r = pmi('2025-06-01', {
      parameters: { 'jkm.pmi.duringWork.funeral': { amount: '90000000' } },
    })
    expect([r.lumpSum, r.funeral, r.total]).toEqual([85_000_000, 0, 85_000_000])
    expect(r.warnings.map((w) => w.code)).toContain('PMI_FUNERAL_PART_UNKNOWN')
  })
})
