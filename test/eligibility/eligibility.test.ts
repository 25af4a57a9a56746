import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  checkEligibility,
  checkJkmClaim,
  checkJkpClaim,
  checkJkpRegistration,
  checkScholarshipEligibility,
  getSource,
  jpPensionAgeOn,
  pensionAgeReachedOn,
  renderExplanation,
  type EligibilityInput,
  type EligibilityResult,
  type Reason,
} from '../../src/index.js'
import { idCatalogue } from '../../src/i18n/catalogues.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { valueAt } from '../../src/parameters/lookup.js'
import { programMatrix } from '../../src/parameters/programs.js'

/**
 * The JP pension age written from the text of PP 45/2015 Pasal 15, independently of the parameter data:
 * 56 until 2018, 57 from 2019, then one more every three years, at most 65.
 */
function lawPensionAge(year: number): number {
  if (year < 2019) return 56
  return Math.min(65, 57 + Math.floor((year - 2019) / 3))
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The birthday at `age`, with 29 February → 1 March in common years (written here, not imported). */
function birthday(birth: string, age: number): string {
  const y = Number(birth.slice(0, 4)) + age
  const md = birth.slice(5)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return md === '02-29' && !leap ? `${y}-03-01` : `${y}-${md}`
}

describe('jpPensionAgeOn (PP 45/2015 Pasal 15)', () => {
  it('matches the law on the first and last day of every year from 2016 to 2036', () => {
    for (let y = 2016; y <= 2036; y++) {
      expect(jpPensionAgeOn(`${y}-01-01`).pensionAge, `${y}-01-01`).toBe(lawPensionAge(y))
      expect(jpPensionAgeOn(`${y}-12-31`).pensionAge, `${y}-12-31`).toBe(lawPensionAge(y))
    }
  })
  it('answers for any date after the old horizon, from the law, with no staleness warning (D24)', () => {
    // 2037–2039: 57 + floor((2037 − 2019) / 3) = 57 + 6 = 63; 2040–2042: 64; from 2043: 65 for good
    for (let y = 2037; y <= 2100; y++)
      for (const md of ['01-01', '12-31']) {
        const r = jpPensionAgeOn(`${y}-${md}`)
        expect(r.pensionAge, `${y}-${md}`).toBe(lawPensionAge(y))
        expect(r.warnings, `${y}-${md}`).toEqual([])
      }
    expect(jpPensionAgeOn('2042-12-31').pensionAge).toBe(64)
    expect(jpPensionAgeOn('2043-01-01')).toMatchObject({ pensionAge: 65, from: '2043-01-01' })
    expect(jpPensionAgeOn('2043-01-01').to).toBeUndefined()
    expect(jpPensionAgeOn('9999-12-31').pensionAge).toBe(65)
    // the last verified date and the day after: same answer, no warning either side
    expect(jpPensionAgeOn('2026-11-25').warnings).toEqual([])
    // the explanation cites the article on every side of the old horizon
    for (const d of ['2036-12-31', '2037-01-01', '2050-06-30'])
      expect(jpPensionAgeOn(d).explanation.legal.map((c) => c.text)).toContain('PP 45/2015 Pasal 15 ayat (3)')
  })
  it('still refuses a date before JP began (2015-07-01), and answers 56 on its first day', () => {
    expect(jpPensionAgeOn('2015-07-01').pensionAge).toBe(56)
    expect(() => jpPensionAgeOn('2015-06-30')).toThrow(
      expect.objectContaining({ code: 'DATE_BEFORE_COVERAGE' }),
    )
  })
  it('pensionAgeReachedOn carries no staleness warning for a date decades ahead (D24)', () => {
    // born 1990-05-10: 65 on 2055-05-10 (the schedule is 65 from 2043)
    const r = pensionAgeReachedOn('1990-05-10')
    expect(r).toMatchObject({ pensionAge: 65, date: '2055-05-10' })
    expect(r.warnings).toEqual([])
  })
  it('accepts a Date and reads it as a calendar date', () => {
    expect(jpPensionAgeOn(new Date(2019, 0, 1)).date).toBe('2019-01-01')
    expect(jpPensionAgeOn({ date: new Date('2018-12-31') }).pensionAge).toBe(56)
    // born 1965-07-16: 58 (in force 2022–2024) is reached on 2023-07-16
    expect(pensionAgeReachedOn(new Date(1965, 6, 16))).toMatchObject({
      birthDate: '1965-07-16',
      pensionAge: 58,
      date: '2023-07-16',
    })
  })
})

describe('pensionAgeReachedOn', () => {
  const births: string[] = []
  for (let y = 1955; y <= 2000; y += 1)
    for (const md of ['01-01', '02-28', '02-29', '06-15', '12-31']) {
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      if (md !== '02-29' || leap) births.push(`${y}-${md}`)
    }
  it('is the first birthday on which the age reaches the pension age in force that year (checked against the law for 200+ birth dates)', () => {
    for (const b of births) {
      let expected: { age: number; date: string } | undefined
      for (let age = 50; age <= 70 && expected === undefined; age++) {
        const d = birthday(b, age)
        if (age >= lawPensionAge(Number(d.slice(0, 4)))) expected = { age, date: d }
      }
      const r = pensionAgeReachedOn(b)
      expect({ age: r.pensionAge, date: r.date }, b).toEqual(expected)
    }
  })
  it('registration ends on the last day of the month before the month of the birthday', () => {
    for (const b of births) {
      const r = pensionAgeReachedOn(b)
      const y = Number(r.date.slice(0, 4))
      const m = Number(r.date.slice(5, 7))
      const prev = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 }
      const last = new Date(Date.UTC(prev.y, prev.m, 0)).getUTCDate()
      expect(r.jpRegistrationUntil, b).toBe(`${prev.y}-${pad(prev.m)}-${pad(last)}`)
    }
  })
  it('is marked projected exactly when the date is after the last verification (2026-11-24)', () => {
    expect(pensionAgeReachedOn('1967-01-01').projected).toBe(false) // 2026-01-01
    expect(pensionAgeReachedOn('1968-02-29').projected).toBe(true) // 2027-03-01
  })
})

