/**
 * Who pays the JKP cash benefit first (PP 6/2025 Pasal 39 and 39A; `jkpPayerAt` and the payer rule of
 * calculateJkpBenefit): BPJS TK up to `jkpBenefit.arrearsThresholdMonths` (3) consecutive months of arrears
 * ("sampai dengan 3 bulan", ayat (1)), the employer first beyond (ayat (3), reimbursed per ayat (4)–(6)), BPJS TK
 * again for a bankrupt or closed employer up to `jkpBenefit.bankruptArrearsMonths` (6) months (Pasal 39A ayat
 * (1), from 2025-02-07 only). Before 2025-02-07 the threshold row is PP 37/2021 Pasal 39 (low confidence) and
 * Pasal 39A does not exist. Reasons, steps and warnings are asserted whole, from src/parameters/jkp-benefit.ts
 * and src/i18n/messages/jkp-benefit.ts and benefits.ts.
 */
import { describe, expect, it } from 'vitest'
import { jkpPayerAt } from '../../../src/benefits/jkp/payer.js'
import { calculateJkpBenefit, type JkpBenefitInput, type JkpBenefitResult } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const THR_PP6 = [{ source: 'PP-6-2025', article: 'Pasal 39 ayat (1) dan (3)' }]
const THR_PP37 = [{ source: 'PP-37-2021', article: 'Pasal 39' }]
const BANKRUPT = [{ source: 'PP-6-2025', article: 'Pasal 39A ayat (1)' }]
const REIMBURSE = { source: 'PP-6-2025', article: 'Pasal 39 ayat (4)–(6)' }
const THR_REF_PP6 = { id: 'jkpBenefit.arrearsThresholdMonths', value: 3, from: '2025-02-07' }
const THR_REF_PP37 = {
  id: 'jkpBenefit.arrearsThresholdMonths',
  value: 3,
  from: '2021-02-01',
  to: '2025-02-06',
}
const BANKRUPT_REF = { id: 'jkpBenefit.bankruptArrearsMonths', value: 6, from: '2025-02-07' }

type Arrears = Pick<JkpBenefitInput, 'employerArrearsMonths' | 'employerBankruptOrClosed'>
const eligible = (layoffDate: string, claimDate: string, arrears: Arrears): JkpBenefitInput => ({
  layoffDate,
  claimDate,
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  monthlyWage: 4_000_000,
  ...arrears,
})
const pp6 = (arrears: Arrears, options?: object) =>
  calculateJkpBenefit(eligible('2025-03-15', '2025-04-01', arrears), options)
const pp37 = (arrears: Arrears, options?: object) =>
  calculateJkpBenefit(eligible('2024-06-30', '2024-07-15', arrears), options)

const step = (r: JkpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const payerReasons = (r: JkpBenefitResult) => r.reasons.filter((x) => x.code.startsWith('JKP_PAYER'))
const paramIds = (r: JkpBenefitResult) => r.explanation.parameters.map((p) => p.id)

const PAYER_BPJS_EN = (months: number) =>
  `Arrears of ${months} months, at most 3 consecutive months: BPJS Ketenagakerjaan pays the cash benefit (the employer must still settle the arrears).`
/** Before PP 6/2025: no reimbursement procedure (its ayat (4)–(6) were cited and described before the fix). */
const PAYER_EMPLOYER_PP37_EN = (months: number) =>
  `Arrears of ${months} months, more than 3 consecutive months: the employer must pay the cash benefit first. The reimbursement by BPJS Ketenagakerjaan (PP 6/2025 Pasal 39 ayat (4)–(6)) applies from 2025-02-07, not to earlier layoffs.`
const PAYER_EMPLOYER_EN = (months: number) =>
  `Arrears of ${months} months, more than 3 consecutive months: the employer must pay the cash benefit first; after settling the arrears and penalties it may ask BPJS Ketenagakerjaan to reimburse it within 3 months of paying, and BPJS Ketenagakerjaan reimburses within 7 working days.`

describe('jkp.payer: arrears not given', () => {
  it('a note JKP_PAYER_UNKNOWN citing Pasal 39, no payer step, first payer unknown (still payable)', () => {
    const r = pp6({}, EN)
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_UNKNOWN',
        kind: 'note',
        message:
          'The employer’s arrears were not given (employerArrearsMonths): who pays first cannot be decided.',
        legal: [{ source: 'PP-6-2025', article: 'Pasal 39' }],
        path: ['employerArrearsMonths'],
      },
    ])
    expect(r.explanation.steps.some((s) => s.rule === 'jkp.payer')).toBe(false)
    expect(paramIds(r)).not.toContain('jkpBenefit.arrearsThresholdMonths')
    expect(r.status).toBe('payable')
    expect(r.firstPayer).toBe('unknown')
    expect(pp6({}).reasons.find((x) => x.code === 'JKP_PAYER_UNKNOWN')?.message).toBe(
      'Tunggakan iuran pengusaha tidak diberikan (employerArrearsMonths): siapa yang membayar lebih dahulu belum dapat ditentukan.',
    )
  })
})

