import { defineParameter } from './coverage.js'
import { PERMENAKER_5_2021_DAY, PERMENAKER_5_2021_DAY_BEFORE } from './jkm.js'
import type { Parameter, ParameterValue } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_49_2020,
  legalSources.PERMENAKER_44_2015,
  legalSources.PERMENAKER_5_2021,
  legalSources.PERDIR_BPJSTK_22_2022,
  legalSources.DECISIONS,
  legalDecisions.D17,
)

const VERIFIED = '2026-11-24'
const D17 = { source: 'DECISIONS', article: 'D17' } as const

/**
 * One marginal tier of the Jakon contract-value method: the rate applies to the part of the contract value
 * above `over` (whole rupiah) and up to the next tier's `over` ("ditambah … dari selisih nilai").
 *
 * @example
 * ```ts
 * valueAt(jakonContractJkkTiers, '2025-06').value[1] //=> { over: '100000000', rate: '0.0017' }
 * ```
 */
export interface JakonTier {
  /** The tier starts above this contract value (whole rupiah, decimal string); `'0'` for the first tier. */
  readonly over: string
  readonly rate: string
}

function tiers(rates: readonly [string, string, string, string, string]): readonly JakonTier[] {
  const bounds = ['0', '100000000', '500000000', '1000000000', '5000000000']
  return rates.map((rate, i) => ({ over: bounds[i] as string, rate }))
}

/**
 * The three spans of the Jakon rules: PP 44/2015 alone (medium), Permenaker 44/2015, Permenaker 5/2021
 * (`confidence` gives the last two).
 */
function spans<T>(
  value: T,
  confidence: readonly ['high' | 'medium', 'high' | 'medium'],
  article?: string,
): ParameterValue<T>[] {
  const art = article === undefined ? {} : { article }
  return [
    {
      from: '2015-07-01',
      to: '2015-11-30',
      value,
      legal: [{ source: 'PP-44-2015' }, D17],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Tiers as reproduced in secondary copies of the PP 44/2015 contract-value table; the Lampiran row numbers were not seen.',
      note: 'Before Permenaker 44/2015 (in force 2015-12-31, applied from the contribution month 2015-12): PP 44/2015 split the Jamsostek-era combined tiers without changing the totals.',
    },
    {
      from: '2015-12-01',
      to: PERMENAKER_5_2021_DAY_BEFORE,
      value,
      legal: [
        { source: 'PERMENAKER-44-2015', ...art },
        { source: 'PP-49-2020', article: 'Pasal 8 dan Pasal 12' },
        D17,
      ],
      confidence: confidence[0],
      lastVerifiedOn: VERIFIED,
    },
    {
      from: PERMENAKER_5_2021_DAY,
      value,
      legal: [{ source: 'PERMENAKER-5-2021' }, { source: 'PERDIR-BPJSTK-22-2022' }, D17],
      confidence: confidence[1],
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Tiers as printed in the 2022 BPJS TK membership manual (PROBIS); the article or Lampiran row of Permenaker 5/2021 was not seen.',
      note: 'Permenaker 5/2021 repealed 44/2015; the 2022 PROBIS manual shows the same figures (probably unchanged).',
    },
  ]
}

/**
 * Jakon JKK by contract value (wages unknown): marginal tiers 0.21% up to Rp100M, 0.17% above 100M to 500M,
 * 0.13% above 500M to 1bn, 0.11% above 1bn to 5bn, 0.09% above 5bn; for the whole project (decisions D17).
 */
export const jakonContractJkkTiers = /* @__PURE__ */ defineParameter<readonly JakonTier[]>({
  id: 'jakon.contract.jkkTiers',
  unit: 'table',
  rupiahKeys: ['over'],
  dateBasis: 'contribution-month',
  description: {
    id: 'Tarif iuran JKK jasa konstruksi berdasarkan nilai kontrak (berjenjang)',
    en: 'Construction JKK rates by contract value (marginal tiers)',
  },
  values: spans(tiers(['0.0021', '0.0017', '0.0013', '0.0011', '0.0009']), ['high', 'medium']),
})

/** Jakon JKM by contract value: marginal tiers 0.03%, 0.02%, 0.02%, 0.01%, 0.01% (same bounds). */
export const jakonContractJkmTiers = /* @__PURE__ */ defineParameter<readonly JakonTier[]>({
  id: 'jakon.contract.jkmTiers',
  unit: 'table',
  rupiahKeys: ['over'],
  dateBasis: 'contribution-month',
  description: {
    id: 'Tarif iuran JKM jasa konstruksi berdasarkan nilai kontrak (berjenjang)',
    en: 'Construction JKM rates by contract value (marginal tiers)',
  },
  values: spans(tiers(['0.0003', '0.0002', '0.0002', '0.0001', '0.0001']), ['medium', 'medium']),
})

/**
 * The contract value is taken excluding VAT (PPN). Only a 2025 blog says so: decisions D17, low confidence
 * (every contract-value result reads it and so carries a `LOW_CONFIDENCE_RULE` warning).
 */
export const jakonContractExcludesVat = /* @__PURE__ */ defineParameter<boolean>({
  id: 'jakon.contract.excludesVat',
  unit: 'flag',
  dateBasis: 'contribution-month',
  description: {
    id: 'Nilai kontrak kerja konstruksi dihitung tanpa PPN',
    en: 'The construction contract value is taken excluding VAT',
  },
  values: [
    {
      from: '2015-07-01',
      value: true,
      legal: [D17],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'No text says whether the contract value includes VAT: a library decision (D17), not an article.',
      note: 'Single secondary source (a 2025 contractor guide); article not seen.',
    },
  ],
})

/** Jakon with wages known: JKK 1.74% of the monthly wage (PROBIS; Permenaker 44/2015 Pasal 3 ayat (2)). */
export const jakonWageJkkRate = /* @__PURE__ */ defineParameter<string>({
  id: 'jakon.wage.jkkRate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKK jasa konstruksi dari upah sebulan (upah diketahui)',
    en: 'Construction JKK contribution of the monthly wage (wages known)',
  },
  values: spans('0.0174', ['high', 'high'], 'Pasal 3 ayat (2)'),
})

/** Jakon with wages known: JKM 0.30% of the monthly wage (PP 49/2020 Pasal 12 ayat (1) restates it). */
export const jakonWageJkmRate = /* @__PURE__ */ defineParameter<string>({
  id: 'jakon.wage.jkmRate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKM jasa konstruksi dari upah sebulan (upah diketahui)',
    en: 'Construction JKM contribution of the monthly wage (wages known)',
  },
  values: spans('0.003', ['high', 'high'], 'Pasal 3 ayat (2)'),
})

/** Every parameter of this family (listed in the registry). */
export const jakonParameters: readonly Parameter[] = [
  jakonContractJkkTiers,
  jakonContractJkmTiers,
  jakonContractExcludesVat,
  jakonWageJkkRate,
  jakonWageJkmRate,
]
