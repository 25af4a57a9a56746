/**
 * The JKP cash schedule rule (decisions D27): PP 37/2021 Pasal 21, 45% of the capped wage for months 1–3 then
 * 25% for months 4–6 (terminations before 2025-02-07); PP 6/2025 Pasal 21 ayat (1), 60% for 6 months. Each
 * step's share is applied once to the exact base (sen) and rounded once with the call's rounding mode; one
 * jkp.cash step per schedule step (with its rounding record), then jkp.total. Also the building blocks
 * `jkpCashScheduleAt` and `cashMonths` (schedule.ts). Figures are worked out by hand below.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { cashMonths, jkpCashScheduleAt } from '../../../src/benefits/jkp/schedule.js'
import {
  calculateJkpBenefit,
  type CalculationOptions,
  type JkpBenefitInput,
  type JkpBenefitResult,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
const D27 = { source: 'DECISIONS', article: 'D27' }
const SCHED_PP37 = [{ source: 'PP-37-2021', article: 'Pasal 21' }, D27]
const SCHED_PP6 = [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (1)' }, D27]
const REF_PP37 = {
  id: 'jkpBenefit.cashSchedule',
  value: [
    { months: 3, rate: '0.45' },
    { months: 3, rate: '0.25' },
  ],
  from: '2021-02-01',
  to: '2025-02-06',
}
const REF_PP6 = { id: 'jkpBenefit.cashSchedule', value: [{ months: 6, rate: '0.60' }], from: '2025-02-07' }
const FORMULA_EN = 'share × wage base (rounded once) × number of months'
const FORMULA_ID = 'persentase × dasar upah (dibulatkan sekali) × jumlah bulan'

const input = (layoffDate: string, claimDate: string, monthlyWage: number | string): JkpBenefitInput => ({
  layoffDate,
  claimDate,
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  monthlyWage,
  employerArrearsMonths: 0,
})
const pp37 = (wage: number | string, o?: CalculationOptions) =>
  calculateJkpBenefit(input('2024-06-30', '2024-07-15', wage), o)
const pp6 = (wage: number | string, o?: CalculationOptions) =>
  calculateJkpBenefit(input('2025-03-15', '2025-04-01', wage), o)

const steps = (r: JkpBenefitResult, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
const total = (r: JkpBenefitResult) => steps(r, 'jkp.total')

describe('jkp.cash under PP 37/2021: wage 3,333,333 (45% and 25%, each rounded once, half up)', () => {
  // 45% × 3,333,333 = 1,499,999.85 → 1,500,000; 25% × 3,333,333 = 833,333.25 → 833,333
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = pp37(3_333_333, EN)
    id = pp37(3_333_333)
  })

  it('the months and the total: 3 × 1,500,000 + 3 × 833,333 = 6,999,999', () => {
    expect(en.months).toEqual([
      { month: 1, rate: '0.45', amount: 1_500_000 },
      { month: 2, rate: '0.45', amount: 1_500_000 },
      { month: 3, rate: '0.45', amount: 1_500_000 },
      { month: 4, rate: '0.25', amount: 833_333 },
      { month: 5, rate: '0.25', amount: 833_333 },
      { month: 6, rate: '0.25', amount: 833_333 },
    ])
    expect(en.total).toBe(6_999_999)
  })

  it('two jkp.cash steps with the rounding records (English)', () => {
    expect(steps(en, 'jkp.cash')).toEqual([
      {
        rule: 'jkp.cash',
        description: 'Months 1–3: 45% × Rp3.333.333 = Rp1.500.000 a month × 3 = Rp4.500.000.',
        formula: FORMULA_EN,
        inputs: {},
        parameters: [REF_PP37],
        legal: SCHED_PP37,
        rounding: { mode: 'half-up', exact: '1499999.85', rounded: 1_500_000 },
        value: 4_500_000,
      },
      {
        rule: 'jkp.cash',
        description: 'Months 4–6: 25% × Rp3.333.333 = Rp833.333 a month × 3 = Rp2.499.999.',
        formula: FORMULA_EN,
        inputs: {},
        parameters: [REF_PP37],
        legal: SCHED_PP37,
        rounding: { mode: 'half-up', exact: '833333.25', rounded: 833_333 },
        value: 2_499_999,
      },
    ])
  })

  it('Indonesian step texts', () => {
    expect(steps(id, 'jkp.cash').map((s) => [s.description, s.formula])).toEqual([
      ['Bulan 1–3: 45% × Rp3.333.333 = Rp1.500.000 per bulan × 3 = Rp4.500.000.', FORMULA_ID],
      ['Bulan 4–6: 25% × Rp3.333.333 = Rp833.333 per bulan × 3 = Rp2.499.999.', FORMULA_ID],
    ])
  })

  it('the total step, last, in both languages', () => {
    expect(en.explanation.steps.at(-1)).toEqual({
      rule: 'jkp.total',
      description: 'Total JKP cash benefit: Rp6.999.999 (status: payable).',
      inputs: {},
      parameters: [],
      legal: [],
      unit: 'rupiah',
      value: 6_999_999,
    })
    expect(id.explanation.steps.at(-1)?.description).toBe(
      'Jumlah manfaat uang tunai JKP: Rp6.999.999 (status: dibayarkan).',
    )
  })

  it('the steps in order: claim, regime, wage base, payer, the two cash steps, total', () => {
    expect(en.explanation.steps.map((s) => s.rule)).toEqual([
      'jkp.claim',
      'jkp.regime',
      'jkp.wageBase',
      'jkp.payer',
      'jkp.cash',
      'jkp.cash',
      'jkp.total',
    ])
  })
})

describe('jkp.cash under PP 6/2025: one step of 6 months at 60%', () => {
  it('wage 4,000,000: 2,400,000 a month, exact (the rounding record still shown)', () => {
    const r = pp6(4_000_000, EN)
    expect(steps(r, 'jkp.cash')).toEqual([
      {
        rule: 'jkp.cash',
        description: 'Months 1–6: 60% × Rp4.000.000 = Rp2.400.000 a month × 6 = Rp14.400.000.',
        formula: FORMULA_EN,
        inputs: {},
        parameters: [REF_PP6],
        legal: SCHED_PP6,
        rounding: { mode: 'half-up', exact: '2400000', rounded: 2_400_000 },
        value: 14_400_000,
      },
    ])
    expect(total(r)[0]?.value).toBe(14_400_000)
  })

  // Rp4,000,007.50 × 60% = 2,400,004.5: half up → 2,400,005; half even → 2,400,004; down → 2,400,004
  it('a half rupiah, half up: 2,400,005 a month (the base shown exactly, Rp4.000.007,50)', () => {
    const r = pp6('4000007.50', EN)
    expect(r.months.map((m) => m.amount)).toEqual(Array(6).fill(2_400_005))
    expect(r.total).toBe(14_400_030)
    expect(steps(r, 'jkp.cash')[0]).toEqual({
      rule: 'jkp.cash',
      description: 'Months 1–6: 60% × Rp4.000.007,50 = Rp2.400.005 a month × 6 = Rp14.400.030.',
      formula: FORMULA_EN,
      inputs: {},
      parameters: [REF_PP6],
      legal: SCHED_PP6,
      rounding: { mode: 'half-up', exact: '2400004.5', rounded: 2_400_005 },
      value: 14_400_030,
    })
  })

  it('a half rupiah, half even: 2,400,004 a month', () => {
    const r = pp6('4000007.50', { locale: 'en', rounding: 'half-even' })
    expect(r.total).toBe(14_400_024)
    expect(steps(r, 'jkp.cash')[0]?.rounding).toEqual({
      mode: 'half-even',
      exact: '2400004.5',
      rounded: 2_400_004,
    })
  })

  it('a half rupiah, down: 2,400,004 a month, the base shown exactly whatever the rounding', () => {
    const r = pp6('4000007.50', { locale: 'en', rounding: 'down' })
    expect(r.total).toBe(14_400_024)
    expect(steps(r, 'jkp.cash')[0]?.description).toBe(
      'Months 1–6: 60% × Rp4.000.007,50 = Rp2.400.004 a month × 6 = Rp14.400.024.',
    )
  })
})

describe("jkp.cash: the share is written in the call's language", () => {
  // a caller's schedule of 60.5% (options.parameters): 60.5% × 4,000,000 = 2,420,000 a month
  const options = (locale?: 'en') => ({
    ...(locale === undefined ? {} : { locale }),
    parameters: { 'jkpBenefit.cashSchedule': [{ months: 6, rate: '0.605' }] },
  })
  it('English 60.5%, Indonesian 60,5%', () => {
    expect(steps(pp6(4_000_000, options('en')), 'jkp.cash')[0]?.description).toBe(
      'Months 1–6: 60.5% × Rp4.000.000 = Rp2.420.000 a month × 6 = Rp14.520.000.',
    )
    expect(steps(pp6(4_000_000, options()), 'jkp.cash')[0]?.description).toBe(
      'Bulan 1–6: 60,5% × Rp4.000.000 = Rp2.420.000 per bulan × 6 = Rp14.520.000.',
    )
  })
})

describe('jkp.total when not payable: no cash step, total 0', () => {
  it('not payable (a resignation): the total step says so, in both languages', () => {
    const over = { reasonForLeaving: 'resignation' } as const
    const en = calculateJkpBenefit({ ...input('2025-03-15', '2025-04-01', 4_000_000), ...over }, EN)
    expect(en.status).toBe('not-payable')
    expect(en.months).toEqual([])
    expect(en.total).toBe(0)
    expect(steps(en, 'jkp.cash')).toEqual([])
    expect(total(en)).toEqual([
      {
        rule: 'jkp.total',
        description: 'Total JKP cash benefit: Rp0 (status: not payable).',
        inputs: {},
        parameters: [],
        legal: [],
        unit: 'rupiah',
        value: 0,
      },
    ])
    const id = calculateJkpBenefit({ ...input('2025-03-15', '2025-04-01', 4_000_000), ...over })
    expect(total(id)[0]?.description).toBe('Jumlah manfaat uang tunai JKP: Rp0 (status: tidak dibayarkan).')
  })

  it('incomplete (no new-job fact): the total step says so, in both languages', () => {
    const { employedAgain: _, ...rest } = input('2025-03-15', '2025-04-01', 4_000_000)
    const en = calculateJkpBenefit(rest, EN)
    expect(en.status).toBe('incomplete')
    expect(en.months).toEqual([])
    expect(total(en)[0]?.description).toBe('Total JKP cash benefit: Rp0 (status: incomplete input).')
    expect(total(calculateJkpBenefit(rest))[0]?.description).toBe(
      'Jumlah manfaat uang tunai JKP: Rp0 (status: data belum lengkap).',
    )
  })
})

describe('jkpCashScheduleAt (schedule.ts)', () => {
  const reading = (r: {
    id: string
    value: unknown
    from: string
    to?: string
    legal: unknown
    confidence: string
  }) => ({ id: r.id, value: r.value, from: r.from, to: r.to, legal: r.legal, confidence: r.confidence })

  it('PP 37/2021 (2025-02-06), wage 5,000,000 (at the cap): not capped, 2,250,000 × 3 + 1,250,000 × 3', () => {
    const s = jkpCashScheduleAt('2025-02-06', 5_000_000)
    expect(s.wageBase).toBe(5_000_000)
    expect(s.capped).toBe(false)
    expect(s.months).toEqual([
      { month: 1, rate: '0.45', amount: 2_250_000 },
      { month: 2, rate: '0.45', amount: 2_250_000 },
      { month: 3, rate: '0.45', amount: 2_250_000 },
      { month: 4, rate: '0.25', amount: 1_250_000 },
      { month: 5, rate: '0.25', amount: 1_250_000 },
      { month: 6, rate: '0.25', amount: 1_250_000 },
    ])
    expect(s.total).toBe(10_500_000)
    expect(s.readings.map(reading)).toEqual([
      {
        id: 'jkpBenefit.wageCap',
        value: '5000000',
        from: '2021-02-01',
        to: '2025-02-06',
        legal: SCHED_PP37,
        confidence: 'high',
      },
      { ...REF_PP37, legal: SCHED_PP37, confidence: 'high' },
    ])
  })

  it('PP 6/2025 (2025-02-07), wage 5,000,001: capped at 5,000,000, 6 × 3,000,000', () => {
    const s = jkpCashScheduleAt('2025-02-07', 5_000_001)
    expect(s.wageBase).toBe(5_000_000)
    expect(s.capped).toBe(true)
    expect(s.total).toBe(18_000_000)
    expect(s.readings.map(reading)).toEqual([
      {
        id: 'jkpBenefit.wageCap',
        value: '5000000',
        from: '2025-02-07',
        to: undefined,
        legal: [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (3)' }, D27],
        confidence: 'high',
      },
      { ...REF_PP6, to: undefined, legal: SCHED_PP6, confidence: 'high' },
    ])
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.readings)).toBe(true)
    expect(Object.isFrozen(s.months)).toBe(true)
    expect(Object.isFrozen(s.months[0])).toBe(true)
  })

  it('the rounding mode: wage 3,333,333 under PP 37/2021, half up 6,999,999, down 6,999,996', () => {
    // down: 1,499,999 × 3 + 833,333 × 3
    expect(jkpCashScheduleAt('2024-06-30', 3_333_333).total).toBe(6_999_999)
    expect(jkpCashScheduleAt('2024-06-30', 3_333_333, 'down').total).toBe(3 * 1_499_999 + 3 * 833_333)
  })
})

describe('cashMonths (schedule.ts): each step applied once to the base in sen', () => {
  it('numbers the months across the steps and repeats each step amount', () => {
    const m = cashMonths(
      1_000_050,
      [
        { months: 2, rate: '0.45' },
        { months: 1, rate: '0.25' },
      ],
      'half-up',
    )
    // 10,000.50 × 45% = 4,500.225 → 4,500; 10,000.50 × 25% = 2,500.125 → 2,500
    expect(m).toEqual([
      { month: 1, rate: '0.45', amount: 4_500 },
      { month: 2, rate: '0.45', amount: 4_500 },
      { month: 3, rate: '0.25', amount: 2_500 },
    ])
  })

  it('half a rupiah: half up rounds up, half even to the even rupiah, down truncates', () => {
    // 750 sen (Rp7.50) × 60% = Rp4.5
    const steps6 = [{ months: 1, rate: '0.60' }]
    expect(cashMonths(750, steps6, 'half-up')).toEqual([{ month: 1, rate: '0.60', amount: 5 }])
    expect(cashMonths(750, steps6, 'half-even')).toEqual([{ month: 1, rate: '0.60', amount: 4 }])
    expect(cashMonths(750, steps6, 'down')).toEqual([{ month: 1, rate: '0.60', amount: 4 }])
  })

  it('no steps: no months', () => {
    expect(cashMonths(100_000, [], 'half-up')).toEqual([])
  })
})
