/**
 * One pass for the cross-field checks (issue 20): an input with a schema error and a cross-field error
 * (including the checks that read the law of the date) gets both issues, at their paths, in one
 * BpjsValidationError — and so do bad options with a cross-field error. Every expected issue is read from
 * the law or the input by hand (the comment on each case says why it is a problem), not from the code's
 * output.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  checkEligibility,
  checkJkmClaim,
  checkJkpClaim,
  checkJkpRegistration,
  checkScholarshipEligibility,
} from '../../src/index.js'

/** The `[path, code]` of every issue the call reports (sorted), or `[]` when it does not throw one. */
function issues(call: () => unknown): [string, string][] {
  try {
    call()
  } catch (e) {
    if (e instanceof BpjsValidationError)
      return e.issues.map((i) => [i.path.join('.'), i.code] as [string, string]).sort()
    throw e
  }
  return []
}

describe('schema and cross-field errors in one report', () => {
  it('calculateJkmBenefit: a registration after the death next to a wrong type', () => {
    expect(
      issues(() =>
        calculateJkmBenefit({
          dateOfDeath: '2021-03-10',
          category: 'PU',
          membershipStart: '2022-01-01', // after the death
          cause: 'natural',
          membershipActive: 'yes' as never, // not a boolean
        }),
      ),
    ).toEqual([
      ['membershipActive', 'INVALID_TYPE'],
      ['membershipStart', 'MEMBERSHIP_AFTER_DEATH'],
    ])
  })

  it('calculateJkmBenefit: the posthumous limit (read from the law of the death) next to a refused child', () => {
    // jkm.posthumousChildMaxMonths is 10: a child born 2022-03-01 is 11 months and more after 2021-03-10
    expect(
      issues(() =>
        calculateJkmBenefit({
          dateOfDeath: '2021-03-10',
          category: 'PU',
          membershipStart: '2015-01-05',
          cause: 'natural',
          membershipActive: true,
          children: [{ birthDate: '2022-03-01' }, { birthDate: '2010-13-01' }],
        }),
      ),
    ).toEqual([
      ['children.0.birthDate', 'CHILD_BORN_TOO_LATE'],
      ['children.1.birthDate', 'DATE_INVALID'],
    ])
  })

  it('calculateJkmBenefit: bad options and a cross-field error in one report', () => {
    const r = issues(() =>
      calculateJkmBenefit(
        {
          dateOfDeath: '2021-03-10',
          category: 'PU',
          membershipStart: '2022-01-01',
          cause: 'natural',
          membershipActive: true,
        },
        { locale: 'fr' as never },
      ),
    )
    expect(r).toEqual([
      ['membershipStart', 'MEMBERSHIP_AFTER_DEATH'],
      ['options.locale', 'INVALID_VALUE'],
    ])
  })

  it('calculateJkkDeathBenefit: an accident after the death next to a negative count', () => {
    expect(
      issues(() =>
        calculateJkkDeathBenefit({
          dateOfDeath: '2021-03-10',
          dateOfAccident: '2021-04-01', // after the death
          category: 'PU',
          monthlyWage: 5_000_000,
          cause: 'work-accident',
          membershipActive: true,
          employerArrearsMonths: -1, // below 0
        }),
      ),
    ).toEqual([
      ['dateOfAccident', 'ACCIDENT_AFTER_DEATH'],
      ['employerArrearsMonths', 'TOO_SMALL'],
    ])
  })

  it('checkEligibility: a birth after the check date next to an unknown nationality', () => {
    expect(
      issues(() =>
        checkEligibility({
          asOf: '2025-03-01',
          relationship: 'employee-company',
          birthDate: '2026-01-01', // after asOf
          nationality: 'XX' as never,
        }),
      ),
    ).toEqual([
      ['birthDate', 'ELIG_DATE_ORDER'],
      ['nationality', 'INVALID_VALUE'],
    ])
  })

  it('checkEligibility: a field of another relationship is reported only once the relationship is valid', () => {
    // `wageEarner` applies to the vulnerable-worker relationships only; with no valid relationship it is
    // not knowable whether it applies
    expect(
      issues(() => checkEligibility({ asOf: '2025-03-01', relationship: 'boss' as never, wageEarner: true })),
    ).toEqual([['relationship', 'INVALID_VALUE']])
    expect(
      issues(() =>
        checkEligibility({
          asOf: '2025-03-01',
          relationship: 'employee-company',
          wageEarner: true,
          inJkn: 1 as never,
        }),
      ),
    ).toEqual([
      ['inJkn', 'INVALID_TYPE'],
      ['wageEarner', 'ELIG_FIELD_NOT_APPLICABLE'],
    ])
  })

  it('checkJkpRegistration: date order and a repeated program next to a wrong type', () => {
    expect(
      issues(() =>
        checkJkpRegistration({
          registrationDate: '2025-03-01',
          birthDate: '2026-01-01', // after the registration
          enrolledPrograms: ['JKK', 'JKK'], // JKK twice
          inJkn: 'yes' as never,
        }),
      ),
    ).toEqual([
      ['birthDate', 'ELIG_DATE_ORDER'],
      ['enrolledPrograms.1', 'DUPLICATE_VALUE'],
      ['inJkn', 'INVALID_TYPE'],
    ])
  })

  it('checkJkpClaim: more months than the window of the law (24, PP 37/2021) next to a wrong type', () => {
    expect(
      issues(() =>
        checkJkpClaim({
          layoffDate: '2025-03-10',
          contributionMonthsInWindow: 30, // the window is 24 months
          employedAgain: 'no' as never,
        }),
      ),
    ).toEqual([
      ['contributionMonthsInWindow', 'ELIG_MONTHS_EXCEED_WINDOW'],
      ['employedAgain', 'INVALID_TYPE'],
    ])
  })

  it('checkJkmClaim: a registration after the death next to an unknown cause', () => {
    expect(
      issues(() =>
        checkJkmClaim({
          dateOfDeath: '2025-06-10',
          category: 'PU',
          membershipStart: '2025-07-01', // after the death
          cause: 'illness' as never,
        }),
      ),
    ).toEqual([
      ['cause', 'INVALID_VALUE'],
      ['membershipStart', 'ELIG_DATE_ORDER'],
    ])
  })

  it('checkScholarshipEligibility: a child born after the check and past the posthumous limit, next to a negative count', () => {
    // born 2025-06-01: after asOf 2024-06-01, and more than 10 months after the death on 2024-05-01
    expect(
      issues(() =>
        checkScholarshipEligibility({
          dateOfDeath: '2024-05-01',
          asOf: '2024-06-01',
          contributionMonths: -5,
          children: [{ birthDate: '2025-06-01' }],
        }),
      ),
    ).toEqual([
      ['children.0.birthDate', 'CHILD_BORN_TOO_LATE'],
      ['children.0.birthDate', 'ELIG_DATE_ORDER'],
      ['contributionMonths', 'TOO_SMALL'],
    ])
  })

  it('a valid input still gets its result (the checks are made again in the call, recorded in its trace)', () => {
    const r = calculateJkmBenefit({
      dateOfDeath: '2021-03-10',
      category: 'PU',
      membershipStart: '2015-01-05',
      cause: 'natural',
      membershipActive: true,
      children: [{ birthDate: '2021-12-01' }], // 9 months after the death: within the 10-month limit
    })
    // PP 82/2019: 20,000,000 + 24 × 500,000 + 10,000,000
    expect(r.total).toBe(42_000_000)
  })
})
