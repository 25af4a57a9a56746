/**
 * One-pass validation (issue 20): every structural, enum, cross-field and unknown-key problem of an input is
 * reported in one BpjsValidationError, for every public function that takes an input.
 *
 * Property: start from a valid input (every JSON scenario that expects a result), damage a random set of its
 * fields (remove one, misspell its key, give it a value of the wrong kind; sometimes also a wrong option),
 * then fix *every reported issue at once* the way a person reading the error would: a misspelled or unknown
 * key is deleted, a reported field gets back its valid value, and a "required" fact the valid input did not
 * give gets a valid value. The fixed input must then be valid: no new issue may appear on the second call.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { BpjsValidationError } from '../../src/index.js'
import { PROPERTY_SEED } from '../reliability/properties/settings.js'
import { VALID_FIXTURES, type Fixture } from './scenario-inputs.js'

type Json = Record<string, unknown>
type Path = readonly (string | number)[]
const fnOf = (name: string) => (api as unknown as Record<string, (i: unknown, o?: unknown) => unknown>)[name]!

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
const has = (o: unknown, k: string | number) =>
  o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k)
function getIn(o: unknown, path: Path): unknown {
  let cur = o
  for (const seg of path) cur = has(cur, seg) ? (cur as Json)[seg as string] : undefined
  return cur
}
function parentOf(o: unknown, path: Path): Json | undefined {
  const p = getIn(o, path.slice(0, -1))
  return p !== null && typeof p === 'object' ? (p as Json) : undefined
}

/** Values a person gives for a fact the library asks for that the valid input did not need. */
const SAMPLE: Readonly<Record<string, unknown>> = {
  enterpriseSize: 'small',
  jkkRiskClass: 1,
  monthlyWage: 5_000_000,
  declaredIncome: 1_000_000,
  contractValue: 2_000_000_000,
}

/** Applies the fix of every reported issue to `damaged`, reading the good values from `good`. */
function fixAll(damaged: Json, good: Json, issues: readonly api.BpjsIssue[]): Json {
  const fixed = clone(damaged)
  for (const i of issues) {
    const [root, ...rest] = i.path
    const target = root === 'options' ? 'options' : 'input'
    const path = root === 'options' ? rest : i.path
    const doc = fixed[target] as Json
    const ref = good[target]
    const parent = parentOf(doc, path)
    const last = path[path.length - 1]
    if (path.length === 0) {
      fixed[target] = clone(ref)
      continue
    }
    if (parent === undefined || last === undefined) continue
    const want = getIn(ref, path)
    if (want !== undefined) parent[last as string] = clone(want)
    else if (
      typeof last === 'string' &&
      Object.prototype.hasOwnProperty.call(SAMPLE, last) &&
      !/KEY$/.test(i.code)
    )
      parent[last] = SAMPLE[last]
    else delete parent[last as string]
  }
  if (
    fixed.options !== undefined &&
    Object.keys(fixed.options as Json).length === 0 &&
    good.options === undefined
  )
    delete fixed.options
  return fixed
}

type Damage = { key: string; how: 'remove' | 'misspell' | 'wrong' }

function damage(input: Json, hits: readonly Damage[]): Json {
  const out = clone(input)
  for (const { key, how } of hits) {
    if (!has(out, key)) continue
    const v = out[key]
    delete out[key]
    if (how === 'misspell') out[`${key.slice(0, -1)}`] = v
    if (how === 'wrong') out[key] = typeof v === 'object' && v !== null ? 'wrong' : { wrong: true }
  }
  return out
}

function call(f: Fixture, input: unknown, options: unknown): unknown {
  return options === undefined ? fnOf(f.function)(input) : fnOf(f.function)(input, options)
}

function issuesOf(f: Fixture, input: unknown, options: unknown): readonly api.BpjsIssue[] {
  try {
    call(f, input, options)
    return []
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues
    return [] // a rule error is not a validation problem (a damaged date can leave the coverage)
  }
}

