// The payroll file's reading, pricing and result (loaded when a file is first chosen, so that the first page
// stays small): read with the same rules as the CLI (`bpjs-tk iuran --csv`: doors/ detects the separator,
// maps Indonesian and English column names and words, decides each money column's number format from the
// whole column), priced by calculateContributions; the result per worker, the refused rows with their line
// and message, the totals, and the priced file to download as CSV (plain, or for Indonesian Excel).
import { calculateContributions, formatRupiah, type ContributionInput } from 'bpjs-ketenagakerjaan'
import {
  createLayout,
  csvLine,
  doorsMessage,
  EXCEL_ID_STYLE,
  PAYROLL_AMOUNT_COLUMNS,
  PAYROLL_IDENTITY,
  PAYROLL_TABLE,
  TableError,
  TableReader,
  type Cell,
  type ContributionLike,
  type CsvRecord,
  type NumberFormat,
} from '../../../doors/index.js'
import { count, h, state, t, tx } from '../ui'
import { csvRecords, fileRecords, FileProblem, headerIndex, msg, xlsxDownload } from './table-file'

/** Rows listed on the page (all of them are in the download). */
const SHOWN_ROWS = 500

interface Priced {
  line: number
  identity: string[]
  wage?: string
  result: ContributionLike & { totals: Record<string, number> }
}
interface Refused {
  line: number
  id: string
  messages: string[]
}
export interface PayrollResult {
  priced: Priced[]
  refused: Refused[]
  identity: string[]
  unknownColumns: string[]
  totals: Record<string, number>
}

export { FileProblem, fileRecords }

/**
 * Reads and prices a payroll text. `defaults` fill the columns a row leaves empty or the file lacks (as the
 * CLI's options do); a row without a category is PU.
 */
export function pricePayrollText(
  text: string,
  defaults: Record<string, unknown>,
  numberFormat: NumberFormat | undefined,
): PayrollResult {
  return pricePayrollRecords(csvRecords(text), defaults, numberFormat)
}

