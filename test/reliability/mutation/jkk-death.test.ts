/**
 * Mutation-killing checks of `calculateJkkDeathBenefit` (src/benefits/jkk-death.ts), written after a Stryker
 * run in which mutants of the explanation (step texts, inputs, parameters, citations), of reasons and of
 * errors survived. Every expected value is worked out by hand from regulations.md §6 and the decisions:
 *
 * - lump sum 48 × monthly wage (PP 44/2015: 60% × 80, unchanged by PP 82/2019), 48 × 30 × daily wage (D21),
 *   the declared income row for BPU (D1); from 2019-12-02 (D5) at least the JKM lump sum Rp20,000,000;
 * - periodic 24 × Rp200,000 and funeral Rp3,000,000 (PP 44/2015), 24 × Rp500,000 and Rp10,000,000 (PP 82/2019);
 * - JKK pays a death caused by a work accident or an occupational disease (PP 44/2015 Pasal 1 angka 2).
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateJkkDeathBenefit,
  type JkkDeathBenefitInput,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
/** A PU worker's work accident on 2021-03-01 (PP 82/2019 regime), death on 2021-03-10. */
const PU = {
  dateOfDeath: '2021-03-10',
  dateOfAccident: '2021-03-01',
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const
const run = (input: Partial<JkkDeathBenefitInput> & object, options: object = EN) =>
  calculateJkkDeathBenefit({ ...PU, monthlyWage: 5_000_000, ...input } as JkkDeathBenefitInput, options)
type Result = ReturnType<typeof calculateJkkDeathBenefit>
const step = (r: Result, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id)
const PP44_1_2 = { source: 'PP-44-2015', article: 'Pasal 1 angka 2' }

/** The error thrown by `f`, or a failure when nothing is thrown. */
function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('expected an error')
}

