/**
 * A parameter whose value is a list (a tier table, the PMI packages, the scholarship levels …) may be overridden
 * with an empty list. Whatever a rule does with it, the caller gets a result or a `BpjsValidationError` /
 * `BpjsRuleError`, never a bare `RangeError` or `TypeError` (a bug of the library, as the README says): every
 * list parameter (found in the registry, so a new one is covered) is emptied in turn under every scenario
 * fixture of test/scenarios.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'

interface Fixture {
  name: string
  function: string
  input: unknown
  options?: { parameters?: Record<string, unknown> } & Record<string, unknown>
}

const scenarios = new URL('../scenarios', import.meta.url).pathname
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : []
  })
}
const fixtures: Fixture[] = walk(scenarios).flatMap((file) => {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Fixture | Fixture[]
  return Array.isArray(raw) ? raw : [raw]
})
type Fn = (i: unknown, o?: unknown) => unknown
const fnOf = (f: Fixture) => (api as unknown as Record<string, Fn>)[f.function]

/** What a call gives, as text: its result, or its error's class and codes; a bare error is returned apart. */
function outcome(f: Fixture, options: unknown): { text: string; bare?: string } {
  try {
    return { text: JSON.stringify(fnOf(f)!(f.input, options)) }
  } catch (e) {
    if (e instanceof api.BpjsValidationError)
      return { text: `validation ${e.issues.map((i) => i.code).join()}` }
    if (e instanceof api.BpjsRuleError) return { text: `rule ${e.code}` }
    return { text: '', bare: `${f.function} "${f.name}": ${String(e)}` }
  }
}
let baseline: string[] | undefined
/** Each fixture's outcome with the library's own law (computed once, inside the first test that needs it). */
const baselineOf = () => (baseline ??= fixtures.map((f) => outcome(f, f.options).text))

const lists = ALL_PARAMETERS.filter((p) => p.values.some((v) => Array.isArray(v.value))).map((p) => p.id)

describe('an empty list as a parameter override', () => {
  it('the registry has list parameters and the scenarios have fixtures to run them under', () => {
    // the tables known when this test was written; a new list parameter is covered without a change here
    for (const id of ['jkk.stmb.tiers', 'pmi.packages', 'scholarship.levels', 'jakon.contract.jkkTiers'])
      expect(lists).toContain(id)
    expect(fixtures.length).toBeGreaterThan(100)
  })

  for (const id of lists)
    it(`${id}: [] gives every scenario a result or a Bpjs error`, () => {
      const before = baselineOf()
      const bare: string[] = []
      let changed = 0
      fixtures.forEach((f, k) => {
        expect(fnOf(f), f.function).toBeTypeOf('function')
        const o = outcome(f, { ...f.options, parameters: { ...f.options?.parameters, [id]: [] } })
        if (o.bare !== undefined) bare.push(o.bare)
        else if (o.text !== before[k]) changed++
      })
      expect(bare, `bare errors with ${id} = []`).toEqual([])
      // the override reaches a rule: some scenario reads the table and comes out otherwise
      expect(changed, `no scenario reads ${id}`).toBeGreaterThan(0)
    })
})
