// `bpjs-tk program --roster pekerja.csv`: assesses a list of people row by row, streaming (one person in memory
// at a time), writes each person's status and findings as CSV, then the aggregate and the 12-month plan.
// `bpjs-tk program --roadmap …`: the multi-year road to a coverage target.
// The file is read as the payroll file is (csv-parse, same settings: BOM, delimiter, line numbers).
import { once } from 'node:events'
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { stringify } from 'csv-stringify'
import {
  createRosterAssessor,
  formatRupiah,
  parseRupiah,
  planCoverageProgram,
  planCoverageRoadmap,
  type CoverageRoadmapResult,
  type RosterSummary,
} from '../src/index.js'
import { UsageError } from './args.js'
import type { Lang } from './messages.js'

type Kind = 'text' | 'bool' | 'sex' | 'money' | 'relationship'

/** The columns a roster file may have: the fields of an assessRoster row. */
export const ROSTER_COLUMNS: Readonly<Record<string, Kind>> = {
  nik: 'text',
  name: 'text',
  birthDate: 'text',
  sex: 'sex',
  occupation: 'text',
  district: 'text',
  relationship: 'relationship',
  wageEarner: 'bool',
  declaredIncome: 'money',
  sector: 'text',
  participant: 'bool',
  nationality: 'text',
}

/** Indonesian (and common) names accepted for the same columns (compared without case, spaces or signs). */
export const ROSTER_ALIASES: Readonly<Record<string, string>> = {
  nama: 'name',
  namalengkap: 'name',
  tanggallahir: 'birthDate',
  tgllahir: 'birthDate',
  jeniskelamin: 'sex',
  jk: 'sex',
  kelamin: 'sex',
  pekerjaan: 'occupation',
  kecamatan: 'district',
  hubungankerja: 'relationship',
  jenispekerja: 'relationship',
  penerimaupah: 'wageEarner',
  penghasilan: 'declaredIncome',
  pendapatan: 'declaredIncome',
  sektor: 'sector',
  peserta: 'participant',
  sudahpeserta: 'participant',
  kewarganegaraan: 'nationality',
}

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '')
const CANONICAL = new Map(Object.keys(ROSTER_COLUMNS).map((k) => [norm(k), k]))

/** The field each header cell fills (`undefined` for a column the tool does not know). */
export function mapRosterHeader(header: readonly string[]): (string | undefined)[] {
  return header.map((h) => CANONICAL.get(norm(h)) ?? ROSTER_ALIASES[norm(h)])
}

const TRUE = new Set(['true', 'ya', 'yes', 'y', '1', 'sudah'])
const FALSE = new Set(['false', 'tidak', 'no', 'n', '0', 'belum'])
const SEX: Readonly<Record<string, string>> = {
  l: 'male',
  lk: 'male',
  lakilaki: 'male',
  pria: 'male',
  m: 'male',
  male: 'male',
  p: 'female',
  pr: 'female',
  perempuan: 'female',
  wanita: 'female',
  f: 'female',
  female: 'female',
}
const RELATIONSHIP: Readonly<Record<string, string>> = {
  pekerjarentan: 'vulnerable-worker',
  pekerjakeagamaan: 'religious-worker',
  ketuartrw: 'rt-rw-head',
  ketuart: 'rt-rw-head',
  ketuarw: 'rt-rw-head',
  informal: 'informal',
  mandiri: 'self-employed',
}

/**
 * One CSV cell → a row value. A cell that does not read as its kind is passed on as written, so that the
 * library reports it on that row with its own code (never guessed here). An empty cell is absent.
 */
function cell(kind: Kind, raw: string): unknown {
  const v = raw.trim()
  if (v === '') return undefined
  switch (kind) {
    case 'bool': {
      const l = v.toLowerCase()
      return TRUE.has(l) ? true : FALSE.has(l) ? false : v
    }
    case 'sex':
      return SEX[norm(v)] ?? v
    case 'relationship':
      return RELATIONSHIP[norm(v)] ?? v
    case 'money':
      // Indonesian writing (Rp1.000.000, 1.500.000,-) read here; anything else goes on as written
      try {
        return parseRupiah(v)
      } catch {
        return v
      }
    default:
      return v
  }
}

/** Reads a region file (e.g. idn-area-data's districts.csv: code,regency_code,name) into a lookup. */
export function readRegions(file: string, delimiter: string): (code: string) => string | undefined {
  const records = parseSync(readFileSync(file), {
    bom: true,
    delimiter,
    skip_empty_lines: true,
  }) as string[][]
  const header = (records[0] ?? []).map(norm)
  const codeAt = header.findIndex((h) => h === 'code' || h === 'kode')
  const nameAt = header.findIndex((h) => h === 'name' || h === 'nama')
  if (codeAt < 0 || nameAt < 0) throw new UsageError(`--regions: ${file}: code,name`)
  const map = new Map<string, string>()
  for (const cells of records.slice(1)) {
    const code = cells[codeAt]?.trim()
    const name = cells[nameAt]?.trim()
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
  readonly delimiter: string
  readonly format: 'table' | 'json' | 'csv'
  readonly lang: Lang
}

async function write(stream: Writable, chunk: unknown): Promise<void> {
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
    ...(o.regions === undefined ? {} : { regionLookup: readRegions(o.regions, o.delimiter) }),
  }
  // the header is line 1: the first data row is line 2 (csv-parse gives each record's own line)
  const assessor = createRosterAssessor({ ...o.settings, firstRow: 2 } as never, options)
  const input: Readable = o.file === '-' ? process.stdin : createReadStream(o.file)
  const parser = input.pipe(
    parse({
      bom: true,
      delimiter: o.delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  )
  const out = stringify({
    header: true,
    columns: ['row', 'nik', 'name', 'status', 'age', 'category', 'premium', 'cohort', 'codes', 'messages'],
  })
  const sink: Writable = o.output === undefined ? process.stdout : createWriteStream(o.output)
  out.pipe(sink)
  let columns: (string | undefined)[] | undefined
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[]
    info: { lines: number }
  }>) {
    if (columns === undefined) {
      columns = mapRosterHeader(record)
      if (!columns.includes('nik'))
        throw new UsageError(
          L(lang, 'berkas daftar tidak punya kolom nik', 'the roster file has no nik column'),
        )
      const unknown = record.filter((_, i) => columns?.[i] === undefined)
      if (unknown.length > 0)
        process.stderr.write(
          `${L(lang, 'Kolom tidak dikenal, diabaikan', 'Unknown columns, ignored')}: ${unknown.join(', ')}\n`,
        )
      continue
    }
    const row: Record<string, unknown> = {}
    record.forEach((raw, i) => {
      const key = columns?.[i]
      if (key === undefined) return
      const v = cell(ROSTER_COLUMNS[key] ?? 'text', raw)
      if (v !== undefined) row[key] = v
    })
    const p = assessor.add(row, info.lines)
    await write(out, [
      p.row,
      p.nik ?? '',
      p.name ?? '',
      p.status,
      p.age ?? '',
      p.category ?? '',
      p.premium?.perMonth ?? '',
      p.cohort ?? '',
      p.findings.map((f) => f.code).join(' '),
      p.findings.map((f) => f.message).join(' | '),
    ])
  }
  out.end()
  if (sink !== process.stdout) await once(sink, 'finish')
  else await once(out, 'end')
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
