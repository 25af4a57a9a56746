// A large payroll file priced in several threads (`--jobs`, cli/payroll-parallel.ts), run as users run it:
// the built dist/cli.js in a child process, on a 9 MB HR-style export (BOM, CRLF, semicolons, Indonesian
// numbers, blank lines, refused rows in every part). The output, the --errors file, the exit code and the
// messages must be the ones one thread gives, byte for byte; only the summary says how many threads ran.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PARALLEL_MIN_BYTES, planSplit } from '../../cli/payroll-parallel.js'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-parallel-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** `iuran --csv FILE --output OUT --no-progress --lang en --jobs N`, and more options. */
const priced = (file: string, output: string, jobs: number, extra: readonly string[] = []) =>
  run([
    'iuran',
    '--csv',
    file,
    '--output',
    output,
    '--no-progress',
    '--lang',
    'en',
    '--jobs',
    String(jobs),
    ...extra,
  ])

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const idr = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const SIZES = ['mikro', 'kecil', 'sedang', 'besar']
const ROWS = 120_000

/** The export: refused rows (risk class 9, an unreadable wage) and blank lines spread over the whole file. */
function payroll(lines = ROWS, extra: (k: number) => string | undefined = () => undefined): string {
  const out = ['\uFEFFNIK;Nama Karyawan;Gaji Pokok;Kelas Risiko;Skala Usaha;Terdaftar JKP;Periode']
  for (let k = 0; k < lines; k++) {
    const special = extra(k)
    if (special !== undefined) {
      out.push(special)
      continue
    }
    if (k % 9973 === 5) out.push(k % 2 === 0 ? '' : ';;;;;;')
    const wage = 3_000_000 + ((k * 7919) % 2000) * 10_000
    const risk = k % 5003 === 17 ? 9 : 1 + (k % 5)
    const cell = k % 7001 === 3 ? 'Rp abc' : `Rp ${idr(wage)},00`
    out.push(
      `${3171000000000000 + k};Pegawai ${k};${cell};${risk};${SIZES[k % 4]};${k % 3 === 0 ? 'ya' : 'tidak'};2025-06`,
    )
  }
  return `${out.join('\r\n')}\r\n`
}

/** The messages without the seconds and the thread count (they differ from run to run). */
const steady = (stderr: string) =>
  stderr
    .replace(/ in [\d.]+ s( \(\d+ threads\))?\./, ' in – s.')
    .replace(/ dalam [\d,]+ detik( \(\d+ utas\))?\./, ' dalam – detik.')

