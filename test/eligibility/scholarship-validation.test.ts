/**
 * The input checks of checkScholarshipEligibility (scholarship.ts `inputIssues`, `posthumousLimit`,
 * `validateInput`): the order of the dates (asOf not before the death, the death not before the membership,
 * no child born after asOf), puConsecutiveMonths only for a child working as PU, a child born more than
 * `jkm.posthumousChildMaxMonths` (10) after the death, the library's span of dates, and the one pass that
 * reports the schema's issues and the cross-field issues together. Every path, code, params and English
 * message is written out from validate.ts, the message catalogs and src/parameters/coverage.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  checkScholarshipEligibility,
  type ScholarshipEligibilityInput,
} from '../../src/index.js'

const EN = { locale: 'en' } as const
const BASE: ScholarshipEligibilityInput = {
  dateOfDeath: '2024-05-01',
  asOf: '2024-06-01',
  cause: 'natural',
  contributionMonths: 36,
}
const KID = { birthDate: '2010-01-01', married: false, working: 'no' } as const

/** The issues of a refused input (path, code, params, message), or [] when it is accepted. */
function issuesOf(input: unknown) {
  try {
    checkScholarshipEligibility(input as ScholarshipEligibilityInput, EN)
  } catch (e) {
    if (!(e instanceof BpjsValidationError)) throw e
    return e.issues.map((i) => ({ path: i.path, code: i.code, params: i.params, message: i.message }))
  }
  return []
}

/** The rule error of a refused date (code, path, params, message). */
function ruleErrorOf(input: ScholarshipEligibilityInput) {
  try {
    checkScholarshipEligibility(input, EN)
  } catch (e) {
    if (!(e instanceof BpjsRuleError)) throw e
    return { code: e.code, path: e.path, params: e.params, message: e.message }
  }
  throw new Error('accepted')
}

describe('the order of the dates (ELIG_DATE_ORDER)', () => {
  it('asOf before the date of death is refused at asOf; on the date of death it is accepted', () => {
    expect(issuesOf({ ...BASE, asOf: '2024-05-01' })).toEqual([])
    expect(issuesOf({ ...BASE, asOf: '2024-04-30' })).toEqual([
      {
        path: ['asOf'],
        code: 'ELIG_DATE_ORDER',
        params: { field: 'asOf', value: '2024-04-30', other: 'dateOfDeath', otherValue: '2024-05-01' },
        message: 'asOf (2024-04-30) cannot be before dateOfDeath (2024-05-01).',
      },
    ])
  })

  it('a death before the membership start is refused at membershipStart; on the same day it is accepted', () => {
    expect(issuesOf({ ...BASE, membershipStart: '2024-05-01' })).toEqual([])
    expect(issuesOf({ ...BASE, membershipStart: '2024-05-02' })).toEqual([
      {
        path: ['membershipStart'],
        code: 'ELIG_DATE_ORDER',
        params: {
          field: 'dateOfDeath',
          value: '2024-05-01',
          other: 'membershipStart',
          otherValue: '2024-05-02',
        },
        message: 'dateOfDeath (2024-05-01) cannot be before membershipStart (2024-05-02).',
      },
    ])
  })

  it('a child born after asOf is refused at children[i].birthDate, named by its index', () => {
    // born 2024-06-02: after the death, but well inside the 10 months a posthumous child may be born in
    expect(issuesOf({ ...BASE, children: [KID, { ...KID, birthDate: '2024-06-01' }] })).toEqual([])
    expect(issuesOf({ ...BASE, children: [KID, { ...KID, birthDate: '2024-06-02' }] })).toEqual([
      {
        path: ['children', 1, 'birthDate'],
        code: 'ELIG_DATE_ORDER',
        params: {
          field: 'asOf',
          value: '2024-06-01',
          other: 'children[1].birthDate',
          otherValue: '2024-06-02',
        },
        message: 'asOf (2024-06-01) cannot be before children[1].birthDate (2024-06-02).',
      },
    ])
  })

  it('every date out of order at once: asOf, membershipStart, then the children', () => {
    expect(
      issuesOf({
        ...BASE,
        asOf: '2024-04-30',
        membershipStart: '2024-05-02',
        children: [KID, { ...KID, birthDate: '2024-05-01' }],
      }).map((i) => [i.path, i.code]),
    ).toEqual([
      [['asOf'], 'ELIG_DATE_ORDER'],
      [['membershipStart'], 'ELIG_DATE_ORDER'],
      [['children', 1, 'birthDate'], 'ELIG_DATE_ORDER'],
    ])
  })
})

