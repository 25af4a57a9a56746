/**
 * checkJkpClaim, rule by rule (PP 37/2021 Pasal 19, 20 and 40 as amended by PP 6/2025): the program in
 * force (from 2021-02-01, decisions D7), the reason for leaving, at least 12 contribution months in the last
 * 24 and at least 6 consecutive before the layoff, the claim deadline (3 months after a layoff up to
 * 2025-02-06, 6 months from 2025-02-07), no new job. Every expected value is written out from the parameter
 * tables (src/parameters/eligibility-jkp-claim.ts) and the English messages; nothing is computed by the code
 * under test.
 */
import { describe, expect, it } from 'vitest'
import { checkJkpClaim, type JkpClaimInput, type JkpClaimResult } from '../../src/index.js'

const EN = { locale: 'en' } as const

const JKP_START = [{ source: 'PP-37-2021' }, { source: 'DECISIONS', article: 'D7' }]
const PASAL_19 = [{ source: 'PP-37-2021', article: 'Pasal 19' }]
const PASAL_20 = [{ source: 'PP-37-2021', article: 'Pasal 20' }]
const DEADLINE_OLD = [{ source: 'PP-37-2021', article: 'Pasal 40' }]
const DEADLINE_NEW = [{ source: 'PP-6-2025', article: 'Pasal 40' }]
const LOST = [
  { source: 'PP-37-2021', article: 'Pasal 40' },
  { source: 'PP-6-2025', article: 'Pasal 40' },
]

/** A complete, eligible claim under PP 6/2025 (deadline 2025-09-10). */
const FULL: JkpClaimInput = {
  layoffDate: '2025-03-10',
  claimDate: '2025-09-10',
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 14,
  consecutiveMonthsBeforeLayoff: 8,
  employedAgain: false,
}

const step = (r: JkpClaimResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const cond = (r: JkpClaimResult, id: string) => {
  const c = r.conditions.find((x) => x.id === id)
  if (c === undefined) throw new Error(`no condition ${id}`)
  return c
}
const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id)

describe('jkp.inForce: JKP exists from 2021-02-01 (PP 37/2021, decisions D7)', () => {
  it('a layoff on 2021-01-31: not met, the only condition, no deadline, not eligible', () => {
    const r = checkJkpClaim({ ...FULL, layoffDate: '2021-01-31', claimDate: '2021-02-15' }, EN)
    expect(r.status).toBe('not-eligible')
    expect(r.claimDeadline).toBeNull()
    expect(r.conditions).toEqual([
      {
        id: 'jkp.inForce',
        status: 'not-met',
        reasons: [
          {
            code: 'ELIG_JKP_NOT_IN_FORCE',
            message: 'The JKP program did not exist on 2021-01-31: PP 37/2021 started it.',
            legal: JKP_START,
          },
        ],
      },
    ])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.jkp.inForce',
      'eligibility.jkp.claim',
    ])
    const s = step(r, 'eligibility.jkp.inForce')
    expect(ids(s.parameters)).toEqual(['programs.matrix'])
    expect(s.legal.slice(0, 2)).toEqual(JKP_START)
    expect(s.value).toBe('not-met')
    // the given counts are still reported
    expect(r.contributionMonthsInWindow).toBe(14)
    expect(r.consecutiveMonthsBeforeLayoff).toBe(8)
  })

  it('a layoff on 2021-02-01: met, ELIG_JKP_IN_FORCE, and the other five conditions follow', () => {
    const r = checkJkpClaim({ ...FULL, layoffDate: '2021-02-01', claimDate: '2021-05-01' }, EN)
    expect(r.conditions.map((c) => c.id)).toEqual([
      'jkp.inForce',
      'jkp.reason',
      'jkp.contributions',
      'jkp.consecutive',
      'jkp.deadline',
      'jkp.notReemployed',
    ])
    expect(cond(r, 'jkp.inForce')).toEqual({
      id: 'jkp.inForce',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_JKP_IN_FORCE',
          message: 'The JKP program is in force on 2021-02-01.',
          legal: JKP_START,
        },
      ],
    })
    expect(r.status).toBe('eligible')
    expect(r.claimDeadline).toBe('2021-05-01')
  })
})

