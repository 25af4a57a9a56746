/**
 * renderExplanation family and terminal escape codes (issue 13), the cases the catalogue runner cannot hold
 * (its input snapshot does not copy cycles, revoked proxies or 10^9-value shared structures) and two
 * properties:
 * - a forged trace (any value put anywhere in a real explanation, or in the options) renders to a text or is
 *   refused with a well-formed `BpjsValidationError`; nothing else is ever thrown;
 * - whatever control characters a caller's strings carry (a cohort's name, a child's name, an heir's name),
 *   the rendered text holds none of them: only the line feeds between its own lines.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  calculateJkmBenefit,
  determineHeirs,
  planCoverageProgram,
  renderExplanation,
  type Explanation,
} from '../../src/index.js'
import { safeTerminalText, TERMINAL_CONTROL } from '../../src/internal/terminal.js'
import { errorProblems, run } from './harness.js'
import { PROPERTY_SEED } from './properties/settings.js'

type Forgeable = Record<string, unknown> & { steps: Record<string, unknown>[] }

function real(): Forgeable {
  const r = calculateContribution({
    category: 'PU',
    period: '2025-06',
    wage: 5_000_000,
    jkkRiskClass: 2,
    enterpriseSize: 'large',
    jkpRegistered: true,
  })
  return JSON.parse(JSON.stringify(r.explanation)) as Forgeable
}

const issuesOf = (f: () => unknown) => {
  const o = run(f, [])
  if (o.kind !== 'validation') return o.kind === 'other' ? String(o.error) : o.kind
  return o.error.issues.map((i) => [i.path.join('.'), i.code])
}

/** Every control character a rendered text may not hold (all of TERMINAL_CONTROL but the line feed). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/

describe('renderExplanation family: traces the catalogue runner cannot copy', () => {
  it('a cycle in a step input is refused at the path that closes it (EXPLANATION_CYCLE)', () => {
    const e = real()
    const loop: Record<string, unknown> = { name: 'loop' }
    loop['self'] = loop
    e.steps[0]!['inputs'] = { loop }
    expect(issuesOf(() => renderExplanation(e as never))).toEqual([
      ['steps.0.inputs.loop.self', 'EXPLANATION_CYCLE'],
    ])
  })

  it('a cycle through the steps list itself is refused, not a stack overflow', () => {
    const e = real()
    // step 0's value is the steps list, whose item 0 is step 0: the cycle closes at its value again
    e.steps[0]!['value'] = e.steps
    expect(issuesOf(() => renderExplanation(e as never))).toEqual([
      ['steps.0.value.0.value', 'EXPLANATION_CYCLE'],
    ])
  })

  it('a revoked proxy as a step, as the explanation and as the options is refused, not a TypeError', () => {
    const revoked = () => {
      const p = Proxy.revocable({}, {})
      p.revoke()
      return p.proxy
    }
    const e = real()
    e.steps[1] = revoked()
    expect(issuesOf(() => renderExplanation(e as never))).toEqual([['steps.1', 'INVALID_TYPE']])
    expect(issuesOf(() => renderExplanation(revoked() as never))).toEqual([['', 'INPUT_NOT_OBJECT']])
    expect(issuesOf(() => renderExplanation(real() as never, revoked() as never))).toEqual([
      ['options', 'INPUT_NOT_OBJECT'],
    ])
  })

  it('a proxy whose get trap throws is an issue at its path, never the trap’s error', () => {
    const e = real()
    e.steps[0]!['inputs'] = new Proxy(
      {},
      {
        ownKeys: () => ['x'],
        getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }),
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(issuesOf(() => renderExplanation(e as never))).toEqual([['steps.0.inputs', 'INPUT_NOT_OBJECT']])
  })

  it('10^9 values made of three shared arrays (a few kilobytes) are refused after 1,000,000, not walked for ever', () => {
    const e = real()
    const leaf = new Array<number>(1000).fill(1)
    const mid = new Array<number[]>(1000).fill(leaf)
    e.steps[0]!['value'] = new Array<number[][]>(1000).fill(mid)
    expect(issuesOf(() => renderExplanation(e as never))).toEqual([['', 'EXPLANATION_TOO_LARGE']])
  })

  it('100,000 steps are refused at once with their count (TOO_MANY_ITEMS { max: 10000, actual: 100000 })', () => {
    const e = real()
    e.steps = new Array<Record<string, unknown>>(100_000).fill(e.steps[0]!)
    const o = run(() => renderExplanation(e as never), [])
    expect(o.kind).toBe('validation')
    const issue = (o as { error: BpjsValidationError }).error.issues[0]!
    expect([issue.path, issue.code, issue.params]).toEqual([
      ['steps'],
      'TOO_MANY_ITEMS',
      { max: 10_000, actual: 100_000 },
    ])
    expect(issue.messages.en).toBe('Too many items: 100000, at most 10000.')
    expect(issue.messages.id).toBe('Terlalu banyak isian: 100000, paling banyak 10000.')
  })

  it('10,000 steps (the limit) render, one block of lines per step', () => {
    const e = real()
    const n = e.steps.length
    e.steps = Array.from({ length: 10_000 }, (_, i) => e.steps[i % n]!)
    const text = renderExplanation(e as never)
    expect(text.match(/^Langkah \d+ \[/gm)).toHaveLength(10_000)
    expect(text).toContain('Langkah 10000 [')
  })

  it('the error speaks the options’ locale, else the explanation’s', () => {
    const e = real()
    e.steps[0]!['rule'] = 1
    const en = run(() => renderExplanation(e as never, { locale: 'en' }), [])
    expect(errorProblems(en, 'en')).toEqual([])
    expect((en as { error: BpjsValidationError }).error.message).toContain('Wrong type')
    e['locale'] = 'en'
    const fromTrace = run(() => renderExplanation(e as never), [])
    expect((fromTrace as { error: BpjsValidationError }).error.message).toContain('Wrong type')
  })
})

// ── property: forged traces ───────────────────────────────────────────────────────────────────────

/** Every path to a value inside a JSON-like value (objects and arrays walked). */
function pathsOf(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path)
  if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, Array.isArray(v) ? Number(k) : k], out)
  return out
}

