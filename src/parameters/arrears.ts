import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PP_44_2015, legalSources.PP_49_2020)

const VERIFIED = '2026-11-24'
const PP44_PAYMENT = {
  source: 'PP-44-2015',
  article: 'ketentuan pembayaran iuran (nomor pasal tidak terlihat)',
}
const PP49_4 = { source: 'PP-49-2020', article: 'Pasal 4 ayat (1)' } as const
const PP49_23 = { source: 'PP-49-2020', article: 'Pasal 23 ayat (1)' } as const

/**
 * Late-payment penalty per month of delay, of the contribution that should have been paid (not compounding), by
 * contribution month: 2% (PP 44/2015), 0.5% for the PP 49/2020 relief months 2020-08 to 2021-01.
 */
export const arrearsPenaltyRate = /* @__PURE__ */ defineParameter<string>({
  id: 'arrears.penaltyRate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Denda keterlambatan iuran per bulan keterlambatan',
    en: 'Late-payment penalty per month of delay',
  },
  values: [
    {
      from: '2015-07-01',
      to: '2020-07-31',
      value: '0.02',
      legal: [PP44_PAYMENT],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Rule quoted by the press (JKK/JKM); article number not seen.',
    },
    {
      from: '2020-08-01',
      to: '2021-01-31',
      value: '0.005',
      legal: [PP49_23],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
    },
    {
      from: '2021-02-01',
      value: '0.02',
      legal: [PP44_PAYMENT],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Back to 2% after the PP 49/2020 relief (inference).',
    },
  ],
})

/** Day of the month after the contribution month by which a PU contribution is due: 15th; 30th under PP 49/2020. */
export const arrearsDueDay = /* @__PURE__ */ defineParameter<number>({
  id: 'arrears.dueDay',
  unit: 'count',
  dateBasis: 'contribution-month',
  description: {
    id: 'Tanggal jatuh tempo iuran pada bulan berikutnya',
    en: 'Due day of the contribution in the following month',
  },
  values: [
    {
      from: '2015-07-01',
      to: '2020-07-31',
      value: 15,
      legal: [PP44_PAYMENT],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
    },
    {
      from: '2020-08-01',
      to: '2021-01-31',
      value: 30,
      legal: [PP49_4],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
    { from: '2021-02-01', value: 15, legal: [PP44_PAYMENT], confidence: 'medium', lastVerifiedOn: VERIFIED },
  ],
})

/**
 * Whether a started month of delay counts as a whole month (`true`) or only completed months count (`false`).
 * The rule was not found: the library counts started months (interim rule), with a warning.
 */
export const arrearsCountStartedMonths = /* @__PURE__ */ defineParameter<boolean>({
  id: 'arrears.countStartedMonths',
  unit: 'flag',
  dateBasis: 'contribution-month',
  description: {
    id: 'Bulan keterlambatan yang baru dimulai dihitung penuh',
    en: 'A started month of delay counts as a whole month',
  },
  values: [
    {
      from: '2015-07-01',
      value: true,
      legal: [PP44_PAYMENT],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'How a part month counts was not found; the library counts started months (override with false to count completed months only).',
    },
  ],
})

/** Every arrears parameter. */
export const arrearsParameters: readonly Parameter[] = [
  arrearsPenaltyRate,
  arrearsDueDay,
  arrearsCountStartedMonths,
]
