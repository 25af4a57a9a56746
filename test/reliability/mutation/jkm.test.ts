/**
 * Mutation-killing checks of `calculateJkmBenefit` (src/benefits/jkm.ts), written after a Stryker run in
 * which mutants of the explanation (step inputs, parameters, texts), of reasons, warnings and errors
 * survived. Every expected value is worked out by hand from regulations.md §6 and the decisions:
 *
 * - PP 82/2019 (deaths from 2019-12-02, D5): 20,000,000 + 24 × 500,000 + 10,000,000 = 42,000,000;
 * - D2 (Permenaker 1/2025, deaths from 2025-02-24): a BPU with under 3 months of membership gets
 *   8,000,000 + 2,000,000 = 10,000,000 and no scholarship;
 * - D4: PMI during work 85,000,000 at once; before/after work 24,000,000 (Permenaker 18/2018, from
 *   2018-12-10) or 42,000,000 (Permenaker 4/2023, from 2023-02-22);
 * - D11: JKM covers a death that is not a work accident, with the membership active (the month paid for BPU).
 */
import { describe, expect, it } from 'vitest'
import { BpjsRuleError, calculateJkmBenefit, type JkmBenefitInput } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const PU = {
  dateOfDeath: '2021-03-10',
  category: 'PU',
  membershipStart: '2015-01-05',
  cause: 'natural',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const
const run = (input: object, options: object = EN) =>
  calculateJkmBenefit({ ...PU, ...input } as JkmBenefitInput, options)
type Result = ReturnType<typeof calculateJkmBenefit>
const step = (r: Result, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id)
const codes = (xs: readonly { code: string }[]) => xs.map((x) => x.code)
const notUsed = (r: Result) => r.warnings.filter((w) => w.code === 'INPUT_NOT_USED').map((w) => w.message)
/** A PMI who died on `date`, membership active. */
const pmi = (date: string, more: object = {}, options: object = EN) =>
  run({ category: 'PMI', dateOfDeath: date, membershipStart: '2018-12-10', ...more }, options)
const CHILD = [{ birthDate: '2012-03-04' }]

describe('JKM: regime, cause, protection and total steps', () => {
  it('a natural death of a PU worker in 2021: 42,000,000 (PP 82/2019), explained', () => {
    const r = run({})
    expect([r.status, r.regime, r.basis, r.total]).toEqual(['payable', 'PP-82-2019', 'standard', 42_000_000])
    const reg = step(r, 'jkm.regime')
    expect([reg.inputs, ids(reg.parameters)]).toEqual([{ dateOfDeath: '2021-03-10' }, ['jkm.regime']])
    const c = step(r, 'jkm.cause')
    expect(c.description).toBe(
      'Cause of death: a cause other than work. JKM covers only deaths that are not work accidents.',
    )
    expect([c.inputs, c.value]).toEqual([{ cause: 'natural' }, true])
    expect(step(r, 'death.protection').description).toBe('Protection on the date of death 2021-03-10: met.')
    expect(step(r, 'jkm.total').description).toBe('Total JKM cash benefit (payable): Rp42.000.000.')
    expect(ids(step(r, 'death.lumpSum').parameters)).toEqual(['jkm.lumpSum'])
  })

  it('a work accident is a JKK case: not payable, and the scholarship reason cites nothing of its own', () => {
    const r = run({ cause: 'work-accident', children: CHILD })
    expect([r.status, r.total]).toEqual(['not-payable', 0])
    expect(r.reasons[0]?.code).toBe('WORK_ACCIDENT_USE_JKK')
    const c = step(r, 'jkm.cause')
    expect(c.description).toBe(
      'Cause of death: a work accident. JKM covers only deaths that are not work accidents.',
    )
    expect([c.inputs, c.value]).toEqual([{ cause: 'work-accident' }, false])
    expect(step(r, 'jkm.total').description).toBe('Total JKM cash benefit (not payable): Rp0.')
    expect(r.scholarship.reasons).toEqual([
      expect.objectContaining({ code: 'BENEFIT_NOT_PAYABLE', kind: 'not-met', legal: [] }),
    ])
  })

  it('a cause not given is never assumed: incomplete, MISSING_FACT on cause', () => {
    const { cause: _c, ...noCause } = PU
    const r = calculateJkmBenefit(noCause, EN)
    expect([r.status, r.missing, r.total]).toEqual(['incomplete', ['cause'], 0])
    expect(r.reasons[0]).toMatchObject({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the cause of death (natural, work-accident or occupational-disease) (field cause). The library does not assume it.',
      path: ['cause'],
    })
    const c = step(r, 'jkm.cause')
    expect(c.description).toBe('Cause of death: —. JKM covers only deaths that are not work accidents.')
    expect([c.inputs, c.value]).toEqual([{ cause: null }, 'missing'])
    expect(step(r, 'jkm.total').description).toBe('Total JKM cash benefit (incomplete input): Rp0.')
  })
})

describe('JKM: inputs that do not apply to the category are warned and ignored', () => {
  it('a PU pmiPhase: warned, the standard 42,000,000 (not the PMI 85,000,000)', () => {
    const r = run({ pmiPhase: 'during' })
    expect(notUsed(r)).toEqual(['Field pmiPhase is not used for category PU.'])
    expect([r.basis, r.total]).toEqual(['standard', 42_000_000])
    expect(ids(step(r, 'death.lumpSum').parameters)).toEqual(['jkm.lumpSum'])
  })

  it('a PU paidThrough: warned; a BPU paidThrough is its protection fact (D11): not warned', () => {
    expect(notUsed(run({ paidThrough: '2021-03' }))).toEqual([
      'Field paidThrough is not used for category PU.',
    ])
    const bpu = calculateJkmBenefit(
      {
        dateOfDeath: '2021-03-10',
        category: 'BPU',
        membershipStart: '2015-01-05',
        cause: 'natural',
        paidThrough: '2021-03',
      },
      EN,
    )
    expect([bpu.status, notUsed(bpu)]).toEqual(['payable', []])
  })
})

describe('JKM: contribution months for the scholarship (PP 82/2019: 3 years)', () => {
  it('given: used as is, no CONTRIBUTION_MONTHS_DERIVED warning', () => {
    const r = run({ contributionMonths: 40, children: CHILD })
    expect(r.contributionMonthsSource).toBe('input')
    expect(codes(r.warnings)).not.toContain('CONTRIBUTION_MONTHS_DERIVED')
    expect(step(r, 'scholarship.minContribution').inputs).toEqual({ contributionMonths: 40, derived: false })
  })

  it('not given: 2015-01-05 → 2021-03-10 is 74 whole months (6 years 2 months), derived and warned', () => {
    const r = run({ children: CHILD })
    expect([r.contributionMonthsSource, r.contributionMonths]).toEqual(['derived', 74])
    expect(codes(r.warnings)).toContain('CONTRIBUTION_MONTHS_DERIVED')
    expect(step(r, 'scholarship.minContribution').inputs).toEqual({ contributionMonths: 74, derived: true })
  })
})

describe('JKM: short membership (D2, Permenaker 1/2025)', () => {
  it('a BPU, 2025-03-10 → 2025-06-09 = 2 whole months < 3: 8,000,000 + 2,000,000, no scholarship', () => {
    const r = calculateJkmBenefit(
      {
        dateOfDeath: '2025-06-09',
        category: 'BPU',
        membershipStart: '2025-03-10',
        cause: 'natural',
        paidThrough: '2025-06',
        children: CHILD,
      },
      EN,
    )
    expect([r.basis, r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      'short-membership',
      8_000_000,
      0,
      2_000_000,
      10_000_000,
    ])
    const note = r.reasons.find((x) => x.code === 'SHORT_MEMBERSHIP_REDUCED_BENEFIT')
    expect(note).toEqual({
      code: 'SHORT_MEMBERSHIP_REDUCED_BENEFIT',
      kind: 'note',
      message:
        '2 months of membership, under 3: the benefit is limited to Rp10.000.000 (death benefit and funeral cost), with no periodic benefit and no scholarship.',
      legal: [{ source: 'PERMENAKER-1-2025' }, { source: 'DECISIONS', article: 'D2' }],
    })
    const s = step(r, 'jkm.shortMembership')
    expect(s.inputs).toEqual({
      membershipStart: '2025-03-10',
      dateOfDeath: '2025-06-09',
      membershipMonths: 2,
      inScope: true,
    })
    expect(ids(s.parameters)).toEqual(['jkm.shortMembership.months', 'jkm.shortMembership.categories'])
    expect(s.value).toBe(true)
    expect(r.scholarship.reasons).toEqual([
      expect.objectContaining({
        code: 'SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP',
        message: '2 months of membership, under 3: the limited benefit includes no scholarship.',
      }),
    ])
  })

  it('a PU with a long membership: only the minimum is read, the category is not looked at', () => {
    const r = run({ dateOfDeath: '2025-06-10', membershipStart: '2020-01-01' })
    const s = step(r, 'jkm.shortMembership')
    expect(s.inputs).toEqual({
      membershipStart: '2020-01-01',
      dateOfDeath: '2025-06-10',
      membershipMonths: 65, // 2020-01-01 → 2025-06-01: 5 years 5 months
      inScope: null,
    })
    expect(ids(s.parameters)).toEqual(['jkm.shortMembership.months'])
    expect([s.value, r.total]).toEqual([false, 42_000_000])
  })
})

describe('JKM: PMI (D4)', () => {
  it('a PMI death before 2018-12-10 is not modelled: PMI_DEATH_NOT_COVERED on dateOfDeath', () => {
    let e: unknown
    try {
      pmi('2018-12-09', { membershipStart: '2018-01-01', pmiPhase: 'during' })
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(BpjsRuleError)
    const err = e as BpjsRuleError
    expect([err.code, err.path, err.params]).toEqual([
      'PMI_DEATH_NOT_COVERED',
      ['dateOfDeath'],
      { date: '2018-12-09', from: '2018-12-10' },
    ])
    expect(err.messages.en).toBe(
      'PMI JKM benefits for a death on 2018-12-09 are not modelled: this library holds the PMI rules from Permenaker 18/2018 (in force 2018-12-10).',
    )
  })

  it('the PMI phase is a fact never assumed: incomplete, MISSING_FACT on pmiPhase citing D4', () => {
    const r = pmi('2024-05-10')
    expect([r.status, r.missing, r.total]).toEqual(['incomplete', ['pmiPhase'], 0])
    expect(r.reasons).toContainEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the PMI phase at death (before, during or after work) (field pmiPhase). The library does not assume it.',
      legal: [{ source: 'DECISIONS', article: 'D4' }],
      path: ['pmiPhase'],
    })
  })

  it('during work: 85,000,000 at once, explained', () => {
    const r = pmi('2024-05-10', { pmiPhase: 'during' })
    expect([r.basis, r.regime, r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      'pmi-during-work',
      'PERMENAKER-4-2023',
      85_000_000,
      0,
      0,
      85_000_000,
    ])
    const note = r.reasons.find((x) => x.kind === 'note' && x.code === 'PMI_DURING_WORK_COMBINED')
    expect(note?.message).toBe(
      'A PMI who died during work: death benefit, periodic benefit and funeral cost are paid together as Rp85.000.000.',
    )
    const s = step(r, 'jkm.pmi.duringWork')
    // the step also reads the funeral part of the sum (L5), not known: amount null
    expect([s.inputs, ids(s.parameters), s.value]).toEqual([
      { pmiPhase: 'during' },
      ['jkm.pmi.duringWork.amount', 'jkm.pmi.duringWork.funeral'],
      85_000_000,
    ])
  })

  it('after work from 2023-02-22: 20,000,000 + 24 × 500,000 + 10,000,000, all from the PMI table', () => {
    const r = pmi('2024-05-10', { pmiPhase: 'after' })
    expect([r.basis, r.total]).toEqual(['pmi-before-after-work', 42_000_000])
    for (const rule of ['death.lumpSum', 'death.periodic', 'death.funeral'])
      expect(ids(step(r, rule).parameters)).toEqual(['jkm.pmi.beforeAfter.amounts'])
  })

  it('under Permenaker 18/2018: 16,200,000 + 24 × 200,000 + 3,000,000 = 24,000,000, scholarship not modelled', () => {
    const r = pmi('2020-06-10', { pmiPhase: 'before', children: CHILD })
    expect([r.regime, r.total]).toEqual(['PERMENAKER-18-2018', 24_000_000])
    expect(r.warnings).toContainEqual({
      code: 'SCHOLARSHIP_NOT_MODELLED',
      message: 'The PMI scholarship under Permenaker 18/2018 is not modelled.',
      parameterId: 'jkm.pmi.scholarshipScheme',
    })
    expect(r.scholarship.reasons).toEqual([
      expect.objectContaining({
        code: 'SCHOLARSHIP_PMI_NOT_MODELLED',
        message:
          'The PMI scholarship amounts under Permenaker 18/2018 were not found in the sources checked: no scholarship is computed.',
      }),
    ])
  })

  it('during work the scholarship minimum is the PMI one for that phase (0 by default, 2 years by override)', () => {
    const more = { pmiPhase: 'during', contributionMonths: 12, children: CHILD }
    // no minimum for a PMI dying during work: no contribution check at all
    const r0 = pmi('2024-05-10', more)
    expect(r0.explanation.steps.map((s) => s.rule)).not.toContain('scholarship.minContribution')
    // 2 years imposed for the 'during' phase: 12 months < 24
    const r2 = pmi('2024-05-10', more, {
      locale: 'en',
      parameters: {
        'scholarship.pmi.minContributionYears': { before: 'standard', during: 2, after: 'standard' },
      },
    })
    expect(r2.scholarship.eligible).toBe(false)
    expect(r2.scholarship.reasons).toContainEqual(
      expect.objectContaining({
        code: 'SCHOLARSHIP_CONTRIBUTION_TOO_SHORT',
        message: '12 contribution months are under the minimum of 2 years (24 months): no scholarship.',
      }),
    )
  })
})
