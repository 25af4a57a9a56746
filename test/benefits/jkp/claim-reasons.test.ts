/**
 * calculateJkpBenefit, the claim rules: the conditions of checkJkpClaim copied as benefit reasons (claim.ts
 * `claimReasons`: met / not-met as they are, an unknown condition as a MISSING_FACT on its input, an unknown
 * deadline as a note), the jkp.claim step, JKP not in force (before 2021-02-01: nothing of the benefit read),
 * the repeat-claim rule (`jkpBenefit.repeatClaim`: 60 contribution months for the 2nd and 3rd claim, a 4th not
 * met on claimNumber; low confidence) and the first day claims were accepted (`jkpBenefit.firstClaimDate`, 2022-02-01).
 * Expected values come from src/parameters/jkp-benefit.ts, src/parameters/eligibility-jkp-claim.ts and the
 * messages (src/i18n/messages/jkp-benefit.ts, eligibility-claims.ts, benefits.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJkpBenefit, type JkpBenefitInput, type JkpBenefitResult } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const D7 = { source: 'DECISIONS', article: 'D7' }
const PP37 = { source: 'PP-37-2021' }
const P19 = { source: 'PP-37-2021', article: 'Pasal 19' }
const P20 = { source: 'PP-37-2021', article: 'Pasal 20' }
const P40_PP37 = { source: 'PP-37-2021', article: 'Pasal 40' }
const P40_PP6 = { source: 'PP-6-2025', article: 'Pasal 40' }
const REPEAT = [{ source: 'PERMENAKER-15-2021' }]
const LOW_REPEAT = {
  code: 'LOW_CONFIDENCE_RULE',
  message:
    'This rule uses parameter jkpBenefit.repeatClaim, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
  parameterId: 'jkpBenefit.repeatClaim',
}

const FULL: JkpBenefitInput = {
  layoffDate: '2025-03-15',
  claimDate: '2025-04-01',
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  monthlyWage: 4_000_000,
  employerArrearsMonths: 0,
}

const step = (r: JkpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const codes = (r: JkpBenefitResult) => r.reasons.map((x) => x.code)

/** The six met conditions of an eligible PP 6/2025 claim of 2025-04-01 after a layoff of 2025-03-15. */
const MET_PP6 = [
  {
    code: 'ELIG_JKP_IN_FORCE',
    kind: 'met',
    message: 'The JKP program is in force on 2025-03-15.',
    legal: [PP37, D7],
    path: ['layoffDate'],
  },
  {
    code: 'ELIG_JKP_REASON_OK',
    kind: 'met',
    message: 'The reason for leaving work (laid off by the employer) is not excluded from JKP.',
    legal: [P20],
    path: ['reasonForLeaving'],
  },
  {
    code: 'ELIG_JKP_WINDOW_MET',
    kind: 'met',
    message: '20 months of contributions in the last 24 months, at least 12.',
    legal: [P19],
    path: ['contributionMonthsInWindow'],
  },
  {
    code: 'ELIG_JKP_CONSECUTIVE_MET',
    kind: 'met',
    message: '20 consecutive months of contributions before the layoff, at least 6.',
    legal: [P19],
    path: ['consecutiveMonthsBeforeLayoff'],
  },
  {
    code: 'ELIG_JKP_DEADLINE_MET',
    kind: 'met',
    message: 'Claim on 2025-04-01, within the deadline 2025-09-15 (6 months after the layoff).',
    legal: [P40_PP6],
    path: ['claimDate'],
  },
  {
    code: 'ELIG_JKP_NOT_REEMPLOYED',
    kind: 'met',
    message: 'The worker has no new job yet.',
    legal: [P40_PP37, P40_PP6],
    path: ['employedAgain'],
  },
]

