import type { Explanation, Warning } from '../explain/types.js'
import type { Citation } from '../legal/types.js'
import type { LeavingReason } from '../parameters/eligibility.js'
import type { JkmRegime } from '../parameters/jkm.js'
import type { Category, EnterpriseSize, Program } from '../types.js'

export type { LeavingReason }

/** The scholarship regime by date of death (decisions D5): the regime of the death benefit. */
export type ScholarshipRegime = JkmRegime

/** What the law makes of a program for a person on a date. */
export type ProgramStatus = 'mandatory' | 'optional' | 'unavailable' | 'unknown'

/** Why: a stable code, a message in the caller's locale and the articles it rests on. */
export interface Reason {
  readonly code: string
  readonly message: string
  readonly legal: readonly Citation[]
}

/** One program in an eligibility answer. */
export interface ProgramEligibility {
  readonly program: Program
  readonly status: ProgramStatus
  readonly reasons: readonly Reason[]
  /**
   * Present when `status` is `'unknown'`: the input paths whose values would decide it. Empty when the law
   * itself is unsettled and no input would decide it; one of the reasons then has a code ending in
   * `_UNSETTLED`.
   */
  readonly missing?: readonly string[]
}

/**
 * The work relationship of a person:
 * - `employee-company`, `employee-individual`: works for a company / for an individual (PU of a non-state
 *   employer; a foreigner only when working ≥ 6 months in Indonesia);
 * - `state-non-asn`: non-ASN staff of a state body (honorer, contract staff): PU with a state employer (D18);
 * - `asn` (PNS, PPPK, CPNS), `tni`, `polri`: outside BPJS TK (Taspen / Asabri);
 * - `self-employed`, `informal`, `employer` (the employer themselves): BPU;
 * - `construction-project`: a worker on a construction project (Jakon when casual, piece-rate or fixed-term);
 * - `migrant-worker`: a prospective or placed Indonesian migrant worker (PMI);
 * - `intern`: an apprentice or student on placement (magang, PKL);
 * - `religious-worker` (marbot, imam, muazin, guru ngaji), `rt-rw-head`, `vulnerable-worker` (pekerja
 *   rentan): BPU unless `wageEarner` is true;
 * - `pppk-part-time`: a part-time PPPK (PPPK paruh waktu, UU 20/2023): PU with a state employer for JKK and
 *   JKM, JHT / JP / JKP `unknown` (decision L6, low confidence); before UU 20/2023 the category is `unknown`.
 */
export type WorkRelationship =
  | 'employee-company'
  | 'employee-individual'
  | 'state-non-asn'
  | 'asn'
  | 'tni'
  | 'polri'
  | 'self-employed'
  | 'informal'
  | 'employer'
  | 'construction-project'
  | 'migrant-worker'
  | 'intern'
  | 'religious-worker'
  | 'rt-rw-head'
  | 'vulnerable-worker'
  | 'pppk-part-time'

/** The kind of participant the program matrix has a row for. */
export type Segment =
  'PU_micro' | 'PU_small' | 'PU_medium' | 'PU_large' | 'PU_STATE' | 'BPU' | 'JAKON' | 'PMI' | 'INTERN'

/**
 * How the category was settled: `determined`; `outside-bpjs-tk` (ASN, TNI, Polri: their own schemes);
 * `not-a-participant` (e.g. a foreigner working under 6 months, a migrant worker before BPJS TK covered
 * them); `unknown` (a fact is missing, see `categoryMissing`, or the law is unsettled).
 */
export type CategoryStatus = 'determined' | 'outside-bpjs-tk' | 'not-a-participant' | 'unknown'

