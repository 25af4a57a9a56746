/**
 * Safe variants (issue 20): every public function has a `safe…` twin returning
 * `{ success: true, data } | { success: false, error }`; only the library's own errors become
 * `success: false`, anything else is rethrown.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as api from '../../src/index.js'
import {
  BpjsRuleError,
  BpjsValidationError,
  safe,
  safeCalculateContribution,
  safeParseDate,
  type ContributionResult,
  type SafeResult,
} from '../../src/index.js'

const exported = api as unknown as Record<string, unknown>

describe('safe variants', () => {
  it('every public function that can refuse an input has a safe twin', () => {
    const fns = Object.keys(exported).filter(
      (k) =>
        typeof exported[k] === 'function' &&
        !k.startsWith('safe') &&
        ![
          'safe',
          'message',
          'getParameter',
          'getSource',
          'getDecision',
          'formatCitation',
          'describeCitation',
          'decodeNik', // never throws: it answers { ok, defect }
          'isStale',
        ].includes(k) &&
        !/^[A-Z]/.test(k),
    )
    expect(fns.length).toBeGreaterThan(20)
    for (const f of fns) expect(exported, f).toHaveProperty(`safe${f[0]!.toUpperCase()}${f.slice(1)}`)
  })

  it('returns the result on success, the same as the throwing function', () => {
    const input = { category: 'BPU', period: '2025-06', declaredIncome: 1_000_000 } as const
    const r = safeCalculateContribution(input)
    expect(r.success).toBe(true)
    // JKK 1% × 1,000,000 = 10,000 + JKM 6,800 = 16,800
    if (r.success) expect(r.data.totals.total).toBe(16_800)
    expect(Object.isFrozen(r)).toBe(true)
  })

  it('returns a BpjsValidationError with every issue, or a BpjsRuleError, as `error`', () => {
    const bad = safeCalculateContribution({ category: 'PU', period: '2025-06' } as never)
    expect(bad.success).toBe(false)
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(BpjsValidationError)
      expect((bad.error as BpjsValidationError).issues.map((i) => i.code)).toEqual([
        'REQUIRED',
        'ENTERPRISE_SIZE_REQUIRED',
        'JKK_RISK_CLASS_REQUIRED',
      ])
    }
    const early = safeCalculateContribution({ category: 'BPU', period: '2015-06', declaredIncome: 1_000_000 })
    expect(!early.success && early.error).toBeInstanceOf(BpjsRuleError)
    expect(!early.success && (early.error as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
    const date = safeParseDate('2025-02-29')
    expect(!date.success && date.error.name).toBe('BpjsValidationError')
  })

  it('rethrows anything that is not a library error (a bug is not an invalid input)', () => {
    const buggy = safe((n: number) => {
      if (n > 1) throw new TypeError('a bug')
      return n
    })
    expect(buggy(1)).toEqual({ success: true, data: 1 })
    expect(() => buggy(2)).toThrow(TypeError)
  })

  it('keeps the exact types of the wrapped function', () => {
    expectTypeOf(safeCalculateContribution).parameters.toEqualTypeOf<
      Parameters<typeof api.calculateContribution>
    >()
    expectTypeOf(safeCalculateContribution).returns.toEqualTypeOf<SafeResult<ContributionResult>>()
    expectTypeOf(safe((a: string, b?: number) => a.length + (b ?? 0))).toEqualTypeOf<
      (a: string, b?: number) => SafeResult<number>
    >()
  })
})