describe('jkp.claim: an eligible first claim (claimNumber not given)', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(FULL, EN)
    id = calculateJkpBenefit(FULL)
  })

  it('the whole reasons list: the six conditions, the first-claim note, wage, payer, training, job market', () => {
    expect(en.status).toBe('payable')
    expect(en.claimCheck).toBe('eligible')
    // PP 6/2025 Pasal 40: 6 months after the layoff of 2025-03-15
    expect(en.claimDeadline).toBe('2025-09-15')
    expect(en.claimNumber).toBe(1)
    expect(en.reasons).toEqual([
      ...MET_PP6,
      {
        code: 'JKP_FIRST_CLAIM_ASSUMED',
        kind: 'note',
        message: 'Computed as a first JKP claim (claimNumber not given).',
        legal: [{ source: 'PP-37-2021', article: 'Pasal 19 ayat (3)' }],
        path: ['claimNumber'],
      },
      {
        code: 'JKP_WAGE_BASE',
        kind: 'note',
        message: 'Benefit base: the last reported wage Rp4.000.000 (cap Rp5.000.000).',
        legal: [
          { source: 'PP-6-2025', article: 'Pasal 21 ayat (3)' },
          { source: 'DECISIONS', article: 'D27' },
        ],
        path: ['monthlyWage'],
      },
      {
        code: 'JKP_PAYER_BPJS',
        kind: 'note',
        message:
          'Arrears of 0 months, at most 3 consecutive months: BPJS Ketenagakerjaan pays the cash benefit (the employer must still settle the arrears).',
        legal: [{ source: 'PP-6-2025', article: 'Pasal 39 ayat (1) dan (3)' }],
        path: ['employerArrearsMonths'],
      },
      {
        code: 'JKP_TRAINING_CAP',
        kind: 'note',
        message:
          'Job training is paid by BPJS Ketenagakerjaan to the training provider, at most Rp1.000.000 per participant (not cash to the participant).',
        legal: [{ source: 'PMK-148-2021', article: 'Pasal 31 ayat (3)' }],
        path: ['trainingCost'],
      },
      {
        code: 'JKP_JOB_MARKET',
        kind: 'note',
        message:
          'Job-market information and career guidance are given through SIAPkerja; the second and later monthly payments require job-search activity.',
        legal: [PP37, { source: 'PERMENAKER-15-2021' }],
      },
    ])
  })

  it('the first-claim note in Indonesian', () => {
    expect(id.reasons.find((x) => x.code === 'JKP_FIRST_CLAIM_ASSUMED')).toEqual({
      code: 'JKP_FIRST_CLAIM_ASSUMED',
      kind: 'note',
      message: 'Dihitung sebagai klaim JKP pertama (claimNumber tidak diberikan).',
      legal: [{ source: 'PP-37-2021', article: 'Pasal 19 ayat (3)' }],
      path: ['claimNumber'],
    })
  })

  it('the jkp.claim step: the claim citations in order, each once (English and Indonesian)', () => {
    const expected = {
      rule: 'jkp.claim',
      description: 'JKP claim check (checkJkpClaim): eligible.',
      inputs: { layoffDate: '2025-03-15', claimDeadline: '2025-09-15' },
      parameters: [],
      legal: [PP37, D7, P20, P19, P40_PP6, P40_PP37],
      value: 'eligible',
    }
    expect(step(en, 'jkp.claim')).toEqual(expected)
    expect(step(id, 'jkp.claim')).toEqual({
      ...expected,
      description: 'Pemeriksaan klaim JKP (checkJkpClaim): memenuhi syarat.',
    })
  })

  it('claimNumber 1 given: no first-claim note, the repeat rule not read', () => {
    const r = calculateJkpBenefit({ ...FULL, claimNumber: 1 }, EN)
    expect(codes(r)).not.toContain('JKP_FIRST_CLAIM_ASSUMED')
    expect(r.explanation.parameters.some((p) => p.id === 'jkpBenefit.repeatClaim')).toBe(false)
    expect(r.warnings.map((w) => w.code)).toEqual(['JKP_CONDITIONS_PP37_WORDING'])
  })
})

