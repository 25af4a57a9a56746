/**
 * jp.start and jp.months for the old-age pension, rule by rule: payment starts the month after pension age
 * is reached (PP 45/2015 Pasal 15 and 19, decisions D24) or after a later claim date; fewer than 180 paid
 * months (Pasal 19) give a lump sum; JP started in July 2015, so 180 months are possible at the earliest
 * with the 2030-06 contribution (a start up to 2030-06 is always a lump sum). Pension ages from
 * src/parameters/jp.ts: 58 in 2022–2024, 60 in 2028–2030. Expected values are written from the parameter
 * tables and the message catalogue, not from running the code.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  calculateJpBenefit,
  type JpBenefitInput,
  type JpBenefitResult,
} from '../../../src/index.js'
import { idCatalogue } from '../../../src/i18n/catalogues.js'
import { enCatalogue } from '../../../src/i18n/en/index.js'
import { fillTemplate } from '../../../src/i18n/registry.js'
import { COVERAGE } from '../../../src/parameters/coverage.js'
import { EN, months, step } from './spec-helpers.js'

const P15 = { source: 'PP-45-2015', article: 'Pasal 15' }
const P17 = { source: 'PP-45-2015', article: 'Pasal 17' }
const P18 = { source: 'PP-45-2015', article: 'Pasal 18' }
const P19 = { source: 'PP-45-2015', article: 'Pasal 19' }
const D24 = { source: 'DECISIONS', article: 'D24' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const MIN_MONTHS = { id: 'jp.benefit.minimumContributionMonths', value: 180, from: '2015-07-01' }

const code = (r: JpBenefitResult) => r.reasons.map((x) => x.code)

const LOW_CAP_EN = {
  code: 'LOW_CONFIDENCE_RULE',
  message:
    'This rule uses parameter jp.wageCap, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
  parameterId: 'jp.wageCap',
}

/** Born 1966-03-10: 58 (the age in force 2022–2024) on 2024-03-10; paid 2015-07 … 2024-03 (105 months). */
const OLD: JpBenefitInput = {
  kind: 'old-age',
  birthDate: '1966-03-10',
  membershipStart: '2015-07-01',
  wageHistory: months('2015-07', 105, 5000000),
}

