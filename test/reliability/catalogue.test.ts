/**
 * Runs the hostile-input catalogue (test/reliability/catalogue/*.ts). For every case:
 * - the outcome is the expected one: a `BpjsValidationError` with the listed issues (path + code), a
 *   `BpjsRuleError` with the code (and path), or a result matching the expectation;
 * - nothing else is thrown (no `TypeError`, `RangeError` …);
 * - errors carry a stable code, paths, and non-empty, different Indonesian and English messages with no
 *   unresolved placeholder; `error.message` is in the locale asked for;
 * - results of the calculation functions are deep-frozen, JSON-safe (no NaN, Infinity, -0, undefined),
 *   money is whole non-negative rupiah, warnings have messages, and a second call gives the same result;
 * - the input is not mutated and no built-in prototype is polluted.
 *
 * A case with `knownBug` documents a misbehaviour of the function today: it runs as `it.fails`. To see
 * why each known bug fails, run `RELIABILITY_SHOW_BUGS=1 npx vitest run test/reliability/catalogue.test.ts`.
 */
import { describe, expect, it } from 'vitest'
import { ContributionBatch } from '../../src/index.js'
import { CATALOGUE, catalogueFn } from './catalogue/index.js'
import { argsOf, localeOf, type HostileCase } from './catalogue/types.js'
import {
  deepEqual,
  describeThrown,
  errorProblems,
  CALC_FUNCTIONS,
  pollutionProblems,
  prototypeFingerprint,
  resultProblems,
  run,
  snapshot,
  valueProblems,
} from './harness.js'

const MAIN = new Set<string>(CALC_FUNCTIONS)

function check(c: HostileCase): void {
  const fn = catalogueFn(c.fn)
  expect(fn, `${c.fn} is not exported`).toBeTypeOf('function')
  const before = prototypeFingerprint()
  const args = argsOf(c)
  const copy = snapshot(args)
  const outcome = run(fn!, args)
  const locale = localeOf(c)

  expect(outcome.kind === 'other' ? describeThrown(outcome.error) : 'no foreign throw').toBe(
    'no foreign throw',
  )
  expect(pollutionProblems(before), 'built-in prototypes polluted').toEqual([])
  expect(deepEqual(args, copy), 'the input was mutated').toBe(true)

  const e = c.expect
  if ('validation' in e) {
    expect(outcome.kind, outcome.kind === 'result' ? `returned ${JSON.stringify(outcome.value)}` : '').toBe(
      'validation',
    )
    if (outcome.kind !== 'validation') return
    expect(errorProblems(outcome, locale)).toEqual([])
    const got = outcome.error.issues.map((i) => ({ path: [...i.path], code: i.code }))
    for (const want of e.validation)
      expect(got, `issue ${JSON.stringify(want)}`).toContainEqual({ path: [...want.path], code: want.code })
    return
  }
  if ('rule' in e) {
    const shown =
      outcome.kind === 'validation'
        ? JSON.stringify(outcome.error.issues.map((i) => [i.path.join('.'), i.code]))
        : outcome.kind === 'result'
          ? 'a result'
          : ''
    expect(outcome.kind, shown).toBe('rule')
    if (outcome.kind !== 'rule') return
    expect(errorProblems(outcome, locale)).toEqual([])
    expect(outcome.error.code).toBe(e.rule)
    if (e.path !== undefined) expect([...outcome.error.path]).toEqual([...e.path])
    return
  }
  const shown =
    outcome.kind === 'validation'
      ? JSON.stringify(outcome.error.issues.map((i) => [i.path.join('.'), i.code, i.messages.en]))
      : outcome.kind === 'rule'
        ? `${outcome.error.code}: ${outcome.error.messages.en}`
        : ''
  expect(outcome.kind, shown).toBe('result')
  if (outcome.kind !== 'result') return
  const value = outcome.value
  if (MAIN.has(c.fn)) {
    expect(resultProblems(value, locale, { operation: c.fn, strictText: true })).toEqual([])
    expect(deepEqual(run(fn!, argsOf(c)), outcome), 'a second call gives another result').toBe(true)
  } else if (value instanceof ContributionBatch) {
    // a class with private rows: checked row by row in batch.test.ts
    expect(Object.isFrozen(value)).toBe(true)
  } else if (e.result !== undefined || value !== undefined) {
    expect(valueProblems(value, { frozen: false })).toEqual([])
  }
  if (e.result === 'any-valid') return
  if (e.result !== null && typeof e.result === 'object' && !Array.isArray(e.result))
    expect(value).toMatchObject(e.result as Record<string, unknown>)
  else expect(value).toEqual(e.result)
}

describe('hostile-input catalogue', () => {
  it('has at least 80 cases and every case names a function and an outcome', () => {
    const all = CATALOGUE.flatMap(([, cases]) => cases)
    expect(all.length).toBeGreaterThanOrEqual(80)
    for (const c of all) {
      expect(c.title.length).toBeGreaterThan(5)
      expect(['validation', 'rule', 'result'].filter((k) => k in c.expect)).toHaveLength(1)
    }
  })

  for (const [area, cases] of CATALOGUE) {
    describe(area, () => {
      if (cases.length === 0) it.todo(`${area}: cases to be written when the area lands`)
      const seen = new Map<string, number>()
      for (const c of cases) {
        const n = (seen.get(`${c.fn}: ${c.title}`) ?? 0) + 1
        seen.set(`${c.fn}: ${c.title}`, n)
        const name = `${c.fn}: ${c.title}${n > 1 ? ` (${n})` : ''}`
        if (catalogueFn(c.fn) === undefined) it.skip(`${name} [${c.fn} not exported yet]`, () => {})
        else if (c.knownBug !== undefined && process.env['RELIABILITY_SHOW_BUGS'] !== '1')
          it.fails(`${name} [KNOWN BUG: ${c.knownBug}]`, () => check(c))
        else it(name, () => check(c))
      }
    })
  }
})
