/**
 * checkJkmClaim, rule by rule: the cause of death (PP 44/2015 Pasal 1 angka 2), the protected period
 * (decisions D11, BPJS TK article 18877, the BPU grace period of 0 months) and the entitlement of the
 * Permenaker 1/2025 membership-length rule (decisions D2: from 2025-02-24, a BPU member for under 3 whole
 * months gets only the short-membership benefit). Every expected value is written out from the parameter
 * tables (src/parameters/jkm.ts), the citations of src/benefits/conditions.ts and the English messages;
 * nothing is computed by the code under test.
 */
import { describe, expect, it } from 'vitest'
import { BpjsRuleError, checkJkmClaim, type JkmClaimInput, type JkmClaimResult } from '../../src/index.js'

const EN = { locale: 'en' } as const

const CAUSE_LEGAL = [{ source: 'PP-44-2015', article: 'Pasal 1 angka 2' }]
const PROTECTION_LEGAL = [{ source: 'BPJSTK-ART-18877' }, { source: 'DECISIONS', article: 'D11' }]
/** PROTECTION_LEGAL then the grace parameter's citations (D11, Perdir 22/2022, article 18877), once each. */
const BPU_PROTECTION_LEGAL = [
  { source: 'BPJSTK-ART-18877' },
  { source: 'DECISIONS', article: 'D11' },
  { source: 'PERDIR-BPJSTK-22-2022' },
]
/** jkm.shortMembership.months and jkm.shortMembership.categories both cite Permenaker 1/2025 and D2. */
const SHORT_LEGAL = [{ source: 'PERMENAKER-1-2025' }, { source: 'DECISIONS', article: 'D2' }]

const PU: JkmClaimInput = {
  dateOfDeath: '2024-05-10',
  category: 'PU',
  cause: 'natural',
  membershipActive: true,
}

const step = (r: JkmClaimResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const rules = (r: JkmClaimResult) => r.explanation.steps.map((s) => s.rule)
const cond = (r: JkmClaimResult, id: string) => {
  const c = r.conditions.find((x) => x.id === id)
  if (c === undefined) throw new Error(`no condition ${id}`)
  return c
}

describe('jkm.cause: a death not caused by work (PP 44/2015 Pasal 1 angka 2)', () => {
  it('natural: met, CAUSE_NOT_WORK_RELATED, cited to Pasal 1 angka 2', () => {
    const r = checkJkmClaim(PU, EN)
    expect(cond(r, 'jkm.cause')).toEqual({
      id: 'jkm.cause',
      status: 'met',
      reasons: [
        {
          code: 'CAUSE_NOT_WORK_RELATED',
          message: 'The participant did not die of a work accident or occupational disease: JKM applies.',
          legal: CAUSE_LEGAL,
        },
      ],
    })
  })

  it('a work accident: not met, WORK_ACCIDENT_USE_JKK naming the cause; not eligible, no entitlement', () => {
    const r = checkJkmClaim({ ...PU, cause: 'work-accident' }, EN)
    expect(r.status).toBe('not-eligible')
    expect(r.missing).toBeUndefined()
    expect(cond(r, 'jkm.cause')).toEqual({
      id: 'jkm.cause',
      status: 'not-met',
      reasons: [
        {
          code: 'WORK_ACCIDENT_USE_JKK',
          message:
            'A death from a work accident is not paid from JKM: the heirs are entitled to the JKK death benefit (use calculateJkkDeathBenefit).',
          legal: CAUSE_LEGAL,
        },
      ],
    })
    expect(r.entitlement).toBeNull()
    expect(r.entitlementReasons).toEqual([])
    expect(r.entitlementMissing).toBeUndefined()
    // no entitlement step when the claim is not eligible
    expect(rules(r)).toEqual(['eligibility.jkm.cause', 'eligibility.jkm.protected', 'eligibility.jkm.claim'])
  })

  it('an occupational disease is also a JKK case', () => {
    const r = checkJkmClaim({ ...PU, cause: 'occupational-disease' }, EN)
    expect(r.status).toBe('not-eligible')
    expect(cond(r, 'jkm.cause').reasons.map((x) => [x.code, x.message])).toEqual([
      [
        'WORK_ACCIDENT_USE_JKK',
        'A death from an occupational disease is not paid from JKM: the heirs are entitled to the JKK death benefit (use calculateJkkDeathBenefit).',
      ],
    ])
  })

  it('no cause: unknown, missing ["cause"], ELIG_MISSING_FACT cited to Pasal 1 angka 2', () => {
    const { cause: _c, ...input } = PU
    const r = checkJkmClaim(input, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['cause'])
    expect(cond(r, 'jkm.cause')).toEqual({
      id: 'jkm.cause',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (cause).',
          legal: CAUSE_LEGAL,
        },
      ],
      missing: ['cause'],
    })
    // an unknown claim still gets its entitlement (before the rule: full)
    expect(r.entitlement).toBe('full')
  })
})

