/**
 * The amounts of a monthly JP pension, rule by rule (src/benefits/jp/amounts.ts):
 * - jp.averageWage: each paid month's wage capped at the JP wage cap of its month (PP 45/2015 Pasal 29, the
 *   cap changes each March) or at the caller's `cap`, revalued by Π (1 + inflation) of its year up to the
 *   year before the pension (Pasal 17(3)); a year without inflation is a missing fact (D26);
 * - jp.formula: 1% × (months ÷ 12) × average (Pasal 17(2)), rounded once, half up;
 * - jp.bounds: the minimum and maximum of the first year (Pasal 18), from the table of
 *   src/parameters/jp-benefit.ts (switching each March; derived rows warn) or the caller's `bounds`; the
 *   table ends 2027-02, a later first year needs `bounds`.
 * Expected values are written from the parameter tables and the message catalogue, not from running the code.
 */
import { describe, expect, it } from 'vitest'
import { calculateJpBenefit, type JpBenefitInput, type JpBenefitResult } from '../../../src/index.js'
import { EN, months, step } from './spec-helpers.js'
import { rpToSen } from '../../../src/benefits/jp/amounts.js'
import { Dec } from '../../../src/money/decimal.js'

const P17_2 = { source: 'PP-45-2015', article: 'Pasal 17 ayat (2)' }
const P17_3 = { source: 'PP-45-2015', article: 'Pasal 17 ayat (3)' }
const P18 = { source: 'PP-45-2015', article: 'Pasal 18' }
const D26 = { source: 'DECISIONS', article: 'D26' }
const ACCRUAL = { id: 'jp.benefit.accrualRate', value: '0.01', from: '2015-07-01' }
const AVERAGE_FORMULA_EN =
  'Σ min(wage, cap) × Π(1 + inflation of year T … pension year − 1) ÷ number of months'
const AVERAGE_FORMULA_ID = 'Σ min(upah, batas) × Π(1 + inflasi tahun T … tahun pensiun − 1) ÷ jumlah bulan'

const rules = (r: JpBenefitResult) => r.explanation.steps.map((s) => s.rule)
const warned = (r: JpBenefitResult) => r.warnings.map((w) => [w.code, w.parameterId])

/** Disability on 2026-05-10; 29 paid months 2024-01 … 2026-05 at Rp2,500,000 (counted as 180 months). */
const BASE: JpBenefitInput = {
  kind: 'disability',
  birthDate: '1990-01-01',
  membershipStart: '2024-01-01',
  eventDate: '2026-05-10',
  wageHistory: months('2024-01', 29, 2500000),
}

describe('jp.averageWage with the library CPI table: 2024 × 1.0157 × 1.0292, 2025 × 1.0292, 2026 × 1', () => {
  it('average (12 × 1.04535844 + 12 × 1.0292 + 5) × 2,500,000 ÷ 29 = 2,577,129.420690 (exact to 6 places)', () => {
    const r = calculateJpBenefit(BASE, EN)
    expect(step(r, 'jp.averageWage')).toEqual({
      rule: 'jp.averageWage',
      description: 'Average weighted wage Rp2.577.129 over 29 months.',
      formula: AVERAGE_FORMULA_EN,
      inputs: { pensionYear: 2026 },
      parameters: [],
      legal: [P17_3, D26],
      value: '2577129.42069',
    })
    expect(r.averageIndexedWage).toBe(2577129)
    const id = calculateJpBenefit(BASE)
    expect(step(id, 'jp.averageWage').description).toBe(
      'Rata-rata upah tertimbang Rp2.577.129 dari 29 bulan.',
    )
    expect(step(id, 'jp.averageWage').formula).toBe(AVERAGE_FORMULA_ID)
  })

  it('jp.formula: 0.01 × 15 × 2,577,129.42… = 386,569.413103 → Rp386,569, then the minimum Rp411,400', () => {
    const r = calculateJpBenefit(BASE, EN)
    expect(step(r, 'jp.formula')).toEqual({
      rule: 'jp.formula',
      description: 'Pension by the formula: Rp386.569.',
      formula: '0.01 × (180 ÷ 12) × Rp2.577.129,42, rounded to the rupiah (half up)',
      inputs: {},
      parameters: [ACCRUAL],
      legal: [P17_2],
      rounding: { mode: 'half-up', exact: '386569.413103', rounded: 386569 },
      value: 386569,
    })
    expect(r.formulaAmount).toBe(386569)
    expect(r.monthlyPension).toBe(411400)
    const id = calculateJpBenefit(BASE)
    expect([step(id, 'jp.formula').description, step(id, 'jp.formula').formula]).toEqual([
      'Manfaat pensiun menurut rumus: Rp386.569.',
      '0,01 × (180 ÷ 12) × Rp2.577.129,42, dibulatkan ke rupiah (setengah ke atas)',
    ])
  })

  it("a caller's inflation replaces the table's year: 2024 at 0 leaves 2024 × 1.0292", () => {
    const r = calculateJpBenefit({ ...BASE, inflation: { '2024': '0', '2025': '0' } }, EN)
    expect(r.averageIndexedWage).toBe(2500000)
    expect(step(r, 'jp.averageWage').value).toBe('2500000')
  })
})

