import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import { checkAmount, MAX_AMOUNT_SEN } from '../../src/money/amount.js'
import { Dec } from '../../src/money/decimal.js'
import { applyRate, applyRateDecimal, exactRateText } from '../../src/money/exact.js'
import { formatRupiah, parseRupiah } from '../../src/money/format.js'
import { allocate, roundRupiah } from '../../src/money/index.js'
import { addRates, compareRates, mulRates, rate, subRates, tryParseRate } from '../../src/money/rate.js'
import {
  divRound,
  floorDivBy,
  floorDivSmall,
  INV_POW10,
  POW10,
  ROUNDING_MODES,
  SMALL_INT,
} from '../../src/money/rounding.js'

describe('divRound', () => {
  it.each([
    // n, d, half-up, half-even, down
    [5, 10, 1, 0, 0],
    [15, 10, 2, 2, 1],
    [25, 10, 3, 2, 2],
    [24, 10, 2, 2, 2],
    [26, 10, 3, 3, 2],
    [-5, 10, -1, 0, 0],
    [-15, 10, -2, -2, -1],
    [-26, 10, -3, -3, -2],
    [30, 10, 3, 3, 3],
  ])('rounds %i/%i to %i (half-up), %i (half-even), %i (down)', (n, d, up, even, down) => {
    expect(divRound(n, d, 'half-up')).toBe(up)
    expect(divRound(n, d, 'half-even')).toBe(even)
    expect(divRound(n, d, 'down')).toBe(down)
  })

  it('agrees with decimal.js on every mode for random safe integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, mode) => {
          const expected = new Dec(n)
            .div(d)
            .toDecimalPlaces(0, mode === 'half-up' ? 4 : mode === 'half-even' ? 6 : 1)
            .toNumber()
          expect(divRound(n, d, mode)).toBe(expected === 0 ? 0 : expected)
        },
      ),
      { numRuns: 2000, seed: 42 },
    )
  })
})

describe('floorDivBy (a power of ten by its reciprocal)', () => {
  /** ⌊n / d⌋ on BigInt: the reference. */
  const floorBig = (n: number, d: number) => Number(BigInt(n) / BigInt(d))

  it('gives ⌊n / 10^k⌋ for every power and dividends up to 2^52, as floorDivSmall does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SMALL_INT }), fc.integer({ min: 0, max: 15 }), (n, k) => {
        const d = POW10[k] as number
        expect(floorDivBy(n, d, INV_POW10[k] as number)).toBe(floorBig(n, d))
        expect(floorDivSmall(n, d)).toBe(floorBig(n, d))
      }),
      { numRuns: 5000, seed: 42 },
    )
    // the multiples of each power and their neighbours at the top of the range, where the estimate is worst
    for (let k = 0; k < POW10.length; k++) {
      const d = POW10[k] as number
      const top = Math.floor(SMALL_INT / d)
      for (const q of [1, 7, 3, top - 1, top])
        for (const n of [q * d - 1, q * d, q * d + 1].filter((x) => x >= 0 && x <= SMALL_INT))
          expect(floorDivBy(n, d, INV_POW10[k] as number)).toBe(floorBig(n, d))
    }
  })

  it('corrects an estimate one below the quotient (10^11 × 0.1^11 is 0.9999… in binary)', () => {
    // the reciprocal of 10^11 is just below 1/10^11: the product's floor is one short, the remainder adds it
    expect(Math.floor(1e11 * (INV_POW10[11] as number))).toBe(0)
    expect(floorDivBy(1e11, 1e11, INV_POW10[11] as number)).toBe(1)
    expect(Math.floor(8e11 * (INV_POW10[11] as number))).toBe(7)
    expect(floorDivBy(8e11, 1e11, INV_POW10[11] as number)).toBe(8)
    expect(floorDivBy(8e11 - 1, 1e11, INV_POW10[11] as number)).toBe(7)
  })

  it('corrects an estimate one above the quotient (a reciprocal that is too large)', () => {
    // an inverse rounded up by more than the double's error: the product's floor is one too many for
    // n just below a multiple of d, and the remainder (negative) takes it back
    const d = 1000
    const inverse = 1 / d + 1e-12
    expect(Math.floor((1e10 - 1) * inverse)).toBe(10_000_000)
    expect(floorDivBy(1e10 - 1, d, inverse)).toBe(9_999_999)
    expect(floorDivBy(1e10, d, inverse)).toBe(10_000_000)
  })
})

