/**
 * The wage a JKK cash benefit is computed on (calculate.ts wageOf: the reported monthly wage, 30 × a daily wage
 * by decisions D21 (low), the BPU Lampiran II base, none for a PMI) and the capped cash items (parts.ts
 * itemsPart: transport by mode, each to its own cap of jkk.transport.caps — A 1,000,000 / 1,500,000 / 2,500,000,
 * B 5,000,000 / 2,000,000 / 10,000,000 —, home care up to 20,000,000 from PP 82/2019 only, aids without a cap
 * found). Caps exactly at and one rupiah above. Whole steps, items and warnings, both locales.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

const run = (
  input: Partial<JkkBenefitInput> & { accidentDate: string },
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PU, ...input } as JkkBenefitInput, options)
const steps = (r: JkkBenefitResult, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
type Ref = { id: string; value: unknown; from: string; to?: string }
type Cite = { source: string; article?: string }
const D5: Cite = { source: 'DECISIONS', article: 'D5' }
const LAMP_A: Cite[] = [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5]
const LAMP_B: Cite[] = [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5]
// the cap readings an item step lists (src/parameters/jkk-benefit.ts): transport by regime, home care (B only)
const CAPS_A: Ref = {
  id: 'jkk.transport.caps',
  value: { land: '1000000', sea: '1500000', air: '2500000' },
  from: '2015-07-01',
  to: '2019-12-01',
}
const CAPS_B: Ref = {
  id: 'jkk.transport.caps',
  value: { land: '5000000', sea: '2000000', air: '10000000' },
  from: '2019-12-02',
}
const HOME_CARE_B: Ref = { id: 'jkk.homeCare.cap', value: '20000000', from: '2019-12-02' }
/** An item step: with the cap it was read against and its citations, or none (an aid without a cap). */
const itemStep = (
  description: string,
  billed: number,
  value: number,
  parameters: Ref[] = [],
  legal: Cite[] = [],
) => ({
  rule: 'jkk.item',
  description,
  inputs: { billed },
  parameters,
  legal,
  unit: 'rupiah',
  value,
})

describe('the monthly wage (PU): 5,000,000.50 reported', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    r = run({ accidentDate: '2024-03-10', monthlyWage: '5000000.50' })
    id = run({ accidentDate: '2024-03-10', monthlyWage: '5000000.50' }, {})
  })
  it('wageBasis monthly, the wage rounded to the rupiah in the result and the step (its rounding recorded), the input as given', () => {
    expect([r.wageBasis, r.monthlyWage]).toEqual(['monthly', 5_000_001])
    expect(steps(r, 'jkk.wage')).toEqual([
      {
        rule: 'jkk.wage',
        description: 'Monthly wage used: Rp5.000.001.',
        inputs: { monthlyWage: '5000000.5' },
        parameters: [],
        legal: [],
        rounding: { mode: 'half-up', exact: '5000000.5', rounded: 5_000_001 },
        value: 5_000_001,
      },
    ])
    expect(steps(id, 'jkk.wage')[0]?.description).toBe('Upah sebulan yang dipakai: Rp5.000.001.')
    expect(r.warnings).toEqual([])
  })
})