describe('jkm.protected: the death fell in the protected period (decisions D11)', () => {
  it('PU with membershipActive true: met, MEMBERSHIP_ACTIVE with the date of death, no parameter read', () => {
    const r = checkJkmClaim(PU, EN)
    expect(cond(r, 'jkm.protected')).toEqual({
      id: 'jkm.protected',
      status: 'met',
      reasons: [
        {
          code: 'MEMBERSHIP_ACTIVE',
          message: 'The membership was active on 2024-05-10.',
          legal: PROTECTION_LEGAL,
        },
      ],
    })
    expect(step(r, 'eligibility.jkm.protected').parameters).toEqual([])
  })

  it('membershipActive false: not met, MEMBERSHIP_NOT_ACTIVE (even for a BPU whose month is paid)', () => {
    const message =
      'The membership was not active on 2024-05-10: no benefit is paid (the heirs can only withdraw the JHT balance, if any).'
    const pu = checkJkmClaim({ ...PU, membershipActive: false }, EN)
    expect(pu.status).toBe('not-eligible')
    expect(cond(pu, 'jkm.protected')).toEqual({
      id: 'jkm.protected',
      status: 'not-met',
      reasons: [{ code: 'MEMBERSHIP_NOT_ACTIVE', message, legal: PROTECTION_LEGAL }],
    })
    const bpu = checkJkmClaim(
      {
        dateOfDeath: '2024-05-10',
        category: 'BPU',
        cause: 'natural',
        membershipActive: false,
        paidThrough: '2024-05',
      },
      EN,
    )
    expect(bpu.status).toBe('not-eligible')
    expect(cond(bpu, 'jkm.protected').reasons.map((x) => x.code)).toEqual(['MEMBERSHIP_NOT_ACTIVE'])
  })

  it('BPU: the month of death paid is met; the month before it is not (no grace period)', () => {
    const base = { dateOfDeath: '2024-05-31', category: 'BPU', cause: 'natural' } as const
    const paid = checkJkmClaim({ ...base, paidThrough: '2024-05' }, EN)
    expect(paid.status).toBe('eligible')
    expect(cond(paid, 'jkm.protected')).toEqual({
      id: 'jkm.protected',
      status: 'met',
      reasons: [
        {
          code: 'EVENT_MONTH_PAID',
          message: 'BPU contributions are paid through 2024-05, which covers 2024-05.',
          legal: BPU_PROTECTION_LEGAL,
        },
      ],
    })
    const ahead = checkJkmClaim({ ...base, paidThrough: '2024-08' }, EN)
    expect(cond(ahead, 'jkm.protected').status).toBe('met')

    const unpaid = checkJkmClaim({ ...base, paidThrough: '2024-04' }, EN)
    expect(unpaid.status).toBe('not-eligible')
    expect(cond(unpaid, 'jkm.protected')).toEqual({
      id: 'jkm.protected',
      status: 'not-met',
      reasons: [
        {
          code: 'EVENT_MONTH_NOT_PAID',
          message:
            'BPU contributions are paid only through 2024-04, not covering 2024-05: the participant was not protected.',
          legal: BPU_PROTECTION_LEGAL,
        },
      ],
    })
    expect(unpaid.entitlement).toBeNull()
    const s = step(unpaid, 'eligibility.jkm.protected')
    expect(s.parameters).toEqual([{ id: 'jkm.protection.bpuGraceMonths', value: 0, from: '2015-07-01' }])
    expect(s.legal).toEqual(BPU_PROTECTION_LEGAL)
    expect(s.value).toBe('not-met')
  })

  it('BPU without paidThrough but membershipActive true: MEMBERSHIP_ACTIVE (no parameter read)', () => {
    const r = checkJkmClaim(
      { dateOfDeath: '2024-05-10', category: 'BPU', cause: 'natural', membershipActive: true },
      EN,
    )
    expect(cond(r, 'jkm.protected').reasons.map((x) => [x.code, x.legal])).toEqual([
      ['MEMBERSHIP_ACTIVE', PROTECTION_LEGAL],
    ])
    expect(step(r, 'eligibility.jkm.protected').parameters).toEqual([])
  })

  it('neither fact: the missing path is paidThrough for a BPU, membershipActive for the others', () => {
    const bpu = checkJkmClaim({ dateOfDeath: '2024-05-10', category: 'BPU', cause: 'natural' }, EN)
    expect(bpu.status).toBe('unknown')
    expect(bpu.missing).toEqual(['paidThrough'])
    expect(cond(bpu, 'jkm.protected')).toEqual({
      id: 'jkm.protected',
      status: 'unknown',
      reasons: [
        {
          code: 'ELIG_MISSING_FACT',
          message: 'Cannot be settled yet: it depends on facts not given (paidThrough).',
          legal: PROTECTION_LEGAL,
        },
      ],
      missing: ['paidThrough'],
    })
    for (const category of ['PU', 'JAKON'] as const) {
      const r = checkJkmClaim({ dateOfDeath: '2024-05-10', category, cause: 'natural' }, EN)
      expect(r.missing, category).toEqual(['membershipActive'])
      expect(cond(r, 'jkm.protected').missing, category).toEqual(['membershipActive'])
    }
  })

  it('nothing but the date and category: unknown, the cause first, then the protection fact', () => {
    const r = checkJkmClaim({ dateOfDeath: '2024-05-10', category: 'PU' }, EN)
    expect(r.status).toBe('unknown')
    expect(r.missing).toEqual(['cause', 'membershipActive'])
    expect(r.reasons.map((x) => [x.code, x.message])).toEqual([
      ['ELIG_MISSING_FACT', 'Cannot be settled yet: it depends on facts not given (cause).'],
      ['ELIG_MISSING_FACT', 'Cannot be settled yet: it depends on facts not given (membershipActive).'],
    ])
    const claim = step(r, 'eligibility.jkm.claim')
    expect(claim.inputs).toEqual({ missing: ['cause', 'membershipActive'] })
    expect(claim.value).toBe('unknown')
    expect(claim.description).toBe('Result of jkm.claim: cannot be settled yet.')
  })

  it('a PU with paidThrough: the month is not used (INPUT_NOT_USED), membershipActive decides', () => {
    const r = checkJkmClaim({ ...PU, paidThrough: '2023-01' }, EN)
    expect(r.status).toBe('eligible')
    expect(cond(r, 'jkm.protected').reasons.map((x) => x.code)).toEqual(['MEMBERSHIP_ACTIVE'])
    expect(r.warnings.filter((w) => w.code === 'INPUT_NOT_USED').map((w) => w.message)).toEqual([
      'Field paidThrough is not used for category PU.',
    ])
    expect(checkJkmClaim(PU, EN).warnings.map((w) => w.code)).not.toContain('INPUT_NOT_USED')
  })
})

