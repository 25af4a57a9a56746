import { dayBeforeInForce, inForceOf } from '../legal/dates.js'
import type { Citation } from '../legal/types.js'
import { PROGRAMS, type EnterpriseSize, type Program } from '../types.js'
import { defineParameter } from './coverage.js'
import {
  PERMENAKER_1_2025_DAY,
  PERMENAKER_1_2025_DAY_BEFORE,
  PERMENAKER_5_2021_DAY,
  PERMENAKER_5_2021_DAY_BEFORE,
  PMI_18_2018_DAY_BEFORE,
  PMI_18_2018_FIRST_DAY,
  PMI_18_2018_LAST_DAY,
  PMI_4_2023_FIRST_DAY,
} from './jkm.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_45_2015,
  legalSources.PP_46_2015,
  legalSources.PP_37_2021,
  legalSources.PP_49_2023,
  legalSources.PP_6_2025,
  legalSources.PERMENAKER_44_2015,
  legalSources.PERMENAKER_7_2017,
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_5_2021,
  legalSources.PERMENAKER_4_2023,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
  legalDecisions.D18,
)

const VERIFIED = '2026-11-24'

/** JKP starts with the contribution month 2021-02 (PP 37/2021; decisions D7). Shared with eligibility. */
export const JKP_FIRST_DAY = '2021-02-01'
/** The day before JKP starts. */
export const JKP_DAY_BEFORE = '2021-01-31'
/** PP 49/2023 in force 2023-10-06 (non-ASN state employees named as PU). Shared with eligibility. */
export const PP49_2023_FIRST_DAY = /* @__PURE__ */ inForceOf('PP-49-2023')
/** The day before PP 49/2023. */
export const PP49_2023_DAY_BEFORE = /* @__PURE__ */ dayBeforeInForce('PP-49-2023')
/** Permenaker 7/2017 (PMI join BPJS TK) in force 2017-08-01. */
const PMI_7_2017_FIRST_DAY = /* @__PURE__ */ inForceOf('PERMENAKER-7-2017')
const PMI_7_2017_DAY_BEFORE = /* @__PURE__ */ dayBeforeInForce('PERMENAKER-7-2017')

/** A program of BPJS Ketenagakerjaan (the shared {@link Program} of `src/types.ts`). */
export type ProgramCode = Program
/** The programs, in the order the law lists them (the shared list of `src/types.ts`). */
export const PROGRAM_CODES: readonly ProgramCode[] = PROGRAMS

/**
 * The status the law gives a program for a kind of participant:
 * `mandatory`; `optional`; `unavailable`; `conditional` (JKP: mandatory when the JKP conditions are met —
 * citizenship, age under 54 at registration, enrolment in the required programs and in JKN); `unknown`
 * (the sources do not settle it).
 */
export type ProgramStatusInLaw = 'mandatory' | 'optional' | 'unavailable' | 'conditional' | 'unknown'

/** Program statuses for one kind of participant. */
export type ProgramRow = Readonly<Record<ProgramCode, ProgramStatusInLaw>>

/** The program matrix by kind of participant. */
export interface ProgramMatrix {
  /** PU of non-state employers, by enterprise size. */
  readonly PU: Readonly<Record<EnterpriseSize, ProgramRow>>
  /** PU of a state employer who are not ASN/TNI/Polri (decisions D18). */
  readonly PU_STATE: ProgramRow
  readonly BPU: ProgramRow
  readonly JAKON: ProgramRow
  readonly PMI: ProgramRow
  /** Interns (magang, PKL), Permenaker 5/2021. */
  readonly INTERN: ProgramRow
}

/** Rows that change over time; the PU rows only change with JKP (2021-02). */
interface Era {
  /** JKP for PU of non-state employers. */
  readonly jkp: 'unavailable' | 'conditional'
  readonly PMI: ProgramRow
  readonly INTERN: ProgramRow
}

