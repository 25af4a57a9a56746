import { dayBeforeInForce, inForceOf } from '../legal/dates.js'
import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import {
  jkmPmiBeforeAfterAmounts,
  jkmPmiDuringWorkAmount,
  jkmPmiRegime,
  jkmPmiScholarshipScheme,
} from './jkm-pmi.js'

import { heirsOrder, jkmPosthumousChildMaxMonths } from './jkm-heirs.js'
import { jkmArrearsBpjsPaysFirstMaxMonths, jkmBpuGraceMonths } from './jkm-protection.js'
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
  legalDecisions.D2,
  legalDecisions.D3,
  legalDecisions.D5,
)

// the heirs and the posthumous child: src/parameters/jkm-heirs.ts
export { heirsOrder, jkmPosthumousChildMaxMonths, type HeirGroup, type HeirsOrder } from './jkm-heirs.js'
// the BPU grace period and the employer arrears: src/parameters/jkm-protection.ts
export { jkmArrearsBpjsPaysFirstMaxMonths, jkmBpuGraceMonths } from './jkm-protection.js'
// the JKM of a migrant worker (PMI), by phase: src/parameters/jkm-pmi.ts
export {
  PMI_18_2018_DAY_BEFORE,
  PMI_18_2018_FIRST_DAY,
  PMI_18_2018_LAST_DAY,
  PMI_4_2023_FIRST_DAY,
  jkmPmiBeforeAfterAmounts,
  jkmPmiDuringWorkAmount,
  jkmPmiRegime,
  jkmPmiScholarshipScheme,
  type JkmAmounts,
} from './jkm-pmi.js'

const VERIFIED = '2026-11-24'

// The legal dates the death benefits, the scholarship, eligibility and the program matrix share. Each is read
// from the regulation's entry in the legal registry (its in-force date), never written twice.

/** First day of PP 82/2019 by date of death or accident (decisions D5; see {@link jkmRegime}). */
export const PP82_FIRST_DAY = /* @__PURE__ */ inForceOf('PP-82-2019')
/** Deaths (or accidents) up to this day get the PP 44/2015 amounts; from the next day PP 82/2019 (decisions D5). */
export const PP44_LAST_DAY = /* @__PURE__ */ dayBeforeInForce('PP-82-2019')
/** Permenaker 1/2025, promulgated and applied from 2025-02-24 (library decision D2). */
export const PERMENAKER_1_2025_DAY = /* @__PURE__ */ inForceOf('PERMENAKER-1-2025')
/** The day before Permenaker 1/2025. */
export const PERMENAKER_1_2025_DAY_BEFORE = /* @__PURE__ */ dayBeforeInForce('PERMENAKER-1-2025')
/** Permenaker 5/2021 took effect on 2021-04-01 (scholarships payable, interns covered; decisions D5). */
export const PERMENAKER_5_2021_DAY = /* @__PURE__ */ inForceOf('PERMENAKER-5-2021')
/** The day before Permenaker 5/2021 took effect. */
export const PERMENAKER_5_2021_DAY_BEFORE = /* @__PURE__ */ dayBeforeInForce('PERMENAKER-5-2021')

const PP44 = { source: 'PP-44-2015' } as const
const D5 = { source: 'DECISIONS', article: 'D5' } as const

/** The JKM regime a death falls under: `'PP-44-2015'` or `'PP-82-2019'`. */
export type JkmRegime = 'PP-44-2015' | 'PP-82-2019'

/**
 * Which JKM regime applies, by date of death (decisions D5): PP 44/2015 for deaths from 2015-07-01 to
 * 2019-12-01, PP 82/2019 for deaths on or after 2019-12-02 (the date it was set; a BPJS TK official quoted
 * by the press: "yang pada tanggal 2 Desember atau setelahnya mengalami kecelakaan kerja atau kematian").
 */