describe('old age before 2030: pension age 58 reached 2024-03-10, 105 months, a lump sum', () => {
  let r: JpBenefitResult
  let id: JpBenefitResult
  beforeEach(() => {
    r = calculateJpBenefit(OLD, EN)
    id = calculateJpBenefit(OLD)
  })

  it('starts 2024-04; 105 × 3% × Rp5,000,000 = Rp15,750,000, contributions only', () => {
    expect(r.status).toBe('payable')
    expect(r.form).toBe('lump-sum')
    expect(r.start).toBe('2024-04')
    expect([r.contributionMonths, r.countedMonths]).toEqual([105, 105])
    expect(r.lumpSum).toEqual({ contributions: 15750000, total: 15750000, returnsIncluded: false })
    expect(r.monthlyPension).toBe(0)
    expect(r.schedule).toEqual([])
    expect(r.bounds).toBeNull()
    expect(r.formulaAmount).toBeNull()
  })

  it('reasons (English): pension age, no monthly pension before 2030-06, fewer than 180 months, no returns', () => {
    expect(r.reasons).toEqual([
      {
        code: 'JP_NOT_YET_PENSION_AGE',
        kind: 'note',
        message: 'Pension age (58) is reached on 2024-03-10; the benefit starts 2024-04.',
        legal: [P15, P19, D24],
      },
      {
        code: 'JP_NO_MONTHLY_BEFORE',
        kind: 'note',
        message:
          'JP started in July 2015: 180 contribution months are possible at the earliest in 2030-06; before then every old-age benefit is a lump sum.',
        legal: [P19],
      },
      {
        code: 'JP_LUMP_SUM_BELOW_15',
        kind: 'note',
        message: '105 contribution months are fewer than 180: a lump sum.',
        legal: [P19],
      },
      {
        code: 'JP_LUMP_SUM_NO_RETURNS',
        kind: 'note',
        message: 'Development returns not included (their rate is unknown): contributions only.',
        legal: [D26],
      },
    ])
  })

  it('reasons (Indonesian)', () => {
    expect(id.reasons.map((x) => x.message)).toEqual([
      'Usia pensiun (58) dicapai pada 2024-03-10; manfaat mulai 2024-04.',
      'JP dimulai Juli 2015: masa iur 180 bulan paling cepat tercapai pada 2030-06; sebelum itu manfaat hari tua selalu sekaligus.',
      'Masa iur 105 bulan kurang dari 180 bulan: manfaat sekaligus.',
      'Hasil pengembangan tidak termasuk (tingkatnya tidak diketahui): hanya akumulasi iuran.',
    ])
  })

  it('the steps: start, months, lump sum, whole', () => {
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jp.start',
        description: 'The benefit starts 2024-04 (pension age 58 reached on 2024-03-10).',
        inputs: { birthDate: '1966-03-10' },
        parameters: [],
        legal: [P15, P19, D24],
        value: '2024-04',
      },
      {
        rule: 'jp.months',
        description: '105 contribution months; 105 months used.',
        inputs: {},
        parameters: [MIN_MONTHS],
        legal: [P19],
        value: 105,
      },
      {
        rule: 'jp.lumpSum',
        description: 'Lump sum: contributions Rp15.750.000, total Rp15.750.000.',
        inputs: {},
        parameters: [],
        legal: [P19, P17],
        unit: 'rupiah',
        value: 15750000,
      },
    ])
    expect(id.explanation.steps.map((s) => s.description)).toEqual([
      'Manfaat mulai 2024-04 (usia pensiun 58 dicapai 2024-03-10).',
      'Masa iur 105 bulan; dipakai 105 bulan.',
      'Manfaat sekaligus: iuran Rp15.750.000, total Rp15.750.000.',
    ])
  })

  it('the pension age reading is taken into the explanation; the only warning is the low-confidence 2021 cap', () => {
    expect(r.explanation.parameters.filter((p) => p.id === 'jp.pensionAge').map((p) => p.value)).toEqual([58])
    expect(r.warnings).toEqual([LOW_CAP_EN])
  })

  it('the timeline: one lump sum in 2024-04 with its reasons, in both languages', () => {
    expect(r.timeline).toEqual([
      {
        from: '2024-04',
        amount: 15750000,
        text:
          'In 2024-04 you receive a lump sum of Rp15.750.000.' +
          ' JP started in July 2015: 180 contribution months are possible at the earliest in 2030-06; before then every old-age benefit is a lump sum.' +
          ' 105 contribution months are fewer than 180: a lump sum.',
      },
    ])
    expect(id.timeline).toEqual([
      {
        from: '2024-04',
        amount: 15750000,
        text:
          'Pada 2024-04 Anda menerima manfaat sekaligus Rp15.750.000.' +
          ' JP dimulai Juli 2015: masa iur 180 bulan paling cepat tercapai pada 2030-06; sebelum itu manfaat hari tua selalu sekaligus.' +
          ' Masa iur 105 bulan kurang dari 180 bulan: manfaat sekaligus.',
      },
    ])
  })
})

describe('old age: a claim date later than pension age moves the start', () => {
  it('claim on the pension-age day (2024-03-10): still 2024-04', () => {
    const r = calculateJpBenefit({ ...OLD, eventDate: '2024-03-10' }, EN)
    expect(r.start).toBe('2024-04')
    expect(r.explanation.date).toBe('2024-03-10')
  })

  it('claim on 2024-04-01: starts 2024-05; the reason still gives the pension-age date', () => {
    const r = calculateJpBenefit({ ...OLD, eventDate: '2024-04-01' }, EN)
    expect(r.start).toBe('2024-05')
    expect(r.reasons[0]).toEqual({
      code: 'JP_NOT_YET_PENSION_AGE',
      kind: 'note',
      message: 'Pension age (58) is reached on 2024-03-10; the benefit starts 2024-05.',
      legal: [P15, P19, D24],
    })
    expect(step(r, 'jp.start')).toEqual({
      rule: 'jp.start',
      description: 'The benefit starts 2024-05 (pension age 58 reached on 2024-03-10).',
      inputs: { birthDate: '1966-03-10' },
      parameters: [],
      legal: [P15, P19, D24],
      value: '2024-05',
    })
  })

  it('a claim date before pension age does not start it earlier', () => {
    const r = calculateJpBenefit({ ...OLD, eventDate: '2024-03-09' }, EN)
    expect(r.start).toBe('2024-04')
  })
})

