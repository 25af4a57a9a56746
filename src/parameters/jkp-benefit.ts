import { dayBeforeInForce, inForceOf } from '../legal/dates.js'
import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_37_2021,
  legalSources.PP_6_2025,
  legalSources.PERMENAKER_15_2021,
  legalSources.PMK_148_2021,
  legalSources.PMK_26_2025,
  legalSources.DECISIONS,
  legalDecisions.D27,
)

const VERIFIED = '2026-11-24'
/** JKP starts 2021-02 (library decision D7; PP 37/2021 dates not verified); PP 6/2025 applies from 2025-02-07 by termination date (D27). */
const PP37_START = '2021-02-01'
const PP6_BEFORE = /* @__PURE__ */ dayBeforeInForce('PP-6-2025')
const PP6_START = /* @__PURE__ */ inForceOf('PP-6-2025')
const D27 = { source: 'DECISIONS', article: 'D27' } as const

/** One step of the JKP cash schedule: `months` monthly payments of `rate` × the capped wage. */
export interface JkpCashStep {
  readonly months: number
  readonly rate: string
}

/**
 * JKP cash benefit schedule by termination (PHK) date (library decision D27): PP 37/2021 Pasal 21, 45% of the
 * wage for 3 months then 25% for 3 months; PP 6/2025 Pasal 21 ayat (1), 60% for at most 6 months.
 */
