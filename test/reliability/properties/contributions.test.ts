/**
 * Properties of calculateContribution over valid inputs of every category and every month 2015-07 … today.
 *
 * Oracles are independent of the code under test: line arithmetic is recomputed with BigInt fractions
 * (oracle.ts) and the three rounding modes of D12; the statutory PU rates are the figures of regulations.md
 * §2.1 (PP 44/2015 Pasal 16 and 18, PP 45/2015, PP 46/2015, PP 37/2021); the caps are read from the
 * parameter data (the law as data), not from the rules.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getParameter, valueAt } from '../../../src/index.js'
import { deepEqual, fnOf, resultProblems, snapshot, type AnyFn } from '../harness.js'
import {
  ALL_MONTHS,
  bpuInput,
  contributionInput,
  jakonInput,
  options,
  puInput,
  TODAY,
} from './arbitraries.js'
import { add, cmp, dec, min, mul, round, type Dec } from './oracle.js'
import { PROPERTY_SEED, STRICT } from './settings.js'

interface Line {
  program: string
  payer: string
  base?: number
  rate?: string
  amount: number
  fund?: string
  gross?: number
  deferred?: number
  relief?: string
  months?: number
  perMonth?: number
  tiers?: { over: number; upTo?: number; base: number; rate: string }[]
}
interface Result {
  category: string
  period: string
  lines: Line[]
  totals: Record<'employer' | 'worker' | 'participant' | 'government' | 'total' | 'deferred', number>
  warnings: { code: string; parameterId?: string }[]
  explanation: {
    steps: { value: unknown; rounding?: { mode: string; exact: string; rounded: number } }[]
    parameters: { id: string; confidence: string }[]
  }
}
type Mode = 'half-up' | 'half-even' | 'down'

const calc = fnOf('calculateContribution') as AnyFn | undefined
const RUNS = 150
const cfg = { seed: PROPERTY_SEED, numRuns: RUNS }

function run(input: unknown, opts?: unknown): Result {
  return calc!(input, opts) as Result
}

const big = (n: number) => BigInt(n)

/** Every arithmetic fact a line states, recomputed exactly. Returns the problems found. */
function lineProblems(r: Result, mode: Mode): string[] {
  const out: string[] = []
  for (const [i, l] of r.lines.entries()) {
    const at = `lines[${i}] ${l.program}/${l.payer}${l.fund ? `→${l.fund}` : ''}`
    const product =
      l.base !== undefined && l.rate !== undefined ? round(mul(dec(l.base), dec(l.rate)), mode) : undefined
    if (l.tiers !== undefined) {
      let sum: Dec = { n: 0n, scale: 0 }
      for (const t of l.tiers) {
        const top = t.upTo === undefined ? dec(l.base!) : min(dec(l.base!), dec(t.upTo))
        const part = add(top, { n: -big(t.over), scale: 0 })
        if (cmp(part, dec(t.base)) !== 0)
          out.push(`${at}: tier over ${t.over} has base ${t.base}, expected ${part.n}`)
        sum = add(sum, mul(dec(t.base), dec(t.rate)))
      }
      if (round(sum, mode) !== big(l.amount))
        out.push(`${at}: amount ${l.amount} ≠ Σ tier base × rate = ${round(sum, mode)}`)
    } else if (l.months !== undefined && l.perMonth !== undefined) {
      if (big(l.amount) !== big(l.perMonth) * big(l.months))
        out.push(`${at}: ${l.amount} ≠ ${l.perMonth} × ${l.months}`)
      if (product !== undefined && product !== big(l.perMonth))
        out.push(`${at}: perMonth ${l.perMonth} ≠ round(base × rate) ${product}`)
    } else if (l.deferred !== undefined) {
      if (product === undefined) out.push(`${at}: a deferred line without base and rate`)
      else if (big(l.amount) + big(l.deferred) !== product)
        out.push(`${at}: paid ${l.amount} + deferred ${l.deferred} ≠ round(base × rate) ${product}`)
    } else if (l.gross !== undefined) {
      if (product !== big(l.gross)) out.push(`${at}: gross ${l.gross} ≠ round(base × rate) ${product}`)
      const parts = r.lines.filter(
        (x) => x.program === l.program && x.payer === l.payer && x.fund !== undefined,
      )
      const sum = parts.reduce((a, x) => a + big(x.amount), 0n)
      if (sum !== big(l.gross)) out.push(`${at}: the split parts sum to ${sum}, not the gross ${l.gross}`)
    } else if (product !== undefined && product !== big(l.amount)) {
      out.push(`${at}: amount ${l.amount} ≠ round(${l.base} × ${l.rate}) = ${product}`)
    }
    if (l.rate !== undefined && !/^\d+(\.\d+)?$/.test(l.rate))
      out.push(`${at}: rate ${l.rate} is not a decimal string`)
  }
  return out
}

