/**
 * The death-benefit scholarship (src/benefits/scholarship.ts), worked out by hand from regulations.md §6
 * (PP 44/2015 lump sum, PP 82/2019 yearly amounts, Permenaker 5/2021, Permenaker 1/2025 Pasal 103) and
 * decisions D5 and D14. Written to kill the mutants that survived the Stryker run: every reason, step and
 * warning the scholarship publishes is asserted in full (code, kind, message, legal, path).
 *
 * Parameters used (src/parameters/scholarship.ts): yearly per child TK 1.5M × 2, SD 1.5M × 6, SMP 2M × 3,
 * SMA 3M × 3, PT 12M × 5 years, TK+SD together at most 8 years; age limit 23 (a school year is paid while
 * the child is under 23 on the later of 1 July and the date of death); school year Y runs 1 July Y – 30 June
 * Y+1; payable from 2021-04-01 (D5 backlog); assumed entry TK at 4, SD at 6; two children (PP 82/2019), one
 * lump sum of 12M (PP 44/2015, deaths before 2019-12-02).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { maximumPerChild, schoolYearOf, schoolYearStart } from '../../../src/benefits/scholarship.js'
import { calculateJkkDeathBenefit, calculateJkmBenefit } from '../../../src/index.js'
import {
  type Child,
  type Jkm,
  P103,
  P103_2,
  P103_3A,
  D5,
  D14,
  PP44_34,
  PP82,
  P5,
  P104_1,
} from './scholarship-fixtures.js'
import type { ParameterOverrides } from '../../../src/parameters/types.js'

/** scholarship.ageLimit cites PP 82/2019, Permenaker 5/2021, Permenaker 1/2025 Pasal 103 (2) and D5. */
const AGE_LIMIT_LEGAL = [PP82, P5, P103_2, D5]

const BASE = {
  category: 'PU' as const,
  membershipStart: '2010-01-01',
  cause: 'natural' as const,
  membershipActive: true,
  employerArrearsMonths: 0,
}

function jkm(
  dateOfDeath: string,
  children?: Child[],
  extra: object = {},
  parameters?: ParameterOverrides,
): Jkm {
  return calculateJkmBenefit(
    { ...BASE, dateOfDeath, ...extra, ...(children === undefined ? {} : { children }) },
    { locale: 'en', ...(parameters === undefined ? {} : { parameters }) },
  )
}

