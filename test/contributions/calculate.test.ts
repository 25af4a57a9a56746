/**
 * Unit tests of calculateContribution beyond the scenario fixtures: the TSDoc examples, invariants of every
 * result, the explanation, the explain-free compute path (batch, issue 8), overrides of the decision
 * parameters and inputs JSON cannot express. Every expected figure is worked out by hand in the test name.
 */
import { describe, expect, it, vi } from 'vitest'
import { calculateContribution } from '../../src/contributions/index.js'
import { computeContribution } from '../../src/contributions/calculate.js'
import type { ContributionInput, ContributionResult } from '../../src/contributions/types.js'
import { BpjsRuleError, BpjsValidationError } from '../../src/errors.js'
import { RuleContext } from '../../src/explain/context.js'
import { parseContributionInput } from '../../src/schemas/contribution.js'
import { resolveOptions } from '../../src/schemas/options.js'

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  return undefined
}

const SAMPLES: readonly ContributionInput[] = [
  { category: 'PU', period: '2024-03', wage: 12_000_000, jkkRiskClass: 1, enterpriseSize: 'large' },
  {
    category: 'PU',
    period: '2024-06',
    wage: 10_000_000,
    jkkRiskClass: 3,
    enterpriseSize: 'medium',
    jkpRegistered: true,
  },
  {
    category: 'PU',
    period: '2025-06',
    wage: 7_654_321,
    jkkRiskClass: 5,
    enterpriseSize: 'large',
    jkpRegistered: true,
    jkkDiscountEligible: true,
  },
  { category: 'PU', period: '2020-09', wage: 9_999_999, jkkRiskClass: 2, enterpriseSize: 'medium' },
  {
    category: 'BPU',
    period: '2025-12',
    declaredIncome: 1_500_000,
    months: 6,
    payer: 'self',
    sector: 'other',
    programs: ['JKK', 'JKM', 'JHT'],
  },
  { category: 'BPU', period: '2020-06', declaredIncome: 30_000_000, months: 12 },
  { category: 'JAKON', period: '2025-06', contractValue: 2_000_000_000 },
  { category: 'JAKON', period: '2020-10', wage: 3_456_789 },
  { category: 'PMI', period: '2025-06', contractMonths: 23, placement: 'agency', jhtMonthly: 100_000 },
]

describe('calculateContribution: the TSDoc examples are true', () => {
  it('PU, March 2024, wage Rp12,000,000: JP base Rp10,042,300, lines and totals as documented', () => {
    const r = calculateContribution({
      category: 'PU',
      period: '2024-03',
      wage: 12000000,
      jkkRiskClass: 1,
      enterpriseSize: 'large',
    })
    expect(r.lines.map((l) => [l.program, l.payer, l.amount])).toEqual([
      ['JKK', 'employer', 28800],
      ['JKM', 'employer', 36000],
      ['JHT', 'employer', 444000],
      ['JHT', 'worker', 240000],
      ['JP', 'employer', 200846],
      ['JP', 'worker', 100423],
    ])
    expect(r.totals).toEqual({
      employer: 709646,
      worker: 340423,
      participant: 0,
      government: 0,
      total: 1050069,
      deferred: 0,
    })
  })
  it('BPU minimum packages Rp16,800 and Rp36,800', () => {
    expect(
      calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }).totals.total,
    ).toBe(16800)
    expect(
      calculateContribution({
        category: 'BPU',
        period: '2025-06',
        declaredIncome: 1000000,
        programs: ['JKK', 'JKM', 'JHT'],
      }).totals.total,
    ).toBe(36800)
  })
  it('JKP member 2025-06, Rp10,000,000, class 1: JKK 24,000 = 17,000 (JKK) + 7,000 (JKP); JKM 30,000; government 11,000', () => {
    const r = calculateContribution({
      category: 'PU',
      period: '2025-06',
      wage: 10000000,
      jkkRiskClass: 1,
      programs: ['JKK', 'JKM', 'JKP'],
    })
    expect(r.lines.map((l) => [l.program, l.payer, l.fund, l.amount])).toEqual([
      ['JKK', 'employer', 'JKK', 17000],
      ['JKK', 'employer', 'JKP', 7000],
      ['JKM', 'employer', undefined, 30000],
      ['JKP', 'government', undefined, 11000],
    ])
  })
  it('Jakon Rp2,000,000,000: 2,640,000 and 310,000; PMI agency 24 months: 370,000', () => {
    expect(
      calculateContribution({ category: 'JAKON', period: '2025-06', contractValue: 2000000000 }).lines.map(
        (l) => l.amount,
      ),
    ).toEqual([2640000, 310000])
    expect(
      calculateContribution({ category: 'PMI', period: '2025-06', contractMonths: 24, placement: 'agency' })
        .totals.total,
    ).toBe(370000)
  })
  it('the module example: BPU Rp1,000,000 in 2025-06 totals Rp16,800', () => {
    expect(
      calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }).totals.total,
    ).toBe(16800)
  })
})