describe('jkp.reason: the reasons for leaving that exclude a claim (PP 37/2021 Pasal 20)', () => {
  const excluded = [
    ['resignation', 'resignation'],
    ['retirement', 'retirement'],
    ['total-permanent-disability', 'total permanent disability'],
    ['death', 'death'],
    ['fixed-term-contract-ended', 'end of a fixed-term contract'],
  ] as const
  for (const [why, words] of excluded)
    it(`${why}: not met, ELIG_JKP_REASON_EXCLUDED`, () => {
      const r = checkJkpClaim({ ...FULL, reasonForLeaving: why }, EN)
      expect(r.status).toBe('not-eligible')
      expect(cond(r, 'jkp.reason')).toEqual({
        id: 'jkp.reason',
        status: 'not-met',
        reasons: [
          {
            code: 'ELIG_JKP_REASON_EXCLUDED',
            message: `The reason for leaving work (${words}) is excluded from JKP benefits.`,
            legal: PASAL_20,
          },
        ],
      })
    })

  const allowed = [
    ['layoff', 'laid off by the employer'],
    ['company-closure', 'company closed'],
    ['bankruptcy', 'company bankrupt'],
    ['fixed-term-terminated-early', 'fixed-term contract ended early'],
  ] as const
  for (const [why, words] of allowed)
    it(`${why}: met, ELIG_JKP_REASON_OK`, () => {
      const r = checkJkpClaim({ ...FULL, reasonForLeaving: why }, EN)
      expect(r.status).toBe('eligible')
      expect(cond(r, 'jkp.reason')).toEqual({
        id: 'jkp.reason',
        status: 'met',
        reasons: [
          {
            code: 'ELIG_JKP_REASON_OK',
            message: `The reason for leaving work (${words}) is not excluded from JKP.`,
            legal: PASAL_20,
          },
        ],
      })
    })

  it('not given: unknown, missing ["reasonForLeaving"], cited to Pasal 20', () => {
    const { reasonForLeaving: _r, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['reasonForLeaving'])
    expect(cond(r, 'jkp.reason')).toEqual({
      id: 'jkp.reason',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (reasonForLeaving).',
          legal: PASAL_20,
        },
      ],
      missing: ['reasonForLeaving'],
    })
    const s = step(r, 'eligibility.jkp.reason')
    expect(s.parameters).toEqual([
      {
        id: 'eligibility.jkp.claim.excludedReasons',
        value: [
          'resignation',
          'retirement',
          'total-permanent-disability',
          'death',
          'fixed-term-contract-ended',
        ],
        from: '2021-02-01',
      },
    ])
    expect(s.inputs).toEqual({
      layoffDate: '2025-03-10',
      claimDate: '2025-09-10',
      reasonForLeaving: null,
      contributionMonthsInWindow: 14,
      consecutiveMonthsBeforeLayoff: 8,
    })
  })
})

describe('jkp.contributions: at least 12 months in the last 24 (PP 37/2021 Pasal 19)', () => {
  it('12 months: met', () => {
    const r = checkJkpClaim({ ...FULL, contributionMonthsInWindow: 12 }, EN)
    expect(r.status).toBe('eligible')
    expect(cond(r, 'jkp.contributions')).toEqual({
      id: 'jkp.contributions',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_JKP_WINDOW_MET',
          message: '12 months of contributions in the last 24 months, at least 12.',
          legal: PASAL_19,
        },
      ],
    })
    const s = step(r, 'eligibility.jkp.contributions')
    expect(s.parameters).toEqual([
      { id: 'eligibility.jkp.claim.minMonthsInWindow', value: 12, from: '2021-02-01' },
      { id: 'eligibility.jkp.claim.windowMonths', value: 24, from: '2021-02-01' },
    ])
    expect(s.legal).toEqual(PASAL_19)
    expect(s.value).toBe('met')
  })

  it('11 months: not met', () => {
    const r = checkJkpClaim({ ...FULL, contributionMonthsInWindow: 11 }, EN)
    expect(r.status).toBe('not-eligible')
    expect(cond(r, 'jkp.contributions')).toEqual({
      id: 'jkp.contributions',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_WINDOW_NOT_MET',
          message: 'Only 11 months of contributions in the last 24 months: at least 12 are required.',
          legal: PASAL_19,
        },
      ],
    })
    expect(step(r, 'eligibility.jkp.contributions').value).toBe('not-met')
  })

  it('24 months (the whole window) is accepted; 25 is refused (ELIG_MONTHS_EXCEED_WINDOW)', () => {
    expect(checkJkpClaim({ ...FULL, contributionMonthsInWindow: 24 }).contributionMonthsInWindow).toBe(24)
    expect(() => checkJkpClaim({ ...FULL, contributionMonthsInWindow: 25 }, EN)).toThrow(
      expect.objectContaining({
        name: 'BpjsValidationError',
        issues: [
          expect.objectContaining({
            path: ['contributionMonthsInWindow'],
            code: 'ELIG_MONTHS_EXCEED_WINDOW',
            message: '25 months of contributions exceed the 24-month window.',
          }),
        ],
      }),
    )
  })

  it('not given: unknown, missing ["contributionMonthsInWindow"], cited to Pasal 19', () => {
    const { contributionMonthsInWindow: _m, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(r.missing).toEqual(['contributionMonthsInWindow'])
    expect(r.contributionMonthsInWindow).toBeUndefined()
    expect(cond(r, 'jkp.contributions')).toEqual({
      id: 'jkp.contributions',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (contributionMonthsInWindow).',
          legal: PASAL_19,
        },
      ],
      missing: ['contributionMonthsInWindow'],
    })
  })
})

