import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  planCoverageRoadmap,
  workersForBudget,
  type CoverageRoadmapInput,
} from '../../src/programs-plan/index.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'

const base: CoverageRoadmapInput = {
  startPeriod: '2026-01',
  targetYear: 2028,
  potentialWorkers: 1000,
  coveredToday: 440,
  targetCoverage: 1,
  budget: { yearly: 100_000_000 },
  payer: 'apbd',
  premium: { category: 'BPU', declaredIncome: 1000000 },
  churn: '0.05',
  enrolmentCapacity: 300,
}

describe('planCoverageRoadmap', () => {
  it('explains every year with its rounding (⌊budget ÷ premium⌋) and is frozen', () => {
    const r = planCoverageRoadmap(base)
    expect(Object.isFrozen(r.years[0])).toBe(true)
    const years = r.explanation.steps.filter((s) => s.rule === 'roadmap.year')
    expect(years).toHaveLength(3)
    // 100,000,000 ÷ 201,600 = 496.03… → 496
    expect(years[0]!.rounding).toEqual({ mode: 'down', exact: '100000000/201600', rounded: 496 })
    expect(years[0]!.inputs).toMatchObject({ leftExact: '15' }) // 0.05 × 300
    expect(years[1]!.inputs).toMatchObject({ leftExact: '24.8' }) // 0.05 × 496, rounded up to 25
    expect(r.explanation.parameters.map((p) => p.id)).toContain('bpu.jkm.amount')
    expect(r.warnings.map((w) => w.code)).toContain('ROADMAP_NOT_REACHABLE')
  })
  it('speaks English', () => {
    const r = planCoverageRoadmap(base, { locale: 'en' })
    expect(r.explanation.steps.find((s) => s.rule === 'roadmap.year')!.description).toBe(
      '2026: a budget of Rp100.000.000 pays for ⌊Rp100.000.000 ÷ Rp201.600⌋ = 496 workers; program pays for 300 (new 300, leaving 15); coverage 0.74; cost Rp60.480.000.',
    )
  })
  it('the budget needed is the smallest: one rupiah less does not reach the target in the target year', () => {
    const r = planCoverageRoadmap(base)
    const need = r.budgetNeeded!.firstYear
    expect(need).toBe(112_896_000) // 560 × 201,600
    const at = planCoverageRoadmap({ ...base, budget: { yearly: need } })
    const below = planCoverageRoadmap({ ...base, budget: { yearly: need - 1 } })
    expect(at.years[2]!.covered).toBeGreaterThanOrEqual(1000)
    expect(below.years[2]!.covered).toBeLessThan(1000)
  })
})

describe('roadmap properties', () => {
  const arb = fc.record({
    budgetA: fc.integer({ min: 0, max: 400_000_000 }),
    extra: fc.integer({ min: 0, max: 200_000_000 }),
    churn: fc.constantFrom('0', '0.05', '0.1', '0.33', '1'),
    capacity: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    covered: fc.integer({ min: 0, max: 1000 }),
  })
  it('coverage never decreases when the budget increases, other things equal', () => {
    fc.assert(
      fc.property(arb, ({ budgetA, extra, churn, capacity, covered }) => {
        const input = {
          ...base,
          coveredToday: covered,
          churn,
          budget: { yearly: budgetA },
          ...(capacity === undefined ? {} : { enrolmentCapacity: capacity }),
        }
        if (capacity === undefined) delete (input as { enrolmentCapacity?: number }).enrolmentCapacity
        const a = planCoverageRoadmap(input)
        const b = planCoverageRoadmap({ ...input, budget: { yearly: budgetA + extra } })
        a.years.forEach((y, i) => expect(b.years[i]!.covered).toBeGreaterThanOrEqual(y.covered))
        a.years.forEach((y) => expect(y.cost).toBeLessThanOrEqual(budgetA))
      }),
      { seed: PROPERTY_SEED, numRuns: 40 },
    )
  })
  it('the budget-first answer N is the largest N whose cost is within the budget', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom('apbd', 'other'),
        (budget, months, payer) => {
          const r = workersForBudget({
            budget,
            startPeriod: '2025-10',
            months,
            payer: payer as 'apbd' | 'other',
            premium: { category: 'BPU', declaredIncome: 1500000, sector: 'transport' },
          })
          // one worker's cost, month by month: 15,000 + 6,800 = 21,800, or half of each (7,500 + 3,400 =
          // 10,900) for a donor in the transport window 2026-01 … 2027-03 (PP 50/2025)
          let cost = 0
          for (let i = 0; i < months; i++) {
            const m = (2025 * 12 + 9 + i) % 12
            const y = Math.floor((2025 * 12 + 9 + i) / 12)
            const p = `${y}-${String(m + 1).padStart(2, '0')}`
            cost += payer === 'other' && p >= '2026-01' && p <= '2027-03' ? 10_900 : 21_800
          }
          expect(r.costPerWorker).toBe(cost)
          expect(r.workers * cost).toBeLessThanOrEqual(budget)
          expect((r.workers + 1) * cost).toBeGreaterThan(budget)
          expect(r.spent + r.remaining).toBe(budget)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 60 },
    )
  })
})