describe('every result', () => {
  for (const input of SAMPLES) {
    const label = `${input.category} ${input.period}`
    it(`${label}: totals are the sums of the lines per payer, every amount a whole rupiah ≥ 0`, () => {
      const r = calculateContribution(input)
      const sum = (p?: string) =>
        r.lines.filter((l) => p === undefined || l.payer === p).reduce((a, l) => a + l.amount, 0)
      expect(r.totals.total).toBe(sum())
      for (const p of ['employer', 'worker', 'participant', 'government'] as const)
        expect(r.totals[p]).toBe(sum(p))
      expect(r.totals.deferred).toBe(r.lines.reduce((a, l) => a + (l.deferred ?? 0), 0))
      for (const l of r.lines) {
        expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true)
        if (l.gross !== undefined) {
          const parts = r.lines.filter((x) => x.program === l.program && x.payer === l.payer)
          expect(
            parts.reduce((a, x) => a + x.amount, 0),
            'split lines add up to the cash',
          ).toBe(l.gross)
        }
      }
    })
    it(`${label}: is deep-frozen, JSON-safe and deterministic`, () => {
      const r = calculateContribution(input)
      expect(
        Object.isFrozen(r) &&
          Object.isFrozen(r.lines) &&
          Object.isFrozen(r.lines[0]) &&
          Object.isFrozen(r.explanation.steps),
      ).toBe(true)
      expect(JSON.parse(JSON.stringify(r))).toEqual(r)
      expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/)
      expect(calculateContribution(input)).toEqual(r)
    })
    it(`${label}: every line amount is the value of a step of the explanation, and every step cites the law`, () => {
      const r = calculateContribution(input)
      const values = new Set(r.explanation.steps.map((s) => s.value))
      for (const l of r.lines)
        expect(values.has(l.amount) || values.has(l.perMonth ?? -1), `${l.program} ${l.amount}`).toBe(true)
      for (const s of r.explanation.steps) expect(s.legal.length, s.rule).toBeGreaterThan(0)
      expect(r.explanation.operation).toBe('calculateContribution')
      expect(r.explanation.parameters.length).toBeGreaterThan(0)
    })
    it(`${label}: the explain-free compute path (batch) gives the same lines, totals and warnings without building explanation text`, () => {
      const { resolved } = resolveOptions({})
      const parsed = parseContributionInput(input, 'id')
      const ctx = new RuleContext('calculateContributions', parsed.period, resolved, false)
      const t = vi.spyOn(ctx, 't')
      const core = computeContribution(parsed, ctx)
      expect(t).not.toHaveBeenCalled()
      expect(ctx.explanation().steps).toEqual([])
      const full = calculateContribution(input)
      expect(core.lines).toEqual(full.lines)
      expect(core.totals).toEqual(full.totals)
      expect(ctx.warnings).toEqual(full.warnings)
    })
    it(`${label}: does not change its input`, () => {
      const copy = structuredClone(input)
      calculateContribution(input)
      expect(input).toEqual(copy)
    })
  }
})

describe('PU contributions never fall as the wage rises (JP and JKP caps included)', () => {
  for (const period of ['2015-07', '2020-09', '2023-09', '2024-06', '2025-06']) {
    it(`in ${period}, wages Rp1,000,000 … Rp20,000,000 step Rp250,000.37`, () => {
      let prev = -1
      for (let i = 0; i < 80; i++) {
        const wage = (100_000_000 + i * 25_000_037) / 100
        const r = calculateContribution({
          category: 'PU',
          period,
          wage,
          jkkRiskClass: 4,
          enterpriseSize: 'large',
          jkpRegistered: period >= '2021-02',
        })
        expect(r.totals.total + r.totals.deferred).toBeGreaterThanOrEqual(prev)
        prev = r.totals.total + r.totals.deferred
      }
    })
  }
})

