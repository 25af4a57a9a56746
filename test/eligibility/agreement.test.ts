/**
 * The claim checks and the death benefits never disagree on the same facts: `checkJkmClaim` and
 * `calculateJkmBenefit` (payable, short membership), `checkScholarshipEligibility` and the scholarship of
 * `calculateJkmBenefit` / `calculateJkkDeathBenefit` (eligible, which children). Random deaths (2015-07 to
 * the last verification, with extra weight on the regime dates 2019-12-02 and 2025-02-24), categories,
 * causes, protection facts, memberships, contribution months and children, and random overrides of the
 * parameters both read. The oracle is the other function: both must give the same verdict wherever both
 * settle it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  checkJkmClaim,
  checkScholarshipEligibility,
  COVERAGE,
  type ChildInput,
  type ParameterOverrides,
  type ScholarshipEligibilityChildInput,
} from '../../src/index.js'

const RUNS = 400
const DAY = 86_400_000
const pad = (n: number) => String(n).padStart(2, '0')
const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
const time = (d: string) => Date.parse(`${d}T00:00:00Z`)
/** The same day `months` earlier, clamped to the month's last day (written here, not imported). */
function monthsBefore(d: string, months: number): string {
  const idx = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 - months
  const y = Math.floor(idx / 12)
  const m = (idx % 12) + 1
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${y}-${pad(m)}-${pad(Math.min(Number(d.slice(8, 10)), last))}`
}
const later = (a: string, b: string) => (a > b ? a : b)

const START = time(COVERAGE.start)
const END = time(COVERAGE.verifiedOn)

/** A date of death: anywhere in the covered span, or within 40 days of a regime date. */
const deathDate = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: START, max: END }).map((t) => iso(t - (t % DAY))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('2019-12-02', '2025-02-24', '2023-02-22'), fc.integer({ min: -40, max: 40 }))
      .map(([d, k]) => iso(time(d) + k * DAY)),
  },
)

const category = fc.constantFrom('PU', 'BPU', 'JAKON', 'PMI' as const)
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 4 })

/** Overrides of the parameters the checks and the benefits share (the same options go to both). */
const sharedOverrides: fc.Arbitrary<ParameterOverrides | undefined> = optional(
  fc.record(
    {
      'jkm.protection.bpuGraceMonths': fc.integer({ min: 0, max: 3 }),
      // the rule is in force from Permenaker 1/2025 only: overridden in the same dated form
      'jkm.shortMembership.categories': fc
        .subarray(['PU', 'BPU', 'JAKON', 'PMI'])
        .map((value) => ({ values: [{ from: '2025-02-24', value }] })),
      'jkm.shortMembership.months': fc
        .integer({ min: 1, max: 12 })
        .map((value) => ({ values: [{ from: '2025-02-24', value }] })),
    },
    { requiredKeys: [] },
  ),
)

interface Death {
  dateOfDeath: string
  category: 'PU' | 'BPU' | 'JAKON' | 'PMI'
  membershipStart: string
  cause?: 'natural' | 'work-accident' | 'occupational-disease'
  membershipActive?: boolean
  paidThrough?: string
  pmiPhase: 'before' | 'during' | 'after'
}

const death: fc.Arbitrary<Death> = fc
  .record({
    // deaths under the Permenaker 1/2025 membership rule get extra weight
    dateOfDeath: fc.oneof(
      deathDate,
      fc.integer({ min: time('2025-02-24'), max: END }).map((t) => iso(t - (t % DAY))),
    ),
    category,
    memberMonths: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 150 })),
    memberDays: fc.integer({ min: 0, max: 27 }),
    cause: optional(
      fc.constantFrom('natural', 'natural', 'natural', 'work-accident', 'occupational-disease' as const),
    ),
    membershipActive: optional(fc.constantFrom(true, true, false)),
    paidShift: optional(fc.integer({ min: -2, max: 2 })),
    pmiPhase: fc.constantFrom('before', 'during', 'after' as const),
  })
  .map((r) => {
    let start = iso(time(monthsBefore(r.dateOfDeath, r.memberMonths)) - r.memberDays * DAY)
    if (start < COVERAGE.start) start = COVERAGE.start
    // PMI deaths are covered by the benefit from Permenaker 18/2018 (2018-12-10) only
    const dateOfDeath =
      r.category === 'PMI' && r.dateOfDeath < '2018-12-10'
        ? later(r.dateOfDeath, '2018-12-10')
        : r.dateOfDeath
    if (start > dateOfDeath) start = dateOfDeath
    const d: Death = { dateOfDeath, category: r.category, membershipStart: start, pmiPhase: r.pmiPhase }
    if (r.cause !== undefined) d.cause = r.cause
    if (r.membershipActive !== undefined) d.membershipActive = r.membershipActive
    if (r.category === 'BPU' && r.paidShift !== undefined) {
      const month = monthsBefore(`${dateOfDeath.slice(0, 7)}-01`, -r.paidShift).slice(0, 7)
      d.paidThrough = month < start.slice(0, 7) ? start.slice(0, 7) : month
    }
    return d
  })

describe('checkJkmClaim agrees with calculateJkmBenefit', () => {
  it('eligible ⇔ payable, not eligible ⇔ not payable, unknown ⇔ incomplete with the same missing facts; short membership ⇔ the reduced benefit', () => {
    let payable = 0
    let notPayable = 0
    let incomplete = 0
    let short = 0
    fc.assert(
      fc.property(death, sharedOverrides, (d, parameters) => {
        const options = parameters === undefined ? undefined : { parameters }
        const { pmiPhase, ...claim } = d
        const check = checkJkmClaim(claim, options)
        const benefit = calculateJkmBenefit(d.category === 'PMI' ? { ...claim, pmiPhase } : claim, options)
        const facts = JSON.stringify({ d, parameters })
        const expected = {
          eligible: 'payable',
          'not-eligible': 'not-payable',
          unknown: 'incomplete',
        } as const
        expect(benefit.status, facts).toBe(expected[check.status])
        expect(benefit.payable, facts).toBe(check.status === 'eligible')
        if (check.status === 'unknown') expect(benefit.missing, facts).toEqual(check.missing)
        // the same legal reason has the same code on both sides
        const codes = (rs: readonly { code: string }[]) => rs.map((r) => r.code)
        for (const c of codes(check.reasons).filter((x) => !x.startsWith('ELIG_')))
          expect(codes(benefit.reasons), `${c} ${facts}`).toContain(c)
        if (check.status === 'eligible') {
          expect(check.entitlement === 'short-membership', facts).toBe(benefit.basis === 'short-membership')
          if (check.entitlement === 'short-membership') short++
          payable++
        } else if (check.status === 'not-eligible') notPayable++
        else incomplete++
      }),
      { numRuns: RUNS },
    )
    // the generator reaches every verdict
    expect(Math.min(payable, notPayable, incomplete, short)).toBeGreaterThan(0)
  })

  it('a work-accident death is not payable with reason WORK_ACCIDENT_USE_JKK on both sides (api.md)', () => {
    const claim = {
      dateOfDeath: '2024-08-10',
      category: 'PU',
      cause: 'work-accident',
      membershipActive: true,
    } as const
    const check = checkJkmClaim(claim, { locale: 'en' })
    const benefit = calculateJkmBenefit({ ...claim, membershipStart: '2020-01-01' }, { locale: 'en' })
    expect(check.status).toBe('not-eligible')
    expect(benefit.payable).toBe(false)
    const a = check.reasons.find((r) => r.code === 'WORK_ACCIDENT_USE_JKK')
    const b = benefit.reasons.find((r) => r.code === 'WORK_ACCIDENT_USE_JKK')
    expect(a?.message).toBe(
      'A death from a work accident is not paid from JKM: the heirs are entitled to the JKK death benefit (use calculateJkkDeathBenefit).',
    )
    expect(a?.message).toBe(b?.message)
    expect(a?.legal).toEqual(b?.legal)
  })

  it('a BPU said to be inactive is not protected even with the month of death paid, on both sides (decisions D11)', () => {
    const claim = {
      dateOfDeath: '2024-06-10',
      category: 'BPU',
      cause: 'natural',
      membershipActive: false,
      paidThrough: '2024-06',
    } as const
    expect(checkJkmClaim(claim).status).toBe('not-eligible')
    expect(calculateJkmBenefit({ ...claim, membershipStart: '2020-01-01' }).status).toBe('not-payable')
    expect(checkJkmClaim(claim).reasons.map((r) => r.code)).toContain('MEMBERSHIP_NOT_ACTIVE')
  })
})

interface ChildFacts {
  ageDays: number
  married: boolean
  marriedDaysBefore: number
  working: 'no' | 'pu' | 'bpu' | 'intern'
  puMonths: number
  workDaysBefore: number
  heir: boolean | undefined
}

const child: fc.Arbitrary<ChildFacts> = fc.record({
  // 0 to 30 years, with weight around the age limit 23
  ageDays: fc.oneof(fc.integer({ min: 0, max: 30 * 366 }), fc.integer({ min: 22 * 365, max: 24 * 366 })),
  married: fc.boolean(),
  marriedDaysBefore: fc.integer({ min: 0, max: 2000 }),
  working: fc.constantFrom('no', 'no', 'pu', 'bpu', 'intern' as const),
  puMonths: fc.integer({ min: 0, max: 12 }),
  workDaysBefore: fc.integer({ min: 0, max: 800 }),
  heir: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
})

/** The same child for both functions: the check's flags on the date of death, the benefit's dates. */
function childInputs(
  c: ChildFacts,
  death: string,
): { check: ScholarshipEligibilityChildInput; benefit: ChildInput } {
  const birthDate = iso(time(death) - c.ageDays * DAY)
  const check: {
    -readonly [K in keyof ScholarshipEligibilityChildInput]: ScholarshipEligibilityChildInput[K]
  } = {
    birthDate,
    married: c.married,
    working: c.working,
  }
  const benefit: { -readonly [K in keyof ChildInput]: ChildInput[K] } = { birthDate }
  if (c.married) benefit.marriedOn = later(birthDate, iso(time(death) - c.marriedDaysBefore * DAY))
  if (c.working !== 'no') {
    const from = later(birthDate, iso(time(death) - c.workDaysBefore * DAY))
    const kind = c.working === 'pu' ? 'PU' : c.working === 'bpu' ? 'BPU' : 'intern'
    benefit.work = c.working === 'pu' ? { from, kind, consecutiveMonths: c.puMonths } : { from, kind }
    if (c.working === 'pu') check.puConsecutiveMonths = c.puMonths
  }
  if (c.heir !== undefined) {
    check.registeredAsHeir = c.heir
    benefit.registeredHeir = c.heir
  }
  return { check, benefit }
}

const scholarshipCase = fc.record({
  dateOfDeath: deathDate,
  category: fc.constantFrom('PU', 'BPU', 'JAKON' as const),
  cause: fc.constantFrom('natural', 'natural', 'work-accident', 'occupational-disease' as const),
  memberMonths: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.integer({ min: 30, max: 70 })),
  paidMonths: optional(fc.integer({ min: 0, max: 130 })),
  children: fc.array(child, { minLength: 1, maxLength: 4 }),
})

describe('checkScholarshipEligibility agrees with the scholarship of the death benefits', () => {
  it('on the date of death, with the same facts, the check is eligible exactly when the payable benefit has a scholarship, for the same children', () => {
    let eligible = 0
    let notEligible = 0
    fc.assert(
      fc.property(scholarshipCase, (s) => {
        const death = s.dateOfDeath
        const membershipStart = later(COVERAGE.start, monthsBefore(death, s.memberMonths))
        // at most the months from registration to death, as the benefit requires
        const maxPaid =
          (Number(death.slice(0, 4)) - Number(membershipStart.slice(0, 4))) * 12 +
          Number(death.slice(5, 7)) -
          Number(membershipStart.slice(5, 7)) +
          1
        const contributionMonths = s.paidMonths === undefined ? undefined : Math.min(s.paidMonths, maxPaid)
        const kids = s.children.map((c) => childInputs(c, death))
        const check = checkScholarshipEligibility({
          dateOfDeath: death,
          asOf: death,
          cause: s.cause,
          membershipStart,
          ...(contributionMonths === undefined ? {} : { contributionMonths }),
          children: kids.map((k) => k.check),
        })
        const protectedFacts =
          s.category === 'BPU' ? { paidThrough: death.slice(0, 7) } : { membershipActive: true }
        const benefit =
          s.cause === 'natural'
            ? calculateJkmBenefit({
                dateOfDeath: death,
                category: s.category,
                membershipStart,
                cause: s.cause,
                ...protectedFacts,
                ...(contributionMonths === undefined ? {} : { contributionMonths }),
                children: kids.map((k) => k.benefit),
              })
            : calculateJkkDeathBenefit({
                dateOfDeath: death,
                category: s.category,
                cause: s.cause,
                membershipStart,
                ...(s.category === 'BPU' ? { declaredIncome: 2_000_000 } : { monthlyWage: 5_000_000 }),
                ...protectedFacts,
                children: kids.map((k) => k.benefit),
              })
        const facts = JSON.stringify({ s, membershipStart, contributionMonths, check: check.reasons })
        expect(benefit.payable, facts).toBe(true)
        // every fact is given: the check is settled
        expect(check.status, facts).not.toBe('unknown')
        expect(benefit.scholarship.eligible, facts).toBe(check.status === 'eligible')
        expect(benefit.scholarship.maxChildren, facts).toBe(check.maxChildren)
        if (check.status === 'eligible') {
          eligible++
          const chosen = check.children.filter((c) => c.selected === true).map((c) => c.index)
          const paid = benefit.scholarship.children.filter((c) => c.selected).map((c) => c.index)
          expect(paid, facts).toEqual(chosen)
        } else notEligible++
      }),
      { numRuns: RUNS },
    )
    expect(Math.min(eligible, notEligible)).toBeGreaterThan(RUNS / 20)
  })

  it('an empty list of children is no scholarship on both sides', () => {
    const check = checkScholarshipEligibility({
      dateOfDeath: '2024-05-01',
      asOf: '2024-05-01',
      cause: 'natural',
      contributionMonths: 48,
      children: [],
    })
    const benefit = calculateJkmBenefit({
      dateOfDeath: '2024-05-01',
      category: 'PU',
      membershipStart: '2020-01-01',
      cause: 'natural',
      membershipActive: true,
      contributionMonths: 48,
      children: [],
    })
    expect(check.status).toBe('not-eligible')
    expect(check.reasons.map((r) => r.code)).toContain('SCHOLARSHIP_NO_CHILDREN')
    expect(benefit.scholarship.eligible).toBe(false)
    expect(benefit.scholarship.reasons.map((r) => r.code)).toContain('SCHOLARSHIP_NO_CHILDREN')
  })

  it('children all marked as not registered heirs get no scholarship on both sides (decisions D14)', () => {
    const children = [{ birthDate: '2010-01-01', registeredHeir: false }, { birthDate: '2012-01-01' }]
    const check = checkScholarshipEligibility({
      dateOfDeath: '2024-05-01',
      asOf: '2024-05-01',
      cause: 'natural',
      contributionMonths: 48,
      children: children.map(({ birthDate, registeredHeir }) => ({
        birthDate,
        married: false,
        working: 'no',
        ...(registeredHeir === undefined ? {} : { registeredAsHeir: registeredHeir }),
      })),
    })
    const benefit = calculateJkmBenefit({
      dateOfDeath: '2024-05-01',
      category: 'PU',
      membershipStart: '2020-01-01',
      cause: 'natural',
      membershipActive: true,
      contributionMonths: 48,
      children,
    })
    expect(check.status).toBe('not-eligible')
    expect(check.children.map((c) => c.selected)).toEqual([false, false])
    expect(benefit.scholarship.eligible).toBe(false)
  })
})
