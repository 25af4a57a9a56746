// The payroll's outputs: a buffered byte writer with back-pressure (CSV lines written straight into bytes, JSON
// text), and the .xlsx table (`--format xlsx`), which write-excel-file writes at the end. write-excel-file is
// loaded only for `--format xlsx`; like the CLI's other libraries it is bundled into dist/cli.js (a
// devDependency, never a dependency of the library, never in the library bundle). Run from the sources without
// it installed, `--format xlsx` is a usage error (exit 2) that says so.
import { closeSync, createWriteStream, openSync, readSync, writeSync, type WriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { CsvBytes, formatDecimal, type Cell, type CsvStyle } from '../doors/index.js'
import { UsageError } from './args.js'
import { t, type Lang } from './messages.js'

/** Bytes kept before they are handed to the stream. */
const WRITE_BUFFER = 256 * 1024
/** Bytes read at a time from a part's file when it is appended. */
const APPEND_CHUNK = 1024 * 1024

/** Rows of one Excel sheet, the header row included (Excel's limit). */
export const XLSX_MAX_ROWS = 1_048_576

/** Opens a file to write, or a usage error naming it (a missing folder, a directory, no permission). */
export function openOutput(path: string, lang: Lang): WriteStream {
  let fd: number
  try {
    fd = openSync(path, 'w')
  } catch (e) {
    throw new UsageError(t(lang, 'cannotWrite', { file: path, reason: (e as Error).message }))
  }
  return createWriteStream('', { fd })
}

/** A writer with a buffer and back-pressure; standard output closing early (`| head`) ends the tool quietly. */
export class Out {
  /** The bytes not yet handed to the stream (CSV lines written straight into them: no string per line). */
  private readonly bytes: CsvBytes
  constructor(
    private readonly stream: Writable,
    style: CsvStyle = {},
  ) {
    this.bytes = new CsvBytes(style)
  }
  /** Adds text to the buffer (synchronous: rows are written without a promise each). */
  write(text: string): void {
    this.bytes.text(text)
  }
  /** Adds one CSV line of cells, as `csvLine` writes it with the style of this output. */
  line(cells: readonly Cell[]): void {
    this.bytes.line(cells)
  }
  /** Hands the buffer to the stream once it is large, waiting when the stream asks to (back-pressure). */
  async drain(): Promise<void> {
    if (this.bytes.length >= WRITE_BUFFER) await this.flush()
  }
  /**
   * Writes the whole of a file after what was written so far (a part priced in another thread), a chunk at
   * a time with back-pressure.
   */
  async append(path: string): Promise<void> {
    await this.flush()
    // a file output: once what the stream holds is written, the part's bytes are written straight to its file
    // (synchronous reads and writes of 1 MiB; no thread-pool round trip per chunk)
    const target = (this.stream as unknown as { fd?: unknown }).fd
    const direct = this.stream !== process.stdout && typeof target === 'number'
    if (direct)
      await new Promise<void>((resolve, reject) => this.stream.write('', (e) => (e ? reject(e) : resolve())))
    const fd = openSync(path, 'r')
    const chunk = Buffer.allocUnsafe(APPEND_CHUNK)
    try {
      for (;;) {
        const n = readSync(fd, chunk, 0, APPEND_CHUNK, null)
        if (n === 0) break
        if (direct) {
          for (let at = 0; at < n;) at += writeSync(target, chunk, at, n - at)
        } else if (!this.stream.write(Buffer.from(chunk.subarray(0, n)))) await this.drained()
      }
    } finally {
      closeSync(fd)
    }
  }
  async flush(): Promise<void> {
    let ok = true
    for (const chunk of this.bytes.take()) ok = this.stream.write(chunk)
    if (!ok) await this.drained()
  }
  private drained(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done)
        this.stream.off('close', done)
        resolve()
      }
      this.stream.on('drain', done)
      this.stream.on('close', done)
    })
  }
  async end(): Promise<void> {
    await this.flush()
    if (this.stream === process.stdout) return
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject)
      this.stream.end(resolve)
    })
  }
}

/** The write function of write-excel-file (Node), or a usage error when the package is not there. */
async function xlsxWriter(
  lang: Lang,
): Promise<(data: (string | number | null)[][]) => { toFile(path: string): Promise<void> }> {
  try {
    const m = await import('write-excel-file/node')
    return m.default as never
  } catch {
    throw new UsageError(t(lang, 'xlsxMissing'))
  }
}

/**
 * An .xlsx output: the rows are kept (an .xlsx file is written whole, at the end) and written as one sheet,
 * numbers as numbers, text as text cells (never formulas: a cell beginning with `=` is shown as written, so
 * nothing is escaped), empty cells empty. More rows than a sheet holds is a usage error naming `--format csv`.
 */
export class XlsxTable {
  private readonly rows: (string | number | null)[][] = []
  private constructor(
    private readonly path: string,
    private readonly lang: Lang,
    private readonly write: Awaited<ReturnType<typeof xlsxWriter>>,
  ) {}

  /** Checks that the package loads and the file can be written (both usage errors, before any row is priced). */
  static async open(path: string, lang: Lang): Promise<XlsxTable> {
    const write = await xlsxWriter(lang)
    try {
      closeSync(openSync(path, 'w'))
    } catch (e) {
      throw new UsageError(t(lang, 'cannotWrite', { file: path, reason: (e as Error).message }))
    }
    return new XlsxTable(path, lang, write)
  }

  add(cells: readonly Cell[]): void {
    if (this.rows.length >= XLSX_MAX_ROWS)
      throw new UsageError(
        t(this.lang, 'xlsxTooManyRows', { max: formatDecimal(String(XLSX_MAX_ROWS), this.lang) }),
      )
    this.rows.push(cells.map((c) => (c === undefined || c === '' ? null : c)))
  }

  async end(): Promise<void> {
    await this.write(this.rows).toFile(this.path)
  }
}
