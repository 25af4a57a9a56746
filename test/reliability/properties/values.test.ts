/**
 * Values family (issue 13): what comes out of the library is a plain value a caller can trust.
 *
 * - No `-0` anywhere in a result or its explanation: every number a caller can give (an integer fact, an
 *   amount, a parameter override) is turned into `-0` one at a time and all at once, and the whole frozen
 *   result is walked. `-0` is read as `0` where the input is read (the integer schema, the override
 *   reader), so it can never reach a count, a ratio, a step input or a parameter value.
 * - `checkJkmClaim` refuses exactly when `calculateJkmBenefit` refuses the same facts: the facts they share
 *   (date of death, category, cause, membership, paid-through month) are generated over and beyond the
 *   library's dates, and both must give the same kind of outcome (a result, a validation error at the same
 *   paths, or a rule error with the same code and path).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateJkmBenefit, checkJkmClaim, COVERAGE } from '../../../src/index.js'
import { fnOf, run, valueProblems, type Outcome } from '../harness.js'
import { PROPERTY_SEED } from './settings.js'

type Path = readonly (string | number)[]

/** Every path to a number inside `value`. */
function numberPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'number') out.push(path)
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      numberPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out)
  return out
}

/** A copy of `value` with the number at `path` replaced by `-0`. */
function withNegativeZero(value: unknown, path: Path): unknown {
  if (path.length === 0) return -0
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>
  copy[String(head)] = withNegativeZero(copy[String(head)], rest)
  return copy
}

/** A copy of `value` with every number `0` replaced by `-0`. */
function allZerosNegative(value: unknown): unknown {
  if (value === 0) return -0
  if (Array.isArray(value)) return value.map(allZerosNegative)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, allZerosNegative(v)]))
  return value
}

/** Every `-0` inside a value (the generic value checks, filtered to that one problem). */
function negativeZeros(value: unknown): string[] {
  return valueProblems(value, { frozen: false }).filter((p) => p.endsWith(' is -0'))
}

interface Fixture {
  readonly name: string
  readonly function: string
  readonly input: unknown
  readonly options?: unknown
  readonly error?: unknown
}

const SCENARIOS = new URL('../../scenarios/', import.meta.url).pathname

function fixtures(dir: string): Fixture[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return fixtures(p)
    if (!p.endsWith('.json')) return []
    const raw = JSON.parse(readFileSync(p, 'utf8')) as Fixture | Fixture[]
    return Array.isArray(raw) ? raw : [raw]
  })
}

/** The scenario fixtures that give a result: every public function, with inputs worked out by hand. */
const WITH_RESULT = fixtures(SCENARIOS).filter((f) => f.error === undefined)

