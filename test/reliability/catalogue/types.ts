/**
 * The hostile-input catalogue: one entry per hostile input, naming the function, the arguments and the
 * outcome the law and the API contract require. Expected results are worked out by hand from the law
 * (regulations.md / decisions.md), never by running the code under test.
 */

/** A path into the input, as the errors report it. */
export type Path = readonly (string | number)[]

/** What a case must produce. */
export type Expected =
  /** A `BpjsValidationError` whose issues include each of these (path and code). */
  | { readonly validation: readonly { readonly path: Path; readonly code: string }[] }
  /** A `BpjsRuleError` with this code (and path, when given). */
  | { readonly rule: string; readonly path?: Path }
  /**
   * A result. A primitive or array is compared with `toEqual`; an object is a partial match
   * (`toMatchObject`); `'any-valid'` only requires the result to pass the generic checks.
   */
  | { readonly result: unknown }

/** One hostile input. */
export interface HostileCase {
  /** The function, by its exported name (`calculateContribution`, `parseDate` …). */
  readonly fn: string
  /** What is hostile about the input, and why the expected outcome is right. */
  readonly title: string
  /**
   * The arguments: `input` (+ `options`) for the calculation functions, or `args` for any function.
   * A function builds fresh arguments for each run (Dates, objects with own `__proto__` keys).
   */
  readonly input?: unknown
  readonly options?: unknown
  readonly args?: readonly unknown[] | (() => readonly unknown[])
  readonly expect: Expected
  /**
   * Set when the function misbehaves today: the reason and the owner. The runner then expects the case
   * to fail (`it.fails`), so the suite stays green and the case turns red the day it is fixed (remove
   * the field then).
   */
  readonly knownBug?: string
}

/** Shorthand for an expected validation error with one or more issues. */
export function invalid(...issues: readonly (readonly [Path, string])[]): Expected {
  return { validation: issues.map(([path, code]) => ({ path, code })) }
}

/** Shorthand for an expected rule error. */
export function ruleError(code: string, path?: Path): Expected {
  return path === undefined ? { rule: code } : { rule: code, path }
}

/** Shorthand for an expected result. */
export function ok(...result: [] | [unknown]): Expected {
  return { result: result.length === 0 ? 'any-valid' : result[0] }
}

/** The arguments of a case, freshly built. */
export function argsOf(c: HostileCase): readonly unknown[] {
  if (c.args !== undefined) return typeof c.args === 'function' ? c.args() : c.args
  return 'options' in c ? [c.input, c.options] : [c.input]
}

/** The locale a case asks for (`options.locale`), for checking `error.message`. */
export function localeOf(c: HostileCase): 'id' | 'en' {
  const o = c.options as { locale?: unknown } | undefined
  return o !== null && typeof o === 'object' && o.locale === 'en' ? 'en' : 'id'
}
