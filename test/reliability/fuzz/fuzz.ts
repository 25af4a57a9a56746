/**
 * Fuzzing of every public entry point that takes untrusted input: random JSON-like values (with own
 * `__proto__` / `constructor` / `prototype` keys, deep nesting, long strings, NaN, Infinity, -0, Dates,
 * boxed values, Maps …), and valid inputs with one field replaced, removed or added, must only ever give a
 * result or one of the library's two error classes, with sound messages, no pollution and no mutation.
 *
 * Shared by `fuzz.test.ts` (fixed seed, modest runs, in `npm test`) and `scripts/fuzz.mjs` (long runs).
 */
import fc from 'fast-check'
import { BpjsValidationError, ContributionBatch } from '../../../src/index.js'
import {
  API,
  describeThrown,
  errorProblems,
  fnOf,
  CALC_FUNCTIONS,
  OVERFLOW,
  pollutionProblems,
  prototypeFingerprint,
  resultProblems,
  run,
  snapshot,
  deepEqual,
  valueProblems,
  type AnyFn,
} from '../harness.js'
import { SEEDS } from './seeds.js'

/** The seed and runs per target used in `npm test` (`scripts/fuzz.mjs` takes its own). */
export const FUZZ_SEED = 20_261_124
export const FUZZ_RUNS = { main: 300, other: 200 } as const

/** Options of the hostile-value generators. */
export interface HostileOptions {
  /**
   * Report the problems `KNOWN_PROBLEMS` tolerates (off in `npm test`, on with
   * `npm run fuzz -- --known-bugs`). Every known bug found before commit bbf1176 is fixed; what is left
   * is listed in `KNOWN_PROBLEMS`.
   */
  readonly knownBugs?: boolean
  /** Generate 20,000-character strings (default true; the fuzz turns it off for formatRupiah). */
  readonly longStrings?: boolean
}

const FIELD_NAMES = [
  'category',
  'period',
  'wage',
  'wages',
  'jkkRiskClass',
  'programs',
  'enterpriseSize',
  'declaredIncome',
  'months',
  'contractValue',
  'contractMonths',
  'placement',
  'dateOfDeath',
  'membershipStart',
  'birthDate',
  'children',
  'schooling',
  'level',
  'monthlyWage',
  'dailyWage',
  'asOf',
  'cohorts',
  'workers',
  'name',
  'startPeriod',
  'payer',
  'locale',
  'parameters',
  'rounding',
  'values',
  'from',
  'value',
]

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'isPrototypeOf', '']
const PRIMITIVE_KEYS = ['toString', 'valueOf']

/** Keys an attacker or a sloppy client sends. */
export function hostileKey(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PROTO_KEYS, ...PRIMITIVE_KEYS) },
    { weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  )
}

const LONG_STRINGS = [
  'x'.repeat(20_000),
  '9'.repeat(20_000),
  `${'2025-01'.repeat(3000)}`,
  '\u0000'.repeat(1000),
]

/** Leaves that break naive code. */
export function hostileLeaf(opts: HostileOptions = {}): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom<unknown>(
        Number.NaN,
        Infinity,
        -Infinity,
        -0,
        0,
        -1,
        1,
        0.5,
        OVERFLOW,
        1e21,
        1e-7,
        0.1 + 0.2,
        Number.MAX_SAFE_INTEGER,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
        '1e6',
        ' 5000000 ',
        '5.000.000',
        'Rp5.000.000',
        '5000000',
        '5000000.50',
        '-1',
        '',
        ' ',
        'NaN',
        'Infinity',
        '2025-02-29',
        '2024-02-29',
        '2025-13',
        '2025-00',
        '0000-01',
        '2015-06',
        '2015-07',
        '2015-06-30',
        '2015-07-01',
        '2025-06',
        '2025-06-15',
        '9999-12',
        '9999-12-31',
        '1900-01-01',
        'PU',
        'BPU',
        'JAKON',
        'PMI',
        'JKK',
        'JKM',
        'JHT',
        'JP',
        'JKP',
        'en',
        'id',
        'half-even',
        '__proto__',
        'constructor',
        null,
        undefined,
        true,
        false,
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    {
      weight: 1,
      arbitrary:
        opts.longStrings === false
          ? fc.string({ minLength: 41, maxLength: 200 })
          : fc.constantFrom(...LONG_STRINGS),
    },
    { weight: 1, arbitrary: fc.bigInt({ min: -10n, max: 10n }) },
  )
}

/** A deeply nested value (objects and arrays, 30 to 200 levels). */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 30, max: 200 }), fc.boolean())
  .map(([depth, arrays]) => {
    let v: unknown = '2025-01'
    for (let i = 0; i < depth; i++) v = arrays && i % 2 === 0 ? [v] : { wage: v }
    return v
  })

