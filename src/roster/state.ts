import type * as z from 'zod/mini'
import type { WorkRelationship } from '../eligibility/types.js'
import type { RuleContext } from '../explain/context.js'
import type { MessageParams } from '../i18n/types.js'
import type { rosterSettingsSchema } from '../schemas/roster.js'
import type { CalculationOptions } from '../schemas/options.js'
import type { Category } from '../types.js'
import type { RosterCohort, RosterFinding, RosterPerson } from './types.js'

/** The parsed settings of a roster. */
export type Settings = z.output<typeof rosterSettingsSchema>

/** Builds (or takes from the assessor's cache) the frozen finding of a code, its params and its field. */
export type FindingMaker = (code: string, params?: MessageParams, field?: string) => RosterFinding

/** Counts of a district or an occupation while rows are added. */
export interface Counts {
  rows: number
  enrol: number
  covered: number
  review: number
  excluded: number
}

/** The aggregate of the rows added so far (one per assessor, updated row by row). */
export interface Tally {
  rows: number
  nikDefects: number
  duplicates: number
  readonly counts: Omit<Counts, 'rows'>
  /** Rows with each finding code. */
  readonly findingCounts: Map<string, number>
  readonly byDistrict: Map<string, Counts>
  readonly byOccupation: Map<string, Counts>
  readonly cohorts: Map<string, { cohort: Omit<RosterCohort, 'workers'>; workers: number }>
  /** The NIKs seen, as two 8-digit halves → the row that first listed it. */
  readonly seen: Map<number, Map<number, number>>
}

/** What one assessor shares across its rows: the settings, the context recording the trace, the caches. */
export interface RosterEnv {
  readonly settings: Settings
  readonly asOf: string
  readonly period: string
  readonly programs: readonly ('JKK' | 'JKM' | 'JHT')[]
  /** The options passed to checkEligibility and calculateContribution. */
  readonly passOptions: CalculationOptions
  /** Records the eligibility and premium steps, parameters and warnings while rows are added. */
  readonly ctx: RuleContext
  readonly regionLookup: ((code: string) => string | undefined) | undefined
  /** District code → region name (undefined: unknown), one lookup per code. */
  readonly regionCache: Map<string, string | undefined>
  readonly finding: FindingMaker
  readonly tally: Tally
}

/** A row's assessment while it is built (frozen as a {@link RosterPerson} at the end). */
export interface PersonDraft {
  row: number
  nik: string | null
  name: string | null
  age: number | null
  relationship: WorkRelationship | null
  category: Category | null
  eligibility: { status: 'eligible' | 'not-eligible' | 'unknown'; missing: string[] }
  district: string | null
  occupation: string | null
  premium: RosterPerson['premium']
  cohort: string | null
}

/** One row while it is assessed: the row's record, its findings, its person and the facts read from it. */
export interface RowState {
  readonly row: number
  readonly findings: RosterFinding[]
  readonly person: PersonDraft
  /** The row as a record (set once it is known to be a plain object). */
  r: Record<string, unknown>
  sex: 'male' | 'female' | undefined
  relationship: WorkRelationship | undefined
  wageEarner: boolean | undefined
  participant: boolean | undefined
  nationality: 'WNI' | 'WNA' | undefined
  sector: 'transport' | 'other' | undefined
  birthDate: string | undefined
  age: number | undefined
}

const EMPTY: Record<string, unknown> = Object.freeze({})

/** A fresh row state (one object per row, all its fields present from the start). */
export function rowState(row: number): RowState {
  return {
    row,
    findings: [],
    person: {
      row,
      nik: null,
      name: null,
      age: null,
      relationship: null,
      category: null,
      eligibility: { status: 'unknown', missing: [] },
      district: null,
      occupation: null,
      premium: null,
      cohort: null,
    },
    r: EMPTY,
    sex: undefined,
    relationship: undefined,
    wageEarner: undefined,
    participant: undefined,
    nationality: undefined,
    sector: undefined,
    birthDate: undefined,
    age: undefined,
  }
}

/** An empty aggregate. */
export function newTally(): Tally {
  return {
    rows: 0,
    nikDefects: 0,
    duplicates: 0,
    counts: { enrol: 0, covered: 0, review: 0, excluded: 0 },
    findingCounts: new Map(),
    byDistrict: new Map(),
    byOccupation: new Map(),
    cohorts: new Map(),
    seen: new Map(),
  }
}