describe('jkp.claim: conditions not met and undecided', () => {
  it('a resignation: the condition not met on reasonForLeaving, not payable; the step "not eligible"', () => {
    const over = { reasonForLeaving: 'resignation' } as const
    const r = calculateJkpBenefit({ ...FULL, ...over, claimNumber: 1 }, EN)
    expect(r.status).toBe('not-payable')
    expect(r.claimCheck).toBe('not-eligible')
    expect(r.reasons[1]).toEqual({
      code: 'ELIG_JKP_REASON_EXCLUDED',
      kind: 'not-met',
      message: 'The reason for leaving work (resignation) is excluded from JKP benefits.',
      legal: [P20],
      path: ['reasonForLeaving'],
    })
    expect(step(r, 'jkp.claim').description).toBe('JKP claim check (checkJkpClaim): not eligible.')
    expect(step(r, 'jkp.claim').value).toBe('not-eligible')
    const id = calculateJkpBenefit({ ...FULL, ...over, claimNumber: 1 })
    expect(step(id, 'jkp.claim').description).toBe(
      'Pemeriksaan klaim JKP (checkJkpClaim): tidak memenuhi syarat.',
    )
  })

  it('facts not given (PP 37/2021, 2022-03-10): a MISSING_FACT per condition, with its citations', () => {
    const r = calculateJkpBenefit(
      {
        layoffDate: '2022-03-10',
        claimDate: '2022-04-01',
        claimNumber: 1,
        monthlyWage: 4_000_000,
        employerArrearsMonths: 0,
      },
      EN,
    )
    expect(r.status).toBe('incomplete')
    expect(r.claimCheck).toBe('unknown')
    // PP 37/2021 Pasal 40: 3 months after the layoff of 2022-03-10
    expect(r.claimDeadline).toBe('2022-06-10')
    expect(r.missing).toEqual([
      'reasonForLeaving',
      'contributionMonthsInWindow',
      'consecutiveMonthsBeforeLayoff',
      'employedAgain',
    ])
    const fact = (path: string, what: string, legal: object[]) => ({
      code: 'MISSING_FACT',
      kind: 'missing',
      message: `Not given: ${what} (field ${path}). The library does not assume it.`,
      legal,
      path: [path],
    })
    expect(r.reasons.slice(0, 6)).toEqual([
      {
        code: 'ELIG_JKP_IN_FORCE',
        kind: 'met',
        message: 'The JKP program is in force on 2022-03-10.',
        legal: [PP37, D7],
        path: ['layoffDate'],
      },
      fact('reasonForLeaving', 'the reason for the termination', [P20]),
      fact(
        'contributionMonthsInWindow',
        'the months of JKP contributions in the 24 months before the termination',
        [P19],
      ),
      fact(
        'consecutiveMonthsBeforeLayoff',
        'the consecutive months of contributions before the termination',
        [P19],
      ),
      {
        code: 'ELIG_JKP_DEADLINE_MET',
        kind: 'met',
        message: 'Claim on 2022-04-01, within the deadline 2022-06-10 (3 months after the layoff).',
        legal: [P40_PP37],
        path: ['claimDate'],
      },
      fact('employedAgain', 'whether the participant has a new job', [P40_PP37, P40_PP6]),
    ])
    expect(step(r, 'jkp.claim')).toEqual({
      rule: 'jkp.claim',
      description: 'JKP claim check (checkJkpClaim): not decided yet.',
      inputs: { layoffDate: '2022-03-10', claimDeadline: '2022-06-10' },
      parameters: [],
      legal: [PP37, D7, P20, P19, P40_PP37, P40_PP6],
      value: 'unknown',
    })
  })

  it('facts not given, Indonesian: the MISSING_FACT text and the step', () => {
    const r = calculateJkpBenefit({ layoffDate: '2022-03-10', claimDate: '2022-04-01' })
    expect(r.reasons[1]).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Data belum diberikan: alasan PHK (kolom reasonForLeaving). Pustaka ini tidak mengasumsikannya.',
      legal: [P20],
      path: ['reasonForLeaving'],
    })
    expect(step(r, 'jkp.claim').description).toBe(
      'Pemeriksaan klaim JKP (checkJkpClaim): belum dapat ditentukan.',
    )
  })

  it('only the claim date missing: payable, the deadline as a note on claimDate (claimCheck unknown)', () => {
    const { claimDate: _, ...noDate } = FULL
    const r = calculateJkpBenefit({ ...noDate, claimNumber: 1 }, EN)
    expect(r.status).toBe('payable')
    expect(r.claimCheck).toBe('unknown')
    expect(r.missing).toEqual([])
    expect(r.reasons[4]).toEqual({
      code: 'ELIG_JKP_DEADLINE_IS',
      kind: 'note',
      message: 'The claim must be filed by 2025-09-15 (6 months after the layoff); no claim date was given.',
      legal: [P40_PP6],
      path: ['claimDate'],
    })
    expect(r.total).toBe(14_400_000)
  })
})

