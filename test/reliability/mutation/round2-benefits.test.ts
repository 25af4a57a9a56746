/**
 * Round 2 of the scholarship mutants (src/benefits/scholarship.ts). Every result here is computed INSIDE its
 * `it`: Stryker (coverageAnalysis perTest) activates a mutant in a `beforeAll` hook, so a result computed in
 * a `describe` body at collection time runs the original code and cannot kill anything.
 *
 * Law: Permenaker 1/2025 Pasal 103 (the child's conditions: under 23, unmarried, not working), PP 82/2019
 * (yearly amounts, two children), PP 44/2015 (one lump sum of Rp12,000,000, one child, deaths before
 * 2019-12-02), Permenaker 5/2021 and Permenaker 1/2025 Pasal 104 ayat (1) (yearly claim), decisions D5, D14.
 * Parameter citations (src/parameters/scholarship.ts): levels and bands [PP82, P5, D5]; ageLimit
 * [PP82, P5, Pasal 103 ayat (2), D5]; maxChildren [PP82, P5, Pasal 103, D5] (PP 44: [PP44, D5]); lumpSum
 * [PP44, D5]. A step lists its own citations first, then those of its parameters not yet cited.
 */
import { describe, expect, it } from 'vitest'
import { calculateJkmBenefit } from '../../../src/index.js'
import {
  type Child,
  type Jkm,
  P103,
  P103_2,
  P104_1,
  D5,
  D14,
  PP44_34,
  PP82,
  P5,
} from './scholarship-fixtures.js'

/** Pasal 103, then the citations of scholarship.ageLimit. */
const AT_DEATH = [P103, PP82, P5, P103_2, D5]

/** JKM, PU member since 2010-01-01: the contribution minimum (5 years PP 44, 3 years PP 82) is met. */
function jkm(dateOfDeath: string, children: Child[]): Jkm {
  return calculateJkmBenefit(
    {
      category: 'PU',
      membershipStart: '2010-01-01',
      cause: 'natural',
      membershipActive: true,
      employerArrearsMonths: 0,
      dateOfDeath,
      children,
    },
    { locale: 'en' },
  )
}

const steps = (r: Jkm, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
const child = (r: Jkm, i: number) => r.scholarship.children[i]!

describe('a child is excluded by a condition that starts on the date of death (Pasal 103, yearly scheme)', () => {
  // Death 2024-03-10 (PP 82/2019; before 2025-02-24 no kind of work keeps the scholarship).
  it.each([
    [
      'married on the date of death',
      { birthDate: '2010-01-01', marriedOn: '2024-03-10' },
      'CHILD_MARRIED',
      'The child married (2024-03-10) before the participant died: no scholarship.',
    ],
    [
      'working from the date of death',
      { birthDate: '2003-01-01', work: { from: '2024-03-10', kind: 'other' as const } },
      'CHILD_WORKING',
      'The child has worked since 2024-03-10: no scholarship.',
    ],
  ])('%s: not chosen, one not-met reason', (_, c, code, message) => {
    const r = jkm('2024-03-10', [c])
    expect(child(r, 0)).toMatchObject({ selected: false, payments: [], total: 0 })
    // Every exclusion at the death cites Pasal 103 and the age-limit parameter (read only in the yearly scheme).
    expect(child(r, 0).reasons).toEqual([{ code, kind: 'not-met', message, legal: AT_DEATH }])
    expect(r.scholarship.eligible).toBe(false)
  })

  it('aged 23 on the date of death: CHILD_OVER_AGE_LIMIT cites Pasal 103 and the age-limit parameter', () => {
    // Born 2001-03-10: 23 on 2024-03-10, not under the limit 23.
    const r = jkm('2024-03-10', [{ birthDate: '2001-03-10' }])
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_OVER_AGE_LIMIT',
        kind: 'not-met',
        message: 'The child was 23 on the date of death (limit 23): no scholarship.',
        legal: AT_DEATH,
      },
    ])
  })
})

