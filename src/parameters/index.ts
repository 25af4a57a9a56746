/**
 * The law as dated data: every rate, amount, cap and age the library uses, with effective dates,
 * citations and confidence, and the lookup `valueAt(parameter, date)`.
 *
 * @example
 * ```ts
 * import { valueAt, getParameter } from 'bpjs-ketenagakerjaan/parameters'
 * valueAt(getParameter('jp.wageCap')!, '2024-03').value //=> '10042300'
 * ```
 * @module
 */
export { COVERAGE } from './coverage.js'
export { ALL_PARAMETERS, getParameter } from './registry.js'
export { findValueAt, isStale, valueAt } from './lookup.js'
export { JP_CAP_GDP_GROWTH, type JpCapGrowth } from './jp.js'
export { dailyToMonthlyFactor, type DailyWageFactor, type DailyWageUse } from './wage.js'
export type { JkmRegime } from './jkm.js'
export type { ProgramCode, ProgramMatrix, ProgramRow, ProgramStatusInLaw } from './programs.js'
export type {
  Confidence,
  DateBasis,
  Parameter,
  ParameterOverride,
  ParameterOverrides,
  ParameterReading,
  ParameterUnit,
  ParameterValue,
} from './types.js'
export {
  SOURCES,
  SOURCE_LIST,
  formatCitation,
  getSource,
  type Citation,
  type LegalSource,
  type SourceKind,
} from '../legal/index.js'
export {
  DECISIONS,
  DECISION_LIST,
  DECISIONS_DOC,
  decisionAnchor,
  decisionDocsUrl,
  describeCitation,
  getDecision,
  type CitationDescription,
  type DecisionConfidence,
  type LibraryDecision,
} from '../legal/index.js'