function totalsProblems(r: Result): string[] {
  const out: string[] = []
  const sum = (f: (l: Line) => boolean, k: 'amount' | 'deferred' = 'amount') =>
    r.lines.filter(f).reduce((a, l) => a + big(l[k] ?? 0), 0n)
  for (const payer of ['employer', 'worker', 'participant', 'government'] as const)
    if (sum((l) => l.payer === payer) !== big(r.totals[payer])) out.push(`totals.${payer} ≠ Σ its lines`)
  if (sum(() => true) !== big(r.totals.total)) out.push('totals.total ≠ Σ lines')
  const payers = r.totals.employer + r.totals.worker + r.totals.participant + r.totals.government
  if (payers !== r.totals.total) out.push('totals.total ≠ Σ payer totals')
  if (sum(() => true, 'deferred') !== big(r.totals.deferred)) out.push('totals.deferred ≠ Σ deferred')
  return out
}

/** The explanation states the same numbers as the lines, and each rounding is right. */
function explanationProblems(r: Result, mode: Mode): string[] {
  const out: string[] = []
  const values = r.explanation.steps.map((s) => s.value)
  for (const l of r.lines)
    if (!values.includes(l.amount)) out.push(`no step has the value ${l.amount} of ${l.program}/${l.payer}`)
  for (const s of r.explanation.steps) {
    if (s.rounding === undefined) continue
    if (s.rounding.mode !== mode) out.push(`a step rounds with ${s.rounding.mode}, the call asked ${mode}`)
    if (s.rounding.rounded !== s.value)
      out.push(`step value ${String(s.value)} ≠ rounded ${s.rounding.rounded}`)
    if (round(dec(s.rounding.exact), mode) !== big(s.rounding.rounded))
      out.push(`${s.rounding.exact} rounded ${mode} is not ${s.rounding.rounded}`)
  }
  const low = new Set(r.explanation.parameters.filter((p) => p.confidence === 'low').map((p) => p.id))
  const warned = new Set(r.warnings.filter((w) => w.code === 'LOW_CONFIDENCE_RULE').map((w) => w.parameterId))
  for (const id of low)
    if (!warned.has(id)) out.push(`low-confidence ${id} read without a LOW_CONFIDENCE_RULE warning`)
  for (const id of warned)
    if (!low.has(id!)) out.push(`LOW_CONFIDENCE_RULE for ${id}, which the explanation does not list as low`)
  return out
}

/** Statutory PU rates (regulations.md §2.1), outside relief windows. */
const JKK_RATE = ['0.0024', '0.0054', '0.0089', '0.0127', '0.0174']
const PU_RATES: Record<string, string> = {
  'JKM/employer': '0.003',
  'JHT/employer': '0.037',
  'JHT/worker': '0.02',
  'JP/employer': '0.02',
  'JP/worker': '0.01',
  'JKP/government': '0.0022',
}

