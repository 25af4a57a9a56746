/**
 * checkScholarshipEligibility, rule by rule: the regime by date of death (decisions D5: PP 44/2015 up to
 * 2019-12-01, PP 82/2019 from 2019-12-02), the minimum contribution period (5 years under PP 44/2015, 3
 * under PP 82/2019 for a death not caused by work; none for a work accident), the child conditions of PP
 * 82/2019 (under 23, unmarried, not working; from 2025-02-24 the work exceptions of Permenaker 1/2025 Pasal
 * 103 ayat (3a)), the limit of children (1, then 2) and the selection (decisions D14). Every expected value
 * is written out from src/parameters/scholarship*.ts, src/parameters/jkm.ts and the English messages.
 */
import { describe, expect, it } from 'vitest'
import {
  checkScholarshipEligibility,
  type ScholarshipEligibilityInput,
  type ScholarshipEligibilityResult,
} from '../../src/index.js'

const EN = { locale: 'en' } as const
const D5 = { source: 'DECISIONS', article: 'D5' }
const D14 = { source: 'DECISIONS', article: 'D14' }
const PP82 = { source: 'PP-82-2019' }
const P5_2021 = { source: 'PERMENAKER-5-2021' }

/** scholarship.jkm.minContributionYears, PP 82/2019 span (3 years). */
const JKM_MIN_82 = [{ source: 'PP-82-2019', article: 'Pasal 34' }, { source: 'BPJSTK-ART-18877' }, D5]
/** scholarship.jkm.minContributionYears, PP 44/2015 span (5 years). */
const JKM_MIN_44 = [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5]
/** scholarship.jkk.minContributionYears (0 years). */
const JKK_MIN_82 = [PP82, D5]
const JKK_MIN_44 = [{ source: 'PP-44-2015' }]
/** scholarship.ageLimit (23). */
const AGE_LEGAL = [PP82, P5_2021, { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' }, D5]
/** scholarship.workException (from 2025-02-24). */
const WORK_LEGAL = [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (3a)' }, D14]
/** scholarship.maxChildren: 2 under PP 82/2019, 1 under PP 44/2015. */
const MAX_82 = [PP82, P5_2021, { source: 'PERMENAKER-1-2025', article: 'Pasal 103' }, D5]
const MAX_44 = [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5]
/** scholarship.mode, lump sum (PP 44/2015). */
const MODE_44 = [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5]
const HEIR_LEGAL = [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' }, D14]

const BASE: ScholarshipEligibilityInput = {
  dateOfDeath: '2024-05-01',
  asOf: '2024-06-01',
  cause: 'natural',
  contributionMonths: 36,
}
const KID = { birthDate: '2010-01-01', married: false, working: 'no' } as const

const step = (r: ScholarshipEligibilityResult, rule: string, n = 0) => {
  const s = r.explanation.steps.filter((x) => x.rule === rule)[n]
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const cond = <C extends { id: string }>(r: { conditions: readonly C[] }, id: string): C => {
  const c = r.conditions.find((x) => x.id === id)
  if (c === undefined) throw new Error(`no condition ${id}`)
  return c
}
const child = (r: ScholarshipEligibilityResult, i: number) => {
  const c = r.children[i]
  if (c === undefined) throw new Error(`no child ${i}`)
  return c
}

describe('the regime by date of death (decisions D5)', () => {
  it('2019-12-01: PP 44/2015, lump sum, one child, 5 years for a natural death', () => {
    const r = checkScholarshipEligibility(
      { dateOfDeath: '2019-12-01', asOf: '2019-12-01', cause: 'natural', contributionMonths: 60 },
      EN,
    )
    expect(r.regime).toBe('PP-44-2015')
    expect(r.maxChildren).toBe(1)
    const s = step(r, 'eligibility.scholarship.regime')
    expect(s.description).toBe('Death on 2019-12-01: scholarship under PP-44-2015.')
    expect(s.inputs).toEqual({ dateOfDeath: '2019-12-01' })
    expect(s.value).toBe('PP-44-2015')
    expect(s.parameters).toEqual([
      { id: 'jkm.regime', value: 'PP-44-2015', from: '2015-07-01', to: '2019-12-01' },
      { id: 'scholarship.mode', value: 'lump-sum', from: '2015-07-01', to: '2019-12-01' },
    ])
    expect(cond(r, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CONTRIB_MET',
          message: '60 months of contributions, at least 60.',
          legal: JKM_MIN_44,
        },
      ],
    })
    const under = checkScholarshipEligibility(
      { dateOfDeath: '2019-12-01', asOf: '2019-12-01', cause: 'natural', contributionMonths: 59 },
      EN,
    )
    expect(under.status).toBe('not-eligible')
    expect(cond(under, 'scholarship.contribution').reasons).toEqual([
      {
        code: 'ELIG_SCH_CONTRIB_NOT_MET',
        message: 'Only 59 months of contributions: the scholarship requires at least 60.',
        legal: JKM_MIN_44,
      },
    ])
  })

  it('2019-12-02: PP 82/2019, yearly, two children, 3 years (59 months now suffice)', () => {
    const r = checkScholarshipEligibility(
      { dateOfDeath: '2019-12-02', asOf: '2019-12-02', cause: 'natural', contributionMonths: 59 },
      EN,
    )
    expect(r.regime).toBe('PP-82-2019')
    expect(r.maxChildren).toBe(2)
    expect(r.status).toBe('eligible')
    expect(step(r, 'eligibility.scholarship.regime').parameters).toEqual([
      { id: 'jkm.regime', value: 'PP-82-2019', from: '2019-12-02' },
      { id: 'scholarship.mode', value: 'yearly', from: '2019-12-02' },
    ])
    expect(cond(r, 'scholarship.contribution').reasons.map((x) => [x.code, x.message, x.legal])).toEqual([
      ['ELIG_SCH_CONTRIB_MET', '59 months of contributions, at least 36.', JKM_MIN_82],
    ])
  })

  it('a work accident reads the JKK death regime (jkkDeath.regime) instead of jkm.regime', () => {
    const r = checkScholarshipEligibility({ ...BASE, cause: 'work-accident' }, EN)
    expect(r.regime).toBe('PP-82-2019')
    expect(step(r, 'eligibility.scholarship.regime').parameters.map((p) => p.id)).toEqual([
      'jkkDeath.regime',
      'scholarship.mode',
    ])
    const old = checkScholarshipEligibility(
      { dateOfDeath: '2019-12-01', asOf: '2019-12-01', cause: 'occupational-disease' },
      EN,
    )
    expect(old.regime).toBe('PP-44-2015')
    expect(step(old, 'eligibility.scholarship.regime').parameters.map((p) => p.id)).toEqual([
      'jkkDeath.regime',
      'scholarship.mode',
    ])
  })
})

describe('scholarship.contribution: the minimum contribution period', () => {
  it('PP 82/2019, natural death: 36 months met, 35 not met', () => {
    const met = checkScholarshipEligibility(BASE, EN)
    expect(met.status).toBe('eligible')
    expect(met.contributionMonths).toBe(36)
    expect(cond(met, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CONTRIB_MET',
          message: '36 months of contributions, at least 36.',
          legal: JKM_MIN_82,
        },
      ],
    })
    const not = checkScholarshipEligibility({ ...BASE, contributionMonths: 35 }, EN)
    expect(not.status).toBe('not-eligible')
    expect(not.missing).toBeUndefined()
    expect(cond(not, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_CONTRIB_NOT_MET',
          message: 'Only 35 months of contributions: the scholarship requires at least 36.',
          legal: JKM_MIN_82,
        },
      ],
    })
  })

  it('a work accident or occupational disease: no minimum, met even with no months given', () => {
    for (const cause of ['work-accident', 'occupational-disease'] as const) {
      const r = checkScholarshipEligibility({ dateOfDeath: '2024-05-01', asOf: '2024-06-01', cause }, EN)
      expect(r.status, cause).toBe('eligible')
      expect(r.contributionMonths, cause).toBeUndefined()
      expect(cond(r, 'scholarship.contribution'), cause).toEqual({
        id: 'scholarship.contribution',
        status: 'met',
        reasons: [
          {
            code: 'ELIG_SCH_NO_MINIMUM',
            message:
              'Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
            legal: JKK_MIN_82,
          },
        ],
      })
    }
    const old = checkScholarshipEligibility(
      { dateOfDeath: '2019-12-01', asOf: '2019-12-01', cause: 'work-accident', contributionMonths: 1 },
      EN,
    )
    expect(cond(old, 'scholarship.contribution').reasons.map((x) => [x.code, x.legal])).toEqual([
      ['ELIG_SCH_NO_MINIMUM', JKK_MIN_44],
    ])
  })

  it('no months and no membership date: the answer has no contributionMonths, a settled child no missing', () => {
    const r = checkScholarshipEligibility(
      { dateOfDeath: '2024-05-01', asOf: '2024-06-01', cause: 'work-accident', children: [KID] },
      EN,
    )
    expect(r.status).toBe('eligible')
    expect(r).not.toHaveProperty('contributionMonths')
    expect(r).not.toHaveProperty('missing')
    expect(child(r, 0).status).toBe('eligible')
    expect(child(r, 0)).not.toHaveProperty('missing')
  })

  it('a natural death with no months: unknown, missing ["contributionMonths"]', () => {
    const { contributionMonths: _m, ...input } = BASE
    const r = checkScholarshipEligibility(input, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['contributionMonths'])
    expect(cond(r, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (contributionMonths).',
          legal: JKM_MIN_82,
        },
      ],
      missing: ['contributionMonths'],
    })
  })

  it('no cause, 36 months: met either way (both reasons kept)', () => {
    const { cause: _c, ...input } = BASE
    const r = checkScholarshipEligibility(input, EN)
    expect(r.status).toBe('eligible')
    expect(cond(r, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CONTRIB_MET',
          message: '36 months of contributions, at least 36.',
          legal: JKM_MIN_82,
        },
        {
          code: 'ELIG_SCH_NO_MINIMUM',
          message:
            'Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
          legal: JKK_MIN_82,
        },
      ],
    })
    expect(step(r, 'eligibility.scholarship.regime').parameters.map((p) => p.id)).toEqual([
      'jkm.regime',
      'scholarship.mode',
    ])
    // the condition step tells both reasons, one after the other, and cites both minima
    const s = step(r, 'eligibility.scholarship.contribution')
    expect(s.description).toBe(
      'Condition scholarship.contribution: met. 36 months of contributions, at least 36. Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
    )
    expect(s.legal).toEqual([...JKM_MIN_82, PP82])
  })

  it('no cause, 35 months: the cause decides (unknown, missing ["cause"])', () => {
    const { cause: _c, ...input } = BASE
    const r = checkScholarshipEligibility({ ...input, contributionMonths: 35 }, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['cause'])
    expect(cond(r, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (cause).',
          legal: [...JKM_MIN_82, PP82],
        },
        {
          code: 'ELIG_SCH_CONTRIB_NOT_MET',
          message: 'Only 35 months of contributions: the scholarship requires at least 36.',
          legal: JKM_MIN_82,
        },
        {
          code: 'ELIG_SCH_NO_MINIMUM',
          message:
            'Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
          legal: JKK_MIN_82,
        },
      ],
      missing: ['cause'],
    })
  })

  it('no cause and no months: missing ["cause", "contributionMonths"]', () => {
    const r = checkScholarshipEligibility({ dateOfDeath: '2024-05-01', asOf: '2024-06-01' }, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['cause', 'contributionMonths'])
    const c = cond(r, 'scholarship.contribution')
    expect(c.status).toBe('unknown')
    expect(c.missing).toEqual(['cause', 'contributionMonths'])
    expect(c.reasons.map((x) => [x.code, x.message])).toEqual([
      [
        'ELIG_MISSING_FACT',
        'Cannot be settled yet: it depends on facts not given (cause, contributionMonths).',
      ],
      ['ELIG_MISSING_FACT', 'Cannot be settled yet: it depends on facts not given (contributionMonths).'],
      [
        'ELIG_SCH_NO_MINIMUM',
        'Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
      ],
    ])
  })

  it('no cause, no months, and a minimum for both causes (override): unknown on the months alone', () => {
    // unreachable with the law's figures (a work-accident death has no minimum, 0 years): a per-call override
    // of scholarship.jkk.minContributionYears (1 year) makes both causes need the months, so the cause no
    // longer matters and only contributionMonths is missing
    const r = checkScholarshipEligibility(
      { dateOfDeath: '2024-05-01', asOf: '2024-06-01' },
      { ...EN, parameters: { 'scholarship.jkk.minContributionYears': 1 } },
    )
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['contributionMonths'])
    // both causes give the same reason (same code and message): kept once, with the first cause's citations
    expect(cond(r, 'scholarship.contribution')).toEqual({
      id: 'scholarship.contribution',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (contributionMonths).',
          legal: JKM_MIN_82,
        },
      ],
      missing: ['contributionMonths'],
    })
    expect(step(r, 'eligibility.scholarship').inputs).toEqual({ missing: ['contributionMonths'] })
    expect(r.warnings.map((w) => w.message)).toContain(
      'Parameter scholarship.jkk.minContributionYears was overridden by the caller: value 1.',
    )
  })

  it('derived from membershipStart (with a warning): 2021-05-01 → 2024-05-01 is 36 months, 2021-05-02 is 35', () => {
    const { contributionMonths: _m, ...input } = BASE
    const r = checkScholarshipEligibility({ ...input, membershipStart: '2021-05-01' }, EN)
    expect(r.contributionMonths).toBe(36)
    expect(r.status).toBe('eligible')
    expect(
      r.warnings.filter((w) => w.code === 'ELIG_CONTRIBUTION_MONTHS_DERIVED').map((w) => w.message),
    ).toEqual([
      'The contribution period (36 months) is derived from the membership date 2021-05-01, assuming every month was paid. Give contributionMonths if some months were not paid.',
    ])
    const later = checkScholarshipEligibility({ ...input, membershipStart: '2021-05-02' }, EN)
    expect(later.contributionMonths).toBe(35)
    expect(later.status).toBe('not-eligible')
    // given months win over the registration date, with no warning
    const given = checkScholarshipEligibility({ ...BASE, membershipStart: '2023-01-01' }, EN)
    expect(given.contributionMonths).toBe(36)
    expect(given.warnings.map((w) => w.code)).not.toContain('ELIG_CONTRIBUTION_MONTHS_DERIVED')
  })

  it('the contribution step: inputs, the two minimum parameters, status', () => {
    const r = checkScholarshipEligibility(BASE, EN)
    const s = step(r, 'eligibility.scholarship.contribution')
    expect(s.inputs).toEqual({ cause: 'natural', contributionMonths: 36 })
    expect(s.parameters).toEqual([
      { id: 'scholarship.jkm.minContributionYears', value: 3, from: '2019-12-02' },
      { id: 'scholarship.jkk.minContributionYears', value: 0, from: '2019-12-02' },
    ])
    expect(s.value).toBe('met')
    expect(s.description).toBe(
      'Condition scholarship.contribution: met. 36 months of contributions, at least 36.',
    )
    const none = checkScholarshipEligibility({ dateOfDeath: '2024-05-01', asOf: '2024-06-01' }, EN)
    expect(step(none, 'eligibility.scholarship.contribution').inputs).toEqual({
      cause: null,
      contributionMonths: null,
    })
  })
})

