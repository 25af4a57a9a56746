import { catalogueOf } from '../i18n/format.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { describeCitation } from '../legal/index.js'
import type { Citation } from '../legal/types.js'
import { applyRate, exactRateText, senText, senToRupiah } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import { divRound } from '../money/rounding.js'
import { COVERAGE } from '../parameters/coverage.js'
import { findValueAt, findValueCached, isStale } from '../parameters/lookup.js'
import type { Parameter, ParameterReading, ParameterValue } from '../parameters/types.js'
import { BpjsRuleError } from '../errors.js'
import {
  TRACE_FORMAT,
  type Explanation,
  type Json,
  type TraceCitation,
  type TraceParameter,
  type TraceRounding,
  type TraceParameterRef,
  type TraceStep,
  type Warning,
} from './types.js'
import { boundedMap, weakCache } from '../internal/cache.js'

/** Options every calculation accepts, after validation. */
export interface ResolvedOptions {
  readonly locale: Locale
  readonly rounding: RoundingMode
  /** Compiled overrides by parameter id. */
  readonly overrides: ReadonlyMap<string, readonly ParameterValue<unknown>[]>
}

/** What a rule passes to {@link RuleContext.step}. */
export interface StepInput {
  readonly rule: string
  /** Message code of the description. */
  readonly text: string
  /** Message code of the formula in words. */
  readonly formula?: string
  /** Values for the description and formula templates. */
  readonly params?: MessageParams
  readonly inputs?: { readonly [key: string]: Json }
  readonly parameters?: readonly ParameterReading[]
  readonly legal?: readonly Citation[]
  readonly rounding?: TraceRounding
  readonly value: Json
  /**
   * The step's parameter references and citations built beforehand with {@link stepShared} (from the same
   * `legal` and `parameters`), shared by every result that has this step; `parameters` and `legal` are then
   * not read.
   */
  readonly shared?: StepShared
}

/** The parameter references and citations of a step, frozen, shareable between results. */
export interface StepShared {
  readonly parameters: readonly TraceParameterRef[]
  readonly legal: readonly Citation[]
}

/** What a stretch of a calculation recorded: its warnings, parameters read and steps (all frozen). */
export interface Recording {
  readonly warnings: readonly Warning[]
  /** The dedupe key of each warning. */
  readonly warningKeys: readonly string[]
  /** The parameters read, by dedupe key, in order (never changed after the recording is made). */
  readonly used: ReadonlyMap<string, TraceParameter>
  readonly steps: readonly TraceStep[]
}

/** Where a context stood, to record what it does next (see {@link RuleContext.mark}). */
export interface Mark {
  readonly warnings: number
  readonly used: number
  readonly steps: number
}

function citationKey(c: Citation): string {
  return `${c.source}|${c.article ?? ''}`
}

function sameCitation(a: Citation, b: Citation): boolean {
  return a.source === b.source && (a.article ?? '') === (b.article ?? '')
}

/*
 * Memoised pieces of explanations. Every value kept here is derived from frozen data (a template of the
 * catalogues, a frozen parameter reading, a citation) and is itself frozen, so sharing it between results
 * changes nothing but speed; the maps are bounded or weak.
 */
const PLACEHOLDER = /\{(\w+)\}/g
/** Message templates split at their `{name}` placeholders: `[text, name, text, name, text]`. */
const compiledTemplates = boundedMap<string, readonly string[]>(
  {
    name: 'explain/context.ts compiledTemplates',
    holds: 'message templates split at their placeholders',
    safe: 'the catalogues are frozen; a template always splits the same way',
    bound: '4,096 templates (the catalogues hold fewer)',
  },
  4096,
)
const EMPTY_PARAMS: MessageParams = Object.freeze({})
const hasOwn = Object.prototype.hasOwnProperty

function compileTemplate(template: string): readonly string[] {
  const hit = compiledTemplates.get(template)
  if (hit !== undefined) return hit
  const parts: string[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1] as string)
    last = m.index + m[0].length
  }
  parts.push(template.slice(last))
  return compiledTemplates.set(template, parts)
}