describe('jp.formula: the one rounding, half up to the rupiah', () => {
  const flat = (wage: number): JpBenefitInput => ({
    ...BASE,
    wageHistory: months('2024-01', 29, wage),
    inflation: { '2024': '0', '2025': '0' },
    bounds: { minimum: 100000, maximum: 5000000 },
  })

  it('0.15 × 2,500,030 = 375,004.5 → Rp375,005', () => {
    const r = calculateJpBenefit(flat(2500030), EN)
    expect(step(r, 'jp.formula').rounding).toEqual({ mode: 'half-up', exact: '375004.5', rounded: 375005 })
    expect(step(r, 'jp.formula').formula).toBe(
      '0.01 × (180 ÷ 12) × Rp2.500.030, rounded to the rupiah (half up)',
    )
    expect([r.formulaAmount, r.monthlyPension, r.boundApplied]).toEqual([375005, 375005, null])
  })

  it('0.15 × 2,500,029 = 375,004.35 → Rp375,004', () => {
    const r = calculateJpBenefit(flat(2500029), EN)
    expect(step(r, 'jp.formula').rounding).toEqual({ mode: 'half-up', exact: '375004.35', rounded: 375004 })
    expect(r.formulaAmount).toBe(375004)
  })
})

describe('jp.bounds with the caller bounds (status input), around the formula amount Rp375,000', () => {
  const withBounds = (minimum: number, maximum: number, locale?: 'en'): JpBenefitResult =>
    calculateJpBenefit(
      { ...BASE, inflation: { '2024': '0', '2025': '0' }, bounds: { minimum, maximum } },
      locale === undefined ? {} : { locale },
    )
  const boundReasons = (r: JpBenefitResult) =>
    r.reasons.filter((x) => x.code === 'JP_MINIMUM_APPLIES' || x.code === 'JP_MAXIMUM_APPLIES')

  it('the minimum exactly at Rp375,000: nothing applied, no reason; the step, whole', () => {
    const r = withBounds(375000, 5000000, 'en')
    expect([r.monthlyPension, r.boundApplied]).toEqual([375000, null])
    expect(r.bounds).toEqual({ minimum: 375000, maximum: 5000000, status: 'input' })
    expect(boundReasons(r)).toEqual([])
    expect(step(r, 'jp.bounds')).toEqual({
      rule: 'jp.bounds',
      description: 'Bounds Rp375.000 – Rp5.000.000: benefit Rp375.000.',
      inputs: {},
      parameters: [],
      legal: [P18],
      unit: 'rupiah',
      value: 375000,
    })
    // no bounds reading, no bounds warning
    expect(r.explanation.parameters.map((p) => p.id)).not.toContain('jp.benefit.bounds')
    expect(warned(r)).toEqual([
      ['JP_DENSITY_ASSUMED', undefined],
      ['JP_AVERAGE_MONTH_WEIGHTED', undefined],
      ['JP_NO_PAYMENT_INDEXATION', undefined],
    ])
    expect(r.timeline[0]!.text).toBe(
      'From 2026-06 you receive Rp375.000/month. Membership 29 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.',
    )
  })

  it('the minimum one rupiah above (Rp375,001): the minimum applies', () => {
    const r = withBounds(375001, 5000000, 'en')
    expect([r.monthlyPension, r.boundApplied]).toEqual([375001, 'minimum'])
    expect(boundReasons(r)).toEqual([
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp375.000, below the minimum benefit Rp375.001: Rp375.001 is paid.',
        legal: [P18],
      },
    ])
    expect(step(r, 'jp.bounds').value).toBe(375001)
  })

  it('the maximum exactly at Rp375,000: nothing applied', () => {
    const r = withBounds(100000, 375000, 'en')
    expect([r.monthlyPension, r.boundApplied]).toEqual([375000, null])
    expect(boundReasons(r)).toEqual([])
  })

  it('the maximum one rupiah below (Rp374,999): the maximum applies, in both languages and in the timeline', () => {
    const r = withBounds(100000, 374999, 'en')
    expect([r.monthlyPension, r.boundApplied]).toEqual([374999, 'maximum'])
    expect(boundReasons(r)).toEqual([
      {
        code: 'JP_MAXIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp375.000, above the maximum benefit Rp374.999: Rp374.999 is paid.',
        legal: [P18],
      },
    ])
    expect(step(r, 'jp.bounds')).toEqual({
      rule: 'jp.bounds',
      description: 'Bounds Rp100.000 – Rp374.999: benefit Rp374.999.',
      inputs: {},
      parameters: [],
      legal: [P18],
      unit: 'rupiah',
      value: 374999,
    })
    expect(r.timeline[0]!.text).toBe(
      'From 2026-06 you receive Rp374.999/month.' +
        ' Membership 29 months (at least 1) and contribution density 100% (at least 80%): counted as 180 months.' +
        ' The formula gives Rp375.000, above the maximum benefit Rp374.999: Rp374.999 is paid.',
    )
    const id = withBounds(100000, 374999)
    expect(boundReasons(id)[0]!.message).toBe(
      'Rumus menghasilkan Rp375.000, di atas manfaat maksimum Rp374.999: dibayar Rp374.999.',
    )
    expect(step(id, 'jp.bounds').description).toBe('Batas Rp100.000 – Rp374.999: manfaat Rp374.999.')
  })
})

