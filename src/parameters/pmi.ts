import { defineParameter } from './coverage.js'
import type { Parameter, ParameterValue } from './types.js'

const VERIFIED = '2026-11-24'
const P18 = { source: 'PERMENAKER-18-2018' } as const
const PROBIS = { source: 'PERDIR-BPJSTK-22-2022' } as const

/**
 * One JKK + JKM package for the protection during and after work, by contract length.
 *
 * @example
 * ```ts
 * valueAt(pmiPackages, '2025-06').value[0] //=> { months: 24, amount: '332500' }
 * ```
 */
export interface PmiPackage {
  /** Contract length the package is priced for. */
  readonly months: number
  /** Whole rupiah, decimal string. */
  readonly amount: string
}

/**
 * Two spans: Permenaker 18/2018 (promulgated 2018-12-10, applied from the contribution month 2018-12) and
 * Permenaker 4/2023 (promulgated 2023-02-22, from the contribution month 2023-02). Earlier months (Permenaker
 * 7/2017, and the private insurance of migrant workers before August 2017) are not encoded: no value.
 */
function spans<T>(
  value: T,
  article4: string | undefined,
  confidence18: 'high' | 'medium',
  note18?: string,
): ParameterValue<T>[] {
  return [
    {
      from: '2018-12-01',
      to: '2023-01-31',
      value,
      legal: confidence18 === 'high' ? [P18] : [P18, PROBIS],
      confidence: confidence18,
      lastVerifiedOn: VERIFIED,
      ...(note18 === undefined ? {} : { note: note18 }),
    },
    {
      from: '2023-02-01',
      value,
      legal: [
        article4 === undefined
          ? { source: 'PERMENAKER-4-2023' }
          : { source: 'PERMENAKER-4-2023', article: article4 },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Unchanged from Permenaker 18/2018 (Kemnaker statement on Permenaker 4/2023: "iuran tetap").',
    },
  ]
}

/** Pre-placement protection (sebelum bekerja), placement through an agency only: Rp37,500. */
export const pmiPrePlacement = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.prePlacement',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI untuk pelindungan sebelum bekerja',
    en: 'PMI JKK and JKM contribution for the protection before work',
  },
  values: spans('37500', 'Pasal 18 ayat (1) huruf a', 'high'),
})

/**
 * During and after work (selama dan setelah bekerja), by contract length: 24 months Rp332,500, 12 months
 * Rp189,000, 6 months Rp108,000 (Permenaker 4/2023 Pasal 18 ayat (1) huruf b and ayat (2)).
 */
export const pmiPackages = /* @__PURE__ */ defineParameter<readonly PmiPackage[]>({
  id: 'pmi.packages',
  unit: 'table',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI selama dan setelah bekerja, menurut jangka waktu perjanjian kerja',
    en: 'PMI JKK and JKM contribution during and after work, by contract length',
  },
  values: spans(
    [
      { months: 24, amount: '332500' },
      { months: 12, amount: '189000' },
      { months: 6, amount: '108000' },
    ],
    'Pasal 18 ayat (1) huruf b dan ayat (2)',
    'medium',
    'The 24-month package is high confidence; the 12- and 6-month packages under 18/2018 are read from the 2022 PROBIS manual.',
  ),
})

/** Each month of contract beyond the package term: Rp13,500, paid at once (Pasal 18 ayat (3)). */
export const pmiExtensionMonthly = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.extensionMonthly',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK dan JKM PMI per bulan kelebihan jangka waktu perjanjian kerja',
    en: 'PMI JKK and JKM contribution per month of contract beyond the package term',
  },
  values: spans('13500', 'Pasal 18 ayat (3)', 'medium', 'Read from the 2022 PROBIS manual under 18/2018.'),
})

/** Optional PMI JHT: at least Rp50,000 a month. */
export const pmiJhtMinimum = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.jht.minimum',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: { id: 'Iuran JHT PMI paling sedikit per bulan', en: 'Lowest monthly PMI JHT contribution' },
  values: spans(
    '50000',
    undefined,
    'high',
    'Rp50,000–600,000 a month, chosen by the PMI (tirto, quoting the minister).',
  ),
})

/** Optional PMI JHT: at most Rp600,000 a month. */
export const pmiJhtMaximum = /* @__PURE__ */ defineParameter<string>({
  id: 'pmi.jht.maximum',
  unit: 'rupiah',
  dateBasis: 'contribution-month',
  description: { id: 'Iuran JHT PMI paling banyak per bulan', en: 'Highest monthly PMI JHT contribution' },
  values: spans(
    '600000',
    undefined,
    'high',
    'Rp50,000–600,000 a month, chosen by the PMI (tirto, quoting the minister).',
  ),
})

/** Every parameter of this family (listed in the registry). */
export const pmiParameters: readonly Parameter[] = [
  pmiPrePlacement,
  pmiPackages,
  pmiExtensionMonthly,
  pmiJhtMinimum,
  pmiJhtMaximum,
]
