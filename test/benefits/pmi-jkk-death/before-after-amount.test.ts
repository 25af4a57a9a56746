/**
 * jkk.pmi.beforeAfter: a PMI who dies of a work accident before or after work. No source gives the amount
 * (src/parameters/pmi-jkk.ts, `amount: null` under both regulations), so the result is incomplete and names the
 * parameter as the missing fact, citing the regulation and decision D26; a caller who knows the amount gives
 * it as the parameter `jkkDeath.pmi.beforeAfter.amount` and the death is payable with it.
 */
import { describe, expect, it } from 'vitest'
import {
  BEFORE_AFTER_18,
  BEFORE_AFTER_4,
  D26,
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

const GIVEN = { parameters: { 'jkkDeath.pmi.beforeAfter.amount': { amount: '42000000' } } }
/** An override is read as in force over the whole coverage (from 2015-07-01). */
const GIVEN_REF = { id: 'jkkDeath.pmi.beforeAfter.amount', value: { amount: '42000000' }, from: '2015-07-01' }

describe('the amount not known: incomplete, the parameter named as the missing fact (D26)', () => {
  it('before work under Permenaker 18/2018 (its last day): the whole step, with the amount shown as —', () => {
    const r = pmi(LAST_18, { pmiPhase: 'before' }, EN)
    expect([r.status, r.total, r.lumpSum, r.missing]).toEqual([
      'incomplete',
      0,
      0,
      ['parameters.jkkDeath.pmi.beforeAfter.amount'],
    ])
    expect(step(r, 'jkk.pmi.beforeAfter')).toEqual({
      rule: 'jkk.pmi.beforeAfter',
      description: 'A PMI who died of a work accident before work: benefit amount —.',
      inputs: { pmiPhase: 'before' },
      parameters: [REGIME_18, BEFORE_AFTER_18],
      legal: [P18, D26],
      unit: 'rupiah',
      value: null,
    })
  })

  it('after work under Permenaker 4/2023 (its first day): the step cites Pasal 34 ayat (1) huruf g', () => {
    const r = pmi(FIRST_4, { pmiPhase: 'after' }, EN)
    expect(step(r, 'jkk.pmi.beforeAfter')).toEqual({
      rule: 'jkk.pmi.beforeAfter',
      description: 'A PMI who died of a work accident after work: benefit amount —.',
      inputs: { pmiPhase: 'after' },
      parameters: [REGIME_4, BEFORE_AFTER_4],
      legal: [P4, P4_G, D26],
      unit: 'rupiah',
      value: null,
    })
    expect(step(r, 'jkk.total')).toEqual(totalStep(0, 'incomplete input', 'en'))
  })

  it('the missing fact: MISSING_FACT at the parameter path, citing the regulation then D26, in both languages', () => {
    const en = pmi(FIRST_4, { pmiPhase: 'after' }, EN).reasons.at(-1)
    expect(en).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the JKK death benefit of a PMI before or after work (not found in the sources; give it as the parameter jkkDeath.pmi.beforeAfter.amount) (field parameters.jkkDeath.pmi.beforeAfter.amount). The library does not assume it.',
      legal: [P4_G, D26],
      path: ['parameters', 'jkkDeath.pmi.beforeAfter.amount'],
    })
    expect(pmi(LAST_18, { pmiPhase: 'before' }, EN).reasons.at(-1)!.legal).toEqual([P18, D26])
    expect(pmi(FIRST_4, { pmiPhase: 'before' }).reasons.at(-1)!.message).toBe(
      'Data belum diberikan: besaran santunan kematian JKK PMI sebelum atau setelah bekerja (tidak ditemukan dalam sumber; berikan sebagai parameter jkkDeath.pmi.beforeAfter.amount) (kolom parameters.jkkDeath.pmi.beforeAfter.amount). Pustaka ini tidak mengasumsikannya.',
    )
  })

  it('in Indonesian the phase reads "sebelum" / "setelah"', () => {
    expect(step(pmi(FIRST_4, { pmiPhase: 'before' }), 'jkk.pmi.beforeAfter').description).toBe(
      'PMI meninggal dunia akibat kecelakaan kerja sebelum bekerja: besaran santunan —.',
    )
    expect(step(pmi(LAST_18, { pmiPhase: 'after' }), 'jkk.pmi.beforeAfter').description).toBe(
      'PMI meninggal dunia akibat kecelakaan kerja setelah bekerja: besaran santunan —.',
    )
  })

  it('no during-work note and no during-work step (the scholarship maximum is still shown)', () => {
    const r = pmi(FIRST_4, { pmiPhase: 'before' }, EN)
    expect(r.reasons.map((x) => x.code)).not.toContain('PMI_DURING_WORK_COMBINED')
    expect(rules(r)).toEqual([
      'jkk.regime',
      'jkk.cause',
      'death.protection',
      'jkk.pmi.beforeAfter',
      'jkk.total',
      'scholarship.maximum',
    ])
  })
})

describe('the amount given by the caller: payable with it', () => {
  it('after work, Rp42,000,000 given: the whole step, no missing fact, the total', () => {
    const r = pmi(FIRST_4, { pmiPhase: 'after' }, { ...EN, ...GIVEN })
    expect([r.status, r.lumpSum, r.total, r.missing]).toEqual(['payable', 42_000_000, 42_000_000, []])
    expect(step(r, 'jkk.pmi.beforeAfter')).toEqual({
      rule: 'jkk.pmi.beforeAfter',
      description: 'A PMI who died of a work accident after work: benefit amount Rp42.000.000.',
      inputs: { pmiPhase: 'after' },
      parameters: [REGIME_4, GIVEN_REF],
      legal: [P4],
      unit: 'rupiah',
      value: 42_000_000,
    })
    expect(r.reasons.map((x) => x.code)).toEqual(['CAUSE_WORK_RELATED', 'MEMBERSHIP_ACTIVE'])
    expect(step(r, 'jkk.total')).toEqual(totalStep(42_000_000, 'payable', 'en'))
    expect(r.warnings).toEqual([
      {
        code: 'PARAMETER_OVERRIDDEN',
        message:
          'Parameter jkkDeath.pmi.beforeAfter.amount was overridden by the caller: value {"amount":"42000000"}.',
        parameterId: 'jkkDeath.pmi.beforeAfter.amount',
      },
    ])
  })

  it('before work, in Indonesian', () => {
    const r = pmi(LAST_18, { pmiPhase: 'before' }, GIVEN)
    expect(step(r, 'jkk.pmi.beforeAfter').description).toBe(
      'PMI meninggal dunia akibat kecelakaan kerja sebelum bekerja: besaran santunan Rp42.000.000.',
    )
    expect(step(r, 'jkk.total')).toEqual(totalStep(42_000_000, 'dibayarkan', 'id'))
  })
})