describe('JP_MINIMUM_APPLIES / JP_MAXIMUM_APPLIES say what is compared: the formula, or a survivor share', () => {
  const boundReasons = (r: JpBenefitResult) =>
    r.reasons.filter((x) => x.code === 'JP_MINIMUM_APPLIES' || x.code === 'JP_MAXIMUM_APPLIES')
  /** Born 1970-06-15: pension age 60 on 2030-06-15; 180 months 2015-07 … 2030-06 at Rp1,000,000: Rp150,000. */
  const OLD_AGE: JpBenefitInput = {
    kind: 'old-age',
    birthDate: '1970-06-15',
    membershipStart: '2015-07-01',
    wageHistory: months('2015-07', 180, 1000000),
    inflation: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(2015 + i), '0'])),
    bounds: { minimum: 500000, maximum: 6000000 },
  }
  /**
   * Death on 2026-04-15, 10 months 2025-05 … 2026-02 at Rp4,000,000 in 12 months of membership (83.3% ≥ 80%,
   * 12 ≥ 12): counted as 180 months, 0.01 × 15 × 4,000,000 = Rp600,000; half of it Rp300,000, below the
   * minimum Rp411,400 of the 2026 row (first payment 2026-05).
   */
  const SURVIVOR: JpBenefitInput = {
    kind: 'widow',
    birthDate: '1985-01-01',
    membershipStart: '2025-05-01',
    eventDate: '2026-04-15',
    wageHistory: months('2025-05', 10, 4000000),
    inflation: { '2025': '0' },
    survivorShare: '0.5',
    applyBoundsToSurvivors: true,
  }

  it('old age: the formula gives Rp150,000, below the minimum Rp500,000 (both languages)', () => {
    expect(boundReasons(calculateJpBenefit(OLD_AGE, EN))).toEqual([
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'The formula gives Rp150.000, below the minimum benefit Rp500.000: Rp500.000 is paid.',
        legal: [P18],
      },
    ])
    expect(boundReasons(calculateJpBenefit(OLD_AGE))).toEqual([
      {
        code: 'JP_MINIMUM_APPLIES',
        kind: 'note',
        message: 'Rumus menghasilkan Rp150.000, di bawah manfaat minimum Rp500.000: dibayar Rp500.000.',
        legal: [P18],
      },
    ])
  })

  for (const kind of ['widow', 'child', 'parent'] as const)
    it(`${kind}: the share 0.5 × Rp600,000 = Rp300,000 is what is below the minimum, not "the formula"`, () => {
      const r = calculateJpBenefit({ ...SURVIVOR, kind }, EN)
      expect([r.formulaAmount, r.monthlyPension, r.boundApplied]).toEqual([600000, 411400, 'minimum'])
      expect(boundReasons(r)).toEqual([
        {
          code: 'JP_MINIMUM_APPLIES',
          kind: 'note',
          message:
            "The survivor's share (0.5 × Rp600.000 by the formula) gives Rp300.000, below the minimum benefit Rp411.400: Rp411.400 is paid.",
          legal: [P18],
        },
      ])
    })

  it('the survivor share in Indonesian, and in the timeline', () => {
    const id = calculateJpBenefit(SURVIVOR)
    expect(boundReasons(id)[0]!.message).toBe(
      'Bagian ahli waris (0,5 × Rp600.000 menurut rumus) menghasilkan Rp300.000, di bawah manfaat minimum Rp411.400: dibayar Rp411.400.',
    )
    expect(calculateJpBenefit(SURVIVOR, EN).timeline).toEqual([
      {
        from: '2026-05',
        amount: 411400,
        text:
          'From 2026-05 you receive Rp411.400/month.' +
          ' Membership 12 months (at least 12) and contribution density 83.3% (at least 80%): counted as 180 months.' +
          " The survivor's share (0.5 × Rp600.000 by the formula) gives Rp300.000, below the minimum benefit Rp411.400: Rp411.400 is paid.",
      },
    ])
  })

  it('a survivor share above the caller maximum Rp250,000: the maximum, said of the share (both languages)', () => {
    const input = { ...SURVIVOR, bounds: { minimum: 100000, maximum: 250000 } }
    const r = calculateJpBenefit(input, EN)
    expect([r.monthlyPension, r.boundApplied]).toEqual([250000, 'maximum'])
    expect(boundReasons(r).map((x) => [x.code, x.message])).toEqual([
      [
        'JP_MAXIMUM_APPLIES',
        "The survivor's share (0.5 × Rp600.000 by the formula) gives Rp300.000, above the maximum benefit Rp250.000: Rp250.000 is paid.",
      ],
    ])
    expect(boundReasons(calculateJpBenefit(input)).map((x) => x.message)).toEqual([
      'Bagian ahli waris (0,5 × Rp600.000 menurut rumus) menghasilkan Rp300.000, di atas manfaat maksimum Rp250.000: dibayar Rp250.000.',
    ])
  })

  it('a survivor without a share (incomplete): the bounds are compared with the formula amount, so "the formula"', () => {
    const { survivorShare: _, ...noShare } = SURVIVOR
    const r = calculateJpBenefit(noShare, EN)
    expect(r.status).toBe('incomplete')
    expect(boundReasons(r)).toEqual([])
    const low = calculateJpBenefit({ ...noShare, bounds: { minimum: 100000, maximum: 500000 } }, EN)
    expect(boundReasons(low).map((x) => x.message)).toEqual([
      'The formula gives Rp600.000, above the maximum benefit Rp500.000: Rp500.000 is paid.',
    ])
  })
})

