/**
 * The decimal texts inside tables that are not money (a tier's rate, an STMB share, a JKP cash share, a
 * disability percentage): the rules read them as exact rates, which hold at most six integer and twelve decimal
 * digits. An override must fit there too: before, a JAKON tier rate of '1000000000000' passed the override check
 * (it is decimal text) and the rule reading it threw a bare `TypeError` ("Malformed rate in parameter data").
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateContribution } from '../../src/index.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { tryParseRate } from '../../src/money/rate.js'
import { compileOverride } from '../../src/parameters/lookup.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'
import type { Parameter } from '../../src/parameters/types.js'

const DECIMAL = /^\d{1,15}(?:\.\d{1,12})?$/

/** Every leaf of `v` that is decimal text under a key that is not money, with its path. */
function decimals(
  v: unknown,
  money: readonly string[],
  path: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => decimals(x, money, [...path, i]))
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) =>
      money.includes(k)
        ? []
        : typeof x === 'string' && DECIMAL.test(x)
          ? [[...path, k]]
          : decimals(x, money, [...path, k]),
    )
  return []
}

/** `v` with the leaf at `path` replaced by `x`. */
function replaced(v: unknown, path: readonly (string | number)[], x: unknown): unknown {
  if (path.length === 0) return x
  const [head, ...rest] = path
  if (Array.isArray(v)) return v.map((y, i) => (i === head ? replaced(y, rest, x) : y))
  const o = v as Record<string, unknown>
  return { ...o, [head as string]: replaced(o[head as string], rest, x) }
}

const withDecimals = ALL_PARAMETERS.filter(
  (p) => p.unit === 'table' && p.values.some((pv) => decimals(pv.value, p.rupiahKeys ?? []).length > 0),
)

describe('decimal texts of tables (not money)', () => {
  it('are found in the rate tables, and every one of the library is an exact rate', () => {
    for (const id of ['jakon.contract.jkkTiers', 'jkk.stmb.tiers', 'jkpBenefit.cashSchedule'])
      expect(withDecimals.map((p) => p.id)).toContain(id)
    for (const p of withDecimals)
      for (const pv of p.values)
        for (const path of decimals(pv.value, p.rupiahKeys ?? [])) {
          const text = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], pv.value) as string
          expect(tryParseRate(text), `${p.id}@${pv.from} ${path.join('.')} = ${text}`).toBeDefined()
        }
  })

  it.each(withDecimals.map((p) => [p.id, p] as const))(
    '%s: 999999 and 0.000000000001 are accepted in each place; 1000000 and 0.0000000000001 are refused there',
    (_id, p: Parameter) => {
      const value = p.values.find((pv) => decimals(pv.value, p.rupiahKeys ?? []).length > 0)!.value
      for (const path of decimals(value, p.rupiahKeys ?? [])) {
        for (const ok of ['999999', '0.000000000001'])
          expect(compileOverride(p, replaced(value, path, ok) as never).ok, `${path.join('.')} ${ok}`).toBe(
            true,
          )
        for (const bad of ['1000000', '0.0000000000001']) {
          const c = compileOverride(
            p,
            replaced(value, path, bad) as never,
            ['options', 'parameters', p.id],
            'en',
          )
          expect(c.ok, `${p.id} ${path.join('.')} ${bad}`).toBe(false)
          if (c.ok) continue
          expect(c.issues.map((i) => [i.path, i.code, i.messages.en])).toEqual([
            [
              ['options', 'parameters', p.id, ...path],
              'PARAMETER_OVERRIDE_INVALID',
              `Invalid override for parameter ${p.id}: ${enCatalogue.OVERRIDE_REASON_DECIMAL}.`,
            ],
          ])
        }
      }
    },
  )

  it('a construction contract priced with a tier rate of 10^12 in an override: an invalid override, not a TypeError', () => {
    const tiers = ALL_PARAMETERS.find((p) => p.id === 'jakon.contract.jkkTiers')!
    const value = tiers.values.at(-1)!.value as readonly Record<string, unknown>[]
    let error: unknown
    try {
      calculateContribution(
        { category: 'JAKON', period: '2025-06', contractValue: 1_000_000_000 },
        {
          locale: 'en',
          parameters: { 'jakon.contract.jkkTiers': value.map((t) => ({ ...t, rate: '1000000000000' })) },
        },
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BpjsValidationError)
    expect((error as BpjsValidationError).issues.map((i) => [i.path, i.code])).toEqual(
      value.map((_, i) => [
        ['options', 'parameters', 'jakon.contract.jkkTiers', i, 'rate'],
        'PARAMETER_OVERRIDE_INVALID',
      ]),
    )
  })
})