describe('the explanation', () => {
  it('cites PP 37/2021 for the recomposition before 2023-10 and PP 49/2023 Pasal 16A and 18A from 2023-10', () => {
    const base = {
      category: 'PU',
      wage: 8_000_000,
      jkkRiskClass: 3,
      programs: ['JKK', 'JKM', 'JKP'],
    } as const
    const before = calculateContribution({ ...base, period: '2023-09' }).explanation
    const at = calculateContribution({ ...base, period: '2023-10' }).explanation
    const cites = (e: ContributionResult['explanation']) => e.legal.map((c) => c.text)
    expect(cites(before)).toContain('PP 37/2021 Pasal 11')
    expect(cites(before)).not.toContain('PP 49/2023 Pasal 16A')
    expect(cites(at)).toEqual(expect.arrayContaining(['PP 49/2023 Pasal 16A', 'PP 49/2023 Pasal 18A']))
    expect(before.steps.find((s) => s.rule === 'pu.jkk.toJkp')?.parameters).toEqual([
      { id: 'jkp.recomposition.jkk', value: '0.0014', from: '2021-02-01', to: '2023-09-30' },
      { id: 'jkp.wageCap', value: '5000000', from: '2021-02-01', to: '2025-01-31' },
      { id: 'jkp.recomposition.cappedBase', value: true, from: '2021-02-01' },
    ])
  })
  it('from 2025-02 says JKM is no longer recomposed (PP 6/2025, D7)', () => {
    const e = calculateContribution(
      {
        category: 'PU',
        period: '2025-02',
        wage: 8_000_000,
        jkkRiskClass: 3,
        programs: ['JKK', 'JKM', 'JKP'],
      },
      { locale: 'en' },
    ).explanation
    const jkm = e.steps.find((s) => s.rule === 'pu.jkm')
    expect(jkm?.description).toContain('no JKM recomposition (decision D7)')
    expect(jkm?.legal).toEqual(
      expect.arrayContaining([
        { source: 'DECISIONS', article: 'D7' },
        { source: 'PP-6-2025', article: 'Pasal 11' },
      ]),
    )
  })
  it('shows the JP deferral: full 2% × 8,939,700 = 178,794, paid 1,788, deferred 177,006 (PP 49/2020 Pasal 17)', () => {
    const r = calculateContribution(
      { category: 'PU', period: '2020-08', wage: 10_000_000, programs: ['JP'] },
      { locale: 'en' },
    )
    const s = r.explanation.steps.find((x) => x.rule === 'pu.jp.employer')
    expect(s?.formula).toBe(
      'full contribution 2% × Rp8.939.700 = Rp178.794; paid now 0.02% × Rp8.939.700 = Rp1.788; deferred Rp178.794 − Rp1.788 = Rp177.006',
    )
    expect(s?.rounding).toEqual({ mode: 'half-up', exact: '1787.94', rounded: 1788 })
    expect(s?.legal).toEqual(expect.arrayContaining([{ source: 'PP-49-2020', article: 'Pasal 17 ayat (2)' }]))
  })
  it('speaks Indonesian by default and English on request', () => {
    const input = { category: 'BPU', period: '2025-06', declaredIncome: 500_000 } as const
    const id = calculateContribution(input)
    const en = calculateContribution(input, { locale: 'en' })
    expect(id.warnings[0]?.message).toBe(
      'Penghasilan Rp500.000 di luar rentang tabel Lampiran II PP 44/2015 (Rp1.000.000–Rp20.700.000): dasar iuran memakai Rp1.000.000 (keputusan D1).',
    )
    expect(en.warnings[0]?.message).toBe(
      'The income Rp500.000 is outside the range of the PP 44/2015 Lampiran II table (Rp1.000.000–Rp20.700.000): the contribution base is Rp1.000.000 (decision D1).',
    )
    expect(en.explanation.steps[0]?.description).toBe(
      'Programs priced: JKK, JKM. The programs mandatory for BPU participants in the program matrix.',
    )
  })
  it('a Jakon contract lists every tier of the marginal sum', () => {
    const s = calculateContribution(
      { category: 'JAKON', period: '2025-06', contractValue: 300_000_000 },
      { locale: 'en' },
    ).explanation.steps.find((x) => x.rule === 'jakon.contract.jkk')
    expect(s?.formula).toBe(
      'sum over the tiers: tier rate × part of the contract value in that tier = 0.21% × Rp100.000.000 + 0.17% × Rp200.000.000',
    )
    expect(s?.value).toBe(550_000)
  })
})

