/**
 * calculateContributions (the batch entry point): every row gets exactly what calculateContribution gives
 * that row (its result without the explanation, or the error it throws), a bad row never stops the others,
 * and the batch has the documented shape. No timing here: speed is measured by `npm run bench`.
 *
 * Hand-computed figures (PU, March 2024, wage Rp12,000,000, risk class I, large enterprise; PP 44/2015 Pasal
 * 16 and 18, PP 46/2015, PP 45/2015, JP cap Rp10,042,300 from 2024-03): JKK 0.24% = 28,800; JKM 0.30% =
 * 36,000; JHT 3.7% = 444,000 and 2% = 240,000; JP 2% × 10,042,300 = 200,846 and 1% = 100,423; total 1,050,069.
 * BPU minimum package (2025-06): JKK 1% × 1,000,000 = 10,000 + JKM 6,800 = 16,800.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateContribution,
  calculateContributions,
  ContributionBatch,
  type ContributionBatchRow,
  type ContributionInput,
} from '../../src/index.js'
import { contributionInput, options as optionsArb } from '../reliability/properties/arbitraries.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'

const PU_2024_03 = {
  category: 'PU',
  period: '2024-03',
  wage: 12_000_000,
  jkkRiskClass: 1,
  enterpriseSize: 'large',
} as const

/** What calculateContribution gives a row, in the batch's terms (no explanation), or its error. */
function single(
  row: unknown,
  options?: object,
): { ok: true; result: unknown } | { ok: false; error: unknown } {
  try {
    const { explanation: _e, ...rest } = calculateContribution(row as ContributionInput, options as never)
    return { ok: true, result: rest }
  } catch (e) {
    return { ok: false, error: e }
  }
}

function errorFacts(e: unknown) {
  const err = e as {
    name: string
    code: string
    message: string
    issues?: unknown
    path?: unknown
    messages: unknown
  }
  return {
    name: err.name,
    code: err.code,
    message: err.message,
    issues: err.issues,
    path: err.path,
    messages: err.messages,
  }
}

/** Checks every row of a batch against the single call. */
function expectRowsLikeSingleCalls(rows: readonly unknown[], options?: object): ContributionBatch {
  const batch = calculateContributions(rows as ContributionInput[], options as never)
  expect(batch.length).toBe(rows.length)
  let ok = 0
  rows.forEach((row, i) => {
    const want = single(row, options)
    const got = batch.at(i) as ContributionBatchRow
    expect(got.index).toBe(i)
    expect(got.ok).toBe(want.ok)
    if (want.ok && got.ok) {
      ok++
      expect(got.result).toEqual(want.result)
      expect(JSON.stringify(got.result)).toBe(JSON.stringify(want.result))
    } else if (!want.ok && !got.ok) {
      expect(got.error).toBeInstanceOf((want.error as Error).constructor)
      expect(errorFacts(got.error)).toEqual(errorFacts(want.error))
    }
  })
  expect(batch.okCount).toBe(ok)
  expect(batch.errorCount).toBe(rows.length - ok)
  return batch
}

const HOSTILE: readonly unknown[] = [
  null,
  undefined,
  5,
  'PU',
  [],
  { category: 'XX', period: '2025-06' },
  { ...PU_2024_03, wage: -1 },
  { ...PU_2024_03, wage: Number.NaN },
  { ...PU_2024_03, wage: '5.000.000' },
  { ...PU_2024_03, period: '2015-06' },
  { ...PU_2024_03, period: '2037-01' },
  { ...PU_2024_03, period: '2025-13' },
  { ...PU_2024_03, jkkRiskClass: 6 },
  { ...PU_2024_03, wages: 5 },
  { ...PU_2024_03, programs: ['JKK', 'JKK'] },
  { ...PU_2024_03, programs: ['JKP'] },
  { ...PU_2024_03, programs: ['JKM', 'JKK', 'JHT'], enterpriseSize: undefined },
  { ...PU_2024_03, jkpRegistered: undefined },
  { category: 'PU', period: '2025-06', wage: 5_000_000, jkkRiskClass: 1 },
  { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000, programs: ['JP'] },
  Object.create({ category: 'PU' }) as unknown,
  { ...PU_2024_03, minimumWage: 13_000_000 },
  { ...PU_2024_03, period: '2020-08' },
  { ...PU_2024_03, period: '2025-06', jkkDiscountEligible: true, jkpRegistered: true },
  { ...PU_2024_03, period: '2026-12', jkpRegistered: true, minimumWage: '12000000.50' },
]

