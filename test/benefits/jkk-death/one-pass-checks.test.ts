/**
 * The JKK death input is checked in one pass (src/schemas/one-pass.ts): the schema's problems and the
 * cross-field checks of the death (the membership not after the death, decisions on the dates) are reported
 * together in one BpjsValidationError, so a caller fixes them all at once. The cross-field checks read the
 * law of the event date, so they are made only when both dates are inside the library's coverage
 * (2015-07-01 to the horizon 2036-12-31); outside, the date itself is refused.
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateJkkDeathBenefit,
  type JkkDeathBenefitInput,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
const base = {
  category: 'PU',
  cause: 'work-accident',
  membershipActive: true,
  monthlyWage: 5_000_000,
} as const satisfies Partial<JkkDeathBenefitInput>

function thrown(input: object, options: object = EN): unknown {
  try {
    calculateJkkDeathBenefit({ ...base, ...input } as JkkDeathBenefitInput, options)
  } catch (e) {
    return e
  }
  return undefined
}
const issues = (e: unknown) => {
  expect(e).toBeInstanceOf(BpjsValidationError)
  return (e as BpjsValidationError).issues.map((i) => [i.path, i.code, i.message])
}

const TOO_SMALL = [['employerArrearsMonths'], 'TOO_SMALL', 'Too small: at least 0.']
const AFTER_DEATH = [
  ['membershipStart'],
  'MEMBERSHIP_AFTER_DEATH',
  'The membership start 2024-04-01 is after the date of death 2024-03-01.',
]

describe('a schema problem and a cross-field problem together', () => {
  it('no accident date (the event is the death): both issues in one error', () => {
    const e = thrown({ dateOfDeath: '2024-03-01', membershipStart: '2024-04-01', employerArrearsMonths: -1 })
    expect(issues(e)).toEqual([TOO_SMALL, AFTER_DEATH])
    expect((e as BpjsValidationError).message).toBe(
      'Invalid input (2 problem(s)): employerArrearsMonths: Too small: at least 0.',
    )
  })

  it('an accident date before the death: both issues in one error', () => {
    const e = thrown({
      dateOfDeath: '2024-03-01',
      dateOfAccident: '2024-02-01',
      membershipStart: '2024-04-01',
      employerArrearsMonths: -1,
    })
    expect(issues(e)).toEqual([TOO_SMALL, AFTER_DEATH])
  })

  it('an accident after the death and a schema problem: both, the accident order at dateOfAccident', () => {
    const e = thrown({ dateOfDeath: '2024-03-01', dateOfAccident: '2024-03-02', employerArrearsMonths: -1 })
    expect(issues(e)).toEqual([
      TOO_SMALL,
      [
        ['dateOfAccident'],
        'ACCIDENT_AFTER_DEATH',
        'The work accident date 2024-03-02 is after the date of death 2024-03-01.',
      ],
    ])
  })
})

describe('outside the coverage the cross-field checks are not made: the date is refused', () => {
  it('an accident on 2015-06-30 (the day before 2015-07-01), the death inside: only the schema problem', () => {
    const e = thrown({
      dateOfDeath: '2024-03-01',
      dateOfAccident: '2015-06-30',
      membershipStart: '2024-04-01',
      employerArrearsMonths: -1,
    })
    expect(issues(e)).toEqual([TOO_SMALL])
  })

  it('the same accident with no schema problem: refused on dateOfAccident (DATE_BEFORE_COVERAGE)', () => {
    const e = thrown({
      dateOfDeath: '2024-03-01',
      dateOfAccident: '2015-06-30',
      membershipStart: '2024-04-01',
    })
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect([(e as BpjsRuleError).code, (e as BpjsRuleError).path]).toEqual([
      'DATE_BEFORE_COVERAGE',
      ['dateOfAccident'],
    ])
  })

  it('a death on 2037-01-05, past the horizon 2036-12-31, after an accident inside: refused on the death date', () => {
    const e = thrown({
      dateOfDeath: '2037-01-05',
      dateOfAccident: '2036-12-20',
      membershipStart: '2037-01-10',
    })
    expect(e).toBeInstanceOf(BpjsRuleError)
    const r = e as BpjsRuleError
    expect([r.code, r.path, r.message]).toEqual([
      'DATE_AFTER_COVERAGE',
      ['dateOfDeath'],
      'The date 2037-01-05 is past this library’s projection horizon (2036-12-31). Its legal data was last verified on 2026-11-24.',
    ])
  })

  it('a death on the horizon 2036-12-31 is checked: the membership after it is a validation issue', () => {
    const e = thrown({
      dateOfDeath: '2036-12-31',
      dateOfAccident: '2036-12-20',
      membershipStart: '2037-01-10',
    })
    expect(issues(e)).toEqual([
      [
        ['membershipStart'],
        'MEMBERSHIP_AFTER_DEATH',
        'The membership start 2037-01-10 is after the date of death 2036-12-31.',
      ],
    ])
  })
})