describe('puConsecutiveMonths applies only to a child working as PU (ELIG_FIELD_NOT_APPLICABLE)', () => {
  it('refused for no work given, no, BPU and intern, with the child’s work as context', () => {
    const months = { birthDate: '2010-01-01', married: false, puConsecutiveMonths: 2 } as const
    const issues = issuesOf({
      ...BASE,
      children: [
        months,
        { ...months, working: 'no' },
        { ...months, working: 'bpu' },
        { ...months, working: 'intern' },
        { ...months, working: 'pu' },
      ],
    })
    // no work given: the context shows a dash
    const expected = (i: number, working: string) => ({
      path: ['children', i, 'puConsecutiveMonths'],
      code: 'ELIG_FIELD_NOT_APPLICABLE',
      params: { field: 'puConsecutiveMonths', context: `working: ${working}` },
      message: `The field puConsecutiveMonths does not apply to working: ${working}.`,
    })
    expect(issues).toEqual([expected(0, '—'), expected(1, 'no'), expected(2, 'bpu'), expected(3, 'intern')])
  })
})

describe('a child born after the death: at most jkm.posthumousChildMaxMonths (10) later', () => {
  it('any child born too late is refused, even after a child born before the death', () => {
    // 2024-05-01 + 10 months = 2025-03-01, the latest birth date accepted
    const input = { ...BASE, asOf: '2025-06-01' }
    expect(issuesOf({ ...input, children: [KID, { ...KID, birthDate: '2025-03-01' }] })).toEqual([])
    expect(issuesOf({ ...input, children: [KID, { ...KID, birthDate: '2025-03-02' }] })).toEqual([
      {
        path: ['children', 1, 'birthDate'],
        code: 'CHILD_BORN_TOO_LATE',
        params: { birthDate: '2025-03-02', latest: '2025-03-01', months: 10 },
        message:
          'The child was born on 2025-03-02, more than 10 months after the participant died (latest 2025-03-01): check the birth date.',
      },
    ])
  })

  it('the limit (a low-confidence parameter) is read only when a child is born after the death', () => {
    const input = { ...BASE, asOf: '2025-06-01' }
    const onTheDay = checkScholarshipEligibility(
      { ...input, children: [{ ...KID, birthDate: '2024-05-01' }] },
      EN,
    )
    expect(onTheDay.explanation.parameters.map((p) => p.id)).not.toContain('jkm.posthumousChildMaxMonths')
    expect(onTheDay.warnings.map((w) => w.code)).not.toContain('LOW_CONFIDENCE_RULE')
    const dayAfter = checkScholarshipEligibility(
      { ...input, children: [{ ...KID, birthDate: '2024-05-02' }] },
      EN,
    )
    expect(dayAfter.explanation.parameters.map((p) => p.id)).toContain('jkm.posthumousChildMaxMonths')
    expect(dayAfter.warnings.filter((w) => w.code === 'LOW_CONFIDENCE_RULE')).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jkm.posthumousChildMaxMonths, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jkm.posthumousChildMaxMonths',
      },
    ])
  })
})

