// Output of single results: `table` (for people, localized), `json` (the result object), `csv` (stable
// English column names, plain numbers, for spreadsheets and scripts).
import { stringify } from 'csv-stringify/sync'
import { escapeSpreadsheetCell, formatRate, safeTerminalText } from '../doors/index.js'
import { formatRupiah, renderExplanation, type Explanation, type Warning } from './api.js'
import { UsageError } from './args.js'
import { t, type Lang, type MessageKey } from './messages.js'

export type Format = 'table' | 'json' | 'csv' | 'ndjson' | 'xlsx'

/** What every command prints, in each format. */
export interface Rendered {
  /** The text for `--format table`. */
  readonly table: string
  /** Header and rows for `--format csv`. */
  readonly csv: { readonly columns: readonly string[]; readonly rows: readonly (readonly unknown[])[] }
}

/** Whole rupiah for people (`Rp12.000`); anything else as is. */
export function rp(value: unknown): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatRupiah(value) : String(value ?? '')
}

/** A rate string as a percentage, exactly (the doors' `formatRate`): `'0.0024'` → `0,24%` (id) or `0.24%` (en). */
export function percent(rate: unknown, lang: Lang): string {
  if (typeof rate !== 'string') return rate === undefined ? '' : String(rate)
  return formatRate(rate, lang)
}

/** A label of the tool if there is one for `key`, else `key` itself (program codes, unknown payers). */
export function label(lang: Lang, key: string): string {
  return t(lang, key as MessageKey)
}

const NUMERIC = /^-?Rp|^-?\d[\d.,]*%?$/

/** A plain-text table: columns padded, numbers and money right-aligned; control characters made visible. */
export function table(headers: readonly string[], cells: readonly (readonly string[])[]): string {
  const rows = cells.map((r) => r.map(safeTerminalText))
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const right = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '') === '' || NUMERIC.test(r[i] ?? '')),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (right[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** `Label: value` lines, labels padded. */
export function pairs(entries: readonly (readonly [string, string])[]): string {
  const w = Math.max(0, ...entries.map(([k]) => k.length))
  return entries.map(([k, v]) => `${`${k}:`.padEnd(w + 1)}  ${safeTerminalText(v)}`).join('\n')
}

/** The warnings block of a table, or nothing. */
export function warningsBlock(warnings: readonly Warning[] | undefined, lang: Lang): string[] {
  if (warnings === undefined || warnings.length === 0) return []
  return [
    '',
    `${t(lang, 'warnings')}:`,
    ...warnings.map((w) => `  - [${w.code}] ${safeTerminalText(w.message)}`),
  ]
}

/** A result with the fields every result has. */
export interface AnyResult {
  readonly warnings?: readonly Warning[]
  readonly explanation?: Explanation
}

/** Writes a result in the chosen format to stdout; `--explain` adds the rendered explanation. */
export function print(
  result: AnyResult,
  rendered: Rendered,
  format: Format,
  explain: boolean,
  lang: Lang,
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): void {
  // .xlsx is a payroll file's output (iuran --csv): a single result is never silently printed otherwise
  if (format === 'xlsx') throw new UsageError(t(lang, 'xlsxPayrollOnly'))
  // the table already lists the warnings; on stderr (csv) the explanation carries them
  // renderExplanation itself shows control characters from caller strings as text
  const explanationText =
    explain && result.explanation !== undefined
      ? renderExplanation(result.explanation, {
          locale: lang,
          warnings: format === 'csv' ? (result.warnings ?? []) : [],
        })
      : undefined
  if (format === 'json' || format === 'ndjson') {
    // the result as the library returns it; the explanation (long) only when asked for; ndjson: one line
    const { explanation, ...rest } = result as AnyResult & Record<string, unknown>
    const value = explain ? { ...rest, explanation } : rest
    out(`${format === 'json' ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`)
    return
  }
  if (format === 'csv') {
    out(stringify([rendered.csv.columns, ...rendered.csv.rows.map((r) => r.map(csvCell))]))
    // stdout stays one clean CSV table; the explanation goes to stderr
    if (explanationText !== undefined) err(`${explanationText}\n`)
    return
  }
  out(`${rendered.table}\n`)
  if (explanationText !== undefined) out(`\n${explanationText}\n`)
}

function csvCell(v: unknown): string | number | boolean {
  if (v === undefined || v === null) return ''
  if (typeof v === 'number' || typeof v === 'boolean') return v
  // text cells made safe for spreadsheets (formula injection: = + - @ tab CR)
  return escapeSpreadsheetCell(typeof v === 'string' ? v : JSON.stringify(v))
}