const steps = (r: Jkm, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
const paramIds = (r: Jkm, rule: string) => steps(r, rule).map((s) => s.parameters.map((p) => p.id))
const codes = (xs: readonly { code: string }[]) => xs.map((x) => x.code)
const child = (r: Jkm, i: number) => r.scholarship.children[i]!
const reasonOf = (xs: readonly { code: string }[], code: string) => xs.filter((x) => x.code === code)
const pay = (r: Jkm, i: number) => child(r, i).payments.map((p) => `${p.year} ${p.level} ${p.source}`)

describe('helpers', () => {
  it('maximumPerChild fills a band with its dearest levels first', () => {
    // Band of three levels limited to 4 years: C 3 × 3M + B 1 × 2M = 11M (A gets no year); D outside the
    // band: 1 × 5M. Total 16M. In the input order it would be A 3 × 1M + B 1 × 2M = 5M + 5M = 10M.
    const levels = [
      { level: 'TK' as const, amount: '1000000', maxYears: 3 },
      { level: 'SD' as const, amount: '2000000', maxYears: 3 },
      { level: 'SMP' as const, amount: '3000000', maxYears: 3 },
      { level: 'PT' as const, amount: '5000000', maxYears: 1 },
    ]
    expect(maximumPerChild(levels, [{ levels: ['TK', 'SD', 'SMP'], maxYears: 4 }])).toBe(16_000_000)
    // PP 82/2019 table: 2 × 1.5M + 6 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 87M.
    expect(
      maximumPerChild(
        [
          { level: 'TK', amount: '1500000', maxYears: 2 },
          { level: 'SD', amount: '1500000', maxYears: 6 },
          { level: 'SMP', amount: '2000000', maxYears: 3 },
          { level: 'SMA', amount: '3000000', maxYears: 3 },
          { level: 'PT', amount: '12000000', maxYears: 5 },
        ],
        [{ levels: ['TK', 'SD'], maxYears: 8 }],
      ),
    ).toBe(87_000_000)
  })

  it('schoolYearStart pads one-digit months only; schoolYearOf splits at the start month', () => {
    expect([schoolYearStart(2024, 7), schoolYearStart(2024, 9), schoolYearStart(2024, 10)]).toEqual([
      '2024-07-01',
      '2024-09-01',
      '2024-10-01',
    ])
    expect([schoolYearOf('2024-06-30', 7), schoolYearOf('2024-07-01', 7)]).toEqual([2023, 2024])
  })
})

describe('participant-level checks', () => {
  it('an excluded scholarship gives one not-met reason and nothing else (D2 short BPU membership)', () => {
    // BPU death 2025-06-10 after 1 month of membership: limited benefit, no scholarship (D2).
    const r = jkm('2025-06-10', [{ birthDate: '2015-01-01' }], {
      category: 'BPU',
      membershipStart: '2025-05-01',
      paidThrough: '2025-06',
    })
    expect(r.scholarship.reasons.map((x) => [x.code, x.kind])).toEqual([
      ['SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP', 'not-met'],
    ])
    expect([r.scholarship.eligible, r.scholarship.children, r.scholarship.total]).toEqual([false, [], 0])
  })

  it('JKM: the 3-year minimum (36 months) is met by 36 given months; the step records the inputs', () => {
    const r = jkm('2024-03-10', [{ birthDate: '2015-01-01' }], { contributionMonths: 36 })
    expect(reasonOf(r.scholarship.reasons, 'SCHOLARSHIP_CONTRIBUTION_MET')).toHaveLength(1)
    // Months were given: no CONTRIBUTION_MONTHS_DERIVED warning.
    expect(codes(r.warnings)).not.toContain('CONTRIBUTION_MONTHS_DERIVED')
    const [step] = steps(r, 'scholarship.minContribution')
    expect(step?.inputs).toEqual({ contributionMonths: 36, derived: false })
    expect(step?.parameters.map((p) => p.id)).toEqual(['scholarship.jkm.minContributionYears'])
    expect(step?.value).toBe(true)
  })

  it('JKK: no minimum contribution period (0 years), so no contribution reason and no step', () => {
    const r = calculateJkkDeathBenefit(
      {
        ...BASE,
        cause: 'work-accident',
        dateOfDeath: '2024-03-10',
        monthlyWage: 5_000_000,
        children: [{ birthDate: '2015-01-01' }],
      },
      { locale: 'en' },
    )
    expect(codes(r.scholarship.reasons)).toEqual(['SCHOLARSHIP_YEARLY_CLAIM'])
    expect(r.explanation.steps.map((s) => s.rule)).not.toContain('scholarship.minContribution')
    expect(r.scholarship.eligible).toBe(true)
  })

  it('children not given: a MISSING_FACT reason (Pasal 103); an empty list: SCHOLARSHIP_NO_CHILDREN', () => {
    const none = jkm('2024-03-10')
    expect(reasonOf(none.scholarship.reasons, 'MISSING_FACT')).toEqual([
      {
        code: 'MISSING_FACT',
        kind: 'missing',
        message: 'Not given: the participant’s children (field children). The library does not assume it.',
        legal: [P103],
        path: ['children'],
      },
    ])
    const empty = jkm('2024-03-10', [])
    expect(empty.scholarship.reasons.filter((x) => x.kind !== 'met')).toEqual([
      {
        code: 'SCHOLARSHIP_NO_CHILDREN',
        kind: 'not-met',
        message: 'No child is listed: no scholarship.',
        legal: [P103],
        path: ['children'],
      },
    ])
    expect(empty.scholarship.eligible).toBe(false)
  })
})

describe('children at the date of death (yearly scheme, death 2024-03-10)', () => {
  // 0: turns 23 on the date of death; 1: married on the date of death; 2: works from the date of death
  // (before 2025-02-24 any work ends it); 3: 22, at university since 2022; 4: 8 years old.
  // built in beforeEach, not at collection time: Stryker switches a mutant on only once the tests run
  let r: ReturnType<typeof jkm>
  beforeEach(() => {
    r = jkm('2024-03-10', [
      { birthDate: '2001-03-10' },
      { birthDate: '2003-01-01', marriedOn: '2024-03-10' },
      { birthDate: '2003-01-01', work: { from: '2024-03-10', kind: 'other' } },
      { birthDate: '2002-01-15', name: 'Budi', schooling: [{ level: 'PT', startYear: 2022 }] },
      { birthDate: '2015-05-01' },
    ])
  })

  it('age, marriage and work on the date of death exclude the child (Pasal 103)', () => {
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_OVER_AGE_LIMIT',
        kind: 'not-met',
        message: 'The child was 23 on the date of death (limit 23): no scholarship.',
        legal: [P103, ...AGE_LIMIT_LEGAL],
      },
    ])
    expect(child(r, 1).reasons.map((x) => [x.code, x.message])).toEqual([
      ['CHILD_MARRIED', 'The child married (2024-03-10) before the participant died: no scholarship.'],
    ])
    expect(child(r, 2).reasons.map((x) => [x.code, x.message])).toEqual([
      ['CHILD_WORKING', 'The child has worked since 2024-03-10: no scholarship.'],
    ])
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([false, false, false, true, true])
  })

  it('names are kept, unnamed children carry only their index', () => {
    expect(child(r, 3)).toMatchObject({ index: 3, name: 'Budi', basis: 'schooling' })
    expect(Object.keys(child(r, 4)).sort()).toEqual([
      'basis',
      'index',
      'payments',
      'reasons',
      'selected',
      'total',
    ])
    expect(child(r, 4).index).toBe(4)
  })

  it('the student at university is paid 2023 and 2024, then turns 23 (2025-01-15) before 2025/2026', () => {
    // 2023: later of 2023-07-01 and the death = 2024-03-10, age 22; 2024: 2024-07-01, age 22; 2025: 23.
    expect(child(r, 3).payments.map((p) => [p.year, p.level, p.amount, p.payableFrom, p.source])).toEqual([
      [2023, 'PT', 12_000_000, '2024-03-10', 'schooling'],
      [2024, 'PT', 12_000_000, '2024-07-01', 'schooling'],
    ])
    // PT is the last level: nothing is projected after it.
    expect(child(r, 3).reasons).toEqual([
      {
        code: 'CHILD_SCHOLARSHIP_ENDS_AGE',
        kind: 'note',
        message:
          'The child turns 23 on 2025-01-15: the scholarship ends; school year 2025 and later are not paid.',
        legal: [P103],
      },
    ])
  })

  it('the scholarship reasons: one yearly-claim note, no backlog (death after 2021-04-01), no "none eligible"', () => {
    expect(r.scholarship.reasons.filter((x) => x.kind !== 'met')).toEqual([
      {
        code: 'SCHOLARSHIP_YEARLY_CLAIM',
        kind: 'note',
        message:
          'The scholarship is paid per school year on a yearly claim with proof of schooling; this schedule projects the child’s entitlement.',
        legal: [P5, { source: 'PERMENAKER-1-2025', article: 'Pasal 104 ayat (1)' }],
      },
    ])
    expect(r.scholarship.eligible).toBe(true)
  })

  it('the steps: maximum (yearly parameters), choice of children, one schedule per chosen child', () => {
    expect(paramIds(r, 'scholarship.maximum')).toEqual([
      ['scholarship.mode', 'scholarship.maxChildren', 'scholarship.levels', 'scholarship.bands'],
    ])
    const [choice] = steps(r, 'scholarship.children')
    expect(choice?.inputs).toEqual({ registeredHeirsMarked: false })
    expect(choice?.parameters.map((p) => p.id)).toEqual(['scholarship.maxChildren', 'scholarship.ageLimit'])
    // Its own citations first (Pasal 103, D14), then those of its parameters not yet cited.
    expect(choice?.legal).toEqual([P103, D14, PP82, P5, D5, P103_2])
    expect(choice?.value).toEqual([3, 4])
    const each = steps(r, 'scholarship.child')
    expect(each.map((s) => s.inputs)).toEqual([
      { birthDate: '2002-01-15', schooling: ['PT 2022'] },
      { birthDate: '2015-05-01', schooling: [] },
    ])
    // scholarship.levels cites PP 82/2019, Permenaker 5/2021 and D5 (D5 is not repeated).
    expect(each.map((s) => s.legal)).toEqual([
      [PP82, P5, D5],
      [PP82, P5, D5],
    ])
    expect(each[0]?.value).toEqual([
      '2023/2024 PT 12000000 (2024-03-10)',
      '2024/2025 PT 12000000 (2024-07-01)',
    ])
    // the fourth child given (children[3]) is "child 4" to a reader
    expect(each[0]?.description).toBe(
      'Scholarship schedule of child 4 (by the school levels given): 2 payment(s), total Rp24.000.000.',
    )
  })
})

