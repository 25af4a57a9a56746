/**
 * Hostile inputs for checkEligibility and its siblings (jpPensionAgeOn, pensionAgeReachedOn,
 * checkJkpRegistration, checkJkpClaim, checkJkmClaim, checkScholarshipEligibility). Expected answers come
 * from regulations.md §7 (JP pension age 56 from 2015, 57 from 2019 …; JKP registration under 54; foreign
 * workers from 6 months), decisions D18 (ASN outside BPJS TK) and the issue 5 rules.
 */
import { expect } from 'vitest'
import { fromJson } from '../harness.js'
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const FN = 'checkEligibility'
/** A 35-year-old Indonesian employee of a large company, in JKN, on 2025-06-01. */
const E = {
  asOf: '2025-06-01',
  relationship: 'employee-company',
  birthDate: '1990-05-01',
  nationality: 'WNI',
  enterpriseSize: 'large',
  inJkn: true,
} as const

function without<T extends object, K extends keyof T>(o: T, k: K): Omit<T, K> {
  const { [k]: _drop, ...rest } = o
  return rest
}

export const eligibilityCases: readonly HostileCase[] = [
  {
    fn: FN,
    title: 'an employee of a large company is PU with JKK, JKM, JHT and JP mandatory',
    input: E,
    expect: ok({ category: 'PU', categoryStatus: 'determined' }),
  },
  {
    fn: FN,
    title: 'an ASN is outside BPJS TK (Taspen), not an error (D18)',
    input: { ...E, relationship: 'asn' },
    expect: ok({ category: null, categoryStatus: 'outside-bpjs-tk' }),
  },
  {
    fn: FN,
    title: "relationship 'employee' is not a relationship the law distinguishes",
    input: { ...E, relationship: 'employee' },
    expect: invalid([['relationship'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: "a typo 'relation' is an unknown key, and the relationship is missing",
    input: { ...without(E, 'relationship'), relation: 'employee-company' },
    expect: invalid([['relation'], 'UNKNOWN_KEY'], [['relationship'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'a 200-year-old (born 1825) is refused',
    input: { ...E, birthDate: '1825-01-01' },
    expect: invalid([['birthDate'], 'DATE_INVALID']),
  },
  {
    fn: FN,
    title: 'a birth date after the as-of date is refused',
    input: { ...E, birthDate: '2026-01-01' },
    expect: invalid([['birthDate'], 'ELIG_DATE_ORDER']),
  },
  {
    fn: FN,
    title: 'a 10-year-old employee is flagged as a child worker (UU 13/2003 Pasal 68), not silently enrolled',
    input: { ...E, birthDate: '2015-01-01' },
    expect: ok({
      age: { years: 10, workingAge: { status: 'child', minimumAge: 18 } },
      warnings: expect.arrayContaining([expect.objectContaining({ code: 'ELIG_CHILD_WORKER' })]),
    }),
  },
  {
    fn: FN,
    title: 'a 124-year-old is past the JP pension age and past the JKP registration age',
    input: { ...E, birthDate: '1901-01-01' },
    expect: ok({ category: 'PU' }),
  },
  {
    fn: FN,
    title: 'as-of 2015-06-30 is before coverage',
    input: { ...E, asOf: '2015-06-30' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['asOf']),
  },
  {
    fn: FN,
    title: 'as-of in 2999 is far in the future',
    input: { ...E, asOf: '2999-01-01' },
    expect: ruleError('DATE_AFTER_COVERAGE', ['asOf']),
  },
  {
    fn: FN,
    title: 'an invalid Date as the as-of date is refused',
    args: () => [{ ...E, asOf: new Date(Number.NaN) }],
    expect: invalid([['asOf'], 'DATE_OBJECT_INVALID']),
  },
  {
    fn: FN,
    title: "as-of '2025-02-29' does not exist",
    input: { ...E, asOf: '2025-02-29' },
    expect: invalid([['asOf'], 'DATE_INVALID']),
  },
  {
    fn: FN,
    title: '10,000 months worked in Indonesia are refused',
    input: { ...E, monthsWorkedInIndonesia: 10_000 },
    expect: invalid([['monthsWorkedInIndonesia'], 'TOO_BIG']),
  },
  {
    fn: FN,
    title: 'a foreigner who has worked 5 months is not (yet) a participant',
    input: { ...E, nationality: 'WNA', monthsWorkedInIndonesia: 5 },
    expect: ok({ category: null, categoryStatus: 'not-a-participant' }),
  },
  {
    fn: FN,
    title: 'a foreigner who has worked 6 months is PU',
    input: { ...E, nationality: 'WNA', monthsWorkedInIndonesia: 6 },
    expect: ok({ category: 'PU', categoryStatus: 'determined' }),
  },
  {
    fn: FN,
    title: 'a duplicated enrolled program is refused at its index',
    input: { ...E, enrolledPrograms: ['JKK', 'JKK'] },
    expect: invalid([['enrolledPrograms', 1], 'DUPLICATE_VALUE']),
  },
  {
    fn: FN,
    title: 'six enrolled programs (there are five) are refused',
    input: { ...E, enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP', 'JKP', 'JKK'] },
    expect: invalid([['enrolledPrograms'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: FN,
    title: 'a religious worker paid by a city budget is BPU (issue 5)',
    input: { asOf: '2025-06-01', relationship: 'religious-worker', payer: 'apbd' },
    expect: ok({ category: 'BPU' }),
  },
  {
    fn: FN,
    title: 'an own __proto__ key is refused',
    args: () => [
      fromJson('{"asOf":"2025-06-01","relationship":"employee-company","__proto__":{"polluted":true}}'),
    ],
    expect: invalid([['__proto__'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: "wageEarner 'yes' (text) is not a boolean",
    input: { ...E, wageEarner: 'yes' },
    expect: invalid([['wageEarner'], 'INVALID_TYPE']),
  },

  // ── siblings ───────────────────────────────────────────────────────────────────────────────────
  {
    fn: 'jpPensionAgeOn',
    title: 'the JP pension age is 56 on 2018-12-31 (PP 45/2015 Pasal 15)',
    input: { date: '2018-12-31' },
    expect: ok({ pensionAge: 56 }),
  },
  {
    fn: 'jpPensionAgeOn',
    title: 'the JP pension age is 57 on 2019-01-01',
    input: { date: '2019-01-01' },
    expect: ok({ pensionAge: 57 }),
  },
  {
    fn: 'jpPensionAgeOn',
    title: 'null is not an input object',
    input: null,
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: 'jpPensionAgeOn',
    title: 'a date before 2015-07-01 is before coverage',
    input: { date: '2015-06-30' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['date']),
  },
  {
    fn: 'pensionAgeReachedOn',
    title: 'born 1960-01-01: pension age 56 reached on 2016-01-01',
    input: { birthDate: '1960-01-01' },
    expect: ok({ pensionAge: 56, date: '2016-01-01' }),
  },
  {
    fn: 'pensionAgeReachedOn',
    title: 'a birth date in 1824 is refused',
    input: { birthDate: '1824-01-01' },
    expect: invalid([['birthDate'], 'DATE_INVALID']),
  },
  {
    fn: 'checkJkpRegistration',
    title: 'a 53-year-old may register for JKP (under 54, PP 37/2021 Pasal 4)',
    input: {
      registrationDate: '2025-06-01',
      birthDate: '1972-01-01',
      nationality: 'WNI',
      employmentRelationship: true,
      enterpriseSize: 'large',
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
      inJkn: true,
    },
    expect: ok({ status: 'eligible' }),
  },
  {
    fn: 'checkJkpRegistration',
    title: 'a 54-year-old may not register for JKP',
    input: {
      registrationDate: '2025-06-01',
      birthDate: '1971-05-01',
      nationality: 'WNI',
      employmentRelationship: true,
      enterpriseSize: 'large',
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
      inJkn: true,
    },
    expect: ok({ status: 'not-eligible' }),
  },
  {
    fn: 'checkJkpClaim',
    title: 'a claim date before the layoff is refused',
    input: { layoffDate: '2025-06-01', claimDate: '2025-05-01' },
    expect: invalid([['claimDate'], 'ELIG_DATE_ORDER']),
  },
  {
    fn: 'checkJkpClaim',
    title: "a paid period '2025-13' is refused at its index",
    input: { layoffDate: '2025-06-01', paidPeriods: ['2025-13'] },
    expect: invalid([['paidPeriods', 0], 'PERIOD_INVALID']),
  },
  {
    fn: 'checkJkpClaim',
    title: '601 paid periods are refused',
    input: { layoffDate: '2025-06-01', paidPeriods: Array.from({ length: 601 }, () => '2025-01') },
    expect: invalid([['paidPeriods'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: 'checkJkmClaim',
    title: 'a work-accident death is not a JKM claim',
    input: { dateOfDeath: '2024-05-10', category: 'PU', cause: 'work-accident', membershipActive: true },
    expect: ok({ status: 'not-eligible' }),
  },
  {
    fn: 'checkJkmClaim',
    title: 'membership starting after the death is refused',
    input: {
      dateOfDeath: '2024-05-10',
      category: 'PU',
      cause: 'natural',
      membershipActive: true,
      membershipStart: '2025-01-01',
    },
    expect: invalid([['membershipStart'], 'ELIG_DATE_ORDER']),
  },
  {
    fn: 'checkScholarshipEligibility',
    title: 'an as-of date before the death is refused',
    input: { dateOfDeath: '2024-05-10', asOf: '2024-01-01' },
    expect: invalid([['asOf'], 'ELIG_DATE_ORDER']),
  },
  {
    fn: 'checkScholarshipEligibility',
    title: '1,000 children are refused',
    input: {
      dateOfDeath: '2024-05-10',
      asOf: '2024-06-01',
      children: Array.from({ length: 1000 }, () => ({ birthDate: '2010-01-01' })),
    },
    expect: invalid([['children'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: 'checkScholarshipEligibility',
    title:
      'a child born 12 months after the death is refused, as calculateJkmBenefit refuses it (posthumous limit)',
    input: {
      dateOfDeath: '2024-05-10',
      asOf: '2026-06-01',
      cause: 'natural',
      contributionMonths: 48,
      children: [{ birthDate: '2025-06-01' }],
    },
    expect: invalid([['children', 0, 'birthDate'], 'CHILD_BORN_TOO_LATE']),
  },
]