describe('old age: the earliest month of 180 contributions is 2030-06 (2015-07 + 179 months)', () => {
  // 12 months of 2016 at Rp3,000,000: a lump sum of 12 × Rp90,000 either way
  const base = {
    kind: 'old-age',
    membershipStart: '2016-01-01',
    wageHistory: months('2016-01', 12, 3000000),
  } as const

  it('born 1970-05-15: 60 (the age in force 2028–2030) on 2030-05-15, start 2030-06: the note is given', () => {
    const r = calculateJpBenefit({ ...base, birthDate: '1970-05-15' }, EN)
    expect(r.start).toBe('2030-06')
    expect(code(r)).toEqual([
      'JP_NOT_YET_PENSION_AGE',
      'JP_NO_MONTHLY_BEFORE',
      'JP_LUMP_SUM_BELOW_15',
      'JP_LUMP_SUM_NO_RETURNS',
    ])
    expect(r.reasons[0]!.message).toBe(
      'Pension age (60) is reached on 2030-05-15; the benefit starts 2030-06.',
    )
    expect(r.lumpSum).toEqual({ contributions: 1080000, total: 1080000, returnsIncluded: false })
    // the calculation is about 2030-05-15, after the verification date 2026-11-24 (this was [] when the
    // explanation's date was the birth date)
    expect(r.explanation.date).toBe('2030-05-15')
    expect(r.warnings).toEqual([
      {
        code: 'DATE_AFTER_LAST_VERIFICATION',
        message:
          'The date 2030-05-15 is after the legal data was last verified (2026-11-24): this result projects the rules in force then.',
      },
    ])
  })

  it('born 1970-06-15: start 2030-07, after the earliest month: no note, still a lump sum', () => {
    const r = calculateJpBenefit({ ...base, birthDate: '1970-06-15' }, EN)
    expect(r.start).toBe('2030-07')
    expect(r.reasons).toEqual([
      {
        code: 'JP_NOT_YET_PENSION_AGE',
        kind: 'note',
        message: 'Pension age (60) is reached on 2030-06-15; the benefit starts 2030-07.',
        legal: [P15, P19, D24],
      },
      {
        code: 'JP_LUMP_SUM_BELOW_15',
        kind: 'note',
        message: '12 contribution months are fewer than 180: a lump sum.',
        legal: [P19],
      },
      {
        code: 'JP_LUMP_SUM_NO_RETURNS',
        kind: 'note',
        message: 'Development returns not included (their rate is unknown): contributions only.',
        legal: [D26],
      },
    ])
    expect(r.timeline).toEqual([
      {
        from: '2030-07',
        amount: 1080000,
        text: 'In 2030-07 you receive a lump sum of Rp1.080.000. 12 contribution months are fewer than 180: a lump sum.',
      },
    ])
  })
})

