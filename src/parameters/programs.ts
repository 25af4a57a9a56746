import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'

const VERIFIED = '2026-11-24'

/** A program of BPJS Ketenagakerjaan. */
export type ProgramCode = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP'
/** The programs, in the order the law lists them. */
export const PROGRAM_CODES: readonly ProgramCode[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP']

/**
 * The status the law gives a program for a kind of participant:
 * `mandatory`; `optional`; `unavailable`; `conditional` (JKP: mandatory when the JKP conditions are met —
 * citizenship, age under 54 at registration, enrolment in the required programs and in JKN); `unknown`
 * (the sources do not settle it).
 */
export type ProgramStatusInLaw = 'mandatory' | 'optional' | 'unavailable' | 'conditional' | 'unknown'

/** Program statuses for one kind of participant. */
export type ProgramRow = Readonly<Record<ProgramCode, ProgramStatusInLaw>>

/** The program matrix (regulations.md §1.2) by kind of participant. */
export interface ProgramMatrix {
  /** PU of non-state employers, by enterprise size. */
  readonly PU: Readonly<Record<'micro' | 'small' | 'medium' | 'large', ProgramRow>>
  /** PU of a state employer who are not ASN/TNI/Polri (decisions D18). */
  readonly PU_STATE: ProgramRow
  readonly BPU: ProgramRow
  readonly JAKON: ProgramRow
  readonly PMI: ProgramRow
  /** Interns (magang, PKL), Permenaker 5/2021. */
  readonly INTERN: ProgramRow
}

function matrix(jkp: ProgramStatusInLaw): ProgramMatrix {
  const smallPu: ProgramRow = { JKK: 'mandatory', JKM: 'mandatory', JHT: 'mandatory', JP: 'optional', JKP: jkp }
  const largePu: ProgramRow = { JKK: 'mandatory', JKM: 'mandatory', JHT: 'mandatory', JP: 'mandatory', JKP: jkp }
  return {
    PU: { micro: smallPu, small: smallPu, medium: largePu, large: largePu },
    PU_STATE: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'optional', JP: 'optional', JKP: jkp === 'unavailable' ? 'unavailable' : 'unknown' },
    BPU: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'optional', JP: 'unavailable', JKP: 'unavailable' },
    JAKON: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'unavailable', JP: 'unavailable', JKP: 'unavailable' },
    PMI: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'optional', JP: 'unavailable', JKP: 'unavailable' },
    INTERN: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'unavailable', JP: 'unavailable', JKP: 'unavailable' },
  }
}

const LEGAL = [
  { source: 'PP-44-2015', article: 'Pasal 5' },
  { source: 'PP-45-2015' },
  { source: 'PP-46-2015' },
  { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' },
  { source: 'PERMENAKER-18-2018' },
  { source: 'DECISIONS', article: 'D18' },
] as const

/**
 * Which programs each kind of participant joins (regulations.md §1.2). PU defaults follow enterprise
 * size: micro/small at least JKK, JKM, JHT; medium/large also JP (PP 37/2021 Pasal 4(3) as amended by PP
 * 6/2025, reflecting the Perpres 109/2013 phasing). JKP exists from the contribution month 2021-02
 * (PP 37/2021; decisions D7).
 */
export const programMatrix = /* @__PURE__ */ defineParameter<ProgramMatrix>({
  id: 'programs.matrix',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: { id: 'Program wajib/opsional per jenis peserta dan skala usaha', en: 'Mandatory/optional programs by kind of participant and enterprise size' },
  values: [
    { from: '2015-07-01', to: '2021-01-31', value: matrix('unavailable'), legal: [...LEGAL], confidence: 'medium', lastVerifiedOn: VERIFIED, note: 'Before JKP existed. Non-ASN JHT/JP optional per D18 (low for JHT/JP).' },
    { from: '2021-02-01', value: matrix('conditional'), legal: [...LEGAL, { source: 'PP-37-2021', article: 'Pasal 4' }, { source: 'PP-6-2025', article: 'Pasal 4 ayat (3)' }], confidence: 'medium', lastVerifiedOn: VERIFIED, note: 'JKP from contribution month 2021-02 (D7). Non-ASN JKP not verified: unknown.' },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const programsParameters: readonly Parameter[] = [programMatrix]
