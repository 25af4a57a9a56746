/**
 * Size limits family (issue 13): a list of a million items is refused at once, with `TOO_MANY_ITEMS` and
 * `{ max, actual }` at the list's path (the catalogue holds the cases at limit + 1; its runner cannot copy a
 * million-item input). Before: `allocate` with 1,000,000 ratios took 7.3 s; `renderExplanation` with 100,000
 * steps 1.7 s.
 */
import { describe, expect, it } from 'vitest'
import {
  allocate,
  BpjsValidationError,
  calculateJkmBenefit,
  checkJkpClaim,
  determineHeirs,
  planCoverageProgram,
} from '../../src/index.js'
import { errorProblems, run } from './harness.js'

const MILLION = 1_000_000

function refusal(f: () => unknown) {
  const o = run(f, [])
  expect(errorProblems(o)).toEqual([])
  expect(o.kind).toBe('validation')
  const issue = (o as { error: BpjsValidationError }).error.issues[0]!
  return [issue.path.join('.'), issue.code, issue.params]
}

describe('Size limits: a million items are refused at once, naming the limit and the length', () => {
  it('allocate: 1,000,000 ratios (at most 10,000)', () => {
    expect(refusal(() => allocate(MILLION, new Array<number>(MILLION).fill(1)))).toEqual([
      'ratios',
      'TOO_MANY_ITEMS',
      { max: 10_000, actual: MILLION },
    ])
  })

  it('planCoverageProgram: 1,000,000 cohorts (at most 100)', () => {
    const ojek = { name: 'Ojek', workers: 1, category: 'BPU', declaredIncome: 1_000_000 } as const
    const cohorts = new Array<typeof ojek>(MILLION).fill(ojek)
    expect(
      refusal(() => planCoverageProgram({ startPeriod: '2025-06', months: 1, payer: 'apbd', cohorts })),
    ).toEqual(['cohorts', 'TOO_MANY_ITEMS', { max: 100, actual: MILLION }])
  })

  it('calculateJkmBenefit: 1,000,000 children (at most 20)', () => {
    const children = new Array<{ birthDate: string }>(MILLION).fill({ birthDate: '2015-01-01' })
    const r = run(
      () =>
        calculateJkmBenefit({
          dateOfDeath: '2024-05-10',
          category: 'PU',
          membershipStart: '2018-01-01',
          cause: 'natural',
          membershipActive: true,
          children,
        }),
      [],
    )
    expect(r.kind).toBe('validation')
    const issue = (r as { error: BpjsValidationError }).error.issues.find((i) => i.code === 'TOO_MANY_ITEMS')
    expect([issue?.path, issue?.params]).toEqual([['children'], { max: 20, actual: MILLION }])
  })

  it('determineHeirs: 1,000,000 family members (at most 100)', () => {
    const family = new Array<{ relation: 'child' }>(MILLION).fill({ relation: 'child' })
    expect(refusal(() => determineHeirs({ dateOfDeath: '2024-05-10', family }))).toEqual([
      'family',
      'TOO_MANY_ITEMS',
      { max: 100, actual: MILLION },
    ])
  })

  it('checkJkpClaim: 1,000,000 paid periods (at most 600)', () => {
    const paidPeriods = new Array<string>(MILLION).fill('2025-01')
    expect(refusal(() => checkJkpClaim({ layoffDate: '2025-05-15', paidPeriods }))).toEqual([
      'paidPeriods',
      'TOO_MANY_ITEMS',
      { max: 600, actual: MILLION },
    ])
  })
})
