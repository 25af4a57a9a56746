/**
 * The rest of the JP amounts, rule by rule:
 * - jp.lumpSum: 3% (employer 2% + worker 1%, PP 45/2015 Pasal 28) of each month's counted wage, with the
 *   caller's monthly development rates credited on the balance before each month's contribution
 *   (Permenaker 29/2015 Pasal 14 as restated); without rates, contributions only (JP_LUMP_SUM_NO_RETURNS, D26);
 *   the total rounded once, half up;
 * - the schedule: the first year's amount, then × (1 + factor) per caller factor each anniversary of the
 *   first payment month, compounded exactly and rounded per line (D26); without factors, not indexed;
 * - survivors (widow, child, parent): the caller's share (D26); the bounds only with applyBoundsToSurvivors.
 * Expected values are written from the parameter tables and the message catalogue, not from running the code.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJpBenefit, type JpBenefitInput, type JpBenefitResult } from '../../../src/index.js'
import { EN, months, step } from './spec-helpers.js'

const P17 = { source: 'PP-45-2015', article: 'Pasal 17' }
const P18 = { source: 'PP-45-2015', article: 'Pasal 18' }
const P19 = { source: 'PP-45-2015', article: 'Pasal 19' }
const D26 = { source: 'DECISIONS', article: 'D26' }

const codes = (r: JpBenefitResult) => r.reasons.map((x) => x.code)

/**
 * Born 1967-01-20: 59 (the age in force 2025–2027) on 2026-01-20, paid from 2026-02; three months
 * 2024-03 … 2024-05 at Rp10,000,000 (under the 2024 cap Rp10,042,300): Rp300,000 of contributions each.
 */
const SHORT: JpBenefitInput = {
  kind: 'old-age',
  birthDate: '1967-01-20',
  membershipStart: '2024-03-01',
  wageHistory: months('2024-03', 3, 10000000),
}

describe('jp.lumpSum with development rates', () => {
  it('1% on each month: 300,000; 300,000 × 1.01 + 300,000; 603,000 × 1.01 + 300,000 = Rp909,030', () => {
    const r = calculateJpBenefit(
      { ...SHORT, lumpSumMonthlyRates: { '2024-03': '0.01', '2024-04': '0.01', '2024-05': '0.01' } },
      EN,
    )
    expect(r.start).toBe('2026-02')
    expect(r.lumpSum).toEqual({ contributions: 900000, total: 909030, returnsIncluded: true })
    expect(codes(r)).toEqual(['JP_NOT_YET_PENSION_AGE', 'JP_NO_MONTHLY_BEFORE', 'JP_LUMP_SUM_BELOW_15'])
    expect(step(r, 'jp.lumpSum')).toEqual({
      rule: 'jp.lumpSum',
      description: 'Lump sum: contributions Rp900.000, total Rp909.030.',
      inputs: {},
      parameters: [],
      legal: [P19, P17],
      unit: 'rupiah',
      value: 909030,
    })
    const id = calculateJpBenefit({
      ...SHORT,
      lumpSumMonthlyRates: { '2024-03': '0.01', '2024-04': '0.01', '2024-05': '0.01' },
    })
    expect(step(id, 'jp.lumpSum').description).toBe('Manfaat sekaligus: iuran Rp900.000, total Rp909.030.')
    expect(id.timeline).toEqual([
      {
        from: '2026-02',
        amount: 909030,
        text:
          'Pada 2026-02 Anda menerima manfaat sekaligus Rp909.030.' +
          ' JP dimulai Juli 2015: masa iur 180 bulan paling cepat tercapai pada 2030-06; sebelum itu manfaat hari tua selalu sekaligus.' +
          ' Masa iur 3 bulan kurang dari 180 bulan: manfaat sekaligus.',
      },
    ])
  })

  it('a rate only for 2024-04 grows the balance of 2024-03 once: 603,000 + 300,000 = Rp903,000', () => {
    const r = calculateJpBenefit({ ...SHORT, lumpSumMonthlyRates: { '2024-04': '0.01' } }, EN)
    expect(r.lumpSum).toEqual({ contributions: 900000, total: 903000, returnsIncluded: true })
  })

  it('a rate only for 2024-05 grows two months: 600,000 × 1.01 + 300,000 = Rp906,000', () => {
    const r = calculateJpBenefit({ ...SHORT, lumpSumMonthlyRates: { '2024-05': '0.01' } }, EN)
    expect(r.lumpSum).toEqual({ contributions: 900000, total: 906000, returnsIncluded: true })
  })

  it('rates given but none for these months: returns included (at 0), no "no returns" note', () => {
    const r = calculateJpBenefit({ ...SHORT, lumpSumMonthlyRates: { '2023-01': '0.5' } }, EN)
    expect(r.lumpSum).toEqual({ contributions: 900000, total: 900000, returnsIncluded: true })
    expect(codes(r)).not.toContain('JP_LUMP_SUM_NO_RETURNS')
  })

  it('without rates: contributions only, the note (D26) in both languages', () => {
    const r = calculateJpBenefit(SHORT, EN)
    expect(r.lumpSum).toEqual({ contributions: 900000, total: 900000, returnsIncluded: false })
    expect(r.reasons[3]).toEqual({
      code: 'JP_LUMP_SUM_NO_RETURNS',
      kind: 'note',
      message: 'Development returns not included (their rate is unknown): contributions only.',
      legal: [D26],
    })
    expect(calculateJpBenefit(SHORT).reasons[3]!.message).toBe(
      'Hasil pengembangan tidak termasuk (tingkatnya tidak diketahui): hanya akumulasi iuran.',
    )
  })

  it('the one rounding, half up: 3% of Rp1,000,050 = 30,001.50 → Rp30,002', () => {
    const r = calculateJpBenefit({ ...SHORT, wageHistory: [{ period: '2024-03', wage: 1000050 }] }, EN)
    expect(r.lumpSum).toEqual({ contributions: 30002, total: 30002, returnsIncluded: false })
  })

  it('the cap of the month: Rp10,000,000 in 2024-02 counts Rp9,559,600 (3% = 286,788), in 2024-03 in full', () => {
    const r = calculateJpBenefit(
      {
        ...SHORT,
        membershipStart: '2024-02-01',
        wageHistory: [
          { period: '2024-02', wage: 10000000 },
          { period: '2024-03', wage: 10000000 },
        ],
      },
      EN,
    )
    expect(r.lumpSum).toEqual({ contributions: 586788, total: 586788, returnsIncluded: false })
  })
})

