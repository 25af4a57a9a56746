import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateArrears,
  safeCalculateArrears,
} from '../../src/index.js'

// Hand derivations: the penalty is rate × months of delay × the contribution due (not compounding), 2% a month
// with the due date on the 15th of the following month (PP 44/2015), 0.5% and the 30th for the contribution
// months 2020-08 to 2021-01 (PP 49/2020 Pasal 4 and 23); a started month counts (interim rule).
const one = (period: string, paidOn?: string, amount = 1_000_000) => ({
  period,
  amount,
  ...(paidOn === undefined ? {} : { paidOn }),
})

describe('calculateArrears: the worked examples', () => {
  it('March 2024, Rp1,000,000 due 2024-04-15, paid 2024-05-20: 2 started months × 2% × 1,000,000 = 40,000', () => {
    const r = calculateArrears({ months: [one('2024-03', '2024-05-20')] })
    const l = r.months[0]!
    expect(l.dueDate).toBe('2024-04-15')
    expect(l.status).toBe('late')
    // 16 Apr – 15 May is one whole month, 16–20 May a started second month
    expect([l.monthsLate, l.completedMonthsLate]).toEqual([2, 1])
    expect(l.penalty).toBe((2 * 2 * 1_000_000) / 100)
    expect(r.totals.penalty).toBe(40_000)
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['ARREARS_PART_MONTHS', 'LOW_CONFIDENCE_RULE', 'ARREARS_SCOPE']),
    )
  })
  it('the same with only completed months counted (override): 1 × 2% × 1,000,000 = 20,000', () => {
    const r = calculateArrears(
      { months: [one('2024-03', '2024-05-20')] },
      { parameters: { 'arrears.countStartedMonths': false } },
    )
    expect(r.totals.penalty).toBe(20_000)
  })
  it('October 2020 (PP 49/2020), due 2020-11-30, paid 2020-12-15: 1 × 0.5% × 1,000,000 = 5,000', () => {
    const l = calculateArrears({ months: [one('2020-10', '2020-12-15')] }).months[0]!
    expect(l.dueDate).toBe('2020-11-30')
    expect(l.rate).toBe('0.005')
    expect(l.penalty).toBe((1 * 5 * 1_000_000) / 1000)
  })
})

describe('calculateArrears: the PP 49/2020 window by contribution month', () => {
  it('July 2020: 15th and 2%; August 2020: 30th and 0.5%; January 2021: the 30th is 28 Feb; February 2021: 15th and 2%', () => {
    const r = calculateArrears({
      months: [
        one('2020-07', '2020-08-20'),
        one('2020-08', '2020-09-30'),
        one('2021-01', '2021-03-01'),
        one('2021-02', '2021-03-16'),
      ],
    })
    const [jul, aug, jan, feb] = r.months
    expect([jul!.dueDate, jul!.rate, jul!.penalty]).toEqual(['2020-08-15', '0.02', 20_000])
    expect([aug!.dueDate, aug!.status, aug!.penalty]).toEqual(['2020-09-30', 'on-time', 0])
    // due 2021-02-28, paid 2021-03-01: one started month at 0.5%
    expect([jan!.dueDate, jan!.monthsLate, jan!.penalty]).toEqual(['2021-02-28', 1, 5_000])
    expect([feb!.dueDate, feb!.rate, feb!.penalty]).toEqual(['2021-03-15', '0.02', 20_000])
    expect(r.totals).toEqual({ due: 4_000_000, paid: 4_000_000, unpaid: 0, penalty: 45_000 })
  })
  it('a 30th due day runs to the 30th of the later months: due 2021-02-28, paid 2021-03-30 is still 1 month', () => {
    const l = calculateArrears({ months: [one('2021-01', '2021-03-30')] }).months[0]!
    expect(l.monthsLate).toBe(1)
    expect(calculateArrears({ months: [one('2021-01', '2021-03-31')] }).months[0]!.monthsLate).toBe(2)
  })
})

