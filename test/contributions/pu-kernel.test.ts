/**
 * The batch's kernel of a PU plan (src/contributions/pu-kernel.ts): a plan whose items are all rate lines with
 * an exact divisor (or base steps) is priced from one flat array, and must give exactly the amounts its items
 * give (`puAmounts`), for every situation, wage, rounding mode and overridden rate; past its bound it says so
 * and the items price the row (exactly, on BigInt).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateContribution, calculateContributions } from '../../src/contributions/index.js'
import { RuleContext } from '../../src/explain/context.js'
import { parseContribution } from '../../src/contributions/calculate.js'
import { priceKernel, rateKernelOf } from '../../src/contributions/pu-kernel.js'
import { RateLine } from '../../src/contributions/pu-lines.js'
import { planPu, puAmounts } from '../../src/contributions/pu.js'
import { rate } from '../../src/money/rate.js'
import type { PuPlan } from '../../src/contributions/pu-plan.js'
import type { PuParsed } from '../../src/schemas/contribution.js'
import { resolveOptions } from '../../src/schemas/options.js'
import { MAX_AMOUNT_RUPIAH } from '../../src/money/amount.js'

type Options = Parameters<typeof resolveOptions>[0]

/** The plan of an input, as the batch makes it, or `undefined` when the input or its situation is refused. */
function planOf(input: Record<string, unknown>, options: Options = {}): PuPlan | undefined {
  const resolved = resolveOptions(options).resolved
  try {
    const parsed = parseContribution({ category: 'PU', wage: 1, ...input }, resolved.locale) as PuParsed
    return planPu(parsed, new RuleContext('calculateContributions', parsed.period, resolved, false))
  } catch {
    return undefined
  }
}

const items = (plan: PuPlan, wage: number): number[] => {
  const out = new Float64Array(plan.slots)
  puAmounts(plan, wage, out, 0)
  return [...out]
}
const kernelOf = (plan: PuPlan, wage: number): number[] | false => {
  const k = rateKernelOf(plan)
  if (k === undefined) throw new Error('no kernel')
  const out = new Float64Array(plan.slots)
  return priceKernel(k, plan, wage, out) && [...out]
}

// every third month of the law the library knows, each enterprise size and risk class, with and without JKP
// and the reliefs' flags (a refused combination is skipped)
const PERIODS: string[] = []
for (let y = 2015; y <= 2026; y++)
  for (const m of ['01', '04', '07', '10']) if (`${y}-${m}` >= '2015-07') PERIODS.push(`${y}-${m}`)
const SITUATIONS: Record<string, unknown>[] = []
for (const period of PERIODS)
  for (const enterpriseSize of ['micro', 'large'])
    for (const extra of [
      { jkkRiskClass: 1 },
      { jkkRiskClass: 5, programs: ['JKK', 'JKM', 'JHT'] },
      { jkkRiskClass: 3, jkpRegistered: true },
      { jkkRiskClass: 2, covidRelief: true, jpDeferral: true },
      { jkkRiskClass: 4, jkkDiscountEligible: true },
    ])
      SITUATIONS.push({ period, enterpriseSize, ...extra })

const WAGES = [1, 99, 100, 150, 50_000_050, 100_000_000, 1_108_630_000, 1_108_630_001, 9_999_999_999]

