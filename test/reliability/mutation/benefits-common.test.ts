/**
 * The parts shared by both death benefits (src/benefits/common.ts, src/benefits/conditions.ts): the
 * cross-field checks of the input, the protected-period decision (decisions D11), the first payer under
 * employer arrears (decisions D10), the reasons with their `missing` paths and the explanation steps. Every
 * expected value is worked out by hand from regulations.md §6 and the decisions (written to kill the
 * mutants that survived the first Stryker run).
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  checkJkmClaim,
  type JkkDeathBenefitInput,
  type JkmBenefitInput,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
const D10 = { source: 'DECISIONS', article: 'D10' }
const D11 = { source: 'DECISIONS', article: 'D11' }
const ART_18877 = { source: 'BPJSTK-ART-18877' }

/** A PU death on 2024-05-10 with every fact given: payable, BPJS TK pays first. */
const J: JkmBenefitInput = {
  dateOfDeath: '2024-05-10',
  category: 'PU',
  membershipStart: '2020-01-01',
  cause: 'natural',
  membershipActive: true,
  employerArrearsMonths: 0,
}
/** The same death as a work accident, for the JKK death benefit. */
const K: JkkDeathBenefitInput = {
  dateOfDeath: '2024-05-10',
  dateOfAccident: '2024-05-10',
  category: 'PU',
  membershipStart: '2020-01-01',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
  monthlyWage: 5_000_000,
}
/** A BPU death on 2024-05-10 (protection decided by the month paid through). */
const BPU: JkmBenefitInput = {
  dateOfDeath: '2024-05-10',
  category: 'BPU',
  membershipStart: '2020-01-01',
  cause: 'natural',
}

interface Issue {
  path: readonly (string | number)[]
  code: string
  message: string
  params: Record<string, unknown>
}

/** The validation issues of a JKM input (`[]` when it is valid). */
function issuesOf(input: object): Issue[] {
  try {
    calculateJkmBenefit(input as JkmBenefitInput, EN)
    return []
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues as unknown as Issue[]
    throw e
  }
}
const codesOf = (input: object) => issuesOf(input).map((i) => i.code)
const stepOf = <S extends { rule: string }>(r: { explanation: { steps: readonly S[] } }, rule: string) =>
  r.explanation.steps.find((s) => s.rule === rule)

