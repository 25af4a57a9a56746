/**
 * projectJhtBalance, the money flows (flows.ts) and the checks around them (balance.ts): months priced by
 * calculateContribution (rule `jht.price`: PU 3.7% + 2% of the wage, BPU 2% of the declared income, PP
 * 46/2015), the caller's projection (assumptions only, decisions D26: growth each January, rounded half up,
 * assumed rates warned), and every validation error with its code, path and values. Expected figures are
 * worked out by hand from src/parameters (pu.ts, bpu.ts, jht.ts) and the messages of src/i18n/messages/jht.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { projectJhtBalance } from '../../../src/benefits/jht/balance.js'
import type { JhtBalanceInput, JhtBalanceResult } from '../../../src/benefits/jht/types.js'
import { BpjsValidationError, type BpjsIssue } from '../../../src/errors.js'
import { jhtDevelopmentRate } from '../../../src/parameters/jht.js'

const EN = { locale: 'en' } as const
const PP46_22_2 = { source: 'PP-46-2015', article: 'Pasal 22 ayat (2)' }
const D26 = { source: 'DECISIONS', article: 'D26' }

function issuesOf(f: () => unknown): readonly BpjsIssue[] {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues
    throw e
  }
  throw new Error('no validation error')
}
const issue = (
  path: (string | number)[],
  code: string,
  params: Record<string, string | number>,
  id: string,
  en: string,
  locale: 'id' | 'en' = 'en',
) => ({ path, code, message: locale === 'en' ? en : id, messages: { id, en }, params })

describe('jht.price: a month priced from its category and wage', () => {
  let pu: JhtBalanceResult
  beforeEach(() => {
    pu = projectJhtBalance(
      {
        history: [
          { month: '2016-01', category: 'PU', wage: 5000000 },
          { month: '2016-02', contribution: 20000 },
        ],
      },
      EN,
    )
  })

  it('PU Rp5,000,000: 3.7% + 2% = Rp285,000, a priced month, its step with the wage as exact text', () => {
    expect(pu.months[0]).toEqual({
      month: '2016-01',
      contribution: 285000,
      contributionSource: 'priced',
      withdrawal: 0,
      return: 0,
      balance: 285000,
    })
    expect(pu.months[1]!.contributionSource).toBe('input')
    expect(pu.explanation.steps[0]).toEqual({
      rule: 'jht.price',
      description: 'JHT contribution 2016-01 (PU, wage Rp5.000.000): Rp285.000.',
      inputs: { month: '2016-01', category: 'PU', wage: '5000000' },
      parameters: [],
      legal: [],
      unit: 'rupiah',
      value: 285000,
    })
    // 2016: base 285,000 × (2 − 1)/12 = 23,750; × 0.0719 = 1,707.625 → 1,708
    expect(pu.explanation.steps.map((s) => [s.rule, s.value, s.rounding])).toEqual([
      ['jht.price', 285000, undefined],
      ['jht.year', 306708, { mode: 'half-up', exact: '1707.625', rounded: 1708 }],
    ])
  })

  it('the pricing’s parameters join the explanation (matrix, the two JHT shares), then the rate', () => {
    expect(pu.explanation.parameters.map((p) => [p.id, p.value])).toEqual([
      ['programs.matrix', expect.anything()],
      ['pu.jht.rate.employer', '0.037'],
      ['pu.jht.rate.worker', '0.02'],
      ['jht.developmentRate', '0.0719'],
    ])
    expect(pu.warnings).toEqual([
      {
        code: 'JHT_METHOD_ESTIMATE',
        message:
          'How BPJS TK credits the return (yearly-prorata) is not known from the regulations; the result is an estimate.',
      },
    ])
  })

  it('BPU Rp1,000,000 declared income: JHT 2% = Rp20,000; the step in Indonesian', () => {
    const r = projectJhtBalance({ history: [{ month: '2016-03', category: 'BPU', wage: 1000000 }] })
    expect(r.months.map((m) => [m.contribution, m.contributionSource])).toEqual([[20000, 'priced']])
    expect(r.explanation.steps[0]).toEqual({
      rule: 'jht.price',
      description: 'Iuran JHT 2016-03 (BPU, upah Rp1.000.000): Rp20.000.',
      inputs: { month: '2016-03', category: 'BPU', wage: '1000000' },
      parameters: [],
      legal: [],
      unit: 'rupiah',
      value: 20000,
    })
    expect(r.explanation.parameters.map((p) => p.id)).toContain('bpu.jht.rate')
    expect(r.totalContributions).toBe(20000)
  })

  it('BPU months in the PP 50/2025 window (2026-01 … 2027-03) are priced: the JKK/JKM discount needs no payer for JHT', () => {
    // was BPU_PAYER_REQUIRED / BPU_SECTOR_REQUIRED at history.0, which a history month cannot give
    const r = projectJhtBalance({
      history: [
        { month: '2025-12', category: 'BPU', wage: 1000000 },
        { month: '2026-05', category: 'BPU', wage: 1000000 },
        { month: '2027-03', category: 'BPU', wage: 2000000 },
      ],
    })
    expect(r.months.map((m) => [m.month, m.contribution, m.contributionSource])).toEqual([
      ['2025-12', 20000, 'priced'],
      ['2026-05', 20000, 'priced'],
      ['2027-03', 40000, 'priced'],
    ])
    expect(r.totalContributions).toBe(80000)
    // only the JHT rate is read: no PP 50/2025 discount parameter is part of the explanation
    const ids = r.explanation.parameters.map((p) => p.id)
    expect(ids).toContain('bpu.jht.rate')
    expect(ids.filter((id) => id.startsWith('relief.') || id.startsWith('bpu.jk'))).toEqual([])
  })

  it('a wage of 0 is refused at the month’s wage path (by the input schema, before any pricing)', () => {
    const issues = issuesOf(() =>
      projectJhtBalance(
        {
          history: [
            { month: '2016-01', contribution: 1 },
            { month: '2016-02', category: 'PU', wage: 0 },
          ],
        },
        EN,
      ),
    )
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['history', 1, 'wage'], 'AMOUNT_NOT_POSITIVE']])
  })
})

describe('the caller’s projection (decisions D26): assumed contributions and rates, marked', () => {
  // opening 1,200,000; Oct 2026 – Mar 2027; Rp100,000, +5% each January; 6% a year; C1 (opening only):
  // 2026: 1,200,000 × 3/12 × 0.06 = 18,000 → 1,200,000 + 300,000 + 18,000 = 1,518,000
  // 2027: contributions 105,000; 1,518,000 × 3/12 × 0.06 = 22,770 → 1,518,000 + 315,000 + 22,770 = 1,855,770
  const FUTURE = {
    from: '2026-10',
    until: '2027-03',
    contribution: 100000,
    yearlyGrowth: '0.05',
    returnRate: '0.06',
  }
  const input: JhtBalanceInput = {
    openingBalance: 1200000,
    method: 'yearly-opening',
    history: [],
    future: FUTURE,
  }
  let r: JhtBalanceResult
  beforeEach(() => {
    r = projectJhtBalance(input, EN)
  })

  it('months: assumed contributions, grown in January, the return on each year’s last month', () => {
    expect(r.months).toEqual(
      [
        ['2026-10', 100000, 0, 1300000],
        ['2026-11', 100000, 0, 1400000],
        ['2026-12', 100000, 18000, 1518000],
        ['2027-01', 105000, 0, 1623000],
        ['2027-02', 105000, 0, 1728000],
        ['2027-03', 105000, 22770, 1855770],
      ].map(([month, contribution, ret, balance]) => ({
        month,
        contribution,
        contributionSource: 'assumption',
        withdrawal: 0,
        return: ret,
        balance,
      })),
    )
    expect([r.status, r.balance, r.totalContributions, r.totalReturns]).toEqual([
      'complete',
      1855770,
      615000,
      40770,
    ])
    expect(r.assumptions).toEqual(FUTURE)
    expect(r.rates).toEqual([
      { year: 2026, rate: '0.06', source: 'assumption' },
      { year: 2027, rate: '0.06', source: 'assumption' },
    ])
  })

  it('reasons: the method, then the assumptions with every figure (D26)', () => {
    expect(r.reasons).toEqual([
      {
        code: 'JHT_METHOD_USED',
        kind: 'note',
        message: "The return is credited with the yearly-opening method (the library's choice unless given).",
        legal: [PP46_22_2, D26],
      },
      {
        code: 'JHT_ASSUMPTIONS',
        kind: 'note',
        message:
          "The projection 2026-10–2027-03 uses the caller's assumptions: first contribution Rp100.000, growth 0.05/year, return 0.06/year. Not declared figures.",
        legal: [D26],
      },
    ])
  })

  it('warnings: the method estimate, then each assumed year’s rate', () => {
    expect(r.warnings).toEqual([
      {
        code: 'JHT_METHOD_ESTIMATE',
        message:
          'How BPJS TK credits the return (yearly-opening) is not known from the regulations; the result is an estimate.',
      },
      {
        code: 'JHT_RATE_ASSUMED',
        message: 'The development rate of 2026 (0.06) is a caller assumption, not a declared figure.',
      },
      {
        code: 'JHT_RATE_ASSUMED',
        message: 'The development rate of 2027 (0.06) is a caller assumption, not a declared figure.',
      },
    ])
  })

  it('steps: one per year, source assumption, no parameter, the rounding of each credit', () => {
    const formula =
      'rate × opening balance × months/12 (in-year contributions earn nothing), rounded once to the rupiah (half up)'
    expect(r.explanation.steps).toEqual([
      {
        rule: 'jht.year',
        description: 'Year 2026, rate 0.06 (assumption): return Rp18.000, balance Rp1.518.000.',
        formula,
        inputs: { year: 2026, rate: '0.06', source: 'assumption', months: 3 },
        parameters: [],
        legal: [PP46_22_2],
        rounding: { mode: 'half-up', exact: '18000', rounded: 18000 },
        value: 1518000,
      },
      {
        rule: 'jht.year',
        description: 'Year 2027, rate 0.06 (assumption): return Rp22.770, balance Rp1.855.770.',
        formula,
        inputs: { year: 2027, rate: '0.06', source: 'assumption', months: 3 },
        parameters: [],
        legal: [PP46_22_2],
        rounding: { mode: 'half-up', exact: '22770', rounded: 22770 },
        value: 1855770,
      },
    ])
    expect(r.explanation.date).toBe('2026-10-01')
  })

  it('Indonesian reasons and warnings', () => {
    const id = projectJhtBalance(input)
    expect(id.reasons[1]).toEqual({
      code: 'JHT_ASSUMPTIONS',
      kind: 'note',
      message:
        'Proyeksi 2026-10–2027-03 memakai asumsi pemanggil: iuran awal Rp100.000, pertumbuhan 0,05/tahun, hasil pengembangan 0,06/tahun. Bukan angka resmi.',
      legal: [D26],
    })
    expect(id.warnings[1]).toEqual({
      code: 'JHT_RATE_ASSUMED',
      message: 'Tingkat pengembangan tahun 2026 (0.06) adalah asumsi pemanggil, bukan angka resmi.',
    })
  })
})

describe('projection after a history: it starts the month after, the history’s years keep their data', () => {
  it('history to 2020-12 (declared), projection from 2021-01 (assumed; `from` is not used)', () => {
    const r = projectJhtBalance(
      {
        history: [{ month: '2020-12', contribution: 60000 }],
        future: {
          from: '2030-01',
          until: '2021-02',
          contribution: 1000,
          yearlyGrowth: '0',
          returnRate: '0.05',
        },
      },
      EN,
    )
    expect(r.months.map((m) => [m.month, m.contribution, m.contributionSource])).toEqual([
      ['2020-12', 60000, 'input'],
      ['2021-01', 1000, 'assumption'],
      ['2021-02', 1000, 'assumption'],
    ])
    expect(r.rates).toEqual([
      { year: 2020, rate: '0.0559', source: 'declared', confidence: 'low' },
      { year: 2021, rate: '0.05', source: 'assumption' },
    ])
  })

  it('a rate given for a projected year is still an assumption', () => {
    const r = projectJhtBalance(
      {
        history: [{ month: '2020-12', contribution: 60000 }],
        rates: { '2021': '0.04' },
        future: {
          from: '2021-01',
          until: '2021-01',
          contribution: 1000,
          yearlyGrowth: '0',
          returnRate: '0.05',
        },
      },
      EN,
    )
    expect(r.rates[1]).toEqual({ year: 2021, rate: '0.04', source: 'assumption' })
    expect(r.warnings.map((w) => w.message)).toContain(
      'The development rate of 2021 (0.04) is a caller assumption, not a declared figure.',
    )
  })

  it('growth only from the second January; rounded half up each month (100,010 × 1.05 = 105,010.5 → 105,011)', () => {
    const r = projectJhtBalance(
      {
        history: [],
        future: {
          from: '2026-01',
          until: '2027-01',
          contribution: 100010,
          yearlyGrowth: '0.05',
          returnRate: '0.05',
        },
      },
      EN,
    )
    expect(r.months.map((m) => m.contribution)).toEqual([...Array<number>(12).fill(100010), 105011])
  })

  it('a projection starting after the verification date warns that the law is projected', () => {
    const r = projectJhtBalance(
      {
        history: [],
        future: {
          from: '2027-01',
          until: '2027-01',
          contribution: 1000,
          yearlyGrowth: '0',
          returnRate: '0.05',
        },
      },
      EN,
    )
    expect(r.months.map((m) => m.contribution)).toEqual([1000])
    expect(r.warnings[0]).toEqual({
      code: 'DATE_AFTER_LAST_VERIFICATION',
      message:
        'The date 2027-01-01 is after the legal data was last verified (2026-11-24): this result projects the rules in force then.',
    })
  })
})

describe('validation of the history (each error: code, path, values, both languages)', () => {
  it('a month twice', () => {
    expect(
      issuesOf(() =>
        projectJhtBalance(
          {
            history: [
              { month: '2016-01', contribution: 1 },
              { month: '2016-01', contribution: 1 },
            ],
          },
          EN,
        ),
      ),
    ).toEqual([
      issue(
        ['history', 1, 'month'],
        'JHT_MONTH_DUPLICATE',
        { month: '2016-01' },
        'Bulan 2016-01 muncul lebih dari sekali dalam riwayat JHT.',
        'Month 2016-01 appears more than once in the JHT history.',
      ),
    ])
  })

  it('months out of order', () => {
    expect(
      issuesOf(() =>
        projectJhtBalance({
          history: [
            { month: '2016-02', contribution: 1 },
            { month: '2016-01', contribution: 1 },
          ],
        }),
      ),
    ).toEqual([
      issue(
        ['history', 1, 'month'],
        'JHT_MONTH_ORDER',
        { month: '2016-01' },
        'Bulan 2016-01 tidak berurutan: riwayat JHT harus urut naik tanpa tumpang tindih.',
        'Month 2016-01 is out of order: the JHT history must be ascending without overlap.',
        'id',
      ),
    ])
  })

  it('a contribution and a category/wage in one month', () => {
    expect(
      issuesOf(() =>
        projectJhtBalance(
          { history: [{ month: '2016-01', contribution: 1, category: 'PU', wage: 5000000 }] },
          EN,
        ),
      ),
    ).toEqual([
      issue(
        ['history', 0, 'contribution'],
        'JHT_MONTH_TWO_CONTRIBUTIONS',
        { month: '2016-01' },
        'Bulan 2016-01 memberi iuran dan juga kategori/upah: pilih salah satu.',
        'Month 2016-01 gives a contribution and also a category/wage: give one.',
      ),
    ])
    // only a wage (no contribution) is still a priced month: the two-contributions check sees it
    expect(
      issuesOf(() =>
        projectJhtBalance({ history: [{ month: '2016-01', contribution: 1, wage: 5000000 }] }),
      )[0]!.code,
    ).toBe('JHT_MONTH_TWO_CONTRIBUTIONS')
  })

  it('a category without a wage, a wage without a category: the missing one’s path', () => {
    const en = 'Month 2016-01: the category and the wage go together.'
    const id = 'Bulan 2016-01: kategori dan upah harus diberikan bersama.'
    expect(
      issuesOf(() => projectJhtBalance({ history: [{ month: '2016-01', category: 'PU' }] }, EN)),
    ).toEqual([issue(['history', 0, 'wage'], 'JHT_MONTH_CATEGORY_AND_WAGE', { month: '2016-01' }, id, en)])
    expect(issuesOf(() => projectJhtBalance({ history: [{ month: '2016-01', wage: 5000000 }] }, EN))).toEqual(
      [issue(['history', 0, 'category'], 'JHT_MONTH_CATEGORY_AND_WAGE', { month: '2016-01' }, id, en)],
    )
  })

  it('a month with neither contribution nor wage credits 0', () => {
    const r = projectJhtBalance({ history: [{ month: '2016-12' }], openingBalance: 0 })
    expect(r.months).toEqual([
      {
        month: '2016-12',
        contribution: 0,
        contributionSource: 'input',
        withdrawal: 0,
        return: 0,
        balance: 0,
      },
    ])
  })
})

describe('withdrawals: never more than the balance (the index counts across years)', () => {
  const hist = (withdrawal: number): JhtBalanceInput => ({
    history: [
      { month: '2016-12', contribution: 1000 },
      { month: '2017-01', contribution: 100 },
      { month: '2017-02', contribution: 100, withdrawal },
    ],
    rates: { '2016': '0', '2017': '0' },
  })

  it('exactly the balance: allowed, balance 0', () => {
    const r = projectJhtBalance(hist(1200), EN)
    expect(r.months.map((m) => [m.withdrawal, m.balance])).toEqual([
      [0, 1000],
      [0, 1100],
      [1200, 0],
    ])
    expect([r.balance, r.totalWithdrawals]).toEqual([0, 1200])
  })

  it('one rupiah more: JHT_WITHDRAWAL_EXCEEDS_BALANCE at history.2.withdrawal', () => {
    expect(issuesOf(() => projectJhtBalance(hist(1201), EN))).toEqual([
      issue(
        ['history', 2, 'withdrawal'],
        'JHT_WITHDRAWAL_EXCEEDS_BALANCE',
        { month: '2017-02', withdrawal: 1201, balance: 1200 },
        'Penarikan Rp1201 pada 2017-02 melebihi saldo JHT Rp1200.',
        'The withdrawal of Rp1201 in 2017-02 exceeds the JHT balance of Rp1200.',
      ),
    ])
  })

  it('a withdrawal lowers the pro rata base for the months left (Sep: 3/12)', () => {
    // opening 1,200,000, Jul–Dec 2016: 1,200,000 × 6/12 − 600,000 × (12 − 9)/12 = 450,000; × 0.0719 = 32,355
    const r = projectJhtBalance({
      openingBalance: 1200000,
      history: ['07', '08', '09', '10', '11', '12'].map((m) => ({
        month: `2016-${m}`,
        ...(m === '09' ? { withdrawal: 600000 } : {}),
      })),
    })
    expect(r.explanation.steps[0]!.rounding).toEqual({ mode: 'half-up', exact: '32355', rounded: 32355 })
    expect([r.balance, r.totalWithdrawals, r.totalReturns]).toEqual([632355, 600000, 32355])
  })
})

describe('negative rates are refused unless allowNegativeRates', () => {
  it('a negative given rate: error at rates.<year>', () => {
    expect(
      issuesOf(() =>
        projectJhtBalance(
          { history: [{ month: '2016-12', contribution: 1 }], rates: { '2016': '-0.01' } },
          EN,
        ),
      ),
    ).toEqual([
      issue(
        ['rates', '2016'],
        'JHT_NEGATIVE_RATE_NOT_INTENDED',
        { year: 2016, rate: '-0.01' },
        'Tingkat pengembangan negatif (-0.01) untuk tahun 2016; tandai allowNegativeRates bila memang dimaksud.',
        'Negative development rate (-0.01) for 2016; set allowNegativeRates if it is intended.',
      ),
    ])
  })

  it("'-0' is zero, not negative: accepted without allowNegativeRates, no return credited", () => {
    const r = projectJhtBalance({
      history: [{ month: '2016-12', contribution: 1000 }],
      rates: { '2016': '-0' },
    })
    expect(r.balance).toBe(1000)
  })

  it('a negative assumed rate: error at future.returnRate', () => {
    const issues = issuesOf(() =>
      projectJhtBalance({
        history: [],
        future: {
          from: '2026-01',
          until: '2026-01',
          contribution: 1,
          yearlyGrowth: '0',
          returnRate: '-0.02',
        },
      }),
    )
    expect(issues.map((i) => [i.path, i.code, i.params])).toEqual([
      [['future', 'returnRate'], 'JHT_NEGATIVE_RATE_NOT_INTENDED', { year: 2026, rate: '-0.02' }],
    ])
  })

  it('allowed: the return is negative', () => {
    const r = projectJhtBalance({
      openingBalance: 1200000,
      history: [{ month: '2016-12' }],
      rates: { '2016': '-0.12' },
      allowNegativeRates: true,
    })
    // 1,200,000 × 1/12 × −0.12 = −12,000
    expect([r.balance, r.totalReturns]).toEqual([1188000, -12000])
  })

  it('a zero rate is not negative', () => {
    const r = projectJhtBalance({ history: [{ month: '2016-12', contribution: 5 }], rates: { '2016': '0' } })
    expect(r.balance).toBe(5)
  })
})

describe('projection limits', () => {
  const future = (from: string, until: string, yearlyGrowth = '0') => ({
    history: [],
    future: { from, until, contribution: 1, yearlyGrowth, returnRate: '0' },
  })

  it('ending before its first month: error with both months; ending on it: one month', () => {
    expect(issuesOf(() => projectJhtBalance(future('2026-02', '2026-01'), EN))).toEqual([
      issue(
        ['future', 'until'],
        'JHT_PROJECTION_ENDS_BEFORE',
        { until: '2026-01', from: '2026-02' },
        'Proyeksi berakhir 2026-01, sebelum bulan pertamanya 2026-02.',
        'The projection ends 2026-01, before its first month 2026-02.',
      ),
    ])
    expect(projectJhtBalance(future('2026-02', '2026-02')).months).toHaveLength(1)
  })

  it('1,200 months at most (100 years): 1,200 accepted, 1,201 refused', () => {
    expect(projectJhtBalance(future('2026-01', '2125-12')).months).toHaveLength(1200)
    expect(issuesOf(() => projectJhtBalance(future('2026-01', '2126-01'), EN))).toEqual([
      issue(
        ['future', 'until'],
        'JHT_PROJECTION_TOO_LONG',
        { maximum: 1200 },
        'Riwayat dan proyeksi JHT paling banyak 1200 bulan.',
        'The JHT history and projection hold at most 1200 months.',
      ),
    ])
  })

  it('the history counts toward the 1,200 months', () => {
    const r = () =>
      projectJhtBalance({
        history: [{ month: '2025-12', contribution: 1 }],
        rates: { '2025': '0' },
        future: { from: '2026-01', until: '2125-12', contribution: 1, yearlyGrowth: '0', returnRate: '0' },
      })
    expect(issuesOf(r).map((i) => i.code)).toEqual(['JHT_PROJECTION_TOO_LONG'])
  })

  it('a growth of −1 or less would make contributions negative: refused; −0.5 accepted', () => {
    expect(issuesOf(() => projectJhtBalance(future('2026-01', '2026-02', '-1'), EN))).toEqual([
      issue(
        ['future', 'yearlyGrowth'],
        'JHT_GROWTH_BELOW_MINUS_ONE',
        { growth: '-1' },
        'Pertumbuhan iuran -1 membuat iuran negatif.',
        'A contribution growth of -1 makes the contribution negative.',
      ),
    ])
    expect(projectJhtBalance(future('2026-12', '2027-01', '-0.5')).months.map((m) => m.contribution)).toEqual(
      [1, 1],
    )
  })
})

describe('a year part history, part projection: its declared rate, not the assumption (D26)', () => {
  const input: JhtBalanceInput = {
    openingBalance: 1000000,
    method: 'yearly-opening',
    history: [{ month: '2020-06', contribution: 100000 }],
    future: {
      from: '2020-07',
      until: '2021-02',
      contribution: 100000,
      yearlyGrowth: '0',
      returnRate: '0.06',
    },
  }
  const declared2020 = jhtDevelopmentRate.values.find((v) => v.from === '2020-01-01')!

  it('2020 is credited at the declared rate (as if given in rates), 2021 at the assumed one', () => {
    const r = projectJhtBalance(input, EN)
    expect(r.rates).toEqual([
      { year: 2020, rate: declared2020.value, source: 'declared', confidence: declared2020.confidence },
      { year: 2021, rate: '0.06', source: 'assumption' },
    ])
    const given = projectJhtBalance({ ...input, rates: { '2020': declared2020.value } }, EN)
    expect(r.months).toEqual(given.months)
    expect(r.balance).toBe(given.balance)
    // the assumption is warned for 2021 only
    expect(r.warnings.filter((w) => w.code === 'JHT_RATE_ASSUMED').map((w) => w.message)).toEqual([
      'The development rate of 2021 (0.06) is a caller assumption, not a declared figure.',
    ])
    expect(r.explanation.parameters.map((p) => p.id)).toContain('jht.developmentRate')
  })

  it('a year the data does not declare (2021) is still the assumption; a rate in rates wins over both', () => {
    const r = projectJhtBalance({ ...input, rates: { '2020': '0.05', '2021': '0.04' } }, EN)
    expect(r.rates).toEqual([
      { year: 2020, rate: '0.05', source: 'assumption' },
      { year: 2021, rate: '0.04', source: 'assumption' },
    ])
  })
})
