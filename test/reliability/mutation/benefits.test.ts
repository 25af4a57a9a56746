/**
 * Boundaries of the death-benefit rules, worked out by hand from regulations.md §6 and decisions D2, D4,
 * D5, D10, D11, D14 (written to kill comparison and condition mutants that survived the first Stryker run).
 */
import { describe, expect, it } from 'vitest'
import { fnOf, type AnyFn } from '../harness.js'

interface Benefit {
  payable: boolean
  status: string
  basis?: string
  lumpSum: number
  periodic: number
  funeral: number
  total: number
  lumpSumFromWage?: number
  floorApplied?: boolean
  firstPayer: string | null
  scholarship: {
    eligible: boolean
    mode: string | null
    total: number
    maximum: number
    children: {
      index: number
      selected: boolean
      total: number
      reasons: { code: string }[]
      payments: {
        year: number
        level: string | null
        amount: number
        payableFrom: string
        backlog: boolean
      }[]
    }[]
  }
  reasons: { code: string }[]
  warnings: { code: string }[]
}

const jkm = fnOf('calculateJkmBenefit') as AnyFn | undefined
const jkk = fnOf('calculateJkkDeathBenefit') as AnyFn | undefined
const J = { category: 'PU', cause: 'natural', membershipActive: true, employerArrearsMonths: 0 }
const K = { category: 'PU', cause: 'work-accident', membershipActive: true, employerArrearsMonths: 0 }
const codes = (xs: { code: string }[]) => xs.map((x) => x.code)

