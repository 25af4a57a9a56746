import { defineParameter } from './coverage.js'
import { PMI_18_2018_FIRST_DAY, PMI_18_2018_LAST_DAY, PMI_4_2023_FIRST_DAY } from './jkm.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_4_2023,
  legalSources.BPJSTK_ART_18896,
  legalSources.DECISIONS,
  legalDecisions.D4,
  legalDecisions.D26,
  legalDecisions.L5,
)

// PMI (migrant worker) JKK cash benefits: fixed amounts by regulation and phase, never a wage (PMI report no
// wage to BPJS TK). Permenaker 18/2018 from 2018-12-10, Permenaker 4/2023 from 2023-02-22.

const VERIFIED = '2026-11-24'
const P18 = { source: 'PERMENAKER-18-2018' } as const
/** Permenaker 4/2023 Pasal 34 ayat (1): the list of JKK cash benefits of a PMI (read verbatim on 2026-12-04). */
const P4_LIST = (huruf: string) =>
  ({ source: 'PERMENAKER-4-2023', article: `Pasal 34 ayat (1) huruf ${huruf}` }) as const
const CHECKED_LIST =
  'Permenaker 4/2023 Pasal 34 ayat (1) read verbatim (pasal.id) on 2026-12-04: it lists the JKK cash benefits of a PMI, huruf g "santunan kematian akibat Kecelakaan Kerja"; the amounts are not in that article (probably in a Lampiran or a later article, not seen).'

/**
 * The JKK death benefit of a PMI who dies of a work accident **during** work, paid at once (death benefit,
 * periodic benefit and funeral cost together, as for the PMI JKM; library choice L5 on the split):
 * Rp85,000,000 under both Permenaker 18/2018 and 4/2023.
 */
