import { describe, expect, it } from 'vitest'
import { jkpPayerAt } from '../../../src/benefits/jkp/payer.js'

// Worked examples of the notes (JKP, employer in arrears), PP 6/2025 Pasal 39 and 39A.
describe('who pays JKP when the employer is in arrears', () => {
  it('4 months of arrears, PHK 2025-03-15: Pasal 39(3), the employer pays first', () => {
    expect(jkpPayerAt('2025-03-15', 4).payer).toBe('employer-first')
  })
  it('exactly 3 months: "sampai dengan 3 bulan", BPJS TK pays (Pasal 39(1))', () => {
    expect(jkpPayerAt('2025-03-15', 3).payer).toBe('bpjs')
  })
  it('bankrupt with 5 months of arrears: Pasal 39A, BPJS TK pays; 7 months: the employer first', () => {
    expect(jkpPayerAt('2025-03-15', 5, true).payer).toBe('bpjs')
    expect(jkpPayerAt('2025-03-15', 7, true).payer).toBe('employer-first')
  })
  it('before 2025-02-07 there is no Pasal 39A: bankrupt with 5 months → employer first (low-confidence threshold)', () => {
    const r = jkpPayerAt('2024-06-30', 5, true)
    expect(r.payer).toBe('employer-first')
    expect(r.readings[0]?.confidence).toBe('low')
  })
})
