import { describe, expect, it } from 'vitest'
import {
  jkkClaimLapseYears,
  jkkDisabilityPeriodic,
  jkkDisabilityTable,
  jkkDisabilityWageMonths,
  jkkHomeCareCap,
  jkkOccupationalDiseaseYears,
  jkkStmbTiers,
  jkkTotalDisabilityRate,
  jkkTransportCaps,
} from '../../../src/parameters/jkk-benefit.js'
import { valueAt } from '../../../src/parameters/lookup.js'
import {
  capped,
  partialDisabilityAmount,
  stmbSchedule,
  totalDisabilityAmount,
  totalOf,
  transportLines,
} from '../../../src/benefits/jkk/rules.js'
import { tablePercentOf } from '../../../src/benefits/jkk/disability-table.js'
import {
  claimInTime,
  lapseTransitionCase,
  occupationalDiseaseWithin,
} from '../../../src/benefits/jkk/conditions.js'

// Every expected value below is derived by hand from the formulas of the research notes (§2.1, §3.4, §4), not
// from the code's output.

/** Rupiah → sen (the rules take the wage in sen, as the schemas parse it). */
const sen = (rupiah: number) => rupiah * 100
const tiers = (d: string) => valueAt(jkkStmbTiers, d).value
const B = '2024-03-10'
const A = '2019-06-01'

function disability(date: string) {
  return {
    months: valueAt(jkkDisabilityWageMonths, date).value,
    rate: valueAt(jkkTotalDisabilityRate, date).value,
  }
}

describe('STMB schedule (notes §2.1)', () => {
  it('Regime B, W = 5,000,000, 15 months: 12 × 5,000,000 + 3 × 2,500,000 = 67,500,000', () => {
    const lines = stmbSchedule(sen(5_000_000), tiers(B), 15, null, 'half-up')
    expect(lines).toHaveLength(15)
    expect(lines[11]?.amount).toBe(5_000_000) // month 12 still 100%
    expect(lines[12]?.amount).toBe(2_500_000) // month 13 at 50%
    expect(totalOf(lines)).toBe(67_500_000)
  })
  it('Regime A, W = 4,000,000, 14 months: 6 × 4,000,000 + 6 × 3,000,000 + 2 × 2,000,000 = 46,000,000', () => {
    const lines = stmbSchedule(sen(4_000_000), tiers(A), 14, null, 'half-up')
    expect(lines[5]?.amount).toBe(4_000_000) // month 6 at 100%
    expect(lines[6]?.amount).toBe(3_000_000) // month 7 at 75%
    expect(lines[12]?.amount).toBe(2_000_000) // month 13 at 50%
    expect(totalOf(lines)).toBe(46_000_000)
  })
  it('the same 14 months under Regime B: 12 × 4,000,000 + 2 × 2,000,000 = 52,000,000', () => {
    expect(totalOf(stmbSchedule(sen(4_000_000), tiers(B), 14, null, 'half-up'))).toBe(52_000_000)
  })
  it('BPU, Regime B, declared income 1,000,000, 13 months: 12,000,000 + 500,000 = 12,500,000', () => {
    expect(totalOf(stmbSchedule(sen(1_000_000), tiers(B), 13, null, 'half-up'))).toBe(12_500_000)
  })
  it('regime by accident date: 2019-12-01 is A (month 7 at 75%), 2019-12-02 is B (month 7 at 100%)', () => {
    expect(stmbSchedule(sen(4_000_000), tiers('2019-12-01'), 7, null, 'half-up')[6]?.amount).toBe(3_000_000)
    expect(stmbSchedule(sen(4_000_000), tiers('2019-12-02'), 7, null, 'half-up')[6]?.amount).toBe(4_000_000)
  })
  it('a part month is pro-rated by calendar days (assumption): 50% × 3,100,000 × 10/31 = 500,000', () => {
    const lines = stmbSchedule(sen(3_100_000), tiers(B), 12, { days: 10, ofDays: 31 }, 'half-up')
    expect(lines).toHaveLength(13)
    expect(lines[12]).toEqual({ month: 13, rate: '0.5', part: { days: 10, ofDays: 31 }, amount: 500_000 })
  })
  it('the part-month rounding is explicit: 1,000,001 × 1 × 1/3 = 333,333.67 → half-up 333,334, down 333,333', () => {
    expect(stmbSchedule(sen(1_000_001), tiers(B), 0, { days: 1, ofDays: 3 }, 'half-up')[0]?.amount).toBe(
      333_334,
    )
    expect(stmbSchedule(sen(1_000_001), tiers(B), 0, { days: 1, ofDays: 3 }, 'down')[0]?.amount).toBe(333_333)
  })
  it('no date before 2015-07-01', () => {
    expect(() => valueAt(jkkStmbTiers, '2015-06-30')).toThrow()
  })
})