/**
 * The message `code` in `locale`: the same text as `message(code, params, locale)` (an unknown code renders
 * as itself, a missing value stays visible as `{name}`), from a template split once.
 */
export function renderMessage(code: string, params: MessageParams, locale: Locale): string {
  const template = catalogueOf(locale)[code]
  if (template === undefined) return code
  const parts = compileTemplate(template)
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string
    const v = hasOwn.call(params, name) ? params[name] : undefined
    out += v === undefined || v === null ? `{${name}}` : String(v)
    out += parts[i + 1] as string
  }
  return out
}

/**
 * A warning as {@link RuleContext.warn} records it: the code, the message in `locale`, the parameter id
 * when there is one.
 *
 * @example
 * ```ts
 * warningOf('JKK_DISCOUNT_NOT_IN_FORCE', { period: '2024-06' }, 'en').code //=> 'JKK_DISCOUNT_NOT_IN_FORCE'
 * ```
 */
export function warningOf(
  code: string,
  params: MessageParams,
  locale: Locale,
  parameterId?: string,
): Warning {
  const w: { code: string; message: string; parameterId?: string } = {
    code,
    message: renderMessage(code, params, locale),
  }
  if (parameterId !== undefined) w.parameterId = parameterId
  return w
}

/** A reading as a step's parameter reference, once per (frozen, memoised) reading. */
const refCache = weakCache<ParameterReading, TraceParameterRef>({
  name: 'explain/context.ts refCache',
  holds: "a frozen reading's parameter reference in a step",
  safe: 'kept only for a frozen reading; the reference is frozen',
  bound: 'weak: one entry per reading alive',
})

function refOf(p: ParameterReading): TraceParameterRef {
  const hit = refCache.get(p)
  if (hit !== undefined) return hit
  const ref: { id: string; value: Json; from: string; to?: string } = {
    id: p.id,
    value: p.value as Json,
    from: p.from,
  }
  if (p.to !== undefined) ref.to = p.to
  if (Object.isFrozen(p)) refCache.set(p, Object.freeze(ref))
  return ref
}

/** A reading as an entry of the explanation's parameter list, with its dedupe key. */
interface UsedEntry {
  readonly key: string
  readonly trace: TraceParameter
}
const usedCache = weakCache<ParameterReading, UsedEntry>({
  name: 'explain/context.ts usedCache',
  holds: "a frozen reading's entry in the explanation's parameter list",
  safe: 'kept only for a frozen reading; the entry is frozen',
  bound: 'weak: one entry per reading alive',
})

function usedOf(r: ParameterReading): UsedEntry {
  const hit = usedCache.get(r)
  if (hit !== undefined) return hit
  const t: { -readonly [K in keyof TraceParameter]: TraceParameter[K] } = {
    id: r.id,
    value: r.value as Json,
    from: r.from,
    date: r.date,
    confidence: r.confidence,
    legal: r.legal,
    overridden: r.overridden,
  }
  if (r.to !== undefined) t.to = r.to
  if (r.lastVerifiedOn !== undefined) t.lastVerifiedOn = r.lastVerifiedOn
  if (r.note !== undefined) t.note = r.note
  const entry = { key: `${r.id}|${r.from}`, trace: t }
  if (Object.isFrozen(r)) {
    Object.freeze(t)
    usedCache.set(r, entry)
  }
  return entry
}

/** A citation with its text and title in each locale, once per citation object. */
const citationCache = weakCache<Citation, { id?: TraceCitation; en?: TraceCitation }>({
  name: 'explain/context.ts citationCache',
  holds: 'a citation with its text and title, per locale',
  safe: 'kept only for a frozen citation; the legal registry is frozen',
  bound: 'weak: two locales per citation alive',
})