describe('jp.bounds from the table: the row of the first payment month (rows switch each March)', () => {
  /** Disability on `event`, 12 or 13 paid months at Rp2,000,000 before it, no wage inflation. */
  const at = (event: string, first: string, n: number): JpBenefitResult =>
    calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: `${first}-01`,
        eventDate: event,
        wageHistory: months(first, n, 2000000),
        inflation: { '2024': '0', '2025': '0', '2026': '0' },
      },
      EN,
    )

  it('start 2024-06: the 2024 row (minimum published, maximum derived: mixed), the derived warning for 2024', () => {
    const r = at('2024-05-10', '2023-06', 12)
    expect(r.start).toBe('2024-06')
    expect(r.bounds).toEqual({ minimum: 393500, maximum: 4718200, status: 'mixed' })
    expect(r.warnings.filter((w) => w.parameterId === 'jp.benefit.bounds')).toEqual([
      {
        code: 'LOW_CONFIDENCE_RULE',
        message:
          'This rule uses parameter jp.benefit.bounds, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
        parameterId: 'jp.benefit.bounds',
      },
      {
        code: 'JP_BOUNDS_DERIVED',
        message: 'The 2024 benefit bounds are derived (previous bound × inflation), not published.',
        parameterId: 'jp.benefit.bounds',
      },
    ])
  })

  it('start 2025-03, the first day of the derived 2025 row: Rp399,700 – Rp4,792,300, warned in both languages', () => {
    const r = at('2025-02-10', '2024-03', 12)
    expect(r.start).toBe('2025-03')
    expect(r.bounds).toEqual({ minimum: 399700, maximum: 4792300, status: 'derived' })
    expect([r.formulaAmount, r.monthlyPension, r.boundApplied]).toEqual([300000, 399700, 'minimum'])
    expect(r.warnings.find((w) => w.code === 'JP_BOUNDS_DERIVED')).toEqual({
      code: 'JP_BOUNDS_DERIVED',
      message: 'The 2025 benefit bounds are derived (previous bound × inflation), not published.',
      parameterId: 'jp.benefit.bounds',
    })
    const id = calculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2024-03-01',
      eventDate: '2025-02-10',
      wageHistory: months('2024-03', 12, 2000000),
      inflation: { '2024': '0' },
    })
    expect(id.warnings.find((w) => w.code === 'JP_BOUNDS_DERIVED')).toEqual({
      code: 'JP_BOUNDS_DERIVED',
      message:
        'Batas manfaat 2025 adalah nilai turunan (inflasi × batas tahun sebelumnya), bukan nilai terbit.',
      parameterId: 'jp.benefit.bounds',
    })
  })

  it('start 2025-02, the last month of the 2024 row', () => {
    const r = at('2025-01-10', '2024-02', 12)
    expect(r.bounds).toEqual({ minimum: 393500, maximum: 4718200, status: 'mixed' })
    // the year of the row (2024-03 … 2025-02), not of the start month (was "The 2025 benefit bounds")
    expect(r.warnings.find((w) => w.code === 'JP_BOUNDS_DERIVED')?.message).toBe(
      'The 2024 benefit bounds are derived (previous bound × inflation), not published.',
    )
  })

  it('start 2026-02, the last month of the derived 2025 row', () => {
    const r = at('2026-01-10', '2025-01', 13)
    expect(r.bounds).toEqual({ minimum: 399700, maximum: 4792300, status: 'derived' })
    expect(warned(r)).toContainEqual(['JP_BOUNDS_DERIVED', 'jp.benefit.bounds'])
    // the derived row is 2025's; the 2026 bounds are published (was "The 2026 benefit bounds are derived")
    expect(r.warnings.find((w) => w.code === 'JP_BOUNDS_DERIVED')?.message).toBe(
      'The 2025 benefit bounds are derived (previous bound × inflation), not published.',
    )
  })

  it('start 2026-03, the first month of the published 2026 row: Rp411,400 – Rp4,932,300, no derived warning', () => {
    const r = at('2026-02-10', '2025-02', 13)
    expect(r.start).toBe('2026-03')
    expect(r.bounds).toEqual({ minimum: 411400, maximum: 4932300, status: 'published' })
    expect(warned(r)).toEqual([
      ['JP_DENSITY_ASSUMED', undefined],
      ['JP_AVERAGE_MONTH_WEIGHTED', undefined],
      ['LOW_CONFIDENCE_RULE', 'jp.benefit.bounds'],
      ['JP_NO_PAYMENT_INDEXATION', undefined],
    ])
    expect(r.explanation.parameters.find((p) => p.id === 'jp.benefit.bounds')).toEqual({
      id: 'jp.benefit.bounds',
      value: { minimum: '411400', maximum: '4932300', status: 'published' },
      from: '2026-03-01',
      to: '2027-02-28',
      date: '2026-03-01',
      confidence: 'low',
      legal: [P18],
      lastVerifiedOn: '2026-11-24',
      overridden: false,
      note: 'One secondary note citing letter B/1226/022026; equals the derived × 1.0292 value. Effective month March (one note says February).',
    })
  })

  it('start 2027-02, the last month of the table: still the 2026 row', () => {
    const r = at('2027-01-15', '2026-01', 13)
    expect(r.start).toBe('2027-02')
    expect(r.status).toBe('payable')
    expect(r.bounds).toEqual({ minimum: 411400, maximum: 4932300, status: 'published' })
    expect(r.monthlyPension).toBe(411400)
  })

  it('start 2027-03, past the table: the bounds are a missing fact (Pasal 18, D26), incomplete, no bounds step', () => {
    const r = at('2027-02-10', '2026-02', 13)
    expect(r.start).toBe('2027-03')
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['bounds'])
    expect(r.bounds).toBeNull()
    expect(r.boundApplied).toBeNull()
    expect(r.formulaAmount).toBe(300000)
    expect(r.monthlyPension).toBe(0)
    expect(r.schedule).toEqual([])
    expect(r.timeline).toEqual([])
    expect(r.reasons.filter((x) => x.kind === 'missing')).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the minimum and maximum benefit of the first year (not published yet) (field bounds). The library does not assume it.',
        legal: [P18, D26],
        path: ['bounds'],
      },
    ])
    expect(rules(r)).toEqual(['jp.months', 'jp.averageWage', 'jp.formula'])
    const id = calculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2026-02-01',
      eventDate: '2027-02-10',
      wageHistory: months('2026-02', 13, 2000000),
      inflation: { '2026': '0' },
    })
    expect(id.reasons.find((x) => x.kind === 'missing')!.message).toBe(
      'Data belum diberikan: batas manfaat minimum dan maksimum tahun pertama (belum terbit) (kolom bounds). Pustaka ini tidak mengasumsikannya.',
    )
  })

  it('start 2027-03 with the caller bounds: payable, status input', () => {
    const r = calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2026-02-01',
        eventDate: '2027-02-10',
        wageHistory: months('2026-02', 13, 2000000),
        inflation: { '2026': '0' },
        bounds: { minimum: 420000, maximum: 5000000 },
      },
      EN,
    )
    expect(r.status).toBe('payable')
    expect(r.bounds).toEqual({ minimum: 420000, maximum: 5000000, status: 'input' })
    expect(r.monthlyPension).toBe(420000)
  })
})

