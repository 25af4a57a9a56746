import { dayBeforeMonthOfInForce, monthOfInForce } from '../legal/dates.js'
import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_37_2021,
  legalSources.PP_49_2023,
  legalSources.PP_6_2025,
  legalSources.DECISIONS,
  legalDecisions.D7,
  legalDecisions.D8,
)

const VERIFIED = '2026-11-24'
/** Contribution months of PP 6/2025 (in force 2025-02-07) and PP 49/2023 (in force 2023-10-06), from the registry. */
const PP6_2025_MONTH = /* @__PURE__ */ monthOfInForce('PP-6-2025')
const PP6_2025_MONTH_BEFORE = /* @__PURE__ */ dayBeforeMonthOfInForce('PP-6-2025')
const PP49_2023_MONTH = /* @__PURE__ */ monthOfInForce('PP-49-2023')
const PP49_2023_MONTH_BEFORE = /* @__PURE__ */ dayBeforeMonthOfInForce('PP-49-2023')
const D7 = { source: 'DECISIONS', article: 'D7' } as const
const D8 = { source: 'DECISIONS', article: 'D8' } as const
const PP37_11 = { source: 'PP-37-2021', article: 'Pasal 11' } as const
const PP6_11 = { source: 'PP-6-2025', article: 'Pasal 11' } as const

/**
 * JKP wage cap: the JKP contribution (and the recomposed parts, library decision D8) is computed on the wage up to
 * Rp5,000,000. PP 37/2021 Pasal 11; unchanged by PP 6/2025. JKP exists from the contribution month 2021-02
 * (library decision D7): earlier months find no value.
 */
export const jkpWageCap = /* @__PURE__ */ defineParameter<string>({
  id: 'jkp.wageCap',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: { id: 'Batas upah untuk iuran JKP', en: 'Wage cap for JKP contributions' },
  values: [
    {
      from: '2021-02-01',
      to: PP6_2025_MONTH_BEFORE,
      value: '5000000',
      legal: [PP37_11, D7],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'JKP start as contribution month 2021-02 (library decision D7; PP 37/2021 launch date not verified).',
    },
    {
      from: PP6_2025_MONTH,
      value: '5000000',
      legal: [PP37_11, PP6_11, D7],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Restated by PP 6/2025 (in force 2025-02-07; applied from the contribution month 2025-02, library decision D7).',
    },
  ],
})

/** JKP contribution paid by the central government: 0.22% of the capped wage. PP 37/2021 Pasal 11. */
export const jkpRateGovernment = /* @__PURE__ */ defineParameter<string>({
  id: 'jkp.rate.government',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKP yang dibayar Pemerintah Pusat (dari upah yang dibatasi)',
    en: 'JKP contribution paid by the central government (of the capped wage)',
  },
  values: [
    {
      from: '2021-02-01',
      to: PP6_2025_MONTH_BEFORE,
      value: '0.0022',
      legal: [PP37_11, D7],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'JKP 0.46% = 0.22% government + 0.14% from JKK + 0.10% from JKM.',
    },
    {
      from: PP6_2025_MONTH,
      value: '0.0022',
      legal: [PP6_11, D7],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'JKP 0.36% = 0.22% government + 0.14% from JKK (PP 6/2025).',
    },
  ],
})

/**
 * The part of the employer's JKK contribution recomposed to JKP: 0.14% of the capped wage, for PU registered
 * in JKP. Before 2023-10 it rests on PP 37/2021 alone (library decision D7); PP 49/2023 wrote it into PP 44/2015
 * (Pasal 16A); PP 6/2025 keeps it.
 */
export const jkpRecompositionJkk = /* @__PURE__ */ defineParameter<string>({
  id: 'jkp.recomposition.jkk',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Rekomposisi iuran JKK ke JKP (dari upah yang dibatasi)',
    en: 'Recomposition of the JKK contribution to JKP (of the capped wage)',
  },
  values: [
    {
      from: '2021-02-01',
      to: PP49_2023_MONTH_BEFORE,
      value: '0.0014',
      legal: [PP37_11, D7, D8],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Recomposition under PP 37/2021, not yet written into PP 44/2015: shown from the JKP start (library decision D7).',
    },
    {
      from: PP49_2023_MONTH,
      to: PP6_2025_MONTH_BEFORE,
      value: '0.0014',
      legal: [{ source: 'PP-49-2023', article: 'Pasal 16A' }, PP37_11, D8],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'PP 49/2023 (in force 2023-10-06) from the contribution month 2023-10 (library decision D7): JKK rates become 0.10/0.40/0.75/1.13/1.60%.',
    },
    {
      from: PP6_2025_MONTH,
      value: '0.0014',
      legal: [PP6_11, { source: 'PP-49-2023', article: 'Pasal 16A' }, D8],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'PP 6/2025 Pasal 11 ayat (5): JKK recomposed by 0.14%.',
    },
  ],
})

/**
 * The part of the employer's JKM contribution recomposed to JKP: 0.10% of the capped wage (JKM shown as
 * 0.20% + 0.10%), from the JKP start to the contribution month 2025-01. From 2025-02 PP 6/2025 funds JKP
 * without JKM: no value (library decision D7).
 */
export const jkpRecompositionJkm = /* @__PURE__ */ defineParameter<string>({
  id: 'jkp.recomposition.jkm',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Rekomposisi iuran JKM ke JKP (dari upah yang dibatasi)',
    en: 'Recomposition of the JKM contribution to JKP (of the capped wage)',
  },
  values: [
    {
      from: '2021-02-01',
      to: PP49_2023_MONTH_BEFORE,
      value: '0.001',
      legal: [PP37_11, D7, D8],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Under PP 37/2021 only (library decision D7).',
    },
    {
      from: PP49_2023_MONTH,
      to: PP6_2025_MONTH_BEFORE,
      value: '0.001',
      legal: [{ source: 'PP-49-2023', article: 'Pasal 18A' }, PP37_11, D7, D8],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'PP 44/2015 Pasal 18A (inserted by PP 49/2023): JKM 0.20% for JKP members. Ends with PP 6/2025 (library decision D7).',
    },
  ],
})

/**
 * Whether the recomposed parts use the wage capped at the JKP cap (library decision D8). `true`: recomposed =
 * rate × min(wage, cap); the employer's JKK/JKM cash stays rate × wage.
 */
export const jkpRecompositionCapped = /* @__PURE__ */ defineParameter<boolean>({
  id: 'jkp.recomposition.cappedBase',
  unit: 'flag',
  dateBasis: 'contribution-month',
  description: {
    id: 'Rekomposisi ke JKP memakai upah yang dibatasi Rp5.000.000',
    en: 'Recomposition to JKP uses the wage capped at Rp5,000,000',
  },
  values: [
    {
      from: '2021-02-01',
      value: true,
      legal: [D8, PP37_11],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'No source says how BPJS TK bills wages above the cap; library decision D8.',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const jkpParameters: readonly Parameter[] = [
  jkpWageCap,
  jkpRateGovernment,
  jkpRecompositionJkk,
  jkpRecompositionJkm,
  jkpRecompositionCapped,
]
