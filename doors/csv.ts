// CSV as spreadsheets and HR software write it: `,` `;` or tab separated, a UTF-8 BOM, CRLF or LF, quoted
// cells with `""` inside and line breaks. Incremental (chunks in, records out) so any size streams in flat
// memory; pure, for Node and the browser alike.

/** Separators detected; anything else must be given by the caller. */
export const DELIMITERS: readonly string[] = Object.freeze([',', ';', '\t'])

/**
 * The separator of a file, from its first non-blank line (the header): the one of `,` `;` tab that occurs most
 * often outside quotes; `,` when none occurs (a one-column file) or on a tie between `,` and another.
 */
export function detectDelimiter(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  let seen = false
  for (let i = start; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break
    } else if (!quoted && counts.has(c)) {
      counts.set(c, (counts.get(c) ?? 0) + 1)
      seen = true
    } else if (c.trim() !== '') seen = true
  }
  let best = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

/** One record: its cells and the line it starts on (1-based, as an editor numbers lines). */
export interface CsvRecord {
  readonly cells: string[]
  readonly line: number
}

/** A file that is not CSV text at all (unclosed quote at the end, binary bytes, a cell beyond the limit). */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError'
  constructor(
    readonly code: 'CSV_UNCLOSED_QUOTE' | 'CSV_BINARY' | 'CSV_CELL_TOO_LONG',
    readonly line: number,
  ) {
    super(`${code} at line ${line}`)
  }
}

/** Cells longer than this are a format error (a binary file or a quote never closed), never held in memory. */
export const MAX_CELL_CHARS = 1_000_000

/**
 * An incremental CSV parser. `push` text chunks (any split, even inside a quote or a CRLF), then `end`. Each
 * complete record is handed to `emit`. Text after a closing quote is kept (`"a"b` → `ab`); a quote inside an
 * unquoted cell is an ordinary character.
 */
export class CsvParser {
  private cells: string[] = []
  private cell = ''
  private quoted = false
  /** inside a quoted cell, just after a `"` (either the closing quote or the first of `""`) */
  private quotePending = false
  private cellStarted = false
  private afterCR = false
  private line = 1
  private recordLine = 1
  private first = true
  /**
   * At most this many cells are kept of a record read whole (a line without quotes); the others are dropped
   * unread. For a caller that needs only the first columns (a survey of one column); default all.
   */
  maxCells = Number.POSITIVE_INFINITY
  /** Within the chunk being read: where its next quote, CR and NUL are (see {@link plainLineEnd}). */
  private nextQuote = -1
  private nextCR = -1
  private nextNul = -1

  constructor(
    private readonly delimiter: string,
    private readonly emit: (record: CsvRecord) => void,
    /** The line number of the first line of the text (a part of a file read from its middle); default 1. */
    firstLine = 1,
  ) {
    this.line = firstLine
    this.recordLine = firstLine
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new RangeError('delimiter must be one character other than a quote or a line break')
  }

  push(chunk: string): void {
    let text = chunk
    if (this.first && text.length > 0) {
      this.first = false
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    const d = this.delimiter
    this.nextQuote = -1
    this.nextCR = -1
    this.nextNul = -1
    for (let i = 0; i < text.length; i++) {
      // fast path: at the start of a record, a whole line without quotes, bare CR or NUL is split at once
      if (this.atRecordStart()) {
        const end = this.plainLineEnd(text, i)
        if (end >= 0) {
          const crlf = end > i && text.charCodeAt(end - 1) === 13
          const line = text.slice(i, crlf ? end - 1 : end)
          this.emit({ cells: this.maxCells < 1e6 ? line.split(d, this.maxCells) : line.split(d), line: this.line })
          this.line++
          this.recordLine = this.line
          i = end
          continue
        }
      }
      const c = text[i] as string
      if (c === '\0') throw new CsvFormatError('CSV_BINARY', this.line)
      if (this.afterCR) {
        this.afterCR = false
        if (c === '\n') {
          // the LF of a CRLF: the line was already counted; inside quotes it is part of the cell
          if (this.quoted && !this.quotePending) this.cell += c
          continue
        }
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false
          if (c === '"') {
            this.cell += '"'
            continue
          }
          this.quoted = false // the quote closed the cell; fall through to read c unquoted
        } else if (c === '"') {
          this.quotePending = true
          continue
        } else {
          if (c === '\n' || c === '\r') {
            this.line++
            if (c === '\r') this.afterCR = true
          }
          this.cell += c
          if (this.cell.length > MAX_CELL_CHARS) throw new CsvFormatError('CSV_CELL_TOO_LONG', this.recordLine)
          continue
        }
      }
      if (c === d) {
        this.cells.push(this.cell)
        this.cell = ''
        this.cellStarted = false
      } else if (c === '\n' || c === '\r') {
        this.endRecord()
        this.line++
        this.recordLine = this.line
        if (c === '\r') this.afterCR = true
      } else if (c === '"' && !this.cellStarted) {
        this.quoted = true
        this.cellStarted = true
      } else {
        // fast path: copy a run of ordinary characters at once
        let j = i + 1
        while (j < text.length) {
          const n = text[j]
          if (n === d || n === '\n' || n === '\r' || n === '\0') break
          j++
        }
        this.cell += text.slice(i, j)
        this.cellStarted = true
        if (this.cell.length > MAX_CELL_CHARS) throw new CsvFormatError('CSV_CELL_TOO_LONG', this.recordLine)
        i = j - 1
      }
    }
  }