describe('calculateContributions', () => {
  it('prices a PU row as the law does: 28,800 + 36,000 + 444,000 + 240,000 + 200,846 + 100,423 (JP on the cap)', () => {
    const batch = calculateContributions([PU_2024_03])
    const row = batch.at(0)
    expect(row?.ok).toBe(true)
    if (row?.ok !== true) return
    expect(row.result.lines.map((l) => [l.program, l.payer, l.base, l.rate, l.amount])).toEqual([
      ['JKK', 'employer', 12_000_000, '0.0024', 28_800],
      ['JKM', 'employer', 12_000_000, '0.003', 36_000],
      ['JHT', 'employer', 12_000_000, '0.037', 444_000],
      ['JHT', 'worker', 12_000_000, '0.02', 240_000],
      ['JP', 'employer', 10_042_300, '0.02', 200_846],
      ['JP', 'worker', 10_042_300, '0.01', 100_423],
    ])
    expect(row.result.totals).toEqual({
      employer: 709_646,
      worker: 340_423,
      participant: 0,
      government: 0,
      total: 1_050_069,
      deferred: 0,
    })
    expect(row.result).not.toHaveProperty('explanation')
  })

  it('gives every row of a mixed payroll what calculateContribution gives it, errors included', () => {
    const rows = [PU_2024_03, ...HOSTILE, { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 }]
    for (const options of [
      undefined,
      { locale: 'en' },
      { rounding: 'down' },
      { parameters: { 'jp.wageCap': '12000000' } },
    ])
      expectRowsLikeSingleCalls(rows, options)
  })

  it('gives every row what calculateContribution gives it, for any valid inputs and options (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: contributionInput },
            { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
          ),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        optionsArb,
        (rows, options) => {
          expectRowsLikeSingleCalls(rows, options)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 150 },
    )
  })

  it('with explain: true, every row carries the explanation calculateContribution gives it', () => {
    const rows: ContributionInput[] = [
      PU_2024_03,
      { ...PU_2024_03, jkpRegistered: true, period: '2025-06' },
      { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 },
    ]
    const batch = calculateContributions(rows, { explain: true, locale: 'en' })
    rows.forEach((row, i) => {
      const r = batch.at(i)
      expect(r?.ok).toBe(true)
      if (r?.ok === true) expect(r.result).toEqual(calculateContribution(row, { locale: 'en' }))
    })
  })

  it('a bad row never stops the others: the refused rows are listed in order with their own errors', () => {
    const rows: ContributionInput[] = [
      PU_2024_03,
      { ...PU_2024_03, wage: -1 },
      { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 },
      { ...PU_2024_03, period: '2015-06' },
    ]
    const batch = calculateContributions(rows)
    expect(batch.okCount).toBe(2)
    expect(batch.errorCount).toBe(2)
    const errors = batch.errors()
    expect(errors.map((r) => r.index)).toEqual([1, 3])
    expect(errors[0]?.error).toBeInstanceOf(BpjsValidationError)
    expect((errors[0]?.error as BpjsValidationError).issues.map((i) => [i.path, i.code])).toEqual([
      [['wage'], 'AMOUNT_NEGATIVE'],
    ])
    expect(errors[1]?.error).toBeInstanceOf(BpjsRuleError)
    expect(errors[1]?.error.code).toBe('DATE_BEFORE_COVERAGE')
    // 1,050,069 (PU) + 16,800 (BPU)
    expect(batch.totals?.total).toBe(1_066_869)
  })

  it('grand totals are the sum of the rows’ totals, per payer', () => {
    const rows: ContributionInput[] = [
      PU_2024_03,
      { ...PU_2024_03, jkpRegistered: true, period: '2025-06' },
      { ...PU_2024_03, period: '2020-08' },
      { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000, months: 3 },
      { category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'agency' },
    ]
    const batch = calculateContributions(rows)
    const sum = { employer: 0, worker: 0, participant: 0, government: 0, total: 0, deferred: 0 }
    for (const r of batch)
      if (r.ok) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r.result.totals[k]
    expect(batch.totals).toEqual(sum)
    expect(sum.deferred).toBeGreaterThan(0) // the PP 49/2020 month defers 99% of JP
    expect(sum.government).toBeGreaterThan(0) // JKP
  })

  it('grand totals are withheld, not rounded, past 2^53 − 1 rupiah', () => {
    // each row: a Rp90 trillion wage, class V: 1.74% + 0.30% + 3.7% + 2% of it alone is 6.966 trillion,
    // so 1,300 rows pass Rp9,007,199,254,740,991
    const rows = Array.from({ length: 1300 }, () => ({
      ...PU_2024_03,
      wage: 90_000_000_000_000,
      jkkRiskClass: 5 as const,
    }))
    const batch = calculateContributions(rows)
    expect(batch.okCount).toBe(1300)
    expect(batch.totals).toBeUndefined()
    const row = batch.at(0)
    expect(row?.ok === true && Number.isSafeInteger(row.result.totals.total)).toBe(true)
  })

  it('is frozen, rows are frozen and JSON-safe, at() counts from the end and refuses what is out of range', () => {
    const rows = [PU_2024_03, { ...PU_2024_03, wage: -1 }]
    const batch = calculateContributions(rows)
    expect(Object.isFrozen(batch)).toBe(true)
    const first = batch.at(0)
    expect(Object.isFrozen(first)).toBe(true)
    if (first?.ok === true) {
      expect(Object.isFrozen(first.result)).toBe(true)
      expect(Object.isFrozen(first.result.lines)).toBe(true)
      expect(Object.isFrozen(first.result.lines[0])).toBe(true)
      expect(Object.isFrozen(first.result.totals)).toBe(true)
    }
    expect(batch.at(-1)?.index).toBe(1)
    expect(batch.at(2)).toBeUndefined()
    expect(batch.at(-3)).toBeUndefined()
    expect([...batch].map((r) => r.index)).toEqual([0, 1])
    const json = JSON.parse(JSON.stringify(batch)) as { index: number; ok: boolean }[]
    expect(json.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
    ])
  })

  it('rows share nothing mutable: the warnings of a plan are frozen, warning objects included', () => {
    // 2020-09 is in the PP 49/2020 window: COVID_RELIEF_ASSUMED on every row of that month
    const row = { ...PU_2024_03, period: '2020-09', minimumWage: 13_000_000 }
    const batch = calculateContributions([row, { ...PU_2024_03, period: '2020-09' }])
    for (const r of batch) {
      expect(r.ok).toBe(true)
      if (!r.ok) continue
      expect(r.result.warnings.length).toBeGreaterThan(0)
      expect(Object.isFrozen(r.result.warnings)).toBe(true)
      for (const w of r.result.warnings) expect(Object.isFrozen(w)).toBe(true)
    }
  })

  it('an empty list gives an empty batch with zero totals', () => {
    const batch = calculateContributions([])
    expect(batch.length).toBe(0)
    expect(batch.totals).toEqual({
      employer: 0,
      worker: 0,
      participant: 0,
      government: 0,
      total: 0,
      deferred: 0,
    })
  })

  it('refuses rows that are not a list, and invalid options, as a whole', () => {
    expect(() => calculateContributions(PU_2024_03 as never)).toThrow(BpjsValidationError)
    let thrown: unknown
    try {
      calculateContributions('rows' as never, { locale: 'en' })
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(BpjsValidationError)
    expect((thrown as BpjsValidationError).issues.map((i) => [i.path, i.code])).toEqual([
      [['rows'], 'INVALID_TYPE'],
    ])
    expect(() => calculateContributions([], { explain: 'yes' } as never)).toThrow(BpjsValidationError)
    expect(() => calculateContributions([], { locale: 'fr' } as never)).toThrow(BpjsValidationError)
  })
})