const ALL_UNAVAILABLE: ProgramRow = {
  JKK: 'unavailable',
  JKM: 'unavailable',
  JHT: 'unavailable',
  JP: 'unavailable',
  JKP: 'unavailable',
}
const ALL_UNKNOWN: ProgramRow = {
  JKK: 'unknown',
  JKM: 'unknown',
  JHT: 'unknown',
  JP: 'unknown',
  JKP: 'unknown',
}
/** Permenaker 7/2017 (from 2017-08-01): JKK + JKM; whether JHT was open to TKI then was not verified. */
const PMI_2017: ProgramRow = {
  JKK: 'mandatory',
  JKM: 'mandatory',
  JHT: 'unknown',
  JP: 'unavailable',
  JKP: 'unavailable',
}
/** Permenaker 18/2018 (from 2018-12-10), then 4/2023: JKK + JKM mandatory, JHT optional. */
const PMI_2018: ProgramRow = {
  JKK: 'mandatory',
  JKM: 'mandatory',
  JHT: 'optional',
  JP: 'unavailable',
  JKP: 'unavailable',
}
/** Permenaker 5/2021 (from 2021-04-01): non-state employers register interns for JKK and JKM. */
const INTERN_2021: ProgramRow = {
  JKK: 'mandatory',
  JKM: 'mandatory',
  JHT: 'unavailable',
  JP: 'unavailable',
  JKP: 'unavailable',
}

function matrix(era: Era): ProgramMatrix {
  const jkp = era.jkp
  const smallPu: ProgramRow = {
    JKK: 'mandatory',
    JKM: 'mandatory',
    JHT: 'mandatory',
    JP: 'optional',
    JKP: jkp,
  }
  const largePu: ProgramRow = {
    JKK: 'mandatory',
    JKM: 'mandatory',
    JHT: 'mandatory',
    JP: 'mandatory',
    JKP: jkp,
  }
  return {
    PU: { micro: smallPu, small: smallPu, medium: largePu, large: largePu },
    PU_STATE: {
      JKK: 'mandatory',
      JKM: 'mandatory',
      JHT: 'optional',
      JP: 'optional',
      JKP: jkp === 'unavailable' ? 'unavailable' : 'unknown',
    },
    BPU: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'optional', JP: 'unavailable', JKP: 'unavailable' },
    JAKON: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'unavailable', JP: 'unavailable', JKP: 'unavailable' },
    PMI: era.PMI,
    INTERN: era.INTERN,
  }
}

