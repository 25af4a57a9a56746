import type { Citation } from '../legal/types.js'
import { defineParameter } from './coverage.js'
import { PERMENAKER_1_2025_DAY, PERMENAKER_1_2025_DAY_BEFORE } from './jkm.js'
import {
  JKP_FIRST_DAY,
  PP49_2023_DAY_BEFORE,
  PP49_2023_FIRST_DAY,
  type ProgramStatusInLaw,
} from './programs.js'
import type { Parameter } from './types.js'
import {
  jkpClaimMinMonthsInWindow,
  jkpClaimWindowMonths,
  jkpClaimMinConsecutiveMonths,
  jkpClaimExcludedReasons,
  jkpClaimDeadlineMonths,
  jkpClaimCountsLayoffMonth,
} from './eligibility-jkp-claim.js'
import {
  adultWorkingAge,
  curriculumWorkMinAge,
  lightWorkMaxAge,
  lightWorkMinAge,
} from './eligibility-working-age.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.UU_24_2011,
  legalSources.PP_44_2015,
  legalSources.PP_45_2015,
  legalSources.PP_70_2015,
  legalSources.PP_66_2017,
  legalSources.PP_102_2015,
  legalSources.PP_54_2020,
  legalSources.PP_37_2021,
  legalSources.PP_49_2023,
  legalSources.PP_6_2025,
  legalSources.INPRES_2_2021,
  legalSources.PERMENAKER_29_2015,
  legalSources.PERMENAKER_1_2025,
  legalSources.PERDIR_BPJSTK_22_2022,
  legalSources.DECISIONS,
  legalDecisions.D15,
  legalDecisions.D18,
)

// the JKP claim conditions: src/parameters/eligibility-jkp-claim.ts
export {
  jkpClaimMinMonthsInWindow,
  jkpClaimWindowMonths,
  jkpClaimMinConsecutiveMonths,
  jkpClaimExcludedReasons,
  jkpClaimDeadlineMonths,
  jkpClaimCountsLayoffMonth,
  type LeavingReason,
} from './eligibility-jkp-claim.js'
// the working ages (UU 13/2003): src/parameters/eligibility-working-age.ts
export {
  adultWorkingAge,
  lightWorkMinAge,
  lightWorkMaxAge,
  curriculumWorkMinAge,
} from './eligibility-working-age.js'

const VERIFIED = '2026-11-24'

const D = (n: string): Citation => ({ source: 'DECISIONS', article: n })

// ---------------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------------

/**
 * A foreigner working in Indonesia is a participant (PU) when they work there for at least this many months
 * (UU 24/2011 Pasal 14; PP 44/2015 Pasal 1 angka 4 and Pasal 5 ayat (2) huruf c as amended by PP 49/2023).
 */
export const foreignWorkerMinMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.foreignWorker.minMonths',
  unit: 'months',
  dateBasis: 'as-of-date',
  description: {
    id: 'Masa kerja minimum orang asing di Indonesia agar wajib menjadi peserta',
    en: 'Minimum months a foreigner works in Indonesia to be a mandatory participant',
  },
  values: [
    {
      from: '2015-07-01',
      value: 6,
      legal: [
        { source: 'UU-24-2011', article: 'Pasal 14' },
        { source: 'PP-44-2015', article: 'Pasal 1 angka 4' },
        { source: 'PP-44-2015', article: 'Pasal 5 ayat (2) huruf c' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '"orang asing yang bekerja paling singkat 6 (enam) bulan di Indonesia" (UU 24/2011 as quoted in the press; PP 49/2023 Pasal 5 on pasal.id).',
    },
  ],
})

/**
 * JP for foreign workers: not regulated by the texts seen (a secondary commentary: "Kepesertaan program JP bagi
 * Tenaga Kerja Asing tidak diatur"), so the status is `unknown`. A caller who knows better can override it
 * with `'mandatory'`, `'optional'` or `'unavailable'`.
 */