describe('JKP not in force: a termination on 2021-01-31 (JKP from 2021-02-01, D7)', () => {
  let r: JkpBenefitResult
  beforeEach(() => {
    r = calculateJkpBenefit({ layoffDate: '2021-01-31', monthlyWage: '100.50', claimNumber: 2 }, EN)
  })

  it('the whole result body: not payable, no regime, no cap, no training, the wage still reported', () => {
    const { reasons, warnings, explanation, ...body } = r
    expect(body).toEqual({
      payable: false,
      status: 'not-payable',
      missing: [],
      regime: null,
      layoffDate: '2021-01-31',
      claimNumber: 2,
      claimDeadline: null,
      claimCheck: 'not-eligible',
      monthlyWage: 101,
      wageCap: null,
      wageBase: null,
      capped: false,
      months: [],
      total: 0,
      firstPayer: null,
      training: null,
    })
    expect(reasons).toEqual([
      {
        code: 'ELIG_JKP_NOT_IN_FORCE',
        kind: 'not-met',
        message: 'The JKP program did not exist on 2021-01-31: PP 37/2021 started it.',
        legal: [PP37, D7],
        path: ['layoffDate'],
      },
    ])
    expect(warnings).toEqual([])
    expect(explanation.steps).toEqual([
      {
        rule: 'jkp.claim',
        description: 'JKP claim check (checkJkpClaim): not eligible.',
        inputs: { layoffDate: '2021-01-31', claimDeadline: null },
        parameters: [],
        legal: [PP37, D7],
        value: 'not-eligible',
      },
    ])
    expect(explanation.parameters.filter((p) => p.id.startsWith('jkpBenefit.'))).toEqual([])
  })

  it('2021-02-01, the first day: in force, a regime and a cap', () => {
    const ok = calculateJkpBenefit({ ...FULL, layoffDate: '2021-02-01', claimDate: '2022-02-01' }, EN)
    expect(ok.regime).toBe('PP-37-2021')
    expect(ok.wageCap).toBe(5_000_000)
    expect(ok.reasons[0]?.code).toBe('ELIG_JKP_IN_FORCE')
  })
})