describe('jkp.consecutive: at least 6 consecutive months before the layoff (PP 37/2021 Pasal 19)', () => {
  it('6 months: met; 5: not met', () => {
    const met = checkJkpClaim({ ...FULL, consecutiveMonthsBeforeLayoff: 6 }, EN)
    expect(met.status).toBe('eligible')
    expect(cond(met, 'jkp.consecutive')).toEqual({
      id: 'jkp.consecutive',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_JKP_CONSECUTIVE_MET',
          message: '6 consecutive months of contributions before the layoff, at least 6.',
          legal: PASAL_19,
        },
      ],
    })
    expect(step(met, 'eligibility.jkp.consecutive').parameters).toEqual([
      { id: 'eligibility.jkp.claim.minConsecutiveMonths', value: 6, from: '2021-02-01' },
    ])
    const notMet = checkJkpClaim({ ...FULL, consecutiveMonthsBeforeLayoff: 5 }, EN)
    expect(notMet.status).toBe('not-eligible')
    expect(cond(notMet, 'jkp.consecutive')).toEqual({
      id: 'jkp.consecutive',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_CONSECUTIVE_NOT_MET',
          message: 'Only 5 consecutive months of contributions before the layoff: at least 6 are required.',
          legal: PASAL_19,
        },
      ],
    })
  })

  it('not given: unknown, missing ["consecutiveMonthsBeforeLayoff"]', () => {
    const { consecutiveMonthsBeforeLayoff: _c, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(r.missing).toEqual(['consecutiveMonthsBeforeLayoff'])
    expect(r.consecutiveMonthsBeforeLayoff).toBeUndefined()
    expect(cond(r, 'jkp.consecutive')).toEqual({
      id: 'jkp.consecutive',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (consecutiveMonthsBeforeLayoff).',
          legal: PASAL_19,
        },
      ],
      missing: ['consecutiveMonthsBeforeLayoff'],
    })
  })
})

