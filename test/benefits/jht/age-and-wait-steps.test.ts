/**
 * checkJhtClaim, rules `jht.age` and `jht.wait`: the JHT pension age 56 (PP 46/2015 Pasal 22 ayat (1)) and,
 * for a resignation or a termination (PHK), the waiting period of the regulation in force on the separation
 * date (src/parameters/jht.ts, jht.claim.separationWaitMonths): paid only at 56 for a separation up to
 * 2015-08-11 (PP 46/2015 Pasal 26 as first promulgated); 1 month from 2015-08-12 (interim, low confidence:
 * PP 60/2015 Pasal 26, Permenaker 19/2015, D26); 1 month from 2015-09-01 (Permenaker 19/2015) and from
 * 2022-04-26 (Permenaker 4/2022 Pasal 9); never while working elsewhere (BPJS TK practice). Expected values
 * are written from those tables and the messages; the payable date is the earlier of age 56 and the end of
 * the wait.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import type { JhtClaimInput, JhtClaimResult } from '../../../src/benefits/jht/types.js'

const EN = { locale: 'en' } as const
const PP46_22_1 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (1)' }
const PP46_26 = { source: 'PP-46-2015', article: 'Pasal 26' }
const PP60_26 = { source: 'PP-60-2015', article: 'Pasal 26' }
const P19 = { source: 'PERMENAKER-19-2015' }
const P4_9 = { source: 'PERMENAKER-4-2022', article: 'Pasal 9' }
const PRACTICE = { source: 'PERMENAKER-4-2022' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const AGE_56 = { id: 'jht.pensionAge', value: 56, from: '2015-07-01' }
const WAIT_2022 = { id: 'jht.claim.separationWaitMonths', value: 1, from: '2022-04-26' }
const WAIT_2015 = { id: 'jht.claim.separationWaitMonths', value: 1, from: '2015-09-01', to: '2022-04-25' }
const WAIT_GAP = { id: 'jht.claim.separationWaitMonths', value: 1, from: '2015-08-12', to: '2015-08-31' }
const WAIT_NONE = { id: 'jht.claim.separationWaitMonths', value: null, from: '2015-07-01', to: '2015-08-11' }

const ageStep = (birthDate: string, date: string, locale: 'en' | 'id' = 'en') => ({
  rule: 'jht.age',
  description: locale === 'en' ? `Age 56 is reached on ${date}.` : `Usia 56 tahun dicapai pada ${date}.`,
  inputs: { birthDate },
  parameters: [AGE_56],
  legal: [PP46_22_1],
  value: date,
})
const practiceNote = {
  code: 'JHT_NOT_WORKING_PRACTICE',
  kind: 'note',
  message:
    'In BPJS TK practice this claim also requires that the participant does not work elsewhere now (workingElsewhere).',
  legal: [PRACTICE],
}

describe('jht.age, pension-age ground: 56 on the birthday (PP 46/2015 Pasal 22(1))', () => {
  const base = { ground: 'pension-age', birthDate: '1970-05-10' } as const
  let day: JhtClaimResult
  let before: JhtClaimResult
  beforeEach(() => {
    day = checkJhtClaim({ ...base, claimDate: '2026-05-10' }, EN)
    before = checkJhtClaim({ ...base, claimDate: '2026-05-09' }, EN)
  })

  it('on the 56th birthday: payable, the age step, JHT_AGE_REACHED, the timeline', () => {
    expect(day).toEqual({
      status: 'payable',
      missing: [],
      ground: 'pension-age',
      recipient: 'participant',
      heirs: null,
      payableFrom: '2026-05-10',
      reasons: [
        {
          code: 'JHT_AGE_REACHED',
          kind: 'met',
          message: 'Age 56 reached on 2026-05-10.',
          legal: [PP46_22_1],
        },
      ],
      amount: null,
      tax: null,
      timeline: [{ from: '2026-05-10', amount: 0, text: 'From 2026-05-10, you can claim the JHT.' }],
      warnings: [],
      explanation: expect.objectContaining({
        operation: 'checkJhtClaim',
        date: '2026-05-10',
        steps: [ageStep('1970-05-10', '2026-05-10')],
      }),
    })
  })

  it('the day before: not yet, JHT_AGE_NOT_REACHED, the same payable date and timeline', () => {
    expect([before.status, before.payableFrom]).toEqual(['not-yet', '2026-05-10'])
    expect(before.reasons).toEqual([
      {
        code: 'JHT_AGE_NOT_REACHED',
        kind: 'not-met',
        message: 'Age 56 is reached only on 2026-05-10.',
        legal: [PP46_22_1],
      },
    ])
    expect(before.timeline).toEqual([
      { from: '2026-05-10', amount: 0, text: 'From 2026-05-10, you can claim the JHT.' },
    ])
  })

  it('in Indonesian', () => {
    const r = checkJhtClaim({ ...base, claimDate: '2026-05-09' })
    expect(r.reasons).toEqual([
      {
        code: 'JHT_AGE_NOT_REACHED',
        kind: 'not-met',
        message: 'Usia 56 tahun baru tercapai pada 2026-05-10.',
        legal: [PP46_22_1],
      },
    ])
    expect(r.explanation.steps).toEqual([ageStep('1970-05-10', '2026-05-10', 'id')])
    expect(r.timeline).toEqual([
      { from: '2026-05-10', amount: 0, text: 'Mulai 2026-05-10, Anda dapat mengklaim JHT.' },
    ])
    expect(checkJhtClaim({ ...base, claimDate: '2026-05-10' }).reasons[0]!.message).toBe(
      'Usia 56 tahun tercapai pada 2026-05-10.',
    )
  })

  it('born on 29 February: 56 years later is again a 29 February (56 is a multiple of 4)', () => {
    const r = checkJhtClaim({ ground: 'pension-age', birthDate: '1968-02-29', claimDate: '2024-02-29' }, EN)
    expect([r.status, r.payableFrom]).toEqual(['payable', '2024-02-29'])
  })
})

describe('jht.wait, resignation under Permenaker 4/2022 (separation from 2022-04-26)', () => {
  const base: JhtClaimInput = {
    ground: 'resignation',
    birthDate: '1990-01-01',
    separationDate: '2023-03-15',
    claimDate: '2023-04-15',
  }

  it('the day the month ends: payable, steps age then wait, JHT_WAIT_MET and the practice note', () => {
    const r = checkJhtClaim(base, EN)
    expect([r.status, r.payableFrom, r.recipient, r.warnings]).toEqual([
      'payable',
      '2023-04-15',
      'participant',
      [],
    ])
    expect(r.explanation.steps).toEqual([
      ageStep('1990-01-01', '2046-01-01'),
      {
        rule: 'jht.wait',
        description: 'Work ended 2023-03-15, waiting period 1 month(s): payable from 2023-04-15.',
        inputs: { separationDate: '2023-03-15' },
        parameters: [WAIT_2022],
        legal: [P4_9],
        value: '2023-04-15',
      },
    ])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_WAIT_MET',
        kind: 'met',
        message: 'The 1-month waiting period after leaving work has passed (since 2023-04-15).',
        legal: [P4_9],
      },
      practiceNote,
    ])
    expect(r.timeline).toEqual([
      { from: '2023-04-15', amount: 0, text: 'From 2023-04-15, you can claim the JHT.' },
    ])
  })

  it('the day before: not yet, JHT_WAIT_NOT_MET', () => {
    const r = checkJhtClaim({ ...base, claimDate: '2023-04-14' }, EN)
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2023-04-15'])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_WAIT_NOT_MET',
        kind: 'not-met',
        message: 'The 1-month waiting period after leaving work ends on 2023-04-15.',
        legal: [P4_9],
      },
      practiceNote,
    ])
  })

  it('in Indonesian: the wait step, the reasons', () => {
    const r = checkJhtClaim({ ...base, claimDate: '2023-04-14' })
    expect(r.explanation.steps[1]).toEqual({
      rule: 'jht.wait',
      description: 'Berhenti bekerja 2023-03-15, masa tunggu 1 bulan: dapat dibayar sejak 2023-04-15.',
      inputs: { separationDate: '2023-03-15' },
      parameters: [WAIT_2022],
      legal: [P4_9],
      value: '2023-04-15',
    })
    expect(r.reasons.map((x) => [x.code, x.message])).toEqual([
      ['JHT_WAIT_NOT_MET', 'Masa tunggu 1 bulan sejak berhenti bekerja berakhir pada 2023-04-15.'],
      [
        'JHT_NOT_WORKING_PRACTICE',
        'Menurut praktik BPJS TK, klaim ini juga mensyaratkan peserta tidak sedang bekerja di tempat lain (workingElsewhere).',
      ],
    ])
    expect(checkJhtClaim(base).reasons[0]!.message).toBe(
      'Masa tunggu 1 bulan sejak berhenti bekerja telah lewat (sejak 2023-04-15).',
    )
  })

  it('working elsewhere: not payable, no date, no timeline (practice, Permenaker 4/2022)', () => {
    const r = checkJhtClaim({ ...base, workingElsewhere: true }, EN)
    expect([r.status, r.payableFrom, r.timeline]).toEqual(['not-payable', null, []])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_WORKING_ELSEWHERE',
        kind: 'not-met',
        message:
          'The participant works elsewhere now: a claim for leaving work is not paid (BPJS TK practice).',
        legal: [PRACTICE],
      },
    ])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['jht.age', 'jht.wait'])
  })

  it('not working elsewhere: no practice note', () => {
    const r = checkJhtClaim({ ...base, workingElsewhere: false }, EN)
    expect(r.reasons.map((x) => x.code)).toEqual(['JHT_WAIT_MET'])
    expect(r.status).toBe('payable')
  })

  it('termination follows the same rule; a month end clamps (2023-01-31 + 1 month = 2023-02-28)', () => {
    const r = checkJhtClaim(
      {
        ground: 'termination',
        birthDate: '1990-01-01',
        separationDate: '2023-01-31',
        claimDate: '2023-02-28',
      },
      EN,
    )
    expect([r.status, r.payableFrom, r.ground]).toEqual(['payable', '2023-02-28', 'termination'])
    expect(r.explanation.steps[1]!.value).toBe('2023-02-28')
  })

  it('age 56 before the wait ends: payable from the birthday', () => {
    const r = checkJhtClaim(
      {
        ground: 'resignation',
        birthDate: '1967-04-01',
        separationDate: '2023-03-15',
        claimDate: '2023-04-01',
      },
      EN,
    )
    // 56 on 2023-04-01, before 2023-04-15
    expect([r.status, r.payableFrom]).toEqual(['payable', '2023-04-01'])
    expect(r.explanation.steps[1]).toEqual({
      rule: 'jht.wait',
      description: 'Work ended 2023-03-15, waiting period 1 month(s): payable from 2023-04-01.',
      inputs: { separationDate: '2023-03-15' },
      parameters: [WAIT_2022],
      legal: [P4_9],
      value: '2023-04-01',
    })
    expect(r.reasons[0]!.message).toBe(
      'The 1-month waiting period after leaving work has passed (since 2023-04-01).',
    )
  })
})

describe('jht.wait at the borders of the regulations (separation dates)', () => {
  const sep = (separationDate: string, claimDate: string, birthDate = '1990-01-01') =>
    checkJhtClaim({ ground: 'resignation', birthDate, separationDate, claimDate }, EN)

  it('2022-04-25: Permenaker 19/2015 row (1 month, cited with PP 60/2015 Pasal 26)', () => {
    const r = sep('2022-04-25', '2022-05-25')
    expect(r.explanation.steps[1]!.parameters).toEqual([WAIT_2015])
    expect(r.explanation.steps[1]!.legal).toEqual([P19, PP60_26])
    expect(r.reasons[0]).toEqual({
      code: 'JHT_WAIT_MET',
      kind: 'met',
      message: 'The 1-month waiting period after leaving work has passed (since 2022-05-25).',
      legal: [P19, PP60_26],
    })
    expect(r.warnings).toEqual([])
  })

  it('2022-04-26: Permenaker 4/2022 Pasal 9', () => {
    expect(sep('2022-04-26', '2022-05-26').explanation.steps[1]!.parameters).toEqual([WAIT_2022])
  })

  it('2015-09-01: Permenaker 19/2015 applies (medium confidence, no warning)', () => {
    const r = sep('2015-09-01', '2015-10-01')
    expect(r.explanation.steps[1]!.parameters).toEqual([WAIT_2015])
    expect([r.status, r.payableFrom, r.warnings]).toEqual(['payable', '2015-10-01', []])
  })

  it('2015-08-12: the interim 1-month reading, low confidence, cited with D26', () => {
    const r = sep('2015-08-12', '2015-09-11')
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2015-09-12'])
    expect(r.explanation.steps[1]!.parameters).toEqual([WAIT_GAP])
    expect(r.reasons[0]).toEqual({
      code: 'JHT_WAIT_NOT_MET',
      kind: 'not-met',
      message: 'The 1-month waiting period after leaving work ends on 2015-09-12.',
      legal: [PP60_26, P19, D26],
    })
    expect(r.warnings).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jht.claim.separationWaitMonths, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jht.claim.separationWaitMonths',
      },
    ])
  })

  it('2015-08-11: only at the pension age (PP 46/2015 Pasal 26 first text): not yet until 56', () => {
    const r = sep('2015-08-11', '2015-12-01')
    expect([r.status, r.payableFrom]).toEqual(['not-yet', '2046-01-01'])
    expect(r.explanation.steps[1]).toEqual({
      rule: 'jht.wait',
      description: 'Work ended 2015-08-11, waiting period — month(s): payable from 2046-01-01.',
      inputs: { separationDate: '2015-08-11' },
      parameters: [WAIT_NONE],
      legal: [PP46_26],
      value: '2046-01-01',
    })
    expect(r.reasons).toEqual([
      {
        code: 'JHT_SEPARATION_AT_AGE_ONLY',
        kind: 'not-met',
        message: 'On the date work ended, JHT was paid only at the pension age (2046-01-01).',
        legal: [PP46_26],
      },
      practiceNote,
    ])
    expect(r.timeline).toEqual([
      { from: '2046-01-01', amount: 0, text: 'From 2046-01-01, you can claim the JHT.' },
    ])
  })

  it('only at the pension age, already 56: payable from the birthday (the code stays)', () => {
    const r = sep('2015-07-20', '2015-08-05', '1959-08-01')
    expect([r.status, r.payableFrom]).toEqual(['payable', '2015-08-01'])
    expect(r.reasons[0]).toEqual({
      code: 'JHT_SEPARATION_AT_AGE_ONLY',
      kind: 'met',
      message: 'On the date work ended, JHT was paid only at the pension age (2015-08-01).',
      legal: [PP46_26],
    })
  })
})
