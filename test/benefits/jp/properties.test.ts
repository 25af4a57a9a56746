// Properties of the JP pension (PP 45/2015 Pasal 17–18), with the project's fixed seed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateJpBenefit } from '../../../src/index.js'
import { PROPERTY_SEED } from '../../reliability/properties/settings.js'

/** The `n` months from `from` ('YYYY-MM'). */
function periods(from: string, n: number): string[] {
  const out: string[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    if (++m > 12) [y, m] = [y + 1, 1]
  }
  return out
}

// Born 1971-01-15: pension age 61 in force in 2032, reached 2032-01-15 → paid from 2032-02; JP months
// 2015-07 … 2032-01 = 199 at most.
const OLD_AGE_MONTHS = periods('2015-07', 199)
const inflationArb = fc
  .array(fc.integer({ min: 0, max: 800 }), { minLength: 17, maxLength: 17 })
  .map((bps) => Object.fromEntries(bps.map((b, i) => [String(2015 + i), (b / 10000).toString()])))
const wage = fc.integer({ min: 0, max: 20_000_000 })

describe('calculateJpBenefit: properties', () => {
  it('more contribution months never lower an old-age pension (Pasal 17(2): 1% × Σ indexed wages ÷ 12)', () => {
    fc.assert(
      fc.property(
        fc.array(wage, { minLength: 199, maxLength: 199 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 198 }), { maxLength: 19 }),
        inflationArb,
        (wages, dropped, inflation) => {
          const all = OLD_AGE_MONTHS.map((period, i) => ({ period, wage: wages[i]!, cap: 20_000_000 }))
          const fewer = all.filter((_, i) => !dropped.includes(i))
          const base = {
            kind: 'old-age' as const,
            birthDate: '1971-01-15',
            membershipStart: '2015-07-01',
            inflation,
            bounds: { minimum: 500000, maximum: 6000000 },
          }
          const more = calculateJpBenefit({ ...base, wageHistory: all })
          const less = calculateJpBenefit({ ...base, wageHistory: fewer })
          expect([more.form, less.form]).toEqual(['monthly', 'monthly'])
          expect(more.monthlyPension).toBeGreaterThanOrEqual(less.monthlyPension)
          expect(more.formulaAmount!).toBeGreaterThanOrEqual(less.formulaAmount!)
        },
      ),
      { numRuns: 60, seed: PROPERTY_SEED },
    )
  })

  it('the minimum and maximum always bound a monthly pension; inside them the formula is paid as is', () => {
    const DISABILITY_MONTHS = periods('2025-01', 10)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60_000_000 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 0, max: 8_000_000 }),
        fc.boolean(),
        (wages, minimum, spread, tableBounds) => {
          const bounds = { minimum, maximum: minimum + spread }
          const r = calculateJpBenefit({
            kind: 'disability',
            birthDate: '1990-01-01',
            membershipStart: '2025-01-01',
            eventDate: '2025-10-10',
            wageHistory: DISABILITY_MONTHS.map((period, i) => ({ period, wage: wages[i]!, cap: 60_000_000 })),
            ...(tableBounds ? {} : { bounds }),
          })
          expect([r.status, r.form]).toEqual(['payable', 'monthly'])
          const b = r.bounds!
          expect(r.monthlyPension).toBeGreaterThanOrEqual(b.minimum)
          expect(r.monthlyPension).toBeLessThanOrEqual(b.maximum)
          if (r.formulaAmount! >= b.minimum && r.formulaAmount! <= b.maximum)
            expect([r.monthlyPension, r.boundApplied]).toEqual([r.formulaAmount, null])
        },
      ),
      { numRuns: 100, seed: PROPERTY_SEED },
    )
  })
})