describe('when no child can receive it', () => {
  it('every child excluded: SCHOLARSHIP_NO_ELIGIBLE_CHILD and no yearly-claim note', () => {
    const r = jkm('2024-03-10', [{ birthDate: '1990-01-01' }])
    expect(r.scholarship.reasons.filter((x) => x.kind !== 'met')).toEqual([
      {
        code: 'SCHOLARSHIP_NO_ELIGIBLE_CHILD',
        kind: 'not-met',
        message: 'No child meets the conditions for the scholarship.',
        legal: [P103],
      },
    ])
    expect([r.scholarship.eligible, r.scholarship.total]).toEqual([false, 0])
  })
})

describe('choice of children (decisions D14)', () => {
  it('registered heirs first: unmarked and false-marked children are not chosen', () => {
    const r = jkm('2024-03-10', [
      { birthDate: '2015-01-01', registeredHeir: true },
      { birthDate: '2016-01-01' },
      { birthDate: '2017-01-01', registeredHeir: false },
    ])
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([true, false, false])
    expect(child(r, 1).reasons).toEqual([
      {
        code: 'CHILD_NOT_REGISTERED_HEIR',
        kind: 'not-met',
        message: 'The participant did not register this child as an heir for the scholarship.',
        legal: [P103, D14],
        path: ['children', 1, 'registeredHeir'],
      },
    ])
    expect(codes(child(r, 2).reasons)).toEqual(['CHILD_NOT_REGISTERED_HEIR'])
    expect(steps(r, 'scholarship.children')[0]?.inputs).toEqual({ registeredHeirsMarked: true })
  })

  it('more registered heirs than places: a warning, the first two in input order', () => {
    const r = jkm('2024-03-10', [
      { birthDate: '2015-01-01', registeredHeir: true },
      { birthDate: '2016-01-01', registeredHeir: true },
      { birthDate: '2017-01-01', registeredHeir: true },
    ])
    expect(
      r.warnings.filter((w) => w.code === 'SCHOLARSHIP_MORE_REGISTERED_THAN_MAX').map((w) => w.message),
    ).toEqual([
      '3 children are marked as registered heirs, more than 2: the first ones in input order are chosen.',
    ])
    expect(steps(r, 'scholarship.selection')).toEqual([])
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([true, true, false])
    // Only the third gets CHILD_NOT_SELECTED; the chosen ones get none.
    expect(child(r, 2).reasons).toEqual([
      {
        code: 'CHILD_NOT_SELECTED',
        kind: 'not-met',
        message: 'The scholarship goes to at most 2 children: this child is not one of them.',
        legal: [P103, D14],
      },
    ])
    expect(codes(child(r, 0).reasons)).not.toContain('CHILD_NOT_SELECTED')
    expect(codes(child(r, 1).reasons)).not.toContain('CHILD_NOT_SELECTED')
  })

  it('none marked: the input-order fallback step (low confidence, D14)', () => {
    const r = jkm('2024-03-10', [
      { birthDate: '2015-01-01' },
      { birthDate: '2016-01-01' },
      { birthDate: '2017-01-01' },
    ])
    const [sel] = steps(r, 'scholarship.selection')
    expect(sel?.parameters.map((p) => p.id)).toEqual(['scholarship.selectionFallback'])
    // D14 (its own) then the fallback's citations (Pasal 103 ayat (2), D14 already cited).
    expect(sel?.legal).toEqual([D14, P103_2])
    expect(sel?.value).toEqual([0, 1])
  })
})