describe('Values: no -0 in any result or explanation', () => {
  it('a -0 in any number of any scenario input or option (one at a time, then all zeros) never comes out', () => {
    let variants = 0
    let answered = 0
    const leaks: string[] = []
    for (const f of WITH_RESULT) {
      const fn = fnOf(f.function)
      expect(fn, f.function).toBeTypeOf('function')
      const tries: [unknown, unknown, string][] = [
        [allZerosNegative(f.input), allZerosNegative(f.options), 'every 0 as -0'],
        ...numberPaths(f.input).map(
          (p) =>
            [withNegativeZero(f.input, p), f.options, `input.${p.join('.')}`] as [unknown, unknown, string],
        ),
        ...numberPaths(f.options).map(
          (p) =>
            [f.input, withNegativeZero(f.options, p), `options.${p.join('.')}`] as [unknown, unknown, string],
        ),
      ]
      for (const [input, options, where] of tries) {
        variants++
        const out = run(fn!, options === undefined ? [input] : [input, options])
        if (out.kind === 'other') leaks.push(`${f.function} ${where}: threw ${String(out.error)}`)
        if (out.kind !== 'result') continue
        answered++
        for (const z of negativeZeros(out.value)) leaks.push(`${f.function} ${where}: ${z} (${f.name})`)
      }
    }
    expect(leaks).toEqual([])
    // the walk saw many answers, not only refusals (a -0 count is a valid 0)
    expect(variants).toBeGreaterThan(500)
    expect(answered).toBeGreaterThan(300)
  })

  it('the cases of the issue: coverage.coveredBefore, ratioBefore, contributionMonths and the step inputs are +0', () => {
    const plan = fnOf('planCoverageProgram')!({
      startPeriod: '2025-06',
      months: 1,
      payer: 'apbd',
      cohorts: [{ name: 'Ojek', workers: 10, category: 'BPU', declaredIncome: 1_000_000 }],
      potentialWorkers: 100,
      coveredBefore: -0,
    }) as { coverage: { coveredBefore: number; ratioBefore: number } }
    expect(Object.is(plan.coverage.coveredBefore, 0)).toBe(true)
    expect(Object.is(plan.coverage.ratioBefore, 0)).toBe(true)
    expect(negativeZeros(plan)).toEqual([])
    const jkm = calculateJkmBenefit({
      dateOfDeath: '2024-05-10',
      category: 'PU',
      membershipStart: '2024-05-01',
      cause: 'natural',
      membershipActive: true,
      contributionMonths: -0,
      employerArrearsMonths: -0,
    })
    expect(Object.is(jkm.contributionMonths, 0)).toBe(true)
    expect(negativeZeros(jkm)).toEqual([])
    const claim = checkJkmClaim(
      { dateOfDeath: '2024-05-10', category: 'BPU', cause: 'natural', paidThrough: '2024-05' },
      { parameters: { 'jkm.protection.bpuGraceMonths': -0 } },
    )
    expect(claim.explanation.parameters.find((p) => p.id === 'jkm.protection.bpuGraceMonths')?.value).toBe(0)
    expect(negativeZeros(claim)).toEqual([])
  })
})