describe('jkp repeat claims (jkpBenefit.repeatClaim: 60 months, up to the 3rd claim, low confidence)', () => {
  const repeat = (claimNumber: number, repeatContributionMonths?: number, options?: object) =>
    calculateJkpBenefit(
      {
        ...FULL,
        // a first claim would fail these (fewer than 12 and 6): a repeat claim leaves them out
        contributionMonthsInWindow: 3,
        consecutiveMonthsBeforeLayoff: 2,
        claimNumber,
        ...(repeatContributionMonths === undefined ? {} : { repeatContributionMonths }),
      },
      options,
    )
  const REPLACES = (n: number) => ({
    code: 'JKP_REPEAT_REPLACES_WINDOW',
    kind: 'note',
    message: `Claim number ${n}: the 12-of-24-months and 6-consecutive-months conditions are for a first claim only; the contribution-months condition replaces them.`,
    legal: REPEAT,
    path: ['claimNumber'],
  })

  it('2nd claim with 60 months: met; the first-claim window conditions left out; payable', () => {
    const r = repeat(2, 60, EN)
    expect(r.status).toBe('payable')
    expect(r.claimNumber).toBe(2)
    expect(r.reasons.slice(0, 6)).toEqual([
      MET_PP6[0],
      MET_PP6[1],
      MET_PP6[4],
      MET_PP6[5],
      REPLACES(2),
      {
        code: 'JKP_REPEAT_MET',
        kind: 'met',
        message: 'JKP claim number 2: 60 months of contributions, at least 60 months.',
        legal: REPEAT,
        path: ['repeatContributionMonths'],
      },
    ])
    // the repeat rule is read before the regime (claim reasons first)
    expect(r.warnings).toEqual([
      LOW_REPEAT,
      {
        code: 'JKP_CONDITIONS_PP37_WORDING',
        message:
          'The PP 6/2025 wording of the claim conditions (Pasal 19–20: resignation, proof of termination) was not seen: the PP 37/2021 conditions are used.',
      },
    ])
    expect(r.total).toBe(14_400_000)
  })

  it('2nd claim with 59 months: not met, not payable (Indonesian)', () => {
    const r = repeat(2, 59)
    expect(r.status).toBe('not-payable')
    expect(r.reasons.slice(4, 6)).toEqual([
      {
        ...REPLACES(2),
        message:
          'Klaim ke-2: syarat 12 dari 24 bulan dan 6 bulan berturut-turut hanya untuk klaim pertama; diganti syarat masa iur.',
      },
      {
        code: 'JKP_REPEAT_NOT_MET',
        kind: 'not-met',
        message: 'Klaim JKP ke-2: masa iur 59 bulan kurang dari 60 bulan.',
        legal: REPEAT,
        path: ['repeatContributionMonths'],
      },
    ])
  })

  it('2nd claim, months not given: a missing fact on repeatContributionMonths', () => {
    const r = repeat(2, undefined, EN)
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['repeatContributionMonths'])
    expect(r.reasons.slice(4, 6)).toEqual([
      REPLACES(2),
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the contribution months for a second or third JKP claim (field repeatContributionMonths). The library does not assume it.',
        legal: REPEAT,
        path: ['repeatContributionMonths'],
      },
    ])
  })

  it('3rd claim (the highest known) with 60 months: met (Indonesian text)', () => {
    const r = repeat(3, 60)
    expect(r.status).toBe('payable')
    expect(r.reasons[5]).toEqual({
      code: 'JKP_REPEAT_MET',
      kind: 'met',
      message: 'Klaim JKP ke-3: masa iur 60 bulan, paling sedikit 60 bulan.',
      legal: REPEAT,
      path: ['repeatContributionMonths'],
    })
  })

  // claimNumber 4 was given: before the fix the result said it was not (a MISSING_FACT on claimNumber, "Not given:
  // whether a fourth or later JKP claim is possible", status incomplete). The rule allows at most 3 claims
  // (maxClaimNumber of jkpBenefit.repeatClaim): the 4th is not met on claimNumber, the result not payable.
  const OVER_MAX = (n: number) => ({
    code: 'JKP_CLAIM_NUMBER_OVER_MAX',
    kind: 'not-met',
    message: `JKP claim number ${n}: JKP can be claimed at most 3 times; this claim is not eligible.`,
    legal: REPEAT,
    path: ['claimNumber'],
  })

  it('4th claim: not met on claimNumber (at most 3 claims), not payable, nothing missing; the months not looked at', () => {
    const r = repeat(4, 100, EN)
    expect(r.status).toBe('not-payable')
    expect(r.payable).toBe(false)
    expect(r.missing).toEqual([])
    expect(r.claimNumber).toBe(4)
    expect(r.reasons.slice(0, 5)).toEqual([MET_PP6[0], MET_PP6[1], MET_PP6[4], MET_PP6[5], OVER_MAX(4)])
    expect(codes(r)).not.toContain('MISSING_FACT')
    expect(codes(r)).not.toContain('JKP_REPEAT_REPLACES_WINDOW')
    expect(codes(r)).not.toContain('JKP_REPEAT_MET')
    expect(r.months).toEqual([])
    expect(r.total).toBe(0)
    expect(r.warnings[0]).toEqual(LOW_REPEAT)
  })

  it('4th claim in Indonesian: the not-met reason names the claim and the most claims', () => {
    const r = repeat(4, 100)
    expect(r.reasons.filter((x) => x.path?.[0] === 'claimNumber')).toEqual([
      {
        ...OVER_MAX(4),
        message:
          'Klaim JKP ke-4: manfaat JKP paling banyak diajukan 3 kali; klaim ini tidak memenuhi syarat.',
      },
    ])
    expect(r.status).toBe('not-payable')
  })

  it('the 99th claim (the highest accepted) without repeatContributionMonths: not met, no missing fact either', () => {
    const r = repeat(99, undefined, EN)
    expect(r.status).toBe('not-payable')
    expect(r.missing).toEqual([])
    expect(r.reasons.filter((x) => x.path?.[0] === 'claimNumber' || x.kind === 'missing')).toEqual([
      OVER_MAX(99),
    ])
  })
})

