/**
 * The PU fast path (src/contributions/fast-input.ts) must accept every plain valid PU input and parse it
 * exactly as the schema does, and refuse (leave to the schema) everything else. A fast path that silently
 * falls back is only slower, so its mutants survive the public tests; this checks the fast path directly,
 * with the zod schema (`contributionInputSchema` through `parseWith`) as the oracle.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastParsePu, situationOf } from '../../../src/contributions/fast-input.js'
import { parseWith } from '../../../src/schemas/common.js'
import { contributionInputSchema } from '../../../src/schemas/contribution.js'
import { mutatedInput } from '../fuzz/fuzz.js'
import { puInput } from '../properties/arbitraries.js'
import { PROPERTY_SEED } from '../properties/settings.js'

function schema(input: unknown): unknown {
  try {
    // the schema alone: the combination checks (structuralIssues) run after either parser
    return parseWith(contributionInputSchema, input, 'id')
  } catch {
    return undefined
  }
}

const ORDERED = ['JKK', 'JKM', 'JHT', 'JP', 'JKP']

describe('the PU fast path agrees with the schema', () => {
  it('every valid PU input is taken by the fast path and parsed as the schema parses it', () => {
    fc.assert(
      fc.property(
        puInput,
        fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        (input, minimumWage, jpDeferral) => {
          const i: Record<string, unknown> = { ...input }
          if (minimumWage !== undefined) i['minimumWage'] = minimumWage
          if (jpDeferral !== undefined) i['jpDeferral'] = jpDeferral
          const want = schema(i)
          const got = fastParsePu(i)
          expect(got, JSON.stringify(i)).toBeDefined()
          if (want !== undefined) expect(got).toEqual(want)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 300 },
    )
  })

  it('an input the schema refuses is never accepted by the fast path', () => {
    fc.assert(
      fc.property(
        mutatedInput([
          {
            category: 'PU',
            period: '2024-03',
            wage: 5_000_000,
            jkkRiskClass: 1,
            enterpriseSize: 'large',
            programs: ['JKK', 'JKM'],
            jkpRegistered: false,
            jkkDiscountEligible: true,
            covidRelief: false,
            jpDeferral: true,
            minimumWage: 4_000_000,
          },
        ]),
        (i) => {
          const want = schema(i)
          const got = fastParsePu(i)
          if (want === undefined) expect(got, fc.stringify(i)).toBeUndefined()
          else if (got !== undefined) expect(got).toEqual(want)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 500 },
    )
  })

  it('situations differ for inputs that differ in anything but the wage, and are -1 for programs out of order', () => {
    const base = { category: 'PU' as const, period: '2025-06' }
    const variants = [
      {},
      { jkkRiskClass: 1 },
      { jkkRiskClass: 5 },
      { enterpriseSize: 'micro' },
      { enterpriseSize: 'large' },
      { programs: ['JKK'] },
      { programs: ['JKK', 'JKM'] },
      { programs: ['JKP'] },
      { jkpRegistered: true },
      { jkpRegistered: false },
      { jkkDiscountEligible: true },
      { jkkDiscountEligible: false },
      { covidRelief: true },
      { covidRelief: false },
      { jpDeferral: true },
      { jpDeferral: false },
    ]
    const seen = new Set(variants.map((v) => situationOf({ ...base, ...v } as never)))
    expect(seen.size).toBe(variants.length)
    expect(situationOf({ ...base, programs: ['JKM', 'JKK'] } as never)).toBe(-1)
    expect(situationOf({ ...base, programs: ORDERED } as never)).toBeGreaterThan(0)
  })
})
