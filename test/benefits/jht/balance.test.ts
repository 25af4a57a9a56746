import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectJhtBalance } from '../../../src/benefits/jht/balance.js'
import { BpjsValidationError } from '../../../src/errors.js'
import { PROPERTY_SEED } from '../../reliability/properties/settings.js'

// Notes §1.5: PU worker, Rp5,000,000 a month, 5.7% JHT → Rp285,000 a month, Jan 2016 – Dec 2020.
const months = (from: number, to: number, contribution: number) => {
  const out: { month: string; contribution: number }[] = []
  for (let y = from; y <= to; y++)
    for (let m = 1; m <= 12; m++) out.push({ month: `${y}-${String(m).padStart(2, '0')}`, contribution })
  return out
}
const history = months(2016, 2020, 285000)
const yearEnds = (r: ReturnType<typeof projectJhtBalance>) =>
  r.months.filter((m) => m.month.endsWith('-12')).map((m) => m.balance)

function issueCode(f: () => unknown): string | undefined {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues[0]?.code
    throw e
  }
  return undefined
}

describe('projectJhtBalance: worked example of the notes (§1.5)', () => {
  it('C2 (default, yearly + pro rata) reproduces 3,532,703 … 19,907,283', () => {
    const r = projectJhtBalance({ history })
    expect(r.method).toBe('yearly-prorata')
    expect(r.status).toBe('complete')
    // hand: 2016 285,000 × 5.5 × 0.0719 = 112,703.25 → 112,703 (the notes print 112,702.875, same rupiah); +3,420,000 = 3,532,703
    expect(yearEnds(r)).toEqual([3532703, 7351539, 11329871, 15531452, 19907283])
    expect(r.totalContributions).toBe(17100000)
    expect(r.months.find((m) => m.month === '2017-12')?.return).toBe(398836)
  })

  it('C1 (opening balance only) reproduces 3,420,000 … 15,057,296 and 2020 within Rp1 of the notes', () => {
    const r = projectJhtBalance({ history, method: 'yearly-opening' })
    // The notes chain unrounded balances (19,318,998); rounding each credit once, by hand:
    // 15,057,296 × 0.0559 = 841,702.85 → 841,703; 15,057,296 + 3,420,000 + 841,703 = 19,318,999.
    expect(yearEnds(r)).toEqual([3420000, 7107444, 10972370, 15057296, 19318999])
  })

  it('C3 (monthly) is within a few rupiah of the notes’ unrounded 19,988,779', () => {
    const r = projectJhtBalance({ history, method: 'monthly' })
    // The notes compound without rounding; the library rounds each monthly credit (60 roundings ≤ Rp0.5 each).
    expect(Math.abs((r.balance ?? 0) - 19988779)).toBeLessThanOrEqual(30)
    expect(Math.abs(yearEnds(r)[0]! - 3534985)).toBeLessThanOrEqual(6)
  })

  it('warns on low-confidence declared rates and says the method is an estimate', () => {
    const codes = projectJhtBalance({ history }).warnings.map((w) => w.code)
    expect(codes).toContain('JHT_METHOD_ESTIMATE')
    // 2017–2020 are low-confidence rows of jht.developmentRate: the project's LOW_CONFIDENCE_RULE, once
    const low = projectJhtBalance({ history }).warnings.filter((w) => w.code === 'LOW_CONFIDENCE_RULE')
    expect(low.map((w) => w.parameterId)).toEqual(['jht.developmentRate'])
  })
})

describe('projectJhtBalance: missing rates (D26) and bad input', () => {
  it('a year without a declared rate is incomplete with its path missing', () => {
    const r = projectJhtBalance({ history: months(2021, 2021, 100000) })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['rates.2021'])
    expect(r.balance).toBeNull()
    const ok = projectJhtBalance({ history: months(2021, 2021, 100000), rates: { '2021': '0.06' } })
    // hand: 100,000 × 0.06 × 5.5 = 33,000
    expect(ok.balance).toBe(1200000 + 33000)
    expect(Object.isFrozen(ok.months)).toBe(true)
  })

  it('duplicate / unordered months, over-withdrawal and unflagged negative rates are validation errors', () => {
    expect(
      issueCode(() => projectJhtBalance({ history: [{ month: '2016-01' }, { month: '2016-01' }] })),
    ).toBe('JHT_MONTH_DUPLICATE')
    expect(
      issueCode(() => projectJhtBalance({ history: [{ month: '2016-02' }, { month: '2016-01' }] })),
    ).toBe('JHT_MONTH_ORDER')
    expect(
      issueCode(() =>
        projectJhtBalance({ openingBalance: 100, history: [{ month: '2016-01', withdrawal: 101 }] }),
      ),
    ).toBe('JHT_WITHDRAWAL_EXCEEDS_BALANCE')
    const neg = { history: months(2021, 2021, 1000), rates: { '2021': '-0.01' } }
    expect(issueCode(() => projectJhtBalance(neg))).toBe('JHT_NEGATIVE_RATE_NOT_INTENDED')
    expect(projectJhtBalance({ ...neg, allowNegativeRates: true }).status).toBe('complete')
  })
})