describe('JKK death: wage basis, explained (D21, D1)', () => {
  it('monthly wage 5,000,000: 48 × 5,000,000 = 240,000,000 (+ 24 × 500,000 + 10,000,000 = 262,000,000)', () => {
    const r = run({})
    expect([r.wageBasis, r.monthlyWage, r.lumpSum, r.total]).toEqual([
      'monthly',
      5_000_000,
      240_000_000,
      262_000_000,
    ])
    const w = step(r, 'jkk.wage')
    expect(w.description).toBe('Last monthly wage reported: Rp5.000.000.')
    expect(w.inputs).toEqual({ monthlyWage: '5000000' })
    expect(w.parameters).toEqual([]) // no conversion factor for a monthly wage
    expect(w.legal).toEqual([{ source: 'PP-44-2015' }])
    expect(w.rounding).toEqual({ mode: 'half-up', exact: '5000000', rounded: 5_000_000 })
    const l = step(r, 'jkk.lumpSum.wage')
    expect(l.formula).toBe('48 × monthly wage Rp5.000.000 (60% × 80 months)')
    expect(l.inputs).toEqual({ monthlyWage: '5000000' })
    expect(ids(l.parameters)).toEqual(['jkkDeath.wageMultiplier'])
    expect(l.rounding).toEqual({ mode: 'half-up', exact: '240000000', rounded: 240_000_000 })
  })

  it('daily wage 150,000: 30 × 150,000 = 4,500,000 a month (D21), 48 × 30 × 150,000 = 216,000,000', () => {
    const { monthlyWage: _m, ...noMonthly } = { ...PU, monthlyWage: 0 }
    const r = calculateJkkDeathBenefit({ ...noMonthly, dailyWage: 150_000 }, EN)
    expect([r.wageBasis, r.monthlyWage, r.lumpSum, r.total]).toEqual([
      'daily',
      4_500_000,
      216_000_000,
      238_000_000,
    ])
    const w = step(r, 'jkk.wage')
    expect(w.description).toBe('Monthly wage from the daily wage: 30 × daily wage = Rp4.500.000.')
    expect(w.inputs).toEqual({ dailyWage: '150000' })
    expect(ids(w.parameters)).toEqual(['jkkDeath.dailyToMonthlyFactor'])
    // D21 and the per-use choice L4 (the benefit factor 30, not the contribution factor 25)
    expect(w.legal).toEqual([
      { source: 'DECISIONS', article: 'D21' },
      { source: 'DECISIONS', article: 'L4' },
    ])
    expect(w.rounding).toEqual({ mode: 'half-up', exact: '4500000', rounded: 4_500_000 })
    const l = step(r, 'jkk.lumpSum.wage')
    expect(l.formula).toBe('48 × 30 × daily wage Rp150.000')
    expect(l.inputs).toEqual({ dailyWage: '150000' })
    expect(ids(l.parameters)).toEqual(['jkkDeath.wageMultiplier', 'jkkDeath.dailyToMonthlyFactor'])
  })

  it('BPU declared income on the Rp1,000,000 row: 48 × 1,000,000 = 48,000,000', () => {
    const r = calculateJkkDeathBenefit(
      {
        dateOfDeath: '2021-03-10',
        dateOfAccident: '2021-03-01',
        category: 'BPU',
        cause: 'work-accident',
        declaredIncome: 1_000_000,
        paidThrough: '2021-03', // D11: a BPU is protected when the month of the accident is paid
      },
      EN,
    )
    expect([r.wageBasis, r.monthlyWage, r.lumpSum, r.total]).toEqual([
      'declared',
      1_000_000,
      48_000_000,
      70_000_000,
    ])
    const w = step(r, 'jkk.wage')
    expect(w.description).toBe('BPU declared income used as the monthly wage: Rp1.000.000.')
    expect(w.inputs).toEqual({ declaredIncome: '1000000' })
    expect(w.legal).toEqual([{ source: 'PP-44-2015' }])
    expect(step(r, 'jkk.lumpSum.wage').formula).toBe('48 × monthly wage Rp1.000.000 (60% × 80 months)')
    expect(step(r, 'jkk.lumpSum.wage').inputs).toEqual({ declaredIncome: '1000000' })
    // paidThrough is a BPU fact: no INPUT_NOT_USED warning
    expect(r.warnings.map((x) => x.code)).not.toContain('INPUT_NOT_USED')
  })

  it('a PU paidThrough is not used: warned', () => {
    const r = run({ paidThrough: '2021-03' })
    expect(r.warnings).toContainEqual({
      code: 'INPUT_NOT_USED',
      message: 'Field paidThrough is not used for category PU.',
    })
  })
})

