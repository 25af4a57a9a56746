import { describe, expect, it } from 'vitest'
import { calculateJhtClaim, checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import { BpjsValidationError } from '../../../src/errors.js'

describe('checkJhtClaim: grounds by date (notes §2.1–2.3)', () => {
  it('age 56 (PP 46/2015 Pasal 22(1))', () => {
    const base = { ground: 'pension-age', birthDate: '1970-05-10' } as const
    expect(checkJhtClaim({ ...base, claimDate: '2026-05-10' }).status).toBe('payable')
    const r = checkJhtClaim({ ...base, claimDate: '2026-05-09' })
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2026-05-10'])
  })

  it('resignation: 1-month wait under Permenaker 4/2022 and 19/2015; only at 56 before 2015-09-01', () => {
    const b = { ground: 'resignation', birthDate: '1990-01-01' } as const
    const now = checkJhtClaim({ ...b, separationDate: '2023-03-15', claimDate: '2023-04-14' })
    expect([now.status, now.payableFrom]).toEqual(['not-yet', '2023-04-15'])
    expect(now.reasons[0]!.legal[0]).toEqual({ source: 'PERMENAKER-4-2022', article: 'Pasal 9' })
    expect(checkJhtClaim({ ...b, separationDate: '2018-01-10', claimDate: '2018-02-10' }).status).toBe(
      'payable',
    )
    const old = checkJhtClaim({ ...b, separationDate: '2015-08-11', claimDate: '2015-12-01' })
    expect([old.status, old.payableFrom, old.reasons[0]!.code]).toEqual([
      'not-yet',
      '2046-01-01',
      'JHT_SEPARATION_AT_AGE_ONLY',
    ])
    // 12–31 Aug 2015 (PP 60/2015 in force, Permenaker 19/2015 not yet): the 1-month wait, low confidence
    const gap = checkJhtClaim({ ...b, separationDate: '2015-08-20', claimDate: '2015-12-01' })
    expect([gap.status, gap.payableFrom]).toEqual(['payable', '2015-09-20'])
    expect(gap.warnings.map((w) => w.parameterId)).toContain('jht.claim.separationWaitMonths')
  })

  it('leaving Indonesia: foreign nationals only (Permenaker 4/2022 Pasal 12)', () => {
    const b = { ground: 'leaving-indonesia', claimDate: '2024-01-01' } as const
    expect(checkJhtClaim({ ...b, nationality: 'foreign' }).status).toBe('payable')
    expect(checkJhtClaim({ ...b, nationality: 'indonesian' }).status).toBe('not-payable')
    expect(checkJhtClaim(b).missing).toEqual(['nationality'])
  })

  it('partial: 10% / 30% after 10 years, once (notes §2.3 example: 120M → 12M or 36M)', () => {
    const b = {
      claimDate: '2026-01-01',
      membershipStart: '2015-07-01',
      previousPartialClaim: false,
      balance: 120000000,
    }
    expect(checkJhtClaim({ ...b, ground: 'partial-other' }).amount).toBe(12000000)
    expect(checkJhtClaim({ ...b, ground: 'partial-housing' }).amount).toBe(36000000)
    expect(checkJhtClaim({ ...b, ground: 'partial-other', membershipStart: '2016-01-02' }).status).toBe(
      'not-yet',
    )
    expect(checkJhtClaim({ ...b, ground: 'partial-other', previousPartialClaim: true }).status).toBe(
      'not-payable',
    )
  })

  it('death: heirs, else the Balai Harta Peninggalan; disability payable', () => {
    const d = checkJhtClaim({ ground: 'death', claimDate: '2024-01-01', dateOfDeath: '2023-12-20' })
    expect([d.status, d.recipient]).toEqual(['payable', 'heirs'])
    expect(d.reasons.map((r) => r.code)).toEqual(['JHT_DEATH_GROUND', 'JHT_DEATH_HEIRS'])
    // CTT determined 2023-12-15: payable from the 1st of the next month, 2024-01-01 (low confidence)
    const ctt = checkJhtClaim({ ground: 'disability', claimDate: '2024-01-01', disabilityDate: '2023-12-15' })
    expect([ctt.status, ctt.payableFrom, ctt.recipient]).toEqual(['payable', '2024-01-01', 'participant'])
    expect(ctt.warnings.map((w) => w.code)).toContain('LOW_CONFIDENCE_RULE')
    const early = checkJhtClaim({
      ground: 'disability',
      claimDate: '2023-12-31',
      disabilityDate: '2023-12-15',
    })
    expect(early.status).toBe('not-yet')
    expect(checkJhtClaim({ ground: 'disability', claimDate: '2024-01-01' }).missing).toEqual([
      'disabilityDate',
    ])
  })
})

describe('calculateJhtClaim: amount and PP 68/2009 tax line (notes §3)', () => {
  it('80M → tax 1.5M, net 78.5M; 45M → tax 0', () => {
    const b = { ground: 'death', claimDate: '2024-01-01', dateOfDeath: '2023-12-20' } as const
    expect(calculateJhtClaim({ ...b, balance: 80000000 }).tax).toMatchObject({
      amount: 1500000,
      net: 78500000,
    })
    expect(calculateJhtClaim({ ...b, balance: 45000000 }).tax?.amount).toBe(0)
    const r = calculateJhtClaim(b)
    expect([r.status, r.missing]).toEqual(['incomplete', ['balance']])
  })

  it('missing facts are incomplete; a birth date after the claim date is a validation error', () => {
    expect(checkJhtClaim({ ground: 'termination', claimDate: '2024-01-01' }).missing).toEqual([
      'birthDate',
      'separationDate',
    ])
    expect(() =>
      checkJhtClaim({ ground: 'pension-age', claimDate: '2024-01-01', birthDate: '2024-01-02' }),
    ).toThrow(BpjsValidationError)
  })
})
