/**
 * Shared machinery of the reliability tests (catalogue, properties, fuzzing): calls a public function by
 * name, classifies what happened, and checks the invariants every outcome must satisfy.
 *
 * The public functions are looked up by name on the package entry (`src/index.ts`), so the tests compile
 * and run while an area is still being built; a function that is not exported yet is reported as missing.
 */
import { idCatalogue } from '../../src/i18n/catalogues.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import * as api from '../../src/index.js'

/** The package's exports, by name. */
export const API = api as unknown as Readonly<Record<string, unknown>>

/** Any callable. */
export type AnyFn = (...args: unknown[]) => unknown

/** The calculation functions: one input object and an optional options object, a deep-frozen result. */
export const MAIN_FUNCTIONS = [
  'calculateContribution',
  'calculateJkmBenefit',
  'calculateJkkDeathBenefit',
  'checkEligibility',
  'planCoverageProgram',
] as const

/**
 * Every calculation entry point: the five of the API contract and their siblings. Each takes `(input,
 * options)` and returns a deep-frozen result with `warnings` and `explanation`.
 */
export const CALC_FUNCTIONS = [
  ...MAIN_FUNCTIONS,
  'determineHeirs',
  'jpPensionAgeOn',
  'pensionAgeReachedOn',
  'checkJkpRegistration',
  'checkJkpClaim',
  'checkJkmClaim',
  'checkScholarshipEligibility',
] as const

/** A public function by name, or `undefined` while its area has not landed. */
export function fnOf(name: string): AnyFn | undefined {
  const f = API[name]
  return typeof f === 'function' ? (f as AnyFn) : undefined
}

/** True for exported classes (error constructors), which are not entry points. */
export function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f))
}

/** What a call produced. */
export type Outcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'validation'; readonly error: api.BpjsValidationError }
  | { readonly kind: 'rule'; readonly error: api.BpjsRuleError }
  | { readonly kind: 'other'; readonly error: unknown }

/** Calls `fn(...args)` and classifies the outcome; never throws. */
export function run(fn: AnyFn, args: readonly unknown[]): Outcome {
  try {
    return { kind: 'result', value: fn(...args) }
  } catch (e) {
    if (e instanceof api.BpjsValidationError) return { kind: 'validation', error: e }
    if (e instanceof api.BpjsRuleError) return { kind: 'rule', error: e }
    return { kind: 'other', error: e }
  }
}

/** A short description of an unexpected throw, for assertion messages. */
export function describeThrown(e: unknown): string {
  if (e instanceof Error)
    return `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}`
  return `non-Error thrown: ${String(e)}`
}

/** A message longer than this echoes a hostile input instead of quoting the start of it. */
export const MAX_MESSAGE = 2000

/** The `{placeholder}` names of a message code's templates (both languages). */
export function placeholdersOf(code: string): string[] {
  const names = new Set<string>()
  for (const t of [idCatalogue[code], enCatalogue[code]])
    for (const m of (t ?? '').matchAll(/\{(\w+)(?::\w+)?\}/g)) names.add(m[1]!)
  return [...names]
}

/**
 * Problems of one bilingual message: empty, not translated (same text, or the code itself: the code has
 * no catalogue entry), a template placeholder left unfilled (`params` lacks it), or absurdly long.
 */
export function messageProblems(
  where: string,
  code: string,
  messages: { readonly id?: unknown; readonly en?: unknown } | undefined,
  params?: Readonly<Record<string, unknown>>,
): string[] {
  const out: string[] = []
  const id = messages?.id
  const en = messages?.en
  if (typeof id !== 'string' || id.trim() === '') out.push(`${where}: messages.id is empty`)
  if (typeof en !== 'string' || en.trim() === '') out.push(`${where}: messages.en is empty`)
  if (typeof id === 'string' && typeof en === 'string') {
    if (id === en) out.push(`${where}: messages.id and messages.en are the same (${JSON.stringify(id)})`)
    if (id === code || en === code) out.push(`${where}: message code ${code} has no text in a catalogue`)
    const unfilled = placeholdersOf(code).filter((n) =>
      params === undefined
        ? id.includes(`{${n}}`) || en.includes(`{${n}}`)
        : params[n] === undefined || params[n] === null,
    )
    if (unfilled.length > 0) out.push(`${where}: placeholder(s) ${unfilled.join(', ')} of ${code} not filled`)
    if (/RpRp|Rp Rp/.test(id) || /RpRp|Rp Rp/.test(en))
      out.push(`${where}: doubled currency prefix in ${JSON.stringify(/RpRp|Rp Rp/.test(id) ? id : en)}`)
    if (id.length > MAX_MESSAGE || en.length > MAX_MESSAGE)
      out.push(`${where}: message is ${Math.max(id.length, en.length)} characters long (echoes the input?)`)
  }
  return out
}

