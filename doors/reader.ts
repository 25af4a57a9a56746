// Reading the rows of a people-made table (CSV records) against a column table: header names and aliases,
// duplicate columns, ragged rows, blank rows, numbers as the column writes them, words. Reusable for any row
// schema: the caller passes its column table; what a row means (e.g. calling the library) stays with it.
import {
  mapHeader,
  readBool,
  readList,
  readWord,
  type ColumnSpec,
  type ColumnTable,
  type HeaderMap,
} from './columns.js'
import { isBlankRecord, type CsvRecord } from './csv.js'
import { doorsMessage, formatExample, type DoorsMessageCode, type Messages } from './messages.js'
import {
  decideNumberFormat,
  formatDecimal,
  readNumber,
  surveyCell,
  type NumberFormat,
  type NumberSurvey,
} from './numbers.js'

/** A plain decimal written in each message's language (`1.5` → id `1,5`, en `1.5`). */
const inBoth = (plain: string): Messages => {
  const short = plain.includes('.') ? plain.replace(/0+$/, '').replace(/\.$/, '') : plain
  return { id: formatDecimal(short, 'id'), en: formatDecimal(short, 'en') }
}

const INT = /^-?\d+$/
/** Distinct cells remembered per column (then forgotten, so memory stays flat whatever the file). */
const MEMO_SIZE = 4096
/** A number read with more than two decimals: not a rupiah amount (sen are the smallest unit). */
const TOO_PRECISE = /\.\d{3,}$/
/** In the numbers read: marks a number with more than two decimals (a character no number begins with). */
const TOO_PRECISE_MARK = '!'
const TOO_PRECISE_CODE = TOO_PRECISE_MARK.charCodeAt(0)

/** A problem of one row: the row is skipped, the others go on. */
export interface RowIssue {
  readonly path: string
  readonly code: DoorsMessageCode
  readonly messages: Messages
}

/** A problem of the whole file (header, number format): nothing can be read until it is fixed. */
export class TableError extends Error {
  override readonly name = 'TableError'
  constructor(
    readonly code: DoorsMessageCode,
    readonly messages: Messages,
  ) {
    super(messages.en)
  }
}

/** What {@link TableReader.read} gives for one record. */
export type ReadRow =
  | { readonly kind: 'blank'; readonly line: number }
  | { readonly kind: 'row'; readonly line: number; readonly values: Record<string, unknown> }
  | {
      readonly kind: 'refused'
      readonly line: number
      readonly values: Record<string, unknown>
      readonly issues: readonly RowIssue[]
    }

export interface TableReaderOptions {
  /** Header must name at least one of these fields (else a {@link TableError}). */
  readonly requireAny?: readonly string[]
  /**
   * Fields read but not put into a row's values (columns the caller takes from the record's cells itself, such
   * as the NIK and the name of a payroll: kept as written, never handed to the library).
   */
  readonly omit?: readonly string[]
  /** Read every `money` column this way (the `--number-format` option); else decided from a survey. */
  readonly numberFormat?: NumberFormat
  /**
   * The format of each money column by field key, decided beforehand (a part of a file read in another
   * thread, after the whole file's survey): no survey. A money column not named is read as `plain`.
   */
  readonly numberFormats?: Readonly<Record<string, NumberFormat>>
}

/**
 * Reads records of one table. Build it from the header record; {@link survey} every data record (all of them
 * for a file: the number format of a column is decided from the whole column), then {@link decide}, then
 * {@link read} each record. A caller that knows the format (`numberFormat`) can skip the survey.
 */
export class TableReader {
  readonly header: HeaderMap
  private readonly money: { index: number; spec: ColumnSpec; survey: NumberSurvey; seen: Set<string> }[] = []
  /** The numbers read, by cell index (the format of a column is fixed once decided). */
  private readonly numbers: (Map<string, string | undefined> | undefined)[] = []
  private formats = new Map<string, NumberFormat>()
  private readonly words = new Map<string, Map<string, string | boolean>>()
  /** The word caches by cell index (the same maps as {@link words}). */
  private readonly wordsAt: (Map<string, string | boolean> | undefined)[] = []
  private decided = false
  /** The money column of each cell index, for {@link surveyWhileReading}. */
  private readonly moneyAt: ({ survey: NumberSurvey } | undefined)[] = []
  /**
   * {@link read} also surveys each money cell it reads for the first time (a cell it has read before was
   * surveyed then): the survey of the records read, at almost no cost, for formats {@link assume}d beforehand.
   */
  surveyWhileReading = false
  /** The columns {@link read} reads: the header's, without the {@link TableReaderOptions.omit} fields. */
  private readonly readColumns: readonly (ColumnSpec | undefined)[]

