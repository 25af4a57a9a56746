/**
 * Values family (issue 13): `-0` never comes out, money helpers never silently lose a rupiah past 2^53 − 1,
 * dates of the claim checks stay inside the library's span, and `checkJkmClaim` refuses what
 * `calculateJkmBenefit` refuses. The runner checks every calculation result for `-0` anywhere (the whole
 * frozen result, explanation included), so a case that answers proves the `-0` did not leak.
 *
 * Figures by hand: the BPU minimum package is Rp16,800 a month (JKK 10,000 + JKM 6,800, decisions D1);
 * PP 82/2019 JKM is 20,000,000 + 24 × 500,000 + 10,000,000 = Rp42,000,000; 2^53 − 1 = 9,007,199,254,740,991.
 */
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const OJEK = { name: 'Ojek', workers: 7500, category: 'BPU', declaredIncome: 1_000_000 } as const
const PLAN = { startPeriod: '2025-06', months: 12, payer: 'apbd', cohorts: [OJEK] } as const
/** A PU who died of natural causes in 2024 (PP 82/2019, before the Permenaker 1/2025 membership rule). */
const PU_DEATH = {
  dateOfDeath: '2024-05-10',
  category: 'PU',
  membershipStart: '2024-05-01',
  cause: 'natural',
  membershipActive: true,
} as const
const BPU_CLAIM = { dateOfDeath: '2024-05-10', category: 'BPU', cause: 'natural' } as const
const SAFE = Number.MAX_SAFE_INTEGER