describe('jp.averageWage: a year without inflation is a missing fact (Pasal 17(3), D26)', () => {
  it('pension year 2027, wages of 2026 and none given: incomplete, no average, no average step', () => {
    const r = calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2026-01-01',
        eventDate: '2027-01-15',
        wageHistory: months('2026-01', 13, 2000000),
      },
      EN,
    )
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['inflation.2026'])
    expect(r.reasons.filter((x) => x.kind === 'missing')).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message:
          'Not given: the inflation of that year, for indexing wages (PP 45/2015 Pasal 17(3)) (field inflation.2026). The library does not assume it.',
        legal: [P17_3, D26],
        path: ['inflation', '2026'],
      },
    ])
    expect([r.averageIndexedWage, r.formulaAmount, r.monthlyPension]).toEqual([null, null, 0])
    expect(rules(r)).toEqual(['jp.months'])
    expect(r.warnings.map((w) => w.code)).not.toContain('JP_AVERAGE_MONTH_WEIGHTED')
  })

  it('pension year 2028, wages of 2026 and 2027: both years missing, in order, then the bounds', () => {
    const r = calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2026-12-01',
        eventDate: '2027-12-10',
        wageHistory: months('2026-12', 13, 2000000),
      },
      EN,
    )
    expect(r.missing).toEqual(['inflation.2026', 'inflation.2027', 'bounds'])
    const id = calculateJpBenefit({
      kind: 'disability',
      birthDate: '1990-01-01',
      membershipStart: '2026-12-01',
      eventDate: '2027-12-10',
      wageHistory: months('2026-12', 13, 2000000),
    })
    expect(id.reasons.filter((x) => x.kind === 'missing').map((x) => x.message)).toEqual([
      'Data belum diberikan: inflasi tahun tersebut untuk indeksasi upah (PP 45/2015 Pasal 17 ayat 3) (kolom inflation.2026). Pustaka ini tidak mengasumsikannya.',
      'Data belum diberikan: inflasi tahun tersebut untuk indeksasi upah (PP 45/2015 Pasal 17 ayat 3) (kolom inflation.2027). Pustaka ini tidak mengasumsikannya.',
      'Data belum diberikan: batas manfaat minimum dan maksimum tahun pertama (belum terbit) (kolom bounds). Pustaka ini tidak mengasumsikannya.',
    ])
  })
})