export const jkkDeathPmiDuringWork = /* @__PURE__ */ defineParameter<string>({
  id: 'jkkDeath.pmi.duringWork.amount',
  unit: 'rupiah',
  dateBasis: 'event-date',
  description: {
    id: 'Santunan kematian JKK PMI yang meninggal akibat kecelakaan kerja selama bekerja (sekaligus)',
    en: 'JKK death benefit of a PMI who dies of a work accident during work (paid at once)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: '85000000',
      legal: [P18, { source: 'DECISIONS', article: 'D4' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'The Permenaker 18/2018 article on the JKK death of a PMI was not seen; Rp85,000,000 is the during-work death amount BPJS TK paid under it.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: '85000000',
      legal: [P4_LIST('g'), { source: 'BPJSTK-ART-18896' }, { source: 'DECISIONS', article: 'D4' }],
      confidence: 'medium',
      lastVerifiedOn: '2026-12-04',
      checked: CHECKED_LIST,
      note: 'BPJS TK reports a PMI who died of a work accident at work (fell from a ship) paid "santunan jaminan kematian sebesar Rp85 juta": the during-work amount, paid at once, plus the scholarship.',
    },
  ],
})

/**
 * The JKK death benefit of a PMI who dies of a work accident **before or after** work: no amount is known
 * (`amount: null`). The result is `incomplete` unless the caller supplies it as an override (decision D26).
 */
export const jkkDeathPmiBeforeAfter = /* @__PURE__ */ defineParameter<{ readonly amount: string | null }>({
  id: 'jkkDeath.pmi.beforeAfter.amount',
  unit: 'table',
  rupiahKeys: ['amount'],
  dateBasis: 'event-date',
  description: {
    id: 'Santunan kematian JKK PMI sebelum atau setelah bekerja (tidak diketahui: null)',
    en: 'JKK death benefit of a PMI before or after work (not known: null)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: { amount: null },
      legal: [P18, { source: 'DECISIONS', article: 'D26' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'No text or paid case giving the amount was seen.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: { amount: null },
      legal: [P4_LIST('g'), { source: 'DECISIONS', article: 'D26' }],
      confidence: 'low',
      lastVerifiedOn: '2026-12-04',
      checked: CHECKED_LIST,
    },
  ],
})

/** One PMI JKK cash benefit whose amount is known: a fixed sum or a maximum reimbursement. */
export interface PmiJkkCashBenefit {
  /** Stable key (`'failedDeparture'`, `'homeCare'`, …). */
  readonly benefit: string
  readonly kind: 'fixed' | 'maximum'
  /** Whole rupiah, decimal string. */
  readonly amount: string
  /** How sure the sources are of this row. */
  readonly confidence: 'high' | 'medium' | 'low'
}

/**
 * The other PMI JKK cash benefits whose amounts the sources give, by regulation (data only; the rows whose
 * amounts are not known are left out rather than guessed, decision D26).
 */
export const pmiJkkCashBenefits = /* @__PURE__ */ defineParameter<readonly PmiJkkCashBenefit[]>({
  id: 'pmi.jkk.cashBenefits',
  unit: 'table',
  rupiahKeys: ['amount'],
  dateBasis: 'event-date',
  description: {
    id: 'Santunan uang JKK PMI yang besarannya diketahui (tetap atau paling banyak)',
    en: 'PMI JKK cash benefits whose amounts are known (fixed or maximum)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: [
        { benefit: 'failedPlacement', kind: 'fixed', amount: '7500000', confidence: 'low' },
        { benefit: 'failedPlacementTicket', kind: 'maximum', amount: '10000000', confidence: 'low' },
        { benefit: 'layoffAfterAccident3to6Months', kind: 'fixed', amount: '2000000', confidence: 'medium' },
        { benefit: 'layoffAfterAccident6to12Months', kind: 'fixed', amount: '3000000', confidence: 'medium' },
        {
          benefit: 'layoffAfterAccident12to18Months',
          kind: 'fixed',
          amount: '4000000',
          confidence: 'medium',
        },
      ],
      legal: [{ ...P18, article: 'Pasal 16 ayat (2)' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: 'Failed placement: Rp7,500,000 plus an economy air ticket up to Rp10,000,000, as an association chairman quoted Pasal 16 ayat (2) (2020). Layoff after a work accident by months worked: a 2023 press report citing BPJS TK (longer tiers cut off in the source, left out).',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: [
        { benefit: 'failedDeparture', kind: 'fixed', amount: '10000000', confidence: 'medium' },
        { benefit: 'medicalCareAbroad', kind: 'maximum', amount: '50000000', confidence: 'medium' },
        { benefit: 'homeCare', kind: 'maximum', amount: '20000000', confidence: 'medium' },
        { benefit: 'hearingAid', kind: 'maximum', amount: '2500000', confidence: 'medium' },
        { benefit: 'rape', kind: 'fixed', amount: '50000000', confidence: 'low' },
        { benefit: 'lossOnJourneyHome', kind: 'maximum', amount: '10000000', confidence: 'low' },
      ],
      legal: [P4_LIST('a–m')],
      confidence: 'medium',
      lastVerifiedOn: '2026-12-04',
      checked: CHECKED_LIST,
      note: 'Amounts from Kemnaker statements (home care 1 year up to Rp20,000,000, hearing aid up to Rp2,500,000, medical care abroad up to Rp50,000,000) and BPJS TK branches (failed departure Rp10,000,000; rape Rp50,000,000; loss on the journey home up to Rp10,000,000). Glasses, dentures, transport, unilateral layoff and placement not per the agreement: amounts not found, left out.',
    },
  ],
})

/**
 * The funeral part (biaya pemakaman) inside the PMI during-work JKM paid at once (library choice L5). The
 * regulation and BPJS TK name three parts — death benefit, periodic benefit and funeral cost — but no source
 * seen gives the funeral part's amount (`amount: null`). It matters when there is no heir: the funeral cost
 * goes to whoever arranged the funeral, the rest to the DJS. A caller who knows it gives it as an override;
 * the result then splits the sum.
 */
export const jkmPmiDuringWorkFuneral = /* @__PURE__ */ defineParameter<{ readonly amount: string | null }>({
  id: 'jkm.pmi.duringWork.funeral',
  unit: 'table',
  rupiahKeys: ['amount'],
  dateBasis: 'event-date',
  description: {
    id: 'Bagian biaya pemakaman dalam JKM PMI selama bekerja (tidak diketahui: null)',
    en: 'Funeral part of the PMI during-work JKM (not known: null)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: { amount: null },
      legal: [P18, { source: 'DECISIONS', article: 'L5' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'The Permenaker 18/2018 article splitting the during-work JKM was not seen.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: { amount: null },
      legal: [
        { source: 'PERMENAKER-4-2023' },
        { source: 'BPJSTK-ART-18896' },
        { source: 'DECISIONS', article: 'L5' },
      ],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'BPJS TK article 18896 names the three parts and the Rp85,000,000 total; the Permenaker 4/2023 article giving each part was not seen.',
    },
  ],
})

/** Every parameter of this family (listed in the registry). */
export const pmiJkkParameters: readonly Parameter[] = [
  jkmPmiDuringWorkFuneral,
  jkkDeathPmiDuringWork,
  jkkDeathPmiBeforeAfter,
  pmiJkkCashBenefits,
]
