/**
 * Properties of calculateJkmBenefit, calculateJkkDeathBenefit and determineHeirs over valid inputs with
 * dates of death from 2015-07-01 to the legal data's verification date (D23).
 *
 * Oracles come from the law, not the code: the published amounts of regulations.md §6 (PP 44/2015:
 * 16.2M + 4.8M + 3M; PP 82/2019 from 2019-12-02: 20M + 12M + 10M; JKK: 48 × wage, from PP 82/2019 at least the
 * JKM lump sum; scholarship per level TK/SD 1.5M, SMP 2M, SMA 3M, PT 12M, at most 87M a child and 2 children),
 * decisions D2 (BPU under 3 months from 2025-02-24: 8M + 2M), D4 (PMI), D21 (30 × daily wage) and the heir
 * order of PP 44/2015 Pasal 37(5).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepEqual, fnOf, resultProblems, snapshot, type AnyFn } from '../harness.js'
import { TODAY } from './arbitraries.js'
import { dec, mul, round } from './oracle.js'
import { PROPERTY_SEED, STRICT } from './settings.js'

const jkm = fnOf('calculateJkmBenefit')
const jkk = fnOf('calculateJkkDeathBenefit')
const heirs = fnOf('determineHeirs')
const cfg = { seed: PROPERTY_SEED, numRuns: 150 }

const pad = (n: number) => String(n).padStart(2, '0')
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!

/** A date in [from, to]; `maxDay` keeps days ≤ 28 where month arithmetic must stay simple. */
function dateIn(from: string, to: string, maxDay = 31): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: Number(from.slice(0, 4)), max: Number(to.slice(0, 4)) }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: maxDay }),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`)
    .filter((iso) => iso >= from && iso <= to)
}

/** Whole months from `a` to `b` when the day of `a` is at most 28 (no month-end subtleties). */
function monthsFrom(a: string, b: string): number {
  const m =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7))
  return Number(b.slice(8, 10)) < Number(a.slice(8, 10)) ? m - 1 : m
}

function yearsBefore(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) - years
  const m = Number(iso.slice(5, 7))
  return `${y}-${iso.slice(5, 7)}-${pad(Math.min(Number(iso.slice(8, 10)), daysIn(y, m)))}`
}

interface Child {
  birthDate: string
  schooling?: { level: string; startYear: number }[]
}

/** Up to four children born in the 25 years before the death, some with a schooling history. */
function children(death: string): fc.Arbitrary<Child[]> {
  return fc.array(
    fc.tuple(dateIn(yearsBefore(death, 25), death), fc.boolean()).map(([birthDate, withSchool]): Child => {
      const y = Number(birthDate.slice(0, 4))
      return withSchool && y + 7 <= Number(death.slice(0, 4)) + 5
        ? { birthDate, schooling: [{ level: 'SD', startYear: y + 7 }] }
        : { birthDate }
    }),
    { maxLength: 4 },
  )
}

interface JkmInput {
  dateOfDeath: string
  category: string
  membershipStart: string
  cause?: string
  membershipActive?: boolean
  paidThrough?: string
  pmiPhase?: string
  contributionMonths?: number
  employerArrearsMonths?: number
  children?: Child[]
}

/** Valid JKM inputs of every category (membership start days ≤ 28 so months are easy to count). */
const jkmInput: fc.Arbitrary<JkmInput> = fc
  .tuple(
    dateIn('2015-07-01', TODAY),
    fc.constantFrom('PU', 'JAKON', 'BPU', 'PMI'),
    fc.integer({ min: 0, max: 200 }),
    fc.constantFrom('natural', 'natural', 'natural', 'work-accident', 'occupational-disease', undefined),
    fc.constantFrom(true, true, true, false, undefined),
    fc.constantFrom('before', 'during', 'after', undefined),
    fc.boolean(),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .chain(([death, category, monthsBack, cause, active, phase, withCount, arrears, startDay]) => {
    const dy = Number(death.slice(0, 4))
    const dm = Number(death.slice(5, 7)) - 1 - monthsBack
    const y = dy + Math.floor(dm / 12)
    const m = ((dm % 12) + 12) % 12
    const start0 = `${y}-${pad(m + 1)}-${pad(startDay)}`
    const start = start0 > death ? death : start0
    const membership = monthsFrom(start.slice(8) > '28' ? `${start.slice(0, 8)}28` : start, death)
    return children(death).map((kids) => {
      const input: JkmInput = { dateOfDeath: death, category, membershipStart: start }
      if (cause !== undefined) input.cause = cause
      if (category === 'BPU') {
        if (active !== undefined)
          input.paidThrough = active ? death.slice(0, 7) : monthBefore(death.slice(0, 7))
      } else if (active !== undefined) input.membershipActive = active
      if (category === 'PMI' && phase !== undefined) input.pmiPhase = phase
      if (withCount) input.contributionMonths = Math.max(0, membership)
      if (category === 'PU' || category === 'JAKON') input.employerArrearsMonths = arrears
      if (kids.length > 0) input.children = kids
      return input
    })
  })
  .filter((i) => i.category !== 'PMI' || i.dateOfDeath >= '2018-12-10')

function monthBefore(p: string): string {
  const y = Number(p.slice(0, 4))
  const m = Number(p.slice(5, 7))
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`
}