export const foreignWorkerJpStatus = /* @__PURE__ */ defineParameter<ProgramStatusInLaw>({
  id: 'eligibility.foreignWorker.jpStatus',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Status program JP bagi pekerja asing',
    en: 'Status of the JP program for foreign workers',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'unknown',
      legal: [{ source: 'PP-45-2015' }, { source: 'UU-24-2011', article: 'Pasal 14' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'PP 45/2015 has no foreign-worker rule in the excerpts seen; a 2016 commentary says JP for foreign workers is not regulated. Secondary source only.',
    },
  ],
})

/**
 * ASN (PNS, PPPK, CPNS) are outside BPJS TK: their JKK and JKM are run by PT Taspen (PP 70/2015 as amended
 * by PP 66/2017). The value names the administrator.
 */
export const asnScheme = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.outside.asn',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Penyelenggara jaminan JKK/JKM bagi ASN (di luar BPJS Ketenagakerjaan)',
    en: 'Administrator of JKK/JKM for ASN (outside BPJS Ketenagakerjaan)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'PT Taspen',
      legal: [
        { source: 'PP-70-2015' },
        { source: 'PP-66-2017' },
        { source: 'PP-49-2023', article: 'Pasal 5' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'A legal commentary on PP 49/2023: CPNS, PNS, PPPK and state officials are covered "dengan PP tersendiri".',
    },
  ],
})

/**
 * TNI soldiers and Polri members are outside BPJS TK: their social insurance is run by PT Asabri (PP 102/2015
 * as amended by PP 54/2020). The value names the administrator.
 */
