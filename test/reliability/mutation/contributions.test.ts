/**
 * Boundaries of the contribution rules, each worked out by hand from regulations.md §2–§5 and decisions
 * D1, D7–D9, D12, D13, D17, D19, D20 (written to kill the comparison and condition mutants that survived
 * the first Stryker run: `<` for `<=`, a window end moved by a month, a condition forced true or false).
 * Figures are whole rupiah; each expectation says how it was computed.
 */
import { describe, expect, it } from 'vitest'
import { fnOf, type AnyFn } from '../harness.js'

interface Line {
  program: string
  payer: string
  base?: number
  rate?: string
  amount: number
  fund?: string
  deferred?: number
  months?: number
  perMonth?: number
  from?: string
  to?: string
  tiers?: { over: number; upTo?: number; base: number; rate: string }[]
}
interface Result {
  lines: Line[]
  totals: {
    employer: number
    worker: number
    participant: number
    government: number
    total: number
    deferred: number
  }
  warnings: { code: string }[]
}

const calc = fnOf('calculateContribution') as AnyFn | undefined
const run = (input: object, options?: object) => calc!(input, options) as Result
const codes = (r: Result) => r.warnings.map((w) => w.code)
const amount = (r: Result, program: string, payer = 'employer', fund?: string) =>
  r.lines
    .filter((l) => l.program === program && l.payer === payer && (fund === undefined || l.fund === fund))
    .reduce((a, l) => a + l.amount, 0)
const refusal = (input: object, options?: object) => {
  try {
    calc!(input, options)
  } catch (e) {
    const x = e as { code: string; issues?: { code: string; path: unknown[] }[] }
    return x.issues?.map((i) => `${i.path.join('.')}:${i.code}`) ?? [x.code]
  }
  return []
}

const PU = { category: 'PU', period: '2024-03', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'micro' }
const BPU = { category: 'BPU', declaredIncome: 1_000_000, payer: 'self' }

