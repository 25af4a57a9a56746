import { defineParameter } from './coverage.js'
import { PERMENAKER_1_2025_DAY, PERMENAKER_5_2021_DAY, PP44_LAST_DAY, PP82_FIRST_DAY } from './jkm.js'
import type { Parameter } from './types.js'
import {
  scholarshipJkmMinYears,
  scholarshipJkkMinYears,
  scholarshipPmiMinYears,
} from './scholarship-min-years.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_82_2019,
  legalSources.PERMENAKER_5_2021,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
  legalDecisions.D5,
  legalDecisions.D14,
)

// the minimum contribution periods: src/parameters/scholarship-min-years.ts
export {
  scholarshipJkmMinYears,
  scholarshipJkkMinYears,
  scholarshipPmiMinYears,
  type PmiMinYears,
} from './scholarship-min-years.js'

const VERIFIED = '2026-11-24'

const PP82 = { source: 'PP-82-2019' } as const
const P5_2021 = { source: 'PERMENAKER-5-2021' } as const
const D5 = { source: 'DECISIONS', article: 'D5' } as const
const D14 = { source: 'DECISIONS', article: 'D14' } as const

// The school levels, enumerated once in src/types.ts (a school level: kindergarten, primary, lower
// secondary, upper secondary, higher education or training).
import { SCHOOL_LEVELS, type SchoolLevel } from '../types.js'
export { SCHOOL_LEVELS, type SchoolLevel }

/**
 * How the scholarship is paid: `'lump-sum'` (PP 44/2015: one amount per participant) or `'yearly'` (PP
 * 82/2019: a yearly payment per child by school level).
 */
export type ScholarshipMode = 'lump-sum' | 'yearly'

/** The scholarship mode by date of death (or accident), decisions D5. */
export const scholarshipMode = /* @__PURE__ */ defineParameter<ScholarshipMode>({
  id: 'scholarship.mode',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Bentuk pembayaran beasiswa pendidikan anak',
    en: 'How the children’s education scholarship is paid',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 'lump-sum',
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: '"Rp12.000.000 untuk setiap peserta" (secondary summary of PP 44/2015).',
    },
    {
      from: PP82_FIRST_DAY,
      value: 'yearly',
      legal: [PP82, P5_2021, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The yearly scheme by level is set by Permenaker 5/2021 implementing PP 82/2019; the articles were not seen.',
      note: 'Yearly by level, claimed each year with proof of schooling. Start date medium-high (D5).',
    },
  ],
})

/** PP 44/2015 scholarship: Rp12,000,000 once per participant. */
export const scholarshipLumpSum = /* @__PURE__ */ defineParameter<string>({
  id: 'scholarship.lumpSum',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Beasiswa pendidikan anak sekaligus (PP 44/2015)',
    en: 'Children’s education scholarship paid once (PP 44/2015)',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '12000000',
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
  ],
})

/**
 * How many children can receive the scholarship: one (PP 44/2015, per participant), two (PP 82/2019). Read
 * by both death benefits and by `checkScholarshipEligibility`.
 */
