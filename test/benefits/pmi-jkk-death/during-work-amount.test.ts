/**
 * jkk.pmi.duringWork: a PMI who dies of a work accident during work gets a fixed Rp85,000,000 paid at once,
 * without a wage (src/parameters/pmi-jkk.ts: Permenaker 18/2018 from 2018-12-10, Permenaker 4/2023 Pasal 34
 * ayat (1) huruf g from 2023-02-22, decisions D4). The death benefit, the periodic benefit and the funeral
 * cost are inside that one amount (library choice L5): no wage, no floor, no separate periodic or funeral
 * line. The step names the regulation by its number ("Permenaker 18/2018", "Permenaker 4/2023").
 */
import { describe, expect, it } from 'vitest'
import { BpjsRuleError } from '../../../src/index.js'
import {
  ART_18896,
  D4,
  DURING_18,
  DURING_4,
  EN,
  FIRST_4,
  LAST_18,
  P18,
  P4,
  P4_G,
  REGIME_18,
  REGIME_4,
  pmi,
  rules,
  step,
  totalStep,
} from './spec-helpers.js'

const during = { pmiPhase: 'during' } as const

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  return undefined
}

describe('the first day of Permenaker 18/2018 (2018-12-10)', () => {
  it('an accident on 2018-12-09 is refused with PMI_JKK_DEATH_NOT_COVERED on category, in both languages', () => {
    const en = thrown(() => pmi('2018-12-09', during, EN)) as BpjsRuleError
    expect(en).toBeInstanceOf(BpjsRuleError)
    expect([en.code, en.path, en.params]).toEqual([
      'PMI_JKK_DEATH_NOT_COVERED',
      ['category'],
      { date: '2018-12-09' },
    ])
    expect(en.message).toBe(
      'A PMI work accident on 2018-12-09, before Permenaker 18/2018 (2018-12-10), is not in this library: the benefits under the earlier rules were not found in the sources checked.',
    )
    const id = thrown(() => pmi('2018-12-09', during)) as BpjsRuleError
    expect(id.message).toBe(
      'Kecelakaan kerja PMI pada 2018-12-09, sebelum Permenaker 18/2018 (2018-12-10), tidak dimuat dalam pustaka ini: manfaatnya di bawah aturan sebelumnya tidak ditemukan dalam sumber yang diperiksa.',
    )
  })

  it('an accident on 2018-12-10 is paid Rp85,000,000 under Permenaker 18/2018', () => {
    const r = pmi('2018-12-10', during, EN)
    expect(r.status).toBe('payable')
    expect(step(r, 'jkk.pmi.duringWork').description).toBe(
      'A PMI who died of a work accident during work: Rp85.000.000 paid at once, without a wage (Permenaker 18/2018).',
    )
    expect(r.total).toBe(85_000_000)
  })
})

describe('during work, the whole step under each regulation', () => {
  it('Permenaker 18/2018, its last day 2023-02-21 (English)', () => {
    const r = pmi(LAST_18, during, EN)
    expect(step(r, 'jkk.pmi.duringWork')).toEqual({
      rule: 'jkk.pmi.duringWork',
      description:
        'A PMI who died of a work accident during work: Rp85.000.000 paid at once, without a wage (Permenaker 18/2018).',
      inputs: { pmiPhase: 'during' },
      parameters: [REGIME_18, DURING_18],
      legal: [P18, D4],
      unit: 'rupiah',
      value: 85_000_000,
    })
  })

  it('Permenaker 4/2023, its first day 2023-02-22 (English): Pasal 34 ayat (1) huruf g and BPJS TK article 18896', () => {
    const r = pmi(FIRST_4, during, EN)
    expect(step(r, 'jkk.pmi.duringWork')).toEqual({
      rule: 'jkk.pmi.duringWork',
      description:
        'A PMI who died of a work accident during work: Rp85.000.000 paid at once, without a wage (Permenaker 4/2023).',
      inputs: { pmiPhase: 'during' },
      parameters: [REGIME_4, DURING_4],
      legal: [P4, P4_G, ART_18896, D4],
      unit: 'rupiah',
      value: 85_000_000,
    })
  })

  it('in Indonesian, on both sides of 2023-02-22', () => {
    expect(step(pmi(LAST_18, during), 'jkk.pmi.duringWork').description).toBe(
      'PMI meninggal dunia akibat kecelakaan kerja selama bekerja: Rp85.000.000 dibayar sekaligus, tanpa upah (Permenaker 18/2018).',
    )
    expect(step(pmi(FIRST_4, during), 'jkk.pmi.duringWork').description).toBe(
      'PMI meninggal dunia akibat kecelakaan kerja selama bekerja: Rp85.000.000 dibayar sekaligus, tanpa upah (Permenaker 4/2023).',
    )
  })

  it('the steps of a payable PMI death: regime, cause, protection, the fixed amount, total, scholarship; no wage step', () => {
    expect(rules(pmi(LAST_18, during, EN))).toEqual([
      'jkk.regime',
      'jkk.cause',
      'death.protection',
      'jkk.pmi.duringWork',
      'jkk.total',
      'scholarship.maximum',
    ])
  })
})