function isPath(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))
  )
}

/** Problems of a thrown library error (codes, paths, both languages, locale of `message`). */
export function errorProblems(outcome: Outcome, locale: 'id' | 'en' = 'id'): string[] {
  if (outcome.kind === 'result') return []
  if (outcome.kind === 'other') return [`threw something else: ${describeThrown(outcome.error)}`]
  const e = outcome.error
  const out: string[] = []
  if (!(e instanceof Error)) out.push('not an Error')
  if (typeof e.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(e.code)) out.push(`bad code ${String(e.code)}`)
  out.push(
    ...messageProblems(
      'error',
      e.code,
      e.messages,
      outcome.kind === 'rule' ? outcome.error.params : undefined,
    ),
  )
  const wanted = locale === 'en' ? e.messages.en : e.messages.id
  if (e.message !== wanted) out.push(`error.message is not the ${locale} message`)
  if (outcome.kind === 'validation') {
    if (!Array.isArray(outcome.error.issues) || outcome.error.issues.length === 0) out.push('no issues')
    for (const [i, issue] of outcome.error.issues.entries()) {
      if (!isPath(issue.path)) out.push(`issues[${i}].path is not a path: ${JSON.stringify(issue.path)}`)
      if (typeof issue.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(issue.code))
        out.push(`issues[${i}].code is not a code: ${String(issue.code)}`)
      out.push(...messageProblems(`issues[${i}] (${issue.code})`, issue.code, issue.messages, issue.params))
      const m = locale === 'en' ? issue.messages.en : issue.messages.id
      if (issue.message !== m) out.push(`issues[${i}].message is not the ${locale} message`)
    }
  } else if (!isPath(outcome.error.path)) {
    out.push(`rule error path is not a path: ${JSON.stringify(outcome.error.path)}`)
  }
  return out
}

/**
 * Problems of a result: every number finite, integer where it is money, never `-0`; no `undefined`,
 * function, symbol, bigint, `Date` or class instance (JSON-safe); deep-frozen when `frozen`.
 */
export function valueProblems(
  value: unknown,
  opts: { frozen: boolean },
  path = '$',
  seen = new Set<object>(),
): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return []
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${path} is ${String(value)}`]
    if (Object.is(value, -0)) return [`${path} is -0`]
    return []
  }
  if (value === undefined) return [`${path} is undefined`]
  if (typeof value !== 'object') return [`${path} is a ${typeof value}`]
  if (seen.has(value)) return [`${path} is a cycle`]
  seen.add(value)
  const out: string[] = []
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== Array.prototype)
    out.push(`${path} is not a plain object or array (${Object.prototype.toString.call(value)})`)
  if (opts.frozen && !Object.isFrozen(value)) out.push(`${path} is not frozen`)
  if (Object.getOwnPropertySymbols(value).length > 0) out.push(`${path} has symbol keys`)
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k]
    out.push(...valueProblems(v, opts, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, seen))
  }
  seen.delete(value)
  return out
}

/**
 * Money fields of the public results: whole rupiah, never negative. (`base` is not listed: it echoes the
 * caller's wage, which may carry sen, e.g. 4000000.55; it must still be non-negative.)
 */
export const MONEY_KEYS = new Set([
  'amount',
  'total',
  'employer',
  'worker',
  'participant',
  'government',
  'lumpSum',
  'periodic',
  'funeral',
  'maximum',
  'premiumPerWorkerPerMonth',
  'costToCloseGap',
])

/** Every money field (by key) anywhere in `value` is a non-negative safe integer. */
export function moneyProblems(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return []
  const out: string[] = []
  for (const [k, v] of Object.entries(value)) {
    const p = Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`
    if (p.includes('.explanation')) continue
    if (MONEY_KEYS.has(k) && typeof v === 'number' && !(Number.isSafeInteger(v) && v >= 0))
      out.push(`${p} = ${v} is not a whole, non-negative rupiah amount`)
    if (k === 'base' && typeof v === 'number' && !(v >= 0)) out.push(`${p} = ${v} is negative`)
    out.push(...moneyProblems(v, p))
  }
  return out
}