describe('the condition steps and the overall step', () => {
  it('one step per condition with the claim facts as inputs, then the result', () => {
    const r = checkJkmClaim(PU, EN)
    expect(rules(r)).toEqual([
      'eligibility.jkm.cause',
      'eligibility.jkm.protected',
      'eligibility.jkm.entitlement',
      'eligibility.jkm.claim',
    ])
    const inputs = { category: 'PU', cause: 'natural', membershipActive: true, paidThrough: null }
    const c = step(r, 'eligibility.jkm.cause')
    expect(c.inputs).toEqual(inputs)
    expect(c.value).toBe('met')
    expect(c.legal).toEqual(CAUSE_LEGAL)
    expect(c.description).toBe(
      'Condition jkm.cause: met. The participant did not die of a work accident or occupational disease: JKM applies.',
    )
    const p = step(r, 'eligibility.jkm.protected')
    expect(p.inputs).toEqual(inputs)
    expect(p.legal).toEqual(PROTECTION_LEGAL)
    expect(p.description).toBe('Condition jkm.protected: met. The membership was active on 2024-05-10.')
    const claim = step(r, 'eligibility.jkm.claim')
    expect(claim.inputs).toEqual({})
    expect(claim.value).toBe('eligible')
    expect(claim.description).toBe('Result of jkm.claim: eligible.')
    expect(claim.formula).toBe(
      'all conditions met → eligible; one condition not met → not eligible; otherwise → cannot be settled yet',
    )
    expect(r.reasons.map((x) => x.code)).toEqual(['CAUSE_NOT_WORK_RELATED', 'MEMBERSHIP_ACTIVE'])
  })

  it('the BPU step inputs carry paidThrough and a null membershipActive; a not-eligible result step', () => {
    const r = checkJkmClaim(
      { dateOfDeath: '2024-05-10', category: 'BPU', cause: 'work-accident', paidThrough: '2024-05' },
      EN,
    )
    expect(step(r, 'eligibility.jkm.cause').inputs).toEqual({
      category: 'BPU',
      cause: 'work-accident',
      membershipActive: null,
      paidThrough: '2024-05',
    })
    expect(step(r, 'eligibility.jkm.cause').value).toBe('not-met')
    const claim = step(r, 'eligibility.jkm.claim')
    expect(claim.value).toBe('not-eligible')
    expect(claim.inputs).toEqual({})
    expect(claim.description).toBe('Result of jkm.claim: not eligible.')
  })

  it('without a cause the step inputs say cause: null', () => {
    const r = checkJkmClaim({ dateOfDeath: '2024-05-10', category: 'PU', membershipActive: true }, EN)
    expect(step(r, 'eligibility.jkm.cause').inputs).toEqual({
      category: 'PU',
      cause: null,
      membershipActive: true,
      paidThrough: null,
    })
    expect(step(r, 'eligibility.jkm.cause').value).toBe('unknown')
  })
})