function traceCitationOf(c: Citation, locale: Locale): TraceCitation {
  let byLocale = citationCache.get(c)
  const hit = byLocale?.[locale]
  if (hit !== undefined) return hit
  // a library decision's title is its question, its url the decision's anchor in the docs (D25)
  const tc: { -readonly [K in keyof TraceCitation]: TraceCitation[K] } = {
    ...c,
    ...describeCitation(c, locale),
  }
  if (Object.isFrozen(c)) {
    if (byLocale === undefined) {
      byLocale = {}
      citationCache.set(c, byLocale)
    }
    byLocale[locale] = Object.freeze(tc)
  }
  return tc
}

/**
 * The references and citations a step with these `legal` and `parameters` gets (its own citations first,
 * then its parameters', each once in order of first appearance), frozen so that many results can share them.
 */
export function stepShared(
  legal: readonly Citation[] | undefined,
  parameters: readonly ParameterReading[] | undefined,
): StepShared {
  const out: Citation[] = []
  const add = (c: Citation) => {
    for (const x of out) if (sameCitation(x, c)) return
    out.push(c)
  }
  if (legal !== undefined) for (const c of legal) add(c)
  const readings = parameters ?? []
  for (const p of readings) for (const c of p.legal) add(c)
  const refs: TraceParameterRef[] = []
  for (const p of readings) refs.push(refOf(p))
  return { parameters: freezeDeep(refs), legal: freezeDeep(out) }
}

function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeDeep(value[i])
  else for (const k in value) freezeDeep(value[k])
  return value
}

/** The parameter map a context starts with: empty, never written (copied before the first read is recorded). */
const NO_PARAMETERS: Map<string, TraceParameter> = new Map()

/** Explanation lists memoised by the key a rule gave (see {@link RuleContext.explanationKey}). */
const explanationLists = weakCache<
  object,
  {
    readonly locale: Locale
    readonly steps: number
    readonly used: number
    readonly parameters: readonly TraceParameter[]
    readonly legal: readonly TraceCitation[]
  }
>({
  name: 'explain/context.ts explanationLists',
  holds: "an explanation's parameter and citation lists, by the plan that determines them",
  safe: 'checked against the locale and the counts of steps and parameters; the lists are frozen',
  bound: 'weak: one entry per plan alive',
})

/**
 * The per-call state of a calculation: options, parameter lookups (with overrides), warnings and the
 * explanation being built. One context per public call; nothing global.
 */
export class RuleContext {
  readonly locale: Locale
  readonly rounding: RoundingMode
  readonly explain: boolean
  private readonly overrides: ReadonlyMap<string, readonly ParameterValue<unknown>[]>
  private readonly steps: TraceStep[] = []
  /** The parameters read; a recording's map is adopted as is and copied before the first change. */
  private used: Map<string, TraceParameter> = NO_PARAMETERS
  private usedAdopted = true
  private readonly warningList: Warning[] = []
  /** Created with the first warning (most calculations have none). */
  private warningKeys: Set<string> | undefined
  /** Created by the first {@link absorb}. */
  private extraLegal: Map<string, Citation> | undefined
  /**
   * Set by a rule whose explanation's parameter and citation lists are fully determined by an object it
   * holds (a plan of the law read for a situation): the same key must always mean the same steps' citations
   * and the same parameters read. {@link explanation} then builds those lists once per key.
   */
  explanationKey: object | undefined

  constructor(
    readonly operation: string,
    readonly date: string,
    readonly options: ResolvedOptions,
    explain = true,
  ) {
    this.locale = options.locale
    this.rounding = options.rounding
    this.overrides = options.overrides
    this.explain = explain
    const iso = date.length === 7 ? `${date}-01` : date
    if (iso > COVERAGE.verifiedOn)
      this.warn('DATE_AFTER_LAST_VERIFICATION', { date, verifiedOn: COVERAGE.verifiedOn })
  }