function setAt(root: Forgeable, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  let o = root as Record<string | number, unknown>
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>
  o[path[path.length - 1]!] = value
  return root
}

const junk = fc.oneof(
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withDate: true,
    withMap: true,
    withSparseArray: true,
  }),
  fc.constantFrom(null, undefined, {}, [], [null], Number.NaN, -0, 10n, 'bpjs-tk.trace.v1', 'fr', () => 1),
)

describe('renderExplanation family: any forged trace gives a text or a clear validation error', () => {
  const BASE = real()
  const PATHS = pathsOf(BASE)

  it('any value anywhere in a real explanation (or as the options): a text, or a BpjsValidationError with paths and both languages', () => {
    let refused = 0
    let rendered = 0
    fc.assert(
      fc.property(
        fc.nat(PATHS.length - 1),
        junk,
        fc.option(junk, { nil: undefined, freq: 5 }),
        (i, value, options) => {
          const e = setAt(real(), PATHS[i]!, value)
          const o = run(renderExplanation as never, options === undefined ? [e] : [e, options])
          expect(o.kind === 'other' ? String((o as { error: unknown }).error) : 'ok').toBe('ok')
          if (o.kind === 'validation') {
            refused++
            expect(errorProblems(o)).toEqual([])
          } else if (o.kind === 'result') {
            rendered++
            expect(typeof o.value).toBe('string')
            expect(FORBIDDEN.test(o.value as string)).toBe(false)
          }
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 500 },
    )
    expect(Math.min(refused, rendered)).toBeGreaterThan(25)
  })
})

// ── property: terminal escape codes ──────────────────────────────────────────────────────────────

/** A caller's string: readable text with terminal controls mixed in. */
const hostileName = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '\u001b[2J',
          '\u001b]0;title\u0007',
          '\u001b]8;;https://x.test\u001b\\',
          '\u009b31m',
          '\r',
          '\b',
          '\n',
          '\t',
          '\u0000',
          '\u007f',
          '\u0085',
          '\u202e',
          '\u202d',
          '\u2066',
          '\u2069',
          '\u200f',
          '\u061c',
          '\u2028',
        ),
      },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, 100))
  .filter((s) => s.trim() !== '')

