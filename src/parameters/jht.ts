import { defineParameter } from './coverage.js'
import type { Parameter, ParameterValue } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_46_2015,
  legalSources.PP_60_2015,
  legalSources.PERMENAKER_19_2015,
  legalSources.PERMENAKER_4_2022,
  legalSources.PP_68_2009,
  legalSources.DECISIONS,
  legalDecisions.D26,
)

const VERIFIED = '2026-11-24'
const PP46_22_2 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' } as const
const D26 = { source: 'DECISIONS', article: 'D26' } as const

/** One declared year: the rate credited to individual JHT accounts for calendar year `year`. */
function declaredYear(
  year: number,
  value: string,
  confidence: 'medium' | 'low',
  checked: string,
  note?: string,
): ParameterValue<string> {
  return {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    value,
    legal: [PP46_22_2, D26],
    confidence,
    lastVerifiedOn: VERIFIED,
    checked,
    ...(note === undefined ? {} : { note }),
  }
}

const BISNIS =
  'Press figure (a national business daily, 31 May 2021, quoting BPJS Watch); no BPJS TK declaration seen.'

/**
 * The JHT development rate (hasil pengembangan) credited to individual accounts, by calendar year. PP 46/2015
 * Pasal 22(2) makes the balance contributions plus this return; the yearly figure is declared by BPJS TK and
 * only press reports of it were seen. Years not listed (2015, 2021 onwards) are NOT data: the caller supplies
 * them (decisions D26), else the projection is `incomplete`.
 */
export const jhtDevelopmentRate = /* @__PURE__ */ defineParameter<string>({
  id: 'jht.developmentRate',
  unit: 'rate',
  dateBasis: 'event-date',
  description: {
    id: 'Tingkat pengembangan JHT yang dibukukan ke rekening peserta, per tahun kalender',
    en: 'JHT development rate credited to members’ accounts, per calendar year',
  },
  values: [
    declaredYear(
      2016,
      '0.0719',
      'medium',
      'Two press reports (8 Feb 2017) quoting the BPJS TK President Director; no BPJS TK declaration seen.',
    ),
    declaredYear(2017, '0.0782', 'low', BISNIS, 'A Sep 2017 year-to-date 9.41% is not the final rate.'),
    declaredYear(2018, '0.0626', 'low', BISNIS),
    declaredYear(2019, '0.0606', 'low', BISNIS),
    declaredYear(
      2020,
      '0.0559',
      'low',
      BISNIS,
      'Conflict: a BPJS TK official gave 5.63% (regional press, 28 Jan 2021); 5.59% kept, override to use 5.63%.',
    ),
  ],
})