/** Any hostile value: leaves, arrays and objects with hostile keys, `fc.anything`, deep nesting. */
export function hostileValue(opts: HostileOptions = {}): fc.Arbitrary<unknown> {
  const key = hostileKey()
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: hostileLeaf(opts) },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      { weight: 2, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 5, noNullPrototype: false }) },
    ),
  }))
  return fc.oneof(
    { weight: 5, arbitrary: value },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    {
      weight: 2,
      arbitrary: fc.anything({
        key,
        maxDepth: 3,
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withObjectString: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
    },
    { weight: 1, arbitrary: deepValue },
  )
}

/** Sets an own enumerable key, `__proto__` included (object spread and `=` cannot). */
function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })
}

/** A copy of `base` with the value at a random path replaced, removed, or a key added. */
function mutate(
  base: unknown,
  choices: number[],
  replacement: unknown,
  key: string,
  action: number,
): unknown {
  const root = snapshot(base)
  let node: unknown = root
  let parent: Record<string, unknown> | unknown[] | undefined
  let parentKey: string | number | undefined
  for (const c of choices) {
    if (node === null || typeof node !== 'object' || node instanceof Date) break
    const keys = Object.keys(node)
    if (keys.length === 0) break
    parent = node as Record<string, unknown>
    parentKey = keys[c % keys.length]!
    node = (node as Record<string, unknown>)[parentKey]
    if (c % 3 === 0) break
  }
  if (parent === undefined || parentKey === undefined) return action === 0 ? replacement : root
  if (action === 0) setOwn(parent as Record<string, unknown>, String(parentKey), replacement)
  else if (action === 1) delete (parent as Record<string, unknown>)[parentKey]
  else if (node !== null && typeof node === 'object' && !Array.isArray(node))
    setOwn(node as Record<string, unknown>, key, replacement)
  else setOwn(parent as Record<string, unknown>, key, replacement)
  return root
}

/** Valid inputs of a function with one hostile change. */
export function mutatedInput(seeds: readonly unknown[], opts: HostileOptions = {}): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      hostileValue(opts),
      hostileKey(),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([seed, choices, v, k, action]) => mutate(seed, choices, v, k, action))
}

/** Hostile options objects: random values, valid options with one change, bad overrides. */
export function hostileOptions(opts: HostileOptions = {}): fc.Arbitrary<unknown> {
  const validOptions = [
    { locale: 'en' },
    { rounding: 'half-even' },
    { parameters: { 'jp.wageCap': '12000000' } },
    { parameters: { 'jp.wageCap': { values: [{ from: '2027-03-01', value: '11600000' }] } } },
  ]
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(...validOptions) },
    { weight: 2, arbitrary: mutatedInput(validOptions, opts) },
    { weight: 1, arbitrary: hostileValue(opts) },
  )
}

/** One fuzz target: a function and how to build its arguments. */
export interface FuzzTarget {
  readonly name: string
  /** Arguments from random values; returns `undefined` when the function is not exported yet. */
  readonly args: (opts: HostileOptions) => fc.Arbitrary<readonly unknown[]>
  /**
   * A calculation entry point: `(input, options)`, a frozen result with warnings and explanation, errors
   * in the locale of `options.locale`.
   */
  readonly main: boolean
}

function inputTarget(name: string): FuzzTarget {
  return {
    name,
    main: true,
    args: (opts) => {
      const seeds = SEEDS[name] ?? []
      const input =
        seeds.length === 0
          ? hostileValue(opts)
          : fc.oneof(
              { weight: 2, arbitrary: hostileValue(opts) },
              { weight: 5, arbitrary: mutatedInput(seeds, opts) },
              { weight: 1, arbitrary: fc.constantFrom(...seeds) },
            )
      return fc.tuple(input, hostileOptions(opts))
    },
  }
}

const parameterIds = () =>
  ((API['ALL_PARAMETERS'] as readonly { id: string }[] | undefined) ?? []).map((p) => p.id)

/**
 * The targets. The calculation functions and their siblings take `(input, options)`; the foundation
 * parsers take one untrusted value. Helpers that take the library's own values (renderExplanation,
 * isStale, formatCitation, message) and the unvalidated time helpers (ageOn, monthsBetween, addPeriods)
 * are covered by the catalogue's known bugs instead.
 */
