import { defineParameter } from './coverage.js'
import { jkkPmiBenefitsInForce, jkkPmiClaimLapseYears } from './jkk-pmi-benefit.js'
import { PERMENAKER_1_2025_DAY, PP44_LAST_DAY, PP82_FIRST_DAY } from './jkm.js'
import type { Confidence, Parameter, ParameterUnit, ParameterValue } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.KEPPRES_22_1993,
  legalSources.PERPRES_7_2019,
  legalSources.PP_82_2019,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
  legalDecisions.D5,
  legalDecisions.D21,
  legalDecisions.L4,
)

// the PMI JKK claim lapse, beside the PMI JKK benefits in force: src/parameters/jkk-pmi-benefit.ts
export { jkkPmiClaimLapseYears } from './jkk-pmi-benefit.js'

const VERIFIED = '2026-11-24'
const D5 = { source: 'DECISIONS', article: 'D5' } as const
const LAMP_A = { source: 'PP-44-2015', article: 'Lampiran III' } as const
const LAMP_B = { source: 'PP-82-2019', article: 'Lampiran III' } as const

// The JKK benefits other than death (STMB, permanent disability, transport, home care, claim lapse), by the date
// of the accident or of the occupational-disease diagnosis: Regime A (PP 44/2015) to 2019-12-01, Regime B
// (PP 82/2019) from 2019-12-02 (decisions D5).

interface Row<T> {
  readonly value: T
  readonly confidence: Confidence
  readonly checked: string
  readonly note?: string
  readonly article?: string
}

function regimeA<T>(r: Row<T>): ParameterValue<T> {
  return {
    from: '2015-07-01',
    to: PP44_LAST_DAY,
    value: r.value,
    legal: [r.article === undefined ? LAMP_A : { source: 'PP-44-2015', article: r.article }, D5],
    confidence: r.confidence,
    lastVerifiedOn: VERIFIED,
    checked: r.checked,
    ...(r.note === undefined ? {} : { note: r.note }),
  }
}

function regimeB<T>(r: Row<T>): ParameterValue<T> {
  return {
    from: PP82_FIRST_DAY,
    value: r.value,
    legal: [r.article === undefined ? LAMP_B : { source: 'PP-82-2019', article: r.article }, D5],
    confidence: r.confidence,
    lastVerifiedOn: VERIFIED,
    checked: r.checked,
    ...(r.note === undefined ? {} : { note: r.note }),
  }
}

function param<T>(
  id: string,
  unit: ParameterUnit,
  en: string,
  idText: string,
  values: ParameterValue<T>[],
  rupiahKeys?: readonly string[],
  minItems?: number,
): Parameter<T> {
  const p = { id, unit, dateBasis: 'event-date', description: { id: idText, en }, values } as const
  const keyed = rupiahKeys === undefined ? p : { ...p, rupiahKeys }
  return defineParameter<T>(minItems === undefined ? keyed : { ...keyed, minItems })
}

/** One STMB tier: `months` months (null = until recovery) at `rate` of the monthly wage. */
export interface StmbTier {
  readonly months: number | null
  readonly rate: string
}

const STMB_A =
  'A column of December 2019 and the regulation summary: 100% for 6 months, 75% for the next 6, 50% until recovery. Checked on 2026-11-24 against the cited sources.'
const STMB_B =
  'Regulation-style wording reproduced in the press (6 bulan pertama 100%, 6 bulan kedua 100%, seterusnya 50%) and Menaker and BPJS TK statements. Checked on 2026-11-24 against the cited sources.'

