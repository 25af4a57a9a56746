// The table reader with the payroll column table: header names in Indonesian and English, duplicate columns,
// words, ragged and blank rows, and the worker layout of a real result (figures by hand).
import { describe, expect, it } from 'vitest'
import {
  createLayout,
  describeColumns,
  PAYROLL_AMOUNT_COLUMNS,
  PAYROLL_TABLE,
  splitSentences,
  TableError,
  TableReader,
  type ContributionLike,
} from '../../doors/index.js'
import { calculateContribution } from '../../src/index.js'

const rec = (line: number, ...cells: string[]) => ({ line, cells })

describe('TableReader on the payroll table', () => {
  it('maps Indonesian headers, keeps NIK and name apart as text, reads words and Indonesian numbers', () => {
    const r = new TableReader(PAYROLL_TABLE, [
      'NIK',
      'Nama Karyawan',
      'Gaji Pokok',
      'Kelas_Risiko',
      'Skala Usaha',
      'Terdaftar JKP',
    ])
    expect(r.keys).toEqual(['nik', 'name', 'wage', 'jkkRiskClass', 'enterpriseSize', 'jkpRegistered'])
    r.survey(rec(2, '9171234567890123', 'Budi', 'Rp 14.146.000,00', '1', 'sedang', 'ya'))
    r.decide()
    expect(r.read(rec(2, '9171234567890123', 'Budi', 'Rp 14.146.000,00', '1', 'sedang', 'ya'))).toEqual({
      kind: 'row',
      line: 2,
      // a 16-digit NIK above 2^53 stays exactly as written
      values: {
        nik: '9171234567890123',
        name: 'Budi',
        wage: '14146000.00',
        jkkRiskClass: 1,
        enterpriseSize: 'medium',
        jkpRegistered: true,
      },
    })
  })
  it.each([
    ['mikro', 'micro'],
    ['Kecil', 'small'],
    ['SEDANG', 'medium'],
    ['menengah', 'medium'],
    ['besar', 'large'],
    ['large', 'large'],
    ['raksasa', 'raksasa'], // unknown: passed on as written, the library refuses it with its own message
  ])('enterprise size %s → %s', (word, value) => {
    const r = new TableReader(PAYROLL_TABLE, ['wage', 'skala usaha'], { numberFormat: 'plain' })
    expect(r.read(rec(2, '1', word))).toMatchObject({ values: { enterpriseSize: value } })
  })
  it('refuses a header naming the same field twice (wage and upah): a table error, never "last one wins"', () => {
    expect(() => new TableReader(PAYROLL_TABLE, ['id', 'wage', 'upah'])).toThrow(TableError)
    expect(() => new TableReader(PAYROLL_TABLE, ['id', 'wage', 'upah'])).toThrow(/"wage" = "upah"/)
  })
  it('refuses a header without any amount column', () => {
    expect(
      () => new TableReader(PAYROLL_TABLE, ['nama', 'kelas'], { requireAny: PAYROLL_AMOUNT_COLUMNS }),
    ).toThrow(/no wage/)
  })
  it('skips blank rows, refuses ragged rows with the cell counts, accepts trailing empty cells', () => {
    const r = new TableReader(PAYROLL_TABLE, ['id', 'wage', 'kelas risiko'], { numberFormat: 'id' })
    expect(r.read(rec(3, '', ' ', ''))).toEqual({ kind: 'blank', line: 3 })
    const ragged = r.read(rec(4, 'A', '5.000.000'))
    expect(ragged.kind).toBe('refused')
    expect(ragged.kind === 'refused' && ragged.issues[0]?.messages.en).toBe(
      'this row has 2 cells, the header has 3; row skipped',
    )
    expect(r.read(rec(5, 'A', '5.000.000', '1', '', ''))).toMatchObject({
      kind: 'row',
      values: { wage: '5000000' },
    })
  })
  it('a number not written the column’s way is a row issue that says how the column writes numbers', () => {
    const r = new TableReader(PAYROLL_TABLE, ['wage'], { numberFormat: 'id' })
    const x = r.read(rec(7, 'lima juta'))
    expect(x.kind === 'refused' && x.issues[0]).toMatchObject({
      path: 'wage',
      code: 'NUMBER_UNREADABLE',
      messages: {
        en: 'column wage: "lima juta" is not a number written Indonesian (14.146.000 or Rp 14.146.000,00)',
      },
    })
  })
  it('an ambiguous column is one table error naming the option, numbers in each language', () => {
    const r = new TableReader(PAYROLL_TABLE, ['wage'])
    r.survey(rec(2, '5000000'))
    r.survey(rec(3, '1.500'))
    expect(() => r.decide()).toThrow(
      'Column wage: "1.500" (line 3) can mean Rp1,500 (Indonesian style) or Rp1.5 (English style), and no other number in the column settles it. Say which with --number-format id or --number-format en.',
    )
  })
  it('the documentation table lists every column with its Indonesian names and words', () => {
    const size = describeColumns(PAYROLL_TABLE, 'id').find((c) => c.column === 'enterpriseSize')
    expect(size?.aliases).toContain('skala usaha')
    expect(size?.words).toBe('micro: mikro/usaha-mikro; small: kecil; medium: sedang/menengah; large: besar')
  })
})

