/**
 * `bpjs-tk program --roster`: the roster file is read as the payroll file is (header aliases, Indonesian
 * words and numbers), streamed into the assessor, and every person written with their line number.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { assessRosterFile, mapRosterHeader, readRegions, renderRoadmap } from '../../cli/roster.js'
import { planCoverageRoadmap } from '../../src/index.js'

const work = mkdtempSync(join(tmpdir(), 'bpjs-roster-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// line 2: 5 Aug 1990 woman, income "Rp1.500.000" → base 1,500,000 → 15,000 + 6,800 = 21,800, enrol
// line 3: the same NIK → excluded (duplicate of line 2)
// line 4: NIK 15 Jun 1980 but the list says 16 Jun → review; no income → the program's 1,000,000 → 16,800
// line 5: 'ya' → already a participant → covered
// line 6: NIK with 15 digits → review
const CSV = [
  'NIK;Nama;Tanggal Lahir;JK;Pekerjaan;Kecamatan;Penghasilan;Peserta;Warna',
  '1571024508900003;Siti;1990-08-05;P;ojek;Jambi Selatan;Rp1.500.000;tidak;merah',
  '1571024508900003;Siti;1990-08-05;P;ojek;Jambi Selatan;Rp1.500.000;tidak;merah',
  '1571025506800001;Ani;1980-06-16;P;pedagang;Jambi Selatan;;tidak;',
  '1571031203850002;Budi;1985-03-12;L;ojek;Jambi Timur;2.000.000;ya;',
  '157103120385000;Eko;1985-03-12;L;ojek;Jambi Timur;;tidak;',
].join('\n')

async function run(extra: Record<string, unknown> = {}) {
  const file = join(work, 'pekerja.csv')
  const output = join(work, 'hasil.csv')
  writeFileSync(file, CSV)
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const summary = await assessRosterFile({
      file,
      output,
      settings: {
        asOf: '2026-01-15',
        payer: 'apbd',
        relationship: 'vulnerable-worker',
        nationality: 'WNI',
        declaredIncome: '1000000',
      },
      calcOptions: { locale: 'en' },
      delimiter: ';',
      format: 'table',
      lang: 'en',
      ...extra,
    })
    const report = stdout.mock.calls.map((c) => String(c[0])).join('')
    const warnings = stderr.mock.calls.map((c) => String(c[0])).join('')
    return { summary, out: readFileSync(output, 'utf8'), report, warnings }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

describe('program --roster', () => {
  it('maps Indonesian headers', () => {
    expect(
      mapRosterHeader(['NIK', 'Nama', 'Tanggal Lahir', 'JK', 'Penghasilan', 'Peserta', 'Warna']),
    ).toEqual(['nik', 'name', 'birthDate', 'sex', 'declaredIncome', 'participant', undefined])
  })
  it('writes every person with the file’s line number, status and findings', async () => {
    const { out, summary, warnings } = await run()
    const lines = out.trim().split('\n')
    expect(lines[0]).toBe('row,nik,name,status,age,category,premium,cohort,codes,messages')
    const rows = lines.slice(1).map((l) => l.split(','))
    expect(rows.map((r) => [r[0], r[3], r[6]])).toEqual([
      ['2', 'enrol', '21800'],
      ['3', 'excluded', '21800'],
      ['4', 'review', '16800'],
      ['5', 'covered', '26800'],
      ['6', 'review', '16800'],
    ])
    expect(rows[1]![8]).toBe('ROSTER_NIK_DUPLICATE')
    expect(rows[4]![8]).toBe('ROSTER_NIK_MALFORMED ROSTER_INCOME_DEFAULTED')
    expect(summary.counts).toEqual({ enrol: 1, covered: 1, review: 2, excluded: 1 })
    expect(warnings).toContain('Warna')
  })
  it('prints the aggregate and the 12-month plan: 21,800 × 12 = 261,600', async () => {
    const { report } = await run()
    expect(report).toContain(
      '5 rows on 2026-01-15: 1 ready to enrol, 1 already participants, 2 to review, 1 not enrolled.',
    )
    expect(report).toContain('BPU JKK+JKM Rp1.500.000')
    expect(report).toContain('Rp261.600')
  })
  it('reads a region file (code,regency_code,name as idn-area-data writes it)', async () => {
    const regions = join(work, 'districts.csv')
    writeFileSync(regions, 'code;regency_code;name\n15.71.02;15.71;Jambi Selatan\n')
    expect(readRegions(regions, ';')('15.71.02')).toBe('Jambi Selatan')
    const { out } = await run({ regions })
    // line 5's NIK is from district 15.71.03, not in the file
    expect(out.split('\n')[4]).toContain('ROSTER_NIK_REGION_UNKNOWN')
  })
  it('detects the separator, keeps spreadsheet formulas inert and reports an unreadable amount on its row', async () => {
    const file = join(work, 'tricky.csv')
    const output = join(work, 'tricky-out.csv')
    writeFileSync(
      file,
      [
        'nik;nama;tanggal_lahir;jk;penghasilan;peserta',
        '1571024508900003;=HYPERLINK("http://x");1990-08-05;P;1.500.000;tidak',
        '1571031203850002;Budi;1985-03-12;L;satu juta;tidak',
      ].join('\n'),
    )
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      await assessRosterFile({
        file,
        output,
        settings: {
          asOf: '2026-01-15',
          payer: 'apbd',
          relationship: 'vulnerable-worker',
          nationality: 'WNI',
        },
        calcOptions: { locale: 'en' },
        format: 'table',
        lang: 'en',
      })
    } finally {
      stdout.mockRestore()
      stderr.mockRestore()
    }
    const lines = readFileSync(output, 'utf8').trim().split('\n')
    expect(lines[1]).toContain(`'=HYPERLINK`)
    expect(lines[1]!.split(',')[3]).toBe('enrol')
    // "satu juta" is not a number: the reader says so and the library refuses the field (never read as empty)
    expect(lines[2]).toContain('NUMBER_UNREADABLE')
    expect(lines[2]).toContain('ROSTER_FIELD_INVALID')
    expect(lines[2]!.split(',')[3]).toBe('review')
  })
  it('refuses a missing file before reading anything', async () => {
    await expect(run({ file: join(work, 'none.csv') })).rejects.toThrow(/none\.csv/)
  })
})

describe('program --roadmap', () => {
  it('renders the yearly table', () => {
    const r = planCoverageRoadmap({
      startPeriod: '2026-01',
      targetYear: 2028,
      potentialWorkers: 1000,
      coveredToday: 440,
      targetCoverage: 1,
      budget: { yearly: 100000000 },
      payer: 'apbd',
      premium: { category: 'BPU', declaredIncome: 1000000 },
      churn: '0.05',
      enrolmentCapacity: 300,
    })
    const text = renderRoadmap(r, 'en')
    expect(text).toMatch(
      /2026\s+12\s+Rp201\.600\s+Rp100\.000\.000\s+300\s+300\s+15\s+740\s+0\.74\s+Rp60\.480\.000/,
    )
    expect(text).toContain('The target is not reached by 2028.')
    expect(text).toContain('2028: Rp112.896.000')
  })
})