interface Payment {
  year: number
  level: string | null
  amount: number
  payableFrom: string
}
interface Scholarship {
  eligible: boolean
  mode: string | null
  total: number
  maximum: number
  maximumPerChild: number
  maxChildren: number
  children: { index: number; selected: boolean; total: number; payments: Payment[] }[]
}
interface Benefit {
  payable: boolean
  status: string
  regime: string
  basis?: string
  lumpSum: number
  periodic: number
  periodicMonths: number
  periodicMonthlyAmount: number
  funeral: number
  total: number
  monthlyWage?: number
  lumpSumFromWage?: number
  floorApplied?: boolean
  scholarship: Scholarship
  explanation: { steps: { value: unknown; rounding?: { mode: string; exact: string; rounded: number } }[] }
}

const LEVEL_AMOUNT: Record<string, number> = {
  TK: 1_500_000,
  SD: 1_500_000,
  SMP: 2_000_000,
  SMA: 3_000_000,
  PT: 12_000_000,
}
const LEVEL_YEARS: Record<string, number> = { SMP: 3, SMA: 3, PT: 5 }

function amountsProblems(r: Benefit, death: string): string[] {
  const out: string[] = []
  if (r.total !== r.lumpSum + r.periodic + r.funeral) out.push('total ≠ lumpSum + periodic + funeral')
  if (r.periodic !== r.periodicMonths * r.periodicMonthlyAmount)
    out.push('periodic ≠ months × monthly amount')
  if (r.payable !== (r.status === 'payable')) out.push(`payable ${r.payable} with status ${r.status}`)
  if (!r.payable && (r.total !== 0 || r.scholarship.total !== 0)) out.push('amounts while not payable')
  const s = r.scholarship
  const sum = s.children.reduce((a, c) => a + c.total, 0)
  if (s.total !== sum) out.push('scholarship.total ≠ Σ children')
  if (s.total > s.maximum) out.push(`scholarship ${s.total} above the maximum ${s.maximum}`)
  if (s.children.filter((c) => c.selected).length > s.maxChildren)
    out.push('more children selected than the law allows')
  if (s.maxChildren > 2) out.push(`maxChildren ${s.maxChildren} > 2`)
  for (const c of s.children) {
    if (c.total !== c.payments.reduce((a, p) => a + p.amount, 0))
      out.push(`child ${c.index}: total ≠ Σ payments`)
    if (c.total > s.maximumPerChild) out.push(`child ${c.index}: ${c.total} above ${s.maximumPerChild}`)
    if (!c.selected && c.total !== 0) out.push(`child ${c.index} not selected but paid`)
    const perLevel = new Map<string, number>()
    for (const p of c.payments) {
      if (p.payableFrom < death) out.push(`child ${c.index}: payable ${p.payableFrom} before the death`)
      if (s.mode === 'yearly') {
        if (p.payableFrom < '2021-04-01')
          out.push(`child ${c.index}: PP 82/2019 payment before 2021-04-01 (D5)`)
        if (p.level === null || p.amount !== LEVEL_AMOUNT[p.level])
          out.push(`child ${c.index}: ${p.level} paid ${p.amount}`)
        const key = p.level === 'TK' || p.level === 'SD' ? 'TK+SD' : String(p.level)
        perLevel.set(key, (perLevel.get(key) ?? 0) + 1)
      }
    }
    for (const [k, n] of perLevel)
      if (n > (k === 'TK+SD' ? 8 : LEVEL_YEARS[k]!)) out.push(`child ${c.index}: ${n} years of ${k}`)
    if (s.mode === 'yearly' && c.total > 87_000_000) out.push(`child ${c.index}: above Rp87,000,000`)
  }
  return out
}

/** The JKM amounts the law gives for a payable death (published figures, D2, D4). */
function expectedJkm(i: JkmInput): number | undefined {
  const d = i.dateOfDeath
  if (i.category === 'PMI') {
    if (i.pmiPhase === 'during') return 85_000_000
    return d >= '2023-02-22' ? 42_000_000 : 24_000_000
  }
  if (i.category === 'BPU' && d >= '2025-02-24' && monthsFrom(i.membershipStart, d) < 3) return 10_000_000
  return d >= '2019-12-02' ? 42_000_000 : 24_000_000
}

