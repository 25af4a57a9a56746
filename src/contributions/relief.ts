import type { RuleContext } from '../explain/context.js'
import { mulRates, rate, type Rate } from '../money/rate.js'
import type { Parameter, ParameterReading } from '../parameters/types.js'
import { payableShare, percent } from './shared.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'

useMessages(contributionsMessages)

/**
 * Reads a PP 49/2020 relief parameter for the month when the caller did not refuse it (`flag !== false`).
 * In the window with no explicit flag the relief is applied with a `COVID_RELIEF_ASSUMED` warning (the
 * Pasal 13 conditions are assumed met); a `true` flag outside the window gives `COVID_RELIEF_NOT_IN_FORCE`.
 *
 * @example
 * ```ts
 * covidReading(ctx, reliefCovidJkkDiscount, '2020-08', undefined)?.value //=> '0.99' (and COVID_RELIEF_ASSUMED)
 * covidReading(ctx, reliefCovidJkkDiscount, '2020-08', false)            //=> undefined
 * covidReading(ctx, reliefCovidJkkDiscount, '2021-02', true)             //=> undefined (and COVID_RELIEF_NOT_IN_FORCE)
 * ```
 */
export function covidReading(
  ctx: RuleContext,
  p: Parameter<string>,
  period: string,
  flag: boolean | undefined,
): ParameterReading<string> | undefined {
  if (flag === false) return undefined
  const r = ctx.readOptionalShared(p, period)
  if (r === undefined) {
    if (flag === true) ctx.warn('COVID_RELIEF_NOT_IN_FORCE', { period })
    return undefined
  }
  if (flag === undefined) ctx.warn('COVID_RELIEF_ASSUMED', { period })
  return r
}

/**
 * A discount applied to a rate or flat amount: the source shown on the line, the share still payable and
 * the parameter reading behind it.
 *
 * @example
 * ```ts
 * const d: AppliedDiscount = discountOf('PP-50-2025', ctx.readShared(reliefBpuTransportDiscount, '2026-01'))
 * d.share.text //=> '0.5'
 * ```
 */
export interface AppliedDiscount {
  /** The source id shown on the line (`relief`). */
  readonly source: string
  /** The share still payable (`0.01`, `0.5`). */
  readonly share: Rate
  readonly reading: ParameterReading<string>
  /**
   * What else the relief reduces, as data: the parameter saying whether it also reduces the part of the cash
   * recomposed to JKP (PP 7/2025 with PP 36/2025, decision D9); absent when it reduces only the rate.
   */
  readonly coversRecomposition?: Parameter<boolean>
}

/**
 * The applied discount of a reading whose value is the share waived.
 *
 * @example
 * ```ts
 * discountOf('PP-49-2020', ctx.readShared(reliefCovidJkmDiscount, '2020-08')).share.text //=> '0.01'
 * ```
 */
export function discountOf(
  source: string,
  reading: ParameterReading<string>,
  coversRecomposition?: Parameter<boolean>,
): AppliedDiscount {
  const d = { source, share: payableShare(reading.value), reading }
  return coversRecomposition === undefined ? d : { ...d, coversRecomposition }
}

/**
 * The rate after a discount, exact.
 *
 * @example
 * ```ts
 * discounted(rate('0.0024'), covid).text   //=> '0.000024' (covid: share 0.01)
 * discounted(rate('0.0024'), undefined).text //=> '0.0024'
 * ```
 */
export function discounted(r: Rate, d: AppliedDiscount | undefined): Rate {
  return d === undefined ? r : mulRates(r, d.share)
}

/**
 * The explanation note of a discount, in the context's locale (`''` when none).
 *
 * @example
 * ```ts
 * discountNote(ctxEn, covid, '0.24%') //=> ' — PP 49/2020 relief: 1% of the normal contribution 0.24% is paid'
 * ```
 */
export function discountNote(ctx: RuleContext, d: AppliedDiscount | undefined, normal: string): string {
  if (d === undefined) return ''
  return ctx.t('CONTRIB_NOTE_DISCOUNT', {
    source: d.source.replace('PP-', 'PP ').replace('-', '/'),
    share: percent(d.share, ctx.locale),
    normal,
  })
}

/**
 * The value of a rate parameter as an exact rate (parameter data is checked by tests).
 *
 * @example
 * ```ts
 * rateOf(ctx.readShared(puJkmRate, '2025-06')).text //=> '0.003'
 * ```
 */
export function rateOf(r: ParameterReading<string>): Rate {
  return rate(r.value)
}
