// `bpjs-tk iuran --csv FILE --format xlsx --output FILE.xlsx`, run as users run it (the built dist/cli.js, which
// bundles write-excel-file), and the sheet read back with read-excel-file: the same table as the CSV output,
// numbers as numbers, text as text (never a formula). Expected amounts are derived by hand from the rates.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-xlsx-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Rp5,000,000, JKK class I (0.24%), large enterprise, June 2025, no JKP: employer JKK 12,000 + JKM 0.30% 15,000
// + JHT 3.7% 185,000 + JP 2% 100,000 (below the JP cap) = 312,000; worker JHT 2% 100,000 + JP 1% 50,000 =
// 150,000; total 462,000. Row 3: Rp10,000,000, the same rates: employer 24,000 + 30,000 + 370,000 + 200,000 =
// 624,000; worker 200,000 + 100,000 = 300,000; total 924,000 (the JP cap of 2025, Rp10,547,400, is not reached).
const PAYROLL = [
  'NIK;Nama;Gaji Pokok;Kelas Risiko;Skala Usaha;Periode',
  '3171000000000001;Budi;Rp 5.000.000,00;1;besar;2025-06',
  '3171000000000002;=HYPERLINK("http://x");Rp 10.000.000,00;1;besar;2025-06',
  '3171000000000003;Ani;Rp 1.000,00;9;besar;2025-06',
  '',
].join('\r\n')

describe('--format xlsx', () => {
  const file = join(work, 'gaji.csv')
  beforeAll(() => writeFileSync(file, PAYROLL))

  it('writes the CSV output as one sheet: same header, same rows and totals, numbers as numbers', async () => {
    const csv = run(['iuran', '--csv', file, '--output', 'out.csv', '--lang', 'en'])
    const xlsx = run(['iuran', '--csv', file, '--format', 'xlsx', '--output', 'out.xlsx', '--lang', 'en'])
    // one row refused (risk class 9) in both: exit 1, the others written
    expect([csv.code, xlsx.code]).toEqual([1, 1])
    const sheet = await readSheet(join(work, 'out.xlsx'))
    const lines = readFileSync(join(work, 'out.csv'), 'utf8').trimEnd().split('\n')
    expect(sheet.length).toBe(lines.length)
    const header = sheet[0] as unknown[]
    expect(header.join(',')).toBe(lines[0])
    const col = (name: string) => header.indexOf(name)
    const [, budi, formula, totals] = sheet as unknown[][]
    expect([budi?.[col('employer')], budi?.[col('worker')], budi?.[col('total')]]).toEqual([312_000, 150_000, 462_000])
    expect([formula?.[col('employer')], formula?.[col('worker')], formula?.[col('total')]]).toEqual([624_000, 300_000, 924_000])
    expect(totals?.[0]).toBe('total')
    expect([totals?.[col('employer')], totals?.[col('worker')], totals?.[col('total')]]).toEqual([936_000, 450_000, 1_386_000])
    // the NIK stays text, the wage is a number
    expect(budi?.[col('nik')]).toBe('3171000000000001')
    expect(budi?.[col('wage')]).toBe(5_000_000)
    // every number cell of the sheet is the CSV's number, every empty cell empty
    for (const [i, row] of (sheet as unknown[][]).entries()) {
      const cells = (lines[i] as string).split(',')
      row.forEach((v, j) => {
        if (typeof v === 'number') expect(String(v)).toBe(cells[j])
        if (v === null) expect(cells[j]).toBe('')
      })
    }
  })

  it('keeps a formula-like name as text: the CSV escapes it with a quote, the sheet holds it as a text cell', async () => {
    run(['iuran', '--csv', file, '--format', 'xlsx', '--output', 'text.xlsx', '--lang', 'en'])
    const sheet = await readSheet(join(work, 'text.xlsx'))
    const header = sheet[0] as unknown[]
    expect(sheet[2]?.[header.indexOf('name')]).toBe('=HYPERLINK("http://x")')
    // no formula in the sheet's XML: a text cell is never run
    const { unzipSync, strFromU8 } = await import('fflate')
    const files = unzipSync(readFileSync(join(work, 'text.xlsx')))
    const xml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array)
    expect(xml).not.toContain('<f>')
    const csv = run(['iuran', '--csv', file, '--lang', 'en'])
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"")"`)
  })

  it('is a usage error (exit 2) without --output, and for a single result', () => {
    const noOutput = run(['iuran', '--csv', file, '--format', 'xlsx', '--lang', 'en'])
    expect(noOutput.code).toBe(2)
    expect(noOutput.stderr).toContain('--output NAME.xlsx')
    const single = run(['iuran', '--category', 'PU', '--period', '2025-06', '--wage', '5000000', '--jkk-risk-class', '1', '--enterprise-size', 'large', '--format', 'xlsx', '--lang', 'en'])
    expect(single.code).toBe(2)
    expect(single.stderr).toContain('payroll files only')
  })
})