export const valuesCases: readonly HostileCase[] = [
  // ── -0 ─────────────────────────────────────────────────────────────────────────────────────────
  {
    fn: 'planCoverageProgram',
    title:
      'Values: coveredBefore -0 is 0 in coverage, its ratio and the step (gap 100,000 − 7,500 = 92,500; 92,500 × 12 × 16,800 = 18,648,000,000)',
    input: { ...PLAN, potentialWorkers: 100_000, coveredBefore: -0 },
    expect: ok({
      coverage: {
        coveredBefore: 0,
        coveredAfter: 7500,
        potential: 100_000,
        ratioBefore: 0,
        ratioAfter: 0.075,
        gap: 92_500,
        costToCloseGap: 18_648_000_000,
      },
    }),
  },
  {
    fn: 'planCoverageProgram',
    title:
      'Values: a BPU cohort paying -0 months in advance is refused (it used to loop until the heap ran out)',
    input: { ...PLAN, cohorts: [{ ...OJEK, months: -0 }] },
    expect: invalid([['cohorts', 0, 'months'], 'INVALID_VALUE']),
  },
  {
    fn: 'planCoverageProgram',
    title: 'Values: a BPU cohort paying 0 months in advance is refused (BPU pays 1, 3, 6 or 12 months)',
    input: { ...PLAN, cohorts: [{ ...OJEK, months: 0 }] },
    expect: invalid([['cohorts', 0, 'months'], 'INVALID_VALUE']),
  },
  {
    fn: 'planCoverageProgram',
    title:
      'Values: a BPU cohort paying 2 months in advance is refused with its path, not split in blocks of 2',
    input: { ...PLAN, cohorts: [{ ...OJEK, months: 2 }] },
    expect: invalid([['cohorts', 0, 'months'], 'INVALID_VALUE']),
  },
  {
    fn: 'calculateJkmBenefit',
    title:
      'Values: contributionMonths -0 is 0 in the result and the steps; the JKM is still 42,000,000 (PP 82/2019)',
    input: { ...PU_DEATH, contributionMonths: -0, employerArrearsMonths: -0 },
    expect: ok({ payable: true, total: 42_000_000, contributionMonths: 0, firstPayer: 'bpjs-tk' }),
  },
  {
    fn: 'checkJkpClaim',
    title: 'Values: -0 contribution months are 0 months: not eligible (12 in 24 needed), no -0 in the counts',
    input: {
      layoffDate: '2025-05-15',
      claimDate: '2025-05-20',
      reasonForLeaving: 'layoff',
      contributionMonthsInWindow: -0,
      consecutiveMonthsBeforeLayoff: -0,
      employedAgain: false,
    },
    expect: ok({ status: 'not-eligible', contributionMonthsInWindow: 0, consecutiveMonthsBeforeLayoff: 0 }),
  },
  {
    fn: 'checkScholarshipEligibility',
    title: 'Values: contributionMonths -0 is 0 in the result and its step',
    input: { dateOfDeath: '2024-05-10', asOf: '2024-06-01', cause: 'natural', contributionMonths: -0 },
    expect: ok({ contributionMonths: 0 }),
  },
  {
    fn: 'checkEligibility',
    title: 'Values: a foreigner with -0 months worked is not (yet) a participant, and the step input is 0',
    input: {
      asOf: '2025-06-01',
      relationship: 'employee-company',
      birthDate: '1990-05-01',
      nationality: 'WNA',
      enterpriseSize: 'large',
      inJkn: true,
      monthsWorkedInIndonesia: -0,
    },
    expect: ok({ category: null, categoryStatus: 'not-a-participant' }),
  },
  {
    fn: 'checkJkmClaim',
    title: 'Values: an override of the BPU grace months to -0 is read as 0 (the explanation shows 0)',
    input: { ...BPU_CLAIM, paidThrough: '2024-05' },
    options: { parameters: { 'jkm.protection.bpuGraceMonths': -0 } },
    expect: ok({ status: 'eligible' }),
  },

  // ── money past 2^53 − 1 ────────────────────────────────────────────────────────────────────────
  {
    fn: 'roundRupiah',
    title: "Values: '9007199254740993' would come back as 9007199254740992: refused, AMOUNT_TOO_LARGE",
    args: ['9007199254740993'],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'roundRupiah',
    title: 'Values: the number 2^53 + 2 is past the safe integers: refused',
    args: [2 ** 53 + 2],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'roundRupiah',
    title: 'Values: 1e21 (String gives an exponent) is too large, not "not a decimal"',
    args: [1e21],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'roundRupiah',
    title: "Values: '9007199254740991.4' rounds half-up to 2^53 − 1 exactly",
    args: ['9007199254740991.4'],
    expect: ok(SAFE),
  },
  {
    fn: 'roundRupiah',
    title: "Values: '9007199254740991.5' rounds half-up to 2^53, past the safe integers: refused",
    args: ['9007199254740991.5'],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'roundRupiah',
    title: "Values: '9007199254740991.5' rounded down is 2^53 − 1 exactly",
    args: ['9007199254740991.5', 'down'],
    expect: ok(SAFE),
  },
  {
    fn: 'roundRupiah',
    title: "Values: '-9007199254740993' is refused like its positive",
    args: ['-9007199254740993'],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'formatRupiah',
    title: 'Values: 2^53 + 2 is refused with the safe-integer limit its error names',
    args: [2 ** 53 + 2],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'formatRupiah',
    title: 'Values: 2^53 is refused (2^53 + 1 would print as the same number)',
    args: [2 ** 53],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'formatRupiah',
    title: 'Values: -(2^53) is refused like its positive',
    args: [-(2 ** 53)],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'formatRupiah',
    title: "Values: 2^53 − 1 formats as 'Rp9.007.199.254.740.991'",
    args: [SAFE],
    expect: ok('Rp9.007.199.254.740.991'),
  },
  {
    fn: 'formatRupiah',
    title: "Values: the text '9007199254740992' is refused like the number (the same limit for both)",
    args: ['9007199254740992'],
    expect: invalid([[], 'AMOUNT_TOO_LARGE']),
  },
  {
    fn: 'formatRupiah',
    title:
      "Values: the text '9007199254740991.99' (2^53 − 1 and sen) formats as 'Rp9.007.199.254.740.991,99'",
    args: ['9007199254740991.99'],
    expect: ok('Rp9.007.199.254.740.991,99'),
  },

  // ── dates of the claim checks: inside the library's span ────────────────────────────────────────
  {
    fn: 'checkJkmClaim',
    title: "Values: paidThrough '9999-12' is past the horizon: DATE_AFTER_COVERAGE at paidThrough",
    input: { ...BPU_CLAIM, paidThrough: '9999-12' },
    expect: ruleError('DATE_AFTER_COVERAGE', ['paidThrough']),
  },
  {
    fn: 'checkJkmClaim',
    title: "Values: paidThrough '1900-01' is before 2015-07 (D19): DATE_BEFORE_COVERAGE at paidThrough",
    input: { ...BPU_CLAIM, paidThrough: '1900-01' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['paidThrough']),
  },
  {
    fn: 'checkJkmClaim',
    title: "Values: paidThrough '2015-06' (a month before the library's first) is refused",
    input: { ...BPU_CLAIM, paidThrough: '2015-06' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['paidThrough']),
  },
  {
    fn: 'checkJkmClaim',
    title: "Values: paidThrough '2036-12' (the horizon's month) is a date like others: eligible",
    input: { ...BPU_CLAIM, paidThrough: '2036-12' },
    expect: ok({ status: 'eligible' }),
  },
  {
    fn: 'calculateJkkDeathBenefit',
    title: "Values: the death benefits bound paidThrough the same way ('9999-12' refused)",
    input: {
      dateOfDeath: '2024-05-10',
      category: 'BPU',
      cause: 'work-accident',
      declaredIncome: 1_000_000,
      paidThrough: '9999-12',
    },
    expect: ruleError('DATE_AFTER_COVERAGE', ['paidThrough']),
  },
  {
    fn: 'checkJkpClaim',
    title: "Values: a paid period '9999-12' is refused at its index: DATE_AFTER_COVERAGE",
    input: { layoffDate: '2025-05-15', paidPeriods: ['2025-01', '9999-12'] },
    expect: ruleError('DATE_AFTER_COVERAGE', ['paidPeriods', 1]),
  },
  {
    fn: 'checkJkpClaim',
    title: "Values: a paid period '1900-01' is refused at its index: DATE_BEFORE_COVERAGE",
    input: { layoffDate: '2025-05-15', paidPeriods: ['1900-01'] },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['paidPeriods', 0]),
  },

  // ── checkJkmClaim refuses what calculateJkmBenefit refuses ─────────────────────────────────────
  {
    fn: 'checkJkmClaim',
    title:
      'Values: a PMI death before Permenaker 18/2018 (2018-12-10) is refused as calculateJkmBenefit refuses it',
    input: { dateOfDeath: '2018-06-01', category: 'PMI', cause: 'natural', membershipActive: true },
    expect: ruleError('PMI_DEATH_NOT_COVERED', ['dateOfDeath']),
  },
  {
    fn: 'calculateJkmBenefit',
    title: 'Values: … and calculateJkmBenefit refuses the same PMI death the same way',
    input: {
      dateOfDeath: '2018-06-01',
      category: 'PMI',
      cause: 'natural',
      membershipActive: true,
      membershipStart: '2018-01-01',
      pmiPhase: 'during',
    },
    expect: ruleError('PMI_DEATH_NOT_COVERED', ['dateOfDeath']),
  },
  {
    fn: 'checkJkmClaim',
    title:
      'Values: a month paid through before the registration month is refused, as calculateJkmBenefit refuses it',
    input: { ...BPU_CLAIM, paidThrough: '2019-12', membershipStart: '2020-01-01' },
    expect: invalid([['paidThrough'], 'PAID_THROUGH_BEFORE_MEMBERSHIP']),
  },
  {
    fn: 'checkJkmClaim',
    title:
      'Values: a PU paidThrough is not used (warned), as in calculateJkmBenefit: eligible by active membership',
    input: { ...PU_DEATH, paidThrough: '2024-06' },
    expect: ok({ status: 'eligible', warnings: [{ code: 'INPUT_NOT_USED' }] }),
  },
]
