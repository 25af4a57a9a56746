import { defineParameter } from './coverage.js'
import { dayBeforeInForce, inForceOf } from '../legal/dates.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_4_2023,
  legalSources.BPJSTK_ART_18896,
  legalSources.DECISIONS,
  legalDecisions.D4,
)

/**
 * The JKM of a migrant worker (PMI) by phase (decisions D4): the PMI regime (Permenaker 18/2018, 4/2023),
 * the amount during work, the amounts before and after work, and the scholarship scheme. Listed in
 * `jkmParameters` (`jkm.ts`).
 */

const VERIFIED = '2026-11-24'

/** Permenaker 18/2018 (PMI), in force from its promulgation (2018-12-10). */
export const PMI_18_2018_FIRST_DAY = /* @__PURE__ */ inForceOf('PERMENAKER-18-2018')
/** The day before Permenaker 18/2018 (PMI). */
export const PMI_18_2018_DAY_BEFORE = /* @__PURE__ */ dayBeforeInForce('PERMENAKER-18-2018')
/** The last day of Permenaker 18/2018 (PMI): the day before Permenaker 4/2023 replaced it. */
export const PMI_18_2018_LAST_DAY = /* @__PURE__ */ dayBeforeInForce('PERMENAKER-4-2023')
/** Permenaker 4/2023 (PMI), in force from its promulgation (2023-02-22). */
export const PMI_4_2023_FIRST_DAY = /* @__PURE__ */ inForceOf('PERMENAKER-4-2023')
/** The PMI JKM regime: Permenaker 18/2018 from 2018-12-10, Permenaker 4/2023 from 2023-02-22. */
export const jkmPmiRegime = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.pmi.regime',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Peraturan jaminan sosial PMI yang berlaku pada tanggal meninggal dunia',
    en: 'PMI social security regulation in force on the date of death',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: 'PERMENAKER-18-2018',
      legal: [{ source: 'PERMENAKER-18-2018' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'By the date Permenaker 18/2018 was promulgated (it takes effect on that day); the number of its closing article was not seen.',
      note: 'PMI deaths before 2018-12-10 (Permenaker 7/2017 and earlier) are not modelled.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: 'PERMENAKER-4-2023',
      legal: [{ source: 'PERMENAKER-4-2023' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'By the date Permenaker 4/2023 was promulgated (it takes effect on that day); the number of its closing article was not seen.',
    },
  ],
})

/**
 * PMI death during work (selama bekerja): Rp85,000,000 in one payment covering santunan, berkala and
 * pemakaman (decisions D4), plus the scholarship (see `scholarship.pmi.*`).
 */
export const jkmPmiDuringWorkAmount = /* @__PURE__ */ defineParameter<string>({
  id: 'jkm.pmi.duringWork.amount',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'JKM PMI yang meninggal dunia selama bekerja (dibayar sekaligus)',
    en: 'JKM for a PMI who dies during work (paid at once)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: '85000000',
      legal: [{ source: 'PERMENAKER-18-2018' }, { source: 'DECISIONS', article: 'D4' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The amount is stated by BPJS TK (article 18896) and by paid cases; the article of the Permenaker that sets it was not seen.',
      note: 'Paid cases reported by BPJS TK branches in Jan 2019 and Nov 2019 under Permenaker 18/2018.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: '85000000',
      legal: [
        { source: 'PERMENAKER-4-2023' },
        { source: 'BPJSTK-ART-18896' },
        { source: 'DECISIONS', article: 'D4' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The amount is stated by BPJS TK (article 18896) and by paid cases; the article of the Permenaker that sets it was not seen.',
      note: 'Article 18896: "dibayarkan sekaligus sebesar Rp85.000.000"; a paid case reported by a BPJS TK branch in Apr 2025.',
    },
  ],
})

/** The amounts of a JKM benefit made of lump sum, periodic benefit and funeral cost (whole rupiah strings). */
export interface JkmAmounts {
  readonly lumpSum: string
  readonly periodicMonthly: string
  readonly periodicMonths: number
  readonly funeral: string
}

/**
 * PMI death before or after work (sebelum / setelah bekerja), library decision D4:
 * 16.2M + 24 × 200k + 3M = Rp24,000,000 under Permenaker 18/2018 (low: an outdated BPJS TK article still
 * prints it), 20M + 24 × 500k + 10M = Rp42,000,000 from 2023-02-22 (Permenaker 4/2023; article 18896, the
 * BPJS TK NTB head in 2026 and a paid case).
 */
export const jkmPmiBeforeAfterAmounts = /* @__PURE__ */ defineParameter<JkmAmounts>({
  id: 'jkm.pmi.beforeAfter.amounts',
  unit: 'table',
  rupiahKeys: ['lumpSum', 'periodicMonthly', 'funeral'],
  dateBasis: 'event-date',
  description: {
    id: 'JKM PMI yang meninggal dunia sebelum atau setelah bekerja',
    en: 'JKM for a PMI who dies before or after work',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: { lumpSum: '16200000', periodicMonthly: '200000', periodicMonths: 24, funeral: '3000000' },
      legal: [{ source: 'PERMENAKER-18-2018' }, { source: 'DECISIONS', article: 'D4' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Inferred (D4) from the JKM amounts then in force; no article of Permenaker 18/2018 giving it was seen.',
      note: 'D4: Rp24,000,000 before 2023-02-22 (low-medium), also for deaths after PP 82/2019 took effect.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: { lumpSum: '20000000', periodicMonthly: '500000', periodicMonths: 24, funeral: '10000000' },
      legal: [
        { source: 'PERMENAKER-4-2023' },
        { source: 'BPJSTK-ART-18896' },
        { source: 'DECISIONS', article: 'D4' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Inferred (D4) from Permenaker 4/2023 and BPJS TK article 18896; the article was not seen.',
      note: 'D4 marks before/after as low; a later check against BPJS TK article 18896 raises deaths from 2023-02-22 to medium-high.',
    },
  ],
})

/**
 * The scholarship scheme for PMI deaths: `'not-modelled'` under Permenaker 18/2018 (its scholarship amounts
 * were not found and Permenaker 4/2023 raised them), `'yearly'` (the PP 82/2019 yearly schedule for up to 2
 * children) from 2023-02-22.
 */
export const jkmPmiScholarshipScheme = /* @__PURE__ */ defineParameter<'not-modelled' | 'yearly'>({
  id: 'jkm.pmi.scholarshipScheme',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Skema beasiswa untuk anak PMI yang meninggal dunia',
    en: 'Scholarship scheme for the children of a PMI who dies',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: 'not-modelled',
      legal: [{ source: 'PERMENAKER-18-2018' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Scholarship amounts of Permenaker 18/2018 were not seen; only that 4/2023 raised them.',
      note: 'Kemnaker lists "beasiswa untuk anak" among the benefits Permenaker 4/2023 raised (Kemnaker statement, March 2023): the 18/2018 amounts are unknown.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: 'yearly',
      legal: [
        { source: 'PERMENAKER-4-2023', article: 'Pasal 27 ayat (1) huruf j' },
        { source: 'BPJSTK-ART-18896' },
        { source: 'DECISIONS', article: 'D4' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Paid yearly by level as for PU (BPJS TK branch cases of 2025: Rp12,000,000 a year; TK/SD 1.5M … PT 12M).',
    },
  ],
})