/** Input of {@link checkEligibility}. */
export interface EligibilityInput {
  /** The date of the check, `'YYYY-MM-DD'` (also the registration date for JP and JKP). */
  readonly asOf: string | Date
  readonly relationship: WorkRelationship
  readonly birthDate?: string | Date
  /** `'WNI'` (Indonesian citizen) or `'WNA'` (foreigner). */
  readonly nationality?: 'WNI' | 'WNA'
  /** For a foreigner: how many months they work (or will work, per their permit) in Indonesia. */
  readonly monthsWorkedInIndonesia?: number
  readonly enterpriseSize?: EnterpriseSize
  /** Who employs an intern or a wage-earning religious/RT-RW/vulnerable worker. */
  readonly employerType?: 'state' | 'company' | 'individual'
  /** For `construction-project`: the contract. `permanent` staff of a contractor are PU of the company. */
  readonly constructionContract?: 'casual' | 'piece-rate' | 'fixed-term' | 'permanent'
  /** For religious workers, RT/RW heads and vulnerable workers: true when they earn a wage from an employer. */
  readonly wageEarner?: boolean
  /** Who pays the contributions of a BPU (Pemda budget `apbd`, state budget `apbn`, …). */
  readonly payer?: 'self' | 'apbd' | 'apbn' | 'other'
  /** Enrolled in JKN (BPJS Kesehatan): a JKP condition. */
  readonly inJkn?: boolean
  /** The programs the person is (or will be) enrolled in: a JKP condition. */
  readonly enrolledPrograms?: readonly Program[]
  /** Ask about the BPU maximum registration age (decisions D15: unknown unless overridden). */
  readonly checkBpuRegistrationAge?: boolean
}

/** The working-age facts of a person (UU 13/2003). */
export interface WorkingAge {
  /** `adult`: may be employed; `child`: under the child-labour rules (exceptions listed in `reasons`). */
  readonly status: 'adult' | 'child'
  readonly minimumAge: number
  readonly reasons: readonly Reason[]
}

/** Age facts, when a birth date is given. */
export interface AgeFacts {
  /** Age in whole years on `asOf`. */
  readonly years: number
  /** The JP pension age that applies to the person (the one in force when they reach it). */
  readonly jpPensionAge: number
  /** The date the person reaches JP pension age. */
  readonly jpPensionAgeReachedOn: string
  /** The last day they can be registered for JP. */
  readonly jpRegistrationUntil: string
  readonly workingAge: WorkingAge
}

/** A yes/no/unknown answer with reasons. */
export interface TriState<S extends string> {
  readonly status: S
  readonly reasons: readonly Reason[]
  /** Present when `status` is `'unknown'`: the input paths that would decide it. */
  readonly missing?: readonly string[]
}

/** Result of {@link checkEligibility}. */
export interface EligibilityResult {
  readonly asOf: string
  readonly relationship: WorkRelationship
  /** The category, or `null` when outside BPJS TK, not a participant, or unknown (see `categoryStatus`). */
  readonly category: Category | null
  readonly categoryStatus: CategoryStatus
  /** The row of the program matrix that applies, when settled. */
  readonly segment: Segment | null
  readonly categoryReasons: readonly Reason[]
  /** Present when `categoryStatus` is `'unknown'`. */
  readonly categoryMissing?: readonly string[]
  /** One entry per program, in the order JKK, JKM, JHT, JP, JKP. */
  readonly programs: readonly ProgramEligibility[]
  /** Present when `birthDate` is given. */
  readonly age?: AgeFacts
  /** Present when `checkBpuRegistrationAge` is true. */
  readonly bpuRegistrationAge?: TriState<'allowed' | 'not-allowed' | 'unknown'>
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** One condition of a check. */
export interface Condition extends TriState<'met' | 'not-met' | 'unknown'> {
  /** Stable id, e.g. `'jkp.age'`. */
  readonly id: string
}

/** A check with conditions: all met → eligible; one not met → not eligible; otherwise unknown. */
export interface CheckResult {
  readonly status: 'eligible' | 'not-eligible' | 'unknown'
  readonly conditions: readonly Condition[]
  /** The reasons of every condition, in order. */
  readonly reasons: readonly Reason[]
  /** Present when `status` is `'unknown'`: the input paths that would decide it. */
  readonly missing?: readonly string[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}