/** Options of {@link resultProblems}. */
export interface ResultCheckOptions {
  /** The public function that produced the result (then `explanation.operation` must name it). */
  readonly operation?: string
  /**
   * Also refuse any `{word}` left in explanation texts. Only for inputs without braces in free text (the
   * property generators); the fuzzer's random names may contain braces.
   */
  readonly strictText?: boolean
  /** The result may have no explanation (batch rows without `explain`). */
  readonly explanationOptional?: boolean
}

const CODE = /^[A-Z][A-Z0-9_]*$/
const RULE_ID = /^[a-z][\w.+-]*$/
const BRACES = /\{[A-Za-z_]\w*(?::\w+)?\}/

/**
 * Every coded message in a result (warnings, reasons, conditions … any object with a string `code` and
 * `message`): a stable code, a message that is not empty, not the code itself and fills its template.
 */
function codedMessageProblems(value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value !== 'object') return
  if (path.endsWith('.explanation')) return
  const o = value as { code?: unknown; message?: unknown }
  if (typeof o.code === 'string' && 'message' in o) {
    if (!CODE.test(o.code)) out.push(`${path}.code ${JSON.stringify(o.code)} is not a stable code`)
    if (typeof o.message !== 'string' || o.message.trim() === '' || o.message === o.code)
      out.push(`${path} (${o.code}) has no message`)
    else {
      const text = o.message
      const unfilled = placeholdersOf(o.code).filter((n) => text.includes(`{${n}}`))
      if (unfilled.length > 0) out.push(`${path} (${o.code}) leaves ${unfilled.join(', ')} unfilled`)
    }
  }
  for (const [k, v] of Object.entries(value))
    codedMessageProblems(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, out)
}

/** The explanation: format, locale, operation, and readable steps. */
function explanationProblems(ex: unknown, locale: 'id' | 'en', opts: ResultCheckOptions): string[] {
  const out: string[] = []
  if (ex === undefined || ex === null || typeof ex !== 'object') return ['no explanation']
  const e = ex as {
    format?: unknown
    locale?: unknown
    operation?: unknown
    steps?: unknown
    legal?: unknown
  }
  if (e.format !== 'bpjs-tk.trace.v1') out.push(`explanation.format is ${String(e.format)}`)
  if (e.locale !== locale) out.push(`explanation.locale is ${String(e.locale)}, expected ${locale}`)
  if (opts.operation !== undefined && e.operation !== opts.operation)
    out.push(`explanation.operation is ${String(e.operation)}, expected ${opts.operation}`)
  if (!Array.isArray(e.steps)) return [...out, 'explanation.steps is not an array']
  for (const [i, raw] of (e.steps as unknown[]).entries()) {
    const st = raw as { rule?: unknown; description?: unknown; formula?: unknown; legal?: unknown }
    const at = `explanation.steps[${i}]`
    if (typeof st.rule !== 'string' || !RULE_ID.test(st.rule))
      out.push(`${at}.rule ${JSON.stringify(st.rule)} is not a rule id`)
    for (const k of ['description', 'formula'] as const) {
      const t = st[k]
      if (t === undefined && k === 'formula') continue
      if (typeof t !== 'string' || t.trim() === '' || CODE.test(t))
        out.push(`${at}.${k} ${JSON.stringify(t)} is not a text`)
      else if (opts.strictText === true && BRACES.test(t)) out.push(`${at}.${k} leaves a placeholder: ${t}`)
    }
    if (!Array.isArray(st.legal)) out.push(`${at}.legal is not a list`)
    else
      for (const c of st.legal as { source?: unknown }[])
        if (typeof c.source !== 'string' || api.getSource(c.source) === undefined)
          out.push(`${at} cites an unknown source ${String(c.source)}`)
  }
  if (Array.isArray(e.legal))
    for (const c of e.legal as { text?: unknown }[])
      if (typeof c.text !== 'string' || c.text.trim() === '')
        out.push('explanation.legal has a citation without text')
  return out
}

