/**
 * calculateContributions (the batch entry point) gives every row exactly what calculateContribution gives
 * it, or the error it throws, and its grand totals are the sums of the rows: the oracle is the single-row
 * public function. Rows mix valid inputs of every category with hostile ones (one field replaced, removed
 * or added).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  deepEqual,
  fnOf,
  pollutionProblems,
  prototypeFingerprint,
  snapshot,
  valueProblems,
  type AnyFn,
} from './harness.js'
import { mutatedInput } from './fuzz/fuzz.js'
import { SEEDS } from './fuzz/seeds.js'
import { contributionInput } from './properties/arbitraries.js'
import { PROPERTY_SEED } from './properties/settings.js'

const batchFn = fnOf('calculateContributions')
const single = fnOf('calculateContribution')

interface Row {
  index: number
  ok: boolean
  result?: Record<string, unknown>
  error?: { name: string; code: string; message: string; issues?: { path: unknown; code: string }[] }
}
interface Batch extends Iterable<Row> {
  length: number
  okCount: number
  errorCount: number
  totals: Record<string, number> | undefined
  at(i: number): Row | undefined
  errors(): Row[]
  toJSON(): Row[]
}

const row = fc.oneof(
  { weight: 3, arbitrary: contributionInput },
  { weight: 1, arbitrary: mutatedInput(SEEDS['calculateContribution'] ?? []) },
)
const options = fc.record(
  {
    locale: fc.constantFrom('id', 'en'),
    rounding: fc.constantFrom('half-up', 'half-even', 'down'),
    explain: fc.boolean(),
  },
  { requiredKeys: [] },
)

describe.skipIf(batchFn === undefined || single === undefined)('calculateContributions', () => {
  it('every row is what calculateContribution gives it (or its error); totals are the sums of the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), options, (rows, opts) => {
        const before = prototypeFingerprint()
        const copy = snapshot(rows)
        const b = (batchFn as AnyFn)(rows, opts) as Batch
        const { explain, ...singleOpts } = opts
        const sums = { employer: 0, worker: 0, participant: 0, government: 0, total: 0, deferred: 0 }
        expect(b.length).toBe(rows.length)
        let failed = 0
        rows.forEach((input, i) => {
          const got = b.at(i)!
          expect(got.index).toBe(i)
          expect(Object.isFrozen(got)).toBe(true)
          let want: Record<string, unknown> | undefined
          let thrown: Row['error'] | undefined
          try {
            want = (single as AnyFn)(input, singleOpts) as Record<string, unknown>
          } catch (e) {
            thrown = e as Row['error']
          }
          if (thrown !== undefined) {
            failed++
            expect(got.ok).toBe(false)
            expect([got.error!.name, got.error!.code, got.error!.message]).toEqual([
              thrown.name,
              thrown.code,
              thrown.message,
            ])
            expect(got.error!.issues?.map((x) => [x.path, x.code])).toEqual(
              thrown.issues?.map((x) => [x.path, x.code]),
            )
          } else {
            expect(got.ok).toBe(true)
            const { explanation, ...rest } = want!
            if (explain === true) expect(deepEqual(got.result, want)).toBe(true)
            else {
              expect(got.result!['explanation']).toBeUndefined()
              expect(JSON.stringify(got.result)).toBe(JSON.stringify(rest))
            }
            void explanation
            const t = want!['totals'] as Record<keyof typeof sums, number>
            for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += t[k]
          }
        })
        expect([b.okCount, b.errorCount]).toEqual([rows.length - failed, failed])
        expect(b.totals).toEqual(sums)
        expect(b.errors().map((r) => r.index)).toEqual([...b].filter((r) => !r.ok).map((r) => r.index))
        expect(deepEqual([...b], b.toJSON())).toBe(true)
        expect(b.at(-1)?.index).toBe(rows.length === 0 ? undefined : rows.length - 1)
        expect(b.at(rows.length)).toBeUndefined()
        expect(Object.isFrozen(b)).toBe(true)
        expect(deepEqual(rows, copy), 'rows were mutated').toBe(true)
        expect(pollutionProblems(before)).toEqual([])
      }),
      { seed: PROPERTY_SEED, numRuns: 60 },
    )
  })

  it('grand totals past 2^53 − 1 are not given (never an inexact sum)', () => {
    const huge = {
      category: 'PU',
      period: '2024-03',
      wage: 90_000_000_000_000,
      jkkRiskClass: 5,
      enterpriseSize: 'large',
    }
    // one row: JKK 1.74% + JKM 0.30% + JHT 3.7% of 90T + JP 200,846 = 5,166,000,200,846 employer; 3 rows are exact,
    // 2,000 rows pass 2^53 − 1 (about 9.007e15)
    const three = (batchFn as AnyFn)([huge, huge, huge]) as Batch
    expect(three.totals?.employer).toBe(3 * 5_166_000_200_846)
    const many = (batchFn as AnyFn)(Array.from({ length: 2000 }, () => huge)) as Batch
    expect(many.totals).toBeUndefined()
    expect(many.okCount).toBe(2000)
  })

  // Was a known bug (rows shared unfrozen plan warnings), fixed in b0682a4: now a plain test.
  it('rows are deep-frozen and share nothing mutable', () => {
    const row = {
      category: 'PU',
      period: '2020-09',
      wage: 8_000_000,
      jkkRiskClass: 3,
      enterpriseSize: 'medium',
    }
    const b = (batchFn as AnyFn)([row, row]) as Batch
    for (const r of b) expect(valueProblems(r.result, { frozen: true })).toEqual([])
  })
})
