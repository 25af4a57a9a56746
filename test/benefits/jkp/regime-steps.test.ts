/**
 * calculateJkpBenefit, the regime rule (decisions D27): the termination date chooses PP 37/2021 (before
 * 2025-02-07) or PP 6/2025 (from 2025-02-07, `inForce` of PP-6-2025 in src/legal/sources.ts). A PP 37/2021
 * termination within `jkpBenefit.regimeWarningMonths` (6) months before 2025-02-07, i.e. from 2024-08-07, is
 * warned (JKP_REGIME_TRANSITION); every PP 6/2025 termination is warned that the claim conditions follow the
 * PP 37/2021 wording (JKP_CONDITIONS_PP37_WORDING). Expected values are written from
 * src/parameters/jkp-benefit.ts and the messages of src/i18n/messages/jkp-benefit.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJkpBenefit, type JkpBenefitInput, type JkpBenefitResult } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const D27 = { source: 'DECISIONS', article: 'D27' }

const SCHEDULE_PP37 = {
  id: 'jkpBenefit.cashSchedule',
  value: [
    { months: 3, rate: '0.45' },
    { months: 3, rate: '0.25' },
  ],
  from: '2021-02-01',
  to: '2025-02-06',
}
const SCHEDULE_PP6 = {
  id: 'jkpBenefit.cashSchedule',
  value: [{ months: 6, rate: '0.60' }],
  from: '2025-02-07',
}
const LEGAL_PP37 = [{ source: 'PP-37-2021', article: 'Pasal 21' }, D27]
const LEGAL_PP6 = [{ source: 'PP-6-2025', article: 'Pasal 21 ayat (1)' }, D27]

/** An eligible first claim filed the day after the termination, no arrears or training facts (no other reads). */
const claim = (layoffDate: string, claimDate: string): JkpBenefitInput => ({
  layoffDate,
  claimDate,
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  monthlyWage: 4_000_000,
})

const step = (r: JkpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}

const WORDING_EN = {
  code: 'JKP_CONDITIONS_PP37_WORDING',
  message:
    'The PP 6/2025 wording of the claim conditions (Pasal 19–20: resignation, proof of termination) was not seen: the PP 37/2021 conditions are used.',
}
const WORDING_ID = {
  code: 'JKP_CONDITIONS_PP37_WORDING',
  message:
    'Rumusan PP 6/2025 atas syarat klaim (Pasal 19–20: pengunduran diri, bukti PHK) tidak terlihat: dipakai syarat PP 37/2021.',
}
const transitionEn = (date: string) => ({
  code: 'JKP_REGIME_TRANSITION',
  message: `Termination on ${date}, within 6 months before 2025-02-07: the benefit follows the termination date (PP-37-2021); no transitional rule of PP 6/2025 was found.`,
})
const transitionId = (date: string) => ({
  code: 'JKP_REGIME_TRANSITION',
  message: `PHK ${date} dalam 6 bulan sebelum 2025-02-07: manfaat dihitung menurut tanggal PHK (PP-37-2021); ketentuan peralihan PP 6/2025 tidak ditemukan.`,
})

describe('jkp.regime: the day before PP 6/2025 (2025-02-06) is PP 37/2021, with the transition warning', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(claim('2025-02-06', '2025-02-07'), EN)
    id = calculateJkpBenefit(claim('2025-02-06', '2025-02-07'))
  })

  it('the regime step (English): rule, description, the termination date, the PP 37/2021 schedule row', () => {
    expect(en.regime).toBe('PP-37-2021')
    expect(step(en, 'jkp.regime')).toEqual({
      rule: 'jkp.regime',
      description: 'JKP benefit regime by the termination date 2025-02-06: PP-37-2021.',
      inputs: { layoffDate: '2025-02-06' },
      parameters: [SCHEDULE_PP37],
      legal: LEGAL_PP37,
      value: 'PP-37-2021',
    })
  })

  it('the regime step (Indonesian)', () => {
    expect(step(id, 'jkp.regime')).toEqual({
      rule: 'jkp.regime',
      description: 'Rezim manfaat JKP menurut tanggal PHK 2025-02-06: PP-37-2021.',
      inputs: { layoffDate: '2025-02-06' },
      parameters: [SCHEDULE_PP37],
      legal: LEGAL_PP37,
      value: 'PP-37-2021',
    })
  })

  it('the only warning is the transition (no PP 6/2025 wording warning), in both languages', () => {
    expect(en.warnings).toEqual([transitionEn('2025-02-06')])
    expect(id.warnings).toEqual([transitionId('2025-02-06')])
  })

  it('pays the PP 37/2021 schedule: 45% × 4,000,000 × 3 + 25% × 4,000,000 × 3', () => {
    expect(en.months.map((m) => [m.rate, m.amount])).toEqual([
      ['0.45', 1_800_000],
      ['0.45', 1_800_000],
      ['0.45', 1_800_000],
      ['0.25', 1_000_000],
      ['0.25', 1_000_000],
      ['0.25', 1_000_000],
    ])
    expect(en.total).toBe(8_400_000)
  })
})