describe('permanent disability (notes §3.4)', () => {
  it('total, Regime B, W = 5,000,000: 0.70 × 80 × 5,000,000 = 280,000,000; + berkala 12,000,000 = 292,000,000', () => {
    const d = disability(B)
    const lump = totalDisabilityAmount(sen(5_000_000), d.rate, d.months, 'half-up')
    expect(lump).toBe(280_000_000)
    expect(lump + Number(valueAt(jkkDisabilityPeriodic, B).value)).toBe(292_000_000)
  })
  it('total, BPU, declared income 1,000,000: 56,000,000 + 12,000,000 = 68,000,000', () => {
    const d = disability(B)
    const lump = totalDisabilityAmount(sen(1_000_000), d.rate, d.months, 'half-up')
    expect(lump + Number(valueAt(jkkDisabilityPeriodic, B).value)).toBe(68_000_000)
  })
  it('total, Regime A, W = 4,000,000: 224,000,000 + 4,800,000 (low) = 228,800,000', () => {
    const d = disability(A)
    const berkala = valueAt(jkkDisabilityPeriodic, A)
    expect(berkala.confidence).toBe('low')
    expect(totalDisabilityAmount(sen(4_000_000), d.rate, d.months, 'half-up') + Number(berkala.value)).toBe(
      228_800_000,
    )
  })
  it('anatomical, right arm from the shoulder, right-handed: 40% × 80 × 5,000,000 = 160,000,000', () => {
    const table = valueAt(jkkDisabilityTable, B).value
    const pct = tablePercentOf(table, 'right-arm-from-shoulder', {})
    expect(pct).toBe('40')
    expect(partialDisabilityAmount(sen(5_000_000), pct as string, null, 80, 'half-up')).toBe(160_000_000)
  })
  it('the same loss for a left-handed worker: 35% × 80 × 5,000,000 = 140,000,000', () => {
    const table = valueAt(jkkDisabilityTable, B).value
    const pct = tablePercentOf(table, 'right-arm-from-shoulder', { leftHanded: true })
    expect(pct).toBe('35')
    expect(partialDisabilityAmount(sen(5_000_000), pct as string, null, 80, 'half-up')).toBe(140_000_000)
  })
  it('functional, right arm 50% function lost: 50% × 40% × 80 × 5,000,000 = 80,000,000', () => {
    expect(partialDisabilityAmount(sen(5_000_000), '40', '50', 80, 'half-up')).toBe(80_000_000)
  })
  it('hearing reduction both ears, 20 dB: (20/10) × 6% = 12%; 12% × 80 × 5,000,000 = 48,000,000', () => {
    const table = valueAt(jkkDisabilityTable, B)
    expect(table.confidence).toBe('low')
    const pct = tablePercentOf(table.value, 'hearing-reduction-both-ears', { decibels: 20 })
    expect(pct).toBe('12')
    expect(partialDisabilityAmount(sen(5_000_000), pct as string, null, 80, 'half-up')).toBe(48_000_000)
  })
  it('a row not seen is undefined (never extrapolated); a range row needs a percent within its bounds', () => {
    const table = valueAt(jkkDisabilityTable, B).value
    expect(tablePercentOf(table, 'forearm', {})).toBeUndefined()
    expect(tablePercentOf(table, 'scalp-avulsion', {})).toBeUndefined()
    expect(tablePercentOf(table, 'scalp-avulsion', { percent: '31' })).toBeUndefined()
    expect(tablePercentOf(table, 'scalp-avulsion', { percent: '20' })).toBe('20')
  })
  it('the seen table has no Regime A value (rows not seen for PP 44/2015)', () => {
    expect(() => valueAt(jkkDisabilityTable, A)).toThrow()
  })
})