describe('counting paid months from paidPeriods (eligibility.jkp.claim.countsLayoffMonth: true)', () => {
  const { contributionMonthsInWindow: _a, consecutiveMonthsBeforeLayoff: _b, ...input } = FULL
  const months = (from: string, n: number) => {
    const out: string[] = []
    let [y, m] = from.split('-').map(Number) as [number, number]
    for (let i = 0; i < n; i++) {
      out.push(`${y}-${String(m).padStart(2, '0')}`)
      m++
      if (m === 13) {
        m = 1
        y++
      }
    }
    return out
  }

  it('the window of a layoff in 2025-03 is 2023-04 … 2025-03: 2023-03 and 2025-04 fall outside', () => {
    // 2023-04 (first month of the window) + 2024-05 … 2025-03 (11 months) = 12; 2023-03 and 2025-04 outside
    const paid = ['2023-03', '2023-04', ...months('2024-05', 11), '2025-04']
    const r = checkJkpClaim({ ...input, paidPeriods: paid }, EN)
    expect(r.contributionMonthsInWindow).toBe(12)
    expect(r.consecutiveMonthsBeforeLayoff).toBe(11)
    expect(r.status).toBe('eligible')
    expect(cond(r, 'jkp.contributions').reasons.map((x) => x.message)).toEqual([
      '12 months of contributions in the last 24 months, at least 12.',
    ])
    const s = step(r, 'eligibility.jkp.countPaidMonths')
    expect(s.value).toEqual({ inWindow: 12, consecutive: 11 })
    expect(s.inputs).toEqual({ paidPeriods: paid, layoffMonth: '2025-03' })
    expect(s.parameters).toEqual([
      { id: 'eligibility.jkp.claim.countsLayoffMonth', value: true, from: '2021-02-01' },
    ])
    expect(s.legal).toEqual(PASAL_19)
    expect(s.description).toBe(
      'Paid contribution months: 12 in the window 2023-04 to 2025-03; 11 consecutive before the layoff.',
    )
    expect(s.formula).toBe(
      'the window ends with the layoff month; the consecutive run ends with the layoff month, or the month before when the layoff month is unpaid',
    )
    // the count reading is recorded on both count conditions
    expect(ids(step(r, 'eligibility.jkp.contributions').parameters)).toEqual([
      'eligibility.jkp.claim.minMonthsInWindow',
      'eligibility.jkp.claim.windowMonths',
      'eligibility.jkp.claim.countsLayoffMonth',
    ])
    expect(ids(step(r, 'eligibility.jkp.consecutive').parameters)).toEqual([
      'eligibility.jkp.claim.minConsecutiveMonths',
      'eligibility.jkp.claim.countsLayoffMonth',
    ])
    expect(step(r, 'eligibility.jkp.contributions').inputs).toMatchObject({
      contributionMonthsInWindow: 12,
      consecutiveMonthsBeforeLayoff: 11,
    })
  })

  it('months paid after the layoff month are not counted and are said in a warning, not dropped silently', () => {
    // layoff 2025-03-10: 2024-04 … 2025-03 (12, the layoff month included) count; 2025-04 and 2025-05 do not
    const paid = [...months('2024-04', 12), '2025-04', '2025-05']
    const r = checkJkpClaim({ ...input, paidPeriods: paid }, EN)
    expect([r.contributionMonthsInWindow, r.consecutiveMonthsBeforeLayoff]).toEqual([12, 12])
    // the counting rule itself is low confidence (its warning comes first, when it is read)
    expect(r.warnings.map((w) => w.code)).toEqual(['LOW_CONFIDENCE_RULE', 'ELIG_JKP_PAID_AFTER_LAYOFF'])
    expect(r.warnings.slice(1).map((w) => [w.code, w.message])).toEqual([
      [
        'ELIG_JKP_PAID_AFTER_LAYOFF',
        'Months in paidPeriods after the layoff month 2025-03 are not counted (2: 2025-04, 2025-05): the JKP contribution conditions count up to the layoff.',
      ],
    ])
    // the layoff month itself is not after the layoff: no warning
    const upTo = checkJkpClaim({ ...input, paidPeriods: months('2024-04', 12) }, EN)
    expect(upTo.warnings.map((w) => w.code)).toEqual(['LOW_CONFIDENCE_RULE'])
    expect([upTo.contributionMonthsInWindow, upTo.consecutiveMonthsBeforeLayoff]).toEqual([12, 12])
  })

  it('one month short of the window minimum: 2023-04 unpaid gives 11 in the window', () => {
    const r = checkJkpClaim({ ...input, paidPeriods: ['2023-03', ...months('2024-05', 11)] }, EN)
    expect(r.contributionMonthsInWindow).toBe(11)
    expect(cond(r, 'jkp.contributions').status).toBe('not-met')
    expect(r.status).toBe('not-eligible')
  })

  it('the layoff month unpaid: the run ends with the month before (6 consecutive, met)', () => {
    const r = checkJkpClaim({ ...input, paidPeriods: months('2024-09', 6) }, EN)
    expect(r.consecutiveMonthsBeforeLayoff).toBe(6)
    expect(r.contributionMonthsInWindow).toBe(6)
    expect(cond(r, 'jkp.consecutive').status).toBe('met')
    expect(step(r, 'eligibility.jkp.countPaidMonths').description).toBe(
      'Paid contribution months: 6 in the window 2023-04 to 2025-03; 6 consecutive before the layoff.',
    )
  })

  it('a gap breaks the run: 2024-08, then 2024-10 … 2025-03 is a run of 6 (met), 5 when it starts 2024-11', () => {
    const six = checkJkpClaim({ ...input, paidPeriods: ['2024-08', ...months('2024-10', 6)] }, EN)
    expect(six.consecutiveMonthsBeforeLayoff).toBe(6)
    expect(six.contributionMonthsInWindow).toBe(7)
    const five = checkJkpClaim({ ...input, paidPeriods: ['2024-08', '2024-09', ...months('2024-11', 5)] }, EN)
    expect(five.consecutiveMonthsBeforeLayoff).toBe(5)
    expect(cond(five, 'jkp.consecutive').reasons.map((x) => x.message)).toEqual([
      'Only 5 consecutive months of contributions before the layoff: at least 6 are required.',
    ])
  })

  it('neither the layoff month nor the month before paid: no consecutive run', () => {
    const r = checkJkpClaim({ ...input, paidPeriods: months('2024-01', 13) }, EN)
    expect(r.contributionMonthsInWindow).toBe(13)
    expect(r.consecutiveMonthsBeforeLayoff).toBe(0)
    expect(cond(r, 'jkp.contributions').status).toBe('met')
    expect(cond(r, 'jkp.consecutive').status).toBe('not-met')
  })

  it('with countsLayoffMonth false (override) the window and run end with the month before the layoff', () => {
    const paid = ['2023-03', ...months('2024-10', 6)]
    const r = checkJkpClaim(
      { ...input, paidPeriods: paid },
      { ...EN, parameters: { 'eligibility.jkp.claim.countsLayoffMonth': false } },
    )
    // window 2023-03 … 2025-02: 2023-03 and 2024-10 … 2025-02 (5); 2025-03 is outside; the run is 2024-10 … 2025-02
    expect(r.contributionMonthsInWindow).toBe(6)
    expect(r.consecutiveMonthsBeforeLayoff).toBe(5)
    const s = step(r, 'eligibility.jkp.countPaidMonths')
    expect(s.description).toBe(
      'Paid contribution months: 6 in the window 2023-03 to 2025-02; 5 consecutive before the layoff.',
    )
    expect(s.formula).toBe('the window and the consecutive run end with the month before the layoff month')
  })

  it('paidPeriods with a month count, or a month twice, is refused', () => {
    expect(() => checkJkpClaim({ ...FULL, paidPeriods: ['2025-01'] }, EN)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['paidPeriods'], code: 'ELIG_JKP_MONTHS_TWO_WAYS' })],
      }),
    )
    expect(() => checkJkpClaim({ ...input, paidPeriods: ['2025-01', '2025-02', '2025-01'] }, EN)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['paidPeriods', 2], code: 'DUPLICATE_VALUE' })],
      }),
    )
  })
  it('paidPeriods with either month count alone is refused too; the message names both ways', () => {
    const twoWays = {
      path: ['paidPeriods'],
      code: 'ELIG_JKP_MONTHS_TWO_WAYS',
      message:
        'Give the month counts (contributionMonthsInWindow, consecutiveMonthsBeforeLayoff) or the list of paid months (paidPeriods), not both.',
    }
    for (const count of [{ contributionMonthsInWindow: 12 }, { consecutiveMonthsBeforeLayoff: 6 }] as const)
      expect(() => checkJkpClaim({ ...input, ...count, paidPeriods: ['2025-01'] }, EN)).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining(twoWays)] }),
      )
  })

  it('a month listed twice is refused at its second place, naming the month', () => {
    expect(() => checkJkpClaim({ ...input, paidPeriods: ['2024-12', '2025-01', '2025-01'] }, EN)).toThrow(
      expect.objectContaining({
        name: 'BpjsValidationError',
        issues: [
          expect.objectContaining({
            path: ['paidPeriods', 2],
            code: 'DUPLICATE_VALUE',
            message: 'Duplicate value: 2025-01.',
          }),
        ],
      }),
    )
  })

  it('with countsLayoffMonth false, an unpaid month before the layoff leaves no run (no month of slack)', () => {
    // layoff 2025-03: the run must end with 2025-02, which is unpaid; 2024-08 … 2025-01 (6) do not count
    const r = checkJkpClaim(
      { ...input, paidPeriods: months('2024-08', 6) },
      { ...EN, parameters: { 'eligibility.jkp.claim.countsLayoffMonth': false } },
    )
    expect(r.consecutiveMonthsBeforeLayoff).toBe(0)
    // window 2023-03 … 2025-02: the six months are inside it
    expect(r.contributionMonthsInWindow).toBe(6)
    expect(cond(r, 'jkp.consecutive')).toEqual({
      id: 'jkp.consecutive',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_CONSECUTIVE_NOT_MET',
          message: 'Only 0 consecutive months of contributions before the layoff: at least 6 are required.',
          legal: PASAL_19,
        },
      ],
    })
    expect(step(r, 'eligibility.jkp.countPaidMonths').value).toEqual({ inWindow: 6, consecutive: 0 })
  })
})