describe('projectJhtBalance: 40-year projection vs an independent decimal.js computation', () => {
  it('equal to the rupiah (no sen exist in a JHT balance)', () => {
    // Member: opening Rp0, Jan 2026 – Dec 2065, first contribution Rp285,000, +4% each January, 6% a year.
    const r = projectJhtBalance({
      history: [],
      future: {
        from: '2026-01',
        until: '2065-12',
        contribution: 285000,
        yearlyGrowth: '0.04',
        returnRate: '0.06',
      },
    })
    // Independent: C2 year by year, B_y = B_{y-1} + 12c + round(r × (B_{y-1} + c × Σ(12−m)/12))
    let b = new Decimal(0)
    let c = new Decimal(285000)
    for (let y = 0; y < 40; y++) {
      if (y > 0) c = c.mul('1.04')
      const cr = c.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      const ret = b.plus(cr.mul('5.5')).mul('0.06').toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      b = b.plus(cr.mul(12)).plus(ret)
    }
    expect(r.status).toBe('complete')
    expect(r.balance).toBe(b.toNumber())
    expect(r.warnings.filter((w) => w.code === 'JHT_RATE_ASSUMED')).toHaveLength(40)
  })

  it('the same member, monthly crediting (C3), with a 10% withdrawal in 2040-06: equal to the rupiah', () => {
    // Independent: each month b = b + round(b × r / 12) + c (c grows 4% each January); the withdrawal at the
    // end of 2040-06 is 10% of that month's balance rounded down (PP 46/2015 Pasal 22(5) as a maximum).
    let b = new Decimal(0)
    let c = new Decimal(285000)
    let withdrawal = 0
    for (let y = 2026; y <= 2065; y++)
      for (let m = 1; m <= 12; m++) {
        if (m === 1 && y > 2026) c = c.mul('1.04')
        // from 2040-07 the caller's projection restarts from the whole-rupiah contribution it was given
        if (y === 2040 && m === 7) c = c.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        const cr = c.toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        b = b.plus(b.mul('0.06').div(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)).plus(cr)
        if (y === 2040 && m === 6) {
          withdrawal = b.mul('0.1').toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber()
          b = b.minus(withdrawal)
        }
      }
    // the library: history with the caller's contributions to 2040-06 (the withdrawal month), then the future
    const history: { month: string; contribution: number; withdrawal?: number }[] = []
    let hc = new Decimal(285000)
    for (let y = 2026; y <= 2040; y++)
      for (let m = 1; m <= (y === 2040 ? 6 : 12); m++) {
        if (m === 1 && y > 2026) hc = hc.mul('1.04')
        const month = `${y}-${String(m).padStart(2, '0')}`
        history.push({ month, contribution: hc.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber() })
      }
    history[history.length - 1] = { ...history[history.length - 1]!, withdrawal }
    const rates = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [String(2026 + i), '0.06']))
    const r = projectJhtBalance({
      history,
      rates,
      method: 'monthly',
      future: {
        from: '2040-07',
        until: '2065-12',
        contribution: hc.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
        yearlyGrowth: '0.04',
        returnRate: '0.06',
      },
    })
    expect(withdrawal).toBeGreaterThan(0)
    expect(r.balance).toBe(b.toNumber())
    expect(r.totalWithdrawals).toBe(withdrawal)
  })
})

describe('projectJhtBalance: property', () => {
  it('a balance never decreases in a month without a withdrawal (non-negative rates)', () => {
    const arb = fc.array(
      fc.record({
        contribution: fc.integer({ min: 0, max: 5_000_000 }),
        withdrawal: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 36 },
    )
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom('yearly-prorata', 'yearly-opening', 'monthly'),
        (rows, bp, method) => {
          const hist = rows.map((row, i) => ({
            month: `${2030 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
            contribution: row.contribution,
            withdrawal: row.withdrawal === 0 ? 1 : 0,
          }))
          const rate = new Decimal(bp).div(10000).toString()
          const r = projectJhtBalance({
            openingBalance: 10,
            history: hist,
            method,
            rates: { '2030': rate, '2031': rate, '2032': rate },
          })
          let prev = 10
          for (const m of r.months) {
            if (m.withdrawal === 0) expect(m.balance).toBeGreaterThanOrEqual(prev)
            prev = m.balance
          }
        },
      ),
      { numRuns: 200, seed: PROPERTY_SEED },
    )
  })
})