describe('JKK death: the JKM floor (PP 82/2019, D5)', () => {
  it('PP 82/2019: 48 × 400,000 = 19,200,000 is raised to the JKM lump sum 20,000,000', () => {
    const r = run({ monthlyWage: 400_000 })
    expect([r.lumpSumFromWage, r.lumpSum, r.floorApplied]).toEqual([19_200_000, 20_000_000, true])
    const note = r.reasons.find((x) => x.code === 'JKK_FLOOR_APPLIED')
    expect(note?.kind).toBe('note')
    expect(note?.message).toBe(
      '48 × wage = Rp19.200.000 is below the JKM lump sum: the JKK death benefit is raised to Rp20.000.000.',
    )
    // the floor flag (PP 82/2019 Lampiran III) and the JKM lump sum (PP 82/2019 Pasal 34), from 2019-12-02 (D5)
    expect(note?.legal).toEqual(
      expect.arrayContaining([
        { source: 'PP-82-2019', article: 'Lampiran III' },
        { source: 'PP-82-2019', article: 'Pasal 34' },
        { source: 'DECISIONS', article: 'D5' },
      ]),
    )
    // ... and each is cited once (a reason lists distinct citations)
    const keys = note!.legal.map((c) => JSON.stringify(c))
    expect(new Set(keys).size).toBe(keys.length)
    const f = step(r, 'jkk.lumpSum.floor')
    expect(f.description).toBe('The JKK death benefit is at least the JKM lump sum: Rp20.000.000.')
    expect(f.formula).toBe('max(Rp19.200.000, Rp20.000.000)')
    expect(ids(f.parameters)).toEqual(['jkkDeath.floorIsJkmLumpSum', 'jkm.lumpSum'])
  })

  it('PP 44/2015 (accident 2019-06-10): no floor, 48 × 400,000 = 19,200,000 + 24 × 200,000 + 3,000,000', () => {
    const r = run({ monthlyWage: 400_000, dateOfAccident: '2019-06-10', dateOfDeath: '2019-06-20' })
    expect([r.regime, r.lumpSum, r.floorApplied, r.periodic, r.funeral, r.total]).toEqual([
      'PP-44-2015',
      19_200_000,
      false,
      4_800_000,
      3_000_000,
      27_000_000,
    ])
    const f = step(r, 'jkk.lumpSum.floor')
    expect(f.description).toBe('This regime has no floor for the JKK death benefit: Rp19.200.000.')
    expect(f.formula).toBeUndefined()
    expect(ids(f.parameters)).toEqual(['jkkDeath.floorIsJkmLumpSum'])
  })
})

describe('JKK death: regime, cause and protection steps', () => {
  it('the regime step names both dates and the regime parameter', () => {
    const r = run({})
    const s = step(r, 'jkk.regime')
    expect(s.inputs).toEqual({ dateOfDeath: '2021-03-10', dateOfAccident: '2021-03-01' })
    expect(ids(s.parameters)).toEqual(['jkkDeath.regime'])
    const { dateOfAccident: _a, ...noAccident } = { ...PU, monthlyWage: 5_000_000 }
    const r2 = calculateJkkDeathBenefit(noAccident, EN)
    expect(step(r2, 'jkk.regime').inputs).toEqual({ dateOfDeath: '2021-03-10', dateOfAccident: null })
    expect(r2.eventDate).toBe('2021-03-10')
  })

  it.each([
    ['work-accident', 'a work accident', true],
    ['occupational-disease', 'an occupational disease', true],
  ] as const)('cause %s: met (PP 44/2015 Pasal 1 angka 2)', (cause, text, value) => {
    const r = run({ cause })
    expect(r.reasons[0]).toEqual({
      code: 'CAUSE_WORK_RELATED',
      kind: 'met',
      message: `The participant died of ${text}: the JKK death benefit applies.`,
      legal: [PP44_1_2],
      path: ['cause'],
    })
    const s = step(r, 'jkk.cause')
    expect(s.description).toBe(
      `Cause of death: ${text}. JKK covers deaths from a work accident or occupational disease.`,
    )
    expect([s.inputs, s.legal, s.value]).toEqual([{ cause }, [PP44_1_2], value])
    expect(step(r, 'jkk.total').description).toBe('Total JKK death cash benefit (payable): Rp262.000.000.')
  })

  it('a natural death is not JKK: not payable, all amounts 0', () => {
    const r = run({ cause: 'natural' })
    expect([r.status, r.total]).toEqual(['not-payable', 0])
    const s = step(r, 'jkk.cause')
    expect(s.description).toBe(
      'Cause of death: a cause other than work. JKK covers deaths from a work accident or occupational disease.',
    )
    expect([s.inputs, s.value]).toEqual([{ cause: 'natural' }, false])
    expect(step(r, 'jkk.total').description).toBe('Total JKK death cash benefit (not payable): Rp0.')
    // the scholarship is excluded with its own reason, which cites nothing of its own
    expect(r.scholarship.reasons).toEqual([
      expect.objectContaining({ code: 'BENEFIT_NOT_PAYABLE', kind: 'not-met', legal: [] }),
    ])
  })

  it('a cause not given is never assumed: incomplete, MISSING_FACT on cause', () => {
    const { cause: _c, ...noCause } = {
      ...PU,
      monthlyWage: 5_000_000,
      children: [{ birthDate: '2012-03-04' }],
    }
    const r = calculateJkkDeathBenefit(noCause, EN)
    expect([r.status, r.missing, r.total]).toEqual(['incomplete', ['cause'], 0])
    expect(r.reasons[0]).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the cause of death (natural, work-accident or occupational-disease) (field cause). The library does not assume it.',
      legal: [PP44_1_2],
      path: ['cause'],
    })
    const s = step(r, 'jkk.cause')
    expect(s.description).toBe(
      'Cause of death: —. JKK covers deaths from a work accident or occupational disease.',
    )
    expect([s.inputs, s.value]).toEqual([{ cause: null }, 'missing'])
    expect(step(r, 'jkk.total').description).toBe('Total JKK death cash benefit (incomplete input): Rp0.')
    expect(r.scholarship.reasons.map((x) => x.code)).toEqual(['BENEFIT_NOT_PAYABLE'])
    expect(r.scholarship.eligible).toBe(false)
  })

  it('protection is checked on the accident date', () => {
    const s = step(run({}), 'death.protection')
    expect(s.description).toBe('Protection on the date of the work accident 2021-03-01: met.')
  })

  it('an accident before the membership started is not covered; on the start day it is', () => {
    const r = run({ membershipStart: '2021-03-05' })
    expect(r.status).toBe('not-payable')
    expect(r.reasons).toContainEqual({
      code: 'ACCIDENT_BEFORE_MEMBERSHIP',
      kind: 'not-met',
      message: 'The work accident on 2021-03-01 happened before the membership started (2021-03-05).',
      legal: [{ source: 'PP-44-2015' }],
      path: ['membershipStart'],
    })
    const same = run({ membershipStart: '2021-03-01' })
    expect([same.status, same.total]).toEqual(['payable', 262_000_000])
    expect(same.reasons.map((x) => x.code)).not.toContain('ACCIDENT_BEFORE_MEMBERSHIP')
  })
})

