/**
 * bpjs-ketenagakerjaan: Indonesia's employment social security law (BPJS Ketenagakerjaan) as exact,
 * explainable, tested code. Pure functions, no I/O; every result carries a JSON explanation.
 *
 * @packageDocumentation
 */
export * from './contributions/index.js'
export * from './benefits/index.js'
export * from './benefits/jp/index.js'
export * from './benefits/jht/index.js'
export * from './benefits/jkp/index.js'
export * from './arrears/index.js'
export * from './eligibility/index.js'
export * from './programs-plan/index.js'
export {
  CATEGORIES,
  ENTERPRISE_SIZES,
  PROGRAM_PAYERS,
  PROGRAMS,
  RISK_CLASSES,
  SCHOOL_LEVELS,
} from './types.js'

export { BpjsRuleError, BpjsValidationError, type BpjsIssue, type IssuePath } from './errors.js'
export type { Bilingual, Catalogue, Locale, MessageParams, MessageTexts } from './i18n/types.js'
export { message } from './i18n/format.js'

export {
  allocate,
  formatRupiah,
  parseRupiah,
  roundRupiah,
  MAX_AMOUNT_RUPIAH,
  ROUNDING_MODES,
  type FormatRupiahOptions,
  type RoundingMode,
} from './money/index.js'
export {
  parseDate,
  parsePeriod,
  ageOn,
  monthsBetween,
  addPeriods,
  type IsoDate,
  type Period,
} from './time/index.js'

export { renderExplanation, type RenderOptions } from './explain/render.js'
export {
  TRACE_FORMAT,
  type Explanation,
  type Json,
  type TraceCitation,
  type TraceParameter,
  type TraceParameterRef,
  type TraceRounding,
  type TraceStep,
  type Warning,
} from './explain/types.js'
export type { CalculationOptions } from './schemas/options.js'

export {
  COVERAGE,
  ALL_PARAMETERS,
  getParameter,
  findValueAt,
  isStale,
  valueAt,
  SOURCES,
  getSource,
  formatCitation,
} from './parameters/index.js'
export type {
  JkmRegime,
  ProgramCode,
  ProgramMatrix,
  ProgramRow,
  ProgramStatusInLaw,
} from './parameters/index.js'
export type {
  Citation,
  Confidence,
  LegalSource,
  Parameter,
  ParameterOverride,
  ParameterOverrides,
  ParameterReading,
  ParameterValue,
} from './parameters/index.js'

// Rosters and coverage roadmaps (issue 22)
export * from './roster/index.js'
// legal (issue 16): the decisions registry and citation descriptions (decision D25)
export { DECISION_LIST, dailyToMonthlyFactor, describeCitation, getDecision } from './parameters/index.js'
export type {
  CitationDescription,
  DailyWageFactor,
  DailyWageUse,
  DecisionConfidence,
  LibraryDecision,
} from './parameters/index.js'

// safe variants (issue 20): `{ success: true, data } | { success: false, error }` instead of throwing
export {
  safe,
  safeAddPeriods,
  safeAgeOn,
  safeAllocate,
  safeCalculateContribution,
  safeCalculateContributions,
  safeCalculateJkkDeathBenefit,
  safeCalculateJkkBenefit,
  safeCalculateJkpBenefit,
  safeCalculateArrears,
  safeProjectJhtBalance,
  safeCheckJhtClaim,
  safeCalculateJhtClaim,
  safeCalculateJkmBenefit,
  safeCalculateJpBenefit,
  safeCheckEligibility,
  safeCheckJkmClaim,
  safeCheckJkpClaim,
  safeCheckJkpRegistration,
  safeCheckScholarshipEligibility,
  safeAssessRoster,
  safeCreateRosterAssessor,
  safeDailyToMonthlyFactor,
  safePlanCoverageRoadmap,
  safeWorkersForBudget,
  safeDetermineHeirs,
  safeFindValueAt,
  safeFormatRupiah,
  safeJpPensionAgeOn,
  safeMonthsBetween,
  safeParseDate,
  safeParsePeriod,
  safeParseRupiah,
  safePensionAgeReachedOn,
  safePlanCoverageProgram,
  safeRenderExplanation,
  safeRoundRupiah,
  safeValueAt,
  type SafeResult,
} from './safe.js'

// Documented size limits (issue 13): what a list may hold before it is refused with TOO_MANY_ITEMS
export { MAX_ALLOCATE_RATIOS } from './money/index.js'
export { MAX_BATCH_ROWS } from './contributions/batch.js'
export { MAX_BATCH_ROW_ISSUES } from './contributions/batch.js'
export { RENDER_LIMITS } from './explain/render.js'
