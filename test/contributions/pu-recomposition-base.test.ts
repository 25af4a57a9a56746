/**
 * The PU recomposition base (decisions D7, D8): the parts of JKK and JKM recomposed to JKP are priced on the
 * wage capped at the JKP cap (`jkp.wageCap`, Rp5,000,000) while `jkp.recomposition.cappedBase` is true (the
 * library's value), on the whole wage when a caller overrides it with false; the employer's JKK and JKM cash and
 * the government's JKP share (always on the capped wage) do not change. June 2024, wage Rp8,000,000, JKK risk
 * group 1 (0.24%), JKM 0.30%, recomposed 0.14% (JKK) and 0.10% (JKM), government 0.22%, from
 * src/parameters/pu.ts and src/parameters/jkp.ts; texts from src/i18n/en/contributions.ts.
 */
import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../src/contributions/index.js'
import type { ContributionInput, ContributionResult } from '../../src/contributions/types.js'

const INPUT: ContributionInput = {
  category: 'PU',
  period: '2024-06',
  wage: 8_000_000,
  jkkRiskClass: 1,
  programs: ['JKK', 'JKM', 'JKP'],
}
const UNCAPPED = { locale: 'en', parameters: { 'jkp.recomposition.cappedBase': false } } as const

const step = (r: ContributionResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}

const REC_JKK_REF = { id: 'jkp.recomposition.jkk', value: '0.0014', from: '2023-10-01', to: '2025-01-31' }
const CAP_REF = { id: 'jkp.wageCap', value: '5000000', from: '2021-02-01', to: '2025-01-31' }
const TO_JKP_LEGAL = [
  { source: 'DECISIONS', article: 'D7' },
  { source: 'DECISIONS', article: 'D8' },
  { source: 'PP-49-2023', article: 'Pasal 16A' },
  { source: 'PP-37-2021', article: 'Pasal 11' },
]
// the JKP cap is the parameter's value, shown as every amount of an explanation is (Rp5.000.000)
const TO_JKP_JKK_EN =
  'The part of the JKK contribution recomposed to JKP, computed on the wage capped at Rp5.000.000 (decisions D7, D8); the employer’s cash is unchanged.'
// with D8 overridden the step says so: it used to claim the capped wage while pricing the whole wage
const TO_JKP_JKK_WHOLE_WAGE_EN =
  'The part of the JKK contribution recomposed to JKP, computed on the whole wage: the decision D8 parameter (jkp.recomposition.cappedBase) is overridden, so the JKP wage cap Rp5.000.000 is not applied; the employer’s cash is unchanged.'

describe('D8 as the library has it: the recomposed parts on min(Rp8,000,000, Rp5,000,000) = Rp5,000,000', () => {
  // computed in each test, not at collection: Stryker activates a mutant per test (a result made while the
  // tests are collected is the unmutated one)
  const result = () => calculateContribution(INPUT, { locale: 'en' })

  it('JKK 0.24% × 8,000,000 = 19,200, of which 0.14% × 5,000,000 = 7,000 to JKP; JKM 24,000, of which 5,000', () => {
    const r = result()
    expect(r.lines).toEqual([
      {
        program: 'JKK',
        payer: 'employer',
        base: 8_000_000,
        rate: '0.0024',
        amount: 12_200,
        fund: 'JKK',
        gross: 19_200,
      },
      { program: 'JKK', payer: 'employer', base: 5_000_000, rate: '0.0014', amount: 7_000, fund: 'JKP' },
      {
        program: 'JKM',
        payer: 'employer',
        base: 8_000_000,
        rate: '0.003',
        amount: 19_000,
        fund: 'JKM',
        gross: 24_000,
      },
      { program: 'JKM', payer: 'employer', base: 5_000_000, rate: '0.001', amount: 5_000, fund: 'JKP' },
      { program: 'JKP', payer: 'government', base: 5_000_000, rate: '0.0022', amount: 11_000 },
    ])
  })

  it('the pu.jkk.toJkp step shows the capped base Rp5.000.000', () => {
    const r = result()
    expect(step(r, 'pu.jkk.toJkp')).toEqual({
      rule: 'pu.jkk.toJkp',
      description: TO_JKP_JKK_EN,
      formula: 'rate × contribution base = 0.14% × Rp5.000.000',
      inputs: { base: 5_000_000 },
      parameters: [
        REC_JKK_REF,
        CAP_REF,
        { id: 'jkp.recomposition.cappedBase', value: true, from: '2021-02-01' },
      ],
      legal: TO_JKP_LEGAL,
      rounding: { mode: 'half-up', exact: '7000', rounded: 7_000 },
      value: 7_000,
    })
  })
})

describe('D8 overridden (options.parameters, cappedBase false): the recomposed parts on the whole wage', () => {
  const result = () => calculateContribution(INPUT, UNCAPPED)

  it('JKK 19,200, of which 0.14% × 8,000,000 = 11,200 to JKP; JKM 24,000, of which 8,000; the government share stays on Rp5,000,000', () => {
    const r = result()
    expect(r.lines).toEqual([
      {
        program: 'JKK',
        payer: 'employer',
        base: 8_000_000,
        rate: '0.0024',
        amount: 8_000,
        fund: 'JKK',
        gross: 19_200,
      },
      { program: 'JKK', payer: 'employer', base: 8_000_000, rate: '0.0014', amount: 11_200, fund: 'JKP' },
      {
        program: 'JKM',
        payer: 'employer',
        base: 8_000_000,
        rate: '0.003',
        amount: 16_000,
        fund: 'JKM',
        gross: 24_000,
      },
      { program: 'JKM', payer: 'employer', base: 8_000_000, rate: '0.001', amount: 8_000, fund: 'JKP' },
      { program: 'JKP', payer: 'government', base: 5_000_000, rate: '0.0022', amount: 11_000 },
    ])
  })

  it('the pu.jkk.toJkp step: the base is the wage, shown as the wage is (Rp8.000.000)', () => {
    const r = result()
    expect(step(r, 'pu.jkk.toJkp')).toEqual({
      rule: 'pu.jkk.toJkp',
      description: TO_JKP_JKK_WHOLE_WAGE_EN,
      formula: 'rate × contribution base = 0.14% × Rp8.000.000',
      inputs: { base: 8_000_000 },
      parameters: [
        REC_JKK_REF,
        CAP_REF,
        { id: 'jkp.recomposition.cappedBase', value: false, from: '2015-07-01' },
      ],
      legal: TO_JKP_LEGAL,
      rounding: { mode: 'half-up', exact: '11200', rounded: 11_200 },
      value: 11_200,
    })
    expect(step(r, 'pu.jkk').formula).toBe('rate × contribution base = 0.24% × Rp8.000.000')
  })
})

describe('the steps on one base share its inputs, made once per explanation', () => {
  it('pu.jkk and pu.jkm on the wage: one { wage } object; pu.jkk.toJkp and pu.jkm.toJkp: one { base } object', () => {
    const r = calculateContribution(INPUT)
    expect(step(r, 'pu.jkk').inputs).toEqual({ wage: 8_000_000 })
    expect(step(r, 'pu.jkm').inputs).toBe(step(r, 'pu.jkk').inputs)
    expect(step(r, 'pu.jkk.toJkp').inputs).toEqual({ base: 5_000_000 })
    expect(step(r, 'pu.jkm.toJkp').inputs).toBe(step(r, 'pu.jkk.toJkp').inputs)
  })
})
