// CSV as spreadsheets and HR software write it, read in chunks of any size; spreadsheet and terminal safety.
import { describe, expect, it } from 'vitest'
import {
  csvLine,
  CsvFormatError,
  CsvParser,
  detectDelimiter,
  escapeSpreadsheetCell,
  EXCEL_ID_STYLE,
  isBlankRecord,
  safeTerminalText,
  type CsvRecord,
} from '../../doors/index.js'

function parse(text: string, delimiter: string, chunk = text.length || 1): CsvRecord[] {
  const out: CsvRecord[] = []
  const p = new CsvParser(delimiter, (r) => out.push(r))
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk))
  p.end()
  return out
}

describe('CsvParser', () => {
  const text = '\uFEFFnama;upah\r\n"Budi; S.";"14.146.000"\r\n"Ani ""A""";"5.000.000"\r\n"multi\r\nline";1\r\n'
  const want = [
    { cells: ['nama', 'upah'], line: 1 },
    { cells: ['Budi; S.', '14.146.000'], line: 2 },
    { cells: ['Ani "A"', '5.000.000'], line: 3 },
    { cells: ['multi\r\nline', '1'], line: 4 },
  ]
  it('reads BOM, CRLF, quotes, doubled quotes and line breaks in quotes, with the line each record starts on', () => {
    expect(parse(text, ';')).toEqual(want)
  })
  it('gives the same records whatever the chunk size (a CRLF or a quote split across chunks)', () => {
    for (const size of [1, 2, 3, 7]) expect(parse(text, ';', size)).toEqual(want)
  })
  it('counts lines after a blank line and a bare CR', () => {
    expect(parse('a,b\n\n1,2\r3,4', ',').map((r) => [r.line, r.cells.join('|')])).toEqual([
      [1, 'a|b'],
      [2, ''],
      [3, '1|2'],
      [4, '3|4'],
    ])
  })
  it('an unclosed quote at the end of the text is a format error naming the line it opened on', () => {
    expect(() => parse('a,b\n1,"2\n3,4\n', ',')).toThrow(CsvFormatError)
    try {
      parse('a,b\n1,"2\n3,4\n', ',')
    } catch (e) {
      expect([(e as CsvFormatError).code, (e as CsvFormatError).line]).toEqual(['CSV_UNCLOSED_QUOTE', 2])
    }
  })
  it('a NUL byte is a binary file', () => {
    expect(() => parse('a,b\n1\u00002,3\n', ',')).toThrow(/CSV_BINARY at line 2/)
  })
  it('refuses an empty or quote delimiter', () => {
    expect(() => new CsvParser('', () => {})).toThrow(RangeError)
    expect(() => new CsvParser('"', () => {})).toThrow(RangeError)
  })
  it('a row of empty cells is blank', () => {
    expect(isBlankRecord([';;;;'].flatMap((s) => s.split(';')))).toBe(true)
    expect(isBlankRecord([' ', '', 'x'])).toBe(false)
  })
})

describe('detectDelimiter', () => {
  it.each([
    ['nama;upah;kelas\n1,5;2;3', ';'],
    ['id,wage,class\n', ','],
    ['id\twage\tclass\n', '\t'],
    ['\uFEFF"a;b",c,d\n', ','],
    ['\n\nwage\n', ','],
  ])('%j → %j', (text, d) => expect(detectDelimiter(text)).toBe(d))
})

describe('spreadsheet cells (formula injection)', () => {
  it('text beginning with = + - @ tab or CR gets a leading quote; other text and numbers are unchanged', () => {
    for (const c of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(escapeSpreadsheetCell(c)).toBe(`'${c}`)
    expect(escapeSpreadsheetCell('Budi')).toBe('Budi')
    expect(csvLine([-5, '=1+1', 'a,b', 'say "hi"'])).toBe(`-5,'=1+1,"a,b","say ""hi"""\n`)
  })
  it('Indonesian Excel style: semicolons, decimal comma, CRLF', () => {
    expect(csvLine([1.5, 'x;y', 2], EXCEL_ID_STYLE)).toBe('1,5;"x;y";2\r\n')
  })
})

describe('safeTerminalText (the library’s, re-exported by the doors)', () => {
  it('shows ESC, BEL, C1 CSI, CR, BS and RLO as text', () => {
    const hostile = 'A\u001b[2J\u0007\u009b31m\r\b\u202eB'
    const safe = safeTerminalText(hostile)
    expect(safe).toBe('A\\x1B[2J\\x07\\x9B31m\\x0D\\x08\\u202EB')
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u001f\u007f-\u009f\u202e]/.test(safe)).toBe(false)
  })
  it('leaves ordinary text, accents and Rupiah amounts alone', () => {
    expect(safeTerminalText('Pegawai Ñoño: Rp12.000.000 — ok')).toBe('Pegawai Ñoño: Rp12.000.000 — ok')
  })
})
