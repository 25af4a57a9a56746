// The people-facing doors of bpjs-ketenagakerjaan: reading what people type and export (numbers, words,
// CSV), and showing results the way they read them. Pure TypeScript, no Node built-ins: the CLI and the web
// app share it. The library (src/) stays strict and never guesses; the doors do the reading. See README.md.
export {
  describeColumns,
  mapHeader,
  normalizeHeader,
  readBool,
  readList,
  readWord,
  NO_WORDS,
  YES_WORDS,
  type ColumnKind,
  type ColumnSpec,
  type ColumnTable,
  type HeaderMap,
} from './columns.js'
export {
  csvLine,
  CsvBytes,
  CsvFormatError,
  CsvParser,
  DELIMITERS,
  detectDelimiter,
  escapeSpreadsheetCell,
  EXCEL_ID_STYLE,
  isBlankRecord,
  MAX_CELL_CHARS,
  type CsvRecord,
  type CsvStyle,
} from './csv.js'
export {
  createLayout,
  LINE_COLUMNS,
  lineRows,
  splitSentences,
  WORKER_AMOUNTS,
  WORKER_FUNDS,
  type Cell,
  type CompiledRow,
  type ContributionLike,
  type Layout,
  type LayoutName,
  type LayoutOptions,
  type LineLike,
  type PlanTemplate,
  type PricedRow,
} from './layout.js'
export { doorsMessage, formatExample, type DoorsMessageCode, type Locale, type Messages } from './messages.js'
export {
  decideNumberFormat,
  formatDecimal,
  formatRate,
  formatRupiahFor,
  NUMBER_FORMATS,
  numberShape,
  readNumber,
  surveyCell,
  type NumberDecision,
  type NumberFormat,
  type NumberShape,
  type NumberSurvey,
} from './numbers.js'
export { PAYROLL_AMOUNT_COLUMNS, PAYROLL_IDENTITY, PAYROLL_TABLE } from './payroll.js'
export { TableError, TableReader, type ReadRow, type RowIssue, type TableReaderOptions } from './reader.js'
// terminal safety: the library's own function (renderExplanation uses it), one implementation for all doors
export { safeTerminalText } from '../src/internal/terminal.js'
export { ROSTER_TABLE } from './roster.js'
