import { describe, expect, it } from 'vitest'
import { finishBenefit, present, statusOf } from '../../src/benefits/builder.js'
import { ReasonList } from '../../src/benefits/common.js'
import { RuleContext } from '../../src/explain/context.js'
import { resolveOptions } from '../../src/schemas/options.js'

const L = [{ source: 'PP-44-2015' }] as const

function context(): RuleContext {
  return new RuleContext('builderTest', '2021-03-10', resolveOptions(undefined).resolved)
}

describe('benefit builder', () => {
  it('status: a condition not met wins over a missing fact; no reason at all is payable', () => {
    const ctx = context()
    const reasons = new ReasonList(ctx)
    expect(statusOf(reasons)).toBe('payable')
    present(
      reasons,
      { outcome: 'met', code: 'CAUSE_NOT_WORK_RELATED', params: {}, legal: L, path: 'cause' },
      'FACT_CAUSE',
    )
    expect(statusOf(reasons)).toBe('payable')
    present(
      reasons,
      { outcome: 'missing', params: {}, legal: L, path: 'membershipActive' },
      'FACT_MEMBERSHIP_ACTIVE',
    )
    expect(statusOf(reasons)).toBe('incomplete')
    present(
      reasons,
      { outcome: 'not-met', code: 'WORK_ACCIDENT_USE_JKK', params: {}, legal: L, path: 'cause' },
      'FACT_CAUSE',
    )
    expect(statusOf(reasons)).toBe('not-payable')
    expect(reasons.items.map((r) => [r.kind, r.code, r.path])).toEqual([
      ['met', 'CAUSE_NOT_WORK_RELATED', ['cause']],
      ['missing', 'MISSING_FACT', ['membershipActive']],
      ['not-met', 'WORK_ACCIDENT_USE_JKK', ['cause']],
    ])
    expect(reasons.missingPaths()).toEqual(['membershipActive'])
  })

  it('finishBenefit: payable, status and missing first, the fields next, then reasons, warnings, explanation; frozen', () => {
    const ctx = context()
    const reasons = new ReasonList(ctx)
    reasons.missing(['cause'], 'FACT_CAUSE', L)
    const r = finishBenefit(ctx, reasons, 'incomplete', { amount: 0, parts: { a: 1 } })
    expect(Object.keys(r)).toEqual([
      'payable',
      'status',
      'missing',
      'amount',
      'parts',
      'reasons',
      'warnings',
      'explanation',
    ])
    expect(r.payable).toBe(false)
    expect(r.missing).toEqual(['cause'])
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.parts)).toBe(true)
    expect(finishBenefit(context(), new ReasonList(context()), 'payable', {}).payable).toBe(true)
  })
})
