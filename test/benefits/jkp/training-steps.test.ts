/**
 * calculateJkpBenefit, the training rule: BPJS TK pays the training provider at most `jkpBenefit.trainingCostCap`
 * per participant, looked up by the termination date: Rp1,000,000 (PMK 148/2021 Pasal 31 ayat (3), medium
 * confidence) up to 2025-04-13, Rp2,400,000 (PMK 26/2025, low confidence) from 2025-04-14. The amount is
 * min(cost, cap); it is not part of the cash total. Expected values from src/parameters/jkp-benefit.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { calculateJkpBenefit, type JkpBenefitInput, type JkpBenefitResult } from '../../../src/index.js'

const EN = { locale: 'en' } as const
const PMK148 = [{ source: 'PMK-148-2021', article: 'Pasal 31 ayat (3)' }]
const PMK26 = [{ source: 'PMK-26-2025', article: 'Pasal 31 ayat (3)' }]
const CAP_OLD = { id: 'jkpBenefit.trainingCostCap', value: '1000000', from: '2021-02-01', to: '2025-04-13' }
const CAP_NEW = { id: 'jkpBenefit.trainingCostCap', value: '2400000', from: '2025-04-14' }
const LOW_TRAINING = {
  code: 'LOW_CONFIDENCE_RULE',
  message:
    'This rule uses parameter jkpBenefit.trainingCostCap, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
  parameterId: 'jkpBenefit.trainingCostCap',
}
const WORDING = 'JKP_CONDITIONS_PP37_WORDING'

const input = (layoffDate: string, trainingCost?: number | string): JkpBenefitInput => ({
  layoffDate,
  reasonForLeaving: 'layoff',
  contributionMonthsInWindow: 20,
  consecutiveMonthsBeforeLayoff: 20,
  employedAgain: false,
  claimNumber: 1,
  monthlyWage: 4_000_000,
  employerArrearsMonths: 0,
  claimDate: layoffDate,
  ...(trainingCost === undefined ? {} : { trainingCost }),
})
const step = (r: JkpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const trainingReasons = (r: JkpBenefitResult) => r.reasons.filter((x) => x.code.startsWith('JKP_TRAINING'))

describe('jkp.training on 2025-04-13, the last day of the Rp1,000,000 cap', () => {
  let en: JkpBenefitResult
  let id: JkpBenefitResult
  beforeEach(() => {
    en = calculateJkpBenefit(input('2025-04-13', 3_000_000), EN)
    id = calculateJkpBenefit(input('2025-04-13', 3_000_000))
  })

  it('3,000,000 is paid up to 1,000,000: result, reason and step (English)', () => {
    expect(en.training).toEqual({ cap: 1_000_000, cost: 3_000_000, amount: 1_000_000 })
    expect(trainingReasons(en)).toEqual([
      {
        code: 'JKP_TRAINING_PAID',
        kind: 'note',
        message:
          'Training cost Rp3.000.000, at most Rp1.000.000: Rp1.000.000 is paid to the training provider (not cash to the participant).',
        legal: PMK148,
        path: ['trainingCost'],
      },
    ])
    expect(step(en, 'jkp.training')).toEqual({
      rule: 'jkp.training',
      description: 'Training: min(Rp3.000.000, Rp1.000.000) = Rp1.000.000.',
      inputs: { trainingCost: 3_000_000 },
      parameters: [CAP_OLD],
      legal: PMK148,
      unit: 'rupiah',
      value: 1_000_000,
    })
  })

  it('Indonesian reason and step', () => {
    expect(trainingReasons(id)).toEqual([
      {
        code: 'JKP_TRAINING_PAID',
        kind: 'note',
        message:
          'Biaya pelatihan Rp3.000.000, paling banyak Rp1.000.000: Rp1.000.000 dibayar kepada lembaga pelatihan (bukan uang tunai kepada peserta).',
        legal: PMK148,
        path: ['trainingCost'],
      },
    ])
    expect(step(id, 'jkp.training').description).toBe(
      'Pelatihan: min(Rp3.000.000, Rp1.000.000) = Rp1.000.000.',
    )
  })

  it('the medium-confidence cap raises no warning; training is not in the cash total', () => {
    expect(en.warnings.map((w) => w.code)).toEqual([WORDING])
    expect(en.total).toBe(14_400_000)
  })
})

describe('jkp.training from 2025-04-14: the Rp2,400,000 cap of PMK 26/2025 (low confidence)', () => {
  it('cost 3,000,000: 2,400,000 paid, cited to PMK 26/2025, warned', () => {
    const r = calculateJkpBenefit(input('2025-04-14', 3_000_000), EN)
    expect(r.training).toEqual({ cap: 2_400_000, cost: 3_000_000, amount: 2_400_000 })
    expect(step(r, 'jkp.training')).toEqual({
      rule: 'jkp.training',
      description: 'Training: min(Rp3.000.000, Rp2.400.000) = Rp2.400.000.',
      inputs: { trainingCost: 3_000_000 },
      parameters: [CAP_NEW],
      legal: PMK26,
      unit: 'rupiah',
      value: 2_400_000,
    })
    expect(r.warnings).toEqual([
      {
        code: WORDING,
        message:
          'The PP 6/2025 wording of the claim conditions (Pasal 19–20: resignation, proof of termination) was not seen: the PP 37/2021 conditions are used.',
      },
      LOW_TRAINING,
    ])
  })

  it('cost exactly at the cap (2,400,000): all of it', () => {
    const r = calculateJkpBenefit(input('2025-04-14', 2_400_000), EN)
    expect(r.training).toEqual({ cap: 2_400_000, cost: 2_400_000, amount: 2_400_000 })
    expect(trainingReasons(r)[0]?.message).toBe(
      'Training cost Rp2.400.000, at most Rp2.400.000: Rp2.400.000 is paid to the training provider (not cash to the participant).',
    )
  })

  it('one rupiah above the cap (2,400,001): the cap', () => {
    const r = calculateJkpBenefit(input('2025-04-14', 2_400_001), EN)
    expect(r.training).toEqual({ cap: 2_400_000, cost: 2_400_001, amount: 2_400_000 })
  })

  it('below the cap (1,500,000.49, shown rounded half up to 1,500,000): the cost', () => {
    const r = calculateJkpBenefit(input('2025-04-14', '1500000.49'), EN)
    expect(r.training).toEqual({ cap: 2_400_000, cost: 1_500_000, amount: 1_500_000 })
    expect(step(r, 'jkp.training')).toEqual({
      rule: 'jkp.training',
      description: 'Training: min(Rp1.500.000, Rp2.400.000) = Rp1.500.000.',
      inputs: { trainingCost: 1_500_000 },
      parameters: [CAP_NEW],
      legal: PMK26,
      unit: 'rupiah',
      value: 1_500_000,
    })
  })
})

describe('jkp.training: no cost given', () => {
  it('a note naming the cap (English and Indonesian), no step, cost and amount null', () => {
    const en = calculateJkpBenefit(input('2025-03-15'), EN)
    expect(en.training).toEqual({ cap: 1_000_000, cost: null, amount: null })
    expect(trainingReasons(en)).toEqual([
      {
        code: 'JKP_TRAINING_CAP',
        kind: 'note',
        message:
          'Job training is paid by BPJS Ketenagakerjaan to the training provider, at most Rp1.000.000 per participant (not cash to the participant).',
        legal: PMK148,
        path: ['trainingCost'],
      },
    ])
    expect(en.explanation.steps.some((s) => s.rule === 'jkp.training')).toBe(false)
    const id = calculateJkpBenefit(input('2025-04-14'))
    expect(trainingReasons(id)).toEqual([
      {
        code: 'JKP_TRAINING_CAP',
        kind: 'note',
        message:
          'Pelatihan kerja dibayar BPJS Ketenagakerjaan kepada lembaga pelatihan, paling banyak Rp2.400.000 per peserta (bukan uang tunai kepada peserta).',
        legal: PMK26,
        path: ['trainingCost'],
      },
    ])
  })

  it('JKP not in force (2021-01-31): training is null and the cap is not read', () => {
    const r = calculateJkpBenefit({ layoffDate: '2021-01-31', trainingCost: 500_000 }, EN)
    expect(r.training).toBeNull()
    expect(r.explanation.parameters.some((p) => p.id === 'jkpBenefit.trainingCostCap')).toBe(false)
  })
})

describe('JKP_JOB_MARKET: the job-market note closes the benefit reasons', () => {
  it('the last reason, with no path, citing PP 37/2021 and Permenaker 15/2021 (English and Indonesian)', () => {
    const en = calculateJkpBenefit(input('2025-03-15'), EN)
    expect(en.reasons.at(-1)).toEqual({
      code: 'JKP_JOB_MARKET',
      kind: 'note',
      message:
        'Job-market information and career guidance are given through SIAPkerja; the second and later monthly payments require job-search activity.',
      legal: [{ source: 'PP-37-2021' }, { source: 'PERMENAKER-15-2021' }],
    })
    const id = calculateJkpBenefit(input('2025-03-15'))
    expect(id.reasons.at(-1)).toEqual({
      code: 'JKP_JOB_MARKET',
      kind: 'note',
      message:
        'Informasi pasar kerja dan bimbingan jabatan diberikan melalui SIAPkerja; manfaat bulan kedua dan seterusnya mensyaratkan kegiatan mencari kerja.',
      legal: [{ source: 'PP-37-2021' }, { source: 'PERMENAKER-15-2021' }],
    })
  })
})
