/**
 * Issue 13 families that live in the contribution pipeline (fast path, batch), and the batch's array-like
 * reading (issue 20). Each `describe` is named after its family.
 *
 * Hand figures: PU 2024-03, class I, micro (JKK, JKM, JHT), wage Rp5,000,000 (PP 44/2015 Pasal 16, 18;
 * PP 46/2015): JKK 0.24% = 12,000; JKM 0.30% = 15,000; JHT 3.7% = 185,000 + 2% = 100,000; total 312,000.
 * With wage Rp6,000,000: 14,400 + 18,000 + 222,000 + 120,000 = 374,400.
 * BPU 2025-06, income Rp1,000,000 (D1): JKK 1% = 10,000 + JKM 6,800 = 16,800.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  calculateContributions,
  type ContributionInput,
} from '../../src/index.js'
import { MAX_BATCH_ROWS } from '../../src/contributions/batch.js'
import { parseContribution } from '../../src/contributions/calculate.js'
import { fastParsePu } from '../../src/contributions/fast-input.js'
import { parseContributionInput, puInputSchema, structuralIssues } from '../../src/schemas/contribution.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'

const PU = { category: 'PU', period: '2024-03', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'micro' }
const BPU = { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 }

function issuesOf(f: () => unknown): [readonly (string | number)[], string][] {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(BpjsValidationError)
    return (e as BpjsValidationError).issues.map((i) => [i.path, i.code])
  }
  throw new Error('expected a BpjsValidationError')
}

describe('The fast path differs from the schema path', () => {
  // the first test of the file: no valid call has run in this module graph yet (a fresh process)
  it('an empty period is PERIOD_INVALID before and after a valid call (no module memo of the last period)', () => {
    const bad = { ...PU, period: '' } as unknown as ContributionInput
    const before = issuesOf(() => calculateContribution(bad))
    expect(before).toEqual([[['period'], 'PERIOD_INVALID']])
    expect(calculateContribution(PU as ContributionInput).totals.total).toBe(312_000)
    expect(issuesOf(() => calculateContribution(bad))).toEqual(before)
    // in a batch too, right after a valid row of the same month
    const b = calculateContributions([PU, bad, PU] as ContributionInput[])
    expect(b.map((r) => r.ok)).toEqual([true, false, true])
  })

  it('a non-enumerable `wage` does not hide the misspelled `wages` (refused, as the schema refuses it)', () => {
    const o: Record<string, unknown> = { ...PU }
    delete o.wage
    o.wages = 5_000_000
    Object.defineProperty(o, 'wage', { value: 5_000_000, enumerable: false })
    const codes = issuesOf(() => calculateContribution(o as unknown as ContributionInput))
    expect(codes).toContainEqual([['wages'], 'UNKNOWN_KEY'])
    const b = calculateContributions([o as unknown as ContributionInput])
    expect(b.errorCount).toBe(1)
  })

  it('a getter is read once: the wage validated is the wage priced (Rp5,000,000 → 312,000, never 374,400)', () => {
    let reads = 0
    const row = () => {
      const o: Record<string, unknown> = { ...PU }
      delete o.wage
      Object.defineProperty(o, 'wage', {
        enumerable: true,
        get: () => (++reads === 1 ? 5_000_000 : 6_000_000),
      })
      return o as unknown as ContributionInput
    }
    expect(calculateContribution(row()).totals.total).toBe(312_000)
    expect(reads).toBe(1)
    reads = 0
    const b = calculateContributions([row()])
    expect(b.at(0)?.ok && b.at(0)).toMatchObject({ result: { totals: { total: 312_000 } } })
    expect(reads).toBe(1)
  })
})

describe('One bad batch row aborts the whole batch', () => {
  it('a PU row with a throwing getter and a revoked Proxy are refused at their row; the others are priced', () => {
    const throwing: Record<string, unknown> = { ...PU }
    delete throwing.wage
    Object.defineProperty(throwing, 'wage', {
      enumerable: true,
      get: () => {
        throw new RangeError('boom')
      },
    })
    const { proxy, revoke } = Proxy.revocable({ ...PU }, {})
    revoke()
    const b = calculateContributions([PU, throwing, proxy, BPU] as unknown as ContributionInput[])
    expect(b.map((r) => r.ok)).toEqual([true, false, false, true])
    // PU 312,000 + BPU 16,800
    expect(b.totals?.total).toBe(328_800)
    for (const i of [1, 2]) {
      const r = b.at(i)
      expect(r?.ok).toBe(false)
      if (r !== undefined && !r.ok) expect(r.error).toBeInstanceOf(BpjsValidationError)
    }
    const wageIssue = b.at(1)
    if (wageIssue !== undefined && !wageIssue.ok)
      expect((wageIssue.error as BpjsValidationError).issues.map((i) => [i.path, i.code])).toEqual([
        [['wage'], 'VALUE_UNREADABLE'],
      ])
  })
})

describe('Batch size limits', () => {
  it(`more than MAX_BATCH_ROWS (${MAX_BATCH_ROWS}) rows is refused before any row is read`, () => {
    expect(MAX_BATCH_ROWS).toBe(1_000_000)
    let read = false
    const rows = new Array<unknown>(MAX_BATCH_ROWS + 1)
    Object.defineProperty(rows, 0, {
      get: () => {
        read = true
        return BPU
      },
    })
    expect(issuesOf(() => calculateContributions(rows as ContributionInput[]))).toEqual([
      [['rows'], 'TOO_MANY_ITEMS'],
    ])
    expect(read).toBe(false)
  })

  it('2^32 − 1 rows is the same clear error, not a RangeError', () => {
    const rows = new Array<unknown>(2 ** 32 - 1)
    try {
      calculateContributions(rows as ContributionInput[], { locale: 'en' })
      throw new Error('expected a BpjsValidationError')
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      const issue = (e as BpjsValidationError).issues[0]
      expect([issue?.path, issue?.code, issue?.params]).toEqual([
        ['rows'],
        'TOO_MANY_ITEMS',
        { max: 1_000_000, actual: 2 ** 32 - 1 },
      ])
      expect(issue?.messages.en).toBe('Too many items: 4294967295, at most 1000000.')
    }
  })
})

describe('batch results iterable and array-like', () => {
  const batch = () => calculateContributions([PU, { ...PU, wage: -1 }, BPU] as ContributionInput[])

  it('map, forEach and filter read the rows in order, as the array of rows does', () => {
    const b = batch()
    expect(b.map((r, i) => [i, r.ok ? r.result.totals.total : r.error.code])).toEqual([
      [0, 312_000],
      [1, 'VALIDATION_FAILED'],
      [2, 16_800],
    ])
    expect(b.map((r) => r)).toEqual([...b])
    const seen: number[] = []
    b.forEach((r, i, batch) => {
      expect(batch).toBe(b)
      expect(r.index).toBe(i)
      seen.push(i)
    })
    expect(seen).toEqual([0, 1, 2])
    expect(b.filter((r) => r.ok).map((r) => r.index)).toEqual([0, 2])
    expect(b.filter((r) => !r.ok)).toEqual(b.errors())
  })

  it('at keeps the semantics of Array.prototype.at (negative from the end, fractions truncated)', () => {
    const b = batch()
    expect(b.at(-1)).toEqual(b.at(2))
    expect(b.at(-3)).toEqual(b.at(0))
    expect(b.at(-4)).toBeUndefined()
    expect(b.at(3)).toBeUndefined()
    expect(b.at(1.9)).toEqual(b.at(1))
    expect(b.at(Number.NaN)).toEqual(b.at(0))
    expect(b.length).toBe(3)
  })
})

/** Mostly a valid value, sometimes an invalid one. */
function mostly(valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 })
}

