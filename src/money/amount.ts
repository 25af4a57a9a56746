import type { MessageParams } from '../i18n/types.js'
import { tryParseRupiah } from './format.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages)

/** The largest money input accepted: Rp90 trillion (keeps every amount in sen a safe integer). */
export const MAX_AMOUNT_RUPIAH = 90_000_000_000_000
/** The largest money input in sen (1/100 rupiah). */
export const MAX_AMOUNT_SEN = MAX_AMOUNT_RUPIAH * 100

/** The result of checking a money input: its exact value in sen, or why it was refused. */
export type AmountCheck =
  | { readonly ok: true; readonly sen: number }
  | { readonly ok: false; readonly code: string; readonly params: MessageParams }

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/
const INDONESIAN_GROUPED = /^\d{1,3}(\.\d{3})+(,\d*)?$/

function fail(code: string, params: MessageParams = {}): AmountCheck {
  return { ok: false, code, params }
}

function fromDigits(intPart: string, fracPart: string, original: string): AmountCheck {
  let frac = fracPart
  if (frac.length > 2) {
    if (/[^0]/.test(frac.slice(2))) return fail('AMOUNT_TOO_PRECISE', { value: original })
    frac = frac.slice(0, 2)
  }
  const int = intPart.replace(/^0+(?=\d)/, '')
  if (int.length > 14) return fail('AMOUNT_TOO_LARGE', { maximum: '90.000.000.000.000' })
  const sen = Number(int) * 100 + Number(frac.padEnd(2, '0'))
  if (sen > MAX_AMOUNT_SEN) return fail('AMOUNT_TOO_LARGE', { maximum: '90.000.000.000.000' })
  return { ok: true, sen }
}

/**
 * Checks a money input (`number` or plain decimal `string`) and returns its exact value in sen.
 * Strict: no `NaN`, `Infinity`, exponents, spaces, signs, thousands separators or more than 2 decimal
 * places; Indonesian-formatted text (`'5.000.000'`, `'Rp5.000.000'`) is refused with a hint to
 * `parseRupiah`. Zero is refused unless `allowZero`.
 */
export function checkAmount(value: unknown, allowZero = false): AmountCheck {
  let text: string
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('AMOUNT_NOT_FINITE')
    if (value < 0) return fail('AMOUNT_NEGATIVE')
    if (value > MAX_AMOUNT_RUPIAH) return fail('AMOUNT_TOO_LARGE', { maximum: '90.000.000.000.000' })
    if (value !== 0 && value < 0.000001) return fail('AMOUNT_TOO_PRECISE', { value: String(value) })
    // String() gives the shortest decimal that round-trips: the number the caller wrote.
    text = value === 0 ? '0' : String(value)
  } else if (typeof value === 'string') {
    if (value === '') return fail('AMOUNT_EMPTY')
    if (value.length > 64) return fail('AMOUNT_NOT_DECIMAL', { value: `${value.slice(0, 20)}…` })
    text = value
    if (/^-\d/.test(text) && PLAIN_DECIMAL.test(text.slice(1))) return fail('AMOUNT_NEGATIVE')
  } else {
    return value === undefined ? fail('REQUIRED') : fail('AMOUNT_NOT_NUMBER')
  }
  const m = PLAIN_DECIMAL.exec(text)
  if (m === null || (typeof value === 'string' && INDONESIAN_GROUPED.test(text) && (m[2] ?? '').length > 2)) {
    if (typeof value === 'string' && (/rp|,/i.test(text) || INDONESIAN_GROUPED.test(text))) {
      const suggestion = tryParseRupiah(text)
      if (suggestion !== undefined) return fail('AMOUNT_LOCALIZED_FORMAT', { value: text, suggestion })
    }
    return fail('AMOUNT_NOT_DECIMAL', { value: text })
  }
  const checked = fromDigits(m[1] ?? '0', m[2] ?? '', text)
  if (checked.ok && checked.sen === 0 && !allowZero) return fail('AMOUNT_NOT_POSITIVE')
  return checked
}
