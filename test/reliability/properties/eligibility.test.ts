import { WORK_RELATIONSHIPS } from '../../../src/index.js'
/**
 * Properties of checkEligibility and its siblings. Oracles from regulations.md §7: the JP pension age (PP
 * 45/2015 Pasal 15: 56 from 2015, 57 from 2019, +1 every 3 years to 65 in 2043), the JKP registration age
 * (under 54, PP 37/2021 Pasal 4 as amended by PP 6/2025); birthdays of 29 February fall on 1 March in common
 * years; and the three-valued contract of issue 5 (a missing fact gives `unknown` with its input path).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deepEqual, fnOf, resultProblems, snapshot, type AnyFn } from '../harness.js'
import { TODAY } from './arbitraries.js'
import { PROPERTY_SEED, STRICT } from './settings.js'

const cfg = { seed: PROPERTY_SEED, numRuns: 150 }
const pad = (n: number) => String(n).padStart(2, '0')
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!

function dateIn(from: string, to: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({ min: Number(from.slice(0, 4)), max: Number(to.slice(0, 4)) }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`)
    .filter((iso) => iso >= from && iso <= to)
}

/** PP 45/2015 Pasal 15, by hand. */
function pensionAge(iso: string): number {
  const y = Number(iso.slice(0, 4))
  return y < 2019 ? 56 : Math.min(65, 57 + Math.floor((y - 2019) / 3))
}

/** The day a person born on `birth` turns `n` (29 February → 1 March in common years). */
function birthday(birth: string, n: number): string {
  const y = Number(birth.slice(0, 4)) + n
  return birth.slice(5) === '02-29' && !isLeap(y) ? `${y}-03-01` : `${y}${birth.slice(4)}`
}

function ageOn(birth: string, iso: string): number {
  let n = Number(iso.slice(0, 4)) - Number(birth.slice(0, 4))
  if (birthday(birth, n) > iso) n -= 1
  return n
}

function dayBefore(iso: string): string {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  if (d > 1) return `${y}-${pad(m)}-${pad(d - 1)}`
  return m === 1 ? `${y - 1}-12-31` : `${y}-${pad(m - 1)}-${pad(daysIn(y, m - 1))}`
}

const pensionOn = fnOf('jpPensionAgeOn')
const reached = fnOf('pensionAgeReachedOn')
const jkpReg = fnOf('checkJkpRegistration')
const check = fnOf('checkEligibility')

describe.skipIf(pensionOn === undefined || reached === undefined)('JP pension age', () => {
  it('on every date from 2015-07-01 to the horizon it is 56, 57 from 2019, +1 every 3 years, 65 from 2043', () => {
    fc.assert(
      fc.property(dateIn("2015-07-01", "2099-12-31"), (date) => {
        const r = (pensionOn as AnyFn)({ date }) as { pensionAge: number }
        expect(r.pensionAge).toBe(pensionAge(date))
        expect(resultProblems(r, 'id', STRICT('jpPensionAgeOn'))).toEqual([])
      }),
      cfg,
    )
  })

  it('a person reaches it on the first birthday at or past the pension age of that day; JP registration ends with the month before', () => {
    fc.assert(
      fc.property(dateIn('1960-01-01', '1999-12-31'), (birthDate) => {
        let n = 56
        while (n < pensionAge(birthday(birthDate, n))) n++
        const r = (reached as AnyFn)({ birthDate }) as {
          pensionAge: number
          date: string
          jpRegistrationUntil: string
        }
        expect([r.pensionAge, r.date]).toEqual([n, birthday(birthDate, n)])
        // "born 16 Jul 1965 can be registered until Jun 2023" (regulations.md §7): the end of the month before
        expect(r.jpRegistrationUntil).toBe(dayBefore(`${r.date.slice(0, 7)}-01`))
        expect(resultProblems(r, 'id', STRICT('pensionAgeReachedOn'))).toEqual([])
      }),
      cfg,
    )
  })
})

describe.skipIf(jkpReg === undefined)('JKP registration', () => {
  it('with every other condition met, a person may register exactly while under 54 (from the JKP start, 2021-02)', () => {
    fc.assert(
      fc.property(
        dateIn('2021-02-01', TODAY),
        fc.integer({ min: 18, max: 70 }),
        fc.integer({ min: 0, max: 364 }),
        (reg, years, days) => {
          const y = Number(reg.slice(0, 4)) - years
          const birthDate = `${y}-${reg.slice(5, 7)}-${pad(Math.min(Number(reg.slice(8, 10)), daysIn(y, Number(reg.slice(5, 7)))))}`
          const shifted = shiftBack(birthDate, days)
          const input = {
            registrationDate: reg,
            birthDate: shifted,
            nationality: 'WNI',
            employmentRelationship: true,
            enterpriseSize: 'large',
            enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
            inJkn: true,
          }
          const r = (jkpReg as AnyFn)(input) as { status: string }
          expect(r.status, `${shifted} → age ${ageOn(shifted, reg)} on ${reg}`).toBe(
            ageOn(shifted, reg) < 54 ? 'eligible' : 'not-eligible',
          )
        },
      ),
      cfg,
    )
  })
})

function shiftBack(iso: string, days: number): string {
  let d = iso
  for (let i = 0; i < days; i++) d = dayBefore(d)
  return d
}

const RELATIONSHIPS = WORK_RELATIONSHIPS

