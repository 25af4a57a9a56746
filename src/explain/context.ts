import type { Locale, MessageParams } from '../i18n/types.js'
import { weakCache } from '../internal/cache.js'
import type { Citation } from '../legal/types.js'
import { COVERAGE } from '../parameters/coverage.js'
import type { ParameterReading } from '../parameters/types.js'
import { EMPTY_PARAMS, renderMessage, roundingDescription } from './messages.js'
import { ContextReader, type ResolvedOptions } from './reader.js'
import {
  citationKey,
  citationsOf,
  freezeDeep,
  refsOf,
  sameCitation,
  traceCitationOf,
  type StepShared,
} from './trace-pieces.js'
import {
  TRACE_FORMAT,
  type Explanation,
  type Json,
  type TraceCitation,
  type TraceParameter,
  type TraceRounding,
  type TraceStep,
  type Warning,
} from './types.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/*
 * The context of one calculation, in parts: `reader.ts` (ContextReader: options, lookups with overrides,
 * warnings, messages, rounding), `messages.ts` (the one template renderer), `trace-pieces.ts` (memoised
 * parameter references and citations, the one citation merge, the one trace freeze) and this file, the trace
 * builder (steps, record/replay, the explanation). Everything a rule uses is on `RuleContext`.
 */
export { renderMessage, warningOf } from './messages.js'
export { stepShared, type StepShared } from './trace-pieces.js'
export type { ResolvedOptions } from './reader.js'

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
  /** `'rupiah'` when `value` is an amount of money and there is no `rounding` (see {@link TraceStep.unit}). */
  readonly unit?: 'rupiah'
  readonly value: Json
  /**
   * The step's parameter references and citations built beforehand with {@link stepShared} (from the same
   * `legal` and `parameters`), shared by every result that has this step; `parameters` and `legal` are then
   * not read.
   */
  readonly shared?: StepShared
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
export class RuleContext extends ContextReader {
  private readonly steps: TraceStep[] = []
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
    options: ResolvedOptions,
    explain = true,
  ) {
    super(options, explain)
    const iso = date.length === 7 ? `${date}-01` : date
    if (iso > COVERAGE.verifiedOn)
      this.warn('DATE_AFTER_LAST_VERIFICATION', { date, verifiedOn: COVERAGE.verifiedOn })
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
      if (s.unit !== undefined) shared.unit = s.unit
      // a rule passing shared pieces hands over frozen inputs and rounding: the step is final
      this.steps.push(Object.isFrozen(s.inputs ?? EMPTY_PARAMS) ? Object.freeze(shared) : shared)
      return
    }
    // the step's own citations first, then its parameters', each once (in order of first appearance)
    const readings = s.parameters ?? []
    const legal = citationsOf(s.legal, readings)
    const parameters = refsOf(readings)
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
    if (s.unit !== undefined) step.unit = s.unit
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
