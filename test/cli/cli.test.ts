// The command-line tool, run as users run it: the built dist/cli.js in a child process. Expected figures are
// computed by hand from the law (rates of PP 44/2015, PP 45/2015, PP 46/2015 and the JP cap letters), never
// with the library.
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureCli } from './built-cli.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-tk-cli-'))

// `npm test` runs the unit tests before the build: the CLI is bundled here when dist/cli.js is stale
beforeAll(ensureCli, 180_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function run(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function runAsync(args: readonly string[]): Promise<Run> {
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', ko)
    child.on('close', (code) => ok({ code, stdout, stderr }))
  })
}

const PU = ['iuran', '--category', 'PU', '--period', '2025-06', '--wage', '5000000', '--jkk-risk-class', '1']

describe('bpjs-tk', () => {
  it('lists its five commands in its help, in Indonesian by default and in English with --lang en', () => {
    const id = run(['--help'])
    expect(id.code).toBe(0)
    for (const c of ['iuran', 'jkm', 'jkk-kematian', 'eligibilitas', 'program'])
      expect(id.stdout).toContain(c)
    expect(id.stdout).toContain('hitung iuran')
    const en = run(['iuran', '--help', '--lang', 'en'])
    expect(en.code).toBe(0)
    expect(en.stdout).toContain('--jkk-risk-class')
    expect(en.stdout).toContain('monthly wage')
  })

  it('refuses an unknown option as a usage error (exit 2)', () => {
    const r = run(['iuran', '--wag', '5000000'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown option '--wag'")
  })
})

describe('bpjs-tk iuran', () => {
  // PU, June 2025, wage Rp5,000,000, JKK class I, large enterprise, not in JKP:
  // JKK 0.24% = 12,000; JKM 0.30% = 15,000; JHT 3.7% = 185,000 + 2% = 100,000; JP (cap Rp10,547,400 since the
  // March 2025 contribution, above the wage) 2% = 100,000 + 1% = 50,000. Employer 312,000; worker 150,000.
  it('prices a PU worker as JSON with the lines and totals of PP 44/2015, PP 45/2015 and PP 46/2015', () => {
    const r = run([...PU, '--enterprise-size', 'large', '--format', 'json'])
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as {
      lines: { program: string; payer: string; amount: number; fund?: string }[]
      totals: Record<string, number>
      explanation?: unknown
    }
    const amount = (program: string, payer: string) =>
      result.lines.filter((l) => l.program === program && l.payer === payer).map((l) => l.amount)
    expect(amount('JKK', 'employer')).toEqual([12_000])
    expect(amount('JKM', 'employer')).toEqual([15_000])
    expect(amount('JHT', 'employer')).toEqual([185_000])
    expect(amount('JHT', 'worker')).toEqual([100_000])
    expect(amount('JP', 'employer')).toEqual([100_000])
    expect(amount('JP', 'worker')).toEqual([50_000])
    expect(result.totals).toMatchObject({ employer: 312_000, worker: 150_000, total: 462_000 })
    expect(result.explanation).toBeUndefined() // only with --explain
  })

  it('prints a table in Indonesian, or in English with --lang en, and the explanation with --explain', () => {
    const id = run([...PU, '--enterprise-size', 'large', '--explain'])
    expect(id.code).toBe(0)
    expect(id.stdout).toContain('Pemberi kerja')
    expect(id.stdout).toMatch(/Total\s+Rp462\.000/)
    expect(id.stdout).toContain('0,24%')
    expect(id.stdout).toContain('Penjelasan perhitungan')
    expect(id.stdout).toContain('PP 44/2015 Pasal 16')
    const en = run([...PU, '--enterprise-size', 'large', '--lang', 'en'])
    expect(en.stdout).toContain('Employer')
    expect(en.stdout).toContain('0.24%')
    expect(en.stdout).not.toContain('Explanation of the calculation')
  })

  it('prints CSV with stable English columns, one row per line and per payer total', () => {
    const r = run([...PU, '--enterprise-size', 'large', '--format', 'csv'])
    expect(r.code).toBe(0)
    const rows = r.stdout.trim().split('\n')
    expect(rows[0]).toBe(
      'period,record,program,payer,fund,base,rate,amount,deferred,relief,months,perMonth,part,gross',
    )
    expect(rows).toContain('2025-06,line,JKK,employer,,5000000,0.0024,12000,,,,,,')
    expect(rows).toContain('2025-06,total,,employer,,,,312000,,,,,,')
    expect(rows.at(-1)).toBe('2025-06,total,,total,,,,462000,,,,,,')
  })

  // Micro enterprise (JKK, JKM, JHT; JP is not mandatory), wage Rp3,000,000, class II:
  // JKK 0.54% = 16,200; JKM 9,000; JHT 111,000 + 60,000. Employer 136,200; worker 60,000.
  it('takes the whole input as JSON with --input, options replacing its fields', () => {
    writeFileSync(
      join(work, 'pekerja.json'),
      JSON.stringify({
        category: 'PU',
        period: '2025-06',
        wage: 9_999_999,
        jkkRiskClass: 2,
        enterpriseSize: 'micro',
      }),
    )
    const r = run(['iuran', '--input', 'pekerja.json', '--wage', '3000000', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).totals).toMatchObject({ employer: 136_200, worker: 60_000, total: 196_200 })
    const stdin = run(
      ['iuran', '--input', '-', '--format', 'json'],
      JSON.stringify({ category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 }),
    )
    // BPU minimum package: JKK 1% × Rp1,000,000 = 10,000 + JKM Rp6,800 (PP 44/2015; decisions D1)
    expect(JSON.parse(stdin.stdout).totals.total).toBe(16_800)
  })

  // PP 49/2020 (contribution months 2020-08 to 2021-01): JKK and JKM at 1% of their rates, 99% of JP deferred.
  // JKK 0.24% × 1% × 5,000,000 = 120; JKM 0.30% × 1% × 5,000,000 = 150; JP employer 2% × 5,000,000 = 100,000,
  // of which 1,000 paid now and 99,000 deferred; worker 50,000 → 500 now, 49,500 deferred.
  it('shows the PP 49/2020 relief and JP deferral in the CSV columns relief and deferred', () => {
    const r = run([
      'iuran',
      '--category',
      'PU',
      '--period',
      '2020-09',
      '--wage',
      '5000000',
      '--jkk-risk-class',
      '1',
      '--enterprise-size',
      'large',
      '--format',
      'csv',
    ])
    expect(r.code).toBe(0)
    const rows = r.stdout.trim().split('\n')
    expect(rows).toContain('2020-09,line,JKK,employer,,5000000,0.000024,120,,PP-49-2020,,,,')
    expect(rows).toContain('2020-09,line,JKM,employer,,5000000,0.00003,150,,PP-49-2020,,,,')
    expect(rows).toContain('2020-09,line,JP,employer,,5000000,0.02,1000,99000,PP-49-2020,,,,')
    expect(rows).toContain('2020-09,line,JP,worker,,5000000,0.01,500,49500,PP-49-2020,,,,')
    // employer 120 + 150 + 185,000 (JHT) + 1,000; worker 100,000 + 500; deferred 148,500
    expect(rows.at(-1)).toBe('2020-09,total,,total,,,,286770,148500,,,,,')
  })

  // JP on the overridden cap: 2% × 4,000,000 = 80,000 and 1% = 40,000, instead of 100,000 and 50,000.
  it('applies a parameter override given with --param', () => {
    const r = run([...PU, '--enterprise-size', 'large', '--param', 'jp.wageCap=4000000', '--format', 'json'])
    expect(r.code).toBe(0)
    const lines = JSON.parse(r.stdout).lines as { program: string; payer: string; amount: number }[]
    expect(lines.filter((l) => l.program === 'JP').map((l) => l.amount)).toEqual([80_000, 40_000])
  })

  it('explains a refused input field by field, naming the option, with exit code 1 and nothing on stdout', () => {
    const r = run([
      'iuran',
      '--category',
      'PU',
      '--period',
      '2025-13',
      '--wage',
      '-5',
      '--jkk-risk-class',
      '1',
      '--enterprise-size',
      'large',
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('period (--period)')
    expect(r.stderr).toContain('[PERIOD_INVALID]')
    expect(r.stderr).toContain('wage (--wage): Jumlah uang tidak boleh negatif. [AMOUNT_NEGATIVE]')
    const en = run([
      'iuran',
      '--category',
      'PU',
      '--period',
      '2014-06',
      '--wage',
      '5',
      '--jkk-risk-class',
      '1',
      '--enterprise-size',
      'large',
      '--lang',
      'en',
    ])
    expect(en.code).toBe(1)
    expect(en.stderr).toContain('[DATE_BEFORE_COVERAGE]')
    expect(en.stderr).toContain('before this library')
  })
})

describe('bpjs-tk iuran --csv (payroll file)', () => {
  // Row by row, by hand:
  // A: 5,000,000, class I, large  → employer 312,000, worker 150,000 (as above)
  // B: wage -1                    → refused (line 3)
  // C: 3,000,000, class II, small → employer 16,200 + 9,000 + 111,000 = 136,200; worker 60,000
  // D: class 7                    → refused (line 5)
  // E: 12,000,000, class V, medium → JKK 1.74% = 208,800; JKM 36,000; JHT 444,000 + 240,000;
  //    JP on the cap 10,547,400: 2% = 210,948, 1% = 105,474 → employer 899,748; worker 345,474
  // Grand totals: employer 1,347,948; worker 555,474; total 1,903,422.
  const file = [
    'id,wage,jkkRiskClass,enterpriseSize',
    'A,5000000,1,large',
    'B,-1,1,large',
    'C,3000000,2,small',
    'D,4000000,7,large',
    'E,12000000,5,medium',
    '',
  ].join('\n')

  it('prices the good rows, reports the bad ones by line number, and exits 1', () => {
    writeFileSync(join(work, 'kecil.csv'), file)
    const r = run(['iuran', '--csv', 'kecil.csv', '--layout', 'line', '--period', '2025-06', '--errors', 'galat.csv'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('baris 3 (B): wage: Jumlah uang tidak boleh negatif. [AMOUNT_NEGATIVE]')
    expect(r.stderr).toMatch(/baris 5 \(D\): jkkRiskClass: .*\[INVALID_VALUE\]/)
    expect(r.stderr).toContain('5 baris dibaca, 3 dihitung, 2 gagal')
    const rows = r.stdout.trim().split('\n')
    expect(rows[0]).toBe(
      'row,id,period,category,record,program,payer,fund,base,rate,amount,deferred,relief,months,perMonth,part,gross',
    )
    expect(rows).toContain('2,A,2025-06,PU,total,,total,,,,462000,,,,,,')
    expect(rows).toContain('4,C,2025-06,PU,total,,employer,,,,136200,,,,,,')
    expect(rows).toContain('6,E,2025-06,PU,line,JP,employer,,10547400,0.02,210948,,,,,,')
    expect(rows).toContain('6,E,2025-06,PU,total,,worker,,,,345474,,,,,,')
    expect(rows.some((x) => x.startsWith('3,') || x.startsWith('5,'))).toBe(false)
    expect(rows.slice(-3)).toEqual([
      ',,,,grand-total,,employer,,,,1347948,,,,,,',
      ',,,,grand-total,,worker,,,,555474,,,,,,',
      ',,,,grand-total,,total,,,,1903422,,,,,,',
    ])
    const errors = readFileSync(join(work, 'galat.csv'), 'utf8').trim().split('\n')
    expect(errors[0]).toBe('row,id,path,code,message')
    expect(errors.slice(1).map((e) => e.split(',').slice(0, 4).join(','))).toEqual([
      '3,B,wage,AMOUNT_NEGATIVE',
      '5,D,jkkRiskClass,INVALID_VALUE',
    ])
  })

  it('exits 0 when every row is priced, and reads Indonesian column names', () => {
    writeFileSync(
      join(work, 'indo.csv'),
      'nama;upah;kelas_risiko;skala_usaha;periode\nA;5000000;1;large;2025-06\n',
    )
    const r = run(['iuran', '--csv', 'indo.csv', '--delimiter', ';', '--layout', 'line'])
    expect(r.code).toBe(0)
    // identity column: nama → name
    expect(r.stdout.split('\n')[0]?.startsWith('row,name,period,category,record')).toBe(true)
    expect(r.stdout).toContain(',,,,grand-total,,total,,,,462000,,,,,,')
  })

  it('prices a 100,000-row payroll file, streaming, with progress lines on stderr (not a terminal)', async () => {
    // Wages are multiples of Rp10,000, so every line is exact (no rounding): rate × wage by integer arithmetic.
    const WAGES = [3_000_000, 4_500_000, 8_000_000, 12_000_000]
    const JKK_PER_10000 = [24, 54, 89, 127, 174] // PP 44/2015 Pasal 16 ayat (1): 0.24% … 1.74%
    const JP_CAP = 10_547_400 // JP wage cap from the March 2025 contribution
    const BAD: Record<number, [string, string, string]> = {
      500: ['abc', '1', 'NUMBER_UNREADABLE'], // read by the CLI's number reader, before the library
      777: ['3000000', '9', 'INVALID_VALUE'],
      50_000: ['-1', '1', 'AMOUNT_NEGATIVE'],
      99_999: ['', '1', 'REQUIRED'],
    }
    const N = 100_000
    const lines = ['id,wage,jkkRiskClass,enterpriseSize']
    let employer = 0
    let worker = 0
    for (let i = 0; i < N; i++) {
      const large = i % 3 !== 0
      const bad = BAD[i]
      if (bad !== undefined) {
        lines.push(`W${i},${bad[0]},${bad[1]},${large ? 'large' : 'small'}`)
        continue
      }
      const w = WAGES[i % 4] ?? 0
      const c = i % 5
      lines.push(`W${i},${w},${c + 1},${large ? 'large' : 'small'}`)
      // employer: JKK + JKM 0.30% + JHT 3.7% (+ JP 2% of the capped wage); worker: JHT 2% (+ JP 1%)
      employer +=
        (w * ((JKK_PER_10000[c] ?? 0) + 30 + 370)) / 10_000 + (large ? (Math.min(w, JP_CAP) * 2) / 100 : 0)
      worker += (w * 2) / 100 + (large ? Math.min(w, JP_CAP) / 100 : 0)
    }
    writeFileSync(join(work, 'pegawai.csv'), `${lines.join('\n')}\n`)

    const started = performance.now()
    const r = await runAsync([
      'iuran',
      '--csv',
      'pegawai.csv',
      '--period',
      '2025-06',
      '--output',
      'hasil.csv',
      '--layout',
      'line',
    ])
    const seconds = (performance.now() - started) / 1000
    console.log(`bpjs-tk iuran --csv: ${N} rows in ${seconds.toFixed(1)} s`)

    expect(r.code).toBe(1)
    // not a terminal: no bar, a line at each quarter of the file (the file is over 1 MiB)
    expect(r.stderr).not.toContain('░')
    expect(r.stderr.match(/% berkas dibaca: /g)).toHaveLength(3)
    expect(r.stderr).toMatch(/^25% berkas dibaca: [\d.]+ baris, \d gagal$/m)
    for (const [i, [, , code]] of Object.entries(BAD))
      expect(r.stderr).toMatch(new RegExp(`baris ${Number(i) + 2} \\(W${i}\\): .*\\[${code}\\]`))
    // numbers in an Indonesian sentence are written the Indonesian way
    expect(r.stderr).toContain('100.000 baris dibaca, 99.996 dihitung, 4 gagal')

    const perWorker = new Set<string>()
    const grand: Record<string, number> = {}
    const rl = createInterface({ input: createReadStream(join(work, 'hasil.csv')) })
    for await (const line of rl) {
      const cells = line.split(',')
      if (cells[4] === 'total' && cells[6] === 'total') perWorker.add(cells[0] ?? '')
      if (cells[4] === 'grand-total') grand[cells[6] ?? ''] = Number(cells[10])
    }
    expect(perWorker.size).toBe(N - 4)
    for (const i of Object.keys(BAD)) expect(perWorker.has(String(Number(i) + 2))).toBe(false)
    expect(perWorker.has('503')).toBe(true) // the row after a bad one is priced
    expect(grand).toEqual({ employer, worker, total: employer + worker })
  }, 300_000)
})

describe('bpjs-tk jkm and jkk-kematian', () => {
  // PP 82/2019 (deaths from 2019-12-02): lump sum Rp20,000,000 + periodic 24 × Rp500,000 + funeral Rp10,000,000.
  it('computes the JKM of a PU death in 2025: Rp42,000,000', () => {
    const r = run([
      'jkm',
      '--date-of-death',
      '2025-06-10',
      '--category',
      'PU',
      '--membership-start',
      '2018-01-01',
      '--cause',
      'natural',
      '--membership-active',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      payable: true,
      lumpSum: 20_000_000,
      periodic: 12_000_000,
      funeral: 10_000_000,
      total: 42_000_000,
    })
    const table = run([
      'jkm',
      '--date-of-death',
      '2025-06-10',
      '--category',
      'PU',
      '--membership-start',
      '2018-01-01',
      '--cause',
      'natural',
      '--membership-active',
    ])
    expect(table.stdout).toMatch(/Total\s+Rp42\.000\.000/)
  })

  // PP 44/2015 (death before 2019-12-02): Rp16,200,000 + 24 × Rp200,000 + Rp3,000,000 = Rp24,000,000 (D3).
  it('computes the JKM of a death under PP 44/2015: Rp24,000,000', () => {
    const r = run([
      'jkm',
      '--date-of-death',
      '2018-03-01',
      '--category',
      'PU',
      '--membership-start',
      '2016-01-01',
      '--cause',
      'natural',
      '--membership-active',
      '--format',
      'json',
    ])
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 24_000_000 })
  })

  it('does not pay JKM for a work-accident death, and says why', () => {
    const r = run([
      'jkm',
      '--date-of-death',
      '2025-06-10',
      '--category',
      'PU',
      '--membership-start',
      '2018-01-01',
      '--cause',
      'work-accident',
      '--membership-active',
      '--lang',
      'en',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('WORK_ACCIDENT_USE_JKK')
  })

  // JKK death (PP 82/2019): 48 × Rp5,000,000 = Rp240,000,000 + periodic Rp12,000,000 + funeral Rp10,000,000.
  it('computes the JKK death benefit: 48 × wage + periodic + funeral = Rp262,000,000', () => {
    const r = run([
      'jkk-kematian',
      '--date-of-death',
      '2025-03-05',
      '--date-of-accident',
      '2025-03-01',
      '--category',
      'PU',
      '--cause',
      'work-accident',
      '--monthly-wage',
      '5000000',
      '--membership-active',
      '--format',
      'csv',
    ])
    expect(r.code).toBe(0)
    const rows = r.stdout.trim().split('\n')
    expect(rows).toContain('lumpSum,,,,,240000000')
    expect(rows).toContain('total,,,,,262000000')
  })
})

describe('bpjs-tk eligibilitas', () => {
  // PP 44/2015 Pasal 5(2): a company employee is PU; a large enterprise joins JKK, JKM, JHT, JP (PP 6/2025
  // Pasal 4(3)) and JKP when the worker is a citizen under 54, employed, in those programs and in JKN.
  it('answers which programs apply to a company employee, with reasons', () => {
    const args = [
      'eligibilitas',
      '--as-of',
      '2025-06-01',
      '--relationship',
      'employee-company',
      '--birth-date',
      '1990-04-01',
    ]
    const more = [
      '--nationality',
      'WNI',
      '--enterprise-size',
      'large',
      '--in-jkn',
      '--enrolled-programs',
      'JKK,JKM,JHT,JP',
    ]
    const r = run([...args, ...more, '--format', 'json'])
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as {
      category: string
      programs: { program: string; status: string }[]
    }
    expect(result.category).toBe('PU')
    expect(result.programs.map((p) => [p.program, p.status])).toEqual([
      ['JKK', 'mandatory'],
      ['JKM', 'mandatory'],
      ['JHT', 'mandatory'],
      ['JP', 'mandatory'],
      ['JKP', 'mandatory'],
    ])
    const table = run([...args, ...more, '--lang', 'en'])
    expect(table.stdout).toMatch(/JKP\s+mandatory/)
  })

  // ASN, TNI and Polri are covered by Taspen / Asabri, outside BPJS TK (decisions D18).
  it('says that a civil servant (ASN) is outside BPJS Ketenagakerjaan', () => {
    const r = run(['eligibilitas', '--as-of', '2025-06-01', '--relationship', 'asn', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ category: null, categoryStatus: 'outside-bpjs-tk' })
  })

  // PP 6/2025 Pasal 4(2)(b): JKP only for workers under 54 when registered; born 1968-01-01 → 57 on 2025-06-01.
  it('runs a focused check with --check: JKP registration refused at 57', () => {
    const input = {
      registrationDate: '2025-06-01',
      birthDate: '1968-01-01',
      nationality: 'WNI',
      employmentRelationship: true,
      enterpriseSize: 'large',
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
      inJkn: true,
    }
    const r = run([
      'eligibilitas',
      '--check',
      'jkp-registration',
      '--input',
      JSON.stringify(input),
      '--format',
      'csv',
    ])
    expect(r.code).toBe(0)
    const rows = r.stdout.trim().split('\n')
    expect(rows).toContain('status,,not-eligible,,')
    expect(rows.some((x) => x.startsWith('condition,jkp.age,not-met,'))).toBe(true)
  })
})

describe('bpjs-tk program', () => {
  // Two BPU cohorts on the minimum package: JKK 1% × Rp1,000,000 = 10,000 + JKM 6,800 = 16,800 a month each
  // (decisions D1), APBD-paid (no PP 50/2025 discount, and none is in force in 2025 anyway).
  // 1,500 workers × 16,800 × 3 months = 75,600,000; coverage (1,000 + 1,500) / 5,000 = 50%.
  it('prices a local-government program for two cohorts, with its schedule and coverage', () => {
    const r = run([
      'program',
      '--start-period',
      '2025-06',
      '--months',
      '3',
      '--payer',
      'apbd',
      '--cohort',
      'name=Ojol,workers=1200,category=BPU,declaredIncome=1000000',
      '--cohort',
      'name=Marbot,workers=300,category=BPU,declaredIncome=1000000',
      '--potential-workers',
      '5000',
      '--covered-before',
      '1000',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout) as {
      cohorts: { name: string; premiumPerWorkerPerMonth: number; total: number }[]
      schedule: { period: string; total: number }[]
      total: number
      coverage: { coveredAfter: number; ratioAfter: number }
    }
    expect(plan.cohorts.map((c) => [c.name, c.premiumPerWorkerPerMonth, c.total])).toEqual([
      ['Ojol', 16_800, 1200 * 16_800 * 3],
      ['Marbot', 16_800, 300 * 16_800 * 3],
    ])
    expect(plan.schedule.map((s) => [s.period, s.total])).toEqual([
      ['2025-06', 25_200_000],
      ['2025-07', 25_200_000],
      ['2025-08', 25_200_000],
    ])
    expect(plan.total).toBe(75_600_000)
    expect(plan.coverage).toMatchObject({ coveredAfter: 2500, ratioAfter: 0.5 })
  })

  it('reports a bad cohort by its path', () => {
    const r = run([
      'program',
      '--start-period',
      '2025-06',
      '--months',
      '3',
      '--payer',
      'apbd',
      '--cohort',
      'name=X,workers=0,category=BPU,declaredIncome=1000000',
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('cohorts[0].workers (--cohort …)')
  })
})
