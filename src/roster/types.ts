import type { WorkRelationship } from '../eligibility/types.js'
import type { Explanation, Warning } from '../explain/types.js'
import type { MessageParams } from '../i18n/types.js'
import type { PlanCoverageProgramInput } from '../programs-plan/plan.js'
import type { CalculationOptions } from '../schemas/options.js'
import type { Category, Program } from '../types.js'

/** One person of a roster as the caller holds it (every field optional: what is missing becomes a finding). */
export interface RosterRow {
  /** The row's number in the caller's file (e.g. the CSV line); default: its position, counted from `firstRow`. */
  readonly line?: number
  /** The 16-digit NIK, as text (a number loses no digit only below 2^53, so a number is refused). */
  readonly nik?: string
  readonly name?: string
  /** `'YYYY-MM-DD'`. */
  readonly birthDate?: string
  readonly sex?: 'male' | 'female'
  /** Free text, for the counts by occupation (e.g. `'marbot'`, `'ojek'`). */
  readonly occupation?: string
  /** Free text or a code, for the counts by district; default: the NIK's district code. */
  readonly district?: string
  /** The work relationship as the caller classifies the person (default: the input's `relationship`). */
  readonly relationship?: WorkRelationship
  /** For religious workers, RT/RW heads and vulnerable workers: they earn a wage from an employer. */
  readonly wageEarner?: boolean
  /** Monthly declared income in rupiah (number or decimal string); default: the input's `declaredIncome`. */
  readonly declaredIncome?: number | string
  /** For PP 50/2025 when the payer is neither APBN nor APBD. */
  readonly sector?: 'transport' | 'other'
  /** Already a BPJS Ketenagakerjaan participant. */
  readonly participant?: boolean
  /** `'WNI'` or `'WNA'` (a NIK does not tell: holders of a permanent stay permit get one); default: the input's. */
  readonly nationality?: 'WNI' | 'WNA'
}

/** The input of {@link assessRoster} without its rows (also the input of {@link createRosterAssessor}). */
export interface RosterSettings {
  /** The enrolment date, `'YYYY-MM-DD'`: ages are taken on it and premiums priced for its month. */
  readonly asOf: string
  /** Who pays the premiums of the people enrolled. */
  readonly payer: 'self' | 'apbd' | 'apbn' | 'other'
  /** Programs of the package (default JKK + JKM, the BPU minimum; JHT is optional). */
  readonly programs?: readonly ('JKK' | 'JKM' | 'JHT')[]
  /** Work relationship of rows that have none (how the caller classifies the list, e.g. `'vulnerable-worker'`). */
  readonly relationship?: WorkRelationship
  /** Declared income of rows that have none (a program choice, e.g. the minimum package's Rp1,000,000). */
  readonly declaredIncome?: number | string
  /** Sector of rows that have none (PP 50/2025, when the payer is neither APBN nor APBD). */
  readonly sector?: 'transport' | 'other'
  /** Nationality of rows that have none (it decides the category of wage earners). */
  readonly nationality?: 'WNI' | 'WNA'
  /** Number of the first row (default 1; a CSV with a header line passes 2). */
  readonly firstRow?: number
  /** Months of the planCoverageProgram input built from the cohorts (default 12). */
  readonly planMonths?: number
  /** Workers who could be covered, passed on to the plan input (for its coverage figures). */
  readonly potentialWorkers?: number
}

/** Input of {@link assessRoster}. */
export interface AssessRosterInput extends RosterSettings {
  readonly rows: readonly unknown[]
}

/** Options of {@link assessRoster}: the common options and an optional region lookup. */
export interface RosterOptions extends CalculationOptions {
  /**
   * Tells whether a district code `'PP.RR.DD'` exists (and its name), e.g. from a data set of Indonesian
   * administrative areas. Without it, NIK region codes are checked for structure only.
   */
  readonly regionLookup?: (districtCode: string) => string | undefined
}

/** How serious a finding is: `error` stops the enrolment until fixed; `warning` asks for a look; `info` notes. */
export type FindingSeverity = 'error' | 'warning' | 'info'

