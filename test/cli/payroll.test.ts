/**
 * The payroll pricer prices rows through the batch API; when a batch stops on an unexpected error, that chunk
 * is priced row by row, so only the row at fault is reported and the others are still priced.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
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
