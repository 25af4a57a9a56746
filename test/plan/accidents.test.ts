import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import { planCoverageProgram, type PlanCoverageProgramInput } from '../../src/programs-plan/index.js'

// Issue 18 item 6: expected accidents from the caller's rates per severity. Figures derived by hand: for one
// year, expected accidents = workers × annual rate; each accident paid the JKK cash benefit of the notes'
// formulas on the BPU base of Rp1,000,000 (PP 82/2019).
const base: PlanCoverageProgramInput = {
  startPeriod: '2025-06',
  months: 12,
  payer: 'apbd',
  cohorts: [{ name: 'Ojek', workers: 1000, category: 'BPU', declaredIncome: 1000000 }],
}

describe('planCoverageProgram: expected accidents (annualAccidentRates)', () => {
  it('1,000 BPU workers for 12 months: 1.2 total (× 68,000,000) + 6 temporary of 2 months (× 2,000,000) + 2.4 partial at 10% (× 8,000,000) = 112,800,000', () => {
    const r = planCoverageProgram({
      ...base,
      annualAccidentRates: [
        // 70% × 80 × 1,000,000 + 12,000,000 = 68,000,000; 1,000 × 0.0012 = 1.2 → 81,600,000
        { severity: 'total-disability', rate: '0.0012' },
        // 2 months at 100% of 1,000,000 = 2,000,000; 1,000 × 0.006 = 6 → 12,000,000
        { severity: 'temporary-incapacity', rate: '0.006', incapacityMonths: 2 },
        // 10% × 80 × 1,000,000 = 8,000,000; 1,000 × 0.0024 = 2.4 → 19,200,000
        { severity: 'partial-disability', rate: '0.0024', tableRate: '0.1' },
      ],
    })
    const a = r.expectedBenefits?.accidents
    expect(a?.bySeverity).toEqual([
      { severity: 'total-disability', accidents: 1.2, amount: 81_600_000 },
      { severity: 'temporary-incapacity', accidents: 6, amount: 12_000_000 },
      { severity: 'partial-disability', accidents: 2.4, amount: 19_200_000 },
    ])
    expect(a?.accidents).toBe(9.6)
    expect(a?.amount).toBe(112_800_000)
    // the heirs' amount is unchanged (no mortality rate given)
    expect(r.expectedBenefits?.amount).toBe(0)
    expect(r.explanation.steps.some((s) => s.rule === 'plan.expected.accidents')).toBe(true)
  })
  it('is additive: without the rates there is no accident part', () => {
    const r = planCoverageProgram({ ...base, annualMortalityRate: '0.006' })
    expect(r.expectedBenefits?.accidents).toBeUndefined()
  })
  it('a partial disability without its table percentage, or a temporary one without months, is refused at its path', () => {
    try {
      planCoverageProgram({
        ...base,
        annualAccidentRates: [
          { severity: 'partial-disability', rate: '0.001' },
          { severity: 'temporary-incapacity', rate: '0.001' },
        ],
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      expect((e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['annualAccidentRates.0.tableRate', 'REQUIRED'],
        ['annualAccidentRates.1.incapacityMonths', 'REQUIRED'],
      ])
    }
  })
})
