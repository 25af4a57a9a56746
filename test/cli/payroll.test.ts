/**
 * The payroll pricer prices rows through the batch API; when a batch stops on an unexpected error, that chunk
 * is priced row by row, so only the row at fault is reported and the others are still priced.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createLayout, type ContributionLike } from '../../doors/index.js'
import { createChunkPricer } from '../../cli/payroll-batch.js'
import { pricePayroll, type BatchCalculation } from '../../cli/payroll.js'
import { calculateContribution, calculateContributions } from '../../src/index.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-payroll-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// A: 5,000,000, class I, large, 2025-06 → employer 312,000 (JKK 0.24% 12,000 + JKM 0.30% 15,000 + JHT 3.7%
// 185,000 + JP 2% 100,000), worker 150,000 (JHT 2% 100,000 + JP 1% 50,000): total 462,000.
const CSV = 'id,wage,jkkRiskClass,enterpriseSize\nA,5000000,1,large\nB,5000000,1,large\n'

async function price(calculateBatch: BatchCalculation, calculate = calculateContribution as never) {
  const file = join(work, 'in.csv')
  const output = join(work, 'out.csv')
  const errors = join(work, 'errors.csv')
  writeFileSync(file, CSV)
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const summary = await pricePayroll({
      file,
      output,
      errors,
      defaults: { period: '2025-06' },
      calcOptions: { locale: 'en' },
      progress: false,
      delimiter: ',',
      layout: 'line',
      lang: 'en',
      calculate,
      calculateBatch,
    })
    return { summary, out: readFileSync(output, 'utf8'), errors: readFileSync(errors, 'utf8') }
  } finally {
    stderr.mockRestore()
  }
}

describe('payroll pricing through the batch API', () => {
  it('prices every row with one batch call for the file', async () => {
    const batch = vi.fn(calculateContributions as BatchCalculation)
    const calculate = vi.fn(calculateContribution)
    const r = await price(batch, calculate as never)
    expect(batch).toHaveBeenCalledTimes(1)
    expect(calculate).not.toHaveBeenCalled()
    expect([r.summary.ok, r.summary.failed, r.summary.totals.total]).toEqual([2, 0, 2 * 462_000])
    expect(r.out).toContain('2,A,2025-06,PU,total,,total,,,,462000,,,,,,')
    expect(r.out).toContain('3,B,2025-06,PU,total,,total,,,,462000,,,,,,')
  })

  it('a batch that stops on an unexpected error: its chunk is priced row by row, only the faulty row fails', async () => {
    const broken: BatchCalculation = () => {
      throw new TypeError('boom')
    }
    let calls = 0
    // the first row (A) meets an unexpected fault, the second (B) is priced
    const calculate = (row: unknown, options: unknown) => {
      if (calls++ === 0) throw new TypeError('row fault')
      return calculateContribution(row as never, options as never)
    }
    const r = await price(broken, calculate as never)
    expect([r.summary.ok, r.summary.failed, r.summary.totals.total]).toEqual([1, 1, 462_000])
    expect(r.errors.trim().split('\n')[1]).toBe('2,A,,INTERNAL_ERROR,row fault')
    expect(r.out).toContain('3,B,2025-06,PU,total,,total,,,,462000,,,,,,')
  })
})

// The command line prices a file's rows on the batch plans (createChunkPricer) and writes the rows priced on a
// plan from their amounts (the worker layout compiled per plan). Both must give what calculateContributions
// and the layout give for the same rows, whatever the situation (months, classes, sizes, JKP, reliefs).
describe('payroll rows priced on plans and written from their amounts', () => {
  const row = fc.record({
    category: fc.constant('PU'),
    period: fc.constantFrom('2015-07', '2019-12', '2020-05', '2021-03', '2024-03', '2025-03', '2025-06', '2026-01'),
    wage: fc.oneof(fc.integer({ min: 1, max: 60_000_000 }), fc.constantFrom('5000000.50', '1000000', '0', 'x')),
    jkkRiskClass: fc.constantFrom(1, 2, 3, 4, 5, 9),
    enterpriseSize: fc.constantFrom('micro', 'small', 'medium', 'large'),
    jkpRegistered: fc.boolean(),
  })
  it('the same results as calculateContributions, and the same worker-layout cells and totals', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const price = createChunkPricer()
        const options = { locale: 'en' }
        const half = Math.ceil(rows.length / 2)
        // two chunks sharing the plans of the first
        const chunks = [price(rows.slice(0, half), options), price(rows.slice(half), options)]
        const at = (i: number) => (i < half ? { c: chunks[0], j: i } : { c: chunks[1], j: i - half })
        const expected = calculateContributions(rows as never, options as never)
        const generic = createLayout('worker', ['id'])
        const compiled = createLayout('worker', ['id'])
        const totals: Record<string, number> = {}
        rows.forEach((_, i) => {
          const { c, j } = at(i)
          const want = expected.at(i)
          const got = c?.at(j)
          expect(got?.ok).toBe(want?.ok)
          if (want?.ok !== true || got?.ok !== true) return
          const result: ContributionLike = { ...want.result, totals: { ...want.result.totals } }
          expect((got.result as ContributionLike).lines).toEqual(result.lines)
          expect((got.result as ContributionLike).totals).toEqual(result.totals)
          const cells = generic.rows({ row: i, identity: [`r${i}`], wage: 1, result })[0]
          const compact = c?.compact?.(j)
          if (compact === undefined) return
          const fn = compiled.compile?.(compact.template)
          expect(fn?.(i, [`r${i}`], 1, compact.amounts, compact.at, totals)).toEqual(cells)
        })
        // the rows priced on a plan counted into the same grand totals as the layout's own rows
        const onPlan = rows.map((_, i) => at(i)).filter(({ c, j }) => c?.compact?.(j) !== undefined).length
        if (onPlan === rows.filter((_, i) => expected.at(i)?.ok === true).length)
          expect(compiled.totals()).toEqual(generic.totals())
      }),
      { numRuns: 150 },
    )
  })
})
