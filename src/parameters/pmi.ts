import { defineParameter } from './coverage.js'
import type { Parameter, ParameterValue } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_4_2023,
  legalSources.PERDIR_BPJSTK_22_2022,
)

const VERIFIED = '2026-11-24'
const CHECKED_2026_12_04 = '2026-12-04'
const P18 = { source: 'PERMENAKER-18-2018' } as const
const PROBIS = { source: 'PERDIR-BPJSTK-22-2022' } as const

/**
 * One JKK + JKM package for the protection during and after work, by contract length.
 *
 * @example
 * ```ts
 * valueAt(pmiPackages, '2025-06').value[0] //=> { months: 24, amount: '332500' }
 * ```
 */
export interface PmiPackage {
  /** Contract length the package is priced for. */
  readonly months: number
  /** Whole rupiah, decimal string. */
  readonly amount: string
}

/**
 * Two spans: Permenaker 18/2018 (promulgated 2018-12-10, applied from the contribution month 2018-12) and
 * Permenaker 4/2023 (promulgated 2023-02-22, from the contribution month 2023-02). Earlier months (Permenaker
 * 7/2017, and the private insurance of migrant workers before August 2017) are not encoded: no value.
 */
interface SpanFacts {
  /** The article of Permenaker 4/2023, when seen. */
  readonly article4?: string
  /** The articles of Permenaker 18/2018, when a source names them. */
  readonly article18?: string
  readonly confidence18: 'high' | 'medium'
  readonly note18?: string
  /** Why no article is cited, per span (18/2018, 4/2023). */
  readonly noArticle?: readonly [string | undefined, string | undefined]
  /** What was checked on 2026-12-04, per span; others keep the 2026-11-24 compilation. */
  readonly checked?: readonly [string | undefined, string | undefined]
}

/** Fields of a span: the verification date and note of a check made today, or the reason for no article. */
function facts(checked: string | undefined, noArticle: string | undefined) {
  return {
    lastVerifiedOn: checked === undefined ? VERIFIED : CHECKED_2026_12_04,
    ...(checked === undefined ? {} : { checked }),
    ...(noArticle === undefined ? {} : { noArticle }),
  }
}

function spans<T>(value: T, f: SpanFacts): ParameterValue<T>[] {
  return [
    {
      from: '2018-12-01',
      to: '2023-01-31',
      value,
      legal: [
        f.article18 === undefined ? P18 : { ...P18, article: f.article18 },
        ...(f.confidence18 === 'high' ? [] : [PROBIS]),
      ],
      confidence: f.confidence18,
      ...facts(f.checked?.[0], f.noArticle?.[0]),
      ...(f.note18 === undefined ? {} : { note: f.note18 }),
    },
    {
      from: '2023-02-01',
      value,
      legal: [
        f.article4 === undefined
          ? { source: 'PERMENAKER-4-2023' }
          : { source: 'PERMENAKER-4-2023', article: f.article4 },
      ],
      confidence: 'high',
      ...facts(f.checked?.[1], f.noArticle?.[1]),
      note: 'Unchanged from Permenaker 18/2018 (Kemnaker statement on Permenaker 4/2023: "iuran tetap").',
    },
  ]
}

/** A 2018 summary of Permenaker 18/2018: Rp370,000 in stages through an agency, Rp332,500 at once alone. */
const SUMMARY_18 =
  'Checked against a published summary of Permenaker 18/2018 (Dec 2018): JKK + JKM Rp370,000 paid in stages through a placement agency (Rp37,500 before work + Rp332,500) or Rp332,500 at once by an individual PMI, "diatur dalam Pasal 12 hingga Pasal 14".'
/** The Kemnaker press release on Permenaker 4/2023 (2 Mar 2023). */
const RELEASE_4 =
  'Checked against the Kemnaker press release on Permenaker 4/2023 (2 Mar 2023): contributions unchanged, Rp370,000 for a 24-month contract, Rp37,500 before work, Rp108,000 for 6 months.'
const NO_ARTICLE_JHT = 'The range Rp50,000–600,000 was stated by the minister; the article was not seen.'

/** Pre-placement protection (sebelum bekerja), placement through an agency only: Rp37,500. */
export const pmiPrePlacement = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.prePlacement',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI untuk pelindungan sebelum bekerja',
    en: 'PMI JKK and JKM contribution for the protection before work',
  },
  values: spans('37500', {
    article4: 'Pasal 18 ayat (1) huruf a',
    article18: 'Pasal 12–14',
    confidence18: 'high',
    checked: [SUMMARY_18, RELEASE_4],
  }),
})

/**
 * During and after work (selama dan setelah bekerja), by contract length: 24 months Rp332,500, 12 months
 * Rp189,000, 6 months Rp108,000 (Permenaker 4/2023 Pasal 18 ayat (1) huruf b and ayat (2)).
 */
export const pmiPackages = /* @__PURE__ */ defineParameter<readonly PmiPackage[]>({
  id: 'pmi.packages',
  unit: 'table',
  rupiahKeys: ['amount'],
  minItems: 1, // a contract is priced by a package (the shortest one at least)
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI selama dan setelah bekerja, menurut jangka waktu perjanjian kerja',
    en: 'PMI JKK and JKM contribution during and after work, by contract length',
  },
  values: spans(
    [
      { months: 24, amount: '332500' },
      { months: 12, amount: '189000' },
      { months: 6, amount: '108000' },
    ],
    {
      article4: 'Pasal 18 ayat (1) huruf b dan ayat (2)',
      article18: 'Pasal 12–14',
      confidence18: 'medium',
      note18:
        'The 24-month package is high confidence; the 12- and 6-month packages under 18/2018 are read from the 2022 PROBIS manual.',
      checked: [SUMMARY_18, RELEASE_4],
    },
  ),
})

/** Each month of contract beyond the package term: Rp13,500, paid at once (Pasal 18 ayat (3)). */
export const pmiExtensionMonthly = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.extensionMonthly',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI per bulan kelebihan jangka waktu perjanjian kerja',
    en: 'PMI JKK and JKM contribution per month of contract beyond the package term',
  },
  values: spans('13500', {
    article4: 'Pasal 18 ayat (3)',
    confidence18: 'medium',
    note18: 'Read from the 2022 PROBIS manual under 18/2018.',
    noArticle: ['The 18/2018 article for the monthly extension was not seen.', undefined],
  }),
})

/** Optional PMI JHT: at least Rp50,000 a month. */
export const pmiJhtMinimum = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.jht.minimum',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: { id: 'Iuran JHT PMI paling sedikit per bulan', en: 'Lowest monthly PMI JHT contribution' },
  values: spans('50000', {
    confidence18: 'high',
    note18: 'Rp50,000–600,000 a month, chosen by the PMI (the minister, as quoted in the press).',
    noArticle: [NO_ARTICLE_JHT, NO_ARTICLE_JHT],
  }),
})

/** Optional PMI JHT: at most Rp600,000 a month. */
export const pmiJhtMaximum = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.jht.maximum',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: { id: 'Iuran JHT PMI paling banyak per bulan', en: 'Highest monthly PMI JHT contribution' },
  values: spans('600000', {
    confidence18: 'high',
    note18: 'Rp50,000–600,000 a month, chosen by the PMI (the minister, as quoted in the press).',
    noArticle: [NO_ARTICLE_JHT, NO_ARTICLE_JHT],
  }),
})

/** Every parameter of this family (listed in the registry). */
export const pmiParameters: readonly Parameter[] = [
  pmiPrePlacement,
  pmiPackages,
  pmiExtensionMonthly,
  pmiJhtMinimum,
  pmiJhtMaximum,
]