describe('one pass: the schema’s issues and the cross-field issues in one error', () => {
  it('a refused field and a date out of order are reported together, the schema’s first', () => {
    const issues = issuesOf({ ...BASE, asOf: '2024-04-30', contributionMonths: -1 })
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['contributionMonths'], 'TOO_SMALL'],
      [['asOf'], 'ELIG_DATE_ORDER'],
    ])
    expect(issues[1]?.message).toBe('asOf (2024-04-30) cannot be before dateOfDeath (2024-05-01).')
  })

  it('a refused field and puConsecutiveMonths without PU work are reported together', () => {
    const issues = issuesOf({
      ...BASE,
      contributionMonths: -1,
      children: [{ ...KID, working: 'bpu', puConsecutiveMonths: 2 }],
    })
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['contributionMonths'], 'TOO_SMALL'],
      [['children', 0, 'puConsecutiveMonths'], 'ELIG_FIELD_NOT_APPLICABLE'],
    ])
  })

  it('a refused field and a child born too late are reported together', () => {
    const issues = issuesOf({
      ...BASE,
      asOf: '2025-06-01',
      contributionMonths: -1,
      children: [{ ...KID, birthDate: '2025-03-02' }],
    })
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['contributionMonths'], 'TOO_SMALL'],
      [['children', 0, 'birthDate'], 'CHILD_BORN_TOO_LATE'],
    ])
    expect(issues[1]?.params).toEqual({ birthDate: '2025-03-02', latest: '2025-03-01', months: 10 })
  })
  it('a death past the horizon: the posthumous limit (which reads the law) is skipped, the other checks kept', () => {
    // the limit is not knowable for a death the library does not cover; puConsecutiveMonths for a BPU child
    // needs no law and is still reported with the schema's issue
    const issues = issuesOf({
      dateOfDeath: '2037-01-01',
      asOf: '2037-03-01',
      cause: 'natural',
      contributionMonths: -1,
      children: [{ ...KID, birthDate: '2037-02-01', working: 'bpu', puConsecutiveMonths: 2 }],
    })
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['contributionMonths'], 'TOO_SMALL'],
      [['children', 0, 'puConsecutiveMonths'], 'ELIG_FIELD_NOT_APPLICABLE'],
    ])
  })
})

describe('the dates the library covers (2015-07-01 to 2036-12-31)', () => {
  it('a death before 2015-07-01 is refused at dateOfDeath (DATE_BEFORE_COVERAGE)', () => {
    expect(
      checkScholarshipEligibility(
        { dateOfDeath: '2015-07-01', asOf: '2015-07-01', cause: 'natural', contributionMonths: 60 },
        EN,
      ).regime,
    ).toBe('PP-44-2015')
    expect(
      ruleErrorOf({
        dateOfDeath: '2015-06-30',
        asOf: '2015-07-01',
        cause: 'natural',
        contributionMonths: 60,
      }),
    ).toEqual({
      code: 'DATE_BEFORE_COVERAGE',
      path: ['dateOfDeath'],
      params: { date: '2015-06-30', coverageStart: '2015-07-01' },
      message:
        'The date 2015-06-30 is before this library’s coverage: the BPJS Ketenagakerjaan rules it models apply from 2015-07-01 (PP 44/2015, PP 45/2015, PP 46/2015).',
    })
  })

  it('an asOf past 2036-12-31 is refused at asOf (DATE_AFTER_COVERAGE)', () => {
    expect(checkScholarshipEligibility({ ...BASE, asOf: '2036-12-31' }, EN).asOf).toBe('2036-12-31')
    expect(ruleErrorOf({ ...BASE, asOf: '2037-01-01' })).toEqual({
      code: 'DATE_AFTER_COVERAGE',
      path: ['asOf'],
      params: { date: '2037-01-01', horizon: '2036-12-31', verifiedOn: '2026-11-24' },
      message:
        'The date 2037-01-01 is past this library’s projection horizon (2036-12-31). Its legal data was last verified on 2026-11-24.',
    })
  })
})
