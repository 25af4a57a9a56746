import * as z from 'zod/mini'
import { BpjsRuleError, BpjsValidationError, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { COVERAGE } from '../parameters/coverage.js'
import { inspectWith, partialWith, uniqueIssues } from './common.js'

/*
 * One-pass validation of an input with its cross-field checks (issue 20): a caller gets every problem of an
 * input and of its options in one BpjsValidationError, the schema's and the cross-field checks' together.
 */

/** What {@link checkInput} gives the cross-field checks of an input. */
export interface InputFields<T> {
  /**
   * The parsed input when it is valid; otherwise its valid fields (see {@link fieldsWith}): a required field
   * may then be absent, and an array of objects keeps only its valid elements, at their indexes.
   */
  readonly fields: Partial<T>
  /** The fields present but refused by the schema (they count as given). */
  readonly invalid: ReadonlySet<string>
  /** `true` when the whole input passed the schema. */
  readonly complete: boolean
}

/**
 * {@link partialWith}, where a refused array of objects (e.g. `children`) still gives its valid elements, as a
 * sparse array that keeps each element at its index (`forEach`, `some` and `map` skip the holes): the
 * cross-field checks of a valid child are made even when another child is refused.
 */
export function fieldsWith(
  shape: Readonly<Record<string, z.core.$ZodType>>,
  raw: unknown,
  refused?: ReadonlySet<string>,
): { partial: Record<string, unknown>; invalid: Set<string> } {
  const r = partialWith(shape, raw, refused)
  for (const key of r.invalid) {
    const schema = shape[key] as z.core.$ZodType | undefined
    const def = (schema?._zod.def ?? {}) as { type?: string; innerType?: z.core.$ZodType }
    const arr = (def.type === 'optional' ? def.innerType?._zod.def : def) as
      { type?: string; element?: z.core.$ZodType } | undefined
    const value = (raw as Record<string, unknown>)[key]
    if (arr?.type !== 'array' || arr.element?._zod.def.type !== 'object' || !Array.isArray(value)) continue
    const kept: unknown[] = []
    kept.length = value.length
    value.forEach((v, i) => {
      const e = z.safeParse(arr.element!, v)
      if (e.success) kept[i] = e.data
    })
    r.partial[key] = kept
  }
  return r
}

/**
 * One pass over an object input, its options and the input's cross-field checks (issue 20): the schema's
 * issues, the cross-field issues and the options' issues come in one `BpjsValidationError`, in that order.
 * `cross` runs every time — on the parsed input, or on its valid fields when the schema refused it (see
 * {@link InputFields}); with the resolved options, or `undefined` when they were refused — and throws a
 * `BpjsValidationError` for what it finds (checks that read the law make their own context from the
 * options it gets). A check whose facts are not all valid is skipped: what it would say is not knowable yet.
 * Any other exception of `cross` is ignored when the input is incomplete (the rules meet it again on a valid
 * input); a `BpjsRuleError` is always left to the rules.
 *
 * @example
 * ```ts
 * const [input, { resolved }] = checkInput(locale, jkmInputSchema, raw, () => resolveOptions(options),
 *   (f) => { if (f.fields.dateOfDeath !== undefined) validateDates(f.fields) })
 * ```
 */
export function checkInput<S extends z.ZodMiniObject, B>(
  locale: Locale,
  schema: S,
  input: unknown,
  options: () => B,
  cross: (fields: InputFields<z.core.output<S>>, options: B | undefined) => void,
): [z.core.output<S>, B] {
  const r = inspectWith(schema, input, locale)
  const issues = [...r.issues]
  let opts: B | undefined
  let optionIssues: readonly BpjsIssue[] = []
  try {
    opts = options()
  } catch (e) {
    if (!(e instanceof BpjsValidationError)) throw e
    optionIssues = e.issues
  }
  const complete = r.data !== undefined
  const part = complete
    ? { partial: r.data as Record<string, unknown>, invalid: new Set<string>() }
    : fieldsWith(schema.def.shape as Record<string, z.core.$ZodType>, r.input, r.refused)
  try {
    cross({ fields: part.partial as Partial<z.core.output<S>>, invalid: part.invalid, complete }, opts)
  } catch (e) {
    if (e instanceof BpjsValidationError) issues.push(...e.issues)
    else if (complete && !(e instanceof BpjsRuleError)) throw e
  }
  issues.push(...optionIssues)
  if (issues.length > 0) throw new BpjsValidationError(uniqueIssues(issues), locale)
  return [r.data as z.core.output<S>, opts as B]
}

/**
 * Is `date` (`'YYYY-MM-DD'`) inside the dates the library's law covers? A cross-field check that reads the
 * law of a date is made only then: outside, the rule refuses the date itself (`DATE_BEFORE_COVERAGE`,
 * `DATE_AFTER_COVERAGE`) and what the check would say is not knowable.
 *
 * @example
 * ```ts
 * inCoverage('2014-12-31') //=> false
 * ```
 */
export function inCoverage(date: string | undefined): date is string {
  return date !== undefined && date >= COVERAGE.start && date <= COVERAGE.horizon
}
