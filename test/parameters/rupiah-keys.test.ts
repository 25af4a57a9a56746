/**
 * The rupiah amounts inside tables (`rupiahKeys` of a parameter): the rules read them as whole rupiah, so an
 * override must give whole rupiah there, as for a `rupiah` parameter. Before, a table override such as a PMI
 * JKM lump sum of '1.5' passed the override check (it is decimal text) and the rule reading it threw a bare
 * `TypeError`.
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateContribution } from '../../src/index.js'
import { idCatalogue } from '../../src/i18n/catalogues.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { compileOverride } from '../../src/parameters/lookup.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'
import type { Parameter } from '../../src/parameters/types.js'

const withKeys = ALL_PARAMETERS.filter((p) => (p.rupiahKeys ?? []).length > 0)

/** Every path (keys and `[]` for array items) in `v` whose leaf is under `key`, with that leaf. */
function leaves(v: unknown, key: string, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, key, [...path, i]))
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) =>
      k === key && (x === null || typeof x !== 'object') ? [[[...path, k], x]] : leaves(x, key, [...path, k]),
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

describe('rupiahKeys', () => {
  it('are declared by the money tables (11 parameters), and each key holds whole rupiah text or null', () => {
    expect(withKeys.map((p) => p.id).sort()).toEqual([
      'jakon.contract.jkkTiers',
      'jakon.contract.jkmTiers',
      'jht.tax.lumpSum',
      'jkk.transport.caps',
      'jkkDeath.pmi.beforeAfter.amount',
      'jkm.pmi.beforeAfter.amounts',
      'jkm.pmi.duringWork.funeral',
      'jp.benefit.bounds',
      'pmi.jkk.cashBenefits',
      'pmi.packages',
      'scholarship.levels',
    ])
    for (const p of withKeys)
      for (const key of p.rupiahKeys!) {
        const found = p.values.flatMap((pv) => leaves(pv.value, key))
        expect(found.length, `${p.id} ${key}`).toBeGreaterThan(0)
        for (const [, x] of found)
          expect(x === null || /^\d{1,15}$/.test(String(x)), `${p.id} ${key}`).toBe(true)
      }
  })

  it('every other whole-number text of a table is not money (the disability table percentages)', () => {
    const notMoney: string[] = []
    for (const p of ALL_PARAMETERS) {
      if (p.unit !== 'table') continue
      const texts = new Map<string, string[]>()
      const walk = (v: unknown, key: string) => {
        if (typeof v === 'string') texts.set(key, [...(texts.get(key) ?? []), v])
        else if (Array.isArray(v)) v.forEach((x) => walk(x, key))
        else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
      }
      for (const pv of p.values) walk(pv.value, '')
      for (const [key, vs] of texts)
        if (vs.every((t) => /^\d{1,15}$/.test(t)) && !(p.rupiahKeys ?? []).includes(key))
          notMoney.push(`${p.id} ${key}`)
    }
    expect(notMoney.length).toBeGreaterThan(0)
    for (const k of notMoney) expect(k).toMatch(/^jkk\.disability\.table (percent|min|max)$/)
  })

  it.each(withKeys.map((p) => [p.id, p] as const))(
    '%s: its own values are accepted; 1.5, -5 and 12.50 under each key are refused there, as rupiah',
    (_id, p: Parameter) => {
      const value = p.values.find((pv) => p.rupiahKeys!.some((k) => leaves(pv.value, k).length > 0))!.value
      expect(compileOverride(p, value as never).ok).toBe(true)
      for (const key of p.rupiahKeys!) {
        const [path] = leaves(value, key)[0]!
        for (const bad of ['1.5', '-5', '12.50', 1.5]) {
          const c = compileOverride(
            p,
            replaced(value, path, bad) as never,
            ['options', 'parameters', p.id],
            'en',
          )
          expect(c.ok, `${p.id} ${key} ${bad}`).toBe(false)
          if (c.ok) continue
          expect(c.issues.map((i) => [i.path, i.code, i.messages.en])).toEqual([
            [
              ['options', 'parameters', p.id, ...path],
              'PARAMETER_OVERRIDE_INVALID',
              `Invalid override for parameter ${p.id}: ${enCatalogue.OVERRIDE_REASON_RUPIAH}.`,
            ],
          ])
        }
        // a whole amount, as text or a number, is kept as text
        const ok = compileOverride(p, replaced(value, path, 7) as never)
        expect(ok.ok).toBe(true)
      }
    },
  )

  it('a construction contract priced with a tier boundary of 1.5 in an override: an invalid override, not a TypeError', () => {
    const tiers = ALL_PARAMETERS.find((p) => p.id === 'jakon.contract.jkkTiers')!
    const value = tiers.values.at(-1)!.value as readonly Record<string, unknown>[]
    const bad = value.map((t, i) => (i === 1 ? { ...t, over: '1.5' } : t))
    let error: unknown
    try {
      calculateContribution(
        { category: 'JAKON', period: '2025-06', contractValue: 1_000_000_000 },
        { parameters: { 'jakon.contract.jkkTiers': bad } },
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BpjsValidationError)
    const issue = (error as BpjsValidationError).issues[0]!
    expect([issue.path, issue.code, issue.message]).toEqual([
      ['options', 'parameters', 'jakon.contract.jkkTiers', 1, 'over'],
      'PARAMETER_OVERRIDE_INVALID',
      `Nilai pengganti parameter jakon.contract.jkkTiers tidak valid: ${idCatalogue.OVERRIDE_REASON_RUPIAH}.`,
    ])
  })
})
