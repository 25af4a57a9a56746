/**
 * Size limits family (issue 13): every public function that takes a list refuses a list past its documented
 * limit (docs/guides/en/errors.md, "Limits") with `TOO_MANY_ITEMS` at the list's path, its message naming
 * the limit and the length received (`{ max, actual }`), and does so at once (a million items are not
 * walked first). The runner checks that the message fills both placeholders in both languages.
 *
 * The million-item cases (refused at once) are in test/reliability/limits.test.ts: the runner's input
 * snapshot comparison is too slow for them.
 *
 * Lists limited elsewhere in the catalogue (not repeated here): `cohorts` (101), `children` of
 * calculateJkmBenefit (1,000) and checkScholarshipEligibility (31), `family` (101), `paidPeriods` (601),
 * `enrolledPrograms`, `steps` and `warnings` of renderExplanation (10,001).
 */
import { invalid, ok, type HostileCase } from './types.js'

const J = {
  dateOfDeath: '2024-05-10',
  category: 'PU',
  membershipStart: '2018-01-01',
  cause: 'natural',
  membershipActive: true,
} as const
const OJEK = { name: 'Ojek', workers: 1, category: 'BPU', declaredIncome: 1_000_000 } as const

export const limitsCases: readonly HostileCase[] = [
  {
    fn: 'allocate',
    title: 'Size limits: 10,001 ratios are refused (at most 10,000)',
    args: () => [10_001, new Array<number>(10_001).fill(1)],
    expect: invalid([['ratios'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: 'allocate',
    title: 'Size limits: 10,000 ratios of 1 split Rp10,000 into 10,000 × Rp1',
    args: () => [10_000, new Array<number>(10_000).fill(1)],
    expect: ok(new Array<number>(10_000).fill(1)),
  },
  {
    fn: 'planCoverageProgram',
    title: 'Size limits: 121 months are refused (at most 120)',
    input: { startPeriod: '2025-06', months: 121, payer: 'apbd', cohorts: [OJEK] },
    expect: invalid([['months'], 'TOO_BIG']),
  },
  {
    fn: 'calculateJkmBenefit',
    title: 'Size limits: 6 schooling levels for one child are refused (at most 5: TK, SD, SMP, SMA, PT)',
    input: {
      ...J,
      children: [
        {
          birthDate: '2010-01-01',
          schooling: [2014, 2016, 2022, 2025, 2028, 2031].map((startYear) => ({ level: 'SD', startYear })),
        },
      ],
    },
    expect: invalid([['children', 0, 'schooling'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: 'determineHeirs',
    title: 'Size limits: 21 people named in the will are refused (at most 20)',
    input: {
      dateOfDeath: '2024-05-10',
      family: [],
      willBeneficiaries: new Array(21).fill({ name: 'Ani' }),
    },
    expect: invalid([['willBeneficiaries'], 'TOO_MANY_ITEMS']),
  },
]
