import { BpjsRuleError } from '../errors.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { applyRate, exactRateText, senText, senToRupiah } from '../money/exact.js'
import type { Rate } from '../money/rate.js'
import type { RoundingMode } from '../money/rounding.js'
import { divRound } from '../money/rounding.js'
import { findValueAt, findValueCached, isStale } from '../parameters/lookup.js'
import type { Parameter, ParameterReading, ParameterValue } from '../parameters/types.js'
import { EMPTY_PARAMS, renderMessage, warningOf } from './messages.js'
import { usedOf } from './trace-pieces.js'
import type { TraceParameter, TraceRounding, Warning } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/** Options every calculation accepts, after validation. */
export interface ResolvedOptions {
  readonly locale: Locale
  readonly rounding: RoundingMode
  /** Compiled overrides by parameter id. */
  readonly overrides: ReadonlyMap<string, readonly ParameterValue<unknown>[]>
}

/** The parameter map a context starts with: empty, never written (copied before the first read is recorded). */
const NO_PARAMETERS: Map<string, TraceParameter> = new Map()

/**
 * The reading half of a {@link RuleContext}: the call's options, parameter lookups with the caller's
 * overrides (each reading recorded with its warnings: low confidence, overridden, maybe outdated), the
 * warnings, messages in the call's locale and the call's rounding. The trace half (steps, explanation) is
 * `RuleContext` in `context.ts`, which extends this class; rules only ever hold a `RuleContext`.
 */
export class ContextReader {
  readonly locale: Locale
  readonly rounding: RoundingMode
  readonly explain: boolean
  private readonly overrides: ReadonlyMap<string, readonly ParameterValue<unknown>[]>
  /** The parameters read; a recording's map is adopted as is and copied before the first change. */
  protected used: Map<string, TraceParameter> = NO_PARAMETERS
  protected usedAdopted = true
  protected readonly warningList: Warning[] = []
  /** Created with the first warning (most calculations have none). */
  protected warningKeys: Set<string> | undefined

  constructor(
    readonly options: ResolvedOptions,
    explain: boolean,
  ) {
    this.locale = options.locale
    this.rounding = options.rounding
    this.overrides = options.overrides
    this.explain = explain
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
  protected ownUsed(): Map<string, TraceParameter> {
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

  /** The warnings so far. */
  get warnings(): readonly Warning[] {
    return this.warningList
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
}