describe.skipIf(jkm === undefined)('JKM boundaries (hand-computed)', () => {
  const run = (i: object) => jkm!(i) as Benefit

  it('D2: a BPU under 3 months gets 8M + 2M only for deaths from 2025-02-24; 3 whole months gets the full 42M', () => {
    const bpu = (death: string, start: string) =>
      run({
        dateOfDeath: death,
        category: 'BPU',
        membershipStart: start,
        cause: 'natural',
        paidThrough: death.slice(0, 7),
      })
    expect(bpu('2025-02-23', '2025-01-10').total).toBe(42_000_000) // before Permenaker 1/2025
    expect([bpu('2025-02-24', '2025-01-10').total, bpu('2025-02-24', '2025-01-10').basis]).toEqual([
      10_000_000,
      'short-membership',
    ])
    expect(bpu('2025-06-10', '2025-03-10').total).toBe(42_000_000) // exactly 3 months
    expect(bpu('2025-06-09', '2025-03-10').total).toBe(10_000_000) // one day short
    // D2 scope: PU is not reduced
    expect(run({ ...J, dateOfDeath: '2025-06-10', membershipStart: '2025-05-01' }).total).toBe(42_000_000)
  })

  it('D4: PMI during work Rp85M; before or after work from 2023-02-22 the standard 42M, before that 24M', () => {
    const pmi = (death: string, phase: string) =>
      run({ ...J, category: 'PMI', dateOfDeath: death, membershipStart: '2019-01-01', pmiPhase: phase }).total
    expect([pmi('2023-02-21', 'during'), pmi('2023-02-22', 'during')]).toEqual([85_000_000, 85_000_000])
    expect([pmi('2023-02-21', 'after'), pmi('2023-02-22', 'after'), pmi('2023-02-22', 'before')]).toEqual([
      24_000_000, 42_000_000, 42_000_000,
    ])
  })

  it('D11: PU not covered when membership is inactive; BPU covered only if the month of death is paid', () => {
    expect(
      run({ ...J, dateOfDeath: '2024-05-10', membershipStart: '2020-01-01', membershipActive: false })
        .payable,
    ).toBe(false)
    const bpu = (paid: string) =>
      run({
        dateOfDeath: '2024-05-10',
        category: 'BPU',
        membershipStart: '2020-01-01',
        cause: 'natural',
        paidThrough: paid,
      }).payable
    expect([bpu('2024-04'), bpu('2024-05'), bpu('2024-06')]).toEqual([false, true, true])
  })

  it('D10: employer arrears of up to 3 months: BPJS TK pays first; more than 3: the employer', () => {
    const first = (arrears: number) =>
      run({ ...J, dateOfDeath: '2024-05-10', membershipStart: '2020-01-01', employerArrearsMonths: arrears })
        .firstPayer
    expect([first(0), first(3), first(4)]).toEqual(['bpjs-tk', 'bpjs-tk', 'employer'])
    const { employerArrearsMonths: _a, ...noArrears } = J
    expect(run({ ...noArrears, dateOfDeath: '2024-05-10', membershipStart: '2020-01-01' }).firstPayer).toBe(
      'unknown',
    )
  })

  it('scholarship (PP 82/2019): at least 3 years (36 months) of contributions; 35 months is not enough', () => {
    const sch = (months: number) =>
      run({
        ...J,
        dateOfDeath: '2024-05-10',
        membershipStart: '2018-01-01',
        contributionMonths: months,
        children: [{ birthDate: '2012-03-04' }],
      }).scholarship
    expect(sch(36).eligible).toBe(true)
    expect(sch(35).eligible).toBe(false)
    expect(sch(35).total).toBe(0)
  })

  it('scholarship (PP 44/2015): Rp12,000,000 once, for one child, after at least 5 years (60 months)', () => {
    const sch = (months: number, kids: number) =>
      run({
        ...J,
        dateOfDeath: '2019-06-10',
        membershipStart: '2014-01-01',
        contributionMonths: months,
        children: Array.from({ length: kids }, () => ({ birthDate: '2010-01-01' })),
      }).scholarship
    expect([sch(60, 1).total, sch(60, 1).mode]).toEqual([12_000_000, 'lump-sum'])
    expect(sch(59, 1).total).toBe(0)
    expect(sch(60, 2).total).toBe(12_000_000) // per participant, not per child
  })

  it('scholarship amounts by level (PP 82/2019): SD 1.5M, SMP 2M, SMA 3M, PT 12M a year; at most 2 children (D14)', () => {
    const r = run({
      ...J,
      dateOfDeath: '2022-05-10',
      membershipStart: '2015-07-01',
      contributionMonths: 80,
      children: [
        {
          birthDate: '2004-08-01',
          schooling: [
            { level: 'SMA', startYear: 2019 },
            { level: 'PT', startYear: 2022 },
          ],
        },
        { birthDate: '2008-03-01', schooling: [{ level: 'SMP', startYear: 2020 }] },
        { birthDate: '2012-03-01' },
      ],
    })
    const s = r.scholarship
    expect(s.children.map((c) => c.selected)).toEqual([true, true, false])
    expect(s.children[2]!.total).toBe(0)
    const byLevel = new Map<string, number>()
    for (const c of s.children) for (const p of c.payments) byLevel.set(`${p.level}`, p.amount)
    expect(byLevel.get('SMA')).toBe(3_000_000)
    expect(byLevel.get('PT')).toBe(12_000_000)
    expect(byLevel.get('SMP')).toBe(2_000_000)
    for (const c of s.children) for (const p of c.payments) expect(p.payableFrom >= '2022-05-10').toBe(true)
    expect(s.maximum).toBe(174_000_000)
    expect(codes(r.warnings)).toContain('SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER')
  })

  it('D5: payments of PP 82/2019 school years before 2021-04-01 are paid from that date as a backlog', () => {
    const r = run({
      ...J,
      dateOfDeath: '2020-01-15',
      membershipStart: '2015-07-01',
      contributionMonths: 50,
      children: [{ birthDate: '2008-03-01', schooling: [{ level: 'SMP', startYear: 2019 }] }],
    })
    const p = r.scholarship.children[0]!.payments
    expect(p.length).toBeGreaterThan(0)
    const early = p.filter((x) => x.year < 2021)
    expect(early.length).toBeGreaterThan(0)
    for (const x of early) expect([x.payableFrom, x.backlog]).toEqual(['2021-04-01', true])
    for (const x of p.filter((y) => y.year >= 2021)) expect(x.payableFrom >= '2021-04-01').toBe(true)
  })

  it('a child married before the death, or aged 23 at the death, gets nothing (Permenaker 1/2025 Pasal 103)', () => {
    const base = { ...J, dateOfDeath: '2024-05-10', membershipStart: '2015-07-01', contributionMonths: 100 }
    const married = run({ ...base, children: [{ birthDate: '2004-01-01', marriedOn: '2024-01-01' }] })
    expect(married.scholarship.children[0]!.total).toBe(0)
    expect(codes(married.scholarship.children[0]!.reasons)).toContain('CHILD_MARRIED')
    const old = run({ ...base, children: [{ birthDate: '2001-05-10' }] }) // 23 on the day of death
    expect(old.scholarship.children[0]!.total).toBe(0)
    const young = run({ ...base, children: [{ birthDate: '2001-05-11' }] }) // still 22
    expect(young.scholarship.children[0]!.total).toBeGreaterThan(0)
  })
})

