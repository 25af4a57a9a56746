import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_45_2015,
  legalSources.BPJSTK_B_1397_022018,
  legalSources.BPJSTK_B_1328_022020,
  legalSources.BPJSTK_B_0246_022021,
  legalSources.BPJSTK_B_77_022023,
  legalSources.BPJSTK_B_1387_022024,
  legalSources.BPJSTK_B_726_022025,
  legalSources.BPJSTK_B_1226_022026,
  legalSources.BPS_PDB,
  legalSources.DECISIONS,
  legalDecisions.D6,
)

const VERIFIED = '2026-11-24'
/** PP 45/2015 Pasal 15 read verbatim on 2026-12-04. */
const PENSION_AGE_CHECK = {
  lastVerifiedOn: '2026-12-04',
  checked:
    'PP 45/2015 Pasal 15 ayat (1)–(3) read verbatim in a published copy of the text: 56 "untuk pertama kali", 57 "mulai 1 Januari 2019", then +1 "untuk setiap 3 (tiga) tahun berikutnya sampai mencapai Usia Pensiun 65".',
} as const

/**
 * JP contribution, employer share: 2% of the (capped) wage. PP 45/2015 Pasal 28.
 */
export const jpRateEmployer = /* @__PURE__ */ defineParameter<string>({
  id: 'jp.rate.employer',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JP bagian pemberi kerja (dari upah yang dibatasi)',
    en: 'JP contribution, employer share (of the capped wage)',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.02',
      legal: [{ source: 'PP-45-2015', article: 'Pasal 28 ayat (1)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/** JP contribution, worker share: 1% of the (capped) wage. PP 45/2015 Pasal 28. */
export const jpRateWorker = /* @__PURE__ */ defineParameter<string>({
  id: 'jp.rate.worker',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JP bagian pekerja (dari upah yang dibatasi)',
    en: 'JP contribution, worker share (of the capped wage)',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.01',
      legal: [{ source: 'PP-45-2015', article: 'Pasal 28 ayat (1)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

const CAP_RULE = { source: 'PP-45-2015', article: 'Pasal 29 ayat (2)–(4)' } as const
const GDP = { source: 'BPS-PDB' } as const

/**
 * The JP wage cap (batas upah tertinggi), PP 45/2015 Pasal 29: Rp7,000,000 from July 2015, then each year
 * the previous cap × (1 + the previous year's GDP growth, first BPS release), floored to Rp100, from the
 * **March** contribution (decisions D6; the 2021 start month is low confidence). The last value is due for
 * review with the March 2027 contribution: later months keep it with `PARAMETER_MAY_BE_OUTDATED`.
 */
export const jpWageCap = /* @__PURE__ */ defineParameter<string>({
  id: 'jp.wageCap',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Batas upah tertinggi Jaminan Pensiun',
    en: 'JP wage cap (highest wage used for JP contributions)',
  },
  values: [
    {
      from: '2015-07-01',
      to: '2016-02-29',
      value: '7000000',
      legal: [CAP_RULE],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Initial cap, PP 45/2015 Pasal 29 ayat (2).',
    },
    {
      from: '2016-03-01',
      to: '2017-02-28',
      value: '7335300',
      legal: [CAP_RULE, GDP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: '7,000,000 × 1.0479 floored to Rp100; March start inferred.',
    },
    {
      from: '2017-03-01',
      to: '2018-02-28',
      value: '7703500',
      legal: [CAP_RULE, GDP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0502; March start inferred.',
    },
    {
      from: '2018-03-01',
      to: '2019-02-28',
      value: '8094000',
      legal: [CAP_RULE, GDP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0507; March start inferred.',
    },
    {
      from: '2019-03-01',
      to: '2020-02-29',
      value: '8512400',
      legal: [CAP_RULE, { source: 'BPJSTK-B-1397-022018' }, GDP],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0517, "mulai bulan Maret 2019".',
    },
    {
      from: '2020-03-01',
      to: '2021-02-28',
      value: '8939700',
      legal: [CAP_RULE, { source: 'BPJSTK-B-1328-022020' }, GDP],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '8,512,400 × 1.0502 = 8,939,722 → 8,939,700.',
    },
    {
      from: '2021-03-01',
      to: '2022-02-28',
      value: '8754600',
      legal: [CAP_RULE, { source: 'BPJSTK-B-0246-022021' }, GDP, { source: 'DECISIONS', article: 'D6' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'A decrease (GDP 2020 −2.07%). Value medium-high; March start is low confidence (one source says February), decisions D6.',
    },
    {
      from: '2022-03-01',
      to: '2023-02-28',
      value: '9077600',
      legal: [CAP_RULE, { source: 'BPJSTK-B-77-022023' }, GDP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0369; named as the 2022 cap in letter B/77/022023; March start inferred.',
    },
    {
      from: '2023-03-01',
      to: '2024-02-29',
      value: '9559600',
      legal: [CAP_RULE, { source: 'BPJSTK-B-77-022023' }, GDP],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0531.',
    },
    {
      from: '2024-03-01',
      to: '2025-02-28',
      value: '10042300',
      legal: [CAP_RULE, { source: 'BPJSTK-B-1387-022024' }, GDP],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0505, "berlaku sejak 1 Maret 2024".',
    },
    {
      from: '2025-03-01',
      to: '2026-02-28',
      value: '10547400',
      legal: [CAP_RULE, { source: 'BPJSTK-B-726-022025' }, GDP],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: '× 1.0503 = 10,547,427.69 → 10,547,400. BPJS TK article 18913 prints 10,547,000: a typo.',
    },
    {
      from: '2026-03-01',
      value: '11086300',
      legal: [CAP_RULE, { source: 'BPJSTK-B-1226-022026' }, GDP, { source: 'DECISIONS', article: 'D6' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      reviewDue: '2027-03-01',
      note: '10,547,400 × 1.0511 = 11,086,372.14 → 11,086,300. Kept after March 2027 with a warning until the next letter is encoded (decisions D6).',
    },
  ],
})

/** One year of the JP wage-cap formula: the growth (first BPS release) that produced a cap. */
export interface JpCapGrowth {
  /** The GDP year whose growth is used. */
  readonly gdpYear: number
  /** The cap year (from March) it produced. */
  readonly capYear: number
  /** Growth as a signed decimal string (`'0.0479'`, `'-0.0207'`). */
  readonly growth: string
  readonly source: string
}

/**
 * The GDP growth figures the yearly JP cap formula used (BPS first releases, source `BPS-PDB`), stored beside the caps
 * so a test can reproduce every cap from PP 45/2015 Pasal 29.
 */
export const JP_CAP_GDP_GROWTH: readonly JpCapGrowth[] = Object.freeze(
  [
    {
      gdpYear: 2015,
      capYear: 2016,
      growth: '0.0479',
      source: 'Implied by the published 2016 cap (revised 4.88% would give 7,341,600)',
    },
    {
      gdpYear: 2016,
      capYear: 2017,
      growth: '0.0502',
      source: 'BPS first release, as reported in the press on 6 Feb 2017',
    },
    {
      gdpYear: 2017,
      capYear: 2018,
      growth: '0.0507',
      source: 'BPS first release, as reported in the press on 5 Feb 2018',
    },
    { gdpYear: 2018, capYear: 2019, growth: '0.0517', source: 'letter B/1397/022018' },
    { gdpYear: 2019, capYear: 2020, growth: '0.0502', source: 'letter B/1328/022020' },
    {
      gdpYear: 2020,
      capYear: 2021,
      growth: '-0.0207',
      source: 'BPS first release, as reported in the press on 5 Feb 2021',
    },
    {
      gdpYear: 2021,
      capYear: 2022,
      growth: '0.0369',
      source: 'BPS first release of 7 Feb 2022 as reported in the press (revised later to 3.70%)',
    },
    {
      gdpYear: 2022,
      capYear: 2023,
      growth: '0.0531',
      source: 'BPS first release, as reported in the press on 6 Feb 2023',
    },
    { gdpYear: 2023, capYear: 2024, growth: '0.0505', source: 'BRS BPS No. 13/02/Th. XXVII' },
    { gdpYear: 2024, capYear: 2025, growth: '0.0503', source: 'letter B/726/022025' },
    {
      gdpYear: 2025,
      capYear: 2026,
      growth: '0.0511',
      source: 'BPS first release of Feb 2026; letter B/1226/022026',
    },
  ].map((g) => Object.freeze(g)),
)

/**
 * JP pension age (usia pensiun), PP 45/2015 Pasal 15: 56 from 2015, 57 from 1 Jan 2019, then +1 every 3
 * years to 65 in 2043.
 */
export const jpPensionAge = /* @__PURE__ */ defineParameter<number>({
  id: 'jp.pensionAge',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: { id: 'Usia pensiun program Jaminan Pensiun', en: 'JP pension age' },
  values: [
    {
      from: '2015-07-01',
      to: '2018-12-31',
      value: 56,
      legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (1)' }],
      confidence: 'high',
      ...PENSION_AGE_CHECK,
    },
    {
      from: '2019-01-01',
      to: '2021-12-31',
      value: 57,
      legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (2)' }],
      confidence: 'high',
      ...PENSION_AGE_CHECK,
    },
    ...[58, 59, 60, 61, 62, 63, 64].map((age, i) => ({
      from: `${2022 + 3 * i}-01-01`,
      to: `${2024 + 3 * i}-12-31`,
      value: age,
      legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' }],
      confidence: 'high' as const,
      ...PENSION_AGE_CHECK,
    })),
    {
      from: '2043-01-01',
      value: 65,
      legal: [{ source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' }],
      confidence: 'high',
      ...PENSION_AGE_CHECK,
      note: 'The maximum, first reached in 2043.',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const jpParameters: readonly Parameter[] = [jpRateEmployer, jpRateWorker, jpWageCap, jpPensionAge]
