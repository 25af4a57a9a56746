/**
 * Hostile inputs for the foundation: money parsing and formatting, periods and dates, parameter lookups.
 * Expected values are worked out by hand (digits and calendars), not with the code under test.
 */
import { getParameter } from '../../../src/parameters/index.js'
import { fromJson, OVERFLOW } from '../harness.js'
import { invalid, ok, ruleError, type HostileCase } from './types.js'

const jpCap = () => getParameter('jp.wageCap')
const pp49JkkDiscount = () => getParameter('relief.pp49-2020.jkkDiscount')
const LONG = 'x'.repeat(100_000)
const LONG_DIGITS = '9'.repeat(100_000)
const nullProto = () => Object.create(null) as object

export const foundationCases: readonly HostileCase[] = [
  // ── checkAmount: the strict money checker behind every money field ─────────────────────────────
  {
    fn: 'checkAmount',
    title: 'NaN is not an amount',
    args: [Number.NaN],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_FINITE' }),
  },
  {
    fn: 'checkAmount',
    title: 'Infinity is not an amount',
    args: [Infinity],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_FINITE' }),
  },
  {
    fn: 'checkAmount',
    title: '1e400 overflows to Infinity',
    args: [OVERFLOW],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_FINITE' }),
  },
  {
    fn: 'checkAmount',
    title: '-0 is zero, and zero is not a positive amount',
    args: [-0],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_POSITIVE' }),
  },
  {
    fn: 'checkAmount',
    title: '-0 is accepted as 0 sen where zero is allowed (never -0)',
    args: [-0, true],
    expect: ok({ ok: true, sen: 0 }),
  },
  {
    fn: 'checkAmount',
    title: '-1 is negative',
    args: [-1],
    expect: ok({ ok: false, code: 'AMOUNT_NEGATIVE' }),
  },
  {
    fn: 'checkAmount',
    title: "'-5000' text is negative",
    args: ['-5000'],
    expect: ok({ ok: false, code: 'AMOUNT_NEGATIVE' }),
  },
  {
    fn: 'checkAmount',
    title: "'1e6' (exponent text) is not a plain decimal",
    args: ['1e6'],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_DECIMAL' }),
  },
  {
    fn: 'checkAmount',
    title: 'the number 1e6 is one million rupiah = 100,000,000 sen',
    args: [1e6],
    expect: ok({ ok: true, sen: 100_000_000 }),
  },
  {
    fn: 'checkAmount',
    title: "' 5000000 ' with spaces is refused (no silent trim)",
    args: [' 5000000 '],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_DECIMAL' }),
  },
  {
    fn: 'checkAmount',
    title: "'5.000.000' is Indonesian grouping: refused with a parseRupiah hint",
    args: ['5.000.000'],
    expect: ok({ ok: false, code: 'AMOUNT_LOCALIZED_FORMAT', params: { suggestion: '5000000' } }),
  },
  {
    fn: 'checkAmount',
    title: "'Rp5.000.000' is formatted text: refused with a parseRupiah hint",
    args: ['Rp5.000.000'],
    expect: ok({ ok: false, code: 'AMOUNT_LOCALIZED_FORMAT', params: { suggestion: '5000000' } }),
  },
  {
    fn: 'checkAmount',
    title: "'5.000' is ambiguous (five thousand in Indonesian): refused, never read as 5",
    args: ['5.000'],
    expect: ok({ ok: false, code: 'AMOUNT_LOCALIZED_FORMAT' }),
  },
  {
    fn: 'checkAmount',
    title: "'5000000.505' has more than 2 decimals (sen)",
    args: ['5000000.505'],
    expect: ok({ ok: false, code: 'AMOUNT_TOO_PRECISE' }),
  },
  {
    fn: 'checkAmount',
    title: '0.1 + 0.2 (a float artefact) is refused, not rounded',
    args: [0.1 + 0.2],
    expect: ok({ ok: false, code: 'AMOUNT_TOO_PRECISE' }),
  },
  {
    fn: 'checkAmount',
    title: "'5000000.50' is 500,000,050 sen",
    args: ['5000000.50'],
    expect: ok({ ok: true, sen: 500_000_050 }),
  },
  {
    fn: 'checkAmount',
    title: 'Rp90 trillion + 1 sen is over the maximum',
    args: ['90000000000000.01'],
    expect: ok({ ok: false, code: 'AMOUNT_TOO_LARGE' }),
  },
  {
    fn: 'checkAmount',
    title: 'a 100,000-digit number text is refused without echoing it',
    args: [LONG_DIGITS],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_DECIMAL' }),
  },
  {
    fn: 'checkAmount',
    title: 'null is not an amount',
    args: [null],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_NUMBER' }),
  },
  {
    fn: 'checkAmount',
    title: 'undefined is a missing amount',
    args: [undefined],
    expect: ok({ ok: false, code: 'REQUIRED' }),
  },
  {
    fn: 'checkAmount',
    title: 'an object is not an amount',
    args: [{}],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_NUMBER' }),
  },
  {
    fn: 'checkAmount',
    title: 'an array [5000000] is not an amount',
    args: [[5_000_000]],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_NUMBER' }),
  },
  {
    fn: 'checkAmount',
    title: 'a bigint is not an amount',
    args: [10n],
    expect: ok({ ok: false, code: 'AMOUNT_NOT_NUMBER' }),
  },
  {
    fn: 'checkAmount',
    title: "'' is an empty amount",
    args: [''],
    expect: ok({ ok: false, code: 'AMOUNT_EMPTY' }),
  },

  // ── parseRupiah ────────────────────────────────────────────────────────────────────────────────
  {
    fn: 'parseRupiah',
    title: "'Rp5.000.000' reads as '5000000'",
    args: ['Rp5.000.000'],
    expect: ok('5000000'),
  },
  {
    fn: 'parseRupiah',
    title: "' 5000000 ' (text a user typed) is trimmed to '5000000'",
    args: [' 5000000 '],
    expect: ok('5000000'),
  },
  {
    fn: 'parseRupiah',
    title: "'Rp 16.800,-' (the ,- ending) reads as '16800'",
    args: ['Rp 16.800,-'],
    expect: ok('16800'),
  },
  {
    fn: 'parseRupiah',
    title: "'5,000,000' (English grouping) is ambiguous and refused",
    args: ['5,000,000'],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },
  {
    fn: 'parseRupiah',
    title: "'1e6' is not rupiah text",
    args: ['1e6'],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },
  {
    fn: 'parseRupiah',
    title: 'null is not rupiah text',
    args: [null],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },
  {
    fn: 'parseRupiah',
    title: 'a 100,000-character string is refused, its message quotes only the start',
    args: [LONG],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },

  {
    fn: 'parseRupiah',
    title: 'a non-string holding a long text ([20,000 characters]) is refused with a short message',
    args: () => [['x'.repeat(20_000)]],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },

  // ── formatRupiah ───────────────────────────────────────────────────────────────────────────────
  {
    fn: 'formatRupiah',
    title: 'NaN cannot be formatted',
    args: [Number.NaN],
    expect: invalid([[], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: 'formatRupiah',
    title: '1e400 (Infinity) cannot be formatted',
    args: [OVERFLOW],
    expect: invalid([[], 'AMOUNT_NOT_FINITE']),
  },
  { fn: 'formatRupiah', title: "-0 formats as 'Rp0' (no minus sign)", args: [-0], expect: ok('Rp0') },
  {
    fn: 'formatRupiah',
    title: "5000000.5 formats as 'Rp5.000.000,50'",
    args: [5_000_000.5],
    expect: ok('Rp5.000.000,50'),
  },
  {
    fn: 'formatRupiah',
    title: 'null is not an amount',
    args: [null],
    expect: invalid([[], 'AMOUNT_NOT_NUMBER']),
  },
  {
    fn: 'formatRupiah',
    title: "'1e6' (exponent text) is not a plain decimal: AMOUNT_NOT_DECIMAL, not AMOUNT_TOO_LARGE",
    args: ['1e6'],
    expect: invalid([[], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: 'formatRupiah',
    title: '1e-7 (String gives "1e-7") has too many decimals: AMOUNT_TOO_PRECISE, not AMOUNT_TOO_LARGE',
    args: [1e-7],
    expect: invalid([[], 'AMOUNT_TOO_PRECISE']),
  },
  {
    fn: 'formatRupiah',
    title: 'a 100,000-character string is refused with a message that quotes only its start',
    args: [LONG],
    expect: invalid([[], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: 'formatRupiah',
    title: 'options null is refused with a validation error, not a TypeError',
    args: [1, null],
    expect: invalid([['options'], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: 'formatRupiah',
    title: 'a typo in the options ({ sens: false }) is an error, not silently ignored',
    args: [5_000_000.5, { sens: false }],
    expect: invalid([['options', 'sens'], 'UNKNOWN_KEY']),
  },

  // ── roundRupiah ────────────────────────────────────────────────────────────────────────────────
  { fn: 'roundRupiah', title: "'1000.5' half-up is 1001 (D12)", args: ['1000.5'], expect: ok(1001) },
  {
    fn: 'roundRupiah',
    title: "'1e6' is not a plain decimal",
    args: ['1e6'],
    expect: invalid([[], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: 'roundRupiah',
    title: "'5.000.000' is Indonesian grouping: refused with a hint",
    args: ['5.000.000'],
    expect: invalid([[], 'AMOUNT_LOCALIZED_FORMAT']),
  },
  {
    fn: 'roundRupiah',
    title: 'Infinity cannot be rounded',
    args: [Infinity],
    expect: invalid([[], 'AMOUNT_NOT_FINITE']),
  },
  {
    fn: 'roundRupiah',
    title: "'-1000.5' half-up rounds away from zero to -1001",
    args: ['-1000.5'],
    expect: ok(-1001),
  },
  {
    fn: 'roundRupiah',
    title: "'-0.4' rounds to 0, never -0 (JSON and Object.is tell them apart)",
    args: ['-0.4'],
    expect: ok(0),
  },
  {
    fn: 'roundRupiah',
    title: "an unknown rounding mode ('up') is an error, not silently half-up",
    args: ['1000.5', 'up'],
    expect: invalid([['mode'], 'INVALID_VALUE']),
  },

  // ── allocate ───────────────────────────────────────────────────────────────────────────────────
  {
    fn: 'allocate',
    title: '1003 split 1:1 is [502, 501] (the extra rupiah to the first part)',
    args: [1003, [1, 1]],
    expect: ok([502, 501]),
  },
  {
    fn: 'allocate',
    title: 'NaN total is refused',
    args: [Number.NaN, [1]],
    expect: invalid([['total'], 'INTEGER_EXPECTED']),
  },
  {
    fn: 'allocate',
    title: 'a fractional total is refused',
    args: [10.5, [1]],
    expect: invalid([['total'], 'INTEGER_EXPECTED']),
  },
  {
    fn: 'allocate',
    title: 'no ratios is refused',
    args: [100, []],
    expect: invalid([['ratios'], 'TOO_FEW_ITEMS']),
  },
  {
    fn: 'allocate',
    title: 'ratios that sum to zero are refused',
    args: [100, [0, 0]],
    expect: invalid([['ratios'], 'ALLOCATION_INVALID']),
  },
  {
    fn: 'allocate',
    title: 'a negative ratio is refused with its index',
    args: [100, [2, -1]],
    expect: invalid([['ratios', 1], 'AMOUNT_NEGATIVE']),
  },
  {
    fn: 'allocate',
    title: "a ratio '1e3' (exponent) is refused",
    args: [100, ['1e3']],
    expect: invalid([['ratios', 0], 'AMOUNT_NOT_DECIMAL']),
  },
  {
    fn: 'allocate',
    title: 'the largest safe integer split 1:2 keeps every rupiah: 3002399751580330 + 6004799503160661',
    args: [Number.MAX_SAFE_INTEGER, [1, 2]],
    expect: ok([3_002_399_751_580_330, 6_004_799_503_160_661]),
  },

  // ── parsePeriod / parseDate ────────────────────────────────────────────────────────────────────
  {
    fn: 'parsePeriod',
    title: "'2025-13' has no month 13",
    args: ['2025-13'],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parsePeriod',
    title: "'0000-01' is not a real year",
    args: ['0000-01'],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parsePeriod',
    title: "'2025-1' must have two digits",
    args: ['2025-1'],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parsePeriod',
    title: 'the number 202501 is not a period',
    args: [202_501],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parsePeriod',
    title: 'an object with a toString is not a period',
    args: [{ toString: () => '2025-01' }],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parsePeriod',
    title: 'an object without a prototype is refused, not a TypeError',
    args: () => [nullProto()],
    expect: invalid([[], 'PERIOD_INVALID']),
  },
  {
    fn: 'parseDate',
    title: 'a JSON object {"toString": 1} is refused, not a TypeError',
    args: () => [fromJson('{"toString": 1}')],
    expect: invalid([[], 'DATE_INVALID']),
  },
  {
    fn: 'parseRupiah',
    title: 'a JSON object {"valueOf": 1, "toString": 2} is refused, not a TypeError',
    args: () => [fromJson('{"valueOf": 1, "toString": 2}')],
    expect: invalid([[], 'RUPIAH_UNPARSABLE']),
  },
  {
    fn: 'parseDate',
    title: "'2025-02-29' does not exist (2025 is not a leap year)",
    args: ['2025-02-29'],
    expect: invalid([[], 'DATE_INVALID']),
  },
  {
    fn: 'parseDate',
    title: "'2024-02-29' exists (2024 is a leap year)",
    args: ['2024-02-29'],
    expect: ok('2024-02-29'),
  },
  {
    fn: 'parseDate',
    title: "'1900-02-29' does not exist (1900 is not a leap year)",
    args: ['1900-02-29'],
    expect: invalid([[], 'DATE_INVALID']),
  },
  {
    fn: 'parseDate',
    title: "'2025-04-31' does not exist",
    args: ['2025-04-31'],
    expect: invalid([[], 'DATE_INVALID']),
  },
  {
    fn: 'parseDate',
    title: 'a timestamp text is not a calendar date',
    args: ['2025-01-15T00:00:00Z'],
    expect: invalid([[], 'DATE_INVALID']),
  },
  {
    fn: 'parseDate',
    title: 'an invalid Date object is refused',
    args: () => [new Date(Number.NaN)],
    expect: invalid([[], 'DATE_OBJECT_INVALID']),
  },
  {
    fn: 'parseDate',
    title: 'the earliest Date (year −271821) is refused',
    args: () => [new Date(-8.64e15)],
    expect: invalid([[], 'DATE_OBJECT_INVALID']),
  },
  {
    fn: 'parseDate',
    title: "new Date('2025-01-15') is the calendar date 2025-01-15",
    args: () => [new Date('2025-01-15')],
    expect: ok('2025-01-15'),
  },
  {
    fn: 'parseDate',
    title: 'a Date at local midnight keeps its calendar date',
    args: () => [new Date(2024, 1, 29)],
    expect: ok('2024-02-29'),
  },
  {
    fn: 'parseDate',
    title: 'an object without a prototype is refused, not a TypeError',
    args: () => [nullProto()],
    expect: invalid([[], 'DATE_INVALID']),
  },

  // ── time helpers exported from the package ────────────────────────────────────────────────────
  {
    fn: 'ageOn',
    title: 'born 2000-02-29: still 24 on 2025-02-28, 25 on 2025-03-01',
    args: ['2000-02-29', '2025-02-28'],
    expect: ok(24),
  },
  {
    fn: 'ageOn',
    title: 'malformed dates are refused, not answered with NaN',
    args: ['x', '2025-01-01'],
    expect: invalid([['birthDate'], 'DATE_INVALID']),
  },
  {
    fn: 'monthsBetween',
    title: 'a month 13 is refused, not silently read as January of the next year',
    args: ['2025-13', '2025-01'],
    expect: invalid([['from'], 'PERIOD_INVALID']),
  },
  {
    fn: 'addPeriods',
    title: "a malformed period is refused, not answered with 'NaN-NaN'",
    args: ['x', 1],
    expect: invalid([['period'], 'PERIOD_INVALID']),
  },

  // ── parameter lookups ──────────────────────────────────────────────────────────────────────────
  {
    fn: 'valueAt',
    title: 'JP cap in 2024-03 is Rp10,042,300 (regulations §2.4)',
    args: () => [jpCap(), '2024-03'],
    expect: ok({ value: '10042300', from: '2024-03-01' }),
  },
  {
    fn: 'valueAt',
    title: 'JP cap in 2024-02 is still Rp9,559,600 (switch in March)',
    args: () => [jpCap(), '2024-02-29'],
    expect: ok({ value: '9559600' }),
  },
  {
    fn: 'valueAt',
    title: 'a date before 2015-07-01 is outside coverage (D19)',
    args: () => [jpCap(), '2015-06-30'],
    expect: ruleError('DATE_BEFORE_COVERAGE', ['date']),
  },
  {
    fn: 'valueAt',
    title: 'a date past the horizon is refused',
    args: () => [jpCap(), '2037-01'],
    expect: ruleError('DATE_AFTER_COVERAGE', ['date']),
  },
  {
    fn: 'valueAt',
    title: "'2025-13' is not a period",
    args: () => [jpCap(), '2025-13'],
    expect: invalid([['date'], 'PERIOD_INVALID']),
  },
  {
    fn: 'valueAt',
    title: 'an invalid Date is refused',
    args: () => [jpCap(), new Date(Number.NaN)],
    expect: invalid([['date'], 'DATE_OBJECT_INVALID']),
  },
  {
    fn: 'valueAt',
    title: 'null is not a date',
    args: () => [jpCap(), null],
    expect: invalid([['date'], 'DATE_INVALID']),
  },
  {
    fn: 'valueAt',
    title: 'PP 49/2020 relief is not in force in 2021-02 (window 2020-08 … 2021-01)',
    args: () => [pp49JkkDiscount(), '2021-02'],
    expect: ruleError('PARAMETER_NOT_IN_FORCE'),
  },
  {
    fn: 'findValueAt',
    title: 'PP 49/2020 relief outside its window is undefined, not an error',
    args: () => [pp49JkkDiscount(), '2020-07'],
    expect: ok(undefined),
  },
  {
    fn: 'valueAt',
    title: 'a missing parameter (getParameter of a typo) is refused, not a TypeError',
    args: () => [getParameter('jp.wagecap'), '2024-03'],
    expect: invalid([['parameter'], 'UNKNOWN_PARAMETER']),
  },
  {
    fn: 'getParameter',
    title: "'__proto__' is not a parameter id",
    args: ['__proto__'],
    expect: ok(undefined),
  },
  {
    fn: 'getParameter',
    title: "'constructor' is not a parameter id",
    args: ['constructor'],
    expect: ok(undefined),
  },
  { fn: 'getSource', title: "'__proto__' is not a source id", args: ['__proto__'], expect: ok(undefined) },
  { fn: 'getSource', title: "'toString' is not a source id", args: ['toString'], expect: ok(undefined) },

  // ── rendering helpers ──────────────────────────────────────────────────────────────────────────
  {
    fn: 'renderExplanation',
    title: 'null is refused with a validation error, not a TypeError',
    args: [null],
    expect: invalid([[], 'INPUT_NOT_OBJECT']),
  },
  {
    fn: 'renderExplanation',
    title: 'an object that is not an explanation is refused, not a TypeError',
    args: [{ format: 'bpjs-tk.trace.v1' }],
    expect: invalid([['steps'], 'REQUIRED']),
  },
]