describe('PP 44/2015 lump sum (death 2018-03-10, school year 2017)', () => {
  it('one child receives Rp12,000,000 once; its level is the latest schooling started by 2017', () => {
    // Schooling given out of order: sorted SD 2011, SMP 2017; 2017 ≤ 2017 so the level is SMP.
    const r = jkm('2018-03-10', [
      {
        birthDate: '2005-01-01',
        schooling: [
          { level: 'SMP', startYear: 2017 },
          { level: 'SD', startYear: 2011 },
        ],
      },
      { birthDate: '1990-01-01' },
    ])
    expect(child(r, 0).payments).toEqual([
      {
        year: 2017,
        schoolYear: '2017/2018',
        level: 'SMP',
        amount: 12_000_000,
        payableFrom: '2018-03-10',
        backlog: false,
        source: 'lump-sum',
      },
    ])
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'SCHOLARSHIP_LUMP_SUM_PER_PARTICIPANT',
        kind: 'note',
        message: 'Under PP 44/2015 the scholarship is paid once, Rp12.000.000 per participant.',
        legal: [PP44_34, D5],
      },
    ])
    // PP 44/2015 sets no condition on the child: the 28-year-old is eligible, only not chosen (one place).
    expect(codes(child(r, 1).reasons)).toEqual(['CHILD_NOT_SELECTED'])
    expect([r.scholarship.maximum, r.scholarship.total, child(r, 0).basis]).toEqual([
      12_000_000,
      12_000_000,
      null,
    ])
    expect(paramIds(r, 'scholarship.maximum')).toEqual([
      ['scholarship.mode', 'scholarship.maxChildren', 'scholarship.lumpSum'],
    ])
    const [step] = steps(r, 'scholarship.child')
    expect(step?.legal).toEqual([PP44_34, D5])
    expect(step?.inputs).toEqual({ birthDate: '2005-01-01', schooling: ['SMP 2017', 'SD 2011'] })
    expect(step?.value).toEqual(['2017/2018 SMP 12000000 (2018-03-10)'])
    expect(step?.description).toBe('Scholarship of child 1 (lump sum): 1 payment(s), total Rp12.000.000.')
    // No yearly claim and no backlog under PP 44/2015.
    expect(r.scholarship.reasons.filter((x) => x.kind !== 'met')).toEqual([])
  })

  it('a level started after 2017 does not count; no schooling gives no level', () => {
    const later = jkm('2018-03-10', [
      {
        birthDate: '2005-01-01',
        schooling: [
          { level: 'SD', startYear: 2011 },
          { level: 'SMP', startYear: 2018 },
        ],
      },
    ])
    expect(child(later, 0).payments[0]?.level).toBe('SD')
    const none = jkm('2018-03-10', [{ birthDate: '1990-01-01' }])
    expect(child(none, 0).payments[0]?.level).toBeNull()
    expect(steps(none, 'scholarship.child')[0]?.value).toEqual(['2017/2018 - 12000000 (2018-03-10)'])
  })
})