describe('the result and the explanation of the yearly scheme (death 2024-03-10)', () => {
  it('a name given is kept; an unnamed child has no name key', () => {
    const r = jkm('2024-03-10', [{ birthDate: '2015-05-01', name: 'Budi' }, { birthDate: '2016-05-01' }])
    expect(child(r, 0)).toMatchObject({ index: 0, name: 'Budi', selected: true })
    expect('name' in child(r, 1)).toBe(false)
  })

  it('the yearly-claim note is given when one child of two is chosen (the other is over age)', () => {
    // Child 0 born 1990: 34 at the death, excluded; child 1 born 2015: chosen.
    const r = jkm('2024-03-10', [{ birthDate: '1990-01-01' }, { birthDate: '2015-05-01' }])
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([false, true])
    expect(r.scholarship.reasons.filter((x) => x.kind !== 'met')).toEqual([
      {
        code: 'SCHOLARSHIP_YEARLY_CLAIM',
        kind: 'note',
        message:
          'The scholarship is paid per school year on a yearly claim with proof of schooling; this schedule projects the child’s entitlement.',
        legal: [P5, P104_1],
      },
    ])
  })

  it('steps: maximum (mode, maxChildren, levels, bands), children (+ ageLimit), one per chosen child', () => {
    const r = jkm('2024-03-10', [
      { birthDate: '2002-01-15', schooling: [{ level: 'PT', startYear: 2022 }] },
      { birthDate: '2015-05-01' },
    ])
    expect(steps(r, 'scholarship.maximum').map((s) => s.parameters.map((p) => p.id))).toEqual([
      ['scholarship.mode', 'scholarship.maxChildren', 'scholarship.levels', 'scholarship.bands'],
    ])
    const [choice] = steps(r, 'scholarship.children')
    expect(choice?.parameters.map((p) => p.id)).toEqual(['scholarship.maxChildren', 'scholarship.ageLimit'])
    // Own [Pasal 103, D14], then maxChildren adds PP82, P5, D5, then ageLimit adds Pasal 103 ayat (2).
    expect(choice?.legal).toEqual([P103, D14, PP82, P5, D5, P103_2])
    const each = steps(r, 'scholarship.child')
    // The schooling given is echoed as "level startYear"; none given is an empty list.
    expect(each.map((s) => s.inputs)).toEqual([
      { birthDate: '2002-01-15', schooling: ['PT 2022'] },
      { birthDate: '2015-05-01', schooling: [] },
    ])
    // levels.legal [PP82, P5, D5] then D5 (already cited).
    expect(each.map((s) => s.legal)).toEqual([
      [PP82, P5, D5],
      [PP82, P5, D5],
    ])
  })
})

describe('the lump sum of PP 44/2015 (death 2018-05-10)', () => {
  it('steps read the lump sum, no yearly parameter and no age limit; no yearly-claim note', () => {
    const r = jkm('2018-05-10', [{ birthDate: '2010-01-01' }])
    expect(steps(r, 'scholarship.maximum').map((s) => s.parameters.map((p) => p.id))).toEqual([
      ['scholarship.mode', 'scholarship.maxChildren', 'scholarship.lumpSum'],
    ])
    const [choice] = steps(r, 'scholarship.children')
    expect(choice?.parameters.map((p) => p.id)).toEqual(['scholarship.maxChildren'])
    // Own [Pasal 103, D14], then maxChildren (PP 44 span) adds PP44, D5.
    expect(choice?.legal).toEqual([P103, D14, PP44_34, D5])
    const each = steps(r, 'scholarship.child')
    expect(each.map((s) => [s.inputs, s.legal])).toEqual([
      [{ birthDate: '2010-01-01', schooling: [] }, [PP44_34, D5]],
    ])
    // One child, one payment of Rp12,000,000 (PP 44/2015).
    expect(r.scholarship.total).toBe(12_000_000)
    expect(r.scholarship.reasons.map((x) => x.code)).not.toContain('SCHOLARSHIP_YEARLY_CLAIM')
  })
})
