import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  determineHeirs,
  renderExplanation,
  valueAt,
  type JkmBenefitInput,
  type JkmBenefitResult,
} from '../../src/index.js'
import { maximumPerChild, schoolYearOf, schoolYearStart } from '../../src/benefits/scholarship.js'
import { scholarshipBands, scholarshipLevels } from '../../src/parameters/scholarship.js'
import * as jkmDates from '../../src/parameters/jkm.js'
import * as programDates from '../../src/parameters/programs.js'
import { ageOn, nextDay } from '../../src/time/calendar.js'

/** A PU death on 2021-03-10 with every fact given. */
const BASE: JkmBenefitInput = {
  dateOfDeath: '2021-03-10',
  category: 'PU',
  membershipStart: '2015-01-05',
  cause: 'natural',
  membershipActive: true,
  employerArrearsMonths: 0,
}

function codes(r: { reasons: readonly { code: string }[] }): string[] {
  return r.reasons.map((x) => x.code)
}

describe('the scholarship maximum', () => {
  it('is Rp87,000,000 per child and Rp174,000,000 for two, computed from the level table of PP 82/2019', () => {
    // 2 × 1.5M + 6 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 3 + 9 + 6 + 9 + 60 = 87M (regulations.md §6.2)
    const levels = valueAt(scholarshipLevels, '2021-03-10').value
    const bands = valueAt(scholarshipBands, '2021-03-10').value
    expect(maximumPerChild(levels, bands)).toBe(87_000_000)
    const r = calculateJkmBenefit(BASE)
    expect(r.scholarship.maximumPerChild).toBe(87_000_000)
    expect(r.scholarship.maximum).toBe(174_000_000)
  })

  it('follows the data: raising the PT amount to Rp15,000,000 by override raises the maximum by 5 × 3M per child', () => {
    // the dated form (the public ParameterOverride type does not list bare arrays)
    const override = {
      'scholarship.levels': {
        values: [
          {
            from: '2019-12-02',
            value: [
              { level: 'TK', amount: '1500000', maxYears: 2 },
              { level: 'SD', amount: '1500000', maxYears: 6 },
              { level: 'SMP', amount: '2000000', maxYears: 3 },
              { level: 'SMA', amount: '3000000', maxYears: 3 },
              { level: 'PT', amount: '15000000', maxYears: 5 },
            ],
          },
        ],
      },
    }
    const r = calculateJkmBenefit(BASE, { parameters: override })
    // 87M + 5 × (15M − 12M) = 102M per child; × 2 = 204M
    expect(r.scholarship.maximumPerChild).toBe(102_000_000)
    expect(r.scholarship.maximum).toBe(204_000_000)
    expect(r.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
  })

  it('caps TK and SD together at 8 years (band), taking the dearer level first', () => {
    // TK 4 years at 2M + SD 6 years at 1.5M under a band of 8 years: 4 × 2M + 4 × 1.5M = 14M
    expect(
      maximumPerChild(
        [
          { level: 'TK', amount: '2000000', maxYears: 4 },
          { level: 'SD', amount: '1500000', maxYears: 6 },
        ],
        [{ levels: ['TK', 'SD'], maxYears: 8 }],
      ),
    ).toBe(14_000_000)
  })

  it('is Rp12,000,000 once per participant under PP 44/2015', () => {
    const r = calculateJkmBenefit({ ...BASE, dateOfDeath: '2019-12-01' })
    expect(r.scholarship).toMatchObject({
      mode: 'lump-sum',
      maximum: 12_000_000,
      maxChildren: 1,
      firstPayableDate: null,
    })
  })
})

describe('the school year', () => {
  it('runs from July to June and is named by the calendar year it starts in', () => {
    expect(schoolYearOf('2021-06-30', 7)).toBe(2020)
    expect(schoolYearOf('2021-07-01', 7)).toBe(2021)
    expect(schoolYearOf('2021-12-31', 7)).toBe(2021)
    expect(schoolYearStart(2021, 7)).toBe('2021-07-01')
  })
})

describe('calculateJkmBenefit', () => {
  it('reproduces the documented examples', () => {
    const r = calculateJkmBenefit(BASE)
    expect(r.payable).toBe(true)
    expect(r.regime).toBe('PP-82-2019')
    expect(r.scholarship.maximum).toBe(174_000_000)
    const old = calculateJkmBenefit({
      dateOfDeath: '2019-12-01',
      category: 'PU',
      membershipStart: '2015-01-05',
      cause: 'natural',
      membershipActive: true,
    })
    expect(old.total).toBe(24_000_000)
    const jkk = calculateJkmBenefit({
      dateOfDeath: '2021-03-10',
      category: 'PU',
      membershipStart: '2015-01-05',
      cause: 'work-accident',
      membershipActive: true,
    })
    expect(jkk.reasons[0]?.code).toBe('WORK_ACCIDENT_USE_JKK')
  })

  it('returns the published PP 82/2019 amounts with an explanation citing PP 82/2019 and the parameters used', () => {
    const r = calculateJkmBenefit(BASE)
    expect([r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      20_000_000, 12_000_000, 10_000_000, 42_000_000,
    ])
    expect(r.explanation.format).toBe('bpjs-tk.trace.v1')
    expect(r.explanation.operation).toBe('calculateJkmBenefit')
    expect(r.explanation.date).toBe('2021-03-10')
    const rules = r.explanation.steps.map((s) => s.rule)
    expect(rules).toEqual(
      expect.arrayContaining([
        'jkm.regime',
        'jkm.cause',
        'death.protection',
        'death.lumpSum',
        'death.periodic',
        'death.funeral',
        'jkm.total',
      ]),
    )
    const lump = r.explanation.parameters.find((p) => p.id === 'jkm.lumpSum')
    expect(lump).toMatchObject({ value: '20000000', from: '2019-12-02' })
    expect(r.explanation.legal.map((c) => c.source)).toEqual(
      expect.arrayContaining(['PP-82-2019', 'DECISIONS']),
    )
    const total = r.explanation.steps.find((s) => s.rule === 'jkm.total')
    expect(total?.formula).toBe(
      'santunan sekaligus Rp20.000.000 + santunan berkala Rp12.000.000 + biaya pemakaman Rp10.000.000',
    )
  })

  it('speaks English when asked, in reasons, warnings and explanation', () => {
    const r = calculateJkmBenefit({ ...BASE, cause: 'work-accident' }, { locale: 'en' })
    expect(r.reasons[0]?.message).toBe(
      'A death from a work accident is not paid from JKM: the heirs are entitled to the JKK death benefit (use calculateJkkDeathBenefit).',
    )
    expect(r.explanation.locale).toBe('en')
    const id = calculateJkmBenefit({ ...BASE, cause: 'work-accident' })
    expect(id.reasons[0]?.message).toContain('santunan kematian JKK')
  })

  it('is deep-frozen and JSON-safe', () => {
    const r = calculateJkmBenefit({ ...BASE, children: [{ birthDate: '2010-05-05' }] })
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.scholarship.children[0]?.payments)).toBe(true)
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })

  it('accepts Date objects as plain calendar dates', () => {
    const r = calculateJkmBenefit({
      ...BASE,
      dateOfDeath: new Date('2019-12-02'),
      membershipStart: new Date('2015-01-05'),
    })
    expect(r.dateOfDeath).toBe('2019-12-02')
    expect(r.total).toBe(42_000_000)
  })

  it('lists every input problem in one BpjsValidationError with both languages', () => {
    let err: unknown
    try {
      calculateJkmBenefit({
        ...BASE,
        membershipStart: '2021-04-01',
        birthDate: '2021-05-01',
        children: [{ birthDate: '2023-01-01' }],
      })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(BpjsValidationError)
    const issues = (err as BpjsValidationError).issues
    // membership 2021-04-01 is after the death and before the birth 2021-05-01; the child is born 2023-01-01
    expect(issues.map((i) => i.code)).toEqual([
      'MEMBERSHIP_AFTER_DEATH',
      'BIRTH_AFTER_DEATH',
      'MEMBERSHIP_BEFORE_BIRTH',
      'CHILD_BORN_TOO_LATE',
    ])
    expect(issues[3]?.path).toEqual(['children', 0, 'birthDate'])
    expect(issues[3]?.messages.en).toContain('more than 10 months')
    expect(issues[3]?.messages.id).toContain('lebih dari 10 bulan')
  })

  it('throws DATE_BEFORE_COVERAGE for a death on 2015-06-30, in the caller’s locale', () => {
    expect(() => calculateJkmBenefit({ ...BASE, dateOfDeath: '2015-06-30' }, { locale: 'en' })).toThrow(
      BpjsRuleError,
    )
    try {
      calculateJkmBenefit({ ...BASE, dateOfDeath: '2015-06-30' }, { locale: 'en' })
    } catch (e) {
      expect((e as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
      expect((e as BpjsRuleError).path).toEqual(['dateOfDeath'])
      expect((e as BpjsRuleError).message).toContain('before this library')
    }
  })

  it('names every missing fact with its input path and decides nothing from it', () => {
    const r = calculateJkmBenefit({
      dateOfDeath: '2024-07-20',
      category: 'PMI',
      membershipStart: '2023-08-01',
    })
    expect(r.status).toBe('incomplete')
    expect(r.payable).toBe(false)
    expect(r.missing).toEqual(['cause', 'membershipActive', 'pmiPhase'])
    expect(r.reasons.filter((x) => x.code === 'MISSING_FACT').map((x) => x.path)).toEqual([
      ['cause'],
      ['membershipActive'],
      ['pmiPhase'],
    ])
    expect([r.lumpSum, r.periodic, r.funeral, r.total, r.scholarship.total]).toEqual([0, 0, 0, 0, 0])
    expect(r.firstPayer).toBeNull()
  })

  it('cites the legal basis of each condition', () => {
    const r = calculateJkmBenefit({ ...BASE, membershipActive: false })
    const notActive = r.reasons.find((x) => x.code === 'MEMBERSHIP_NOT_ACTIVE')
    expect(notActive?.legal).toEqual(expect.arrayContaining([{ source: 'DECISIONS', article: 'D11' }]))
    const cause = r.reasons.find((x) => x.code === 'CAUSE_NOT_WORK_RELATED')
    expect(cause?.legal).toEqual([{ source: 'PP-44-2015', article: 'Pasal 1 angka 2' }])
  })

  it('marks the short-membership amounts (Permenaker 1/2025) as low confidence', () => {
    const r = calculateJkmBenefit({
      dateOfDeath: '2025-02-24',
      category: 'BPU',
      membershipStart: '2025-01-15',
      cause: 'natural',
      paidThrough: '2025-02',
    })
    expect(r.total).toBe(10_000_000)
    const low = r.warnings.filter((w) => w.code === 'LOW_CONFIDENCE_RULE').map((w) => w.parameterId)
    expect(low).toEqual(
      expect.arrayContaining([
        'jkm.shortMembership.categories',
        'jkm.shortMembership.lumpSum',
        'jkm.shortMembership.funeral',
        'jkm.protection.bpuGraceMonths',
      ]),
    )
    expect(r.scholarship.reasons.map((x) => x.code)).toEqual(['SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP'])
  })

  it('warns that the Permenaker 18/2018 PMI scholarship is not modelled', () => {
    const r = calculateJkmBenefit({
      dateOfDeath: '2020-05-05',
      category: 'PMI',
      membershipStart: '2019-11-01',
      cause: 'natural',
      membershipActive: true,
      pmiPhase: 'during',
      children: [{ birthDate: '2012-01-01' }],
    })
    expect(r.total).toBe(85_000_000)
    expect(r.warnings.map((w) => w.code)).toContain('SCHOLARSHIP_NOT_MODELLED')
    expect(r.scholarship.eligible).toBe(false)
  })

  it('warns and cites decisions D14 when more than two children are eligible and none is marked registered', () => {
    const r = calculateJkmBenefit({
      ...BASE,
      children: [{ birthDate: '2010-01-01' }, { birthDate: '2012-01-01' }, { birthDate: '2014-01-01' }],
    })
    const w = r.warnings.map((x) => x.code)
    expect(w).toContain('SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER')
    expect(r.warnings.find((x) => x.parameterId === 'scholarship.selectionFallback')?.code).toBe(
      'LOW_CONFIDENCE_RULE',
    )
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([true, true, false])
  })

  it('warns when more than two children are marked as registered heirs and keeps the first two', () => {
    const r = calculateJkmBenefit({
      ...BASE,
      children: [
        { birthDate: '2010-01-01', registeredHeir: true },
        { birthDate: '2012-01-01', registeredHeir: true },
        { birthDate: '2014-01-01', registeredHeir: true },
      ],
    })
    expect(r.warnings.map((x) => x.code)).toContain('SCHOLARSHIP_MORE_REGISTERED_THAN_MAX')
    expect(r.scholarship.children.map((c) => c.selected)).toEqual([true, true, false])
  })

  it('moves the first payable date when the parameter is overridden', () => {
    const r = calculateJkmBenefit(
      { ...BASE, children: [{ birthDate: '2011-01-01', schooling: [{ level: 'SD', startYear: 2017 }] }] },
      { parameters: { 'scholarship.firstPayableDate': '2021-05-03' } },
    )
    expect(r.scholarship.firstPayableDate).toBe('2021-05-03')
    expect(r.scholarship.children[0]?.payments[0]).toMatchObject({
      year: 2020,
      payableFrom: '2021-05-03',
      backlog: true,
    })
  })

  it('renders its explanation as readable text', () => {
    const r = calculateJkmBenefit({ ...BASE, children: [{ birthDate: '2019-01-15' }] }, { locale: 'en' })
    const text = renderExplanation(r.explanation, { warnings: r.warnings })
    expect(text).toContain('calculateJkmBenefit')
    expect(text).toContain('PP 82/2019')
    expect(text).toContain(
      'Scholarship schedule of child 1 (by age; no school level given): 19 payment(s), total Rp87.000.000.',
    )
  })
})

describe('calculateJkkDeathBenefit', () => {
  it('reproduces the documented examples', () => {
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2021-03-10',
      category: 'PU',
      monthlyWage: 5000000,
      cause: 'work-accident',
      membershipActive: true,
      employerArrearsMonths: 0,
    })
    expect([r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
      240_000_000, 12_000_000, 10_000_000, 262_000_000,
    ])
    const low = calculateJkkDeathBenefit({
      dateOfDeath: '2021-03-10',
      category: 'PU',
      monthlyWage: 400000,
      cause: 'work-accident',
      membershipActive: true,
    })
    expect(low.lumpSum).toBe(20_000_000)
  })

  it('records the rounding of 48 × a wage with sen', () => {
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2021-03-10',
      category: 'PU',
      monthlyWage: '5000000.02',
      cause: 'work-accident',
      membershipActive: true,
    })
    const step = r.explanation.steps.find((s) => s.rule === 'jkk.lumpSum.wage')
    expect(step?.rounding).toEqual({ mode: 'half-up', exact: '240000000.96', rounded: 240_000_001 })
  })

  it('multiplies a daily wage exactly: 48 × 30 × Rp123,456.78 = Rp177,777,763.2 → 177,777,763', () => {
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2022-01-10',
      category: 'PU',
      dailyWage: '123456.78',
      cause: 'work-accident',
      membershipActive: true,
    })
    // 30 × 123,456.78 = 3,703,703.4 → displayed 3,703,703; 1440 × 123,456.78 = 177,777,763.2 → 177,777,763
    expect(r.monthlyWage).toBe(3_703_703)
    expect(r.lumpSumFromWage).toBe(177_777_763)
  })

  it('refuses a wage so large that the benefit would not be an exact number, naming the largest daily wage', () => {
    let err: unknown
    try {
      calculateJkkDeathBenefit({
        dateOfDeath: '2022-01-10',
        category: 'PU',
        dailyWage: '90000000000000',
        cause: 'work-accident',
        membershipActive: true,
      })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(BpjsValidationError)
    const issue = (err as BpjsValidationError).issues[0]
    expect(issue).toMatchObject({ path: ['dailyWage'], code: 'AMOUNT_TOO_LARGE' })
    // (9,007,199,254,740,991 − 12,000,000 − 10,000,000) / (48 × 30) = 6,254,999,467,181.2… → 6,254,999,467,181
    expect(issue?.messages.id).toBe('Jumlah uang terlalu besar: paling banyak Rp6.254.999.467.181.')
    // a monthly wage of Rp90 trillion is still exact: 48 × 90T = 4,320,000,000,000,000
    const big = calculateJkkDeathBenefit({
      dateOfDeath: '2022-01-10',
      category: 'PU',
      monthlyWage: 90_000_000_000_000,
      cause: 'work-accident',
      membershipActive: true,
    })
    expect(big.lumpSum).toBe(4_320_000_000_000_000)
  })

  it('names the missing cause and protection', () => {
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2022-01-10',
      category: 'BPU',
      declaredIncome: 1000000,
    })
    expect(r.status).toBe('incomplete')
    expect(r.missing).toEqual(['cause', 'paidThrough'])
    expect(r.total).toBe(0)
  })

  it('refuses an accident before the membership started as not covered (a result, not an error)', () => {
    const r = calculateJkkDeathBenefit({
      dateOfDeath: '2022-01-10',
      dateOfAccident: '2021-12-20',
      membershipStart: '2022-01-01',
      category: 'PU',
      monthlyWage: 4000000,
      cause: 'work-accident',
      membershipActive: true,
    })
    expect(r.payable).toBe(false)
    expect(codes(r)).toContain('ACCIDENT_BEFORE_MEMBERSHIP')
  })
})