  constructor(
    readonly table: ColumnTable,
    headerCells: readonly string[],
    private readonly options: TableReaderOptions = {},
  ) {
    this.header = mapHeader(table, headerCells)
    if (this.header.duplicates.length > 0)
      throw new TableError(
        'DUPLICATE_COLUMNS',
        doorsMessage('DUPLICATE_COLUMNS', {
          groups: this.header.duplicates.map((g) => g.map((h) => `"${h}"`).join(' = ')).join('; '),
        }),
      )
    const keys = new Set(this.header.columns.map((c) => c?.key))
    if (options.requireAny !== undefined && !options.requireAny.some((k) => keys.has(k)))
      throw new TableError(
        'MISSING_AMOUNT_COLUMN',
        doorsMessage('MISSING_AMOUNT_COLUMN', { header: headerCells.join(', ') }),
      )
    const omit = new Set(options.omit ?? [])
    this.readColumns = this.header.columns.map((c) => (c !== undefined && omit.has(c.key) ? undefined : c))
    this.header.columns.forEach((spec, index) => {
      if (spec?.kind === 'money') {
        const m = { index, spec, survey: {}, seen: new Set<string>() }
        this.money.push(m)
        this.moneyAt[index] = m
      }
    })
    if (options.numberFormat !== undefined) {
      for (const m of this.money) this.formats.set(m.spec.key, options.numberFormat)
      this.decided = true
    } else if (options.numberFormats !== undefined) {
      for (const m of this.money) this.formats.set(m.spec.key, options.numberFormats[m.spec.key] ?? 'plain')
      this.decided = true
    }
  }

  /** The fields the file fills, in header order. */
  get keys(): string[] {
    return this.header.columns.flatMap((c) => (c === undefined ? [] : [c.key]))
  }

  /** Whether the number formats still need a survey of the rows. */
  get needsSurvey(): boolean {
    return !this.decided && this.money.length > 0
  }

  /** How many cells of a record {@link survey} reads (up to the last money column). */
  get surveyedCells(): number {
    return this.money.reduce((n, m) => Math.max(n, m.index + 1), 1)
  }

  /** Notes the numbers of one data record (constant memory). */
  survey(record: CsvRecord): void {
    for (const m of this.money) {
      const cell = record.cells[m.index]
      if (cell === undefined || cell.trim() === '') continue
      // a shape already noted (amounts repeat down a column) changes nothing: only a first one is kept
      if (m.seen.has(cell)) continue
      surveyCell(m.survey, cell, record.line)
      if (m.seen.size >= MEMO_SIZE) m.seen.clear()
      m.seen.add(cell)
    }
  }

  /** What the survey has noted so far, one entry per money column (to merge with another part's survey). */
  surveyState(): NumberSurvey[] {
    return this.money.map((m) => ({ ...m.survey }))
  }

  /**
   * Adds the survey of a later part of the same file (its {@link surveyState}, same header): a shape this
   * survey has not seen yet is taken from it, so the merged survey is the one of the parts read in order.
   */
  mergeSurvey(later: readonly NumberSurvey[]): void {
    this.money.forEach((m, i) => {
      const s = later[i]
      if (s === undefined) return
      for (const shape of ['id', 'en', 'either'] as const)
        if (m.survey[shape] === undefined && s[shape] !== undefined) m.survey[shape] = s[shape]
    })
  }

  /** Decides each money column's number format from its survey; a column that cannot be decided is a {@link TableError}. */
  decide(): ReadonlyMap<string, NumberFormat> {
    if (this.decided) return this.formats
    this.assume(this.decision())
    return this.formats
  }

  /**
   * What the survey so far decides for each money column, without fixing it (a {@link TableError} when a
   * column cannot be decided); {@link decide} fixes it.
   */
  decision(): Map<string, NumberFormat> {
    const out = new Map<string, NumberFormat>()
    for (const m of this.money) {
      const d = decideNumberFormat(m.survey)
      if (d.ok) {
        out.set(m.spec.key, d.format)
        continue
      }
      const [a, b] = d.examples
      if (d.reason === 'mixed')
        throw new TableError(
          'NUMBER_FORMAT_MIXED',
          doorsMessage('NUMBER_FORMAT_MIXED', {
            column: m.spec.key,
            a: a?.cell ?? '',
            lineA: a?.line ?? 0,
            b: b?.cell ?? '',
            lineB: b?.line ?? 0,
          }),
        )
      const cell = a?.cell ?? ''
      throw new TableError(
        'NUMBER_FORMAT_AMBIGUOUS',
        doorsMessage('NUMBER_FORMAT_AMBIGUOUS', {
          column: m.spec.key,
          a: cell,
          lineA: a?.line ?? 0,
          asId: inBoth(readNumber(cell, 'id') ?? cell),
          asEn: inBoth(readNumber(cell, 'en') ?? cell),
        }),
      )
    }
    return out
  }

