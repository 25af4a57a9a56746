// `bpjs-tk jht` and `bpjs-tk jp`, run as users run them: the built dist/cli.js in a child process. Expected
// figures are derived by hand from the law (PP 46/2015 JHT rates, PP 45/2015 Pasal 17–18, PP 68/2009 Pasal 5)
// and the notes' declared 2016 JHT rate (7.19%), never with the library.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-jht-'))
beforeAll(ensureCli, 180_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const months2016 = Array.from({ length: 12 }, (_, i) => ({
  month: `2016-${String(i + 1).padStart(2, '0')}`,
  category: 'PU',
  wage: 5000000,
}))

describe('bpjs-tk jht', () => {
  it('projects the balance from a PU wage history: 12 × 285,000 + round(1,567,500 × 0.0719) = 3,532,703', () => {
    // 5.7% × 5,000,000 = 285,000 a month; return 285,000 × 0.0719 × Σ(12 − m)/12 = 112,703.25 → 112,703
    writeFileSync(join(work, 'history.json'), JSON.stringify({ history: months2016 }))
    const json = run(['jht', '--input', 'history.json', '--format', 'json'])
    expect(json.code).toBe(0)
    const r = JSON.parse(json.stdout) as {
      status: string
      balance: number
      months: { contribution: number }[]
    }
    expect([r.status, r.balance]).toEqual(['complete', 3532703])
    expect(r.months.map((m) => m.contribution)).toEqual(Array(12).fill(285000))
    const csv = run(['jht', '--input', 'history.json', '--format', 'csv'])
    const rows = csv.stdout.trim().split('\n')
    expect(rows[0]).toBe('month,contribution,contributionSource,withdrawal,return,balance')
    expect(rows.at(-1)).toBe('2016-12,285000,priced,0,112703,3532703')
    const table = run(['jht', '--input', 'history.json', '--lang', 'en'])
    expect(table.stdout).toMatch(/^Status: +complete$/m)
    expect(table.stdout).toMatch(/^Crediting method: +yearly-prorata$/m)
    expect(table.stdout).toMatch(/^Balance: +Rp3\.532\.703$/m)
    expect(table.stdout).toContain('Year end')
  })

  it('a year without a declared rate is incomplete with its path (D26), exit 0', () => {
    const r = run(['jht', '--input', JSON.stringify({ history: [{ month: '2021-01', contribution: 1000 }] })])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Status: +data belum lengkap$/m)
    expect(r.stdout).toMatch(/^Data yang kurang: +rates\.2021$/m)
  })

  it('a resignation claim: payable 1 month after the letter, tax 5% × (80M − 50M) = 1,500,000', () => {
    const args = [
      'jht',
      '--ground',
      'resignation',
      '--claim-date',
      '2023-05-02',
      '--birth-date',
      '1990-01-01',
      '--separation-date',
      '2023-03-15',
      '--balance',
      '80000000',
    ]
    const json = run([...args, '--format', 'json'])
    expect(json.code).toBe(0)
    const r = JSON.parse(json.stdout) as {
      status: string
      payableFrom: string
      tax: { amount: number; net: number }
    }
    expect([r.status, r.payableFrom, r.tax.amount, r.tax.net]).toEqual([
      'payable',
      '2023-04-15',
      1500000,
      78500000,
    ])
    const en = run([...args, '--lang', 'en'])
    expect(en.stdout).toContain('From 2023-04-15, the JHT is paid to you as a lump sum of Rp80.000.000')
    expect(en.stdout).toMatch(/^Ground of the claim: +resignation$/m)
    expect(en.stdout).toMatch(/^Final income tax \(PP 68\/2009\): +Rp1\.500\.000$/m)
    expect(en.stdout).toMatch(/^Net received: +Rp78\.500\.000$/m)
    const id = run(args)
    expect(id.stdout).toContain('Mulai 2023-04-15')
    expect(id.stdout).toMatch(/^Status: +dapat dibayar$/m)
    expect(id.stdout).toMatch(/^Alasan klaim: +mengundurkan diri$/m)
  })

  it('refuses a birth date after the claim date (exit 1) and an unknown ground (exit 2)', () => {
    const bad = run([
      'jht',
      '--ground',
      'pension-age',
      '--claim-date',
      '2024-01-01',
      '--birth-date',
      '2024-02-01',
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('birthDate')
    expect(run(['jht', '--ground', 'holiday', '--claim-date', '2024-01-01']).code).not.toBe(0)
  })
})

describe('bpjs-tk jp', () => {
  // Disability on 2025-10-10 after 1 paid month (membership ≥ 1 month, density 100%): counted as 180 months;
  // 1% × 15 × 2,000,000 = 300,000, below the minimum of March 2025 – February 2026 (Rp399,700, Pasal 18).
  const input = JSON.stringify({ wageHistory: [{ period: '2025-10', wage: 2000000 }] })
  const args = [
    'jp',
    '--kind',
    'disability',
    '--birth-date',
    '1990-01-01',
    '--membership-start',
    '2025-10-01',
    '--event-date',
    '2025-10-10',
    '--input',
    input,
  ]

  it('prints the monthly pension raised to the minimum, with the timeline in words', () => {
    const json = run([...args, '--format', 'json'])
    expect(json.code).toBe(0)
    const r = JSON.parse(json.stdout) as { formulaAmount: number; monthlyPension: number; start: string }
    expect([r.formulaAmount, r.monthlyPension, r.start]).toEqual([300000, 399700, '2025-11'])
    const en = run([...args, '--lang', 'en'])
    expect(en.code).toBe(0)
    expect(en.stdout).toContain('From 2025-11 you receive')
    expect(en.stdout).toContain('minimum')
    const csv = run([...args, '--format', 'csv'])
    expect(csv.stdout.trim().split('\n')[0]).toBe('from,amount,text')
  })

  it('refuses an event before birth with the path (exit 1)', () => {
    const r = run([...args.slice(0, -4), '--event-date', '1980-01-01', '--input', input])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('eventDate')
  })
})
