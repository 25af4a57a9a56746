/**
 * checkJhtClaim / calculateJhtClaim: rule `jht.tax` (PP 68/2009 Pasal 5: a final 0% on a lump-sum JHT up to
 * Rp50,000,000, 5% above it; the 2024 PPh 21 reform is not verified and warned), the amount and the timeline
 * in words, the facts each ground requires (MISSING_FACT), the balance calculateJhtClaim requires, the dates
 * that contradict the claim date, and the verification-date warning. Figures worked out by hand from
 * jht.tax.lumpSum (threshold 50000000, rate 0.05) and the messages.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJhtClaim, checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import type { JhtClaimInput, JhtClaimResult } from '../../../src/benefits/jht/types.js'
import { BpjsRuleError, BpjsValidationError, type BpjsIssue } from '../../../src/errors.js'

const EN = { locale: 'en' } as const
const PP68_5 = { source: 'PP-68-2009', article: 'Pasal 5' }
const PP46_22_2 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' }
const TAX_PARAM = {
  id: 'jht.tax.lumpSum',
  value: { threshold: '50000000', rate: '0.05' },
  from: '2015-07-01',
}
const DEATH = { ground: 'death', claimDate: '2024-01-01', dateOfDeath: '2023-12-20' } as const
const REFORM_EN = {
  code: 'JHT_TAX_REFORM_NOT_VERIFIED',
  message: 'The tax follows PP 68/2009 Pasal 5; whether the 2024 PPh 21 reform changed it is not verified.',
}

function issuesOf(f: () => unknown): readonly BpjsIssue[] {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues
    throw e
  }
  throw new Error('no validation error')
}

describe('jht.tax on Rp80,000,000: 5% × 30,000,000 = 1,500,000, net 78,500,000', () => {
  let en: JhtClaimResult
  let id: JhtClaimResult
  beforeEach(() => {
    en = calculateJhtClaim({ ...DEATH, balance: 80000000 }, EN)
    id = calculateJhtClaim({ ...DEATH, balance: 80000000 })
  })

  it('the amount, the tax with its citation, the step with formula and rounding', () => {
    expect([en.status, en.amount, en.tax]).toEqual([
      'payable',
      80000000,
      { amount: 1500000, net: 78500000, legal: [PP68_5] },
    ])
    expect(en.explanation.operation).toBe('calculateJhtClaim')
    expect(en.explanation.steps).toEqual([
      {
        rule: 'jht.tax',
        description: 'Final PPh 21 on Rp80.000.000: Rp1.500.000; net Rp78.500.000.',
        formula: '0.05 × (amount − Rp50.000.000), at least 0, rounded to the rupiah (half up)',
        inputs: {},
        parameters: [TAX_PARAM],
        legal: [PP68_5],
        rounding: { mode: 'half-up', exact: '1500000', rounded: 1500000 },
        value: 1500000,
      },
    ])
    expect(en.warnings).toEqual([REFORM_EN])
  })

  it('the timeline: the heirs receive the lump sum, then the tax and the net', () => {
    expect(en.timeline).toEqual([
      {
        from: '2023-12-20',
        amount: 80000000,
        text: 'From 2023-12-20, the JHT is paid to the heirs as a lump sum of Rp80.000.000. Final PPh 21 Rp1.500.000; net Rp78.500.000.',
      },
    ])
  })

  it('in Indonesian: step, warning, timeline', () => {
    expect(id.explanation.steps).toEqual([
      {
        rule: 'jht.tax',
        description: 'PPh 21 final atas Rp80.000.000: Rp1.500.000; bersih Rp78.500.000.',
        formula: '0,05 × (jumlah − Rp50.000.000), paling sedikit 0, dibulatkan ke rupiah (setengah ke atas)',
        inputs: {},
        parameters: [TAX_PARAM],
        legal: [PP68_5],
        rounding: { mode: 'half-up', exact: '1500000', rounded: 1500000 },
        value: 1500000,
      },
    ])
    expect(id.warnings).toEqual([
      {
        code: 'JHT_TAX_REFORM_NOT_VERIFIED',
        message:
          'Pajak mengikuti PP 68/2009 Pasal 5; apakah reformasi PPh 21 tahun 2024 mengubahnya belum diverifikasi.',
      },
    ])
    expect(id.timeline).toEqual([
      {
        from: '2023-12-20',
        amount: 80000000,
        text: 'Mulai 2023-12-20, ahli waris menerima JHT sekaligus Rp80.000.000. PPh 21 final Rp1.500.000; bersih Rp78.500.000.',
      },
    ])
  })
})

describe('jht.tax at the threshold (PP 68/2009 Pasal 5: 0% up to Rp50,000,000)', () => {
  const tax = (balance: number) => calculateJhtClaim({ ...DEATH, balance }, EN)

  it('exactly 50,000,000: no tax (exact 0), net the whole amount; the line is still shown', () => {
    const r = tax(50000000)
    expect(r.tax).toEqual({ amount: 0, net: 50000000, legal: [PP68_5] })
    expect(r.explanation.steps[0]!.rounding).toEqual({ mode: 'half-up', exact: '0', rounded: 0 })
    expect(r.timeline[0]!.text).toBe(
      'From 2023-12-20, the JHT is paid to the heirs as a lump sum of Rp50.000.000. Final PPh 21 Rp0; net Rp50.000.000.',
    )
  })

  it('below: never negative (49,999,999 → 0)', () => {
    const r = tax(49999999)
    expect(r.tax).toEqual({ amount: 0, net: 49999999, legal: [PP68_5] })
    expect(r.explanation.steps[0]!.rounding).toEqual({ mode: 'half-up', exact: '0', rounded: 0 })
  })

  it('Rp9 above: 0.45 → 0; Rp10 above: 0.5 → 1 (half up)', () => {
    expect(tax(50000009).explanation.steps[0]!.rounding).toEqual({
      mode: 'half-up',
      exact: '0.45',
      rounded: 0,
    })
    const r = tax(50000010)
    expect(r.explanation.steps[0]!.rounding).toEqual({ mode: 'half-up', exact: '0.5', rounded: 1 })
    expect(r.tax).toEqual({ amount: 1, net: 50000009, legal: [PP68_5] })
  })
})

describe('the amount on other grounds and when not payable', () => {
  it('pension age with a balance (checkJhtClaim): you receive the lump sum', () => {
    const r = checkJhtClaim(
      { ground: 'pension-age', birthDate: '1968-01-01', claimDate: '2024-01-01', balance: 60000000 },
      EN,
    )
    expect([r.amount, r.tax]).toEqual([60000000, { amount: 500000, net: 59500000, legal: [PP68_5] }])
    expect(r.timeline).toEqual([
      {
        from: '2024-01-01',
        amount: 60000000,
        text: 'From 2024-01-01, the JHT is paid to you as a lump sum of Rp60.000.000. Final PPh 21 Rp500.000; net Rp59.500.000.',
      },
    ])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['jht.age', 'jht.tax'])
  })

  it('not yet with a balance: no amount, no tax, no tax step, no warning', () => {
    const r = checkJhtClaim(
      { ground: 'pension-age', birthDate: '1968-01-02', claimDate: '2024-01-01', balance: 60000000 },
      EN,
    )
    expect([r.status, r.amount, r.tax, r.warnings]).toEqual(['not-yet', null, null, []])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['jht.age'])
    expect(r.timeline).toEqual([
      { from: '2024-01-02', amount: 0, text: 'From 2024-01-02, you can claim the JHT.' },
    ])
  })

  it('the Balai Harta Peninggalan receives the lump sum (Indonesian: the English template says "receive")', () => {
    const r = calculateJhtClaim({ ...DEATH, family: [], balance: 1000 })
    expect(r.timeline).toEqual([
      {
        from: '2023-12-20',
        amount: 1000,
        text: 'Mulai 2023-12-20, Balai Harta Peninggalan menerima JHT sekaligus Rp1.000. PPh 21 final Rp0; bersih Rp1.000.',
      },
    ])
  })
})

describe('calculateJhtClaim requires the balance when the claim is payable', () => {
  it('payable without balance: incomplete, missing balance (PP 46/2015 Pasal 22(2)), no timeline', () => {
    const r = calculateJhtClaim(DEATH, EN)
    expect([r.status, r.missing, r.amount, r.tax, r.timeline, r.payableFrom]).toEqual([
      'incomplete',
      ['balance'],
      null,
      null,
      [],
      '2023-12-20',
    ])
    expect(r.reasons[2]).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the JHT balance on the claim date (field balance). The library does not assume it.',
      legal: [PP46_22_2],
      path: ['balance'],
    })
    expect(r.recipient).toBe('heirs')
  })

  it('not yet without balance: not asked', () => {
    const r = calculateJhtClaim(
      { ground: 'pension-age', birthDate: '1968-01-02', claimDate: '2024-01-01' },
      EN,
    )
    expect([r.status, r.missing]).toEqual(['not-yet', []])
  })

  it('checkJhtClaim never asks for it', () => {
    expect(checkJhtClaim(DEATH).missing).toEqual([])
  })

  it('in Indonesian', () => {
    const r = calculateJhtClaim(DEATH)
    expect(r.reasons[2]!.message).toBe(
      'Data belum diberikan: saldo JHT pada tanggal klaim (kolom balance). Pustaka ini tidak mengasumsikannya.',
    )
  })
})

describe('facts each ground requires', () => {
  const missingOf = (input: JhtClaimInput) => {
    const r = checkJhtClaim(input, EN)
    return r.reasons.map((x) => [x.code, x.kind, x.message, x.legal, x.path])
  }
  const fact = (path: string, fact: string) => [
    'MISSING_FACT',
    'missing',
    `Not given: ${fact} (field ${path}). The library does not assume it.`,
    [],
    [path],
  ]

  it('pension age: the birth date', () => {
    expect(missingOf({ ground: 'pension-age', claimDate: '2024-01-01' })).toEqual([
      fact('birthDate', "the participant's birth date"),
    ])
  })

  it('resignation and termination: the birth date and the separation date', () => {
    const both = [
      fact('birthDate', "the participant's birth date"),
      fact('separationDate', 'the date of the resignation letter or of the PHK'),
    ]
    expect(missingOf({ ground: 'resignation', claimDate: '2024-01-01' })).toEqual(both)
    expect(missingOf({ ground: 'termination', claimDate: '2024-01-01' })).toEqual(both)
    expect(missingOf({ ground: 'termination', claimDate: '2024-01-01', birthDate: '1990-01-01' })).toEqual([
      both[1],
    ])
  })

  it('incomplete: no step, no date, no timeline, the participant as recipient', () => {
    const r = checkJhtClaim({ ground: 'resignation', claimDate: '2024-01-01', birthDate: '1990-01-01' }, EN)
    expect([r.status, r.payableFrom, r.timeline, r.explanation.steps, r.recipient, r.heirs]).toEqual([
      'incomplete',
      null,
      [],
      [],
      'participant',
      null,
    ])
  })

  it('in Indonesian: the separation date', () => {
    const r = checkJhtClaim({ ground: 'termination', claimDate: '2024-01-01', birthDate: '1990-01-01' })
    expect(r.reasons[0]!.message).toBe(
      'Data belum diberikan: tanggal surat pengunduran diri atau PHK (kolom separationDate). Pustaka ini tidak mengasumsikannya.',
    )
  })
})

describe('dates after the claim date are refused (one error with every issue)', () => {
  it('birth, death and membership start after the claim date: three issues in order', () => {
    const issues = issuesOf(() =>
      checkJhtClaim(
        {
          ground: 'death',
          claimDate: '2024-01-01',
          birthDate: '2024-01-02',
          dateOfDeath: '2024-01-03',
          membershipStart: '2024-01-04',
        },
        EN,
      ),
    )
    expect(issues).toEqual([
      {
        path: ['birthDate'],
        code: 'JHT_BIRTH_AFTER_CLAIM',
        message: 'The birth date 2024-01-02 is after the claim date 2024-01-01.',
        messages: {
          id: 'Tanggal lahir 2024-01-02 setelah tanggal klaim 2024-01-01.',
          en: 'The birth date 2024-01-02 is after the claim date 2024-01-01.',
        },
        params: { birthDate: '2024-01-02', claimDate: '2024-01-01' },
      },
      {
        path: ['dateOfDeath'],
        code: 'JHT_DEATH_AFTER_CLAIM',
        message: 'The date of death 2024-01-03 is after the claim date 2024-01-01.',
        messages: {
          id: 'Tanggal meninggal 2024-01-03 setelah tanggal klaim 2024-01-01.',
          en: 'The date of death 2024-01-03 is after the claim date 2024-01-01.',
        },
        params: { dateOfDeath: '2024-01-03', claimDate: '2024-01-01' },
      },
      {
        path: ['membershipStart'],
        code: 'JHT_MEMBERSHIP_AFTER_CLAIM',
        message: 'The membership start 2024-01-04 is after the claim date 2024-01-01.',
        messages: {
          id: 'Awal kepesertaan 2024-01-04 setelah tanggal klaim 2024-01-01.',
          en: 'The membership start 2024-01-04 is after the claim date 2024-01-01.',
        },
        params: { membershipStart: '2024-01-04', claimDate: '2024-01-01' },
      },
    ])
  })

  it('the message follows the call’s locale', () => {
    const issues = issuesOf(() =>
      checkJhtClaim({ ground: 'pension-age', claimDate: '2024-01-01', birthDate: '2024-01-02' }),
    )
    expect(issues.map((i) => i.message)).toEqual([
      'Tanggal lahir 2024-01-02 setelah tanggal klaim 2024-01-01.',
    ])
  })

  it('on the claim date itself: accepted', () => {
    const r = checkJhtClaim(
      {
        ground: 'partial-other',
        claimDate: '2024-01-01',
        membershipStart: '2024-01-01',
        previousPartialClaim: false,
        birthDate: '2024-01-01',
      },
      EN,
    )
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2034-01-01'])
  })

  describe('the separation and disability dates: a claim rests on what happened by its date', () => {
    // a resignation (1 month's wait, Permenaker 4/2022) and a disability (payable from the 1st of the month
    // after the determination), claimed on 2024-01-01
    const RESIGN = { ground: 'resignation', claimDate: '2024-01-01', birthDate: '1990-01-01' } as const
    const DISABLED = { ground: 'disability', claimDate: '2024-01-01' } as const
    const SEPARATION_ISSUE = {
      path: ['separationDate'],
      code: 'JHT_SEPARATION_AFTER_CLAIM',
      message: 'The date work ended 2024-01-02 is after the claim date 2024-01-01.',
      messages: {
        id: 'Tanggal berhenti bekerja 2024-01-02 setelah tanggal klaim 2024-01-01.',
        en: 'The date work ended 2024-01-02 is after the claim date 2024-01-01.',
      },
      params: { separationDate: '2024-01-02', claimDate: '2024-01-01' },
    }
    const DISABILITY_ISSUE = {
      path: ['disabilityDate'],
      code: 'JHT_DISABILITY_AFTER_CLAIM',
      message:
        'The date of the total permanent disability determination 2024-01-02 is after the claim date 2024-01-01.',
      messages: {
        id: 'Tanggal penetapan cacat total tetap 2024-01-02 setelah tanggal klaim 2024-01-01.',
        en: 'The date of the total permanent disability determination 2024-01-02 is after the claim date 2024-01-01.',
      },
      params: { disabilityDate: '2024-01-02', claimDate: '2024-01-01' },
    }

    it('work ended the day before (2023-12-31): accepted, payable from 2024-01-31 (not yet)', () => {
      const r = checkJhtClaim({ ...RESIGN, separationDate: '2023-12-31' }, EN)
      expect([r.status, r.payableFrom]).toEqual(['not-yet', '2024-01-31'])
    })

    it('work ended on the claim date: accepted, payable from 2024-02-01 (not yet)', () => {
      const r = checkJhtClaim({ ...RESIGN, separationDate: '2024-01-01' }, EN)
      expect([r.status, r.payableFrom]).toEqual(['not-yet', '2024-02-01'])
    })

    it('work ending the day after (2024-01-02): refused, the issue at separationDate (both calls)', () => {
      const input = { ...RESIGN, separationDate: '2024-01-02' }
      expect(issuesOf(() => checkJhtClaim(input, EN))).toEqual([SEPARATION_ISSUE])
      expect(issuesOf(() => calculateJhtClaim({ ...input, balance: 1000000 }, EN))).toEqual([
        SEPARATION_ISSUE,
      ])
    })

    it('determined the day before (2023-12-31): accepted, payable from 2024-01-01, the claim date', () => {
      const r = checkJhtClaim({ ...DISABLED, disabilityDate: '2023-12-31' }, EN)
      expect([r.status, r.payableFrom]).toEqual(['payable', '2024-01-01'])
    })

    it('determined on the claim date: accepted, payable from 2024-02-01 (not yet)', () => {
      const r = checkJhtClaim({ ...DISABLED, disabilityDate: '2024-01-01' }, EN)
      expect([r.status, r.payableFrom]).toEqual(['not-yet', '2024-02-01'])
    })

    it('determined the day after (2024-01-02): refused, the issue at disabilityDate (both calls)', () => {
      const input = { ...DISABLED, disabilityDate: '2024-01-02' }
      expect(issuesOf(() => checkJhtClaim(input, EN))).toEqual([DISABILITY_ISSUE])
      expect(issuesOf(() => calculateJhtClaim({ ...input, balance: 1000000 }, EN))).toEqual([
        DISABILITY_ISSUE,
      ])
    })

    it('both after, with a birth date after: one error, each at its own path, after the checks before them', () => {
      const issues = issuesOf(() =>
        checkJhtClaim(
          { ...RESIGN, birthDate: '2024-01-05', separationDate: '2024-01-02', disabilityDate: '2024-01-02' },
          EN,
        ),
      )
      // the two dates are also before that birth date: each is reported a second time for it
      expect(issues.map((i) => [i.path, i.code])).toEqual([
        [['birthDate'], 'JHT_BIRTH_AFTER_CLAIM'],
        [['separationDate'], 'JHT_SEPARATION_AFTER_CLAIM'],
        [['disabilityDate'], 'JHT_DISABILITY_AFTER_CLAIM'],
        [['separationDate'], 'JHT_SEPARATION_BEFORE_BIRTH'],
        [['disabilityDate'], 'JHT_DISABILITY_BEFORE_BIRTH'],
      ])
      expect(issues.slice(1, 3)).toEqual([SEPARATION_ISSUE, DISABILITY_ISSUE])
    })

    it('checked whatever the ground, as the other dates are: a pension-age claim with a later separation', () => {
      expect(
        issuesOf(() => checkJhtClaim({ ...RESIGN, ground: 'pension-age', separationDate: '2024-01-02' })),
      ).toEqual([{ ...SEPARATION_ISSUE, message: SEPARATION_ISSUE.messages.id }])
    })
  })
})

describe('claims after the legal data was last verified (2026-11-24)', () => {
  it('2026-11-25: the law is projected, warned first', () => {
    const r = checkJhtClaim({ ground: 'pension-age', birthDate: '1970-11-25', claimDate: '2026-11-25' }, EN)
    expect(r.warnings).toEqual([
      {
        code: 'DATE_AFTER_LAST_VERIFICATION',
        message:
          'The date 2026-11-25 is after the legal data was last verified (2026-11-24): this result projects the rules in force then.',
      },
    ])
  })

  it('2026-11-24: no warning', () => {
    const r = checkJhtClaim({ ground: 'pension-age', birthDate: '1970-11-24', claimDate: '2026-11-24' }, EN)
    expect(r.warnings).toEqual([])
  })
})

describe('the claim date inside the library’s coverage (2015-07-01 to 2036-12-31)', () => {
  const leaving = (claimDate: string) =>
    checkJhtClaim({ ground: 'leaving-indonesia', claimDate, nationality: 'foreign' }, EN)
  const ruleErrorOf = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      if (e instanceof BpjsRuleError) return { code: e.code, params: e.params, message: e.message }
      throw e
    }
    throw new Error('no rule error')
  }

  it('2015-06-30 (before PP 46/2015 took effect): DATE_BEFORE_COVERAGE, even on a ground reading no parameter', () => {
    expect(ruleErrorOf(() => leaving('2015-06-30'))).toEqual({
      code: 'DATE_BEFORE_COVERAGE',
      params: { date: '2015-06-30', coverageStart: '2015-07-01' },
      message:
        'The date 2015-06-30 is before this library’s coverage: the BPJS Ketenagakerjaan rules it models apply from 2015-07-01 (PP 44/2015, PP 45/2015, PP 46/2015).',
    })
  })

  it('2015-07-01 and 2036-12-31: accepted', () => {
    expect(leaving('2015-07-01').status).toBe('payable')
    expect(leaving('2036-12-31').status).toBe('payable')
  })

  it('2037-01-01: DATE_AFTER_COVERAGE', () => {
    expect(ruleErrorOf(() => leaving('2037-01-01'))).toEqual({
      code: 'DATE_AFTER_COVERAGE',
      params: { date: '2037-01-01', horizon: '2036-12-31', verifiedOn: '2026-11-24' },
      message:
        'The date 2037-01-01 is past this library’s projection horizon (2036-12-31). Its legal data was last verified on 2026-11-24.',
    })
  })
})
