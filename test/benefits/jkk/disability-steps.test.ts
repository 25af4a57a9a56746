/**
 * Permanent disability by rule (parts.ts disabilityPart, disability-table.ts): total 70% × 80 × wage plus the
 * periodic benefit paid at once (A Rp4,800,000, low; B Rp12,000,000), anatomical by the table row seen
 * (jkk.disability.table, Regime B only) or the caller's rate, functional = function lost × table, the
 * left-handed mirror and the per-10-dB rows. Whole steps, reasons and disability objects, both locales.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  calculateJkkBenefit,
  type CalculationOptions,
  type JkkBenefitInput,
  type JkkBenefitResult,
} from '../../../src/index.js'

const D5 = { source: 'DECISIONS', article: 'D5' }
const LAMP_A = [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5]
const LAMP_B = [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5]

const PU = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  employerArrearsMonths: 0,
} as const

const run = (
  accidentDate: string,
  monthlyWage: number,
  disability: NonNullable<JkkBenefitInput['disability']>,
  options: CalculationOptions = { locale: 'en' },
) => calculateJkkBenefit({ ...PU, accidentDate, monthlyWage, disability }, options)
const step = (r: JkkBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const rules = (r: JkkBenefitResult) => r.explanation.steps.map((s) => s.rule)

describe('total permanent disability, Regime B, W = 5,000,000', () => {
  let r: JkkBenefitResult
  let id: JkkBenefitResult
  beforeEach(() => {
    r = run('2024-03-10', 5_000_000, { type: 'total', declaredOn: '2024-06-01' })
    id = run('2024-03-10', 5_000_000, { type: 'total', declaredOn: '2024-06-01' }, {})
  })

  it('0.7 × 80 × 5,000,000 = 280,000,000, periodic 12,000,000, total 292,000,000', () => {
    expect(r.disability).toEqual({ type: 'total', share: '0.7', amount: 280_000_000, periodic: 12_000_000 })
    expect(r.total).toBe(292_000_000)
  })

  it('the periodic step, then the disability step, whole, both locales', () => {
    expect(rules(r)).toEqual([
      'jkk.regime',
      'death.protection',
      'death.employerArrears',
      'jkk.wage',
      'jkk.periodic',
      'jkk.disability',
      'jkk.total',
      'jkk.scholarship',
      'scholarship.maximum',
    ])
    expect(step(r, 'jkk.periodic')).toEqual({
      rule: 'jkk.periodic',
      description: 'Periodic benefit on total permanent disability, paid at once: Rp12.000.000.',
      inputs: {},
      parameters: [{ id: 'jkk.disability.periodicLumpSum', value: '12000000', from: '2019-12-02' }],
      legal: LAMP_B,
      unit: 'rupiah',
      value: 12_000_000,
    })
    expect(step(r, 'jkk.disability')).toEqual({
      rule: 'jkk.disability',
      description: 'Disability benefit (total): 0.7 × 80 × Rp5.000.000 = Rp280.000.000.',
      inputs: {},
      parameters: [{ id: 'jkk.disability.wageMonths', value: 80, from: '2019-12-02' }],
      legal: LAMP_B,
      unit: 'rupiah',
      value: 280_000_000,
    })
    expect(step(id, 'jkk.periodic').description).toBe(
      'Santunan berkala cacat total tetap, dibayar sekaligus: Rp12.000.000.',
    )
    expect(step(id, 'jkk.disability').description).toBe(
      'Santunan cacat (total): 0,7 × 80 × Rp5.000.000 = Rp280.000.000.',
    )
  })

  it('the total-rate parameter is read with its value and span', () => {
    expect(r.explanation.parameters.find((p) => p.id === 'jkk.disability.totalRate')).toEqual({
      id: 'jkk.disability.totalRate',
      value: '0.7',
      from: '2019-12-02',
      date: '2024-03-10',
      confidence: 'medium',
      legal: LAMP_B,
      overridden: false,
      lastVerifiedOn: '2026-11-24',
    })
    expect(r.warnings).toEqual([])
  })
})

describe('total permanent disability, Regime A (2019-12-01), W = 4,000,000', () => {
  let r: JkkBenefitResult
  beforeEach(() => {
    r = run('2019-12-01', 4_000_000, { type: 'total', declaredOn: '2019-12-01' })
  })
  it('0.7 × 80 × 4,000,000 = 224,000,000 and the low periodic Rp4,800,000 of Regime A', () => {
    expect(r.disability).toEqual({ type: 'total', share: '0.7', amount: 224_000_000, periodic: 4_800_000 })
    expect(r.total).toBe(228_800_000)
    expect(step(r, 'jkk.periodic')).toEqual({
      rule: 'jkk.periodic',
      description: 'Periodic benefit on total permanent disability, paid at once: Rp4.800.000.',
      inputs: {},
      parameters: [
        { id: 'jkk.disability.periodicLumpSum', value: '4800000', from: '2015-07-01', to: '2019-12-01' },
      ],
      legal: LAMP_A,
      unit: 'rupiah',
      value: 4_800_000,
    })
    expect(step(r, 'jkk.disability').parameters).toEqual([
      { id: 'jkk.disability.wageMonths', value: 80, from: '2015-07-01', to: '2019-12-01' },
    ])
  })
  it('the low periodic amount is warned', () => {
    expect(r.warnings).toContainEqual({
      code: 'LOW_CONFIDENCE_RULE',
      message:
        'This rule uses parameter jkk.disability.periodicLumpSum, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
      parameterId: 'jkk.disability.periodicLumpSum',
    })
  })
})

describe('anatomical disability by a table row (Regime B), W = 5,000,000', () => {
  it('both eyes, 70%: share 0.7, 280,000,000, no periodic benefit, no scholarship', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'both-eyes' })
    expect(r.disability).toEqual({ type: 'anatomical', share: '0.7', amount: 280_000_000, periodic: 0 })
    expect(r.scholarship).toBeNull()
    expect(rules(r)).not.toContain('jkk.periodic')
    expect(step(r, 'jkk.disability')).toEqual({
      rule: 'jkk.disability',
      description: 'Disability benefit (anatomical): 0.7 × 80 × Rp5.000.000 = Rp280.000.000.',
      inputs: {},
      parameters: [{ id: 'jkk.disability.wageMonths', value: 80, from: '2019-12-02' }],
      legal: LAMP_B,
      unit: 'rupiah',
      value: 280_000_000,
    })
    // the table rows are low confidence (one secondary source)
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'LOW_CONFIDENCE_RULE', parameterId: 'jkk.disability.table' }),
    ])
    expect(r.explanation.parameters.map((p) => p.id)).toContain('jkk.disability.table')
  })

  it('the right arm from the shoulder: 40%, a left-handed worker 35% (the rows swap)', () => {
    const right = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'right-arm-from-shoulder' })
    const leftHanded = run('2024-03-10', 5_000_000, {
      type: 'anatomical',
      row: 'right-arm-from-shoulder',
      leftHanded: true,
    })
    const rightHanded = run('2024-03-10', 5_000_000, {
      type: 'anatomical',
      row: 'right-arm-from-shoulder',
      leftHanded: false,
    })
    expect(right.disability).toEqual({ type: 'anatomical', share: '0.4', amount: 160_000_000, periodic: 0 })
    expect(leftHanded.disability).toEqual({
      type: 'anatomical',
      share: '0.35',
      amount: 140_000_000,
      periodic: 0,
    })
    expect(rightHanded.disability).toEqual(right.disability)
    // a row without a mirror is unchanged for a left-handed worker
    expect(
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'both-eyes', leftHanded: true }).disability,
    ).toEqual({ type: 'anatomical', share: '0.7', amount: 280_000_000, periodic: 0 })
  })

  it('hearing reduction of both ears: 6% per whole 10 dB (25 dB → 12%, 30 dB → 18%)', () => {
    const at = (decibels: number) =>
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'hearing-reduction-both-ears', decibels })
        .disability
    expect(at(25)).toEqual({ type: 'anatomical', share: '0.12', amount: 48_000_000, periodic: 0 })
    expect(at(30)).toEqual({ type: 'anatomical', share: '0.18', amount: 72_000_000, periodic: 0 })
    expect(at(9)).toEqual({ type: 'anatomical', share: '0', amount: 0, periodic: 0 })
  })

  it('the caller’s rate comes before the row (D26): tableRate 0.125 → 12.5%', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'both-eyes', tableRate: '0.125' })
    expect(r.disability).toEqual({ type: 'anatomical', share: '0.125', amount: 50_000_000, periodic: 0 })
    expect(step(r, 'jkk.disability').description).toBe(
      'Disability benefit (anatomical): 0.125 × 80 × Rp5.000.000 = Rp50.000.000.',
    )
    expect(r.explanation.parameters.map((p) => p.id)).not.toContain('jkk.disability.table')
    expect(r.warnings).toEqual([])
  })
})

describe('functional disability: function lost × table percentage × 80 × wage', () => {
  it('right arm 40%, half its function lost: share 0.2, 80,000,000; both locales', () => {
    const d = { type: 'functional', row: 'right-arm-from-shoulder', functionLostRate: '0.5' } as const
    const r = run('2024-03-10', 5_000_000, d)
    const id = run('2024-03-10', 5_000_000, d, {})
    expect(r.disability).toEqual({ type: 'functional', share: '0.2', amount: 80_000_000, periodic: 0 })
    expect(step(r, 'jkk.disability').description).toBe(
      'Disability benefit (functional): 0.2 × 80 × Rp5.000.000 = Rp80.000.000.',
    )
    expect(step(id, 'jkk.disability').description).toBe(
      'Santunan cacat (functional): 0,2 × 80 × Rp5.000.000 = Rp80.000.000.',
    )
  })
  it('an anatomical disability ignores a function-lost rate: 40% stays 40%', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'anatomical', tableRate: '0.4', functionLostRate: '0.5' })
    expect(r.disability).toEqual({ type: 'anatomical', share: '0.4', amount: 160_000_000, periodic: 0 })
  })
  it('with the caller’s table rate: 0.3 × 0.25 = 0.075 → 30,000,000', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'functional', tableRate: '0.3', functionLostRate: '0.25' })
    expect(r.disability).toEqual({ type: 'functional', share: '0.075', amount: 30_000_000, periodic: 0 })
  })
})

describe('a row the data cannot price: a missing fact, incomplete', () => {
  const missingReason = (r: JkkBenefitResult) => r.reasons.filter((x) => x.code === 'MISSING_FACT')
  // the fact names the row given (the placeholder was left as "{row}" before the fix)
  const expectMissing = (r: JkkBenefitResult, legal: unknown, row: string) => {
    expect(missingReason(r)).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message: `Not given: the disability table percentage of row ${row} (the library's table gives none for this row on this date) (field disability.tableRate). The library does not assume it.`,
        legal,
        path: ['disability', 'tableRate'],
      },
    ])
    expect([r.status, r.payable, r.missing, r.disability, r.total]).toEqual([
      'incomplete',
      false,
      ['disability.tableRate'],
      null,
      0,
    ])
    expect(rules(r)).not.toContain('jkk.disability')
  }

  it('a row not in the table', () => {
    expectMissing(
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'left-little-toe' }),
      LAMP_B,
      'left-little-toe',
    )
  })
  it('the row in the message, in Indonesian too', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'left-little-toe' }, {})
    expect(missingReason(r).map((x) => x.message)).toEqual([
      'Data belum diberikan: persentase tabel cacat untuk baris left-little-toe (tabel pustaka tidak memberikannya untuk baris ini pada tanggal ini) (kolom disability.tableRate). Pustaka ini tidak mengasumsikannya.',
    ])
  })
  it('a per-10-dB row without the decibels', () => {
    expectMissing(
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'hearing-reduction-one-ear' }),
      LAMP_B,
      'hearing-reduction-one-ear',
    )
  })
  it('a range row (scalp avulsion, 10–30%): the doctor’s percentage is the caller’s rate', () => {
    expectMissing(
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'scalp-avulsion' }),
      LAMP_B,
      'scalp-avulsion',
    )
    expect(
      run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'scalp-avulsion', tableRate: '0.2' })
        .disability,
    ).toEqual({ type: 'anatomical', share: '0.2', amount: 80_000_000, periodic: 0 })
  })
  it('Regime A (2019-12-01): no table rows were seen, so even a seen row is missing; 2019-12-02 has it', () => {
    expectMissing(run('2019-12-01', 5_000_000, { type: 'anatomical', row: 'both-eyes' }), LAMP_A, 'both-eyes')
    expect(run('2019-12-02', 5_000_000, { type: 'anatomical', row: 'both-eyes' }).disability).toEqual({
      type: 'anatomical',
      share: '0.7',
      amount: 280_000_000,
      periodic: 0,
    })
  })
  it('the fact names the field in both locales', () => {
    const r = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'left-little-toe' })
    const id = run('2024-03-10', 5_000_000, { type: 'anatomical', row: 'left-little-toe' }, {})
    expect(missingReason(r)[0]?.message).toMatch(
      /^Not given: the disability table percentage of row .*\(field disability\.tableRate\)\. The library does not assume it\.$/,
    )
    expect(missingReason(id)[0]?.message).toMatch(
      /^Data belum diberikan: persentase tabel cacat untuk baris .*\(kolom disability\.tableRate\)\. Pustaka ini tidak mengasumsikannya\.$/,
    )
  })
})

describe('rounding of the disability amount (D12)', () => {
  it('0.7 × 80 × 1,000,000.01 = 56,000,000.56: half-up 56,000,001, down 56,000,000', () => {
    const at = (rounding: NonNullable<CalculationOptions['rounding']>) =>
      calculateJkkBenefit(
        {
          ...PU,
          accidentDate: '2024-03-10',
          monthlyWage: '1000000.01',
          disability: { type: 'anatomical', tableRate: '0.7' },
        },
        { rounding },
      ).disability?.amount
    expect(at('half-up')).toBe(56_000_001)
    expect(at('down')).toBe(56_000_000)
  })
  it('total: 0.7 × 80 × 1,000,000.01 the same way', () => {
    const at = (rounding: NonNullable<CalculationOptions['rounding']>) =>
      calculateJkkBenefit(
        { ...PU, accidentDate: '2024-03-10', monthlyWage: '1000000.01', disability: { type: 'total' } },
        { rounding },
      ).disability?.amount
    expect(at('half-up')).toBe(56_000_001)
    expect(at('down')).toBe(56_000_000)
  })
})
