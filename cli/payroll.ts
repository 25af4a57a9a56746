// `bpjs-tk iuran --csv pegawai.csv`: prices a payroll file as people have it (any of `,` `;` tab, BOM, CRLF,
// Indonesian or English numbers, Indonesian or English column names and words), streaming in flat memory, into
// CSV (plain or Indonesian Excel), JSON or NDJSON, one row per worker or per contribution line. A bad row is
// reported with its line number and never stops the others; a file that cannot be read at all is a file error.
import type { MessageTexts } from '../src/i18n/types.js'
import { closeSync, createReadStream, fstatSync, openSync, readSync, truncateSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import cliProgress from 'cli-progress'
import {
  createLayout,
  csvLine,
  CsvFormatError,
  CsvParser,
  detectDelimiter,
  doorsMessage,
  EXCEL_ID_STYLE,
  formatDecimal,
  formatRupiahFor,
  MAX_CELL_CHARS,
  PAYROLL_AMOUNT_COLUMNS,
  PAYROLL_IDENTITY,
  PAYROLL_TABLE,
  safeTerminalText,
  TableError,
  TableReader,
  type Cell,
  type ContributionLike,
  type CsvRecord,
  type CsvStyle,
  type CompiledRow,
  type LayoutName,
  type NumberFormat,
  type PlanTemplate,
  type RowIssue,
} from '../doors/index.js'
import { BpjsRuleError, BpjsValidationError, type Calculation } from './api.js'
import { UsageError } from './args.js'
import { t, template, type Lang } from './messages.js'
import { openOutput, Out, XlsxTable } from './payroll-output.js'
import {
  MAX_JOBS,
  PARALLEL_MIN_BYTES,
  PartError,
  PartWorkers,
  planSplit,
  type PartResult,
  type PartRowError,
} from './payroll-parallel.js'

export type PayrollFormat = 'csv' | 'json' | 'ndjson' | 'xlsx'

export interface PayrollOptions {
  /** Path of the payroll CSV, or `-` for standard input. */
  readonly file: string
  /** Where to write the priced rows (default standard output). */
  readonly output?: string
  /** Also write every row error to this CSV file. */
  readonly errors?: string
  /** Values for columns a row leaves empty or the file does not have (from the command's options). */
  readonly defaults: Readonly<Record<string, unknown>>
  /** The options passed to every calculation (locale, overrides, rounding). */
  readonly calcOptions: Readonly<Record<string, unknown>>
  /** `true`/`false` force progress reports on or off; `undefined`: on for files of 1 MiB or more. */
  readonly progress?: boolean
  /** The column separator; `undefined`: detected from the header (`,` `;` tab). */
  readonly delimiter?: string
  /** How money cells are written; `undefined`: decided per column from the whole column. */
  readonly numberFormat?: NumberFormat
  readonly format?: PayrollFormat
  readonly layout?: LayoutName
  /** CSV for Indonesian Excel: `;`, decimal comma, rates as percentages, BOM. */
  readonly excel?: boolean
  /** Row errors shown on stderr per error code (all of them go to {@link errors}). Default 10. */
  readonly showErrors?: number
  readonly lang: Lang
  /** One row at a time: used for a chunk the batch could not price (an unexpected error). */
  readonly calculate: Calculation
  /** The batch API (`calculateContributions`): the rows are priced {@link CHUNK_ROWS} at a time. */
  readonly calculateBatch: BatchCalculation
  /** Whether stderr is a terminal (the progress bar); default `process.stderr.isTTY`. */
  readonly tty?: boolean
  /**
   * Threads to price a large file with (`--jobs`): a file of {@link PARALLEL_MIN_BYTES} or more that can be
   * cut at line ends is cut into this many parts, one per thread (cli/payroll-parallel.ts). Default 1.
   */
  readonly jobs?: number
  /** The script a worker thread runs (the built CLI); without it every file is priced in one thread. */
  readonly workerScript?: URL
  /** In a worker thread: the part of the file this call prices (no header line, totals or summary written). */
  readonly part?: PayrollPart
}

/** The part of a file a worker thread prices: see {@link PayrollOptions.part}. */
export interface PayrollPart {
  readonly start: number
  readonly end: number
  readonly firstLine: number
  readonly header: readonly string[]
  readonly numberFormats: Readonly<Record<string, NumberFormat>>
  /** Told how far the part has got (characters read, rows read, rows failed), after each chunk of rows. */
  readonly onProgress: (chars: number, rows: number, failed: number) => void
  /** Survey every record while pricing (the formats are a guess from the file's first rows). */
  readonly surveyAll: boolean
}

/**
 * The batch entry point as the payroll sees it: calculateContributions, or {@link priceChunk}, which also
 * gives the rows priced on a plan as amounts (`compact`), written without building a result per row.
 */
export type BatchCalculation = (
  rows: readonly unknown[],
  options?: unknown,
) => {
  at(index: number): BatchRow | undefined
  compact?(
    index: number,
  ): { readonly template: PlanTemplate; readonly amounts: Float64Array; readonly at: number } | undefined
}

type BatchRow =
  { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: unknown }

/** Rows priced per call of the batch API: large enough to share its plans, small enough to stream. */
const CHUNK_ROWS = 1024
/** With standard input (read once), the number format is decided from this many rows. */
export const STDIN_SURVEY_ROWS = 10_000
const AUTO_PROGRESS_BYTES = 1024 * 1024
const TOTAL_KEYS = ['employer', 'worker', 'participant', 'government', 'total', 'deferred'] as const
/** Whole wages up to this many rupiah are handed to the library as numbers (exact: far below 2^53). */
const MAX_WHOLE_WAGE = 1e13
/** Bytes read at a time. */
const READ_CHUNK = 32 * 1024

export interface PayrollSummary {
  readonly rows: number
  readonly ok: number
  readonly failed: number
  readonly totals: Readonly<Record<string, number>>
  readonly seconds: number
  /** In a worker thread: what the main thread adds into its own counts, totals and errors shown. */
  readonly part?: PartResult
}

/** A row error as shown and written to `--errors` (the same shape a worker thread reports). */
type RowError = PartRowError

function rowErrors(e: unknown, row: number, id: string, lang: Lang): RowError[] {
  const msg = (m: MessageTexts) => (lang === 'en' ? (m.en ?? m.id) : m.id)
  if (e instanceof BpjsValidationError)
    return e.issues.map((i) => ({
      row,
      id,
      path: i.path.map(String).join('.'),
      code: i.code,
      message: msg(i.messages),
    }))
  if (e instanceof BpjsRuleError)
    return [{ row, id, path: e.path.map(String).join('.'), code: e.code, message: msg(e.messages) }]
  return [{ row, id, path: '', code: 'INTERNAL_ERROR', message: e instanceof Error ? e.message : String(e) }]
}

/** A file the CSV reader cannot read (an unclosed quote, a binary file, a cell too long): a usage error. */
export function csvFileError(e: CsvFormatError, lang: Lang): UsageError {
  return fileError(lang, e.code, { line: e.line, limit: MAX_CELL_CHARS })
}

/** A file problem as a usage error (exit 2), in the caller's language. */
function fileError(
  lang: Lang,
  code: Parameters<typeof doorsMessage>[0],
  params: Record<string, string | number>,
) {
  const m = doorsMessage(code, params)
  return new UsageError(lang === 'en' ? m.en : m.id)
}

/** Opens the input, or a usage error (missing file, directory). */
function openInput(
  file: string,
  lang: Lang,
): { bytes: (start?: number, end?: number) => AsyncIterable<Uint8Array>; size: number | undefined } {
  if (file === '-') return { bytes: () => process.stdin, size: undefined }
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (e) {
    throw new UsageError(t(lang, 'cannotRead', { file, reason: (e as Error).message }))
  }
  const st = fstatSync(fd)
  if (st.isDirectory()) {
    closeSync(fd)
    throw new UsageError(t(lang, 'isDirectory', { file }))
  }
  if (!st.isFile())
    return { bytes: () => createReadStream('', { fd, highWaterMark: READ_CHUNK }), size: undefined }
  return { bytes: (start, end) => fileBytes(fd, start, end), size: st.size }
}

/**
 * The bytes of a regular file, read synchronously {@link READ_CHUNK} at a time into one buffer (each chunk is
 * decoded before the next is read), from byte `start` up to `end` (default: the whole file). For a file on
 * disk this is much faster than a read stream, which goes through the thread pool for every chunk (measured:
 * 21 MB in 3–8 ms against 200–400 ms). The file is closed when the reading ends or stops.
 */
export async function* fileBytes(
  fd: number,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Uint8Array> {
  const buf = Buffer.allocUnsafe(READ_CHUNK)
  let at = start
  try {
    while (at < end) {
      const n = readSync(fd, buf, 0, Math.min(READ_CHUNK, end - at), at)
      if (n === 0) return
      at += n
      yield buf.subarray(0, n)
    }
  } finally {
    closeSync(fd)
  }
}

/** The text of a readable stream, chunk by chunk, decoded as UTF-8 (a chunk may end inside a character). */
export async function* textChunks(stream: Readable | AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    const text = decoder.decode(chunk, { stream: true })
    if (text !== '') yield text
  }
  const rest = decoder.decode()
  if (rest !== '') yield rest
}

/** CSV records of a text stream, a batch per chunk, with the separator given or detected from the header. */
export async function* csvRecords(
  chunks: AsyncIterable<string>,
  delimiter: string | undefined,
  onBytes: (chars: number) => void,
  maxCells?: () => number,
  /** The line number of the first line (a part of a file read from its middle: no header); default 1. */
  firstLine = 1,
  /** Told the separator once it is known (given or detected). */
  onDelimiter?: (delimiter: string) => void,
): AsyncGenerator<CsvRecord[]> {
  let batch: CsvRecord[] = []
  let parser: CsvParser | undefined
  let head = ''
  const make = (d: string) => {
    onDelimiter?.(d)
    return new CsvParser(d, (r) => batch.push(r), firstLine)
  }
  const limit = () => {
    if (maxCells !== undefined && parser !== undefined) parser.maxCells = maxCells()
  }
  for await (const text of chunks) {
    onBytes(text.length)
    if (parser === undefined) {
      head += text
      // the separator is detected on the header line: wait for its end (or a large start)
      if (
        delimiter === undefined &&
        !/[\r\n]/.test(head.replace(/^\uFEFF?[\s;,\t]*/, '')) &&
        head.length < MAX_CELL_CHARS
      )
        continue
      parser = make(delimiter ?? detectDelimiter(head))
      parser.push(head)
      head = ''
    } else {
      limit()
      parser.push(text)
    }
    if (batch.length > 0) {
      yield batch
      batch = []
    }
  }
  if (parser === undefined) parser = make(delimiter ?? detectDelimiter(head))
  if (head !== '') parser.push(head)
  parser.end()
  if (batch.length > 0) yield batch
}

/** Standard output closed by the reader (`bpjs-tk … | head`): stop at once, quietly. */
export function quietOnEpipe(stream: Writable): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0)
    throw e
  })
}

