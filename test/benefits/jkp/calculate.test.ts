import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateJkpBenefit,
  safeCalculateJkpBenefit,
} from '../../../src/index.js'
import type { JkpBenefitInput } from '../../../src/index.js'

// Every figure below is derived by hand from PP 37/2021 Pasal 21 (45% × 3 months, then 25% × 3 months of the
// wage capped at Rp5,000,000) and PP 6/2025 Pasal 21 (60% × 6 months, same cap), by the termination date (D27);
// the worked examples are those of the research notes (JKP).
const eligible = {
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  employerArrearsMonths: 0,
} as const

const jkp = (over: Partial<JkpBenefitInput> & { layoffDate: string }, options?: object) =>
  calculateJkpBenefit({ ...eligible, ...over }, options)

describe('calculateJkpBenefit: the worked examples', () => {
  it('PHK 2024-06-30, wage 4,000,000 (PP 37/2021): 3 × 1,800,000 + 3 × 1,000,000 = 8,400,000', () => {
    const wage = 4_000_000
    const first = (wage * 45) / 100 // 1,800,000
    const later = (wage * 25) / 100 // 1,000,000
    const r = jkp({ layoffDate: '2024-06-30', monthlyWage: wage })
    expect(r.status).toBe('payable')
    expect(r.regime).toBe('PP-37-2021')
    expect(r.months.map((m) => m.amount)).toEqual([first, first, first, later, later, later])
    expect(r.total).toBe(3 * first + 3 * later)
    expect(r.total).toBe(8_400_000)
    expect(r.capped).toBe(false)
    expect(r.firstPayer).toBe('bpjs-tk')
  })
  it('PHK 2024-06-30, wage 8,000,000 capped to 5,000,000: 3 × 2,250,000 + 3 × 1,250,000 = 10,500,000', () => {
    const r = jkp({ layoffDate: '2024-06-30', monthlyWage: 8_000_000 })
    expect(r.wageBase).toBe(5_000_000)
    expect(r.capped).toBe(true)
    expect(r.total).toBe(3 * 2_250_000 + 3 * 1_250_000)
    expect(r.reasons.some((x) => x.code === 'JKP_WAGE_CAPPED')).toBe(true)
  })
  it('PHK 2025-03-15, wage 4,000,000 (PP 6/2025): 6 × 2,400,000 = 14,400,000', () => {
    const r = jkp({ layoffDate: '2025-03-15', monthlyWage: 4_000_000 })
    expect(r.regime).toBe('PP-6-2025')
    expect(r.months).toHaveLength(6)
    expect(r.months.every((m) => m.amount === (4_000_000 * 60) / 100)).toBe(true)
    expect(r.total).toBe(14_400_000)
  })
  it('PHK 2025-03-15, wage 8,000,000 capped: 6 × 60% × 5,000,000 = 18,000,000', () => {
    expect(jkp({ layoffDate: '2025-03-15', monthlyWage: 8_000_000 }).total).toBe(6 * 3_000_000)
  })
  it('claim deadlines: PHK 2024-06-30 → 2024-09-30 (3 months), PHK 2025-03-15 → 2025-09-15 (6 months)', () => {
    expect(jkp({ layoffDate: '2024-06-30', monthlyWage: 1 }).claimDeadline).toBe('2024-09-30')
    expect(jkp({ layoffDate: '2025-03-15', monthlyWage: 1 }).claimDeadline).toBe('2025-09-15')
    const late = jkp({ layoffDate: '2024-06-30', claimDate: '2024-10-01', monthlyWage: 4_000_000 })
    expect(late.status).toBe('not-payable')
    expect(late.total).toBe(0)
    const inTime = jkp({ layoffDate: '2025-03-15', claimDate: '2025-09-15', monthlyWage: 4_000_000 })
    expect(inTime.status).toBe('payable')
  })
  it('paid Feb 2024 – Jan 2025, PHK by the employer 2025-01-31: eligible, PP 37/2021 with the D27 warning', () => {
    const paidPeriods = Array.from({ length: 12 }, (_, i) =>
      i < 11 ? `2024-${String(i + 2).padStart(2, '0')}` : '2025-01',
    )
    const r = calculateJkpBenefit({
      layoffDate: '2025-01-31',
      claimDate: '2025-02-10',
      reasonForLeaving: 'layoff',
      paidPeriods,
      employedAgain: false,
      monthlyWage: 4_000_000,
      employerArrearsMonths: 0,
    })
    expect(r.claimCheck).toBe('eligible')
    expect(r.regime).toBe('PP-37-2021')
    expect(r.total).toBe(8_400_000)
    expect(r.warnings.map((w) => w.code)).toContain('JKP_REGIME_TRANSITION')
    // no claimNumber: computed as a first claim, said in a note
    expect(r.reasons.find((x) => x.code === 'JKP_FIRST_CLAIM_ASSUMED')?.kind).toBe('note')
  })
  it('the same worker whose PKWT ended on its agreed date: not payable (Pasal 20 ayat (2))', () => {
    const r = jkp({
      layoffDate: '2025-01-31',
      reasonForLeaving: 'fixed-term-contract-ended',
      monthlyWage: 4_000_000,
    })
    expect(r.status).toBe('not-payable')
    expect(r.months).toEqual([])
    expect(r.firstPayer).toBeNull()
  })
  it('employer 4 months in arrears, PHK 2025-03-15: the employer pays 14,400,000 first (Pasal 39 ayat (3))', () => {
    const r = jkp({
      layoffDate: '2025-03-15',
      monthlyWage: 4_000_000,
      employerArrearsMonths: 4,
      employerBankruptOrClosed: false,
    })
    expect(r.firstPayer).toBe('employer')
    expect(r.total).toBe(14_400_000)
    const why = r.reasons.find((x) => x.code === 'JKP_PAYER_EMPLOYER')!
    expect(why.legal).toContainEqual({ source: 'PP-6-2025', article: 'Pasal 39 ayat (1) dan (3)' })
  })
  it('bankrupt company with 5 months of arrears: BPJS TK pays 14,400,000 (Pasal 39A)', () => {
    const r = jkp({
      layoffDate: '2025-03-15',
      monthlyWage: 4_000_000,
      employerArrearsMonths: 5,
      employerBankruptOrClosed: true,
    })
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(r.total).toBe(14_400_000)
    expect(r.reasons.map((x) => x.code)).toContain('JKP_PAYER_BANKRUPT')
  })
})