describe('old age: 180 months 2015-07 … 2030-06, start 2030-07, a monthly pension with the caller bounds', () => {
  let r: JpBenefitResult
  beforeEach(() => {
    r = calculateJpBenefit(
      {
        kind: 'old-age',
        birthDate: '1970-06-15',
        membershipStart: '2015-07-01',
        wageHistory: months('2015-07', 180, 1000000),
        inflation: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(2015 + i), '0'])),
        bounds: { minimum: 500000, maximum: 6000000 },
      },
      EN,
    )
  })

  it('180 months reach 180: monthly; 1% × 15 × Rp1,000,000 = Rp150,000 → the minimum Rp500,000', () => {
    expect(r.status).toBe('payable')
    expect(r.form).toBe('monthly')
    expect([r.contributionMonths, r.countedMonths]).toEqual([180, 180])
    expect(r.averageIndexedWage).toBe(1000000)
    expect(r.formulaAmount).toBe(150000)
    expect(r.bounds).toEqual({ minimum: 500000, maximum: 6000000, status: 'input' })
    expect(r.boundApplied).toBe('minimum')
    expect(r.monthlyPension).toBe(500000)
    expect(r.reasons).toEqual([
      {
        code: 'JP_NOT_YET_PENSION_AGE',
        kind: 'note',
        message: 'Pension age (60) is reached on 2030-06-15; the benefit starts 2030-07.',
        legal: [P15, P19, D24],
      },
      {
        code: 'JP_MONTHLY_PENSION',
        kind: 'note',
        message: '180 contribution months reach 180: a monthly pension.',
        legal: [P19],
      },
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp150.000, below the minimum benefit Rp500.000: Rp500.000 is paid.',
        legal: [P18],
      },
    ])
  })

  it('the steps, whole', () => {
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jp.start',
        description: 'The benefit starts 2030-07 (pension age 60 reached on 2030-06-15).',
        inputs: { birthDate: '1970-06-15' },
        parameters: [],
        legal: [P15, P19, D24],
        value: '2030-07',
      },
      {
        rule: 'jp.months',
        description: '180 contribution months; 180 months used.',
        inputs: {},
        parameters: [MIN_MONTHS],
        legal: [P19],
        value: 180,
      },
      {
        rule: 'jp.averageWage',
        description: 'Average weighted wage Rp1.000.000 over 180 months.',
        formula: 'Σ min(wage, cap) × Π(1 + inflation of year T … pension year − 1) ÷ number of months',
        inputs: { pensionYear: 2030 },
        parameters: [],
        legal: [{ source: 'PP-45-2015', article: 'Pasal 17 ayat (3)' }, D26],
        value: '1000000',
      },
      {
        rule: 'jp.formula',
        description: 'Pension by the formula: Rp150.000.',
        formula: '0.01 × (180 ÷ 12) × Rp1.000.000, rounded to the rupiah (half up)',
        inputs: {},
        parameters: [{ id: 'jp.benefit.accrualRate', value: '0.01', from: '2015-07-01' }],
        legal: [{ source: 'PP-45-2015', article: 'Pasal 17 ayat (2)' }],
        rounding: { mode: 'half-up', exact: '150000', rounded: 150000 },
        value: 150000,
      },
      {
        rule: 'jp.bounds',
        description: 'Bounds Rp500.000 – Rp6.000.000: benefit Rp500.000.',
        inputs: {},
        parameters: [],
        legal: [P18],
        unit: 'rupiah',
        value: 500000,
      },
    ])
  })

  it('warnings: the date past verification, the 2021 cap (low), the cap kept past its March 2027 review, month weighting, no indexation', () => {
    // first the date of the calculation, pension age on 2030-06-15, after the verification date 2026-11-24
    expect(r.explanation.date).toBe('2030-06-15')
    expect(r.warnings).toEqual([
      {
        code: 'DATE_AFTER_LAST_VERIFICATION',
        message:
          'The date 2030-06-15 is after the legal data was last verified (2026-11-24): this result projects the rules in force then.',
      },
      LOW_CAP_EN,
      {
        code: 'PARAMETER_MAY_BE_OUTDATED',
        message:
          'Parameter jp.wageCap may be outdated: the value "11086300" applies since 2026-03-01 and was due for review on 2027-03-01. Pass the new value through options.parameters once announced.',
        parameterId: 'jp.wageCap',
      },
      {
        code: 'JP_AVERAGE_MONTH_WEIGHTED',
        message: 'The average weighted wage is month-weighted (each paid month counts once).',
      },
      {
        code: 'JP_NO_PAYMENT_INDEXATION',
        message:
          'No indexation factor for later years given: the benefit is not indexed (PP 45/2015 Pasal 17(4) not seen).',
      },
    ])
  })

  it('179 months (2015-07 … 2030-05): a lump sum of 179 × Rp30,000', () => {
    const r2 = calculateJpBenefit(
      {
        kind: 'old-age',
        birthDate: '1970-06-15',
        membershipStart: '2015-07-01',
        wageHistory: months('2015-07', 179, 1000000),
      },
      EN,
    )
    expect(r2.form).toBe('lump-sum')
    expect(r2.lumpSum).toEqual({ contributions: 5370000, total: 5370000, returnsIncluded: false })
    expect(r2.reasons[1]).toEqual({
      code: 'JP_LUMP_SUM_BELOW_15',
      kind: 'note',
      message: '179 contribution months are fewer than 180: a lump sum.',
      legal: [P19],
    })
  })
})

