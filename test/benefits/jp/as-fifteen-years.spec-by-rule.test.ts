/**
 * jp.months for disability and death, rule by rule: the "counted as 15 years" rule of PP 45/2015 Pasal 20
 * (disability) and Permenaker 29/2015 Pasal 26 (death). With fewer than 180 paid months (Pasal 19), the Masa
 * Iur counts as 180 months when the membership is at least 1 month (disability) or 12 months (death) and the
 * contribution density (paid months ÷ membership months, JP_DENSITY_ASSUMED) is at least 80%
 * (src/parameters/jp-benefit.ts); otherwise a lump sum. Expected values are written from the parameter tables
 * and the message catalogue (src/i18n/messages/jp-benefit.ts), not from running the code.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJpBenefit, type JpBenefitInput, type JpBenefitResult } from '../../../src/index.js'
import { EN, months, step } from './spec-helpers.js'

const P18 = { source: 'PP-45-2015', article: 'Pasal 18' }
const P19 = { source: 'PP-45-2015', article: 'Pasal 19' }
const P20 = { source: 'PP-45-2015', article: 'Pasal 20' }
const PM26 = { source: 'PERMENAKER-29-2015', article: 'Pasal 26' }
const P17 = { source: 'PP-45-2015', article: 'Pasal 17' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const MIN_MONTHS = { id: 'jp.benefit.minimumContributionMonths', value: 180, from: '2015-07-01' }

const DENSITY_EN = {
  code: 'JP_DENSITY_ASSUMED',
  message: 'Contribution density computed as paid months ÷ membership months (definition not seen).',
}
const DENSITY_ID = {
  code: 'JP_DENSITY_ASSUMED',
  message: 'Kepadatan iur dihitung sebagai bulan dibayar ÷ bulan kepesertaan (definisi tidak terbaca).',
}
const NO_RETURNS_EN = {
  code: 'JP_LUMP_SUM_NO_RETURNS',
  kind: 'note',
  message: 'Development returns not included (their rate is unknown): contributions only.',
  legal: [D26],
}

/** Disability on 2026-05-10 after 29 months of membership, all paid at Rp2,500,000, no wage inflation. */
const DISABILITY: JpBenefitInput = {
  kind: 'disability',
  birthDate: '1990-01-01',
  membershipStart: '2024-01-01',
  eventDate: '2026-05-10',
  wageHistory: months('2024-01', 29, 2500000),
  inflation: { '2024': '0', '2025': '0' },
}

