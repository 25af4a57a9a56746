import { noteLoaded } from './loaded.js'
import type { Parameter } from './types.js'

/**
 * The span of dates the library knows the law for.
 * - `start`: 2015-07-01, when PP 44/2015, PP 45/2015 and PP 46/2015 took effect (decisions D19).
 * - `verifiedOn`: the date the legal data was last checked as a whole. Later dates get the law in force
 *   on that date, projected, with a `DATE_AFTER_LAST_VERIFICATION` warning.
 * - `horizon`: the last date accepted. Later dates are almost always input errors (year 9999) and are
 *   refused with `DATE_AFTER_COVERAGE`; ten years past the verification lets a 120-month coverage
 *   program starting now be planned.
 */
export const COVERAGE = Object.freeze({
  start: '2015-07-01',
  startPeriod: '2015-07',
  verifiedOn: '2026-11-24',
  horizon: '2036-12-31',
  horizonPeriod: '2036-12',
})

/**
 * The date the legal data was first compiled from its sources. A value with no `checked` note of its own was
 * last checked then, against the sources it cites as read at the time.
 */
export const COMPILED_ON = '2026-11-24'

/** What a value with no check of its own was checked against (see {@link COMPILED_ON}). */
export function compiledCheck(lastVerifiedOn: string): string {
  return `Compiled on ${lastVerifiedOn} from the sources cited, as read then (secondary reports where the note says so); not checked against a primary text since.`
}

/**
 * Helper for data modules: defines a parameter and freezes it deeply. A value without a `checked` note gets
 * the note of the compilation ({@link compiledCheck}), so every value says what its `lastVerifiedOn` means.
 */
export function defineParameter<T>(p: Parameter<T>): Parameter<T> {
  const values = p.values.map((v) =>
    v.checked === undefined ? { ...v, checked: compiledCheck(v.lastVerifiedOn) } : v,
  )
  p = { ...p, values }
  for (const v of p.values) {
    Object.freeze(v.legal)
    for (const c of v.legal) Object.freeze(c)
    deepFreezeValue(v.value)
    Object.freeze(v)
  }
  Object.freeze(p.values)
  Object.freeze(p.description)
  const frozen = Object.freeze(p)
  noteLoaded(frozen as Parameter)
  return frozen
}

function deepFreezeValue(v: unknown): void {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const k of Object.keys(v)) deepFreezeValue((v as Record<string, unknown>)[k])
  }
}
