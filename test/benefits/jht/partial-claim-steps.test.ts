/**
 * checkJhtClaim / calculateJhtClaim, the partial claim: rules `jht.partial.membership` (10 membership years,
 * PP 46/2015 Pasal 22 ayat (4)) and `jht.partial` (at most 30% of the balance for housing, 10% for other
 * needs, Pasal 22 ayat (5), rounded down: a maximum), once only (ayat (6)); its tax was not found (PP 68/2009
 * Pasal 5 note). Expected values come from src/parameters/jht.ts and the messages, worked out by hand.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJhtClaim, checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import type { JhtClaimInput, JhtClaimResult } from '../../../src/benefits/jht/types.js'

const EN = { locale: 'en' } as const
const PP46_22_4 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (4)' }
const PP46_22_5 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (5)' }
const PP46_22_6 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (6)' }
const PP68_5 = { source: 'PP-68-2009', article: 'Pasal 5' }
const MIN_YEARS = { id: 'jht.partial.minYears', value: 10, from: '2015-07-01' }
const CAPS = { id: 'jht.partial.rates', value: { housing: '0.30', other: '0.10' }, from: '2015-07-01' }

const BASE: JhtClaimInput = {
  ground: 'partial-other',
  claimDate: '2025-07-01',
  membershipStart: '2015-07-01',
  previousPartialClaim: false,
}
const membershipStep = (years: number, description: string) => ({
  rule: 'jht.partial.membership',
  description,
  inputs: { membershipStart: '2015-07-01' },
  parameters: [MIN_YEARS],
  legal: [PP46_22_4],
  value: years,
})
const TAX_NOTE_EN = {
  code: 'JHT_PARTIAL_TAX_NOT_FOUND',
  kind: 'note',
  message: 'The tax on a partial JHT claim was not found; not computed.',
  legal: [PP68_5],
}

describe('jht.partial.membership: ten completed years on the claim date', () => {
  let ten: JhtClaimResult
  let nine: JhtClaimResult
  beforeEach(() => {
    ten = checkJhtClaim(BASE, EN)
    nine = checkJhtClaim({ ...BASE, claimDate: '2025-06-30' }, EN)
  })

  it('2015-07-01 → 2025-07-01: 10 years, payable from the tenth anniversary', () => {
    expect([ten.status, ten.payableFrom, ten.amount, ten.tax, ten.recipient]).toEqual([
      'payable',
      '2025-07-01',
      null,
      null,
      'participant',
    ])
    expect(ten.explanation.steps).toEqual([
      membershipStep(10, '10 years of membership (minimum 10, reached 2025-07-01).'),
    ])
    expect(ten.reasons).toEqual([
      {
        code: 'JHT_PARTIAL_MET',
        kind: 'met',
        message: '10 years of membership meet the 10-year minimum for a partial claim.',
        legal: [PP46_22_4],
      },
    ])
    expect(ten.warnings).toEqual([])
    expect(ten.timeline).toEqual([
      { from: '2025-07-01', amount: 0, text: 'From 2025-07-01, you can claim the JHT.' },
    ])
  })

  it('the day before: 9 years, not yet, the same anniversary as payable date', () => {
    expect([nine.status, nine.payableFrom]).toEqual(['not-yet', '2025-07-01'])
    expect(nine.explanation.steps).toEqual([
      membershipStep(9, '9 years of membership (minimum 10, reached 2025-07-01).'),
    ])
    expect(nine.reasons).toEqual([
      {
        code: 'JHT_PARTIAL_SHORT',
        kind: 'not-met',
        message: '9 years of membership, below the 10-year minimum for a partial claim.',
        legal: [PP46_22_4],
      },
    ])
  })

  it('in Indonesian', () => {
    const r = checkJhtClaim({ ...BASE, claimDate: '2025-06-30' })
    expect(r.explanation.steps).toEqual([
      membershipStep(9, 'Kepesertaan 9 tahun (minimal 10, tercapai 2025-07-01).'),
    ])
    expect(r.reasons[0]!.message).toBe(
      'Kepesertaan 9 tahun, kurang dari minimum 10 tahun untuk klaim sebagian.',
    )
    expect(checkJhtClaim(BASE).reasons[0]!.message).toBe(
      'Kepesertaan 10 tahun memenuhi minimum 10 tahun untuk klaim sebagian.',
    )
  })

  it('years are whole completed years (11 years 6 months → 11)', () => {
    const r = checkJhtClaim({ ...BASE, claimDate: '2027-01-15' }, EN)
    expect(r.explanation.steps[0]!.value).toBe(11)
    expect(r.reasons[0]!.message).toBe('11 years of membership meet the 10-year minimum for a partial claim.')
  })

  it('a partial claim already taken: not payable (ayat (6)), no membership step, no date', () => {
    const r = checkJhtClaim({ ...BASE, previousPartialClaim: true, balance: 1000 }, EN)
    expect([r.status, r.payableFrom, r.amount, r.timeline]).toEqual(['not-payable', null, null, []])
    expect(r.reasons).toEqual([
      {
        code: 'JHT_PARTIAL_USED',
        kind: 'not-met',
        message: 'A partial JHT claim is allowed once and has already been taken.',
        legal: [PP46_22_6],
      },
    ])
    expect(r.explanation.steps).toEqual([])
  })
})

describe('jht.partial: the cap, rounded down (a maximum)', () => {
  it('other needs: 10% of 123,456,789 = 12,345,678.9 → 12,345,678', () => {
    const r = calculateJhtClaim({ ...BASE, balance: 123456789 }, EN)
    expect([r.status, r.amount, r.tax]).toEqual(['payable', 12345678, null])
    expect(r.explanation.steps[1]).toEqual({
      rule: 'jht.partial',
      description: 'At most 0.10 × balance Rp123.456.789 = Rp12.345.678 (rounded down).',
      inputs: {},
      parameters: [CAPS],
      legal: [PP46_22_5],
      rounding: { mode: 'down', exact: '12345678.9', rounded: 12345678 },
      value: 12345678,
    })
    expect(r.reasons).toEqual([
      {
        code: 'JHT_PARTIAL_MET',
        kind: 'met',
        message: '10 years of membership meet the 10-year minimum for a partial claim.',
        legal: [PP46_22_4],
      },
      TAX_NOTE_EN,
    ])
    expect(r.timeline).toEqual([
      {
        from: '2025-07-01',
        amount: 12345678,
        text: 'From 2025-07-01, you can withdraw at most Rp12.345.678 (once).',
      },
    ])
    expect(r.warnings).toEqual([])
  })

  it('housing: 30% of 120,000,000 = 36,000,000, in Indonesian', () => {
    const r = checkJhtClaim({ ...BASE, ground: 'partial-housing', balance: 120000000 })
    expect(r.amount).toBe(36000000)
    expect(r.explanation.steps[1]).toEqual({
      rule: 'jht.partial',
      description: 'Paling banyak 0,30 × saldo Rp120.000.000 = Rp36.000.000 (dibulatkan ke bawah).',
      inputs: {},
      parameters: [CAPS],
      legal: [PP46_22_5],
      rounding: { mode: 'down', exact: '36000000', rounded: 36000000 },
      value: 36000000,
    })
    expect(r.reasons[1]).toEqual({
      code: 'JHT_PARTIAL_TAX_NOT_FOUND',
      kind: 'note',
      message: 'Pajak atas klaim JHT sebagian tidak ditemukan; tidak dihitung.',
      legal: [PP68_5],
    })
    expect(r.timeline).toEqual([
      {
        from: '2025-07-01',
        amount: 36000000,
        text: 'Mulai 2025-07-01, Anda dapat menarik paling banyak Rp36.000.000 (sekali).',
      },
    ])
  })

  it('housing rounds down too: 30% of 99 = 29.7 → 29', () => {
    const r = checkJhtClaim({ ...BASE, ground: 'partial-housing', balance: 99 }, EN)
    expect(r.explanation.steps[1]!.rounding).toEqual({ mode: 'down', exact: '29.7', rounded: 29 })
    expect(r.amount).toBe(29)
  })

  it('not yet: no amount, no cap step even with a balance', () => {
    const r = checkJhtClaim({ ...BASE, claimDate: '2025-06-30', balance: 1000 }, EN)
    expect([r.amount, r.tax]).toEqual([null, null])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['jht.partial.membership'])
  })

  it('the explanation lists the two parameters read, each once', () => {
    const r = checkJhtClaim({ ...BASE, balance: 1000 }, EN)
    expect(r.explanation.parameters.map((p) => [p.id, p.date, p.confidence])).toEqual([
      ['jht.partial.minYears', '2025-07-01', 'high'],
      ['jht.partial.rates', '2025-07-01', 'high'],
    ])
  })
})

describe('partial claim facts', () => {
  it('membership start and the previous claim are both required', () => {
    const r = checkJhtClaim({ ground: 'partial-housing', claimDate: '2025-07-01' }, EN)
    expect([r.status, r.missing, r.payableFrom, r.timeline, r.explanation.steps]).toEqual([
      'incomplete',
      ['membershipStart', 'previousPartialClaim'],
      null,
      [],
      [],
    ])
    expect(r.reasons).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the membership start date (field membershipStart). The library does not assume it.',
        legal: [],
        path: ['membershipStart'],
      },
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: whether a partial JHT claim was already taken (field previousPartialClaim). The library does not assume it.',
        legal: [],
        path: ['previousPartialClaim'],
      },
    ])
  })
})
