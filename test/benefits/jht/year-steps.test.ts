/**
 * projectJhtBalance, rule `jht.year` (PP 46/2015 Pasal 22 ayat (2): the balance is the contributions plus the
 * development return; the crediting method and the undeclared years are decisions D26). One step per
 * calendar year: its rate and source, the return credited once (half up), the balance, the formula of the
 * method, the rate's parameter reading when declared, and the rounding record. Every expected figure is
 * worked out by hand from src/parameters/jht.ts (2016: 0.0719 medium; 2017: 0.0782 low; 2020: 0.0559 low;
 * 2015 and 2021 onwards not declared) and the messages of src/i18n/messages/jht.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { projectJhtBalance } from '../../../src/benefits/jht/balance.js'
import type { JhtBalanceInput, JhtBalanceResult } from '../../../src/benefits/jht/types.js'

const EN = { locale: 'en' } as const
const PP46_22_2 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const RATE_2016 = { id: 'jht.developmentRate', value: '0.0719', from: '2016-01-01', to: '2016-12-31' }
const RATE_2017 = { id: 'jht.developmentRate', value: '0.0782', from: '2017-01-01', to: '2017-12-31' }

const FORMULA_EN = {
  prorata:
    'rate × (opening balance × months/12 + Σ contribution of month m × (last month − m)/12), rounded once to the rupiah (half up)',
  opening:
    'rate × opening balance × months/12 (in-year contributions earn nothing), rounded once to the rupiah (half up)',
  monthly: 'each month: balance × rate ÷ 12, rounded to the rupiah (half up)',
}
const FORMULA_ID = {
  prorata:
    'tingkat × (saldo awal × bulan/12 + Σ iuran bulan m × (bulan terakhir − m)/12), dibulatkan sekali ke rupiah (setengah ke atas)',
  opening:
    'tingkat × saldo awal × bulan/12 (iuran tahun berjalan tidak berbunga), dibulatkan sekali ke rupiah (setengah ke atas)',
  monthly: 'setiap bulan: saldo × tingkat ÷ 12, dibulatkan ke rupiah (setengah ke atas)',
}

const methodUsedEn = (method: string) => ({
  code: 'JHT_METHOD_USED',
  kind: 'note',
  message: `The return is credited with the ${method} method (the library's choice unless given).`,
  legal: [PP46_22_2, D26],
})
const estimateEn = (method: string) => ({
  code: 'JHT_METHOD_ESTIMATE',
  message: `How BPJS TK credits the return (${method}) is not known from the regulations; the result is an estimate.`,
})
const LOW_2017_EN = {
  code: 'LOW_CONFIDENCE_RULE',
  message:
    'This rule uses parameter jht.developmentRate, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
  parameterId: 'jht.developmentRate',
}

/** Opening Rp1,000,000, Rp100,000 in Nov and Dec 2016 (a two-month year at 0.0719). */
const NOV_DEC: JhtBalanceInput = {
  openingBalance: 1000000,
  history: [
    { month: '2016-11', contribution: 100000 },
    { month: '2016-12', contribution: 100000 },
  ],
}