describe('disability: membership 29 months (≥ 1), density 100% (≥ 80%): counted as 180 months (Pasal 20)', () => {
  let r: JpBenefitResult
  let id: JpBenefitResult
  beforeEach(() => {
    r = calculateJpBenefit(DISABILITY, EN)
    id = calculateJpBenefit(DISABILITY)
  })

  it('29 paid months, 180 counted; 1% × 15 × Rp2,500,000 = Rp375,000, below the 2026 minimum Rp411,400', () => {
    expect(r.status).toBe('payable')
    expect(r.form).toBe('monthly')
    expect(r.start).toBe('2026-06')
    expect([r.contributionMonths, r.countedMonths]).toEqual([29, 180])
    expect(r.averageIndexedWage).toBe(2500000)
    expect(r.formulaAmount).toBe(375000)
    expect(r.bounds).toEqual({ minimum: 411400, maximum: 4932300, status: 'published' })
    expect(r.boundApplied).toBe('minimum')
    expect(r.monthlyPension).toBe(411400)
    expect(r.schedule).toEqual([{ from: '2026-06', monthly: 411400 }])
    expect(r.lumpSum).toBeNull()
    expect(r.missing).toEqual([])
    expect(r.survivorShare).toBeNull()
  })

  it('the as-15-years reason (English): membership, minimum membership, density, minimum density, 180, Pasal 20', () => {
    expect(r.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_YEARS',
        kind: 'note',
        message:
          'Membership 29 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.',
        legal: [P20],
      },
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp375.000, below the minimum benefit Rp411.400: Rp411.400 is paid.',
        legal: [P18],
      },
    ])
    // 29 months do not "reach 180": the monthly pension is said by JP_AS_FIFTEEN_YEARS alone (was also
    // JP_MONTHLY_PENSION, "29 contribution months reach 180")
    expect(r.reasons.map((x) => x.code)).toEqual(['JP_AS_FIFTEEN_YEARS', 'JP_MINIMUM_APPLIES'])
  })

  it('the as-15-years reason (Indonesian)', () => {
    expect(id.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_YEARS',
        kind: 'note',
        message:
          'Kepesertaan 29 bulan (minimal 1) dan kepadatan iur 100% (minimal 80%): masa iur dianggap 180 bulan.',
        legal: [P20],
      },
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'Rumus menghasilkan Rp375.000, di bawah manfaat minimum Rp411.400: dibayar Rp411.400.',
        legal: [P18],
      },
    ])
  })

  it('warnings: density assumed, month-weighted average, low-confidence bounds, no payment indexation', () => {
    expect(r.warnings).toEqual([
      DENSITY_EN,
      {
        code: 'JP_AVERAGE_MONTH_WEIGHTED',
        message: 'The average weighted wage is month-weighted (each paid month counts once).',
      },
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jp.benefit.bounds, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jp.benefit.bounds',
      },
      {
        code: 'JP_NO_PAYMENT_INDEXATION',
        message:
          'No indexation factor for later years given: the benefit is not indexed (PP 45/2015 Pasal 17(4) not seen).',
      },
    ])
    expect(id.warnings).toEqual([
      DENSITY_ID,
      {
        code: 'JP_AVERAGE_MONTH_WEIGHTED',
        message: 'Rata-rata upah tertimbang dihitung per bulan (setiap bulan dibayar berbobot sama).',
      },
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'Aturan ini memakai parameter jp.benefit.bounds dengan tingkat keyakinan rendah (sumber primer belum terlihat). Periksa sebelum dipakai untuk keputusan.',
        parameterId: 'jp.benefit.bounds',
      },
      {
        code: 'JP_NO_PAYMENT_INDEXATION',
        message:
          'Faktor indeksasi manfaat tahun berikutnya tidak diberikan: manfaat tidak diindeksasi (PP 45/2015 Pasal 17(4) tidak terbaca).',
      },
    ])
  })

  it('the jp.months step: 29 months, 180 used, the 180-month parameter, Pasal 19', () => {
    expect(step(r, 'jp.months')).toEqual({
      rule: 'jp.months',
      description: '29 contribution months; 180 months used.',
      inputs: {},
      parameters: [MIN_MONTHS],
      legal: [P19],
      value: 180,
    })
    expect(step(id, 'jp.months').description).toBe('Masa iur 29 bulan; dipakai 180 bulan.')
  })

  it('the steps in order; the timeline gives the as-15-years and minimum reasons in both languages', () => {
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'jp.months',
      'jp.averageWage',
      'jp.formula',
      'jp.bounds',
    ])
    expect(r.explanation.operation).toBe('calculateJpBenefit')
    expect(r.explanation.date).toBe('2026-05-10')
    expect(r.timeline).toEqual([
      {
        from: '2026-06',
        amount: 411400,
        text:
          'From 2026-06 you receive Rp411.400/month.' +
          ' Membership 29 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.' +
          ' The formula gives Rp375.000, below the minimum benefit Rp411.400: Rp411.400 is paid.',
      },
    ])
    expect(id.timeline).toEqual([
      {
        from: '2026-06',
        amount: 411400,
        text:
          'Mulai 2026-06 Anda menerima Rp411.400/bulan.' +
          ' Kepesertaan 29 bulan (minimal 1) dan kepadatan iur 100% (minimal 80%): masa iur dianggap 180 bulan.' +
          ' Rumus menghasilkan Rp375.000, di bawah manfaat minimum Rp411.400: dibayar Rp411.400.',
      },
    ])
  })
})