describe('Terminal escape codes: no control character of a caller’s string reaches the text', () => {
  it('cohort names (planCoverageProgram), children’s names (calculateJkmBenefit) and heirs’ names (determineHeirs)', () => {
    let withControls = 0
    fc.assert(
      fc.property(hostileName, hostileName, (a, b) => {
        const texts: string[] = []
        const explanations: Explanation[] = []
        const plan = run(planCoverageProgram as never, [
          {
            startPeriod: '2025-06',
            months: 1,
            payer: 'apbd',
            cohorts: [
              { name: a, workers: 1, category: 'BPU', declaredIncome: 1_000_000 },
              ...(a === b ? [] : [{ name: b, workers: 2, category: 'BPU', declaredIncome: 1_000_000 }]),
            ],
          },
        ])
        if (plan.kind === 'result')
          explanations.push((plan.value as { explanation: Explanation }).explanation)
        const jkm = calculateJkmBenefit({
          dateOfDeath: '2024-05-10',
          category: 'PU',
          membershipStart: '2018-01-01',
          cause: 'natural',
          membershipActive: true,
          children: [{ birthDate: '2012-01-01', name: a, schooling: [{ level: 'SD', startYear: 2018 }] }],
        })
        explanations.push(jkm.explanation)
        const heirs = determineHeirs({ dateOfDeath: '2024-05-10', family: [{ relation: 'child', name: b }] })
        explanations.push(heirs.explanation)
        for (const ex of explanations)
          texts.push(renderExplanation(ex, { warnings: [{ code: 'X', message: a }] }))
        for (const t of texts) expect(FORBIDDEN.test(t), JSON.stringify(t)).toBe(false)
        // the JSON explanation keeps the caller's data as given (documented): the name is still there raw
        if (FORBIDDEN.test(a) && plan.kind === 'result') {
          withControls++
          expect(JSON.stringify(explanations[0])).toContain(JSON.stringify(a).slice(1, -1))
          // and the text shows it escaped
          expect(texts[0]).toContain(safeTerminalText(a))
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 150 },
    )
    expect(withControls).toBeGreaterThan(20)
  })

  it('safeTerminalText escapes exactly the controls, visibly, and leaves other text alone', () => {
    expect(safeTerminalText('Budi Santoso, Rp5.000.000 – ✓ 日本')).toBe('Budi Santoso, Rp5.000.000 – ✓ 日本')
    expect(safeTerminalText('a\u001b[31mb\u009bc\r\n\t\u007f\u202e\u2066\u2028')).toBe(
      'a\\x1B[31mb\\x9Bc\\x0D\\x0A\\x09\\x7F\\u202E\\u2066\\u2028',
    )
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter((x) => !x.includes('\\')),
        (s) => {
          const out = safeTerminalText(s)
          TERMINAL_CONTROL.lastIndex = 0
          expect(TERMINAL_CONTROL.test(out)).toBe(false)
          // nothing but the controls changes (no backslash in the input, so every escape is one of ours)
          expect(out.replace(/\\x[0-9A-F]{2}|\\u[0-9A-F]{4}/g, '')).toBe(s.replace(TERMINAL_CONTROL, ''))
        },
      ),
      { seed: PROPERTY_SEED, numRuns: 300 },
    )
  })
})
