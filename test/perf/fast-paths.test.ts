/**
 * The shortcuts that make exactness cheap give the same answers as the paths they shortcut:
 * - the PU input and options fast paths accept only what the schemas accept, with the same values;
 * - compiled message templates render what `message` renders;
 * - the integer/BigInt arithmetic equals decimal.js (the reference) on every path, including past 2^53;
 * - a PU plan read once and replayed gives the result of reading the law afresh.
 * No timing here: speed is measured by `npm run bench`.
 */
import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fastParsePu, puFields, readPuFields, situationOf } from '../../src/contributions/fast-input.js'
import {
  calculateContribution,
  parseContribution,
  resolveContributionOptions,
} from '../../src/contributions/calculate.js'
import { percent, rp } from '../../src/contributions/shared.js'
import { renderMessage } from '../../src/explain/context.js'
import { idCatalogue } from '../../src/i18n/catalogues.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { message } from '../../src/i18n/format.js'
import { MAX_AMOUNT_SEN } from '../../src/money/amount.js'
import {
  applyRate,
  applyRateBy,
  applyRateDecimal,
  bigScaledToText,
  exactRateText,
  rateInverse,
  rateUnit,
  senText,
} from '../../src/money/exact.js'
import { formatRupiah } from '../../src/money/format.js'
import { mulRates, rate, scaledToText, type Rate } from '../../src/money/rate.js'
import { ROUNDING_MODES } from '../../src/money/rounding.js'
import { jakonContractJkkTiers, jakonContractJkmTiers } from '../../src/parameters/jakon.js'
import { valueAt } from '../../src/parameters/lookup.js'
import { parseWith } from '../../src/schemas/common.js'
import { contributionInputSchema, parseContributionInput } from '../../src/schemas/contribution.js'
import { resolveOptions } from '../../src/schemas/options.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'

const RUNS = { seed: PROPERTY_SEED, numRuns: 400 }
/** decimal.js with the library's 64 significant digits (the default 20 would round the reference itself). */
const Dec64 = Decimal.clone({ precision: 64 })

/** The outcome of a function: its value or the facts of its error. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() }
  } catch (e) {
    const err = e as { name: string; code?: string; message: string; issues?: unknown; path?: unknown }
    return { error: [err.name, err.code, err.message, err.issues, err.path] }
  }
}

/** A PU-shaped input: mostly valid fields, sometimes a wrong one, a missing one or an extra key. */
const puish = fc
  .record(
    {
      category: fc.constantFrom('PU', 'PU', 'PU', 'BPU'),
      period: fc.constantFrom('2024-03', '2025-06', '2020-08', '2015-06', '2025-13', '2025-1', 202503),
      wage: fc.oneof(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom(0, -1, 1.5, 12345.675, 1e-7, Number.NaN, 90_000_000_000_000, 90_000_000_000_001),
        fc.constantFrom('5000000', '5000000.50', '5.000.000', '1e6', '', ' 5'),
      ),
      jkkRiskClass: fc.constantFrom(1, 2, 3, 4, 5, 0, 6, 1.5, '1', undefined),
      programs: fc.oneof(
        fc.subarray(['JKK', 'JKM', 'JHT', 'JP', 'JKP']),
        fc.constantFrom(['JKK', 'JKK'], ['XX'], 'JKK', [], ['JKM', 'JKK']),
      ),
      enterpriseSize: fc.constantFrom('micro', 'small', 'medium', 'large', 'huge', undefined),
      jkpRegistered: fc.constantFrom(true, false, 'yes', undefined),
      jkkDiscountEligible: fc.constantFrom(true, false, 1),
      covidRelief: fc.constantFrom(true, false),
      jpDeferral: fc.constantFrom(true, false),
      minimumWage: fc.constantFrom(4_000_000, '5067381.50', -1, 'x'),
      extra: fc.constant(1),
    },
    { requiredKeys: [] },
  )
  .map((r) => r as Record<string, unknown>)

