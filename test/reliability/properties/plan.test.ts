/**
 * Properties of planCoverageProgram. The oracle for prices is the public calculateContribution, called for
 * each month of the program with the program's payer (issue 6: "every cohort is priced by
 * calculateContribution for each month"); the rest is arithmetic: totals add up over months and cohorts,
 * money scales with the number of workers, coverage counts add up.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepEqual, fnOf, resultProblems, snapshot, type AnyFn } from '../harness.js'
import { ALL_MONTHS } from './arbitraries.js'
import { PROPERTY_SEED, STRICT } from './settings.js'

const plan = fnOf('planCoverageProgram')
const contribution = fnOf('calculateContribution')
const cfg = { seed: PROPERTY_SEED, numRuns: 60 }

const cohortBody = fc.oneof(
  fc.record({
    category: fc.constant('BPU'),
    declaredIncome: fc.integer({ min: 500_000, max: 25_000_000 }),
    programs: fc.constantFrom(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT']),
    sector: fc.constantFrom('transport', 'other'),
  }),
  fc.record({
    category: fc.constant('PU'),
    wage: fc.integer({ min: 1_000_000, max: 20_000_000 }),
    jkkRiskClass: fc.constantFrom(1, 2, 3, 4, 5),
    programs: fc.constantFrom(['JKK', 'JKM'], ['JKK', 'JKM', 'JHT']),
  }),
)

const planInput = fc
  .record({
    startPeriod: fc.constantFrom(...ALL_MONTHS.slice(0, -24)),
    months: fc.integer({ min: 1, max: 24 }),
    payer: fc.constantFrom('apbd', 'apbn', 'other'),
    cohorts: fc.array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), cohortBody), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map((r) => ({
    ...r,
    cohorts: r.cohorts.map(([workers, body], i) => ({ name: `Kelompok ${i + 1}`, workers, ...body })),
  }))

interface Plan {
  total: number
  cohorts: {
    name: string
    workers: number
    total: number
    premiumPerWorkerPerMonth: number
    payments: { amount: number }[]
  }[]
  schedule: { period: string; total: number; due: number; byCohort: Record<string, number> }[]
}

function nextMonth(p: string): string {
  const y = Number(p.slice(0, 4))
  const m = Number(p.slice(5, 7))
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

describe.skipIf(plan === undefined || contribution === undefined)('planCoverageProgram properties', () => {
  const call = (i: unknown, o?: unknown) => (plan as AnyFn)(i, o) as Plan

  it('the schedule has one month per program month; totals add up over months, cohorts and payments', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const r = call(input)
        expect(r.schedule.map((s) => s.period)).toEqual(
          Array.from({ length: input.months }).reduce<string[]>(
            (acc) => [...acc, acc.length === 0 ? input.startPeriod : nextMonth(acc[acc.length - 1]!)],
            [],
          ),
        )
        expect(r.total).toBe(r.schedule.reduce((a, s) => a + s.total, 0))
        expect(r.total).toBe(r.cohorts.reduce((a, c) => a + c.total, 0))
        expect(r.total).toBe(r.schedule.reduce((a, s) => a + s.due, 0))
        for (const s of r.schedule) expect(s.total).toBe(Object.values(s.byCohort).reduce((a, b) => a + b, 0))
        for (const c of r.cohorts) {
          expect(c.total).toBe(r.schedule.reduce((a, s) => a + (s.byCohort[c.name] ?? 0), 0))
          if (c.payments.length > 0) expect(c.payments.reduce((a, p) => a + p.amount, 0)).toBe(c.total)
        }
      }),
      cfg,
    )
  })

  it("each month of each cohort costs workers × calculateContribution of that month with the program's payer", () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const r = call(input)
        for (const [i, c] of input.cohorts.entries()) {
          const { name, workers, ...body } = c
          for (const s of r.schedule) {
            const one = (contribution as AnyFn)({
              ...body,
              period: s.period,
              ...(body.category === 'BPU' ? { payer: input.payer } : {}),
            }) as {
              totals: { total: number }
            }
            expect(s.byCohort[name], `${name} ${s.period}`).toBe(workers * one.totals.total)
            if (s.period === input.startPeriod)
              expect(r.cohorts[i]!.premiumPerWorkerPerMonth).toBe(one.totals.total)
          }
        }
      }),
      { ...cfg, numRuns: 30 },
    )
  })

  it('doubling every cohort doubles every amount', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const a = call(input)
        const b = call({ ...input, cohorts: input.cohorts.map((c) => ({ ...c, workers: c.workers * 2 })) })
        expect(b.total).toBe(2 * a.total)
        b.schedule.forEach((s, i) => expect(s.total).toBe(2 * a.schedule[i]!.total))
      }),
      cfg,
    )
  })

  it('coverage: after = before + workers, gap = potential − after (never negative; above the potential is warned)', () => {
    fc.assert(
      fc.property(
        planInput,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (input, potential, before) => {
          const covered = Math.min(before, potential)
          const r = call({ ...input, potentialWorkers: potential, coveredBefore: covered }) as Plan & {
            coverage: { coveredAfter: number; gap: number; potential: number }
            warnings: { code: string }[]
          }
          const workers = input.cohorts.reduce((a, c) => a + c.workers, 0)
          expect(r.coverage.coveredAfter).toBe(covered + workers)
          expect(r.coverage.gap).toBe(Math.max(0, potential - covered - workers))
          expect(r.warnings.some((w) => w.code === 'PLAN_COVERAGE_ABOVE_POTENTIAL')).toBe(
            covered + workers > potential,
          )
        },
      ),
      cfg,
    )
  })

  it('results are frozen, JSON-safe, deterministic; inputs are not mutated', () => {
    fc.assert(
      fc.property(planInput, fc.constantFrom('id', 'en'), (input, locale) => {
        const copy = snapshot(input)
        const r = call(input, { locale })
        expect(resultProblems(r, locale, STRICT('planCoverageProgram'))).toEqual([])
        expect(deepEqual(call(input, { locale }), r)).toBe(true)
        expect(deepEqual(input, copy)).toBe(true)
      }),
      { ...cfg, numRuns: 30 },
    )
  })
})
