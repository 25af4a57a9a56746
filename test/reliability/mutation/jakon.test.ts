/**
 * The construction (Jakon) contribution, src/contributions/jakon.ts, beyond the scenario fixtures: the exact
 * marginal sum over tiers whose rates have different numbers of decimals (given through a parameter
 * override), the VAT note of decisions D17 both ways, the PP 49/2020 relief (1% of each rate) per program in
 * the explanation, a programs list without JKM, and the rounding records (D12). Figures are worked out by
 * hand from regulations.md §4 and decisions D17: JKK tiers 0.21% to Rp100M, 0.17% to 500M, 0.13% to 1bn,
 * 0.11% to 5bn, 0.09% above; JKM 0.03%, 0.02%, 0.02%, 0.01%, 0.01%; by wage JKK 1.74%, JKM 0.30%.
 */
import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../../src/contributions/index.js'
import type { ContributionInput, ContributionResult } from '../../../src/contributions/types.js'

const run = (input: object, options: object = {}) =>
  calculateContribution({ category: 'JAKON', ...input } as ContributionInput, { locale: 'en', ...options })
const step = (r: ContributionResult, rule: string) => r.explanation.steps.find((s) => s.rule === rule)!
const amounts = (r: ContributionResult) => r.lines.map((l) => [l.program, l.amount])

describe('Jakon by contract value (decisions D17)', () => {
  it('Rp2,000,000,000: JKK 2,640,000 and JKM 310,000, each step with its VAT note, tiers and exact rounding', () => {
    const r = run({ period: '2025-06', contractValue: 2_000_000_000 })
    expect(r.category).toBe('JAKON')
    expect(r.method).toBe('contract-value')
    // JKK 100M × 0.21% + 400M × 0.17% + 500M × 0.13% + 1,000M × 0.11% = 210,000 + 680,000 + 650,000 + 1,100,000
    // JKM 100M × 0.03% + 400M × 0.02% + 500M × 0.02% + 1,000M × 0.01% = 30,000 + 80,000 + 100,000 + 100,000
    expect(amounts(r)).toEqual([
      ['JKK', 2_640_000],
      ['JKM', 310_000],
    ])
    const jkk = step(r, 'jakon.contract.jkk')
    expect(jkk.description).toBe(
      'Construction JKK by contract value Rp2.000.000.000 (excluding VAT, decision D17), in marginal tiers, for the whole project.',
    )
    expect(jkk.formula).toBe(
      'sum over the tiers: tier rate × part of the contract value in that tier = ' +
        '0.21% × Rp100.000.000 + 0.17% × Rp400.000.000 + 0.13% × Rp500.000.000 + 0.11% × Rp1.000.000.000',
    )
    expect(jkk.rounding).toEqual({ mode: 'half-up', exact: '2640000', rounded: 2_640_000 })
    expect(jkk.parameters.map((p) => p.id)).toEqual(['jakon.contract.jkkTiers', 'jakon.contract.excludesVat'])
    expect(step(r, 'jakon.contract.jkm').parameters.map((p) => p.id)).toEqual([
      'jakon.contract.jkmTiers',
      'jakon.contract.excludesVat',
    ])
  })

  it('with the VAT flag overridden to false the steps say the value includes VAT (the amounts do not change)', () => {
    const r = run(
      { period: '2025-06', contractValue: 100_000_000 },
      { parameters: { 'jakon.contract.excludesVat': false } },
    )
    // 100M × 0.21% = 210,000; 100M × 0.03% = 30,000
    expect(amounts(r)).toEqual([
      ['JKK', 210_000],
      ['JKM', 30_000],
    ])
    expect(step(r, 'jakon.contract.jkk').description).toBe(
      'Construction JKK by contract value Rp100.000.000 (including VAT), in marginal tiers, for the whole project.',
    )
    const id = run({ period: '2025-06', contractValue: 100_000_000 }, { locale: 'id' })
    expect(step(id, 'jakon.contract.jkm').description).toBe(
      'JKM jasa konstruksi berdasarkan nilai kontrak Rp100.000.000 (tanpa PPN, keputusan D17), berjenjang, untuk seluruh proyek.',
    )
  })

  it('tier rates with different decimals (1%, 0.17%, 2%) are summed exactly and rounded once', () => {
    // an override of the JKK tiers: 1% to 100M, 0.17% to 500M, 2% above (rates of 2, 4 and 2 decimals)
    const tiers = [
      { over: '0', rate: '0.01' },
      { over: '100000000', rate: '0.0017' },
      { over: '500000000', rate: '0.02' },
    ]
    const r = run(
      { period: '2025-06', contractValue: '600000000.55' },
      { parameters: { 'jakon.contract.jkkTiers': tiers } },
    )
    // JKK: 100,000,000 × 1% + 400,000,000 × 0.17% + 100,000,000.55 × 2%
    //    = 1,000,000 + 680,000 + 2,000,000.011 = 3,680,000.011 → 3,680,000
    // JKM (the law's tiers): 30,000 + 80,000 + 100,000,000.55 × 0.02% (20,000.00011) = 130,000.00011 → 130,000
    expect(amounts(r)).toEqual([
      ['JKK', 3_680_000],
      ['JKM', 130_000],
    ])
    expect(r.lines[0]!.tiers).toEqual([
      { over: 0, upTo: 100_000_000, base: 100_000_000, rate: '0.01' },
      { over: 100_000_000, upTo: 500_000_000, base: 400_000_000, rate: '0.0017' },
      { over: 500_000_000, base: 100_000_000.55, rate: '0.02' },
    ])
    const jkk = step(r, 'jakon.contract.jkk')
    expect(jkk.rounding).toEqual({ mode: 'half-up', exact: '3680000.011', rounded: 3_680_000 })
    expect(jkk.formula).toBe(
      'sum over the tiers: tier rate × part of the contract value in that tier = ' +
        '1% × Rp100.000.000 + 0.17% × Rp400.000.000 + 2% × Rp100.000.000,55',
    )
    expect(step(r, 'jakon.contract.jkm').rounding).toEqual({
      mode: 'half-up',
      exact: '130000.00011',
      rounded: 130_000,
    })
    // the other way round: 4 decimals, then 2 (0.17% to 100M, 1% above): 170,000 + 1,000,000.0055 → 1,170,000
    const down = run(
      { period: '2025-06', contractValue: '200000000.55' },
      {
        parameters: {
          'jakon.contract.jkkTiers': [
            { over: '0', rate: '0.0017' },
            { over: '100000000', rate: '0.01' },
          ],
        },
      },
    )
    expect(down.lines[0]!.amount).toBe(1_170_000)
    expect(step(down, 'jakon.contract.jkk').rounding!.exact).toBe('1170000.0055')
  })

  it('PP 49/2020 (2020-09): 1% of each tier rate; each step reads its own program’s relief and names the normal contribution', () => {
    const r = run({ period: '2020-09', contractValue: 2_000_000_000, covidRelief: true })
    // 1% of 2,640,000 and of 310,000
    expect(amounts(r)).toEqual([
      ['JKK', 26_400],
      ['JKM', 3_100],
    ])
    expect(r.lines.map((l) => l.relief)).toEqual(['PP-49-2020', 'PP-49-2020'])
    const jkk = step(r, 'jakon.contract.jkk')
    const jkm = step(r, 'jakon.contract.jkm')
    expect(jkk.parameters.map((p) => p.id)).toEqual([
      'jakon.contract.jkkTiers',
      'jakon.contract.excludesVat',
      'relief.pp49-2020.jkkDiscount',
    ])
    expect(jkm.parameters.map((p) => p.id)).toEqual([
      'jakon.contract.jkmTiers',
      'jakon.contract.excludesVat',
      'relief.pp49-2020.jkmDiscount',
    ])
    expect(jkk.description).toBe(
      'Construction JKK by contract value Rp2.000.000.000 (excluding VAT, decision D17), in marginal tiers, for the whole project — PP 49/2020 relief: 1% of the normal contribution Rp2.640.000 is paid.',
    )
    expect(jkm.description).toContain('1% of the normal contribution Rp310.000 is paid.')
    // the discounted rates, 1% of 0.21% = 0.0021%, …
    expect(jkk.formula).toContain('= 0.0021% × Rp100.000.000 + 0.0017% × Rp400.000.000 +')
  })

  it('programs ["JKK"]: only JKK is priced, with a warning that JKM is mandatory for Jakon', () => {
    const r = run({ period: '2025-06', contractValue: 100_000_000, programs: ['JKK'] })
    expect(r.programs).toEqual(['JKK'])
    expect(amounts(r)).toEqual([['JKK', 210_000]])
    expect(r.warnings.filter((w) => w.code === 'PROGRAMS_OMIT_MANDATORY').map((w) => w.message)).toEqual([
      'The programs list leaves out programs mandatory for JAKON: JKM. Only the programs asked for are priced.',
    ])
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(['contribution.programs', 'jakon.contract.jkk'])
  })
})