describe('jkp.payer: Pasal 39 ayat (1), up to 3 months BPJS TK pays', () => {
  it('0 months: JKP_PAYER_BPJS and the payer step (English)', () => {
    const r = pp6({ employerArrearsMonths: 0 }, EN)
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BPJS',
        kind: 'note',
        message: PAYER_BPJS_EN(0),
        legal: THR_PP6,
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the agency (BPJS Ketenagakerjaan).',
      inputs: { employerArrearsMonths: 0, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP6],
      legal: THR_PP6,
      value: 'bpjs-tk',
    })
  })

  it('exactly 3 months: still BPJS TK; Indonesian reason and step', () => {
    const r = pp6({ employerArrearsMonths: 3 })
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BPJS',
        kind: 'note',
        message:
          'Tunggakan iuran 3 bulan, paling lama 3 bulan berturut-turut: BPJS Ketenagakerjaan membayar manfaat uang tunai (pengusaha tetap wajib melunasi tunggakan).',
        legal: THR_PP6,
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Pembayar manfaat uang tunai: BPJS Ketenagakerjaan.',
      inputs: { employerArrearsMonths: 3, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP6],
      legal: THR_PP6,
      value: 'bpjs-tk',
    })
    // the bankruptcy limit is not looked at within the threshold
    expect(paramIds(r)).not.toContain('jkpBenefit.bankruptArrearsMonths')
  })

  it('3 months and bankrupt: BPJS TK by Pasal 39 (not the bankruptcy rule)', () => {
    const r = pp6({ employerArrearsMonths: 3, employerBankruptOrClosed: true }, EN)
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BPJS',
        kind: 'note',
        message: PAYER_BPJS_EN(3),
        legal: THR_PP6,
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the agency (BPJS Ketenagakerjaan).',
      inputs: { employerArrearsMonths: 3, employerBankruptOrClosed: true },
      parameters: [THR_REF_PP6],
      legal: THR_PP6,
      value: 'bpjs-tk',
    })
  })
})

describe('jkp.payer: more than 3 months, not bankrupt: the employer pays first (ayat (3), reimbursed per (4)–(6))', () => {
  it('4 months, not bankrupt: JKP_PAYER_EMPLOYER, the step names the employer', () => {
    const r = pp6({ employerArrearsMonths: 4, employerBankruptOrClosed: false }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_EMPLOYER',
        kind: 'note',
        message: PAYER_EMPLOYER_EN(4),
        legal: [...THR_PP6, REIMBURSE],
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the employer.',
      inputs: { employerArrearsMonths: 4, employerBankruptOrClosed: false },
      parameters: [THR_REF_PP6],
      legal: THR_PP6,
      value: 'employer',
    })
    expect(r.status).toBe('payable')
    expect(r.total).toBe(14_400_000)
    // not bankrupt nor closed: Pasal 39A is not consulted (it was read, unlisted by the step, before the fix)
    expect(paramIds(r)).not.toContain('jkpBenefit.bankruptArrearsMonths')
  })

  it('4 months, not bankrupt (Indonesian): pemberi kerja', () => {
    const r = pp6({ employerArrearsMonths: 4, employerBankruptOrClosed: false })
    expect(step(r, 'jkp.payer').description).toBe('Pembayar manfaat uang tunai: pemberi kerja.')
    expect(payerReasons(r)[0]?.message).toBe(
      'Tunggakan iuran 4 bulan, lebih dari 3 bulan berturut-turut: pengusaha wajib membayar manfaat uang tunai lebih dahulu; setelah melunasi tunggakan dan denda, pengusaha dapat meminta penggantian kepada BPJS Ketenagakerjaan paling lama 3 bulan sejak membayar, dan BPJS Ketenagakerjaan menggantinya paling lama 7 hari kerja.',
    )
  })
})