/** Turns the values of a layout row into an output record for JSON / NDJSON (empty cells left out). */
function record(columns: readonly string[], cells: readonly Cell[]): Record<string, string | number> {
  const o: Record<string, string | number> = {}
  cells.forEach((c, i) => {
    if (c !== undefined && c !== '') o[columns[i] ?? String(i)] = c
  })
  return o
}

/** Prices the payroll file; resolves with the counts and grand totals once everything is written. */
export async function pricePayroll(o: PayrollOptions): Promise<PayrollSummary> {
  if (o.part !== undefined) return priceOnce(o, false)
  try {
    return await priceOnce(o, true)
  } catch (e) {
    if (!(e instanceof GuessMissed)) throw e
    // the whole file decided another number format than its first rows: read it again, surveying first
    process.stderr.write(`${t(o.lang, 'csvReadAgain', { column: e.column })}\n`)
    return priceOnce(o, false)
  }
}

/** The number formats guessed from a file's first rows were not the whole file's: the rows are priced again. */
class GuessMissed extends Error {
  constructor(readonly column: string) {
    super(`number format of ${column} decided otherwise`)
  }
}

/** Bytes of a file's start from which its money columns' formats are guessed (then checked on the whole file). */
const GUESS_BYTES = 64 * 1024

/**
 * Prices the file once. With `guess`, a file written to `--output` is priced in one pass: the number formats
 * are guessed from its first {@link GUESS_BYTES} while every row is still surveyed; when the whole survey decides
 * otherwise (rare: a later cell changes a column's decision) the output is dropped and {@link GuessMissed} thrown.
 */