describe('fast paths give what the schemas give', () => {
  it('parseContribution: the value or the error of parseContributionInput, for any PU-shaped input', () => {
    fc.assert(
      fc.property(puish, fc.constantFrom('id' as const, 'en' as const), (input, locale) => {
        expect(outcome(() => parseContribution(input, locale))).toEqual(
          outcome(() => parseContributionInput(input, locale)),
        )
      }),
      RUNS,
    )
  })

  it('fastParsePu accepts only inputs the schema accepts, with the same parsed value', () => {
    fc.assert(
      fc.property(puish, (input) => {
        const fast = fastParsePu(input)
        if (fast !== undefined) expect(fast).toEqual(parseWith(contributionInputSchema, input, 'id'))
      }),
      RUNS,
    )
    // an object without a prototype is plain for the schema too: the same value
    const bare = Object.assign(Object.create(null) as object, { category: 'PU', period: '2025-06', wage: 1 })
    expect(fastParsePu(bare)).toEqual(parseWith(contributionInputSchema, bare, 'id'))
    // a key set to undefined, a class instance: left to the schema
    expect(
      fastParsePu({ category: 'PU', period: '2025-06', wage: 1, jkkRiskClass: undefined }),
    ).toBeUndefined()
    expect(
      fastParsePu(
        new (class {
          category = 'PU'
        })(),
      ),
    ).toBeUndefined()
  })

  it('readPuFields encodes the situation as situationOf does for the parsed input', () => {
    fc.assert(
      fc.property(puish, (input) => {
        const f = puFields()
        if (!readPuFields(input, f)) return
        const parsed = parseWith(contributionInputSchema, input, 'id')
        if (parsed.category !== 'PU') throw new Error('fast path read a non-PU input')
        const s = situationOf(parsed)
        // -1: the programs are listed out of the law's order (kept apart for single calls)
        if (s >= 0) expect(f.situation).toBe(s)
        expect(f.wage).toBe(parsed.wage)
        expect(f.minimumWage).toBe(parsed.minimumWage)
      }),
      RUNS,
    )
  })

  it('resolveContributionOptions resolves like resolveOptions (or throws its error)', () => {
    const cases: unknown[] = [
      undefined,
      {},
      { locale: 'en' },
      { locale: 'id', rounding: 'down' },
      { rounding: 'half-even' },
      { locale: 'fr' },
      { locale: 'en', rounding: 'up' },
      { locale: undefined },
      { parameters: { 'jp.wageCap': '12000000' } },
      { other: 1 },
      null,
      'en',
      Object.assign(Object.create(null) as object, { locale: 'en' }),
    ]
    for (const o of cases) {
      const want = outcome(() => {
        const r = resolveOptions(o).resolved
        return [r.locale, r.rounding, [...r.overrides.keys()]]
      })
      const got = outcome(() => {
        const r = resolveContributionOptions(o)
        return [r.locale, r.rounding, [...r.overrides.keys()]]
      })
      expect(got).toEqual(want)
    }
  })
})

describe('compiled message templates', () => {
  it('renderMessage renders every code of both catalogues as message does, whatever the values', () => {
    const codes = Object.keys(idCatalogue)
    expect(Object.keys(enCatalogue).sort()).toEqual([...codes].sort())
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constantFrom(null, undefined, true, '{wage}', '$&', '$1', 'Rp5.000.000'),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...codes, 'NOT_A_CODE'),
        fc.constantFrom('id' as const, 'en' as const),
        fc.dictionary(fc.constantFrom('wage', 'rate', 'base', 'program', 'period', 'code', 'x'), value),
        (code, locale, params) => {
          expect(renderMessage(code, params, locale)).toBe(message(code, params, locale))
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 3000 },
    )
    for (const code of codes) expect(renderMessage(code, {}, 'en')).toBe(message(code, {}, 'en'))
  })
})

/** The implementation of scaledToText before it was made faster (the reference). */
function scaledToTextReference(num: number, scale: number): string {
  const neg = num < 0
  let digits = String(neg ? -num : num)
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0')
    const int = digits.slice(0, digits.length - scale)
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '')
    digits = frac === '' ? int : `${int}.${frac}`
  }
  return neg ? `-${digits}` : digits
}

/** A rate `num / 10^scale` as the data writes them (up to 12 decimals). */
const rateArb: fc.Arbitrary<Rate> = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 12 }))
  .map(([num, scale]) => rate(scale === 0 ? String(num) : scaledToTextReference(num, scale)))