describe('determineHeirs', () => {
  it('reproduces the documented examples', () => {
    const h = determineHeirs({
      dateOfDeath: '2024-05-01',
      family: [{ relation: 'parent' }, { relation: 'sibling' }],
    })
    expect(h.group?.rank).toBe(2)
    expect(h.group?.code).toBe('DIRECT_LINE_TO_SECOND_DEGREE')
    expect(h.heirs.map((x) => x.relation)).toEqual(['parent'])
    expect(
      determineHeirs({ dateOfDeath: '2024-05-01', family: [], funeralArrangedBy: { kind: 'employer' } })
        .recipients,
    ).toEqual({
      lumpSum: 'DJS',
      periodic: 'DJS',
      funeral: 'funeral-arranger',
    })
  })

  it('always picks the closest group present, whatever the input order', () => {
    const relations = [
      'spouse',
      'child',
      'parent',
      'grandparent',
      'grandchild',
      'sibling',
      'parent-in-law',
    ] as const
    const rank: Record<string, number> = {
      spouse: 1,
      child: 1,
      parent: 2,
      grandparent: 2,
      grandchild: 2,
      sibling: 3,
      'parent-in-law': 4,
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...relations), { maxLength: 8 }), fc.boolean(), (family, will) => {
        const h = determineHeirs({
          dateOfDeath: '2024-05-01',
          family: family.map((relation) => ({ relation })),
          ...(will ? { willBeneficiaries: [{}] } : {}),
        })
        const expected =
          family.length > 0 ? Math.min(...family.map((f) => rank[f] as number)) : will ? 5 : null
        expect(h.group?.rank ?? null).toBe(expected)
        for (const x of h.heirs) expect(x.source === 'will' ? 5 : rank[x.relation]).toBe(expected)
      }),
      { seed: 42, numRuns: 200 },
    )
  })
})