const FUNCTIONS = [
  'calculateContribution',
  'calculateJkmBenefit',
  'calculateJkkDeathBenefit',
  'determineHeirs',
  'checkEligibility',
  'checkJkpRegistration',
  'checkJkpClaim',
  'checkJkmClaim',
  'checkScholarshipEligibility',
  'planCoverageProgram',
  'jpPensionAgeOn',
  'pensionAgeReachedOn',
  'projectJhtBalance',
  'checkJhtClaim',
  'calculateJhtClaim',
  'calculateJpBenefit',
] as const

/**
 * The discriminants of an input whose required facts depend on them: the category (its fields) and the
 * contribution month (the law of that month, e.g. the BPU `sector` asked for inside the PP 50/2025 window).
 * Which facts are required is known only once they are valid, so their own damage is checked alone
 * (below), never combined with other fields' damage.
 */
const DISCRIMINANT: Readonly<Record<string, readonly string[]>> = {
  calculateContribution: ['category', 'period'],
  calculateJkkDeathBenefit: ['category'],
  // the event date is required for every kind but old age
  calculateJpBenefit: ['kind'],
}

const bases = VALID_FIXTURES.filter(
  (f) => f.input !== null && typeof f.input === 'object' && !Array.isArray(f.input),
)

describe('one-pass validation (issue 20)', () => {
  it('has valid inputs of every function to damage', () => {
    const fns = new Set(bases.map((f) => f.function))
    for (const fn of FUNCTIONS) expect(fns, fn).toContain(fn)
  })

  it.each(FUNCTIONS)(
    '%s: fixing every reported issue at once gives a valid input (no new issue appears)',
    (fn) => {
      const arb = fc.constantFrom(...bases.filter((f) => f.function === fn)).chain((f) => {
        const keys = Object.keys(f.input as Json).filter((k) => !(DISCRIMINANT[f.function] ?? []).includes(k))
        return fc.record({
          f: fc.constant(f),
          hits: fc.uniqueArray(
            fc.record({
              key: fc.constantFrom(...keys),
              how: fc.constantFrom<Damage['how']>('remove', 'misspell', 'wrong'),
            }),
            { minLength: 1, maxLength: Math.min(4, keys.length), selector: (d) => d.key },
          ),
          badOption: fc.constantFrom(undefined, { locale: 'fr' }, { rounding: 'up' }, { explain: true }),
        })
      })
      fc.assert(
        fc.property(arb, ({ f, hits, badOption }) => {
          const good: Json = { input: f.input, ...(f.options === undefined ? {} : { options: f.options }) }
          expect(issuesOf(f, good.input, good.options), `${f.file}: ${f.name} is valid`).toEqual([])
          const damaged: Json = {
            input: damage(f.input as Json, hits),
            ...(f.options === undefined && badOption === undefined
              ? {}
              : { options: { ...((f.options as Json | undefined) ?? {}), ...(badOption ?? {}) } }),
          }
          const first = issuesOf(f, damaged.input, damaged.options)
          const fixed = fixAll(damaged, good, first)
          const second = issuesOf(f, fixed.input, fixed.options)
          expect(
            second.map((i) => [i.path.join('.'), i.code]),
            `${f.function} ${JSON.stringify(damaged)} → first ${JSON.stringify(first.map((i) => [i.path.join('.'), i.code]))}`,
          ).toEqual([])
        }),
        { seed: PROPERTY_SEED, numRuns: 150 },
      )
    },
  )

  it.each(Object.keys(DISCRIMINANT))(
    '%s: a damaged discriminant alone is reported, and fixing it gives a valid input',
    (fn) => {
      let checked = 0
      for (const f of bases.filter((b) => b.function === fn))
        for (const [key, how] of DISCRIMINANT[fn]!.flatMap((k) =>
          (['remove', 'misspell', 'wrong'] as const).map((h) => [k, h] as const),
        )) {
          const good: Json = { input: f.input, ...(f.options === undefined ? {} : { options: f.options }) }
          const damaged: Json = { ...good, input: damage(f.input as Json, [{ key, how }]) }
          const first = issuesOf(f, damaged.input, damaged.options)
          expect(first.map((i) => i.path[0])).toContain(key)
          const fixed = fixAll(damaged, good, first)
          expect(issuesOf(f, fixed.input, fixed.options), `${f.file}: ${f.name} (${how})`).toEqual([])
          checked++
        }
      expect(checked).toBeGreaterThan(10)
    },
  )
})
