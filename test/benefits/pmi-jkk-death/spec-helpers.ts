/**
 * Shared by the PMI JKK death specs by rule: the input, the citations and the parameter references of
 * src/parameters/pmi-jkk.ts and src/parameters/jkm-pmi.ts (Permenaker 18/2018 from 2018-12-10 to 2023-02-21,
 * Permenaker 4/2023 from 2023-02-22), written from those tables.
 */
import {
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  type JkkDeathBenefitResult,
  type JkmBenefitResult,
} from '../../../src/index.js'
import type { JkkDeathBenefitInput } from '../../../src/benefits/types.js'

/** The English option of every spec. */
export const EN = { locale: 'en' } as const

/** A PMI who died of a work accident with an active membership; the accident on the day of death. */
export function pmi(
  date: string,
  extra: Partial<JkkDeathBenefitInput> = {},
  options?: object,
): JkkDeathBenefitResult {
  return calculateJkkDeathBenefit(
    {
      category: 'PMI',
      cause: 'work-accident',
      membershipActive: true,
      dateOfDeath: date,
      dateOfAccident: date,
      ...extra,
    },
    options,
  )
}

/** The explanation step of `rule`; throws when there is none. */
export const step = (r: JkkDeathBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}

/** The rules of the explanation, in order. */
export const rules = (r: JkkDeathBenefitResult) => r.explanation.steps.map((s) => s.rule)

export const P18 = { source: 'PERMENAKER-18-2018' } as const
export const P4 = { source: 'PERMENAKER-4-2023' } as const
export const P4_G = { source: 'PERMENAKER-4-2023', article: 'Pasal 34 ayat (1) huruf g' } as const
export const ART_18896 = { source: 'BPJSTK-ART-18896' } as const
export const D4 = { source: 'DECISIONS', article: 'D4' } as const
export const D26 = { source: 'DECISIONS', article: 'D26' } as const

/** The last day of Permenaker 18/2018 and the first of Permenaker 4/2023. */
export const LAST_18 = '2023-02-21'
export const FIRST_4 = '2023-02-22'

export const REGIME_18 = {
  id: 'jkm.pmi.regime',
  value: 'PERMENAKER-18-2018',
  from: '2018-12-10',
  to: LAST_18,
} as const
export const REGIME_4 = { id: 'jkm.pmi.regime', value: 'PERMENAKER-4-2023', from: FIRST_4 } as const
export const DURING_18 = {
  id: 'jkkDeath.pmi.duringWork.amount',
  value: '85000000',
  from: '2018-12-10',
  to: LAST_18,
} as const
export const DURING_4 = { id: 'jkkDeath.pmi.duringWork.amount', value: '85000000', from: FIRST_4 } as const
export const BEFORE_AFTER_18 = {
  id: 'jkkDeath.pmi.beforeAfter.amount',
  value: { amount: null },
  from: '2018-12-10',
  to: LAST_18,
} as const
export const BEFORE_AFTER_4 = {
  id: 'jkkDeath.pmi.beforeAfter.amount',
  value: { amount: null },
  from: FIRST_4,
} as const

/** `Rp85.000.000`: whole rupiah with dots between thousands, as both languages show it. */
export const rupiah = (n: number) => `Rp${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`

/** The jkk.total step of a PMI death: the fixed amount as the lump sum, no periodic or funeral line (L5). */
export function totalStep(amount: number, text: string, locale: 'en' | 'id') {
  const shown = rupiah(amount)
  return locale === 'en'
    ? {
        rule: 'jkk.total',
        description: `Total JKK death cash benefit (${text}): ${shown}.`,
        inputs: {},
        parameters: [],
        legal: [],
        unit: 'rupiah',
        value: amount,
        formula: `lump sum ${shown} + periodic Rp0 + funeral Rp0`,
      }
    : {
        rule: 'jkk.total',
        description: `Jumlah manfaat kematian JKK tunai (${text}): ${shown}.`,
        inputs: {},
        parameters: [],
        legal: [],
        unit: 'rupiah',
        value: amount,
        formula: `santunan sekaligus ${shown} + santunan berkala Rp0 + biaya pemakaman Rp0`,
      }
}

/** The JKM of a PMI who died of natural causes during work on 2023-02-22, with the funeral part overridden. */
export const jkmWithFuneral = (funeral: unknown, options: object = {}): JkmBenefitResult =>
  calculateJkmBenefit(
    {
      dateOfDeath: FIRST_4,
      category: 'PMI',
      pmiPhase: 'during',
      cause: 'natural',
      membershipActive: true,
      membershipStart: '2022-01-01',
    },
    { ...options, parameters: { 'jkm.pmi.duringWork.funeral': { amount: funeral } } },
  )