describe('checkEligibility: result invariants', () => {
  const inputs: EligibilityInput[] = [
    { asOf: '2025-03-01', relationship: 'employee-company' },
    {
      asOf: '2025-03-01',
      relationship: 'employee-company',
      nationality: 'WNI',
      enterpriseSize: 'large',
      birthDate: '1990-05-10',
      inJkn: true,
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
    },
    { asOf: '2025-03-01', relationship: 'asn' },
    { asOf: '2016-01-01', relationship: 'migrant-worker' },
    { asOf: '2020-01-01', relationship: 'intern', employerType: 'company' },
    { asOf: '2025-03-01', relationship: 'religious-worker', wageEarner: true },
    { asOf: '2025-03-01', relationship: 'construction-project' },
    {
      asOf: '2025-03-01',
      relationship: 'self-employed',
      checkBpuRegistrationAge: true,
      birthDate: '2012-01-01',
    },
    { asOf: '2022-05-05', relationship: 'state-non-asn', birthDate: '1960-01-01' },
  ]
  const reasonsOf = (r: EligibilityResult): Reason[] => [
    ...r.categoryReasons,
    ...r.programs.flatMap((p) => p.reasons),
    ...(r.age?.workingAge.reasons ?? []),
    ...(r.bpuRegistrationAge?.reasons ?? []),
  ]
  for (const input of inputs)
    it(`${input.relationship} on ${String(input.asOf)}: frozen, JSON-safe, five programs, every reason localized and cited`, () => {
      const id = checkEligibility(input)
      const en = checkEligibility(input, { locale: 'en' })
      expect(Object.isFrozen(id)).toBe(true)
      expect(Object.isFrozen(id.programs[0])).toBe(true)
      expect(JSON.parse(JSON.stringify(id))).toEqual(id)
      expect(id.programs.map((p) => p.program)).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP'])
      for (const p of id.programs) expect(p.reasons.length, p.program).toBeGreaterThan(0)
      for (const r of reasonsOf(id)) {
        expect(idCatalogue[r.code], r.code).toBeDefined()
        expect(enCatalogue[r.code], r.code).toBeDefined()
        expect(r.message).not.toMatch(/\{\w+(?::\w+)?\}/)
        expect(r.legal.length, r.code).toBeGreaterThan(0)
        for (const c of r.legal) expect(getSource(c.source), c.source).toBeDefined()
      }
      for (const w of id.warnings) expect(idCatalogue[w.code], w.code).toBeDefined()
      // same answers in both languages, different words
      expect(en.programs.map((p) => [p.status, p.missing])).toEqual(
        id.programs.map((p) => [p.status, p.missing]),
      )
      expect(reasonsOf(en).map((r) => r.code)).toEqual(reasonsOf(id).map((r) => r.code))
      expect(reasonsOf(en).map((r) => r.message)).not.toEqual(reasonsOf(id).map((r) => r.message))
      // an explanation with a category step and one step per program
      const rules = id.explanation.steps.map((s) => s.rule)
      expect(rules).toContain('eligibility.category')
      for (const p of ['JKK', 'JKM', 'JHT', 'JP', 'JKP']) expect(rules).toContain(`eligibility.program.${p}`)
      expect(renderExplanation(id.explanation).length).toBeGreaterThan(100)
      expect(renderExplanation(en.explanation, { locale: 'en' }).length).toBeGreaterThan(100)
    })

  it('does not change its input and gives the same answer twice', () => {
    const input = Object.freeze({
      asOf: '2025-03-01',
      relationship: 'employee-company',
      nationality: 'WNI',
      enrolledPrograms: Object.freeze(['JKK', 'JKM', 'JHT']),
    }) as EligibilityInput
    const a = checkEligibility(input)
    const b = checkEligibility(input)
    expect(a).toEqual(b)
  })

  it('refuses bad options with a validation error', () => {
    expect(() =>
      checkEligibility({ asOf: '2025-03-01', relationship: 'asn' }, { locale: 'fr' as 'en' }),
    ).toThrow(BpjsValidationError)
    expect(() =>
      checkEligibility(
        { asOf: '2025-03-01', relationship: 'asn' },
        { parameters: { 'eligibility.nope': 1 } },
      ),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'UNKNOWN_PARAMETER' })] }))
  })
})