describe('jkp.payer: Pasal 39A, a bankrupt or closed employer within 6 months: BPJS TK pays', () => {
  it('4 months, bankrupt: JKP_PAYER_BANKRUPT on employerBankruptOrClosed; the step reads both limits', () => {
    const r = pp6({ employerArrearsMonths: 4, employerBankruptOrClosed: true }, EN)
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BANKRUPT',
        kind: 'note',
        message:
          'A bankrupt or closed company with 4 months of arrears (at most 6 months): BPJS Ketenagakerjaan still pays; the arrears and penalties remain the employer’s debt.',
        legal: BANKRUPT,
        path: ['employerBankruptOrClosed'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the agency (BPJS Ketenagakerjaan).',
      inputs: { employerArrearsMonths: 4, employerBankruptOrClosed: true },
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'bpjs-tk',
    })
  })

  it('exactly 6 months, bankrupt (Indonesian): still BPJS TK', () => {
    const r = pp6({ employerArrearsMonths: 6, employerBankruptOrClosed: true })
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BANKRUPT',
        kind: 'note',
        message:
          'Perusahaan pailit atau tutup dengan tunggakan 6 bulan (paling lama 6 bulan): BPJS Ketenagakerjaan tetap membayar; tunggakan dan denda tetap menjadi kewajiban pengusaha.',
        legal: BANKRUPT,
        path: ['employerBankruptOrClosed'],
      },
    ])
  })

  it('7 months, bankrupt: beyond Pasal 39A, the employer pays first (both limits read)', () => {
    const r = pp6({ employerArrearsMonths: 7, employerBankruptOrClosed: true }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_EMPLOYER',
        kind: 'note',
        message: PAYER_EMPLOYER_EN(7),
        legal: [...THR_PP6, REIMBURSE],
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the employer.',
      inputs: { employerArrearsMonths: 7, employerBankruptOrClosed: true },
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'employer',
    })
  })
})

describe('jkp.payer: more than 3 months and bankruptcy not given: undecided within the Pasal 39A limit', () => {
  it('4 months: JKP_PAYER_BANKRUPTCY_UNKNOWN citing Pasal 39 and 39A, the step "not decided yet"', () => {
    const r = pp6({ employerArrearsMonths: 4 }, EN)
    expect(r.firstPayer).toBe('unknown')
    expect(r.status).toBe('payable')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BANKRUPTCY_UNKNOWN',
        kind: 'note',
        message:
          'Arrears of 4 months, more than 3 months: if the company is bankrupt or closed with at most 6 months of arrears BPJS Ketenagakerjaan still pays; give employerBankruptOrClosed.',
        legal: [...THR_PP6, ...BANKRUPT],
        path: ['employerBankruptOrClosed'],
      },
    ])
    // the step lists the Pasal 39A reading that left the payer undecided (before the fix: only the threshold's)
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: not decided yet.',
      inputs: { employerArrearsMonths: 4, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'unknown',
    })
    expect(r.explanation.parameters.find((p) => p.id === 'jkpBenefit.bankruptArrearsMonths')).toEqual({
      ...BANKRUPT_REF,
      date: '2025-03-15',
      confidence: 'high',
      legal: BANKRUPT,
      lastVerifiedOn: '2026-11-24',
      overridden: false,
    })
  })

  it('6 months (Indonesian): still undecided', () => {
    const r = pp6({ employerArrearsMonths: 6 })
    expect(r.firstPayer).toBe('unknown')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BANKRUPTCY_UNKNOWN',
        kind: 'note',
        message:
          'Tunggakan 6 bulan lebih dari 3 bulan: bila perusahaan pailit atau tutup dengan tunggakan paling lama 6 bulan BPJS Ketenagakerjaan tetap membayar; berikan employerBankruptOrClosed.',
        legal: [...THR_PP6, ...BANKRUPT],
        path: ['employerBankruptOrClosed'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Pembayar manfaat uang tunai: belum dapat ditentukan.',
      inputs: { employerArrearsMonths: 6, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'unknown',
    })
  })

  it('7 months: beyond both limits, bankrupt or not: the employer; the step lists the Pasal 39A limit it passed', () => {
    const r = pp6({ employerArrearsMonths: 7 }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_EMPLOYER',
        kind: 'note',
        message: PAYER_EMPLOYER_EN(7),
        legal: [...THR_PP6, REIMBURSE],
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the employer.',
      inputs: { employerArrearsMonths: 7, employerBankruptOrClosed: null },
      // was [THR_REF_PP6] and THR_PP6: the Pasal 39A limit (6) decided "employer" rather than undecided
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'employer',
    })
  })
})