describe('calculateJkpBenefit: who pays, thresholds and unknowns', () => {
  it('exactly 3 months of arrears: BPJS TK ("sampai dengan 3 bulan"); 4 months, bankruptcy not given: unknown', () => {
    expect(
      jkp({ layoffDate: '2025-03-15', monthlyWage: 1_000_000, employerArrearsMonths: 3 }).firstPayer,
    ).toBe('bpjs-tk')
    const r = jkp({ layoffDate: '2025-03-15', monthlyWage: 1_000_000, employerArrearsMonths: 4 })
    expect(r.firstPayer).toBe('unknown')
    expect(r.reasons.find((x) => x.code === 'JKP_PAYER_BANKRUPTCY_UNKNOWN')?.path).toEqual([
      'employerBankruptOrClosed',
    ])
  })
  it('bankrupt with 7 months (over 6): the employer; before 2025-02-07 no Pasal 39A, low-confidence threshold', () => {
    expect(
      jkp({
        layoffDate: '2025-03-15',
        monthlyWage: 1_000_000,
        employerArrearsMonths: 7,
        employerBankruptOrClosed: true,
      }).firstPayer,
    ).toBe('employer')
    const before = jkp({
      layoffDate: '2024-06-30',
      monthlyWage: 1_000_000,
      employerArrearsMonths: 5,
      employerBankruptOrClosed: true,
    })
    expect(before.firstPayer).toBe('employer')
    expect(before.warnings).toContainEqual(
      expect.objectContaining({
        code: 'LOW_CONFIDENCE_RULE',
        parameterId: 'jkpBenefit.arrearsThresholdMonths',
      }),
    )
  })
  it('arrears not given: payable, who pays first unknown (a note, not a missing fact)', () => {
    const { employerArrearsMonths: _drop, ...rest } = eligible
    const r = calculateJkpBenefit({ ...rest, layoffDate: '2025-03-15', monthlyWage: 4_000_000 })
    expect(r.status).toBe('payable')
    expect(r.firstPayer).toBe('unknown')
  })
})