describe('entitlement: the Permenaker 1/2025 membership-length rule (decisions D2)', () => {
  const BPU = { category: 'BPU', cause: 'natural', membershipStart: '2025-02-01' } as const

  it('a death on 2025-02-23 (the day before the rule): the full JKM whatever the membership', () => {
    const r = checkJkmClaim({ ...BPU, dateOfDeath: '2025-02-23', paidThrough: '2025-02' }, EN)
    expect(r.status).toBe('eligible')
    expect(r.entitlement).toBe('full')
    expect(r.membershipMonths).toBe(0)
    expect(r.entitlementReasons).toEqual([
      {
        code: 'ELIG_JKM_FULL_BEFORE_RULE',
        message:
          'Death on 2025-02-23, before the Permenaker 1/2025 membership-length rule: the full JKM regardless of membership length (decision D2).',
        legal: SHORT_LEGAL,
      },
    ])
    const s = step(r, 'eligibility.jkm.entitlement')
    expect(s.parameters).toEqual([])
    expect(s.value).toBe('full')
    expect(s.inputs).toEqual({
      membershipStart: '2025-02-01',
      dateOfDeath: '2025-02-23',
      membershipMonths: 0,
    })
    expect(s.legal).toEqual(SHORT_LEGAL)
  })

  it('a death on 2025-02-24 (the first day of the rule) after 0 months: short membership', () => {
    const r = checkJkmClaim({ ...BPU, dateOfDeath: '2025-02-24', paidThrough: '2025-02' }, EN)
    expect(r.status).toBe('eligible')
    expect(r.entitlement).toBe('short-membership')
    expect(r.membershipMonths).toBe(0)
    expect(r.entitlementReasons).toEqual([
      {
        code: 'ELIG_JKM_SHORT_MEMBERSHIP',
        message:
          'Membership of 0 months, under 3: a BPU participant gets only the short-membership benefit (Permenaker 1/2025, decision D2).',
        legal: SHORT_LEGAL,
      },
    ])
    const s = step(r, 'eligibility.jkm.entitlement')
    expect(s.parameters).toEqual([
      { id: 'jkm.shortMembership.months', value: 3, from: '2025-02-24' },
      { id: 'jkm.shortMembership.categories', value: ['BPU'], from: '2025-02-24' },
    ])
    expect(s.value).toBe('short-membership')
    expect(s.description).toBe(
      'JKM entitlement: the short-membership benefit. Membership of 0 months, under 3: a BPU participant gets only the short-membership benefit (Permenaker 1/2025, decision D2).',
    )
    expect(s.formula).toBe('membership length = whole months from the registration date to the date of death')
  })

  it('BPU registered 2025-03-10: 2 whole months on 2025-06-09 (short), 3 on 2025-06-10 (full)', () => {
    const base = {
      category: 'BPU',
      cause: 'natural',
      paidThrough: '2025-06',
      membershipStart: '2025-03-10',
    } as const
    const short = checkJkmClaim({ ...base, dateOfDeath: '2025-06-09' }, EN)
    expect(short.membershipMonths).toBe(2)
    expect(short.entitlement).toBe('short-membership')
    expect(short.entitlementReasons.map((x) => x.message)).toEqual([
      'Membership of 2 months, under 3: a BPU participant gets only the short-membership benefit (Permenaker 1/2025, decision D2).',
    ])
    const full = checkJkmClaim({ ...base, dateOfDeath: '2025-06-10' }, EN)
    expect(full.membershipMonths).toBe(3)
    expect(full.entitlement).toBe('full')
    expect(full.entitlementReasons).toEqual([
      {
        code: 'ELIG_JKM_FULL_MEMBERSHIP',
        message: 'Membership of 3 months, at least 3: the full JKM.',
        legal: SHORT_LEGAL,
      },
    ])
    const s = step(full, 'eligibility.jkm.entitlement')
    expect(s.inputs).toEqual({
      membershipStart: '2025-03-10',
      dateOfDeath: '2025-06-10',
      membershipMonths: 3,
    })
    expect(s.value).toBe('full')
    expect(s.description).toBe(
      'JKM entitlement: the full JKM. Membership of 3 months, at least 3: the full JKM.',
    )
  })

  it('a month is complete on the last day of a shorter month: 2024-11-30 → 2025-02-28 is 3 months', () => {
    const base = {
      category: 'BPU',
      cause: 'natural',
      paidThrough: '2025-02',
      membershipStart: '2024-11-30',
    } as const
    const full = checkJkmClaim({ ...base, dateOfDeath: '2025-02-28' }, EN)
    expect(full.membershipMonths).toBe(3)
    expect(full.entitlement).toBe('full')
    const short = checkJkmClaim({ ...base, dateOfDeath: '2025-02-27' }, EN)
    expect(short.membershipMonths).toBe(2)
    expect(short.entitlement).toBe('short-membership')
  })

  it('a PU after the rule: not in scope (categories: BPU), the full JKM even without membershipStart', () => {
    const r = checkJkmClaim({ ...PU, dateOfDeath: '2025-06-10' }, EN)
    expect(r.entitlement).toBe('full')
    expect(r.membershipMonths).toBeUndefined()
    expect(r.entitlementMissing).toBeUndefined()
    expect(r.entitlementReasons).toEqual([
      {
        code: 'ELIG_JKM_CATEGORY_NOT_IN_SCOPE',
        message: 'The minimum membership of 3 months does not apply to category PU: the full JKM.',
        legal: SHORT_LEGAL,
      },
    ])
    expect(step(r, 'eligibility.jkm.entitlement').inputs).toEqual({
      membershipStart: null,
      dateOfDeath: '2025-06-10',
      membershipMonths: null,
    })
  })

  it('a BPU after the rule without membershipStart: entitlement unknown, entitlementMissing ["membershipStart"]', () => {
    const r = checkJkmClaim(
      { dateOfDeath: '2025-06-10', category: 'BPU', cause: 'natural', paidThrough: '2025-06' },
      EN,
    )
    // the claim itself is settled; only the entitlement waits for the registration date
    expect(r.status).toBe('eligible')
    expect(r.missing).toBeUndefined()
    expect(r.entitlement).toBe('unknown')
    expect(r.entitlementMissing).toEqual(['membershipStart'])
    expect(r.entitlementReasons).toEqual([
      {
        code: 'ELIG_MISSING_FACT',
        message: 'Cannot be settled yet: it depends on facts not given (membershipStart).',
        legal: SHORT_LEGAL,
      },
    ])
    const s = step(r, 'eligibility.jkm.entitlement')
    expect(s.value).toBe('unknown')
    expect(s.description).toBe(
      'JKM entitlement: cannot be settled yet. Cannot be settled yet: it depends on facts not given (membershipStart).',
    )
  })

  it('an override bringing PU into scope gives a PU the short-membership benefit', () => {
    const r = checkJkmClaim(
      { ...PU, dateOfDeath: '2025-06-09', membershipStart: '2025-03-10' },
      { ...EN, parameters: { 'jkm.shortMembership.categories': ['BPU', 'PU'] } },
    )
    expect(r.entitlement).toBe('short-membership')
    expect(r.entitlementReasons.map((x) => [x.code, x.message])).toEqual([
      [
        'ELIG_JKM_SHORT_MEMBERSHIP',
        'Membership of 2 months, under 3: a PU participant gets only the short-membership benefit (Permenaker 1/2025, decision D2).',
      ],
    ])
  })

  it('Indonesian is the default locale of the entitlement message', () => {
    const r = checkJkmClaim({ ...PU, dateOfDeath: '2025-06-10' })
    expect(r.entitlementReasons.map((x) => [x.code, x.message])).toEqual([
      [
        'ELIG_JKM_CATEGORY_NOT_IN_SCOPE',
        'Syarat lama kepesertaan minimal 3 bulan tidak berlaku untuk kategori PU: manfaat JKM penuh.',
      ],
    ])
  })
})