describe('jkp.deadline: 3 months after a layoff up to 2025-02-06 (PP 37/2021), 6 from 2025-02-07 (PP 6/2025)', () => {
  it('a layoff on 2025-02-06: deadline 2025-05-06 — the day itself is met, the day after is not', () => {
    const on = checkJkpClaim({ ...FULL, layoffDate: '2025-02-06', claimDate: '2025-05-06' }, EN)
    expect(on.claimDeadline).toBe('2025-05-06')
    expect(cond(on, 'jkp.deadline')).toEqual({
      id: 'jkp.deadline',
      status: 'met',
      reasons: [
        {
          code: 'ELIG_JKP_DEADLINE_MET',
          message: 'Claim on 2025-05-06, within the deadline 2025-05-06 (3 months after the layoff).',
          legal: DEADLINE_OLD,
        },
      ],
    })
    const late = checkJkpClaim({ ...FULL, layoffDate: '2025-02-06', claimDate: '2025-05-07' }, EN)
    expect(late.status).toBe('not-eligible')
    expect(cond(late, 'jkp.deadline')).toEqual({
      id: 'jkp.deadline',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_DEADLINE_NOT_MET',
          message:
            'Claim on 2025-05-07 is past the deadline 2025-05-06 (3 months after the layoff): the right to JKP benefits is lost.',
          legal: DEADLINE_OLD,
        },
      ],
    })
    const s = step(late, 'eligibility.jkp.claimDeadline')
    expect(s.parameters).toEqual([
      { id: 'eligibility.jkp.claim.deadlineMonths', value: 3, from: '2021-02-01', to: '2025-02-06' },
    ])
    expect(s.inputs).toEqual({ layoffDate: '2025-02-06' })
    expect(s.value).toBe('2025-05-06')
    expect(s.legal).toEqual(DEADLINE_OLD)
  })

  it('a layoff on 2025-02-07: deadline 2025-08-07 under PP 6/2025', () => {
    const on = checkJkpClaim({ ...FULL, layoffDate: '2025-02-07', claimDate: '2025-08-07' }, EN)
    expect(on.claimDeadline).toBe('2025-08-07')
    expect(on.status).toBe('eligible')
    expect(cond(on, 'jkp.deadline').reasons).toEqual([
      {
        code: 'ELIG_JKP_DEADLINE_MET',
        message: 'Claim on 2025-08-07, within the deadline 2025-08-07 (6 months after the layoff).',
        legal: DEADLINE_NEW,
      },
    ])
    const late = checkJkpClaim({ ...FULL, layoffDate: '2025-02-07', claimDate: '2025-08-08' }, EN)
    expect(cond(late, 'jkp.deadline').status).toBe('not-met')
    expect(late.status).toBe('not-eligible')
    const s = step(on, 'eligibility.jkp.claimDeadline')
    expect(s.parameters).toEqual([
      { id: 'eligibility.jkp.claim.deadlineMonths', value: 6, from: '2025-02-07' },
    ])
    expect(s.description).toBe('JKP claim deadline: 2025-08-07 (6 months after the layoff on 2025-02-07).')
    expect(s.formula).toBe('layoff date + 6 months (same day, or the last day of a shorter month)')
    expect(step(on, 'eligibility.jkp.deadline').legal).toEqual(DEADLINE_NEW)
  })

  it('the deadline of a layoff on a month end is the last day of the shorter month', () => {
    expect(checkJkpClaim({ ...FULL, layoffDate: '2024-11-30', claimDate: '2025-02-28' }).claimDeadline).toBe(
      '2025-02-28',
    )
    expect(checkJkpClaim({ ...FULL, layoffDate: '2025-08-31', claimDate: '2026-02-28' }).claimDeadline).toBe(
      '2026-02-28',
    )
    expect(checkJkpClaim({ ...FULL, layoffDate: '2023-11-30', claimDate: '2024-02-29' }).status).toBe(
      'eligible',
    )
    expect(checkJkpClaim({ ...FULL, layoffDate: '2023-11-30', claimDate: '2024-03-01' }).status).toBe(
      'not-eligible',
    )
  })

  it('no claim date: unknown, ELIG_JKP_DEADLINE_IS tells the deadline, missing ["claimDate"]', () => {
    const { claimDate: _d, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['claimDate'])
    expect(r.claimDeadline).toBe('2025-09-10')
    expect(cond(r, 'jkp.deadline')).toEqual({
      id: 'jkp.deadline',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_JKP_DEADLINE_IS',
          message:
            'The claim must be filed by 2025-09-10 (6 months after the layoff); no claim date was given.',
          legal: DEADLINE_NEW,
        },
      ],
      missing: ['claimDate'],
    })
    expect(step(r, 'eligibility.jkp.deadline').inputs).toMatchObject({ claimDate: null })
  })

  it('a claim date before the layoff is refused (ELIG_DATE_ORDER)', () => {
    expect(() => checkJkpClaim({ ...FULL, claimDate: '2025-03-09' }, EN)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'ELIG_DATE_ORDER' })] }),
    )
  })
})

