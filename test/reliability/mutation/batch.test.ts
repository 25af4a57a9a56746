/**
 * calculateContributions (src/contributions/batch.ts), branch by branch, with figures worked out by hand
 * (written to kill the mutants that survived the first Stryker run: the row accessors, the fast path's
 * plan cache and amount slots, the minimum-wage warning of a fast row, the grand totals at 2^53 − 1).
 * The oracle beside the hand figures is calculateContribution: a row must get exactly what it gives.
 *
 * Hand figures (PP 44/2015 Pasal 16, 18; PP 46/2015; PP 45/2015 with the JP cap of §2.4; D7, D8, D12):
 * - P24: PU 2024-03, class I, large, wage Rp12,000,000: JKK 0.24% = 28,800; JKM 0.30% = 36,000; JHT 3.7% =
 *   444,000 and 2% = 240,000; JP on the cap 10,042,300: 2% = 200,846, 1% = 100,423. Employer 709,646, worker
 *   340,423, total 1,050,069.
 * - The same with wage Rp4,000,000: JKK 9,600; JKM 12,000; JHT 148,000 + 80,000; JP 80,000 + 40,000.
 *   Employer 249,600, worker 120,000, total 369,600.
 * - Class V (1.74%) instead: JKK 208,800, employer 889,646, total 1,230,069.
 * - 2023-06 (JP cap 9,559,600 from March 2023): JP 191,192 + 95,596; employer 699,992, worker 335,596,
 *   total 1,035,588.
 * - JKP registered, 2024-03, wage Rp8,000,000 (D7 JKM 0.20% + 0.10% recomposed until 2025-01; D8 the
 *   recomposed parts on min(wage, 5,000,000)): JKK 0.24% × 8M = 19,200 of which 0.14% × 5M = 7,000 to JKP
 *   and 12,200 kept; JKM 0.30% × 8M = 24,000 of which 0.10% × 5M = 5,000 to JKP and 19,000 kept; JHT
 *   296,000 + 160,000; JP 160,000 + 80,000; JKP government 0.22% × 5M = 11,000. Employer 499,200 (the cash:
 *   19,200 + 24,000 + 296,000 + 160,000), worker 240,000, government 11,000, total 750,200.
 * - PP 49/2020, 2020-09, class I, large, wage Rp5,000,000: JKK 1% × 0.24% = 120; JKM 1% × 0.30% = 150; JHT
 *   185,000 + 100,000; JP (cap 8,939,700) 2% = 100,000 of which 1% paid = 1,000 and 99,000 deferred, 1% =
 *   50,000: 500 paid, 49,500 deferred. Employer 186,270, worker 100,500, total 286,770, deferred 148,500.
 * - BPU 2025-06, income Rp1,000,000 (D1): JKK 1% = 10,000 + JKM 6,800 = 16,800 paid by the participant.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateContribution,
  calculateContributions,
  type ContributionBatchRow,
  type ContributionInput,
} from '../../../src/index.js'

type Row = Record<string, unknown>
const PU = (o: Row = {}): Row => ({
  category: 'PU',
  period: '2024-03',
  wage: 12_000_000,
  jkkRiskClass: 1,
  enterpriseSize: 'large',
  ...o,
})
const JKP8 = PU({ wage: 8_000_000, jkpRegistered: true })
const COVID = PU({ period: '2020-09', wage: 5_000_000 })
const BPU = { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 }

const run = (rows: unknown[], options?: object) =>
  calculateContributions(rows as ContributionInput[], options as never)
const okResult = (r: ContributionBatchRow | undefined) => {
  expect(r?.ok).toBe(true)
  return (r as Extract<ContributionBatchRow, { ok: true }>).result
}
const failure = (r: ContributionBatchRow | undefined) => {
  expect(r?.ok).toBe(false)
  return (r as Extract<ContributionBatchRow, { ok: false }>).error
}
const totalsOf = (r: ContributionBatchRow | undefined) => okResult(r).totals
const totals = (employer: number, worker: number, participant = 0, government = 0, deferred = 0) => ({
  employer,
  worker,
  participant,
  government,
  total: employer + worker + participant + government,
  deferred,
})
/** calculateContribution's result without its explanation (what a batch row holds by default). */
const single = (row: Row, options?: object) => {
  const { explanation: _e, ...rest } = calculateContribution(
    row as unknown as ContributionInput,
    options as never,
  )
  return rest
}