/** STMB (temporary incapacity) tiers: A 100% × 6, 75% × 6, then 50%; B 100% × 12, then 50% (until recovery). */
export const jkkStmbTiers = /* @__PURE__ */ param<readonly StmbTier[]>(
  'jkk.stmb.tiers',
  'table',
  'STMB tiers (months at a rate of the monthly wage)',
  'Tahapan STMB (bulan dan persentase upah sebulan)',
  [
    regimeA({
      value: [
        { months: 6, rate: '1' },
        { months: 6, rate: '0.75' },
        { months: null, rate: '0.5' },
      ],
      confidence: 'medium',
      checked: STMB_A,
      note: 'Months 7–12 at 75% rest on one column source plus the regulation summary (medium).',
    }),
    regimeB({
      value: [
        { months: 12, rate: '1' },
        { months: null, rate: '0.5' },
      ],
      confidence: 'medium',
      checked: STMB_B,
      note: 'Medium-high in the sources; the part-month rule is not found (pro-rating by calendar days is a library assumption).',
    }),
  ],
  undefined,
  1, // every month of incapacity needs a tier (the last one runs until recovery)
)

const DISAB =
  'BPJS TK benefit pages as quoted: "% sesuai tabel x 80 x upah sebulan", "Cacat Total Tetap = 70% x 80 x upah sebulan". Checked on 2026-11-24 against the cited sources.'

/** Months of wage the disability percentages apply to (80). */
export const jkkDisabilityWageMonths = /* @__PURE__ */ param<number>(
  'jkk.disability.wageMonths',
  'months',
  'Months of wage for the permanent disability benefit',
  'Kelipatan bulan upah untuk santunan cacat',
  [
    regimeA({ value: 80, confidence: 'medium', checked: DISAB }),
    regimeB({ value: 80, confidence: 'medium', checked: DISAB }),
  ],
)

/** Total permanent disability: 70% (of 80 × wage). */
export const jkkTotalDisabilityRate = /* @__PURE__ */ param<string>(
  'jkk.disability.totalRate',
  'rate',
  'Total permanent disability percentage',
  'Persentase cacat total tetap',
  [
    regimeA({ value: '0.7', confidence: 'medium', checked: DISAB }),
    regimeB({ value: '0.7', confidence: 'medium', checked: DISAB }),
  ],
)

/** Santunan berkala on total permanent disability, paid at once: A Rp4,800,000 (assumed as for death), B Rp12,000,000. */
export const jkkDisabilityPeriodic = /* @__PURE__ */ param<string>(
  'jkk.disability.periodicLumpSum',
  'rupiah',
  'Periodic benefit (paid at once) on total permanent disability',
  'Santunan berkala (dibayar sekaligus) untuk cacat total tetap',
  [
    regimeA({
      value: '4800000',
      confidence: 'low',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
      note: 'Assumed the same as for JKK death: not seen for disability (low).',
    }),
    regimeB({
      value: '12000000',
      confidence: 'medium',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
    }),
  ],
)

/** Cap on each transport mode (land/river/lake, sea, air), in rupiah. */
export interface TransportCaps {
  readonly land: string
  readonly sea: string
  readonly air: string
}

/** Transport reimbursement caps: A land 1,000,000 / sea 1,500,000 / air 2,500,000; B 5,000,000 / 2,000,000 / 10,000,000. */
export const jkkTransportCaps = /* @__PURE__ */ param<TransportCaps>(
  'jkk.transport.caps',
  'table',
  'Transport reimbursement caps by mode',
  'Batas penggantian biaya transportasi per jenis angkutan',
  [
    regimeA({
      value: { land: '1000000', sea: '1500000', air: '2500000' },
      confidence: 'medium',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
    }),
    regimeB({
      value: { land: '5000000', sea: '2000000', air: '10000000' },
      confidence: 'medium',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
    }),
  ],
  ['land', 'sea', 'air'],
)

/** Home care cap (Regime B only, Lampiran III A.1.m): Rp20,000,000 over at most 12 months. */
export const jkkHomeCareCap = /* @__PURE__ */ param<string>(
  'jkk.homeCare.cap',
  'rupiah',
  'Home care cap',
  'Batas biaya perawatan di rumah (home care)',
  [
    regimeB({
      value: '20000000',
      confidence: 'high',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
      note: 'Not a Regime A benefit as far as seen: no value before 2019-12-02.',
    }),
  ],
)

