// CSV as spreadsheets and HR software write it, read in chunks of any size; spreadsheet and terminal safety.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  csvLine,
  CsvBytes,
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

// The parser reads a line without quotes, bare CR or NUL whole, and everything else character by character; a
// one-character chunk never holds a whole line (but an empty one), so reading in chunks of one is the
// character-by-character reading the whole-line path must agree with.
describe('CsvParser: lines read whole agree with the character-by-character reading', () => {
  const unit = fc.constantFrom('a', 'Budi', ' ', ',', ';', '"', '""', '\r', '\n', '\r\n', 'é', '😀', '1.000')
  const text = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''))
  const outcome = (t: string, chunk: number, maxCells?: number) => {
    const out: CsvRecord[] = []
    const p = new CsvParser(';', (r) => out.push(r))
    if (maxCells !== undefined) p.maxCells = maxCells
    try {
      for (let i = 0; i < t.length; i += chunk) p.push(t.slice(i, i + chunk))
      p.end()
      return out
    } catch (e) {
      return e instanceof CsvFormatError ? `${e.code}@${e.line}` : String(e)
    }
  }
  it('the same records (or the same format error) whole, in chunks of one, and in chunks of five', () => {
    fc.assert(
      fc.property(text, (t) => {
        const whole = outcome(t, Math.max(1, t.length))
        expect(outcome(t, 1)).toEqual(whole)
        expect(outcome(t, 5)).toEqual(whole)
      }),
      { numRuns: 500 },
    )
  })
  it('maxCells keeps the first cells of each record and the same line numbers', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 3 }), (t, k) => {
        const all = outcome(t, Math.max(1, t.length))
        const few = outcome(t, Math.max(1, t.length), k)
        if (typeof all === 'string') expect(few).toBe(all)
        else {
          const some = few as CsvRecord[]
          expect(some.map((r) => r.line)).toEqual(all.map((r) => r.line))
          some.forEach((r, i) => expect(r.cells.slice(0, k)).toEqual(all[i]?.cells.slice(0, k)))
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('CsvBytes writes the bytes of csvLine', () => {
  const unit = fc.constantFrom('a', '=', '-', '+', '@', '\t', '\r', '\n', '"', ',', ';', '|', ' ', 'é', '😀', '\ud800', '1', '.')
  const cell = fc.oneof(
    fc.array(unit, { maxLength: 8 }).map((p) => p.join('')),
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(undefined),
    fc.constant(null),
  )
  it('for any cells, in every style (plain, Indonesian Excel, tab, pipe), across buffer refills', () => {
    const styles = [{}, EXCEL_ID_STYLE, { delimiter: '\t' }, { delimiter: '|', eol: '\r\n' as const }]
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }), fc.constantFrom(...styles), (rows, style) => {
        const w = new CsvBytes(style, 64)
        for (const r of rows) w.line(r)
        const bytes = Buffer.concat(w.take())
        expect(bytes.equals(Buffer.from(rows.map((r) => csvLine(r, style)).join(''), 'utf8'))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
