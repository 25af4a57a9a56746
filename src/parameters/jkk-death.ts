import { defineParameter } from './coverage.js'
import { PP44_LAST_DAY, PP82_FIRST_DAY } from './jkm.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_82_2019,
  legalSources.DECISIONS,
  legalDecisions.D5,
  legalDecisions.D10,
  legalDecisions.D21,
  legalDecisions.L4,
)

const VERIFIED = '2026-11-24'

const PP44 = { source: 'PP-44-2015' } as const
const D5 = { source: 'DECISIONS', article: 'D5' } as const

/** The JKK death regime by date of the accident (or of death when the accident date is not given), decisions D5. */
export const jkkDeathRegime = /* @__PURE__ */ defineParameter<'PP-44-2015' | 'PP-82-2019'>({
  id: 'jkkDeath.regime',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Rezim manfaat kematian JKK menurut tanggal kecelakaan kerja',
    en: 'JKK death benefit regime by date of the work accident',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 'PP-44-2015',
      legal: [PP44, { source: 'PP-82-2019', article: 'Pasal II' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'PP 82/2019 takes effect on the day it was promulgated (its closing Pasal II); the date 2019-12-02 rests on a BPJS TK statement (D5). Checked on 2026-11-24 against the cited sources.',
    },
    {
      from: PP82_FIRST_DAY,
      value: 'PP-82-2019',
      legal: [{ source: 'PP-82-2019', article: 'Pasal II' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'PP 82/2019 takes effect on the day it was promulgated (its closing Pasal II); the date 2019-12-02 rests on a BPJS TK statement (D5). Checked on 2026-11-24 against the cited sources.',
      note: '"pada tanggal 2 Desember atau setelahnya mengalami kecelakaan kerja atau kematian" (BPJS TK official, as quoted by the press); medium-high (D5).',
    },
  ],
})

/**
 * JKK death lump sum (santunan kematian): 60% × 80 × the monthly wage = 48 × the last wage reported to BPJS
 * TK (the declared income for BPU), unchanged by PP 82/2019.
 */
export const jkkDeathWageMultiplier = /* @__PURE__ */ defineParameter<number>({
  id: 'jkkDeath.wageMultiplier',
  unit: 'count',
  dateBasis: 'event-date',
  description: {
    id: 'Kelipatan upah sebulan untuk santunan kematian JKK (60% × 80)',
    en: 'Multiple of the monthly wage for the JKK death benefit (60% × 80)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 48,
      legal: [
        { source: 'PP-44-2015', article: 'Lampiran III' },
        { source: 'PP-82-2019', article: 'Lampiran III' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
      note: '60% × 80 = 48; case 48 × 4,000,000 = 192,000,000 (a published case of Nov 2019); "48 kali gaji almarhum yang dilaporkan" (BPJS TK branch, press report).',
    },
  ],
})

/**
 * PP 82/2019: the JKK death lump sum is at least the JKM lump sum ("paling sedikit sebesar santunan kematian
 * JKM"); PP 44/2015 had no floor.
 */
export const jkkDeathFloorIsJkmLumpSum = /* @__PURE__ */ defineParameter<boolean>({
  id: 'jkkDeath.floorIsJkmLumpSum',
  unit: 'flag',
  dateBasis: 'event-date',
  description: {
    id: 'Santunan kematian JKK paling sedikit sebesar santunan sekaligus JKM',
    en: 'The JKK death lump sum is at least the JKM lump sum',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: false,
      legal: [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
      note: 'No floor is reported for PP 44/2015.',
    },
    {
      from: PP82_FIRST_DAY,
      value: true,
      legal: [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
      note: 'The BPJS TK site, as quoted in 2021: "Paling sedikit sebesar santunan kematian JKM".',
    },
  ],
})

/** JKK death periodic benefit per month: Rp200,000 (PP 44/2015), Rp500,000 (PP 82/2019), paid at once. */
export const jkkDeathPeriodicMonthly = /* @__PURE__ */ defineParameter<string>({
  id: 'jkkDeath.periodic.monthlyAmount',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: { id: 'Santunan berkala kematian JKK per bulan', en: 'JKK death periodic benefit per month' },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '200000',
      legal: [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
      note: '24 × 200,000 = 4,800,000 paid at once (published 2019 case).',
    },
    {
      from: PP82_FIRST_DAY,
      value: '500000',
      legal: [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
      note: '24 × 500,000 = 12,000,000 paid at once (a published case). Start date medium-high (D5).',
    },
  ],
})

/** Months of the JKK death periodic benefit, paid at once: 24. */
export const jkkDeathPeriodicMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkkDeath.periodic.months',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Jumlah bulan santunan berkala kematian JKK (dibayar sekaligus)',
    en: 'Months of the JKK death periodic benefit (paid at once)',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 24,
      legal: [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
    },
    {
      from: PP82_FIRST_DAY,
      value: 24,
      legal: [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
    },
  ],
})

/** JKK death funeral cost: Rp3,000,000 (PP 44/2015), Rp10,000,000 (PP 82/2019). */
export const jkkDeathFuneral = /* @__PURE__ */ defineParameter<string>({
  id: 'jkkDeath.funeral',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: { id: 'Biaya pemakaman kematian JKK', en: 'JKK death funeral cost' },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: '3000000',
      legal: [{ source: 'PP-44-2015', article: 'Lampiran III' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
    },
    {
      from: PP82_FIRST_DAY,
      value: '10000000',
      legal: [{ source: 'PP-82-2019', article: 'Lampiran III' }, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Lampiran III of PP 44/2015 (replaced by PP 82/2019) is the JKK benefit table; its row for the death benefit was not seen. The amount was checked on 2026-11-24 against published cases.',
    },
  ],
})

/** Decisions D21: a daily wage becomes a monthly wage as 30 × the daily wage. */
export const jkkDeathDailyToMonthly = /* @__PURE__ */ defineParameter<number>({
  id: 'jkkDeath.dailyToMonthlyFactor',
  unit: 'count',
  dateBasis: 'event-date',
  description: {
    id: 'Pengali upah harian menjadi upah sebulan',
    en: 'Factor from a daily to a monthly wage',
  },
  values: [
    {
      from: '2015-07-01',
      value: 30,
      legal: [
        { source: 'DECISIONS', article: 'D21' },
        { source: 'DECISIONS', article: 'L4' },
      ],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'A library decision (D21) that reproduces published cases, not an article.',
      note: 'Reproduces published JKK death cases of daily-wage workers.',
    },
  ],
})

/**
 * When the employer is in arrears, BPJS TK pays the JKK benefit first for arrears up to this many months;
 * beyond, the employer pays first and BPJS TK reimburses after the arrears and penalties are settled
 * (library decision D10).
 */
export const jkkDeathArrearsBpjsPaysFirstMaxMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkkDeath.employerArrears.bpjsPaysFirstMaxMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Tunggakan iuran pemberi kerja paling lama agar BPJS TK membayar lebih dulu (JKK)',
    en: 'Longest employer arrears for which BPJS TK pays the JKK first',
  },
  values: [
    {
      from: '2015-07-01',
      value: 3,
      legal: [PP44, { source: 'DECISIONS', article: 'D10' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle: 'Stated on the BPJS TK site as a PP 44/2015 rule; the article was not seen.',
      note: 'The BPJS TK site as quoted on 24 Mar 2023 ("under 3 months" / "over 3 months"; exactly 3 months is read as BPJS TK first, D10).',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const jkkDeathParameters: readonly Parameter[] = [
  jkkDeathRegime,
  jkkDeathWageMultiplier,
  jkkDeathFloorIsJkmLumpSum,
  jkkDeathPeriodicMonthly,
  jkkDeathPeriodicMonths,
  jkkDeathFuneral,
  jkkDeathDailyToMonthly,
  jkkDeathArrearsBpjsPaysFirstMaxMonths,
]
