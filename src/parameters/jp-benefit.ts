import { defineParameter } from './coverage.js'
import type { Parameter, ParameterValue } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_45_2015,
  legalSources.PERMENAKER_29_2015,
  legalSources.DECISIONS,
  legalDecisions.D26,
)

const VERIFIED = '2026-11-24'
const P17 = { source: 'PP-45-2015', article: 'Pasal 17 ayat (2)' } as const
const P18 = { source: 'PP-45-2015', article: 'Pasal 18' } as const
const P19 = { source: 'PP-45-2015', article: 'Pasal 19' } as const
const D26 = { source: 'DECISIONS', article: 'D26' } as const

/** JP benefit formula accrual: 1% of the average weighted wage per year of Masa Iur (PP 45/2015 Pasal 17(2)). */
export const jpAccrualRate = /* @__PURE__ */ defineParameter<string>({
  id: 'jp.benefit.accrualRate',
  unit: 'rate',
  dateBasis: 'event-date',
  description: {
    id: 'Faktor manfaat pensiun per tahun masa iur',
    en: 'JP accrual rate per year of contributions',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.01',
      legal: [P17],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Formula quoted verbatim: 1% × Masa Iur / 12 × average weighted annual wage / 12.',
    },
  ],
})

/** Months of contributions (Masa Iur) needed for a monthly old-age pension: 15 years = 180 months. */
export const jpMinimumContributionMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jp.benefit.minimumContributionMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Masa iur minimum untuk manfaat pensiun bulanan (15 tahun)',
    en: 'Contribution months needed for a monthly pension (15 years)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 180,
      legal: [P19],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Below it the old-age benefit is a lump sum; death and disability count as 15 years under conditions (PP 45/2015 Pasal 20, Permenaker 29/2015 Pasal 26).',
    },
  ],
})