export function fuzzTargets(): FuzzTarget[] {
  const out: FuzzTarget[] = []
  const inputFns = [...CALC_FUNCTIONS]
  for (const name of inputFns) if (fnOf(name) !== undefined) out.push(inputTarget(name))
  out.push(
    { name: 'parseRupiah', main: false, args: (o) => fc.tuple(hostileValue(o)) },
    { name: 'formatRupiah', main: false, args: (o) => fc.tuple(hostileValue(o)) },
    {
      name: 'roundRupiah',
      main: false,
      args: (o) => fc.tuple(hostileValue(o), fc.constantFrom(undefined, 'half-up', 'half-even', 'down')),
    },
    {
      name: 'allocate',
      main: false,
      args: (o) =>
        fc.tuple(
          fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), hostileLeaf(o)),
          fc.oneof(fc.array(fc.oneof(fc.nat(), hostileLeaf(o)), { maxLength: 6 }), hostileValue(o)),
        ),
    },
    { name: 'parsePeriod', main: false, args: (o) => fc.tuple(hostileValue(o)) },
    { name: 'parseDate', main: false, args: (o) => fc.tuple(hostileValue(o)) },
    {
      name: 'valueAt',
      main: false,
      args: (o) =>
        fc.tuple(
          fc.constantFrom(...parameterIds()).map((id) => (API['getParameter'] as AnyFn)(id)),
          hostileValue(o),
        ),
    },
    {
      name: 'findValueAt',
      main: false,
      args: (o) =>
        fc.tuple(
          fc.constantFrom(...parameterIds()).map((id) => (API['getParameter'] as AnyFn)(id)),
          hostileValue(o),
        ),
    },
    { name: 'getParameter', main: false, args: (o) => fc.tuple(hostileValue(o)) },
    {
      name: 'calculateContributions',
      main: false,
      args: (o) =>
        fc.tuple(
          fc.oneof(
            {
              weight: 4,
              arbitrary: fc.array(
                fc.oneof(mutatedInput(SEEDS['calculateContribution'] ?? [], o), hostileValue(o)),
                { maxLength: 6 },
              ),
            },
            { weight: 1, arbitrary: hostileValue(o) },
          ),
          fc.oneof(hostileOptions(o), fc.constantFrom({ explain: true }, { explain: false, locale: 'en' })),
        ),
    },
  )
  return out.filter((t) => fnOf(t.name) !== undefined)
}

/**
 * Problems the catalogue already records as known bugs, tolerated unless `knownBugs` is on (inputs that
 * cannot be kept out of the generators without losing coverage).
 */
export const KNOWN_PROBLEMS: readonly {
  readonly target: string
  readonly problem: RegExp
  readonly bug: string
}[] = []

/** Everything wrong with one call (empty when the outcome is sound). */
export function fuzzProblems(
  target: FuzzTarget,
  args: readonly unknown[],
  opts: HostileOptions = {},
): string[] {
  const fn = fnOf(target.name)
  if (fn === undefined) return [`${target.name} is not exported`]
  const before = prototypeFingerprint()
  const copy = snapshot(args)
  const outcome = run(fn, args)
  const problems: string[] = []
  const o = args[1] as { locale?: unknown } | undefined
  const takesOptions = target.main || target.name === 'calculateContributions'
  const locale = takesOptions && o !== null && typeof o === 'object' && o.locale === 'en' ? 'en' : 'id'
  if (outcome.kind === 'other') problems.push(`threw ${describeThrown(outcome.error)}`)
  else if (outcome.kind === 'result' && outcome.value instanceof ContributionBatch) {
    const l = (args[1] as { locale?: unknown } | undefined)?.locale === 'en' ? 'en' : 'id'
    if (!Object.isFrozen(outcome.value)) problems.push('the batch is not frozen')
    for (const row of outcome.value)
      problems.push(
        ...(row.ok
          ? resultProblems(row.result, l, { explanationOptional: true })
          : errorProblems(
              row.error instanceof BpjsValidationError
                ? { kind: 'validation', error: row.error }
                : { kind: 'rule', error: row.error },
              l,
            )
        ).map((p) => `row ${row.index}: ${p}`),
      )
  } else if (outcome.kind === 'result') {
    if (target.main) problems.push(...resultProblems(outcome.value, locale, { operation: target.name }))
    else if (outcome.value !== undefined) problems.push(...valueProblems(outcome.value, { frozen: false }))
  } else problems.push(...errorProblems(outcome, locale))
  problems.push(...pollutionProblems(before))
  if (!deepEqual(args, copy)) problems.push('the input was mutated')
  if (opts.knownBugs === true) return problems
  return problems.filter((p) => !KNOWN_PROBLEMS.some((k) => k.target === target.name && k.problem.test(p)))
}

/** The fast-check property of a target. */
export function fuzzProperty(
  target: FuzzTarget,
  opts: HostileOptions = {},
): fc.IPropertyWithHooks<[readonly unknown[]]> {
  return fc.property(target.args(opts), (args) => {
    const problems = fuzzProblems(target, args, opts)
    if (problems.length > 0) throw new Error(`${target.name}: ${problems.join('; ')}`)
  })
}
