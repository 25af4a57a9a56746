/**
 * The scholarship on total permanent disability (scholarship-part.ts): PP 82/2019 and Permenaker 1/2025
 * Pasal 103 ("meninggal dunia atau cacat total tetap"), no minimum contribution period, the children's ages on
 * the day the disability was declared (else the accident date, warned); not computed when the cash benefit is
 * not payable, for a PMI, and under PP 44/2015 (not found in the sources). Whole steps, reasons and warnings.
 */
import { describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

const D5 = { source: 'DECISIONS', article: 'D5' }
const P103 = { source: 'PERMENAKER-1-2025', article: 'Pasal 103' }

const PU = {
  category: 'PU',
  cause: 'work-accident',
  monthlyWage: 5_000_000,
  membershipActive: true,
  employerArrearsMonths: 0,
} as const
const run = (
  input: Partial<JkkBenefitInput> & { accidentDate: string },
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PU, ...input } as JkkBenefitInput, options)
const steps = (r: JkkBenefitResult, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)

describe('Regime B, payable: the scholarship step', () => {
  it('declared on 2024-06-01: the step reads the ages on that day, with the mode and Pasal 103', () => {
    const r = run({ accidentDate: '2024-03-10', disability: { type: 'total', declaredOn: '2024-06-01' } })
    const id = run(
      { accidentDate: '2024-03-10', disability: { type: 'total', declaredOn: '2024-06-01' } },
      {},
    )
    expect(steps(r, 'jkk.scholarship')).toEqual([
      {
        rule: 'jkk.scholarship',
        description:
          'Children’s education scholarship on total permanent disability from work; the children’s ages are read on 2024-06-01.',
        inputs: { declaredOn: '2024-06-01', children: null },
        parameters: [{ id: 'scholarship.mode', value: 'yearly', from: '2019-12-02' }],
        legal: [P103, { source: 'PP-82-2019' }, { source: 'PERMENAKER-5-2021' }, D5],
        value: '2024-06-01',
      },
    ])
    expect(steps(id, 'jkk.scholarship')[0]?.description).toBe(
      'Beasiswa pendidikan anak karena cacat total tetap akibat kerja; usia anak dibaca pada 2024-06-01.',
    )
    expect(r.warnings).toEqual([])
    // the law of the accident date (the regime), not of the declaration date, for every scholarship parameter
    const dates = r.explanation.parameters.filter((p) => p.id.startsWith('scholarship.')).map((p) => p.date)
    expect(dates.length).toBeGreaterThan(3)
    expect([...new Set(dates)]).toEqual(['2024-03-10'])
    // no minimum contribution period for a JKK scholarship (0 years)
    expect(r.explanation.parameters.find((p) => p.id === 'scholarship.jkk.minContributionYears')).toEqual(
      expect.objectContaining({ value: 0, from: '2019-12-02' }),
    )
    // without children: a missing fact of the scholarship, not of the cash benefit
    expect([r.status, r.scholarship?.eligible, r.scholarship?.reasons.map((x) => x.code)]).toEqual([
      'payable',
      false,
      ['MISSING_FACT'],
    ])
  })

  it('no declaration date: the accident date, warned in both locales; the children counted', () => {
    const children = [{ birthDate: '2016-01-01' }]
    const r = run({ accidentDate: '2024-03-10', disability: { type: 'total' }, children })
    const id = run({ accidentDate: '2024-03-10', disability: { type: 'total' }, children }, {})
    expect(r.warnings).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE',
        message:
          'No date of the total disability declaration: the children’s ages for the scholarship are read on the accident date 2024-03-10.',
      },
      // the shared scholarship schedule, assumed from the age (no schooling given)
      expect.objectContaining({ code: 'LOW_CONFIDENCE_RULE', parameterId: 'scholarship.assumedEntryAge' }),
      expect.objectContaining({ code: 'SCHOLARSHIP_SCHEDULE_ASSUMED' }),
    ])
    expect(id.warnings[0]).toEqual({
      code: 'JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE',
      message:
        'Tanggal penetapan cacat total tidak diberikan: usia anak untuk beasiswa dibaca pada tanggal kecelakaan 2024-03-10.',
    })
    expect(steps(r, 'jkk.scholarship')[0]).toEqual(
      expect.objectContaining({ inputs: { declaredOn: null, children: 1 }, value: '2024-03-10' }),
    )
    expect(r.scholarship?.eligible).toBe(true)
  })

  it('a partial disability: no scholarship at all', () => {
    const r = run({ accidentDate: '2024-03-10', disability: { type: 'anatomical', tableRate: '0.5' } })
    expect([r.scholarship, steps(r, 'jkk.scholarship')]).toEqual([null, []])
  })
})