const LEGAL: readonly Citation[] = [
  { source: 'PP-44-2015', article: 'Pasal 5' },
  { source: 'PP-45-2015' },
  { source: 'PP-46-2015' },
  { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' },
  { source: 'DECISIONS', article: 'D18' },
]
const PMI_7_2017: Citation = { source: 'PERMENAKER-7-2017' }
const PMI_18_2018: Citation = { source: 'PERMENAKER-18-2018' }
const PMI_4_2023: Citation = { source: 'PERMENAKER-4-2023' }
const JKP: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 4' },
  { source: 'PP-6-2025', article: 'Pasal 4 ayat (3)' },
]
const INTERNS: Citation = { source: 'PERMENAKER-5-2021' }
const NON_ASN_2023: Citation = { source: 'PP-49-2023', article: 'Pasal 5' }
const NON_ASN_2025: Citation = { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' }

const BEFORE_JKP =
  'JKP for PU from the contribution month 2021-02 (D7). Non-ASN JHT/JP optional per D18 (low for JHT/JP).'
const INTERN_NOTE =
  'Interns: no rule found before Permenaker 5/2021 (in force 2021-04-01), so every program is unknown before it.'

/**
 * Which programs each kind of participant joins, as dated data.
 *
 * - PU defaults follow enterprise size: micro/small at least JKK, JKM, JHT; medium/large also JP (PP 37/2021
 *   Pasal 4(3) as amended by PP 6/2025, reflecting the Perpres 109/2013 phasing). JKP exists from the
 *   contribution month 2021-02 (PP 37/2021; decisions D7).
 * - PMI join BPJS TK only from 2017-08-01 (Permenaker 7/2017; before that TKI were insured by a private
 *   consortium under Permenakertrans PER.07/MEN/V/2010); JHT is optional from Permenaker 18/2018.
 * - Interns: JKK + JKM from Permenaker 5/2021 (2021-04-01); unknown before.
 * - Non-ASN state employees (decisions D18): JKK + JKM mandatory, JHT/JP optional (employer budget), JKP
 *   unknown. The legal basis changes (PP 49/2023 from 2023-10-06, Permenaker 1/2025 Pasal 3A from
 *   2025-02-24), the statuses do not; the eligibility parameter `eligibility.stateNonAsn.basis` carries the
 *   confidence of each basis.
 */
export const programMatrix = /* @__PURE__ */ defineParameter<ProgramMatrix>({
  id: 'programs.matrix',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Program wajib/opsional per jenis peserta dan skala usaha',
    en: 'Mandatory/optional programs by kind of participant and enterprise size',
  },
  values: [
    {
      from: '2015-07-01',
      to: PMI_7_2017_DAY_BEFORE,
      value: matrix({ jkp: 'unavailable', PMI: ALL_UNAVAILABLE, INTERN: ALL_UNKNOWN }),
      legal: [...LEGAL],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: `${BEFORE_JKP} PMI (then TKI) were outside BPJS TK until Permenaker 7/2017. ${INTERN_NOTE}`,
    },
    {
      from: PMI_7_2017_FIRST_DAY,
      to: PMI_18_2018_DAY_BEFORE,
      value: matrix({ jkp: 'unavailable', PMI: PMI_2017, INTERN: ALL_UNKNOWN }),
      legal: [...LEGAL, PMI_7_2017],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: `${BEFORE_JKP} PMI: Permenaker 7/2017 in force 2017-08-01 (JKK + JKM; JHT not verified). ${INTERN_NOTE}`,
    },
    {
      from: PMI_18_2018_FIRST_DAY,
      to: JKP_DAY_BEFORE,
      value: matrix({ jkp: 'unavailable', PMI: PMI_2018, INTERN: ALL_UNKNOWN }),
      legal: [...LEGAL, PMI_18_2018],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: `${BEFORE_JKP} ${INTERN_NOTE}`,
    },
    {
      from: JKP_FIRST_DAY,
      to: PERMENAKER_5_2021_DAY_BEFORE,
      value: matrix({ jkp: 'conditional', PMI: PMI_2018, INTERN: ALL_UNKNOWN }),
      legal: [...LEGAL, PMI_18_2018, ...JKP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: `JKP from contribution month 2021-02 (D7). Non-ASN JKP not verified: unknown. ${INTERN_NOTE}`,
    },
    {
      from: PERMENAKER_5_2021_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: matrix({ jkp: 'conditional', PMI: PMI_2018, INTERN: INTERN_2021 }),
      legal: [...LEGAL, PMI_18_2018, ...JKP, INTERNS],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Interns JKK + JKM from Permenaker 5/2021 (2021-04-01). Non-ASN JKP not verified: unknown.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      to: PP49_2023_DAY_BEFORE,
      value: matrix({ jkp: 'conditional', PMI: PMI_2018, INTERN: INTERN_2021 }),
      legal: [...LEGAL, PMI_4_2023, ...JKP, INTERNS],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'PMI under Permenaker 4/2023 (same programs). Non-ASN JKP not verified: unknown.',
    },
    {
      from: PP49_2023_FIRST_DAY,
      to: PERMENAKER_1_2025_DAY_BEFORE,
      value: matrix({ jkp: 'conditional', PMI: PMI_2018, INTERN: INTERN_2021 }),
      legal: [...LEGAL, NON_ASN_2023, PMI_4_2023, ...JKP, INTERNS],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Non-ASN state employees named as a PU category by PP 49/2023 (2023-10-06). Non-ASN JKP not verified: unknown.',
    },
    {
      from: PERMENAKER_1_2025_DAY,
      value: matrix({ jkp: 'conditional', PMI: PMI_2018, INTERN: INTERN_2021 }),
      legal: [...LEGAL, NON_ASN_2023, NON_ASN_2025, PMI_4_2023, ...JKP, INTERNS],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Permenaker 1/2025 Pasal 3A: non-ASN JKK + JKM mandatory (D18). Non-ASN JKP not verified: unknown.',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const programsParameters: readonly Parameter[] = [programMatrix]
