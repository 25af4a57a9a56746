/**
 * Properties of the foundation: money parsing and rounding, calendar dates, and parameter lookups over the
 * whole covered span. Oracles are written independently of the code under test (digit strings, the
 * Gregorian leap rule, a linear scan of each parameter's dated values).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALL_PARAMETERS,
  allocate,
  BpjsRuleError,
  BpjsValidationError,
  COVERAGE,
  findValueAt,
  formatRupiah,
  parseDate,
  parsePeriod,
  parseRupiah,
  roundRupiah,
  valueAt,
  type Parameter,
} from '../../../src/index.js'
import { checkAmount } from '../../../src/money/amount.js'
import { PROPERTY_SEED } from './settings.js'

const RUNS = 300

/** Gregorian leap years, by hand. */
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}
function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** A calendar date in [from, to] (ISO strings), built digit by digit. */
function isoDateBetween(from: string, to: string): fc.Arbitrary<string> {
  const y0 = Number(from.slice(0, 4))
  const y1 = Number(to.slice(0, 4))
  return fc
    .tuple(fc.integer({ min: y0, max: y1 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`)
    .filter((iso) => iso >= from && iso <= to)
}

/** Sen as a plain decimal text, from digits only. */
function senText(sen: bigint): string {
  const s = sen.toString().padStart(3, '0')
  return `${s.slice(0, -2)}.${s.slice(-2)}`
}

/** The library's "today": the legal data's verification date (decision D23: no test reads the clock). */
const TODAY = COVERAGE.verifiedOn

/** The value in force on `iso` by a linear scan of the data (the oracle). */
function inForce(p: Parameter, iso: string) {
  return p.values.find((v) => v.from <= iso && (v.to === undefined || iso <= v.to))
}

function nextDayIso(iso: string): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  if (d < daysIn(y, m)) return `${y}-${pad(m)}-${pad(d + 1)}`
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`
}

/**
 * Parameters that are in force only in windows (relief measures) or only for one regime, so a gap in
 * their dates is the law, not a data error.
 */
const WINDOWED = new Set([
  'relief.pp49-2020.jkkDiscount',
  'relief.pp49-2020.jkmDiscount',
  'relief.pp49-2020.jpDeferredShare',
  'relief.pp7-2025.jkkDiscount',
  'relief.pp7-2025.coversRecomposition',
  'relief.pp50-2025.transportDiscount',
  'relief.pp50-2025.otherDiscount',
  'jkp.recomposition.jkm',
  'scholarship.lumpSum',
  // declared yearly JHT returns: only the years a declaration was seen; any other year is the caller's input (D26)
  'jht.developmentRate',
])

describe('parameter lookups over 2015-07-01 … today', () => {
  it('every parameter is in force without gaps from its first date to the verification date (windows excepted)', () => {
    for (const p of ALL_PARAMETERS) {
      if (WINDOWED.has(p.id)) continue
      for (let i = 1; i < p.values.length; i++) {
        const prev = p.values[i - 1]!
        expect(prev.to, `${p.id}: value ${i - 1} ends although a later one follows`).toBeDefined()
        expect(p.values[i]!.from, `${p.id}: gap or overlap after ${prev.to}`).toBe(nextDayIso(prev.to!))
      }
      const last = p.values[p.values.length - 1]!
      if (last.to !== undefined)
        expect(last.to >= TODAY, `${p.id} ends on ${last.to}, before today`).toBe(true)
    }
  })

  it('valueAt and findValueAt agree with a linear scan of the data for every date and period', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PARAMETERS),
        isoDateBetween(COVERAGE.start, TODAY),
        fc.boolean(),
        (p, iso, asPeriod) => {
          const date = asPeriod ? iso.slice(0, 7) : iso
          const lookup = asPeriod ? `${iso.slice(0, 7)}-01` : iso
          const want = inForce(p, lookup)
          const found = findValueAt(p, date)
          if (want === undefined) {
            expect(found).toBeUndefined()
            expect(() => valueAt(p, date)).toThrow(BpjsRuleError)
            expect(WINDOWED.has(p.id) || lookup < p.values[0]!.from).toBe(true)
          } else {
            const r = valueAt(p, date)
            expect(found).toEqual(r)
            expect(r).toMatchObject({ id: p.id, value: want.value, from: want.from, date: lookup })
            expect(r.legal.length).toBeGreaterThan(0)
          }
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    )
  })

  it('every lookup of a parameter in force since 2015-07-01 succeeds on every date to the verification date', () => {
    const always = ALL_PARAMETERS.filter((p) => p.values[0]!.from === COVERAGE.start && !WINDOWED.has(p.id))
    expect(always.length).toBeGreaterThan(20)
    fc.assert(
      fc.property(fc.constantFrom(...always), isoDateBetween(COVERAGE.start, TODAY), (p, iso) => {
        expect(valueAt(p, iso).value).toEqual(inForce(p, iso)!.value)
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })

  it('dates before 2015-07-01 and after the horizon are refused with a rule error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PARAMETERS),
        fc.oneof(isoDateBetween('1900-01-01', '2015-06-30'), isoDateBetween('2037-01-01', '2999-12-31')),
        (p, iso) => {
          const code = iso < COVERAGE.start ? 'DATE_BEFORE_COVERAGE' : 'DATE_AFTER_COVERAGE'
          expect(() => findValueAt(p, iso)).toThrow(expect.objectContaining({ name: 'BpjsRuleError', code }))
        },
      ),
      { seed: PROPERTY_SEED, numRuns: RUNS },
    )
  })
})

describe('calendar dates', () => {
  it('every real date parses to itself; day 29–31 beyond the month is refused (Gregorian rule by hand)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${pad(m)}-${pad(d)}`
          if (d <= daysIn(y, m)) {
            expect(parseDate(iso)).toBe(iso)
            expect(parseDate(new Date(Date.UTC(y, m - 1, d)))).toBe(iso)
            expect(parseDate(new Date(y, m - 1, d))).toBe(iso)
          } else expect(() => parseDate(iso)).toThrow(BpjsValidationError)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })

  it('periods parse to themselves for months 01–12 and are refused otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 0, max: 99 }), (y, m) => {
        const p = `${y}-${pad(m)}`
        if (m >= 1 && m <= 12) expect(parsePeriod(p)).toBe(p)
        else expect(() => parsePeriod(p)).toThrow(BpjsValidationError)
      }),
      { seed: PROPERTY_SEED, numRuns: RUNS },
    )
  })
})

