/**
 * A PMI's JKK cash benefits other than death (pmi.ts): the regulation in force (Permenaker 18/2018 from
 * 2018-12-10, 4/2023 from 2023-02-22; earlier is a clear error), the benefits in force under each
 * (jkk.pmi.benefitsInForce: 18/2018 without STMB abroad, home care, hearing aid, glasses, medical care abroad),
 * the caller's amounts for the figures not found (decisions D26; without them: incomplete), and the maxima of
 * pmi.jkk.cashBenefits (4/2023: home care 20,000,000, hearing aid 2,500,000, medical care abroad 50,000,000),
 * at and one above. Whole reasons, steps, items and warnings, both locales.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

type Cite = { source: string; article?: string }
const D26: Cite = { source: 'DECISIONS', article: 'D26' }
const P4: Cite = { source: 'PERMENAKER-4-2023' }
const P18: Cite = { source: 'PERMENAKER-18-2018' }
const P34 = (huruf: string): Cite => ({
  source: 'PERMENAKER-4-2023',
  article: `Pasal 34 ayat (1) huruf ${huruf}`,
})
const IN_FORCE_4: Cite[] = [{ source: 'PERMENAKER-4-2023', article: 'Pasal 34 ayat (1)' }]
const TABLE_4_REF = {
  id: 'pmi.jkk.cashBenefits',
  value: [
    { benefit: 'failedDeparture', kind: 'fixed', amount: '10000000', confidence: 'medium' },
    { benefit: 'medicalCareAbroad', kind: 'maximum', amount: '50000000', confidence: 'medium' },
    { benefit: 'homeCare', kind: 'maximum', amount: '20000000', confidence: 'medium' },
    { benefit: 'hearingAid', kind: 'maximum', amount: '2500000', confidence: 'medium' },
    { benefit: 'rape', kind: 'fixed', amount: '50000000', confidence: 'low' },
    { benefit: 'lossOnJourneyHome', kind: 'maximum', amount: '10000000', confidence: 'low' },
  ],
  from: '2023-02-22',
}

const PMI = { category: 'PMI', cause: 'work-accident', membershipActive: true } as const
const run = (
  input: Partial<JkkBenefitInput> & { accidentDate: string },
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PMI, ...input } as JkkBenefitInput, options)
const steps = (r: JkkBenefitResult, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
const byCode = (r: JkkBenefitResult, code: string) => r.reasons.filter((x) => x.code === code)
const missingEn = (key: string, legal: Cite[]) => ({
  code: 'MISSING_FACT',
  kind: 'missing',
  message: `Not given: the amount of this PMI benefit (not found in the sources; the caller gives it, decision D26) (field pmiAmounts.${key}). The library does not assume it.`,
  legal,
  path: ['pmiAmounts', key],
})

describe('the PMI regulation by date', () => {
  it('2018-12-09, before Permenaker 18/2018: a clear error on the category', () => {
    let err: unknown
    try {
      run({ accidentDate: '2018-12-09' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(BpjsRuleError)
    expect((err as BpjsRuleError).code).toBe('PMI_JKK_DEATH_NOT_COVERED')
    expect((err as BpjsRuleError).path).toEqual(['category'])
    expect((err as BpjsRuleError).message).toBe(
      'A PMI work accident on 2018-12-09, before Permenaker 18/2018 (2018-12-10), is not in this library: the benefits under the earlier rules were not found in the sources checked.',
    )
  })
  it('2018-12-10: covered, fixed amounts, no first payer, 2 years to claim', () => {
    const r = run({ accidentDate: '2018-12-10' })
    expect([r.status, r.wageBasis, r.monthlyWage, r.firstPayer, r.claimLastDay]).toEqual([
      'payable',
      'fixed',
      null,
      null,
      '2020-12-10',
    ])
  })
})

describe('Permenaker 4/2023: STMB abroad and disability are the caller’s amounts (D26)', () => {
  let none: JkkBenefitResult
  let noneId: JkkBenefitResult
  let given: JkkBenefitResult
  let givenId: JkkBenefitResult
  beforeEach(() => {
    const base = {
      accidentDate: '2024-03-10',
      incapacity: { from: '2024-03-10', to: '2024-05-09' },
      disability: { type: 'total' as const },
    }
    none = run(base)
    noneId = run(base, {})
    const amounts = { stmb: 3_000_000, disability: 100_000_000, periodic: 12_000_000 }
    given = run({ ...base, pmiAmounts: amounts })
    givenId = run({ ...base, pmiAmounts: amounts }, {})
  })

  it('without them: three missing facts with their citations, incomplete, nothing paid', () => {
    expect(byCode(none, 'MISSING_FACT')).toEqual([
      missingEn('stmb', [P4, D26]),
      missingEn('disability', [P34('f'), D26]),
      missingEn('periodic', [P34('h'), D26]),
    ])
    expect(byCode(noneId, 'MISSING_FACT')[0]?.message).toBe(
      'Data belum diberikan: besaran manfaat PMI ini (tidak ditemukan dalam sumber; diberikan pemanggil, keputusan D26) (kolom pmiAmounts.stmb). Pustaka ini tidak mengasumsikannya.',
    )
    expect([none.status, none.missing, none.stmb, none.disability, none.total]).toEqual([
      'incomplete',
      ['pmiAmounts.stmb', 'pmiAmounts.disability', 'pmiAmounts.periodic'],
      null,
      null,
      0,
    ])
  })

  it('with them: the amounts, share null, the total', () => {
    expect(given.stmb).toEqual({ lines: [], total: 3_000_000 })
    expect(given.disability).toEqual({
      type: 'total',
      share: null,
      amount: 100_000_000,
      periodic: 12_000_000,
    })
    expect([given.status, given.total]).toEqual(['payable', 115_000_000])
  })

  it('one step per caller amount, whole, with the input and the citations', () => {
    expect(steps(given, 'jkk.pmi.stmb')).toEqual([
      {
        rule: 'jkk.pmi.stmb',
        description: 'PMI benefit stmb at the caller’s amount: Rp3.000.000.',
        inputs: { 'pmiAmounts.stmb': 3_000_000 },
        parameters: [],
        legal: [P4, D26],
        unit: 'rupiah',
        value: 3_000_000,
      },
    ])
    expect(steps(given, 'jkk.pmi.disability')).toEqual([
      {
        rule: 'jkk.pmi.disability',
        description: 'PMI benefit disability at the caller’s amount: Rp100.000.000.',
        inputs: { 'pmiAmounts.disability': 100_000_000 },
        parameters: [],
        legal: [P34('f'), D26],
        unit: 'rupiah',
        value: 100_000_000,
      },
    ])
    expect(steps(given, 'jkk.pmi.periodic')).toEqual([
      {
        rule: 'jkk.pmi.periodic',
        description: 'PMI benefit periodic at the caller’s amount: Rp12.000.000.',
        inputs: { 'pmiAmounts.periodic': 12_000_000 },
        parameters: [],
        legal: [P34('h'), D26],
        unit: 'rupiah',
        value: 12_000_000,
      },
    ])
    expect(steps(givenId, 'jkk.pmi.stmb')[0]?.description).toBe(
      'Manfaat PMI stmb sebesar jumlah dari pemanggil: Rp3.000.000.',
    )
  })

  it('each caller amount is warned, both locales', () => {
    expect(given.warnings.filter((w) => w.code === 'JKK_PMI_CALLER_AMOUNT')).toEqual([
      {
        code: 'JKK_PMI_CALLER_AMOUNT',
        message:
          'The PMI stmb amount (Rp3.000.000) comes from the caller: the figure was not found in the sources (decision D26).',
      },
      {
        code: 'JKK_PMI_CALLER_AMOUNT',
        message:
          'The PMI disability amount (Rp100.000.000) comes from the caller: the figure was not found in the sources (decision D26).',
      },
      {
        code: 'JKK_PMI_CALLER_AMOUNT',
        message:
          'The PMI periodic amount (Rp12.000.000) comes from the caller: the figure was not found in the sources (decision D26).',
      },
    ])
    expect(givenId.warnings.find((w) => w.code === 'JKK_PMI_CALLER_AMOUNT')).toEqual({
      code: 'JKK_PMI_CALLER_AMOUNT',
      message:
        'Besaran stmb PMI (Rp3.000.000) berasal dari pemanggil: angkanya tidak ditemukan dalam sumber (keputusan D26).',
    })
  })

  it('the scholarship on a PMI’s total disability is not modelled (Permenaker 4/2023, D26)', () => {
    expect(given.scholarship?.reasons).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_PMI_DISABILITY',
        kind: 'not-met',
        message:
          'The scholarship on a PMI’s total permanent disability is not modelled: its rule was not found in the sources.',
        legal: [P4, D26],
      },
    ])
  })
})

describe('caller amounts at the edges', () => {
  it('an STMB of 0 is refused by the validation (an amount is greater than zero)', () => {
    expect(() =>
      run({
        accidentDate: '2024-03-10',
        incapacity: { from: '2024-03-10', to: '2024-04-09' },
        pmiAmounts: { stmb: 0 },
      }),
    ).toThrow(BpjsValidationError)
  })
  it('an STMB of 1 rupiah: kept', () => {
    const r = run({
      accidentDate: '2024-03-10',
      incapacity: { from: '2024-03-10', to: '2024-04-09' },
      pmiAmounts: { stmb: 1 },
    })
    expect(r.stmb).toEqual({ lines: [], total: 1 })
  })
  it('a partial disability needs no periodic amount', () => {
    const r = run({
      accidentDate: '2024-03-10',
      disability: { type: 'anatomical', tableRate: '0.1' },
      pmiAmounts: { disability: 25_000_000 },
    })
    expect(r.disability).toEqual({ type: 'anatomical', share: null, amount: 25_000_000, periodic: 0 })
    expect(steps(r, 'jkk.pmi.periodic')).toEqual([])
    expect(r.missing).toEqual([])
  })
  it('a total disability with the amount but not the periodic one: incomplete, no disability', () => {
    const r = run({
      accidentDate: '2024-03-10',
      disability: { type: 'total' },
      pmiAmounts: { disability: 1 },
    })
    expect([r.status, r.missing, r.disability]).toEqual(['incomplete', ['pmiAmounts.periodic'], null])
  })
  it('a caller amount with sen is rounded to the rupiah: 1,000,000.50 → 1,000,001', () => {
    const r = run({
      accidentDate: '2024-03-10',
      incapacity: { from: '2024-03-10', to: '2024-04-09' },
      pmiAmounts: { stmb: '1000000.50' },
    })
    expect(r.stmb).toEqual({ lines: [], total: 1_000_001 })
  })
})

describe('Permenaker 18/2018 (2022-06-01): benefits added by 4/2023 are not paid', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    const input = {
      accidentDate: '2022-06-01',
      incapacity: { from: '2022-06-01', to: '2022-07-31' },
      pmiAmounts: { stmb: 3_000_000 },
      homeCare: 5_000_000,
      otherItems: [
        { kind: 'hearing-aid', amount: 1_000_000 },
        { kind: 'prosthesis', amount: 2_000_000 },
      ],
    } as const
    r = run(input)
    id = run(input, {})
  })

  it('a note per benefit not in force, with the 18/2018 citation', () => {
    const note = (item: string) => ({
      code: 'JKK_PMI_NOT_IN_REGULATION',
      kind: 'note',
      message: `The PMI benefit ${item} is not in the regulation in force on 2022-06-01: not paid.`,
      legal: [P18],
    })
    expect(byCode(r, 'JKK_PMI_NOT_IN_REGULATION')).toEqual([
      note('stmb'),
      note('home-care'),
      note('hearing-aid'),
    ])
    expect(byCode(id, 'JKK_PMI_NOT_IN_REGULATION')[0]?.message).toBe(
      'Manfaat PMI stmb belum ada dalam peraturan yang berlaku pada 2022-06-01: tidak dibayar.',
    )
  })

  it('and a warning per benefit not in force', () => {
    expect(r.warnings.filter((w) => w.code === 'JKK_PMI_NOT_IN_REGULATION')).toEqual(
      ['stmb', 'home-care', 'hearing-aid'].map((item) => ({
        code: 'JKK_PMI_NOT_IN_REGULATION',
        message: `The PMI benefit ${item} is not in the regulation in force on 2022-06-01: not paid.`,
      })),
    )
  })

  it('only the prosthesis is paid (no maximum known under 18/2018: billed, warned); the STMB is not', () => {
    expect([r.stmb, r.status]).toEqual([null, 'payable'])
    expect(steps(r, 'jkk.pmi.stmb')).toEqual([])
    expect(r.items).toEqual([{ item: 'prosthesis', billed: 2_000_000, cap: null, amount: 2_000_000 }])
    expect(r.total).toBe(2_000_000)
    expect(r.warnings).toContainEqual({
      code: 'JKK_CAP_NOT_FOUND',
      message: 'No cap found for prosthesis: the billed amount is used without a cap.',
    })
  })
})

describe('Permenaker 4/2023 maxima, at and one above', () => {
  let at: JkkBenefitResult
  let above: JkkBenefitResult
  beforeEach(() => {
    at = run({
      accidentDate: '2023-02-22',
      homeCare: 20_000_000,
      otherItems: [
        { kind: 'hearing-aid', amount: 2_500_000 },
        { kind: 'medical-care-abroad', amount: 50_000_000 },
      ],
    })
    above = run({
      accidentDate: '2023-02-22',
      homeCare: 20_000_001,
      otherItems: [
        { kind: 'hearing-aid', amount: 2_500_001 },
        { kind: 'medical-care-abroad', amount: 50_000_001 },
      ],
    })
  })
  it('at the maxima: paid in full', () => {
    expect(at.items).toEqual([
      { item: 'home-care', billed: 20_000_000, cap: 20_000_000, amount: 20_000_000 },
      { item: 'hearing-aid', billed: 2_500_000, cap: 2_500_000, amount: 2_500_000 },
      { item: 'medical-care-abroad', billed: 50_000_000, cap: 50_000_000, amount: 50_000_000 },
    ])
    expect(at.total).toBe(72_500_000)
    expect(at.warnings).toEqual([])
  })
  it('one above: each to its maximum; the steps carry the table and its citation', () => {
    expect(above.items).toEqual([
      { item: 'home-care', billed: 20_000_001, cap: 20_000_000, amount: 20_000_000 },
      { item: 'hearing-aid', billed: 2_500_001, cap: 2_500_000, amount: 2_500_000 },
      { item: 'medical-care-abroad', billed: 50_000_001, cap: 50_000_000, amount: 50_000_000 },
    ])
    expect(steps(above, 'jkk.item')[0]).toEqual({
      rule: 'jkk.item',
      description: 'home-care: billed Rp20.000.001, cap Rp20.000.000, paid Rp20.000.000.',
      inputs: { billed: 20_000_001 },
      parameters: [TABLE_4_REF],
      legal: [P34('a–m')],
      unit: 'rupiah',
      value: 20_000_000,
    })
    expect(steps(above, 'jkk.item').map((s) => s.description)).toEqual([
      'home-care: billed Rp20.000.001, cap Rp20.000.000, paid Rp20.000.000.',
      'hearing-aid: billed Rp2.500.001, cap Rp2.500.000, paid Rp2.500.000.',
      'medical-care-abroad: billed Rp50.000.001, cap Rp50.000.000, paid Rp50.000.000.',
    ])
  })
  it('the benefits-in-force list is read with its citation', () => {
    expect(at.explanation.parameters.find((p) => p.id === 'jkk.pmi.benefitsInForce')).toEqual(
      expect.objectContaining({ from: '2023-02-22', legal: IN_FORCE_4 }),
    )
  })
})

describe('PMI items without a maximum (4/2023): transport by mode, glasses, dentures', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    const input = {
      accidentDate: '2024-03-10',
      transport: { land: 1_000_000, air: 3_000_000 },
      otherItems: [{ kind: 'glasses', amount: 800_000 }],
    } as const
    r = run(input)
    id = run(input, {})
  })
  it('billed, cap null, a dash in the step', () => {
    expect(r.items).toEqual([
      { item: 'transport-land', billed: 1_000_000, cap: null, amount: 1_000_000 },
      { item: 'transport-air', billed: 3_000_000, cap: null, amount: 3_000_000 },
      { item: 'glasses', billed: 800_000, cap: null, amount: 800_000 },
    ])
    expect(steps(r, 'jkk.item').map((s) => s.description)).toEqual([
      'transport-land: billed Rp1.000.000, cap —, paid Rp1.000.000.',
      'transport-air: billed Rp3.000.000, cap —, paid Rp3.000.000.',
      'glasses: billed Rp800.000, cap —, paid Rp800.000.',
    ])
    expect(steps(id, 'jkk.item')[2]?.description).toBe(
      'glasses: tagihan Rp800.000, batas —, dibayar Rp800.000.',
    )
  })
  it('one warning per item without a cap', () => {
    expect(r.warnings).toEqual(
      ['transport-land', 'transport-air', 'glasses'].map((item) => ({
        code: 'JKK_CAP_NOT_FOUND',
        message: `No cap found for ${item}: the billed amount is used without a cap.`,
      })),
    )
  })
})

describe('employer arrears are not used for a PMI (no first payer): warned as for a BPU', () => {
  it('employerArrearsMonths 4: the warning INPUT_NOT_USED, no arrears reason or step, firstPayer null', () => {
    const r = run({ accidentDate: '2024-03-10', employerArrearsMonths: 4 })
    expect(r.warnings).toEqual([
      { code: 'INPUT_NOT_USED', message: 'Field employerArrearsMonths is not used for category PMI.' },
    ])
    expect(
      r.reasons.filter((x) => x.code.startsWith('ARREARS_') || x.code === 'FIRST_PAYER_UNKNOWN'),
    ).toEqual([])
    expect(steps(r, 'death.employerArrears')).toEqual([])
    expect([r.firstPayer, r.status]).toEqual([null, 'payable'])
  })
  it('in Indonesian, and for 0 months too (a field given is warned, whatever its value)', () => {
    expect(run({ accidentDate: '2024-03-10', employerArrearsMonths: 0 }, {}).warnings).toEqual([
      { code: 'INPUT_NOT_USED', message: 'Kolom employerArrearsMonths tidak dipakai untuk kategori PMI.' },
    ])
  })
  it('the same code and text as a BPU; not given: no warning', () => {
    const bpu = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'BPU',
        cause: 'work-accident',
        declaredIncome: 1_000_000,
        membershipActive: true,
        employerArrearsMonths: 4,
      },
      { locale: 'en' },
    )
    expect(bpu.warnings).toContainEqual({
      code: 'INPUT_NOT_USED',
      message: 'Field employerArrearsMonths is not used for category BPU.',
    })
    expect(run({ accidentDate: '2024-03-10' }).warnings).toEqual([])
  })
})
