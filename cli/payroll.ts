// `bpjs-tk iuran --csv pegawai.csv`: prices a payroll file row by row, streaming, into a CSV of lines and
// totals. Bad rows are reported with their line number and do not stop the good ones.
import { once } from 'node:events'
import { createReadStream, createWriteStream, statSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import cliProgress from 'cli-progress'
import { parse } from 'csv-parse'
import { stringify } from 'csv-stringify'
import { BpjsRuleError, BpjsValidationError, formatRupiah, type Calculation } from './api.js'
import { toList, UsageError } from './args.js'
import { t, template, type Lang } from './messages.js'
import { CONTRIBUTION_COLUMNS, contributionRows, type ContributionLike } from './render.js'

type Kind = 'text' | 'int' | 'bool' | 'list'

/** The columns a payroll file may have: the fields of `calculateContribution`'s input, plus `id`. */
export const PAYROLL_COLUMNS: Readonly<Record<string, Kind>> = {
  id: 'text',
  category: 'text',
  period: 'text',
  wage: 'text',
  jkkRiskClass: 'int',
  programs: 'list',
  enterpriseSize: 'text',
  jkpRegistered: 'bool',
  jkkDiscountEligible: 'bool',
  covidRelief: 'bool',
  jpDeferral: 'bool',
  minimumWage: 'text',
  declaredIncome: 'text',
  months: 'int',
  payer: 'text',
  sector: 'text',
  contractValue: 'text',
  contractMonths: 'int',
  placement: 'text',
  jhtMonthly: 'text',
}

/** Indonesian (and common) names accepted for the same columns. */
export const PAYROLL_ALIASES: Readonly<Record<string, string>> = {
  nik: 'id',
  nama: 'id',
  name: 'id',
  kategori: 'category',
  periode: 'period',
  bulaniuran: 'period',
  upah: 'wage',
  gaji: 'wage',
  kelasrisiko: 'jkkRiskClass',
  kelasrisikojkk: 'jkkRiskClass',
  program: 'programs',
  skalausaha: 'enterpriseSize',
  ukuranusaha: 'enterpriseSize',
  terdaftarjkp: 'jkpRegistered',
  diskonjkk: 'jkkDiscountEligible',
  umk: 'minimumWage',
  ump: 'minimumWage',
  upahminimum: 'minimumWage',
  penghasilan: 'declaredIncome',
  nilaikontrak: 'contractValue',
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '')
const CANONICAL = new Map(Object.keys(PAYROLL_COLUMNS).map((k) => [norm(k), k]))

/** The column each header cell fills (`undefined` for a column the tool does not know). */
export function mapHeader(header: readonly string[]): (string | undefined)[] {
  return header.map((h) => {
    const n = norm(h)
    return CANONICAL.get(n) ?? PAYROLL_ALIASES[n]
  })
}

const TRUE = new Set(['true', 'ya', 'yes', 'y', '1'])
const FALSE = new Set(['false', 'tidak', 'no', 'n', '0'])

/**
 * One CSV cell → an input value. A cell that does not read as its kind is passed on as written, so that
 * the library reports it for that row with its own message (never guessed here). An empty cell is absent.
 */
function cell(kind: Kind, raw: string): unknown {
  const v = raw.trim()
  if (v === '') return undefined
  switch (kind) {
    case 'int':
      return /^-?\d+$/.test(v) ? Number(v) : v
    case 'bool': {
      const l = v.toLowerCase()
      return TRUE.has(l) ? true : FALSE.has(l) ? false : v
    }
    case 'list':
      return toList(v)
    default:
      return v
  }
}

export interface PayrollOptions {
  /** Path of the payroll CSV, or `-` for standard input. */
  readonly file: string
  /** Where to write the priced CSV (default standard output). */
  readonly output?: string
  /** Also write the row errors to this CSV file. */
  readonly errors?: string
  /** Values for columns a row leaves empty or the file does not have (from the command's options). */
  readonly defaults: Readonly<Record<string, unknown>>
  /** The options passed to every calculation (locale, overrides, rounding). */
  readonly calcOptions: Readonly<Record<string, unknown>>
  /** `true`/`false` force the progress bar on or off; `undefined`: on for files of 1 MiB or more. */
  readonly progress?: boolean
  readonly delimiter: string
  readonly lang: Lang
  /** One row at a time: used for a chunk the batch could not price (an unexpected error). */
  readonly calculate: Calculation
  /** The batch API (`calculateContributions`): the rows are priced {@link CHUNK_ROWS} at a time. */
  readonly calculateBatch: BatchCalculation
}

/** The batch entry point as the payroll sees it. */
export type BatchCalculation = (
  rows: readonly unknown[],
  options?: unknown,
) => { at(index: number): BatchRow | undefined }

type BatchRow =
  { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: unknown }

/** Rows priced per call of the batch API: large enough to share its plans, small enough to stream. */
const CHUNK_ROWS = 2000

export interface PayrollSummary {
  readonly rows: number
  readonly ok: number
  readonly failed: number
  readonly totals: Readonly<Record<string, number>>
  readonly seconds: number
}

const PAYERS = ['employer', 'worker', 'participant', 'government', 'total', 'deferred'] as const
const AUTO_PROGRESS_BYTES = 1024 * 1024

interface RowError {
  readonly row: number
  readonly id: string
  readonly path: string
  readonly code: string
  readonly message: string
}

function rowErrors(e: unknown, row: number, id: string, lang: Lang): RowError[] {
  if (e instanceof BpjsValidationError)
    return e.issues.map((i) => ({
      row,
      id,
      path: i.path.map(String).join('.'),
      code: i.code,
      message: lang === 'en' ? i.messages.en : i.messages.id,
    }))
  if (e instanceof BpjsRuleError)
    return [
      {
        row,
        id,
        path: e.path.map(String).join('.'),
        code: e.code,
        message: lang === 'en' ? e.messages.en : e.messages.id,
      },
    ]
  return [{ row, id, path: '', code: 'INTERNAL_ERROR', message: e instanceof Error ? e.message : String(e) }]
}

async function write(stream: Writable, chunk: unknown): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/** Prices the payroll file; resolves with the counts and grand totals once everything is written. */
export async function pricePayroll(o: PayrollOptions): Promise<PayrollSummary> {
  const started = performance.now()
  const lang = o.lang
  const size = o.file === '-' ? undefined : statSync(o.file).size
  const input: Readable = o.file === '-' ? process.stdin : createReadStream(o.file)
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: o.delimiter,
      relax_column_count: false,
      skip_empty_lines: true,
      info: true,
    }),
  )

  const out = stringify({
    header: true,
    columns: ['row', 'id', 'period', 'category', ...CONTRIBUTION_COLUMNS],
  })
  const sink: Writable = o.output === undefined ? process.stdout : createWriteStream(o.output)
  out.pipe(sink)
  const errOut =
    o.errors === undefined
      ? undefined
      : stringify({ header: true, columns: ['row', 'id', 'path', 'code', 'message'] })
  const errSink = o.errors === undefined ? undefined : createWriteStream(o.errors)
  if (errOut !== undefined && errSink !== undefined) errOut.pipe(errSink)

  const showBar = o.progress ?? (size !== undefined && size >= AUTO_PROGRESS_BYTES)
  const multibar = showBar
    ? new cliProgress.MultiBar(
        {
          format: template(lang, 'csvProgress'),
          stream: process.stderr,
          noTTYOutput: true,
          notTTYSchedule: 1000,
          fps: 5,
          hideCursor: false,
          clearOnComplete: false,
          stopOnComplete: false,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  const bar = multibar?.create(size ?? 0, 0, { rows: 0, failed: 0 })
  const log = (line: string) =>
    multibar === undefined ? process.stderr.write(`${line}\n`) : multibar.log(`${line}\n`)

  const totals: Record<string, number> = {
    employer: 0,
    worker: 0,
    participant: 0,
    government: 0,
    total: 0,
    deferred: 0,
  }
  let columns: (string | undefined)[] | undefined
  let rows = 0
  let ok = 0
  let failed = 0

  const priced = async (line: number, id: string, r: ContributionLike) => {
    for (const x of contributionRows(r)) await write(out, [line, id, r.period, r.category, ...x])
    for (const p of PAYERS) totals[p] = (totals[p] ?? 0) + (r.totals[p] ?? 0)
    ok++
  }
  const refused = async (line: number, id: string, e: unknown) => {
    failed++
    for (const err of rowErrors(e, line, id, lang)) {
      log(
        t(lang, 'csvRowError', {
          row: err.row,
          id: err.id === '' ? '' : ` (${err.id})`,
          path: err.path === '' ? '' : `${err.path}: `,
          message: `${err.message} [${err.code}]`,
        }),
      )
      if (errOut !== undefined) await write(errOut, [err.row, err.id, err.path, err.code, err.message])
    }
  }
  // Rows wait in a chunk and are priced together by the batch API (per-row results or errors, same figures as
  // calculateContribution). An unexpected error stops a batch: that chunk is then priced row by row, so the
  // error is reported on its own row and the other rows are still priced.
  let chunk: { line: number; id: string; row: Record<string, unknown> }[] = []
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
    for (const [i, p] of pending.entries()) {
      const b = batch?.at(i)
      if (b !== undefined) {
        if (b.ok) await priced(p.line, p.id, b.result as ContributionLike)
        else await refused(p.line, p.id, b.error)
        continue
      }
      try {
        await priced(p.line, p.id, o.calculate(p.row, o.calcOptions) as ContributionLike)
      } catch (e) {
        await refused(p.line, p.id, e)
      }
    }
  }

  for await (const { record, info } of parser as AsyncIterable<{
    record: string[]
    info: { lines: number; bytes: number }
  }>) {
    if (columns === undefined) {
      columns = mapHeader(record)
      const unknown = record.filter((_, i) => columns?.[i] === undefined)
      if (
        !columns.includes('wage') &&
        !columns.includes('declaredIncome') &&
        !columns.includes('contractValue') &&
        !columns.includes('contractMonths')
      )
        throw new UsageError(t(lang, 'csvNoWage'))
      if (unknown.length > 0)
        log(
          `${t(lang, 'warnings')}: ${t(lang, 'csvBadHeader', { columns: unknown.join(', '), known: Object.keys(PAYROLL_COLUMNS).join(', ') })}`,
        )
      continue
    }
    rows++
    const line = info.lines
    const row: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(o.defaults)) if (v !== undefined) row[k] = v
    record.forEach((raw, i) => {
      const key = columns?.[i]
      if (key === undefined) return
      const kind = PAYROLL_COLUMNS[key] ?? 'text'
      const v = cell(kind, raw)
      if (v !== undefined) row[key] = v
    })
    const id = typeof row.id === 'string' ? row.id : ''
    delete row.id
    if (row.category === undefined) row.category = 'PU'
    chunk.push({ line, id, row })
    if (chunk.length >= CHUNK_ROWS) {
      await flush()
      bar?.update(size === undefined ? rows : info.bytes, { rows, failed })
    }
  }
  await flush()
  // grand totals: one row per payer that pays, then the total (with the PP 49/2020 JP amount deferred, if any)
  for (const p of PAYERS)
    if (p !== 'deferred' && (p === 'total' || totals[p] !== 0)) {
      const deferred = p === 'total' && totals.deferred !== 0 ? totals.deferred : ''
      await write(out, [
        '',
        '',
        '',
        '',
        'grand-total',
        '',
        p,
        '',
        '',
        '',
        totals[p],
        deferred,
        '',
        '',
        '',
        '',
      ])
    }
  bar?.update(size ?? rows, { rows, failed })
  // a redraw flushes the messages the bar still holds; stop() alone would drop them
  multibar?.update()
  multibar?.stop()

  out.end()
  errOut?.end()
  const finished: Promise<unknown>[] = []
  if (sink !== process.stdout) finished.push(once(sink, 'finish'))
  else finished.push(once(out, 'end'))
  if (errSink !== undefined) finished.push(once(errSink, 'finish'))
  await Promise.all(finished)

  const seconds = (performance.now() - started) / 1000
  process.stderr.write(
    `${t(lang, 'csvSummary', {
      rows,
      ok,
      failed,
      seconds: seconds.toFixed(1),
      total: formatRupiah(totals.total ?? 0),
    })}\n`,
  )
  return { rows, ok, failed, totals, seconds }
}
