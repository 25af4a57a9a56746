/**
 * The PU fast path (src/contributions/fast-input.ts) must accept every plain valid PU input and parse it
 * exactly as the schema does, and refuse (leave to the schema) everything else. A fast path that silently
 * falls back is only slower, so its mutants survive the public tests; this checks the fast path directly,
 * with the zod schema (`contributionInputSchema` through `parseWith`) as the oracle.
 *
 * Then case by case: what it must leave to the schema (objects that are not plain, inherited keys, money the
 * schema reads differently or refuses, arrays that are not plain, repeated programs), that what it takes is
 * parsed exactly as the schema parses it (no key set to `undefined`), the two orders of `programs` (the
 * caller's in single calls, the law's in the batch), and the situation number the batch groups rows by.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fastParsePu,
  puFields,
  puParsedOf,
  readPuFields,
  situationOf,
} from '../../../src/contributions/fast-input.js'
import { BpjsValidationError } from '../../../src/errors.js'
import { calculateContribution, calculateContributions, type ContributionInput } from '../../../src/index.js'
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

const BASE = { category: 'PU', period: '2025-06', wage: 5_000_000, enterpriseSize: 'large' } as const
// the largest amount the library takes: Rp90,000,000,000,000 (src/money/amount.ts)
const MAX = 90_000_000_000_000

describe('what the fast path leaves to the schema', () => {
  it('an object that is not plain: a class instance, an object with another prototype (the schema refuses both)', () => {
    class Row {
      category = 'PU'
      period = '2025-06'
      wage = 5_000_000
      enterpriseSize = 'large'
    }
    const proto = Object.assign(Object.create({ inherited: 1 }) as object, BASE)
    for (const input of [new Row(), proto]) {
      expect(schema(input)).toBeUndefined()
      // parse a plain row first: a refused row must not give back what the scratch holds
      expect(fastParsePu({ ...BASE, wage: 1 })?.wage).toBe(100)
      expect(fastParsePu(input)).toBeUndefined()
    }
  })

  it('an object without prototype is plain: taken, and parsed as the schema parses it', () => {
    const input = Object.assign(Object.create(null) as object, BASE, { jkkRiskClass: 2 })
    const got = fastParsePu(input)
    expect(got).toStrictEqual({ ...BASE, wage: 500_000_000, jkkRiskClass: 2 })
    expect(got).toStrictEqual(schema(input))
  })

  it('an inherited enumerable key (a polluted Object.prototype) sends the row to the schema', () => {
    const proto = Object.prototype as Record<string, unknown>
    let got: unknown = 'not called'
    fastParsePu({ ...BASE, wage: 1 })
    Object.defineProperty(proto, 'jkkRiskClass', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      got = fastParsePu({ ...BASE })
    } finally {
      delete proto['jkkRiskClass']
    }
    expect(got).toBeUndefined()
    expect(fastParsePu({ ...BASE })).toStrictEqual({ ...BASE, wage: 500_000_000 })
  })

  it.each([
    ['zero', 0],
    ['negative zero', -0],
    ['negative', -1],
    ['one rupiah above the maximum', MAX + 1],
    ['a boolean', true],
    ['an exponent string', '1e3'],
    ['three decimals', 1.005],
    ['a zero string', '0'],
    ['NaN', Number.NaN],
    ['a string with spaces', ' 5000000'],
  ])('money the schema refuses (%s) is left to it, as wage and as minimumWage', (_, v) => {
    expect(schema({ ...BASE, wage: v })).toBeUndefined()
    expect(fastParsePu({ ...BASE, wage: v })).toBeUndefined()
    expect(schema({ ...BASE, minimumWage: v })).toBeUndefined()
    expect(fastParsePu({ ...BASE, minimumWage: v })).toBeUndefined()
  })

  it.each([
    ['one rupiah', 1, 100],
    ['the maximum', MAX, MAX * 100],
    ['a decimal string', '5000000.50', 500_000_050],
    ['a whole string', '4000000', 400_000_000],
    ['half a rupiah', 1.5, 150],
  ])('money the schema takes (%s) is taken with the same sen', (_, v, sen) => {
    const wage = fastParsePu({ ...BASE, wage: v })
    expect(wage?.wage).toBe(sen)
    expect(wage).toStrictEqual(schema({ ...BASE, wage: v }))
    const min = fastParsePu({ ...BASE, minimumWage: v })
    expect(min?.minimumWage).toBe(sen)
    expect(min).toStrictEqual(schema({ ...BASE, minimumWage: v }))
  })

  it('a period that is not a valid string is left to the schema, also right after a valid one; each row keeps its period', () => {
    expect(fastParsePu({ ...BASE, period: '2024-03' })?.period).toBe('2024-03')
    for (const period of [202_403, '2024-13', '2024-3', new String('2024-03')]) {
      expect(fastParsePu({ ...BASE, period })).toBeUndefined()
      expect(fastParsePu({ ...BASE, period })).toBeUndefined()
    }
    expect(fastParsePu({ ...BASE, period: '2015-07' })?.period).toBe('2015-07')
    expect(fastParsePu({ ...BASE, period: '2024-03' })?.period).toBe('2024-03')
  })

  it('programs that are not a plain list of codes are left to the schema, which refuses them', () => {
    class Programs extends Array<string> {}
    const sub = new Programs()
    sub.push('JKK')
    for (const programs of [sub, [], ['JKK', 'XYZ'], { 0: 'JKK', length: 1 }] as unknown[]) {
      expect(schema({ ...BASE, programs }), JSON.stringify(programs)).toBeUndefined()
      expect(fastParsePu({ ...BASE, programs }), JSON.stringify(programs)).toBeUndefined()
    }
  })

  it('a repeated program is left to the schema path, whose combination checks refuse it', () => {
    const lists = [
      ['JKK', 'JKK'],
      ['JKK', 'JKM', 'JKK'],
      ['JKK', 'JKM', 'JHT', 'JP', 'JKP', 'JKK'],
    ]
    for (const programs of lists) {
      expect(fastParsePu({ ...BASE, programs }), JSON.stringify(programs)).toBeUndefined()
      const f = puFields()
      expect(readPuFields({ ...BASE, programs }, f)).toBe(false)
      expect(() => calculateContribution({ ...BASE, programs } as ContributionInput)).toThrow(
        BpjsValidationError,
      )
    }
  })

  it('a flag of another value is left to the schema, whatever the other flags are', () => {
    for (const v of ['true', 1, null]) {
      expect(fastParsePu({ ...BASE, covidRelief: v })).toBeUndefined()
      expect(fastParsePu({ ...BASE, jkpRegistered: true, jpDeferral: v })).toBeUndefined()
    }
  })
})

describe('what the fast path takes is what the schema gives, key for key', () => {
  it.each([
    ['no risk class', { ...BASE }],
    [
      'no size, programs given',
      { category: 'PU', period: '2025-06', wage: 5_000_000, programs: ['JKK', 'JKM'] },
    ],
    ['no flag at all', { ...BASE, jkkRiskClass: 5 }],
    ['one flag false', { ...BASE, jpDeferral: false }],
    [
      'every field',
      {
        ...BASE,
        jkkRiskClass: 3,
        programs: ['JHT'],
        jkpRegistered: true,
        jkkDiscountEligible: false,
        covidRelief: true,
        jpDeferral: false,
        minimumWage: 4_000_000,
      },
    ],
  ])('%s', (_, input) => {
    const want = schema(input)
    expect(want).toBeDefined()
    expect(fastParsePu(input)).toStrictEqual(want)
  })

  it('property: every generated PU input is parsed as the schema parses it, with no extra key', () => {
    fc.assert(
      fc.property(puInput, (input) => {
        const want = schema(input)
        if (want !== undefined) expect(fastParsePu(input)).toStrictEqual(want)
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    )
  })
})

describe('the order of programs', () => {
  const input = { ...BASE, programs: ['JHT', 'JKM', 'JKK'] }

  it('a single call keeps the caller’s order (the explanation shows the list as given)', () => {
    expect(fastParsePu(input)?.programs).toEqual(['JHT', 'JKM', 'JKK'])
    expect(schema(input)).toStrictEqual(fastParsePu(input))
  })

  it('the batch reads the fields once and prices the programs in the order of the law', () => {
    const f = puFields()
    expect(readPuFields(input, f)).toBe(true)
    expect(puParsedOf(f)).toStrictEqual({ ...BASE, wage: 500_000_000, programs: ['JKK', 'JKM', 'JHT'] })
    expect(puParsedOf(f, true).programs).toEqual(['JHT', 'JKM', 'JKK'])
    // without the caller's list, keepOrder falls back to the order of the law
    expect(puParsedOf({ ...f, programs: undefined }, true).programs).toEqual(['JKK', 'JKM', 'JHT'])
  })

  it('the situation read by the fast path is the situation of the parsed input (the batch groups rows by it)', () => {
    const f = puFields()
    const inputs = [
      { ...BASE },
      { ...BASE, jkkRiskClass: 4, programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] },
      { ...BASE, programs: ['JKM', 'JP'], covidRelief: true, jpDeferral: false },
      {
        category: 'PU',
        period: '2021-02',
        wage: 1,
        programs: ['JKP'],
        jkpRegistered: true,
        jkkDiscountEligible: true,
      },
    ]
    const seen = new Set<number>()
    for (const i of inputs) {
      expect(readPuFields(i, f)).toBe(true)
      const p = puParsedOf(f)
      expect(f.situation).toBe(situationOf(p))
      expect(p).toStrictEqual(schema(i))
      seen.add(f.situation)
    }
    expect(seen.size).toBe(inputs.length)
    // a list with a repeated code is not in the strict order of the law: never shared
    expect(situationOf({ category: 'PU', period: '2025-06', programs: ['JKK', 'JKK'] })).toBe(-1)
  })

  it('calculateContributions: rows listing the same programs in two orders are priced alike, in the order of the law', () => {
    const rows = [
      { ...BASE, jkkRiskClass: 1, programs: ['JKM', 'JKK'] },
      { ...BASE, jkkRiskClass: 1, programs: ['JKK', 'JKM'] },
    ] as ContributionInput[]
    const r = calculateContributions(rows)
    // each row: JKK 0.24% + JKM 0.30% of 5,000,000 = 12,000 + 15,000 = 27,000
    expect(r.totals?.total).toBe(54_000)
    for (const i of [0, 1]) {
      const row = r.at(i)
      expect(row?.ok && row.result.lines.map((l) => [l.program, l.amount])).toEqual([
        ['JKK', 12_000],
        ['JKM', 15_000],
      ])
    }
  })
})