// ---------------------------------------------------------------------------------------------------
// Three-valued soundness: an answer that is not `unknown` never changes when missing facts are added,
// and filling the `missing` paths settles an unknown answer (unless the law itself is unsettled).
// ---------------------------------------------------------------------------------------------------

type Partial = { -readonly [K in keyof EligibilityInput]?: EligibilityInput[K] }

const COMPLETIONS: Record<string, readonly unknown[]> = {
  nationality: ['WNI', 'WNA'],
  monthsWorkedInIndonesia: [5, 6],
  enterpriseSize: ['micro', 'small', 'medium', 'large'],
  employerType: ['state', 'company', 'individual'],
  constructionContract: ['casual', 'piece-rate', 'fixed-term', 'permanent'],
  birthDate: ['1960-06-15', '1962-12-31', '1971-03-01', '1971-03-02', '1990-05-10', '2010-01-01'],
  inJkn: [true, false],
  enrolledPrograms: [
    ['JKK', 'JKM', 'JHT'],
    ['JKK', 'JKM', 'JHT', 'JP'],
    ['JKK', 'JKM'],
  ],
}

function applicable(field: string, p: Partial): boolean {
  const rel = p.relationship ?? ''
  if (field === 'constructionContract') return rel === 'construction-project'
  if (field === 'employerType')
    return rel === 'intern' || ['religious-worker', 'rt-rw-head', 'vulnerable-worker'].includes(rel)
  if (field === 'monthsWorkedInIndonesia') return p.nationality !== 'WNI'
  return true
}