  /** Reads a parameter, or `undefined` when it is not in force on `date` (records it and its warnings). */
  readOptional<T>(p: Parameter<T>, date: string): ParameterReading<T> | undefined {
    const r = this.readOptionalShared(p, date)
    // a reading of its own for the caller, as always (rules may tell readings apart by identity)
    return r === undefined || !Object.isFrozen(r) ? r : { ...r }
  }

  /** Reads a parameter that must be in force on `date`. */
  read<T>(p: Parameter<T>, date: string): ParameterReading<T> {
    const r = this.readOptional(p, date)
    if (r === undefined) throw this.notInForce(p, date)
    return r
  }

  /**
   * {@link readOptional}, returning the library's memoised reading: the same frozen object for the same
   * parameter and date in every call (an overridden parameter still gets a reading of its own). The
   * explanation pieces derived from it are then built once, not at every call.
   */
  readOptionalShared<T>(p: Parameter<T>, date: string): ParameterReading<T> | undefined {
    const override =
      this.overrides.size === 0
        ? undefined
        : (this.overrides.get(p.id) as readonly ParameterValue<T>[] | undefined)
    const r = override === undefined ? findValueCached(p, date) : findValueAt(p, date, override)
    if (r !== undefined) this.record(r)
    return r
  }

  /** {@link read}, returning the memoised reading (see {@link readOptionalShared}). */
  readShared<T>(p: Parameter<T>, date: string): ParameterReading<T> {
    const r = this.readOptionalShared(p, date)
    if (r === undefined) throw this.notInForce(p, date)
    return r
  }

  private notInForce(p: Parameter, date: string): BpjsRuleError {
    return new BpjsRuleError('PARAMETER_NOT_IN_FORCE', { parameterId: p.id, date }, [], this.locale)
  }

  /**
   * Records a reading made outside {@link read} (e.g. a schedule entry read directly past the lookup
   * horizon), so that it appears in `explanation.parameters` and raises the same warnings.
   */
  recordReading(r: ParameterReading): void {
    this.record(r)
  }

  private record(r: ParameterReading): void {
    if (r.confidence === 'low') this.warn('LOW_CONFIDENCE_RULE', { parameterId: r.id }, r.id)
    if (r.overridden)
      this.warn('PARAMETER_OVERRIDDEN', { parameterId: r.id, value: JSON.stringify(r.value) }, r.id)
    if (isStale(r))
      this.warn(
        'PARAMETER_MAY_BE_OUTDATED',
        { parameterId: r.id, value: JSON.stringify(r.value), from: r.from, reviewDue: r.reviewDue },
        r.id,
      )
    if (!this.explain) return
    const { key, trace } = usedOf(r)
    if (!this.used.has(key)) this.ownUsed().set(key, trace)
  }

  /** The parameter map, made this context's own if it was adopted from a recording. */
  private ownUsed(): Map<string, TraceParameter> {
    if (this.usedAdopted) {
      this.used = new Map(this.used)
      this.usedAdopted = false
    }
    return this.used
  }

  /** Adds a warning once (same code and parameter). */
  warn(code: string, params: MessageParams = {}, parameterId?: string): void {
    const key = `${code}|${parameterId ?? ''}|${code === 'PARAMETER_OVERRIDDEN' || parameterId !== undefined ? '' : JSON.stringify(params)}`
    const keys = (this.warningKeys ??= new Set())
    if (keys.has(key)) return
    keys.add(key)
    this.warningList.push(warningOf(code, params, this.locale, parameterId))
  }

  /** A message in the context's locale. */
  t(code: string, params: MessageParams = EMPTY_PARAMS): string {
    return renderMessage(code, params, this.locale)
  }

  /** `round(sen × rate)` with the call's rounding mode, and the rounding record for the trace. */
  applyRate(sen: number, r: Rate): { amount: number; rounding?: TraceRounding } {
    const amount = applyRate(sen, r, this.rounding)
    if (!this.explain) return { amount }
    return { amount, rounding: { mode: this.rounding, exact: exactRateText(sen, r), rounded: amount } }
  }

