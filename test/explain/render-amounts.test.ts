/**
 * `renderExplanation` writes a rounding's amounts as the texts write every amount: `Rp` with dots between
 * thousands and a comma before the decimals, the exact amount with all its decimals (it is the amount before
 * the one rounding, D12). PU, 2026-10, wage Rp5,000,000.50, JKK risk class 1: JHT employer 3.7% × 5,000,000.50
 * = 185,000.0185 → 185,000; JKK 0.24% × 5,000,000.50 = 12,000.0012 → 12,000.
 */
import { describe, expect, it } from 'vitest'
import { calculateContribution, renderExplanation, type Explanation } from '../../src/index.js'

const r = calculateContribution({
  category: 'PU',
  period: '2026-10',
  wage: '5000000.50',
  jkkRiskClass: 1,
  enterpriseSize: 'large',
})

describe('the rounding and result lines of a rendered explanation', () => {
  it('write the exact and the rounded amount in rupiah, in Indonesian', () => {
    const text = renderExplanation(r.explanation)
    expect(text).toContain('  Pembulatan: Rp185.000,0185 → Rp185.000 (setengah ke atas ke rupiah penuh)')
    expect(text).toContain('  Pembulatan: Rp12.000,0012 → Rp12.000 (setengah ke atas ke rupiah penuh)')
    expect(text).toContain('  Hasil: Rp185.000')
    expect(text).not.toMatch(/Pembulatan: \d/)
  })
  it('and in English (amounts are written the Indonesian way in both languages)', () => {
    const text = renderExplanation(r.explanation, { locale: 'en' })
    expect(text).toContain('  Rounding: Rp185.000,0185 → Rp185.000 (half up to whole rupiah)')
  })
  it('show a forged exact text as it is, and a whole amount of 7 digits grouped', () => {
    const steps = r.explanation.steps.map((s) =>
      s.rule === 'pu.jht.employer'
        ? { ...s, rounding: { mode: 'half-up' as const, exact: '1e5', rounded: 1_234_567 } }
        : s,
    )
    const text = renderExplanation({ ...r.explanation, steps } as Explanation)
    expect(text).toContain('  Pembulatan: 1e5 → Rp1.234.567 (setengah ke atas ke rupiah penuh)')
    const negative = r.explanation.steps.map((s) =>
      s.rule === 'pu.jht.employer'
        ? { ...s, rounding: { mode: 'half-up' as const, exact: '-1234.5', rounded: -1234 } }
        : s,
    )
    expect(renderExplanation({ ...r.explanation, steps: negative } as Explanation)).toContain(
      '  Pembulatan: -Rp1.234,5 → -Rp1.234 (setengah ke atas ke rupiah penuh)',
    )
  })
})