describe('money', () => {
  const sen = fc.bigInt({ min: 1n, max: 9_000_000_000_000_000n })

  it('a number and the equivalent decimal string give the same sen (up to 15 significant digits)', () => {
    // A double holds every decimal of at most 15 significant digits (DBL_DIG); beyond that the number the
    // caller wrote may not exist (81390239197531.96 is the double 81390239197531.95), see the notes.
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 999_999_999_999_999n }), (s) => {
        const text = senText(s)
        const asNumber = Number(s) / 100
        // the float is the nearest double to the decimal; String() gives back the shortest decimal
        const a = checkAmount(text)
        const b = checkAmount(asNumber)
        expect(a).toEqual({ ok: true, sen: Number(s) })
        expect(b).toEqual(a)
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })

  it('formatRupiah then parseRupiah gives back the amount', () => {
    fc.assert(
      fc.property(sen, (s) => {
        const text = senText(s)
        const canonical = text.endsWith('.00') ? text.slice(0, -3) : text
        expect(parseRupiah(formatRupiah(text))).toBe(canonical)
        expect(parseRupiah(formatRupiah(text, { sen: true, space: true }))).toBe(canonical)
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })

  it('roundRupiah moves a value by at most half a rupiah (one for down) and never decreases as it rises', () => {
    // the whole range, not only amounts below 2^53 sen: past 2^53 − 1 rupiah the answer is a refusal
    // (AMOUNT_TOO_LARGE, issue 13), never a number that is not the rounded value
    const SAFE = BigInt(Number.MAX_SAFE_INTEGER)
    const rounded = (sen: bigint, mode: 'half-up' | 'half-even' | 'down'): number | 'too large' => {
      try {
        return roundRupiah(senText(sen), mode)
      } catch (e) {
        expect((e as BpjsValidationError).issues.map((i) => i.code)).toEqual(['AMOUNT_TOO_LARGE'])
        return 'too large'
      }
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 1_000_000_000_000n }),
          fc.bigInt({ min: 0n, max: 10n ** 20n }),
          fc.bigInt({ min: SAFE * 100n - 1000n, max: SAFE * 100n + 1000n }),
        ),
        fc.bigInt({ min: 0n, max: 1_000_000n }),
        fc.constantFrom('half-up', 'half-even', 'down' as const),
        (a, delta, mode) => {
          const ra = rounded(a, mode)
          const rb = rounded(a + delta, mode)
          // refused exactly when the rounded value, worked out on BigInt, is past 2^53 − 1
          const q = a / 100n
          const r = a % 100n
          const byHand =
            mode === 'down' ? q : r > 50n || (r === 50n && (mode === 'half-up' || q % 2n === 1n)) ? q + 1n : q
          expect(ra === 'too large').toBe(byHand > SAFE)
          if (ra !== 'too large') expect(BigInt(ra)).toBe(byHand)
          if (ra === 'too large') return
          if (rb !== 'too large') expect(rb).toBeGreaterThanOrEqual(ra)
          const diff = BigInt(ra) * 100n - a
          if (mode === 'down') expect(diff <= 0n && diff > -100n).toBe(true)
          else expect(diff >= -50n && diff <= 50n).toBe(true)
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })

  it('allocate keeps every rupiah and gives each part its share to within one rupiah', () => {
    fc.assert(
      fc.property(
        // every total allocate accepts, not only realistic ones (issue 13: no property bound to a range)
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000_000_000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        ),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 })
          .filter((r) => r.some((x) => x > 0)),
        (total, ratios) => {
          const parts = allocate(total, ratios)
          const sum = ratios.reduce((a, b) => a + b, 0)
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
          parts.forEach((p, i) => {
            expect(Number.isSafeInteger(p) && p >= 0).toBe(true)
            // |p − total × r / sum| < 1, in integers: |p × sum − total × r| < sum
            const err = BigInt(p) * BigInt(sum) - BigInt(total) * BigInt(ratios[i]!)
            expect(err < BigInt(sum) && err > -BigInt(sum)).toBe(true)
          })
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    )
  })
})