describe('jkp.notReemployed: the right is lost with a new job (PP 37/2021 Pasal 40, PP 6/2025)', () => {
  it('employedAgain false: met; true: not met; both cite the two Pasal 40', () => {
    const met = checkJkpClaim(FULL, EN)
    expect(cond(met, 'jkp.notReemployed')).toEqual({
      id: 'jkp.notReemployed',
      status: 'met',
      reasons: [{ code: 'ELIG_JKP_NOT_REEMPLOYED', message: 'The worker has no new job yet.', legal: LOST }],
    })
    expect(step(met, 'eligibility.jkp.notReemployed').parameters).toEqual([])
    expect(step(met, 'eligibility.jkp.notReemployed').legal).toEqual(LOST)
    const lost = checkJkpClaim({ ...FULL, employedAgain: true }, EN)
    expect(lost.status).toBe('not-eligible')
    expect(cond(lost, 'jkp.notReemployed')).toEqual({
      id: 'jkp.notReemployed',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_REEMPLOYED',
          message: 'The worker has a new job: the right to JKP benefits is lost.',
          legal: LOST,
        },
      ],
    })
  })

  it('not given: unknown, missing ["employedAgain"]', () => {
    const { employedAgain: _e, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(r.missing).toEqual(['employedAgain'])
    expect(cond(r, 'jkp.notReemployed')).toEqual({
      id: 'jkp.notReemployed',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (employedAgain).',
          legal: LOST,
        },
      ],
      missing: ['employedAgain'],
    })
  })
})