/**
 * Problems of a calculation result: the generic value checks, money, coded messages (warnings, reasons),
 * the explanation, and the JSON round trip.
 */
export function resultProblems(
  value: unknown,
  locale: 'id' | 'en' = 'id',
  opts: ResultCheckOptions = {},
): string[] {
  const out = valueProblems(value, { frozen: true })
  out.push(...moneyProblems(value))
  if (value === null || typeof value !== 'object') return [...out, 'result is not an object']
  const r = value as { warnings?: unknown; explanation?: unknown }
  if (!Array.isArray(r.warnings)) out.push('warnings is not an array')
  codedMessageProblems(value, '$', out)
  if (!(opts.explanationOptional === true && r.explanation === undefined))
    out.push(...explanationProblems(r.explanation, locale, opts))
  if (out.length === 0) {
    const back: unknown = JSON.parse(JSON.stringify(value))
    if (!deepEqual(back, value)) out.push('result changes in a JSON round trip')
  }
  return out
}

/** Structural equality for JSON-like values (`Date`s by time). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime())
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const ka = Reflect.ownKeys(a)
  const kb = Reflect.ownKeys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka) {
    if (!kb.includes(k)) return false
    const da = Object.getOwnPropertyDescriptor(a, k)
    const db = Object.getOwnPropertyDescriptor(b, k)
    if (da === undefined || db === undefined) return false
    if ('value' in da !== 'value' in db) return false
    if ('value' in da ? !deepEqual(da.value, db.value) : da.get !== db.get || da.set !== db.set) return false
  }
  return true
}

/**
 * A deep copy that keeps what matters for "was the input mutated?": own keys (including `__proto__`
 * as an own key), prototypes, `Date` times, array holes as absent keys. Cycles are kept as cycles.
 */
export function snapshot<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value
  if (seen.has(value)) return seen.get(value) as T
  if (value instanceof Date) return new Date(value.getTime()) as T
  const copy: Record<PropertyKey, unknown> = Array.isArray(value)
    ? (new Array(value.length) as unknown as Record<PropertyKey, unknown>)
    : (Object.create(Object.getPrototypeOf(value) as object | null) as Record<PropertyKey, unknown>)
  seen.set(value, copy)
  for (const k of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, k)
    if (d === undefined) continue
    if ('value' in d) d.value = snapshot(d.value, seen)
    Object.defineProperty(copy, k, d)
  }
  return copy as T
}

const PROTOS: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Date.prototype', Date.prototype],
  ['Error.prototype', Error.prototype],
]

/** A fingerprint of the built-in prototypes: own keys and the identity of their values. */
export function prototypeFingerprint(): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [name, p] of PROTOS)
    for (const k of Reflect.ownKeys(p)) {
      const d = Object.getOwnPropertyDescriptor(p, k)
      out.set(`${name}.${String(k)}`, d === undefined ? undefined : 'value' in d ? d.value : d.get)
    }
  return out
}

/** What changed in the built-in prototypes since `before` (pollution). */
export function pollutionProblems(before: Map<string, unknown>): string[] {
  const after = prototypeFingerprint()
  const out: string[] = []
  for (const [k, v] of after) if (!before.has(k) || before.get(k) !== v) out.push(`${k} was added or changed`)
  for (const k of before.keys()) if (!after.has(k)) out.push(`${k} was removed`)
  const probe = {} as Record<string, unknown>
  for (const k of ['polluted', 'isAdmin', 'x', 'wage', 'category', 'locale', 'parameters'])
    if (probe[k] !== undefined) out.push(`({}).${k} is inherited: ${String(probe[k])}`)
  return out
}

/** `1e400` as a JSON body delivers it: the parser overflows to `Infinity`. */
export const OVERFLOW = JSON.parse('1e400') as number

/** Builds an object with an own enumerable key that object literals cannot make (`__proto__`). */
export function withOwnKey<T extends object>(obj: T, key: string, value: unknown): T {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
  return obj
}

/** `JSON.parse` of a text: the way a hostile request body reaches an app (own `__proto__` keys). */
export function fromJson(text: string): unknown {
  return JSON.parse(text) as unknown
}
