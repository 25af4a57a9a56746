import { BpjsValidationError, makeIssue } from '../errors.js'
import { checkAmount } from './amount.js'
import { Dec, decRounding, type DecValue } from './decimal.js'
import { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode } from './rounding.js'
import { tooManyItemsIssue } from '../internal/limits.js'
import { showValue } from '../internal/show.js'
import { pastSafeError } from './format.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages)

function decimalOf(value: number | string, path: (string | number)[]): DecValue {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new BpjsValidationError([makeIssue(path, 'AMOUNT_NOT_FINITE')])
  if (typeof value !== 'number' && typeof value !== 'string')
    throw new BpjsValidationError([makeIssue(path, 'AMOUNT_NOT_NUMBER')])
  const text = typeof value === 'number' ? String(value) : value
  if (!/^-?\d+(\.\d+)?$/.test(text) || text.length > 64) {
    // reuse the strict checker for a precise code (localized format, empty, …)
    const checked = checkAmount(text, true)
    throw new BpjsValidationError([
      makeIssue(
        path,
        checked.ok ? 'AMOUNT_NOT_DECIMAL' : checked.code,
        checked.ok ? { value: text } : checked.params,
      ),
    ])
  }
  return new Dec(text)
}

/**
 * Rounds an exact decimal amount to whole rupiah with a named mode (default half-up, decisions D12).
 *
 * @example
 * ```ts
 * roundRupiah('1000.5')              //=> 1001
 * roundRupiah('1000.5', 'half-even') //=> 1000
 * roundRupiah('1001.5', 'half-even') //=> 1002
 * roundRupiah('1000.99', 'down')     //=> 1000
 * ```
 * @throws {BpjsValidationError} `AMOUNT_TOO_LARGE` when the value or its rounding is past
 * Rp9.007.199.254.740.991 (2^53 − 1): the number returned would not be the exact result
 * (`'9007199254740993'` would come back as 9007199254740992).
 */
export function roundRupiah(value: number | string, mode: RoundingMode = DEFAULT_ROUNDING): number {
  if (!ROUNDING_MODES.includes(mode))
    throw new BpjsValidationError([
      makeIssue(['mode'], 'INVALID_VALUE', {
        received: showValue(mode),
        options: ROUNDING_MODES.map((m) => `"${m}"`).join(', '),
      }),
    ])
  // a number past 2^53 − 1 is already not the amount the caller wrote (2^53 + 1 reads as 2^53)
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER)
    throw pastSafeError()
  const exact = decimalOf(value, []).toDecimalPlaces(0, decRounding(mode))
  // a result past 2^53 − 1 would come back as another number ('9007199254740993' → 9007199254740992)
  if (exact.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw pastSafeError()
  const rounded = exact.toNumber()
  return rounded === 0 ? 0 : rounded // never -0 ('-0.4' rounds to 0)
}

/**
 * The most parts {@link allocate} splits a total into: 10,000 (a split takes about 0.1 s at the limit; a
 * payroll of more workers is split per department first).
 */
export const MAX_ALLOCATE_RATIOS = 10_000

/**
 * Splits a whole-rupiah total in proportion to `ratios` without losing or creating a rupiah: each part
 * is the exact share rounded down, and the rupiah left over go one by one to the parts with the largest
 * remainders (ties: the earlier part).
 *
 * @example
 * ```ts
 * allocate(1003, [1, 1])            //=> [502, 501]
 * allocate(100, ['3.7', '2'])       //=> [65, 35]
 * allocate(16800, [10000, 6800])    //=> [10000, 6800]
 * ```
 * @throws {BpjsValidationError} `INTEGER_EXPECTED` (total), `TOO_FEW_ITEMS` (no ratios), `TOO_MANY_ITEMS`
 * (`{ max: 10000, actual }`, more than {@link MAX_ALLOCATE_RATIOS} ratios), `AMOUNT_NEGATIVE` and the amount
 * codes at `['ratios', i]`, `ALLOCATION_INVALID` (ratios summing to 0).
 */
export function allocate(total: number, ratios: readonly (number | string)[]): number[] {
  if (!Number.isSafeInteger(total)) throw new BpjsValidationError([makeIssue(['total'], 'INTEGER_EXPECTED')])
  if (!Array.isArray(ratios) || ratios.length === 0)
    throw new BpjsValidationError([makeIssue(['ratios'], 'TOO_FEW_ITEMS', { minimum: 1 })])
  if (ratios.length > MAX_ALLOCATE_RATIOS)
    throw new BpjsValidationError([tooManyItemsIssue(['ratios'], MAX_ALLOCATE_RATIOS, ratios.length)])
  const parts = ratios.map((r, i) => {
    const d = decimalOf(r, ['ratios', i])
    if (d.isNegative()) throw new BpjsValidationError([makeIssue(['ratios', i], 'AMOUNT_NEGATIVE')])
    return d
  })
  const sum = parts.reduce((a, b) => a.plus(b), new Dec(0))
  if (sum.isZero())
    throw new BpjsValidationError([
      makeIssue(['ratios'], 'ALLOCATION_INVALID', { reason: 'sum of ratios is 0' }),
    ])
  const sign = total < 0 ? -1 : 1
  const abs = new Dec(total).abs()
  const exact = parts.map((p) => abs.times(p).div(sum))
  const floors = exact.map((e) => e.floor())
  let left = abs.minus(floors.reduce((a, b) => a.plus(b), new Dec(0))).toNumber()
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i] ?? 0) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i)
  const out = floors.map((f) => f.toNumber())
  for (const { i } of order) {
    if (left <= 0) break
    out[i] = (out[i] ?? 0) + 1
    left -= 1
  }
  return out.map((v) => (v === 0 ? 0 : v * sign))
}