describe('the dates a JKM claim is refused for', () => {
  it('a PMI death is covered from 2018-12-10 (Permenaker 18/2018), refused the day before', () => {
    const pmi = { category: 'PMI', cause: 'natural', membershipActive: true } as const
    expect(checkJkmClaim({ ...pmi, dateOfDeath: '2018-12-10' }).status).toBe('eligible')
    expect(() => checkJkmClaim({ ...pmi, dateOfDeath: '2018-12-09' })).toThrow(
      expect.objectContaining({ name: 'BpjsRuleError', code: 'PMI_DEATH_NOT_COVERED' }),
    )
    expect(() => checkJkmClaim({ ...pmi, dateOfDeath: '2018-12-09' })).toThrow(BpjsRuleError)
  })

  it('a registration after the death is refused (ELIG_DATE_ORDER); the same day is accepted', () => {
    expect(() => checkJkmClaim({ ...PU, membershipStart: '2024-05-11' })).toThrow(
      expect.objectContaining({ name: 'BpjsValidationError' }),
    )
    const same = checkJkmClaim({ ...PU, membershipStart: '2024-05-10' })
    expect(same.membershipMonths).toBe(0)
  })
})

describe('the cross-field checks are reported with the schema problems, in one error', () => {
  /** The schema's issue for a category that is not one of PU, BPU, JAKON, PMI. */
  const BAD_CATEGORY = {
    path: ['category'],
    code: 'INVALID_VALUE',
    message: 'Value not allowed: "XX". Allowed: "PU", "BPU", "JAKON", "PMI".',
  }
  const issuesOf = (input: unknown): { path: unknown; code: string; message: string }[] => {
    try {
      checkJkmClaim(input as JkmClaimInput, EN)
    } catch (e) {
      expect(e).toMatchObject({ name: 'BpjsValidationError' })
      return (e as { issues: { path: unknown; code: string; message: string }[] }).issues.map((i) => ({
        path: i.path,
        code: i.code,
        message: i.message,
      }))
    }
    throw new Error('no error')
  }

  it('a registration after the death, with a bad category: both problems, the order once (not MEMBERSHIP_AFTER_DEATH)', () => {
    expect(issuesOf({ ...PU, category: 'XX', membershipStart: '2024-05-11' })).toEqual([
      BAD_CATEGORY,
      {
        path: ['membershipStart'],
        code: 'ELIG_DATE_ORDER',
        message: 'dateOfDeath (2024-05-10) cannot be before membershipStart (2024-05-11).',
      },
    ])
  })

  it('a registration after the death on a valid input: ELIG_DATE_ORDER alone', () => {
    expect(issuesOf({ ...PU, membershipStart: '2024-05-11' })).toEqual([
      {
        path: ['membershipStart'],
        code: 'ELIG_DATE_ORDER',
        message: 'dateOfDeath (2024-05-10) cannot be before membershipStart (2024-05-11).',
      },
    ])
  })

  it('a paid-through month before the registration month, with a bad category: both problems', () => {
    // registered 2024-03-15, paid through 2024-02: a month before the membership existed
    expect(
      issuesOf({
        dateOfDeath: '2024-05-10',
        category: 'XX',
        cause: 'natural',
        paidThrough: '2024-02',
        membershipStart: '2024-03-15',
      }),
    ).toEqual([
      BAD_CATEGORY,
      {
        path: ['paidThrough'],
        code: 'PAID_THROUGH_BEFORE_MEMBERSHIP',
        message: 'The last paid month 2024-02 is before the membership started (2024-03-15).',
      },
    ])
  })

  it('a date of death outside the library dates: the rule refuses it, no cross-field check is made', () => {
    // death 2015-06-30, registered after it: only the schema problem is reported, the date is refused later
    expect(
      issuesOf({ ...PU, dateOfDeath: '2015-06-30', category: 'XX', membershipStart: '2015-07-01' }),
    ).toEqual([BAD_CATEGORY])
  })
})
