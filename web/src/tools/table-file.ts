// A dropped file as records (cells with their line numbers), for the payroll and roster uploads: CSV text read by
// doors/ (separator detected, BOM, quotes), or an .xlsx workbook's first sheet (its reader loads only when an
// .xlsx is dropped, so the first page stays small). Loaded with the upload modules, not on the first page.
import {
  CsvFormatError,
  CsvParser,
  detectDelimiter,
  doorsMessage,
  MAX_CELL_CHARS,
  type Cell,
  type CsvRecord,
} from '../../../doors/index.js'
import { h, state, t, tx } from '../ui'

/** Thrown for a file that cannot be read at all (shown beside the file field). */
export class FileProblem extends Error {}

export const msg = (m: { id: string; en: string }): string => (state.lang === 'en' ? m.en : m.id)

/** True for a file the XLSX reader takes (by name, or by type when the name says nothing). */
export const isXlsx = (file: { name: string; type: string }): boolean =>
  /\.xlsx$/i.test(file.name) ||
  file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** CSV text as records (line numbers as in the file). */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  const body = text.replace(/^\uFEFF/, '')
  try {
    const parser = new CsvParser(detectDelimiter(body), (r) => records.push(r))
    parser.push(body)
    parser.end()
  } catch (e) {
    if (e instanceof CsvFormatError)
      throw new FileProblem(msg(doorsMessage(e.code, { line: e.line, limit: MAX_CELL_CHARS })))
    throw e
  }
  return records
}

/** The file's records: the first sheet of an .xlsx (row numbers as Excel shows them), else CSV text. */
export async function fileRecords(file: File): Promise<CsvRecord[]> {
  if (!isXlsx(file)) return csvRecords(await file.text())
  const { xlsxRecords } = await import('./xlsx')
  try {
    return await xlsxRecords(file)
  } catch (e) {
    throw new FileProblem(`${t('xlsxProblem')} ${e instanceof Error ? e.message : ''}`.trim())
  }
}

/** The first record with a non-empty cell (the header), or a {@link FileProblem} for an empty file. */
export function headerIndex(records: readonly CsvRecord[]): number {
  const at = records.findIndex((r) => r.cells.some((c) => c.trim() !== ''))
  if (at < 0) throw new FileProblem(msg(doorsMessage('EMPTY_FILE', {})))
  return at
}

/**
 * A button that downloads a table as an .xlsx workbook (one sheet; numbers as numbers, text as text). The
 * writer loads on the first click.
 */
export function xlsxDownload(name: string, table: () => Cell[][]): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'download link', 'data-download': name },
    tx('downloadXlsx'),
    ` (${name})`,
  )
  button.addEventListener('click', () => {
    void (async () => {
      const { xlsxBlob } = await import('./xlsx')
      const a = h('a', { download: name })
      a.href = URL.createObjectURL(await xlsxBlob(table()))
      document.body.append(a)
      a.click()
      a.remove()
    })()
  })
  return button
}
