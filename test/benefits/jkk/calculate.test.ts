import { describe, expect, it } from 'vitest'
import { calculateJkkBenefit } from '../../../src/benefits/jkk/calculate.js'
import { BpjsValidationError } from '../../../src/errors.js'

// Expected values derived by hand from the notes' formulas (§2.1, §3.4, §4), as written in each test name.

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

describe('calculateJkkBenefit', () => {
  it('total disability, Regime B, W = 5,000,000: 70% × 80 × 5,000,000 + 12,000,000 = 292,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'total' },
    })
    expect(r.status).toBe('payable')
    expect(r.disability).toEqual({ type: 'total', share: '0.7', amount: 280_000_000, periodic: 12_000_000 })
    expect(r.total).toBe(292_000_000)
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(Object.isFrozen(r)).toBe(true)
  })
  it('STMB 2024-03-10 .. 2025-06-09 (15 whole months), W = 5,000,000: 67,500,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      incapacity: { from: '2024-03-10', to: '2025-06-09' },
    })
    expect(r.stmb?.lines).toHaveLength(15)
    expect(r.stmb?.total).toBe(67_500_000)
    expect(r.warnings.map((w) => w.code)).not.toContain('JKK_STMB_PART_MONTH')
  })
  it('Regime A STMB 2019-06-01 .. 2020-07-31 (14 months), W = 4,000,000: 46,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2019-06-01',
      monthlyWage: 4_000_000,
      incapacity: { from: '2019-06-01', to: '2020-07-31' },
    })
    expect(r.regime).toBe('PP-44-2015')
    expect(r.stmb?.total).toBe(46_000_000)
  })
  it('a part month is pro-rated and flagged: 12 months + 2025-03-10..2025-03-19 (10 of 31 days) at 50% of 3,100,000 = 500,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 3_100_000,
      incapacity: { from: '2024-03-10', to: '2025-03-19' },
    })
    // 12 × 3,100,000 = 37,200,000 + 500,000
    expect(r.stmb?.total).toBe(37_700_000)
    expect(r.warnings.map((w) => w.code)).toContain('JKK_STMB_PART_MONTH')
  })
  it('functional, right arm 50% lost: 50% × 40% × 80 × 5,000,000 = 80,000,000; transport land 6.5M + air 12M → 15,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'functional', row: 'right-arm-from-shoulder', functionLostRate: '0.5' },
      transport: { land: 6_500_000, air: 12_000_000 },
    })
    expect(r.disability?.amount).toBe(80_000_000)
    // min(6.5M, 5M) + min(12M, 10M) = 15,000,000
    expect(r.total).toBe(95_000_000)
    expect(r.warnings.map((w) => w.code)).toContain('LOW_CONFIDENCE_RULE')
  })
  it('an unknown row without a caller rate → incomplete with missing', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'anatomical', row: 'forearm' },
    })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toContain('disability.tableRate')
  })
  it('a caller table rate for an unseen row (D26): 25% × 80 × 5,000,000 = 100,000,000', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      disability: { type: 'anatomical', row: 'forearm', tableRate: '0.25' },
    })
    expect(r.disability?.amount).toBe(100_000_000)
  })
  it('BPU, declared income 1,000,000, total disability: 56,000,000 + 12,000,000 = 68,000,000', () => {
    const r = calculateJkkBenefit({
      category: 'BPU',
      cause: 'work-accident',
      membershipActive: true,
      accidentDate: '2024-03-10',
      declaredIncome: 1_000_000,
      disability: { type: 'total' },
    })
    expect(r.total).toBe(68_000_000)
  })
  it('claim lapse: 5 years under Regime B (claim on 2029-03-11 is lapsed)', () => {
    const r = calculateJkkBenefit({
      ...PU,
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
      claimDate: '2029-03-11',
    })
    expect(r.status).toBe('not-payable')
    expect(r.claimLastDay).toBe('2029-03-10')
  })
  it('occupational disease diagnosed more than 3 years after employment ended → not payable', () => {
    const r = calculateJkkBenefit({
      ...PU,
      cause: 'occupational-disease',
      accidentDate: '2024-06-01',
      employmentEndDate: '2021-05-31',
      monthlyWage: 5_000_000,
    })
    expect(r.status).toBe('not-payable')
  })
  it('missing membership and arrears facts → incomplete', () => {
    const r = calculateJkkBenefit({
      category: 'PU',
      cause: 'work-accident',
      accidentDate: '2024-03-10',
      monthlyWage: 5_000_000,
    })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toContain('membershipActive')
  })
  it('bad input: incapacity ending before it starts, JAKON without a wage, a date before 2015-07-01', () => {
    const bad = (input: unknown) => () => calculateJkkBenefit(input as never)
    expect(
      bad({
        ...PU,
        accidentDate: '2024-03-10',
        monthlyWage: 1,
        incapacity: { from: '2024-03-10', to: '2024-03-01' },
      }),
    ).toThrow(BpjsValidationError)
    expect(bad({ ...PU, category: 'JAKON', accidentDate: '2024-03-10' })).toThrow(BpjsValidationError)
    expect(bad({ ...PU, accidentDate: '2015-06-30', monthlyWage: 1 })).toThrow()
  })
})