/** Claim lapse in years from the accident (or diagnosis): 2 under PP 44/2015 Pasal 26, 5 as amended by PP 82/2019. */
export const jkkClaimLapseYears = /* @__PURE__ */ param<number>(
  'jkk.claimLapse.years',
  'years',
  'JKK claim lapse (years from the accident or diagnosis)',
  'Daluwarsa hak menuntut manfaat JKK (tahun sejak kecelakaan atau diagnosis)',
  [
    regimeA({
      value: 2,
      article: 'Pasal 26',
      confidence: 'high',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
      note: 'Accidents before 2019-12-02 whose 2-year window was still open on that day: transition not found (boundary flagged).',
    }),
    regimeB({
      value: 5,
      article: 'Pasal 26',
      confidence: 'high',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
    }),
  ],
)

/**
 * Years after employment ends within which an occupational disease still gives JKK: 3 under Keppres 22/1993
 * Pasal 3(2), kept by Perpres 7/2019 Pasal 2(2) (in force on its promulgation, 2019-01-29), which implements
 * PP 44/2015 Pasal 48(3) and revokes the Keppres.
 */
export const jkkOccupationalDiseaseYears = /* @__PURE__ */ param<number>(
  'jkk.occupationalDisease.yearsAfterEmployment',
  'years',
  'Years after employment ends within which an occupational disease still gives JKK',
  'Jangka waktu (tahun) setelah hubungan kerja berakhir untuk penyakit akibat kerja',
  [
    {
      from: '2015-07-01',
      to: '2019-01-28',
      value: 3,
      legal: [
        { source: 'KEPPRES-22-1993', article: 'Pasal 3 ayat (2)' },
        { source: 'PP-44-2015', article: 'Pasal 48' },
      ],
      confidence: 'medium',
      lastVerifiedOn: '2026-12-06',
      checked:
        'Keppres 22/1993 Pasal 2, 3 and 5 read on 2026-12-06 in two published transcripts of the text ("paling lama 3 (tiga) tahun terhitung sejak hubungan kerja tersebut berakhir"); in force from 1993-02-27 until Perpres 7/2019.',
    },
    {
      from: '2019-01-29',
      value: 3,
      legal: [
        { source: 'PERPRES-7-2019', article: 'Pasal 2 ayat (2)' },
        { source: 'PP-44-2015', article: 'Pasal 48 ayat (3)' },
      ],
      confidence: 'medium',
      lastVerifiedOn: '2026-12-06',
      checked:
        'Perpres 7/2019 Pasal 2 ayat (2) read on 2026-12-06 in a published transcript of the text; signed 2019-01-25, promulgated and in force 2019-01-29 (LN 2019 No. 18), as several reports of it say.',
      note: 'Was dated 2019-01-25 (the signing) until 2026-12-06; the inclusive end of the 3 years is not verified.',
    },
  ],
)

/** One row: a fixed percentage, a range the doctor decides within, or a percentage per 10 dB of hearing loss. */
export type DisabilityRow =
  | { readonly kind: 'fixed'; readonly percent: string; readonly mirror?: string }
  | { readonly kind: 'range'; readonly min: string; readonly max: string }
  | { readonly kind: 'per10dB'; readonly percent: string }

const DISABILITY_ROWS: Readonly<Record<string, DisabilityRow>> = {
  'both-eyes': { kind: 'fixed', percent: '70' },
  'one-eye-or-near-diplopia': { kind: 'fixed', percent: '35' },
  'hearing-loss-both-ears': { kind: 'fixed', percent: '40' },
  'hearing-loss-one-ear': { kind: 'fixed', percent: '20' },
  'scalp-avulsion': { kind: 'range', min: '10', max: '30' },
  'hearing-reduction-both-ears': { kind: 'per10dB', percent: '6' },
  'hearing-reduction-one-ear': { kind: 'per10dB', percent: '3' },
  'one-auricle': { kind: 'fixed', percent: '5' },
  'both-auricles': { kind: 'fixed', percent: '10' },
  'nasal-ala': { kind: 'fixed', percent: '30' },
  'nasal-septum-perforation': { kind: 'fixed', percent: '15' },
  smell: { kind: 'fixed', percent: '10' },
  'partial-vision': { kind: 'fixed', percent: '7' },
  'colour-vision': { kind: 'fixed', percent: '10' },
  'visual-field-10-percent': { kind: 'fixed', percent: '7' },
  // "untuk kidal berlaku sebaliknya": for a left-handed worker the right and left arm percentages swap
  'right-arm-from-shoulder': { kind: 'fixed', percent: '40', mirror: 'left-arm-from-shoulder' },
  'left-arm-from-shoulder': { kind: 'fixed', percent: '35', mirror: 'right-arm-from-shoulder' },
}

