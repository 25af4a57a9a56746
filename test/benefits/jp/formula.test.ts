import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../../../src/money/decimal.js'
import {
  averageIndexedWage,
  boundPension,
  formulaPension,
  lumpSum,
  roundRupiah,
  wageIndex,
} from '../../../src/benefits/jp/formula.js'

// Example JP-1: the BPJS TK slide "Kasus 3" with its hypothetical inflation, pension year 2030.
const SLIDE_INFLATION: Record<number, string> = {
  2015: '0.07',
  2016: '0.0675',
  2017: '0.065',
  2018: '0.0625',
  2019: '0.06',
  2020: '0.0575',
  2021: '0.055',
  2022: '0.0525',
  2023: '0.05',
  2024: '0.0475',
  2025: '0.0475',
  2026: '0.0475',
  2027: '0.0475',
  2028: '0.0475',
  2029: '0.0475',
}
const SLIDE_WAGES: [number, number, number][] = [
  // year, counted wage, weighted wage printed on the slide (rounded to rupiah)
  [2015, 3000000, 6694617],
  [2016, 3400000, 7090872],
  [2017, 3810000, 7443511],
  [2018, 4230000, 7759676],
  [2019, 4740000, 8183755],
  [2020, 5270000, 8583789],
  [2021, 5840000, 8994994],
  [2022, 6510000, 9504222],
  [2023, 7190000, 9973380],
  [2024, 7930000, 10476046],
  [2025, 8770000, 11060372],
  [2026, 9660000, 11630363],
  [2027, 10630000, 12217866],
  [2028, 11750000, 12892761],
  [2029, 12930000, 13544175],
]

describe('JP formula: worked examples of the notes', () => {
  it('JP-1: index 2015 = 1.07 × 1.0675 × … × 1.0475⁶ = 2.23154, weighted wage 6,694,617', () => {
    const { index, missing } = wageIndex(2015, 2030, SLIDE_INFLATION)
    expect(missing).toEqual([])
    expect(index.toDecimalPlaces(5).toString()).toBe('2.23154')
    expect(roundRupiah(index.times(3000000))).toBe(6694617)
  })

  it('JP-1: every weighted wage row of the slide reproduces to the rupiah', () => {
    for (const [year, wage, weighted] of SLIDE_WAGES)
      expect(roundRupiah(wageIndex(year, 2030, SLIDE_INFLATION).index.times(wage))).toBe(weighted)
  })

  it('JP-1: 15 years, mean of the weighted wages 9,736,693 → MP 1% × 15 × 9,736,693 ≈ Rp1,460,504', () => {
    // 12 months per year, so the month-weighted mean equals the simple mean of the 15 yearly values
    const history = SLIDE_WAGES.flatMap(([year, wage]) =>
      Array.from({ length: 12 }, (_, m) => ({ period: `${year}-${String(m + 1).padStart(2, '0')}`, wage })),
    )
    const { average, missing } = averageIndexedWage(history, 2030, SLIDE_INFLATION)
    expect(missing).toEqual([])
    // sum of the rounded rows 146,050,399 / 15 = 9,736,693.27; the exact mean differs by < Rp1
    expect(roundRupiah(average)).toBe(9736693)
    expect(roundRupiah(formulaPension('0.01', 180, average))).toBe(1460504)
  })

  it('JP-2: 1% × 180/12 × 2,500,000 = 375,000 < 2026 minimum 411,400 → 411,400; 200 months × 4,000,000 → 666,667', () => {
    const mp = roundRupiah(formulaPension('0.01', 180, new Dec(2500000)))
    expect(mp).toBe(375000)
    expect(boundPension(mp, 411400, 4932300)).toEqual({ amount: 411400, applied: 'minimum' })
    // 0.01 × 200/12 × 4,000,000 = 666,666.67 → 666,667
    expect(roundRupiah(formulaPension('0.01', 200, new Dec(4000000)))).toBe(666667)
  })

  it('JP-3: as-15-years base 1% × 15 × 6,000,000 = 900,000; with the actual 24 months 120,000', () => {
    expect(roundRupiah(formulaPension('0.01', 180, new Dec(6000000)))).toBe(900000)
    expect(roundRupiah(formulaPension('0.01', 24, new Dec(6000000)))).toBe(120000)
  })

  it('JP-4: 120 × 150,000 = 18,000,000; at 6.51%/12 monthly, month-end contributions → 25,274,283', () => {
    const c = Array.from({ length: 120 }, () => 150000)
    expect(lumpSum(c)).toEqual({ contributions: 18000000, total: 18000000 })
    const r = new Dec('0.0651').div(12).toString()
    // annuity: 150,000 × ((1 + 0.0651/12)^120 − 1) / (0.0651/12) = 25,274,283 (notes §4.7)
    expect(
      lumpSum(
        c,
        c.map(() => r),
      ).total,
    ).toBe(25274283)
  })

  it('a year without inflation is reported missing, never assumed', () => {
    expect(wageIndex(2024, 2027, { 2024: '0.0157' }).missing).toEqual([2025, 2026])
  })
})

describe('JP formula: properties', () => {
  const wage = fc.integer({ min: 0, max: 20_000_000 })
  it('more contribution months never lower the monthly pension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), wage, (a, b, w) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const p = (m: number) =>
          boundPension(roundRupiah(formulaPension('0.01', m, new Dec(w))), 300000, 3600000)
        expect(p(hi).amount).toBeGreaterThanOrEqual(p(lo).amount)
      }),
    )
  })
  it('the minimum and maximum always bound the monthly pension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), wage, (amount, min) => {
        const max = min + 3_000_000
        const r = boundPension(amount, min, max)
        expect(r.amount).toBeGreaterThanOrEqual(min)
        expect(r.amount).toBeLessThanOrEqual(max)
      }),
    )
  })
})
