import type { RuleContext } from '../explain/context.js'
import { mulRates, rate, type Rate } from '../money/rate.js'
import type { Parameter, ParameterReading } from '../parameters/types.js'
import { payableShare, percent } from './shared.js'

/**
 * Reads a PP 49/2020 relief parameter for the month when the caller did not refuse it (`flag !== false`).
 * In the window with no explicit flag the relief is applied with a `COVID_RELIEF_ASSUMED` warning (the
 * Pasal 13 conditions are assumed met); a `true` flag outside the window gives `COVID_RELIEF_NOT_IN_FORCE`.
 */
export function covidReading(
  ctx: RuleContext,
  p: Parameter<string>,
  period: string,
  flag: boolean | undefined,
): ParameterReading<string> | undefined {
  if (flag === false) return undefined
  const r = ctx.readOptional(p, period)
  if (r === undefined) {
    if (flag === true) ctx.warn('COVID_RELIEF_NOT_IN_FORCE', { period })
    return undefined
  }
  if (flag === undefined) ctx.warn('COVID_RELIEF_ASSUMED', { period })
  return r
}

/** A discount applied to a rate or flat amount: what is still payable, and the words for the explanation. */
export interface AppliedDiscount {
  /** The source id shown on the line (`relief`). */
  readonly source: string
  /** The share still payable (`0.01`, `0.5`). */
  readonly share: Rate
  readonly reading: ParameterReading<string>
}

/** `{ source, share, reading }` for a discount reading (value = share waived). */
export function discountOf(source: string, reading: ParameterReading<string>): AppliedDiscount {
  return { source, share: payableShare(reading.value), reading }
}

/** The rate after a discount (exact). */
export function discounted(r: Rate, d: AppliedDiscount | undefined): Rate {
  return d === undefined ? r : mulRates(r, d.share)
}

/** The explanation note of a discount (`''` when none). */
export function discountNote(ctx: RuleContext, d: AppliedDiscount | undefined, normal: string): string {
  if (d === undefined) return ''
  return ctx.t('CONTRIB_NOTE_DISCOUNT', {
    source: d.source.replace(/^PP-(\d+)-(\d+)$/, 'PP $1/$2'),
    share: percent(d.share, ctx.locale),
    normal,
  })
}

/** The rate text as a Rate (parameter data is checked by tests). */
export function rateOf(r: ParameterReading<string>): Rate {
  return rate(r.value)
}
