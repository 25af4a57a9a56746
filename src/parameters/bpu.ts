import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_46_2015,
  legalSources.PP_50_2025,
  legalSources.DECISIONS,
  legalDecisions.D1,
)

const VERIFIED = '2026-11-24'
const LAMPIRAN_II = { source: 'PP-44-2015', article: 'Lampiran II' } as const
const D1 = { source: 'DECISIONS', article: 'D1' } as const

/** BPU JKK: 1% of the declared income (the Lampiran II nominal). PP 44/2015; restated by PP 50/2025 Pasal 4. */
export const bpuJkkRate = /* @__PURE__ */ defineParameter<string>({
  id: 'bpu.jkk.rate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK peserta bukan penerima upah, dari penghasilan',
    en: 'JKK contribution of non-wage participants (BPU), of the income',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.01',
      legal: [LAMPIRAN_II, { source: 'PP-50-2025', article: 'Pasal 4' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Unchanged by PP 82/2019; still cited by PP 50/2025 (Dec 2025).',
    },
  ],
})

/** BPU JKM: Rp6,800 a month, flat. PP 44/2015; restated by PP 50/2025. */
export const bpuJkmAmount = /* @__PURE__ */ defineParameter<string>({
  id: 'bpu.jkm.amount',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKM peserta bukan penerima upah, per bulan',
    en: 'JKM contribution of non-wage participants (BPU), per month',
  },
  values: [
    {
      from: '2015-07-01',
      value: '6800',
      legal: [{ source: 'PP-44-2015' }, { source: 'PP-50-2025', article: 'Pasal 4' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
    },
  ],
})

/** BPU JHT (optional): 2% of the declared income. PP 46/2015. */
export const bpuJhtRate = /* @__PURE__ */ defineParameter<string>({
  id: 'bpu.jht.rate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JHT peserta bukan penerima upah (pilihan), dari penghasilan',
    en: 'JHT contribution of non-wage participants (optional), of the income',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.02',
      legal: [{ source: 'PP-46-2015' }, D1],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The 2% BPU JHT rate is stated in secondary summaries of the BPU procedure (Permenaker 1/2016, now 5/2021); the article was not seen.',
      note: 'Rp36,800 package = 10,000 + 6,800 + 20,000 on the Rp1,000,000 row.',
    },
  ],
})

/** The lowest Lampiran II income row, Rp1,000,000 (JKK Rp10,000): declared incomes below it use it (D1). */
export const bpuIncomeFloor = /* @__PURE__ */ defineParameter<string>({
  id: 'bpu.income.floor',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Baris penghasilan terendah Lampiran II PP 44/2015',
    en: 'Lowest income row of PP 44/2015 Lampiran II',
  },
  values: [
    {
      from: '2015-07-01',
      value: '1000000',
      legal: [LAMPIRAN_II, D1],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'JKK minimum Rp10,000 (secondary reports); the table itself was not found.',
    },
  ],
})

/** The highest Lampiran II income row, Rp20,700,000 (JKK Rp207,000): declared incomes above it use it (D1). */
export const bpuIncomeCeiling = /* @__PURE__ */ defineParameter<string>({
  id: 'bpu.income.ceiling',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Baris penghasilan tertinggi Lampiran II PP 44/2015',
    en: 'Highest income row of PP 44/2015 Lampiran II',
  },
  values: [
    {
      from: '2015-07-01',
      value: '20700000',
      legal: [LAMPIRAN_II, D1],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: 'Implied by the published JKK maximum Rp207,000; secondary guides treat it as a ceiling.',
    },
  ],
})

/**
 * The intermediate Lampiran II income rows (whole-rupiah strings, ascending). Unknown: the value is an empty
 * list, so a declared income between the floor and the ceiling is used as it is (decisions D1, low
 * confidence). A caller who has the table can pass the rows as an override; the base is then the highest row
 * not above the declared income.
 */
export const bpuIncomeRows = /* @__PURE__ */ defineParameter<readonly string[]>({
  id: 'bpu.income.rows',
  unit: 'table',
  dateBasis: 'contribution-month',
  description: {
    id: 'Baris-baris penghasilan di antara batas bawah dan atas Lampiran II PP 44/2015',
    en: 'Income rows of PP 44/2015 Lampiran II between the lowest and the highest',
  },
  values: [
    {
      from: '2015-07-01',
      value: [],
      legal: [LAMPIRAN_II, D1],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'Rows not found in any source: the declared income is not snapped to a row (library decision D1).',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const bpuParameters: readonly Parameter[] = [
  bpuJkkRate,
  bpuJkmAmount,
  bpuJhtRate,
  bpuIncomeFloor,
  bpuIncomeCeiling,
  bpuIncomeRows,
]