function explanationProblems(r: Benefit, mode: string): string[] {
  const out: string[] = []
  const values = r.explanation.steps.map((s) => s.value)
  if (r.payable && !values.includes(r.total)) out.push(`no step has the total ${r.total}`)
  for (const s of r.explanation.steps)
    if (s.rounding !== undefined) {
      if (s.rounding.rounded !== s.value) out.push('a rounded step value differs from its rounding')
      if (round(dec(s.rounding.exact), mode as 'half-up') !== BigInt(s.rounding.rounded))
        out.push(`bad rounding of ${s.rounding.exact}`)
    }
  return out
}

describe.skipIf(jkm === undefined)('calculateJkmBenefit properties', () => {
  const call = (i: unknown, o?: unknown) => (jkm as AnyFn)(i, o) as Benefit

  it('amounts add up, nothing is paid when not payable, the scholarship respects the levels and maxima', () => {
    fc.assert(
      fc.property(jkmInput, (i) => {
        expect(amountsProblems(call(i), i.dateOfDeath)).toEqual([])
      }),
      cfg,
    )
  })

  it('a payable death gets the published amounts of its regime (24M / 42M, BPU < 3 months 10M, PMI 85M)', () => {
    fc.assert(
      fc.property(jkmInput, (i) => {
        const r = call(i)
        if (!r.payable) return
        expect(r.total, JSON.stringify(i)).toBe(expectedJkm(i))
        if (r.basis === 'standard')
          expect(r.regime).toBe(i.dateOfDeath >= '2019-12-02' ? 'PP-82-2019' : 'PP-44-2015')
      }),
      cfg,
    )
  })

  it('the conditions decide payability: natural death, active membership (D11), known facts never assumed', () => {
    fc.assert(
      fc.property(jkmInput, (i) => {
        const r = call(i)
        const active =
          i.category === 'BPU'
            ? i.paidThrough === undefined
              ? undefined
              : i.paidThrough >= i.dateOfDeath.slice(0, 7)
            : i.membershipActive
        if (i.cause !== undefined && i.cause !== 'natural') expect(r.payable).toBe(false)
        if (active === false) expect(r.payable).toBe(false)
        if (i.cause === undefined || (i.category === 'PMI' && i.pmiPhase === undefined))
          expect(r.status).not.toBe('payable')
        if (i.cause === 'natural' && active === true && (i.category !== 'PMI' || i.pmiPhase !== undefined))
          expect(r.status).toBe('payable')
      }),
      cfg,
    )
  })

  it('results are frozen, JSON-safe, deterministic, locale-independent in numbers, and inputs are not mutated', () => {
    fc.assert(
      fc.property(jkmInput, fc.constantFrom('id', 'en'), (i, locale) => {
        const copy = snapshot(i)
        const r = call(i, { locale })
        expect(resultProblems(r, locale, STRICT('calculateJkmBenefit'))).toEqual([])
        expect(deepEqual(i, copy)).toBe(true)
        expect(deepEqual(call(i, { locale }), r)).toBe(true)
        const other = call(i, { locale: locale === 'id' ? 'en' : 'id' })
        expect([other.total, other.scholarship.total, other.status]).toEqual([
          r.total,
          r.scholarship.total,
          r.status,
        ])
      }),
      cfg,
    )
  })

  it('the explanation states the total and rounds correctly', () => {
    fc.assert(
      fc.property(jkmInput, (i) => {
        expect(explanationProblems(call(i), 'half-up')).toEqual([])
      }),
      cfg,
    )
  })
})

interface JkkInput {
  dateOfDeath: string
  category: string
  cause: string
  membershipActive: boolean
  employerArrearsMonths: number
  monthlyWage?: number | string
  dailyWage?: number | string
}

const wageText = fc
  .tuple(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([rp, sen, withSen]) => (withSen ? `${rp}.${pad(sen)}` : rp))

const jkkInput: fc.Arbitrary<JkkInput> = fc
  .record({
    dateOfDeath: dateIn('2015-07-01', TODAY),
    category: fc.constantFrom('PU', 'JAKON'),
    daily: fc.boolean(),
    wage: wageText,
  })
  .map((r) => {
    const base = {
      dateOfDeath: r.dateOfDeath,
      category: r.category,
      cause: 'work-accident',
      membershipActive: true,
      employerArrearsMonths: 0,
    }
    return r.daily ? { ...base, dailyWage: r.wage } : { ...base, monthlyWage: r.wage }
  })