describe.skipIf(jkk === undefined)('JKK death boundaries (hand-computed)', () => {
  const run = (i: object, o?: object) => jkk!(i, o) as Benefit

  it('PP 82/2019: the lump sum is at least the JKM lump sum (20M); PP 44/2015 has no floor', () => {
    const r = (death: string, wage: number) => run({ ...K, dateOfDeath: death, monthlyWage: wage })
    expect([r('2019-12-02', 400_000).lumpSum, r('2019-12-02', 400_000).floorApplied]).toEqual([
      20_000_000,
      true,
    ]) // 48 × 400,000 = 19.2M
    expect([r('2019-12-01', 400_000).lumpSum, r('2019-12-01', 400_000).floorApplied]).toEqual([
      19_200_000,
      false,
    ])
    expect([r('2019-12-02', 416_667).lumpSum, r('2019-12-02', 416_667).floorApplied]).toEqual([
      20_000_016,
      false,
    ])
    expect([r('2019-12-01', 400_000).periodic, r('2019-12-01', 400_000).funeral]).toEqual([
      4_800_000, 3_000_000,
    ])
  })

  it('the regime follows the accident date, not the death (D5): accident 2019-12-01, death 2019-12-05 is PP 44/2015', () => {
    const r = run({ ...K, dateOfDeath: '2019-12-05', dateOfAccident: '2019-12-01', monthlyWage: 5_000_000 })
    expect([r.lumpSum, r.periodic, r.funeral]).toEqual([240_000_000, 4_800_000, 3_000_000])
  })

  it('JKK: no minimum contribution period for the scholarship; arrears over 3 months: the employer pays first', () => {
    const r = run({
      ...K,
      dateOfDeath: '2024-05-10',
      monthlyWage: 5_000_000,
      membershipStart: '2024-04-01',
      children: [{ birthDate: '2012-01-01' }],
    })
    expect(r.scholarship.eligible).toBe(true)
    expect(
      run({ ...K, dateOfDeath: '2024-05-10', monthlyWage: 5_000_000, employerArrearsMonths: 4 }).firstPayer,
    ).toBe('employer')
    expect(
      run({ ...K, dateOfDeath: '2024-05-10', monthlyWage: 5_000_000, employerArrearsMonths: 3 }).firstPayer,
    ).toBe('bpjs-tk')
  })

  it('48 × a wage with sen is rounded once by the rounding option (D12): 48 × 5,000,000.55 = 240,000,026.4', () => {
    const r = (rounding: string) =>
      run({ ...K, dateOfDeath: '2024-05-10', monthlyWage: '5000000.55' }, { rounding }).lumpSumFromWage
    expect([r('half-up'), r('half-even'), r('down')]).toEqual([240_000_026, 240_000_026, 240_000_026])
    const h = (rounding: string) =>
      run({ ...K, dateOfDeath: '2024-05-10', monthlyWage: '5000000.50' }, { rounding }).lumpSumFromWage
    expect([h('half-up'), h('down')]).toEqual([240_000_024, 240_000_024]) // 48 × 0.50 = 24.00: exact
  })
})