describe('JKK death: invalid input and law not covered', () => {
  it('dates before 2015-07-01 are outside the coverage, named by their field', () => {
    const d = thrown(() => run({ dateOfDeath: '2015-06-30', dateOfAccident: '2015-06-29' })) as BpjsRuleError
    expect(d).toBeInstanceOf(BpjsRuleError)
    expect([d.code, d.path]).toEqual(['DATE_BEFORE_COVERAGE', ['dateOfDeath']])
    const a = thrown(() => run({ dateOfDeath: '2015-07-05', dateOfAccident: '2015-06-20' })) as BpjsRuleError
    expect([a.code, a.path, a.params.date]).toEqual([
      'DATE_BEFORE_COVERAGE',
      ['dateOfAccident'],
      '2015-06-20',
    ])
  })

  it.each([
    ['PU', 'monthlyWage'],
    ['BPU', 'declaredIncome'],
  ] as const)('a %s without a wage: WAGE_REQUIRED on %s', (category, path) => {
    const { monthlyWage: _m, ...noWage } = { ...PU, monthlyWage: 0, category }
    const e = thrown(() => calculateJkkDeathBenefit(noWage, EN)) as BpjsValidationError
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['WAGE_REQUIRED', [path]]])
  })

  it('two wage bases: WAGE_BASIS_CONFLICT lists them', () => {
    const e = thrown(() => run({ dailyWage: 150_000 })) as BpjsValidationError
    const i = e.issues.find((x) => x.code === 'WAGE_BASIS_CONFLICT')
    expect([i?.path, i?.message]).toEqual([
      ['dailyWage'],
      'Give exactly one wage basis, not several: monthlyWage, dailyWage.',
    ])
  })

  it('an accident after the death is invalid; on the day of death it is fine', () => {
    const e = thrown(() => run({ dateOfAccident: '2021-03-11' })) as BpjsValidationError
    expect(e.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'ACCIDENT_AFTER_DEATH',
        ['dateOfAccident'],
        { dateOfAccident: '2021-03-11', dateOfDeath: '2021-03-10' },
      ],
    ])
    expect(run({ dateOfAccident: '2021-03-10' }).status).toBe('payable')
  })

  it('a PMI work accident before Permenaker 18/2018 (2018-12-10): PMI_JKK_DEATH_NOT_COVERED on category, dated by the accident', () => {
    // (moved: a PMI accident in 2021 is now priced, see test/benefits/pmi-jkk-death.test.ts)
    const e = thrown(() =>
      run({ category: 'PMI', dateOfDeath: '2018-12-12', dateOfAccident: '2018-12-09' }),
    ) as BpjsRuleError
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect([e.code, e.path, e.params]).toEqual([
      'PMI_JKK_DEATH_NOT_COVERED',
      ['category'],
      { date: '2018-12-09' },
    ])
  })
})