describe('yearly schedules', () => {
  it('from the age of a newborn: TK at 4 (2027), SD at 6 (2029), then every level: the 87M maximum', () => {
    // Born 2023-01-15: 4 on 2027-07-01, 6 on 2029-07-01. TK 2027–28, SD 2029–34, SMP 2035–37, SMA
    // 2038–40, PT 2041–45 (22 on 2045-07-01). 3M + 9M + 6M + 9M + 60M = 87M.
    const r = jkm('2024-03-10', [{ birthDate: '2023-01-15' }, { birthDate: '2023-01-15', schooling: [] }])
    for (const i of [0, 1]) {
      expect(child(r, i).basis).toBe('age')
      expect(child(r, i).total).toBe(87_000_000)
      expect(pay(r, i).slice(0, 3)).toEqual(['2027 TK assumed', '2028 TK assumed', '2029 SD assumed'])
      expect(child(r, i).payments).toHaveLength(19)
      expect(child(r, i).reasons).toEqual([
        {
          code: 'CHILD_SCHEDULE_FROM_AGE',
          kind: 'note',
          message:
            'No schooling given: the schedule follows the child’s age (TK at 4, SD at 6, then each level for its most years), the largest schedule possible.',
          legal: [P5, D5],
          path: ['children', i, 'schooling'],
        },
      ])
    }
  })

  it('from the schooling (given out of order), projected after the last level given', () => {
    // Born 2012-02-01; SD 2019 (to 2025, when SMP starts), SMP 2025–27 given; SMA 2028–30, PT 2031–34
    // projected; 23 on 2035-02-01, so 2035/2036 is not paid.
    const r = jkm('2024-03-10', [
      {
        birthDate: '2012-02-01',
        schooling: [
          { level: 'SMP', startYear: 2025 },
          { level: 'SD', startYear: 2019 },
        ],
      },
    ])
    expect(pay(r, 0)).toEqual([
      '2023 SD schooling',
      '2024 SD schooling',
      '2025 SMP schooling',
      '2026 SMP schooling',
      '2027 SMP schooling',
      '2028 SMA assumed',
      '2029 SMA assumed',
      '2030 SMA assumed',
      '2031 PT assumed',
      '2032 PT assumed',
      '2033 PT assumed',
      '2034 PT assumed',
    ])
    expect(child(r, 0).total).toBe(2 * 1_500_000 + 3 * 2_000_000 + 3 * 3_000_000 + 4 * 12_000_000)
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_SCHEDULE_PROJECTED',
        kind: 'note',
        message:
          'From school year 2028 the schedule is projected through the levels after the last level given.',
        legal: [],
        path: ['children', 0, 'schooling'],
      },
      {
        code: 'CHILD_SCHOLARSHIP_ENDS_AGE',
        kind: 'note',
        message:
          'The child turns 23 on 2035-02-01: the scholarship ends; school year 2035 and later are not paid.',
        legal: [P103],
      },
    ])
    expect(codes(r.warnings)).not.toContain('SCHOLARSHIP_SCHEDULE_ASSUMED')
  })

  it('schooling that starts after the school year of death is noted; starting in it is not', () => {
    const r = jkm('2024-03-10', [
      { birthDate: '2020-05-01', schooling: [{ level: 'TK', startYear: 2025 }] },
      { birthDate: '2019-05-01', schooling: [{ level: 'TK', startYear: 2023 }] },
    ])
    expect(child(r, 0).reasons[0]).toEqual({
      code: 'CHILD_SCHOOLING_STARTS_LATER',
      kind: 'note',
      message:
        'The schooling given starts in school year 2025: school years 2023 up to then are not scheduled.',
      legal: [],
      path: ['children', 0, 'schooling'],
    })
    // TK 2025–26 given, SD 2027–32, SMP 2033–35, SMA 2036–38, PT 2039–42 projected; 23 on 2043-05-01, so
    // the fifth PT year (2043) is not paid. The second child (TK 2023) ends PT in 2041, at 22.
    expect(pay(r, 0).slice(0, 3)).toEqual(['2025 TK schooling', '2026 TK schooling', '2027 SD assumed'])
    expect(codes(child(r, 0).reasons)).toEqual([
      'CHILD_SCHOOLING_STARTS_LATER',
      'CHILD_SCHEDULE_PROJECTED',
      'CHILD_SCHOLARSHIP_ENDS_AGE',
    ])
    expect(codes(child(r, 1).reasons)).toEqual(['CHILD_SCHEDULE_PROJECTED'])
    expect(pay(r, 1)[0]).toBe('2023 TK schooling')
  })

  it('a level cut short by the next one: SD 2016–19, SMP from 2020; D5 backlog before 2021-04-01', () => {
    // Death 2020-03-10 (school year 2019). Child 0: SD 2019 (its 4th year), SMP 2020–22, SMA 2023–25,
    // PT 2026–30. 2019 and 2020 fall due before 2021-04-01: paid from then (backlog). Child 1, born
    // 2019-12-20, starts TK in 2024: no backlog.
    const r = jkm('2020-03-10', [
      {
        birthDate: '2010-01-01',
        schooling: [
          { level: 'SD', startYear: 2016 },
          { level: 'SMP', startYear: 2020 },
        ],
      },
      { birthDate: '2019-12-20' },
    ])
    expect(
      child(r, 0)
        .payments.slice(0, 4)
        .map((p) => [p.year, p.level, p.payableFrom, p.backlog]),
    ).toEqual([
      [2019, 'SD', '2021-04-01', true],
      [2020, 'SMP', '2021-04-01', true],
      [2021, 'SMP', '2021-07-01', false],
      [2022, 'SMP', '2022-07-01', false],
    ])
    expect(child(r, 0).total).toBe(1_500_000 + 3 * 2_000_000 + 3 * 3_000_000 + 5 * 12_000_000)
    expect(child(r, 1).payments.some((p) => p.backlog)).toBe(false)
    expect(pay(r, 1)[0]).toBe('2024 TK assumed')
    expect(reasonOf(r.scholarship.reasons, 'SCHOLARSHIP_BACKLOG')).toEqual([
      {
        code: 'SCHOLARSHIP_BACKLOG',
        kind: 'note',
        message:
          'PP 82/2019 scholarships are payable only from 2021-04-01: payments for earlier school years are paid from that date.',
        legal: [P5, D5],
      },
    ])
  })
})