describe('disability: the minimum membership is 1 month', () => {
  it('membership of 1 month (2026-05), 1 paid: counted as 180 months', () => {
    const r = calculateJpBenefit(
      {
        ...DISABILITY,
        membershipStart: '2026-05-01',
        wageHistory: months('2026-05', 1, 2500000),
      },
      EN,
    )
    expect(r.form).toBe('monthly')
    expect(r.countedMonths).toBe(180)
    expect(r.reasons[0]).toEqual({
      code: 'JP_AS_FIFTEEN_YEARS',
      kind: 'note',
      message:
        'Membership 1 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.',
      legal: [P20],
    })
  })

  it('1 month of membership, nothing paid: density 0%, a lump sum of Rp0 (Pasal 20 cited)', () => {
    const r = calculateJpBenefit({ ...DISABILITY, membershipStart: '2026-05-01', wageHistory: [] }, EN)
    expect(r.form).toBe('lump-sum')
    expect([r.contributionMonths, r.countedMonths]).toEqual([0, 0])
    expect(r.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_NOT_MET',
        kind: 'note',
        message:
          'The counted-as-15-years conditions are not met (membership 1 months, density 0%): a lump sum.',
        legal: [P20],
      },
      NO_RETURNS_EN,
    ])
    expect(r.lumpSum).toEqual({ contributions: 0, total: 0, returnsIncluded: false })
  })
})

/** A widow's pension: death on 2025-12-15. */
const DEATH_NO_SHARE: JpBenefitInput = {
  kind: 'widow',
  birthDate: '1985-01-01',
  membershipStart: '2025-01-01',
  eventDate: '2025-12-15',
  wageHistory: months('2025-01', 10, 4000000),
  inflation: { '2025': '0' },
}
const DEATH: JpBenefitInput = { ...DEATH_NO_SHARE, survivorShare: '0.5' }

describe('death: membership of 12 months exactly (Permenaker 29/2015 Pasal 26), 10 paid (83.3%)', () => {
  let r: JpBenefitResult
  let id: JpBenefitResult
  beforeEach(() => {
    r = calculateJpBenefit(DEATH, EN)
    id = calculateJpBenefit(DEATH)
  })

  it('counted as 180 months; 1% × 15 × Rp4,000,000 = Rp600,000; half of it to the widow, bounds not applied', () => {
    expect(r.status).toBe('payable')
    expect([r.contributionMonths, r.countedMonths]).toEqual([10, 180])
    expect(r.formulaAmount).toBe(600000)
    expect(r.survivorShare).toBe('0.5')
    expect(r.monthlyPension).toBe(300000)
    expect(r.bounds).toBeNull()
    expect(r.boundApplied).toBeNull()
    expect(r.start).toBe('2026-01')
    expect(r.schedule).toEqual([{ from: '2026-01', monthly: 300000 }])
  })

  it('reasons: as 15 years with density 83.3% (one decimal), Permenaker Pasal 26; the bounds note (D26)', () => {
    expect(r.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_YEARS',
        kind: 'note',
        message:
          'Membership 12 months (at least 12) and contribution density 83.3% (at least 80%): counted as 180 months.',
        legal: [PM26],
      },
      {
        code: 'JP_SURVIVOR_BOUNDS_NOT_APPLIED',
        kind: 'note',
        message:
          'The minimum and maximum are not applied to a survivor pension (whether they apply was not found).',
        legal: [D26],
      },
    ])
    expect(id.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_YEARS',
        kind: 'note',
        message:
          'Kepesertaan 12 bulan (minimal 12) dan kepadatan iur 83,3% (minimal 80%): masa iur dianggap 180 bulan.',
        legal: [PM26],
      },
      {
        code: 'JP_SURVIVOR_BOUNDS_NOT_APPLIED',
        kind: 'note',
        message:
          'Minimum dan maksimum tidak diterapkan pada pensiun ahli waris (tidak ditemukan apakah berlaku).',
        legal: [D26],
      },
    ])
  })

  it('the share step: share and amount, D26; the steps in order (no bounds step)', () => {
    expect(step(r, 'jp.share')).toEqual({
      rule: 'jp.share',
      description: 'Survivor share 0.5: Rp300.000.',
      inputs: {},
      parameters: [],
      legal: [D26],
      unit: 'rupiah',
      value: 300000,
    })
    expect(step(id, 'jp.share').description).toBe('Bagian ahli waris 0,5: Rp300.000.')
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'jp.months',
      'jp.averageWage',
      'jp.formula',
      'jp.share',
    ])
  })

  it('the timeline of a survivor: the as-15-years reason only', () => {
    expect(r.timeline).toEqual([
      {
        from: '2026-01',
        amount: 300000,
        text:
          'From 2026-01 you receive Rp300.000/month.' +
          ' Membership 12 months (at least 12) and contribution density 83.3% (at least 80%): counted as 180 months.',
      },
    ])
  })

  it('without a share: incomplete, the missing share (D26), pension 0, no schedule and no timeline', () => {
    const none = calculateJpBenefit(DEATH_NO_SHARE, EN)
    expect(none.status).toBe('incomplete')
    expect(none.missing).toEqual(['survivorShare'])
    expect(none.formulaAmount).toBe(600000)
    expect(none.monthlyPension).toBe(0)
    expect(none.schedule).toEqual([])
    expect(none.timeline).toEqual([])
    expect(none.reasons.filter((x) => x.kind === 'missing')).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          "Not given: the survivor's share of the benefit (not found in the regulations read) (field survivorShare). The library does not assume it.",
        legal: [D26],
        path: ['survivorShare'],
      },
    ])
    // no schedule, so no indexation warning
    expect(none.warnings.map((w) => w.code)).toEqual(['JP_DENSITY_ASSUMED', 'JP_AVERAGE_MONTH_WEIGHTED'])
  })
})