describe('the children (PP 82/2019)', () => {
  it('no children given: only the participant’s condition is answered', () => {
    const r = checkScholarshipEligibility(BASE, EN)
    expect(r.conditions.map((c) => c.id)).toEqual(['scholarship.contribution'])
    expect(r.children).toEqual([])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.scholarship.regime',
      'eligibility.scholarship.contribution',
      'eligibility.scholarship',
    ])
  })

  it('an empty list: scholarship.children not met, SCHOLARSHIP_NO_CHILDREN (Permenaker 1/2025 Pasal 103)', () => {
    const r = checkScholarshipEligibility({ ...BASE, children: [] }, EN)
    expect(r.status).toBe('not-eligible')
    expect(cond(r, 'scholarship.children')).toEqual({
      id: 'scholarship.children',
      status: 'not-met',
      reasons: [
        {
          code: 'SCHOLARSHIP_NO_CHILDREN',
          message: 'No child is listed: no scholarship.',
          legal: [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103' }],
        },
      ],
    })
  })

  it('child.age: 22 the day before the 23rd birthday (met), 23 on it (not met)', () => {
    const r = checkScholarshipEligibility(
      {
        ...BASE,
        children: [
          { ...KID, birthDate: '2001-06-02' },
          { ...KID, birthDate: '2001-06-01' },
        ],
      },
      EN,
    )
    const young = child(r, 0)
    expect(young.age).toBe(22)
    expect(young.status).toBe('eligible')
    expect(cond(young, 'child.age')).toEqual({
      id: 'child.age',
      status: 'met',
      reasons: [{ code: 'ELIG_SCH_CHILD_AGE_OK', message: 'The child is 22, below 23.', legal: AGE_LEGAL }],
    })
    const old = child(r, 1)
    expect(old.age).toBe(23)
    expect(old.status).toBe('not-eligible')
    expect(old.selected).toBe(false)
    expect(cond(old, 'child.age')).toEqual({
      id: 'child.age',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_TOO_OLD',
          message: 'The child is 23: the scholarship ends when the child reaches 23.',
          legal: AGE_LEGAL,
        },
      ],
    })
    expect(young.conditions.map((c) => c.id)).toEqual(['child.age', 'child.unmarried', 'child.notWorking'])
  })

  it('child.unmarried: false met, true not met, not given unknown at children[i].married', () => {
    const r = checkScholarshipEligibility(
      {
        ...BASE,
        children: [KID, { ...KID, married: true }, { birthDate: '2010-01-01', working: 'no' }],
      },
      EN,
    )
    expect(cond(child(r, 0), 'child.unmarried')).toEqual({
      id: 'child.unmarried',
      status: 'met',
      reasons: [{ code: 'ELIG_SCH_CHILD_UNMARRIED', message: 'The child is not married.', legal: AGE_LEGAL }],
    })
    expect(cond(child(r, 1), 'child.unmarried')).toEqual({
      id: 'child.unmarried',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_MARRIED',
          message: 'The child is married: the scholarship ends.',
          legal: AGE_LEGAL,
        },
      ],
    })
    expect(child(r, 1).status).toBe('not-eligible')
    expect(cond(child(r, 2), 'child.unmarried')).toEqual({
      id: 'child.unmarried',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (children[2].married).',
          legal: AGE_LEGAL,
        },
      ],
      missing: ['children[2].married'],
    })
    expect(child(r, 2).status).toBe('unknown')
    expect(child(r, 2).missing).toEqual(['children[2].married'])
    // child 0 is eligible and takes a place: the check is eligible whatever child 2 turns out to be
    expect(r.status).toBe('eligible')
    expect(r.missing).toBeUndefined()
  })

  it('child.notWorking: no met, not given unknown, any work before 2025-02-24 not met', () => {
    const r = checkScholarshipEligibility(
      {
        dateOfDeath: '2024-05-01',
        asOf: '2025-02-23',
        cause: 'natural',
        contributionMonths: 36,
        children: [
          KID,
          { birthDate: '2010-01-01', married: false },
          { ...KID, working: 'bpu' },
          { ...KID, working: 'pu', puConsecutiveMonths: 1 },
          { ...KID, working: 'intern' },
        ],
      },
      EN,
    )
    expect(cond(child(r, 0), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'met',
      reasons: [
        { code: 'ELIG_SCH_CHILD_NOT_WORKING', message: 'The child is not working.', legal: AGE_LEGAL },
      ],
    })
    expect(cond(child(r, 1), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (children[1].working).',
          legal: AGE_LEGAL,
        },
      ],
      missing: ['children[1].working'],
    })
    for (const i of [2, 3, 4])
      expect(cond(child(r, i), 'child.notWorking'), `child ${i}`).toEqual({
        id: 'child.notWorking',
        status: 'not-met',
        reasons: [
          {
            code: 'ELIG_SCH_CHILD_WORKING',
            message: 'The child works: the scholarship ends.',
            legal: AGE_LEGAL,
          },
        ],
      })
    // no work exception before 2025-02-24: the child step reads maxChildren and ageLimit only
    expect(step(r, 'eligibility.scholarship.child').parameters.map((p) => p.id)).toEqual([
      'scholarship.maxChildren',
      'scholarship.ageLimit',
    ])
  })

  it('from 2025-02-24 (judged on asOf): BPU and intern work keep it; PU for at most 6 consecutive months', () => {
    const r = checkScholarshipEligibility(
      {
        dateOfDeath: '2024-05-01',
        asOf: '2025-02-24',
        cause: 'natural',
        contributionMonths: 36,
        children: [
          { ...KID, working: 'bpu' },
          { ...KID, working: 'intern' },
          { ...KID, working: 'pu', puConsecutiveMonths: 6 },
          { ...KID, working: 'pu', puConsecutiveMonths: 7 },
          { ...KID, working: 'pu' },
        ],
      },
      EN,
    )
    expect(cond(child(r, 0), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_WORK_EXCEPTION',
          message:
            'The child works as a non-wage worker (BPU): the scholarship continues (Permenaker 1/2025 Pasal 103 ayat (3a)).',
          legal: WORK_LEGAL,
        },
      ],
    })
    expect(cond(child(r, 1), 'child.notWorking').reasons.map((x) => [x.code, x.message, x.legal])).toEqual([
      [
        'ELIG_SCH_CHILD_WORK_EXCEPTION',
        'The child works as an intern: the scholarship continues (Permenaker 1/2025 Pasal 103 ayat (3a)).',
        WORK_LEGAL,
      ],
    ])
    expect(cond(child(r, 2), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_PU_EXCEPTION',
          message:
            'The child has worked as PU for 6 consecutive months, at most 6: the scholarship continues.',
          legal: WORK_LEGAL,
        },
      ],
    })
    expect(cond(child(r, 3), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_PU_TOO_LONG',
          message: 'The child has worked as PU for 7 consecutive months, more than 6: the scholarship ends.',
          legal: WORK_LEGAL,
        },
      ],
    })
    expect(cond(child(r, 4), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (children[4].puConsecutiveMonths).',
          legal: WORK_LEGAL,
        },
      ],
      missing: ['children[4].puConsecutiveMonths'],
    })
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', true],
      ['eligible', true],
      ['eligible', false],
      ['not-eligible', false],
      ['unknown', false],
    ])
    expect(step(r, 'eligibility.scholarship.child').parameters).toEqual([
      { id: 'scholarship.maxChildren', value: 2, from: '2019-12-02' },
      { id: 'scholarship.ageLimit', value: 23, from: '2019-12-02' },
      {
        id: 'scholarship.workException',
        value: { keepsKinds: ['BPU', 'intern'], puMaxConsecutiveMonths: 6 },
        from: '2025-02-24',
      },
    ])
  })

  it('a work kind the exception does not keep ends the scholarship, as before the exception (override)', () => {
    // unreachable with the law's figures (scholarship.workException keeps both BPU and intern): a per-call
    // override that keeps BPU only. An intern is then a working child (ELIG_SCH_CHILD_WORKING, the age
    // limit's citations), not a PU worker whose months are asked for; PU work still reads the PU limit.
    const r = checkScholarshipEligibility(
      {
        dateOfDeath: '2024-05-01',
        asOf: '2025-06-01',
        cause: 'natural',
        contributionMonths: 36,
        children: [
          { ...KID, working: 'intern' },
          { ...KID, working: 'pu' },
        ],
      },
      {
        ...EN,
        parameters: { 'scholarship.workException': { keepsKinds: ['BPU'], puMaxConsecutiveMonths: 6 } },
      },
    )
    expect(cond(child(r, 0), 'child.notWorking')).toEqual({
      id: 'child.notWorking',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILD_WORKING',
          message: 'The child works: the scholarship ends.',
          legal: AGE_LEGAL,
        },
      ],
    })
    expect(child(r, 0).status).toBe('not-eligible')
    expect(child(r, 0)).not.toHaveProperty('missing')
    expect(child(r, 1).status).toBe('unknown')
    expect(child(r, 1).missing).toEqual(['children[1].puConsecutiveMonths'])
  })

  it('puConsecutiveMonths without PU work is refused (ELIG_FIELD_NOT_APPLICABLE)', () => {
    expect(() =>
      checkScholarshipEligibility(
        { ...BASE, children: [{ ...KID, working: 'bpu', puConsecutiveMonths: 2 }] },
        EN,
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['children', 0, 'puConsecutiveMonths'],
            code: 'ELIG_FIELD_NOT_APPLICABLE',
          }),
        ],
      }),
    )
  })

  it('a child born 10 months after the death is accepted; one born later is refused (CHILD_BORN_TOO_LATE)', () => {
    const input = { ...BASE, asOf: '2025-06-01' }
    const r = checkScholarshipEligibility({ ...input, children: [{ ...KID, birthDate: '2025-03-01' }] }, EN)
    expect(child(r, 0).age).toBe(0)
    expect(child(r, 0).status).toBe('eligible')
    expect(() =>
      checkScholarshipEligibility({ ...input, children: [{ ...KID, birthDate: '2025-03-02' }] }, EN),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ['children', 0, 'birthDate'], code: 'CHILD_BORN_TOO_LATE' }),
        ],
      }),
    )
  })
})

