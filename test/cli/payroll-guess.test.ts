// A payroll file written to --output is read once: the money columns' number format is guessed from the
// file's first 64 KiB while every row is still surveyed, and the whole file's survey must decide the same, or the
// output is dropped and the file read again (survey first). Whatever happens, the result must be the one of
// the two-pass reading (the survey, then the pricing), which standard output always uses: compared here byte
// for byte, run as users run it (the built dist/cli.js in a child process).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-guess-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const idr = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const ROWS = 5000 // about 300 KB: well past the 64 KiB the guess reads

/** A payroll whose wage of row k is `wage(k)` (risk class 9 every 997 rows: refused rows too). */
function payroll(wage: (k: number, w: number) => string): string {
  const out = ['NIK;Nama;Gaji;Kelas Risiko;Skala Usaha;Periode']
  for (let k = 0; k < ROWS; k++) {
    const w = 3_000_000 + ((k * 7919) % 2000) * 10_000
    out.push(
      `${3171000000000000 + k};Pegawai ${k};${wage(k, w)};${k % 997 === 3 ? 9 : 1 + (k % 5)};besar;2025-06`,
    )
  }
  return `${out.join('\r\n')}\r\n`
}

/** Priced to --output (one pass with a guess) and to standard output (survey first), in English. */
function both(name: string, text: string) {
  const file = join(work, `${name}.csv`)
  writeFileSync(file, text)
  const toFile = run([
    'iuran',
    '--csv',
    file,
    '--output',
    `${name}.out.csv`,
    '--errors',
    `${name}.err.csv`,
    '--no-progress',
    '--lang',
    'en',
  ])
  const toStdout = run([
    'iuran',
    '--csv',
    file,
    '--errors',
    `${name}.err2.csv`,
    '--no-progress',
    '--lang',
    'en',
  ])
  return {
    toFile,
    toStdout,
    output: readFileSync(join(work, `${name}.out.csv`), 'utf8'),
    errors: [
      readFileSync(join(work, `${name}.err.csv`), 'utf8'),
      readFileSync(join(work, `${name}.err2.csv`), 'utf8'),
    ],
  }
}

const steady = (s: string) => s.replace(/ in [\d.]+ s\./, ' in – s.').replaceAll(/\w+\.err2?\.csv/g, 'ERR')

describe('the number format guessed from the first rows', () => {
  it('Indonesian from the first row to the last: one pass, the two-pass result', () => {
    const r = both(
      'id',
      payroll((_, w) => `Rp ${idr(w)},00`),
    )
    expect([r.toFile.code, r.toStdout.code]).toEqual([1, 1])
    expect(r.output).toBe(r.toStdout.stdout)
    expect(r.errors[0]).toBe(r.errors[1])
    expect(steady(r.toFile.stderr)).toBe(steady(r.toStdout.stderr))
    expect(r.toFile.stderr).not.toMatch(/read again/)
    // Rp3,000,000 × (0.24% + 0.30% + 3.7% + 2%) employer + (2% + 1%) worker, row 2 (k = 0, class 1)
    expect(r.output.split('\n')[1]).toMatch(/^2,3171000000000000,Pegawai 0,2025-06,PU,3000000,7200,,9000,/)
  })

  it('plain in the first rows, Indonesian later: the guess is dropped and the file read again', () => {
    // 1.500.000 cells only after row 4,000 (past the first 64 KiB): the whole column is Indonesian
    const r = both(
      'late',
      payroll((k, w) => (k < 4000 ? String(w) : idr(w))),
    )
    expect(r.toFile.stderr).toMatch(
      /The number format of column wage over the whole file differs from its first rows: the file is read again/,
    )
    expect([r.toFile.code, r.toStdout.code]).toEqual([1, 1])
    expect(r.output).toBe(r.toStdout.stdout)
    expect(r.errors[0]).toBe(r.errors[1])
    // every row priced once in the output: 5,000 rows less the refused ones, a header and the totals
    const refused = Math.floor((ROWS - 1 - 3) / 997) + 1
    expect(r.output.trimEnd().split('\n').length).toBe(1 + ROWS - refused + 1)
  })

  it('Indonesian first, one English cell late: the error a survey first gives, and no rows written', () => {
    const r = both(
      'mixed',
      payroll((k, w) => (k === 4500 ? '5,000,000.00' : `Rp ${idr(w)},00`)),
    )
    expect([r.toFile.code, r.toStdout.code]).toEqual([2, 2])
    expect(r.toFile.stderr).toBe(r.toStdout.stderr)
    expect(r.toFile.stderr).toMatch(
      /Column wage mixes Indonesian-style numbers \("Rp 3\.000\.000,00" on line 2\) and English-style numbers \("5,000,000\.00" on line 4,502\)/,
    )
    expect(r.output).toBe('')
    expect(r.errors[0]).toBe('')
  })
})
