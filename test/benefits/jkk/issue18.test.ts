import { describe, expect, it } from 'vitest'
import { calculateJkkBenefit } from '../../../src/benefits/jkk/calculate.js'
import { BpjsRuleError, BpjsValidationError } from '../../../src/errors.js'

// Issue 18 item 1, the parts added after the first JKK benefit: the scholarship on total disability, the daily
// wage, PMI amounts, the claim-lapse, occupational-disease and arrears boundaries. Every expected figure is
// derived by hand from the formula in the test name (notes §2–§5, regs §6.2, decisions D10, D21, D26).

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code)

function reasonCodes(r: { reasons: readonly { code: string; params?: Record<string, unknown> }[] }) {
  return r.reasons.map((x) => x.code)
}

describe('calculateJkkBenefit: scholarship on total permanent disability', () => {
  it('PP 82/2019, one child in SMP since 2023, declared 2024-09-01: SMP 2 × 2,000,000 + SMA 3 × 3,000,000 + PT 4 × 12,000,000 (turns 23 on 2033-05-01) = 61,000,000; maximum 2 × 87,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'total', declaredOn: '2024-09-01' },
      children: [{ birthDate: '2010-05-01', schooling: [{ level: 'SMP', startYear: 2023 }] }],
    })
    // 70% × 80 × 5,000,000 + 12,000,000: the scholarship is apart from the cash total
    expect(r.total).toBe(292_000_000)
    expect(r.scholarship?.eligible).toBe(true)
    expect(r.scholarship?.maxChildren).toBe(2)
    // per child 8 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 87,000,000
    expect(r.scholarship?.maximum).toBe(174_000_000)
    const child = r.scholarship?.children[0]
    expect(child?.payments.map((p) => [p.year, p.level, p.amount])).toEqual([
      [2024, 'SMP', 2_000_000],
      [2025, 'SMP', 2_000_000],
      [2026, 'SMA', 3_000_000],
      [2027, 'SMA', 3_000_000],
      [2028, 'SMA', 3_000_000],
      [2029, 'PT', 12_000_000],
      [2030, 'PT', 12_000_000],
      [2031, 'PT', 12_000_000],
      [2032, 'PT', 12_000_000],
    ])
    expect(r.scholarship?.total).toBe(61_000_000)
    expect(codes(r)).not.toContain('JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE')
  })
  it('without the declaration date the ages are read on the accident date (warned); without children the scholarship is missing them', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'total' },
    })
    expect(codes(r)).toContain('JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE')
    expect(r.status).toBe('payable')
    expect(r.scholarship?.eligible).toBe(false)
    expect(reasonCodes(r.scholarship!)).toContain('MISSING_FACT')
  })
  it('PP 44/2015 (accident 2019-06-01), W = 4,000,000: 224,000,000 + berkala 4,800,000 (low) = 228,800,000; no scholarship found for total disability', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2019-06-01',
      monthlyWage: 4_000_000,
      disability: { type: 'total', declaredOn: '2019-10-01' },
      children: [{ birthDate: '2012-01-01' }],
    })
    expect(r.total).toBe(228_800_000)
    expect(r.scholarship?.eligible).toBe(false)
    expect(reasonCodes(r.scholarship!)).toContain('JKK_SCHOLARSHIP_DISABILITY_REGIME_A')
    expect(codes(r)).toEqual(
      expect.arrayContaining(['JKK_SCHOLARSHIP_DISABILITY_REGIME_A', 'LOW_CONFIDENCE_RULE']),
    )
  })
  it('a lapsed claim: the disability is not payable and neither is the scholarship', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2020-01-10',
      monthlyWage: 5_000_000,
      claimDate: '2025-01-11',
      disability: { type: 'total', declaredOn: '2020-06-01' },
      children: [{ birthDate: '2012-01-01' }],
    })
    expect(r.status).toBe('not-payable')
    expect(reasonCodes(r.scholarship!)).toContain('JKK_SCHOLARSHIP_NOT_PAYABLE')
  })
  it('a partial disability has no scholarship (null)', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'anatomical', row: 'right-arm-from-shoulder' },
    })
    // 40% × 80 × 5,000,000
    expect(r.disability?.amount).toBe(160_000_000)
    expect(r.scholarship).toBeNull()
  })
})

