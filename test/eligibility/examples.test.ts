/** The @example blocks of the eligibility functions, run as written (their `//=>` values must be true). */
import { describe, expect, it } from 'vitest'
import {
  checkEligibility,
  checkJkmClaim,
  checkJkpClaim,
  checkJkpRegistration,
  checkScholarshipEligibility,
  jpPensionAgeOn,
  pensionAgeReachedOn,
} from '../../src/index.js'

describe('TSDoc examples of the eligibility area', () => {
  it('jpPensionAgeOn', () => {
    expect(jpPensionAgeOn({ date: '2018-12-31' }).pensionAge).toBe(56)
    expect(jpPensionAgeOn('2019-01-01').pensionAge).toBe(57)
    expect(jpPensionAgeOn('2025-01-01').pensionAge).toBe(59)
    expect(() => jpPensionAgeOn('2015-06-30')).toThrow(
      expect.objectContaining({ name: 'BpjsRuleError', code: 'DATE_BEFORE_COVERAGE' }),
    )
  })
  it('pensionAgeReachedOn', () => {
    expect(pensionAgeReachedOn({ birthDate: '1962-12-31' }).date).toBe('2018-12-31')
    expect(pensionAgeReachedOn('1963-01-01').date).toBe('2020-01-01')
    expect(pensionAgeReachedOn('1965-07-16').jpRegistrationUntil).toBe('2023-06-30')
    expect(pensionAgeReachedOn('1964-02-29').date).toBe('2021-03-01')
    expect(pensionAgeReachedOn('1990-05-10')).toMatchObject({
      pensionAge: 65,
      date: '2055-05-10',
      projected: true,
    })
  })
  it('checkEligibility', () => {
    const r = checkEligibility({
      asOf: '2025-03-01',
      relationship: 'employee-company',
      nationality: 'WNI',
      birthDate: '1990-05-10',
      enterpriseSize: 'large',
      inJkn: true,
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
    })
    expect(r.category).toBe('PU')
    expect(r.programs.map((p) => `${p.program}:${p.status}`)).toEqual([
      'JKK:mandatory',
      'JKM:mandatory',
      'JHT:mandatory',
      'JP:mandatory',
      'JKP:mandatory',
    ])
    expect(checkEligibility({ asOf: '2025-03-01', relationship: 'asn' }).categoryStatus).toBe(
      'outside-bpjs-tk',
    )
    const u = checkEligibility({ asOf: '2025-03-01', relationship: 'employee-company', nationality: 'WNI' })
    expect(u.programs[3]).toMatchObject({
      program: 'JP',
      status: 'unknown',
      missing: ['enterpriseSize', 'birthDate'],
    })
  })
  it('checkJkpRegistration', () => {
    const base = {
      registrationDate: '2025-03-01',
      nationality: 'WNI',
      employmentRelationship: true,
      enterpriseSize: 'small',
      enrolledPrograms: ['JKK', 'JKM', 'JHT'],
      inJkn: true,
    } as const
    expect(checkJkpRegistration({ ...base, birthDate: '1971-03-02' }).status).toBe('eligible')
    expect(checkJkpRegistration({ ...base, birthDate: '1971-03-01' }).status).toBe('not-eligible')
    expect(checkJkpRegistration({ registrationDate: '2025-03-01' }).missing).toEqual([
      'nationality',
      'birthDate',
      'employmentRelationship',
      'enrolledPrograms',
      'enterpriseSize',
      'inJkn',
    ])
  })
  it('checkJkpClaim', () => {
    const r = checkJkpClaim({
      layoffDate: '2025-03-10',
      claimDate: '2025-09-10',
      reasonForLeaving: 'layoff',
      contributionMonthsInWindow: 14,
      consecutiveMonthsBeforeLayoff: 8,
      employedAgain: false,
    })
    expect(r.status).toBe('eligible')
    expect(r.claimDeadline).toBe('2025-09-10')
    expect(
      checkJkpClaim({
        layoffDate: '2024-03-10',
        claimDate: '2024-06-11',
        reasonForLeaving: 'layoff',
        contributionMonthsInWindow: 14,
        consecutiveMonthsBeforeLayoff: 8,
        employedAgain: false,
      }).status,
    ).toBe('not-eligible')
  })
  it('checkJkmClaim', () => {
    expect(
      checkJkmClaim({
        dateOfDeath: '2025-06-09',
        category: 'BPU',
        cause: 'natural',
        paidThrough: '2025-06',
        membershipStart: '2025-03-10',
      }).entitlement,
    ).toBe('short-membership')
    expect(
      checkJkmClaim({
        dateOfDeath: '2025-06-10',
        category: 'BPU',
        cause: 'natural',
        paidThrough: '2025-06',
        membershipStart: '2025-03-10',
      }).entitlement,
    ).toBe('full')
    expect(
      checkJkmClaim({
        dateOfDeath: '2025-06-10',
        category: 'PU',
        cause: 'work-accident',
        membershipActive: true,
      }).reasons[0]?.code,
    ).toBe('WORK_ACCIDENT_USE_JKK')
  })
  it('checkScholarshipEligibility', () => {
    const r = checkScholarshipEligibility({
      dateOfDeath: '2024-05-01',
      asOf: '2024-06-01',
      cause: 'natural',
      contributionMonths: 36,
      children: [
        { birthDate: '2010-01-01', married: false, working: 'no' },
        { birthDate: '2001-06-01', married: false, working: 'no' },
      ],
    })
    expect(r.status).toBe('eligible')
    expect(r.children.map((c) => c.status)).toEqual(['eligible', 'not-eligible'])
  })
})