describe('the whole claim', () => {
  it('only the layoff date: every fact missing, in the order of the conditions', () => {
    const r = checkJkpClaim({ layoffDate: '2024-03-10' }, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual([
      'reasonForLeaving',
      'contributionMonthsInWindow',
      'consecutiveMonthsBeforeLayoff',
      'claimDate',
      'employedAgain',
    ])
    expect(r.conditions.map((c) => [c.id, c.status, c.missing])).toEqual([
      ['jkp.inForce', 'met', undefined],
      ['jkp.reason', 'unknown', ['reasonForLeaving']],
      ['jkp.contributions', 'unknown', ['contributionMonthsInWindow']],
      ['jkp.consecutive', 'unknown', ['consecutiveMonthsBeforeLayoff']],
      ['jkp.deadline', 'unknown', ['claimDate']],
      ['jkp.notReemployed', 'unknown', ['employedAgain']],
    ])
    expect(r.reasons.map((x) => x.legal)).toEqual([
      JKP_START,
      PASAL_20,
      PASAL_19,
      PASAL_19,
      DEADLINE_OLD,
      LOST,
    ])
    expect(r.claimDeadline).toBe('2024-06-10')
    const claim = step(r, 'eligibility.jkp.claim')
    expect(claim.value).toBe('unknown')
    expect(claim.inputs).toEqual({
      missing: [
        'reasonForLeaving',
        'contributionMonthsInWindow',
        'consecutiveMonthsBeforeLayoff',
        'claimDate',
        'employedAgain',
      ],
    })
    expect(step(r, 'eligibility.jkp.inForce').inputs).toEqual({
      layoffDate: '2024-03-10',
      claimDate: null,
      reasonForLeaving: null,
      contributionMonthsInWindow: null,
      consecutiveMonthsBeforeLayoff: null,
    })
  })

  it('the steps: the deadline, one per condition, then the result', () => {
    const r = checkJkpClaim(FULL, EN)
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.jkp.claimDeadline',
      'eligibility.jkp.inForce',
      'eligibility.jkp.reason',
      'eligibility.jkp.contributions',
      'eligibility.jkp.consecutive',
      'eligibility.jkp.deadline',
      'eligibility.jkp.notReemployed',
      'eligibility.jkp.claim',
    ])
    expect(r.explanation.steps.slice(1, 7).map((s) => s.value)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
    ])
    expect(step(r, 'eligibility.jkp.deadline').description).toBe(
      'Condition jkp.deadline: met. Claim on 2025-09-10, within the deadline 2025-09-10 (6 months after the layoff).',
    )
    expect(ids(step(r, 'eligibility.jkp.deadline').parameters)).toEqual([
      'eligibility.jkp.claim.deadlineMonths',
    ])
    const claim = step(r, 'eligibility.jkp.claim')
    expect(claim.inputs).toEqual({})
    expect(claim.value).toBe('eligible')
    expect(claim.description).toBe('Result of jkp.claim: eligible.')
    expect(r.missing).toBeUndefined()
  })

  it('a not-met condition wins over an unknown one: not eligible with no missing paths', () => {
    const { employedAgain: _e, ...input } = FULL
    const r = checkJkpClaim({ ...input, reasonForLeaving: 'resignation' }, EN)
    expect(r.status).toBe('not-eligible')
    expect(r.missing).toBeUndefined()
    expect(step(r, 'eligibility.jkp.claim').inputs).toEqual({})
    expect(step(r, 'eligibility.jkp.claim').description).toBe('Result of jkp.claim: not eligible.')
  })
})