/** One finding about a row. */
export interface RosterFinding {
  /** Stable code (`ROSTER_…`). */
  readonly code: string
  readonly severity: FindingSeverity
  /** The row field concerned, when there is one. */
  readonly field?: string
  readonly message: string
  readonly params: MessageParams
}

/**
 * What becomes of a row: `enrol` (ready), `covered` (already a participant), `review` (a defect or a missing
 * fact to settle first), `excluded` (a duplicate, not BPU, above the age limit, outside BPJS TK, not a person).
 */
export type RosterStatus = 'enrol' | 'covered' | 'review' | 'excluded'

/** The assessment of one row. */
export interface RosterPerson {
  readonly row: number
  readonly nik: string | null
  readonly name: string | null
  readonly status: RosterStatus
  readonly findings: readonly RosterFinding[]
  /** Age in whole years on `asOf` (from the given birth date), when known. */
  readonly age: number | null
  readonly relationship: WorkRelationship | null
  readonly category: Category | null
  /** `eligible` when the category is BPU and JKK and JKM apply; `unknown` with the missing facts named. */
  readonly eligibility: {
    readonly status: 'eligible' | 'not-eligible' | 'unknown'
    readonly missing: readonly string[]
  }
  readonly district: string | null
  readonly occupation: string | null
  /** The package priced for the month of `asOf` (people ready to enrol or to review with a known income). */
  readonly premium: {
    readonly programs: readonly Program[]
    /** Contribution base (declared income clamped to the Lampiran II floor and ceiling, decisions D1). */
    readonly base: number
    readonly perMonth: number
  } | null
  /** The cohort the person is counted in (people ready to enrol). */
  readonly cohort: string | null
}

/** Counts of a district or an occupation. */
export interface RosterCounts {
  readonly rows: number
  readonly enrol: number
  readonly covered: number
  readonly review: number
  readonly excluded: number
}

/** A cohort of people ready to enrol with the same package: a planCoverageProgram cohort. */
export interface RosterCohort {
  readonly name: string
  readonly workers: number
  readonly category: 'BPU'
  readonly declaredIncome: number
  readonly programs: readonly ('JKK' | 'JKM' | 'JHT')[]
  readonly sector?: 'transport' | 'other'
  readonly premiumPerWorkerPerMonth: number
}

/** The aggregate of a roster. */
export interface RosterSummary {
  readonly asOf: string
  readonly period: string
  readonly payer: RosterSettings['payer']
  readonly rows: number
  readonly counts: Omit<RosterCounts, 'rows'>
  /** Rows with each finding code (a row counts once per code). */
  readonly findings: Readonly<Record<string, number>>
  readonly byDistrict: Readonly<Record<string, RosterCounts>>
  readonly byOccupation: Readonly<Record<string, RosterCounts>>
  readonly cohorts: readonly RosterCohort[]
  /** First-month premium of everyone ready to enrol (Σ workers × premium). */
  readonly monthlyPremium: number
  /**
   * Inputs for `planCoverageProgram` (one, or several of at most 100 cohorts each): start in the month of
   * `asOf`, `planMonths` months, the roster's payer; `coveredBefore` is the count of participants on the
   * list when `potentialWorkers` is given (on the first part only).
   */
  readonly planInputs: readonly PlanCoverageProgramInput[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** Result of {@link assessRoster}: every person and the aggregate. */
export interface RosterResult extends RosterSummary {
  readonly people: readonly RosterPerson[]
}

/**
 * A roster assessor that takes people one at a time (for lists too large to hold, e.g. a CSV streamed by the
 * CLI) and gives the same answers as {@link assessRoster}: duplicates are found against the rows added before
 * (the first occurrence is kept), and {@link RosterAssessor.summary} gives the aggregate of the rows added so far.
 */
export interface RosterAssessor {
  /** Assesses one row (`line`: its number in the caller's file; default: the next number). Frozen. */
  add(row: unknown, line?: number): RosterPerson
  /** The aggregate of the rows added so far. Frozen. */
  summary(): RosterSummary
}
