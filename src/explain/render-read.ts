import { makeIssue, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue } from '../internal/type-issue.js'
import { LOCALES, type Locale } from '../i18n/types.js'
import { tooManyItemsIssue } from '../internal/limits.js'
import { showValue } from '../internal/show.js'
import { ROUNDING_MODES, type RoundingMode } from '../money/rounding.js'
import { TRACE_FORMAT, type Json } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/*
 * Reading a trace a caller hands to `renderExplanation` (`render.ts`): each field read once, every problem
 * an issue at its path, within the size limits.
 */

/**
 * The size limits of {@link renderExplanation}. The largest explanation the library itself produces (a
 * coverage program of 100 cohorts over 120 months, with the benefit estimate) has about 200 steps, 80
 * parameters and 60 citations; the limits leave room for 50 times that and keep a forged trace from
 * holding the caller's thread (rendering is linear: 10,000 steps take a few tens of milliseconds).
 */
export const RENDER_LIMITS = Object.freeze({
  /** Steps, parameters, citations, and warnings passed in the options: each list at most this long. */
  listItems: 10_000,
  /** JSON values (inputs, step values, parameter values): nesting depth. */
  depth: 32,
  /** Every value of the explanation counted once (objects, arrays, strings, numbers …). */
  values: 1_000_000,
})

/** At most this many issues are reported for one forged explanation. */
export const MAX_ISSUES = 100

// ── reading a trace a caller hands in: each field read once, every problem an issue at its path ──────

/** Stops the walk when the value budget is spent or enough issues are collected. */
export class Stop extends Error {}

/**
 * Where a value is: its parent and its key, the path built only when an issue needs it (the walk of a
 * large trace allocates no path arrays).
 */
export type Loc = { readonly up: Loc; readonly key: string | number } | null

function pathOf(loc: Loc): (string | number)[] {
  const out: (string | number)[] = []
  for (let l = loc; l !== null; l = l.up) out.push(l.key)
  return out.reverse()
}

export const at = (up: Loc, key: string | number): Loc => ({ up, key })

export interface ReadStep {
  readonly rule: string
  readonly description: string
  readonly formula: string | undefined
  readonly inputs: readonly (readonly [string, Json])[]
  readonly parameters: readonly ReadParameterRef[]
  readonly legal: readonly ReadCitation[]
  readonly rounding:
    { readonly mode: RoundingMode; readonly exact: string; readonly rounded: number } | undefined
  /** The value's unit as the trace names it (`'rupiah'`; a later version's other unit is kept as text). */
  readonly unit: string | undefined
  readonly value: Json
}

export interface ReadCitation {
  readonly source: string
  readonly article: string | undefined
}

export interface ReadParameterRef {
  readonly id: string
  readonly value: Json
  readonly from: string
  readonly to: string | undefined
}

export interface ReadTrace {
  readonly operation: string
  readonly locale: Locale
  readonly date: string
  readonly steps: readonly ReadStep[]
  readonly parameters: readonly {
    readonly id: string
    readonly value: Json
    readonly confidence: string
    readonly overridden: boolean
  }[]
  readonly legal: readonly (ReadCitation & {
    readonly text: string
    readonly title: string
    readonly url?: string
  })[]
}

/** A plain object (not null, not an array, prototype `Object.prototype` or `null`); never throws. */
export function isPlainObject(v: unknown): boolean {
  try {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
    const proto = Object.getPrototypeOf(v) as unknown
    return proto === Object.prototype || proto === null
  } catch {
    return false
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null'
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v)
  try {
    if (Array.isArray(v)) return 'array'
  } catch {
    return 'object'
  }
  return typeof v
}

/** The fields of a plain object, each read once. */
type Fields = Record<string, unknown>

/**
 * Reads a trace (or options) defensively: no property is read twice (what is read is copied, and the copy
 * is rendered), a getter or proxy that throws is an issue at its path, not a crash; only plain objects and
 * arrays are walked.
 */
export class Reader {
  readonly issues: BpjsIssue[] = []
  private values = 0

  constructor(readonly locale: Locale) {}

  add(issue: BpjsIssue): void {
    this.issues.push(issue)
    if (this.issues.length >= MAX_ISSUES) throw new Stop()
  }

  issue(loc: Loc, code: string, params: Record<string, string | number> = {}): void {
    this.add(makeIssue(pathOf(loc), code, params, this.locale))
  }

  wrongType(loc: Loc, expected: string, v: unknown): void {
    this.add(invalidTypeIssue(pathOf(loc), expected, kindOf(v), this.locale))
  }

  count(): void {
    this.values += 1
    if (this.values > RENDER_LIMITS.values) {
      this.issue(null, 'EXPLANATION_TOO_LARGE', { max: RENDER_LIMITS.values })
      throw new Stop()
    }
  }

