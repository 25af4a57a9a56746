import { message } from '../i18n/format.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { formatCitation, getSource } from '../legal/index.js'
import type { Citation } from '../legal/types.js'
import { applyRate, exactRateText, senText, senToRupiah } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import { divRound } from '../money/rounding.js'
import { COVERAGE } from '../parameters/coverage.js'
import { findValueAt, isStale } from '../parameters/lookup.js'
import type { Parameter, ParameterReading, ParameterValue } from '../parameters/types.js'
import { BpjsRuleError } from '../errors.js'
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
}

function citationKey(c: Citation): string {
  return `${c.source}|${c.article ?? ''}`
}

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
  private readonly used = new Map<string, TraceParameter>()
  private readonly warningList: Warning[] = []
  private readonly warningKeys = new Set<string>()
  private readonly extraLegal = new Map<string, Citation>()

  constructor(
    readonly operation: string,
    readonly date: string,
    options: ResolvedOptions,
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
    const override = this.overrides.get(p.id) as readonly ParameterValue<T>[] | undefined
    const r = findValueAt(p, date, override)
    if (r !== undefined) this.record(r)
    return r
  }

  /** Reads a parameter that must be in force on `date`. */
  read<T>(p: Parameter<T>, date: string): ParameterReading<T> {
    const r = this.readOptional(p, date)
    if (r === undefined)
      throw new BpjsRuleError('PARAMETER_NOT_IN_FORCE', { parameterId: p.id, date }, [], this.locale)
    return r
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
    const key = `${r.id}|${r.from}`
    if (this.used.has(key)) return
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
    this.used.set(key, t)
  }

  /** Adds a warning once (same code and parameter). */
  warn(code: string, params: MessageParams = {}, parameterId?: string): void {
    const key = `${code}|${parameterId ?? ''}|${code === 'PARAMETER_OVERRIDDEN' || parameterId !== undefined ? '' : JSON.stringify(params)}`
    if (this.warningKeys.has(key)) return
    this.warningKeys.add(key)
    const w: { code: string; message: string; parameterId?: string } = {
      code,
      message: message(code, params, this.locale),
    }
    if (parameterId !== undefined) w.parameterId = parameterId
    this.warningList.push(w)
  }

  /** A message in the context's locale. */
  t(code: string, params: MessageParams = {}): string {
    return message(code, params, this.locale)
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
    const legal: Citation[] = []
    const seen = new Set<string>()
    for (const c of [...(s.legal ?? []), ...(s.parameters ?? []).flatMap((p) => p.legal)]) {
      const k = citationKey(c)
      if (!seen.has(k)) {
        seen.add(k)
        legal.push(c)
      }
    }
    const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = {
      rule: s.rule,
      description: message(s.text, s.params, this.locale),
      inputs: s.inputs ?? {},
      parameters: (s.parameters ?? []).map((p) => {
        const ref: { id: string; value: Json; from: string; to?: string } = {
          id: p.id,
          value: p.value as Json,
          from: p.from,
        }
        if (p.to !== undefined) ref.to = p.to
        return ref
      }),
      legal,
      value: s.value,
    }
    if (s.formula !== undefined) step.formula = message(s.formula, s.params, this.locale)
    if (s.rounding !== undefined) step.rounding = s.rounding
    this.steps.push(step)
  }

  /**
   * Takes in the parameters, citations and warnings of another calculation's result (e.g. each month's
   * contribution inside a coverage program), so this explanation lists everything the answer rests on.
   */
  absorb(explanation: Explanation, warnings: readonly Warning[]): void {
    for (const w of warnings) {
      const key = `${w.code}|${w.parameterId ?? ''}|${w.parameterId === undefined ? w.message : ''}`
      if (this.warningKeys.has(key)) continue
      this.warningKeys.add(key)
      this.warningList.push(w)
    }
    if (!this.explain) return
    for (const p of explanation.parameters) {
      const key = `${p.id}|${p.from}`
      if (!this.used.has(key)) this.used.set(key, p)
    }
    for (const c of explanation.legal) {
      const k = citationKey(c)
      if (!this.extraLegal.has(k))
        this.extraLegal.set(k, {
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
    const legal: TraceCitation[] = []
    const seen = new Set<string>()
    const add = (c: Citation) => {
      const k = citationKey(c)
      if (seen.has(k)) return
      seen.add(k)
      const src = getSource(c.source)
      const tc: { -readonly [K in keyof TraceCitation]: TraceCitation[K] } = {
        ...c,
        text: formatCitation(c),
        title: src === undefined ? c.source : this.locale === 'en' ? src.title.en : src.title.id,
      }
      if (src?.url !== undefined) tc.url = src.url
      legal.push(tc)
    }
    for (const s of this.steps) s.legal.forEach(add)
    for (const p of this.used.values()) p.legal.forEach(add)
    for (const c of this.extraLegal.values()) add(c)
    return {
      format: TRACE_FORMAT,
      operation: this.operation,
      locale: this.locale,
      date: this.date,
      rounding: {
        mode: this.rounding,
        unit: 1,
        description: message(`ROUNDING_${this.rounding.replace('-', '_')}`, {}, this.locale),
      },
      steps: this.steps,
      parameters: [...this.used.values()],
      legal,
    }
  }
}