export const jkmRegime = /* @__PURE__ */ defineParameter<JkmRegime>({
  id: 'jkm.regime',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Rezim manfaat JKM menurut tanggal meninggal dunia',
    en: 'JKM benefit regime by date of death',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 'PP-44-2015',
      legal: [PP44, { source: 'PP-82-2019', article: 'Pasal II' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'PP 82/2019 takes effect on the day it was promulgated (its closing Pasal II); the date 2019-12-02 rests on a BPJS TK statement (D5). Checked on 2026-11-24 against the cited sources.',
      note: 'The end date is the day before PP 82/2019 was set: the regime dates are medium-high (D5), hence medium. Also the scholarship regime of checkScholarshipEligibility (was eligibility.scholarship.regime, medium).',
    },
    {
      from: PP82_FIRST_DAY,
      value: 'PP-82-2019',
      legal: [{ source: 'PP-82-2019', article: 'Pasal II' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'PP 82/2019 takes effect on the day it was promulgated (its closing Pasal II); the date 2019-12-02 rests on a BPJS TK statement (D5). Checked on 2026-11-24 against the cited sources.',
      note: 'By date of death, not of claim; the 2019-12-02 start rests on one BPJS TK official quoted by the press (medium-high, D5). Also the scholarship regime of checkScholarshipEligibility (was eligibility.scholarship.regime).',
    },
  ],
})

/** JKM lump sum (santunan sekaligus): Rp16,200,000 under PP 44/2015, Rp20,000,000 under PP 82/2019. */
export const jkmLumpSum = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.lumpSum',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: { id: 'Santunan sekaligus JKM', en: 'JKM lump sum (santunan sekaligus)' },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '16200000',
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
    {
      from: PP82_FIRST_DAY,
      value: '20000000',
      legal: [{ source: 'PP-82-2019', article: 'Pasal 34' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: 'Amount high; start date medium-high (D5).',
    },
  ],
})

/**
 * JKM periodic benefit (santunan berkala), the monthly amount: Rp200,000 under PP 44/2015 (decisions D3:
 * not the Rp6,000,000 of a 2020 press release, which does not add up to the Rp24,000,000 total), Rp500,000
 * under PP 82/2019. Paid at once for {@link jkmPeriodicMonths} months.
 */
export const jkmPeriodicMonthly = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.periodic.monthlyAmount',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: { id: 'Santunan berkala JKM per bulan', en: 'JKM periodic benefit per month' },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '200000',
      legal: [
        { source: 'PP-44-2015', article: 'Pasal 34' },
        { source: 'DECISIONS', article: 'D3' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: '24 × 200,000 = 4,800,000 (D3).',
    },
    {
      from: PP82_FIRST_DAY,
      value: '500000',
      legal: [{ source: 'PP-82-2019', article: 'Pasal 34' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: '24 × 500,000 = 12,000,000, "dibayarkan sekaligus".',
    },
  ],
})

/** Number of months of the JKM periodic benefit, paid at once: 24 in both regimes. */
export const jkmPeriodicMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkm.periodic.months',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Jumlah bulan santunan berkala JKM (dibayar sekaligus)',
    en: 'Months of the JKM periodic benefit (paid at once)',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 24,
      legal: [
        { source: 'PP-44-2015', article: 'Pasal 34' },
        { source: 'DECISIONS', article: 'D3' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
    {
      from: PP82_FIRST_DAY,
      value: 24,
      legal: [{ source: 'PP-82-2019', article: 'Pasal 34' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
  ],
})

/**
 * JKM funeral cost (biaya pemakaman): Rp3,000,000 under PP 44/2015, Rp10,000,000 under PP 82/2019. With no
 * heir it goes to whoever arranged the funeral (see `heirs.order`).
 */
export const jkmFuneral = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.funeral',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: { id: 'Biaya pemakaman JKM', en: 'JKM funeral cost (biaya pemakaman)' },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '3000000',
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
    {
      from: PP82_FIRST_DAY,
      value: '10000000',
      legal: [{ source: 'PP-82-2019', article: 'Pasal 34' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
    },
  ],
})

const D2 = { source: 'DECISIONS', article: 'D2' } as const
const P1_2025 = { source: 'PERMENAKER-1-2025' } as const

/**
 * The short-membership rule of Permenaker 1/2025 (library decision D2): for deaths on or after 2025-02-24, a participant in scope (`jkm.shortMembership.categories`) with
 * fewer than this many whole months of membership, counted from registration, gets the reduced benefit
 * (`jkm.shortMembership.lumpSum` + `jkm.shortMembership.funeral`), no periodic benefit and no scholarship.
 * Not in force before 2025-02-24: every earlier death gets the full JKM whatever the membership length.
 */
export const jkmShortMembershipMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkm.shortMembership.months',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Masa kepesertaan minimal untuk manfaat JKM penuh',
    en: 'Minimum membership (months) for the full JKM benefit',
  },
  values: [
    {
      from: PERMENAKER_1_2025_DAY,
      value: 3,
      legal: [P1_2025, D2],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Stated by BPJS TK branches as a Permenaker 1/2025 rule; the article number was not seen.',
      note: 'Three BPJS TK branch statements in the 2025 press: "minimal tiga bulan". Article number not seen. Counted as whole months since registration ("bulan pertama hingga ketiga"), medium-low. In-force date not seen: the promulgation date is used. Read by calculateJkmBenefit and checkJkmClaim (was also eligibility.jkm.shortMembership.minMonths, medium).',
    },
  ],
})

