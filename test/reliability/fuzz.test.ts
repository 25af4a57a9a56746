/**
 * Fuzzing in `npm test`: a fixed seed and modest runs per entry point (longer runs: `npm run fuzz`).
 * Every call must give a result or a `BpjsValidationError` / `BpjsRuleError` with sound messages, never
 * pollute a prototype or mutate its input.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FUZZ_RUNS, FUZZ_SEED, fuzzProperty, fuzzTargets } from './fuzz/fuzz.js'

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