describe('jkp.regime: the day PP 6/2025 takes effect (2025-02-07)', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(claim('2025-02-07', '2025-02-08'), EN)
    id = calculateJkpBenefit(claim('2025-02-07', '2025-02-08'))
  })

  it('the regime step names PP-6-2025 and its schedule row (60% for 6 months)', () => {
    expect(en.regime).toBe('PP-6-2025')
    expect(step(en, 'jkp.regime')).toEqual({
      rule: 'jkp.regime',
      description: 'JKP benefit regime by the termination date 2025-02-07: PP-6-2025.',
      inputs: { layoffDate: '2025-02-07' },
      parameters: [SCHEDULE_PP6],
      legal: LEGAL_PP6,
      value: 'PP-6-2025',
    })
    expect(step(id, 'jkp.regime').description).toBe(
      'Rezim manfaat JKP menurut tanggal PHK 2025-02-07: PP-6-2025.',
    )
  })

  it('warns only that the claim conditions follow the PP 37/2021 wording (no transition warning)', () => {
    expect(en.warnings).toEqual([WORDING_EN])
    expect(id.warnings).toEqual([WORDING_ID])
  })

  it('pays 60% × 4,000,000 = 2,400,000 for 6 months', () => {
    expect(en.months).toEqual([1, 2, 3, 4, 5, 6].map((month) => ({ month, rate: '0.60', amount: 2_400_000 })))
    expect(en.total).toBe(14_400_000)
  })
})

describe('JKP_REGIME_TRANSITION: from 6 months before 2025-02-07 (2024-08-07) to 2025-02-06', () => {
  it('2024-08-06, the day before the window: PP 37/2021 and no warning at all', () => {
    const r = calculateJkpBenefit(claim('2024-08-06', '2024-08-07'), EN)
    expect(r.regime).toBe('PP-37-2021')
    expect(r.warnings).toEqual([])
  })

  it('2024-08-07, the first day of the window: the transition warning (English and Indonesian)', () => {
    expect(calculateJkpBenefit(claim('2024-08-07', '2024-08-08'), EN).warnings).toEqual([
      transitionEn('2024-08-07'),
    ])
    expect(calculateJkpBenefit(claim('2024-08-07', '2024-08-08')).warnings).toEqual([
      transitionId('2024-08-07'),
    ])
  })

  it('2024-11-30, inside the window: warned, with the regime-warning parameter read (D27, medium confidence)', () => {
    const r = calculateJkpBenefit(claim('2024-11-30', '2024-12-01'), EN)
    expect(r.warnings).toEqual([transitionEn('2024-11-30')])
    expect(r.explanation.parameters.find((p) => p.id === 'jkpBenefit.regimeWarningMonths')).toEqual({
      id: 'jkpBenefit.regimeWarningMonths',
      value: 6,
      from: '2021-02-01',
      date: '2024-11-30',
      confidence: 'medium',
      legal: [D27],
      lastVerifiedOn: '2026-11-24',
      overridden: false,
    })
  })

  it('a year after the switch (2026-02-07): PP 6/2025, the wording warning, no transition warning', () => {
    const r = calculateJkpBenefit(claim('2026-02-07', '2026-02-08'), EN)
    expect(r.regime).toBe('PP-6-2025')
    // the training cap read for the date (PMK 26/2025, from 2025-04-14) has low confidence
    expect(r.warnings).toEqual([
      WORDING_EN,
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jkpBenefit.trainingCostCap, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jkpBenefit.trainingCostCap',
      },
    ])
  })
})
