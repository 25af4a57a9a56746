/**
 * calculateContributions in one pass (issue 20): bad options and bad rows are one report. With valid options a
 * row's problem is that row's own `error` (unchanged); with invalid options no row can be priced, so the one
 * error lists each row's validation problems (at `rows.i.…`, exactly the issues the row's own call reports)
 * and then the options' problems.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateContribution,
  calculateContributions,
  MAX_BATCH_ROW_ISSUES,
} from '../../src/index.js'

const GOOD = { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 } as const
const BAD_MONTH = {
  category: 'PU',
  period: '2025-13',
  wage: 5_000_000,
  enterpriseSize: 'small',
  jkkRiskClass: 1,
}
const BAD_INCOME = { category: 'BPU', period: '2025-06', declaredIncome: 0 }
// a rule error (a month before the library's dates) is not a validation problem: it stays the row's
const EARLY = { category: 'PU', period: '2015-06', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'micro' }

function thrown(call: () => unknown): BpjsValidationError {
  try {
    call()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e
    throw e
  }
  throw new Error('no BpjsValidationError')
}
const pairs = (e: BpjsValidationError) => e.issues.map((i) => [i.path.join('.'), i.code])

describe('calculateContributions: bad options and bad rows in one report', () => {
  it('lists each bad row’s own issues at rows.i, then the options’ issues', () => {
    const rows = [GOOD, BAD_MONTH, EARLY, BAD_INCOME]
    const e = thrown(() =>
      calculateContributions(rows as never, { locale: 'fr' as never, explain: 'yes' as never }),
    )
    const own = (row: unknown, i: number) =>
      pairs(thrown(() => calculateContribution(row as never))).map(([p, c]) => [`rows.${i}.${p}`, c])
    const options = pairs(e).filter(([p]) => String(p).startsWith('options.'))
    expect(pairs(e)).toEqual([...own(BAD_MONTH, 1), ...own(BAD_INCOME, 3), ...options])
    expect(options.map(([p]) => p).sort()).toEqual(['options.explain', 'options.locale'])
    // the row issues are real problems: the month 13 and an income of zero
    expect(pairs(e).map(([p]) => p)).toEqual(
      expect.arrayContaining(['rows.1.period', 'rows.3.declaredIncome']),
    )
  })

  it('with valid options a bad row is still that row’s own error, never thrown', () => {
    const b = calculateContributions([GOOD, BAD_MONTH] as never)
    expect(b.okCount).toBe(1)
    expect(b.errors().map((r) => [r.index, r.error.code])).toEqual([[1, 'VALIDATION_FAILED']])
  })

  it('lists at most MAX_BATCH_ROW_ISSUES row issues, then says the list was cut', () => {
    const rows = Array.from({ length: MAX_BATCH_ROW_ISSUES + 50 }, () => BAD_INCOME)
    const e = thrown(() => calculateContributions(rows as never, { rounding: 'up' as never }))
    const codes = pairs(e)
    expect(codes.filter(([p]) => String(p).startsWith('rows.'))).toHaveLength(MAX_BATCH_ROW_ISSUES)
    expect(codes.slice(-2)).toEqual([
      ['rows', 'BATCH_ROW_ISSUES_TRUNCATED'],
      ['options.rounding', 'INVALID_VALUE'],
    ])
  })
})