describe('a daily wage (PU): 30 × daily (decisions D21, low)', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    r = run({ accidentDate: '2024-03-10', dailyWage: 200_000 })
    id = run({ accidentDate: '2024-03-10', dailyWage: 200_000 }, {})
  })
  it('30 × 200,000 = 6,000,000, wageBasis daily', () => {
    expect([r.wageBasis, r.monthlyWage]).toEqual(['daily', 6_000_000])
  })
  it('the step with the factor, the daily wage in rupiah and D21, L4', () => {
    expect(steps(r, 'jkk.wage')).toEqual([
      {
        rule: 'jkk.wage',
        description: 'Monthly wage used: 30 × the daily wage = Rp6.000.000.',
        inputs: { dailyWage: '200000' },
        parameters: [{ id: 'jkk.benefit.dailyToMonthlyFactor', value: 30, from: '2015-07-01' }],
        legal: [
          { source: 'DECISIONS', article: 'D21' },
          { source: 'DECISIONS', article: 'L4' },
        ],
        rounding: { mode: 'half-up', exact: '6000000', rounded: 6_000_000 },
        value: 6_000_000,
      },
    ])
    expect(steps(id, 'jkk.wage')[0]?.description).toBe(
      'Upah sebulan yang dipakai: 30 × upah harian = Rp6.000.000.',
    )
  })
  it('the low factor and the D21 warning, both locales', () => {
    expect(r.warnings).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jkk.benefit.dailyToMonthlyFactor, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jkk.benefit.dailyToMonthlyFactor',
      },
      {
        code: 'JKK_DAILY_WAGE_FACTOR',
        message:
          'The daily wage becomes a monthly wage as 30 × the daily wage (decision D21); the PP 44/2015 contribution rule as reported uses 25 ×. Give the reported monthly wage when there is one.',
      },
    ])
    expect(id.warnings[1]).toEqual({
      code: 'JKK_DAILY_WAGE_FACTOR',
      message:
        'Upah harian diubah menjadi upah sebulan dengan 30 × upah harian (keputusan D21); aturan iuran PP 44/2015 yang dilaporkan memakai 25 ×. Berikan upah sebulan yang dilaporkan bila ada.',
    })
  })
  it('the STMB runs on the daily-derived wage: one month at 100% = 6,000,000', () => {
    const s = run({
      accidentDate: '2024-03-10',
      dailyWage: 200_000,
      incapacity: { from: '2024-03-10', to: '2024-04-09' },
    })
    expect(s.stmb?.total).toBe(6_000_000)
  })
})

describe('BPU: the declared income as the Lampiran II base', () => {
  it('3,000,000 declared: wageBasis declared, the wage step', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'BPU',
        cause: 'work-accident',
        declaredIncome: 3_000_000,
        membershipActive: true,
      },
      { locale: 'en' },
    )
    expect([r.wageBasis, r.monthlyWage, r.firstPayer]).toEqual(['declared', 3_000_000, 'bpjs-tk'])
    expect(steps(r, 'jkk.wage')).toEqual([
      {
        rule: 'jkk.wage',
        description: 'Monthly wage used: Rp3.000.000.',
        inputs: {},
        parameters: [],
        legal: [],
        rounding: { mode: 'half-up', exact: '3000000', rounded: 3_000_000 },
        value: 3_000_000,
      },
    ])
  })
  it('500,000 declared: raised to the Rp1,000,000 floor, and the disability reads it', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'BPU',
        cause: 'work-accident',
        declaredIncome: 500_000,
        membershipActive: true,
        disability: { type: 'anatomical', tableRate: '0.1' },
      },
      { locale: 'en' },
    )
    expect(r.monthlyWage).toBe(1_000_000)
    expect(r.disability).toEqual({ type: 'anatomical', share: '0.1', amount: 8_000_000, periodic: 0 })
  })
})

describe('a PMI reports no wage: a given wage is not used', () => {
  it('both wages warned once each, wageBasis fixed, monthlyWage null', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'PMI',
        cause: 'work-accident',
        membershipActive: true,
        monthlyWage: 5_000_000,
      },
      { locale: 'en' },
    )
    expect([r.wageBasis, r.monthlyWage, r.stmb, r.disability]).toEqual(['fixed', null, null, null])
    expect(r.warnings).toEqual([
      {
        code: 'PMI_JKK_WAGE_NOT_USED',
        message:
          'A PMI reports no wage: the JKK benefits are fixed amounts, so the wage given (monthlyWage) is not used.',
      },
    ])
    expect(steps(r, 'jkk.wage')).toEqual([])
    const daily = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'PMI',
        cause: 'work-accident',
        membershipActive: true,
        dailyWage: 100_000,
      },
      {},
    )
    expect(daily.warnings).toEqual([
      {
        code: 'PMI_JKK_WAGE_NOT_USED',
        message:
          'PMI tidak melaporkan upah: santunan JKK-nya berupa jumlah tetap, upah yang diberikan (dailyWage) tidak dipakai.',
      },
    ])
  })
})

