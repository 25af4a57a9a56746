// A large payroll file priced in several threads (`--jobs`, default: two on a machine with two cores or more).
// The file is cut at line ends into parts of about the same size; the main thread reads the header and
// prices the first part, each worker thread (the built CLI itself, started again as a worker) one other part
// into a file of its own; the main thread then appends the parts in order, adds their totals into the grand
// totals and shows their row errors under the same limits, so the output is the one a single thread writes,
// byte for byte (test/cli/payroll-parallel.test.ts). The number format of each money column is still decided
// from the whole column: each thread surveys its own part and the surveys are merged in file order before
// any row is priced.
//
// A file is cut only where a cut cannot change how it reads: no quote anywhere (a quoted cell may hold a line
// break), no NUL, no CR other than the CR of a CRLF. Any other file, standard input, `--format json` and
// `--format xlsx` are priced in one thread as before.
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { NumberFormat, NumberSurvey } from '../doors/index.js'

/** Files smaller than this are priced in one thread: starting a thread costs more than it saves. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024
/** The most threads `--jobs` starts. */
export const MAX_JOBS = 8
/** Bytes scanned at a time when a file is cut. */
const SCAN_CHUNK = 1024 * 1024
/** Where the header is looked for: its line must end within this many bytes. */
const HEADER_BYTES = 1024 * 1024

/** Where a file is cut: part k is the bytes from `starts[k]` to `starts[k + 1]` (the last part to the end). */
export interface FileSplit {
  readonly starts: readonly number[]
  /** The line number of the first line of each part (1 for the first part, which has the header). */
  readonly firstLines: readonly number[]
  readonly size: number
}

/**
 * Where `file` (of `size` bytes) can be cut into up to `parts` parts at line ends, each after the header line;
 * `undefined` when it cannot be cut safely (a quote, a NUL, a CR not followed by LF) or is too small to cut.
 * One pass over the bytes with `indexOf`: no text is decoded.
 */
export function planSplit(file: string, size: number, parts: number): FileSplit | undefined {
  const starts = [0]
  const firstLines = [1]
  const fd = openSync(file, 'r')
  const buf = Buffer.allocUnsafe(SCAN_CHUNK)
  let pos = 0
  let lines = 0
  let pendingCR = false
  // the header ends at the first line end after something other than blanks and separators
  let headerEnd = -1
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, SCAN_CHUNK, pos)
      if (n === 0) break
      const b = buf.subarray(0, n)
      if (b.includes(0x22) || b.includes(0)) return undefined
      if (pendingCR && b[0] !== 0x0a) return undefined
      pendingCR = false
      for (let i = b.indexOf(0x0d); i >= 0; i = b.indexOf(0x0d, i + 1))
        if (i + 1 === n) pendingCR = true
        else if (b[i + 1] !== 0x0a) return undefined
      if (headerEnd < 0) headerEnd = headerLineEnd(b, pos)
      if (headerEnd < 0 && pos + n >= HEADER_BYTES) return undefined
      for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) {
        lines++
        const next = pos + i + 1
        const target = Math.floor((size * starts.length) / parts)
        if (starts.length < parts && headerEnd >= 0 && next > headerEnd && next >= target && next < size) {
          starts.push(next)
          firstLines.push(lines + 1)
        }
      }
      pos += n
    }
  } finally {
    closeSync(fd)
  }
  return starts.length < 2 || pendingCR ? undefined : { starts, firstLines, size }
}

/** The offset of the LF ending the header line in `b` (at file offset `pos`), or -1 when it is not in `b`. */
function headerLineEnd(b: Buffer, pos: number): number {
  // bytes that may stand before the header: a BOM, blanks, separators, line ends
  const skip = new Set([0xef, 0xbb, 0xbf, 0x20, 0x09, 0x0d, 0x0a, 0x3b, 0x2c])
  let i = 0
  while (i < b.length && skip.has(b[i] as number)) i++
  if (i === b.length) return -1
  const lf = b.indexOf(0x0a, i)
  return lf < 0 ? -1 : pos + lf
}

/** The options of a part's pricing that a worker thread receives (data only: it builds its own functions). */
export interface PartOptions {
  readonly defaults: Readonly<Record<string, unknown>>
  readonly calcOptions: Readonly<Record<string, unknown>>
  readonly format: 'csv' | 'ndjson'
  readonly layout: 'worker' | 'line'
  readonly excel: boolean
  readonly showErrors: number
  readonly lang: 'id' | 'en'
}

/** What a worker thread is given, in its first message (it is started with `workerData` `{ kind }`). */
export interface PartTask {
  readonly kind: typeof PART_TASK
  readonly file: string
  readonly start: number
  readonly end: number
  readonly firstLine: number
  readonly header: readonly string[]
  readonly delimiter: string
  /** Survey the part's money columns first and wait for the merged decision. */
  readonly survey: boolean
  /** Survey every record while pricing (the formats sent are a guess) and give the survey back. */
  readonly surveyAll: boolean
  readonly output: string
  readonly errors?: string
  readonly options: PartOptions
}
export const PART_TASK = 'bpjs-tk-payroll-part'

/** A row error as the main thread shows it. */
export interface PartRowError {
  readonly row: number
  readonly id: string
  readonly path: string
  readonly code: string
  readonly message: string
}