describe('jht.year, yearly pro rata (default C2): a partial year ending on a half rupiah', () => {
  // base = 1,000,000 × 2/12 + 100,000 × (12 − 11)/12 + 100,000 × 0/12 = 175,000;
  // 175,000 × 0.0719 = 12,582.5 → 12,583 (half up); balance 1,000,000 + 200,000 + 12,583 = 1,212,583
  let en: JhtBalanceResult
  let id: JhtBalanceResult
  beforeEach(() => {
    en = projectJhtBalance(NOV_DEC, EN)
    id = projectJhtBalance(NOV_DEC)
  })

  it('the result: complete, totals, the declared rate and both months (the return on the last)', () => {
    expect({ ...en, reasons: [], warnings: [], explanation: null }).toEqual({
      status: 'complete',
      missing: [],
      method: 'yearly-prorata',
      rounding: 'half-up',
      openingBalance: 1000000,
      balance: 1212583,
      totalContributions: 200000,
      totalWithdrawals: 0,
      totalReturns: 12583,
      rates: [{ year: 2016, rate: '0.0719', source: 'declared', confidence: 'medium' }],
      months: [
        {
          month: '2016-11',
          contribution: 100000,
          contributionSource: 'input',
          withdrawal: 0,
          return: 0,
          balance: 1100000,
        },
        {
          month: '2016-12',
          contribution: 100000,
          contributionSource: 'input',
          withdrawal: 0,
          return: 12583,
          balance: 1212583,
        },
      ],
      assumptions: null,
      reasons: [],
      warnings: [],
      explanation: null,
    })
  })

  it('the step in English: rule, text, formula, inputs, the 2016 reading, citations, rounding, value', () => {
    expect(en.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2016, rate 0.0719 (declared): return Rp12.583, balance Rp1.212.583.',
        formula: FORMULA_EN.prorata,
        inputs: { year: 2016, rate: '0.0719', source: 'declared', months: 2 },
        parameters: [RATE_2016],
        legal: [PP46_22_2, D26],
        rounding: { mode: 'half-up', exact: '12582.5', rounded: 12583 },
        value: 1212583,
      },
    ])
  })

  it('the step in Indonesian', () => {
    expect(id.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Tahun 2016, tingkat 0,0719 (declared): hasil pengembangan Rp12.583, saldo Rp1.212.583.',
        formula: FORMULA_ID.prorata,
        inputs: { year: 2016, rate: '0.0719', source: 'declared', months: 2 },
        parameters: [RATE_2016],
        legal: [PP46_22_2, D26],
        rounding: { mode: 'half-up', exact: '12582.5', rounded: 12583 },
        value: 1212583,
      },
    ])
  })

  it('reasons and warnings in both locales: the method used (PP 46/2015, D26), the estimate warning', () => {
    expect(en.reasons).toEqual([methodUsedEn('yearly-prorata')])
    expect(en.warnings).toEqual([estimateEn('yearly-prorata')])
    expect(id.reasons).toEqual([
      {
        code: 'JHT_METHOD_USED',
        kind: 'note',
        message:
          'Hasil pengembangan dibukukan dengan cara yearly-prorata (pilihan pustaka bila tidak ditentukan).',
        legal: [PP46_22_2, D26],
      },
    ])
    expect(id.warnings).toEqual([
      {
        code: 'JHT_METHOD_ESTIMATE',
        message:
          'Cara pembukuan hasil pengembangan (yearly-prorata) tidak diketahui dari regulasi; hasilnya perkiraan.',
      },
    ])
  })

  it('the explanation: operation, first month as date, the 2016 reading (read for 1 July), citations', () => {
    expect(en.explanation.operation).toBe('projectJhtBalance')
    expect(en.explanation.date).toBe('2016-11-01')
    expect(en.explanation.parameters).toEqual([
      {
        ...RATE_2016,
        date: '2016-07-01',
        confidence: 'medium',
        legal: [PP46_22_2, D26],
        overridden: false,
        lastVerifiedOn: '2026-11-24',
      },
    ])
    expect(en.explanation.legal.map((c) => [c.source, c.article, c.text])).toEqual([
      ['PP-46-2015', 'Pasal 22 ayat (2)', 'PP 46/2015 Pasal 22 ayat (2)'],
      ['DECISIONS', 'D26', 'Library decision D26'],
    ])
  })
})