export const tniPolriScheme = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.outside.tniPolri',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Penyelenggara asuransi sosial bagi prajurit TNI dan anggota Polri (di luar BPJS Ketenagakerjaan)',
    en: 'Administrator of social insurance for TNI soldiers and Polri members (outside BPJS Ketenagakerjaan)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'PT Asabri',
      legal: [
        { source: 'PP-102-2015' },
        { source: 'PP-54-2020' },
        { source: 'PP-49-2023', article: 'Pasal 5' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/**
 * The legal basis for enrolling non-ASN state employees (decisions D18), by date. Before PP 49/2023 no text
 * seen names them as a category: the library applies the general duty of every employer (UU 24/2011 Pasal
 * 15) and Inpres 2/2021, with low confidence.
 */
export const stateNonAsnBasis = /* @__PURE__ */ defineParameter<string>({
  id: 'eligibility.stateNonAsn.basis',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Dasar hukum kepesertaan pegawai non-ASN pada penyelenggara negara',
    en: 'Legal basis for enrolling non-ASN state employees',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP49_2023_DAY_BEFORE,
      value: 'UU-24-2011',
      legal: [{ source: 'UU-24-2011', article: 'Pasal 15' }, { source: 'INPRES-2-2021' }, D('D18')],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'No category for state employers in PP 44/2015 before PP 49/2023 in the texts seen; Inpres 2/2021 (2021-03-25) instructs enrolment of non-ASN staff.',
    },
    {
      from: PP49_2023_FIRST_DAY,
      to: PERMENAKER_1_2025_DAY_BEFORE,
      value: 'PP-49-2023',
      legal: [{ source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' }, D('D18')],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
    },
    {
      from: PERMENAKER_1_2025_DAY,
      value: 'PERMENAKER-1-2025',
      legal: [
        { source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' },
        { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
        D('D18'),
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Permenaker 1/2025 Pasal 3A: non-ASN must be registered for JKK and JKM (press report, 9 Mar 2025).',
    },
  ],
})

/**
 * The BPU maximum registration age (Perdir 22/PERDIR.02/072022: "tidak melebihi batasan usia"). The value is
 * not known (decisions D15): `{ maxAge: null }`. A caller who knows it can override it with
 * `{ maxAge: 60 }`; eligibility then compares the age at registration with it.
 */
export const bpuMaxRegistrationAge = /* @__PURE__ */ defineParameter<{ readonly maxAge: number | null }>({
  id: 'eligibility.bpu.maxRegistrationAge',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Batas usia maksimum pendaftaran peserta BPU',
    en: 'Maximum age at which a BPU participant can register',
  },
  values: [
    {
      from: '2015-07-01',
      value: { maxAge: null },
      legal: [{ source: 'PERDIR-BPJSTK-22-2022' }, D('D15')],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'A limit exists but no text giving it was seen (D15).',
      note: 'A limit exists but its value was not found (56 under Permenaker 1/2016 per a 2017 press report, a proposal of 60/61 in 2017; the common 65 has no source). Unknown per D15.',
    },
  ],
})

// ---------------------------------------------------------------------------------------------------
// JP registration
// ---------------------------------------------------------------------------------------------------

/** How the last day for JP registration is set from the date a person reaches pension age. */
export type JpRegistrationCutoff = 'end-of-month-before' | 'day-before'

/**
 * A worker can be registered for JP only before reaching pension age (PP 45/2015; Permenaker 29/2015). The
 * only worked example seen (a worker born 16 Jul 1965 "can be registered until Jun 2023") sets the last day
 * at the end of the month before the month in which pension age is reached: `'end-of-month-before'`.
 * `'day-before'` (the day before the birthday) is the alternative a caller can choose by override.
 */
export const jpRegistrationCutoff = /* @__PURE__ */ defineParameter<JpRegistrationCutoff>({
  id: 'eligibility.jp.registrationCutoff',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Batas akhir pendaftaran JP sebelum usia pensiun',
    en: 'Last day of JP registration before pension age',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'end-of-month-before',
      legal: [{ source: 'PP-45-2015', article: 'Pasal 15' }, { source: 'PERMENAKER-29-2015' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Reported in BPJS TK training material (secondary, medium); article not seen.',
    },
  ],
})

// ---------------------------------------------------------------------------------------------------
// JKP registration and claims
// ---------------------------------------------------------------------------------------------------

const JKP_REG: readonly Citation[] = [
  { source: 'PP-37-2021', article: 'Pasal 4 ayat (2) huruf b' },
  { source: 'PP-6-2025', article: 'Pasal 4 ayat (2) huruf b' },
]

/** JKP participants must be under this age when they register ("belum mencapai usia 54 tahun pada saat mendaftar"). */
export const jkpMaxRegistrationAge = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.jkp.maxRegistrationAge',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: {
    id: 'Usia yang belum boleh dicapai saat mendaftar JKP',
    en: 'Age a JKP participant must not have reached when registering',
  },
  values: [
    {
      from: JKP_FIRST_DAY,
      value: 54,
      legal: [...JKP_REG],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'pasal.id PP 6/2025 Pasal 4(2)(b), verbatim.',
    },
  ],
})

// ---------------------------------------------------------------------------------------------------
// JKM claim and scholarship: the checks read the death-benefit parameters (src/parameters/jkm.ts and
// scholarship.ts), so that a claim check and the benefit always apply the same figures of the law.
// ---------------------------------------------------------------------------------------------------

/** Every parameter of this family (listed in the registry). */
export const eligibilityParameters: readonly Parameter[] = [
  foreignWorkerMinMonths,
  foreignWorkerJpStatus,
  asnScheme,
  tniPolriScheme,
  stateNonAsnBasis,
  bpuMaxRegistrationAge,
  adultWorkingAge,
  lightWorkMinAge,
  lightWorkMaxAge,
  curriculumWorkMinAge,
  jpRegistrationCutoff,
  jkpMaxRegistrationAge,
  jkpClaimMinMonthsInWindow,
  jkpClaimWindowMonths,
  jkpClaimMinConsecutiveMonths,
  jkpClaimExcludedReasons,
  jkpClaimDeadlineMonths,
  jkpClaimCountsLayoffMonth,
]
