/**
 * Family "Raw TypeErrors from exotic but legal objects" (issue 13), the cases the hostile catalogue's runner
 * cannot copy (it snapshots arguments, and a revoked Proxy cannot be read). The decision, documented in the
 * README: every input is read once into a plain copy; what is not a plain object, a plain array or a genuine
 * Date is refused at its path; an exception thrown by the caller's own object becomes `VALUE_UNREADABLE` at
 * its path. No function may throw anything but BpjsValidationError / BpjsRuleError for these.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { BpjsValidationError } from '../../src/index.js'

const PU = { category: 'PU', period: '2025-06', wage: 5_000_000, jkkRiskClass: 1, enterpriseSize: 'small' }
const JKM = { dateOfDeath: '2025-01-10', category: 'PU', membershipStart: '2020-01-01', cause: 'natural' }

const revoked = (): object => {
  const r = Proxy.revocable({}, {})
  r.revoke()
  return r.proxy
}
/** A Proxy whose `ownKeys` breaks an invariant of its non-extensible target: listing its keys is a TypeError. */
const lyingKeys = () => new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys: () => ['a', 'b'] })
/** A Proxy whose `getPrototypeOf` trap throws. */
const throwingProto = () =>
  new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error('trap')
      },
    },
  )

function issues(f: () => unknown): [string, string][] {
  try {
    f()
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(BpjsValidationError)
    return (e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])
  }
  throw new Error('expected a BpjsValidationError')
}

const call =
  (name: string, ...args: unknown[]) =>
  () =>
    (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args)

describe('Raw TypeErrors from exotic but legal objects (issue 13)', () => {
  it.each([
    'calculateContribution',
    'calculateJkmBenefit',
    'calculateJkkDeathBenefit',
    'determineHeirs',
    'checkEligibility',
    'checkJkpRegistration',
    'checkJkpClaim',
    'checkJkmClaim',
    'checkScholarshipEligibility',
    'planCoverageProgram',
    'projectJhtBalance',
    'checkJhtClaim',
    'calculateJhtClaim',
    'calculateJpBenefit',
  ])('%s: a revoked Proxy as the input, or as options, is VALUE_UNREADABLE at its path', (fn) => {
    expect(issues(call(fn, revoked()))).toContainEqual(['', 'VALUE_UNREADABLE'])
    expect(issues(call(fn, {}, revoked()))).toContainEqual(['options', 'VALUE_UNREADABLE'])
  })

  it('a Proxy breaking the ownKeys invariant, or with a throwing trap, is VALUE_UNREADABLE where it sits', () => {
    expect(issues(call('calculateJkmBenefit', { ...JKM, children: [lyingKeys()] }))).toEqual([
      ['children.0', 'VALUE_UNREADABLE'],
    ])
    expect(issues(call('calculateContribution', throwingProto()))).toEqual([['', 'VALUE_UNREADABLE']])
    expect(issues(call('calculateContribution', PU, { parameters: lyingKeys() }))).toEqual([
      ['options.parameters', 'VALUE_UNREADABLE'],
    ])
  })

  it('Object.create(Date.prototype) in a date field, or in parseDate, is DATE_OBJECT_INVALID', () => {
    const fake = () => Object.create(Date.prototype) as Date
    expect(issues(call('calculateJkmBenefit', { ...JKM, dateOfDeath: fake() }))).toEqual([
      ['dateOfDeath', 'DATE_OBJECT_INVALID'],
    ])
    expect(issues(call('checkEligibility', { asOf: fake(), relationship: 'employee-company' }))).toEqual([
      ['asOf', 'DATE_OBJECT_INVALID'],
    ])
    expect(issues(call('parseDate', fake()))).toEqual([['', 'DATE_OBJECT_INVALID']])
    expect(issues(call('calculateContribution', { ...PU, period: fake() }))).toEqual([
      ['period', 'DATE_OBJECT_INVALID'],
    ])
  })

  it('a throwing getter is read once and reported at its field; the other problems come with it', () => {
    let reads = 0
    const input = Object.defineProperty({ category: 'PU', period: '2025-13' }, 'wage', {
      enumerable: true,
      get() {
        reads++
        throw new RangeError('boom')
      },
    })
    expect(issues(call('calculateContribution', input)).sort()).toEqual([
      ['enterpriseSize', 'ENTERPRISE_SIZE_REQUIRED'],
      ['jkkRiskClass', 'JKK_RISK_CLASS_REQUIRED'],
      ['period', 'PERIOD_INVALID'],
      ['wage', 'VALUE_UNREADABLE'],
    ])
    // the fast path may try once before the schema's single read
    expect(reads).toBeLessThanOrEqual(2)
  })

  it('a getter is read once by the schema path: validation and calculation see the same value', () => {
    let reads = 0
    const input = Object.defineProperty({ ...JKM }, 'contributionMonths', {
      enumerable: true,
      get() {
        reads++
        return reads === 1 ? 12 : -5
      },
    })
    const r = api.calculateJkmBenefit(input as never)
    expect(reads).toBe(1)
    expect(r.explanation.steps.length).toBeGreaterThan(0)
  })
})
