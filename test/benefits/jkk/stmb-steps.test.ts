/**
 * STMB (santunan tidak mampu bekerja) by rule: the tiers of parameter jkk.stmb.tiers (Regime A, PP 44/2015:
 * 100% × 6 months, 75% × 6, then 50%; Regime B, PP 82/2019 from 2019-12-02: 100% × 12, then 50%), whole
 * months then one part month pro-rated by calendar days (a library assumption, flagged) or left out, the
 * regime straddle warning, the jkk.stmb step and the rounding of each line. Expected values from the parameter
 * data and the code's comments.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

const D5 = { source: 'DECISIONS', article: 'D5' }
const TIERS_A = [
  { months: 6, rate: '1' },
  { months: 6, rate: '0.75' },
  { months: null, rate: '0.5' },
]
const TIERS_B = [
  { months: 12, rate: '1' },
  { months: null, rate: '0.5' },
]

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

const run = (
  accidentDate: string,
  monthlyWage: number | string,
  incapacity: NonNullable<JkkBenefitInput['incapacity']>,
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PU, accidentDate, monthlyWage, incapacity }, options)
const step = (r: JkkBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const whole = (month: number, rate: string, amount: number) => ({ month, rate, part: null, amount })

describe('Regime A: 2019-06-01 .. 2020-07-31 (14 whole months), W = 4,000,000', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    r = run('2019-06-01', 4_000_000, { from: '2019-06-01', to: '2020-07-31' })
    id = run('2019-06-01', 4_000_000, { from: '2019-06-01', to: '2020-07-31' }, {})
  })

  it('months 1–6 at 100%, 7–12 at 75%, 13–14 at 50%: 24,000,000 + 18,000,000 + 4,000,000', () => {
    expect(r.stmb).toEqual({
      lines: [
        ...[1, 2, 3, 4, 5, 6].map((m) => whole(m, '1', 4_000_000)),
        ...[7, 8, 9, 10, 11, 12].map((m) => whole(m, '0.75', 3_000_000)),
        whole(13, '0.5', 2_000_000),
        whole(14, '0.5', 2_000_000),
      ],
      total: 46_000_000,
    })
    expect(r.total).toBe(46_000_000)
  })

  it('the step: 14 months, the tiers of Regime A with PP 44/2015 Lampiran III', () => {
    expect(step(r, 'jkk.stmb')).toEqual({
      rule: 'jkk.stmb',
      description: 'STMB over 14 months: Rp46.000.000.',
      inputs: { from: '2019-06-01', to: '2020-07-31' },
      parameters: [{ id: 'jkk.stmb.tiers', value: TIERS_A, from: '2015-07-01', to: '2019-12-01' }],
      legal: [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5],
      unit: 'rupiah',
      value: 46_000_000,
    })
    expect(step(id, 'jkk.stmb').description).toBe('STMB selama 14 bulan: Rp46.000.000.')
  })

  it('the incapacity runs past 2019-12-01: the straddle warning (after the lapse transition one), both locales', () => {
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'JKK_LAPSE_TRANSITION' }),
      {
        code: 'JKK_STMB_STRADDLES_REGIME',
        message:
          'The incapacity runs past 2019-12-02: the whole STMB stays under the regime of the accident date (PP 44/2015); no transition rule was found.',
      },
    ])
    expect(id.warnings[1]).toEqual({
      code: 'JKK_STMB_STRADDLES_REGIME',
      message:
        'Masa tidak mampu bekerja melewati 2019-12-02: seluruh STMB tetap menurut rezim tanggal kecelakaan (PP 44/2015); aturan peralihan tidak ditemukan.',
    })
  })
})

describe('the regime straddle boundary', () => {
  const straddles = (r: JkkBenefitResult) =>
    r.warnings.filter((w) => w.code === 'JKK_STMB_STRADDLES_REGIME').length
  it('an A accident whose incapacity ends 2019-12-01: no warning; ending 2019-12-02: warned', () => {
    expect(straddles(run('2019-11-02', 4_000_000, { from: '2019-11-02', to: '2019-12-01' }))).toBe(0)
    expect(straddles(run('2019-11-02', 4_000_000, { from: '2019-11-02', to: '2019-12-02' }))).toBe(1)
  })
  it('a B accident (2019-12-02) is never warned', () => {
    expect(straddles(run('2019-12-02', 4_000_000, { from: '2019-12-02', to: '2020-12-01' }))).toBe(0)
  })
})

describe('Regime B with a part month: 2024-03-10 .. 2025-03-19, W = 3,100,000', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  let excluded: JkkBenefitResult
  let excludedId: JkkBenefitResult
  beforeEach(() => {
    const inc = { from: '2024-03-10', to: '2025-03-19' }
    r = run('2024-03-10', 3_100_000, inc)
    id = run('2024-03-10', 3_100_000, inc, {})
    excluded = run('2024-03-10', 3_100_000, { ...inc, partMonth: 'exclude' })
    excludedId = run('2024-03-10', 3_100_000, { ...inc, partMonth: 'exclude' }, {})
  })

  it('12 whole months at 100%, then 10 of March’s 31 days at 50%: 500,000', () => {
    expect(r.stmb).toEqual({
      lines: [
        ...Array.from({ length: 12 }, (_, i) => whole(i + 1, '1', 3_100_000)),
        { month: 13, rate: '0.5', part: { days: 10, ofDays: 31 }, amount: 500_000 },
      ],
      total: 37_700_000,
    })
    expect(step(r, 'jkk.stmb')).toEqual({
      rule: 'jkk.stmb',
      description: 'STMB over 13 months: Rp37.700.000.',
      inputs: { from: '2024-03-10', to: '2025-03-19' },
      parameters: [{ id: 'jkk.stmb.tiers', value: TIERS_B, from: '2019-12-02' }],
      legal: [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5],
      unit: 'rupiah',
      value: 37_700_000,
    })
  })

  it('the part month is flagged as an assumption, in both locales', () => {
    expect(r.warnings).toEqual([
      {
        code: 'JKK_STMB_PART_MONTH',
        message:
          'The STMB part month (10/31 days) is pro-rated by calendar days: a library assumption, the rule was not found.',
      },
    ])
    expect(id.warnings).toEqual([
      {
        code: 'JKK_STMB_PART_MONTH',
        message:
          'Bulan tidak penuh STMB (10/31 hari) dihitung pro rata hari kalender: asumsi pustaka, aturannya tidak ditemukan.',
      },
    ])
  })

  it('partMonth exclude: 12 lines, 37,200,000, the step counts 12 months, the exclusion warned', () => {
    expect(excluded.stmb).toEqual({
      lines: Array.from({ length: 12 }, (_, i) => whole(i + 1, '1', 3_100_000)),
      total: 37_200_000,
    })
    expect(step(excluded, 'jkk.stmb').description).toBe('STMB over 12 months: Rp37.200.000.')
    expect(excluded.warnings).toEqual([
      {
        code: 'JKK_STMB_PART_MONTH_EXCLUDED',
        message:
          'The STMB part month (10/31 days) is left out at the caller’s request: the rule was not found.',
      },
    ])
    expect(excludedId.warnings).toEqual([
      {
        code: 'JKK_STMB_PART_MONTH_EXCLUDED',
        message:
          'Bulan tidak penuh STMB (10/31 hari) tidak dihitung atas permintaan pemanggil: aturannya tidak ditemukan.',
      },
    ])
  })
})

describe('whole months exactly, and one day more', () => {
  it('2024-03-10 .. 2024-04-09: one whole month, no part, no warning', () => {
    const r = run('2024-03-10', 3_000_000, { from: '2024-03-10', to: '2024-04-09' })
    expect(r.stmb).toEqual({ lines: [whole(1, '1', 3_000_000)], total: 3_000_000 })
    expect(r.warnings).toEqual([])
    expect(step(r, 'jkk.stmb').description).toBe('STMB over 1 month: Rp3.000.000.')
  })
  it('2024-03-10 .. 2024-04-10: one whole month and 1 of April’s 30 days (100,000)', () => {
    const r = run('2024-03-10', 3_000_000, { from: '2024-03-10', to: '2024-04-10' })
    expect(r.stmb).toEqual({
      lines: [
        whole(1, '1', 3_000_000),
        { month: 2, rate: '1', part: { days: 1, ofDays: 30 }, amount: 100_000 },
      ],
      total: 3_100_000,
    })
    expect(r.warnings.map((w) => w.message)).toEqual([
      'The STMB part month (1/30 days) is pro-rated by calendar days: a library assumption, the rule was not found.',
    ])
  })
  it('a single day (2024-03-10 .. 2024-03-10): 1 of March’s 31 days, 3,100,000 / 31 = 100,000', () => {
    const r = run('2024-03-10', 3_100_000, { from: '2024-03-10', to: '2024-03-10' })
    expect(r.stmb).toEqual({
      lines: [{ month: 1, rate: '1', part: { days: 1, ofDays: 31 }, amount: 100_000 }],
      total: 100_000,
    })
  })
  it('Regime A tier edges: month 6 at 100%, month 7 at 75%, month 12 at 75%, month 13 at 50%', () => {
    const r = run('2018-01-01', 1_000_000, { from: '2018-01-01', to: '2019-01-31' })
    expect(r.stmb?.lines.map((l) => [l.month, l.rate, l.amount])).toEqual([
      [1, '1', 1_000_000],
      [2, '1', 1_000_000],
      [3, '1', 1_000_000],
      [4, '1', 1_000_000],
      [5, '1', 1_000_000],
      [6, '1', 1_000_000],
      [7, '0.75', 750_000],
      [8, '0.75', 750_000],
      [9, '0.75', 750_000],
      [10, '0.75', 750_000],
      [11, '0.75', 750_000],
      [12, '0.75', 750_000],
      [13, '0.5', 500_000],
    ])
  })
  it('no incapacity: stmb is null and there is no jkk.stmb step', () => {
    const r = calculateJkkBenefit({ ...PU, accidentDate: '2024-03-10', monthlyWage: 3_000_000 })
    expect(r.stmb).toBeNull()
    expect(r.explanation.steps.map((s) => s.rule)).not.toContain('jkk.stmb')
  })
})

describe('the STMB step text by count: 1 month, 2 or more months (and 0), both locales', () => {
  const texts = (to: string, partMonth?: 'exclude') => {
    const inc = { from: '2024-03-10', to, ...(partMonth === undefined ? {} : { partMonth }) }
    return [
      step(run('2024-03-10', 3_000_000, inc), 'jkk.stmb').description,
      step(run('2024-03-10', 3_000_000, inc, {}), 'jkk.stmb').description,
    ]
  }
  it('one whole month (2024-03-10 .. 2024-04-09): "1 month", "1 bulan"', () => {
    expect(texts('2024-04-09')).toEqual([
      'STMB over 1 month: Rp3.000.000.',
      'STMB selama 1 bulan: Rp3.000.000.',
    ])
  })
  it('a single part month (10 of March’s 31 days, 10/31 × 3,000,000 = 967,742): also one month', () => {
    expect(texts('2024-03-19')).toEqual(['STMB over 1 month: Rp967.742.', 'STMB selama 1 bulan: Rp967.742.'])
  })
  it('two whole months (2024-03-10 .. 2024-05-09): "2 months", "2 bulan"', () => {
    expect(texts('2024-05-09')).toEqual([
      'STMB over 2 months: Rp6.000.000.',
      'STMB selama 2 bulan: Rp6.000.000.',
    ])
  })
  it('one whole month and a part month (2024-03-10 .. 2024-04-10): 2 months', () => {
    expect(texts('2024-04-10')).toEqual([
      'STMB over 2 months: Rp3.100.000.',
      'STMB selama 2 bulan: Rp3.100.000.',
    ])
  })
  it('a part month left out of a period under a month (exclude): "0 months", "0 bulan"', () => {
    expect(texts('2024-03-19', 'exclude')).toEqual(['STMB over 0 months: Rp0.', 'STMB selama 0 bulan: Rp0.'])
  })
})

describe('each line is rounded once, by the rounding option (D12)', () => {
  // 1,000,000.50 × 100% = 1,000,000.5; 1,000,001.50 × 100% = 1,000,001.5
  const line = (wage: string, rounding?: NonNullable<CalculationOptions['rounding']>) =>
    run(
      '2024-03-10',
      wage,
      { from: '2024-03-10', to: '2024-04-09' },
      rounding === undefined ? { locale: 'en' } : { locale: 'en', rounding },
    ).stmb?.lines[0]?.amount
  it('half-up (the default): x.5 goes up', () => {
    expect(line('1000000.50')).toBe(1_000_001)
    expect(line('1000000.50', 'half-up')).toBe(1_000_001)
  })
  it('half-even: x.5 goes to the even rupiah', () => {
    expect(line('1000000.50', 'half-even')).toBe(1_000_000)
    expect(line('1000001.50', 'half-even')).toBe(1_000_002)
  })
  it('down: the fraction is dropped', () => {
    expect(line('1000001.50', 'down')).toBe(1_000_001)
  })
  it('the explanation names the rounding mode', () => {
    const r = run(
      '2024-03-10',
      1_000_000,
      { from: '2024-03-10', to: '2024-04-09' },
      { locale: 'en', rounding: 'down' },
    )
    expect(r.explanation.rounding).toEqual(expect.objectContaining({ mode: 'down', unit: 1 }))
  })
})