describe('work and marriage after the death (Permenaker 1/2025 Pasal 103 ayat (3a), D14)', () => {
  // Death 2025-06-10 (school year 2024); each child at university since 2024, born 2006-01-01 (23 on
  // 2029-01-01: PT 2024–28 is paid in full).
  const uni = (extra: Partial<Child>): Child => ({
    birthDate: '2006-01-01',
    schooling: [{ level: 'PT', startYear: 2024 }],
    ...extra,
  })

  it('PU work of at most 6 consecutive months keeps it (noted once); 7 months, or other work, end it', () => {
    const r = jkm('2025-06-10', [
      uni({ work: { from: '2025-01-01', kind: 'PU', consecutiveMonths: 6 } }),
      uni({ work: { from: '2025-01-01', kind: 'PU', consecutiveMonths: 7 } }),
    ])
    expect(child(r, 0).total).toBe(5 * 12_000_000)
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_WORK_EXCEPTION',
        kind: 'note',
        message:
          'The child’s work (PU) does not end the scholarship under Permenaker 1/2025 Pasal 103 ayat (3a).',
        legal: [P103_3A, D14],
      },
    ])
    expect(codes(child(r, 1).reasons)).toEqual(['CHILD_WORKING'])
    const other = jkm('2025-06-10', [
      uni({ work: { from: '2025-01-01', kind: 'other', consecutiveMonths: 3 } }),
      uni({ work: { from: '2025-01-01', kind: 'BPU' } }),
    ])
    expect(codes(child(other, 0).reasons)).toEqual(['CHILD_WORKING'])
    expect(child(other, 1).total).toBe(5 * 12_000_000)
    expect(codes(child(other, 1).reasons)).toEqual(['CHILD_WORK_EXCEPTION'])
  })

  it('work that starts later ends it from the first school year that starts after it', () => {
    // Work from 2026-03-01: 2024 (2025-06-10) and 2025 (2025-07-01) are paid, 2026 (2026-07-01) is not.
    const r = jkm('2025-06-10', [uni({ work: { from: '2026-03-01', kind: 'other' } })])
    expect(pay(r, 0)).toEqual(['2024 PT schooling', '2025 PT schooling'])
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_SCHOLARSHIP_ENDS_WORK',
        kind: 'note',
        message:
          'The child has worked since 2026-03-01: the scholarship ends; school year 2026 and later are not paid.',
        legal: [P103],
      },
    ])
  })

  it('marriage on the first day of a school year ends it from that school year', () => {
    const r = jkm('2025-06-10', [uni({ marriedOn: '2026-07-01' })])
    expect(pay(r, 0)).toEqual(['2024 PT schooling', '2025 PT schooling'])
    expect(child(r, 0).reasons).toEqual([
      {
        code: 'CHILD_SCHOLARSHIP_ENDS_MARRIAGE',
        kind: 'note',
        message:
          'The child married on 2026-07-01: the scholarship ends; school year 2026 and later are not paid.',
        legal: [P103],
      },
    ])
  })
})