/** JHT pension age: 56, fixed (not the rising JP pension age). PP 46/2015 Pasal 22(1). */
export const jhtPensionAge = /* @__PURE__ */ defineParameter<number>({
  id: 'jht.pensionAge',
  unit: 'age',
  dateBasis: 'event-date',
  description: { id: 'Usia pensiun JHT', en: 'JHT pension age' },
  values: [
    {
      from: '2015-07-01',
      value: 56,
      legal: [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (1)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked: 'PP 46/2015 Pasal 22 as quoted verbatim by a regulation mirror, at the compilation.',
    },
  ],
})

/** Membership years needed for a partial JHT withdrawal: 10. PP 46/2015 Pasal 22(4). */
export const jhtPartialMinYears = /* @__PURE__ */ defineParameter<number>({
  id: 'jht.partial.minYears',
  unit: 'years',
  dateBasis: 'event-date',
  description: {
    id: 'Masa kepesertaan minimum untuk klaim JHT sebagian',
    en: 'Membership years for a partial JHT claim',
  },
  values: [
    {
      from: '2015-07-01',
      value: 10,
      legal: [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (4)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked: 'PP 46/2015 Pasal 22 as quoted verbatim by a regulation mirror, at the compilation.',
    },
  ],
})

/** Partial JHT withdrawal caps: 30% for housing, 10% for other needs, once. PP 46/2015 Pasal 22(5)–(6). */
export const jhtPartialRates = /* @__PURE__ */ defineParameter<{ housing: string; other: string }>({
  id: 'jht.partial.rates',
  unit: 'table',
  dateBasis: 'event-date',
  description: { id: 'Batas klaim JHT sebagian', en: 'Partial JHT claim caps' },
  values: [
    {
      from: '2015-07-01',
      value: { housing: '0.30', other: '0.10' },
      legal: [{ source: 'PP-46-2015', article: 'Pasal 22 ayat (5)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked: 'PP 46/2015 Pasal 22 as quoted verbatim by a regulation mirror, at the compilation.',
    },
  ],
})

/** The JHT parameters, for the registry. */
export const jhtParameters: readonly Parameter[] = [
  jhtDevelopmentRate,
  jhtPensionAge,
  jhtPartialMinYears,
  jhtPartialRates,
] as readonly Parameter[]

const V = '2026-11-24'

/**
 * Months to wait after resignation or termination (PHK) before the JHT is paid; `null` = paid only at the
 * pension age. PP 46/2015 original and (open question: 12–31 Aug 2015) until Permenaker 19/2015 applied on
 * 2015-09-01: `null`; then 1 month (Permenaker 19/2015, then Permenaker 4/2022 Pasal 9–10).
 */
export const jhtSeparationWaitMonths = /* @__PURE__ */ defineParameter<number | null>({
  id: 'jht.claim.separationWaitMonths',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Masa tunggu klaim JHT karena berhenti bekerja (bulan; kosong = hanya pada usia pensiun)',
    en: 'Waiting months for a JHT claim on leaving work (null = only at pension age)',
  },
  values: [
    {
      from: '2015-07-01',
      to: '2015-08-11',
      value: null,
      legal: [{ source: 'PP-46-2015', article: 'Pasal 26' }],
      confidence: 'medium',
      lastVerifiedOn: V,
      checked:
        'Original Pasal 26 as reported by the press in Aug 2015 (resignation and PHK paid only at 56).',
    },
    {
      from: '2015-08-12',
      to: '2015-08-31',
      value: 1,
      legal: [{ source: 'PP-60-2015', article: 'Pasal 26' }, { source: 'PERMENAKER-19-2015' }, D26],
      confidence: 'low',
      lastVerifiedOn: V,
      checked:
        'PP 60/2015 (promulgated 2015-08-12) counts resignation and PHK as pension age; how BPJS TK handled the weeks before Permenaker 19/2015 applied (2015-09-01) was not found.',
      note: 'Interim reading: the 1-month wait of Permenaker 19/2015, so never payable before 2015-09-01 (the earliest separation plus 1 month is 2015-09-12).',
    },
    {
      from: '2015-09-01',
      to: '2022-04-25',
      value: 1,
      legal: [{ source: 'PERMENAKER-19-2015' }, { source: 'PP-60-2015', article: 'Pasal 26' }],
      note: 'The article of Permenaker 19/2015 giving the 1-month wait was not seen.',
      confidence: 'medium',
      lastVerifiedOn: V,
      checked: 'Press reports of Permenaker 19/2015 (2015) and of its revocation (2022).',
    },
    {
      from: '2022-04-26',
      value: 1,
      legal: [{ source: 'PERMENAKER-4-2022', article: 'Pasal 9' }],
      confidence: 'medium',
      lastVerifiedOn: V,
      checked: 'National press summaries of Permenaker 4/2022 Pasal 8–10 (28 Apr 2022).',
    },
  ],
})

/**
 * When a JHT claim for total permanent disability (CTT) becomes payable: the 1st of the month after the CTT
 * determination. Only Permenaker 2/2022 Pasal 7 (never applied) said so; the Permenaker 4/2022 wording was not
 * seen, so the reading is kept as a low-confidence default (overridable: `'determination-date'`).
 */
export const jhtDisabilityPayableFrom = /* @__PURE__ */ defineParameter<
  'first-of-next-month' | 'determination-date'
>({
  id: 'jht.claim.disabilityPayableFrom',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Saat klaim JHT karena cacat total tetap dapat dibayar',
    en: 'When a JHT claim for total permanent disability becomes payable',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'first-of-next-month',
      legal: [{ source: 'PERMENAKER-4-2022' }, D26],
      confidence: 'low',
      lastVerifiedOn: V,
      noArticle:
        'Permenaker 2/2022 Pasal 7 (as reported; that regulation never applied) gives the 1st of the next month; the Permenaker 4/2022 article was not seen.',
      checked:
        'A business daily summarising Permenaker 2/2022 (Feb 2022); no text of Permenaker 4/2022 on this point.',
    },
  ],
})

/** Final tax on a lump-sum JHT: 0% up to Rp50,000,000, 5% above. PP 68/2009 Pasal 5. */
export const jhtLumpSumTax = /* @__PURE__ */ defineParameter<{ threshold: string; rate: string }>({
  id: 'jht.tax.lumpSum',
  unit: 'table',
  rupiahKeys: ['threshold'],
  dateBasis: 'event-date',
  description: { id: 'PPh 21 final atas JHT sekaligus', en: 'Final PPh 21 on a lump-sum JHT' },
  values: [
    {
      from: '2015-07-01',
      value: { threshold: '50000000', rate: '0.05' },
      legal: [{ source: 'PP-68-2009', article: 'Pasal 5' }],
      confidence: 'medium',
      lastVerifiedOn: V,
      checked:
        'A national daily (3 Dec 2009) and a tax site summarising PP 68/2009; the 2024 reform not verified.',
    },
  ],
})

/**
 * Who receives the JHT balance of a participant who dies with no heir in any group of the heirs' order: the
 * Balai Harta Peninggalan (state estate office), not the DJS as for JKM, because the balance is the
 * participant's own savings. Permenaker 19/2015 and the BPJS TK site agree (the Permenaker 4/2022 article
 * was not seen).
 */
export const jhtNoHeirRecipient = /* @__PURE__ */ defineParameter<'balai-harta-peninggalan'>({
  id: 'jht.death.noHeirRecipient',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Penerima saldo JHT peserta yang meninggal tanpa ahli waris',
    en: 'Recipient of the JHT balance of a participant who dies with no heir',
  },
  values: [
    {
      from: '2015-07-01',
      value: 'balai-harta-peninggalan',
      legal: [{ source: 'PERMENAKER-19-2015' }, { source: 'PERMENAKER-4-2022' }],
      confidence: 'medium',
      lastVerifiedOn: V,
      noArticle:
        'Only reports of the Permenaker were seen (19/2015 and 2/2022 Pasal 8 as summarised); the article of Permenaker 4/2022 was not seen.',
      checked:
        'Three independent reports (a national daily on Permenaker 19/2015, a business daily on Permenaker 2/2022 Pasal 8, the BPJS TK site text) agree; the Permenaker 4/2022 wording was not seen.',
    },
  ],
})

/** The claim parameters, for the registry. */
export const jhtClaimParameters: readonly Parameter[] = [
  jhtSeparationWaitMonths,
  jhtLumpSumTax,
  jhtNoHeirRecipient,
  jhtDisabilityPayableFrom,
] as readonly Parameter[]
