/**
 * The guide's generated city roster (scripts/gen-roster.mjs) plants one known defect in some rows; each must
 * come out as its finding, and no clean row may get one.
 */
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without types
import { generateRoster } from '../../scripts/gen-roster.mjs'
import { assessRoster } from '../../src/roster/index.js'

interface Generated {
  nik: string
  birthDate: string
  sex: string
  participant: string
  declaredIncome: string
  defect: string
  [k: string]: unknown
}

describe('the generated roster', () => {
  const generated = (generateRoster as (o: object) => Generated[])({ rows: 3000, seed: 7 })
  const rows = generated.map(({ defect: _d, ...p }) => ({
    ...p,
    participant: p.participant === 'ya',
    ...(p.declaredIncome === '' ? { declaredIncome: undefined } : {}),
    ...(p.birthDate === '' ? { birthDate: undefined } : {}),
  }))
  const r = assessRoster(
    { asOf: '2026-01-15', payer: 'apbd', nationality: 'WNI', declaredIncome: 1000000, rows },
    { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
  )
  const expected: Record<string, string> = {
    'birth-date': 'ROSTER_NIK_BIRTH_DATE_MISMATCH',
    sex: 'ROSTER_NIK_SEX_MISMATCH',
    'no-birth-date': 'ROSTER_BIRTH_DATE_MISSING',
    nik: 'ROSTER_NIK_MALFORMED',
    child: 'ROSTER_AGE_CHILD',
  }
  const DEFECT_CODES = [...Object.values(expected), 'ROSTER_NIK_DUPLICATE']

  it('is the same for the same seed', () => {
    expect((generateRoster as (o: object) => Generated[])({ rows: 3000, seed: 7 })).toEqual(generated)
  })
  it('plants every kind of defect', () => {
    const kinds = new Set(generated.map((g) => g.defect))
    for (const k of [...Object.keys(expected), 'duplicate']) expect(kinds).toContain(k)
  })
  it('finds each planted defect on its row, and none on a clean row', () => {
    const seen = new Set<string>()
    generated.forEach((g, i) => {
      const codes = r.people[i]!.findings.map((f) => f.code)
      if (g.defect === 'duplicate') {
        // a duplicate repeats a person's true NIK: a duplicate finding unless that NIK was mangled on its first row
        expect(codes.includes('ROSTER_NIK_DUPLICATE')).toBe(seen.has(g.nik))
      } else if (g.defect !== '') expect(codes, `row ${i + 1} (${g.defect})`).toContain(expected[g.defect])
      else
        expect(
          codes.filter((c) => DEFECT_CODES.includes(c)),
          `row ${i + 1}`,
        ).toEqual([])
      seen.add(g.nik)
    })
  })
})
