import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_49_2020,
  legalSources.PP_7_2025,
  legalSources.PP_36_2025,
  legalSources.PP_50_2025,
  legalSources.DECISIONS,
  legalDecisions.D9,
  legalDecisions.D20,
)

const VERIFIED = '2026-11-24'

/*
 * Relief and discount windows. Each parameter has a value only inside its window (contribution months):
 * outside it there is no value and the rules read it with `readOptional` ("not in force").
 */

/**
 * PP 49/2020 (COVID-19): JKK contributions discounted by 99% (1% payable) for the contribution months
 * 2020-08 to 2021-01, for PU, BPU and Jakon (every contract-value tier too).
 */
export const reliefCovidJkkDiscount = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp49-2020.jkkDiscount',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Keringanan iuran JKK PP 49/2020 (bagian yang dibebaskan)',
    en: 'PP 49/2020 JKK contribution relief (share waived)',
  },
  values: [
    {
      from: '2020-08-01',
      to: '2021-01-31',
      value: '0.99',
      legal: [
        { source: 'PP-49-2020', article: 'Pasal 3 ayat (2) huruf b' },
        { source: 'PP-49-2020', article: 'Pasal 8' },
        { source: 'PP-49-2020', article: 'Pasal 13' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Conditional on contributions paid up to July 2020, or on the first 2 months for later registrations (Pasal 13): input covidRelief.',
    },
  ],
})