describe('worker layout', () => {
  // PU, 2025-06, wage Rp12,000,000, class II, medium enterprise, JKP-registered:
  // JKK 0.54% × 12,000,000 = 64,800 paid by the employer, of which 0.14% × 5,000,000 (JKP wage cap) = 7,000 to
  // the JKP fund and 57,800 kept by JKK; JKM 0.30% = 36,000; JHT 3.7% = 444,000 and 2% = 240,000; JP on the cap
  // 10,547,400: 2% = 210,948, 1% = 105,474; JKP from the government 0.22% × 5,000,000 = 11,000.
  // Employer 64,800 + 36,000 + 444,000 + 210,948 = 755,748; worker 345,474; total 1,112,222.
  const result = calculateContribution({
    category: 'PU',
    period: '2025-06',
    wage: '12000000',
    jkkRiskClass: 2,
    enterpriseSize: 'medium',
    jkpRegistered: true,
  }) as unknown as ContributionLike

  it('one row per worker: amounts by program and payer, the JKK fund split, the totals', () => {
    const layout = createLayout('worker', ['nik', 'name'])
    const [cells] = layout.rows({ row: 2, identity: ['3171', 'Budi'], wage: '12000000', result })
    const row = Object.fromEntries(layout.columns.map((c, i) => [c, cells?.[i]]))
    expect(row).toMatchObject({
      row: 2,
      nik: '3171',
      name: 'Budi',
      JKK_employer: 64_800,
      JKK_to_JKK_fund: 57_800,
      JKK_to_JKP_fund: 7_000,
      JKM_employer: 36_000,
      JHT_employer: 444_000,
      JHT_worker: 240_000,
      JP_employer: 210_948,
      JP_worker: 105_474,
      JKP_government: 11_000,
      employer: 755_748,
      worker: 345_474,
      government: 11_000,
      total: 1_112_222,
    })
    const [total] = layout.totals()
    expect(total?.[layout.columns.indexOf('total')]).toBe(1_112_222)
  })
  it('the split in words: 0,54% × Rp12.000.000 = Rp64.800, of which Rp7.000 to the JKP fund', () => {
    expect(splitSentences(result, 'id')).toEqual([
      'JKK: 0,54% × Rp12.000.000 = Rp64.800, di antaranya Rp7.000 ke dana JKP',
    ])
    expect(splitSentences(result, 'en')).toEqual([
      'JKK: 0.54% × Rp12,000,000 = Rp64,800, of which Rp7,000 to the JKP fund',
    ])
  })
  it('line layout with rates as percentages for people, the split line carrying its gross', () => {
    const layout = createLayout('line', ['id'], { ratesAsPercent: 'id' })
    const rows = layout.rows({ row: 2, identity: ['A'], result })
    const jkk = rows.find((r) => r.includes('JKK') && r.includes('JKK'))
    expect(jkk?.slice(4)).toEqual([
      'line',
      'JKK',
      'employer',
      'JKK',
      12_000_000,
      '0,54%',
      57_800,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      64_800,
    ])
  })
})

