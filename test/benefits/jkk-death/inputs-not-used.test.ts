/**
 * Inputs a JKK death does not use for the category are not silently dropped: a warning names the field.
 * `pmiPhase` is only for a PMI (its amount depends on the phase); a PMI reports no wage, so a wage given for
 * a PMI is not used (the amount is fixed, src/parameters/pmi-jkk.ts).
 */
import { describe, expect, it } from 'vitest'
import { calculateJkkDeathBenefit, type JkkDeathBenefitInput } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const DATE = '2024-05-10'
const base = {
  cause: 'work-accident',
  membershipActive: true,
  dateOfDeath: DATE,
  dateOfAccident: DATE,
} as const satisfies Partial<JkkDeathBenefitInput>

describe('pmiPhase given for a category other than PMI', () => {
  it('a PU: INPUT_NOT_USED naming the field and the category, in English and Indonesian; the amounts unchanged', () => {
    const input = {
      ...base,
      category: 'PU',
      monthlyWage: 5_000_000,
      employerArrearsMonths: 0,
      pmiPhase: 'during',
    } as const
    const r = calculateJkkDeathBenefit(input, EN)
    expect(r.warnings).toEqual([
      { code: 'INPUT_NOT_USED', message: 'Field pmiPhase is not used for category PU.' },
    ])
    expect(calculateJkkDeathBenefit(input).warnings).toEqual([
      { code: 'INPUT_NOT_USED', message: 'Kolom pmiPhase tidak dipakai untuk kategori PU.' },
    ])
    const { pmiPhase: _, ...without } = input
    const w = calculateJkkDeathBenefit(without, EN)
    expect(w.warnings).toEqual([])
    expect([r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([w.lumpSum, w.periodic, w.funeral, w.total])
  })

  it('a PMI with its phase: no INPUT_NOT_USED', () => {
    const r = calculateJkkDeathBenefit({ ...base, category: 'PMI', pmiPhase: 'during' }, EN)
    expect(r.warnings).toEqual([])
  })
})

describe('a wage given for a PMI', () => {
  it.each(['monthlyWage', 'dailyWage'] as const)(
    '%s: PMI_JKK_WAGE_NOT_USED naming it, in both languages',
    (field) => {
      const input = { ...base, category: 'PMI', pmiPhase: 'during', [field]: 300_000 } as const
      expect(calculateJkkDeathBenefit(input, EN).warnings).toEqual([
        {
          code: 'PMI_JKK_WAGE_NOT_USED',
          message: `A PMI reports no wage: the JKK benefits are fixed amounts, so the wage given (${field}) is not used.`,
        },
      ])
      expect(calculateJkkDeathBenefit(input).warnings).toEqual([
        {
          code: 'PMI_JKK_WAGE_NOT_USED',
          message: `PMI tidak melaporkan upah: santunan JKK-nya berupa jumlah tetap, upah yang diberikan (${field}) tidak dipakai.`,
        },
      ])
      expect(calculateJkkDeathBenefit(input, EN).total).toBe(85_000_000)
    },
  )
})