describe('death: one month short of the 12-month membership', () => {
  let r: JpBenefitResult
  beforeEach(() => {
    // membership 2025-02 … 2025-12 = 11 months, all paid: density 100%, membership too short
    r = calculateJpBenefit(
      { ...DEATH, membershipStart: '2025-02-01', wageHistory: months('2025-02', 11, 4000000) },
      EN,
    )
  })

  it('a lump sum: 11 × 3% × Rp4,000,000 = Rp1,320,000; the not-met reason cites Permenaker Pasal 26', () => {
    expect(r.status).toBe('payable')
    expect(r.form).toBe('lump-sum')
    expect([r.contributionMonths, r.countedMonths]).toEqual([11, 11])
    expect(r.monthlyPension).toBe(0)
    expect(r.formulaAmount).toBeNull()
    expect(r.averageIndexedWage).toBeNull()
    expect(r.lumpSum).toEqual({ contributions: 1320000, total: 1320000, returnsIncluded: false })
    expect(r.reasons).toEqual([
      {
        code: 'JP_AS_FIFTEEN_NOT_MET',
        kind: 'note',
        message:
          'The counted-as-15-years conditions are not met (membership 11 months, density 100%): a lump sum.',
        legal: [PM26],
      },
      NO_RETURNS_EN,
    ])
    expect(r.warnings).toEqual([DENSITY_EN])
  })

  it('steps: months (11 used) then the lump sum; the timeline says why', () => {
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jp.months',
        description: '11 contribution months; 11 months used.',
        inputs: {},
        parameters: [MIN_MONTHS],
        legal: [P19],
        value: 11,
      },
      {
        rule: 'jp.lumpSum',
        description: 'Lump sum: contributions Rp1.320.000, total Rp1.320.000.',
        inputs: {},
        parameters: [],
        legal: [P19, P17],
        unit: 'rupiah',
        value: 1320000,
      },
    ])
    expect(r.timeline).toEqual([
      {
        from: '2026-01',
        amount: 1320000,
        text:
          'In 2026-01 you receive a lump sum of Rp1.320.000.' +
          ' The counted-as-15-years conditions are not met (membership 11 months, density 100%): a lump sum.',
      },
    ])
  })
})

