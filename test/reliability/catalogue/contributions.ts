/**
 * Hostile inputs for calculateContribution. Valid results are worked out by hand from the rates of
 * regulations.md §2–§5 (PP 44/2015, PP 45/2015, PP 46/2015, Permenaker 4/2023) and decisions D1, D12, D20.
 */
import { fromJson, OVERFLOW } from '../harness.js'
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const FN = 'calculateContribution'
/** A valid PU input: wage Rp5,000,000, risk class I, micro enterprise (JKK, JKM, JHT), March 2024. */
const PU = {
  category: 'PU',
  period: '2024-03',
  wage: 5_000_000,
  jkkRiskClass: 1,
  enterpriseSize: 'micro',
} as const
const BPU = { category: 'BPU', period: '2024-03', declaredIncome: 1_000_000 } as const
const PMI = { category: 'PMI', period: '2024-03', contractMonths: 24, placement: 'agency' } as const

function without<T extends object, K extends keyof T>(o: T, k: K): Omit<T, K> {
  const { [k]: _drop, ...rest } = o
  return rest
}

/** `[<hole>, item]`: an array with a missing first element. */
function sparse(item: string): unknown[] {
  const a: unknown[] = new Array<unknown>(2)
  a[1] = item
  return a
}

function nested(depth: number): unknown {
  let v: unknown = 5_000_000
  for (let i = 0; i < depth; i++) v = { wage: v }
  return v
}