describe('the note that the amount holds every part (PMI_DURING_WORK_COMBINED)', () => {
  it('Permenaker 18/2018: a note citing the regulation and D4, in English and Indonesian', () => {
    const en = pmi(LAST_18, during, EN).reasons.find((x) => x.code === 'PMI_DURING_WORK_COMBINED')
    expect(en).toEqual({
      code: 'PMI_DURING_WORK_COMBINED',
      kind: 'note',
      message:
        'A PMI who died during work: death benefit, periodic benefit and funeral cost are paid together as Rp85.000.000.',
      legal: [P18, D4],
    })
    const id = pmi(LAST_18, during).reasons.find((x) => x.code === 'PMI_DURING_WORK_COMBINED')
    expect(id?.message).toBe(
      'PMI meninggal dunia selama bekerja: santunan kematian, santunan berkala dan biaya pemakaman dibayar sekaligus sebesar Rp85.000.000.',
    )
  })

  it('Permenaker 4/2023: the reasons in order, the note last, citing huruf g, article 18896 and D4', () => {
    const r = pmi(FIRST_4, during, EN)
    expect(r.reasons.map((x) => [x.code, x.kind])).toEqual([
      ['CAUSE_WORK_RELATED', 'met'],
      ['MEMBERSHIP_ACTIVE', 'met'],
      ['PMI_DURING_WORK_COMBINED', 'note'],
    ])
    expect(r.reasons[2]!.legal).toEqual([P4_G, ART_18896, D4])
  })
})

describe('the result: a fixed amount, never a wage', () => {
  it('every amount field, with a wage given (not used, PMI_JKK_WAGE_NOT_USED)', () => {
    const r = pmi(FIRST_4, { ...during, monthlyWage: 9_000_000 }, EN)
    expect({
      status: r.status,
      regime: r.regime,
      category: r.category,
      dateOfDeath: r.dateOfDeath,
      eventDate: r.eventDate,
      wageBasis: r.wageBasis,
      monthlyWage: r.monthlyWage,
      lumpSumFromWage: r.lumpSumFromWage,
      floorApplied: r.floorApplied,
      lumpSum: r.lumpSum,
      periodic: r.periodic,
      periodicMonths: r.periodicMonths,
      periodicMonthlyAmount: r.periodicMonthlyAmount,
      funeral: r.funeral,
      total: r.total,
      firstPayer: r.firstPayer,
    }).toEqual({
      status: 'payable',
      regime: 'PP-82-2019',
      category: 'PMI',
      dateOfDeath: FIRST_4,
      eventDate: FIRST_4,
      wageBasis: 'fixed',
      monthlyWage: 0,
      lumpSumFromWage: 0,
      floorApplied: false,
      lumpSum: 85_000_000,
      periodic: 0,
      periodicMonths: 0,
      periodicMonthlyAmount: 0,
      funeral: 0,
      total: 85_000_000,
      firstPayer: null,
    })
    expect(r.warnings).toEqual([
      {
        code: 'PMI_JKK_WAGE_NOT_USED',
        message:
          'A PMI reports no wage: the JKK benefits are fixed amounts, so the wage given (monthlyWage) is not used.',
      },
    ])
  })

  it('the total step, in English and Indonesian: the whole amount as the lump sum', () => {
    expect(step(pmi(FIRST_4, during, EN), 'jkk.total')).toEqual(totalStep(85_000_000, 'payable', 'en'))
    expect(step(pmi(FIRST_4, during), 'jkk.total')).toEqual(totalStep(85_000_000, 'dibayarkan', 'id'))
  })
})