describe('roundRupiah', () => {
  it('rounds halves by mode', () => {
    expect(roundRupiah('1000.5')).toBe(1001)
    expect(roundRupiah('1000.5', 'half-even')).toBe(1000)
    expect(roundRupiah('1001.5', 'half-even')).toBe(1002)
    expect(roundRupiah('1000.99', 'down')).toBe(1000)
    expect(roundRupiah('1000.49')).toBe(1000)
    expect(roundRupiah('200846.1')).toBe(200846)
  })
  it('refuses NaN, Infinity and non-decimal text', () => {
    for (const bad of [Number.NaN, Infinity, '', '1e6', 'Rp5.000'] as const)
      expect(() => roundRupiah(bad)).toThrow(BpjsValidationError)
  })
})

describe('checkAmount (strict money inputs)', () => {
  it.each([
    [5000000, 500000000],
    ['5000000', 500000000],
    ['5000000.50', 500000050],
    ['5000000.5', 500000050],
    [5000000.5, 500000050],
    ['5000000.500', 500000050],
    [0.01, 1],
  ])('accepts %j as %i sen', (input, sen) => {
    expect(checkAmount(input)).toEqual({ ok: true, sen })
  })
  it.each([
    [Number.NaN, 'AMOUNT_NOT_FINITE'],
    [Infinity, 'AMOUNT_NOT_FINITE'],
    [-Infinity, 'AMOUNT_NOT_FINITE'],
    ['', 'AMOUNT_EMPTY'],
    ['1e6', 'AMOUNT_NOT_DECIMAL'],
    [' 5000000 ', 'AMOUNT_NOT_DECIMAL'],
    ['5.000.000', 'AMOUNT_LOCALIZED_FORMAT'],
    ['Rp5.000.000', 'AMOUNT_LOCALIZED_FORMAT'],
    ['5.000', 'AMOUNT_LOCALIZED_FORMAT'],
    ['5000000,50', 'AMOUNT_LOCALIZED_FORMAT'],
    [-1, 'AMOUNT_NEGATIVE'],
    ['-1', 'AMOUNT_NEGATIVE'],
    [0, 'AMOUNT_NOT_POSITIVE'],
    [-0, 'AMOUNT_NOT_POSITIVE'],
    [0.1 + 0.2, 'AMOUNT_TOO_PRECISE'],
    ['12345.005', 'AMOUNT_TOO_PRECISE'],
    ['1.005', 'AMOUNT_LOCALIZED_FORMAT'], // ambiguous: 1.005 or Indonesian 1005? refused with a hint
    [1e-7, 'AMOUNT_TOO_PRECISE'],
    [Number('1e400'), 'AMOUNT_NOT_FINITE'], // 1e400 overflows to Infinity
    [1e15, 'AMOUNT_TOO_LARGE'],
    ['123456789012345678', 'AMOUNT_TOO_LARGE'],
    [null, 'AMOUNT_NOT_NUMBER'],
    [{}, 'AMOUNT_NOT_NUMBER'],
    [[5], 'AMOUNT_NOT_NUMBER'],
    [true, 'AMOUNT_NOT_NUMBER'],
    [undefined, 'REQUIRED'],
  ])('refuses %j with %s', (input, code) => {
    const r = checkAmount(input)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe(code)
  })
  it('accepts zero only when asked', () => {
    expect(checkAmount(0, true)).toEqual({ ok: true, sen: 0 })
    expect(checkAmount('0', true)).toEqual({ ok: true, sen: 0 })
  })
  it('points Indonesian-formatted text to parseRupiah with the plain value', () => {
    const r = checkAmount('Rp5.000.000,50')
    expect(r).toMatchObject({
      ok: false,
      code: 'AMOUNT_LOCALIZED_FORMAT',
      params: { suggestion: '5000000.50' },
    })
  })
  it('a number and its decimal string give the same sen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_000_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (rp, sen) => {
          const text = `${rp}.${String(sen).padStart(2, '0')}`
          const a = checkAmount(text)
          const b = checkAmount(Number(text))
          expect(a).toEqual({ ok: true, sen: rp * 100 + sen })
          expect(b).toEqual(a)
        },
      ),
      { numRuns: 1000, seed: 7 },
    )
  })
  it('never exceeds the safe sen range', () => {
    expect(MAX_AMOUNT_SEN).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER)
  })
})

describe('rates', () => {
  it('parses and normalises', () => {
    expect(rate('0.0024')).toEqual({ num: 24, scale: 4, text: '0.0024' })
    expect(rate('0.00240')).toEqual({ num: 24, scale: 4, text: '0.0024' })
    expect(tryParseRate('-0.1')).toBeUndefined()
    expect(tryParseRate('1e-3')).toBeUndefined()
  })
  it('multiplies, adds and subtracts exactly', () => {
    expect(mulRates(rate('0.01'), rate('0.003')).text).toBe('0.00003')
    expect(mulRates(rate('0.5'), rate('0.0089')).text).toBe('0.00445')
    expect(subRates(rate('0.0024'), rate('0.0014')).text).toBe('0.001')
    expect(addRates(rate('0.0022'), rate('0.0014')).text).toBe('0.0036')
    expect(compareRates(rate('0.1'), rate('0.09'))).toBe(1)
  })
})