/** Amounts in sen up to the library's maximum, dense around the 2^52 and 2^53 products of the fast path. */
const senArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000_000 }),
  fc.integer({ min: 0, max: MAX_AMOUNT_SEN }),
  fc.constantFrom(MAX_AMOUNT_SEN, 2 ** 52 / 174, 2 ** 53 / 174, 2 ** 52 / 37, 2 ** 52 / 3).map(Math.floor),
)

describe('exact arithmetic: the fast paths equal decimal.js', () => {
  it('scaledToText gives the text of the reference implementation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.integer({ min: 0, max: 20 }),
        (n, s) => {
          expect(scaledToText(n, s)).toBe(scaledToTextReference(n, s))
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    )
  })

  it('applyRate (integer, exact-remainder and BigInt paths) equals applyRateDecimal in every rounding mode', () => {
    fc.assert(
      fc.property(senArb, rateArb, fc.constantFrom(...ROUNDING_MODES), (sen, r, mode) => {
        const want = applyRateDecimal(sen, r, mode)
        expect(applyRate(sen, r, mode)).toBe(want)
        // the divisor read once per plan line (rateUnit) gives the same amount on every path
        expect(applyRateBy(sen, r.num, rateUnit(r), rateInverse(r), r, mode)).toBe(want)
      }),
      { seed: PROPERTY_SEED, numRuns: 5000 },
    )
    // ties exactly on .5 at the edge of the fast path: 2^52 + 50 sen at rate 1 is Rp45,035,996,273,705.46
    for (const mode of ROUNDING_MODES)
      for (const sen of [2 ** 52 - 50, 2 ** 52 + 50, 2 ** 53 - 50, 9_007_199_254_740_950])
        expect(applyRate(sen, rate('1'), mode)).toBe(applyRateDecimal(sen, rate('1'), mode))
    for (const mode of ROUNDING_MODES)
      for (const sen of [2 ** 52 - 50, 2 ** 52 + 50, 2 ** 53 - 50, 9_007_199_254_740_950])
        expect(applyRateBy(sen, 1, rateUnit(rate('1')), rateInverse(rate('1')), rate('1'), mode)).toBe(
          applyRateDecimal(sen, rate('1'), mode),
        )
    // a negative amount (no pricing gives one) takes the general path, which rounds away from zero
    for (const mode of ROUNDING_MODES)
      expect(applyRateBy(-150, 5, rateUnit(rate('0.5')), rateInverse(rate('0.5')), rate('0.5'), mode)).toBe(
        applyRate(-150, rate('0.5'), mode),
      )
    // a product of rates can reach scale 15: its divisor 10^17 is not a safe power of ten, the general path
    const fine = mulRates(rate('0.000000000001'), rate('0.001'))
    expect(rateUnit(fine)).toBeUndefined()
    for (const sen of [150, 5_000_000_000])
      expect(applyRateBy(sen, fine.num, rateUnit(fine), rateInverse(fine), fine, 'half-up')).toBe(
        applyRateDecimal(sen, fine, 'half-up'),
      )
    expect(
      applyRateBy(9_000_000_000_000_000, fine.num, rateUnit(fine), rateInverse(fine), fine, 'half-up'),
    ).toBe(applyRateDecimal(9_000_000_000_000_000, fine, 'half-up'))
  })

  it('exactRateText gives the decimal.js text of sen × rate / 100, past 2^53 too', () => {
    fc.assert(
      fc.property(senArb, rateArb, (sen, r) => {
        const reference = new Dec64(sen).times(r.num).div(new Dec64(10).pow(r.scale + 2))
        expect(exactRateText(sen, r)).toBe(reference.toFixed())
      }),
      { seed: PROPERTY_SEED, numRuns: 3000 },
    )
    expect(bigScaledToText(BigInt(0), 4)).toBe('0')
  })

  it('rp formats sen as formatRupiah does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_SEN }), (sen) => {
        expect(rp(sen)).toBe(formatRupiah(senText(sen)))
      }),
      { seed: PROPERTY_SEED, numRuns: 3000 },
    )
  })

  it('percent shows a rate in each locale (0.24% is 0,24% in Indonesian), the same at every call', () => {
    expect(percent(rate('0.0024'), 'id')).toBe('0,24%')
    expect(percent(rate('0.0024'), 'en')).toBe('0.24%')
    expect(percent(rate('0.0024'), 'id')).toBe('0,24%')
  })

  it('Jakon by contract value: each program is Σ tier rate × tier portion, rounded once (decimal.js reference)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('2019-05', '2020-09', '2025-06'),
        fc.constantFrom(...ROUNDING_MODES),
        (rupiah, sen, period, mode) => {
          const value = `${rupiah}.${String(sen).padStart(2, '0')}`
          const r = calculateContribution(
            { category: 'JAKON', period, contractValue: value, covidRelief: false },
            { rounding: mode },
          )
          const expected = [jakonContractJkkTiers, jakonContractJkmTiers].map((p) => {
            const tiers = valueAt(p, period).value
            let sum = new Decimal(0)
            const v = new Decimal(value)
            tiers.forEach((t, i) => {
              const next = tiers[i + 1]
              const top = next === undefined ? v : Decimal.min(v, new Decimal(next.over))
              const portion = top.minus(t.over)
              if (portion.greaterThan(0)) sum = sum.plus(portion.times(t.rate))
            })
            const dm =
              mode === 'half-up'
                ? Decimal.ROUND_HALF_UP
                : mode === 'half-even'
                  ? Decimal.ROUND_HALF_EVEN
                  : Decimal.ROUND_DOWN
            return sum.toDecimalPlaces(0, dm).toNumber()
          })
          expect(r.lines.map((l) => l.amount)).toEqual(expected)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 300 },
    )
  })
})

