/**
 * The JKK claim conditions (calculate.ts `conditions`, conditions.ts): the cause (PP 44/2015 Pasal 1), the claim
 * lapse of PP 44/2015 Pasal 26 (2 years; 5 years as amended by PP 82/2019 from 2019-12-02; a PMI: 2 years under
 * Permenaker 18/2018, 5 under 4/2023 from 2023-02-22), the transition warning of an accident whose 2-year window
 * was still open on the switch day, and the occupational disease diagnosed after employment (Perpres 7/2019,
 * 3 years, parameter from 2019-01-25, PP 44/2015 Pasal 48; a diagnosis after employment ended before that date is
 * not payable with its own reason). Whole reasons, warnings and steps, both locales.
 * Expected values are written from src/parameters/jkk-benefit.ts and the messages, not from a run.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

type Cite = { source: string; article?: string }

const D5: Cite = { source: 'DECISIONS', article: 'D5' }
const D10: Cite = { source: 'DECISIONS', article: 'D10' }
const D11: Cite = { source: 'DECISIONS', article: 'D11' }
const PP44_1: Cite = { source: 'PP-44-2015', article: 'Pasal 1' }
const LAPSE_A: Cite[] = [{ source: 'PP-44-2015', article: 'Pasal 26' }, D5]
const LAPSE_B: Cite[] = [{ source: 'PP-82-2019', article: 'Pasal 26' }, D5]
// Perpres 7/2019 (in force 2019-01-29), implementing PP 44/2015 Pasal 48(3)
const PAK: Cite[] = [
  { source: 'PERPRES-7-2019', article: 'Pasal 2 ayat (2)' },
  { source: 'PP-44-2015', article: 'Pasal 48 ayat (3)' },
]
// before it, Keppres 22/1993 Pasal 3(2): the same 3 years
const PAK_KEPPRES: Cite[] = [
  { source: 'KEPPRES-22-1993', article: 'Pasal 3 ayat (2)' },
  { source: 'PP-44-2015', article: 'Pasal 48' },
]
const MEMBERSHIP: Cite[] = [{ source: 'BPJSTK-ART-18877' }, D11]
const ARREARS: Cite[] = [D10, { source: 'PP-44-2015' }]

const PU = {
  category: 'PU',
  cause: 'work-accident',
  monthlyWage: 5_000_000,
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

const run = (input: Partial<JkkBenefitInput> & { accidentDate: string }, options?: CalculationOptions) =>
  calculateJkkBenefit({ ...PU, ...input } as JkkBenefitInput, options)
const en = (input: Partial<JkkBenefitInput> & { accidentDate: string }) => run(input, { locale: 'en' })
const codes = (r: JkkBenefitResult) => r.warnings.map((w) => w.code)
const step = (r: JkkBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const reason = (r: JkkBenefitResult, code: string) => r.reasons.filter((x) => x.code === code)

const workAccidentEn = {
  code: 'JKK_CAUSE_MET',
  kind: 'met',
  message: 'Event: work accident.',
  legal: [PP44_1],
  path: ['cause'],
}
const membershipEn = (date: string) => ({
  code: 'MEMBERSHIP_ACTIVE',
  kind: 'met',
  message: `The membership was active on ${date}.`,
  legal: MEMBERSHIP,
  path: ['membershipActive'],
})
const arrearsEn = {
  code: 'ARREARS_BPJS_PAYS_FIRST',
  kind: 'note',
  message: 'Employer arrears of 0 month(s) (at most 3): BPJS Ketenagakerjaan pays the benefit first.',
  legal: ARREARS,
  path: ['employerArrearsMonths'],
}

describe('cause and claim deadline, Regime B (accident 2024-03-10, no claim date)', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    r = en({ accidentDate: '2024-03-10' })
    id = run({ accidentDate: '2024-03-10' })
  })

  it('every reason, in order: cause met, the deadline 5 years on (2029-03-10) as a note, membership, arrears', () => {
    expect(r.reasons).toEqual([
      workAccidentEn,
      {
        code: 'JKK_CLAIM_DEADLINE',
        kind: 'note',
        message: 'The claim must be made by 2029-03-10 (5 years from the event).',
        legal: LAPSE_B,
      },
      membershipEn('2024-03-10'),
      arrearsEn,
    ])
    expect(r.claimLastDay).toBe('2029-03-10')
    expect([r.status, r.payable, r.missing]).toEqual(['payable', true, []])
    expect(r.warnings).toEqual([])
  })

  it('in Indonesian: the cause and the deadline', () => {
    expect(id.reasons.slice(0, 2)).toEqual([
      {
        code: 'JKK_CAUSE_MET',
        kind: 'met',
        message: 'Kejadian: kecelakaan kerja.',
        legal: [PP44_1],
        path: ['cause'],
      },
      {
        code: 'JKK_CLAIM_DEADLINE',
        kind: 'note',
        message: 'Klaim harus diajukan paling lambat 2029-03-10 (5 tahun sejak kejadian).',
        legal: LAPSE_B,
      },
    ])
    expect(id.reasons[2]).toEqual({
      code: 'MEMBERSHIP_ACTIVE',
      kind: 'met',
      message: 'Kepesertaan aktif pada 2024-03-10.',
      legal: MEMBERSHIP,
      path: ['membershipActive'],
    })
    expect(id.reasons[3]?.message).toBe(
      'Tunggakan iuran pemberi kerja 0 bulan (paling lama 3 bulan): BPJS Ketenagakerjaan membayar manfaat lebih dulu.',
    )
  })

  it('the regime step, the protection step and the total step, whole', () => {
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'jkk.regime',
      'death.protection',
      'death.employerArrears',
      'jkk.wage',
      'jkk.total',
    ])
    expect(step(r, 'jkk.regime')).toEqual({
      rule: 'jkk.regime',
      description: 'JKK benefit regime by the event date 2024-03-10: PP-82-2019.',
      inputs: {},
      parameters: [{ id: 'jkkDeath.regime', value: 'PP-82-2019', from: '2019-12-02' }],
      legal: [{ source: 'PP-82-2019', article: 'Pasal II' }, D5],
      value: 'PP-82-2019',
    })
    expect(step(id, 'jkk.regime').description).toBe(
      'Rezim manfaat JKK menurut tanggal kejadian 2024-03-10: PP-82-2019.',
    )
    expect(step(r, 'death.protection')).toEqual({
      rule: 'death.protection',
      description: 'Protection on the date of the work accident 2024-03-10: met.',
      inputs: { category: 'PU', membershipActive: true, eventDate: '2024-03-10' },
      parameters: [],
      legal: MEMBERSHIP,
      value: 'met',
    })
    expect(step(r, 'jkk.total')).toEqual({
      rule: 'jkk.total',
      description: 'Total JKK cash benefits: Rp0 (status: payable).',
      inputs: {},
      parameters: [],
      legal: [],
      unit: 'rupiah',
      value: 0,
    })
    expect(step(id, 'jkk.total').description).toBe('Jumlah manfaat uang JKK: Rp0 (status: dibayarkan).')
  })

  it('the parameters read: the regime and the 5-year lapse (PP 82/2019 Pasal 26), with their dates', () => {
    const p = r.explanation.parameters.find((x) => x.id === 'jkk.claimLapse.years')
    expect(p).toEqual({
      id: 'jkk.claimLapse.years',
      value: 5,
      from: '2019-12-02',
      date: '2024-03-10',
      confidence: 'high',
      legal: LAPSE_B,
      overridden: false,
      lastVerifiedOn: '2026-11-24',
    })
  })
})

describe('cause: missing, or an occupational disease', () => {
  let missing: JkkBenefitResult
  let missingId: JkkBenefitResult
  let pak: JkkBenefitResult
  let pakId: JkkBenefitResult
  beforeEach(() => {
    const noCause = {
      category: 'PU',
      monthlyWage: 5_000_000,
      membershipActive: true,
      employerArrearsMonths: 0,
      accidentDate: '2024-03-10',
    } as const
    missing = calculateJkkBenefit(noCause, { locale: 'en' })
    missingId = calculateJkkBenefit(noCause)
    pak = en({ accidentDate: '2024-03-10', cause: 'occupational-disease' })
    pakId = run({ accidentDate: '2024-03-10', cause: 'occupational-disease' })
  })

  it('no cause: a missing fact on the path cause (PP 44/2015 Pasal 1), incomplete', () => {
    expect(missing.reasons[0]).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: whether the event is a work accident or an occupational disease (field cause). The library does not assume it.',
      legal: [PP44_1],
      path: ['cause'],
    })
    expect(missingId.reasons[0]?.message).toBe(
      'Data belum diberikan: apakah kejadian berupa kecelakaan kerja atau penyakit akibat kerja (kolom cause). Pustaka ini tidak mengasumsikannya.',
    )
    expect([missing.status, missing.payable, missing.missing]).toEqual(['incomplete', false, ['cause']])
    expect(step(missing, 'jkk.total').description).toBe(
      'Total JKK cash benefits: Rp0 (status: incomplete input).',
    )
  })

  it('an occupational disease during employment: the cause met, no Perpres 7/2019 reason', () => {
    expect(pak.reasons[0]).toEqual({
      code: 'JKK_CAUSE_MET',
      kind: 'met',
      message: 'Event: occupational disease.',
      legal: [PP44_1],
      path: ['cause'],
    })
    expect(pakId.reasons[0]?.message).toBe('Kejadian: penyakit akibat kerja.')
    expect(pak.reasons.map((x) => x.code)).toEqual([
      'JKK_CAUSE_MET',
      'JKK_CLAIM_DEADLINE',
      'MEMBERSHIP_ACTIVE',
      'ARREARS_BPJS_PAYS_FIRST',
    ])
  })
})

describe('claim lapse, Regime B: the claim on the fifth anniversary is in time, the day after has lapsed', () => {
  let onDay: JkkBenefitResult
  let after: JkkBenefitResult
  let afterId: JkkBenefitResult
  beforeEach(() => {
    onDay = en({ accidentDate: '2024-03-10', claimDate: '2029-03-10' })
    after = en({ accidentDate: '2024-03-10', claimDate: '2029-03-11' })
    afterId = run({ accidentDate: '2024-03-10', claimDate: '2029-03-11' })
  })

  it('2029-03-10: met, on the path claimDate', () => {
    expect(reason(onDay, 'JKK_CLAIM_IN_TIME')).toEqual([
      {
        code: 'JKK_CLAIM_IN_TIME',
        kind: 'met',
        message: 'The claim of 2029-03-10 is within 5 years (at the latest 2029-03-10).',
        legal: LAPSE_B,
        path: ['claimDate'],
      },
    ])
    expect(onDay.status).toBe('payable')
  })

  it('2029-03-11: not met, not payable, in both locales', () => {
    expect(reason(after, 'JKK_CLAIM_LAPSED')).toEqual([
      {
        code: 'JKK_CLAIM_LAPSED',
        kind: 'not-met',
        message: 'The right to claim has lapsed: the claim of 2029-03-11 is past 5 years (2029-03-10).',
        legal: LAPSE_B,
        path: ['claimDate'],
      },
    ])
    expect(reason(afterId, 'JKK_CLAIM_LAPSED')[0]?.message).toBe(
      'Hak menuntut manfaat gugur: klaim 2029-03-11 lewat batas 5 tahun (2029-03-10).',
    )
    expect(reason(onDay, 'JKK_CLAIM_LAPSED')).toEqual([])
    expect([after.status, after.payable]).toEqual(['not-payable', false])
    expect(step(after, 'jkk.total').description).toBe('Total JKK cash benefits: Rp0 (status: not payable).')
    expect(step(afterId, 'jkk.total').description).toBe(
      'Jumlah manfaat uang JKK: Rp0 (status: tidak dibayarkan).',
    )
  })

  it('in Indonesian, in time', () => {
    const id = run({ accidentDate: '2024-03-10', claimDate: '2029-03-10' })
    expect(reason(id, 'JKK_CLAIM_IN_TIME')[0]?.message).toBe(
      'Klaim 2029-03-10 masih dalam batas 5 tahun (paling lambat 2029-03-10).',
    )
  })
})

describe('claim lapse, Regime A (PP 44/2015 Pasal 26: 2 years) and the transition to PP 82/2019', () => {
  it('2019-12-01, the last day of PP 44/2015: 2 years to 2021-12-01, and the transition warning', () => {
    const r = en({ accidentDate: '2019-12-01', claimDate: '2021-12-01' })
    expect(r.regime).toBe('PP-44-2015')
    expect(r.claimLastDay).toBe('2021-12-01')
    expect(reason(r, 'JKK_CLAIM_IN_TIME')).toEqual([
      {
        code: 'JKK_CLAIM_IN_TIME',
        kind: 'met',
        message: 'The claim of 2021-12-01 is within 2 years (at the latest 2021-12-01).',
        legal: LAPSE_A,
        path: ['claimDate'],
      },
    ])
    expect(r.warnings).toEqual([
      {
        code: 'JKK_LAPSE_TRANSITION',
        message:
          'An accident before 2019-12-02 whose 2-year claim window was still open on that day: the transition rule was not found, the library uses 2 years.',
      },
    ])
    expect(run({ accidentDate: '2019-12-01' }).warnings).toEqual([
      {
        code: 'JKK_LAPSE_TRANSITION',
        message:
          'Kecelakaan sebelum 2019-12-02 yang batas klaim 2 tahunnya masih berjalan pada tanggal itu: aturan peralihan tidak ditemukan, pustaka memakai 2 tahun.',
      },
    ])
  })

  it('2019-12-01 claimed on 2021-12-02: lapsed after 2 years', () => {
    const r = en({ accidentDate: '2019-12-01', claimDate: '2021-12-02' })
    expect(reason(r, 'JKK_CLAIM_LAPSED')).toEqual([
      {
        code: 'JKK_CLAIM_LAPSED',
        kind: 'not-met',
        message: 'The right to claim has lapsed: the claim of 2021-12-02 is past 2 years (2021-12-01).',
        legal: LAPSE_A,
        path: ['claimDate'],
      },
    ])
    expect(r.status).toBe('not-payable')
  })

  it('2019-12-02, the first day of PP 82/2019: 5 years, no transition warning', () => {
    const r = en({ accidentDate: '2019-12-02' })
    expect(r.regime).toBe('PP-82-2019')
    expect(r.claimLastDay).toBe('2024-12-02')
    expect(codes(r)).toEqual([])
  })

  it('the window reaching the switch day exactly (2017-12-02 → 2019-12-02) is flagged; one day earlier is not', () => {
    const reaching = en({ accidentDate: '2017-12-02' })
    const closed = en({ accidentDate: '2017-12-01' })
    expect(reaching.claimLastDay).toBe('2019-12-02')
    expect(codes(reaching)).toEqual(['JKK_LAPSE_TRANSITION'])
    expect(closed.claimLastDay).toBe('2019-12-01')
    expect(codes(closed)).toEqual([])
    expect(reason(closed, 'JKK_CLAIM_DEADLINE')).toEqual([
      {
        code: 'JKK_CLAIM_DEADLINE',
        kind: 'note',
        message: 'The claim must be made by 2019-12-01 (2 years from the event).',
        legal: LAPSE_A,
      },
    ])
  })
})

describe('occupational disease diagnosed after employment ended (Perpres 7/2019: within 3 years)', () => {
  const pak = (accidentDate: string, employmentEndDate: string) =>
    en({ accidentDate, cause: 'occupational-disease', employmentEndDate })

  it('diagnosed on the third anniversary of the end: within, on the path employmentEndDate', () => {
    const r = pak('2024-01-10', '2021-01-10')
    expect(reason(r, 'JKK_PAK_WITHIN')).toEqual([
      {
        code: 'JKK_PAK_WITHIN',
        kind: 'met',
        message: 'The occupational disease was diagnosed within 3 years of the end of employment.',
        legal: PAK,
        path: ['employmentEndDate'],
      },
    ])
    expect(r.status).toBe('payable')
    const id = run({
      accidentDate: '2024-01-10',
      cause: 'occupational-disease',
      employmentEndDate: '2021-01-10',
    })
    expect(reason(id, 'JKK_PAK_WITHIN')[0]?.message).toBe(
      'Penyakit akibat kerja didiagnosis dalam 3 tahun sejak hubungan kerja berakhir.',
    )
    expect(
      r.explanation.parameters.find((p) => p.id === 'jkk.occupationalDisease.yearsAfterEmployment'),
    ).toEqual(expect.objectContaining({ value: 3, from: '2019-01-29', legal: PAK, confidence: 'medium' }))
  })

  it('diagnosed the day after: too late, not payable', () => {
    const r = pak('2024-01-11', '2021-01-10')
    expect(reason(r, 'JKK_PAK_TOO_LATE')).toEqual([
      {
        code: 'JKK_PAK_TOO_LATE',
        kind: 'not-met',
        message:
          'The occupational disease was diagnosed on 2024-01-11, more than 3 years after employment ended (2021-01-10).',
        legal: PAK,
        path: ['employmentEndDate'],
      },
    ])
    expect(reason(r, 'JKK_PAK_WITHIN')).toEqual([])
    expect(r.status).toBe('not-payable')
    const id = run({
      accidentDate: '2024-01-11',
      cause: 'occupational-disease',
      employmentEndDate: '2021-01-10',
    })
    expect(reason(id, 'JKK_PAK_TOO_LATE')[0]?.message).toBe(
      'Penyakit akibat kerja didiagnosis 2024-01-11, lebih dari 3 tahun sejak hubungan kerja berakhir (2021-01-10).',
    )
  })

  it('diagnosed on the last day of employment, or a work accident after it: no Perpres 7/2019 reason', () => {
    const sameDay = pak('2024-01-10', '2024-01-10')
    const accident = en({ accidentDate: '2024-01-11', employmentEndDate: '2021-01-10' })
    for (const r of [sameDay, accident]) {
      expect(r.reasons.filter((x) => x.code.startsWith('JKK_PAK'))).toEqual([])
      expect(r.explanation.parameters.map((p) => p.id)).not.toContain(
        'jkk.occupationalDisease.yearsAfterEmployment',
      )
    }
  })
})

describe('occupational disease diagnosed after employment ended before Perpres 7/2019: Keppres 22/1993, the same 3 years', () => {
  const input = (accidentDate: string, employmentEndDate: string) =>
    ({ accidentDate, cause: 'occupational-disease', employmentEndDate }) as const
  const withinEn = (legal: Cite[]) => ({
    code: 'JKK_PAK_WITHIN',
    kind: 'met',
    message: 'The occupational disease was diagnosed within 3 years of the end of employment.',
    legal,
    path: ['employmentEndDate'],
  })

  it('diagnosed 2018-06-01, employment ended 2018-01-01: within 3 years under Keppres 22/1993 Pasal 3(2), payable', () => {
    const r = en(input('2018-06-01', '2018-01-01'))
    expect(r.reasons).toEqual([
      {
        code: 'JKK_CAUSE_MET',
        kind: 'met',
        message: 'Event: occupational disease.',
        legal: [PP44_1],
        path: ['cause'],
      },
      {
        code: 'JKK_CLAIM_DEADLINE',
        kind: 'note',
        message: 'The claim must be made by 2020-06-01 (2 years from the event).',
        legal: LAPSE_A,
      },
      withinEn(PAK_KEPPRES),
      membershipEn('2018-06-01'),
      arrearsEn,
    ])
    expect([r.status, r.payable, r.missing]).toEqual(['payable', true, []])
    expect(
      r.explanation.parameters.find((p) => p.id === 'jkk.occupationalDisease.yearsAfterEmployment'),
    ).toEqual(
      expect.objectContaining({ value: 3, from: '2015-07-01', legal: PAK_KEPPRES, confidence: 'medium' }),
    )
  })

  it('diagnosed 2018-01-02 after employment ended 2014-12-31: more than 3 years, not payable (in Indonesian)', () => {
    const id = run(input('2018-01-02', '2014-12-31'))
    expect(reason(id, 'JKK_PAK_TOO_LATE')).toEqual([
      {
        code: 'JKK_PAK_TOO_LATE',
        kind: 'not-met',
        message:
          'Penyakit akibat kerja didiagnosis 2018-01-02, lebih dari 3 tahun sejak hubungan kerja berakhir (2014-12-31).',
        legal: PAK_KEPPRES,
        path: ['employmentEndDate'],
      },
    ])
    expect(id.status).toBe('not-payable')
  })

  it('the boundary: diagnosed 2019-01-28 reads Keppres 22/1993; 2019-01-29 (Perpres 7/2019 promulgated) reads the Perpres', () => {
    const last = en(input('2019-01-28', '2018-01-01'))
    const first = en(input('2019-01-29', '2018-01-01'))
    expect(reason(last, 'JKK_PAK_WITHIN')).toEqual([withinEn(PAK_KEPPRES)])
    expect(reason(first, 'JKK_PAK_WITHIN')).toEqual([withinEn(PAK)])
    expect([last.status, first.status]).toEqual(['payable', 'payable'])
  })

  it('before 2019-01-29 a diagnosis during employment, or a work accident after it, reads no such rule', () => {
    const during = en(input('2018-06-01', '2018-06-01'))
    const accident = en({ accidentDate: '2018-06-01', employmentEndDate: '2018-01-01' })
    for (const r of [during, accident]) {
      expect(r.reasons.filter((x) => x.code.startsWith('JKK_PAK'))).toEqual([])
      expect(r.status).toBe('payable')
    }
  })
})

describe('a PMI claim lapse: 2 years under Permenaker 18/2018, 5 under 4/2023 (from 2023-02-22)', () => {
  const PMI = { category: 'PMI', cause: 'work-accident', membershipActive: true } as const
  const pmi = (accidentDate: string, claimDate?: string) =>
    calculateJkkBenefit(
      { ...PMI, accidentDate, ...(claimDate === undefined ? {} : { claimDate }) },
      { locale: 'en' },
    )

  it('2023-02-21 (18/2018): 2 years, claimed on 2025-02-22 lapsed, the window open on 2023-02-22 flagged', () => {
    const r = pmi('2023-02-21', '2025-02-22')
    expect(r.claimLastDay).toBe('2025-02-21')
    expect(reason(r, 'JKK_CLAIM_LAPSED')).toEqual([
      {
        code: 'JKK_CLAIM_LAPSED',
        kind: 'not-met',
        message: 'The right to claim has lapsed: the claim of 2025-02-22 is past 2 years (2025-02-21).',
        legal: [{ source: 'PERMENAKER-18-2018' }],
        path: ['claimDate'],
      },
    ])
    expect(r.warnings).toContainEqual({
      code: 'JKK_LAPSE_TRANSITION',
      message:
        'An accident before 2023-02-22 whose 2-year claim window was still open on that day: the transition rule was not found, the library uses 2 years.',
    })
  })

  it('2023-02-22 (4/2023): 5 years, no transition warning', () => {
    const r = pmi('2023-02-22', '2028-02-22')
    expect(r.claimLastDay).toBe('2028-02-22')
    expect(reason(r, 'JKK_CLAIM_IN_TIME')).toEqual([
      {
        code: 'JKK_CLAIM_IN_TIME',
        kind: 'met',
        message: 'The claim of 2028-02-22 is within 5 years (at the latest 2028-02-22).',
        legal: [{ source: 'PERMENAKER-4-2023' }],
        path: ['claimDate'],
      },
    ])
    expect(codes(r)).not.toContain('JKK_LAPSE_TRANSITION')
  })

  it('the PMI switch day, not PP 82/2019, decides the transition: 2021-02-22 flagged, 2021-02-21 not', () => {
    expect(codes(pmi('2021-02-22'))).toContain('JKK_LAPSE_TRANSITION')
    expect(codes(pmi('2021-02-21'))).not.toContain('JKK_LAPSE_TRANSITION')
    expect(pmi('2021-02-21').claimLastDay).toBe('2023-02-21')
  })
})
