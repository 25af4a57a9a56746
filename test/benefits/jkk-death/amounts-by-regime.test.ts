/**
 * The JKK death amounts of a wage earner on both sides of PP 82/2019 (accidents from 2019-12-02, decisions
 * D5), from src/parameters/jkk-death.ts and src/parameters/scholarship.ts: 48 × the monthly wage; periodic
 * 24 × Rp200,000 and funeral Rp3,000,000 under PP 44/2015, 24 × Rp500,000 and Rp10,000,000 under PP 82/2019;
 * the scholarship most Rp12,000,000 once per participant (PP 44/2015, one child) or, yearly by level, Rp87,000,000
 * per child (TK–SD together 8 years × Rp1,500,000, SMP 3 × Rp2,000,000, SMA 3 × Rp3,000,000, PT 5 ×
 * Rp12,000,000) for 2 children (PP 82/2019). Wage Rp5,000,000: 48 × 5,000,000 = Rp240,000,000.
 */
import { describe, expect, it } from 'vitest'
import {
  calculateJkkDeathBenefit,
  type JkkDeathBenefitInput,
  type JkkDeathBenefitResult,
} from '../../../src/index.js'
import type { BpjsValidationError } from '../../../src/errors.js'

const EN = { locale: 'en' } as const
const pu = (date: string, options?: object): JkkDeathBenefitResult =>
  calculateJkkDeathBenefit(
    {
      category: 'PU',
      cause: 'work-accident',
      membershipActive: true,
      employerArrearsMonths: 0,
      monthlyWage: 5_000_000,
      dateOfDeath: date,
      dateOfAccident: date,
    } satisfies JkkDeathBenefitInput,
    options,
  )
const step = (r: JkkDeathBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const text = (r: JkkDeathBenefitResult, rule: string) => {
  const s = step(r, rule)
  return [s.description, s.formula, s.value]
}

describe('PP 44/2015, its last day 2019-12-01', () => {
  it('240,000,000 + 24 × 200,000 + 3,000,000 = 247,800,000', () => {
    const r = pu('2019-12-01', EN)
    expect([r.regime, r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      'PP-44-2015',
      240_000_000,
      4_800_000,
      3_000_000,
      247_800_000,
    ])
  })

  it('the periodic step and the total step, in English and Indonesian', () => {
    const en = pu('2019-12-01', EN)
    expect(text(en, 'death.periodic')).toEqual([
      'Periodic benefit paid at once: Rp4.800.000.',
      '24 months × Rp200.000',
      4_800_000,
    ])
    expect(step(en, 'jkk.total')).toEqual({
      rule: 'jkk.total',
      description: 'Total JKK death cash benefit (payable): Rp247.800.000.',
      inputs: {},
      parameters: [],
      legal: [],
      unit: 'rupiah',
      value: 247_800_000,
      formula: 'lump sum Rp240.000.000 + periodic Rp4.800.000 + funeral Rp3.000.000',
    })
    const id = pu('2019-12-01')
    expect(text(id, 'death.periodic')).toEqual([
      'Santunan berkala dibayar sekaligus: Rp4.800.000.',
      '24 bulan × Rp200.000',
      4_800_000,
    ])
    expect(text(id, 'jkk.total')).toEqual([
      'Jumlah manfaat kematian JKK tunai (dibayarkan): Rp247.800.000.',
      'santunan sekaligus Rp240.000.000 + santunan berkala Rp4.800.000 + biaya pemakaman Rp3.000.000',
      247_800_000,
    ])
  })

  it('the scholarship maximum: Rp12,000,000 once per participant', () => {
    expect(text(pu('2019-12-01', EN), 'scholarship.maximum')).toEqual([
      'Most scholarship under this regime: Rp12.000.000.',
      'Rp12.000.000 once per participant',
      12_000_000,
    ])
    expect(text(pu('2019-12-01'), 'scholarship.maximum')).toEqual([
      'Beasiswa paling banyak menurut rezim ini: Rp12.000.000.',
      'Rp12.000.000 sekali per peserta',
      12_000_000,
    ])
  })
})

describe('PP 82/2019, its first day 2019-12-02', () => {
  it('240,000,000 + 24 × 500,000 + 10,000,000 = 262,000,000', () => {
    const r = pu('2019-12-02', EN)
    expect([r.regime, r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      'PP-82-2019',
      240_000_000,
      12_000_000,
      10_000_000,
      262_000_000,
    ])
    expect(text(r, 'death.periodic')).toEqual([
      'Periodic benefit paid at once: Rp12.000.000.',
      '24 months × Rp500.000',
      12_000_000,
    ])
    expect(text(r, 'jkk.total')).toEqual([
      'Total JKK death cash benefit (payable): Rp262.000.000.',
      'lump sum Rp240.000.000 + periodic Rp12.000.000 + funeral Rp10.000.000',
      262_000_000,
    ])
  })

  it('the scholarship maximum: Rp87,000,000 per child × 2 children = Rp174,000,000, yearly', () => {
    expect(text(pu('2019-12-02', EN), 'scholarship.maximum')).toEqual([
      'Most scholarship under this regime: Rp174.000.000.',
      'Σ (level amount × most years, with the combined TK–SD limit) = Rp87.000.000 per child × 2 children',
      174_000_000,
    ])
    expect(text(pu('2019-12-02'), 'scholarship.maximum')).toEqual([
      'Beasiswa paling banyak menurut rezim ini: Rp174.000.000.',
      'Σ (besaran jenjang × tahun paling lama, dengan batas gabungan TK–SD) = Rp87.000.000 per anak × 2 anak',
      174_000_000,
    ])
  })
})

describe('WAGE_REQUIRED names the field of the category without contradicting itself', () => {
  it('BPU: the declared income; PU: the monthly or daily wage (both languages)', () => {
    const base = { dateOfDeath: '2024-03-10', membershipActive: true, cause: 'work-accident' } as const
    const issue = (category: 'BPU' | 'PU', locale: 'id' | 'en') => {
      try {
        calculateJkkDeathBenefit({ ...base, category } as never, { locale })
      } catch (e) {
        return (e as BpjsValidationError).issues.find((i) => i.code === 'WAGE_REQUIRED')
      }
      return undefined
    }
    expect(issue('BPU', 'en')).toMatchObject({
      path: ['declaredIncome'],
      message:
        'A wage is required for category BPU: give the declared income (declaredIncome) for BPU, otherwise the monthly wage (monthlyWage) or the daily wage (dailyWage).',
    })
    expect(issue('PU', 'id')).toMatchObject({
      path: ['monthlyWage'],
      message:
        'Upah wajib diisi untuk kategori PU: berikan penghasilan yang dilaporkan (declaredIncome) bila BPU, selain itu upah sebulan (monthlyWage) atau upah harian (dailyWage).',
    })
  })
})