describe('transport, Regime B caps (5,000,000 land, 2,000,000 sea, 10,000,000 air): at the cap and one above', () => {
  let at: JkkBenefitResult
  let above: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    const w = { accidentDate: '2024-03-10', monthlyWage: 5_000_000 }
    at = run({ ...w, transport: { land: 5_000_000, sea: 2_000_000, air: 10_000_000 } })
    above = run({ ...w, transport: { land: 5_000_001, sea: 2_000_001, air: 10_000_001 } })
    id = run({ ...w, transport: { sea: 2_000_001 } }, {})
  })
  it('at the caps: paid in full, in the order land, sea, air', () => {
    expect(at.items).toEqual([
      { item: 'transport-land', billed: 5_000_000, cap: 5_000_000, amount: 5_000_000 },
      { item: 'transport-sea', billed: 2_000_000, cap: 2_000_000, amount: 2_000_000 },
      { item: 'transport-air', billed: 10_000_000, cap: 10_000_000, amount: 10_000_000 },
    ])
    expect(at.total).toBe(17_000_000)
  })
  it('one rupiah above: each mode to its own cap', () => {
    expect(above.items).toEqual([
      { item: 'transport-land', billed: 5_000_001, cap: 5_000_000, amount: 5_000_000 },
      { item: 'transport-sea', billed: 2_000_001, cap: 2_000_000, amount: 2_000_000 },
      { item: 'transport-air', billed: 10_000_001, cap: 10_000_000, amount: 10_000_000 },
    ])
    expect(steps(above, 'jkk.item')).toEqual([
      itemStep(
        'transport-land: billed Rp5.000.001, cap Rp5.000.000, paid Rp5.000.000.',
        5000001,
        5_000_000,
        [CAPS_B],
        LAMP_B,
      ),
      itemStep(
        'transport-sea: billed Rp2.000.001, cap Rp2.000.000, paid Rp2.000.000.',
        2000001,
        2_000_000,
        [CAPS_B],
        LAMP_B,
      ),
      itemStep(
        'transport-air: billed Rp10.000.001, cap Rp10.000.000, paid Rp10.000.000.',
        10000001,
        10_000_000,
        [CAPS_B],
        LAMP_B,
      ),
    ])
    expect(steps(id, 'jkk.item')[0]?.description).toBe(
      'transport-sea: tagihan Rp2.000.001, batas Rp2.000.000, dibayar Rp2.000.000.',
    )
  })
  it('the caps parameter is read with its value and span', () => {
    expect(above.explanation.parameters.find((p) => p.id === 'jkk.transport.caps')).toEqual(
      expect.objectContaining({
        value: { land: '5000000', sea: '2000000', air: '10000000' },
        from: '2019-12-02',
        legal: [
          { source: 'PP-82-2019', article: 'Lampiran III' },
          { source: 'DECISIONS', article: 'D5' },
        ],
      }),
    )
  })
})

describe('transport, Regime A caps (1,000,000 land, 1,500,000 sea, 2,500,000 air, to 2019-12-01)', () => {
  it('one rupiah above each cap on 2019-12-01', () => {
    const r = run({
      accidentDate: '2019-12-01',
      monthlyWage: 5_000_000,
      transport: { land: 1_000_001, sea: 1_500_001, air: 2_500_001 },
    })
    expect(r.items).toEqual([
      { item: 'transport-land', billed: 1_000_001, cap: 1_000_000, amount: 1_000_000 },
      { item: 'transport-sea', billed: 1_500_001, cap: 1_500_000, amount: 1_500_000 },
      { item: 'transport-air', billed: 2_500_001, cap: 2_500_000, amount: 2_500_000 },
    ])
    expect(r.total).toBe(5_000_000)
    // each step lists the Regime A caps it was read against (to 2019-12-01) and PP 44/2015 Lampiran III
    expect(steps(r, 'jkk.item')).toEqual([
      itemStep(
        'transport-land: billed Rp1.000.001, cap Rp1.000.000, paid Rp1.000.000.',
        1000001,
        1_000_000,
        [CAPS_A],
        LAMP_A,
      ),
      itemStep(
        'transport-sea: billed Rp1.500.001, cap Rp1.500.000, paid Rp1.500.000.',
        1500001,
        1_500_000,
        [CAPS_A],
        LAMP_A,
      ),
      itemStep(
        'transport-air: billed Rp2.500.001, cap Rp2.500.000, paid Rp2.500.000.',
        2500001,
        2_500_000,
        [CAPS_A],
        LAMP_A,
      ),
    ])
  })
  it('the billed amount is rounded to the rupiah (D12): 999,999.50 → 1,000,000', () => {
    const r = run({ accidentDate: '2019-12-01', monthlyWage: 5_000_000, transport: { land: '999999.50' } })
    expect(r.items).toEqual([
      { item: 'transport-land', billed: 1_000_000, cap: 1_000_000, amount: 1_000_000 },
    ])
  })
})

