/**
 * calculateJkpBenefit, the wage base rule: the last reported wage capped at `jkpBenefit.wageCap` (Rp5,000,000;
 * PP 37/2021 Pasal 21 before 2025-02-07, PP 6/2025 Pasal 21 ayat (3) from that date, both with decisions D27).
 * A wage exactly at the cap is not capped; one rupiah (or one sen) above is. The reason (JKP_WAGE_BASE or
 * JKP_WAGE_CAPPED), the jkp.wageBase step and the result fields are asserted whole, in both languages; the texts
 * show the wage and the base exactly (sen included), the result fields in whole rupiah.
 * Expected values come from src/parameters/jkp-benefit.ts and src/i18n/messages/jkp-benefit.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJkpBenefit, type JkpBenefitInput, type JkpBenefitResult } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const D27 = { source: 'DECISIONS', article: 'D27' }
const CAP_PP6 = [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (3)' }, D27]
const CAP_PP37 = [{ source: 'PP-37-2021', article: 'Pasal 21' }, D27]
const CAP_REF_PP6 = { id: 'jkpBenefit.wageCap', value: '5000000', from: '2025-02-07' }
const CAP_REF_PP37 = { id: 'jkpBenefit.wageCap', value: '5000000', from: '2021-02-01', to: '2025-02-06' }

const pp6 = (monthlyWage?: number | string): JkpBenefitInput => ({
  layoffDate: '2025-03-15',
  claimDate: '2025-04-01',
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  employerArrearsMonths: 0,
  ...(monthlyWage === undefined ? {} : { monthlyWage }),
})
const pp37 = (monthlyWage: number | string): JkpBenefitInput => ({
  ...pp6(monthlyWage),
  layoffDate: '2024-06-30',
  claimDate: '2024-07-15',
})

const step = (r: JkpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const reason = (r: JkpBenefitResult, code: string) => {
  const x = r.reasons.find((y) => y.code === code)
  if (x === undefined) throw new Error(`no reason ${code}`)
  return x
}
const wageFields = (r: JkpBenefitResult) => ({
  monthlyWage: r.monthlyWage,
  wageCap: r.wageCap,
  wageBase: r.wageBase,
  capped: r.capped,
})

describe('jkp.wageBase: a wage exactly at the cap (5,000,000) is the base, not capped', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(pp6(5_000_000), EN)
    id = calculateJkpBenefit(pp6(5_000_000))
  })

  it('the result fields', () => {
    expect(wageFields(en)).toEqual({
      monthlyWage: 5_000_000,
      wageCap: 5_000_000,
      wageBase: 5_000_000,
      capped: false,
    })
  })

  it('the reason JKP_WAGE_BASE (not JKP_WAGE_CAPPED), English and Indonesian', () => {
    expect(en.reasons.some((x) => x.code === 'JKP_WAGE_CAPPED')).toBe(false)
    expect(reason(en, 'JKP_WAGE_BASE')).toEqual({
      code: 'JKP_WAGE_BASE',
      kind: 'note',
      message: 'Benefit base: the last reported wage Rp5.000.000 (cap Rp5.000.000).',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
    expect(reason(id, 'JKP_WAGE_BASE')).toEqual({
      code: 'JKP_WAGE_BASE',
      kind: 'note',
      message: 'Dasar manfaat: upah terakhir yang dilaporkan Rp5.000.000 (batas atas Rp5.000.000).',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
  })

  it('the step, English and Indonesian', () => {
    expect(step(en, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp5.000.000 (wage Rp5.000.000, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 5_000_000 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
    expect(step(id, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Dasar upah manfaat: Rp5.000.000 (upah Rp5.000.000, batas atas Rp5.000.000).',
      formula: 'dasar = min(upah terakhir yang dilaporkan, batas atas upah)',
      inputs: { monthlyWage: 5_000_000 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
  })

  it('pays 60% × 5,000,000 = 3,000,000 a month', () => {
    expect(en.months.map((m) => m.amount)).toEqual(Array(6).fill(3_000_000))
    expect(en.total).toBe(18_000_000)
  })
})

describe('jkp.wageBase: one rupiah above the cap (5,000,001) is capped to 5,000,000', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(pp6(5_000_001), EN)
    id = calculateJkpBenefit(pp6(5_000_001))
  })

  it('the result fields', () => {
    expect(wageFields(en)).toEqual({
      monthlyWage: 5_000_001,
      wageCap: 5_000_000,
      wageBase: 5_000_000,
      capped: true,
    })
  })

  it('the reason JKP_WAGE_CAPPED (not JKP_WAGE_BASE), English and Indonesian', () => {
    expect(en.reasons.some((x) => x.code === 'JKP_WAGE_BASE')).toBe(false)
    expect(reason(en, 'JKP_WAGE_CAPPED')).toEqual({
      code: 'JKP_WAGE_CAPPED',
      kind: 'note',
      message: 'The wage Rp5.000.001 is above the cap Rp5.000.000: the benefit base is Rp5.000.000.',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
    expect(reason(id, 'JKP_WAGE_CAPPED')).toEqual({
      code: 'JKP_WAGE_CAPPED',
      kind: 'note',
      message: 'Upah Rp5.000.001 melebihi batas atas Rp5.000.000: dasar manfaat adalah Rp5.000.000.',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
  })

  it('the step: the reported wage as input, the cap as value', () => {
    expect(step(en, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp5.000.000 (wage Rp5.000.001, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 5_000_001 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
  })

  it('pays on the cap: 3,000,000 a month, 18,000,000 in all', () => {
    expect(en.total).toBe(18_000_000)
  })
})

// Before the fix the wage was shown rounded to whole rupiah where it is compared to the cap: 5,000,000.01 read
// "The wage Rp5.000.000 is above the cap Rp5.000.000" and 4,000,000.50 "wage Rp4.000.001". The texts now show the
// wage (and the base) exactly, with its sen, as formatRupiah does; the result fields stay in whole rupiah.
describe('jkp.wageBase: one sen above the cap (5,000,000.01) is capped, the wage shown with its sen', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(pp6('5000000.01'), EN)
    id = calculateJkpBenefit(pp6('5000000.01'))
  })

  it('capped, base 5,000,000; the result field monthlyWage in whole rupiah (5,000,000)', () => {
    expect(wageFields(en)).toEqual({
      monthlyWage: 5_000_000,
      wageCap: 5_000_000,
      wageBase: 5_000_000,
      capped: true,
    })
    expect(en.total).toBe(18_000_000)
  })

  it('the reason JKP_WAGE_CAPPED reads Rp5.000.000,01 above the cap Rp5.000.000 (English and Indonesian)', () => {
    expect(en.reasons.some((x) => x.code === 'JKP_WAGE_BASE')).toBe(false)
    expect(reason(en, 'JKP_WAGE_CAPPED')).toEqual({
      code: 'JKP_WAGE_CAPPED',
      kind: 'note',
      message: 'The wage Rp5.000.000,01 is above the cap Rp5.000.000: the benefit base is Rp5.000.000.',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
    expect(reason(id, 'JKP_WAGE_CAPPED')).toEqual({
      code: 'JKP_WAGE_CAPPED',
      kind: 'note',
      message: 'Upah Rp5.000.000,01 melebihi batas atas Rp5.000.000: dasar manfaat adalah Rp5.000.000.',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
  })

  it('the step: the wage with its sen in the description, the cap as base (English and Indonesian)', () => {
    expect(step(en, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp5.000.000 (wage Rp5.000.000,01, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 5_000_000 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
    expect(step(id, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Dasar upah manfaat: Rp5.000.000 (upah Rp5.000.000,01, batas atas Rp5.000.000).',
      formula: 'dasar = min(upah terakhir yang dilaporkan, batas atas upah)',
      inputs: { monthlyWage: 5_000_000 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
  })
})

describe('jkp.wageBase: 5,000,000.00 given as text is the cap itself, not above it (no sen shown)', () => {
  it('not capped; the reason and the step read Rp5.000.000 (English and Indonesian)', () => {
    const en = calculateJkpBenefit(pp6('5000000.00'), EN)
    const id = calculateJkpBenefit(pp6('5000000.00'))
    expect(wageFields(en)).toEqual({
      monthlyWage: 5_000_000,
      wageCap: 5_000_000,
      wageBase: 5_000_000,
      capped: false,
    })
    expect(en.reasons.some((x) => x.code === 'JKP_WAGE_CAPPED')).toBe(false)
    expect(reason(en, 'JKP_WAGE_BASE').message).toBe(
      'Benefit base: the last reported wage Rp5.000.000 (cap Rp5.000.000).',
    )
    expect(reason(id, 'JKP_WAGE_BASE').message).toBe(
      'Dasar manfaat: upah terakhir yang dilaporkan Rp5.000.000 (batas atas Rp5.000.000).',
    )
    expect(step(en, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp5.000.000 (wage Rp5.000.000, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 5_000_000 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 5_000_000,
    })
    expect(step(id, 'jkp.wageBase').description).toBe(
      'Dasar upah manfaat: Rp5.000.000 (upah Rp5.000.000, batas atas Rp5.000.000).',
    )
    expect(step(id, 'jkp.wageBase').formula).toBe(
      'dasar = min(upah terakhir yang dilaporkan, batas atas upah)',
    )
  })
})

describe('jkp.wageBase: a wage below the cap in sen is kept exact for the amounts', () => {
  it('4,000,000.50: shown with its sen in the texts, 4,000,001 (half up) in the fields; 60% of the exact base = 2,400,000.30 → 2,400,000', () => {
    const r = calculateJkpBenefit(pp6('4000000.50'), EN)
    expect(wageFields(r)).toEqual({
      monthlyWage: 4_000_001,
      wageCap: 5_000_000,
      wageBase: 4_000_001,
      capped: false,
    })
    // was 'Benefit wage base: Rp4.000.001 (wage Rp4.000.001, cap Rp5.000.000).' (the wage rounded in the text)
    expect(step(r, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp4.000.000,50 (wage Rp4.000.000,50, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 4_000_001 },
      parameters: [CAP_REF_PP6],
      legal: CAP_PP6,
      unit: 'rupiah',
      value: 4_000_001,
    })
    expect(reason(r, 'JKP_WAGE_BASE').message).toBe(
      'Benefit base: the last reported wage Rp4.000.000,50 (cap Rp5.000.000).',
    )
    expect(r.months.map((m) => m.amount)).toEqual(Array(6).fill(2_400_000))
  })

  it('with rounding "down": 4,000,000.50 is 4,000,000 in the fields, the texts still exact', () => {
    const r = calculateJkpBenefit(pp6('4000000.50'), { locale: 'en', rounding: 'down' })
    expect(wageFields(r)).toEqual({
      monthlyWage: 4_000_000,
      wageCap: 5_000_000,
      wageBase: 4_000_000,
      capped: false,
    })
    expect(step(r, 'jkp.wageBase').description).toBe(
      'Benefit wage base: Rp4.000.000,50 (wage Rp4.000.000,50, cap Rp5.000.000).',
    )
  })
})

describe('jkp.wageBase under PP 37/2021 (2024-06-30): the same cap, cited to PP 37/2021 Pasal 21', () => {
  it('8,000,000 is capped: reason and step cite PP 37/2021 Pasal 21 and D27, the PP 37/2021 row', () => {
    const r = calculateJkpBenefit(pp37(8_000_000), EN)
    expect(wageFields(r)).toEqual({
      monthlyWage: 8_000_000,
      wageCap: 5_000_000,
      wageBase: 5_000_000,
      capped: true,
    })
    expect(reason(r, 'JKP_WAGE_CAPPED')).toEqual({
      code: 'JKP_WAGE_CAPPED',
      kind: 'note',
      message: 'The wage Rp8.000.000 is above the cap Rp5.000.000: the benefit base is Rp5.000.000.',
      legal: CAP_PP37,
      path: ['monthlyWage'],
    })
    expect(step(r, 'jkp.wageBase')).toEqual({
      rule: 'jkp.wageBase',
      description: 'Benefit wage base: Rp5.000.000 (wage Rp8.000.000, cap Rp5.000.000).',
      formula: 'base = min(last reported wage, wage cap)',
      inputs: { monthlyWage: 8_000_000 },
      parameters: [CAP_REF_PP37],
      legal: CAP_PP37,
      unit: 'rupiah',
      value: 5_000_000,
    })
    // 45% × 5,000,000 × 3 + 25% × 5,000,000 × 3
    expect(r.total).toBe(3 * 2_250_000 + 3 * 1_250_000)
  })
})

describe('jkp.wageBase: no wage given', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(pp6(), EN)
    id = calculateJkpBenefit(pp6())
  })

  it('incomplete: a MISSING_FACT on monthlyWage citing the cap, no wage step, no months', () => {
    expect(en.status).toBe('incomplete')
    expect(en.payable).toBe(false)
    expect(en.missing).toEqual(['monthlyWage'])
    expect(reason(en, 'MISSING_FACT')).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the last wage the employer reported to BPJS Ketenagakerjaan (field monthlyWage). The library does not assume it.',
      legal: CAP_PP6,
      path: ['monthlyWage'],
    })
    expect(reason(id, 'MISSING_FACT').message).toBe(
      'Data belum diberikan: upah terakhir yang dilaporkan pengusaha kepada BPJS Ketenagakerjaan (kolom monthlyWage). Pustaka ini tidak mengasumsikannya.',
    )
    expect(en.reasons.some((x) => x.code === 'JKP_WAGE_BASE' || x.code === 'JKP_WAGE_CAPPED')).toBe(false)
    expect(en.explanation.steps.map((s) => s.rule)).toEqual([
      'jkp.claim',
      'jkp.regime',
      'jkp.payer',
      'jkp.total',
    ])
    expect(wageFields(en)).toEqual({
      monthlyWage: null,
      wageCap: 5_000_000,
      wageBase: null,
      capped: false,
    })
    expect(en.months).toEqual([])
    expect(en.total).toBe(0)
    expect(en.firstPayer).toBeNull()
  })
})