export const jkpCashSchedule = /* @__PURE__ */ defineParameter<readonly JkpCashStep[]>({
  id: 'jkpBenefit.cashSchedule',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Jadwal manfaat uang tunai JKP (persentase upah per bulan)',
    en: 'JKP cash benefit schedule (share of the wage per month)',
  },
  values: [
    {
      from: PP37_START,
      to: PP6_BEFORE,
      value: [
        { months: 3, rate: '0.45' },
        { months: 3, rate: '0.25' },
      ],
      legal: [{ source: 'PP-37-2021', article: 'Pasal 21' }, D27],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Terminations before 2025-02-07 (no transitional article seen; library decision D27).',
    },
    {
      from: PP6_START,
      value: [{ months: 6, rate: '0.60' }],
      legal: [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (1)' }, D27],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/** JKP cash benefit wage base cap: Rp5,000,000 (PP 37/2021 Pasal 21; PP 6/2025 Pasal 21 ayat (3)–(4)). */
export const jkpBenefitWageCap = /* @__PURE__ */ defineParameter<string>({
  id: 'jkpBenefit.wageCap',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Batas atas upah dasar manfaat uang tunai JKP',
    en: 'Wage cap for the JKP cash benefit',
  },
  values: [
    {
      from: PP37_START,
      to: PP6_BEFORE,
      value: '5000000',
      legal: [{ source: 'PP-37-2021', article: 'Pasal 21' }, D27],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
    {
      from: PP6_START,
      value: '5000000',
      legal: [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (3)' }, D27],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/**
 * Employer arrears (JKK contributions funding JKP) up to which BPJS TK pays the cash benefit; beyond it the employer
 * pays first (PP 37/2021 Pasal 39 ayat (1) and (3) as amended by PP 6/2025). The pre-2025 wording was not seen:
 * the same threshold, low confidence.
 */
export const jkpArrearsThresholdMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkpBenefit.arrearsThresholdMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Tunggakan iuran (bulan berturut-turut) yang masih dibayar BPJS Ketenagakerjaan',
    en: 'Consecutive months of arrears up to which BPJS Ketenagakerjaan still pays',
  },
  values: [
    {
      from: PP37_START,
      to: PP6_BEFORE,
      value: 3,
      legal: [{ source: 'PP-37-2021', article: 'Pasal 39' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'Wording before PP 6/2025 not seen; the amended threshold is applied.',
    },
    {
      from: PP6_START,
      value: 3,
      legal: [{ source: 'PP-6-2025', article: 'Pasal 39 ayat (1) dan (3)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/** A bankrupt or closed employer's arrears up to which BPJS TK still pays JKP (PP 6/2025 Pasal 39A ayat (1)). */
export const jkpBankruptArrearsMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkpBenefit.bankruptArrearsMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Tunggakan perusahaan pailit/tutup yang manfaat JKP-nya tetap dibayar BPJS Ketenagakerjaan',
    en: 'Arrears of a bankrupt or closed employer for which BPJS Ketenagakerjaan still pays JKP',
  },
  values: [
    {
      from: PP6_START,
      value: 6,
      legal: [{ source: 'PP-6-2025', article: 'Pasal 39A ayat (1)' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/**
 * Most BPJS TK pays a training provider per JKP participant (PMK 148/PMK.02/2021 Pasal 31 ayat (3)):
 * Rp1,000,000, then Rp2,400,000 (PMK 26/2025). Looked up by the termination date.
 */
export const jkpTrainingCostCap = /* @__PURE__ */ defineParameter<string>({
  id: 'jkpBenefit.trainingCostCap',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Biaya satuan pelatihan JKP paling banyak per peserta (dibayar kepada lembaga pelatihan)',
    en: 'Most paid for JKP training per participant (paid to the training provider)',
  },
  values: [
    {
      from: PP37_START,
      to: '2025-04-13',
      value: '1000000',
      legal: [{ source: 'PMK-148-2021', article: 'Pasal 31 ayat (3)' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Amount quoted by the press when PMK 26/2025 raised it; the PMK 148/2021 text was not read.',
    },
    {
      from: '2025-04-14',
      value: '2400000',
      legal: [{ source: 'PMK-26-2025', article: 'Pasal 31 ayat (3)' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'Amount quoted from the article (medium); the start date is the reported signing date, the in-force date was not seen (low).',
    },
  ],
})

/**
 * Months before the PP 6/2025 date in which a termination gets a warning that its regime may be disputed
 * (decisions D27: no transitional article was seen).
 */
export const jkpRegimeWarningMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkpBenefit.regimeWarningMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Bulan sebelum berlakunya PP 6/2025 yang PHK-nya diberi peringatan rezim',
    en: 'Months before PP 6/2025 in which a termination gets a regime warning',
  },
  values: [
    {
      from: PP37_START,
      value: 6,
      legal: [D27],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'A library rule (decision D27): no transitional article of PP 6/2025 was seen.',
    },
  ],
})

/** The value of {@link jkpRepeatClaim}. */
export interface JkpRepeatClaimRule {
  /** Months of contributions (masa iur) a 2nd or later claim needs. */
  readonly minContributionMonths: number
  /** The most JKP claims (the first, then the 2nd and the 3rd): a later claim number is not met. */
  readonly maxClaimNumber: number
}

/**
 * Repeat JKP claims: 12 of 24 months with the last 6 consecutive for the first claim (PP 37/2021 Pasal 19
 * ayat (3)), 5 years (60 months) of contributions for the second and the third (BPJS TK statement; the article
 * was not seen, the counting basis is unknown). At most three claims: a fourth is not met.
 */
export const jkpRepeatClaim = /* @__PURE__ */ defineParameter<JkpRepeatClaimRule>({
  id: 'jkpBenefit.repeatClaim',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Syarat masa iur klaim JKP kedua dan ketiga',
    en: 'Contribution months for a second and third JKP claim',
  },
  values: [
    {
      from: PP37_START,
      value: { minContributionMonths: 60, maxClaimNumber: 3 },
      legal: [{ source: 'PERMENAKER-15-2021' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Stated by BPJS TK (probably Permenaker 15/2021); the article and the counting basis were not seen.',
    },
  ],
})

/**
 * The first day JKP claims were accepted: 1 February 2022 (BPJS TK statement; the Ministry named 11 February).
 * A claim filed earlier cannot exist; a termination whose deadline ended before it could not be claimed.
 */
export const jkpFirstClaimDate = /* @__PURE__ */ defineParameter<string>({
  id: 'jkpBenefit.firstClaimDate',
  unit: 'date',
  dateBasis: 'event-date',
  description: {
    id: 'Tanggal pertama klaim JKP dapat diajukan',
    en: 'First day a JKP claim could be filed',
  },
  values: [
    {
      from: PP37_START,
      value: '2022-02-01',
      legal: [{ source: 'PP-37-2021' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Stated by BPJS TK when claims opened; no article fixes the date (the Ministry said 11 February 2022).',
    },
  ],
})

/** Every JKP benefit parameter. */
export const jkpBenefitParameters: readonly Parameter[] = [
  jkpCashSchedule,
  jkpBenefitWageCap,
  jkpArrearsThresholdMonths,
  jkpBankruptArrearsMonths,
  jkpTrainingCostCap,
  jkpRegimeWarningMonths,
  jkpRepeatClaim,
  jkpFirstClaimDate,
]