describe('cross-field checks of a death input (BpjsValidationError)', () => {
  it('membership start vs birth date: the same day is allowed, one day earlier is refused', () => {
    // a membership cannot start before the participant was born; starting on the birth date is possible
    expect(codesOf({ ...J, birthDate: '1990-01-01', membershipStart: '1990-01-01' })).toEqual([])
    expect(codesOf({ ...J, birthDate: '2000-01-01', membershipStart: '2020-01-01' })).toEqual([])
    expect(issuesOf({ ...J, birthDate: '2000-06-01', membershipStart: '2000-05-31' })).toMatchObject([
      {
        path: ['membershipStart'],
        code: 'MEMBERSHIP_BEFORE_BIRTH',
        params: { membershipStart: '2000-05-31', birthDate: '2000-06-01' },
      },
    ])
  })

  it('a participant born on the day of death is not "born after the death"', () => {
    // birthDate = membershipStart = dateOfDeath: every date order holds with equality
    expect(codesOf({ ...J, birthDate: '2024-05-10', membershipStart: '2024-05-10' })).toEqual([])
    expect(codesOf({ ...J, birthDate: '2024-05-11', membershipStart: '2024-05-10' })).toEqual([
      'BIRTH_AFTER_DEATH',
      'MEMBERSHIP_BEFORE_BIRTH',
    ])
  })

  it('contribution months: at most the calendar months from the start month to the death month, both counted', () => {
    // start 2024-05-10, death 2024-05-10: one month (May 2024) → 1 is fine, 2 is too many
    expect(codesOf({ ...J, membershipStart: '2024-05-10', contributionMonths: 1 })).toEqual([])
    expect(issuesOf({ ...J, membershipStart: '2024-05-10', contributionMonths: 2 })).toMatchObject([
      {
        path: ['contributionMonths'],
        code: 'CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP',
        params: { contributionMonths: 2, maximum: 1 },
      },
    ])
    // 2020-01 … 2024-05 = 4 × 12 + 5 = 53 months
    expect(codesOf({ ...J, contributionMonths: 53 })).toEqual([])
    expect(issuesOf({ ...J, contributionMonths: 54 })[0]?.params).toEqual({
      contributionMonths: 54,
      maximum: 53,
    })
  })

  it('a membership that starts after the death is reported once: the months and paid month are not compared with it', () => {
    // start 2024-07-01 is after the death: no "maximum" can be computed from it (it would be −1)
    expect(codesOf({ ...J, membershipStart: '2024-07-01', contributionMonths: 1 })).toEqual([
      'MEMBERSHIP_AFTER_DEATH',
    ])
    expect(
      codesOf({ ...BPU, membershipStart: '2024-07-01', paidThrough: '2024-05', contributionMonths: 1 }),
    ).toEqual(['MEMBERSHIP_AFTER_DEATH'])
  })

  it('BPU: the month paid through cannot be before the month the membership started (D11 input)', () => {
    expect(issuesOf({ ...BPU, membershipStart: '2024-03-15', paidThrough: '2024-02' })).toEqual([
      {
        path: ['paidThrough'],
        code: 'PAID_THROUGH_BEFORE_MEMBERSHIP',
        message: 'The last paid month 2024-02 is before the membership started (2024-03-15).',
        messages: expect.any(Object) as unknown,
        params: { paidThrough: '2024-02', membershipStart: '2024-03-15' },
      },
    ])
    // the start month itself is fine (the death month is then not paid: not payable, but valid)
    expect(codesOf({ ...BPU, membershipStart: '2024-03-15', paidThrough: '2024-03' })).toEqual([])
    // JKK (membershipStart optional): a paid month or a birth date without a membership start is not compared
    const { membershipStart: _s, monthlyWage: _w, ...noStart } = K
    const r = calculateJkkDeathBenefit({
      ...noStart,
      category: 'BPU',
      declaredIncome: 2_000_000,
      paidThrough: '2024-05',
      birthDate: '1990-01-01',
    })
    expect(r.payable).toBe(true)
  })

  it('a child cannot marry or start work before being born (the birth date itself is accepted)', () => {
    const child = (extra: object) => ({ ...J, children: [{ birthDate: '2010-01-01', ...extra }] })
    expect(issuesOf(child({ marriedOn: '2009-12-31' }))).toMatchObject([
      {
        path: ['children', 0, 'marriedOn'],
        code: 'DATE_BEFORE_BIRTH',
        message: 'The date 2009-12-31 is before the child’s birth date 2010-01-01.',
        params: { date: '2009-12-31', birthDate: '2010-01-01' },
      },
    ])
    expect(issuesOf(child({ work: { kind: 'other', from: '2009-12-31' } }))).toMatchObject([
      {
        path: ['children', 0, 'work', 'from'],
        code: 'DATE_BEFORE_BIRTH',
        params: { date: '2009-12-31', birthDate: '2010-01-01' },
      },
    ])
    expect(codesOf(child({ marriedOn: '2010-01-01' }))).toEqual([])
    expect(codesOf(child({ work: { kind: 'other', from: '2010-01-01' } }))).toEqual([])
  })

  it('children without schooling, or an empty list, pass the checks', () => {
    expect(codesOf({ ...J, children: [] })).toEqual([])
    expect(codesOf({ ...J, children: [{ birthDate: '2010-01-01' }, { birthDate: '2012-02-02' }] })).toEqual(
      [],
    )
  })

  it('schooling is checked in year order, whatever the input order; a start in the birth year is allowed', () => {
    const sch = (schooling: object[]) => ({ ...J, children: [{ birthDate: '2010-03-01', schooling }] })
    // SD 2016 → SMP 2022 → SMA 2025 is a valid path, given out of order
    expect(
      codesOf(
        sch([
          { level: 'SMA', startYear: 2025 },
          { level: 'SD', startYear: 2016 },
          { level: 'SMP', startYear: 2022 },
        ]),
      ),
    ).toEqual([])
    expect(
      codesOf(
        sch([
          { level: 'SMP', startYear: 2022 },
          { level: 'SD', startYear: 2016 },
        ]),
      ),
    ).toEqual([])
    expect(codesOf(sch([{ level: 'TK', startYear: 2010 }]))).toEqual([])
    // the path names the entry as given (index 1), not its place in year order
    expect(
      issuesOf(
        sch([
          { level: 'SD', startYear: 2016 },
          { level: 'TK', startYear: 2009 },
        ]),
      ),
    ).toMatchObject([
      {
        path: ['children', 0, 'schooling', 1, 'startYear'],
        code: 'SCHOOLING_BEFORE_BIRTH',
        params: { startYear: 2009, birthYear: 2010 },
      },
    ])
  })

  it('two levels in the same year, or the same level twice, are out of order (reported once per child)', () => {
    const sch = (schooling: object[]) => ({ ...J, children: [{ birthDate: '2010-03-01', schooling }] })
    expect(
      issuesOf(
        sch([
          { level: 'SD', startYear: 2016 },
          { level: 'SMP', startYear: 2016 },
        ]),
      ),
    ).toMatchObject([
      {
        path: ['children', 0, 'schooling'],
        code: 'SCHOOLING_ORDER_INVALID',
        message:
          'The schooling is out of order: SD 2016 then SMP 2016. Each level must be higher and start in a later year.',
        params: { first: 'SD 2016', second: 'SMP 2016' },
      },
    ])
    expect(
      issuesOf(
        sch([
          { level: 'SD', startYear: 2016 },
          { level: 'SD', startYear: 2017 },
          { level: 'TK', startYear: 2018 },
        ]),
      ),
    ).toMatchObject([{ code: 'SCHOOLING_ORDER_INVALID', params: { first: 'SD 2016', second: 'SD 2017' } }])
    // a lower level after a higher one
    expect(
      issuesOf(
        sch([
          { level: 'SMP', startYear: 2022 },
          { level: 'SD', startYear: 2023 },
        ]),
      ),
    ).toMatchObject([{ code: 'SCHOOLING_ORDER_INVALID', params: { first: 'SMP 2022', second: 'SD 2023' } }])
  })

  it('a child born after the death: the 10-month limit (KUH Perdata Pasal 255) is read only then', () => {
    const kid = (birthDate: string) => ({ ...J, children: [{ birthDate }] })
    const read = (birthDate: string) =>
      calculateJkmBenefit(kid(birthDate)).explanation.parameters.map((p) => p.id)
    // born on the day of death: not posthumous, the low-confidence limit is not read
    expect(read('2024-05-10')).not.toContain('jkm.posthumousChildMaxMonths')
    expect(read('2024-05-11')).toContain('jkm.posthumousChildMaxMonths')
    // 2024-05-10 + 10 months = 2025-03-10: that day is the latest birth date accepted
    expect(codesOf(kid('2025-03-10'))).toEqual([])
    expect(issuesOf(kid('2025-03-11'))).toMatchObject([
      {
        path: ['children', 0, 'birthDate'],
        code: 'CHILD_BORN_TOO_LATE',
        params: { birthDate: '2025-03-11', latest: '2025-03-10', months: 10 },
      },
    ])
  })
})

