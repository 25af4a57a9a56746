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
  it('write a whole exact amount grouped, without a comma', () => {
    const steps = r.explanation.steps.map((s) =>
      s.rule === 'pu.jht.employer'
        ? { ...s, rounding: { mode: 'half-up' as const, exact: '1234567', rounded: 1_234_567 } }
        : s,
    )
    expect(renderExplanation({ ...r.explanation, steps } as Explanation)).toContain(
      '  Pembulatan: Rp1.234.567 → Rp1.234.567 (setengah ke atas ke rupiah penuh)',
    )
  })
})

describe('the result line of a step with unit rupiah', () => {
  const base = r.explanation.steps.find((s) => s.rule === 'pu.jp.base')!
  const render = (patch: object) =>
    renderExplanation({
      ...r.explanation,
      steps: r.explanation.steps.map((s) => (s.rule === 'pu.jp.base' ? { ...s, ...patch } : s)),
    } as Explanation)
  it('writes an amount with sen as rupiah (the JP base of a wage with sen)', () => {
    expect(base.unit).toBe('rupiah')
    expect(base.value).toBe(5_000_000.5)
    expect(render({})).toContain('  Hasil: Rp5.000.000,50')
    expect(render({ value: 1234.56 })).toContain('  Hasil: Rp1.234,56\n')
  })
  it('shows a value that is not an amount of at most 15 digits and 2 decimals as it is', () => {
    expect(render({ value: 1.125 })).toContain('  Hasil: 1.125\n')
    expect(render({ value: 1234567890123456 })).toContain('  Hasil: 1234567890123456\n')
    expect(render({ value: '12' })).toContain('  Hasil: 12\n')
    expect(render({ value: -7 })).toContain('  Hasil: -Rp7\n')
  })
  it('and a number without the unit (or another unit) stays a number: a count is not rupiah', () => {
    expect(render({ unit: undefined, value: 180 })).toContain('  Hasil: 180\n')
    expect(render({ unit: 'months', value: 180 })).toContain('  Hasil: 180\n')
  })
  it('refuses a unit that is not a text, at its path', () => {
    const i = r.explanation.steps.indexOf(base)
    let issues: readonly { path: readonly (string | number)[]; code: string }[] = []
    try {
      render({ unit: 5 })
    } catch (e) {
      issues = (e as { issues: typeof issues }).issues
    }
    expect(issues.map((x) => [x.path, x.code])).toEqual([[['steps', i, 'unit'], 'INVALID_TYPE']])
  })
})