describe('calculateContributions (hand-computed)', () => {
  it('gives fast PU rows, single-call rows and refused rows, each in its place, and sums the rows', () => {
    const rows = [
      PU(), // fast
      BPU, // single call (stored)
      PU({ wage: -1 }), // refused by the schema
      JKP8, // fast, kept (split) lines
      COVID, // fast, deferred JP
      { category: 'PU', period: '2024-03', wage: 12_000_000, jkkRiskClass: 1 }, // read fast, refused (no size)
      PU({ wage: 4_000_000 }), // fast, same situation as row 0
    ]
    const b = run(rows)
    expect([b.length, b.okCount, b.errorCount]).toEqual([7, 5, 2])

    const r0 = okResult(b.at(0))
    expect([r0.category, r0.period, r0.programs]).toEqual(['PU', '2024-03', ['JKK', 'JKM', 'JHT', 'JP']])
    expect(r0.totals).toEqual(totals(709_646, 340_423))
    expect(r0.lines.map((l) => l.amount)).toEqual([28_800, 36_000, 444_000, 240_000, 200_846, 100_423])
    expect('explanation' in r0).toBe(false)

    const r1 = okResult(b.at(1))
    expect([r1.category, r1.totals]).toEqual(['BPU', totals(0, 0, 16_800)])

    const e2 = failure(b.at(2))
    expect(e2).toBeInstanceOf(BpjsValidationError)
    expect((e2 as BpjsValidationError).issues.map((i) => i.path)).toEqual([['wage']])

    const r3 = okResult(b.at(3))
    expect(r3.totals).toEqual(totals(499_200, 240_000, 0, 11_000))
    expect(r3.lines.map((l) => [l.program, l.payer, l.amount, l.fund, l.gross])).toEqual([
      ['JKK', 'employer', 12_200, 'JKK', 19_200],
      ['JKK', 'employer', 7_000, 'JKP', undefined],
      ['JKM', 'employer', 19_000, 'JKM', 24_000],
      ['JKM', 'employer', 5_000, 'JKP', undefined],
      ['JHT', 'employer', 296_000, undefined, undefined],
      ['JHT', 'worker', 160_000, undefined, undefined],
      ['JP', 'employer', 160_000, undefined, undefined],
      ['JP', 'worker', 80_000, undefined, undefined],
      ['JKP', 'government', 11_000, undefined, undefined],
    ])

    const r4 = okResult(b.at(4))
    expect(r4.totals).toEqual(totals(186_270, 100_500, 0, 0, 148_500))
    expect(r4.lines.map((l) => [l.program, l.amount, l.deferred])).toEqual([
      ['JKK', 120, undefined],
      ['JKM', 150, undefined],
      ['JHT', 185_000, undefined],
      ['JHT', 100_000, undefined],
      ['JP', 1_000, 99_000],
      ['JP', 500, 49_500],
    ])
    expect(r4.warnings.map((w) => w.code)).toEqual(['COVID_RELIEF_ASSUMED'])

    const e5 = failure(b.at(5))
    expect((e5 as BpjsValidationError).issues.map((i) => i.code)).toEqual(['ENTERPRISE_SIZE_REQUIRED'])

    expect(totalsOf(b.at(6))).toEqual(totals(249_600, 120_000))

    // every result is calculateContribution's (without the explanation), every error its error
    rows.forEach((row, i) => {
      const got = b.at(i)
      if (got?.ok) expect(JSON.stringify(got.result)).toBe(JSON.stringify(single(row)))
      else expect(() => calculateContribution(row as ContributionInput)).toThrow(got?.error.message)
    })

    // employer 709,646 + 499,200 + 186,270 + 249,600; worker 340,423 + 240,000 + 100,500 + 120,000
    expect(b.totals).toEqual(totals(1_644_716, 800_923, 16_800, 11_000, 148_500))
    expect(b.totals?.total).toBe(2_473_439)
  })

  it('at(): an index, a negative one from the end, truncated like Array.prototype.at; else undefined', () => {
    const b = run([PU(), BPU, PU({ wage: 0 })])
    expect([0, 1, 2].map((i) => [b.at(i)?.index, b.at(i)?.ok])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ])
    const cases: [number, number | undefined][] = [
      [-1, 2],
      [-2, 1],
      [-3, 0],
      [-4, undefined],
      [3, undefined],
      [1.9, 1],
      [-1.5, 2], // trunc → -1
      [-0.5, 0], // trunc → -0, which Array.prototype.at reads as 0
      [Number.NaN, 0], // as Array.prototype.at
      [Infinity, undefined],
      [-Infinity, undefined],
    ]
    for (const [index, want] of cases) {
      expect(b.at(index)?.index, `at(${index})`).toBe(want)
      expect(b.at(index)?.index, `at(${index}) like an array`).toBe([0, 1, 2].at(index) as number | undefined)
    }
    expect(run([]).at(0)).toBeUndefined()
    expect(run([]).at(-1)).toBeUndefined()
  })

  it('iterates the rows in order; errors() lists the refused ones in order; toJSON() is every row', () => {
    const rows = [
      PU({ wage: 0 }),
      PU(),
      { category: 'BPU', period: '2025-06' },
      BPU,
      PU({ period: '2015-06' }),
    ]
    const b = run(rows)
    const all = [...b]
    expect(all.map((r) => [r.index, r.ok])).toEqual([
      [0, false],
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ])
    const errors = b.errors()
    expect(errors.map((r) => [r.index, r.ok, r.error.code])).toEqual([
      [0, false, 'VALIDATION_FAILED'],
      [2, false, 'VALIDATION_FAILED'],
      [4, false, 'DATE_BEFORE_COVERAGE'], // D19: nothing before the contribution month 2015-07
    ])
    expect(errors[2]?.error).toBeInstanceOf(BpjsRuleError)
    expect(b.toJSON()).toHaveLength(5)
    expect(JSON.stringify(b)).toBe(JSON.stringify(all))
    expect(JSON.parse(JSON.stringify(b))[1].result.totals.total).toBe(1_050_069)
    expect(b.totals).toEqual(totals(709_646, 340_423, 16_800))
  })

  it('a fast row under its minimum wage gets WAGE_BELOW_MINIMUM where a single call puts it (D13)', () => {
    // 2027-06: after the last verification (2026-11-24) and past the JP cap's review (D6, due 2027-03), so
    // the plan has a warning before the wage check and one after it
    const at = (o: Row) => PU({ period: '2027-06', wage: 5_000_000, ...o })
    const rows = [
      at({ minimumWage: 6_000_000 }),
      at({ minimumWage: 5_000_000 }),
      at({ minimumWage: 4_000_000 }),
      at({}),
    ]
    const b = run(rows, { locale: 'en' })
    const codes = [...b].map((r) => okResult(r).warnings.map((w) => w.code))
    expect(codes).toEqual([
      ['DATE_AFTER_LAST_VERIFICATION', 'WAGE_BELOW_MINIMUM', 'PARAMETER_MAY_BE_OUTDATED'],
      ['DATE_AFTER_LAST_VERIFICATION', 'PARAMETER_MAY_BE_OUTDATED'], // equal is not below
      ['DATE_AFTER_LAST_VERIFICATION', 'PARAMETER_MAY_BE_OUTDATED'],
      ['DATE_AFTER_LAST_VERIFICATION', 'PARAMETER_MAY_BE_OUTDATED'],
    ])
    const w = okResult(b.at(0)).warnings[1]
    expect(w?.message).toContain('Rp5.000.000')
    expect(w?.message).toContain('Rp6.000.000')
    expect(w?.message).toMatch(/^The wage/)
    // the contributions are still those of the wage: 0.24% + 0.30% + 3.7% + 2% (JP) of 5M, 2% + 1% of 5M
    expect(totalsOf(b.at(0))).toEqual(totals(312_000, 150_000))
    rows.forEach((row, i) =>
      expect(okResult(b.at(i)).warnings).toEqual(single(row, { locale: 'en' }).warnings),
    )
  })

  it('refuses a `rows` that is not an array, naming what it got, in the locale asked', () => {
    const issue = (rows: unknown, options?: object) => {
      try {
        run(rows as unknown[], options)
      } catch (e) {
        expect(e).toBeInstanceOf(BpjsValidationError)
        const i = (e as BpjsValidationError).issues[0]
        return [i?.path, i?.code, i?.params]
      }
      return undefined
    }
    expect(issue(null)).toEqual([['rows'], 'INVALID_TYPE', { expected: 'daftar (array)', received: 'null' }])
    expect(issue('x', { locale: 'en' })).toEqual([
      ['rows'],
      'INVALID_TYPE',
      { expected: 'a list (array)', received: 'text' },
    ])
    expect(issue({ 0: PU(), length: 1 }, { locale: 'id' })).toEqual([
      ['rows'],
      'INVALID_TYPE',
      { expected: 'daftar (array)', received: 'objek' },
    ])
    expect(issue(undefined, { locale: 'en' })?.[2]).toEqual({
      expected: 'a list (array)',
      received: 'no value',
    })
  })

  it('explain: true gives every row calculateContribution’s explanation; false or absent gives none', () => {
    const rows = [PU(), BPU]
    for (const options of [undefined, {}, { explain: false }, { explain: false, locale: 'en' }]) {
      const b = run(rows, options)
      expect([...b].map((r) => 'explanation' in okResult(r))).toEqual([false, false])
      expect(b.totals?.total).toBe(1_050_069 + 16_800)
    }
    const b = run(rows, { explain: true, locale: 'en' })
    const ex = okResult(b.at(0)).explanation
    expect(ex?.operation).toBe('calculateContribution')
    expect(ex?.steps.length).toBeGreaterThan(0)
    rows.forEach((row, i) =>
      expect(okResult(b.at(i)).explanation).toEqual(
        calculateContribution(row as ContributionInput, { locale: 'en' }).explanation,
      ),
    )
    expect(b.totals?.total).toBe(1_050_069 + 16_800)
  })

  it('reads the law once per situation: rows of one situation share one frozen reading, whatever comes between', () => {
    const A = PU()
    const B = PU({ jkkRiskClass: 5 }) // another situation, same month
    const C = PU({ period: '2023-06' }) // the same situation, another month (another JP cap)
    const b = run([A, B, A, PU({ wage: 4_000_000 }), C, A, C, B])
    const want = [
      totals(709_646, 340_423),
      totals(889_646, 340_423),
      totals(709_646, 340_423),
      totals(249_600, 120_000),
      totals(699_992, 335_596),
      totals(709_646, 340_423),
      totals(699_992, 335_596),
      totals(889_646, 340_423),
    ]
    expect([...b].map(totalsOf)).toEqual(want)
    const w = [...b].map((r) => okResult(r).warnings)
    // the rows of A (0, 2, 3, 5), of B (1, 7) and of C (4, 6) each share their plan's warning list
    for (const [x, y] of [
      [0, 2],
      [0, 3],
      [0, 5],
      [1, 7],
      [4, 6],
    ] as const)
      expect(w[x], `rows ${x} and ${y}`).toBe(w[y])
    expect(w[0]).not.toBe(w[1])
    expect(w[0]).not.toBe(w[4])
    expect(Object.isFrozen(w[0])).toBe(true)
    // a situation the fast path reads but the law refuses is refused for every row of it
    const refused = run([PU({ period: '2015-06' }), A, PU({ period: '2015-06', wage: 1 })])
    expect([...refused].map((r) => (r.ok ? r.result.totals.total : r.error.code))).toEqual([
      'DATE_BEFORE_COVERAGE',
      1_050_069,
      'DATE_BEFORE_COVERAGE',
    ])
  })

  it('counts each amount slot for its payer: kept lines once (not their gross), deferrals apart, as rows grow', () => {
    // 11 slots per JKP row (9 lines + 2 gross), 8 per PP 49/2020 row (6 lines + 2 deferred): more than the
    // 6 per row reserved at first, so the amounts grow while rows are added
    const rows = [JKP8, JKP8, COVID, JKP8, JKP8, COVID, JKP8, JKP8]
    const b = run(rows)
    const jkp = totals(499_200, 240_000, 0, 11_000)
    const covid = totals(186_270, 100_500, 0, 0, 148_500)
    expect([...b].map(totalsOf)).toEqual([jkp, jkp, covid, jkp, jkp, covid, jkp, jkp])
    expect(okResult(b.at(7)).lines.map((l) => l.gross ?? l.amount)).toEqual([
      19_200, 7_000, 24_000, 5_000, 296_000, 160_000, 160_000, 80_000, 11_000,
    ])
    // 6 JKP rows and 2 PP 49/2020 rows
    expect(b.totals).toEqual(totals(6 * 499_200 + 2 * 186_270, 6 * 240_000 + 2 * 100_500, 0, 66_000, 297_000))
    // one and two rows: their first JKP row alone overflows the 6 (or 12) amounts reserved
    expect(run([JKP8]).totals).toEqual(jkp)
    expect(run([JKP8, JKP8]).totals).toEqual(totals(2 * 499_200, 2 * 240_000, 0, 22_000))
  })

  it('a row whose recomposition exceeds its cash (overridden rate) gets that error; the others still count', () => {
    // JKK class I overridden to 0.10%: wage 4M pays 4,000 but 0.14% × 4M = 5,600 is recomposed (refused);
    // wage 8M pays 8,000, 7,000 to JKP and 1,000 kept: employer 8,000 + 24,000 + 296,000 + 160,000 = 488,000
    const options = { parameters: { 'pu.jkk.rate.class1': '0.001' } }
    const b = run([PU({ wage: 4_000_000, jkpRegistered: true }), JKP8], options)
    const e = failure(b.at(0))
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect([e.code, (e as BpjsRuleError).params]).toEqual([
      'RECOMPOSITION_EXCEEDS_CONTRIBUTION',
      { program: 'JKK', gross: 'Rp4.000', part: 'Rp5.600' },
    ])
    expect(totalsOf(b.at(1))).toEqual(totals(488_000, 240_000, 0, 11_000))
    expect(b.totals).toEqual(totals(488_000, 240_000, 0, 11_000))
    expect(b.errors().map((r) => r.index)).toEqual([0])
  })

  it("a row whose own getter throws is a refused row at that field (Raw TypeErrors from exotic objects: the caller's exception is an issue), the others are priced", () => {
    const hostile = {
      category: 'BPU',
      period: '2025-06',
      get declaredIncome(): number {
        throw new RangeError('boom')
      },
    }
    const b = run([BPU, hostile])
    const e = failure(b.at(1))
    expect(e).toBeInstanceOf(BpjsValidationError)
    expect((e as BpjsValidationError).issues.map((i) => [i.path, i.code])).toEqual([
      [['declaredIncome'], 'VALUE_UNREADABLE'],
    ])
    expect(b.errors().map((r) => r.index)).toEqual([1])
  })

  it('grand totals up to exactly 2^53 − 1 are given; one rupiah more and they are not', () => {
    const MAX = Number.MAX_SAFE_INTEGER // 9,007,199,254,740,991
    // JHT only at Rp90,000,000,000,000: 3.7% = 3,330,000,000,000 + 2% = 1,800,000,000,000 = 5,130,000,000,000;
    // 1,755 rows = 9,003,150,000,000,000, leaving 4,049,254,740,991 for a row of Rp71,039,556,859,475:
    // 3.7% = 2,628,463,603,800.575 → 2,628,463,603,801; 2% = 1,420,791,137,189.5 → 1,420,791,137,190
    const jht = (wage: number) => ({ category: 'PU', period: '2024-03', wage, programs: ['JHT'] })
    const rows = [...Array.from({ length: 1755 }, () => jht(90_000_000_000_000)), jht(71_039_556_859_475)]
    expect(run(rows).totals?.total).toBe(MAX)
    // + Rp100 of wage: 3.7 → 4, 2 → 2
    expect(run([...rows, jht(100)]).totals).toBeUndefined()

    // JP only, PP 49/2020 deferral, JP cap overridden to Rp90,000,000,000,000: a row at the cap defers
    // 2% − 0.02% + 1% − 0.01% of 90T = 1,782,000,000,000 + 891,000,000,000 = 2,673,000,000,000 and pays
    // 27,000,000,000; 3,369 rows defer 9,005,337,000,000,000, leaving 1,862,254,740,991 for a row of
    // Rp62,702,179,831,325: 2% = 1,254,043,596,626.5 → 1,254,043,596,627 minus 0.02% = 12,540,435,966.265 →
    // 12,540,435,966; 1% = 627,021,798,313.25 → 627,021,798,313 minus 0.01% = 6,270,217,983.1325 → 6,270,217,983
    const options = { parameters: { 'jp.wageCap': '90000000000000' } }
    const jp = (wage: number) => ({
      category: 'PU',
      period: '2020-09',
      wage,
      programs: ['JP'],
      jpDeferral: true,
    })
    const deferring = [...Array.from({ length: 3369 }, () => jp(90_000_000_000_000)), jp(62_702_179_831_325)]
    const t = run(deferring, options).totals
    expect(t?.deferred).toBe(MAX)
    // paid: 3,369 × 27,000,000,000 + 12,540,435,966 + 6,270,217,983
    expect(t?.total).toBe(3369 * 27_000_000_000 + 12_540_435_966 + 6_270_217_983)
    // + a row at Rp100,000: 2% = 2,000 − 0.02% = 20 and 1% = 1,000 − 0.01% = 10 defer 2,970 more
    expect(run([...deferring, jp(100_000)], options).totals).toBeUndefined()
  })
})
