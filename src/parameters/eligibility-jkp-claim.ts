import { dayBeforeInForce, inForceOf } from '../legal/dates.js'
import type { Citation } from '../legal/types.js'
import { defineParameter } from './coverage.js'
import { JKP_FIRST_DAY } from './programs.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_37_2021, legalSources.PP_6_2025)

/**
 * The conditions of a JKP claim (PP 37/2021 and its amendment): contributions within the
 * window, consecutive months, the reasons for leaving that exclude a claim, the deadline. Listed in
 * `eligibilityParameters` (`eligibility.ts`).
 */

const VERIFIED = '2026-11-24'

const JKP_CLAIM: readonly Citation[] = [{ source: 'PP-37-2021', article: 'Pasal 19' }]

/** JKP claim: at least this many months of contributions within the window (PP 37/2021 Pasal 19). */
export const jkpClaimMinMonthsInWindow = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.jkp.claim.minMonthsInWindow',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Masa iur minimum JKP dalam jendela sebelum PHK',
    en: 'Minimum months of JKP contributions within the window before the layoff',
  },
  values: [
    { from: JKP_FIRST_DAY, value: 12, legal: [...JKP_CLAIM], confidence: 'high', lastVerifiedOn: VERIFIED },
  ],
})

/** JKP claim: the window (months before the layoff) in which the minimum months are counted. */
export const jkpClaimWindowMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.jkp.claim.windowMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Jendela (bulan terakhir sebelum PHK) untuk menghitung masa iur JKP',
    en: 'Window (last months before the layoff) for counting JKP contributions',
  },
  values: [
    { from: JKP_FIRST_DAY, value: 24, legal: [...JKP_CLAIM], confidence: 'high', lastVerifiedOn: VERIFIED },
  ],
})

/** JKP claim: at least this many consecutive months paid before the layoff. */
export const jkpClaimMinConsecutiveMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.jkp.claim.minConsecutiveMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Iuran berturut-turut minimum sebelum PHK',
    en: 'Minimum consecutive months paid before the layoff',
  },
  values: [
    { from: JKP_FIRST_DAY, value: 6, legal: [...JKP_CLAIM], confidence: 'high', lastVerifiedOn: VERIFIED },
  ],
})

/** Why a worker left work, for a JKP claim. */
export type LeavingReason =
  | 'layoff'
  | 'company-closure'
  | 'bankruptcy'
  | 'fixed-term-terminated-early'
  | 'resignation'
  | 'retirement'
  | 'total-permanent-disability'
  | 'death'
  | 'fixed-term-contract-ended'

/** Reasons for leaving that exclude a JKP claim (PP 37/2021 Pasal 20). */
export const jkpClaimExcludedReasons = /* @__PURE__ */ defineParameter<readonly LeavingReason[]>({
  id: 'eligibility.jkp.claim.excludedReasons',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Alasan berhenti bekerja yang dikecualikan dari manfaat JKP',
    en: 'Reasons for leaving work that exclude JKP benefits',
  },
  values: [
    {
      from: JKP_FIRST_DAY,
      value: [
        'resignation',
        'retirement',
        'total-permanent-disability',
        'death',
        'fixed-term-contract-ended',
      ],
      legal: [{ source: 'PP-37-2021', article: 'Pasal 20' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Excluded: mengundurkan diri, pensiun, cacat total tetap, meninggal dunia, berakhirnya PKWT (secondary press reports). A PKWT ended by PHK before its term is not excluded.',
    },
  ],
})

/** JKP claim deadline in months after the layoff, by the date of the layoff. */
export const jkpClaimDeadlineMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.jkp.claim.deadlineMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Batas waktu pengajuan klaim JKP setelah PHK (bulan)',
    en: 'Deadline to claim JKP after the layoff (months)',
  },
  values: [
    {
      from: JKP_FIRST_DAY,
      to: /* @__PURE__ */ dayBeforeInForce('PP-6-2025'),
      value: 3,
      legal: [{ source: 'PP-37-2021', article: 'Pasal 40' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Read by the date of the layoff; the PP 6/2025 transitional rule for layoffs just before 2025-02-07 was not seen.',
    },
    {
      from: /* @__PURE__ */ inForceOf('PP-6-2025'),
      value: 6,
      legal: [{ source: 'PP-6-2025', article: 'Pasal 40' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Secondary press reports. Read by the date of the layoff.',
    },
  ],
})

/**
 * How paid contribution months are counted for a JKP claim when the caller gives the list of paid months:
 * `true` — the window ends with the month of the layoff, and the consecutive run ends with the month of
 * the layoff (or the month before it when the layoff month is unpaid); `false` — both end with the month
 * before the layoff. The law says only "in the last 24 months" and "consecutive before the layoff".
 */
export const jkpClaimCountsLayoffMonth = /* @__PURE__ */ defineParameter<boolean>({
  id: 'eligibility.jkp.claim.countsLayoffMonth',
  unit: 'flag',
  dateBasis: 'event-date',
  description: {
    id: 'Bulan PHK ikut dihitung dalam jendela masa iur JKP',
    en: 'The month of the layoff counts in the JKP contribution window',
  },
  values: [
    {
      from: JKP_FIRST_DAY,
      value: true,
      legal: [...JKP_CLAIM],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'Library interpretation; no text seen says which months form the window.',
    },
  ],
})
