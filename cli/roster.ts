// `bpjs-tk program --roster pekerja.csv`: assesses a list of people row by row, streaming (one person in memory
// at a time), writes each person's status and findings as CSV, then the aggregate and the 12-month plan.
// `bpjs-tk program --roadmap …`: the multi-year road to a coverage target.
// The file is read by the shared doors reader, as the payroll file is: separator detected, Indonesian headers
// and words, amounts as people write them (number format decided from the whole column), formula-safe output.
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import {
  csvLine,
  CsvFormatError,
  CsvParser,
  detectDelimiter,
  mapHeader,
  ROSTER_TABLE,
  TableError,
  TableReader,
  type CsvRecord,
  type NumberFormat,
  type ReadRow,
} from '../doors/index.js'
import {
  createRosterAssessor,
  formatRupiah,
  planCoverageProgram,
  planCoverageRoadmap,
  type CoverageRoadmapResult,
  type RosterSummary,
} from '../src/index.js'
import { UsageError } from './args.js'
import type { Lang } from './messages.js'
import { csvRecords, STDIN_SURVEY_ROWS, textChunks } from './payroll.js'

/** The field each header cell fills (`undefined` for a column the roster does not know). */
export function mapRosterHeader(header: readonly string[]): (string | undefined)[] {
  return mapHeader(ROSTER_TABLE, header).columns.map((c) => c?.key)
}

/** Reads a region file (e.g. idn-area-data's districts.csv: code,regency_code,name) into a lookup. */
export function readRegions(file: string, delimiter?: string): (code: string) => string | undefined {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  const records: CsvRecord[] = []
  const parser = new CsvParser(delimiter ?? detectDelimiter(text), (r) => records.push(r))
  parser.push(text)
  parser.end()
  const norm = (h: string) => h.trim().toLowerCase()
  const header = (records[0]?.cells ?? []).map(norm)
  const codeAt = header.findIndex((h) => h === 'code' || h === 'kode')
  const nameAt = header.findIndex((h) => h === 'name' || h === 'nama')
  if (codeAt < 0 || nameAt < 0) throw new UsageError(`--regions: ${file}: code,name`)
  const map = new Map<string, string>()
  for (const r of records.slice(1)) {
    const code = r.cells[codeAt]?.trim()
    const name = r.cells[nameAt]?.trim()
    if (code !== undefined && name !== undefined && code !== '') map.set(code, name)
  }
  return (code) => map.get(code)
}

export interface RosterFileOptions {
  /** Path of the roster CSV, or `-` for standard input. */
  readonly file: string
  /** Where to write the people CSV (default standard output; the summary then goes to standard error). */
  readonly output?: string
  readonly settings: Readonly<Record<string, unknown>>
  readonly calcOptions: Readonly<Record<string, unknown>>
  readonly regions?: string
  /** The column separator; `undefined`: detected from the header line. */
  readonly delimiter?: string
  /** How money cells are written; `undefined`: decided from the whole column. */
  readonly numberFormat?: NumberFormat
  readonly format: 'table' | 'json' | 'csv'
  readonly lang: Lang
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}

const L = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id)