describe('jp.averageWage: the missing years are listed in year order, whatever the order of the history', () => {
  it('the 2027 months first, then 2026-12: inflation.2026, inflation.2027, then the bounds', () => {
    const history = months('2026-12', 13, 2000000)
    const r = calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2026-12-01',
        eventDate: '2027-12-10',
        wageHistory: [...history.slice(1), history[0]!],
      },
      EN,
    )
    expect(r.missing).toEqual(['inflation.2026', 'inflation.2027', 'bounds'])
    expect(r.reasons.filter((x) => x.kind === 'missing').map((x) => x.path)).toEqual([
      ['inflation', '2026'],
      ['inflation', '2027'],
      ['bounds'],
    ])
  })
})

describe('the counted wage: min(wage, cap of its month); the cap rises on 2024-03-01 (Rp9,559,600 → Rp10,042,300)', () => {
  const two = (feb: { period: string; wage: number; cap?: number }): JpBenefitResult =>
    calculateJpBenefit(
      {
        kind: 'disability',
        birthDate: '1990-01-01',
        membershipStart: '2024-02-01',
        eventDate: '2024-03-20',
        wageHistory: [feb, { period: '2024-03', wage: 10000000 }],
      },
      EN,
    )

  it('Rp10,000,000 in 2024-02 counts Rp9,559,600, in 2024-03 in full: average 9,779,800, formula 1,466,970', () => {
    const r = two({ period: '2024-02', wage: 10000000 })
    expect(r.averageIndexedWage).toBe(9779800)
    expect(step(r, 'jp.averageWage').value).toBe('9779800')
    expect(r.formulaAmount).toBe(1466970)
    expect([r.monthlyPension, r.boundApplied]).toEqual([1466970, null])
    expect(
      r.explanation.parameters.filter((p) => p.id === 'jp.wageCap').map((p) => [p.value, p.from, p.date]),
    ).toEqual([
      ['9559600', '2023-03-01', '2024-02-01'],
      ['10042300', '2024-03-01', '2024-03-01'],
    ])
  })

  it("the caller's cap of Rp8,000,000 for 2024-02 replaces the table: average 9,000,000; no cap read that month", () => {
    const r = two({ period: '2024-02', wage: 10000000, cap: 8000000 })
    expect(r.averageIndexedWage).toBe(9000000)
    expect(r.formulaAmount).toBe(1350000)
    expect(r.explanation.parameters.filter((p) => p.id === 'jp.wageCap').map((p) => p.from)).toEqual([
      '2024-03-01',
    ])
  })

  it("the caller's cap above the wage: the wage counts (Rp10,000,000, above the table's cap)", () => {
    const r = two({ period: '2024-02', wage: 10000000, cap: 12000000 })
    expect(r.averageIndexedWage).toBe(10000000)
    expect(r.formulaAmount).toBe(1500000)
  })
})

describe('jp.formula shows the average wage in rupiah to the sen (rpToSen)', () => {
  it('rounded half-up to the sen, Indonesian style; an amount of 16 digits or more as its plain decimal text', () => {
    expect(rpToSen(new Dec('2664666.666667'))).toBe('Rp2.664.666,67')
    expect(rpToSen(new Dec('2000000'))).toBe('Rp2.000.000')
    expect(rpToSen(new Dec('999999999999999.994'))).toBe('Rp999.999.999.999.999,99')
    // past 15 digits formatRupiah would no longer be exact: the text as it is
    expect(rpToSen(new Dec('12345678901234567'))).toBe('12345678901234567')
    expect(rpToSen(new Dec('1234567890123456.5'))).toBe('1234567890123456.5')
  })
})