describe('parameter overrides reach every limit of the schedule', () => {
  const newborn = [{ birthDate: '2023-01-15' }]

  it('a TK–SD band of 7 years stops SD after 5 years (2034 not paid)', () => {
    const r = jkm('2024-03-10', newborn, {}, { 'scholarship.bands': [{ levels: ['TK', 'SD'], maxYears: 7 }] })
    // 7 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 85.5M per child; 171M for two.
    expect([r.scholarship.maximumPerChild, r.scholarship.maximum]).toEqual([85_500_000, 171_000_000])
    expect(child(r, 0).total).toBe(85_500_000)
    expect(pay(r, 0).filter((p) => p.includes('SD'))).toEqual([
      '2029 SD assumed',
      '2030 SD assumed',
      '2031 SD assumed',
      '2032 SD assumed',
      '2033 SD assumed',
    ])
    expect(pay(r, 0)).toContain('2035 SMP assumed')
    expect(reasonOf(child(r, 0).reasons, 'CHILD_LEVEL_YEARS_EXHAUSTED')).toEqual([
      {
        code: 'CHILD_LEVEL_YEARS_EXHAUSTED',
        kind: 'note',
        message: 'School year 2034: the scholarship years of level SD are used up.',
        legal: [],
      },
    ])
  })

  it('a table without TK pays from SD (84M per child)', () => {
    const levels = [
      { level: 'SD', amount: '1500000', maxYears: 6 },
      { level: 'SMP', amount: '2000000', maxYears: 3 },
      { level: 'SMA', amount: '3000000', maxYears: 3 },
      { level: 'PT', amount: '12000000', maxYears: 5 },
    ]
    const r = jkm('2024-03-10', newborn, {}, { 'scholarship.levels': levels })
    // 6 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 84M.
    expect([r.scholarship.maximumPerChild, child(r, 0).total]).toEqual([84_000_000, 84_000_000])
    expect(pay(r, 0)[0]).toBe('2029 SD assumed')
  })

  it('TK assumed at 5 and SD at 6: one TK year (2028) before SD (2029)', () => {
    const r = jkm('2024-03-10', newborn, {}, { 'scholarship.assumedEntryAge': { TK: 5, SD: 6 } })
    expect(pay(r, 0).slice(0, 3)).toEqual(['2028 TK assumed', '2029 SD assumed', '2030 SD assumed'])
    // 1 × 1.5M + 6 × 1.5M + 6M + 9M + 60M = 85.5M.
    expect(child(r, 0).total).toBe(85_500_000)
  })

  it('an entry age past the age limit pays nothing, as at the limit: no loop on years past 9999', () => {
    // TK at 10,000 and SD at 10,002 (an absurd override): the child (born 2023-01-15) reaches 23 on 2046-01-15,
    // before any school year it could start, so no year is paid and the scholarship ends at the age limit
    // (school year 2046, from 2046-07-01: the first one counted from the limit)
    for (const entry of [
      { TK: 10_000, SD: 10_002 },
      { TK: 23, SD: 23 },
    ]) {
      const r = jkm('2024-03-10', newborn, {}, { 'scholarship.assumedEntryAge': entry })
      expect(child(r, 0).payments).toEqual([])
      expect(child(r, 0).total).toBe(0)
      expect(reasonOf(child(r, 0).reasons, 'CHILD_SCHOLARSHIP_ENDS_AGE')).toEqual([
        {
          code: 'CHILD_SCHOLARSHIP_ENDS_AGE',
          kind: 'note',
          legal: [P103],
          message:
            'The child turns 23 on 2046-01-15: the scholarship ends; school year 2046 and later are not paid.',
        },
      ])
    }
  })
})

/*
 * Folded from the round-2 file of the scholarship mutants. Every result here is computed INSIDE its `it`:
 * Stryker (coverageAnalysis perTest) activates a mutant in a `beforeAll` hook, so a result computed in a
 * `describe` body at collection time runs the original code and cannot kill anything.
 */

/** Pasal 103, then the citations of scholarship.ageLimit. */
const AT_DEATH = [P103, PP82, P5, P103_2, D5]

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