describe('old age without a claim date: the explanation is dated the day pension age is reached', () => {
  // the date a disability or a death has for the other kinds: the pension starts the month after it, and a
  // date after COVERAGE.verifiedOn (2026-11-24) warns that the rules in force then are projected
  const after = (r: JpBenefitResult) => r.warnings.filter((w) => w.code === 'DATE_AFTER_LAST_VERIFICATION')
  const WARNED = (date: string) => ({
    code: 'DATE_AFTER_LAST_VERIFICATION',
    message: `The date ${date} is after the legal data was last verified (2026-11-24): this result projects the rules in force then.`,
  })

  it('born 1966-03-10: 58 on 2024-03-10, before the verification date: dated 2024-03-10, no warning', () => {
    const r = calculateJpBenefit(OLD, EN)
    expect(r.explanation.date).toBe('2024-03-10')
    expect(r.start).toBe('2024-04')
    expect(after(r)).toEqual([])
  })

  it('born 1970-06-15: 60 on 2030-06-15, start 2030-07: dated 2030-06-15 (not the birth date), warned', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1970-06-15' }, EN)
    expect(r.explanation.date).toBe('2030-06-15')
    expect(r.start).toBe('2030-07')
    expect(after(r)).toEqual([WARNED('2030-06-15')])
  })

  it('the same in Indonesian', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1970-06-15' })
    expect(after(r)).toEqual([
      {
        code: 'DATE_AFTER_LAST_VERIFICATION',
        message:
          'Tanggal 2030-06-15 setelah data hukum terakhir diverifikasi (2026-11-24): hasil ini memproyeksikan aturan yang berlaku pada tanggal itu.',
      },
    ])
  })

  it('born 1967-11-25: 59 on 2026-11-25, the day after the verification date: warned', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1967-11-25' }, EN)
    expect(r.explanation.date).toBe('2026-11-25')
    expect(after(r)).toEqual([WARNED('2026-11-25')])
  })

  it('born 1967-10-31: 59 on 2026-10-31, start 2026-11 (read on 2026-11-01, before it): no warning', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1967-10-31' }, EN)
    expect(r.explanation.date).toBe('2026-10-31')
    expect(r.start).toBe('2026-11')
    expect(after(r)).toEqual([])
  })

  it('born 1967-11-24: 59 on the verification date itself, start 2026-12 (read after it): the start month is warned', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1967-11-24' }, EN)
    expect(r.explanation.date).toBe('2026-11-24')
    expect(r.start).toBe('2026-12')
    expect(after(r)).toEqual([WARNED('2026-12')])
  })

  it('a claim date kept as the date: claimed 2024-03-09, the day before pension age 2024-03-10', () => {
    const r = calculateJpBenefit({ ...OLD, eventDate: '2024-03-09' }, EN)
    expect(r.explanation.date).toBe('2024-03-09')
    expect(after(r)).toEqual([])
  })

  it('a claim date long before a pension age past the verification date: the start month 2030-07 is warned', () => {
    const r = calculateJpBenefit({ ...OLD, birthDate: '1970-06-15', eventDate: '2026-01-05' }, EN)
    expect(r.explanation.date).toBe('2026-01-05')
    expect(r.start).toBe('2030-07')
    expect(after(r)).toEqual([WARNED('2030-07')])
  })

  it('a death on 2026-11-20, before the verification date, paid from 2026-12: the start month is warned', () => {
    const r = calculateJpBenefit(
      {
        kind: 'widow',
        birthDate: '1985-01-01',
        membershipStart: '2025-05-01',
        eventDate: '2026-11-20',
        wageHistory: months('2025-05', 10, 4000000),
        survivorShare: '0.5',
      },
      EN,
    )
    expect(r.explanation.date).toBe('2026-11-20')
    expect(r.start).toBe('2026-12')
    expect(after(r)).toEqual([WARNED('2026-12')])
  })
})