describe('TableReader: repeated amounts', () => {
  it('a cell repeated down the column reads the same each time, and the survey still sees every shape', () => {
    const r = new TableReader(PAYROLL_TABLE, ['id', 'upah'])
    for (let line = 2; line < 10; line++) r.survey(rec(line, `A${line}`, 'Rp 1.500.000,00'))
    // an English-only cell after many repeats: the column is mixed (one error naming both cells and lines)
    r.survey(rec(10, 'B', '2,500,000.00'))
    expect(() => r.decide()).toThrow(TableError)
    const ok = new TableReader(PAYROLL_TABLE, ['id', 'upah'])
    const values = () => ok.read(rec(2, 'A', '1.500'))
    // read before the format is decided: as plain (1.5); after the survey decides Indonesian: 1500
    expect(values()).toEqual({ kind: 'row', line: 2, values: { id: 'A', wage: '1.5' } })
    ok.survey(rec(3, 'B', 'Rp 2.000.000,00'))
    ok.decide()
    expect(values()).toEqual({ kind: 'row', line: 2, values: { id: 'A', wage: '1500' } })
    expect(values()).toEqual({ kind: 'row', line: 2, values: { id: 'A', wage: '1500' } })
  })
})

describe('TableReader: more than two decimals', () => {
  it('an amount read with three decimals is a row issue of its own, never handed to the library', () => {
    const r = new TableReader(PAYROLL_TABLE, ['id', 'upah'], { numberFormat: 'en' })
    const row = r.read(rec(2, 'A', '1.505'))
    expect(row.kind).toBe('refused')
    if (row.kind !== 'refused') return
    expect(row.issues.map((i) => [i.path, i.code])).toEqual([['wage', 'NUMBER_TOO_PRECISE']])
    expect(row.issues[0]?.messages.en).toBe(
      'column wage: "1.505" reads as 1.505, more than two decimals; a rupiah amount has at most two (sen)',
    )
    expect(row.issues[0]?.messages.id).toBe(
      'kolom wage: "1.505" dibaca 1.505, lebih dari dua angka desimal; jumlah rupiah paling banyak dua (sen)',
    )
    // 1.500 the English way is 1.5: read, not refused
    expect(r.read(rec(3, 'B', '1.500'))).toEqual({ kind: 'row', line: 3, values: { id: 'B', wage: '1.5' } })
  })
})

describe('TableReader: formats assumed, survey while reading', () => {
  it('surveys what it reads as survey() does, and decision() judges the whole survey', () => {
    const cells = ['Rp 1.500.000,00', '2000000', 'Rp 1.500.000,00', '1,250,000.50']
    const surveyed = new TableReader(PAYROLL_TABLE, ['id', 'upah'])
    cells.forEach((c, k) => surveyed.survey(rec(k + 2, `A${k}`, c)))
    const reading = new TableReader(PAYROLL_TABLE, ['id', 'upah'])
    reading.assume(new Map([['wage', 'id']]))
    reading.surveyWhileReading = true
    // read the Indonesian way, as assumed: 1.500.000,00 is 1500000.00
    expect(reading.read(rec(2, 'A0', cells[0] as string))).toEqual({
      kind: 'row',
      line: 2,
      values: { id: 'A0', wage: '1500000.00' },
    })
    cells.slice(1).forEach((c, k) => reading.read(rec(k + 3, `A${k + 1}`, c)))
    expect(reading.surveyState()).toEqual(surveyed.surveyState())
    // the English cell on line 5 makes the column mixed: the same error either way
    expect(() => reading.decision()).toThrow(
      /mixes Indonesian-style numbers \("Rp 1\.500\.000,00" on line 2\) and English-style numbers \("1,250,000\.50" on line 5\)/,
    )
    expect(() => surveyed.decide()).toThrow(/on line 5/)
  })
})