/** Reduced JKM under the short-membership rule: santunan kematian Rp8,000,000 (the split is low confidence). */
export const jkmShortMembershipLumpSum = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.shortMembership.lumpSum',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Santunan kematian bagi peserta dengan masa kepesertaan kurang dari batas minimal',
    en: 'Death benefit for a participant under the minimum membership',
  },
  values: [
    {
      from: PERMENAKER_1_2025_DAY,
      value: '8000000',
      legal: [P1_2025, D2],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Stated by BPJS TK branches as a Permenaker 1/2025 rule; the article number was not seen.',
      note: 'Total Rp10,000,000 is medium (three sources); the 8M + 2M split is low-medium (two sources; one calls the whole 10M "biaya pemakaman").',
    },
  ],
})

/** Reduced JKM under the short-membership rule: biaya pemakaman Rp2,000,000 (the split is low confidence). */
export const jkmShortMembershipFuneral = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.shortMembership.funeral',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Biaya pemakaman bagi peserta dengan masa kepesertaan kurang dari batas minimal',
    en: 'Funeral cost for a participant under the minimum membership',
  },
  values: [
    {
      from: PERMENAKER_1_2025_DAY,
      value: '2000000',
      legal: [P1_2025, D2],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Stated by BPJS TK branches as a Permenaker 1/2025 rule; the article number was not seen.',
      note: 'See jkm.shortMembership.lumpSum.',
    },
  ],
})

/**
 * The categories the short-membership rule applies to: BPU by default (decisions D2). An override can
 * extend it, e.g. `{ 'jkm.shortMembership.categories': ['BPU', 'PU'] }`.
 */
export const jkmShortMembershipCategories = /* @__PURE__ */ defineParameter<readonly string[]>({
  id: 'jkm.shortMembership.categories',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Kategori peserta yang terkena aturan masa kepesertaan minimal JKM',
    en: 'Categories the JKM minimum-membership rule applies to',
  },
  values: [
    {
      from: PERMENAKER_1_2025_DAY,
      value: ['BPU'],
      legal: [P1_2025, D2],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Stated by BPJS TK branches as a Permenaker 1/2025 rule; the article number was not seen.',
      note: 'Two sources say BPU, one says "peserta". A KPPS (state ad-hoc) worker with one month was paid in full in 2024, before the rule. Read by calculateJkmBenefit and checkJkmClaim (was also eligibility.jkm.shortMembership.categories, low).',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const jkmParameters: readonly Parameter[] = [
  jkmRegime,
  jkmLumpSum,
  jkmPeriodicMonthly,
  jkmPeriodicMonths,
  jkmFuneral,
  jkmShortMembershipMonths,
  jkmShortMembershipLumpSum,
  jkmShortMembershipFuneral,
  jkmShortMembershipCategories,
  jkmBpuGraceMonths,
  jkmArrearsBpjsPaysFirstMaxMonths,
  jkmPmiRegime,
  jkmPmiDuringWorkAmount,
  jkmPmiBeforeAfterAmounts,
  jkmPmiScholarshipScheme,
  heirsOrder,
  jkmPosthumousChildMaxMonths,
]