export const contributionCases: readonly HostileCase[] = [
  // ── money fields ────────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'wage NaN is not an amount',
    input: { ...PU, wage: Number.NaN },
    expect: invalid([['wage'], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: FN,
    title: 'wage Infinity is not an amount',
    input: { ...PU, wage: Infinity },
    expect: invalid([['wage'], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: FN,
    title: 'wage 1e400 from a JSON body (Infinity) is not an amount',
    input: { ...PU, wage: OVERFLOW },
    expect: invalid([['wage'], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: FN,
    title: 'wage -1 is negative',
    input: { ...PU, wage: -1 },
    expect: invalid([['wage'], 'AMOUNT_NEGATIVE']),
  },
  {
    fn: FN,
    title: 'wage -0 is a zero wage: no contribution base',
    input: { ...PU, wage: -0 },
    expect: invalid([['wage'], 'AMOUNT_NOT_POSITIVE']),
  },
  {
    fn: FN,
    title: "wage '1e6' (exponent text) is refused",
    input: { ...PU, wage: '1e6' },
    expect: invalid([['wage'], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: FN,
    title: "wage ' 5000000 ' (spaces) is refused",
    input: { ...PU, wage: ' 5000000 ' },
    expect: invalid([['wage'], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: FN,
    title: "wage '5.000.000' (Indonesian grouping) is refused with a parseRupiah hint",
    input: { ...PU, wage: '5.000.000' },
    expect: invalid([['wage'], 'AMOUNT_LOCALIZED_FORMAT']),
  },
  {
    fn: FN,
    title: "wage 'Rp5.000.000' is refused with a parseRupiah hint",
    input: { ...PU, wage: 'Rp5.000.000' },
    expect: invalid([['wage'], 'AMOUNT_LOCALIZED_FORMAT']),
  },
  {
    fn: FN,
    title: 'wage null is not an amount',
    input: { ...PU, wage: null },
    expect: invalid([['wage'], 'AMOUNT_NOT_NUMBER']),
  },
  {
    fn: FN,
    title: 'wage as an array [5000000] is not an amount',
    input: { ...PU, wage: [5_000_000] },
    expect: invalid([['wage'], 'AMOUNT_NOT_NUMBER']),
  },
  {
    fn: FN,
    title: 'wage as a Date is not an amount',
    args: () => [{ ...PU, wage: new Date('2024-03-01') }],
    expect: invalid([['wage'], 'AMOUNT_NOT_NUMBER']),
  },
  {
    fn: FN,
    title: 'wage as an object {} is not an amount',
    input: { ...PU, wage: {} },
    expect: invalid([['wage'], 'AMOUNT_NOT_NUMBER']),
  },
  {
    fn: FN,
    title: 'wage nested 50 objects deep is refused at the depth limit, not a stack overflow',
    input: { ...PU, wage: nested(50) },
    expect: invalid([[...Array.from({ length: 13 }, () => 'wage')], 'TOO_BIG']),
  },
  {
    fn: FN,
    title: 'BPU declared income 0 is refused (D1: zero income is a validation error)',
    input: { ...BPU, declaredIncome: 0 },
    expect: invalid([['declaredIncome'], 'AMOUNT_NOT_POSITIVE']),
  },
  {
    fn: FN,
    title:
      'PU wage 1e6 (one million, as a number) prices JKK 2,400 + JKM 3,000 + JHT 37,000 + 20,000 = 62,400',
    input: { ...PU, wage: 1e6 },
    expect: ok({ totals: { employer: 42_400, worker: 20_000, total: 62_400 } }),
  },
  {
    fn: FN,
    title:
      'PU wage of Rp90 trillion (the maximum): JP stays on the cap 10,042,300 (2% = 200,846, 1% = 100,423)',
    input: { ...PU, wage: 90_000_000_000_000, enterpriseSize: 'large' },
    // JKK 0.24% 216e9 + JKM 0.30% 270e9 + JHT 3.7% 3,330e9 + JP 200,846; worker JHT 2% 1,800e9 + JP 100,423
    expect: ok({ totals: { employer: 3_816_000_200_846, worker: 1_800_000_100_423 } }),
  },

  // ── keys, discriminants, shapes ─────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: "a typo 'wages' is an unknown key and the wage is missing",
    input: { ...without(PU, 'wage'), wages: 5_000_000 },
    expect: invalid([['wages'], 'UNKNOWN_KEY'], [['wage'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: "category 'pu' (lower case) is not a category",
    input: { ...PU, category: 'pu' },
    expect: invalid([['category'], 'INVALID_DISCRIMINANT']),
  },
  {
    fn: FN,
    title: 'a missing category is required',
    input: without(PU, 'category'),
    expect: invalid([['category'], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'a 100,000-character category is refused with a short message',
    input: { ...PU, category: 'P'.repeat(100_000) },
    expect: invalid([['category'], 'INVALID_DISCRIMINANT']),
  },
  { fn: FN, title: 'null is not an input object', input: null, expect: invalid([[], 'INPUT_NOT_OBJECT']) },
  {
    fn: FN,
    title: 'undefined is not an input object',
    args: [undefined],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: 'an array is not an input object',
    input: [PU],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: "the string 'PU' is not an input object",
    input: 'PU',
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  { fn: FN, title: '{} lacks a category', input: {}, expect: invalid([['category'], 'REQUIRED']) },
  {
    fn: FN,
    title: 'an own __proto__ key from a JSON body is refused and pollutes nothing',
    args: () => [
      fromJson(
        '{"category":"PU","period":"2024-03","wage":5000000,"jkkRiskClass":1,"enterpriseSize":"micro","__proto__":{"polluted":true}}',
      ),
    ],
    expect: invalid([['__proto__'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: 'a constructor key is refused',
    input: { ...PU, constructor: { prototype: { polluted: true } } },
    expect: invalid([['constructor'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: 'a prototype key is refused',
    input: { ...PU, prototype: { polluted: true } },
    expect: invalid([['prototype'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: 'an input inheriting its fields from a prototype is refused',
    args: () => [Object.assign(Object.create(PU) as object, { category: 'PU' })],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: 'a Map is not an input object',
    args: () => [new Map(Object.entries(PU))],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },

  {
    fn: FN,
    title: "a programs list with an own 'constructor' key is refused, not a TypeError",
    args: () => [{ ...PU, programs: Object.assign(['JKK', 'JKM'], { constructor: 1 }) }],
    expect: invalid([['programs', 'constructor'], 'FORBIDDEN_KEY']),
  },

  // ── enumerations ────────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'JKK risk class 6 does not exist (groups I–V)',
    input: { ...PU, jkkRiskClass: 6 },
    expect: invalid([['jkkRiskClass'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: "JKK risk class '1' (text) is refused",
    input: { ...PU, jkkRiskClass: '1' },
    expect: invalid([['jkkRiskClass'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'JKK risk class NaN is refused',
    input: { ...PU, jkkRiskClass: Number.NaN },
    expect: invalid([['jkkRiskClass'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'BPU asking for JP is refused (JP is for wage earners, PP 45/2015)',
    input: { ...BPU, programs: ['JP'] },
    expect: invalid([['programs', 0], 'PROGRAM_NOT_AVAILABLE']),
  },
  {
    fn: FN,
    title: 'an empty programs list is refused',
    input: { ...PU, programs: [] },
    expect: invalid([['programs'], 'TOO_FEW_ITEMS']),
  },
  {
    fn: FN,
    title: 'a duplicated program is refused at its index',
    input: { ...PU, programs: ['JKK', 'JKK'] },
    expect: invalid([['programs', 1], 'DUPLICATE_VALUE']),
  },
  {
    fn: FN,
    title: "programs 'JKK' (a string, not a list) is refused",
    input: { ...PU, programs: 'JKK' },
    expect: invalid([['programs'], 'INVALID_TYPE']),
  },
  {
    fn: FN,
    title: 'a sparse programs list [, JKK] has a missing item',
    args: () => [{ ...PU, programs: sparse('JKK') }],
    expect: invalid([['programs', 0], 'REQUIRED']),
  },
  {
    fn: FN,
    title: 'JKP before the program existed (2020-03) is refused',
    input: { ...PU, period: '2020-03', programs: ['JKK', 'JKM', 'JKP'] },
    expect: invalid([['programs', 2], 'PROGRAM_NOT_AVAILABLE']),
  },
  {
    fn: FN,
    title: 'BPU paid for 2 months in advance is not a payment period (1, 3, 6 or 12)',
    input: { ...BPU, months: 2 },
    expect: invalid([['months'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'JAKON with both a contract value and a wage is ambiguous',
    input: { category: 'JAKON', period: '2024-03', wage: 5_000_000, contractValue: 2_000_000_000 },
    expect: invalid([['wage'], 'JAKON_METHOD_CONFLICT']),
  },
  {
    fn: FN,
    title: 'JAKON with neither contract value nor wage is incomplete',
    input: { category: 'JAKON', period: '2024-03' },
    expect: invalid([['contractValue'], 'JAKON_METHOD_REQUIRED']),
  },
  {
    fn: FN,
    title: 'a PMI contract of 0 months is refused',
    input: { ...PMI, contractMonths: 0 },
    expect: invalid([['contractMonths'], 'TOO_SMALL']),
  },
  {
    fn: FN,
    title: 'a PMI contract of 10,000 months is refused',
    input: { ...PMI, contractMonths: 10_000 },
    expect: invalid([['contractMonths'], 'TOO_BIG']),
  },
  {
    fn: FN,
    title: 'a PMI contract of 12.5 months is refused',
    input: { ...PMI, contractMonths: 12.5 },
    expect: invalid([['contractMonths'], 'INTEGER_EXPECTED']),
  },
  {
    fn: FN,
    title:
      'a PMI contract of 240 months: 37,500 + 332,500 + 216 × 13,500 = 3,286,000 (Permenaker 4/2023 Pasal 18)',
    input: { ...PMI, contractMonths: 240 },
    expect: ok({ totals: { participant: 3_286_000, total: 3_286_000 } }),
  },

  // ── periods ─────────────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: "period '2025-13' has no month 13",
    input: { ...PU, period: '2025-13' },
    expect: invalid([['period'], 'PERIOD_INVALID']),
  },
  {
    fn: FN,
    title: "period '0000-01' is not a year",
    input: { ...PU, period: '0000-01' },
    expect: invalid([['period'], 'PERIOD_INVALID']),
  },
  {
    fn: FN,
    title: "period '2024-03-01' (a date) is not a contribution month",
    input: { ...PU, period: '2024-03-01' },
    expect: invalid([['period'], 'PERIOD_INVALID']),
  },
  {
    fn: FN,
    title: 'period as a Date is not a contribution month (the message names the month, not "[object Date]")',
    args: () => [{ ...PU, period: new Date('2024-03-01') }],
    expect: invalid([['period'], 'PERIOD_GIVEN_AS_DATE']),
  },
  {
    fn: FN,
    title: "period '2015-06' is before coverage (D19)",
    input: { ...PU, period: '2015-06' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['period']),
  },
  {
    fn: FN,
    title: "period '2015-07' is the first month covered: JKK 12,000 + JKM 15,000 + JHT 185,000 + 100,000",
    input: { ...PU, period: '2015-07' },
    expect: ok({ totals: { employer: 212_000, worker: 100_000, total: 312_000 } }),
  },
  {
    fn: FN,
    title: "period '9999-12' is far in the future",
    input: { ...PU, period: '9999-12' },
    expect: ruleError('DATE_AFTER_COVERAGE', ['period']),
  },
  {
    fn: FN,
    title: 'BPU paid 12 months ahead from 2036-06 runs past the horizon',
    input: { ...BPU, period: '2036-06', months: 12 },
    expect: ruleError('DATE_AFTER_COVERAGE', ['months']),
  },
  {
    fn: FN,
    title: 'PMI in 2018-11, before Permenaker 18/2018, is not covered',
    input: { ...PMI, period: '2018-11' },
    expect: ruleError('PMI_PERIOD_NOT_COVERED'),
  },

  // ── PP 50/2025 payer rules (D20) ────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: 'BPU in a PP 50/2025 month without a payer: the discount depends on it, so it is required',
    input: { ...BPU, period: '2026-05' },
    expect: invalid([['payer'], 'BPU_PAYER_REQUIRED']),
  },
  {
    fn: FN,
    title: 'BPU paid by an APBD in 2026-05 gets no PP 50/2025 discount: 10,000 + 6,800 = 16,800',
    input: { ...BPU, period: '2026-05', payer: 'apbd' },
    expect: ok({ totals: { participant: 16_800, total: 16_800 } }),
  },
  {
    fn: FN,
    title: 'self-paid BPU (other sector) in 2026-05 pays 50%: 5,000 + 3,400 = 8,400',
    input: { ...BPU, period: '2026-05', payer: 'self', sector: 'other' },
    expect: ok({ totals: { total: 8_400 } }),
  },

  // ── options ─────────────────────────────────────────────────────────────────────────────────────
  {
    fn: FN,
    title: "locale 'fr' is not supported",
    input: PU,
    options: { locale: 'fr' },
    expect: invalid([['options', 'locale'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: "a typo 'locales' in the options is an unknown key",
    input: PU,
    options: { locales: 'en' },
    expect: invalid([['options', 'locales'], 'UNKNOWN_KEY']),
  },
  {
    fn: FN,
    title: 'options null is not an options object',
    input: PU,
    options: null,
    expect: invalid([['options'], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: FN,
    title: "rounding 'up' is not a rounding mode",
    input: PU,
    options: { rounding: 'up' },
    expect: invalid([['options', 'rounding'], 'INVALID_VALUE']),
  },
  {
    fn: FN,
    title: 'an override of an unknown parameter (typo) is refused',
    input: PU,
    options: { parameters: { 'jp.wagecap': '12000000' } },
    expect: invalid([['options', 'parameters', 'jp.wagecap'], 'UNKNOWN_PARAMETER']),
  },
  {
    fn: FN,
    title: 'an override that is not an amount is refused',
    input: PU,
    options: { parameters: { 'jp.wageCap': 'lots' } },
    expect: invalid([['options', 'parameters', 'jp.wageCap'], 'PARAMETER_OVERRIDE_INVALID']),
  },
  {
    fn: FN,
    title: 'an override with an own __proto__ id is refused',
    args: () => [PU, fromJson('{"parameters":{"__proto__":{"polluted":true}}}')],
    expect: invalid([['options', 'parameters', '__proto__'], 'FORBIDDEN_KEY']),
  },
  {
    fn: FN,
    title: 'errors speak English when asked: wage -1 with locale en',
    input: { ...PU, wage: -1 },
    options: { locale: 'en' },
    expect: invalid([['wage'], 'AMOUNT_NEGATIVE']),
  },
  {
    fn: FN,
    title: 'rule errors speak English when asked: 2015-06 with locale en',
    input: { ...PU, period: '2015-06' },
    options: { locale: 'en' },
    expect: ruleError('DATE_BEFORE_COVERAGE', ['period']),
  },

  // ── calculateContributions (batch) ─────────────────────────────────────────────────────────────
  {
    fn: 'calculateContributions',
    title: 'rows that are not a list are refused',
    args: [{ rows: [PU] }],
    expect: invalid([['rows'], 'INVALID_TYPE']),
  },
  {
    fn: 'calculateContributions',
    title: 'rows null are refused',
    args: [null],
    expect: invalid([['rows'], 'INVALID_TYPE']),
  },
  {
    fn: 'calculateContributions',
    title: "explain 'yes' is not a boolean",
    args: [[PU], { explain: 'yes' }],
    expect: invalid([['options', 'explain'], 'INVALID_TYPE']),
  },
  {
    fn: 'calculateContributions',
    title: "a typo 'explains' in the options is an unknown key",
    args: [[PU], { explains: true }],
    expect: invalid([['options', 'explains'], 'UNKNOWN_KEY']),
  },
  {
    fn: 'calculateContributions',
    title:
      'hostile rows (null, an own __proto__, a typo) fail alone; the good rows are priced: 312,000 + 16,800',
    // PU 2024-03 Rp5,000,000 class I micro: 12,000 + 15,000 + 185,000 + 100,000; BPU minimum 16,800
    args: () => [
      [
        PU,
        null,
        fromJson('{"category":"PU","__proto__":{"polluted":true}}'),
        { ...without(PU, 'wage'), wages: 1 },
        BPU,
      ],
    ],
    expect: ok({ length: 5, okCount: 2, errorCount: 3, totals: { total: 328_800 } }),
  },
  {
    fn: 'calculateContributions',
    title: 'an empty list gives an empty batch with zero totals',
    args: [[]],
    expect: ok({ length: 0, okCount: 0, totals: { total: 0 } }),
  },
]