describe('jht.year: the three methods on one full year (contributions in Mar, Jun, Sep, Dec)', () => {
  // opening 1,000,000; Rp120,000 in months 3, 6, 9 and 12 of 2016, nothing in the other months
  const input = (method?: JhtBalanceInput['method']): JhtBalanceInput => ({
    openingBalance: 1000000,
    history: Array.from({ length: 12 }, (_, k) => ({
      month: `2016-${String(k + 1).padStart(2, '0')}`,
      contribution: (k + 1) % 3 === 0 ? 120000 : 0,
    })),
    ...(method === undefined ? {} : { method }),
  })

  it('pro rata: 0.0719 × (1,000,000 + 120,000 × (9 + 6 + 3 + 0)/12) = 84,842; balance 1,564,842', () => {
    const r = projectJhtBalance(input('yearly-prorata'), EN)
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2016, rate 0.0719 (declared): return Rp84.842, balance Rp1.564.842.',
        formula: FORMULA_EN.prorata,
        inputs: { year: 2016, rate: '0.0719', source: 'declared', months: 12 },
        parameters: [RATE_2016],
        legal: [PP46_22_2, D26],
        rounding: { mode: 'half-up', exact: '84842', rounded: 84842 },
        value: 1564842,
      },
    ])
    expect([r.balance, r.totalReturns, r.totalContributions]).toEqual([1564842, 84842, 480000])
    expect(r.months.map((m) => m.return)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84842])
  })

  it('opening only (C1): 0.0719 × 1,000,000 = 71,900; balance 1,551,900; the reason names the method', () => {
    const r = projectJhtBalance(input('yearly-opening'), EN)
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2016, rate 0.0719 (declared): return Rp71.900, balance Rp1.551.900.',
        formula: FORMULA_EN.opening,
        inputs: { year: 2016, rate: '0.0719', source: 'declared', months: 12 },
        parameters: [RATE_2016],
        legal: [PP46_22_2, D26],
        rounding: { mode: 'half-up', exact: '71900', rounded: 71900 },
        value: 1551900,
      },
    ])
    expect(r.method).toBe('yearly-opening')
    expect(r.reasons).toEqual([methodUsedEn('yearly-opening')])
    expect(r.warnings).toEqual([estimateEn('yearly-opening')])
    expect(projectJhtBalance(input('yearly-opening')).explanation.steps[0]!.formula).toBe(FORMULA_ID.opening)
  })

  it('default method is the pro rata one (no method given)', () => {
    const r = projectJhtBalance(input())
    expect(r.method).toBe('yearly-prorata')
    expect(r.balance).toBe(1564842)
  })
})

describe('jht.year, monthly (C3): each month balance × rate ÷ 12, rounded, before the month’s flow', () => {
  // Nov: 1,200,000 × 0.0719 / 12 = 7,190 → 1,200,000 + 7,190 + 120,000 = 1,327,190
  // Dec: 1,327,190 × 0.0719 / 12 = 7,952.080… → 7,952 → 1,327,190 + 7,952 + 120,000 = 1,455,142
  const input: JhtBalanceInput = {
    openingBalance: 1200000,
    method: 'monthly',
    history: [
      { month: '2016-11', contribution: 120000 },
      { month: '2016-12', contribution: 120000 },
    ],
  }

  it('months carry their own return; one step without a rounding record, the sum as return', () => {
    const r = projectJhtBalance(input, EN)
    expect(r.months).toEqual([
      {
        month: '2016-11',
        contribution: 120000,
        contributionSource: 'input',
        withdrawal: 0,
        return: 7190,
        balance: 1327190,
      },
      {
        month: '2016-12',
        contribution: 120000,
        contributionSource: 'input',
        withdrawal: 0,
        return: 7952,
        balance: 1455142,
      },
    ])
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2016, rate 0.0719 (declared): return Rp15.142, balance Rp1.455.142.',
        formula: FORMULA_EN.monthly,
        inputs: { year: 2016, rate: '0.0719', source: 'declared', months: 2 },
        parameters: [RATE_2016],
        legal: [PP46_22_2, D26],
        unit: 'rupiah',
        value: 1455142,
      },
    ])
    expect([r.balance, r.totalReturns]).toEqual([1455142, 15142])
    expect(projectJhtBalance(input).explanation.steps[0]!.formula).toBe(FORMULA_ID.monthly)
  })

  it('a missing year credits nothing monthly and records no step', () => {
    const r = projectJhtBalance(
      { method: 'monthly', openingBalance: 1200000, history: [{ month: '2021-01', contribution: 1000 }] },
      EN,
    )
    expect(r.months).toEqual([
      {
        month: '2021-01',
        contribution: 1000,
        contributionSource: 'input',
        withdrawal: 0,
        return: 0,
        balance: 1201000,
      },
    ])
    expect(r.explanation.steps).toEqual([])
    expect([r.status, r.balance, r.missing]).toEqual(['incomplete', null, ['rates.2021']])
  })
})