/** Density needed for the "counted as 15 years" rule (death and disability): 80% of membership months paid. */
export const jpAsFifteenYearsDensity = /* @__PURE__ */ defineParameter<string>({
  id: 'jp.benefit.asFifteenYears.density',
  unit: 'rate',
  dateBasis: 'event-date',
  description: {
    id: 'Kepadatan iur minimum (dianggap 15 tahun)',
    en: 'Contribution density for the as-15-years rule',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.8',
      legal: [
        { source: 'PERMENAKER-29-2015', article: 'Pasal 26' },
        { source: 'PP-45-2015', article: 'Pasal 20' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Density assumed = paid months ÷ months of membership (the definition was not seen).',
    },
  ],
})

/** Membership months needed for the "counted as 15 years" rule: 1 month (disability), 12 months (death). */
export const jpAsFifteenYearsMembership = /* @__PURE__ */ defineParameter<{
  disability: number
  death: number
}>({
  id: 'jp.benefit.asFifteenYears.membershipMonths',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Kepesertaan minimum (dianggap 15 tahun): cacat, meninggal',
    en: 'Membership needed for the as-15-years rule: disability, death',
  },
  values: [
    {
      from: '2015-07-01',
      value: { disability: 1, death: 12 },
      legal: [
        { source: 'PERMENAKER-29-2015', article: 'Pasal 26' },
        { source: 'PP-45-2015', article: 'Pasal 20' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Death: 1 year (Permenaker 29/2015 Pasal 26, verbatim, high); disability: 1 month (a legal news summary of PP 45/2015 Pasal 20, medium).',
    },
  ],
})

/** One year's JP benefit bounds (whole rupiah strings) and whether the row is published or derived. */
export interface JpBenefitBounds {
  readonly minimum: string
  readonly maximum: string
  /** `published` (both seen), `derived` (computed from the previous bound × CPI), `mixed` (one of each). */
  readonly status: 'published' | 'derived' | 'mixed'
}

type Row = [
  from: string,
  to: string,
  min: string,
  max: string,
  s: JpBenefitBounds['status'],
  c: 'high' | 'medium' | 'low',
  note: string,
]
const ROWS: readonly Row[] = [
  ['2015-07-01', '2016-02-29', '300000', '3600000', 'published', 'high', 'PP 45/2015 Pasal 18(1)–(2).'],
  [
    '2016-03-01',
    '2017-02-28',
    '310050',
    '3720600',
    'published',
    'medium',
    'Published (secondary source); × 1.0335.',
  ],
  [
    '2017-03-01',
    '2018-02-28',
    '319450',
    '3833000',
    'published',
    'low',
    'BPJS TK press statement of 13 Feb 2017, seen on one secondary page; × 1.0302 rounded up to Rp50.',
  ],
  [
    '2018-03-01',
    '2019-02-28',
    '331000',
    '3971400',
    'derived',
    'low',
    'Derived: 2017 bound × 1.0361 rounded up (Rp50 or Rp100 give the same).',
  ],
  [
    '2019-03-01',
    '2020-02-29',
    '341400',
    '4095750',
    'published',
    'medium',
    'BPJS TK letter reproduced by two secondary pages; × 1.0313 rounded up to Rp50.',
  ],
  [
    '2020-03-01',
    '2021-02-28',
    '350700',
    '4207200',
    'published',
    'low',
    'Published (one secondary source); × 1.0272.',
  ],
  ['2021-03-01', '2022-02-28', '356600', '4277900', 'derived', 'low', 'Derived: × 1.0168 rounded up.'],
  ['2022-03-01', '2023-02-28', '363300', '4357900', 'derived', 'low', 'Derived: × 1.0187 rounded up.'],
  [
    '2023-03-01',
    '2024-02-29',
    '383400',
    '4598100',
    'published',
    'medium',
    'Stated by a BPJS TK official in the press; × 1.0551 rounded up to Rp100.',
  ],
  [
    '2024-03-01',
    '2025-02-28',
    '393500',
    '4718200',
    'mixed',
    'low',
    'Minimum published (secondary source, medium); maximum derived × 1.0261 rounded up to Rp100 (low).',
  ],
  [
    '2025-03-01',
    '2026-02-28',
    '399700',
    '4792300',
    'derived',
    'low',
    'Derived: × 1.0157 rounded up to Rp100.',
  ],
  [
    '2026-03-01',
    '2027-02-28',
    '411400',
    '4932300',
    'published',
    'low',
    'One secondary note citing letter B/1226/022026; equals the derived × 1.0292 value. Effective month March (one note says February).',
  ],
]

function boundValue(r: Row): ParameterValue<JpBenefitBounds> {
  const v: { -readonly [K in keyof ParameterValue<JpBenefitBounds>]: ParameterValue<JpBenefitBounds>[K] } = {
    from: r[0],
    value: { minimum: r[2], maximum: r[3], status: r[4] },
    legal: [P18],
    confidence: r[5],
    lastVerifiedOn: VERIFIED,
    note: r[6],
  }
  v.to = r[1]
  return v
}

/**
 * The yearly minimum and maximum monthly JP benefit (PP 45/2015 Pasal 18): Rp300,000 and Rp3,600,000 in 2015,
 * adjusted each year by the previous year's general inflation, switching in March. Derived rows are marked
 * `derived` (low confidence) and produce a warning when used. The table ends with February 2027: the 2027
 * bounds are not published yet, so a later first year needs the `bounds` input (decisions D26), never a guess.
 */
export const jpBenefitBounds = /* @__PURE__ */ defineParameter<JpBenefitBounds>({
  id: 'jp.benefit.bounds',
  unit: 'table',
  rupiahKeys: ['minimum', 'maximum'],
  dateBasis: 'event-date',
  description: {
    id: 'Manfaat pensiun minimum dan maksimum per bulan',
    en: 'JP minimum and maximum monthly benefit',
  },
  values: ROWS.map(boundValue),
})

/**
 * BPS CPI inflation, December year-on-year, by year (decimal strings). Data for indexing past wages
 * (PP 45/2015 Pasal 17(3)); which series BPJS TK uses is not stated, so the caller may replace any year.
 */
export const JP_CPI_INFLATION: Readonly<Record<number, string>> = Object.freeze({
  2015: '0.0335',
  2016: '0.0302',
  2017: '0.0361',
  2018: '0.0313',
  2019: '0.0272',
  2020: '0.0168',
  2021: '0.0187',
  2022: '0.0551',
  2023: '0.0261',
  2024: '0.0157',
  2025: '0.0292',
})

/** Citation of the CPI table and of the lump-sum rule (accumulated contributions + development). */
export const JP_INFLATION_LEGAL = Object.freeze([{ source: 'PP-45-2015', article: 'Pasal 17 ayat (3)' }, D26])

/** Every JP benefit parameter. */
export const jpBenefitParameters: readonly Parameter[] = [
  jpAccrualRate,
  jpMinimumContributionMonths,
  jpAsFifteenYearsDensity,
  jpAsFifteenYearsMembership,
  jpBenefitBounds,
]