/** Prices the records of a payroll file (CSV or the first sheet of an .xlsx). */
export function pricePayrollRecords(
  records: readonly CsvRecord[],
  defaults: Record<string, unknown>,
  numberFormat: NumberFormat | undefined,
): PayrollResult {
  const headerAt = headerIndex(records)
  let reader: TableReader
  try {
    reader = new TableReader(PAYROLL_TABLE, records[headerAt]!.cells, {
      requireAny: PAYROLL_AMOUNT_COLUMNS,
      ...(numberFormat === undefined ? {} : { numberFormat }),
    })
    const rows = records.slice(headerAt + 1)
    if (reader.needsSurvey) for (const r of rows) reader.survey(r)
    reader.decide()
  } catch (e) {
    if (e instanceof TableError) throw new FileProblem(msg(e.messages))
    throw e
  }
  const present = reader.header.columns.map((c) => c?.key)
  let identity = PAYROLL_IDENTITY.filter((k) => present.includes(k))
  if (identity.length === 0) identity = ['id']
  const identityAt = identity.map((k) => present.indexOf(k))
  const pending: { line: number; identity: string[]; id: string; row: Record<string, unknown> }[] = []
  const refused: Refused[] = []
  for (const rec of records.slice(headerAt + 1)) {
    const r = reader.read(rec)
    if (r.kind === 'blank') continue
    const ids = identityAt.map((i) => (i < 0 ? '' : (rec.cells[i] ?? '').trim()))
    const id = ids.find((x) => x !== '') ?? ''
    if (r.kind === 'refused') {
      refused.push({ line: r.line, id, messages: r.issues.map((i) => `${i.path}: ${msg(i.messages)}`) })
      continue
    }
    const row: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(defaults)) if (v !== undefined) row[k] = v
    for (const [k, v] of Object.entries(r.values)) if (!PAYROLL_IDENTITY.includes(k)) row[k] = v
    if (row['category'] === undefined) row['category'] = 'PU'
    pending.push({ line: r.line, identity: ids, id, row })
  }
  const batch = calculateContributions(pending.map((p) => p.row) as unknown as ContributionInput[], {
    locale: state.lang,
  })
  const priced: Priced[] = []
  const totals: Record<string, number> = { employer: 0, worker: 0, participant: 0, government: 0, total: 0 }
  pending.forEach((p, i) => {
    const b = batch.at(i)
    if (b === undefined) return
    if (b.ok) {
      const result = b.result as unknown as Priced['result']
      const wage = p.row['wage']
      priced.push({
        line: p.line,
        identity: p.identity,
        ...(typeof wage === 'string' ? { wage } : {}),
        result,
      })
      for (const k of Object.keys(totals)) totals[k] = (totals[k] ?? 0) + (result.totals[k] ?? 0)
    } else {
      const e = b.error
      const issues = 'issues' in e ? e.issues : [{ path: e.path, message: e.message }]
      refused.push({
        line: p.line,
        id: p.id,
        messages: issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`),
      })
    }
  })
  refused.sort((a, b) => a.line - b.line)
  return { priced, refused, identity, unknownColumns: [...reader.header.unknown], totals }
}

/** The priced file as a table: the CLI's worker layout, one row per worker, then the grand totals. */
export function payrollTable(r: PayrollResult): Cell[][] {
  const layout = createLayout('worker', r.identity)
  const out: Cell[][] = [[...layout.columns]]
  for (const p of r.priced)
    out.push(
      ...layout.rows({
        row: p.line,
        identity: p.identity,
        ...(p.wage === undefined ? {} : { wage: p.wage }),
        result: p.result,
      }),
    )
  out.push(...layout.totals())
  return out
}

/** The priced file as CSV text (plain, or for Indonesian Excel: `;`, BOM). */
export function payrollCsv(r: PayrollResult, excel: boolean): string {
  const style = excel ? EXCEL_ID_STYLE : {}
  return `${excel ? '\uFEFF' : ''}${payrollTable(r)
    .map((cells) => csvLine(cells, style))
    .join('')}`
}

function download(name: string, label: 'downloadCsv' | 'downloadExcel', text: string): HTMLAnchorElement {
  const a = h('a', { class: 'download', download: name }, tx(label), ` (${name})`)
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  return a
}

export function resultView(r: PayrollResult): HTMLElement[] {
  const shown = r.priced.slice(0, SHOWN_ROWS)
  const name = (p: Priced): string => p.identity.filter((x) => x !== '').join(' · ')
  const payers = (['employer', 'worker', 'participant', 'government'] as const).filter(
    (k) => (r.totals[k] ?? 0) !== 0,
  )
  return [
    h(
      'p',
      { class: 'status', 'data-payroll-count': `${r.priced.length}/${r.refused.length}` },
      h('strong', {}, `${count(r.priced.length)} `),
      tx('payrollPriced'),
      r.refused.length > 0 ? ` · ${count(r.refused.length)} ` : '',
      r.refused.length > 0 ? tx('payrollRefused') : '',
    ),
    r.unknownColumns.length > 0
      ? h(
          'p',
          { class: 'warnings' },
          msg(doorsMessage('UNKNOWN_COLUMNS', { columns: r.unknownColumns.join(', ') })),
        )
      : null,
    h(
      'table',
      { class: 'totals', 'data-testid': 'payroll-totals' },
      h('caption', {}, tx('totalsByPayer')),
      h(
        'tbody',
        {},
        ...payers.map((k) =>
          h(
            'tr',
            { 'data-payer': k },
            h('th', { scope: 'row' }, tx(k)),
            h('td', { class: 'num' }, formatRupiah(r.totals[k] ?? 0)),
          ),
        ),
        h(
          'tr',
          { class: 'grand', 'data-payer': 'total' },
          h('th', { scope: 'row' }, tx('total')),
          h('td', { class: 'num' }, formatRupiah(r.totals['total'] ?? 0)),
        ),
      ),
    ),
    h(
      'p',
      { class: 'downloads' },
      download('iuran.csv', 'downloadCsv', payrollCsv(r, false)),
      ' ',
      download('iuran-excel.csv', 'downloadExcel', payrollCsv(r, true)),
      ' ',
      xlsxDownload('iuran.xlsx', () => payrollTable(r)),
    ),
    h(
      'table',
      { class: 'lines', 'data-testid': 'payroll-rows' },
      h(
        'caption',
        {},
        tx('payrollWorkers'),
        r.priced.length > SHOWN_ROWS ? ` (${count(SHOWN_ROWS)} / ${count(r.priced.length)})` : '',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tx('payrollRow')),
          h('th', { scope: 'col' }, tx('worker')),
          h('th', { scope: 'col', class: 'num' }, tx('total')),
        ),
      ),
      h(
        'tbody',
        {},
        ...shown.map((p) =>
          h(
            'tr',
            { 'data-line': String(p.line) },
            h('td', {}, String(p.line)),
            h('td', {}, name(p), h('span', { class: 'detail' }, `${p.result.category} · ${p.result.period}`)),
            h('td', { class: 'num' }, formatRupiah(p.result.totals['total'] ?? 0)),
          ),
        ),
      ),
    ),
    r.refused.length > 0
      ? h(
          'section',
          { class: 'questions refused' },
          h('h3', {}, tx('payrollRefusedRows')),
          h(
            'ul',
            {},
            ...r.refused.map((x) =>
              h(
                'li',
                { 'data-line': String(x.line) },
                `${t('payrollRow')} ${x.line}${x.id ? ` (${x.id})` : ''}: `,
                x.messages.join(' '),
              ),
            ),
          ),
        )
      : null,
  ].filter((x): x is HTMLElement => x !== null)
}