  /** No record begun: nothing pending (the character-by-character path resumes only inside a record). */
  private atRecordStart(): boolean {
    return !this.afterCR && !this.cellStarted && !this.quoted && this.cell === '' && this.cells.length === 0
  }

  /**
   * The index of the LF ending the line that starts at `from`, when that line (an optional CR before the LF
   * aside) has no quote, CR or NUL and is not longer than a cell may be; else -1 (read character by character).
   */
  private plainLineEnd(text: string, from: number): number {
    const end = text.indexOf('\n', from)
    if (end < 0 || end - from > MAX_CELL_CHARS) return -1
    const last = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    // the next quote, CR and NUL of the chunk, each searched again only once passed (linear in the chunk)
    if (this.nextQuote < from) this.nextQuote = indexOrEnd(text, '"', from)
    if (this.nextCR < from) this.nextCR = indexOrEnd(text, '\r', from)
    if (this.nextNul < from) this.nextNul = indexOrEnd(text, '\0', from)
    return this.nextQuote < last || this.nextCR < last || this.nextNul <= end ? -1 : end
  }

  /** Ends the text: emits the last record; an unclosed quote is a {@link CsvFormatError}. */
  end(): void {
    if (this.quoted && !this.quotePending) throw new CsvFormatError('CSV_UNCLOSED_QUOTE', this.recordLine)
    this.quoted = false
    this.quotePending = false
    if (this.cells.length > 0 || this.cell !== '' || this.cellStarted) this.endRecord()
  }

  private endRecord(): void {
    this.cells.push(this.cell)
    const cells = this.cells
    this.cells = []
    this.cell = ''
    this.cellStarted = false
    this.emit({ cells, line: this.recordLine })
  }
}

/** Where `c` next occurs in `text` from `from`, or the text's length. */
function indexOrEnd(text: string, c: string, from: number): number {
  const i = text.indexOf(c, from)
  return i < 0 ? text.length : i
}

/** A record with no content: an empty line, or only separators and spaces (`;;;;;;`). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== '') return false
  return true
}

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell made safe for spreadsheets (formula injection, OWASP "CSV injection"): a cell beginning with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text
 * instead of running it. Numbers are not text cells and are never changed (a negative amount stays a number).
 */
export function escapeSpreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** How output CSV is written: `{}` is plain CSV (`,`, decimal point, LF). */
export interface CsvStyle {
  readonly delimiter?: string
  /** Numbers with a decimal comma (`0,5`), as Indonesian Excel reads them. */
  readonly decimalComma?: boolean
  readonly eol?: '\n' | '\r\n'
}

/** Indonesian Excel: `;` between cells, decimal comma, CRLF. */
export const EXCEL_ID_STYLE: CsvStyle = Object.freeze({ delimiter: ';', decimalComma: true, eol: '\r\n' })

const QUOTE_NEEDED = new Map<string, RegExp>()

/** The characters that make a cell need quotes with `delimiter`. */
function quoteNeeded(delimiter: string): RegExp {
  let special = QUOTE_NEEDED.get(delimiter)
  if (special === undefined) {
    special = new RegExp(`["\\n\\r${delimiter === '\t' ? '\\t' : delimiter.replace(/[\\^\]-]/g, '\\$&')}]`)
    QUOTE_NEEDED.set(delimiter, special)
  }
  return special
}

/** The first characters {@link escapeSpreadsheetCell} escapes: `=` `+` `-` `@` tab CR. */
const FORMULA_CODES = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d])

/** One cell as CSV text (`undefined` for an empty cell): numbers with the style's decimal mark, text escaped. */
function csvCell(
  v: string | number | boolean | undefined | null,
  delimiter: string,
  decimalComma: boolean,
  special: RegExp,
): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'number') {
    let s = String(v)
    if (decimalComma) s = s.replace('.', ',')
    return s.includes(delimiter) ? `"${s}"` : s
  }
  const t = String(v)
  const s = t !== '' && FORMULA_CODES.has(t.charCodeAt(0)) ? `'${t}` : t
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One CSV line (with its line break): cells quoted when needed, text cells escaped for spreadsheets. */
export function csvLine(
  cells: readonly (string | number | boolean | undefined | null)[],
  style: CsvStyle = {},
): string {
  const delimiter = style.delimiter ?? ','
  const decimalComma = style.decimalComma === true
  const special = quoteNeeded(delimiter)
  // the cells as text, joined once (an empty cell for `undefined`, as `join` writes it)
  const out = new Array<string | number | undefined>(cells.length)
  // a whole number is written as `join` writes it when no separator can occur in it
  const plainWhole = !decimalComma && (delimiter === ',' || delimiter === ';' || delimiter === '\t')
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]
    out[i] = plainWhole && typeof v === 'number' && Number.isInteger(v) ? v : csvCell(v, delimiter, decimalComma, special)
  }
  return `${out.join(delimiter)}${style.eol ?? '\n'}`
}