/**
 * The rows of the disability percentage table (Lampiran III) that were seen: 17 rows on one secondary page that
 * follows PP 82/2019 (low). Any other row must be given by the caller (decisions D26); rows are never extrapolated.
 */
export const jkkDisabilityTable = /* @__PURE__ */ param<Readonly<Record<string, DisabilityRow>>>(
  'jkk.disability.table',
  'table',
  'Disability percentage table rows seen (percent of 80 × wage)',
  'Baris tabel persentase cacat yang ditemukan (persen dari 80 × upah)',
  [
    regimeB({
      value: DISABILITY_ROWS,
      confidence: 'low',
      checked:
        'Checked on 2026-11-24 against the cited sources (press reports of the regulation and of BPJS TK statements).',
      note: 'Single secondary source; consistent with the long-standing Jamsostek table as far as it goes. Regime A rows not seen.',
    }),
  ],
)

/**
 * A daily wage (PU, JAKON) becomes a monthly wage as this factor × the daily wage, for the JKK benefits other
 * than death: 30 (decisions D21). The contribution rule reported for PP 44/2015 is 25 × daily: the two differ,
 * so the factor is low and the result says so; a caller with the reported monthly wage gives that instead.
 */
export const jkkBenefitDailyToMonthly = /* @__PURE__ */ param<number>(
  'jkk.benefit.dailyToMonthlyFactor',
  'count',
  'Factor from a daily to a monthly wage (JKK benefits other than death)',
  'Pengali upah harian menjadi upah sebulan (manfaat JKK selain kematian)',
  [
    {
      from: '2015-07-01',
      value: 30,
      legal: [
        { source: 'DECISIONS', article: 'D21' },
        { source: 'DECISIONS', article: 'L4' },
      ],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'A library decision (D21), not an article; the reported contribution rule (25 × daily) differs.',
      note: 'D21 and L4 (30 for benefits) reproduce published JKK death cases; no published case of a non-death JKK benefit was seen, and the contribution base reported for PP 44/2015 is 25 × daily: low. Prefer the reported monthly wage.',
    },
  ],
)

/**
 * Hours within which the employer must report a work accident (stage I); from Permenaker 1/2025, an employer
 * that reports later bears the JKK benefit itself (reported content; the article was not seen).
 */
export const jkkLateReportHours = /* @__PURE__ */ param<number>(
  'jkk.accidentReport.employerBearsAfterHours',
  'count',
  'Hours to report a work accident before the employer bears the JKK benefit',
  'Batas jam pelaporan kecelakaan kerja sebelum pemberi kerja menanggung manfaat JKK',
  [
    {
      from: PERMENAKER_1_2025_DAY,
      value: 48,
      legal: [{ source: 'PERMENAKER-1-2025' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Summaries of Permenaker 1/2025 (2025): the accident is reported within 2 × 24 hours or the employer bears the JKK benefit; the article was not seen.',
    },
  ],
)

/** Every parameter of this family (listed in the registry). */
export const jkkBenefitParameters: readonly Parameter[] = [
  jkkStmbTiers,
  jkkDisabilityWageMonths,
  jkkTotalDisabilityRate,
  jkkDisabilityPeriodic,
  jkkTransportCaps,
  jkkHomeCareCap,
  jkkClaimLapseYears,
  jkkOccupationalDiseaseYears,
  jkkDisabilityTable,
  jkkBenefitDailyToMonthly,
  jkkPmiClaimLapseYears,
  jkkPmiBenefitsInForce,
  jkkLateReportHours,
]
