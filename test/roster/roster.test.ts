import { describe, expect, it } from 'vitest'
import { BpjsRuleError, BpjsValidationError } from '../../src/errors.js'
import { checkEligibility } from '../../src/eligibility/index.js'
import { planCoverageProgram } from '../../src/programs-plan/index.js'
import {
  assessRoster,
  createRosterAssessor,
  decodeNik,
  type AssessRosterInput,
  type RosterOptions,
} from '../../src/roster/index.js'

describe('decodeNik (worked by hand)', () => {
  it('reads a woman’s NIK: 15 71 02 | 45 08 90 | 0003 → Jambi city, Jambi Selatan, 45 − 40 = 5 Aug (19)90, female', () => {
    expect(decodeNik('1571024508900003')).toEqual({
      ok: true,
      nik: {
        province: '15',
        regency: '15.71',
        district: '15.71.02',
        birthDay: 5,
        birthMonth: 8,
        birthYear2: 90,
        sex: 'female',
        serial: '0003',
      },
    })
  })
  it('reads a man’s NIK: 31 74 05 | 12 03 85 | 0002 → day 12 (≤ 31: male), March, (19)85', () => {
    const r = decodeNik('3174051203850002')
    expect(r.ok && r.nik).toMatchObject({
      district: '31.74.05',
      birthDay: 12,
      birthMonth: 3,
      birthYear2: 85,
      sex: 'male',
    })
  })
  it('accepts 29 February only in a two-digit year that is a leap year in some century (00: 2000; 96: 1996)', () => {
    expect(decodeNik('1571026902000001').ok).toBe(true) // 69 − 40 = 29, Feb, 2000 leap
    expect(decodeNik('1571022902960001').ok).toBe(true) // 1996 leap
    expect(decodeNik('1571022902970001')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // 1997 and 2097 common
  })
  it('names each structural defect', () => {
    expect(decodeNik('157102450890000')).toEqual({ ok: false, defect: 'NIK_MALFORMED' }) // 15 digits
    expect(decodeNik('15710245089000031')).toEqual({ ok: false, defect: 'NIK_MALFORMED' }) // 17 digits
    expect(decodeNik('1571O24508900003')).toEqual({ ok: false, defect: 'NIK_MALFORMED' }) // letter O
    expect(decodeNik('１５71024508900003')).toEqual({ ok: false, defect: 'NIK_MALFORMED' }) // full-width digits
    expect(decodeNik('0571024508900003')).toEqual({ ok: false, defect: 'NIK_REGION_INVALID' }) // province 05
    expect(decodeNik('1500024508900003')).toEqual({ ok: false, defect: 'NIK_REGION_INVALID' }) // regency 00
    expect(decodeNik('1571004508900003')).toEqual({ ok: false, defect: 'NIK_REGION_INVALID' }) // district 00
    expect(decodeNik('1571023508900003')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // day 35
    expect(decodeNik('1571027208900003')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // 72 − 40 = 32
    expect(decodeNik('1571020013900003')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // day 00
    expect(decodeNik('1571020513900003')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // month 13
    expect(decodeNik('1571027104900003')).toEqual({ ok: false, defect: 'NIK_BIRTH_INVALID' }) // 31 April (71 − 40)
    expect(decodeNik('1571024508900000')).toEqual({ ok: false, defect: 'NIK_SERIAL_INVALID' })
  })
})

/**
 * A roster of 12 rows on 15 January 2026, paid from the APBD (no PP 50/2025 discount, decisions D20), with
 * the city's own age limit of 65 passed as the parameter override (decisions D15: unknown by default).
 * Premium JKK + JKM = 1% × base + Rp6,800; base = declared income clamped to Rp1,000,000 … Rp20,700,000 (D1).
 */
const rows: AssessRosterInput['rows'] = [
  // 1: 45 − 40 = 5, 08, 90 → 5 Aug 1990 female ✓; age on 2026-01-15: 35; 1% × 1,000,000 + 6,800 = 16,800 → enrol
  {
    nik: '1571024508900003',
    birthDate: '1990-08-05',
    sex: 'female',
    declaredIncome: 1000000,
    participant: false,
    district: 'Jambi Selatan',
    occupation: 'pedagang',
  },
  // 2: 12 Mar 1985 male ✓; age 40; 1% × 2,000,000 + 6,800 = 26,800 → enrol
  {
    nik: '1571031203850002',
    birthDate: '1985-03-12',
    sex: 'male',
    declaredIncome: '2000000',
    participant: false,
    district: 'Jambi Timur',
    occupation: 'ojek',
  },
  // 3: row 1 again → NIK duplicate of row 1 → excluded
  {
    nik: '1571024508900003',
    birthDate: '1990-08-05',
    sex: 'female',
    declaredIncome: 1000000,
    participant: false,
    district: 'Jambi Selatan',
    occupation: 'pedagang',
  },
  // 4: NIK says 55 − 40 = 15 Jun 1980, the list says 16 Jun → mismatch → review; 900,000 < floor → base 1,000,000 → 16,800
  {
    nik: '1571025506800001',
    birthDate: '1980-06-16',
    sex: 'female',
    declaredIncome: 900000,
    participant: false,
    district: 'Jambi Selatan',
    occupation: 'pedagang',
  },
  // 5: 1 Jan 1955 male; age 71 ≥ 65 → above the age limit → excluded
  {
    nik: '1571010101550001',
    birthDate: '1955-01-01',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Kota Baru',
    occupation: 'marbot',
  },
  // 6: 41 → woman born 1 Jul 1961, the list says male → sex mismatch → review; age 64 < 65
  {
    nik: '1571014107610005',
    birthDate: '1961-07-01',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Kota Baru',
    occupation: 'marbot',
  },
  // 7: no NIK → review (the premium is still known: 16,800)
  {
    birthDate: '1995-05-05',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Kota Baru',
    occupation: 'ojek',
  },
  // 8: already a participant → covered
  {
    nik: '1571052010920007',
    birthDate: '1992-10-20',
    sex: 'male',
    declaredIncome: 1000000,
    participant: true,
    district: 'Jambi Timur',
    occupation: 'ojek',
  },
  // 9: works for a company → PU, registered by the employer → excluded
  {
    nik: '1571060707000001',
    birthDate: '2000-07-07',
    sex: 'male',
    relationship: 'employee-company',
    participant: false,
    district: 'Jambi Timur',
    occupation: 'buruh',
  },
  // 10: 3 Mar 2010 → 15 on 2026-01-15: a child (under 18) → review
  {
    nik: '1571070303100002',
    birthDate: '2010-03-03',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Jambi Timur',
    occupation: 'ojek',
  },
  // 11: a letter in the NIK → malformed → review
  {
    nik: '15710A0101900001',
    birthDate: '1990-01-01',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Kota Baru',
    occupation: 'ojek',
  },
  // 12: birth date not a date → invalid field; age unknown → eligibility unknown (birthDate missing) → review
  {
    nik: '1571080808880008',
    birthDate: 'kemarin',
    sex: 'male',
    declaredIncome: 1000000,
    participant: false,
    district: 'Kota Baru',
    occupation: 'ojek',
  },
]

const options: RosterOptions = { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } }
const input: AssessRosterInput = {
  asOf: '2026-01-15',
  payer: 'apbd',
  relationship: 'vulnerable-worker',
  nationality: 'WNI',
  rows,
  potentialWorkers: 40,
}

describe('assessRoster: a roster of 12 worked by hand', () => {
  const r = assessRoster(input, options)
  const codes = (i: number) => r.people[i]!.findings.map((f) => f.code)

  it('gives each row its status', () => {
    expect(r.people.map((p) => [p.row, p.status])).toEqual([
      [1, 'enrol'],
      [2, 'enrol'],
      [3, 'excluded'],
      [4, 'review'],
      [5, 'excluded'],
      [6, 'review'],
      [7, 'review'],
      [8, 'covered'],
      [9, 'excluded'],
      [10, 'review'],
      [11, 'review'],
      [12, 'review'],
    ])
    expect(r.counts).toEqual({ enrol: 2, covered: 1, review: 6, excluded: 3 })
  })
  it('lists each row’s findings', () => {
    expect(codes(0)).toEqual([])
    expect(codes(1)).toEqual([])
    expect(codes(2)).toEqual(['ROSTER_NIK_DUPLICATE'])
    expect(r.people[2]!.findings[0]!.params).toMatchObject({ firstRow: 1 })
    expect(codes(3)).toEqual(['ROSTER_NIK_BIRTH_DATE_MISMATCH', 'ROSTER_INCOME_CLAMPED'])
    expect(r.people[3]!.findings[0]!.message).toBe(
      'Tanggal lahir 1980-06-16 tidak cocok dengan NIK (tertulis 15-06-80 pada angka ke-7 s.d. 12).',
    )
    expect(codes(4)).toEqual(['ROSTER_AGE_ABOVE_LIMIT'])
    expect(r.people[4]!.findings[0]!.params).toMatchObject({ age: 71, maxAge: 65 })
    expect(codes(5)).toEqual(['ROSTER_NIK_SEX_MISMATCH'])
    expect(codes(6)).toEqual(['ROSTER_NIK_MISSING'])
    expect(codes(7)).toEqual(['ROSTER_ALREADY_PARTICIPANT'])
    expect(codes(8)).toEqual(['ROSTER_NOT_BPU'])
    expect(r.people[8]!.category).toBe('PU')
    expect(codes(9)).toEqual(['ROSTER_AGE_CHILD'])
    expect(codes(10)).toEqual(['ROSTER_NIK_MALFORMED'])
    expect(codes(11)).toEqual(['ROSTER_FIELD_INVALID'])
    expect(r.people[11]!.findings[0]!.field).toBe('birthDate')
    expect(r.people[11]!.eligibility).toEqual({ status: 'unknown', missing: ['birthDate'] })
  })
  it('prices each package: 16,800 on the Rp1,000,000 base and 26,800 on Rp2,000,000', () => {
    expect(r.people.map((p) => p.premium?.perMonth ?? null)).toEqual([
      16800,
      26800,
      16800,
      16800,
      null,
      16800,
      16800,
      16800,
      null,
      16800,
      16800,
      16800,
    ])
    expect(r.people[3]!.premium?.base).toBe(1_000_000) // 900,000 clamped up to the floor (D1)
    expect(r.people.map((p) => p.age)).toEqual([35, 40, 35, 45, 71, 64, 30, 33, 25, 15, 36, null])
  })
  it('counts by finding, district and occupation', () => {
    expect(r.findings).toEqual({
      ROSTER_AGE_ABOVE_LIMIT: 1,
      ROSTER_AGE_CHILD: 1,
      ROSTER_ALREADY_PARTICIPANT: 1,
      ROSTER_FIELD_INVALID: 1,
      ROSTER_INCOME_CLAMPED: 1,
      ROSTER_NIK_BIRTH_DATE_MISMATCH: 1,
      ROSTER_NIK_DUPLICATE: 1,
      ROSTER_NIK_MALFORMED: 1,
      ROSTER_NIK_MISSING: 1,
      ROSTER_NIK_SEX_MISMATCH: 1,
      ROSTER_NOT_BPU: 1,
    })
    expect(r.byDistrict['Jambi Selatan']).toEqual({ rows: 3, enrol: 1, covered: 0, review: 1, excluded: 1 })
    expect(r.byDistrict['Jambi Timur']).toEqual({ rows: 4, enrol: 1, covered: 1, review: 1, excluded: 1 })
    expect(r.byDistrict['Kota Baru']).toEqual({ rows: 5, enrol: 0, covered: 0, review: 4, excluded: 1 })
    expect(r.byOccupation.ojek).toEqual({ rows: 6, enrol: 1, covered: 1, review: 4, excluded: 0 })
  })
  it('groups the people ready to enrol into cohorts: 16,800 + 26,800 = 43,600 a month', () => {
    expect(r.cohorts.map((c) => [c.name, c.workers, c.premiumPerWorkerPerMonth])).toEqual([
      ['BPU JKK+JKM Rp1.000.000', 1, 16800],
      ['BPU JKK+JKM Rp2.000.000', 1, 26800],
    ])
    expect(r.monthlyPremium).toBe(43_600)
  })
  it('builds a planCoverageProgram input: 12 months × 43,600 = 523,200; coverage (1 + 2) ÷ 40', () => {
    expect(r.planInputs).toHaveLength(1)
    const plan = planCoverageProgram(r.planInputs[0]!)
    expect(plan.total).toBe(523_200)
    expect(plan.coverage).toMatchObject({
      coveredBefore: 1,
      coveredAfter: 3,
      potential: 40,
      ratioAfter: 0.075,
    })
  })
  it('is frozen and explained', () => {
    expect(Object.isFrozen(r)).toBe(true)
    expect(Object.isFrozen(r.people[0]!.findings)).toBe(true)
    const rules = r.explanation.steps.map((s) => s.rule)
    expect(rules).toContain('roster.nik')
    expect(rules).toContain('roster.eligibility')
    expect(rules).toContain('roster.premium')
    expect(r.explanation.steps.find((s) => s.rule === 'roster.total')?.value).toBe(43_600)
    // the monthly amounts are rupiah (unit), the counts of rows are not
    expect(r.explanation.steps.find((s) => s.rule === 'roster.total')?.unit).toBe('rupiah')
    const cohorts = r.explanation.steps.filter((s) => s.rule === 'roster.cohort')
    expect(cohorts.length).toBeGreaterThan(0)
    for (const c of cohorts) expect(c.unit).toBe('rupiah')
    expect(r.explanation.steps.find((s) => s.rule === 'roster.rows')?.unit).toBeUndefined()
    expect(r.explanation.parameters.map((p) => p.id)).toContain('bpu.jkk.rate')
  })
  it('speaks English when asked', () => {
    const en = assessRoster(input, { ...options, locale: 'en' })
    expect(en.people[2]!.findings[0]!.message).toBe(
      'NIK 1571024508900003 is already listed on row 1; the person is counted once.',
    )
  })
})

describe('assessRoster: facts and defaults', () => {
  const one = (row: Record<string, unknown>, extra: Record<string, unknown> = {}, opts?: RosterOptions) =>
    assessRoster(
      {
        asOf: '2026-01-15',
        payer: 'apbd',
        relationship: 'religious-worker',
        ...extra,
        rows: [row],
      } as AssessRosterInput,
      opts,
    )
  const base = {
    nik: '1571024508900003',
    birthDate: '1990-08-05',
    sex: 'female',
    declaredIncome: 1000000,
    participant: false,
  }

  it('without the caller’s age limit the BPU limit is not applied, and says so once (D15)', () => {
    const r = one({ ...base, nik: '1571010101550001', birthDate: '1955-01-01', sex: 'male' })
    expect(r.people[0]!.status).toBe('enrol')
    expect(r.warnings.filter((w) => w.code === 'ROSTER_BPU_AGE_LIMIT_UNKNOWN')).toHaveLength(1)
  })
  it('a participant above the age limit is covered (already enrolled), a duplicate participant is not counted twice', () => {
    const old = { ...base, nik: '1571010101550001', birthDate: '1955-01-01', sex: 'male', participant: true }
    const r = assessRoster(
      { asOf: '2026-01-15', payer: 'apbd', relationship: 'religious-worker', rows: [old, old] },
      { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
    )
    expect(r.people.map((p) => p.status)).toEqual(['covered', 'excluded'])
    expect(r.people[0]!.findings.map((f) => f.code)).toEqual([
      'ROSTER_ALREADY_PARTICIPANT',
      'ROSTER_AGE_ABOVE_LIMIT',
    ])
  })
  it('a missing relationship or income is named, never guessed; the caller’s defaults are noted', () => {
    const r = one({ ...base, declaredIncome: undefined }, { relationship: undefined })
    expect(r.people[0]!.findings.map((f) => f.code)).toEqual(['ROSTER_RELATIONSHIP_MISSING'])
    const r2 = one({ ...base, declaredIncome: undefined })
    expect(r2.people[0]!.findings.map((f) => f.code)).toEqual(['ROSTER_INCOME_MISSING'])
    expect(r2.people[0]!.status).toBe('review')
    const r3 = one({ ...base, declaredIncome: undefined }, { declaredIncome: 1000000 })
    expect(r3.people[0]!.findings.map((f) => f.code)).toEqual(['ROSTER_INCOME_DEFAULTED'])
    expect(r3.people[0]!.status).toBe('enrol')
  })
  it('an unstated participation is noted (info) and the person stays a candidate', () => {
    const { participant: _p, ...rest } = base
    const r = one(rest)
    expect(r.people[0]!.findings.map((f) => [f.code, f.severity])).toEqual([
      ['ROSTER_PARTICIPATION_UNKNOWN', 'info'],
    ])
    expect(r.people[0]!.status).toBe('enrol')
  })
  it('a wage-earning religious worker is PU (not this program)', () => {
    const r = one({ ...base, wageEarner: true, relationship: 'religious-worker', nationality: 'WNI' })
    expect(r.people[0]!.status).toBe('excluded')
    expect(r.people[0]!.category).toBe('PU')
  })
  it('ASN are outside BPJS TK', () => {
    const r = one({ ...base, relationship: 'asn' })
    expect(r.people[0]!.findings.map((f) => f.code)).toEqual(['ROSTER_OUTSIDE_PROGRAM'])
    expect(r.people[0]!.status).toBe('excluded')
  })
  it('a self-paid transport worker in 2026-02 gets PP 50/2025 (50% of 16,800 = 8,400); without a sector it is a finding', () => {
    const r = one({ ...base, sector: 'transport' }, { asOf: '2026-02-10', payer: 'self' })
    expect(r.people[0]!.premium?.perMonth).toBe(8_400) // 5,000 + 3,400
    const r2 = one(base, { asOf: '2026-02-10', payer: 'self' })
    expect(r2.people[0]!.findings.map((f) => f.code)).toEqual(['ROSTER_PREMIUM_REFUSED'])
  })
  it('the region lookup marks unknown district codes and names known ones', () => {
    const regionLookup = (code: string) => (code === '15.71.02' ? 'Jambi Selatan' : undefined)
    const r = assessRoster(
      {
        asOf: '2026-01-15',
        payer: 'apbd',
        relationship: 'vulnerable-worker',
        rows: [base, { ...base, nik: '1571094508900003' }],
      },
      { regionLookup },
    )
    expect(r.people[0]!.district).toBe('15.71.02 Jambi Selatan')
    expect(r.people[1]!.findings.map((f) => f.code)).toEqual(['ROSTER_NIK_REGION_UNKNOWN'])
  })
  it('a birth after the enrolment date, an age above 120 and a NIK given as a number are findings', () => {
    expect(one({ ...base, birthDate: '2026-02-01' }).people[0]!.findings.map((f) => f.code)).toContain(
      'ROSTER_BIRTH_AFTER_ENROLMENT',
    )
    expect(one({ ...base, birthDate: '1901-08-05' }).people[0]!.findings.map((f) => f.code)).toContain(
      'ROSTER_AGE_IMPLAUSIBLE',
    )
    expect(one({ ...base, nik: 1571024508900003 }).people[0]!.findings.map((f) => f.code)).toEqual([
      'ROSTER_FIELD_INVALID',
    ])
  })
})

describe('assessRoster: hostile rows are findings, bad settings are errors', () => {
  it('assesses every row whatever it holds', () => {
    const cyclic: Record<string, unknown> = { nik: '1571024508900003' }
    cyclic.self = cyclic
    const hostile = [
      null,
      42,
      [],
      'x',
      JSON.parse('{"__proto__": {"polluted": true}, "nik": "1571024508900003"}'),
      { nik: '9'.repeat(100_000) },
      { nik: '1571024508900003', birthDate: new Date(0) },
      { declaredIncome: -5, nik: '1571031203850002', birthDate: '1985-03-12' },
      { declaredIncome: 'Rp 1.000.000', nik: '1571031203850002', birthDate: '1985-03-12' },
      { declaredIncome: Number.NaN, nik: '1571031203850002', birthDate: '1985-03-12' },
      { relationship: 'astronaut', nik: '1571031203850002', birthDate: '1985-03-12' },
      cyclic,
    ]
    const r = assessRoster({ asOf: '2026-01-15', payer: 'apbd', relationship: 'informal', rows: hostile })
    expect(r.rows).toBe(hostile.length)
    expect(r.counts.enrol).toBe(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    for (const p of r.people) expect(p.findings.length).toBeGreaterThan(0)
    expect(r.people.slice(0, 4).every((p) => p.findings[0]!.code === 'ROSTER_ROW_NOT_OBJECT')).toBe(true)
    expect(r.people[5]!.nik!.length).toBeLessThanOrEqual(33)
  })
  it('refuses invalid settings with paths and codes', () => {
    const bad = (i: unknown) => {
      try {
        assessRoster(i as AssessRosterInput)
      } catch (e) {
        return e
      }
      return undefined
    }
    const e1 = bad({ asOf: '2026-13-01', payer: 'apbd', rows: [] }) as BpjsValidationError
    expect(e1).toBeInstanceOf(BpjsValidationError)
    expect(e1.issues[0]!.path).toEqual(['asOf'])
    const e2 = bad({ asOf: '2026-01-15', payer: 'bank', rows: [] }) as BpjsValidationError
    expect(e2.issues[0]!.path).toEqual(['payer'])
    const e3 = bad({ asOf: '2026-01-15', payer: 'apbd', rows: 'all' }) as BpjsValidationError
    expect(e3.issues[0]!.path).toEqual(['rows'])
    expect(bad({ asOf: '2014-01-15', payer: 'apbd', rows: [] })).toBeInstanceOf(BpjsRuleError)
  })
})

describe('createRosterAssessor streams the same answers', () => {
  it('gives row by row what assessRoster gives for the whole list', () => {
    const { rows: all, ...settings } = input
    const a = createRosterAssessor(settings, options)
    const streamed = all.map((row) => a.add(row))
    const whole = assessRoster(input, options)
    expect(streamed).toEqual(whole.people)
    const { people: _p, ...summary } = whole
    expect(a.summary()).toEqual(summary)
  })
})

describe('one eligibility check per relationship and age serves everyone of that age', () => {
  it('the facts a roster reads are the same for every birth date of the same age', () => {
    const opts = { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } }
    const pick = (birthDate: string) => {
      const r = checkEligibility(
        {
          asOf: '2026-01-15',
          relationship: 'vulnerable-worker',
          birthDate,
          payer: 'apbd',
          checkBpuRegistrationAge: true,
        },
        opts,
      )
      return {
        category: r.category,
        status: r.categoryStatus,
        programs: r.programs.filter((p) => p.program !== 'JP' && p.program !== 'JKP').map((p) => p.status),
        working: r.age?.workingAge.status,
        bpu: r.bpuRegistrationAge?.status,
      }
    }
    // ages 17, 18, 64 and 65 on 2026-01-15, each from its youngest and its oldest birth date
    for (const [young, old] of [
      ['2008-01-15', '2007-01-16'],
      ['2007-01-15', '2006-01-16'],
      ['1961-01-15', '1960-01-16'],
      ['1960-01-15', '1959-01-16'],
    ] as const)
      expect(pick(young)).toEqual(pick(old))
  })
})