describe('calculateJkpBenefit: missing facts, repeat claims, dates', () => {
  it('no wage: incomplete, monthlyWage missing, every amount 0', () => {
    const r = jkp({ layoffDate: '2025-03-15' })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['monthlyWage'])
    expect(r.total).toBe(0)
    expect(r.months).toEqual([])
  })
  it('facts the claim check needs become missing facts on their inputs', () => {
    const r = calculateJkpBenefit({ layoffDate: '2025-03-15', monthlyWage: 4_000_000 })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(
      expect.arrayContaining([
        'reasonForLeaving',
        'contributionMonthsInWindow',
        'consecutiveMonthsBeforeLayoff',
        'employedAgain',
      ]),
    )
    expect(r.missing).not.toContain('claimDate')
  })
  it('second claim: 60 months of contributions replace the 12-of-24 window (low confidence); 59 is not enough', () => {
    const base = {
      layoffDate: '2025-03-15',
      monthlyWage: 4_000_000,
      claimNumber: 2,
      contributionMonthsInWindow: 0,
    }
    const ok = jkp({ ...base, repeatContributionMonths: 60 })
    expect(ok.status).toBe('payable')
    expect(ok.total).toBe(14_400_000)
    expect(ok.warnings).toContainEqual(expect.objectContaining({ parameterId: 'jkpBenefit.repeatClaim' }))
    expect(ok.reasons.map((x) => x.code)).not.toContain('ELIG_JKP_WINDOW_NOT_MET')
    expect(jkp({ ...base, repeatContributionMonths: 59 }).status).toBe('not-payable')
    expect(jkp(base).missing).toEqual(['repeatContributionMonths'])
  })
  // was: incomplete with claimNumber "missing" although it was given (a false MISSING_FACT)
  it('a fourth claim is past the most claims (3): not payable, not met on claimNumber, nothing missing', () => {
    const r = jkp({
      layoffDate: '2025-03-15',
      monthlyWage: 4_000_000,
      claimNumber: 4,
      repeatContributionMonths: 100,
    })
    expect(r.status).toBe('not-payable')
    expect(r.missing).toEqual([])
    expect(r.reasons.find((x) => x.path?.[0] === 'claimNumber')).toMatchObject({
      code: 'JKP_CLAIM_NUMBER_OVER_MAX',
      kind: 'not-met',
    })
  })
  it('JKP not yet in force (termination 2021-01-15): not payable, no regime, nothing computed', () => {
    const r = jkp({ layoffDate: '2021-01-15', monthlyWage: 4_000_000 })
    expect(r.status).toBe('not-payable')
    expect(r.regime).toBeNull()
    expect(r.training).toBeNull()
  })
  it('claims opened on 2022-02-01: a claim on 2022-01-31 is not met; a 2021-06 termination (deadline 2021-09) is warned', () => {
    const early = jkp({ layoffDate: '2021-12-01', claimDate: '2022-01-31', monthlyWage: 4_000_000 })
    expect(early.status).toBe('not-payable')
    expect(early.reasons.find((x) => x.code === 'JKP_CLAIM_BEFORE_CLAIMS_OPENED')?.path).toEqual([
      'claimDate',
    ])
    expect(jkp({ layoffDate: '2021-12-01', claimDate: '2022-02-01', monthlyWage: 4_000_000 }).status).toBe(
      'payable',
    )
    const old = jkp({ layoffDate: '2021-06-01', monthlyWage: 4_000_000 })
    expect(old.warnings.map((w) => w.code)).toContain('JKP_DEADLINE_BEFORE_CLAIMS_OPENED')
  })
  it('regime switch: 2025-02-06 is PP 37/2021 (45%), 2025-02-07 is PP 6/2025 (60%); 2024-08-06 has no warning', () => {
    expect(jkp({ layoffDate: '2025-02-06', monthlyWage: 4_000_000 }).months[0]!.amount).toBe(1_800_000)
    const at = jkp({ layoffDate: '2025-02-07', monthlyWage: 4_000_000 })
    expect(at.months[0]!.amount).toBe(2_400_000)
    expect(at.warnings.map((w) => w.code)).not.toContain('JKP_REGIME_TRANSITION')
    expect(at.warnings.map((w) => w.code)).toContain('JKP_CONDITIONS_PP37_WORDING')
    // 6 months before 2025-02-07 is 2024-08-07
    expect(jkp({ layoffDate: '2024-08-07', monthlyWage: 1 }).warnings.map((w) => w.code)).toContain(
      'JKP_REGIME_TRANSITION',
    )
    expect(jkp({ layoffDate: '2024-08-06', monthlyWage: 1 }).warnings.map((w) => w.code)).not.toContain(
      'JKP_REGIME_TRANSITION',
    )
  })
})