describe('calculateJkkBenefit: daily wage (decisions D21)', () => {
  it('PU daily wage 150,000 → 30 × 150,000 = 4,500,000; total disability 70% × 80 × 4,500,000 + 12,000,000 = 264,000,000 (flagged)', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      dailyWage: 150_000,
      disability: { type: 'total', declaredOn: '2024-03-10' },
    })
    expect(r.wageBasis).toBe('daily')
    expect(r.monthlyWage).toBe(4_500_000)
    expect(r.total).toBe(264_000_000)
    expect(codes(r)).toEqual(expect.arrayContaining(['JKK_DAILY_WAGE_FACTOR', 'LOW_CONFIDENCE_RULE']))
  })
  it('JAKON daily wage 200,000, STMB 2024-03-10 .. 2024-05-09 (2 months at 100%): 2 × 6,000,000 = 12,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      category: 'JAKON',
      accidentDate: '2024-03-10',
      dailyWage: 200_000,
      incapacity: { from: '2024-03-10', to: '2024-05-09' },
    })
    expect(r.stmb?.total).toBe(12_000_000)
  })
  it('a monthly and a daily wage together, or a daily wage for a BPU, are refused with their paths', () => {
    const err = (input: unknown) => {
      try {
        calculateJkkBenefit(input as never)
      } catch (e) {
        return e as BpjsValidationError
      }
      throw new Error('no error')
    }
    const both = err({ ...PU, accidentDate: '2024-03-10', monthlyWage: 1, dailyWage: 1 })
    expect(both.issues.map((i) => i.code)).toContain('WAGE_BASIS_CONFLICT')
    const bpu = err({
      category: 'BPU',
      cause: 'work-accident',
      accidentDate: '2024-03-10',
      declaredIncome: 1_000_000,
      dailyWage: 1,
    })
    expect(bpu.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['dailyWage'], code: 'WAGE_BASIS_NOT_FOR_CATEGORY' }),
      ]),
    )
  })
})

describe('calculateJkkBenefit: PMI (fixed amounts and maxima, no wage)', () => {
  const PMI = { category: 'PMI', cause: 'work-accident', membershipActive: true } as const
  it('Permenaker 4/2023: home care 26M → max 20,000,000; hearing aid 3M → 2,500,000; care abroad 60M → 50,000,000; transport has no cap found', () => {
    const r = calculateJkkBenefit({
      ...PMI,
      accidentDate: '2024-05-10',
      homeCare: 26_000_000,
      transport: { land: 1_000_000 },
      otherItems: [
        { kind: 'hearing-aid', amount: 3_000_000 },
        { kind: 'medical-care-abroad', amount: 60_000_000 },
      ],
    })
    expect(r.wageBasis).toBe('fixed')
    expect(r.monthlyWage).toBeNull()
    expect(r.items.map((i) => [i.item, i.cap, i.amount])).toEqual([
      ['transport-land', null, 1_000_000],
      ['home-care', 20_000_000, 20_000_000],
      ['hearing-aid', 2_500_000, 2_500_000],
      ['medical-care-abroad', 50_000_000, 50_000_000],
    ])
    // 1,000,000 + 20,000,000 + 2,500,000 + 50,000,000
    expect(r.total).toBe(73_500_000)
    expect(r.status).toBe('payable')
    expect(codes(r)).toContain('JKK_CAP_NOT_FOUND')
  })
  it('total disability without the amounts not found → incomplete, missing pmiAmounts.disability and .periodic (D26)', () => {
    const r = calculateJkkBenefit({ ...PMI, accidentDate: '2024-05-10', disability: { type: 'total' } })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['pmiAmounts.disability', 'pmiAmounts.periodic'])
    expect(r.scholarship?.eligible).toBe(false)
  })
  it('with the caller’s amounts: 100,000,000 + 10,000,000 = 110,000,000, each flagged', () => {
    const r = calculateJkkBenefit({
      ...PMI,
      accidentDate: '2024-05-10',
      disability: { type: 'total' },
      pmiAmounts: { disability: 100_000_000, periodic: 10_000_000 },
    })
    expect(r.status).toBe('payable')
    expect(r.disability).toEqual({ type: 'total', share: null, amount: 100_000_000, periodic: 10_000_000 })
    expect(r.total).toBe(110_000_000)
    expect(codes(r).filter((c) => c === 'JKK_PMI_CALLER_AMOUNT')).toHaveLength(2)
  })
  it('claim lapse: 2 years under Permenaker 18/2018 (accident 2022-06-01: last day 2024-06-01, boundary flagged), 5 under 4/2023', () => {
    const a = calculateJkkBenefit({ ...PMI, accidentDate: '2022-06-01', claimDate: '2024-06-02' })
    expect(a.claimLastDay).toBe('2024-06-01')
    expect(a.status).toBe('not-payable')
    expect(codes(a)).toContain('JKK_LAPSE_TRANSITION')
    const b = calculateJkkBenefit({ ...PMI, accidentDate: '2023-03-01', claimDate: '2028-03-01' })
    expect(b.claimLastDay).toBe('2028-03-01')
    expect(b.status).toBe('payable')
  })
  it('a PMI accident before Permenaker 18/2018 (2018-12-10) is a clear error', () => {
    expect(() => calculateJkkBenefit({ ...PMI, accidentDate: '2018-12-09' })).toThrow(BpjsRuleError)
  })
  it('PMI-only fields for a PU, and a declaration before the accident, are refused', () => {
    try {
      calculateJkkBenefit({
        ...PU,
        accidentDate: '2024-03-10',
        monthlyWage: 1,
        pmiAmounts: { stmb: 1 },
        otherItems: [{ kind: 'medical-care-abroad', amount: 1 }],
        disability: { type: 'total', declaredOn: '2024-03-09' },
      })
      expect.unreachable()
    } catch (e) {
      expect((e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])).toEqual(
        expect.arrayContaining([
          ['pmiAmounts', 'JKK_FIELD_PMI_ONLY'],
          ['otherItems.0.kind', 'JKK_FIELD_PMI_ONLY'],
          ['disability.declaredOn', 'JKK_DECLARED_BEFORE_ACCIDENT'],
        ]),
      )
    }
  })
})