describe('applyRate', () => {
  it('computes published figures exactly', () => {
    // JP employer 2% of the 2024 cap Rp10,042,300 = 200,846; worker 1% = 100,423
    expect(applyRate(1_004_230_000, rate('0.02'), 'half-up')).toBe(200_846)
    expect(applyRate(1_004_230_000, rate('0.01'), 'half-up')).toBe(100_423)
    // BPU JKK 1% of Rp1,000,000 = 10,000
    expect(applyRate(100_000_000, rate('0.01'), 'half-up')).toBe(10_000)
    // 0.3% of 5,000,001 = 15,000.003
    expect(exactRateText(500_000_100, rate('0.003'))).toBe('15000.003')
  })
  it('the integer fast path equals the decimal.js path for every mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000_000_000_000_000 }),
        fc.constantFrom(
          '0.0024',
          '0.0054',
          '0.0089',
          '0.0127',
          '0.0174',
          '0.003',
          '0.037',
          '0.02',
          '0.01',
          '0.00445',
          '0.00003',
          '0.000021',
          '48',
        ),
        fc.constantFrom(...ROUNDING_MODES),
        (sen, r, mode) => {
          expect(applyRate(sen, rate(r), mode)).toBe(applyRateDecimal(sen, rate(r), mode))
        },
      ),
      { numRuns: 3000, seed: 11 },
    )
  })
})

describe('allocate', () => {
  it('never loses a rupiah', () => {
    expect(allocate(1003, [1, 1])).toEqual([502, 501])
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(16800, [10000, 6800])).toEqual([10000, 6800])
  })
  it('conserves the total and stays within one rupiah of the exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 12 })
          .filter((a) => a.some((x) => x > 0)),
        (total, ratios) => {
          const parts = allocate(total, ratios)
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
          const sum = ratios.reduce((a, b) => a + b, 0)
          parts.forEach((p, i) => {
            const exact = new Dec(total).times(ratios[i] ?? 0).div(sum)
            expect(exact.minus(p).abs().lessThan(1)).toBe(true)
          })
        },
      ),
      { numRuns: 1000, seed: 3 },
    )
  })
  it('refuses bad ratios', () => {
    expect(() => allocate(100, [])).toThrow(BpjsValidationError)
    expect(() => allocate(100, [0, 0])).toThrow(BpjsValidationError)
    expect(() => allocate(100, [-1, 2])).toThrow(BpjsValidationError)
    expect(() => allocate(100.5, [1])).toThrow(BpjsValidationError)
  })
})

describe('formatRupiah / parseRupiah', () => {
  it('formats the Indonesian way', () => {
    expect(formatRupiah(5000000)).toBe('Rp5.000.000')
    expect(formatRupiah('5000000.5')).toBe('Rp5.000.000,50')
    expect(formatRupiah(-16800)).toBe('-Rp16.800')
    expect(formatRupiah(0)).toBe('Rp0')
    expect(formatRupiah(999)).toBe('Rp999')
    expect(formatRupiah(42000000, { space: true })).toBe('Rp 42.000.000')
    expect(formatRupiah(1000, { sen: true })).toBe('Rp1.000,00')
  })
  it('parses Indonesian text', () => {
    expect(parseRupiah('Rp5.000.000,50')).toBe('5000000.50')
    expect(parseRupiah('Rp 16.800,-')).toBe('16800')
    expect(parseRupiah('5.000.000')).toBe('5000000')
    expect(parseRupiah('IDR 1.000')).toBe('1000')
    expect(parseRupiah('-Rp16.800')).toBe('-16800')
    expect(parseRupiah('Rp5.000.000,5')).toBe('5000000.50')
  })
  it('refuses ambiguous or broken text', () => {
    for (const bad of ['5,000,000', 'abc', '', 'Rp', '5.00.000', '1e6', 'Rp5.000.000,505'])
      expect(() => parseRupiah(bad), bad).toThrow(BpjsValidationError)
  })
  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), fc.integer({ min: 0, max: 99 }), (rp, sen) => {
        const text = `${rp < 0 ? '-' : ''}${Math.abs(rp)}.${String(sen).padStart(2, '0')}`
        const back = parseRupiah(formatRupiah(text))
        expect(new Dec(back).equals(new Dec(text))).toBe(true)
      }),
      { numRuns: 1000, seed: 5 },
    )
  })
})