/** Every completion of `fields` (those applicable and not set), capped. */
function completions(p: Partial, fields: readonly string[], cap = 250): Partial[] {
  let out: Partial[] = [p]
  for (const f of fields) {
    const next: Partial[] = []
    for (const q of out) {
      if ((q as Record<string, unknown>)[f] !== undefined || !applicable(f, q)) {
        next.push(q)
        continue
      }
      for (const v of COMPLETIONS[f] ?? []) {
        const c = { ...q, [f]: v } as Partial
        if (f === 'nationality' && v === 'WNI') delete c.monthsWorkedInIndonesia
        next.push(c)
      }
    }
    out = next.slice(0, cap)
  }
  return out
}

/** A small deterministic generator of partial inputs. */
function* partialInputs(): Generator<Partial> {
  const rels = [
    'employee-company',
    'employee-individual',
    'state-non-asn',
    'self-employed',
    'construction-project',
    'migrant-worker',
    'intern',
    'religious-worker',
    'vulnerable-worker',
  ] as const
  const dates = ['2017-07-31', '2018-12-01', '2020-03-01', '2021-03-31', '2023-10-05', '2025-03-01']
  let seed = 7
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let i = 0; i < 90; i++) {
    const p: Partial = {
      asOf: dates[rand(dates.length)] as string,
      relationship: rels[rand(rels.length)] as EligibilityInput['relationship'],
    }
    for (const f of Object.keys(COMPLETIONS)) {
      if (!applicable(f, p) || rand(2) === 0) continue
      const vals = COMPLETIONS[f] as readonly unknown[]
      ;(p as Record<string, unknown>)[f] = vals[rand(vals.length)]
      if (f === 'nationality' && p.nationality === 'WNI') delete p.monthsWorkedInIndonesia
    }
    if (p.birthDate !== undefined && String(p.birthDate) > String(p.asOf)) delete p.birthDate
    if (p.relationship === 'religious-worker' || p.relationship === 'vulnerable-worker')
      p.wageEarner = rand(2) === 0
    yield p
  }
}

describe('checkEligibility: three-valued soundness', () => {
  it('a settled answer never changes when facts are added; filling the missing paths settles an unknown one', () => {
    let settledChecks = 0
    let unknownChecks = 0
    for (const p of partialInputs()) {
      const base = checkEligibility(p as EligibilityInput)
      const all = completions(p, Object.keys(COMPLETIONS)).filter(
        (c) => c.birthDate === undefined || String(c.birthDate) <= String(c.asOf),
      )
      for (const c of all) {
        const r = checkEligibility(c as EligibilityInput)
        if (base.categoryStatus !== 'unknown') {
          expect([r.category, r.categoryStatus], JSON.stringify(c)).toEqual([
            base.category,
            base.categoryStatus,
          ])
        }
        base.programs.forEach((bp, i) => {
          if (bp.status === 'unknown') return
          settledChecks++
          expect(r.programs[i]?.status, `${bp.program} ${JSON.stringify(c)}`).toBe(bp.status)
        })
      }
      for (const bp of base.programs) {
        if (bp.status !== 'unknown' || (bp.missing ?? []).length === 0) continue
        const filled = completions(p, bp.missing ?? []).filter(
          (c) => c.birthDate === undefined || String(c.birthDate) <= String(c.asOf),
        )
        for (const c of filled) {
          const r = checkEligibility(c as EligibilityInput)
          const q = r.programs.find((x) => x.program === bp.program)
          unknownChecks++
          expect(q?.status === 'unknown' ? q.missing : [], `${bp.program} ${JSON.stringify(c)}`).toEqual([])
        }
      }
    }
    expect(settledChecks).toBeGreaterThan(1000)
    expect(unknownChecks).toBeGreaterThan(100)
  })
})

