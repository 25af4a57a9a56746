/**
 * Transport reimbursed per mode (rule `transportLines` of src/benefits/jkk/rules.ts, PP 82/2019 Lampiran III:
 * "masing-masing angkutan"): each mode billed is capped on its own (Regime B caps: land Rp5.000.000, sea
 * Rp2.000.000, air Rp10.000.000, parameter jkk.transport.caps); a mode not billed has no line at all (not a
 * line of Rp0, not a line with an unknown amount).
 */
import { describe, expect, it } from 'vitest'
import { transportLines } from '../../../src/benefits/jkk/rules.js'

const CAPS_B = { land: '5000000', sea: '2000000', air: '10000000' }

describe('transport: one line per mode billed, none for a mode not billed', () => {
  it('land only: min(6,500,000; 5,000,000) = 5,000,000; no sea or air line', () => {
    expect(transportLines({ land: 6_500_000 }, CAPS_B)).toStrictEqual({
      land: { billed: 6_500_000, cap: 5_000_000, amount: 5_000_000 },
      sea: undefined,
      air: undefined,
    })
  })

  it('sea only: min(1,250,000; 2,000,000) = 1,250,000; no land or air line', () => {
    expect(transportLines({ sea: 1_250_000 }, CAPS_B)).toStrictEqual({
      land: undefined,
      sea: { billed: 1_250_000, cap: 2_000_000, amount: 1_250_000 },
      air: undefined,
    })
  })

  it('air only: min(12,000,000; 10,000,000) = 10,000,000; no land or sea line', () => {
    expect(transportLines({ air: 12_000_000 }, CAPS_B)).toStrictEqual({
      land: undefined,
      sea: undefined,
      air: { billed: 12_000_000, cap: 10_000_000, amount: 10_000_000 },
    })
  })

  it('nothing billed: no line for any mode', () => {
    expect(transportLines({}, CAPS_B)).toStrictEqual({ land: undefined, sea: undefined, air: undefined })
  })
})