describe('the kernel of a PU plan', () => {
  it('gives the amounts of its items for every situation of 2015-07 to 2026-10 and these wages', () => {
    let withKernel = 0
    let without = 0
    for (const s of SITUATIONS) {
      const plan = planOf(s)
      if (plan === undefined) continue
      if (rateKernelOf(plan) === undefined) {
        without++
        continue
      }
      withKernel++
      for (const w of WAGES)
        expect(kernelOf(plan, w), `${JSON.stringify(s)} wage ${w} sen`).toEqual(items(plan, w))
    }
    // both kinds of plans were met: most months have a kernel, JKP splits and the PP 49/2020 deferral do not
    expect(withKernel).toBeGreaterThan(200)
    expect(without).toBeGreaterThan(50)
  })

  it('gives the amounts of its items for any wage, rounding mode and overridden rate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_AMOUNT_RUPIAH * 100 }),
        fc.constantFrom('half-up', 'half-even', 'down'),
        fc.constantFrom(PERIODS[0], '2019-01', '2024-06', '2026-10'),
        fc.option(fc.integer({ min: 1, max: 999_999 }).map((n) => `0.${String(n).padStart(6, '0')}`)),
        (wage, rounding, period, jkmRate) => {
          const plan = planOf(
            { period, jkkRiskClass: 2, enterpriseSize: 'large' },
            { rounding, parameters: jkmRate === null ? {} : { 'pu.jkm.rate': jkmRate } },
          )
          expect(plan).toBeDefined()
          const k = kernelOf(plan as PuPlan, wage)
          // past its bound the kernel refuses (false); otherwise the same amounts
          if (k !== false) expect(k).toEqual(items(plan as PuPlan, wage))
        },
      ),
      { numRuns: 3000, seed: 20261207 },
    )
  })

  it('stops past 2^52 (false) where a rate line divides on BigInt, and the batch still prices the row exactly', () => {
    const plan = planOf({ period: '2026-10', jkkRiskClass: 5, enterpriseSize: 'large' }) as PuPlan
    const max = MAX_AMOUNT_RUPIAH * 100
    expect(kernelOf(plan, max)).toBe(false)
    const row = {
      category: 'PU',
      period: '2026-10',
      wage: MAX_AMOUNT_RUPIAH,
      jkkRiskClass: 5,
      enterpriseSize: 'large',
    } as const
    const single = calculateContribution(row)
    expect(calculateContributions([row, row]).totals).toEqual({
      ...calculateContributions([]).totals,
      employer: 2 * single.totals.employer,
      worker: 2 * single.totals.worker,
      total: 2 * single.totals.total,
    })
  })

  it('prices a product up to 2^52 and stops just past it', () => {
    // one line: rate 1 (numerator 1, divisor 100) on the wage
    const k = Float64Array.from([0, 1, 100, 1 / 100])
    const view = { rounding: 'half-up', jpCapSen: 0, jkpCapSen: 0 } as unknown as PuPlan
    const out = new Float64Array(1)
    expect(priceKernel(k, view, 2 ** 52, out)).toBe(true)
    expect(out[0]).toBe(45_035_996_273_705) // 2^52 / 100 = 45,035,996,273,704.96 → …705
    expect(priceKernel(k, view, 2 ** 52 + 1, out)).toBe(false)
  })

  it('prices each line on its own base: the wage, the JP cap, the JKP cap', () => {
    // rate 0.01 (numerator 1, divisor 10^4) on each base of a wage of Rp20,000,000
    const k = Float64Array.from([
      0,
      1,
      10_000,
      1 / 10_000,
      1,
      1,
      10_000,
      1 / 10_000,
      2,
      1,
      10_000,
      1 / 10_000,
    ])
    const view = { rounding: 'half-up', jpCapSen: 1_108_630_000, jkpCapSen: 500_000_000 } as unknown as PuPlan
    const out = new Float64Array(3)
    expect(priceKernel(k, view, 2_000_000_000, out)).toBe(true)
    expect([...out]).toEqual([200_000, 110_863, 50_000])
  })

  it('is undefined when an item prices otherwise: a JKP split, a deferred JP share, a divisor past 10^15', () => {
    expect(
      rateKernelOf(
        planOf({
          period: '2024-06',
          jkkRiskClass: 1,
          enterpriseSize: 'large',
          jkpRegistered: true,
        }) as PuPlan,
      ),
    ).toBe(undefined)
    expect(
      rateKernelOf(
        planOf({ period: '2020-09', jkkRiskClass: 1, enterpriseSize: 'large', jpDeferral: true }) as PuPlan,
      ),
    ).toBe(undefined)
    // a rate whose divisor is past the table of powers of ten (no valid parameter has one: at most 12
    // decimals) prices with applyRate: no flat form
    const step = { rule: 'x', text: 'x', legal: undefined, parameters: [] }
    const coarse = new RateLine(
      'JKM',
      'employer',
      'wage',
      { num: 3, scale: 14, text: '0.00000000000003' },
      step,
    )
    expect(coarse.flat()).toBe(undefined)
    expect(new RateLine('JKM', 'employer', 'jpCapped', rate('0.003'), step).flat()).toEqual([
      1,
      3,
      100_000,
      1 / 100_000,
    ])
    // and the plain month has one: four numbers per amount (JKK, JKM, JHT × 2, JP × 2)
    expect(
      rateKernelOf(planOf({ period: '2026-10', jkkRiskClass: 1, enterpriseSize: 'large' }) as PuPlan)?.length,
    ).toBe(24)
  })
})