/** Eligibility inputs with any subset of the optional facts. */
const anyEligibilityInput = fc
  .record(
    {
      asOf: dateIn('2015-07-01', TODAY),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      birthDate: dateIn('1950-01-01', '2005-12-31'),
      nationality: fc.constantFrom('WNI', 'WNA'),
      monthsWorkedInIndonesia: fc.integer({ min: 0, max: 120 }),
      enterpriseSize: fc.constantFrom('micro', 'small', 'medium', 'large'),
      employerType: fc.constantFrom('state', 'company', 'individual'),
      constructionContract: fc.constantFrom('casual', 'piece-rate', 'fixed-term', 'permanent'),
      wageEarner: fc.boolean(),
      payer: fc.constantFrom('self', 'apbd', 'apbn', 'other'),
      inJkn: fc.boolean(),
      enrolledPrograms: fc.subarray(['JKK', 'JKM', 'JHT', 'JP', 'JKP']),
    },
    { requiredKeys: ['asOf', 'relationship'] },
  )
  .filter((i) => i.birthDate === undefined || i.birthDate <= i.asOf)

interface Eligibility {
  category: string | null
  categoryStatus: string
  categoryMissing?: string[]
  programs: { program: string; status: string; missing?: string[]; reasons: unknown[] }[]
}

/**
 * The input without the facts the function refuses as not applicable to the relationship or nationality
 * (ELIG_FIELD_NOT_APPLICABLE, e.g. `wageEarner` for a company employee): the generator gives every fact to
 * every relationship, the owner decides which apply.
 */
function applicable(input: Record<string, unknown>): Record<string, unknown> {
  const out = { ...input }
  for (let i = 0; i < 10; i++) {
    try {
      ;(check as AnyFn)(out)
      return out
    } catch (e) {
      const issues = (e as { issues?: { code: string; path: (string | number)[] }[] }).issues ?? []
      const drop = issues.filter((x) => x.code === 'ELIG_FIELD_NOT_APPLICABLE').map((x) => String(x.path[0]))
      if (drop.length === 0) throw e
      for (const k of drop) delete out[k]
    }
  }
  return out
}

describe.skipIf(check === undefined)('checkEligibility', () => {
  const call = (i: unknown, o?: unknown) => (check as AnyFn)(i, o) as Eligibility
  const eligibilityInput = anyEligibilityInput.map((i) => applicable(i) as typeof i)

  it('answers each of the five programs once, with a status and reasons; unknown says which facts are missing', () => {
    fc.assert(
      fc.property(eligibilityInput, (input) => {
        const r = call(input)
        expect(r.programs.map((p) => p.program)).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP'])
        for (const p of r.programs) {
          expect(['mandatory', 'optional', 'unavailable', 'unknown']).toContain(p.status)
          expect(p.reasons.length, `${p.program} has no reason`).toBeGreaterThan(0)
          // unknown lists the missing facts (none where the law itself is unsettled, e.g. interns of the state)
          if (p.status === 'unknown')
            expect(Array.isArray(p.missing), `${p.program} unknown without missing`).toBe(true)
          else expect(p.missing ?? [], `${p.program} is decided but lists missing facts`).toEqual([])
        }
        if (r.categoryStatus === 'determined') expect(r.category).not.toBeNull()
      }),
      cfg,
    )
  })

  it('a missing path names a fact the caller did not give (never a default that hides the gap)', () => {
    fc.assert(
      fc.property(eligibilityInput, (input) => {
        const r = call(input)
        const given = new Set(Object.keys(input))
        const missing = [...(r.categoryMissing ?? []), ...r.programs.flatMap((p) => p.missing ?? [])]
        for (const m of missing)
          expect(given.has(m.split(/[.[]/)[0]!), `${m} is listed missing but was given`).toBe(false)
      }),
      cfg,
    )
  })

  it('giving a missing fact never turns a decided status into unknown', () => {
    fc.assert(
      fc.property(eligibilityInput, eligibilityInput, (input, donor) => {
        const r = call(input)
        const decided = r.programs.filter((p) => p.status !== 'unknown').map((p) => p.program)
        const missing = new Set(r.programs.flatMap((p) => p.missing ?? []))
        const more: Record<string, unknown> = { ...input }
        for (const k of missing) if (k in donor) more[k] = (donor as Record<string, unknown>)[k]
        if (typeof more['birthDate'] === 'string' && (more['birthDate'] as string) > input.asOf)
          delete more['birthDate']
        // a citizen's months worked in Indonesia do not apply (ELIG_FIELD_NOT_APPLICABLE): not a fact to give
        if (more['nationality'] === 'WNI') delete more['monthsWorkedInIndonesia']
        const r2 = call(more)
        for (const p of r2.programs)
          if (decided.includes(p.program)) expect(p.status, p.program).not.toBe('unknown')
      }),
      cfg,
    )
  })

  it('results are frozen, JSON-safe, deterministic; inputs are not mutated', () => {
    fc.assert(
      fc.property(eligibilityInput, fc.constantFrom('id', 'en'), (input, locale) => {
        const copy = snapshot(input)
        const r = call(input, { locale })
        expect(resultProblems(r, locale, STRICT('checkEligibility'))).toEqual([])
        expect(deepEqual(call(input, { locale }), r)).toBe(true)
        expect(deepEqual(input, copy)).toBe(true)
      }),
      cfg,
    )
  })
})
