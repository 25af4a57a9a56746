// The worker thread of a payroll file priced in parts (cli/payroll-parallel.ts): surveys its part's money
// columns when asked, waits for the formats decided for the whole file, prices its part into its own files and
// reports its counts, totals and row errors to the main thread.
import { openSync } from 'node:fs'
import type { MessagePort } from 'node:worker_threads'
import { CsvFormatError, PAYROLL_AMOUNT_COLUMNS, PAYROLL_TABLE, TableReader } from '../doors/index.js'
import { UsageError } from './args.js'
import type { Calculation } from './api.js'
import {
  csvFileError,
  csvRecords,
  fileBytes,
  pricePayroll,
  textChunks,
  type BatchCalculation,
} from './payroll.js'
import type { PartMessage, PartTask, PriceMessage } from './payroll-parallel.js'

/** Progress is reported to the main thread every this many characters read. */
const REPORT_CHARS = 1024 * 1024

export async function runPayrollPart(
  task: PartTask,
  port: MessagePort,
  calculate: Calculation,
  calculateBatch: BatchCalculation,
): Promise<void> {
  const post = (m: PartMessage) => port.postMessage(m)
  try {
    const decided = new Promise<PriceMessage>((resolve) => port.once('message', resolve))
    if (task.survey) {
      const reader = new TableReader(PAYROLL_TABLE, task.header, { requireAny: PAYROLL_AMOUNT_COLUMNS })
      const cells = reader.surveyedCells
      const records = csvRecords(
        textChunks(fileBytes(openSync(task.file, 'r'), task.start, task.end)),
        task.delimiter,
        () => {},
        () => cells,
        task.firstLine,
      )
      for await (const batch of records) for (const r of batch) reader.survey(r)
      post({ type: 'survey', states: reader.surveyState() })
    }
    const { formats } = await decided
    let reported = 0
    const o = task.options
    const summary = await pricePayroll({
      file: task.file,
      output: task.output,
      ...(task.errors === undefined ? {} : { errors: task.errors }),
      defaults: o.defaults,
      calcOptions: o.calcOptions,
      progress: false,
      delimiter: task.delimiter,
      format: o.format,
      layout: o.layout,
      excel: o.excel,
      showErrors: o.showErrors,
      lang: o.lang,
      calculate,
      calculateBatch,
      part: {
        start: task.start,
        end: task.end,
        firstLine: task.firstLine,
        header: task.header,
        numberFormats: formats,
        surveyAll: task.surveyAll,
        onProgress: (chars, rows, failed) => {
          if (chars - reported < REPORT_CHARS) return
          reported = chars
          post({ type: 'progress', chars, rows, failed })
        },
      },
    })
    if (summary.part === undefined) throw new Error('a part priced without its result')
    post({ type: 'done', result: summary.part })
  } catch (caught) {
    const e = caught instanceof CsvFormatError ? csvFileError(caught, task.options.lang) : caught
    post({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
      usage: e instanceof UsageError,
    })
  } finally {
    port.close()
  }
}
