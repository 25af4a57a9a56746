/**
 * The stage-I accident report (report.ts reportPayer): from Permenaker 1/2025 (in force 2025-02-24) an employer
 * that did not report the accident within 2 × 24 hours (parameter jkk.accidentReport.employerBearsAfterHours,
 * 48) bears the JKK benefit itself; before it the consequence was not found (a warning, the payer unchanged);
 * PU and JAKON only. Whole reasons, steps and warnings, both locales.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

const P1_2025 = [{ source: 'PERMENAKER-1-2025' }]
const HOURS_REF = { id: 'jkk.accidentReport.employerBearsAfterHours', value: 48, from: '2025-02-24' }

const NO_ARREARS = {
  category: 'PU',
  cause: 'work-accident',
  monthlyWage: 5_000_000,
  membershipActive: true,
} as const
const PU = { ...NO_ARREARS, employerArrearsMonths: 0 } as const

const run = (
  input: Partial<JkkBenefitInput> & { accidentDate: string },
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PU, ...input } as JkkBenefitInput, options)
const reportReasons = (r: JkkBenefitResult) => r.reasons.filter((x) => x.code.startsWith('JKK_REPORTED'))
const reportStep = (r: JkkBenefitResult) => r.explanation.steps.filter((s) => s.rule === 'jkk.accidentReport')

describe('Permenaker 1/2025 in force (2025-02-24): a late report makes the employer bear the benefit', () => {
  let late: JkkBenefitResult
  let lateId: JkkBenefitResult
  beforeEach(() => {
    late = run({ accidentDate: '2025-02-24', accidentReportedInTime: false })
    lateId = run({ accidentDate: '2025-02-24', accidentReportedInTime: false }, {})
  })

  it('the reason: a note with the 48 hours, on the path accidentReportedInTime, both locales', () => {
    expect(reportReasons(late)).toEqual([
      {
        code: 'JKK_REPORTED_LATE_EMPLOYER_BEARS',
        kind: 'note',
        message: 'The accident was not reported within 48 hours: the employer bears the JKK benefit.',
        legal: P1_2025,
        path: ['accidentReportedInTime'],
      },
    ])
    expect(reportReasons(lateId)[0]?.message).toBe(
      'Kecelakaan tidak dilaporkan dalam 48 jam: pemberi kerja menanggung manfaat JKK.',
    )
  })

  it('the step, after the arrears step, with the employer as its value; firstPayer employer; still payable', () => {
    expect(late.explanation.steps.map((s) => s.rule).slice(0, 4)).toEqual([
      'jkk.regime',
      'death.protection',
      'death.employerArrears',
      'jkk.accidentReport',
    ])
    expect(reportStep(late)).toEqual([
      {
        rule: 'jkk.accidentReport',
        description: 'Stage I accident report within 48 hours: false.',
        inputs: { accidentReportedInTime: false },
        parameters: [HOURS_REF],
        legal: P1_2025,
        value: 'employer',
      },
    ])
    expect(reportStep(lateId)[0]?.description).toBe('Laporan kecelakaan tahap I dalam 48 jam: false.')
    expect([late.firstPayer, late.status]).toEqual(['employer', 'payable'])
    expect(late.warnings).toEqual([])
  })

  it('in time: a note, the arrears payer kept (bpjs-tk), the step’s value bpjs-tk', () => {
    const r = run({ accidentDate: '2025-02-24', accidentReportedInTime: true })
    const id = run({ accidentDate: '2025-02-24', accidentReportedInTime: true }, {})
    expect(reportReasons(r)).toEqual([
      {
        code: 'JKK_REPORTED_IN_TIME',
        kind: 'note',
        message: 'The employer reported the accident within 48 hours.',
        legal: P1_2025,
        path: ['accidentReportedInTime'],
      },
    ])
    expect(reportReasons(id)[0]?.message).toBe('Kecelakaan dilaporkan pemberi kerja dalam 48 jam.')
    expect(reportStep(r)).toEqual([
      {
        rule: 'jkk.accidentReport',
        description: 'Stage I accident report within 48 hours: true.',
        inputs: { accidentReportedInTime: true },
        parameters: [HOURS_REF],
        legal: P1_2025,
        value: 'bpjs-tk',
      },
    ])
    expect(r.firstPayer).toBe('bpjs-tk')
  })

  it('in time with 4 months of arrears: the employer pays first by the arrears (D10), not by the report', () => {
    const r = run({ accidentDate: '2025-02-24', accidentReportedInTime: true, employerArrearsMonths: 4 })
    expect(r.firstPayer).toBe('employer')
    expect(reportStep(r)[0]?.value).toBe('employer')
  })

  it('late with the arrears unknown: the employer', () => {
    const r = calculateJkkBenefit(
      { ...NO_ARREARS, accidentDate: '2025-02-24', accidentReportedInTime: false },
      { locale: 'en' },
    )
    expect(r.firstPayer).toBe('employer')
  })

  it('a JAKON accident is judged the same way', () => {
    const r = run({ accidentDate: '2025-03-01', category: 'JAKON', accidentReportedInTime: false })
    expect(r.firstPayer).toBe('employer')
    expect(reportReasons(r).map((x) => x.code)).toEqual(['JKK_REPORTED_LATE_EMPLOYER_BEARS'])
  })
})

describe('before Permenaker 1/2025 (2025-02-23): the consequence was not found', () => {
  it('late: a warning, no reason, no step, the payer unchanged', () => {
    const r = run({ accidentDate: '2025-02-23', accidentReportedInTime: false })
    const id = run({ accidentDate: '2025-02-23', accidentReportedInTime: false }, {})
    expect(r.warnings).toEqual([
      {
        code: 'JKK_LATE_REPORT_RULE_NOT_FOUND',
        message:
          'The accident of 2025-02-23 was not reported in time: the consequence before Permenaker 1/2025 was not found, the payer is unchanged.',
      },
    ])
    expect(id.warnings).toEqual([
      {
        code: 'JKK_LATE_REPORT_RULE_NOT_FOUND',
        message:
          'Kecelakaan 2025-02-23 tidak dilaporkan tepat waktu: akibatnya sebelum Permenaker 1/2025 tidak ditemukan, pembayar tidak diubah.',
      },
    ])
    expect([reportReasons(r), reportStep(r), r.firstPayer]).toEqual([[], [], 'bpjs-tk'])
  })
  it('in time: nothing to say', () => {
    const r = run({ accidentDate: '2025-02-23', accidentReportedInTime: true })
    expect([r.warnings, reportReasons(r), reportStep(r), r.firstPayer]).toEqual([[], [], [], 'bpjs-tk'])
  })
})

describe('categories the report does not apply to', () => {
  it('BPU: the input is not used (warned), BPJS TK pays', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2025-03-01',
        category: 'BPU',
        cause: 'work-accident',
        declaredIncome: 3_000_000,
        membershipActive: true,
        accidentReportedInTime: false,
      },
      { locale: 'en' },
    )
    expect(r.warnings).toEqual([
      { code: 'INPUT_NOT_USED', message: 'Field accidentReportedInTime is not used for category BPU.' },
      // the Lampiran II rows between floor and ceiling are unknown (low)
      expect.objectContaining({ code: 'LOW_CONFIDENCE_RULE', parameterId: 'bpu.income.rows' }),
    ])
    expect([reportReasons(r), reportStep(r), r.firstPayer]).toEqual([[], [], 'bpjs-tk'])
  })
  it('PMI: the input is not used (warned), no first payer', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2025-03-01',
        category: 'PMI',
        cause: 'work-accident',
        membershipActive: true,
        accidentReportedInTime: true,
      },
      {},
    )
    expect(r.warnings).toContainEqual({
      code: 'INPUT_NOT_USED',
      message: 'Kolom accidentReportedInTime tidak dipakai untuk kategori PMI.',
    })
    expect([reportReasons(r), reportStep(r), r.firstPayer]).toEqual([[], [], null])
  })
  it('not given: no reason, no step, no warning', () => {
    const r = run({ accidentDate: '2025-03-01' })
    expect([r.warnings, reportReasons(r), reportStep(r), r.firstPayer]).toEqual([[], [], [], 'bpjs-tk'])
  })
})