describe('a PU plan read once and replayed', () => {
  const inputs = [
    { category: 'PU', period: '2024-03', wage: 12_000_000, jkkRiskClass: 1, enterpriseSize: 'large' },
    { category: 'PU', period: '2020-08', wage: 8_000_000, jkkRiskClass: 3, enterpriseSize: 'medium' },
    {
      category: 'PU',
      period: '2023-06',
      wage: 7_000_000,
      jkkRiskClass: 2,
      enterpriseSize: 'small',
      jkpRegistered: true,
    },
    {
      category: 'PU',
      period: '2025-06',
      wage: 4_000_000,
      jkkRiskClass: 4,
      enterpriseSize: 'large',
      jkpRegistered: true,
      jkkDiscountEligible: true,
      minimumWage: 5_396_761,
    },
    {
      category: 'PU',
      period: '2024-06',
      wage: 4_000_000,
      jkkRiskClass: 4,
      enterpriseSize: 'micro',
      jkkDiscountEligible: true,
      minimumWage: '4000000.50',
    },
    {
      category: 'PU',
      period: '2026-12',
      wage: 30_000_000,
      jkkRiskClass: 5,
      programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
    },
  ] as const

  it('gives, call after call, the result of reading the law afresh (warnings in place, explanation whole)', () => {
    // an override of a parameter PU never reads makes the options unshared: that call reads the law itself
    const fresh = { parameters: { 'bpu.jkm.amount': '6800' } }
    for (const input of inputs)
      for (const locale of ['id', 'en'] as const) {
        const expected = calculateContribution(input, { ...fresh, locale })
        expect(calculateContribution(input, { locale })).toEqual(expected)
        expect(calculateContribution(input, { locale })).toEqual(expected)
      }
  })

  it('keeps the caller’s order of programs in the explanation (the order changes nothing else)', () => {
    const ordered = calculateContribution({
      category: 'PU',
      period: '2025-06',
      wage: 9_000_000,
      jkkRiskClass: 2,
      programs: ['JKK', 'JKM', 'JHT'],
    })
    const reversed = calculateContribution({
      category: 'PU',
      period: '2025-06',
      wage: 9_000_000,
      jkkRiskClass: 2,
      programs: ['JHT', 'JKM', 'JKK'],
    })
    expect(reversed.lines).toEqual(ordered.lines)
    expect(reversed.warnings).toEqual(ordered.warnings)
    expect(reversed.explanation.steps[0]?.inputs).toEqual({ category: 'PU', programs: ['JHT', 'JKM', 'JKK'] })
    expect(ordered.explanation.steps[0]?.inputs).toEqual({ category: 'PU', programs: ['JKK', 'JKM', 'JHT'] })
    expect(reversed.explanation.steps.slice(1)).toEqual(ordered.explanation.steps.slice(1))
  })
})