describe('calculateArrears: unpaid months and who pays benefits first', () => {
  const months = [
    one('2024-11', '2024-12-10'),
    one('2024-12'),
    one('2025-01'),
    one('2025-02'),
    one('2025-03'),
  ]
  it('on 2025-04-20: four unpaid months with 4 + 3 + 2 + 1 started months × 2% × 1,000,000 = 200,000', () => {
    const r = calculateArrears({ months, asOf: '2025-04-20', employerBankruptOrClosed: false })
    expect(r.months.map((l) => l.status)).toEqual(['on-time', 'unpaid', 'unpaid', 'unpaid', 'unpaid'])
    expect(r.months.map((l) => l.monthsLate)).toEqual([0, 4, 3, 2, 1])
    expect(r.totals).toEqual({
      due: 5_000_000,
      paid: 1_000_000,
      unpaid: 4_000_000,
      penalty: (4 + 3 + 2 + 1) * 20_000,
    })
    expect(r.consecutiveArrearsMonths).toBe(4)
    expect(r.benefitPayers).toEqual([
      { program: 'JKK', firstPayer: 'employer', maximum: 3 },
      { program: 'JKM', firstPayer: 'employer', maximum: 3 },
      { program: 'JKP', firstPayer: 'employer', maximum: 3 },
    ])
    // Feb and Mar 2025 fall in the PP 7/2025 discount months: warned, 2% kept
    expect(r.warnings.filter((w) => w.code === 'ARREARS_DISCOUNT_PERIOD')).toHaveLength(2)
  })
  it('an employer said not to be bankrupt: the bankrupt-employer rule (Pasal 39A) is not read or listed', () => {
    const r = calculateArrears({ months, asOf: '2025-04-20', employerBankruptOrClosed: false })
    const ids = r.explanation.parameters.map((p) => p.id)
    expect(ids).toContain('jkpBenefit.arrearsThresholdMonths')
    expect(ids).not.toContain('jkpBenefit.bankruptArrearsMonths')
    // not known either way, the rule is read: it could make BPJS TK the first payer
    const unknown = calculateArrears({ months, asOf: '2025-04-20' })
    expect(unknown.explanation.parameters.map((p) => p.id)).toContain('jkpBenefit.bankruptArrearsMonths')
  })
  it('on 2025-04-15 the March contribution is not yet due: 3 months in arrears, BPJS TK pays first', () => {
    const r = calculateArrears({ months, asOf: '2025-04-15' })
    expect(r.months[4]!.status).toBe('not-due')
    expect(r.consecutiveArrearsMonths).toBe(3)
    expect(r.benefitPayers.every((p) => p.firstPayer === 'bpjs-tk')).toBe(true)
  })
  it('a bankrupt company with 4 months: JKP still paid by BPJS TK (Pasal 39A), JKK and JKM by the employer first', () => {
    const r = calculateArrears({ months, asOf: '2025-04-20', employerBankruptOrClosed: true })
    expect(r.benefitPayers.map((p) => p.firstPayer)).toEqual(['employer', 'employer', 'bpjs-tk'])
    const unknown = calculateArrears({ months, asOf: '2025-04-20' })
    expect(unknown.benefitPayers[2]!.firstPayer).toBe('unknown')
  })
  it('a paid month breaks the run; so does a month not listed', () => {
    const r = calculateArrears({
      months: [one('2025-01'), one('2025-02', '2025-03-10'), one('2025-03'), one('2025-05')],
      asOf: '2025-06-20',
    })
    expect(r.unpaidMonths).toBe(3)
    // 2025-05 is unpaid but 2025-04 is not listed: the run is 1
    expect(r.consecutiveArrearsMonths).toBe(1)
  })
  it('before JKP (asOf 2020-12-20): only JKK and JKM', () => {
    const r = calculateArrears({ months: [one('2020-06')], asOf: '2020-12-20' })
    expect(r.benefitPayers.map((p) => p.program)).toEqual(['JKK', 'JKM'])
  })
})

describe('calculateArrears: input checks and result shape', () => {
  const refused = (input: unknown) => {
    const r = safeCalculateArrears(input as never)
    expect(r.success).toBe(false)
    return r.error!
  }
  it('a month listed twice, a payment before its month, a payment after asOf', () => {
    const e = refused({
      months: [
        one('2025-01', '2025-02-10'),
        one('2025-01'),
        one('2025-03', '2025-02-28'),
        one('2025-02', '2025-05-01'),
      ],
      asOf: '2025-04-01',
    }) as BpjsValidationError
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect(e.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        [['months', 1, 'period'], 'ARREARS_MONTH_OVERLAP'],
        [['months', 2, 'paidOn'], 'ARREARS_PAID_BEFORE_MONTH'],
        [['months', 3, 'paidOn'], 'ARREARS_PAID_AFTER_AS_OF'],
      ]),
    )
  })
  it('an unpaid month needs asOf; an empty list and a zero amount are refused', () => {
    expect((refused({ months: [one('2025-01')] }) as BpjsValidationError).issues[0]!.code).toBe(
      'ARREARS_AS_OF_REQUIRED',
    )
    expect((refused({ months: [] }) as BpjsValidationError).issues[0]!.path).toEqual(['months'])
    expect(
      (refused({ months: [{ period: '2025-01', amount: 0 }], asOf: '2025-03-01' }) as BpjsValidationError)
        .issues[0]!.path,
    ).toEqual(['months', 0, 'amount'])
  })
  it('601 months are refused at once (TOO_MANY_ITEMS, at most 600)', () => {
    const months = Array.from({ length: 601 }, () => one('2025-01', '2025-02-01'))
    const e = refused({ months }) as BpjsValidationError
    expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([
      [['months'], 'TOO_MANY_ITEMS', { max: 600, actual: 601 }],
    ])
  })
  it('a month before 2015-07 is a rule error (DATE_BEFORE_COVERAGE)', () => {
    const e = refused({ months: [one('2015-06', '2015-07-10')] })
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect((e as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
  })
  it('sorts the months, rounds each penalty once, speaks both languages, is frozen', () => {
    // 2% × 3 months × 333,333.33 = 19,999.9998 → 20,000
    const r = calculateArrears({
      months: [
        one('2024-05', '2024-07-16', 200_000),
        { period: '2024-01', amount: '333333.33', paidOn: '2024-04-20' },
      ],
    })
    expect(r.months.map((l) => l.period)).toEqual(['2024-01', '2024-05'])
    expect(r.months[0]!.penalty).toBe(20_000)
    expect(r.months[0]!.amount).toBe(333_333)
    expect(Object.isFrozen(r.months[0])).toBe(true)
    const en = calculateArrears({ months: [one('2024-03', '2024-05-20')] }, { locale: 'en' })
    expect(en.explanation.steps[0]!.description).toContain('late')
    const id = calculateArrears({ months: [one('2024-03', '2024-05-20')] })
    expect(id.explanation.steps[0]!.description).toContain('terlambat')
    expect(id.explanation.steps[0]!.rounding).toEqual({ mode: 'half-up', exact: '40000', rounded: 40_000 })
  })
})