describe('messages', () => {
  const inputs: JkmBenefitInput[] = [
    BASE,
    { ...BASE, cause: 'occupational-disease' },
    { ...BASE, membershipActive: false },
    { ...BASE, employerArrearsMonths: 5 },
    { dateOfDeath: '2024-07-20', category: 'PMI', membershipStart: '2023-08-01' },
    {
      dateOfDeath: '2025-02-24',
      category: 'BPU',
      membershipStart: '2025-01-15',
      cause: 'natural',
      paidThrough: '2025-01',
    },
    {
      dateOfDeath: '2025-02-24',
      category: 'BPU',
      membershipStart: '2025-01-15',
      cause: 'natural',
      paidThrough: '2025-02',
      children: [{ birthDate: '2010-01-01' }],
    },
    { ...BASE, dateOfDeath: '2018-06-15', children: [{ birthDate: '2010-01-01' }] },
    {
      ...BASE,
      paidThrough: '2021-03',
      children: [
        { birthDate: '1997-01-01' },
        { birthDate: '2001-01-01', marriedOn: '2020-01-01' },
        { birthDate: '2002-01-01', work: { from: '2020-01-01', kind: 'other' } },
        { birthDate: '1999-07-01', schooling: [{ level: 'PT', startYear: 2019 }], registeredHeir: true },
        { birthDate: '2016-01-01', schooling: [{ level: 'TK', startYear: 2022 }] },
      ],
    },
    {
      ...BASE,
      dateOfDeath: '2025-06-01',
      children: [
        { birthDate: '2005-01-01', work: { from: '2025-01-01', kind: 'intern' }, marriedOn: '2026-01-01' },
      ],
    },
  ]
  for (const locale of ['id', 'en'] as const) {
    it(`are all translated (${locale}): no reason, warning or step shows a raw code or an unfilled placeholder`, () => {
      for (const input of inputs) {
        const r = calculateJkmBenefit(input, { locale })
        const texts = [
          ...r.reasons.map((x) => [x.code, x.message]),
          ...r.scholarship.reasons.map((x) => [x.code, x.message]),
          ...r.scholarship.children.flatMap((c) => c.reasons.map((x) => [x.code, x.message])),
          ...r.warnings.map((x) => [x.code, x.message]),
          ...r.explanation.steps.flatMap((s) => [
            ['step', s.description],
            ['formula', s.formula ?? ''],
          ]),
        ]
        for (const [code, text] of texts) {
          expect(text, code).not.toBe(code)
          expect(text, `${code}: ${text}`).not.toMatch(/\{\w+(?::\w+)?\}/)
          expect(text, `${code}: ${text}`).not.toMatch(/\b[A-Z]+_[A-Z_]+\b(?![-/])/)
        }
      }
    })
  }
})