describe('jht.year: a rate given by the caller and a low-confidence declared year', () => {
  it('rates.2016 given: source input, no parameter read, only the step’s own citation', () => {
    const r = projectJhtBalance({ ...NOV_DEC, rates: { '2016': '0.06' } }, EN)
    // 175,000 × 0.06 = 10,500
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2016, rate 0.06 (input): return Rp10.500, balance Rp1.210.500.',
        formula: FORMULA_EN.prorata,
        inputs: { year: 2016, rate: '0.06', source: 'input', months: 2 },
        parameters: [],
        legal: [PP46_22_2],
        rounding: { mode: 'half-up', exact: '10500', rounded: 10500 },
        value: 1210500,
      },
    ])
    expect(r.rates).toEqual([{ year: 2016, rate: '0.06', source: 'input' }])
    expect(r.explanation.parameters).toEqual([])
    expect(r.warnings).toEqual([estimateEn('yearly-prorata')])
  })

  it('2017 declared at low confidence: LOW_CONFIDENCE_RULE once, after the method warning', () => {
    const r = projectJhtBalance(
      {
        openingBalance: 1200000,
        method: 'yearly-opening',
        history: [
          { month: '2017-10', contribution: 0 },
          { month: '2017-11', contribution: 0 },
          { month: '2017-12', contribution: 0 },
        ],
      },
      EN,
    )
    // 1,200,000 × 3/12 × 0.0782 = 23,460
    expect(r.warnings).toEqual([estimateEn('yearly-opening'), LOW_2017_EN])
    expect(r.rates).toEqual([{ year: 2017, rate: '0.0782', source: 'declared', confidence: 'low' }])
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2017, rate 0.0782 (declared): return Rp23.460, balance Rp1.223.460.',
        formula: FORMULA_EN.opening,
        inputs: { year: 2017, rate: '0.0782', source: 'declared', months: 3 },
        parameters: [RATE_2017],
        legal: [PP46_22_2, D26],
        rounding: { mode: 'half-up', exact: '23460', rounded: 23460 },
        value: 1223460,
      },
    ])
  })
})

describe('undeclared years (D26): 2015 before the first declared year, 2021 after the last', () => {
  let r2015: JhtBalanceResult
  let r2020: JhtBalanceResult
  beforeEach(() => {
    r2015 = projectJhtBalance({ history: [{ month: '2015-12', contribution: 50000 }] }, EN)
    r2020 = projectJhtBalance(
      {
        history: [
          { month: '2020-12', contribution: 60000 },
          { month: '2021-01', contribution: 60000 },
        ],
      },
      EN,
    )
  })

  it('2015: incomplete, the MISSING_FACT reason with path and citations, no step, no rate', () => {
    expect(r2015.status).toBe('incomplete')
    expect(r2015.missing).toEqual(['rates.2015'])
    expect(r2015.balance).toBeNull()
    expect(r2015.rates).toEqual([])
    expect(r2015.explanation.steps).toEqual([])
    expect(r2015.reasons).toEqual([
      methodUsedEn('yearly-prorata'),
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the JHT development rate of that year (no declared figure seen) (field rates.2015). The library does not assume it.',
        legal: [PP46_22_2, D26],
        path: ['rates', '2015'],
      },
    ])
  })

  it('the Indonesian missing reason', () => {
    const r = projectJhtBalance({ history: [{ month: '2015-12', contribution: 50000 }] })
    expect(r.reasons[1]).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Data belum diberikan: tingkat pengembangan JHT tahun tersebut (tidak ada angka resmi yang terbaca) (kolom rates.2015). Pustaka ini tidak mengasumsikannya.',
      legal: [PP46_22_2, D26],
      path: ['rates', '2015'],
    })
  })

  it('2020 declared (0.0559, low), 2021 not: one step for 2020, the 2021 month without return', () => {
    // 2020: one month, base 0 + 60,000 × 0 → return 0
    expect(r2020.status).toBe('incomplete')
    expect(r2020.missing).toEqual(['rates.2021'])
    expect(r2020.rates).toEqual([{ year: 2020, rate: '0.0559', source: 'declared', confidence: 'low' }])
    expect(r2020.explanation.steps.map((s) => [s.rule, s.inputs, s.value])).toEqual([
      ['jht.year', { year: 2020, rate: '0.0559', source: 'declared', months: 1 }, 60000],
    ])
    expect(r2020.months.map((m) => [m.month, m.return, m.balance])).toEqual([
      ['2020-12', 0, 60000],
      ['2021-01', 0, 120000],
    ])
    expect(r2020.totalContributions).toBe(120000)
  })

  it('the caller fills 2015: complete', () => {
    const r = projectJhtBalance(
      { history: [{ month: '2015-12', contribution: 50000 }], rates: { '2015': '0.05' } },
      EN,
    )
    expect([r.status, r.missing, r.balance]).toEqual(['complete', [], 50000])
  })
})