describe('calculateJkkBenefit: conditions at their boundaries', () => {
  const base = { ...PU, monthlyWage: 5_000_000 }
  it('claim lapse: accident 2019-12-01 → 2 years (last day 2021-12-01, transition flagged); 2019-12-02 → 5 years (2024-12-02)', () => {
    const a = calculateJkkBenefit({ ...base, accidentDate: '2019-12-01', claimDate: '2021-12-01' })
    expect([a.regime, a.claimLastDay, a.status]).toEqual(['PP-44-2015', '2021-12-01', 'payable'])
    expect(codes(a)).toContain('JKK_LAPSE_TRANSITION')
    const a2 = calculateJkkBenefit({ ...base, accidentDate: '2019-12-01', claimDate: '2021-12-02' })
    expect(a2.status).toBe('not-payable')
    const b = calculateJkkBenefit({ ...base, accidentDate: '2019-12-02', claimDate: '2024-12-02' })
    expect([b.regime, b.claimLastDay, b.status]).toEqual(['PP-82-2019', '2024-12-02', 'payable'])
    expect(codes(b)).not.toContain('JKK_LAPSE_TRANSITION')
  })
  it('occupational disease: employment ended 2021-05-31; diagnosed 2024-05-31 (3 years, inclusive) is within, 2024-06-01 is not', () => {
    const pak = { ...base, cause: 'occupational-disease', employmentEndDate: '2021-05-31' } as const
    expect(calculateJkkBenefit({ ...pak, accidentDate: '2024-05-31' }).status).toBe('payable')
    expect(calculateJkkBenefit({ ...pak, accidentDate: '2024-06-01' }).status).toBe('not-payable')
  })
  it('arrears (D10): 3 months → BPJS TK pays first; 4 months → the employer pays first', () => {
    expect(
      calculateJkkBenefit({ ...base, accidentDate: '2024-03-10', employerArrearsMonths: 3 }).firstPayer,
    ).toBe('bpjs-tk')
    expect(
      calculateJkkBenefit({ ...base, accidentDate: '2024-03-10', employerArrearsMonths: 4 }).firstPayer,
    ).toBe('employer')
  })
  it('an STMB of a PP 44/2015 accident running past 2019-12-01 stays under PP 44/2015, flagged: 6 × 4,000,000 + 6 × 3,000,000 + 2 × 2,000,000 = 46,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2019-06-01',
      monthlyWage: 4_000_000,
      incapacity: { from: '2019-06-01', to: '2020-07-31' },
    })
    expect(r.stmb?.total).toBe(46_000_000)
    expect(codes(r)).toContain('JKK_STMB_STRADDLES_REGIME')
  })
  it('a part month left out at the caller’s request: 12 whole months × 3,100,000 = 37,200,000 (flagged)', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 3_100_000,
      incapacity: { from: '2024-03-10', to: '2025-03-19', partMonth: 'exclude' },
    })
    expect(r.stmb?.total).toBe(37_200_000)
    expect(r.stmb?.lines).toHaveLength(12)
    expect(codes(r)).toContain('JKK_STMB_PART_MONTH_EXCLUDED')
  })
  it('late stage-I report (Permenaker 1/2025, from 2025-02-24): the employer bears the benefit; before it the payer stays, warned', () => {
    const late = { ...base, employerArrearsMonths: 0, accidentReportedInTime: false }
    const r = calculateJkkBenefit({ ...late, accidentDate: '2025-03-01' })
    expect(r.firstPayer).toBe('employer')
    expect(reasonCodes(r)).toContain('JKK_REPORTED_LATE_EMPLOYER_BEARS')
    const before = calculateJkkBenefit({ ...late, accidentDate: '2025-02-23' })
    expect(before.firstPayer).toBe('bpjs-tk')
    expect(codes(before)).toContain('JKK_LATE_REPORT_RULE_NOT_FOUND')
    const inTime = calculateJkkBenefit({ ...late, accidentDate: '2025-03-01', accidentReportedInTime: true })
    expect(inTime.firstPayer).toBe('bpjs-tk')
  })
  it('the cause not given → incomplete with missing cause', () => {
    const r = calculateJkkBenefit({
      category: 'PU',
      membershipActive: true,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
    })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toContain('cause')
  })
})