describe('scholarship schedules (properties)', () => {
  const date = (from: number, to: number) =>
    fc
      .integer({ min: from, max: to })
      .map((n) => new Date(Date.UTC(1970, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)

  it('never exceed the per-child maximum, never pay before the death or before 2021-04-01, never pay a child aged 23 or more, and pay each level at most its years', () => {
    const levelsMax: Record<string, number> = { TK: 2, SD: 6, SMP: 3, SMA: 3, PT: 5 }
    fc.assert(
      fc.property(
        date(day('2019-12-02'), day('2026-11-24')),
        // days from birth to death: born up to 280 days after the death, or up to ~25 years before it
        fc.array(fc.integer({ min: -280, max: 9200 }), { minLength: 1, maxLength: 3 }),
        (death, offsets) => {
          const children = offsets.map((o) => ({
            birthDate: new Date(Date.parse(`${death}T00:00:00Z`) - o * 86_400_000).toISOString().slice(0, 10),
          }))
          const r: JkmBenefitResult = calculateJkmBenefit({ ...BASE, dateOfDeath: death, children })
          expect(r.total).toBe(r.lumpSum + r.periodic + r.funeral)
          for (const c of r.scholarship.children) {
            expect(c.total).toBeLessThanOrEqual(r.scholarship.maximumPerChild)
            expect(c.total).toBe(c.payments.reduce((s, p) => s + p.amount, 0))
            const birth = children[c.index]?.birthDate as string
            const perLevel: Record<string, number> = {}
            let prev = -Infinity
            for (const p of c.payments) {
              expect(p.year).toBeGreaterThan(prev)
              prev = p.year
              expect(p.payableFrom >= death).toBe(true)
              expect(p.payableFrom >= '2021-04-01').toBe(true)
              const start = `${p.year}-07-01`
              expect(ageOn(birth, start > death ? start : death)).toBeLessThan(23)
              perLevel[p.level as string] = (perLevel[p.level as string] ?? 0) + 1
            }
            for (const [level, n] of Object.entries(perLevel))
              expect(n).toBeLessThanOrEqual(levelsMax[level] as number)
            expect((perLevel.TK ?? 0) + (perLevel.SD ?? 0)).toBeLessThanOrEqual(8)
          }
          expect(r.scholarship.children.filter((c) => c.selected).length).toBeLessThanOrEqual(2)
        },
      ),
      { seed: 20261124, numRuns: 300 },
    )
  })

  it('give a newborn exactly the per-child maximum', () => {
    fc.assert(
      fc.property(date(day('2019-12-02'), day('2026-11-24')), (death) => {
        const r = calculateJkmBenefit({ ...BASE, dateOfDeath: death, children: [{ birthDate: death }] })
        expect(r.scholarship.children[0]?.total).toBe(87_000_000)
      }),
      { seed: 7, numRuns: 100 },
    )
  })
})

describe('one figure, one parameter', () => {
  it('the shared legal dates are consistent: each "day before" is the day before its first day', () => {
    const pairs: [string, string][] = [
      [jkmDates.PP44_LAST_DAY, jkmDates.PP82_FIRST_DAY],
      [jkmDates.PERMENAKER_1_2025_DAY_BEFORE, jkmDates.PERMENAKER_1_2025_DAY],
      [jkmDates.PMI_18_2018_DAY_BEFORE, jkmDates.PMI_18_2018_FIRST_DAY],
      [jkmDates.PMI_18_2018_LAST_DAY, jkmDates.PMI_4_2023_FIRST_DAY],
      [jkmDates.PERMENAKER_5_2021_DAY_BEFORE, jkmDates.PERMENAKER_5_2021_DAY],
      [programDates.JKP_DAY_BEFORE, programDates.JKP_FIRST_DAY],
      [programDates.PP49_2023_DAY_BEFORE, programDates.PP49_2023_FIRST_DAY],
    ]
    for (const [before, first] of pairs) expect(nextDay(before), first).toBe(first)
    // the dates of the law as regulations.md states them
    expect([jkmDates.PP82_FIRST_DAY, jkmDates.PERMENAKER_1_2025_DAY, jkmDates.PERMENAKER_5_2021_DAY]).toEqual(
      ['2019-12-02', '2025-02-24', '2021-04-01'],
    )
  })

  it('a PMI before or after work needs the standard JKM minimum, read from scholarship.jkm.minContributionYears (not repeated)', () => {
    // death 2023-06-01, member since 2023-03-01: 3 months < 36, no scholarship (see the PMI fixtures)
    const pmi: JkmBenefitInput = {
      dateOfDeath: '2023-06-01',
      category: 'PMI',
      membershipStart: '2023-03-01',
      cause: 'natural',
      membershipActive: true,
      pmiPhase: 'before',
      children: [{ birthDate: '2015-03-10' }],
    }
    const r = calculateJkmBenefit(pmi)
    expect(r.scholarship.eligible).toBe(false)
    const read = r.explanation.parameters.map((p) => p.id)
    expect(read).toEqual(
      expect.arrayContaining([
        'scholarship.pmi.minContributionYears',
        'scholarship.jkm.minContributionYears',
      ]),
    )
    // lowering the one standard figure to 0 years changes the PMI answer too
    const lowered = calculateJkmBenefit(pmi, { parameters: { 'scholarship.jkm.minContributionYears': 0 } })
    expect(lowered.scholarship.eligible).toBe(true)
    // during work the PMI table gives 0 years itself
    const during = calculateJkmBenefit({ ...pmi, pmiPhase: 'during' })
    expect(during.scholarship.eligible).toBe(true)
    expect(during.explanation.parameters.map((p) => p.id)).not.toContain(
      'scholarship.jkm.minContributionYears',
    )
  })
})