describe('calculateJkpBenefit: money, training, trace, errors', () => {
  it('rounds each monthly amount once: 45% × 3,333,333 = 1,499,999.85 → 1,500,000 half-up, 1,499,999 down', () => {
    expect(jkp({ layoffDate: '2024-06-30', monthlyWage: 3_333_333 }).months[0]!.amount).toBe(1_500_000)
    const down = jkp({ layoffDate: '2024-06-30', monthlyWage: 3_333_333 }, { rounding: 'down' })
    expect(down.months[0]!.amount).toBe(1_499_999)
    // 25% × 3,333,333 = 833,333.25 → 833,333
    expect(down.months[3]!.amount).toBe(833_333)
    const step = down.explanation.steps.find((s) => s.rule === 'jkp.cash')!
    expect(step.rounding).toEqual({ mode: 'down', exact: '1499999.85', rounded: 1_499_999 })
  })
  it('training: Rp3,000,000 after 2025-04-14 is capped at 2,400,000 (low confidence); 800,000 in 2024 is paid whole', () => {
    const r = jkp({ layoffDate: '2025-06-01', monthlyWage: 4_000_000, trainingCost: 3_000_000 })
    expect(r.training).toEqual({ cap: 2_400_000, cost: 3_000_000, amount: 2_400_000 })
    expect(r.total).toBe(14_400_000)
    expect(r.warnings).toContainEqual(expect.objectContaining({ parameterId: 'jkpBenefit.trainingCostCap' }))
    expect(jkp({ layoffDate: '2024-06-30', monthlyWage: 1, trainingCost: 800_000 }).training).toEqual({
      cap: 1_000_000,
      cost: 800_000,
      amount: 800_000,
    })
  })
  it('an override of the wage cap is used and warned', () => {
    const r = jkp(
      { layoffDate: '2025-03-15', monthlyWage: 8_000_000 },
      { parameters: { 'jkpBenefit.wageCap': '6000000' } },
    )
    expect(r.total).toBe(6 * ((6_000_000 * 60) / 100))
    expect(r.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
  })
  it('speaks Indonesian by default and English on request; the result is frozen and explained', () => {
    const id = jkp({ layoffDate: '2025-03-15', monthlyWage: 4_000_000 })
    const en = jkp({ layoffDate: '2025-03-15', monthlyWage: 4_000_000 }, { locale: 'en' })
    expect(id.explanation.steps.at(-1)!.description).toContain('Jumlah manfaat uang tunai JKP')
    expect(en.explanation.steps.at(-1)!.description).toContain('Total JKP cash benefit')
    expect(Object.isFrozen(id)).toBe(true)
    expect(Object.isFrozen(id.months[0])).toBe(true)
    expect(id.explanation.steps.map((s) => s.rule)).toEqual(
      expect.arrayContaining([
        'jkp.claim',
        'jkp.regime',
        'jkp.wageBase',
        'jkp.payer',
        'jkp.cash',
        'jkp.total',
      ]),
    )
  })
  it('refuses a claim before the termination, repeat months on a first claim, bankruptcy without arrears', () => {
    let e: unknown
    try {
      calculateJkpBenefit({
        layoffDate: '2025-03-15',
        claimDate: '2025-03-01',
        repeatContributionMonths: 60,
        employerBankruptOrClosed: true,
      })
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(BpjsValidationError)
    const issues = (e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])
    expect(issues).toEqual(
      expect.arrayContaining([
        ['claimDate', 'JKP_CLAIM_BEFORE_LAYOFF'],
        ['repeatContributionMonths', 'JKP_REPEAT_MONTHS_FIRST_CLAIM'],
        ['employerArrearsMonths', 'REQUIRED'],
      ]),
    )
  })
  it('a termination before 2015-07-01 is a rule error; a bad wage a validation error (safe twin)', () => {
    const before = safeCalculateJkpBenefit({ ...eligible, layoffDate: '2015-06-30', monthlyWage: 1 })
    expect(before.success).toBe(false)
    expect(before.error).toBeInstanceOf(BpjsRuleError)
    const bad = safeCalculateJkpBenefit({ ...eligible, layoffDate: '2025-03-15', monthlyWage: -5 })
    expect(bad.error).toBeInstanceOf(BpjsValidationError)
    expect((bad.error as BpjsValidationError).issues[0]!.path).toEqual(['monthlyWage'])
  })
})