describe('protected period (decisions D11) and the missing facts', () => {
  it('PU without membershipActive: MISSING_FACT for membershipActive, status incomplete', () => {
    const { membershipActive: _a, ...input } = J
    const r = calculateJkmBenefit(input, EN)
    expect([r.status, r.missing]).toEqual(['incomplete', ['membershipActive']])
    expect(r.reasons.filter((x) => x.kind === 'missing')).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: whether the membership was active on the date of the event (field membershipActive). The library does not assume it.',
        legal: [ART_18877, D11],
        path: ['membershipActive'],
      },
    ])
    const step = stepOf(r, 'death.protection')
    expect(step).toMatchObject({
      description: 'Protection on the date of death 2024-05-10: not given.',
      inputs: { category: 'PU', membershipActive: null, eventDate: '2024-05-10' },
      value: 'missing',
    })
  })

  it('BPU with neither paidThrough nor membershipActive: the missing fact is paidThrough', () => {
    const r = calculateJkmBenefit(BPU, EN)
    expect(r.missing).toEqual(['paidThrough'])
    expect(r.reasons.find((x) => x.code === 'MISSING_FACT')?.message).toBe(
      'Not given: the last contribution month paid (BPU) (field paidThrough). The library does not assume it.',
    )
  })

  it('a complete input lists no missing path even though its reasons have paths', () => {
    const r = calculateJkmBenefit(J, EN)
    expect(r.missing).toEqual([])
    expect(r.reasons.filter((x) => x.path !== undefined).length).toBeGreaterThan(0)
    expect(stepOf(r, 'death.protection')).toMatchObject({
      description: 'Protection on the date of death 2024-05-10: met.',
      value: 'met',
    })
  })

  it('membership not active: the step says "not met" for the death and for the work accident', () => {
    const jkm = calculateJkmBenefit({ ...J, membershipActive: false }, EN)
    expect(stepOf(jkm, 'death.protection')).toMatchObject({
      description: 'Protection on the date of death 2024-05-10: not met.',
      value: 'not-met',
    })
    const jkk = calculateJkkDeathBenefit({ ...K, membershipActive: false }, EN)
    expect(stepOf(jkk, 'death.protection')).toMatchObject({
      description: 'Protection on the date of the work accident 2024-05-10: not met.',
      value: 'not-met',
    })
    expect(stepOf(calculateJkkDeathBenefit(K, EN), 'death.protection')).toMatchObject({
      description: 'Protection on the date of the work accident 2024-05-10: met.',
      inputs: { category: 'PU', membershipActive: true, eventDate: '2024-05-10' },
    })
  })

  it('BPU with paidThrough: the month of death must be paid (no grace); the step shows the months and the grace read', () => {
    const r = calculateJkmBenefit({ ...BPU, paidThrough: '2024-05' }, EN)
    expect(r.payable).toBe(true)
    // the citations of D11 and of the grace parameter (D11, Perdir 22/2022, article 18877), each once
    expect(r.reasons.find((x) => x.code === 'EVENT_MONTH_PAID')).toMatchObject({
      kind: 'met',
      path: ['paidThrough'],
      legal: [ART_18877, D11, { source: 'PERDIR-BPJSTK-22-2022' }],
    })
    expect(stepOf(r, 'death.protection')).toMatchObject({
      description: 'BPU contributions paid through 2024-05; month of the event 2024-05; grace 0 month(s).',
      inputs: { paidThrough: '2024-05', eventDate: '2024-05-10' },
      parameters: [{ id: 'jkm.protection.bpuGraceMonths', value: 0 }],
      value: 'met',
    })
    const unpaid = calculateJkmBenefit({ ...BPU, paidThrough: '2024-04' }, EN)
    expect([unpaid.status, stepOf(unpaid, 'death.protection')?.value]).toEqual(['not-payable', 'not-met'])
  })

  it('a paidThrough given for a PU is not used: protection follows membershipActive', () => {
    // 2020-01 would not cover a death in 2024-05 if it were read
    const r = calculateJkmBenefit({ ...J, paidThrough: '2020-01' }, EN)
    expect(r.payable).toBe(true)
    expect(r.reasons.map((x) => x.code)).toContain('MEMBERSHIP_ACTIVE')
    expect(r.warnings.map((w) => w.code)).toContain('INPUT_NOT_USED')
  })

  it('checkJkmClaim decides the BPU protection with the same grace parameter and records it in its step', () => {
    const r = checkJkmClaim({
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      cause: 'natural',
      paidThrough: '2024-05',
    })
    expect(r.status).toBe('eligible')
    expect(stepOf(r, 'eligibility.jkm.protected')?.parameters.map((p) => p.id)).toEqual([
      'jkm.protection.bpuGraceMonths',
    ])
  })
})

