/**
 * renderExplanation family (issue 13): a forged or damaged trace, unknown options, oversized lists and
 * caller strings carrying terminal control characters. A trace may come from anywhere (a stored JSON, a
 * request body): whatever it holds, the answer is a text or a `BpjsValidationError` naming the path, never a
 * `TypeError`, and the text never carries a control character of the caller's strings (they are shown as
 * visible escapes such as `\x1B`; the JSON explanation keeps them as given).
 */
import { calculateContribution, planCoverageProgram, type Explanation } from '../../../src/index.js'
import { invalid, ok, type HostileCase } from './types.js'

const FN = 'renderExplanation'

/** A real explanation (BPU minimum package, 2025-06), as a mutable JSON copy to forge. */
function real(): Record<string, unknown> & { steps: Record<string, unknown>[] } {
  const r = calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 })
  return JSON.parse(JSON.stringify(r.explanation)) as Record<string, unknown> & {
    steps: Record<string, unknown>[]
  }
}

/** A real explanation with one change. */
function forged(change: (e: ReturnType<typeof real>) => void): () => readonly unknown[] {
  return () => {
    const e = real()
    change(e)
    return [e]
  }
}

/** The explanation of a one-month program whose cohort has the given name. */
function programNamed(name: string): Explanation {
  return planCoverageProgram({
    startPeriod: '2025-06',
    months: 1,
    payer: 'apbd',
    cohorts: [{ name, workers: 1, category: 'BPU', declaredIncome: 1_000_000 }],
  }).explanation
}

/** The rendering of a program whose cohort is named `name` has `escaped` and none of the raw controls. */
function renderedName(name: string): () => readonly unknown[] {
  return () => [programNamed(name)]
}