  /** Whole rupiah from sen with the call's rounding mode, and the rounding record. */
  roundSen(sen: number): { amount: number; rounding?: TraceRounding } {
    const amount = senToRupiah(sen, this.rounding)
    if (!this.explain) return { amount }
    return { amount, rounding: { mode: this.rounding, exact: senText(sen), rounded: amount } }
  }

  /** `round(n / d)` with the call's rounding mode (integers), e.g. a share of a whole amount. */
  roundRatio(n: number, d: number): number {
    return divRound(n, d, this.rounding)
  }

  /** Records a step of the explanation (no-op when explanations are off). */
  step(s: StepInput): void {
    if (!this.explain) return
    if (s.shared !== undefined) {
      const params = s.params ?? EMPTY_PARAMS
      const shared: { -readonly [K in keyof TraceStep]: TraceStep[K] } = {
        rule: s.rule,
        description: renderMessage(s.text, params, this.locale),
        inputs: s.inputs ?? {},
        parameters: s.shared.parameters,
        legal: s.shared.legal,
        value: s.value,
      }
      if (s.formula !== undefined) shared.formula = renderMessage(s.formula, params, this.locale)
      if (s.rounding !== undefined) shared.rounding = s.rounding
      // a rule passing shared pieces hands over frozen inputs and rounding: the step is final
      this.steps.push(Object.isFrozen(s.inputs ?? EMPTY_PARAMS) ? Object.freeze(shared) : shared)
      return
    }
    // the step's own citations first, then its parameters', each once (in order of first appearance)
    const legal: Citation[] = []
    const add = (c: Citation) => {
      for (const x of legal) if (sameCitation(x, c)) return
      legal.push(c)
    }
    if (s.legal !== undefined) for (const c of s.legal) add(c)
    const readings = s.parameters ?? []
    for (const p of readings) for (const c of p.legal) add(c)
    const parameters: TraceParameterRef[] = []
    for (const p of readings) parameters.push(refOf(p))
    const params = s.params ?? EMPTY_PARAMS
    const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = {
      rule: s.rule,
      description: renderMessage(s.text, params, this.locale),
      inputs: s.inputs ?? {},
      parameters,
      legal,
      value: s.value,
    }
    if (s.formula !== undefined) step.formula = renderMessage(s.formula, params, this.locale)
    if (s.rounding !== undefined) step.rounding = s.rounding
    this.steps.push(step)
  }

  /** Where the context stands now (warnings, parameters read, steps), for {@link recording}. */
  mark(): Mark {
    return { warnings: this.warningList.length, used: this.used.size, steps: this.steps.length }
  }

  /** Everything recorded since `m`, frozen (to {@link replay} in other contexts of the same options). */
  recording(m: Mark): Recording {
    const keys = this.warningKeys === undefined ? [] : [...this.warningKeys]
    return {
      warnings: freezeDeep(this.warningList.slice(m.warnings)),
      warningKeys: Object.freeze(keys.slice(m.warnings)),
      used: new Map([...this.used].slice(m.used).map(([k, t]) => [k, freezeDeep(t)] as const)),
      steps: freezeDeep(this.steps.slice(m.steps)),
    }
  }

  /**
   * Records again what {@link recording} captured in another context made with the same options and
   * explain flag, as if the same reads, warnings and steps happened here (a warning or parameter already
   * here is not repeated). `between` runs after the first `at` warnings are replayed.
   */
  replay(r: Recording, at = r.warnings.length, between?: () => void): void {
    const n = r.warnings.length
    for (let i = 0; i <= n; i++) {
      if (i === at) between?.()
      if (i === n) break
      const key = r.warningKeys[i] as string
      const keys = (this.warningKeys ??= new Set())
      if (keys.has(key)) continue
      keys.add(key)
      this.warningList.push(r.warnings[i] as Warning)
    }
    if (!this.explain) return
    if (this.used.size === 0) {
      this.used = r.used as Map<string, TraceParameter>
      this.usedAdopted = true
    } else for (const [key, t] of r.used) if (!this.used.has(key)) this.ownUsed().set(key, t)
    for (const st of r.steps) this.steps.push(st)
  }