describe('a large payroll file in threads', () => {
  const file = join(work, 'gaji.csv')
  beforeAll(() => writeFileSync(file, payroll()))

  it('the file is large enough to be cut', () => {
    expect(readFileSync(file).length).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES)
  })

  it('writes what one thread writes: rows, totals, the --errors file, messages and exit code', () => {
    const one = priced(file, 'one.csv', 1, ['--errors', 'one-err.csv'])
    const two = priced(file, 'two.csv', 2, ['--errors', 'two-err.csv'])
    expect([one.code, two.code]).toEqual([1, 1])
    expect(one.stderr).not.toMatch(/threads/)
    expect(two.stderr).toMatch(/ \(2 threads\)\. Total contributions/)
    const a = readFileSync(join(work, 'one.csv'), 'utf8')
    expect(readFileSync(join(work, 'two.csv'), 'utf8')).toBe(a)
    expect(readFileSync(join(work, 'two-err.csv'), 'utf8')).toBe(
      readFileSync(join(work, 'one-err.csv'), 'utf8'),
    )
    expect(steady(two.stderr.replaceAll('two-err.csv', 'ERR'))).toBe(
      steady(one.stderr.replaceAll('one-err.csv', 'ERR')),
    )
    // the refused rows of the second half are there, with their line numbers: row k is on line k + 2, plus
    // one for each blank line before it (one every 9,973 rows from row 5)
    const lineOf = (k: number) => k + 2 + (k < 5 ? 0 : Math.floor((k - 5) / 9973) + 1)
    const errors = readFileSync(join(work, 'two-err.csv'), 'utf8').trimEnd().split('\n').slice(1)
    const last = ROWS - 1 - ((ROWS - 1 - 17) % 5003) // the last row with risk class 9
    expect(errors.some((l) => l.startsWith(`${lineOf(last)},${3171000000000000 + last},`))).toBe(true)
    // every worker priced or refused: one output row per data row, then the totals row
    const rows = a.trimEnd().split('\n')
    const refused = new Set(errors.map((l) => l.split(',')[0])).size
    expect(rows.length).toBe(1 + ROWS - refused + 1)
    expect(rows.at(-1)).toMatch(/^total,/)
  }, 120_000)

  it('the line layout as NDJSON in three threads, and the Excel CSV, are the single thread’s too', () => {
    for (const extra of [['--layout', 'line', '--format', 'ndjson'], ['--excel']]) {
      const one = run(['iuran', '--csv', file, ...extra, '--no-progress', '--jobs', '1'])
      const three = run(['iuran', '--csv', file, ...extra, '--no-progress', '--jobs', '3'])
      expect(three.stderr).toMatch(/ \(3 utas\)\. Total iuran/)
      expect(three.stdout.length).toBeGreaterThan(PARALLEL_MIN_BYTES)
      expect(three.stdout).toBe(one.stdout)
      expect(steady(three.stderr)).toBe(steady(one.stderr))
    }
  }, 120_000)

  it('the number format is decided from the whole column: a conflict in the second half stops both alike', () => {
    // one English-written wage near the end: the column mixes 14.146.000,00 and 14,146,000.00
    const mixed = join(work, 'mixed.csv')
    const at = ROWS - 10
    writeFileSync(
      mixed,
      payroll(ROWS, (k) =>
        k === at ? `3171999999999999;X;Rp 14,146,000.00;1;besar;tidak;2025-06` : undefined,
      ),
    )
    const one = priced(mixed, 'm1.csv', 1)
    const two = priced(mixed, 'm2.csv', 2)
    expect([one.code, two.code]).toEqual([2, 2])
    expect(two.stderr).toBe(one.stderr)
    expect(one.stderr).toMatch(/14,146,000\.00/)
  }, 120_000)

  it('a file error in another thread’s part stops the run as it stops one thread: exit 2, the same message', () => {
    // a cell of more than 1,000,000 characters near the end of the file (in the second part)
    const long = join(work, 'long.csv')
    const at = ROWS - 100
    writeFileSync(
      long,
      payroll(ROWS, (k) =>
        k === at
          ? `3171777777777777;${'x'.repeat(1_000_001)};Rp 5.000.000,00;1;besar;tidak;2025-06`
          : undefined,
      ),
    )
    const one = priced(long, 'l1.csv', 1)
    const two = priced(long, 'l2.csv', 2)
    expect([one.code, two.code]).toEqual([2, 2])
    expect(one.stderr).toMatch(/1,000,000|1\.000\.000/)
    expect(two.stderr).toBe(one.stderr)
  }, 120_000)

  it('a file with a quote anywhere is read in one thread', () => {
    const quoted = join(work, 'quoted.csv')
    writeFileSync(
      quoted,
      payroll(ROWS, (k) =>
        k === 50_000 ? `3171888888888888;"Sari; S.E.";Rp 5.000.000,00;1;besar;tidak;2025-06` : undefined,
      ),
    )
    const r = priced(quoted, 'q.csv', 2)
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/threads/)
    expect(readFileSync(join(work, 'q.csv'), 'utf8')).toMatch(
      /\n\d+,3171888888888888,Sari; S\.E\.,2025-06,PU,5000000,/,
    )
  }, 120_000)

  it('--jobs outside 1..8 is a usage error', () => {
    const r = run(['iuran', '--csv', file, '--jobs', '0', '--lang', 'en'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--jobs: a whole number from 1 to 8/)
  })
})

describe('planSplit', () => {
  const write = (name: string, text: string) => {
    const p = join(work, name)
    writeFileSync(p, text)
    return p
  }

  it('cuts at line ends after the header and numbers each part’s first line', () => {
    const text = ['a;b', ...Array.from({ length: 99 }, (_, k) => `${k};x`)].join('\r\n') + '\r\n'
    const p = write('small.csv', text)
    const s = planSplit(p, text.length, 4)
    expect(s?.starts.length).toBe(4)
    for (const [k, start] of (s?.starts ?? []).entries()) {
      if (k === 0) continue
      expect(text[start - 1]).toBe('\n')
      // the first line of the part is the one whose number firstLines gives
      expect(text.slice(0, start).split('\n').length).toBe(s?.firstLines[k])
      expect(start).toBeGreaterThanOrEqual(Math.floor((text.length * k) / 4))
    }
  })

  it('refuses a quote, a NUL or a CR that is not part of a CRLF', () => {
    const base = ['a;b', ...Array.from({ length: 50 }, (_, k) => `${k};x`)]
    for (const bad of ['1;"x"', '1;x\0', '1;x\ry']) {
      const text = [...base, bad, ...base.slice(1)].join('\n') + '\n'
      expect(planSplit(write('bad.csv', text), text.length, 2)).toBeUndefined()
    }
    const good = [...base, ...base.slice(1)].join('\n') + '\n'
    expect(planSplit(write('good.csv', good), good.length, 2)?.starts.length).toBe(2)
  })

  it('never cuts inside or before the header, even after blank lines', () => {
    const text = '\n\n;;\n' + ['a;b', ...Array.from({ length: 20 }, (_, k) => `${k};x`)].join('\n') + '\n'
    const s = planSplit(write('blank.csv', text), text.length, 8)
    const header = text.indexOf('a;b\n') + 4
    for (const start of s?.starts.slice(1) ?? []) expect(start).toBeGreaterThanOrEqual(header)
  })
})
