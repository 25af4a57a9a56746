import { defineParameter } from './coverage.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_46_2015,
  legalSources.PP_60_2015,
  legalSources.DECISIONS,
  legalDecisions.L4,
)

const VERIFIED = '2026-11-24'

function jkkClass(cls: 1 | 2 | 3 | 4 | 5, value: string, letter: string, label: { id: string; en: string }) {
  return /* @__PURE__ */ defineParameter<string>({
    id: `pu.jkk.rate.class${cls}`,
    unit: 'rate',
    dateBasis: 'contribution-month',
    description: {
      id: `Iuran JKK peserta penerima upah, kelompok risiko ${cls} (${label.id}), dari upah sebulan`,
      en: `JKK contribution of wage earners, risk group ${cls} (${label.en}), of the monthly wage`,
    },
    values: [
      {
        from: '2015-07-01',
        value,
        legal: [{ source: 'PP-44-2015', article: `Pasal 16 ayat (1) huruf ${letter}` }],
        confidence: 'high',
        lastVerifiedOn: VERIFIED,
        note: 'Same rates already under PP 84/2010; the caller gives the class (library decision D16, PP 44/2015 Lampiran I).',
      },
    ],
  })
}

/** JKK, risk group I (very low risk): 0.24% of the monthly wage, paid by the employer. PP 44/2015 Pasal 16(1)(a). */
export const puJkkRateClass1 = jkkClass(1, '0.0024', 'a', {
  id: 'tingkat risiko sangat rendah',
  en: 'very low risk',
})
/** JKK, risk group II (low risk): 0.54%. PP 44/2015 Pasal 16(1)(b). */
export const puJkkRateClass2 = jkkClass(2, '0.0054', 'b', { id: 'tingkat risiko rendah', en: 'low risk' })
/** JKK, risk group III (medium risk): 0.89%. PP 44/2015 Pasal 16(1)(c). */
export const puJkkRateClass3 = jkkClass(3, '0.0089', 'c', { id: 'tingkat risiko sedang', en: 'medium risk' })
/** JKK, risk group IV (high risk): 1.27%. PP 44/2015 Pasal 16(1)(d). */
export const puJkkRateClass4 = jkkClass(4, '0.0127', 'd', { id: 'tingkat risiko tinggi', en: 'high risk' })
/** JKK, risk group V (very high risk): 1.74%. PP 44/2015 Pasal 16(1)(e). */
export const puJkkRateClass5 = jkkClass(5, '0.0174', 'e', {
  id: 'tingkat risiko sangat tinggi',
  en: 'very high risk',
})

/** The JKK rate parameters by risk class (index = class). */
export const PU_JKK_RATE_BY_CLASS: Readonly<Record<1 | 2 | 3 | 4 | 5, Parameter<string>>> = Object.freeze({
  1: puJkkRateClass1,
  2: puJkkRateClass2,
  3: puJkkRateClass3,
  4: puJkkRateClass4,
  5: puJkkRateClass5,
})

/** JKM for wage earners: 0.30% of the monthly wage, paid by the employer. PP 44/2015 Pasal 18. */
export const puJkmRate = /* @__PURE__ */ defineParameter<string>({
  id: 'pu.jkm.rate',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JKM peserta penerima upah, dari upah sebulan (ditanggung pemberi kerja)',
    en: 'JKM contribution of wage earners, of the monthly wage (paid by the employer)',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.003',
      legal: [{ source: 'PP-44-2015', article: 'Pasal 18' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'The cash rate: recomposition to JKP (D7) moves part of it to another fund without changing it.',
    },
  ],
})

/** JHT, employer share: 3.7% of the monthly wage (no wage cap). PP 46/2015. */
export const puJhtRateEmployer = /* @__PURE__ */ defineParameter<string>({
  id: 'pu.jht.rate.employer',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JHT bagian pemberi kerja, dari upah sebulan',
    en: 'JHT contribution, employer share, of the monthly wage',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.037',
      legal: [{ source: 'PP-46-2015' }, { source: 'PP-60-2015' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The rate is set by PP 46/2015 as amended by PP 60/2015 (the JHT contribution article); the article number was not seen in the texts read.',
      note: '5.7% in all: 3.7% employer + 2% worker. No ceiling on the wage.',
    },
  ],
})

/** JHT, worker share: 2% of the monthly wage. PP 46/2015. */
export const puJhtRateWorker = /* @__PURE__ */ defineParameter<string>({
  id: 'pu.jht.rate.worker',
  unit: 'rate',
  dateBasis: 'contribution-month',
  description: {
    id: 'Iuran JHT bagian pekerja, dari upah sebulan',
    en: 'JHT contribution, worker share, of the monthly wage',
  },
  values: [
    {
      from: '2015-07-01',
      value: '0.02',
      legal: [{ source: 'PP-46-2015' }, { source: 'PP-60-2015' }],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The rate is set by PP 46/2015 as amended by PP 60/2015 (the JHT contribution article); the article number was not seen in the texts read.',
    },
  ],
})

/**
 * The daily-to-monthly wage factor for the **contribution base** (library choice L4): a wage paid by the day
 * counts as the daily wage × 25 for the monthly contribution. Benefits use their own factor
 * (`jkkDeath.dailyToMonthlyFactor`, 30, decision D21). The library's contribution functions take the
 * reported monthly wage; {@link dailyToMonthlyFactor} tells a caller which factor applies to which use.
 */
export const puDailyToMonthlyFactor = /* @__PURE__ */ defineParameter<number>({
  id: 'pu.wage.dailyToMonthlyFactor',
  unit: 'count',
  dateBasis: 'contribution-month',
  description: {
    id: 'Faktor upah harian menjadi upah sebulan untuk dasar iuran (upah sehari × 25)',
    en: 'Daily-to-monthly wage factor for the contribution base (daily wage × 25)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 25,
      legal: [{ source: 'PP-44-2015' }, { source: 'DECISIONS', article: 'L4' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The PP 44/2015 rule "upah sehari dikalikan 25" for wages paid by the day is reported by the national press (Nov 2021) without its article number.',
      note: 'For contributions only; benefits convert a daily wage with 30 (jkkDeath.dailyToMonthlyFactor, D21).',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const puParameters: readonly Parameter[] = [
  puDailyToMonthlyFactor,
  puJkkRateClass1,
  puJkkRateClass2,
  puJkkRateClass3,
  puJkkRateClass4,
  puJkkRateClass5,
  puJkmRate,
  puJhtRateEmployer,
  puJhtRateWorker,
]