describe('jkp.payer: the Pasal 39A reading in the step around PP 6/2025 (4 months of arrears, bankruptcy not given)', () => {
  // 2025-02-06: PP 37/2021, no Pasal 39A (jkpBenefit.bankruptArrearsMonths starts 2025-02-07): the employer pays
  // first and only the threshold is read; 2025-02-07: Pasal 39A leaves the payer undecided, the step lists it
  const around = (layoffDate: string, options?: object) =>
    calculateJkpBenefit(eligible(layoffDate, '2025-02-20', { employerArrearsMonths: 4 }), options)

  it('2025-02-06, the day before: the employer; the step reads only the PP 37/2021 threshold (English, Indonesian)', () => {
    const r = around('2025-02-06', EN)
    expect(r.regime).toBe('PP-37-2021')
    expect(r.firstPayer).toBe('employer')
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the employer.',
      inputs: { employerArrearsMonths: 4, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP37],
      legal: THR_PP37,
      value: 'employer',
    })
    expect(paramIds(r)).not.toContain('jkpBenefit.bankruptArrearsMonths')
    expect(step(around('2025-02-06'), 'jkp.payer').description).toBe(
      'Pembayar manfaat uang tunai: pemberi kerja.',
    )
  })

  it('2025-02-07, the day PP 6/2025 takes effect: undecided; the step reads the threshold and Pasal 39A (English, Indonesian)', () => {
    const r = around('2025-02-07', EN)
    expect(r.regime).toBe('PP-6-2025')
    expect(r.firstPayer).toBe('unknown')
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: not decided yet.',
      inputs: { employerArrearsMonths: 4, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP6, BANKRUPT_REF],
      legal: [...THR_PP6, ...BANKRUPT],
      value: 'unknown',
    })
    const id = step(around('2025-02-07'), 'jkp.payer')
    expect(id.description).toBe('Pembayar manfaat uang tunai: belum dapat ditentukan.')
    expect(id.parameters.map((p) => p.id)).toEqual([
      'jkpBenefit.arrearsThresholdMonths',
      'jkpBenefit.bankruptArrearsMonths',
    ])
    expect(id.legal).toEqual([...THR_PP6, ...BANKRUPT])
  })
})

describe('jkp.payer before PP 6/2025 (2024-06-30): the PP 37/2021 threshold row (low confidence), no Pasal 39A', () => {
  it('3 months: BPJS TK, citing PP 37/2021 Pasal 39, with the low-confidence warning', () => {
    const r = pp37({ employerArrearsMonths: 3 }, EN)
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_BPJS',
        kind: 'note',
        message: PAYER_BPJS_EN(3),
        legal: THR_PP37,
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the agency (BPJS Ketenagakerjaan).',
      inputs: { employerArrearsMonths: 3, employerBankruptOrClosed: null },
      parameters: [THR_REF_PP37],
      legal: THR_PP37,
      value: 'bpjs-tk',
    })
    expect(r.warnings).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jkpBenefit.arrearsThresholdMonths, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jkpBenefit.arrearsThresholdMonths',
      },
    ])
  })

  it('5 months, bankrupt: no Pasal 39A before 2025-02-07, the employer pays first', () => {
    const r = pp37({ employerArrearsMonths: 5, employerBankruptOrClosed: true }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(payerReasons(r)).toEqual([
      {
        code: 'JKP_PAYER_EMPLOYER_BEFORE_PP6',
        kind: 'note',
        message: PAYER_EMPLOYER_PP37_EN(5),
        legal: THR_PP37,
        path: ['employerArrearsMonths'],
      },
    ])
    expect(step(r, 'jkp.payer')).toEqual({
      rule: 'jkp.payer',
      description: 'Payer of the cash benefit: the employer.',
      inputs: { employerArrearsMonths: 5, employerBankruptOrClosed: true },
      parameters: [THR_REF_PP37],
      legal: THR_PP37,
      value: 'employer',
    })
    expect(paramIds(r)).not.toContain('jkpBenefit.bankruptArrearsMonths')
  })

  it('5 months, bankruptcy not given: no Pasal 39A to wait for, the employer (not undecided)', () => {
    const r = pp37({ employerArrearsMonths: 5 }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(payerReasons(r).map((x) => x.code)).toEqual(['JKP_PAYER_EMPLOYER_BEFORE_PP6'])
    expect(payerReasons(r)[0]?.legal).toEqual(THR_PP37)
  })

  it('arrears not given before 2025-02-07: JKP_PAYER_UNKNOWN cites PP 37/2021 Pasal 39 (was PP 6/2025)', () => {
    const r = pp37({}, EN)
    expect(r.firstPayer).toBe('unknown')
    expect(payerReasons(r).map((x) => [x.code, x.legal])).toEqual([['JKP_PAYER_UNKNOWN', THR_PP37]])
  })

  it('in Indonesian: the employer pays first, the reimbursement applies from 2025-02-07', () => {
    const r = pp37({ employerArrearsMonths: 4 })
    expect(payerReasons(r).map((x) => x.message)).toEqual([
      'Tunggakan iuran 4 bulan, lebih dari 3 bulan berturut-turut: pengusaha wajib membayar manfaat uang tunai lebih dahulu. Tata cara penggantian oleh BPJS Ketenagakerjaan (PP 6/2025 Pasal 39 ayat (4)–(6)) berlaku sejak 2025-02-07, tidak untuk PHK sebelumnya.',
    ])
  })
})