describe('a start month past the horizon (2036-12-31): DATE_AFTER_COVERAGE on the input that set it, in the caller\u2019s locale', () => {
  const errorOf = (input: JpBenefitInput, options?: { locale: 'en' }) => {
    try {
      calculateJpBenefit(input, options)
    } catch (e) {
      if (e instanceof BpjsRuleError) return e
      throw e
    }
    throw new Error('expected a BpjsRuleError')
  }
  const params = (date: string) => ({ date, horizon: '2036-12-31', verifiedOn: COVERAGE.verifiedOn })

  it('old age, born 1990-01-01 (pension age 65, reached 2055-01-01): on birthDate, in English when asked', () => {
    const e = errorOf(
      {
        kind: 'old-age',
        birthDate: '1990-01-01',
        membershipStart: '2024-01-01',
        wageHistory: months('2024-01', 29, 2500000),
      },
      EN,
    )
    expect([e.code, e.path, e.params, e.locale]).toEqual([
      'DATE_AFTER_COVERAGE',
      ['birthDate'],
      params('2055-02-01'),
      'en',
    ])
    expect(e.message).toBe(fillTemplate(enCatalogue.DATE_AFTER_COVERAGE!, params('2055-02-01')))
    const id = errorOf({
      kind: 'old-age',
      birthDate: '1990-01-01',
      membershipStart: '2024-01-01',
      wageHistory: months('2024-01', 29, 2500000),
    })
    expect([id.locale, id.message]).toEqual([
      'id',
      fillTemplate(idCatalogue.DATE_AFTER_COVERAGE!, params('2055-02-01')),
    ])
  })

  // an old-age claim date sets the start only when it is after the day pension age is reached (D24): the
  // error is then on eventDate, else on birthDate (through pension age), whether the claim date is before it or
  // on the day itself
  describe('old age with a claim date: the error is on the input that set the start month', () => {
    const unclaimed = (birthDate: string): JpBenefitInput => ({
      kind: 'old-age',
      birthDate,
      membershipStart: '2024-01-01',
      wageHistory: months('2024-01', 29, 2500000),
    })
    const oldAge = (birthDate: string, eventDate: string) => ({ ...unclaimed(birthDate), eventDate })
    const where = (e: BpjsRuleError) => [e.code, e.path, e.params]

    it('claimed 2030-01-01, long before pension age (65, reached 2055-01-01): start 2055-02, on birthDate', () => {
      expect(where(errorOf(oldAge('1990-01-01', '2030-01-01'), EN))).toEqual([
        'DATE_AFTER_COVERAGE',
        ['birthDate'],
        params('2055-02-01'),
      ])
    })

    it('born 1974-12-15, 62 (the age in force 2034–2036) on 2036-12-15, claimed that day: start 2037-01, on birthDate', () => {
      expect(where(errorOf(oldAge('1974-12-15', '2036-12-15'), EN))).toEqual([
        'DATE_AFTER_COVERAGE',
        ['birthDate'],
        params('2037-01-01'),
      ])
    })

    it('born 1974-01-15, 62 on 2036-01-15 (start 2036-02, within the horizon), claimed 2036-12-31: start 2037-01, on eventDate', () => {
      expect(where(errorOf(oldAge('1974-01-15', '2036-12-31'), EN))).toEqual([
        'DATE_AFTER_COVERAGE',
        ['eventDate'],
        params('2037-01-01'),
      ])
      expect(calculateJpBenefit(unclaimed('1974-01-15'), EN).start).toBe('2036-02')
    })
  })

  it('disability on 2036-12-31 starts 2037-01: on eventDate; on 2036-11-30 it starts 2036-12, within the horizon', () => {
    const input: JpBenefitInput = {
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2024-01-01',
      eventDate: '2036-12-31',
      wageHistory: months('2024-01', 29, 2500000),
    }
    const e = errorOf(input, EN)
    expect([e.code, e.path, e.params]).toEqual(['DATE_AFTER_COVERAGE', ['eventDate'], params('2037-01-01')])
    expect(calculateJpBenefit({ ...input, eventDate: '2036-11-30' }, EN).start).toBe('2036-12')
  })
})