describe.skipIf(calc === undefined)('calculateContribution properties', () => {
  it('totals equal the sum of the lines, per payer and overall; deferred JP is summed apart', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        expect(totalsProblems(run(input, opts))).toEqual([])
      }),
      cfg,
    )
  })

  it('every line reconciles exactly: round(base × rate), tiers, months, deferral and recomposition splits', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        const mode = (opts.rounding ?? 'half-up') as Mode
        expect(lineProblems(run(input, opts), mode)).toEqual([])
      }),
      cfg,
    )
  })

  it('amounts are non-negative whole rupiah; results are frozen, JSON-safe and deterministic', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        const r = run(input, opts)
        expect(
          resultProblems(r, opts.locale === 'en' ? 'en' : 'id', STRICT('calculateContribution')),
        ).toEqual([])
        for (const l of r.lines) expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true)
        expect(deepEqual(run(input, opts), r)).toBe(true)
      }),
      cfg,
    )
  })

  it('inputs and options are not mutated', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        const a = snapshot(input)
        const o = snapshot(opts)
        run(input, opts)
        expect(deepEqual(input, a) && deepEqual(opts, o)).toBe(true)
      }),
      cfg,
    )
  })

  it('the explanation reconciles with the lines, roundings are right, low-confidence reads are warned', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        expect(explanationProblems(run(input, opts), (opts.rounding ?? 'half-up') as Mode)).toEqual([])
      }),
      cfg,
    )
  })

  it('PU: no payer pays less when the wage rises (same month, class and programs)', () => {
    fc.assert(
      fc.property(puInput, fc.integer({ min: 0, max: 50_000_000 }), options, (input, raise, opts) => {
        const higher = { ...input, wage: textOf(add(dec(String(input.wage)), { n: big(raise), scale: 0 })) }
        const a = run(input, opts).totals
        const b = run(higher, opts).totals
        for (const k of ['employer', 'worker', 'government', 'total'] as const)
          expect(b[k]).toBeGreaterThanOrEqual(a[k])
      }),
      cfg,
    )
  })

  it('BPU and JAKON: contributions never decrease as the declared income or contract value rises', () => {
    fc.assert(
      fc.property(
        fc.oneof(bpuInput, jakonInput),
        fc.integer({ min: 1, max: 5_000_000_000 }),
        (input, raise) => {
          const key =
            'declaredIncome' in input ? 'declaredIncome' : 'contractValue' in input ? 'contractValue' : 'wage'
          const v = dec(String((input as Record<string, unknown>)[key]))
          const higher = { ...input, [key]: textOf(add(v, { n: big(raise), scale: 0 })) }
          expect(run(higher).totals.total).toBeGreaterThanOrEqual(run(input).totals.total)
        },
      ),
      cfg,
    )
  })

  it('PU: the JP base is min(wage, cap of the month) and never above the cap; the JKP base is min(wage, Rp5,000,000)', () => {
    const jpCap = getParameter('jp.wageCap')!
    const jkpCap = getParameter('jkp.wageCap')!
    fc.assert(
      fc.property(puInput, (input) => {
        const r = run(input)
        const cap = dec(valueAt(jpCap, input.period).value as string)
        for (const l of r.lines.filter((x) => x.program === 'JP')) {
          expect(cmp(dec(l.base!), cap)).toBeLessThanOrEqual(0)
          expect(cmp(dec(l.base!), min(dec(String(input.wage)), cap))).toBe(0)
        }
        for (const l of r.lines.filter((x) => x.program === 'JKP' || x.fund === 'JKP')) {
          const c = dec(valueAt(jkpCap, input.period).value as string)
          expect(cmp(dec(l.base!), min(dec(String(input.wage)), c))).toBe(0)
          expect(cmp(c, dec('5000000'))).toBe(0)
        }
      }),
      cfg,
    )
  })

  it('PU outside relief windows uses the statutory rates: JKK by class, JKM 0.30%, JHT 3.7% + 2%, JP 2% + 1%, JKP 0.22%', () => {
    const outsideRelief = puInput.filter(
      (i) =>
        !(i.period >= '2020-08' && i.period <= '2021-01') &&
        !(i.period >= '2025-02' && i.period <= '2026-01'),
    )
    fc.assert(
      fc.property(outsideRelief, (input) => {
        const r = run(input)
        for (const l of r.lines) {
          if (l.fund === 'JKP' && l.program !== 'JKP') continue // recomposed part: its own rate (D7, D8)
          const want =
            l.program === 'JKK' ? JKK_RATE[input.jkkRiskClass - 1] : PU_RATES[`${l.program}/${l.payer}`]
          expect(l.rate, `${l.program}/${l.payer}`).toBe(want)
        }
      }),
      cfg,
    )
  })

  it('a number and the equivalent decimal string give the same result', () => {
    fc.assert(
      fc.property(
        puInput,
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.constantFrom(0, 1, 2),
        options,
        (input, cents, d, opts) => {
          const text =
            d === 0
              ? String(cents)
              : d === 1
                ? `${Math.floor(cents / 10)}.${cents % 10}`
                : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
          const asNumber = Number(text)
          const a = run({ ...input, wage: asNumber }, opts)
          const b = run({ ...input, wage: text }, opts)
          expect(JSON.stringify(a)).toBe(JSON.stringify(b))
        },
      ),
      cfg,
    )
  })

  it('the locale changes the words, never the numbers', () => {
    fc.assert(
      fc.property(contributionInput, (input) => {
        const id = run(input, { locale: 'id' })
        const en = run(input, { locale: 'en' })
        expect(en.lines).toEqual(id.lines)
        expect(en.totals).toEqual(id.totals)
        expect(en.warnings.map((w) => w.code)).toEqual(id.warnings.map((w) => w.code))
      }),
      cfg,
    )
  })

  it('rounding down never gives more than half-up, on rated lines and payer totals (D12, D22)', () => {
    // D22: the part of a split line kept by its own fund (it carries `gross`) is the rounded gross minus the
    // rounded recomposed part, never rounded by itself, so the comparison holds for what is rated and rounded
    // (the gross, the recomposed part, every other line) and for every payer's total, not for the remainder.
    const rated = (l: { amount: number; deferred?: number; gross?: number }) =>
      l.gross !== undefined ? l.gross : l.amount + (l.deferred ?? 0)
    fc.assert(
      fc.property(contributionInput, (input) => {
        const up = run(input, { rounding: 'half-up' })
        const down = run(input, { rounding: 'down' })
        expect(down.lines.length).toBe(up.lines.length)
        down.lines.forEach((l, i) => expect(rated(l)).toBeLessThanOrEqual(rated(up.lines[i]!)))
        for (const payer of ['employer', 'worker', 'participant', 'government'] as const)
          expect(down.totals[payer]).toBeLessThanOrEqual(up.totals[payer])
        expect(down.totals.total + down.totals.deferred).toBeLessThanOrEqual(up.totals.total + up.totals.deferred)
      }),
      cfg,
    )
  })

  it('D22 remainder: a kept-fund line may round above half-up, yet its gross and the payer total do not', () => {
    // The counterexample that showed the old property was wrong: PU 2023-11, Rp1,681,250, class 1, JKP member.
    // JKK gross 0.24% × 1,681,250 = 4,035 exactly; recomposed 0.14% × 1,681,250 = 2,353.75 → half-up 2,354,
    // down 2,353; kept by JKK: 4,035 − 2,354 = 1,681 (half-up) vs 4,035 − 2,353 = 1,682 (down).
    const input = {
      category: 'PU', period: '2023-11', wage: 1_681_250, jkkRiskClass: 1, enterpriseSize: 'micro', jkpRegistered: true,
    }
    const up = run(input, { rounding: 'half-up' })
    const down = run(input, { rounding: 'down' })
    const kept = (r: typeof up) => r.lines.find((l) => l.program === 'JKK' && l.fund === 'JKK')!
    const moved = (r: typeof up) => r.lines.find((l) => l.program === 'JKK' && l.fund === 'JKP')!
    expect([kept(up).gross, kept(down).gross]).toEqual([4035, 4035])
    expect([moved(up).amount, moved(down).amount]).toEqual([2354, 2353])
    expect([kept(up).amount, kept(down).amount]).toEqual([1681, 1682])
    expect(down.totals.employer).toBeLessThanOrEqual(up.totals.employer)
  })

  it('every month from 2015-07 to the data\'s verification date prices every category (no gap in the law)', () => {
    for (const period of ALL_MONTHS) {
      const inputs = [
        { category: 'PU', period, wage: 5_000_000, jkkRiskClass: 3, enterpriseSize: 'large' },
        { category: 'BPU', period, declaredIncome: 1_000_000, payer: 'self', sector: 'transport' },
        { category: 'JAKON', period, contractValue: 2_000_000_000 },
        ...(period >= '2018-12'
          ? [{ category: 'PMI', period, contractMonths: 24, placement: 'agency' }]
          : []),
      ]
      for (const input of inputs) {
        const r = run(input)
        expect(r.totals.total, `${input.category} ${period}`).toBeGreaterThan(0)
        expect(totalsProblems(r)).toEqual([])
      }
    }
    expect(ALL_MONTHS[0]).toBe('2015-07')
    expect(ALL_MONTHS[ALL_MONTHS.length - 1]).toBe(TODAY.slice(0, 7))
  })
})

function textOf(d: Dec): string {
  const s = d.n.toString().padStart(d.scale + 1, '0')
  return d.scale === 0 ? s : `${s.slice(0, -d.scale)}.${s.slice(-d.scale)}`
}