  /** The own enumerable fields of a plain object, each read once; `undefined` (with an issue) otherwise. */
  object(v: unknown, loc: Loc): Fields | undefined {
    this.count()
    if (v === undefined) return (this.issue(loc, 'REQUIRED'), undefined)
    try {
      if (!isPlainObject(v)) return (this.wrongType(loc, 'object', v), undefined)
      const fields: Fields = Object.create(null) as Fields
      for (const k of Object.keys(v as object)) fields[k] = (v as Fields)[k]
      return fields
    } catch {
      return (this.issue(loc, 'INPUT_NOT_OBJECT'), undefined)
    }
  }

  /** The items of a plain array of at most `RENDER_LIMITS.listItems`, each read once. */
  array(v: unknown, loc: Loc): unknown[] | undefined {
    this.count()
    if (v === undefined) return (this.issue(loc, 'REQUIRED'), undefined)
    try {
      if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype)
        return (this.wrongType(loc, 'array', v), undefined)
      const length = (v as unknown[]).length
      if (length > RENDER_LIMITS.listItems)
        return (
          this.add(tooManyItemsIssue(pathOf(loc), RENDER_LIMITS.listItems, length, this.locale)),
          undefined
        )
      const out = new Array<unknown>(length)
      for (let i = 0; i < length; i++) out[i] = (v as unknown[])[i]
      return out
    } catch {
      return (this.issue(loc, 'INPUT_NOT_OBJECT'), undefined)
    }
  }

  /** A string field (`key` of the object at `up`). */
  string(v: unknown, up: Loc, key: string, optional = false): string | undefined {
    this.count()
    if (typeof v === 'string') return v
    if (v === undefined && optional) return undefined
    if (v === undefined) this.issue(at(up, key), 'REQUIRED')
    else this.wrongType(at(up, key), 'string', v)
    return undefined
  }

  /** A JSON value (null, boolean, finite number, string, plain array or object), copied. */
  json(v: unknown, loc: Loc, depth = 0, open = new Set<object>()): Json | undefined {
    this.count()
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
    if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : (this.wrongType(loc, 'JSON', v), undefined)
    if (v === undefined) return (this.issue(loc, 'REQUIRED'), undefined)
    if (typeof v !== 'object') return (this.wrongType(loc, 'JSON', v), undefined)
    if (open.has(v)) return (this.issue(loc, 'EXPLANATION_CYCLE'), undefined)
    if (depth >= RENDER_LIMITS.depth)
      return (this.issue(loc, 'EXPLANATION_TOO_DEEP', { max: RENDER_LIMITS.depth }), undefined)
    let isArray: boolean
    try {
      isArray = Array.isArray(v)
    } catch {
      return (this.issue(loc, 'INPUT_NOT_OBJECT'), undefined)
    }
    open.add(v)
    try {
      if (isArray) {
        const items = this.array(v, loc)
        if (items === undefined) return undefined
        const out: Json[] = []
        for (let i = 0; i < items.length; i++) {
          const j = this.json(items[i], at(loc, i), depth + 1, open)
          if (j !== undefined) out.push(j)
        }
        return out
      }
      const fields = this.object(v, loc)
      if (fields === undefined) return undefined
      const out: Record<string, Json> = {}
      for (const k in fields) {
        const j = this.json(fields[k], at(loc, k), depth + 1, open)
        // an own data property even for a key such as __proto__
        if (j !== undefined) Object.defineProperty(out, k, { value: j, enumerable: true })
      }
      return out
    } finally {
      open.delete(v)
    }
  }

  /** A list whose items are read by `item`; refused items are left out (their issues are recorded). */
  list<T>(v: unknown, loc: Loc, item: (x: unknown, loc: Loc) => T | undefined): T[] | undefined {
    const items = this.array(v, loc)
    if (items === undefined) return undefined
    const out: T[] = []
    for (let i = 0; i < items.length; i++) {
      const r = item(items[i], at(loc, i))
      if (r !== undefined) out.push(r)
    }
    return out
  }
}

/** A citation's `source` and `article`, from its fields read once. */
function citationOf(r: Reader, f: Fields, loc: Loc): ReadCitation | undefined {
  const source = r.string(f['source'], loc, 'source')
  const article = r.string(f['article'], loc, 'article', true)
  return source === undefined ? undefined : { source, article }
}

function readCitation(r: Reader, v: unknown, loc: Loc): ReadCitation | undefined {
  const f = r.object(v, loc)
  return f === undefined ? undefined : citationOf(r, f, loc)
}

function readParameterRef(r: Reader, v: unknown, loc: Loc): ReadParameterRef | undefined {
  const f = r.object(v, loc)
  if (f === undefined) return undefined
  const id = r.string(f['id'], loc, 'id')
  const value = r.json(f['value'], at(loc, 'value'))
  const from = r.string(f['from'], loc, 'from')
  const to = r.string(f['to'], loc, 'to', true)
  if (id === undefined || value === undefined || from === undefined) return undefined
  return { id, value, from, to }
}