/** The fast-check arbitrary of one field, derived from its schema (valid values and a few invalid ones). */
function fieldArbitrary(key: string, schema: unknown): fc.Arbitrary<unknown> {
  type Def = { type: string; values?: unknown[]; entries?: Record<string, unknown>; element?: unknown }
  const def = (s: unknown) => (s as { _zod: { def: Def } })._zod.def
  const d = def(schema)
  switch (d.type) {
    case 'literal':
      return mostly(fc.constantFrom(...(d.values ?? [])), fc.constantFrom(0, 'x'))
    case 'enum':
      return mostly(fc.constantFrom(...Object.values(d.entries ?? {})), fc.constant('huge'))
    case 'boolean':
      return mostly(fc.boolean(), fc.constant('yes'))
    case 'array': {
      const codes = Object.values(def(d.element).entries ?? {})
      return mostly(fc.subarray(codes, { minLength: 1 }), fc.constantFrom([], [codes[0], codes[0]], ['XX']))
    }
    default:
      // a transform: a period or an amount, by the key
      return key === 'period'
        ? mostly(
            fc.constantFrom('2024-03', '2025-06', '2020-08', '2015-06'),
            fc.constantFrom('2025-13', '', 202503),
          )
        : mostly(
            fc.oneof(fc.integer({ min: 1, max: 100_000_000 }), fc.constantFrom('5000000', '5000000.50')),
            fc.constantFrom(0, -1, 1.5, 12345.675, Number.NaN, '5.000.000', ''),
          )
  }
}

describe('The fast path differs from the schema path (inputs generated from the schema)', () => {
  const shape = (puInputSchema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def
    .shape
  const defOf = (s: unknown) => (s as { _zod: { def: { type: string; innerType?: unknown } } })._zod.def
  const unwrap = (s: unknown) => (defOf(s).type === 'optional' ? defOf(s).innerType : s)
  // the keys the schema requires are generated always (their values may still be invalid)
  const requiredKeys = Object.keys(shape).filter((k) => defOf(shape[k]).type !== 'optional')
  const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fieldArbitrary(k, unwrap(s))]))
  const input = fc
    .tuple(
      fc.record(fields, { requiredKeys }),
      mostly(fc.constant({}), fc.constantFrom({ extra: 1 }, { wages: 1 })),
    )
    .map(([r, extra]) => ({ ...r, ...(extra as Record<string, number>) }))

  function outcome(f: () => unknown): unknown {
    try {
      return { value: f() }
    } catch (e) {
      const err = e as { name: string; code?: string; issues?: unknown }
      return { error: [err.name, err.code, err.issues] }
    }
  }

  it('every key of the PU schema is generated (a new key in the schema is generated too)', () => {
    expect(Object.keys(fields).sort()).toEqual(Object.keys(shape).sort())
    expect(Object.keys(fields)).toContain('minimumWage')
    expect(requiredKeys).toEqual(['category', 'period', 'wage'])
  })

  it('property: parseContribution (fast path first) gives what the schema gives, value or error', () => {
    let taken = 0
    fc.assert(
      fc.property(input, (i) => {
        expect(outcome(() => parseContribution(i, 'en'))).toEqual(
          outcome(() => parseContributionInput(i, 'en')),
        )
        // the fast path's value, once the cross-field checks pass, is the schema's value
        const fast = fastParsePu(i)
        if (fast !== undefined && structuralIssues(fast, 'id').length === 0) {
          taken++
          expect(fast).toEqual(parseContributionInput(i, 'id'))
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 500 },
    )
    // the generated inputs exercise the fast path, not only the schema
    expect(taken).toBeGreaterThan(10)
  })
})