describe('Jakon by wage (wages known)', () => {
  it('wage 4,000,000.50: JKK 1.74% (69,600.0087) and JKM 0.30% (12,000.0015), each rounded once and recorded', () => {
    const r = run({ period: '2025-06', wage: '4000000.50' })
    expect(r.category).toBe('JAKON')
    expect(r.method).toBe('wage')
    expect(amounts(r)).toEqual([
      ['JKK', 69_600],
      ['JKM', 12_000],
    ])
    expect(step(r, 'jakon.wage.jkk').rounding).toEqual({
      mode: 'half-up',
      exact: '69600.0087',
      rounded: 69_600,
    })
    expect(step(r, 'jakon.wage.jkm').rounding).toEqual({
      mode: 'half-up',
      exact: '12000.0015',
      rounded: 12_000,
    })
    expect(step(r, 'jakon.wage.jkk').parameters.map((p) => p.id)).toEqual(['jakon.wage.jkkRate'])
  })

  it('PP 49/2020 (2020-10): 1% of 1.74% and of 0.30%, each step with its own relief reading', () => {
    const r = run({ period: '2020-10', wage: 4_000_000, covidRelief: true })
    // 4,000,000 × 0.0174% = 696; × 0.003% = 120
    expect(amounts(r)).toEqual([
      ['JKK', 696],
      ['JKM', 120],
    ])
    expect(step(r, 'jakon.wage.jkk').parameters.map((p) => p.id)).toEqual([
      'jakon.wage.jkkRate',
      'relief.pp49-2020.jkkDiscount',
    ])
    expect(step(r, 'jakon.wage.jkm').parameters.map((p) => p.id)).toEqual([
      'jakon.wage.jkmRate',
      'relief.pp49-2020.jkmDiscount',
    ])
    expect(step(r, 'jakon.wage.jkk').description).toBe(
      'Construction JKK on the monthly wage (wages known) — PP 49/2020 relief: 1% of the normal contribution 1.74% is paid.',
    )
  })
})
