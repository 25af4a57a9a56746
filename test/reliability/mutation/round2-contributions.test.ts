/**
 * Round 2 of the contribution mutants (src/contributions): what the second full Stryker run left alive.
 * Every result is computed inside its `it` (Stryker's per-test coverage does not count code a `beforeEach`
 * runs, so a mutant only seen there is reported as surviving). Hand figures (regulations.md §2–§3; PP 44/2015
 * Pasal 16, 18 for JKK/JKM; PP 46/2015 JHT 3.7% + 2%; PP 45/2015 JP 2% + 1% of the wage capped at the month's
 * JP cap; PP 37/2021 Pasal 11 JKP cap Rp5,000,000; decisions D7, D8, D12):
 * - PU 2024-03, large, class 1, wage Rp12,000,000, JKP registered: the JKP base min(12,000,000, 5,000,000) =
 *   5,000,000 on `jkp.wageCap` and the D8 flag `jkp.recomposition.cappedBase`; JKK 0.24% = 28,800 cash split
 *   0.14% × 5,000,000 = 7,000 to JKP and 21,800 kept; JKM 0.30% = 36,000 split 0.10% × 5,000,000 = 5,000 and
 *   31,000 kept (D7, until 2025-01); JKP government 0.22% × 5,000,000 = 11,000.
 * - The same without JKP: JKK and JKM one step each; JP on the 2024-03 cap Rp10,042,300.
 * - PU 2025-06 with JKP, wage Rp8,000,000: JKM 0.30% = 24,000 with no recomposition (PP 6/2025 Pasal 11, D7).
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  type ContributionResult,
  type TraceStep,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
const PU = { category: 'PU', period: '2024-03', jkkRiskClass: 1, enterpriseSize: 'large' } as const
const stepOf = (r: ContributionResult, rule: string): TraceStep => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const rules = (r: ContributionResult) => r.explanation.steps.map((s) => s.rule)
const ids = (s: TraceStep) => s.parameters.map((p) => p.id)

describe('PU explanation: each step under its own rule id, with its own parameters', () => {
  it('with JKP in 2024-03: the JKP base, the JKK and JKM splits, the JP base and the government part', () => {
    // the list of step rule ids (each also the key of its shared explanation piece) is asserted in pu.test.ts
    const r = calculateContribution({ ...PU, wage: 12_000_000, jkpRegistered: true }, EN)
    // D8: the JKP base is the wage capped at Rp5,000,000, and whether the recomposition uses it is the D8 flag
    const base = stepOf(r, 'pu.jkp.base')
    expect(base.value).toBe(5_000_000)
    expect(ids(base)).toEqual(['jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(stepOf(r, 'pu.jp.base').value).toBe(10_042_300)
    expect(ids(stepOf(r, 'pu.jkp.government'))).toEqual([
      'jkp.rate.government',
      'jkp.wageCap',
      'jkp.recomposition.cappedBase',
    ])
    expect(stepOf(r, 'pu.jkp.government').value).toBe(11_000)
    // each split names its own program: JKK 28,800 − 7,000 = 21,800; JKM 36,000 − 5,000 = 31,000
    expect(stepOf(r, 'pu.jkm.toJkp').description).toMatch(
      /^The part of the JKM contribution recomposed to JKP/,
    )
    const jkmKept = stepOf(r, 'pu.jkm.toOwnFund')
    expect(jkmKept.description).toBe('The rest of the JKM contribution, kept by the JKM fund.')
    expect(jkmKept.value).toBe(31_000)
    expect(stepOf(r, 'pu.jkk.toJkp').description).toMatch(
      /^The part of the JKK contribution recomposed to JKP/,
    )
    const jkkKept = stepOf(r, 'pu.jkk.toOwnFund')
    expect(jkkKept.description).toBe('The rest of the JKK contribution, kept by the JKK fund.')
    expect(jkkKept.value).toBe(21_800)
  })

  it('the same situation explained twice gives the same steps (the shared references are per rule)', () => {
    // a second wage of the situation reuses the plan's shared references: each rule keeps its own
    const a = calculateContribution({ ...PU, wage: 12_000_000, jkpRegistered: true }, EN)
    const b = calculateContribution({ ...PU, wage: 4_000_000, jkpRegistered: true }, EN)
    expect(rules(b)).toEqual(rules(a))
    for (const rule of rules(a)) expect(ids(stepOf(b, rule))).toEqual(ids(stepOf(a, rule)))
    // wage 4,000,000 under both caps: JKP base 4,000,000; JP base 4,000,000; government 0.22% = 8,800
    expect(stepOf(b, 'pu.jkp.base').value).toBe(4_000_000)
    expect(stepOf(b, 'pu.jp.base').value).toBe(4_000_000)
    expect(stepOf(b, 'pu.jkp.government').value).toBe(8_800)
  })

  it('without JKP: one JKK and one JKM step, then JHT and the JP base and shares', () => {
    const r = calculateContribution({ ...PU, wage: 12_000_000 }, EN)
    expect(rules(r)).toEqual([
      'contribution.programs',
      'pu.jkk',
      'pu.jkm',
      'pu.jht.employer',
      'pu.jht.worker',
      'pu.jp.base',
      'pu.jp.employer',
      'pu.jp.worker',
    ])
    // JKK 0.24% × 12,000,000 = 28,800; JKM 0.30% = 36,000; JP base min(12,000,000, 10,042,300)
    expect(stepOf(r, 'pu.jkk').value).toBe(28_800)
    expect(ids(stepOf(r, 'pu.jkk'))).toEqual(['pu.jkk.rate.class1'])
    expect(stepOf(r, 'pu.jkm').value).toBe(36_000)
    expect(ids(stepOf(r, 'pu.jkm'))).toEqual(['pu.jkm.rate'])
    expect(stepOf(r, 'pu.jp.base').value).toBe(10_042_300)
  })
})

describe('PU plans are read once per situation for the shared options', () => {
  it('two calls of one situation share the plan: the same frozen program list', () => {
    // the plan cache of puPlanFor: options with no overrides are shared, so is the plan of a situation
    const a = calculateContribution({ ...PU, wage: 7_000_000 })
    const b = calculateContribution({ ...PU, wage: 9_000_000 })
    expect(a.programs).toEqual(['JKK', 'JKM', 'JHT', 'JP'])
    expect(b.programs).toBe(a.programs)
    expect(Object.isFrozen(a.programs)).toBe(true)
    // a list out of the order of the law is explained as given, so its plan is not shared
    const c = calculateContribution({ ...PU, programs: ['JKM', 'JKK'], wage: 7_000_000 })
    const d = calculateContribution({ ...PU, programs: ['JKM', 'JKK'], wage: 7_000_000 })
    expect(d.programs).toEqual(c.programs)
    expect(d.programs).not.toBe(c.programs)
  })
})

describe('options that are not a plain object', () => {
  it.each([
    ['a function with no prototype', () => Object.setPrototypeOf(() => 0, null) as unknown],
    [
      'a function whose prototype is Object.prototype',
      () => Object.setPrototypeOf(() => 0, Object.prototype) as unknown,
    ],
    ['a plain function', () => (() => 0) as unknown],
  ])('%s is refused as options (INPUT_NOT_OBJECT), not read as empty options', (_, make) => {
    try {
      calculateContribution({ ...PU, wage: 5_000_000 }, make() as never)
      expect.unreachable('accepted a function as options')
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      const issues = (e as BpjsValidationError).issues
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['options'], 'INPUT_NOT_OBJECT']])
    }
  })
})

describe('BPU steps: the base is shown only in the rate × base formulas', () => {
  it('JKK 1% of the base, JKM a fixed Rp6,800 (no base)', () => {
    // BPU 2024-03, income Rp1,000,000 (within the base range): JKK 1% = 10,000; JKM Rp6,800 (PP 44/2015)
    const r = calculateContribution({ category: 'BPU', period: '2024-03', declaredIncome: 1_000_000 }, EN)
    expect(stepOf(r, 'bpu.jkk').formula).toBe('rate × contribution base = 1% × Rp1.000.000')
    expect(stepOf(r, 'bpu.jkk').value).toBe(10_000)
    expect(stepOf(r, 'bpu.jkm').formula).toBe('fixed contribution Rp6.800')
    expect(stepOf(r, 'bpu.jkm').inputs).toEqual({ period: '2024-03' })
  })
})