export function choice(r: Reader, v: unknown, loc: Loc, options: readonly string[]): boolean {
  if (options.includes(v as string)) return true
  r.issue(loc, v === undefined ? 'REQUIRED' : 'INVALID_VALUE', {
    received: typeof v === 'string' ? showValue(v) : kindOf(v),
    options: options.map((o) => `"${o}"`).join(', '),
  })
  return false
}

function readRounding(r: Reader, v: unknown, loc: Loc): ReadStep['rounding'] {
  if (v === undefined) return undefined
  const f = r.object(v, loc)
  if (f === undefined) return undefined
  const mode = f['mode']
  const known = choice(r, mode, at(loc, 'mode'), ROUNDING_MODES)
  const exact = r.string(f['exact'], loc, 'exact')
  const rounded = f['rounded']
  const isNumber = typeof rounded === 'number' && Number.isFinite(rounded)
  if (!isNumber) r.wrongType(at(loc, 'rounded'), 'number', rounded)
  if (!known || exact === undefined || !isNumber) return undefined
  return { mode: mode as RoundingMode, exact, rounded: (rounded as number) + 0 }
}

function readStep(r: Reader, v: unknown, loc: Loc): ReadStep | undefined {
  const f = r.object(v, loc)
  if (f === undefined) return undefined
  const rule = r.string(f['rule'], loc, 'rule')
  const description = r.string(f['description'], loc, 'description')
  const formula = r.string(f['formula'], loc, 'formula', true)
  const inputsAt = at(loc, 'inputs')
  const inputFields = r.object(f['inputs'], inputsAt)
  const inputs: [string, Json][] = []
  if (inputFields !== undefined)
    for (const k in inputFields) {
      const j = r.json(inputFields[k], at(inputsAt, k))
      if (j !== undefined) inputs.push([k, j])
    }
  const parameters = r.list(f['parameters'], at(loc, 'parameters'), (x, l) => readParameterRef(r, x, l))
  const legal = r.list(f['legal'], at(loc, 'legal'), (x, l) => readCitation(r, x, l))
  const rounding = readRounding(r, f['rounding'], at(loc, 'rounding'))
  const unit = r.string(f['unit'], loc, 'unit', true)
  const value = r.json(f['value'], at(loc, 'value'))
  if (
    rule === undefined ||
    description === undefined ||
    inputFields === undefined ||
    parameters === undefined ||
    legal === undefined ||
    value === undefined
  )
    return undefined
  return { rule, description, formula, inputs, parameters, legal, rounding, unit, value }
}

export function readTrace(r: Reader, explanation: unknown): ReadTrace | undefined {
  if (!isPlainObject(explanation)) return (r.issue(null, 'INPUT_NOT_OBJECT'), undefined)
  const f = r.object(explanation, null)
  if (f === undefined) return undefined
  const format = f['format']
  if (format !== TRACE_FORMAT)
    r.issue(at(null, 'format'), format === undefined ? 'REQUIRED' : 'EXPLANATION_INVALID', {
      format: TRACE_FORMAT,
    })
  // the lists first, then the scalar fields (the order of the issues)
  const steps = r.list(f['steps'], at(null, 'steps'), (x, l) => readStep(r, x, l))
  const parameters = r.list(f['parameters'], at(null, 'parameters'), (x, l) => {
    const p = r.object(x, l)
    if (p === undefined) return undefined
    const id = r.string(p['id'], l, 'id')
    const value = r.json(p['value'], at(l, 'value'))
    const confidence = r.string(p['confidence'], l, 'confidence')
    const overridden = p['overridden']
    if (typeof overridden !== 'boolean') r.wrongType(at(l, 'overridden'), 'boolean', overridden)
    if (
      id === undefined ||
      value === undefined ||
      confidence === undefined ||
      typeof overridden !== 'boolean'
    )
      return undefined
    return { id, value, confidence, overridden }
  })
  const legal = r.list(f['legal'], at(null, 'legal'), (x, l) => {
    const fields = r.object(x, l)
    if (fields === undefined) return undefined
    const c = citationOf(r, fields, l)
    const text = r.string(fields['text'], l, 'text')
    const title = r.string(fields['title'], l, 'title')
    // the docs link of a library decision (D25) is optional
    const url = fields['url'] === undefined ? undefined : r.string(fields['url'], l, 'url')
    if (c === undefined || text === undefined || title === undefined) return undefined
    return url === undefined ? { ...c, text, title } : { ...c, text, title, url }
  })
  const operation = r.string(f['operation'], null, 'operation')
  const locale = f['locale']
  const knownLocale = choice(r, locale, at(null, 'locale'), LOCALES)
  const date = r.string(f['date'], null, 'date')
  if (
    format !== TRACE_FORMAT ||
    operation === undefined ||
    !knownLocale ||
    date === undefined ||
    steps === undefined ||
    parameters === undefined ||
    legal === undefined
  )
    return undefined
  return { operation, locale: locale as Locale, date, steps, parameters, legal }
}
