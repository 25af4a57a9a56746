/**
 * One error lists every problem of a contribution input: the schema's, then what the rules need of the valid
 * fields (a BPU month in a PP 50/2025 discount window needs `payer` and `sector`), each in the caller's
 * language, and a field only once. Found by `npm run fuzz`: an English caller got the rules' issue in
 * Indonesian, and a `sector` the input snapshot refused (a Uint8Array) was also reported as missing.
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateContribution, type ContributionInput } from '../../src/index.js'

function issuesOf(input: unknown, locale: 'id' | 'en') {
  try {
    calculateContribution(input as ContributionInput, { locale })
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues.map((i) => [i.path, i.code, i.message])
    throw e
  }
  throw new Error('expected a BpjsValidationError')
}

// February 2026 is in the PP 50/2025 discount window for BPU participants who pay their own contributions
const feb2026 = { category: 'BPU', period: '2026-02', months: 3 } as const

describe('the issues of a BPU month in the PP 50/2025 window, in one error', () => {
  it('an invalid income and no payer: both, in English for an English caller', () => {
    expect(issuesOf({ ...feb2026, declaredIncome: -5 }, 'en')).toEqual([
      [['declaredIncome'], 'AMOUNT_NEGATIVE', 'An amount cannot be negative.'],
      [
        ['payer'],
        'BPU_PAYER_REQUIRED',
        'The contribution month 2026-02 falls in a PP 50/2025 discount window, which does not apply when the contribution is paid from the APBN or APBD: give payer ("self", "apbd", "apbn" or "other").',
      ],
      [
        ['sector'],
        'BPU_SECTOR_REQUIRED',
        'The contribution month 2026-02 falls in a PP 50/2025 discount window that depends on the sector: give sector ("transport" for drivers, couriers and logistics, or "other").',
      ],
    ])
  })

  it('the same in Indonesian for an Indonesian caller', () => {
    const issues = issuesOf({ ...feb2026, declaredIncome: -5 }, 'id')
    expect(issues.map((i) => i[1])).toEqual(['AMOUNT_NEGATIVE', 'BPU_PAYER_REQUIRED', 'BPU_SECTOR_REQUIRED'])
    expect(issues[2]![2]).toBe(
      'Bulan iuran 2026-02 termasuk masa potongan PP 50/2025 yang bergantung pada sektor: isi sector ("transport" untuk pengemudi, kurir dan logistik, atau "other").',
    )
  })

  it('a sector the input snapshot refuses (a Uint8Array) is reported once, not also as missing', () => {
    const input = { ...feb2026, declaredIncome: 3_500_000, payer: 'self', sector: Uint8Array.from([51, 49]) }
    expect(issuesOf(input, 'en')).toEqual([[['sector'], 'INPUT_NOT_OBJECT', 'The input must be an object.']])
  })
})