describe('the claim dates inside the library dates (2015-07-01 … 2036-12-31)', () => {
  it('a layoff before 2015-07-01 is refused on layoffDate (DATE_BEFORE_COVERAGE)', () => {
    expect(() => checkJkpClaim({ layoffDate: '2015-06-30' }, EN)).toThrow(
      expect.objectContaining({
        name: 'BpjsRuleError',
        code: 'DATE_BEFORE_COVERAGE',
        path: ['layoffDate'],
        message:
          'The date 2015-06-30 is before this library’s coverage: the BPJS Ketenagakerjaan rules it models apply from 2015-07-01 (PP 44/2015, PP 45/2015, PP 46/2015).',
      }),
    )
  })

  it('a claim date past the horizon is refused on claimDate (DATE_AFTER_COVERAGE); the horizon itself is accepted', () => {
    const layoff = { ...FULL, layoffDate: '2036-12-01' }
    expect(() => checkJkpClaim({ ...layoff, claimDate: '2037-01-05' }, EN)).toThrow(
      expect.objectContaining({
        name: 'BpjsRuleError',
        code: 'DATE_AFTER_COVERAGE',
        path: ['claimDate'],
        message:
          'The date 2037-01-05 is past this library’s projection horizon (2036-12-31). Its legal data was last verified on 2026-11-24.',
      }),
    )
    // 6 months under PP 6/2025: the deadline is 2037-06-01, the claim on 2036-12-31 keeps it
    const r = checkJkpClaim({ ...layoff, claimDate: '2036-12-31' }, EN)
    expect(r.claimDeadline).toBe('2037-06-01')
    expect(cond(r, 'jkp.deadline').status).toBe('met')
  })
})

describe('the cross-field checks are reported with the schema problems, in one error', () => {
  const badReason = expect.objectContaining({ path: ['reasonForLeaving'], code: 'INVALID_VALUE' })

  it('a claim date before the layoff, with a reason for leaving not in the list: both problems', () => {
    expect(() =>
      checkJkpClaim({ ...FULL, reasonForLeaving: 'fired', claimDate: '2025-03-09' } as never, EN),
    ).toThrow(
      expect.objectContaining({
        name: 'BpjsValidationError',
        issues: [
          badReason,
          expect.objectContaining({
            path: ['claimDate'],
            code: 'ELIG_DATE_ORDER',
            message: 'claimDate (2025-03-09) cannot be before layoffDate (2025-03-10).',
          }),
        ],
      }),
    )
  })

  it('25 months in the 24-month window, with a reason for leaving not in the list: both problems', () => {
    expect(() =>
      checkJkpClaim({ ...FULL, reasonForLeaving: 'fired', contributionMonthsInWindow: 25 } as never, EN),
    ).toThrow(
      expect.objectContaining({
        name: 'BpjsValidationError',
        issues: [
          badReason,
          expect.objectContaining({
            path: ['contributionMonthsInWindow'],
            code: 'ELIG_MONTHS_EXCEED_WINDOW',
            message: '25 months of contributions exceed the 24-month window.',
          }),
        ],
      }),
    )
  })
  it('a layoff past the horizon: the window is not read, the date order is still reported with the schema problem', () => {
    // the law of 2037-01-10 is not knowable (the rule refuses the date), but a claim date before it is wrong anyway
    expect(() =>
      checkJkpClaim(
        {
          layoffDate: '2037-01-10',
          claimDate: '2037-01-05',
          reasonForLeaving: 'fired',
          contributionMonthsInWindow: 12,
        } as never,
        EN,
      ),
    ).toThrow(
      expect.objectContaining({
        name: 'BpjsValidationError',
        issues: [
          badReason,
          expect.objectContaining({
            path: ['claimDate'],
            code: 'ELIG_DATE_ORDER',
            message: 'claimDate (2037-01-05) cannot be before layoffDate (2037-01-10).',
          }),
        ],
      }),
    )
  })
})

describe('the counts in the result', () => {
  it('are left out (not even as undefined) when neither is given nor computed', () => {
    const { contributionMonthsInWindow: _a, consecutiveMonthsBeforeLayoff: _b, ...input } = FULL
    const r = checkJkpClaim(input, EN)
    expect(Object.keys(r)).not.toContain('contributionMonthsInWindow')
    expect(Object.keys(r)).not.toContain('consecutiveMonthsBeforeLayoff')
    // one given: only that one is there
    const one = checkJkpClaim({ ...input, consecutiveMonthsBeforeLayoff: 6 }, EN)
    expect(Object.keys(one)).toContain('consecutiveMonthsBeforeLayoff')
    expect(Object.keys(one)).not.toContain('contributionMonthsInWindow')
  })
})
