/**
 * Fuzzing in `npm test`: a fixed seed and modest runs per entry point (longer runs: `npm run fuzz`).
 * Every call must give a result or a `BpjsValidationError` / `BpjsRuleError` with sound messages, never
 * pollute a prototype or mutate its input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzProperty, fuzzTargets } from './fuzz/fuzz.js'

/** The seed and runs used in `npm test` (reported in the reliability notes). */
export const FUZZ_SEED = 20_261_124
export const FUZZ_RUNS = { main: 300, other: 200 }

describe('fuzzing (fixed seed)', () => {
  const targets = fuzzTargets()
  it('covers the foundation parsers and every calculation function exported', () => {
    expect(targets.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'parseRupiah',
        'formatRupiah',
        'roundRupiah',
        'allocate',
        'parsePeriod',
        'parseDate',
        'valueAt',
      ]),
    )
  })
  for (const t of targets)
    it(`${t.name} only returns a result or throws BpjsValidationError / BpjsRuleError`, () => {
      fc.assert(fuzzProperty(t), {
        seed: FUZZ_SEED,
        numRuns: t.main ? FUZZ_RUNS.main : FUZZ_RUNS.other,
        endOnFailure: true,
      })
    })
})