/** Assesses the roster file; resolves with the aggregate once everything is written. */
export async function assessRosterFile(o: RosterFileOptions): Promise<RosterSummary> {
  const lang = o.lang
  for (const f of [o.file, o.regions])
    if (f !== undefined && f !== '-' && !existsSync(f))
      throw new UsageError(L(lang, `berkas tidak ditemukan: ${f}`, `file not found: ${f}`))
  const options = {
    ...o.calcOptions,
    ...(o.regions === undefined ? {} : { regionLookup: readRegions(o.regions) }),
  }
  // each row is numbered by its line in the file (the reader gives each record's own line)
  const assessor = createRosterAssessor({ ...o.settings } as never, options)
  const sink: Writable = o.output === undefined ? process.stdout : createWriteStream(o.output)
  await write(
    sink,
    csvLine(['row', 'nik', 'name', 'status', 'age', 'category', 'premium', 'cohort', 'codes', 'messages']),
  )
  const open = (): Readable => (o.file === '-' ? process.stdin : createReadStream(o.file))
  let reader: TableReader | undefined
  const buffered: CsvRecord[] = []
  let decided = false
  const handle = async (rec: CsvRecord) => {
    const r: ReadRow = (reader as TableReader).read(rec)
    if (r.kind === 'blank') return
    const row: Record<string, unknown> = { ...r.values }
    const notes: { code: string; message: string }[] = []
    if (r.kind === 'refused')
      for (const i of r.issues) {
        notes.push({ code: i.code, message: lang === 'en' ? i.messages.en : i.messages.id })
        // an unreadable cell goes on as written: the library reports it on the row (never read as empty)
        const at = (reader as TableReader).header.columns.findIndex((c) => c?.key === i.path)
        const raw = at < 0 ? undefined : rec.cells[at]
        if (i.path !== '' && raw !== undefined) row[i.path] = raw.trim()
      }
    const p = assessor.add(row, r.line)
    const findings = [...notes, ...p.findings]
    await write(
      sink,
      csvLine([
        p.row,
        p.nik ?? '',
        p.name ?? '',
        p.status,
        p.age ?? '',
        p.category ?? '',
        p.premium?.perMonth ?? '',
        p.cohort ?? '',
        findings.map((f) => f.code).join(' '),
        findings.map((f) => f.message).join(' | '),
      ]),
    )
  }
  const decide = () => {
    try {
      ;(reader as TableReader).decide()
    } catch (e) {
      if (e instanceof TableError) throw new UsageError(lang === 'en' ? e.messages.en : e.messages.id)
      throw e
    }
    decided = true
  }
  try {
    for await (const batch of csvRecords(textChunks(open()), o.delimiter, () => {})) {
      for (const rec of batch) {
        if (reader === undefined) {
          if (rec.cells.every((c) => c.trim() === '')) continue
          try {
            reader = new TableReader(ROSTER_TABLE, rec.cells, {
              ...(o.numberFormat === undefined ? {} : { numberFormat: o.numberFormat }),
            })
          } catch (e) {
            if (e instanceof TableError) throw new UsageError(lang === 'en' ? e.messages.en : e.messages.id)
            throw e
          }
          if (!reader.keys.includes('nik'))
            throw new UsageError(
              L(lang, 'berkas daftar tidak punya kolom nik', 'the roster file has no nik column'),
            )
          if (reader.header.unknown.length > 0)
            process.stderr.write(
              `${L(lang, 'Kolom tidak dikenal, diabaikan', 'Unknown columns, ignored')}: ${reader.header.unknown.join(', ')}\n`,
            )
          if (!reader.needsSurvey) decided = true
          else if (o.file !== '-') {
            // a file: the number format of the income column is decided from the whole column (a first pass)
            let headerSeen = false
            for await (const b of csvRecords(textChunks(createReadStream(o.file)), o.delimiter, () => {}))
              for (const x of b) {
                if (!headerSeen) {
                  if (!x.cells.every((c) => c.trim() === '')) headerSeen = true
                  continue
                }
                reader.survey(x)
              }
            decide()
          }
          continue
        }
        if (!decided) {
          // standard input is read once: the format is decided from its first rows
          buffered.push(rec)
          reader.survey(rec)
          if (buffered.length < STDIN_SURVEY_ROWS) continue
          decide()
          for (const b of buffered.splice(0)) await handle(b)
          continue
        }
        await handle(rec)
      }
    }
    if (reader !== undefined && !decided) {
      decide()
      for (const b of buffered.splice(0)) await handle(b)
    }
  } catch (e) {
    if (e instanceof CsvFormatError) throw new UsageError(e.message)
    throw e
  }
  if (reader === undefined) throw new UsageError(L(lang, 'berkas daftar kosong', 'the roster file is empty'))
  if (sink !== process.stdout) {
    sink.end()
    await once(sink, 'finish')
  }
  const summary = assessor.summary()
  const report = o.output === undefined ? process.stderr : process.stdout
  const plans = summary.planInputs.map((p) => planCoverageProgram(p, o.calcOptions as never))
  if (o.format === 'json') {
    const { explanation: _e, ...rest } = summary
    report.write(
      `${JSON.stringify({ ...rest, plans: plans.map((p) => ({ total: p.total, schedule: p.schedule, coverage: p.coverage })) }, null, 2)}\n`,
    )
    return summary
  }
  const lines: string[] = []
  lines.push(
    L(
      lang,
      `${summary.rows} baris pada ${summary.asOf}: ${summary.counts.enrol} siap didaftarkan, ${summary.counts.covered} sudah peserta, ${summary.counts.review} perlu diperiksa, ${summary.counts.excluded} tidak didaftarkan.`,
      `${summary.rows} rows on ${summary.asOf}: ${summary.counts.enrol} ready to enrol, ${summary.counts.covered} already participants, ${summary.counts.review} to review, ${summary.counts.excluded} not enrolled.`,
    ),
  )
  lines.push('', L(lang, 'Temuan (baris per kode):', 'Findings (rows per code):'))
  for (const [code, n] of Object.entries(summary.findings))
    lines.push(`  ${code.padEnd(34)} ${String(n).padStart(8)}`)
  lines.push('', L(lang, 'Per kecamatan:', 'By district:'))
  for (const [d, c] of Object.entries(summary.byDistrict))
    lines.push(
      `  ${d.padEnd(34)} ${String(c.rows).padStart(8)} ${String(c.enrol).padStart(8)} ${String(c.covered).padStart(8)} ${String(c.review).padStart(8)} ${String(c.excluded).padStart(8)}`,
    )
  lines.push('', L(lang, 'Kelompok siap didaftarkan:', 'Cohorts ready to enrol:'))
  for (const c of summary.cohorts)
    lines.push(
      `  ${c.name.padEnd(34)} ${String(c.workers).padStart(8)} × ${formatRupiah(c.premiumPerWorkerPerMonth).padStart(10)} = ${formatRupiah(c.workers * c.premiumPerWorkerPerMonth).padStart(16)}`,
    )
  lines.push(`  ${L(lang, 'Iuran sebulan', 'Premium a month')}: ${formatRupiah(summary.monthlyPremium)}`)
  plans.forEach((p) =>
    lines.push(
      `  ${L(lang, 'Rencana', 'Plan')} ${p.startPeriod}–${p.endPeriod} (planCoverageProgram): ${formatRupiah(p.total)}${p.coverage === undefined ? '' : `; ${L(lang, 'cakupan', 'coverage')} ${p.coverage.ratioBefore} → ${p.coverage.ratioAfter}`}`,
    ),
  )
  for (const w of summary.warnings) lines.push(`! [${w.code}] ${w.message}`)
  report.write(`${lines.join('\n')}\n`)
  return summary
}