describe('employer arrears: who pays first (decisions D10)', () => {
  it('BPU has no employer: the arrears are not used (warning) and BPJS TK pays', () => {
    const r = calculateJkmBenefit({ ...BPU, paidThrough: '2024-05', employerArrearsMonths: 2 }, EN)
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(r.warnings.find((w) => w.code === 'INPUT_NOT_USED')?.message).toBe(
      'Field employerArrearsMonths is not used for category BPU.',
    )
    expect(calculateJkmBenefit({ ...BPU, paidThrough: '2024-05' }).warnings.map((w) => w.code)).not.toContain(
      'INPUT_NOT_USED',
    )
  })

  it('PU without the arrears: first payer unknown, a note citing D10 on employerArrearsMonths', () => {
    const { employerArrearsMonths: _a, ...input } = J
    const r = calculateJkmBenefit(input, EN)
    expect(r.firstPayer).toBe('unknown')
    expect(r.reasons.find((x) => x.code === 'FIRST_PAYER_UNKNOWN')).toEqual({
      code: 'FIRST_PAYER_UNKNOWN',
      kind: 'note',
      message:
        'The employer’s arrears are not given: who pays first cannot be decided (the benefit is still due to the heirs).',
      legal: [D10],
      path: ['employerArrearsMonths'],
    })
  })

  it('3 months of arrears (the maximum): BPJS TK pays first; 4: the employer — reason and step', () => {
    const three = calculateJkmBenefit({ ...J, employerArrearsMonths: 3 }, EN)
    expect(three.reasons.find((x) => x.path?.[0] === 'employerArrearsMonths')).toEqual({
      code: 'ARREARS_BPJS_PAYS_FIRST',
      kind: 'note',
      message: 'Employer arrears of 3 month(s) (at most 3): BPJS Ketenagakerjaan pays the benefit first.',
      legal: [D10],
      path: ['employerArrearsMonths'],
    })
    expect(stepOf(three, 'death.employerArrears')).toMatchObject({
      description: 'Employer arrears of 3 month(s): the first payer is the agency (BPJS Ketenagakerjaan).',
      inputs: { employerArrearsMonths: 3 },
      parameters: [{ id: 'jkm.employerArrears.bpjsPaysFirstMaxMonths', value: 3 }],
      value: 'bpjs-tk',
    })
    const four = calculateJkmBenefit({ ...J, employerArrearsMonths: 4 }, EN)
    expect(four.reasons.find((x) => x.path?.[0] === 'employerArrearsMonths')).toMatchObject({
      code: 'ARREARS_EMPLOYER_PAYS_FIRST',
      kind: 'note',
      legal: [D10],
    })
    expect(stepOf(four, 'death.employerArrears')).toMatchObject({
      description: 'Employer arrears of 4 month(s): the first payer is the employer.',
      value: 'employer',
    })
  })

  it('the JKK rule reads its own maximum (PP 44/2015 and D10)', () => {
    const r = calculateJkkDeathBenefit({ ...K, employerArrearsMonths: 4 }, EN)
    expect(r.firstPayer).toBe('employer')
    expect(r.reasons.find((x) => x.code === 'ARREARS_EMPLOYER_PAYS_FIRST')?.legal).toEqual([
      D10,
      { source: 'PP-44-2015' },
    ])
    expect(stepOf(r, 'death.employerArrears')?.parameters.map((p) => [p.id, p.value])).toEqual([
      ['jkkDeath.employerArrears.bpjsPaysFirstMaxMonths', 3],
    ])
  })

  it('with an overridden maximum (no citation of its own) the reason and step still cite D10', () => {
    // override: BPJS TK pays first for arrears of up to 6 months; 5 months → BPJS TK
    const r = calculateJkmBenefit(
      { ...J, employerArrearsMonths: 5 },
      { ...EN, parameters: { 'jkm.employerArrears.bpjsPaysFirstMaxMonths': 6 } },
    )
    expect(r.firstPayer).toBe('bpjs-tk')
    expect(r.reasons.find((x) => x.code === 'ARREARS_BPJS_PAYS_FIRST')?.legal).toEqual([D10])
    expect(stepOf(r, 'death.employerArrears')?.legal).toEqual([D10])
  })
})

describe('scholarship look-ups past the parameter horizon', () => {
  it('a child who starts work after 2036 is judged by the work rule of the horizon (Permenaker 1/2025: BPU work keeps it)', () => {
    // death 2030-01-10, child born 2024-01-01: school years run into the 2040s; BPU work from 2040-03-01
    // is an exception (Pasal 103 ayat (3a)), so the schedule goes on; the rule is looked up at 2036-12-31
    const r = calculateJkmBenefit({
      ...J,
      dateOfDeath: '2030-01-10',
      membershipStart: '2020-01-01',
      children: [{ birthDate: '2024-01-01', work: { kind: 'BPU', from: '2040-03-01' } }],
    })
    const child = r.scholarship.children[0]
    expect(child?.payments.some((p) => p.year >= 2040)).toBe(true)
    expect(child?.reasons.map((x) => x.code)).toContain('CHILD_WORK_EXCEPTION')
  })
})