describe('inputs JSON cannot carry', () => {
  it.each([
    ['NaN', Number.NaN, 'AMOUNT_NOT_FINITE'],
    ['Infinity', Number.POSITIVE_INFINITY, 'AMOUNT_NOT_FINITE'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'AMOUNT_NOT_FINITE'],
  ])('a wage of %s is refused with a path and both languages', (_, wage, code) => {
    const e = thrown(() =>
      calculateContribution({
        category: 'PU',
        period: '2025-06',
        wage,
        jkkRiskClass: 1,
        enterpriseSize: 'small',
      }),
    ) as BpjsValidationError
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect(e.issues[0]).toMatchObject({ path: ['wage'], code })
    expect(e.issues[0]?.messages.id).not.toBe(e.issues[0]?.messages.en)
  })
  it('collects every problem of an input in one error (period 2025-13, wage -1, risk class 6, no size)', () => {
    const e = thrown(() =>
      calculateContribution({ category: 'PU', period: '2025-13', wage: -1, jkkRiskClass: 6 as 1 }),
    ) as BpjsValidationError
    // one pass: the cross-field ENTERPRISE_SIZE_REQUIRED (neither enterpriseSize nor programs) comes with the rest
    expect(e.issues.map((i) => i.code)).toEqual([
      'PERIOD_INVALID',
      'AMOUNT_NEGATIVE',
      'INVALID_VALUE',
      'ENTERPRISE_SIZE_REQUIRED',
    ])
  })
  it('a rule error carries its path and is in the caller’s language', () => {
    const e = thrown(() =>
      calculateContribution(
        { category: 'PU', period: '2015-06', wage: 1, jkkRiskClass: 1, enterpriseSize: 'small' },
        { locale: 'en' },
      ),
    ) as BpjsRuleError
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect(e.code).toBe('DATE_BEFORE_COVERAGE')
    expect(e.path).toEqual(['period'])
    expect(e.message).toContain('before this library’s coverage')
  })
})

describe('the decision parameters can be overridden', () => {
  it('Lampiran II rows, once known, are snapped down to (D1): 2,500,000 with rows 2,000,000 and 3,000,000 gives JKK 20,000', () => {
    const r = calculateContribution(
      { category: 'BPU', period: '2025-06', declaredIncome: 2_500_000 },
      {
        parameters: {
          'bpu.income.rows': { values: [{ from: '2015-07-01', value: ['2000000', '3000000'] }] },
        },
      },
    )
    expect(r.lines[0]).toMatchObject({ program: 'JKK', base: 2_000_000, amount: 20_000 })
    expect(r.warnings.map((w) => w.code)).toEqual(['PARAMETER_OVERRIDDEN'])
  })
  it('with rows known, an income below the first row uses the floor: 1,500,000 → base 1,000,000', () => {
    const r = calculateContribution(
      { category: 'BPU', period: '2025-06', declaredIncome: 1_500_000 },
      { parameters: { 'bpu.income.rows': { values: [{ from: '2015-07-01', value: ['2000000'] }] } } },
    )
    expect(r.lines[0]).toMatchObject({ base: 1_000_000, amount: 10_000 })
  })
  it('recomposition on the full wage (D8 overridden): 0.14% × 10,000,000 = 14,000 to JKP, 10,000 kept of 24,000', () => {
    const r = calculateContribution(
      {
        category: 'PU',
        period: '2025-06',
        wage: 10_000_000,
        jkkRiskClass: 1,
        programs: ['JKK', 'JKM', 'JKP'],
      },
      { parameters: { 'jkp.recomposition.cappedBase': false } },
    )
    expect(r.lines.slice(0, 2)).toMatchObject([
      { fund: 'JKK', gross: 24_000, amount: 10_000 },
      { fund: 'JKP', base: 10_000_000, amount: 14_000 },
    ])
    expect(r.lines[3]).toMatchObject({ program: 'JKP', payer: 'government', base: 5_000_000, amount: 11_000 })
  })
  it('if the PP 7/2025 discount did not halve the recomposed part (D9 overridden), class 1 at Rp5,000,000 would send more to JKP (7,000) than the JKK paid (6,000): a rule error', () => {
    const e = thrown(() =>
      calculateContribution(
        {
          category: 'PU',
          period: '2025-06',
          wage: 5_000_000,
          jkkRiskClass: 1,
          programs: ['JKK', 'JKM', 'JKP'],
          jkkDiscountEligible: true,
        },
        {
          parameters: {
            'relief.pp7-2025.coversRecomposition': {
              values: [{ from: '2025-02-01', to: '2026-01-31', value: false }],
            },
          },
        },
      ),
    ) as BpjsRuleError
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect(e.code).toBe('RECOMPOSITION_EXCEEDS_CONTRIBUTION')
  })
  it('the same override for class 2 works: cash 0.27% × 5,000,000 = 13,500, JKP 0.14% × 5,000,000 = 7,000, kept 6,500', () => {
    const r = calculateContribution(
      {
        category: 'PU',
        period: '2025-06',
        wage: 5_000_000,
        jkkRiskClass: 2,
        programs: ['JKK', 'JKM', 'JKP'],
        jkkDiscountEligible: true,
      },
      {
        parameters: {
          'relief.pp7-2025.coversRecomposition': {
            values: [{ from: '2025-02-01', to: '2026-01-31', value: false }],
          },
        },
      },
    )
    expect(r.lines.slice(0, 2)).toMatchObject([
      { gross: 13_500, amount: 6_500 },
      { rate: '0.0014', amount: 7_000 },
    ])
  })
})