describe('home care (PP 82/2019 Lampiran III: up to 20,000,000; not a Regime A benefit)', () => {
  it('Regime B, at the cap and one above', () => {
    const atCap = run({ accidentDate: '2019-12-02', monthlyWage: 5_000_000, homeCare: 20_000_000 })
    const above = run({ accidentDate: '2019-12-02', monthlyWage: 5_000_000, homeCare: 20_000_001 })
    expect(atCap.items).toEqual([
      { item: 'home-care', billed: 20_000_000, cap: 20_000_000, amount: 20_000_000 },
    ])
    expect(above.items).toEqual([
      { item: 'home-care', billed: 20_000_001, cap: 20_000_000, amount: 20_000_000 },
    ])
    expect(steps(above, 'jkk.item')).toEqual([
      itemStep(
        'home-care: billed Rp20.000.001, cap Rp20.000.000, paid Rp20.000.000.',
        20000001,
        20_000_000,
        [HOME_CARE_B],
        LAMP_B,
      ),
    ])
    expect(above.warnings).toEqual([])
  })
  it('Regime A (2019-12-01): not paid, warned in both locales', () => {
    const r = run({ accidentDate: '2019-12-01', monthlyWage: 5_000_000, homeCare: 1_000_000 })
    const id = run({ accidentDate: '2019-12-01', monthlyWage: 5_000_000, homeCare: 1_000_000 }, {})
    expect([r.items, r.total, steps(r, 'jkk.item')]).toEqual([[], 0, []])
    expect(r.warnings).toContainEqual({
      code: 'JKK_HOME_CARE_NOT_IN_REGIME',
      message: 'Home care is not a benefit of the PP 44/2015 regime: not paid.',
    })
    expect(id.warnings).toContainEqual({
      code: 'JKK_HOME_CARE_NOT_IN_REGIME',
      message: 'Home care bukan manfaat rezim PP 44/2015: tidak dibayar.',
    })
  })
})

describe('aids: no cap found, the billed amount, warned per kind', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    const items = [
      { kind: 'prosthesis', amount: 7_000_000 },
      { kind: 'glasses', amount: 1_000_000 },
    ] as const
    r = run({ accidentDate: '2024-03-10', monthlyWage: 5_000_000, otherItems: items })
    id = run({ accidentDate: '2024-03-10', monthlyWage: 5_000_000, otherItems: items }, {})
  })
  it('items with cap null, paid as billed; the step shows the cap as a dash', () => {
    expect(r.items).toEqual([
      { item: 'prosthesis', billed: 7_000_000, cap: null, amount: 7_000_000 },
      { item: 'glasses', billed: 1_000_000, cap: null, amount: 1_000_000 },
    ])
    expect(r.total).toBe(8_000_000)
    expect(steps(r, 'jkk.item')).toEqual([
      itemStep('prosthesis: billed Rp7.000.000, cap —, paid Rp7.000.000.', 7000000, 7_000_000),
      itemStep('glasses: billed Rp1.000.000, cap —, paid Rp1.000.000.', 1000000, 1_000_000),
    ])
  })
  it('one warning per kind, both locales', () => {
    expect(r.warnings).toEqual([
      {
        code: 'JKK_CAP_NOT_FOUND',
        message: 'No cap found for prosthesis: the billed amount is used without a cap.',
      },
      {
        code: 'JKK_CAP_NOT_FOUND',
        message: 'No cap found for glasses: the billed amount is used without a cap.',
      },
    ])
    expect(id.warnings.map((w) => w.message)).toEqual([
      'Batas biaya untuk prosthesis tidak ditemukan: dipakai jumlah tagihan tanpa batas.',
      'Batas biaya untuk glasses tidak ditemukan: dipakai jumlah tagihan tanpa batas.',
    ])
  })
  it('the total adds STMB, disability, periodic and items, in the total step', () => {
    const all = run({
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      incapacity: { from: '2024-03-10', to: '2024-04-09' },
      disability: { type: 'total', declaredOn: '2024-04-10' },
      transport: { land: 1_000_000 },
    })
    // 5,000,000 + 280,000,000 + 12,000,000 + 1,000,000
    expect(all.total).toBe(298_000_000)
    expect(steps(all, 'jkk.total')).toEqual([
      {
        rule: 'jkk.total',
        description: 'Total JKK cash benefits: Rp298.000.000 (status: payable).',
        inputs: {},
        parameters: [],
        legal: [],
        unit: 'rupiah',
        value: 298_000_000,
      },
    ])
  })
})