/** The digits of 00 to 99, two bytes each. */
const DIGIT_PAIRS = Uint8Array.from({ length: 200 }, (_, k) => 0x30 + (k % 2 === 0 ? Math.floor(k / 20) : (k >> 1) % 10))

/**
 * CSV written straight into bytes (UTF-8), line by line, exactly as {@link csvLine} writes each line, without a
 * string per line: whole numbers are written digit by digit, text as its characters. For large outputs (a
 * million payroll rows): {@link CsvBytes.take} hands over the bytes written so far.
 */
export class CsvBytes {
  private buf: Uint8Array
  private at = 0
  private readonly filled: Uint8Array[] = []
  private readonly d: string
  private readonly delimiter: number
  private readonly decimalComma: boolean
  private readonly special: RegExp
  private readonly eol: string
  private readonly plainWhole: boolean

  constructor(
    style: CsvStyle = {},
    private readonly size = 256 * 1024,
  ) {
    this.buf = new Uint8Array(size)
    const d = style.delimiter ?? ','
    this.d = d
    this.delimiter = d.charCodeAt(0)
    this.decimalComma = style.decimalComma === true
    this.special = quoteNeeded(d)
    this.eol = style.eol ?? '\n'
    this.plainWhole = !this.decimalComma && (d === ',' || d === ';' || d === '\t')
  }

  /** Bytes written and not yet taken. */
  get length(): number {
    return this.filled.reduce((n, b) => n + b.length, 0) + this.at
  }

  /** Room for `n` more bytes (the buffer so far is kept for {@link take}). */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return
    if (this.at > 0) this.filled.push(this.buf.subarray(0, this.at))
    this.buf = new Uint8Array(Math.max(this.size, n))
    this.at = 0
  }

  /** Writes text as it is (a header, a BOM, JSON). */
  text(s: string): void {
    this.room(s.length * 3)
    const buf = this.buf
    let at = this.at
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i)
      if (c < 0x80) buf[at++] = c
      else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6)
        buf[at++] = 0x80 | (c & 0x3f)
      } else {
        const next = s.charCodeAt(i + 1)
        if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          // a surrogate pair: one character beyond the BMP, four bytes
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00)
          i++
          buf[at++] = 0xf0 | (c >> 18)
          buf[at++] = 0x80 | ((c >> 12) & 0x3f)
        } else {
          // a lone surrogate is written as U+FFFD, as TextEncoder does
          if (c >= 0xd800 && c < 0xe000) c = 0xfffd
          buf[at++] = 0xe0 | (c >> 12)
        }
        buf[at++] = 0x80 | ((c >> 6) & 0x3f)
        buf[at++] = 0x80 | (c & 0x3f)
      }
    }
    this.at = at
  }

  /** Writes one line of cells, as {@link csvLine} does with this writer's style. */
  line(cells: readonly (string | number | boolean | undefined | null)[]): void {
    const d = this.delimiter
    const plainWhole = this.plainWhole
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]
      // room for a separator and a whole number (text makes its own room)
      if (this.at + 24 > this.buf.length) this.room(24)
      if (i > 0) this.buf[this.at++] = d
      if (typeof v === 'number' && plainWhole && Number.isSafeInteger(v)) this.whole(v)
      else if (v !== undefined && v !== null) this.text(csvCell(v, this.d, this.decimalComma, this.special) as string)
    }
    this.text(this.eol)
  }

  /** A safe integer in decimal digits (what `String(n)` writes); the caller made room for 17 bytes. */
  private whole(value: number): void {
    const buf = this.buf
    let n = value
    if (n < 0) {
      buf[this.at++] = 0x2d
      n = -n
    }
    if (n < 10) {
      buf[this.at++] = 0x30 + n
      return
    }
    let digits = 1
    for (let p = 10; p <= n; p *= 10) digits++
    let i = this.at + digits - 1
    if (n <= 0x7fffffff) {
      // two digits at a time (small integer arithmetic)
      while (n >= 100) {
        const q = (n / 100) | 0
        const r = (n - q * 100) * 2
        buf[i] = DIGIT_PAIRS[r + 1] as number
        buf[i - 1] = DIGIT_PAIRS[r] as number
        i -= 2
        n = q
      }
      if (n >= 10) {
        buf[i] = DIGIT_PAIRS[2 * n + 1] as number
        buf[i - 1] = DIGIT_PAIRS[2 * n] as number
        this.at += digits
        return
      }
    } else
      while (n >= 10) {
        const q = Math.floor(n / 10)
        buf[i--] = 0x30 + (n - q * 10)
        n = q
      }
    buf[i] = 0x30 + n
    this.at += digits
  }

  /** The bytes written since the last call (and forgets them). */
  take(): Uint8Array[] {
    if (this.at > 0) this.filled.push(this.buf.subarray(0, this.at))
    const out = this.filled.splice(0)
    this.buf = new Uint8Array(this.size)
    this.at = 0
    return out
  }
}