describe('firstPayer is null unless payable', () => {
  it('not payable (a resignation): null even with arrears given', () => {
    const r = pp6({ employerArrearsMonths: 0 }, EN)
    expect(r.firstPayer).toBe('bpjs-tk')
    const n = calculateJkpBenefit(
      {
        ...eligible('2025-03-15', '2025-04-01', { employerArrearsMonths: 0 }),
        reasonForLeaving: 'resignation',
      },
      EN,
    )
    expect(n.status).toBe('not-payable')
    expect(n.firstPayer).toBeNull()
  })
})

describe('jkpPayerAt: the readings that decided the payer', () => {
  const ref = (r: {
    id: string
    value: unknown
    from: string
    to?: string
    legal: unknown
    confidence: string
  }) => ({
    id: r.id,
    value: r.value,
    from: r.from,
    to: r.to,
    legal: r.legal,
    confidence: r.confidence,
  })

  it('within the threshold: one reading (the PP 6/2025 row, high confidence), BPJS TK', () => {
    const p = jkpPayerAt('2025-03-15', 3)
    expect(p.payer).toBe('bpjs')
    expect(p.readings.map(ref)).toEqual([
      { ...THR_REF_PP6, to: undefined, legal: THR_PP6, confidence: 'high' },
    ])
    expect(Object.isFrozen(p)).toBe(true)
    expect(Object.isFrozen(p.readings)).toBe(true)
  })

  it('4 months, bankrupt: both readings, BPJS TK; not bankrupt: one reading, employer first', () => {
    const b = jkpPayerAt('2025-03-15', 4, true)
    expect(b.payer).toBe('bpjs')
    expect(b.readings.map(ref)).toEqual([
      { ...THR_REF_PP6, to: undefined, legal: THR_PP6, confidence: 'high' },
      { ...BANKRUPT_REF, to: undefined, legal: BANKRUPT, confidence: 'high' },
    ])
    const n = jkpPayerAt('2025-03-15', 4)
    expect(n.payer).toBe('employer-first')
    expect(n.readings.map((x) => x.id)).toEqual(['jkpBenefit.arrearsThresholdMonths'])
  })

  it('bankrupt with 6 months: BPJS TK; with 7 months: employer first (both readings)', () => {
    expect(jkpPayerAt('2025-03-15', 6, true).payer).toBe('bpjs')
    const p = jkpPayerAt('2025-03-15', 7, true)
    expect(p.payer).toBe('employer-first')
    expect(p.readings.map((x) => x.id)).toEqual([
      'jkpBenefit.arrearsThresholdMonths',
      'jkpBenefit.bankruptArrearsMonths',
    ])
  })

  it('before 2025-02-07, bankrupt with 4 months: no Pasal 39A reading, employer first (PP 37/2021 row, low)', () => {
    const p = jkpPayerAt('2025-02-06', 4, true)
    expect(p.payer).toBe('employer-first')
    expect(p.readings.map(ref)).toEqual([{ ...THR_REF_PP37, legal: THR_PP37, confidence: 'low' }])
  })

  it('on 2025-02-07, bankrupt with 4 months: Pasal 39A applies, BPJS TK', () => {
    expect(jkpPayerAt('2025-02-07', 4, true).payer).toBe('bpjs')
  })
})
