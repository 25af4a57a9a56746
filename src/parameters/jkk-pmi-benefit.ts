import { defineParameter } from './coverage.js'
import { PMI_18_2018_FIRST_DAY, PMI_18_2018_LAST_DAY, PMI_4_2023_FIRST_DAY } from './jkm.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_18_2018, legalSources.PERMENAKER_4_2023)

const VERIFIED = '2026-11-24'

/** A PMI JKK benefit other than death that `calculateJkkBenefit` knows (the items and parts of its input). */
export type PmiJkkBenefitKind =
  | 'stmb'
  | 'disability'
  | 'periodic'
  | 'transport'
  | 'home-care'
  | 'prosthesis'
  | 'dentures'
  | 'hearing-aid'
  | 'glasses'
  | 'medical-care-abroad'

/**
 * The PMI JKK benefits (other than death) that exist under each regulation. Permenaker 4/2023 added seven
 * benefits, among them home care, sickness from a KK/PAK in the destination country (the STMB abroad), the
 * hearing aid and glasses; medical care abroad is reimbursed from it (up to Rp50,000,000). A benefit not in
 * the list of the accident's regulation is not paid (reason given), never priced by the later rule.
 */
export const jkkPmiBenefitsInForce = /* @__PURE__ */ defineParameter<readonly PmiJkkBenefitKind[]>({
  id: 'jkk.pmi.benefitsInForce',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Manfaat JKK PMI selain kematian yang berlaku menurut peraturan',
    en: 'PMI JKK benefits other than death in force under each regulation',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: ['disability', 'periodic', 'transport', 'prosthesis', 'dentures'],
      legal: [{ source: 'PERMENAKER-18-2018' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Kemnaker and BPJS TK (2023) list what Permenaker 4/2023 added to Permenaker 18/2018; the 18/2018 articles were not seen.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: [
        'stmb',
        'disability',
        'periodic',
        'transport',
        'home-care',
        'prosthesis',
        'dentures',
        'hearing-aid',
        'glasses',
        'medical-care-abroad',
      ],
      legal: [{ source: 'PERMENAKER-4-2023', article: 'Pasal 34 ayat (1)' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Pasal 34 ayat (1) read verbatim (transport, disability, periodic benefit, orthose/prothese, dentures, hearing aids and glasses); home care, the sickness benefit abroad and medical care abroad from Kemnaker statements (2023).',
    },
  ],
})

/** PMI JKK claim lapse (years from the accident or diagnosis): 2 under Permenaker 18/2018, 5 under Permenaker 4/2023. */
export const jkkPmiClaimLapseYears = /* @__PURE__ */ defineParameter<number>({
  id: 'jkk.pmi.claimLapse.years',
  unit: 'years',
  dateBasis: 'event-date',
  description: {
    id: 'Daluwarsa hak menuntut manfaat JKK PMI (tahun sejak kecelakaan atau diagnosis)',
    en: 'PMI JKK claim lapse (years from the accident or diagnosis)',
  },
  values: [
    {
      from: PMI_18_2018_FIRST_DAY,
      to: PMI_18_2018_LAST_DAY,
      value: 2,
      legal: [{ source: 'PERMENAKER-18-2018' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Kemnaker: the PMI JKK claim lapse "yang semula hanya 2 tahun" before Permenaker 4/2023; the article was not seen.',
    },
    {
      from: PMI_4_2023_FIRST_DAY,
      value: 5,
      legal: [{ source: 'PERMENAKER-4-2023' }],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Kemnaker (2023): the PMI JKK claim lapse "menjadi 5 tahun" under Permenaker 4/2023; the article was not seen.',
    },
  ],
})