/** Disability on 2026-05-10, 29 months at Rp2,500,000, no inflation: Rp375,000 → the minimum Rp411,400. */
const DISABILITY: JpBenefitInput = {
  kind: 'disability',
  birthDate: '1990-01-01',
  membershipStart: '2024-01-01',
  eventDate: '2026-05-10',
  wageHistory: months('2024-01', 29, 2500000),
  inflation: { '2024': '0', '2025': '0' },
}

describe('the schedule: caller factors each anniversary of the first payment month (D26)', () => {
  let r: JpBenefitResult
  let id: JpBenefitResult
  beforeEach(() => {
    r = calculateJpBenefit({ ...DISABILITY, paymentIndexation: ['0.03', '0.02'] }, EN)
    id = calculateJpBenefit({ ...DISABILITY, paymentIndexation: ['0.03', '0.02'] })
  })

  it('411,400; × 1.03 = 423,742 from 2027-06; × 1.02 = 432,216.84 → 432,217 from 2028-06', () => {
    expect(r.schedule).toEqual([
      { from: '2026-06', monthly: 411400 },
      { from: '2027-06', monthly: 423742 },
      { from: '2028-06', monthly: 432217 },
    ])
    expect(r.monthlyPension).toBe(411400)
  })

  it('the anniversary warning replaces the "not indexed" one', () => {
    expect(r.warnings.filter((w) => w.code.includes('INDEX'))).toEqual([
      {
        code: 'JP_INDEXATION_ANNIVERSARY',
        message:
          'Each following year runs from the first month of payment (2026-06), not the calendar year (not found in the regulations read).',
      },
    ])
    expect(id.warnings.filter((w) => w.code.includes('INDEX'))).toEqual([
      {
        code: 'JP_INDEXATION_ANNIVERSARY',
        message:
          'Setiap tahun berikutnya dihitung dari bulan pertama pembayaran (2026-06), bukan tahun kalender (tidak terbaca dalam peraturan).',
      },
    ])
  })

  it('the timeline: the first year with its reasons, then each indexed year with its factor', () => {
    expect(r.timeline).toEqual([
      {
        from: '2026-06',
        amount: 411400,
        text:
          'From 2026-06 you receive Rp411.400/month.' +
          ' Membership 29 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.' +
          ' The formula gives Rp375.000, below the minimum benefit Rp411.400: Rp411.400 is paid.',
      },
      { from: '2027-06', amount: 423742, text: 'From 2027-06: Rp423.742/month (indexed by 0.03).' },
      { from: '2028-06', amount: 432217, text: 'From 2028-06: Rp432.217/month (indexed by 0.02).' },
    ])
    expect(id.timeline.slice(1)).toEqual([
      { from: '2027-06', amount: 423742, text: 'Mulai 2027-06: Rp423.742/bulan (indeksasi 0,03).' },
      { from: '2028-06', amount: 432217, text: 'Mulai 2028-06: Rp432.217/bulan (indeksasi 0,02).' },
    ])
  })

  it('compounded exactly: 411,400 × 1.0333² = 439,255.437… → 439,255 (not 425,100 × 1.0333 → 439,256)', () => {
    const x = calculateJpBenefit({ ...DISABILITY, paymentIndexation: ['0.0333', '0.0333'] }, EN)
    expect(x.schedule).toEqual([
      { from: '2026-06', monthly: 411400 },
      { from: '2027-06', monthly: 425100 },
      { from: '2028-06', monthly: 439255 },
    ])
  })

  it('an empty list of factors: not indexed, the "not indexed" warning', () => {
    const x = calculateJpBenefit({ ...DISABILITY, paymentIndexation: [] }, EN)
    expect(x.schedule).toEqual([{ from: '2026-06', monthly: 411400 }])
    expect(x.warnings.filter((w) => w.code.includes('INDEX')).map((w) => w.code)).toEqual([
      'JP_NO_PAYMENT_INDEXATION',
    ])
  })
})