/** PP 49/2020: JKM contributions discounted by 99% (PU 1% × 0.30%; BPU 1% × Rp6,800 = Rp68), 2020-08 to 2021-01. */
export const reliefCovidJkmDiscount = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp49-2020.jkmDiscount',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Keringanan iuran JKM PP 49/2020 (bagian yang dibebaskan)',
    en: 'PP 49/2020 JKM contribution relief (share waived)',
  },
  values: [
    {
      from: '2020-08-01',
      to: '2021-01-31',
      value: '0.99',
      legal: [
        { source: 'PP-49-2020', article: 'Pasal 9' },
        { source: 'PP-49-2020', article: 'Pasal 12' },
        { source: 'PP-49-2020', article: 'Pasal 13' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/**
 * PP 49/2020 Pasal 17 ayat (2): 99% of the JP contribution (employer and worker shares) is deferred; 1% is
 * paid each month. The deferred part was to be settled from 15 May 2021 to 15 April 2022.
 */
export const reliefCovidJpDeferredShare = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp49-2020.jpDeferredShare',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Bagian iuran JP yang ditunda pembayarannya (PP 49/2020)',
    en: 'Share of the JP contribution whose payment is deferred (PP 49/2020)',
  },
  values: [
    {
      from: '2020-08-01',
      to: '2021-01-31',
      value: '0.99',
      legal: [
        { source: 'PP-49-2020', article: 'Pasal 17 ayat (2)' },
        { source: 'PP-49-2020', article: 'Pasal 18' },
        { source: 'PP-49-2020', article: 'Pasal 20' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Settled at once or in instalments from 2021-05-15, completed by 2022-04-15. Medium/large employers whose business was disrupted (Pasal 18); micro/small with notice (Pasal 20–21): input jpDeferral.',
    },
  ],
})

/**
 * PP 7/2025 as extended by PP 36/2025: 50% JKK discount for PU of companies with ≥ 50 workers in listed
 * labour-intensive industries, contribution months 2025-02 to 2026-01 (decisions D9; input
 * `jkkDiscountEligible`).
 */
export const reliefLabourIntensiveJkkDiscount = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp7-2025.jkkDiscount',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Keringanan iuran JKK industri padat karya (PP 7/2025 jo. PP 36/2025)',
    en: 'JKK discount for labour-intensive industries (PP 7/2025, PP 36/2025)',
  },
  values: [
    {
      from: '2025-02-01',
      to: '2025-07-31',
      value: '0.5',
      legal: [
        { source: 'PP-7-2025', article: 'Pasal 4 ayat (1)' },
        { source: 'PP-7-2025', article: 'Pasal 6 ayat (2)' },
        { source: 'DECISIONS', article: 'D9' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Food/beverage/tobacco, textile/garment, leather, footwear, children’s toys, furniture; ≥ 50 workers; JKK paid up to January 2025.',
    },
    {
      from: '2025-08-01',
      to: '2026-01-31',
      value: '0.5',
      legal: [
        { source: 'PP-36-2025', article: 'Pasal 10A' },
        { source: 'PP-7-2025', article: 'Pasal 4 ayat (1)' },
        { source: 'DECISIONS', article: 'D9' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Extended to the January 2026 contribution; discounted JKK must be settled by 2026-06-30.',
    },
  ],
})

/**
 * Whether the PP 7/2025 discount also halves the JKK part recomposed to JKP (decisions D9: yes, PP 36/2025
 * Pasal 10A names the recomposition; low confidence).
 */
export const reliefLabourIntensiveCoversRecomposition = /* @__PURE__ */ defineParameter<boolean>({
  id: 'relief.pp7-2025.coversRecomposition',
  unit: 'flag',
  dateBasis: 'contribution-month',
  description: {
    id: 'Keringanan JKK PP 7/2025 juga berlaku atas bagian JKK yang direkomposisi ke JKP',
    en: 'The PP 7/2025 JKK discount also applies to the JKK part recomposed to JKP',
  },
  values: [
    {
      from: '2025-02-01',
      to: '2026-01-31',
      value: true,
      legal: [
        { source: 'PP-36-2025', article: 'Pasal 10A' },
        { source: 'DECISIONS', article: 'D9' },
      ],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'No source says whether the 0.14% becomes 0.07%; library decision D9.',
    },
  ],
})

/**
 * PP 50/2025: 50% of JKK and JKM for self-paid BPU of the transport sector (drivers, couriers, logistics),
 * contribution months 2026-01 to 2027-03 (decisions D20). Not for BPU paid from APBN/APBD.
 */
export const reliefBpuTransportDiscount = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp50-2025.transportDiscount',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Potongan iuran JKK dan JKM BPU sektor transportasi (PP 50/2025)',
    en: 'JKK and JKM discount for transport-sector BPU (PP 50/2025)',
  },
  values: [
    {
      from: '2026-01-01',
      to: '2027-03-31',
      value: '0.5',
      legal: [
        { source: 'PP-50-2025', article: 'Pasal 3' },
        { source: 'PP-50-2025', article: 'Pasal 4 ayat (1)' },
        { source: 'DECISIONS', article: 'D20' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: '15 months from January 2026 (Kemnaker statement, 15 Jan 2026). Benefits are not reduced.',
    },
  ],
})

/** PP 50/2025: 50% of JKK and JKM for self-paid BPU outside transport, contribution months 2026-04 to 2026-12 (D20). */
export const reliefBpuOtherDiscount = /* @__PURE__ */ defineParameter<string>({
  id: 'relief.pp50-2025.otherDiscount',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Potongan iuran JKK dan JKM BPU di luar sektor transportasi (PP 50/2025)',
    en: 'JKK and JKM discount for BPU outside transport (PP 50/2025)',
  },
  values: [
    {
      from: '2026-04-01',
      to: '2026-12-31',
      value: '0.5',
      legal: [
        { source: 'PP-50-2025', article: 'Pasal 3' },
        { source: 'PP-50-2025', article: 'Pasal 4 ayat (1)' },
        { source: 'DECISIONS', article: 'D20' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Period from two secondary press reports; PP text not seen.',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const reliefParameters: readonly Parameter[] = [
  reliefCovidJkkDiscount,
  reliefCovidJkmDiscount,
  reliefCovidJpDeferredShare,
  reliefLabourIntensiveJkkDiscount,
  reliefLabourIntensiveCoversRecomposition,
  reliefBpuTransportDiscount,
  reliefBpuOtherDiscount,
]