describe('jkpBenefit.firstClaimDate: claims accepted from 2022-02-01', () => {
  const FIRST = [PP37]
  // no arrears given: the PP 37/2021 threshold (low confidence) is not read, no warning of its own
  const { employerArrearsMonths: _a, claimDate: _c, ...noArrears } = FULL
  const early = (layoffDate: string, claimDate?: string, options?: object) =>
    calculateJkpBenefit(
      {
        ...noArrears,
        claimNumber: 1,
        layoffDate,
        ...(claimDate === undefined ? {} : { claimDate }),
      },
      options,
    )

  it('a claim on 2022-01-31: not met on claimDate (English and Indonesian)', () => {
    const r = early('2022-01-10', '2022-01-31', EN)
    expect(r.status).toBe('not-payable')
    expect(r.reasons.filter((x) => x.code === 'JKP_CLAIM_BEFORE_CLAIMS_OPENED')).toEqual([
      {
        code: 'JKP_CLAIM_BEFORE_CLAIMS_OPENED',
        kind: 'not-met',
        message: 'The claim of 2022-01-31 is before JKP claims could be filed (2022-02-01).',
        legal: FIRST,
        path: ['claimDate'],
      },
    ])
    expect(
      early('2022-01-10', '2022-01-31').reasons.find((x) => x.code === 'JKP_CLAIM_BEFORE_CLAIMS_OPENED')
        ?.message,
    ).toBe('Klaim 2022-01-31 sebelum klaim JKP dapat diajukan (2022-02-01).')
    expect(r.warnings.map((w) => w.code)).not.toContain('JKP_DEADLINE_BEFORE_CLAIMS_OPENED')
  })

  it('a claim on 2022-02-01: accepted, payable', () => {
    const r = early('2022-01-10', '2022-02-01', EN)
    expect(codes(r)).not.toContain('JKP_CLAIM_BEFORE_CLAIMS_OPENED')
    expect(r.status).toBe('payable')
  })

  it('no claim date, the deadline 2022-01-31 (layoff 2021-10-31) ended before: warned (English and Indonesian)', () => {
    expect(early('2021-10-31', undefined, EN).warnings).toEqual([
      {
        code: 'JKP_DEADLINE_BEFORE_CLAIMS_OPENED',
        message:
          'The claim deadline 2022-01-31 ended before JKP claims could be filed (2022-02-01): no rule for such terminations was found.',
        parameterId: 'jkpBenefit.firstClaimDate',
      },
    ])
    expect(early('2021-10-31').warnings).toEqual([
      {
        code: 'JKP_DEADLINE_BEFORE_CLAIMS_OPENED',
        message:
          'Batas klaim 2022-01-31 berakhir sebelum klaim JKP dapat diajukan (2022-02-01): aturan bagi PHK ini tidak ditemukan.',
        parameterId: 'jkpBenefit.firstClaimDate',
      },
    ])
  })

  it('no claim date, the deadline 2022-02-01 (layoff 2021-11-01): no warning', () => {
    expect(early('2021-11-01', undefined, EN).warnings).toEqual([])
  })

  it('a claim date with a deadline before 2022-02-01: the not-met reason, no warning', () => {
    const r = early('2021-10-31', '2022-01-15', EN)
    expect(codes(r)).toContain('JKP_CLAIM_BEFORE_CLAIMS_OPENED')
    expect(r.warnings).toEqual([])
  })

  it('a claim on 2022-02-01 after the deadline 2022-01-31: the deadline not met, no warning', () => {
    const r = early('2021-10-31', '2022-02-01', EN)
    expect(r.status).toBe('not-payable')
    expect(codes(r)).toContain('ELIG_JKP_DEADLINE_NOT_MET')
    expect(codes(r)).not.toContain('JKP_CLAIM_BEFORE_CLAIMS_OPENED')
    expect(r.warnings).toEqual([])
  })

  it('the reading: 2022-02-01, medium confidence, cited to PP 37/2021', () => {
    const r = early('2022-01-10', '2022-02-01', EN)
    expect(r.explanation.parameters.find((p) => p.id === 'jkpBenefit.firstClaimDate')).toEqual({
      id: 'jkpBenefit.firstClaimDate',
      value: '2022-02-01',
      from: '2021-02-01',
      date: '2022-01-10',
      confidence: 'medium',
      legal: FIRST,
      lastVerifiedOn: '2026-11-24',
      overridden: false,
    })
  })
})