describe.skipIf(calc === undefined)('contribution boundaries (hand-computed)', () => {
  it('Jakon tiers (D17): exactly Rp100M is tier a only; Rp500M adds 400M × 0.17%; one rupiah over 100M opens tier b', () => {
    const a = run({ category: 'JAKON', period: '2025-06', contractValue: 100_000_000 })
    expect([amount(a, 'JKK'), amount(a, 'JKM')]).toEqual([210_000, 30_000]) // 0.21%, 0.03% of 100M
    expect(a.lines[0]!.tiers!.map((t) => t.base)).toEqual([100_000_000])
    const b = run({ category: 'JAKON', period: '2025-06', contractValue: 500_000_000 })
    expect([amount(b, 'JKK'), amount(b, 'JKM')]).toEqual([890_000, 110_000]) // + 400M × 0.17% / 0.02%
    expect(b.lines[0]!.tiers!.map((t) => t.base)).toEqual([100_000_000, 400_000_000])
    const c = run({ category: 'JAKON', period: '2025-06', contractValue: 100_000_001 })
    expect(c.lines[0]!.tiers!.map((t) => t.base)).toEqual([100_000_000, 1])
    expect(amount(c, 'JKK')).toBe(210_000) // 210,000 + 0.0017 rounds to 210,000
    const w = run({ category: 'JAKON', period: '2025-06', wage: 4_000_000 })
    expect([amount(w, 'JKK'), amount(w, 'JKM')]).toEqual([69_600, 12_000]) // 1.74%, 0.30% of the wage
  })

  it('JP cap (PP 45/2015 Pasal 29): a wage equal to the cap is the base; one rupiah above is capped', () => {
    const at = run({ ...PU, enterpriseSize: 'large', wage: 10_042_300 })
    const above = run({ ...PU, enterpriseSize: 'large', wage: 10_042_301 })
    for (const r of [at, above]) {
      expect(r.lines.find((l) => l.program === 'JP' && l.payer === 'employer')!.base).toBe(10_042_300)
      expect(amount(r, 'JP')).toBe(200_846) // 2% of 10,042,300
      expect(amount(r, 'JP', 'worker')).toBe(100_423)
    }
  })

  it('JKP base (PP 37/2021 Pasal 11): Rp5,000,000 and above is capped; 0.22% of 5M = 11,000 from the government', () => {
    const p = { ...PU, period: '2025-06', programs: ['JKK', 'JKM', 'JKP'] }
    expect(amount(run({ ...p, wage: 5_000_000 }), 'JKP', 'government')).toBe(11_000)
    expect(amount(run({ ...p, wage: 9_000_000 }), 'JKP', 'government')).toBe(11_000)
    expect(amount(run({ ...p, wage: 4_000_000 }), 'JKP', 'government')).toBe(8_800)
  })

  it('recomposition (D7, D8): 2024-06 JKK 0.24% = 0.10% kept + 0.14% to JKP, JKM 0.30% = 0.20% + 0.10%; from 2025-02 JKM whole', () => {
    const p = { ...PU, wage: 5_000_000, programs: ['JKK', 'JKM', 'JKP'] }
    const r24 = run({ ...p, period: '2024-06' })
    expect([amount(r24, 'JKK', 'employer', 'JKK'), amount(r24, 'JKK', 'employer', 'JKP')]).toEqual([
      5_000, 7_000,
    ])
    expect([amount(r24, 'JKM', 'employer', 'JKM'), amount(r24, 'JKM', 'employer', 'JKP')]).toEqual([
      10_000, 5_000,
    ])
    expect(r24.totals.employer).toBe(27_000) // cash unchanged: 12,000 + 15,000
    const r23 = run({ ...p, period: '2023-09' }) // before PP 49/2023, shown the same way from the JKP start (D7)
    expect(amount(r23, 'JKM', 'employer', 'JKP')).toBe(5_000)
    const r25 = run({ ...p, period: '2025-06' })
    expect(r25.lines.filter((l) => l.program === 'JKM').map((l) => [l.amount, l.fund])).toEqual([
      [15_000, undefined],
    ])
    expect(amount(r25, 'JKK', 'employer', 'JKP')).toBe(7_000)
    const r21 = run({ ...PU, period: '2021-01', enterpriseSize: 'micro', jkpRegistered: true }) // before JKP (2021-02)
    expect(r21.lines.some((l) => l.fund === 'JKP')).toBe(false)
    expect(codes(r21)).toContain('JKP_NOT_IN_FORCE_IGNORED')
  })

  it('PP 49/2020 (Aug 2020 – Jan 2021): JKK and JKM at 1%, 99% of JP deferred; not before, not after, not when refused', () => {
    const p = { ...PU, enterpriseSize: 'large' }
    const jkk = (period: string, extra: object = {}) => amount(run({ ...p, period, ...extra }), 'JKK')
    expect([jkk('2020-07'), jkk('2020-08'), jkk('2021-01'), jkk('2021-02')]).toEqual([
      12_000, 120, 120, 12_000,
    ])
    expect(jkk('2020-08', { covidRelief: false })).toBe(12_000)
    const jp = run({ ...p, period: '2020-08' }).lines.find(
      (l) => l.program === 'JP' && l.payer === 'employer',
    )!
    expect([jp.amount, jp.deferred]).toEqual([1_000, 99_000]) // 2% of 5M = 100,000: 1% paid now
    const noDeferral = run({ ...p, period: '2020-08', jpDeferral: false }).lines.find(
      (l) => l.program === 'JP' && l.payer === 'employer',
    )!
    expect([noDeferral.amount, noDeferral.deferred ?? 0]).toEqual([100_000, 0])
    expect(run({ ...p, period: '2020-08' }).totals.deferred).toBe(99_000 + 49_500)
  })

  it('PP 7/2025 + 36/2025 (D9): JKK halved from 2025-02 to 2026-01 for an eligible employer only', () => {
    const jkk = (period: string, eligible: boolean) =>
      amount(run({ ...PU, period, jkkDiscountEligible: eligible }), 'JKK')
    expect([jkk('2025-01', true), jkk('2025-02', true), jkk('2026-01', true), jkk('2026-02', true)]).toEqual([
      12_000, 6_000, 6_000, 12_000,
    ])
    expect(jkk('2025-06', false)).toBe(12_000)
    expect(codes(run({ ...PU, period: '2026-02', jkkDiscountEligible: true }))).toContain(
      'JKK_DISCOUNT_NOT_IN_FORCE',
    )
  })

  it('D13: a wage equal to the minimum wage is not below it; one rupiah less is warned', () => {
    expect(codes(run({ ...PU, minimumWage: 5_000_000 }))).not.toContain('WAGE_BELOW_MINIMUM')
    expect(codes(run({ ...PU, minimumWage: 5_000_001 }))).toContain('WAGE_BELOW_MINIMUM')
  })

  it('BPU range (D1): Rp1,000,000 and Rp20,700,000 are inside; one rupiah outside is clamped with a warning', () => {
    const r = (period: string, income: number) =>
      run({ ...BPU, period, declaredIncome: income, sector: 'other' })
    expect([amount(r('2025-06', 1_000_000), 'JKK', 'participant'), codes(r('2025-06', 1_000_000))]).toEqual([
      10_000,
      [],
    ])
    expect(amount(r('2025-06', 999_999), 'JKK', 'participant')).toBe(10_000)
    expect(codes(r('2025-06', 999_999))).toContain('BPU_INCOME_CLAMPED')
    expect([amount(r('2025-06', 20_700_000), 'JKK', 'participant'), codes(r('2025-06', 20_700_000))]).toEqual(
      [207_000, []],
    )
    expect(amount(r('2025-06', 20_700_001), 'JKK', 'participant')).toBe(207_000)
    expect(codes(r('2025-06', 20_700_001))).toContain('BPU_INCOME_CLAMPED')
    expect(amount(r('2025-06', 3_500_000), 'JKK', 'participant')).toBe(35_000) // 1% of the income itself (no rows known)
  })

  it('BPU rows (D1, by override): the base snaps down to the highest row not above the income', () => {
    const o = { parameters: { 'bpu.income.rows': ['2000000', '3000000'] } }
    const jkk = (income: number) =>
      amount(
        run({ ...BPU, period: '2025-06', declaredIncome: income, sector: 'other' }, o),
        'JKK',
        'participant',
      )
    expect([jkk(3_000_000), jkk(2_999_999), jkk(2_000_000), jkk(1_500_000), jkk(5_000_000)]).toEqual([
      30_000, 20_000, 20_000, 10_000, 30_000,
    ])
  })

  it('PP 50/2025 (D20): self-paid transport BPU 50% from 2026-01 to 2027-03, other BPU from 2026-04 to 2026-12; APBN/APBD never', () => {
    const t = (period: string, sector: string, payer = 'self') =>
      run({ ...BPU, period, sector, payer }).totals.total
    expect([
      t('2025-12', 'transport'),
      t('2026-01', 'transport'),
      t('2027-03', 'transport'),
      t('2027-04', 'transport'),
    ]).toEqual([16_800, 8_400, 8_400, 16_800])
    expect([
      t('2026-03', 'other'),
      t('2026-04', 'other'),
      t('2026-12', 'other'),
      t('2027-01', 'other'),
    ]).toEqual([16_800, 8_400, 8_400, 16_800])
    expect([
      t('2026-06', 'other', 'apbn'),
      t('2026-06', 'transport', 'apbd'),
      t('2026-06', 'other', 'other'),
    ]).toEqual([16_800, 16_800, 8_400])
  })

  it('BPU paid 3 months ahead across the start of a discount: each month with its own law, lines split where the amount changes', () => {
    const r = run({ ...BPU, period: '2026-03', months: 3, sector: 'other' })
    expect(r.totals.total).toBe(16_800 + 8_400 + 8_400)
    const jkk = r.lines
      .filter((l) => l.program === 'JKK')
      .map((l) => [l.from, l.to, l.perMonth, l.months, l.amount])
    expect(jkk).toEqual([
      ['2026-03', '2026-03', 10_000, 1, 10_000],
      ['2026-04', '2026-05', 5_000, 2, 10_000],
    ])
    const jht = run({
      ...BPU,
      period: '2026-03',
      months: 3,
      sector: 'other',
      programs: ['JKK', 'JKM', 'JHT'],
    })
    expect(jht.lines.filter((l) => l.program === 'JHT').map((l) => [l.months, l.amount])).toEqual([
      [3, 60_000],
    ]) // 2% × 1M, not discounted
  })

  it('coverage of months paid ahead (D19): 2036-10 + 3 months ends in 2036-12 (covered); 2036-11 + 3 runs past', () => {
    expect(run({ ...BPU, period: '2036-10', months: 3, sector: 'other' }).totals.total).toBe(3 * 16_800)
    expect(refusal({ ...BPU, period: '2036-11', months: 3, sector: 'other' })).toEqual([
      'DATE_AFTER_COVERAGE',
    ])
  })

  it('PMI packages (Permenaker 4/2023 Pasal 18): 6/12/24 months, Rp13,500 for each month beyond, JHT 50,000–600,000', () => {
    const t = (months: number, placement = 'independent') =>
      run({ category: 'PMI', period: '2025-06', contractMonths: months, placement }).totals.total
    expect([t(6), t(7), t(12), t(13), t(24), t(25)]).toEqual([
      108_000, 121_500, 189_000, 202_500, 332_500, 346_000,
    ])
    expect(t(24, 'agency')).toBe(370_000) // + 37,500 pre-placement
    const w = (months: number) =>
      codes(run({ category: 'PMI', period: '2025-06', contractMonths: months, placement: 'independent' }))
    expect(t(23)).toBe(189_000 + 11 * 13_500) // 337,500: more than the 24-month package
    expect(w(23)).toContain('PMI_LONGER_PACKAGE_CHEAPER')
    expect(w(24)).not.toContain('PMI_LONGER_PACKAGE_CHEAPER')
    expect(w(11)).not.toContain('PMI_LONGER_PACKAGE_CHEAPER') // 108,000 + 5 × 13,500 = 175,500 < 189,000
    const jht = (m: number) =>
      refusal({ category: 'PMI', period: '2025-06', contractMonths: 12, placement: 'agency', jhtMonthly: m })
    expect([jht(50_000), jht(600_000)]).toEqual([[], []])
    expect([jht(49_999), jht(600_001)]).toEqual([
      ['jhtMonthly:PMI_JHT_OUT_OF_RANGE'],
      ['jhtMonthly:PMI_JHT_OUT_OF_RANGE'],
    ])
    expect(
      run({ category: 'PMI', period: '2025-06', contractMonths: 12, placement: 'agency', jhtMonthly: 50_000 })
        .totals.total,
    ).toBe(37_500 + 189_000 + 12 * 50_000)
  })

  it('programs (D18 matrix): micro/small employers JKK, JKM, JHT; medium/large also JP; an explicit list overrides', () => {
    const progs = (size: string) => run({ ...PU, enterpriseSize: size }).lines.map((l) => l.program)
    expect(new Set(progs('micro'))).toEqual(new Set(['JKK', 'JKM', 'JHT']))
    expect(new Set(progs('small'))).toEqual(new Set(['JKK', 'JKM', 'JHT']))
    expect(new Set(progs('medium'))).toEqual(new Set(['JKK', 'JKM', 'JHT', 'JP']))
    expect(new Set(run({ ...PU, programs: ['JKM'] }).lines.map((l) => l.program))).toEqual(new Set(['JKM']))
    expect(codes(run({ ...PU, enterpriseSize: 'large', programs: ['JKK', 'JKM'] }))).toContain(
      'PROGRAMS_OMIT_MANDATORY',
    )
  })

  it('rounding modes (D12): 0.24% of Rp1,000,125 = 2,400.3 → 2,400; 0.24% of Rp1,000,625 = 2,401.5 → 2,402 / 2,402 / 2,401', () => {
    const jkk = (wage: number, rounding: string) =>
      amount(run({ ...PU, wage, programs: ['JKK'] }, { rounding }), 'JKK')
    expect([jkk(1_000_125, 'half-up'), jkk(1_000_125, 'half-even'), jkk(1_000_125, 'down')]).toEqual([
      2_400, 2_400, 2_400,
    ])
    expect([jkk(1_000_625, 'half-up'), jkk(1_000_625, 'half-even'), jkk(1_000_625, 'down')]).toEqual([
      2_402, 2_402, 2_401,
    ])
    expect(jkk(1_000_208, 'half-even')).toBe(2_400) // 2,400.4992
  })
})