  /**
   * Reads the money columns with these formats from now on (a {@link decision} made beforehand, e.g. from the
   * first rows of a file while the survey goes on over the rest: the caller checks the whole survey's
   * {@link decision} at the end). {@link survey} keeps noting shapes.
   */
  assume(formats: ReadonlyMap<string, NumberFormat>): void {
    this.formats = new Map(formats)
    this.decided = true
    // numbers read before were read another way: read again
    this.numbers.length = 0
  }

  /** How the money column `key` is read (plain until decided). */
  private formatOf(key: string): NumberFormat {
    return this.formats.get(key) ?? 'plain'
  }

  /** One data record → the row's values (keys of the table), a blank line, or a refused row with its issues. */
  read(record: CsvRecord): ReadRow {
    const { cells, line } = record
    if (isBlankRecord(cells)) return { kind: 'blank', line }
    const values: Record<string, unknown> = {}
    let issues: RowIssue[] | undefined
    const expected = this.header.columns.length
    // extra cells that are all empty (a trailing separator) are harmless
    let ragged = cells.length < expected
    for (let i = expected; i < cells.length && !ragged; i++) ragged = (cells[i] as string).trim() !== ''
    const specs = this.readColumns
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i]
      const raw = cells[i]
      if (spec === undefined || raw === undefined) continue
      const v = raw.trim()
      if (v === '') continue
      switch (spec.kind) {
        case 'money': {
          // amounts repeat down a column (a grade's salary, the minimum wage): each is read once
          let memo = this.numbers[i]
          if (memo === undefined) this.numbers[i] = memo = new Map()
          let n = memo.get(v)
          if (n === undefined && !memo.has(v)) {
            if (this.surveyWhileReading)
              surveyCell((this.moneyAt[i] as { survey: NumberSurvey }).survey, v, line)
            n = readNumber(v, this.formatOf(spec.key))
            // more than two decimals: kept as the marker of a row issue (read once, like the number)
            if (n !== undefined && TOO_PRECISE.test(n)) n = `${TOO_PRECISE_MARK}${n}`
            if (memo.size >= MEMO_SIZE) memo.clear()
            memo.set(v, n)
          }
          if (n === undefined)
            (issues ??= []).push({
              path: spec.key,
              code: 'NUMBER_UNREADABLE',
              messages: {
                id: doorsMessage('NUMBER_UNREADABLE', {
                  column: spec.key,
                  cell: v,
                  format: formatExample(this.formatOf(spec.key), 'id'),
                }).id,
                en: doorsMessage('NUMBER_UNREADABLE', {
                  column: spec.key,
                  cell: v,
                  format: formatExample(this.formatOf(spec.key), 'en'),
                }).en,
              },
            })
          else if (n.charCodeAt(0) === TOO_PRECISE_CODE)
            (issues ??= []).push({
              path: spec.key,
              code: 'NUMBER_TOO_PRECISE',
              messages: doorsMessage('NUMBER_TOO_PRECISE', { column: spec.key, cell: v, value: n.slice(1) }),
            })
          else values[spec.key] = n
          break
        }
        case 'int':
          values[spec.key] = INT.test(v) ? Number(v) : v
          break
        case 'bool':
        case 'enum': {
          // words repeat down a column (`ya`, `sedang`): each is read once
          let cache = this.wordsAt[i]
          if (cache === undefined) {
            cache = this.words.get(spec.key) ?? new Map<string, string | boolean>()
            this.words.set(spec.key, cache)
            this.wordsAt[i] = cache
          }
          let w = cache.get(v)
          if (w === undefined) {
            w = spec.kind === 'bool' ? (readBool(v) ?? v) : readWord(spec, v)
            if (cache.size < 1000) cache.set(v, w)
          }
          values[spec.key] = w
          break
        }
        case 'list':
          values[spec.key] = readList(spec, v)
          break
        default:
          values[spec.key] = v
      }
    }
    if (ragged)
      (issues ??= []).unshift({
        path: '',
        code: 'ROW_CELL_COUNT',
        messages: doorsMessage('ROW_CELL_COUNT', { cells: cells.length, expected }),
      })
    return issues !== undefined && issues.length > 0
      ? { kind: 'refused', line, values, issues }
      : { kind: 'row', line, values }
  }
}