describe('the places: at most 2 children under PP 82/2019, 1 under PP 44/2015 (decisions D14)', () => {
  it('three eligible children, none marked: the first two take the places, the third gets ELIG_SCH_LIMIT_REACHED', () => {
    const r = checkScholarshipEligibility({ ...BASE, children: [KID, KID, KID] }, EN)
    expect(r.status).toBe('eligible')
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', true],
      ['eligible', true],
      ['eligible', false],
    ])
    expect(child(r, 2).reasons.map((x) => x.code)).toEqual([
      'ELIG_SCH_CHILD_AGE_OK',
      'ELIG_SCH_CHILD_UNMARRIED',
      'ELIG_SCH_CHILD_NOT_WORKING',
      'ELIG_SCH_LIMIT_REACHED',
    ])
    expect(child(r, 2).reasons[3]).toEqual({
      code: 'ELIG_SCH_LIMIT_REACHED',
      message: 'The places are taken: the scholarship is for at most 2 child(ren).',
      legal: MAX_82,
    })
    expect(child(r, 0).reasons.map((x) => x.code)).not.toContain('ELIG_SCH_LIMIT_REACHED')
    expect(cond(r, 'scholarship.children')).toEqual({
      id: 'scholarship.children',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_SCH_CHILDREN_MET',
          message: 'Children who get the scholarship: 2 (at most 2).',
          legal: MAX_82,
        },
      ],
    })
    expect(
      r.warnings.filter((w) => w.code === 'ELIG_SCHOLARSHIP_ORDER_FALLBACK').map((w) => w.message),
    ).toEqual([
      '3 children may qualify and none is marked as a registered heir: at most the first 2 in input order are chosen (decision D14).',
    ])
  })

  it('two eligible children fill the places exactly: no fallback warning', () => {
    const r = checkScholarshipEligibility({ ...BASE, children: [KID, KID] }, EN)
    expect(r.children.map((c) => c.selected)).toEqual([true, true])
    expect(r.warnings.map((w) => w.code)).not.toContain('ELIG_SCHOLARSHIP_ORDER_FALLBACK')
    expect(cond(r, 'scholarship.children').reasons.map((x) => x.message)).toEqual([
      'Children who get the scholarship: 2 (at most 2).',
    ])
  })

  it('the fallback warning counts the eligible and unknown children, not the not-eligible ones', () => {
    const married = { ...KID, married: true }
    // two eligible and one not eligible: 2 candidates for 2 places, no warning
    const fits = checkScholarshipEligibility({ ...BASE, children: [KID, married, KID] }, EN)
    expect(fits.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', true],
      ['not-eligible', false],
      ['eligible', true],
    ])
    expect(fits.warnings.map((w) => w.code)).not.toContain('ELIG_SCHOLARSHIP_ORDER_FALLBACK')
    // eligible, unknown (married not given), not eligible, eligible: 3 candidates for 2 places
    const r = checkScholarshipEligibility(
      { ...BASE, children: [KID, { birthDate: '2010-01-01', working: 'no' }, married, KID] },
      EN,
    )
    expect(
      r.warnings.filter((w) => w.code === 'ELIG_SCHOLARSHIP_ORDER_FALLBACK').map((w) => w.message),
    ).toEqual([
      '3 children may qualify and none is marked as a registered heir: at most the first 2 in input order are chosen (decision D14).',
    ])
  })

  it('an unknown child first keeps a place open: the next eligible takes one, the last waits (null)', () => {
    const r = checkScholarshipEligibility(
      { ...BASE, children: [{ birthDate: '2010-01-01', working: 'no' }, KID, KID] },
      EN,
    )
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['unknown', null],
      ['eligible', true],
      ['eligible', null],
    ])
    expect(r.status).toBe('eligible')
    expect(cond(r, 'scholarship.children').reasons.map((x) => x.message)).toEqual([
      'Children who get the scholarship: 1 (at most 2).',
    ])
    const s = step(r, 'eligibility.scholarship.child', 0)
    expect(s.description).toBe('Child 0 (aged 14): cannot be settled yet; gets the scholarship: ?.')
    expect(s.value).toEqual({ status: 'unknown', selected: null })
    expect(s.inputs).toEqual({ index: 0, birthDate: '2010-01-01', asOf: '2024-06-01' })
    expect(step(r, 'eligibility.scholarship.child', 1).description).toBe(
      'Child 1 (aged 14): eligible; gets the scholarship: yes.',
    )
  })

  it('no child settled yet: scholarship.children unknown with the children’s missing paths in order', () => {
    const r = checkScholarshipEligibility(
      {
        ...BASE,
        children: [
          { birthDate: '2010-01-01', working: 'no' },
          { ...KID, married: true },
          { birthDate: '2012-03-04', married: false },
        ],
      },
      EN,
    )
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['children[0].married', 'children[2].working'])
    expect(cond(r, 'scholarship.children')).toEqual({
      id: 'scholarship.children',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message:
            'Cannot be settled yet: it depends on facts not given (children[0].married, children[2].working).',
          legal: MAX_82,
        },
      ],
      missing: ['children[0].married', 'children[2].working'],
    })
    const last = step(r, 'eligibility.scholarship')
    expect(last.inputs).toEqual({ missing: ['children[0].married', 'children[2].working'] })
    expect(last.value).toBe('unknown')
    expect(last.description).toBe('Result of scholarship: cannot be settled yet.')
  })

  it('no eligible child: ELIG_SCH_NO_ELIGIBLE_CHILD, not eligible', () => {
    const r = checkScholarshipEligibility(
      {
        ...BASE,
        children: [
          { ...KID, married: true },
          { ...KID, birthDate: '2000-01-01' },
        ],
      },
      EN,
    )
    expect(r.status).toBe('not-eligible')
    expect(cond(r, 'scholarship.children')).toEqual({
      id: 'scholarship.children',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_SCH_NO_ELIGIBLE_CHILD',
          message: 'No child meets the scholarship conditions.',
          legal: MAX_82,
        },
      ],
    })
    expect(step(r, 'eligibility.scholarship.child', 1).description).toBe(
      'Child 1 (aged 24): not eligible; gets the scholarship: no.',
    )
  })

  it('registered heirs first (Permenaker 1/2025 Pasal 103 ayat (2)): an unmarked eligible child gets no place', () => {
    const r = checkScholarshipEligibility(
      {
        ...BASE,
        children: [KID, { ...KID, registeredAsHeir: true }, { ...KID, married: true }],
      },
      EN,
    )
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', false],
      ['eligible', true],
      ['not-eligible', false],
    ])
    expect(child(r, 0).reasons.at(-1)).toEqual({
      code: 'ELIG_SCH_NOT_REGISTERED_HEIR',
      message:
        'The participant did not register this child as a scholarship heir, while other children are registered.',
      legal: HEIR_LEGAL,
    })
    // a not-eligible unmarked child gets no such reason
    expect(child(r, 2).reasons.map((x) => x.code)).not.toContain('ELIG_SCH_NOT_REGISTERED_HEIR')
    expect(cond(r, 'scholarship.children').reasons.map((x) => x.message)).toEqual([
      'Children who get the scholarship: 1 (at most 2).',
    ])
    expect(r.warnings.map((w) => w.code)).not.toContain('ELIG_SCHOLARSHIP_ORDER_FALLBACK')
    // the child step's citations: its reasons' (the age limit's, then D14 of the heir rule, Pasal 103 ayat (2)
    // already cited), then its parameters' (Pasal 103 of scholarship.maxChildren), each once
    expect(step(r, 'eligibility.scholarship.child', 0).legal).toEqual([
      ...AGE_LEGAL,
      D14,
      { source: 'PERMENAKER-1-2025', article: 'Pasal 103' },
    ])
  })

  it('every child marked false: nobody takes a place, not eligible', () => {
    const r = checkScholarshipEligibility(
      { ...BASE, children: [{ ...KID, registeredAsHeir: false }, KID] },
      EN,
    )
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', false],
      ['eligible', false],
    ])
    expect(r.status).toBe('not-eligible')
    expect(cond(r, 'scholarship.children').reasons.map((x) => x.code)).toEqual(['ELIG_SCH_NO_ELIGIBLE_CHILD'])
  })

  it('PP 44/2015 (death 2019-12-01): one place, no child conditions (ELIG_SCH_OLD_REGIME_CHILD)', () => {
    const r = checkScholarshipEligibility(
      {
        dateOfDeath: '2019-12-01',
        asOf: '2019-12-01',
        cause: 'natural',
        contributionMonths: 60,
        children: [{ birthDate: '1990-01-01' }, { birthDate: '2005-01-01', married: true, working: 'pu' }],
      },
      EN,
    )
    expect(r.status).toBe('eligible')
    expect(child(r, 0).conditions).toEqual([
      {
        id: 'child.regime',
        status: 'met',
        reasons: [
          {
            code: 'ELIG_SCH_OLD_REGIME_CHILD',
            message:
              'PP 44/2015 regime: the scholarship is one lump sum per participant; the PP 82/2019 child conditions do not apply.',
            legal: MODE_44,
          },
        ],
      },
    ])
    expect(r.children.map((c) => [c.status, c.selected])).toEqual([
      ['eligible', true],
      ['eligible', false],
    ])
    expect(child(r, 1).reasons.at(-1)).toEqual({
      code: 'ELIG_SCH_LIMIT_REACHED',
      message: 'The places are taken: the scholarship is for at most 1 child(ren).',
      legal: MAX_44,
    })
    expect(cond(r, 'scholarship.children').reasons).toEqual([
      {
        code: 'ELIG_SCH_CHILDREN_MET',
        message: 'Children who get the scholarship: 1 (at most 1).',
        legal: MAX_44,
      },
    ])
    expect(
      r.warnings.filter((w) => w.code === 'ELIG_SCHOLARSHIP_ORDER_FALLBACK').map((w) => w.message),
    ).toEqual([
      '2 children may qualify and none is marked as a registered heir: at most the first 1 in input order are chosen (decision D14).',
    ])
    expect(step(r, 'eligibility.scholarship.child').parameters).toEqual([
      { id: 'scholarship.maxChildren', value: 1, from: '2015-07-01', to: '2019-12-01' },
    ])
  })

  it('the steps of a full check and its overall result', () => {
    const r = checkScholarshipEligibility({ ...BASE, children: [KID] }, EN)
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.scholarship.regime',
      'eligibility.scholarship.contribution',
      'eligibility.scholarship.child',
      'eligibility.scholarship',
    ])
    const last = step(r, 'eligibility.scholarship')
    expect(last.inputs).toEqual({})
    expect(last.value).toBe('eligible')
    expect(last.description).toBe('Result of scholarship: eligible.')
    expect(r.reasons.map((x) => x.code)).toEqual(['ELIG_SCH_CONTRIB_MET', 'ELIG_SCH_CHILDREN_MET'])
    expect(r.dateOfDeath).toBe('2024-05-01')
    expect(r.asOf).toBe('2024-06-01')
    const notEligible = checkScholarshipEligibility({ ...BASE, contributionMonths: 1, children: [KID] }, EN)
    expect(step(notEligible, 'eligibility.scholarship').description).toBe(
      'Result of scholarship: not eligible.',
    )
    expect(step(notEligible, 'eligibility.scholarship').inputs).toEqual({})
  })
})