describe('JKK death: the largest wage whose benefit is exact (options.parameters overrides)', () => {
  const MAX_WAGE = 90_000_000_000_000 // the largest amount an input may hold
  // bound = ⌊(2^53 − 1 − 12,000,000 − 10,000,000) / multiplier⌋, rounded DOWN (a larger wage would overflow)

  it('daily wage with a factor of 26: ⌊9,007,199,232,740,991 / (48 × 26)⌋ = 7,217,307,077,516', () => {
    // 9,007,199,232,740,991 = 1248 × 7,217,307,077,516 + 1023: the remainder is over half, rounding down matters
    const { monthlyWage: _m, ...noMonthly } = { ...PU, monthlyWage: 0 }
    const e = thrown(() =>
      calculateJkkDeathBenefit(
        { ...noMonthly, dailyWage: MAX_WAGE },
        { locale: 'en', parameters: { 'jkkDeath.dailyToMonthlyFactor': 26 } },
      ),
    ) as BpjsValidationError
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect(e.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['AMOUNT_TOO_LARGE', ['dailyWage'], 'The amount is too large: at most Rp7.217.307.077.516.'],
    ])
    expect(e.issues[0]?.params).toEqual({ maximum: '7.217.307.077.516' })
  })

  it('monthly wage with a multiplier of 104: ⌊9,007,199,232,740,991 / 104⌋ = 86,607,684,930,201', () => {
    // 9,007,199,232,740,991 = 104 × 86,607,684,930,201 + 87 (over half of 104)
    const e = thrown(() =>
      run({ monthlyWage: MAX_WAGE }, { locale: 'en', parameters: { 'jkkDeath.wageMultiplier': 104 } }),
    ) as BpjsValidationError
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect(e.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['AMOUNT_TOO_LARGE', ['monthlyWage'], { maximum: '86.607.684.930.201' }],
    ])
  })
})

describe('JKK death: scholarship with no contribution period', () => {
  it('JKK reads no contribution months (0, not derived) even when a minimum is imposed by override', () => {
    // the law sets no minimum for JKK (scholarship.jkk.minContributionYears = 0); with 1 year imposed, the
    // 0 months JKK knows fall short, and the library must not claim to have derived them
    const r = run(
      { children: [{ birthDate: '2012-03-04' }] },
      { locale: 'en', parameters: { 'scholarship.jkk.minContributionYears': 1 } },
    )
    expect(r.scholarship.reasons.map((x) => x.code)).toContain('SCHOLARSHIP_CONTRIBUTION_TOO_SHORT')
    expect(r.warnings.map((x) => x.code)).not.toContain('CONTRIBUTION_MONTHS_DERIVED')
    expect(step(r, 'scholarship.minContribution').inputs).toEqual({ contributionMonths: 0, derived: false })
  })
})
