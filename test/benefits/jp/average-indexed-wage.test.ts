/**
 * The average indexed wage (rule `averageIndexedWage` of src/benefits/jp/formula.ts, PP 45/2015 Pasal 17(3),
 * open question 20): each month's wage × the index of its year, summed and divided by the months. An empty
 * history has no wage to average: the average is 0 (never 0/0), and no year's inflation is missing. Months of
 * one year share that year's index (computed once, the same for each). Figures worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import { averageIndexedWage } from '../../../src/benefits/jp/formula.js'

describe('average indexed wage', () => {
  it('no month: average 0, nothing missing', () => {
    const r = averageIndexedWage([], 2030, { 2028: '0.05', 2029: '0.04' })
    expect(r.average.toString()).toBe('0')
    expect(r.average.isFinite()).toBe(true)
    expect(r.missing).toEqual([])
  })

  it('months of one year share its index; years without inflation are listed once, ascending', () => {
    // pension year 2030; 2028: index (1 + 0.05)(1 + 0.04) = 1.092; 2029: 1.04
    // (2,000,000 + 3,000,000) × 1.092 + 4,000,000 × 1.04 = 5,460,000 + 4,160,000 = 9,620,000; / 3 months
    const r = averageIndexedWage(
      [
        { period: '2028-01', wage: 2_000_000 },
        { period: '2028-02', wage: 3_000_000 },
        { period: '2029-01', wage: 4_000_000 },
      ],
      2030,
      { 2028: '0.05', 2029: '0.04' },
    )
    // = 3,206,666.666… (exact: the average is not rounded), 3,206,666.67 to the sen
    expect(r.average.toDecimalPlaces(2).toString()).toBe('3206666.67')
    expect(r.missing).toEqual([])
    // without 2029's inflation: 2028 and 2029 both miss 2029 (listed once); 2028's index is then 1.05:
    // (2,000,000 + 3,000,000) × 1.05 + 4,000,000 × 1 = 5,250,000 + 4,000,000 = 9,250,000
    const gap = averageIndexedWage(
      [
        { period: '2029-01', wage: 4_000_000 },
        { period: '2028-01', wage: 2_000_000 },
        { period: '2028-02', wage: 3_000_000 },
      ],
      2030,
      { 2028: '0.05' },
    )
    // / 3 = 3,083,333.333… → 3,083,333.33 to the sen
    expect(gap.average.toDecimalPlaces(2).toString()).toBe('3083333.33')
    expect(gap.missing).toEqual([2029])
  })
})