export const scholarshipMaxChildren = /* @__PURE__ */ defineParameter<number>({
  id: 'scholarship.maxChildren',
  unit: 'count',
  dateBasis: 'event-date',
  description: {
    id: 'Jumlah anak paling banyak penerima beasiswa',
    en: 'Most children who receive the scholarship',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 1,
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: 'One amount per participant: "(one child, lump sum)" (high). Was also eligibility.scholarship.maxChildren, medium for this span (it read "per participant" as one child).',
    },
    {
      from: PP82_FIRST_DAY,
      value: 2,
      legal: [PP82, P5_2021, { source: 'PERMENAKER-1-2025', article: 'Pasal 103' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Two children (high); start date medium-high (D5), hence medium. Was also eligibility.scholarship.maxChildren (high for this span).',
    },
  ],
})

/** The yearly scholarship amount and the most years paid for one level. */
export interface ScholarshipLevelRow {
  readonly level: SchoolLevel
  /** Whole rupiah per child per school year. */
  readonly amount: string
  /** Most school years paid at this level. */
  readonly maxYears: number
}

/**
 * PP 82/2019 scholarship per child per school year: TK Rp1,500,000 (2 years), SD Rp1,500,000 (6 years), SMP
 * Rp2,000,000 (3), SMA Rp3,000,000 (3), higher education up to S1 or vocational training Rp12,000,000 (5).
 */
export const scholarshipLevels = /* @__PURE__ */ defineParameter<readonly ScholarshipLevelRow[]>({
  id: 'scholarship.levels',
  unit: 'table',
  rupiahKeys: ['amount'],
  dateBasis: 'event-date',
  description: {
    id: 'Besaran beasiswa per anak per tahun dan lama paling lama per jenjang',
    en: 'Scholarship per child per year and the most years per level',
  },
  values: [
    {
      from: PP82_FIRST_DAY,
      value: [
        { level: 'TK', amount: '1500000', maxYears: 2 },
        { level: 'SD', amount: '1500000', maxYears: 6 },
        { level: 'SMP', amount: '2000000', maxYears: 3 },
        { level: 'SMA', amount: '3000000', maxYears: 3 },
        { level: 'PT', amount: '12000000', maxYears: 5 },
      ],
      legal: [PP82, P5_2021, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Set by Permenaker 5/2021 implementing PP 82/2019, as reported by BPJS TK; the article was not seen.',
      note: 'Amounts and years high (BPJS TK and consistent press reports); start date medium-high (D5). TK 2 and SD 6 years are the BPJS TK reading; the band TK–SD 8 years is scholarship.bands.',
    },
  ],
})

/** A limit on the years paid over several levels together. */
export interface ScholarshipBand {
  readonly levels: readonly SchoolLevel[]
  readonly maxYears: number
}

/** PP 82/2019: TK and SD together are paid for at most 8 school years. */
export const scholarshipBands = /* @__PURE__ */ defineParameter<readonly ScholarshipBand[]>({
  id: 'scholarship.bands',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Lama paling lama beasiswa untuk beberapa jenjang bersama',
    en: 'Most years of scholarship over several levels together',
  },
  values: [
    {
      from: PP82_FIRST_DAY,
      value: [{ levels: ['TK', 'SD'], maxYears: 8 }],
      legal: [PP82, P5_2021, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Set by Permenaker 5/2021 implementing PP 82/2019, as reported by BPJS TK; the article was not seen.',
      note: '"TK sampai dengan SD … maksimal 8 tahun" (BPJS TK statement in the 2020 press). Start date medium-high (D5).',
    },
  ],
})

/**
 * The scholarship ends when the child reaches 23 (or marries, or starts work). The library pays the school
 * year that starts before the 23rd birthday (the school year in which the child turns 23 is paid; the next is
 * not): a school year is paid when the child is under this age on the later of the school-year start and the
 * date of death.
 */
export const scholarshipAgeLimit = /* @__PURE__ */ defineParameter<number>({
  id: 'scholarship.ageLimit',
  unit: 'age',
  dateBasis: 'event-date',
  description: {
    id: 'Usia anak saat beasiswa berakhir',
    en: 'Age of the child at which the scholarship ends',
  },
  values: [
    {
      from: PP82_FIRST_DAY,
      value: 23,
      legal: [PP82, P5_2021, { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Age 23 high (consistent press reports of BPJS TK statements); start date medium-high (D5), hence medium. Read on the date of death by both death benefits and checkScholarshipEligibility (was also eligibility.scholarship.maxChildAge, high, read on the as-of date; same value).',
    },
  ],
})

/**
 * PP 82/2019 scholarships are payable only from 2021-04-01, when Permenaker 5/2021 took effect (decisions
 * D5): a payment owed for an earlier school year is paid from that date (the backlog BPJS TK cleared in
 * April–May 2021).
 */
export const scholarshipFirstPayableDate = /* @__PURE__ */ defineParameter<string>({
  id: 'scholarship.firstPayableDate',
  unit: 'date',
  dateBasis: 'event-date',
  description: {
    id: 'Tanggal pertama beasiswa PP 82/2019 dapat dibayarkan',
    en: 'First date a PP 82/2019 scholarship can be paid',
  },
  values: [
    {
      from: PP82_FIRST_DAY,
      value: PERMENAKER_5_2021_DAY,
      legal: [P5_2021, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Set by Permenaker 5/2021 implementing PP 82/2019, as reported by BPJS TK; the article was not seen.',
      note: 'Permenaker 5/2021 "efektif berlaku pada 1 April 2021"; backlog paid "paling lambat minggu pertama bulan Mei 2021" (BPJS TK branch statements in the press).',
    },
  ],
})

/**
 * The calendar month the school year (tahun ajaran) starts: July. School year `Y` runs from 1 July `Y` to 30
 * June `Y + 1` and is reported as `year: Y`. A library convention (the national school calendar), not a BPJS
 * rule: medium confidence.
 */
export const scholarshipSchoolYearStart = /* @__PURE__ */ defineParameter<{ readonly month: number }>({
  id: 'scholarship.schoolYearStart',
  unit: 'table',
  dateBasis: 'event-date',
  description: { id: 'Bulan awal tahun ajaran', en: 'Month the school year starts' },
  values: [
    {
      from: '2015-07-01',
      value: { month: 7 },
      legal: [P5_2021],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'A library convention (the Indonesian school year starts in July), not an article.',
      note: 'Library convention: the Indonesian school year (tahun ajaran) starts in July. BPJS TK pays on a yearly claim with proof of schooling; the claim date itself is not modelled.',
    },
  ],
})

/** Ages at which a child is assumed to enter TK and SD when its schooling is not given. */
export interface EntryAges {
  readonly TK: number
  readonly SD: number
}

/**
 * When a child's schooling is not given, the library assumes the earliest usual entry: TK at 4 and SD at 6,
 * reached by 1 July of the school year (the school admission rules allow TK from 4 and SD from 6 by 1 July,
 * with priority at 7); then SD, SMP, SMA and PT each for their most years without repeating. This is the
 * maximal schedule implied by the child's age: a newborn reaches the per-child maximum. Library decision, low.
 */
export const scholarshipAssumedEntryAge = /* @__PURE__ */ defineParameter<EntryAges>({
  id: 'scholarship.assumedEntryAge',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Usia masuk TK dan SD yang diasumsikan bila riwayat sekolah anak tidak diberikan',
    en: 'Ages assumed for entering TK and SD when the child’s schooling is not given',
  },
  values: [
    {
      from: PP82_FIRST_DAY,
      value: { TK: 4, SD: 6 },
      legal: [P5_2021, D5],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'A library decision (entry ages of the school admission rules), not an article.',
      note: 'Library decision (no BPJS text): "the scholarship starts when the child enters school" (BPJS TK statement in the 2020 press) needs an entry age. 4 and 6 are the youngest ages the school admission rules (PPDB) accept for TK and SD.',
    },
  ],
})

/** Work that does not end the scholarship (Permenaker 1/2025 Pasal 103 ayat (3a)). */
export interface WorkException {
  /** Kinds of work that never end it. */
  readonly keepsKinds: readonly string[]
  /** Work as PU ends it only after more than this many consecutive months. */
  readonly puMaxConsecutiveMonths: number
}

/**
 * From 2025-02-24 a child still in education who works as PU for at most 6 consecutive months, as BPU, or
 * as an intern keeps the scholarship (Permenaker 1/2025 Pasal 103 ayat (3a), decisions D14). Before that
 * date any work ends it. Read on the date the child's situation is judged (a school year, or the as-of date
 * of `checkScholarshipEligibility`).
 */
export const scholarshipWorkException = /* @__PURE__ */ defineParameter<WorkException>({
  id: 'scholarship.workException',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Pekerjaan anak yang tidak menghentikan beasiswa',
    en: 'Work of the child that does not end the scholarship',
  },
  values: [
    {
      from: PERMENAKER_1_2025_DAY,
      value: { keepsKinds: ['BPU', 'intern'], puMaxConsecutiveMonths: 6 },
      legal: [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (3a)' }, D14],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Secondary summaries; promulgation date used as the start. Was also eligibility.scholarship.workingChildMaxPuMonths (6, medium).',
    },
  ],
})

/**
 * Decisions D14 fallback: when no child is marked as a registered heir and more children are eligible than
 * can receive the scholarship, the first eligible children in the order given receive it.
 */
export const scholarshipSelectionFallback = /* @__PURE__ */ defineParameter<'input-order'>({
  id: 'scholarship.selectionFallback',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Cara memilih anak penerima beasiswa bila anak ahli waris terdaftar tidak ditandai',
    en: 'How the scholarship children are chosen when registered heirs are not marked',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'input-order',
      legal: [{ source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (2)' }, D14],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'The rule (children registered as heirs) is medium; the input-order fallback is low (D14).',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const scholarshipParameters: readonly Parameter[] = [
  scholarshipMode,
  scholarshipLumpSum,
  scholarshipMaxChildren,
  scholarshipJkmMinYears,
  scholarshipJkkMinYears,
  scholarshipPmiMinYears,
  scholarshipLevels,
  scholarshipBands,
  scholarshipAgeLimit,
  scholarshipFirstPayableDate,
  scholarshipSchoolYearStart,
  scholarshipAssumedEntryAge,
  scholarshipWorkException,
  scholarshipSelectionFallback,
]