// ── checkJkmClaim and calculateJkmBenefit refuse the same facts ─────────────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0')
const DAY = 86_400_000
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const time = (d: string) => Date.parse(`${d}T00:00:00Z`)
/** The month `k` months after the month of `date` (`k` may be negative). */
function monthShift(date: string, k: number): string {
  const idx = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + k
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`
}

/** Dates from two years before the library's first date to two years after its horizon. */
const WIDE_FROM = time('2013-07-01')
const WIDE_TO = time('2038-12-31')
const wideDate = fc.integer({ min: WIDE_FROM / DAY, max: WIDE_TO / DAY }).map((d) => iso(d * DAY))
const deathDate = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .integer({ min: time(COVERAGE.start) / DAY, max: time(COVERAGE.horizon) / DAY })
      .map((d) => iso(d * DAY)),
  },
  { weight: 1, arbitrary: wideDate },
  // the edges: the first covered day, the horizon, PMI's first covered day, the Permenaker 1/2025 rule
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2015-06-30',
      '2015-07-01',
      COVERAGE.horizon,
      '2018-12-09',
      '2018-12-10',
      '2025-02-24',
    ),
  },
)

interface SharedFacts {
  dateOfDeath: string
  category: 'PU' | 'BPU' | 'JAKON' | 'PMI'
  membershipStart: string
  cause?: 'natural' | 'work-accident' | 'occupational-disease'
  membershipActive?: boolean
  paidThrough?: string
}

const facts: fc.Arbitrary<SharedFacts> = fc
  .record({
    dateOfDeath: deathDate,
    category: fc.constantFrom('PU', 'BPU', 'JAKON', 'PMI' as const),
    // registration: months before the death (negative: after it), or an absurd year
    start: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: -3, max: 150 }).map((k) => ({ months: k })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('1900-01-01', '2015-06-30', '2040-01-01').map((d) => ({ date: d })),
      },
    ),
    cause: fc.option(fc.constantFrom('natural', 'work-accident', 'occupational-disease' as const), {
      nil: undefined,
    }),
    membershipActive: fc.option(fc.boolean(), { nil: undefined }),
    paid: fc.option(
      fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: -160, max: 24 }).map((k) => ({ months: k })) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('1900-01', '2015-06', '2015-07', '2036-12', '2037-01', '9999-12')
            .map((p) => ({ period: p })),
        },
      ),
      { nil: undefined, freq: 3 },
    ),
  })
  .map((r) => {
    const membershipStart =
      'date' in r.start
        ? r.start.date
        : `${monthShift(r.dateOfDeath, -r.start.months)}-${r.dateOfDeath.slice(8, 10) > '28' ? '28' : r.dateOfDeath.slice(8, 10)}`
    const f: SharedFacts = { dateOfDeath: r.dateOfDeath, category: r.category, membershipStart }
    if (r.cause !== undefined) f.cause = r.cause
    if (r.membershipActive !== undefined) f.membershipActive = r.membershipActive
    if (r.paid !== undefined)
      f.paidThrough = 'period' in r.paid ? r.paid.period : monthShift(r.dateOfDeath, r.paid.months)
    return f
  })

/** What a refusal is, for comparing two functions: its class, and its code and path or its issue paths. */
function refusal(o: Outcome): string {
  if (o.kind === 'result') return 'answered'
  if (o.kind === 'rule') return `rule ${o.error.code} at ${o.error.path.join('.')}`
  if (o.kind === 'validation')
    return `validation at ${[...new Set(o.error.issues.map((i) => i.path.join('.')))].sort().join(', ')}`
  return `threw ${String(o.error)}`
}

describe('Values: checkJkmClaim and calculateJkmBenefit refuse the same facts', () => {
  it('for generated facts (inside and outside the library dates), one refuses iff the other does, the same way', () => {
    const seen = { answered: 0, validation: 0, rule: 0 }
    fc.assert(
      fc.property(facts, fc.constantFrom('before', 'during', 'after' as const), (f, pmiPhase) => {
        const claim = run(checkJkmClaim as never, [f])
        const benefit = run(calculateJkmBenefit as never, [f.category === 'PMI' ? { ...f, pmiPhase } : f])
        expect(refusal(claim), JSON.stringify(f)).toBe(refusal(benefit))
        if (claim.kind === 'result') seen.answered++
        else if (claim.kind !== 'other') seen[claim.kind]++
      }),
      { seed: PROPERTY_SEED, numRuns: 600 },
    )
    // the generator reaches answers, validation errors and rule errors alike
    expect(Math.min(seen.answered, seen.validation, seen.rule)).toBeGreaterThan(20)
  })

  it('the cases of the issue: a paid-through month 9999-12 or 1900-01 is refused, with the codes of every date', () => {
    const base = {
      dateOfDeath: '2025-05-15',
      category: 'BPU',
      cause: 'natural',
      membershipActive: true,
    } as const
    const ruleOf = (o: Outcome) => (o.kind === 'rule' ? [o.error.code, o.error.path.join('.')] : refusal(o))
    const issuesOf = (o: Outcome) =>
      o.kind === 'validation' ? o.error.issues.map((i) => [i.path.join('.'), i.code]) : refusal(o)
    // the claim alone (no registration date): the month is outside the library's dates
    expect(ruleOf(run(checkJkmClaim as never, [{ ...base, paidThrough: '9999-12' }]))).toEqual([
      'DATE_AFTER_COVERAGE',
      'paidThrough',
    ])
    expect(ruleOf(run(checkJkmClaim as never, [{ ...base, paidThrough: '1900-01' }]))).toEqual([
      'DATE_BEFORE_COVERAGE',
      'paidThrough',
    ])
    // the same facts with a registration date (2015-07-01), on both sides
    const late = { ...base, paidThrough: '9999-12', membershipStart: COVERAGE.start }
    const early = { ...base, paidThrough: '1900-01', membershipStart: COVERAGE.start }
    for (const fn of [checkJkmClaim, calculateJkmBenefit]) {
      expect(ruleOf(run(fn as never, [late]))).toEqual(['DATE_AFTER_COVERAGE', 'paidThrough'])
      // 1900-01 is before the registration month 2015-07: the cross-field check speaks first
      expect(issuesOf(run(fn as never, [early]))).toEqual([['paidThrough', 'PAID_THROUGH_BEFORE_MEMBERSHIP']])
    }
  })
})