async function priceOnce(o: PayrollOptions, guess: boolean): Promise<PayrollSummary> {
  const started = performance.now()
  const lang = o.lang
  const format = o.format ?? 'csv'
  const style: CsvStyle = o.excel === true ? EXCEL_ID_STYLE : {}
  const showErrors = o.showErrors ?? 10
  // .xlsx: written whole at the end, to a file (the package is loaded and the file checked before any row)
  if (format === 'xlsx' && o.output === undefined) throw new UsageError(t(lang, 'xlsxNeedsOutput'))
  const input = openInput(o.file, lang)
  const part = o.part
  // a large file cut into parts, priced in threads; this thread prices the first part (with the header)
  const jobs = Math.min(o.jobs ?? 1, MAX_JOBS)
  const threads =
    part === undefined &&
    jobs > 1 &&
    o.workerScript !== undefined &&
    (format === 'csv' || format === 'ndjson') &&
    input.size !== undefined &&
    input.size >= PARALLEL_MIN_BYTES
      ? new PartWorkers(o.workerScript, jobs - 1)
      : undefined
  // the threads load while the file is cut and its header read
  const split = threads === undefined ? undefined : planSplit(o.file, input.size as number, jobs)
  const parts: PartWorkers | undefined = split === undefined ? undefined : threads
  if (split === undefined) await threads?.close()
  let partsPriced = false
  // the number formats guessed from the file's first rows (every row still surveyed, checked at the end)
  let guessed: ReadonlyMap<string, NumberFormat> | undefined
  const mayGuess =
    guess && part === undefined && o.output !== undefined && format !== 'xlsx' && input.size !== undefined
  let delimiter = o.delimiter
  let headerCells: readonly string[] = []
  const xlsx = format === 'xlsx' && o.output !== undefined ? await XlsxTable.open(o.output, lang) : undefined
  const sinkStream: Writable | undefined =
    xlsx !== undefined ? undefined : o.output === undefined ? process.stdout : openOutput(o.output, lang)
  const errStream = o.errors === undefined ? undefined : openOutput(o.errors, lang)
  const out = sinkStream === undefined ? undefined : new Out(sinkStream, style)
  const errOut = errStream === undefined ? undefined : new Out(errStream)
  if (o.part === undefined) errOut?.line(['row', 'id', 'path', 'code', 'message'])

  // progress: a bar on a terminal; elsewhere a line at each quarter of the file
  const wantProgress =
    part === undefined && (o.progress ?? (input.size !== undefined && input.size >= AUTO_PROGRESS_BYTES))
  const tty = o.tty ?? process.stderr.isTTY === true
  const bar =
    wantProgress && tty
      ? new cliProgress.SingleBar(
          {
            format: template(lang, 'csvProgress'),
            stream: process.stderr,
            fps: 5,
            hideCursor: false,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined
  const log = (line: string) => {
    if (bar !== undefined) process.stderr.write('\r\x1b[K')
    process.stderr.write(`${line}\n`)
  }
  let charsRead = 0
  let nextQuarter = 1
  const total = input.size ?? 0

  const totals: Record<string, number> = Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0]))
  const defaults = Object.entries(o.defaults).filter(([, v]) => v !== undefined)
  let rows = 0
  let ok = 0
  let failed = 0
  const shownByCode = new Map<string, number>()
  const countByCode = new Map<string, number>()
  // in a worker thread, the errors the main thread may show (it shows them after its own part's)
  const shownOfPart: RowError[] = []
  const say = (n: number) => formatDecimal(String(n), lang)

  const progress = () => {
    if (part !== undefined) part.onProgress(charsRead, rows, failed)
    if (!wantProgress) return
    // with parts priced in other threads: this thread's part and how far the others have got
    const p = parts?.progress() ?? { chars: 0, rows: 0, failed: 0 }
    const [chars, shownRows, shownFailed] = partsPriced
      ? [charsRead + p.chars, rows + p.rows, failed + p.failed]
      : [charsRead, rows, failed]
    if (bar !== undefined)
      bar.update(Math.min(chars, total || chars), { rows: say(shownRows), failed: say(shownFailed) })
    else if (total > 0)
      while (nextQuarter < 4 && chars >= (total * nextQuarter) / 4) {
        log(
          t(lang, 'csvQuarter', {
            percent: nextQuarter * 25,
            rows: say(shownRows),
            failed: say(shownFailed),
          }),
        )
        nextQuarter++
      }
  }

  const showError = (err: RowError) =>
    log(
      safeTerminalText(
        t(lang, 'csvRowError', {
          row: err.row,
          id: err.id === '' ? '' : ` (${err.id})`,
          path: err.path === '' ? '' : `${err.path}: `,
          message: `${err.message} [${err.code}]`,
        }),
      ),
    )
  const refused = (errs: RowError[]) => {
    failed++
    for (const err of errs) {
      countByCode.set(err.code, (countByCode.get(err.code) ?? 0) + 1)
      const shown = shownByCode.get(err.code) ?? 0
      if (shown < showErrors) {
        shownByCode.set(err.code, shown + 1)
        if (part !== undefined || guessed !== undefined) shownOfPart.push(err)
        else showError(err)
      }
      errOut?.line([err.row, err.id, err.path, err.code, err.message])
    }
  }

  let reader: TableReader | undefined
  let identity: number[] = []
  let identityNames: string[] = []
  let layout: ReturnType<typeof createLayout> | undefined
  let columns: readonly string[] = []
  let wageAt = -1
  let firstRecord = true

  const emit = (cells: Cell[]) => {
    if (xlsx !== undefined) xlsx.add(cells)
    else if (out === undefined) return
    else if (format === 'csv') out.line(cells)
    else {
      const json = JSON.stringify(record(columns, cells))
      if (format === 'ndjson') out.write(`${json}\n`)
      else {
        out.write(firstRecord ? `[\n${json}` : `,\n${json}`)
        firstRecord = false
      }
    }
  }

  type Pending = { line: number; id: string; identity: string[]; wage: Cell; row: Record<string, unknown> }
  const priced = (p: Pending, r: ContributionLike) => {
    const l = layout as NonNullable<typeof layout>
    for (const cells of l.rows({ row: p.line, identity: p.identity, wage: p.wage, result: r }))
      emit(wageCell(cells, wageAt))
    for (const k of TOTAL_KEYS) totals[k] = (totals[k] ?? 0) + (r.totals[k] ?? 0)
    ok++
  }
  // the worker layout of the rows priced on a plan, made once per plan (a plan's template is shared by its rows)
  const compiled = new Map<PlanTemplate, CompiledRow>()
  const pricedOnPlan = (p: Pending, template: PlanTemplate, amounts: Float64Array, at: number): boolean => {
    const compile = (layout as NonNullable<typeof layout>).compile
    if (compile === undefined) return false
    let row = compiled.get(template)
    if (row === undefined) {
      if (compiled.size >= 1000) compiled.clear()
      compiled.set(template, (row = compile(template)))
    }
    emit(row(p.line, p.identity, p.wage, amounts, at, totals))
    ok++
    return true
  }
  let chunk: Pending[] = []
  const flush = async () => {
    if (chunk.length === 0) return
    const pending = chunk
    chunk = []
    let batch: ReturnType<BatchCalculation> | undefined
    try {
      batch = o.calculateBatch(
        pending.map((p) => p.row),
        o.calcOptions,
      )
    } catch {
      batch = undefined
    }
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i] as Pending
      const c = batch?.compact?.(i)
      if (c !== undefined && pricedOnPlan(p, c.template, c.amounts, c.at)) continue
      const b = batch?.at(i)
      if (b !== undefined) {
        if (b.ok) priced(p, b.result as ContributionLike)
        else refused(rowErrors(b.error, p.line, p.id, lang))
        continue
      }
      try {
        priced(p, o.calculate(p.row, o.calcOptions) as ContributionLike)
      } catch (e) {
        refused(rowErrors(e, p.line, p.id, lang))
      }
    }
    await out?.drain()
    await errOut?.drain()
  }

  const start = (header: CsvRecord) => {
    headerCells = header.cells
    try {
      reader = new TableReader(PAYROLL_TABLE, header.cells, {
        requireAny: PAYROLL_AMOUNT_COLUMNS,
        // the NIK and the name are taken from the cells as written (never handed to the library)
        omit: PAYROLL_IDENTITY,
        ...(o.numberFormat === undefined ? {} : { numberFormat: o.numberFormat }),
        ...(part === undefined ? {} : { numberFormats: part.numberFormats }),
      })
    } catch (e) {
      if (e instanceof TableError) throw new UsageError(lang === 'en' ? e.messages.en : e.messages.id)
      throw e
    }
    const unknown = reader.header.unknown
    if (unknown.length > 0 && part === undefined) {
      const m = doorsMessage('UNKNOWN_COLUMNS', { columns: unknown.join(', ') })
      log(safeTerminalText(`${t(lang, 'warnings')}: ${lang === 'en' ? m.en : m.id}`))
    }
    const present = reader.header.columns.map((c) => c?.key)
    identityNames = PAYROLL_IDENTITY.filter((k) => present.includes(k))
    if (identityNames.length === 0) identityNames = ['id']
    identity = identityNames.map((k) => present.indexOf(k))
    layout = createLayout(
      o.layout ?? 'worker',
      identityNames,
      o.excel === true ? { ratesAsPercent: 'id' } : {},
    )
    columns = layout.columns
    wageAt = columns.indexOf('wage')
    // Excel needs the BOM to read UTF-8
    if (part !== undefined) return
    if (format === 'csv') out?.write(`${o.excel === true ? '\uFEFF' : ''}${csvLine(columns, style)}`)
    else xlsx?.add(columns)
  }

  const decide = () => {
    try {
      ;(reader as TableReader).decide()
    } catch (e) {
      if (e instanceof TableError) throw new UsageError(lang === 'en' ? e.messages.en : e.messages.id)
      throw e
    }
  }

  // the other parts' threads, started once the header is read
  const startParts = () => {
    if (split === undefined || parts === undefined) return
    parts.start(
      split,
      {
        file: o.file,
        header: headerCells,
        delimiter: delimiter as string,
        survey: (reader as TableReader).needsSurvey,
        surveyAll: guessed !== undefined,
        options: {
          defaults: o.defaults,
          calcOptions: o.calcOptions,
          format: format as 'csv' | 'ndjson',
          layout: o.layout ?? 'worker',
          excel: o.excel === true,
          showErrors,
          lang,
        },
      },
      o.errors !== undefined,
    )
    if (!(reader as TableReader).needsSurvey) priceParts()
  }
  // the survey of the whole file merged in file order, then every part priced with the formats decided
  const decideWithParts = async () => {
    if (parts !== undefined) for (const s of await parts.surveys()) (reader as TableReader).mergeSurvey(s)
    decide()
    priceParts()
  }
  const priceParts = () => {
    if (parts === undefined || partsPriced) return
    partsPriced = true
    parts.price(Object.fromEntries((reader as TableReader).decide()))
  }

  /** Reads one record into the chunk; `true` when the chunk is full (the caller then prices it). */
  const handle = (rec: CsvRecord): boolean => {
    const r = (reader as TableReader).read(rec)
    if (r.kind === 'blank') return false
    rows++
    const ids = new Array<string>(identity.length)
    let id = ''
    for (let k = 0; k < identity.length; k++) {
      const i = identity[k] as number
      const v = i < 0 ? '' : (rec.cells[i] ?? '').trim()
      ids[k] = v
      if (id === '') id = v
    }
    if (r.kind === 'refused') {
      refused(
        r.issues.map((i: RowIssue) => ({
          row: r.line,
          id,
          path: i.path,
          code: i.code,
          message: lang === 'en' ? i.messages.en : i.messages.id,
        })),
      )
      return false
    }
    // the row's values (without the identity columns), the command's options where the row leaves a field
    const row = r.values
    for (let k = 0; k < defaults.length; k++) {
      const [key, value] = defaults[k] as [string, unknown]
      if (row[key] === undefined) row[key] = value
    }
    if (row.category === undefined) row.category = 'PU'
    const wage = typeof row.wage === 'string' ? row.wage : undefined
    // a whole wage goes to the library as the number it is (the same amount, read without parsing text)
    const whole = wageValue(wage)
    if (typeof whole === 'number' && whole > 0 && whole <= MAX_WHOLE_WAGE) row.wage = whole
    chunk.push({ line: r.line, id, identity: ids, wage: whole, row })
    return chunk.length >= CHUNK_ROWS
  }
  const next = async (rec: CsvRecord) => {
    if (handle(rec)) {
      await flush()
      progress()
    }
  }

  const onChars = (n: number) => {
    charsRead += n
  }

  // the reader once the header is read (a closure: not narrowed where `start` assigns it)
  const current = () => reader as TableReader

  /** The formats the file's first rows decide (after the header line), or `undefined` if they cannot. */
  const guessFormats = async (headerLine: number): Promise<ReadonlyMap<string, NumberFormat> | undefined> => {
    const fd = openSync(o.file, 'r')
    const buf = Buffer.allocUnsafe(GUESS_BYTES)
    let n: number
    try {
      n = readSync(fd, buf, 0, GUESS_BYTES, 0)
    } finally {
      closeSync(fd)
    }
    // whole lines only: a cut cell could look like another shape
    const end = n < GUESS_BYTES ? n : buf.lastIndexOf(0x0a, n - 1) + 1
    const probe = new TableReader(PAYROLL_TABLE, headerCells, { requireAny: PAYROLL_AMOUNT_COLUMNS })
    try {
      const bytes = (async function* () {
        yield buf.subarray(0, end)
      })()
      for await (const b of csvRecords(textChunks(bytes), delimiter, () => {}))
        for (const r of b) if (r.line > headerLine) probe.survey(r)
      return probe.decision()
    } catch {
      // a quote cut at the end of the guess, or a column the first rows leave ambiguous or mixed: no guess
      return undefined
    }
  }

  /**
   * The whole file's survey (this thread's and the parts', in file order) decides the formats that were
   * guessed: else the output is dropped and the file priced again (a {@link GuessMissed}).
   */
  const checkGuess = async (g: ReadonlyMap<string, NumberFormat>, results: readonly PartResult[]) => {
    const r = reader as TableReader
    for (const p of results) if (p.survey !== undefined) r.mergeSurvey(p.survey)
    let whole: Map<string, NumberFormat>
    try {
      whole = r.decision()
    } catch (e) {
      // a column the whole file leaves mixed or ambiguous: the error a survey first gives, and no rows
      await out?.end()
      await errOut?.end()
      for (const f of [o.output, o.errors]) if (f !== undefined) truncateSync(f, 0)
      throw e instanceof TableError ? new UsageError(lang === 'en' ? e.messages.en : e.messages.id) : e
    }
    const differs = [...g].find(([key, f]) => whole.get(key) !== f)
    if (differs === undefined) return
    await out?.end()
    await errOut?.end()
    throw new GuessMissed(differs[0])
  }

  // the other parts, in file order: their rows after this thread's, their counts, totals and errors added
  const addParts = async (results: readonly PartResult[]) => {
    for (let k = 0; k < results.length; k++) {
      const r = results[k] as PartResult
      await out?.append((parts as PartWorkers).outputs[k] as string)
      const errFile = (parts as PartWorkers).errorFiles[k]
      if (errFile !== undefined) await errOut?.append(errFile)
      rows += r.rows
      ok += r.ok
      failed += r.failed
      for (const key of TOTAL_KEYS) totals[key] = (totals[key] ?? 0) + (r.totals[key] ?? 0)
      ;(layout as NonNullable<typeof layout>).addSums(r.sums)
      for (const [code, n] of r.countByCode) countByCode.set(code, (countByCode.get(code) ?? 0) + n)
      for (const err of r.shown) {
        const shown = shownByCode.get(err.code) ?? 0
        if (shown >= showErrors) continue
        shownByCode.set(err.code, shown + 1)
        showError(err)
      }
    }
  }

  try {
    bar?.start(total, 0, { rows: '0', failed: '0' })
    // 1. the header, and the number format of each money column: decided from the whole column, so a
    //    file is surveyed first (a second, cheaper pass); standard input from its first rows
    const records =
      part === undefined
        ? csvRecords(
            textChunks(input.bytes(0, split?.starts[1])),
            o.delimiter,
            onChars,
            undefined,
            1,
            (d) => (delimiter = d),
          )
        : csvRecords(
            textChunks(input.bytes(part.start, part.end)),
            o.delimiter,
            onChars,
            undefined,
            part.firstLine,
          )
    if (part !== undefined) {
      start({ cells: [...part.header], line: part.firstLine - 1 })
      current().surveyWhileReading = part.surveyAll
    }
    const buffered: CsvRecord[] = []
    let surveyDone = false
    let surveyPass: AsyncGenerator<CsvRecord[]> | undefined
    for await (const batch of records) {
      for (const rec of batch) {
        if (reader === undefined) {
          if (rec.cells.every((c) => c.trim() === '')) continue
          start(rec)
          if (mayGuess && current().needsSurvey) {
            guessed = await guessFormats(rec.line)
            if (guessed !== undefined) {
              current().assume(guessed)
              current().surveyWhileReading = true
            }
          }
          startParts()
          continue
        }
        if (!surveyDone && (reader as TableReader).needsSurvey) {
          if (o.file !== '-') {
            // a file: survey the whole of it in its own pass, then read it again from the top
            let headerSeen = false
            // once past the header, only the cells up to the last money column are needed
            const moneyCells = (reader as TableReader).surveyedCells
            surveyPass = csvRecords(
              textChunks(fileBytes(openSync(o.file, 'r'), 0, split?.starts[1])),
              o.delimiter,
              () => {},
              () => (headerSeen ? moneyCells : Number.POSITIVE_INFINITY),
            )
            for await (const b of surveyPass)
              for (const r of b) {
                if (!headerSeen) {
                  if (!r.cells.every((c) => c.trim() === '')) headerSeen = true
                  continue
                }
                ;(reader as TableReader).survey(r)
              }
            await decideWithParts()
            surveyDone = true
          } else {
            buffered.push(rec)
            ;(reader as TableReader).survey(rec)
            if (buffered.length < STDIN_SURVEY_ROWS) continue
            decide()
            surveyDone = true
            for (const b of buffered.splice(0)) await next(b)
            continue
          }
        }
        if (handle(rec)) {
          await flush()
          progress()
        }
      }
    }
    if (reader === undefined) throw fileError(lang, 'EMPTY_FILE', {})
    if (!surveyDone && reader.needsSurvey) {
      await decideWithParts()
      for (const b of buffered.splice(0)) await next(b)
    }
    priceParts()
    await flush()
    progress()
    const results = parts === undefined ? [] : await parts.results()
    if (guessed !== undefined) {
      await checkGuess(guessed, results)
      for (const err of shownOfPart.splice(0)) showError(err)
    }
    if (parts !== undefined) await addParts(results)
    if (part !== undefined) {
      await out?.end()
      await errOut?.end()
      const result: PartResult = {
        rows,
        ok,
        failed,
        totals,
        sums: (layout as NonNullable<typeof layout>).sums(),
        countByCode: [...countByCode],
        shown: shownOfPart,
        ...(part.surveyAll ? { survey: (reader as TableReader).surveyState() } : {}),
      }
      return { rows, ok, failed, totals, seconds: (performance.now() - started) / 1000, part: result }
    }
    // grand totals
    for (const cells of (layout as NonNullable<typeof layout>).totals()) emit(cells)
    if (format === 'json') out?.write(firstRecord ? '[]\n' : '\n]\n')
    await out?.end()
    await xlsx?.end()
    await errOut?.end()
  } catch (e) {
    if (e instanceof CsvFormatError) throw csvFileError(e, lang)
    if (e instanceof PartError) throw e.usage ? new UsageError(e.message) : new Error(e.message)
    throw e
  } finally {
    bar?.stop()
    await parts?.close()
  }

  // errors beyond the first few of each code: counted, all of them in the --errors file
  for (const [code, n] of countByCode) {
    const hidden = n - (shownByCode.get(code) ?? 0)
    if (hidden > 0)
      log(
        t(lang, o.errors === undefined ? 'csvMoreErrorsNoFile' : 'csvMoreErrors', {
          count: say(hidden),
          code,
          file: o.errors ?? '',
        }),
      )
  }
  const seconds = (performance.now() - started) / 1000
  log(
    t(lang, 'csvSummary', {
      rows: say(rows),
      ok: say(ok),
      failed: say(failed),
      seconds: formatDecimal(seconds.toFixed(1), lang),
      threads: split === undefined ? '' : t(lang, 'csvThreads', { count: split.starts.length }),
      total: formatRupiahFor(totals.total ?? 0, lang),
    }),
  )
  return { rows, ok, failed, totals, seconds }
}

/** The wage cell as a number when it is a whole number (`5000000.00` too), so that a spreadsheet sums it. */
function wageValue(v: string | undefined): string | number | undefined {
  if (v === undefined) return v
  // wages repeat down a payroll (a grade's salary): each text is read once
  let w = WAGE_VALUES.get(v)
  if (w === undefined) {
    const whole = v.replace(/\.0+$/, '')
    w = /^-?\d{1,15}$/.test(whole) ? Number(whole) : v
    if (WAGE_VALUES.size >= 4096) WAGE_VALUES.clear()
    WAGE_VALUES.set(v, w)
  }
  return w
}
/** Wage texts already read by {@link wageValue} (at most 4,096, then forgotten: flat memory). */
const WAGE_VALUES = new Map<string, string | number>()

/** The wage cell of a layout row (at `at`, -1: none) made a number when it is whole ({@link wageValue}). */
function wageCell(cells: Cell[], at: number): Cell[] {
  const v = at < 0 ? undefined : cells[at]
  if (typeof v === 'string') cells[at] = wageValue(v)
  return cells
}