/** Renders a roadmap as a table. */
export function renderRoadmap(r: CoverageRoadmapResult, lang: Lang): string {
  const lines = [
    L(
      lang,
      `Sasaran ${r.target.coverage}: ${r.target.workers} terlindungi (${r.target.programWorkers} dibayar program)`,
      `Target ${r.target.coverage}: ${r.target.workers} covered (${r.target.programWorkers} paid by the program)`,
    ),
    L(
      lang,
      'tahun  bulan  iuran/pekerja  anggaran            dibayar     baru   keluar  terlindungi  cakupan  biaya',
      'year   months premium/worker budget              program     new    leaving covered      coverage cost',
    ),
  ]
  for (const y of r.years)
    lines.push(
      `${y.year}   ${String(y.months).padStart(5)}  ${formatRupiah(y.premiumPerWorker).padStart(13)}  ${formatRupiah(y.budget).padStart(18)} ${String(y.programWorkers).padStart(8)} ${String(y.enrolled).padStart(8)} ${String(y.left).padStart(8)} ${String(y.covered).padStart(12)}  ${String(y.coverage).padEnd(7)}  ${formatRupiah(y.cost)}`,
    )
  lines.push(
    r.reachedIn === null
      ? L(lang, `Sasaran tidak tercapai sampai ${r.endYear}.`, `The target is not reached by ${r.endYear}.`)
      : L(lang, `Sasaran tercapai pada ${r.reachedIn}.`, `The target is reached in ${r.reachedIn}.`),
  )
  if (r.budgetNeeded === null)
    lines.push(
      L(
        lang,
        'Tidak ada anggaran yang mencapai sasaran pada tahun sasaran.',
        'No budget reaches the target in the target year.',
      ),
    )
  else {
    lines.push(
      L(
        lang,
        `Anggaran terkecil untuk sasaran pada ${r.targetYear} (aturan ${r.budgetNeeded.rule}):`,
        `Smallest budget for the target in ${r.targetYear} (rule ${r.budgetNeeded.rule}):`,
      ),
    )
    for (const y of r.budgetNeeded.years) lines.push(`  ${y.year}: ${formatRupiah(y.budget)}`)
  }
  for (const w of r.warnings) lines.push(`! [${w.code}] ${w.message}`)
  return `${lines.join('\n')}\n`
}

/** Runs the roadmap from the command's options (the budget rule: --budget alone, or with --budget-growth). */
export function runRoadmap(
  input: Record<string, unknown>,
  calcOptions: Record<string, unknown>,
): CoverageRoadmapResult {
  return planCoverageRoadmap(input as never, calcOptions as never)
}