describe('survivors: widow, child and parent take a share; the bounds only on request', () => {
  /** Death on 2026-04-15 after 12 months of membership, 10 paid at Rp4,000,000: 600,000 by the formula. */
  const DEATH_NO_SHARE: JpBenefitInput = {
    kind: 'widow',
    birthDate: '1985-01-01',
    membershipStart: '2025-05-01',
    eventDate: '2026-04-15',
    wageHistory: months('2025-05', 10, 4000000),
    inflation: { '2025': '0' },
  }
  const DEATH: JpBenefitInput = { ...DEATH_NO_SHARE, survivorShare: '0.5' }

  for (const kind of ['widow', 'child', 'parent'] as const)
    it(`${kind}: half of Rp600,000, the bounds not applied (note, D26)`, () => {
      const r = calculateJpBenefit({ ...DEATH, kind }, EN)
      expect(r.kind).toBe(kind)
      expect([r.formulaAmount, r.monthlyPension, r.bounds, r.boundApplied]).toEqual([
        600000,
        300000,
        null,
        null,
      ])
      expect(r.reasons.find((x) => x.code === 'JP_SURVIVOR_BOUNDS_NOT_APPLIED')).toEqual({
        code: 'JP_SURVIVOR_BOUNDS_NOT_APPLIED',
        kind: 'note',
        message:
          'The minimum and maximum are not applied to a survivor pension (whether they apply was not found).',
        legal: [D26],
      })
    })

  it('applyBoundsToSurvivors: the share Rp300,000 is raised to the 2026 minimum Rp411,400; share then bounds steps', () => {
    const r = calculateJpBenefit({ ...DEATH, applyBoundsToSurvivors: true }, EN)
    expect(r.start).toBe('2026-05')
    expect(r.bounds).toEqual({ minimum: 411400, maximum: 4932300, status: 'published' })
    expect([r.formulaAmount, r.monthlyPension, r.boundApplied]).toEqual([600000, 411400, 'minimum'])
    expect(codes(r)).toEqual(['JP_AS_FIFTEEN_YEARS', 'JP_MINIMUM_APPLIES'])
    // the share is what is compared with the minimum (the message called it "the formula")
    expect(r.reasons[1]).toEqual({
      code: 'JP_MINIMUM_APPLIES',
      kind: 'note',
      message:
        "The survivor's share (0.5 × Rp600.000 by the formula) gives Rp300.000, below the minimum benefit Rp411.400: Rp411.400 is paid.",
      legal: [P18],
    })
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'jp.months',
      'jp.averageWage',
      'jp.formula',
      'jp.share',
      'jp.bounds',
    ])
    expect(step(r, 'jp.bounds')).toEqual({
      rule: 'jp.bounds',
      description: 'Bounds Rp411.400 – Rp4.932.300: benefit Rp411.400.',
      inputs: {},
      parameters: [],
      legal: [P18],
      unit: 'rupiah',
      value: 411400,
    })
  })

  it('applyBoundsToSurvivors without a share: the share and nothing else missing', () => {
    const r = calculateJpBenefit({ ...DEATH_NO_SHARE, applyBoundsToSurvivors: true }, EN)
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['survivorShare'])
    expect(r.bounds).toEqual({ minimum: 411400, maximum: 4932300, status: 'published' })
    expect(r.monthlyPension).toBe(0)
    expect(codes(r)).not.toContain('JP_SURVIVOR_BOUNDS_NOT_APPLIED')
  })

  it('applyBoundsToSurvivors false: as if not given', () => {
    const r = calculateJpBenefit({ ...DEATH, applyBoundsToSurvivors: false }, EN)
    expect([r.monthlyPension, r.bounds]).toEqual([300000, null])
  })

  it('a disability pension ignores a share and is bounded', () => {
    const r = calculateJpBenefit({ ...DISABILITY, survivorShare: '0.5' }, EN)
    expect([r.formulaAmount, r.monthlyPension, r.boundApplied]).toEqual([375000, 411400, 'minimum'])
    expect(r.survivorShare).toBe('0.5')
    expect(r.explanation.steps.map((s) => s.rule)).not.toContain('jp.share')
    expect(r.reasons.filter((x) => x.legal.some((c) => c.article === 'D26'))).toEqual([])
  })

  it('a share rounded half up: 600,000 × 0.3333335 = 200,000.1 → 200,000; × 0.33333425 = 200,000.55 → 200,001', () => {
    expect(calculateJpBenefit({ ...DEATH, survivorShare: '0.3333335' }, EN).monthlyPension).toBe(200000)
    expect(calculateJpBenefit({ ...DEATH, survivorShare: '0.33333425' }, EN).monthlyPension).toBe(200001)
  })
})
