export { SOURCES, SOURCE_LIST, getSource } from './sources.js'
export { dayBeforeInForce, dayBeforeMonthOfInForce, inForceOf, monthOfInForce } from './dates.js'
export {
  DECISIONS,
  DECISION_LIST,
  DECISIONS_DOC,
  decisionAnchor,
  decisionDocsUrl,
  getDecision,
  type DecisionConfidence,
  type LibraryDecision,
} from './decisions.js'
export type { Citation, LegalSource, SourceKind } from './types.js'
export { citeSources } from './cited.js'
export { describeCitation, formatCitation, type CitationDescription } from './describe.js'
import { citeSources } from './cited.js'
import { DECISION_LIST } from './decisions.js'
import { SOURCE_LIST } from './sources.js'

// the public registry: every source and decision is known to formatCitation and describeCitation
citeSources(...SOURCE_LIST, ...DECISION_LIST)