describe('death: the 80% density, exactly at and below (membership 2024-05 … 2025-12 = 20 months)', () => {
  it('16 of 20 paid (80%): counted as 180 months', () => {
    const r = calculateJpBenefit(
      {
        ...DEATH,
        membershipStart: '2024-05-01',
        wageHistory: months('2024-05', 16, 4000000),
        inflation: { '2024': '0', '2025': '0' },
      },
      EN,
    )
    expect(r.form).toBe('monthly')
    expect(r.countedMonths).toBe(180)
    expect(r.reasons[0]).toEqual({
      code: 'JP_AS_FIFTEEN_YEARS',
      kind: 'note',
      message:
        'Membership 20 months (at least 12) and contribution density 80% (at least 80%): counted as 180 months.',
      legal: [PM26],
    })
  })

  it('15 of 20 paid (75%): a lump sum of 15 × Rp120,000', () => {
    const r = calculateJpBenefit(
      { ...DEATH, membershipStart: '2024-05-01', wageHistory: months('2024-05', 15, 4000000) },
      EN,
    )
    expect(r.form).toBe('lump-sum')
    expect(r.countedMonths).toBe(15)
    expect(r.lumpSum).toEqual({ contributions: 1800000, total: 1800000, returnsIncluded: false })
    expect(r.reasons[0]).toEqual({
      code: 'JP_AS_FIFTEEN_NOT_MET',
      kind: 'note',
      message:
        'The counted-as-15-years conditions are not met (membership 20 months, density 75%): a lump sum.',
      legal: [PM26],
    })
  })
})

describe('disability with 180 paid months, the minimum itself (Pasal 19): a monthly pension by the months, not as 15 years', () => {
  // 2015-07 … 2030-06 at Rp1,000,000 without inflation; disability on 2030-07-10, paid from 2030-08; bounds
  // given by the caller (Rp500,000 – Rp6,000,000)
  let r: JpBenefitResult
  let id: JpBenefitResult
  beforeEach(() => {
    const input: JpBenefitInput = {
      kind: 'disability',
      birthDate: '1980-01-01',
      membershipStart: '2015-07-01',
      eventDate: '2030-07-10',
      wageHistory: months('2015-07', 180, 1000000),
      inflation: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(2015 + i), '0'])),
      bounds: { minimum: 500000, maximum: 6000000 },
    }
    r = calculateJpBenefit(input, EN)
    id = calculateJpBenefit(input)
  })

  it('180 months reach 180: JP_MONTHLY_PENSION; 1% × 15 × Rp1,000,000 = Rp150,000 → the minimum Rp500,000', () => {
    expect(r.form).toBe('monthly')
    expect(r.start).toBe('2030-08')
    expect([r.contributionMonths, r.countedMonths]).toEqual([180, 180])
    expect(r.monthlyPension).toBe(500000)
    expect(r.reasons).toEqual([
      {
        code: 'JP_MONTHLY_PENSION',
        kind: 'note',
        message: '180 contribution months reach 180: a monthly pension.',
        legal: [P19],
      },
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp150.000, below the minimum benefit Rp500.000: Rp500.000 is paid.',
        legal: [P18],
      },
    ])
    expect(id.reasons.map((x) => x.message)).toEqual([
      'Masa iur 180 bulan mencapai 180 bulan: manfaat pensiun bulanan.',
      'Rumus menghasilkan Rp150.000, di bawah manfaat minimum Rp500.000: dibayar Rp500.000.',
    ])
  })

  it('no density is computed (no JP_DENSITY_ASSUMED); the jp.months step uses the 180 months paid', () => {
    expect(r.warnings.map((w) => w.code)).not.toContain('JP_DENSITY_ASSUMED')
    expect(step(r, 'jp.months')).toEqual({
      rule: 'jp.months',
      description: '180 contribution months; 180 months used.',
      inputs: {},
      parameters: [MIN_MONTHS],
      legal: [P19],
      value: 180,
    })
  })
})
