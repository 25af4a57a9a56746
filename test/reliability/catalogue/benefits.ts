/**
 * Hostile inputs for calculateJkmBenefit, calculateJkkDeathBenefit and determineHeirs. Valid amounts are the
 * published figures (regulations.md §6): PP 44/2015 16.2M + 4.8M + 3M = 24M; PP 82/2019 20M + 12M + 10M =
 * 42M; JKK death 48 × wage + 12M + 10M; decisions D2 (BPU under 3 months: 8M + 2M), D4, D5, D21.
 */
import { expect } from 'vitest'
import { fromJson, OVERFLOW } from '../harness.js'
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const JKM = 'calculateJkmBenefit'
const JKK = 'calculateJkkDeathBenefit'
const HEIRS = 'determineHeirs'

/** A PU worker who died of illness on 2024-05-10, member since 2020, membership active, no arrears. */
const J = {
  dateOfDeath: '2024-05-10',
  category: 'PU',
  membershipStart: '2020-01-01',
  cause: 'natural',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const
/** A PU worker who died in a work accident on 2021-03-10 with a monthly wage of Rp5,000,000 (issue 4). */
const K = {
  dateOfDeath: '2021-03-10',
  category: 'PU',
  monthlyWage: 5_000_000,
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const
const H = { dateOfDeath: '2024-05-10', family: [{ relation: 'spouse' }, { relation: 'child' }] } as const

function without<T extends object, K2 extends keyof T>(o: T, k: K2): Omit<T, K2> {
  const { [k]: _drop, ...rest } = o
  return rest
}
const child = (birthDate: string) => ({ birthDate })

export const benefitsCases: readonly HostileCase[] = [
  // ── calculateJkmBenefit: dates ──────────────────────────────────────────────────────────────────
  {
    fn: JKM,
    title: "death on '2025-02-29' (no such day) is refused",
    input: { ...J, dateOfDeath: '2025-02-29' },
    expect: invalid([['dateOfDeath'], 'DATE_INVALID']),
  },
  {
    fn: JKM,
    title: "death on '2024-02-29' (leap day) is valid: PP 82/2019, 20M + 12M + 10M = 42M",
    input: { ...J, dateOfDeath: '2024-02-29' },
    expect: ok({
      status: 'payable',
      lumpSum: 20_000_000,
      periodic: 12_000_000,
      funeral: 10_000_000,
      total: 42_000_000,
    }),
  },
  {
    fn: JKM,
    title: 'death on 2015-06-30, before coverage (D19)',
    input: { ...J, dateOfDeath: '2015-06-30', membershipStart: '2015-01-01' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['dateOfDeath']),
  },
  {
    fn: JKM,
    title: 'death in 2999 is far in the future',
    input: { ...J, dateOfDeath: '2999-01-01' },
    expect: ruleError('DATE_AFTER_COVERAGE', ['dateOfDeath']),
  },
  {
    fn: JKM,
    title: 'an invalid Date as the date of death is refused',
    args: () => [{ ...J, dateOfDeath: new Date(Number.NaN) }],
    expect: invalid([['dateOfDeath'], 'DATE_OBJECT_INVALID']),
  },
  {
    fn: JKM,
    title: "a Date for the date of death is the calendar date (new Date('2024-05-10'))",
    args: () => [{ ...J, dateOfDeath: new Date('2024-05-10') }],
    expect: ok({ dateOfDeath: '2024-05-10', total: 42_000_000 }),
  },
  {
    fn: JKM,
    title: 'death on 2019-12-01 is the last day of PP 44/2015: 16.2M + 4.8M + 3M = 24M (D3, D5)',
    input: { ...J, dateOfDeath: '2019-12-01', membershipStart: '2016-01-01' },
    expect: ok({
      regime: 'PP-44-2015',
      lumpSum: 16_200_000,
      periodic: 4_800_000,
      funeral: 3_000_000,
      total: 24_000_000,
    }),
  },
  {
    fn: JKM,
    title: 'death on 2019-12-02 is the first day of PP 82/2019: 42M (D5)',
    input: { ...J, dateOfDeath: '2019-12-02', membershipStart: '2016-01-01' },
    expect: ok({ regime: 'PP-82-2019', total: 42_000_000 }),
  },
  {
    fn: JKM,
    title: "the participant's birth after the death is refused",
    input: { ...J, birthDate: '2024-06-01' },
    expect: invalid([['birthDate'], 'BIRTH_AFTER_DEATH']),
  },
  {
    fn: JKM,
    title: 'membership starting after the death is refused',
    input: { ...J, membershipStart: '2024-06-01' },
    expect: invalid([['membershipStart'], 'MEMBERSHIP_AFTER_DEATH']),
  },
  {
    fn: JKM,
    title: 'a 200-year-old participant (born 1824) is refused',
    input: { ...J, birthDate: '1824-01-01' },
    expect: invalid([['birthDate'], 'DATE_INVALID']),
  },
  {
    fn: JKM,
    title: 'a child born 11 months after the death is refused (posthumous child limit)',
    input: { ...J, children: [child('2025-04-15')] },
    expect: invalid([['children', 0, 'birthDate'], 'CHILD_BORN_TOO_LATE']),
  },

  {
    fn: JKM,
    title: 'a child born exactly 10 months after the death (2025-03-10) is accepted (the posthumous limit)',
    input: { ...J, children: [child('2025-03-10')] },
    expect: ok({ status: 'payable' }),
  },
  {
    fn: JKM,
    title: 'a child born one day past 10 months after the death is refused',
    input: { ...J, children: [child('2025-03-11')] },
    expect: invalid([['children', 0, 'birthDate'], 'CHILD_BORN_TOO_LATE']),
  },
  {
    fn: JKM,
    title: "membership starting before the participant's birth is refused",
    input: { ...J, birthDate: '1990-01-01', membershipStart: '1989-12-31' },
    expect: invalid([['membershipStart'], 'MEMBERSHIP_BEFORE_BIRTH']),
  },
  {
    fn: JKM,
    title: 'membership starting on the day of birth is not before it',
    input: { ...J, birthDate: '2000-01-01', membershipStart: '2000-01-01' },
    expect: ok({ status: 'payable' }),
  },
  {
    fn: JKM,
    title: 'membership starting on the day of death is not after it (0 months of membership)',
    input: { ...J, membershipStart: '2024-05-10' },
    expect: ok({ status: 'payable', total: 42_000_000 }),
  },
  {
    fn: JKM,
    title: 'a birth on the day of death is not after it',
    input: { ...J, birthDate: '2024-05-10', membershipStart: '2024-05-10' },
    expect: ok({ status: 'payable' }),
  },
  {
    fn: JKM,
    title: 'BPU paid through a month before membership started is refused',
    input: {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      membershipStart: '2024-03-15',
      cause: 'natural',
      paidThrough: '2024-02',
    },
    expect: invalid([['paidThrough'], 'PAID_THROUGH_BEFORE_MEMBERSHIP']),
  },
  {
    fn: JKM,
    title: "a child's marriage before the child's birth is refused",
    input: { ...J, children: [{ birthDate: '2010-01-01', marriedOn: '2009-12-31' }] },
    expect: invalid([['children', 0, 'marriedOn'], 'DATE_BEFORE_BIRTH']),
  },
  {
    fn: JKM,
    title: "a child's work starting before the child's birth is refused",
    input: { ...J, children: [{ birthDate: '2010-01-01', work: { from: '2009-06-01', kind: 'BPU' } }] },
    expect: invalid([['children', 0, 'work', 'from'], 'DATE_BEFORE_BIRTH']),
  },
  {
    fn: JKM,
    title: 'two school levels starting the same year are refused',
    input: {
      ...J,
      children: [
        {
          birthDate: '2005-01-01',
          schooling: [
            { level: 'SMP', startYear: 2018 },
            { level: 'SMA', startYear: 2018 },
          ],
        },
      ],
    },
    expect: invalid([['children', 0, 'schooling'], 'SCHOOLING_ORDER_INVALID']),
  },
  {
    fn: JKM,
    title: 'school levels going down (SMA then SMP) are refused',
    input: {
      ...J,
      children: [
        {
          birthDate: '2005-01-01',
          schooling: [
            { level: 'SMA', startYear: 2020 },
            { level: 'SMP', startYear: 2021 },
          ],
        },
      ],
    },
    expect: invalid([['children', 0, 'schooling'], 'SCHOOLING_ORDER_INVALID']),
  },
  {
    fn: JKM,
    title: 'school levels given out of order are read in year order (SMA 2021 after SMP 2018)',
    input: {
      ...J,
      contributionMonths: 50,
      children: [
        {
          birthDate: '2005-01-01',
          schooling: [
            { level: 'SMA', startYear: 2021 },
            { level: 'SMP', startYear: 2018 },
          ],
        },
      ],
    },
    expect: ok({ status: 'payable', scholarship: { eligible: true } }),
  },
  {
    fn: JKM,
    title: 'schooling starting in the birth year is not before the birth',
    input: { ...J, children: [{ birthDate: '2015-01-01', schooling: [{ level: 'TK', startYear: 2015 }] }] },
    expect: ok({ status: 'payable' }),
  },
  {
    fn: JKM,
    title: 'contributions for every month from 2020-01 to 2024-05 (53) are accepted',
    input: { ...J, contributionMonths: 53 },
    expect: ok({ status: 'payable' }),
  },
  {
    fn: JKM,
    title: '54 contribution months between 2020-01 and 2024-05 (53 months) are refused',
    input: { ...J, contributionMonths: 54 },
    expect: invalid([['contributionMonths'], 'CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP']),
  },

  // ── calculateJkmBenefit: counts ────────────────────────────────────────────────────────────────
  {
    fn: JKM,
    title: '0 contribution months is a fact: the JKM is still 42M, no scholarship (< 3 years)',
    input: { ...J, contributionMonths: 0 },
    expect: ok({ total: 42_000_000, scholarship: { eligible: false } }),
  },
  {
    fn: JKM,
    title: '10,000 contribution months is refused',
    input: { ...J, contributionMonths: 10_000 },
    expect: invalid([['contributionMonths'], 'TOO_BIG']),
  },
  {
    fn: JKM,
    title: '60 contribution months in 52 months of membership is refused',
    input: { ...J, contributionMonths: 60 },
    expect: invalid([['contributionMonths'], 'CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP']),
  },
  {
    fn: JKM,
    title: '12.5 contribution months is refused',
    input: { ...J, contributionMonths: 12.5 },
    expect: invalid([['contributionMonths'], 'INTEGER_EXPECTED']),
  },
  {
    fn: JKM,
    title: 'NaN contribution months is refused',
    input: { ...J, contributionMonths: Number.NaN },
    expect: invalid([['contributionMonths'], 'INVALID_TYPE']),
  },
  {
    fn: JKM,
    title: '1,000 children are refused',
    input: { ...J, children: Array.from({ length: 1000 }, () => child('2015-01-01')) },
    expect: invalid([['children'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: JKM,
    title: 'children null is refused',
    input: { ...J, children: null },
    expect: invalid([['children'], 'INVALID_TYPE']),
  },
  {
    fn: JKM,
    title: "a child's 100,000-character name is refused",
    input: { ...J, children: [{ birthDate: '2015-01-01', name: 'x'.repeat(100_000) }] },
    expect: invalid([['children', 0, 'name'], 'STRING_TOO_LONG']),
  },
  {
    fn: JKM,
    title: "a child's own __proto__ key is refused",
    args: () => [{ ...J, children: [fromJson('{"birthDate":"2015-01-01","__proto__":{"polluted":true}}')] }],
    expect: invalid([['children', 0, '__proto__'], 'FORBIDDEN_KEY']),
  },
  {
    fn: JKM,
    title: "school level 'S1' does not exist",
    input: { ...J, children: [{ birthDate: '2015-01-01', schooling: [{ level: 'S1', startYear: 2021 }] }] },
    expect: invalid([['children', 0, 'schooling', 0, 'level'], 'INVALID_VALUE']),
  },
  {
    fn: JKM,
    title: 'schooling that starts before the child was born is refused',
    input: { ...J, children: [{ birthDate: '2015-01-01', schooling: [{ level: 'SD', startYear: 2010 }] }] },
    expect: invalid([['children', 0, 'schooling', 0, 'startYear'], 'SCHOOLING_BEFORE_BIRTH']),
  },
  {
    fn: JKM,
    title: "paidThrough '2025-13' is not a month",
    input: { ...J, paidThrough: '2025-13' },
    expect: invalid([['paidThrough'], 'PERIOD_INVALID']),
  },
  {
    fn: JKM,
    title: 'employer arrears of -1 months are refused',
    input: { ...J, employerArrearsMonths: -1 },
    expect: invalid([['employerArrearsMonths'], 'TOO_SMALL']),
  },

  // ── calculateJkmBenefit: keys and discriminants ───────────────────────────────────────────────
  {
    fn: JKM,
    title: "a typo 'dateofDeath' is an unknown key, and the date of death is missing",
    input: { ...without(J, 'dateOfDeath'), dateofDeath: '2024-05-10' },
    expect: invalid([['dateofDeath'], 'UNKNOWN_KEY'], [['dateOfDeath'], 'REQUIRED']),
  },
  {
    fn: JKM,
    title: "category 'ASN' is not a BPJS TK category (Taspen/Asabri)",
    input: { ...J, category: 'ASN' },
    expect: invalid([['category'], 'INVALID_VALUE']),
  },
  {
    fn: JKM,
    title: "cause 'suicide' is not one of the causes the law distinguishes",
    input: { ...J, cause: 'suicide' },
    expect: invalid([['cause'], 'INVALID_VALUE']),
  },
  {
    fn: JKM,
    title: 'an own __proto__ key from a JSON body is refused',
    args: () => [
      fromJson(
        '{"dateOfDeath":"2024-05-10","category":"PU","membershipStart":"2020-01-01","__proto__":{"polluted":true}}',
      ),
    ],
    expect: invalid([['__proto__'], 'FORBIDDEN_KEY']),
  },
  { fn: JKM, title: 'null is not an input object', input: null, expect: invalid([[], 'INPUT_NOT_OBJECT']) },
  {
    fn: JKM,
    title: 'a work-accident death is not a JKM case: not payable, reason WORK_ACCIDENT_USE_JKK',
    input: { ...J, cause: 'work-accident' },
    expect: ok({
      payable: false,
      status: 'not-payable',
      reasons: expect.arrayContaining([expect.objectContaining({ code: 'WORK_ACCIDENT_USE_JKK' })]),
    }),
  },
  {
    fn: JKM,
    title: 'a missing cause is never assumed: incomplete, missing [cause], amounts 0',
    input: without(J, 'cause'),
    expect: ok({ payable: false, status: 'incomplete', missing: ['cause'], total: 0 }),
  },
  {
    fn: JKM,
    title: 'a PMI death without the phase is incomplete (D4 needs it)',
    input: { ...J, category: 'PMI' },
    expect: ok({ status: 'incomplete', missing: ['pmiPhase'] }),
  },
  {
    fn: JKM,
    title: 'a PMI death during work is Rp85,000,000 (D4)',
    input: { ...J, category: 'PMI', pmiPhase: 'during' },
    expect: ok({ status: 'payable', total: 85_000_000 }),
  },
  {
    fn: JKM,
    title: 'a BPU death after 1 month of membership in 2025-06 is 8M + 2M = 10M (D2)',
    input: {
      dateOfDeath: '2025-06-10',
      category: 'BPU',
      membershipStart: '2025-04-20',
      cause: 'natural',
      paidThrough: '2025-06',
    },
    expect: ok({
      status: 'payable',
      lumpSum: 8_000_000,
      funeral: 2_000_000,
      total: 10_000_000,
      basis: 'short-membership',
    }),
  },
  {
    fn: JKM,
    title: 'options in English: a rule error speaks English',
    input: { ...J, dateOfDeath: '2015-06-30', membershipStart: '2015-01-01' },
    options: { locale: 'en' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['dateOfDeath']),
  },

  // ── calculateJkkDeathBenefit ────────────────────────────────────────────────────────────────────
  {
    fn: JKK,
    title: 'wage Rp5,000,000 on 2021-03-10: 48 × wage = 240M + 12M + 10M = 262M (issue 4)',
    input: K,
    expect: ok({
      status: 'payable',
      lumpSum: 240_000_000,
      periodic: 12_000_000,
      funeral: 10_000_000,
      total: 262_000_000,
    }),
  },
  {
    fn: JKK,
    title: 'a daily wage of Rp100,000 is 30 × 100,000 = 3M a month (D21): 144M + 12M + 10M',
    input: { ...without(K, 'monthlyWage'), dailyWage: 100_000 },
    expect: ok({ monthlyWage: 3_000_000, lumpSum: 144_000_000, total: 166_000_000 }),
  },
  {
    fn: JKK,
    title: 'both a monthly and a daily wage is ambiguous',
    input: { ...K, dailyWage: 200_000 },
    expect: invalid([['dailyWage'], 'WAGE_BASIS_CONFLICT']),
  },
  {
    fn: JKK,
    title: 'no wage at all is refused (never defaulted)',
    input: without(K, 'monthlyWage'),
    expect: invalid([['monthlyWage'], 'WAGE_REQUIRED']),
  },
  {
    fn: JKK,
    title: 'a declared income for a PU worker is the wrong wage basis',
    input: { ...without(K, 'monthlyWage'), declaredIncome: 1_000_000 },
    expect: invalid([['declaredIncome'], 'WAGE_BASIS_NOT_FOR_CATEGORY']),
  },
  {
    fn: JKK,
    title: 'an accident after the death is refused',
    input: { ...K, dateOfAccident: '2021-04-01' },
    expect: invalid([['dateOfAccident'], 'ACCIDENT_AFTER_DEATH']),
  },
  {
    fn: JKK,
    title: 'monthly wage NaN is refused',
    input: { ...K, monthlyWage: Number.NaN },
    expect: invalid([['monthlyWage'], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: JKK,
    title: 'monthly wage 1e400 (JSON overflow) is refused',
    input: { ...K, monthlyWage: OVERFLOW },
    expect: invalid([['monthlyWage'], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: JKK,
    title: "monthly wage 'Rp5.000.000' is refused with a parseRupiah hint",
    input: { ...K, monthlyWage: 'Rp5.000.000' },
    expect: invalid([['monthlyWage'], 'AMOUNT_LOCALIZED_FORMAT']),
  },
  {
    fn: JKK,
    title: 'a monthly wage of Rp90 trillion stays exact: 48 × 90T = 4,320,000,000,000,000 + 22M',
    input: { ...K, monthlyWage: 90_000_000_000_000 },
    expect: ok({ lumpSum: 4_320_000_000_000_000, total: 4_320_000_022_000_000 }),
  },
  {
    fn: JKK,
    title:
      'a daily wage of Rp90 trillion (48 × 30 × daily is past exact integers) is refused with a clear message (no RpRp)',
    input: { ...without(K, 'monthlyWage'), dailyWage: 90_000_000_000_000 },
    expect: invalid([['dailyWage'], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: JKK,
    title: 'an accident on the day of death is not after it',
    input: { ...K, dateOfAccident: '2021-03-10' },
    expect: ok({ status: 'payable', total: 262_000_000 }),
  },
  {
    fn: JKK,
    title: 'a BPU JKK death with the month unpaid is not covered (D11)',
    input: {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      declaredIncome: 1_000_000,
      cause: 'work-accident',
      paidThrough: '2024-04',
    },
    expect: ok({ payable: false, status: 'not-payable' }),
  },
  {
    fn: JKK,
    title: 'a BPU JKK death: 48 × the declared income 1,000,000 = 48M + 12M + 10M (§3.4)',
    input: {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      declaredIncome: 1_000_000,
      cause: 'work-accident',
      paidThrough: '2024-05',
    },
    expect: ok({ status: 'payable', lumpSum: 48_000_000, total: 70_000_000 }),
  },
  {
    fn: JKK,
    title: 'a monthly wage for a BPU is the wrong wage basis (declared income)',
    input: {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      monthlyWage: 1_000_000,
      cause: 'work-accident',
      paidThrough: '2024-05',
    },
    expect: invalid([['monthlyWage'], 'WAGE_BASIS_NOT_FOR_CATEGORY']),
  },
  {
    fn: JKK,
    title: 'a natural death is not a JKK case: not payable, reason NOT_WORK_RELATED_USE_JKM',
    input: { ...K, cause: 'natural' },
    expect: ok({
      payable: false,
      status: 'not-payable',
      reasons: expect.arrayContaining([expect.objectContaining({ code: 'NOT_WORK_RELATED_USE_JKM' })]),
    }),
  },
  {
    fn: JKK,
    title: 'a JKK death on 2015-06-30 is before coverage',
    input: { ...K, dateOfDeath: '2015-06-30' },
    expect: ruleError('DATE_BEFORE_COVERAGE'),
  },
  {
    fn: JKK,
    title: "category 'pu' (lower case) is refused",
    input: { ...K, category: 'pu' },
    expect: invalid([['category'], 'INVALID_VALUE']),
  },

  // ── determineHeirs ────────────────────────────────────────────────────────────────────────────
  {
    fn: HEIRS,
    title: 'a spouse and a child are the first heir group (PP 44/2015 Pasal 37(5))',
    input: H,
    expect: ok({ group: { rank: 1 }, heirs: [{ relation: 'spouse' }, { relation: 'child' }] }),
  },
  {
    fn: HEIRS,
    title: "relation 'cousin' is not an heir relation the law lists",
    input: { ...H, family: [{ relation: 'cousin' }] },
    expect: invalid([['family', 0, 'relation'], 'INVALID_VALUE']),
  },
  {
    fn: HEIRS,
    title: 'no family: no heir group, the funeral cost goes to whoever arranged it',
    input: { ...H, family: [] },
    expect: ok({ group: null, heirs: [], recipients: { funeral: 'funeral-arranger' } }),
  },
  {
    fn: HEIRS,
    title: '101 family members are refused',
    input: { ...H, family: Array.from({ length: 101 }, () => ({ relation: 'child' })) },
    expect: invalid([['family'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: HEIRS,
    title: 'family null is refused',
    input: { ...H, family: null },
    expect: invalid([['family'], 'INVALID_TYPE']),
  },
  {
    fn: HEIRS,
    title: 'a death on 2015-06-30 is before coverage',
    input: { ...H, dateOfDeath: '2015-06-30' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['dateOfDeath']),
  },
]
