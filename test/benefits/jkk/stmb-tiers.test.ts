/**
 * The STMB tier of each month (rule `stmbRateFor` of src/benefits/jkk/rules.ts): the tiers of jkk.stmb.tiers are
 * read in order, each for its number of months, and the last stage lasts until recovery (PP 44/2015 and
 * PP 82/2019 Lampiran III: "50% … sampai sembuh"). The library's own tiers end with an open tier
 * (`months: null`); a per-call override of jkk.stmb.tiers reaches the other shapes: a finite last tier still
 * runs until recovery, and an open tier is the last one read (a tier after it is never reached). A part month of
 * no day adds no line. Expected figures worked out by hand below.
 */
import { describe, expect, it } from 'vitest'
import { calculateJkkBenefit, type CalculationOptions } from '../../../src/index.js'
import { stmbRateFor, stmbSchedule, totalOf } from '../../../src/benefits/jkk/rules.js'

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

/** A Regime B accident of 2024-03-10, W = Rp4.000.000, unable to work 2024-03-10 .. 2025-05-09: 14 whole months. */
const run = (tiers: unknown) =>
  calculateJkkBenefit(
    {
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 4_000_000,
      incapacity: { from: '2024-03-10', to: '2025-05-09' },
    },
    { locale: 'en', parameters: { 'jkk.stmb.tiers': tiers } } as CalculationOptions,
  )
const rates = (lines: readonly { readonly rate: string }[]) => lines.map((l) => l.rate)

describe('STMB tiers: the last stage runs until recovery', () => {
  it('a finite last tier still runs until recovery: 6 × 100% then 8 × 50% of Rp4.000.000', () => {
    const r = run([
      { months: 6, rate: '1' },
      { months: 6, rate: '0.5' },
    ])
    // months 1–6: 100% × 4,000,000 = 4,000,000; months 7–14 (past the 12 months the tiers name): 50% × 4,000,000
    // = 2,000,000; total 6 × 4,000,000 + 8 × 2,000,000 = 24,000,000 + 16,000,000 = 40,000,000
    expect(r.stmb!.lines).toHaveLength(14)
    expect(rates(r.stmb!.lines)).toEqual([...Array<string>(6).fill('1'), ...Array<string>(8).fill('0.5')])
    expect(r.stmb!.lines.map((l) => l.amount)).toEqual([
      ...Array<number>(6).fill(4_000_000),
      ...Array<number>(8).fill(2_000_000),
    ])
    expect(r.stmb!.total).toBe(40_000_000)
  })

  it('an open tier (months: null) is the last one read: a tier after it is never reached', () => {
    const r = run([
      { months: null, rate: '1' },
      { months: 6, rate: '0.5' },
    ])
    // every month at 100%: 14 × 4,000,000 = 56,000,000
    expect(rates(r.stmb!.lines)).toEqual(Array<string>(14).fill('1'))
    expect(r.stmb!.total).toBe(56_000_000)
  })

  it('the rule itself: past finite tiers the last rate applies; month 1 of an open first tier is its rate', () => {
    const finite = [
      { months: 2, rate: '1' },
      { months: 1, rate: '0.75' },
    ]
    expect([1, 2, 3, 4, 40].map((m) => stmbRateFor(finite, m))).toEqual(['1', '1', '0.75', '0.75', '0.75'])
    const open = [
      { months: null, rate: '0.9' },
      { months: 3, rate: '0.1' },
    ]
    expect([1, 2, 5].map((m) => stmbRateFor(open, m))).toEqual(['0.9', '0.9', '0.9'])
  })

  it('no tier at all has no rate to give: a RangeError naming the empty tiers', () => {
    expect(() => stmbRateFor([], 1)).toThrow(new RangeError('STMB tiers are empty'))
  })
})

describe('STMB part month: only a part of at least one day is paid', () => {
  it('a part month of 0 days adds no line: 12 whole months of Rp3.100.000 = Rp37.200.000', () => {
    const tiers = [
      { months: 12, rate: '1' },
      { months: null, rate: '0.5' },
    ]
    const lines = stmbSchedule(310_000_000, tiers, 12, { days: 0, ofDays: 31 }, 'half-up')
    // 12 × 100% × 3,100,000 = 37,200,000; no 13th line (0/31 of a month is no part month)
    expect(lines.map((l) => l.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(totalOf(lines)).toBe(37_200_000)
  })

  it('a part month of 1 day is a line: 50% × 3,100,000 × 1/31 = 50,000', () => {
    const tiers = [
      { months: 12, rate: '1' },
      { months: null, rate: '0.5' },
    ]
    const lines = stmbSchedule(310_000_000, tiers, 12, { days: 1, ofDays: 31 }, 'half-up')
    expect(lines.at(-1)).toEqual({ month: 13, rate: '0.5', part: { days: 1, ofDays: 31 }, amount: 50_000 })
    expect(totalOf(lines)).toBe(37_250_000)
  })
})
