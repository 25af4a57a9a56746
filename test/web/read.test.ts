// The web app's number reader (web/src/read.ts, on doors/): what people type → what the library is given.
// Expected values are written by hand: the text with its separators removed or moved.
import { describe, expect, it } from 'vitest'
import { readAmount, readInt, readRate, readText, readTriState } from '../../web/src/read.js'

describe('web number reader', () => {
  it('reads amounts the way they are written, and the one-group case as thousands (rupiah have 2 decimals at most)', () => {
    expect(readAmount('Rp 5.000.000,00')).toBe('5000000.00') // decimals kept as written (doors/ readNumber); the library reads 5,000,000
    expect(readAmount('Rp5.000.000,-')).toBe('5000000')
    expect(readAmount('5.000.000')).toBe('5000000')
    expect(readAmount('5,000,000.50')).toBe('5000000.50')
    expect(readAmount('5.000')).toBe('5000')
    expect(readAmount('5,000')).toBe('5000')
    expect(readAmount(' -5.000.000 ')).toBe('-5000000')
  })
  it('passes what it cannot read on as typed (the library explains), and empty as absent', () => {
    expect(readAmount('lima juta')).toBe('lima juta')
    expect(readAmount('   ')).toBeUndefined()
    expect(readText('  x ')).toBe('x')
  })
  it('reads counts with thousands separators, and refuses fractions', () => {
    expect(readInt('7.500')).toBe(7500)
    expect(readInt('7,500')).toBe(7500)
    expect(readInt('12.345.678')).toBe(12345678)
    expect(readInt('-5')).toBe(-5)
    expect(readInt('10.5')).toBe('10.5')
  })
  it('reads rates with a decimal comma or point, and percentages by moving the point', () => {
    expect(readRate('0,35%')).toBe('0.0035') // 0.35 / 100
    expect(readRate('0,0035')).toBe('0.0035')
    expect(readRate('0.0035')).toBe('0.0035')
    expect(readRate('12,5 %')).toBe('0.125')
    expect(readRate('100%')).toBe('1')
    expect(readRate('0,035')).toBe('0.035') // one group of three after the comma: a decimal in a rate
    expect(readRate('-1%')).toBe('-1%')
  })
  it('reads yes / no / not known', () => {
    expect([readTriState('yes'), readTriState('no'), readTriState('')]).toEqual([true, false, undefined])
  })
})
