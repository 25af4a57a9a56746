// Numbers as people write them in payroll files: plain (`14146000`), Indonesian (`14.146.000`,
// `Rp 14.146.000,00`, `Rp14.146.000,-`) and English (`14,146,000.00`). A column is read one way, decided from the
// whole column (see {@link decideNumberFormat}) or forced by the caller; the library itself never guesses.

/** How a column writes its numbers: `id` dot groups and decimal comma, `en` comma groups and decimal point,
 *  `plain` digits with an optional decimal point (the library's own form). */
export type NumberFormat = 'id' | 'en' | 'plain'

export const NUMBER_FORMATS: readonly NumberFormat[] = Object.freeze(['id', 'en', 'plain'])

/**
 * What one cell can be: `plain` digits only; `id` only Indonesian; `en` only English; `either` both
 * (`1.500`, `1,500`: one group of three); `none` not a number in any of the three ways.
 */
export type NumberShape = 'plain' | 'id' | 'en' | 'either' | 'none'

const PLAIN = /^\d+$/
const EITHER = /^\d{1,3}[.,]\d{3}$/
const ID = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)$/
const EN = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$/

/** The digits part of a cell: currency (`Rp`, `IDR`), spaces and sign taken off; `,-` means no cents. */
function strip(cell: string): { sign: string; body: string; idSuffix: boolean } {
  let s = cell.trim()
  let sign = ''
  if (s.startsWith('-')) {
    sign = '-'
    s = s.slice(1).trimStart()
  }
  const cur = /^(?:rp\.?|idr)\s*/i.exec(s)
  if (cur !== null) s = s.slice(cur[0].length)
  if (sign === '' && s.startsWith('-')) {
    sign = '-'
    s = s.slice(1).trimStart()
  }
  // `Rp 14.146.000,-` / `,--`: Indonesian "no cents"
  const idSuffix = /,-+$/.test(s)
  if (idSuffix) s = s.replace(/,-+$/, '')
  return { sign, body: s, idSuffix }
}

/** The shape of one cell (trimmed; an empty cell is `none`, the caller treats it as absent). */
export function numberShape(cell: string): NumberShape {
  const { body, idSuffix } = strip(cell)
  if (body === '') return 'none'
  if (idSuffix) return PLAIN.test(body) || ID.test(body) || EITHER.test(body) ? 'id' : 'none'
  if (PLAIN.test(body)) return 'plain'
  if (EITHER.test(body)) return 'either'
  if (ID.test(body)) return 'id'
  if (EN.test(body)) return 'en'
  return 'none'
}

/**
 * A cell read as `format` → a plain decimal string the library takes (`'14146000'`, `'5000000.50'`,
 * `'-1'`), or `undefined` when the cell is not written that way.
 */
export function readNumber(cell: string, format: NumberFormat): string | undefined {
  if (PLAIN.test(cell)) return cell // digits only: the same in every format
  const { sign, body, idSuffix } = strip(cell)
  if (body === '') return undefined
  let plain: string | undefined
  if (format === 'plain') plain = !idSuffix && /^\d+(?:\.\d+)?$/.test(body) ? body : undefined
  else if (format === 'id')
    plain =
      PLAIN.test(body) || ID.test(body) || EITHER.test(body)
        ? body.replace(/\./g, '').replace(',', '.')
        : undefined
  else plain = !idSuffix && (PLAIN.test(body) || EN.test(body) || EITHER.test(body)) ? body.replace(/,/g, '') : undefined
  // more than two decimals: trailing zeros say nothing (`1.500` read the English way is 1.5); two are kept as
  // written (`14146000.00`)
  if (plain !== undefined && /\.\d{3,}$/.test(plain)) plain = plain.replace(/0+$/, '').replace(/\.$/, '')
  return plain === undefined ? undefined : `${sign}${plain}`
}

/** Where a column's cells of each shape were first seen (line numbers), for one clear message. */
export interface NumberSurvey {
  id?: { line: number; cell: string }
  en?: { line: number; cell: string }
  either?: { line: number; cell: string }
}

/** Notes one cell of a column in its survey (constant memory: only the first cell of each shape is kept). */
export function surveyCell(survey: NumberSurvey, cell: string, line: number): void {
  const shape = numberShape(cell)
  if ((shape === 'id' || shape === 'en' || shape === 'either') && survey[shape] === undefined)
    survey[shape] = { line, cell: cell.trim() }
}

/** The decision for a column: its format, or why it cannot be decided (the caller names the option). */
export type NumberDecision =
  | { readonly ok: true; readonly format: NumberFormat }
  | {
      readonly ok: false
      readonly reason: 'mixed' | 'ambiguous'
      readonly examples: readonly { line: number; cell: string }[]
    }

/**
 * The rule, applied to the whole column:
 * 1. Indonesian-only cells (`14.146.000`, `5000000,50`, `Rp 1.000,-`) and English-only cells
 *    (`14,146,000`, `5000000.50`) both present → `mixed`: cannot be decided.
 * 2. Indonesian-only cells present → `id`; English-only cells present → `en`.
 * 3. Otherwise, a cell with one group of three (`1.500`, `1,500`) present → `ambiguous` (1,500 or 1.5).
 * 4. Otherwise (digits only) → `plain`.
 */
export function decideNumberFormat(survey: NumberSurvey): NumberDecision {
  if (survey.id !== undefined && survey.en !== undefined)
    return { ok: false, reason: 'mixed', examples: [survey.id, survey.en] }
  if (survey.id !== undefined) return { ok: true, format: 'id' }
  if (survey.en !== undefined) return { ok: true, format: 'en' }
  if (survey.either !== undefined) return { ok: false, reason: 'ambiguous', examples: [survey.either] }
  return { ok: true, format: 'plain' }
}

/** Whole and decimal parts of a non-negative decimal text, grouped for people: `'1234567.5'` → id `1.234.567,5`. */
export function formatDecimal(value: string | number, locale: 'id' | 'en', fractionDigits?: number): string {
  let text = typeof value === 'number' ? (fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits)) : value
  let sign = ''
  if (text.startsWith('-')) {
    sign = '-'
    text = text.slice(1)
  }
  const [int = '0', frac] = text.split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',')
  return `${sign}${grouped}${frac === undefined || frac === '' ? '' : `${locale === 'id' ? ',' : '.'}${frac}`}`
}

/** Whole rupiah for people: `Rp12.000.000` (id) or `Rp12,000,000` (en). */
export function formatRupiahFor(amount: number, locale: 'id' | 'en'): string {
  return `${amount < 0 ? '-' : ''}Rp${formatDecimal(String(Math.abs(amount)), locale)}`
}

/**
 * A rate string as a percentage, exactly (string arithmetic, no float): `'0.0054'` → `0,54%` (id) or
 * `0.54%` (en). Anything not a plain non-negative decimal is returned as written.
 */
export function formatRate(rate: string, locale: 'id' | 'en'): string {
  if (!/^\d+(\.\d+)?$/.test(rate)) return rate
  const [int = '0', frac = ''] = rate.split('.')
  const digits = `${int}${frac.padEnd(2, '0')}`
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, '')
  const rest = digits.slice(int.length + 2).replace(/0+$/, '')
  return `${whole}${rest === '' ? '' : `${locale === 'id' ? ',' : '.'}${rest}`}%`
}
