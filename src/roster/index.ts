export {
  assessRoster,
  createRosterAssessor,
  type AssessRosterInput,
  type FindingSeverity,
  type RosterAssessor,
  type RosterCohort,
  type RosterCounts,
  type RosterFinding,
  type RosterOptions,
  type RosterPerson,
  type RosterResult,
  type RosterRow,
  type RosterSettings,
  type RosterStatus,
  type RosterSummary,
} from './assess.js'
export { decodeNik, type NikCheck, type NikDecoded, type NikDefect } from './nik.js'