describe('the program matrix (dated rows)', () => {
  it('keeps the PU rows: micro/small JKK+JKM+JHT with JP optional, medium/large with JP; JKP conditional from 2021-02', () => {
    for (const d of ['2015-07-01', '2021-01-31', '2021-02-01', '2025-03-01']) {
      const m = valueAt(programMatrix, d).value
      const jkp = d < '2021-02-01' ? 'unavailable' : 'conditional'
      expect(m.PU.micro).toEqual({
        JKK: 'mandatory',
        JKM: 'mandatory',
        JHT: 'mandatory',
        JP: 'optional',
        JKP: jkp,
      })
      expect(m.PU.small).toEqual(m.PU.micro)
      expect(m.PU.large).toEqual({
        JKK: 'mandatory',
        JKM: 'mandatory',
        JHT: 'mandatory',
        JP: 'mandatory',
        JKP: jkp,
      })
      expect(m.PU.medium).toEqual(m.PU.large)
    }
  })
  it('PMI join BPJS TK on 2017-08-01 (Permenaker 7/2017) and JHT is optional from 2018-12-10 (Permenaker 18/2018)', () => {
    expect(valueAt(programMatrix, '2017-07-31').value.PMI.JKK).toBe('unavailable')
    expect(valueAt(programMatrix, '2017-08-01').value.PMI).toMatchObject({
      JKK: 'mandatory',
      JKM: 'mandatory',
      JHT: 'unknown',
    })
    expect(valueAt(programMatrix, '2018-12-09').value.PMI.JHT).toBe('unknown')
    expect(valueAt(programMatrix, '2018-12-10').value.PMI.JHT).toBe('optional')
  })
  it('interns are unknown before 2021-04-01 and join JKK + JKM from it (Permenaker 5/2021)', () => {
    expect(valueAt(programMatrix, '2021-03-31').value.INTERN.JKK).toBe('unknown')
    expect(valueAt(programMatrix, '2021-04-01').value.INTERN).toEqual({
      JKK: 'mandatory',
      JKM: 'mandatory',
      JHT: 'unavailable',
      JP: 'unavailable',
      JKP: 'unavailable',
    })
  })
})

describe('focused checks: invariants', () => {
  const results = [
    checkJkpRegistration({ registrationDate: '2025-03-01' }),
    checkJkpClaim({ layoffDate: '2025-05-15' }),
    checkJkmClaim({ dateOfDeath: '2025-05-15', category: 'BPU' }),
    checkScholarshipEligibility({
      dateOfDeath: '2024-05-01',
      asOf: '2024-06-01',
      children: [{ birthDate: '2010-01-01' }],
    }),
  ]
  it('are frozen and JSON-safe, list their missing paths when unknown, and cite every reason', () => {
    for (const r of results) {
      expect(Object.isFrozen(r)).toBe(true)
      expect(JSON.parse(JSON.stringify(r))).toEqual(r)
      expect(r.status).toBe('unknown')
      expect((r.missing ?? []).length).toBeGreaterThan(0)
      for (const c of r.conditions) {
        if (c.status === 'unknown') expect(c.missing, c.id).toBeDefined()
        for (const reason of c.reasons) {
          expect(reason.legal.length, reason.code).toBeGreaterThan(0)
          expect(idCatalogue[reason.code], reason.code).toBeDefined()
        }
      }
      expect(r.explanation.steps.length).toBeGreaterThan(0)
    }
  })
  it('the missing paths of an unknown check are the union of its unknown conditions', () => {
    for (const r of results) {
      const union = [
        ...new Set(r.conditions.filter((c) => c.status === 'unknown').flatMap((c) => c.missing ?? [])),
      ]
      expect(r.missing).toEqual(union)
    }
  })
})