  /**
   * Takes in the parameters, citations and warnings of another calculation's result (e.g. each month's
   * contribution inside a coverage program), so this explanation lists everything the answer rests on.
   */
  absorb(explanation: Explanation, warnings: readonly Warning[]): void {
    const keys = (this.warningKeys ??= new Set())
    for (const w of warnings) {
      const key = `${w.code}|${w.parameterId ?? ''}|${w.parameterId === undefined ? w.message : ''}`
      if (keys.has(key)) continue
      keys.add(key)
      this.warningList.push(w)
    }
    if (!this.explain) return
    for (const p of explanation.parameters) {
      const key = `${p.id}|${p.from}`
      if (!this.used.has(key)) this.ownUsed().set(key, p)
    }
    const extra = (this.extraLegal ??= new Map())
    for (const c of explanation.legal) {
      const k = citationKey(c)
      if (!extra.has(k))
        extra.set(k, {
          source: c.source,
          ...(c.article === undefined ? {} : { article: c.article }),
        })
    }
  }

  /** The warnings so far. */
  get warnings(): readonly Warning[] {
    return this.warningList
  }

  /** The finished explanation (empty steps when explanations are off). */
  explanation(): Explanation {
    const key = this.explanationKey
    if (key !== undefined && this.extraLegal === undefined) {
      const hit = explanationLists.get(key)
      if (
        hit !== undefined &&
        hit.locale === this.locale &&
        hit.steps === this.steps.length &&
        hit.used === this.used.size
      )
        return this.explanationWith(hit.parameters, hit.legal)
      const e = this.explanationWith(...this.lists())
      explanationLists.set(key, {
        locale: this.locale,
        steps: this.steps.length,
        used: this.used.size,
        parameters: freezeDeep(e.parameters as TraceParameter[]),
        legal: freezeDeep(e.legal as TraceCitation[]),
      })
      return e
    }
    return this.explanationWith(...this.lists())
  }

  private lists(): [TraceParameter[], TraceCitation[]] {
    const legal: TraceCitation[] = []
    const add = (c: Citation) => {
      for (const x of legal) if (sameCitation(x, c)) return
      legal.push(traceCitationOf(c, this.locale))
    }
    for (const s of this.steps) for (const c of s.legal) add(c)
    for (const p of this.used.values()) for (const c of p.legal) add(c)
    if (this.extraLegal !== undefined) for (const c of this.extraLegal.values()) add(c)
    return [[...this.used.values()], legal]
  }

  private explanationWith(
    parameters: readonly TraceParameter[],
    legal: readonly TraceCitation[],
  ): Explanation {
    return {
      format: TRACE_FORMAT,
      operation: this.operation,
      locale: this.locale,
      date: this.date,
      rounding: roundingDescription(this.rounding, this.locale),
      steps: this.steps,
      parameters,
      legal,
    }
  }
}

const roundingDescriptions = boundedMap<string, Explanation['rounding']>(
  {
    name: 'explain/context.ts roundingDescriptions',
    holds: "the explanation's rounding block per mode and locale",
    safe: 'derived from the frozen catalogues; frozen',
    bound: 'rounding modes × locales',
  },
  64,
)

/** The explanation's rounding block of a mode in a locale (frozen, shared). */
function roundingDescription(mode: RoundingMode, locale: Locale): Explanation['rounding'] {
  const key = `${mode}|${locale}`
  let r = roundingDescriptions.get(key)
  if (r === undefined) {
    r = Object.freeze({
      mode,
      unit: 1 as const,
      description: renderMessage(`ROUNDING_${mode.replace('-', '_')}`, EMPTY_PARAMS, locale),
    })
    roundingDescriptions.set(key, r)
  }
  return r
}
