/**
 * Hostile inputs for planCoverageProgram. Valid figures are worked out by hand (issue 6): the BPU minimum
 * package is Rp16,800 a month (JKK 10,000 + JKM 6,800); APBD payers get no PP 50/2025 discount (D20); the
 * benefit estimate uses the caller's mortality rate and D2 (BPU deaths in the first 3 months: Rp10,000,000).
 */
import { fromJson } from '../harness.js'
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const FN = 'planCoverageProgram'
const OJEK = { name: 'Ojek', workers: 7500, category: 'BPU', declaredIncome: 1_000_000 } as const
/** 7,500 BPU workers on the minimum package for 12 months from 2025-06, paid by a city budget. */
const P = { startPeriod: '2025-06', months: 12, payer: 'apbd', cohorts: [OJEK] } as const

const cohort = (patch: Record<string, unknown>) => ({ ...P, cohorts: [{ ...OJEK, ...patch }] })

export const planCases: readonly HostileCase[] = [
  {
    fn: FN,
    title: '7,500 workers × Rp16,800 × 12 months = Rp1,512,000,000 (issue 6)',
    input: P,
    expect: ok({ total: 1_512_000_000, cohorts: [{ premiumPerWorkerPerMonth: 16_800 }] }),
  },
  {
    fn: FN,
    title: '-1 workers are refused',
    input: cohort({ workers: -1 }),
    expect: invalid([['cohorts', 0, 'workers'], 'TOO_SMALL']),
  },
  {
    fn: FN,
    title: '1.5 workers are refused',
    input: cohort({ workers: 1.5 }),
    expect: invalid([['cohorts', 0, 'workers'], 'INTEGER_EXPECTED']),
  },
  {
    fn: FN,
    title: 'NaN workers are refused',
    input: cohort({ workers: Number.NaN }),
    expect: invalid([['cohorts', 0, 'workers'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'a trillion workers are refused',
    input: cohort({ workers: 1e12 }),
    expect: invalid([['cohorts', 0, 'workers'], 'TOO_BIG']),
  },
  {
    fn: FN,
    title: '0 months are refused',
    input: { ...P, months: 0 },
    expect: invalid([['months'], 'TOO_SMALL']),
  },
  {
    fn: FN,
    title: '10,000 months are refused (at most 120)',
    input: { ...P, months: 10_000 },
    expect: invalid([['months'], 'TOO_BIG']),
  },
  {
    fn: FN,
    title: 'no cohorts are refused',
    input: { ...P, cohorts: [] },
    expect: invalid([['cohorts'], 'TOO_FEW_ITEMS']),
  },
  {
    fn: FN,
    title: '1,000 cohorts are refused',
    input: { ...P, cohorts: Array.from({ length: 1000 }, (_, i) => ({ ...OJEK, name: `c${i}` })) },
    expect: invalid([['cohorts'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: FN,
    title: 'duplicated cohort names are refused at the second one',
    input: { ...P, cohorts: [OJEK, OJEK] },
    expect: invalid([['cohorts', 1, 'name'], 'PLAN_DUPLICATE_COHORT']),
  },
  {
    fn: FN,
    title: 'an empty cohort name is refused',
    input: cohort({ name: '' }),
    expect: invalid([['cohorts', 0, 'name'], 'TOO_SMALL']),
  },
  {
    fn: FN,
    title: "a typo 'declaredincome' inside a cohort is an unknown key, not ignored",
    input: { ...P, cohorts: [{ name: 'Ojek', workers: 7500, category: 'BPU', declaredincome: 1_000_000 }] },
    expect: invalid([['cohorts', 0, 'declaredincome'], 'UNKNOWN_KEY']),
  },
  {
    fn: FN,
    title: 'a cohort may not set its own period (the program sets the months)',
    input: cohort({ period: '2025-01' }),
    expect: invalid([['cohorts', 0, 'period'], 'PLAN_COHORT_FIELD_SET_BY_PROGRAM']),
  },
  {
    fn: FN,
    title: "a cohort may not set its own payer (the program's payer applies)",
    input: cohort({ payer: 'self' }),
    expect: invalid([['cohorts', 0, 'payer'], 'PLAN_COHORT_FIELD_SET_BY_PROGRAM']),
  },
  {
    fn: FN,
    title: "a cohort's own __proto__ key is refused",
    args: () => [
      {
        ...P,
        cohorts: [
          fromJson(
            '{"name":"x","workers":1,"category":"BPU","declaredIncome":1000000,"__proto__":{"polluted":true}}',
          ),
        ],
      },
    ],
    expect: invalid([['cohorts', 0, '__proto__'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: "a cohort named '__proto__' is only a name: an own key of byCohort, nothing polluted",
    input: cohort({ name: '__proto__' }),
    expect: ok({ total: 1_512_000_000, cohorts: [{ name: '__proto__', total: 1_512_000_000 }] }),
  },
  {
    fn: FN,
    title: "a cohort income '5.000.000' is refused with a parseRupiah hint at its path",
    input: cohort({ declaredIncome: '5.000.000' }),
    expect: invalid([['cohorts', 0, 'declaredIncome'], 'AMOUNT_LOCALIZED_FORMAT']),
  },
  {
    fn: FN,
    title: 'a program starting 2015-06 is before coverage',
    input: { ...P, startPeriod: '2015-06' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['startPeriod']),
  },
  {
    fn: FN,
    title: 'a program running past the horizon is refused',
    input: { ...P, startPeriod: '2036-06' },
    expect: ruleError('DATE_AFTER_COVERAGE', ['months']),
  },
  {
    fn: FN,
    title: 'more workers covered than potential workers is refused',
    input: { ...P, potentialWorkers: 100, coveredBefore: 200 },
    expect: invalid([['coveredBefore'], 'PLAN_COVERED_EXCEEDS_POTENTIAL']),
  },
  {
    fn: FN,
    title:
      'coverage 6,600 → 14,100 of 15,000 (44% → 94%); the gap of 900 costs 900 × 16,800 × 12 = 181,440,000',
    input: { ...P, potentialWorkers: 15_000, coveredBefore: 6600 },
    expect: ok({
      coverage: {
        coveredBefore: 6600,
        coveredAfter: 14_100,
        ratioBefore: 0.44,
        ratioAfter: 0.94,
        gap: 900,
        costToCloseGap: 181_440_000,
      },
    }),
  },
  {
    fn: FN,
    title: 'a mortality rate of 2 (over 100%) is refused',
    input: { ...P, annualMortalityRate: 2 },
    expect: invalid([['annualMortalityRate'], 'RATE_INVALID']),
  },
  {
    fn: FN,
    title: 'a mortality rate NaN is refused',
    input: { ...P, annualMortalityRate: Number.NaN },
    expect: invalid([['annualMortalityRate'], 'RATE_INVALID']),
  },
  {
    fn: FN,
    title:
      "mortality '0.0035': 26.25 deaths; 3/12 in the first 3 months at 10M (D2), 9/12 at 42M: 892,500,000",
    input: { ...P, annualMortalityRate: '0.0035' },
    expect: ok({ expectedBenefits: { deaths: 26.25, amount: 892_500_000 } }),
  },
  {
    fn: FN,
    title:
      'totals past exact integers (100,000,000 workers on a Rp90 trillion wage) are refused, never rounded floats',
    input: {
      ...P,
      months: 1,
      payer: 'other',
      cohorts: [
        {
          name: 'X',
          workers: 100_000_000,
          category: 'PU',
          wage: 90_000_000_000_000,
          jkkRiskClass: 5,
          enterpriseSize: 'large',
        },
      ],
    },
    expect: invalid([['cohorts', 0, 'workers'], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: FN,
    title: "options.locale 'EN' (upper case) is not a locale",
    input: P,
    options: { locale: 'EN' },
    expect: invalid([['options', 'locale'], 'INVALID_VALUE']),
  },
]