describe("the claim check's readings and warnings are carried into the benefit's explanation", () => {
  // paid months 2024-01 … 2025-03: 15 in the window that counts the layoff month (low-confidence reading)
  const paidPeriods = Array.from({ length: 15 }, (_, i) =>
    i < 12 ? `2024-${String(i + 1).padStart(2, '0')}` : `2025-0${i - 11}`,
  )
  let r: JkpBenefitResult
  beforeEach(() => {
    const { contributionMonthsInWindow: _w, consecutiveMonthsBeforeLayoff: _c, ...rest } = FULL
    r = calculateJkpBenefit({ ...rest, claimNumber: 1, paidPeriods }, EN)
  })

  it('the counts from the paid months, and the claim warning first', () => {
    expect(r.status).toBe('payable')
    expect(r.reasons.slice(2, 4).map((x) => x.message)).toEqual([
      '15 months of contributions in the last 24 months, at least 12.',
      '15 consecutive months of contributions before the layoff, at least 6.',
    ])
    expect(r.warnings).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter eligibility.jkp.claim.countsLayoffMonth, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'eligibility.jkp.claim.countsLayoffMonth',
      },
      {
        code: 'JKP_CONDITIONS_PP37_WORDING',
        message:
          'The PP 6/2025 wording of the claim conditions (Pasal 19–20: resignation, proof of termination) was not seen: the PP 37/2021 conditions are used.',
      },
    ])
  })

  it("every parameter read, the claim check's first, each once", () => {
    expect(r.explanation.parameters.map((p) => p.id)).toEqual([
      'programs.matrix',
      'eligibility.jkp.claim.excludedReasons',
      'eligibility.jkp.claim.minMonthsInWindow',
      'eligibility.jkp.claim.windowMonths',
      'eligibility.jkp.claim.minConsecutiveMonths',
      'eligibility.jkp.claim.countsLayoffMonth',
      'eligibility.jkp.claim.deadlineMonths',
      'jkpBenefit.firstClaimDate',
      'jkpBenefit.cashSchedule',
      'jkpBenefit.regimeWarningMonths',
      'jkpBenefit.wageCap',
      'jkpBenefit.arrearsThresholdMonths',
      'jkpBenefit.trainingCostCap',
    ])
  })
})