describe('not computed', () => {
  it('the cash benefit is not payable (claim lapsed): JKK_SCHOLARSHIP_NOT_PAYABLE', () => {
    const r = run({
      accidentDate: '2024-03-10',
      claimDate: '2029-03-11',
      disability: { type: 'total', declaredOn: '2024-06-01' },
    })
    expect(r.scholarship?.reasons).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_NOT_PAYABLE',
        kind: 'not-met',
        message: 'The scholarship is not computed because the JKK benefit is not (or not yet) payable.',
        legal: [],
      },
    ])
    expect(steps(r, 'jkk.scholarship')).toEqual([])
  })
  it('incomplete (no cause) is not payable either', () => {
    const r = calculateJkkBenefit(
      {
        category: 'PU',
        monthlyWage: 5_000_000,
        membershipActive: true,
        employerArrearsMonths: 0,
        accidentDate: '2024-03-10',
        disability: { type: 'total', declaredOn: '2024-06-01' },
      },
      {},
    )
    expect(r.scholarship?.reasons).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_NOT_PAYABLE',
        kind: 'not-met',
        message: 'Beasiswa tidak dihitung karena manfaat JKK tidak (atau belum) dapat dibayarkan.',
        legal: [],
      },
    ])
  })
  it('a PMI’s total disability (caller amounts given, payable): not modelled (Permenaker 4/2023, D26)', () => {
    const r = calculateJkkBenefit(
      {
        accidentDate: '2024-03-10',
        category: 'PMI',
        cause: 'work-accident',
        membershipActive: true,
        disability: { type: 'total', declaredOn: '2024-06-01' },
        pmiAmounts: { disability: 100_000_000, periodic: 12_000_000 },
      },
      { locale: 'en' },
    )
    expect(r.status).toBe('payable')
    expect(r.scholarship?.reasons).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_PMI_DISABILITY',
        kind: 'not-met',
        message:
          'The scholarship on a PMI’s total permanent disability is not modelled: its rule was not found in the sources.',
        legal: [{ source: 'PERMENAKER-4-2023' }, { source: 'DECISIONS', article: 'D26' }],
      },
    ])
    expect([r.scholarship?.eligible, r.scholarship?.total, steps(r, 'jkk.scholarship')]).toEqual([
      false,
      0,
      [],
    ])
  })
  it('Regime A (2019-12-01): not found in the sources, a reason and a warning', () => {
    const r = run({ accidentDate: '2019-12-01', disability: { type: 'total', declaredOn: '2019-12-01' } })
    const message =
      'A scholarship on total permanent disability from an accident of 2019-12-01 (PP 44/2015) was not found in the sources: not computed.'
    expect(r.scholarship?.reasons).toEqual([
      {
        code: 'JKK_SCHOLARSHIP_DISABILITY_REGIME_A',
        kind: 'not-met',
        message,
        legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      },
    ])
    expect(r.warnings).toContainEqual({ code: 'JKK_SCHOLARSHIP_DISABILITY_REGIME_A', message })
    expect(steps(r, 'jkk.scholarship')).toEqual([])
    const id = run(
      { accidentDate: '2019-12-01', disability: { type: 'total', declaredOn: '2019-12-01' } },
      {},
    )
    expect(id.scholarship?.reasons[0]?.message).toBe(
      'Beasiswa untuk cacat total tetap akibat kecelakaan 2019-12-01 (PP 44/2015) tidak ditemukan dalam sumber: tidak dihitung.',
    )
  })
})
