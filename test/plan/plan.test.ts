import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import { renderExplanation } from '../../src/explain/render.js'
import { planCoverageProgram, type PlanCoverageProgramInput } from '../../src/programs-plan/index.js'

const city: PlanCoverageProgramInput = {
  startPeriod: '2025-06',
  months: 12,
  payer: 'apbd',
  cohorts: [
    { name: 'Pekerja informal', workers: 3000, category: 'BPU', declaredIncome: 1000000 },
    { name: 'Pekerja keagamaan', workers: 1316, category: 'BPU', declaredIncome: 1000000 },
  ],
  potentialWorkers: 15000,
  coveredBefore: 6600,
}

describe('planCoverageProgram', () => {
  it('builds a month-by-month schedule whose months add up to the total (16,800 × 4,316 = 72,508,800 a month)', () => {
    const r = planCoverageProgram(city)
    expect(r.schedule).toHaveLength(12)
    expect(r.schedule.map((s) => s.period)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ])
    for (const s of r.schedule) {
      expect(s.total).toBe(72_508_800)
      expect(s.due).toBe(72_508_800)
      expect(s.byCohort).toEqual({ 'Pekerja informal': 50_400_000, 'Pekerja keagamaan': 22_108_800 })
    }
    expect(r.schedule.reduce((a, s) => a + s.total, 0)).toBe(r.total)
    expect(r.cohorts.reduce((a, c) => a + c.total, 0)).toBe(r.total)
  })

  it('books a PMI package once, in the first month, covering the contract', () => {
    const r = planCoverageProgram({
      startPeriod: '2025-06',
      months: 12,
      payer: 'apbd',
      cohorts: [{ name: 'PMI', workers: 3, category: 'PMI', contractMonths: 24, placement: 'agency' }],
    })
    // 37,500 pre-placement + 332,500 for a 24-month contract = 370,000 per worker (Permenaker 4/2023 Pasal 18)
    expect(r.total).toBe(3 * 370_000)
    expect(r.cohorts[0]?.payments).toEqual([{ period: '2025-06', amount: 1_110_000, coversMonths: 24 }])
    expect(r.schedule[0]?.due).toBe(1_110_000)
    expect(r.schedule[1]?.total).toBe(0)
    expect(r.warnings.map((w) => w.code)).toContain('PLAN_ONE_OFF_COHORT')
  })

  it('explains every cohort, the total and the coverage, with the contribution parameters and their citations', () => {
    const r = planCoverageProgram(city)
    const rules = r.explanation.steps.map((s) => s.rule)
    expect(rules).toEqual([
      'plan.cohort.firstMonth',
      'plan.cohort.total',
      'plan.cohort.firstMonth',
      'plan.cohort.total',
      'plan.total',
      'plan.coverage',
    ])
    expect(r.explanation.parameters.length).toBeGreaterThan(0)
    expect(r.explanation.legal.map((c) => c.source)).toContain('PP-44-2015')
    expect(renderExplanation(r.explanation)).toContain('Total anggaran program 2025-06 s.d. 2026-05')
    expect(renderExplanation(planCoverageProgram(city, { locale: 'en' }).explanation)).toContain(
      'Total budget of the program from 2025-06 to 2026-05',
    )
  })

  it('returns a frozen, JSON-safe, deterministic result and leaves the input untouched', () => {
    const input = JSON.parse(JSON.stringify(city)) as PlanCoverageProgramInput
    const a = planCoverageProgram(input)
    expect(input).toEqual(city)
    expect(Object.isFrozen(a)).toBe(true)
    expect(Object.isFrozen(a.schedule[0]?.byCohort)).toBe(true)
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
    expect(planCoverageProgram(input)).toEqual(a)
  })

  it('keeps cohort names as plain own keys, even hostile ones', () => {
    const r = planCoverageProgram({
      startPeriod: '2025-06',
      months: 1,
      payer: 'apbd',
      cohorts: [{ name: '__proto__', workers: 1, category: 'BPU', declaredIncome: 1000000 }],
    })
    expect(Object.keys(r.schedule[0]?.byCohort ?? {})).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).declaredIncome).toBeUndefined()
  })

  it('computes no coverage without the potential and the already covered', () => {
    const { coveredBefore: _c, ...noCovered } = city
    expect(planCoverageProgram(noCovered).coverage).toBeUndefined()
  })

  it('takes the gap as zero when the program covers more than the potential, with a warning', () => {
    const r = planCoverageProgram({ ...city, potentialWorkers: 8000, coveredBefore: 6600 })
    expect(r.coverage).toMatchObject({ coveredAfter: 10916, gap: 0, costToCloseGap: 0, ratioAfter: 1.3645 })
    expect(r.warnings.map((w) => w.code)).toContain('PLAN_COVERAGE_ABOVE_POTENTIAL')
  })

  it('speaks the caller’s language in errors', () => {
    try {
      planCoverageProgram({ ...city, months: 0 }, { locale: 'en' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      expect((e as BpjsValidationError).message).toMatch(/^Invalid input/)
    }
  })
})