/** What a part's pricing gives back: its counts, its share of the totals, the row errors to show. */
export interface PartResult {
  readonly rows: number
  readonly ok: number
  readonly failed: number
  readonly totals: Readonly<Record<string, number>>
  /** The layout's sums (the grand-total rows are made of them). */
  readonly sums: readonly (number | undefined)[]
  readonly countByCode: readonly (readonly [string, number])[]
  /** The first row errors of each code, as many as the main thread may show, in row order. */
  readonly shown: readonly PartRowError[]
  /** With {@link PartTask.surveyAll}: the part's survey (merged by the main thread in file order). */
  readonly survey?: NumberSurvey[]
}

/** Messages from a worker thread. */
export type PartMessage =
  | { readonly type: 'survey'; readonly states: NumberSurvey[] }
  | { readonly type: 'progress'; readonly chars: number; readonly rows: number; readonly failed: number }
  | { readonly type: 'done'; readonly result: PartResult }
  | { readonly type: 'error'; readonly message: string; readonly usage: boolean }

/** Messages to a worker thread: the number formats decided for the whole file. */
export interface PriceMessage {
  readonly type: 'price'
  readonly formats: Readonly<Record<string, NumberFormat>>
}

/** An error a worker thread reported: a usage error (exit 2) or an unexpected one. */
export class PartError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message)
  }
}

/**
 * The worker threads of one file: one per part after the first, each writing its rows (and its row errors)
 * to files of its own in a temporary folder, removed by {@link close}.
 */
export class PartWorkers {
  private workers: Worker[] = []
  private surveyed: Promise<NumberSurvey[]>[] = []
  private finished: Promise<PartResult>[] = []
  /** How far each part has got (its last progress message). */
  private readonly reached: { chars: number; rows: number; failed: number }[] = []
  private dir: string | undefined
  /** Each part's output file, in part order. */
  readonly outputs: string[] = []
  /** Each part's row-error file (with `--errors`), in part order. */
  readonly errorFiles: string[] = []

  /**
   * Starts `count` threads at once, before the file is cut and its header read (a thread takes a moment to
   * load the tool): each waits for its part ({@link start}).
   */
  constructor(script: URL, count: number) {
    for (let k = 1; k <= count; k++) {
      const worker = new Worker(script, { workerData: { kind: PART_TASK } })
      // a thread waiting for its part never keeps the tool open (an error before the parts were given); once
      // given a part it does, until its part is written (start)
      worker.unref()
      this.workers.push(worker)
      let onSurvey: (s: NumberSurvey[]) => void = () => {}
      let onDone: (r: PartResult) => void = () => {}
      let onError: (e: Error) => void = () => {}
      this.surveyed.push(new Promise((resolve) => (onSurvey = resolve)))
      const finished = new Promise<PartResult>((resolve, reject) => {
        onDone = resolve
        onError = reject
      })
      // a failure rejects the part's result, which the main thread awaits once its own part is written: until
      // then the rejection is kept, not reported as unhandled
      finished.catch(() => {})
      this.finished.push(finished)
      worker.on('message', (m: PartMessage) => {
        if (m.type === 'progress') this.reached[k - 1] = m
        else if (m.type === 'survey') onSurvey(m.states)
        else if (m.type === 'done') onDone(m.result)
        else onError(new PartError(m.message, m.usage))
      })
      worker.on('error', (e) => onError(e))
      worker.on('exit', (code) => onError(new PartError(`worker thread ${k} stopped (exit ${code})`, false)))
    }
  }

  /**
   * Gives each thread its part of `split` (part k to thread k; threads beyond the parts are stopped), writing
   * into files of a new temporary folder.
   */
  start(
    split: FileSplit,
    base: Omit<PartTask, 'kind' | 'start' | 'end' | 'firstLine' | 'output' | 'errors'>,
    withErrors: boolean,
  ): void {
    const used = split.starts.length - 1
    for (const w of this.workers.slice(used)) void w.terminate()
    this.workers = this.workers.slice(0, used)
    this.surveyed = this.surveyed.slice(0, used)
    this.finished = this.finished.slice(0, used)
    const dir = mkdtempSync(join(tmpdir(), 'bpjs-tk-payroll-'))
    this.dir = dir
    this.workers.forEach((worker, i) => {
      const k = i + 1
      const output = join(dir, `part-${k}.out`)
      const errors = withErrors ? join(dir, `part-${k}.errors`) : undefined
      this.outputs.push(output)
      if (errors !== undefined) this.errorFiles.push(errors)
      const task: PartTask = {
        ...base,
        kind: PART_TASK,
        start: split.starts[k] as number,
        end: split.starts[k + 1] ?? split.size,
        firstLine: split.firstLines[k] as number,
        output,
        ...(errors === undefined ? {} : { errors }),
      }
      worker.ref()
      worker.postMessage(task)
    })
  }

  /** How far the parts have got together: characters read, rows read, rows failed. */
  progress(): { chars: number; rows: number; failed: number } {
    const sum = { chars: 0, rows: 0, failed: 0 }
    for (const r of this.reached) {
      sum.chars += r.chars
      sum.rows += r.rows
      sum.failed += r.failed
    }
    return sum
  }

  /** The surveys of the parts, in part order (when they were asked for). */
  surveys(): Promise<NumberSurvey[][]> {
    return Promise.race([Promise.all(this.surveyed), Promise.all(this.finished).then(() => [])])
  }

  /** Starts the pricing of every part with the number formats decided for the whole file. */
  price(formats: Readonly<Record<string, NumberFormat>>): void {
    const m: PriceMessage = { type: 'price', formats }
    for (const w of this.workers) w.postMessage(m)
  }

  /** The results of the parts, in part order, once every part is written. */
  results(): Promise<PartResult[]> {
    return Promise.all(this.finished)
  }

  /** Stops the threads still running and removes the parts' files. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true })
  }
}
