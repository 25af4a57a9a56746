import type { Citation } from '../legal/types.js'

/** How sure the library is of a value (see the legal parameters page): high, medium or low. */
export type Confidence = 'high' | 'medium' | 'low'

/**
 * What a value measures:
 * - `rate`: a decimal string fraction (`'0.0024'` is 0.24%);
 * - `rupiah`: a whole-rupiah decimal string (`'6800'`);
 * - `months`, `years`, `count`, `age`: plain numbers (not money);
 * - `flag`: a boolean;
 * - `table`: a structured value (tiers, packages, schedules) whose money fields are decimal strings.
 */
export type ParameterUnit =
  'rate' | 'rupiah' | 'months' | 'years' | 'count' | 'age' | 'flag' | 'date' | 'table'

/**
 * What date a parameter is looked up with: the first day of the contribution month (contributions), the
 * date of the event (death, accident, registration), or the date of an eligibility check.
 */
export type DateBasis = 'contribution-month' | 'event-date' | 'as-of-date'

/** One value of a parameter over a span of dates. */
export interface ParameterValue<T> {
  /** First date (inclusive) the value applies, `'YYYY-MM-DD'`. */
  readonly from: string
  /** Last date (inclusive) the value applies; absent while it is still in force. */
  readonly to?: string
  readonly value: T
  /** At least one citation; every citation resolves in the source registry (tested). */
  readonly legal: readonly Citation[]
  readonly confidence: Confidence
  /** When a maintainer last checked the value against a named source (see {@link ParameterValue.checked}). */
  readonly lastVerifiedOn: string
  /**
   * What was checked on `lastVerifiedOn`, against which source (`'PP 45/2015 Pasal 15 ayat (1)–(3), text
   * quoted verbatim'`), or why the value was not checked against its primary text.
   */
  readonly checked?: string
  /**
   * Why no citation of this value names an article: the texts seen do not show it (the article of a
   * regulation, the row of a Lampiran). Present exactly when no citation other than a library decision has
   * an `article` (tested); counted on the parameters page.
   */
  readonly noArticle?: string
  /**
   * After this date the value may be outdated (a yearly revision was due, decisions D6): lookups on later
   * dates still return it, with a `PARAMETER_MAY_BE_OUTDATED` warning.
   */
  readonly reviewDue?: string
  /** Why, in a sentence (derivation, conflicts, decision applied). */
  readonly note?: string
}

/** A dated legal parameter: data only, with its citations and confidence. */
export interface Parameter<T = unknown> {
  /** Stable id, dotted like the law's tree: `'pu.jkk.rate.class1'`, `'jp.wageCap'`. */
  readonly id: string
  readonly unit: ParameterUnit
  readonly description: { readonly id: string; readonly en: string }
  readonly dateBasis: DateBasis
  /** Sorted by `from`, non-overlapping; gaps mean "not in force" (e.g. outside a relief window). */
  readonly values: readonly ParameterValue<T>[]
  /**
   * Of a table: the keys (at any depth) whose values are whole rupiah, as text (or `null` where the sources
   * give no figure). An override must give whole rupiah there, as for a `rupiah` parameter.
   */
  readonly rupiahKeys?: readonly string[]
  /**
   * Of a table that is a list of rows the rules need at least one of (the STMB tiers, the PMI packages): the
   * fewest rows an override may give. A shorter list is refused (`TOO_FEW_ITEMS`) instead of failing in the rule.
   */
  readonly minItems?: number
}

/** What a lookup returns: the value and everything needed to explain it. */
export interface ParameterReading<T = unknown> {
  readonly id: string
  readonly unit: ParameterUnit
  readonly value: T
  /** The date the parameter was looked up for. */
  readonly date: string
  readonly from: string
  readonly to?: string
  readonly legal: readonly Citation[]
  readonly confidence: Confidence | 'override'
  readonly lastVerifiedOn?: string
  readonly reviewDue?: string
  readonly note?: string
  /** True when the value came from `options.parameters`. */
  readonly overridden: boolean
}

/**
 * A caller's replacement for a parameter: one value for every date, or dated values. Dated values are merged
 * into the library's history (`mode: 'append'`, the default: each value stands from its `from` to its `to`,
 * or on, and the library's values stand outside those spans) or replace it (`mode: 'replace'`: the dated
 * values are the whole history, a date none of them covers has no value).
 */
export type ParameterOverride =
  | string
  | number
  | boolean
  | {
      readonly values: readonly { readonly from: string; readonly to?: string; readonly value: unknown }[]
      readonly mode?: 'append' | 'replace'
    }
  | Readonly<Record<string, unknown>>
  | readonly unknown[]

/** Overrides by parameter id (`options.parameters`). */
export type ParameterOverrides = Readonly<Record<string, ParameterOverride>>
