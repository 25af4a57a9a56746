import type { Locale } from '../i18n/types.js'
import type { Citation } from '../legal/types.js'
import type { RoundingMode } from '../money/rounding.js'
import type { Confidence } from '../parameters/types.js'

/** A JSON value. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json }

/** The format tag of every explanation. */
export const TRACE_FORMAT = 'bpjs-tk.trace.v1'

/** A parameter as used by a step: id, value and the span it applies. */
export interface TraceParameterRef {
  readonly id: string
  readonly value: Json
  readonly from: string
  readonly to?: string
}

/** A parameter read during the calculation, with everything needed to check it. */
export interface TraceParameter extends TraceParameterRef {
  /** The date it was looked up for. */
  readonly date: string
  readonly confidence: Confidence | 'override'
  readonly legal: readonly Citation[]
  readonly lastVerifiedOn?: string
  readonly overridden: boolean
  readonly note?: string
}

/** A citation with its readable text (`'PP 44/2015 Pasal 16 ayat (1)'`) and source title. */
export interface TraceCitation extends Citation {
  readonly text: string
  readonly title: string
  readonly url?: string
}

/** The rounding of one step: the exact value and the whole rupiah it became. */
export interface TraceRounding {
  readonly mode: RoundingMode
  /** The exact value before rounding, as a decimal string. */
  readonly exact: string
  readonly rounded: number
}

/** One step of a calculation. */
export interface TraceStep {
  /** Stable rule id (`'pu.jkk.employer'`); the same rule always has the same id. */
  readonly rule: string
  /** What the step does, in the explanation's locale. */
  readonly description: string
  /** The formula in words, in the explanation's locale. */
  readonly formula?: string
  /** The input values the step used. */
  readonly inputs: { readonly [key: string]: Json }
  /** The parameters it used, with their values and effective dates. */
  readonly parameters: readonly TraceParameterRef[]
  /** The legal citations behind the step (its parameters' and its own). */
  readonly legal: readonly Citation[]
  readonly rounding?: TraceRounding
  /**
   * `'rupiah'` when `value` is an amount of money in rupiah (whole, or with the sen of a wage given with
   * sen, as a capped base) and the step has no `rounding` (a step with a rounding record is always in whole
   * rupiah, decisions D12): a cap, a base, a fixed amount, a sum. `null` with it: no amount is known. Absent
   * for any other value (a count of months, a year, a status, a list).
   */
  readonly unit?: 'rupiah'
  /** The step's result. */
  readonly value: Json
}

/**
 * The explanation every result carries: plain JSON, versioned `bpjs-tk.trace.v1`. Render it with
 * `renderExplanation` for people.
 */
export interface Explanation {
  readonly format: typeof TRACE_FORMAT
  /** The public function that produced it (`'calculateContribution'`). */
  readonly operation: string
  readonly locale: Locale
  /** The date or contribution month whose law was applied. */
  readonly date: string
  /** How amounts were rounded (decisions D12): once per published line, to whole rupiah. */
  readonly rounding: { readonly mode: RoundingMode; readonly unit: 1; readonly description: string }
  readonly steps: readonly TraceStep[]
  /** Every parameter read, once each. */
  readonly parameters: readonly TraceParameter[]
  /** Every citation behind the result, once each, with text. */
  readonly legal: readonly TraceCitation[]
}

/** A warning attached to a result (e.g. `LOW_CONFIDENCE_RULE` with the parameter id). */
export interface Warning {
  readonly code: string
  readonly message: string
  readonly parameterId?: string
}