export const renderCases: readonly HostileCase[] = [
  // ── forged traces ──────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'renderExplanation: a real explanation renders (the base of the forged ones below)',
    args: forged(() => {}),
    expect: ok(),
  },
  {
    fn: FN,
    title: 'renderExplanation: a {} step is refused at its fields, not a TypeError',
    args: forged((e) => e.steps.splice(1, 0, {})),
    expect: invalid(
      [['steps', 1, 'rule'], 'REQUIRED'],
      [['steps', 1, 'description'], 'REQUIRED'],
      [['steps', 1, 'inputs'], 'REQUIRED'],
      [['steps', 1, 'parameters'], 'REQUIRED'],
      [['steps', 1, 'legal'], 'REQUIRED'],
      [['steps', 1, 'value'], 'REQUIRED'],
    ),
  },
  {
    fn: FN,
    title: 'renderExplanation: a null step is refused at its index',
    args: forged((e) => {
      e.steps = [e.steps[0]!, null as never]
    }),
    expect: invalid([['steps', 1], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a hole in the steps (a sparse array) is a missing step',
    args: forged((e) => {
      e.steps = [e.steps[0]!]
      e.steps.length = 3
    }),
    expect: invalid([['steps', 1], 'REQUIRED'], [['steps', 2], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a null citation and a null parameter in a step are refused at their paths',
    args: forged((e) => {
      e.steps[0]!['legal'] = [null]
      e.steps[0]!['parameters'] = [null]
    }),
    expect: invalid(
      [['steps', 0, 'legal', 0], 'INVALID_TYPE'],
      [['steps', 0, 'parameters', 0], 'INVALID_TYPE'],
    ),
  },
  {
    fn: FN,
    title: 'renderExplanation: a step without its parameters list is refused (missing array)',
    args: forged((e) => {
      delete e.steps[0]!['parameters']
    }),
    expect: invalid([['steps', 0, 'parameters'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'renderExplanation: an explanation without its legal list is refused (missing array)',
    args: forged((e) => {
      delete e['legal']
    }),
    expect: invalid([['legal'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'renderExplanation: steps given as an object are refused with INVALID_TYPE',
    args: forged((e) => {
      ;(e as Record<string, unknown>)['steps'] = { 0: e.steps[0] }
    }),
    expect: invalid([['steps'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a value shared twice (not a cycle) renders',
    args: forged((e) => {
      const shared = { a: 1 }
      e.steps[0]!['inputs'] = { x: shared, y: shared }
    }),
    expect: ok(),
  },
  {
    fn: FN,
    title: 'renderExplanation: a BigInt step value is not JSON: refused, not a TypeError of JSON.stringify',
    args: forged((e) => {
      e.steps[0]!['value'] = 10n
    }),
    expect: invalid([['steps', 0, 'value'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a BigInt inside an input object is refused at its path',
    args: forged((e) => {
      e.steps[0]!['inputs'] = { wage: { sen: 10n } }
    }),
    expect: invalid([['steps', 0, 'inputs', 'wage', 'sen'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: NaN and functions are not JSON values',
    args: forged((e) => {
      e.steps[0]!['inputs'] = { a: Number.NaN, b: () => 1 }
    }),
    expect: invalid(
      [['steps', 0, 'inputs', 'a'], 'INVALID_TYPE'],
      [['steps', 0, 'inputs', 'b'], 'INVALID_TYPE'],
    ),
  },
  {
    fn: FN,
    title: 'renderExplanation: a step rule that is a number is refused',
    args: forged((e) => {
      e.steps[0]!['rule'] = 7
    }),
    expect: invalid([['steps', 0, 'rule'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: "renderExplanation: a rounding mode 'up' is refused (it names a message that does not exist)",
    args: forged((e) => {
      e.steps[0]!['rounding'] = { mode: 'up', exact: '1', rounded: 1 }
    }),
    expect: invalid([['steps', 0, 'rounding', 'mode'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: "renderExplanation: an explanation locale 'fr' is refused",
    args: forged((e) => {
      e['locale'] = 'fr'
    }),
    expect: invalid([['locale'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a throwing getter in a step is an issue at its path, not the getter’s error',
    args: forged((e) => {
      Object.defineProperty(e.steps[0]!, 'rule', {
        enumerable: true,
        get: () => {
          throw new Error('boom')
        },
      })
    }),
    expect: invalid([['steps', 0], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a Date as a step is not a plain object',
    args: forged((e) => {
      e.steps[0] = new Date(0) as never
    }),
    expect: invalid([['steps', 0], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: an array as the explanation is not an object',
    args: [[]],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: 'renderExplanation: values nested 40 deep are refused (EXPLANATION_TOO_DEEP, at most 32)',
    args: forged((e) => {
      let v: unknown = 1
      for (let i = 0; i < 40; i++) v = [v]
      e.steps[0]!['value'] = v
    }),
    expect: invalid([['steps', 0, 'value', ...new Array<number>(32).fill(0)], 'EXPLANATION_TOO_DEEP']),
  },
  {
    fn: FN,
    title:
      'renderExplanation: more than 1,000,000 values (one array of 1,000 numbers shared 1,001 times) are refused: a shared value counts each time it is met (the 10^9-value case, cycles, revoked proxies and the 100,000 steps are in test/reliability/render.test.ts: the runner’s input snapshot cannot copy them)',
    args: forged((e) => {
      const leaf = new Array<number>(1000).fill(1)
      e.steps[0]!['value'] = new Array<number[]>(1001).fill(leaf)
    }),
    expect: invalid([[], 'EXPLANATION_TOO_LARGE']),
  },

  // ── options: unknown locales and keys refused like everywhere else ──────────────────────────────
  {
    fn: FN,
    title: "renderExplanation: options locale 'fr' is refused, not silently Indonesian",
    args: () => [real(), { locale: 'fr' }],
    expect: invalid([['options', 'locale'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: "renderExplanation: options locale 'EN' (case) is refused",
    args: () => [real(), { locale: 'EN' }],
    expect: invalid([['options', 'locale'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: an unknown option (a typo: warning) is refused',
    args: () => [real(), { warning: [] }],
    expect: invalid([['options', 'warning'], 'UNKNOWN_KEY']),
  },
  {
    fn: FN,
    title: 'renderExplanation: options null is refused',
    args: () => [real(), null],
    expect: invalid([['options'], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: 'renderExplanation: warnings that are not a list are refused',
    args: () => [real(), { warnings: 'LOW_CONFIDENCE_RULE' }],
    expect: invalid([['options', 'warnings'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'renderExplanation: a warning without a message is refused at its path',
    args: () => [real(), { warnings: [{ code: 'X' }] }],
    expect: invalid([['options', 'warnings', 0, 'message'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: "renderExplanation: options locale 'en' renders the English headings",
    args: () => [
      {
        format: 'bpjs-tk.trace.v1',
        operation: 'calculateContribution',
        locale: 'id',
        date: '2025-06',
        steps: [],
        parameters: [],
        legal: [],
      },
      { locale: 'en' },
    ],
    expect: ok('Explanation of the calculation: calculateContribution (2025-06)'),
  },

  // ── size limits ────────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'renderExplanation: 10,001 steps are refused (TOO_MANY_ITEMS, at most 10,000)',
    args: forged((e) => {
      e.steps = new Array<Record<string, unknown>>(10_001).fill(e.steps[0]!)
    }),
    expect: invalid([['steps'], 'TOO_MANY_ITEMS']),
  },
  {
    fn: FN,
    title: 'renderExplanation: 10,001 warnings are refused',
    args: () => [real(), { warnings: new Array(10_001).fill({ code: 'X', message: 'y' }) }],
    expect: invalid([['options', 'warnings'], 'TOO_MANY_ITEMS']),
  },

  // ── terminal escape codes in caller strings ─────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'Terminal escape codes: ESC in a cohort name is shown as \\x1B (no raw ESC reaches the terminal)',
    args: renderedName('Ojek\u001b[2J\u001b]0;pwned\u0007'),
    expect: ok(expectText(['Ojek\\x1B[2J\\x1B]0;pwned\\x07'], ['\u001b', '\u0007'])),
  },
  {
    fn: FN,
    title: 'Terminal escape codes: the C1 CSI (U+009B) in a cohort name is shown as \\x9B',
    args: renderedName('Ojek\u009b31m'),
    expect: ok(expectText(['Ojek\\x9B31m'], ['\u009b'])),
  },
  {
    fn: FN,
    title: 'Terminal escape codes: CR and BS cannot overwrite the line (shown as \\x0D and \\x08)',
    args: renderedName('Ojek\rTOTAL Rp0\b\b'),
    expect: ok(expectText(['Ojek\\x0DTOTAL Rp0\\x08\\x08'], ['\r', '\b'])),
  },
  {
    fn: FN,
    title: 'Terminal escape codes: a line feed in a name cannot forge a step line (shown as \\x0A)',
    args: renderedName('Ojek\nLangkah 99 [fake]: Rp0'),
    expect: ok(expectText(['Ojek\\x0ALangkah 99 [fake]: Rp0'], ['\nLangkah 99'])),
  },
  {
    fn: FN,
    title: 'Terminal escape codes: the bidi override RLO (U+202E) is shown as \\u202E, not obeyed',
    args: renderedName('Ojek\u202e0008 pR\u202c'),
    expect: ok(expectText(['Ojek\\u202E0008 pR\\u202C'], ['\u202e', '\u202c'])),
  },
  {
    fn: FN,
    title:
      'Terminal escape codes: an isolate (U+2066) and a mark (U+200F) in a forged rule id are neutralised',
    args: forged((e) => {
      e.steps[0]!['rule'] = 'bpu.jkk\u2066\u200f'
    }),
    expect: ok(expectText(['[bpu.jkk\\u2066\\u200F]'], ['\u2066', '\u200f'])),
  },
  {
    fn: FN,
    title: 'Terminal escape codes: ESC in a warning message passed in the options is neutralised',
    args: () => [real(), { warnings: [{ code: 'X', message: 'a\u001b[31mred' }] }],
    expect: ok(expectText(['[X] a\\x1B[31mred'], ['\u001b'])),
  },
]

/**
 * A matcher for a rendered text: it contains each of `shown` and none of `hidden`, and no control
 * character but the line feeds between lines.
 */
function expectText(shown: readonly string[], hidden: readonly string[]): unknown {
  return {
    asymmetricMatch(text: unknown): boolean {
      return (
        typeof text === 'string' &&
        shown.every((s) => text.includes(s)) &&
        !hidden.some((h) => text.includes(h)) &&
        // eslint-disable-next-line no-control-regex
        !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.test(text)
      )
    },
    toString: () => `a text showing ${JSON.stringify(shown)} without ${JSON.stringify(hidden)}`,
    toAsymmetricMatcher: () => `a text showing ${JSON.stringify(shown)} without ${JSON.stringify(hidden)}`,
  }
}
