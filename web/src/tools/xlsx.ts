// .xlsx in and out (loaded only when an .xlsx is dropped or downloaded): read-excel-file reads the first sheet,
// write-excel-file writes one. A cell read from a sheet becomes the text doors/ reads from a CSV: a number
// cell its plain digits (`1000000`), a date cell its calendar date (`1990-08-05`), a boolean `true`/`false`.
import { readSheet } from 'read-excel-file/browser'
import writeXlsxFile from 'write-excel-file/browser'
import type { Cell, CsvRecord } from '../../../doors/index.js'

const pad = (n: number): string => String(n).padStart(2, '0')

/** One sheet cell as the text a CSV would hold. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date)
    // Excel dates carry no time zone: read them in UTC, as the reader builds them
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`
  return String(v)
}

/** The first sheet of a workbook as records; each record's line is its row number in the sheet (from 1). */
export async function xlsxRecords(file: Blob): Promise<CsvRecord[]> {
  const rows = await readSheet(file)
  return rows.map((row, i) => ({ cells: row.map(cellText), line: i + 1 }))
}

/** A table as a one-sheet workbook (numbers stay numbers; empty cells stay empty). */
export async function xlsxBlob(table: readonly (readonly Cell[])[]): Promise<Blob> {
  const data = table.map((row) => row.map((c) => (c === undefined || c === '' ? null : c)))
  return writeXlsxFile(data).toBlob()
}