describe.skipIf(jkk === undefined)('calculateJkkDeathBenefit properties', () => {
  const call = (i: unknown, o?: unknown) => (jkk as AnyFn)(i, o) as Benefit

  it('48 × the monthly wage (30 × a daily wage, D21), at least the JKM lump sum from 2019-12-02, plus periodic and funeral', () => {
    fc.assert(
      fc.property(jkkInput, fc.constantFrom('half-up', 'half-even', 'down'), (i, mode) => {
        const r = call(i, { rounding: mode })
        const monthly =
          i.dailyWage !== undefined ? mul(dec(String(i.dailyWage)), dec('30')) : dec(String(i.monthlyWage))
        const fromWage = round(mul(monthly, dec('48')), mode)
        expect(BigInt(r.lumpSumFromWage!)).toBe(fromWage)
        const pp82 = i.dateOfDeath >= '2019-12-02'
        const floor = pp82 ? 20_000_000n : 0n
        expect(BigInt(r.lumpSum)).toBe(fromWage > floor ? fromWage : floor)
        expect(r.floorApplied).toBe(fromWage < floor)
        expect([r.periodic, r.funeral]).toEqual(pp82 ? [12_000_000, 10_000_000] : [4_800_000, 3_000_000])
        expect(amountsProblems(r, i.dateOfDeath)).toEqual([])
      }),
      cfg,
    )
  })

  it('the lump sum never decreases as the wage rises', () => {
    fc.assert(
      fc.property(jkkInput, fc.integer({ min: 0, max: 50_000_000 }), (i, raise) => {
        const key = i.dailyWage !== undefined ? 'dailyWage' : 'monthlyWage'
        const w = dec(String(i[key]))
        const higher = { ...i, [key]: Number(w.n + BigInt(raise) * 10n ** BigInt(w.scale)) / 10 ** w.scale }
        expect(call(higher).lumpSum).toBeGreaterThanOrEqual(call(i).lumpSum)
      }),
      cfg,
    )
  })

  it('a number and the equivalent string give the same result; results are sound and inputs untouched', () => {
    fc.assert(
      fc.property(jkkInput, (i) => {
        const key = i.dailyWage !== undefined ? 'dailyWage' : 'monthlyWage'
        const copy = snapshot(i)
        const asText = call({ ...i, [key]: String(i[key]) })
        const asNumber = call({ ...i, [key]: Number(i[key]) })
        expect(JSON.stringify(asNumber)).toBe(JSON.stringify(asText))
        expect(resultProblems(asText, 'id', STRICT('calculateJkkDeathBenefit'))).toEqual([])
        expect(explanationProblems(asText, 'half-up')).toEqual([])
        expect(deepEqual(i, copy)).toBe(true)
      }),
      cfg,
    )
  })
})

const RELATIONS = [
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'parent-in-law',
] as const
/** PP 44/2015 Pasal 37(5): the group rank of each relation. */
const RANK: Record<string, number> = {
  spouse: 1,
  child: 1,
  parent: 2,
  grandparent: 2,
  grandchild: 2,
  sibling: 3,
  'parent-in-law': 4,
}

describe.skipIf(heirs === undefined)('determineHeirs properties', () => {
  it('the heirs are exactly the family members of the first group present (Pasal 37(5)); then the will; else none', () => {
    fc.assert(
      fc.property(
        dateIn('2015-07-01', TODAY),
        fc.array(fc.constantFrom(...RELATIONS), { maxLength: 8 }),
        fc.integer({ min: 0, max: 2 }),
        (death, family, wills) => {
          const input: Record<string, unknown> = {
            dateOfDeath: death,
            family: family.map((relation) => ({ relation })),
          }
          if (wills > 0)
            input['willBeneficiaries'] = Array.from({ length: wills }, (_, k) => ({ name: `W${k}` }))
          const r = (heirs as AnyFn)(input) as {
            group: { rank: number } | null
            heirs: { source: string; index: number }[]
          }
          expect(resultProblems(r, 'id', STRICT('determineHeirs'))).toEqual([])
          const ranks = family.map((f) => RANK[f]!)
          const best = ranks.length > 0 ? Math.min(...ranks) : undefined
          if (best !== undefined) {
            expect(r.group?.rank).toBe(best)
            const want = family.flatMap((f, i) => (RANK[f] === best ? [i] : []))
            expect(r.heirs.map((h) => [h.source, h.index])).toEqual(want.map((i) => ['family', i]))
          } else if (wills > 0) {
            expect(r.group?.rank).toBe(5)
            expect(r.heirs.map((h) => h.source)).toEqual(Array.from({ length: wills }, () => 'will'))
          } else {
            expect(r.group).toBeNull()
            expect(r.heirs).toEqual([])
          }
        },
      ),
      cfg,
    )
  })
})
