import { defineParameter } from './coverage.js'
import type { Parameter, ParameterValue } from './types.js'

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