describe('transport and home care caps (notes §4)', () => {
  it('Regime B land 6,500,000 → min(6,500,000; 5,000,000) = 5,000,000', () => {
    expect(transportLines({ land: 6_500_000 }, valueAt(jkkTransportCaps, B).value).land?.amount).toBe(
      5_000_000,
    )
  })
  it('land 3,000,000 + air 12,000,000 → 3,000,000 + 10,000,000 = 13,000,000', () => {
    const t = transportLines({ land: 3_000_000, air: 12_000_000 }, valueAt(jkkTransportCaps, B).value)
    expect((t.land?.amount ?? 0) + (t.air?.amount ?? 0)).toBe(13_000_000)
  })
  it('the same land trip under Regime A → min(6,500,000; 1,000,000) = 1,000,000', () => {
    expect(transportLines({ land: 6_500_000 }, valueAt(jkkTransportCaps, A).value).land?.amount).toBe(
      1_000_000,
    )
  })
  it('sea caps below/at/above: B 2,000,000; A 1,500,000', () => {
    const capsB = valueAt(jkkTransportCaps, B).value
    expect(transportLines({ sea: 1_999_999 }, capsB).sea?.amount).toBe(1_999_999)
    expect(transportLines({ sea: 2_000_000 }, capsB).sea?.amount).toBe(2_000_000)
    expect(transportLines({ sea: 2_000_001 }, capsB).sea?.amount).toBe(2_000_000)
    expect(transportLines({ sea: 2_000_001 }, valueAt(jkkTransportCaps, A).value).sea?.amount).toBe(1_500_000)
  })
  it('home care 26,000,000 (Regime B) → 20,000,000; no home care in Regime A', () => {
    expect(capped(26_000_000, valueAt(jkkHomeCareCap, B).value).amount).toBe(20_000_000)
    expect(() => valueAt(jkkHomeCareCap, A)).toThrow()
  })
  it('no cap found (dentures, glasses) → the caller amount with cap null', () => {
    expect(capped(3_000_000, null)).toEqual({ billed: 3_000_000, cap: null, amount: 3_000_000 })
  })
})

describe('conditions (notes §1.3, §1.6)', () => {
  it('claim lapse: 2 years before 2019-12-02, 5 years from it', () => {
    expect(valueAt(jkkClaimLapseYears, '2019-12-01').value).toBe(2)
    expect(valueAt(jkkClaimLapseYears, '2019-12-02').value).toBe(5)
    expect(claimInTime('2024-03-10', '2029-03-10', 5)).toBe(true)
    expect(claimInTime('2024-03-10', '2029-03-11', 5)).toBe(false)
    expect(claimInTime('2016-05-01', '2018-05-02', 2)).toBe(false)
  })
  it('transition case: an accident of 2018-06-01 still had its 2-year window open on 2019-12-02', () => {
    expect(lapseTransitionCase('2018-06-01', '2019-12-02', 2)).toBe(true)
    expect(lapseTransitionCase('2017-06-01', '2019-12-02', 2)).toBe(false)
    expect(lapseTransitionCase('2019-12-02', '2019-12-02', 2)).toBe(false)
  })
  it('occupational disease: up to 3 years after employment ends (inclusive)', () => {
    const years = valueAt(jkkOccupationalDiseaseYears, '2024-01-01').value
    expect(years).toBe(3)
    expect(occupationalDiseaseWithin('2027-01-31', '2024-01-31', years)).toBe(true)
    expect(occupationalDiseaseWithin('2027-02-01', '2024-01-31', years)).toBe(false)
    expect(occupationalDiseaseWithin('2024-01-01', undefined, years)).toBe(true)
  })
})
