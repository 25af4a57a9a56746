/**
 * The explanation checkEligibility records (check.ts, working-age.ts, merge.ts): which steps, in which order,
 * with which rule ids, inputs, parameters (id, value, dated span), citations, values and descriptions. Also
 * the working-age rule of UU 13/2003 (18 and over: adult; under 18: a child, with the exceptions of Pasal
 * 69–71) and the age facts. Expected values are written from the law as the parameter data encodes it.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  checkEligibility,
  type CalculationOptions,
  type EligibilityInput,
  type EligibilityResult,
} from '../../src/index.js'

type Cite = { source: string; article?: string }

const en = (input: EligibilityInput, options: CalculationOptions = {}): EligibilityResult =>
  checkEligibility(input, { locale: 'en', ...options })
const step = (r: EligibilityResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const ids = (r: EligibilityResult, rule: string) => step(r, rule).parameters.map((p) => p.id)

const UU13 = (article: string): Cite => ({ source: 'UU-13-2003', article })
const PP44_5: Cite = { source: 'PP-44-2015', article: 'Pasal 5' }
const PP45: Cite = { source: 'PP-45-2015' }
const PP46: Cite = { source: 'PP-46-2015' }
const P44_2015: Cite = { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' }
const D18: Cite = { source: 'DECISIONS', article: 'D18' }
const PP49_5: Cite = { source: 'PP-49-2023', article: 'Pasal 5' }
const P1_2025: Cite = { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' }
const P4_2023: Cite = { source: 'PERMENAKER-4-2023' }
const PP37_4: Cite = { source: 'PP-37-2021', article: 'Pasal 4' }
const PP6_4_3: Cite = { source: 'PP-6-2025', article: 'Pasal 4 ayat (3)' }
const P5_2021: Cite = { source: 'PERMENAKER-5-2021' }
/** The citations of the matrix row in force from 2025-02-24 (src/parameters/programs.ts). */
const MATRIX_2025: Cite[] = [
  PP44_5,
  PP45,
  PP46,
  P44_2015,
  D18,
  PP49_5,
  P1_2025,
  P4_2023,
  PP37_4,
  PP6_4_3,
  P5_2021,
]
const BPU_LEGAL: Cite[] = [{ source: 'PP-44-2015', article: 'Pasal 5 ayat (3)' }, PP49_5]
const MATRIX_REF = { id: 'programs.matrix', from: '2025-02-24' }

const PROGRAM_RULES = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'].map((p) => `eligibility.program.${p}`)

describe('steps of a BPU with a birth date and the BPU age asked (limit overridden to 60)', () => {
  // born 1965-07-16: 59 on 2025-03-01; JP pension age 58 (in force 2022–2024) reached 2023-07-16
  let r: ReturnType<typeof en>
  // computed in beforeEach, not while the file is collected (docs/dev/mutation.md)
  beforeEach(() => {
    r = en(
      {
        asOf: '2025-03-01',
        relationship: 'self-employed',
        birthDate: '1965-07-16',
        payer: 'apbd',
        checkBpuRegistrationAge: true,
      },
      { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 60 } } },
    )
  })

  it('records pension age, working age, category, one step per program, then the BPU age, in that order', () => {
    expect(r.explanation.operation).toBe('checkEligibility')
    expect(r.explanation.date).toBe('2025-03-01')
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.jp.pensionAgeReached',
      'eligibility.workingAge',
      'eligibility.category',
      ...PROGRAM_RULES,
      'eligibility.bpu.registrationAge',
    ])
  })

  it('pension age reached: the birthday, with the birth date, the date and the age as inputs', () => {
    const s = step(r, 'eligibility.jp.pensionAgeReached')
    expect(s.value).toBe('2023-07-16')
    expect(s.inputs).toEqual({ birthDate: '1965-07-16', asOf: '2025-03-01', age: 59 })
    expect(s.parameters).toEqual([
      { id: 'jp.pensionAge', value: 58, from: '2022-01-01', to: '2024-12-31' },
      expect.objectContaining({ id: 'eligibility.jp.registrationCutoff', value: 'end-of-month-before' }),
    ])
    expect(s.legal).toEqual([
      { source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' },
      { source: 'PP-45-2015', article: 'Pasal 15' },
      { source: 'PERMENAKER-29-2015' },
    ])
    expect(s.description).toBe(
      'Born 1965-07-16: JP pension age 58 is reached on 2023-07-16; last JP registration day 2023-06-30.',
    )
    expect(r.age).toMatchObject({
      years: 59,
      jpPensionAge: 58,
      jpPensionAgeReachedOn: '2023-07-16',
      jpRegistrationUntil: '2023-06-30',
    })
  })

  it('working age: adult, reading only the adult age', () => {
    const s = step(r, 'eligibility.workingAge')
    expect([s.value, s.inputs, s.description]).toEqual(['adult', { age: 59 }, 'Working age: 59 (adult).'])
    expect(s.parameters).toEqual([{ id: 'eligibility.workingAge.adult', value: 18, from: '2015-07-01' }])
    expect(s.legal).toEqual([UU13('Pasal 1 angka 26'), UU13('Pasal 68')])
  })

  it('category: BPU, every given input, the matrix, the reasons in the description and their citations first', () => {
    const s = step(r, 'eligibility.category')
    expect(s.value).toBe('BPU')
    expect(s.inputs).toEqual({
      asOf: '2025-03-01',
      relationship: 'self-employed',
      birthDate: '1965-07-16',
      payer: 'apbd',
      checkBpuRegistrationAge: true,
    })
    expect(s.parameters).toEqual([expect.objectContaining(MATRIX_REF)])
    expect(s.legal).toEqual([
      ...BPU_LEGAL,
      { source: 'INPRES-2-2021' },
      { source: 'PP-50-2025' },
      ...MATRIX_2025.filter((c) => c !== PP49_5),
    ])
    expect(s.description).toBe(
      'Participant category: BPU (determined). A self-employed or informal worker is a non-wage participant (BPU). Contributions are paid from the APBD (regional government budget), as Inpres 2/2021 encourages; BPU whose contributions the APBN/APBD pays do not get the PP 50/2025 discount.',
    )
  })

  it('programs: the status as value, no inputs when settled, the matrix as parameter', () => {
    expect(PROGRAM_RULES.map((rule) => [step(r, rule).value, step(r, rule).inputs, ids(r, rule)])).toEqual([
      ['mandatory', {}, ['programs.matrix']],
      ['mandatory', {}, ['programs.matrix']],
      ['optional', {}, ['programs.matrix']],
      ['unavailable', {}, ['programs.matrix']],
      ['unavailable', {}, ['programs.matrix']],
    ])
    expect(step(r, 'eligibility.program.JHT').description).toBe(
      'JHT: optional (voluntary). For non-wage participants (BPU), JHT is optional (voluntary).',
    )
    expect(step(r, 'eligibility.program.JKK').legal).toEqual(MATRIX_2025)
    expect(step(r, 'eligibility.program.JHT').legal).toEqual([PP46, ...MATRIX_2025.filter((c) => c !== PP46)])
  })

  it('BPU age: allowed at 59 under a limit of 60', () => {
    const s = step(r, 'eligibility.bpu.registrationAge')
    expect([s.value, s.inputs, s.description]).toEqual([
      'allowed',
      { age: 59 },
      'BPU registration age limit: may register.',
    ])
    expect(s.parameters.map((p) => [p.id, p.value])).toEqual([
      ['eligibility.bpu.maxRegistrationAge', { maxAge: 60 }],
    ])
  })
})

describe('steps without a birth date', () => {
  it('no pension-age or working-age step; the BPU age step has a null age and value unknown', () => {
    const r = en({ asOf: '2025-03-01', relationship: 'informal', checkBpuRegistrationAge: true })
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'eligibility.category',
      ...PROGRAM_RULES,
      'eligibility.bpu.registrationAge',
    ])
    const s = step(r, 'eligibility.bpu.registrationAge')
    expect([s.value, s.inputs, s.description]).toEqual([
      'unknown',
      { age: null },
      'BPU registration age limit: cannot be settled yet.',
    ])
    expect(s.legal).toEqual([{ source: 'PERDIR-BPJSTK-22-2022' }, { source: 'DECISIONS', article: 'D15' }])
    expect('age' in r).toBe(false)
  })

  it('a limit exceeded: value not-allowed, described as past the age limit', () => {
    const r = en(
      {
        asOf: '2025-03-01',
        relationship: 'employer',
        birthDate: '1960-01-01',
        checkBpuRegistrationAge: true,
      },
      { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 65 } } },
    )
    const s = step(r, 'eligibility.bpu.registrationAge')
    expect([s.value, s.inputs, s.description]).toEqual([
      'not-allowed',
      { age: 65 },
      'BPU registration age limit: past the age limit.',
    ])
  })

  it('an unknown category: value null, "—" in the description, and unknown programs list their missing paths', () => {
    const r = en({ asOf: '2025-03-01', relationship: 'intern' })
    const s = step(r, 'eligibility.category')
    expect(s.value).toBeNull()
    expect(s.inputs).toEqual({ asOf: '2025-03-01', relationship: 'intern' })
    expect(s.description).toBe(
      'Participant category: — (cannot be settled yet). Cannot be settled yet: it depends on facts not given (employerType). The intern rule seen (Permenaker 5/2021) covers only non-state employers; interns of state bodies cannot be settled yet. Interns are registered by non-state employers for JKK and JKM (Permenaker 5/2021); in practice with the BPU contribution package, hence category BPU.',
    )
    expect(s.legal[0]).toEqual(P5_2021)
    for (const rule of PROGRAM_RULES) {
      expect(step(r, rule).value).toBe('unknown')
      expect(step(r, rule).inputs).toEqual({ missing: ['employerType'] })
    }
    expect(step(r, 'eligibility.program.JKK').description).toBe(
      'JKK: cannot be settled yet. Cannot be settled yet: it depends on facts not given (employerType). The intern rule seen (Permenaker 5/2021) covers only non-state employers; interns of state bodies cannot be settled yet. For interns, JKK is mandatory.',
    )
  })

  it('outside BPJS TK: the category step describes it, value null', () => {
    const r = en({ asOf: '2025-03-01', relationship: 'polri' })
    const s = step(r, 'eligibility.category')
    expect(s.value).toBeNull()
    expect(s.description).toBe(
      'Participant category: — (outside BPJS Ketenagakerjaan). Polri members are outside BPJS Ketenagakerjaan: their social insurance is run by PT Asabri under PP 102/2015 as amended by PP 54/2020.',
    )
    expect(s.parameters.map((p) => [p.id, p.value])).toEqual([
      ['programs.matrix', expect.anything()],
      ['eligibility.outside.tniPolri', 'PT Asabri'],
    ])
  })

  it('a settled unknown (law unsettled) records an empty missing list', () => {
    const r = en({ asOf: '2025-03-01', relationship: 'state-non-asn' })
    expect(step(r, 'eligibility.program.JKP').inputs).toEqual({ missing: [] })
    expect(step(r, 'eligibility.category').description).toBe(
      'Participant category: PU (determined). A non-ASN employee of a state body is a wage-earning participant (PU) with a state employer (decision D18). Permenaker 1/2025 Pasal 3A requires non-ASN employees to be registered for JKK and JKM.',
    )
    expect(ids(r, 'eligibility.category')).toEqual(['programs.matrix', 'eligibility.stateNonAsn.basis'])
  })
})

describe('parameters of the category and JKP steps (a foreign PU)', () => {
  let r: ReturnType<typeof en>
  // computed in beforeEach, not while the file is collected (docs/dev/mutation.md)
  beforeEach(() => {
    r = en({
      asOf: '2025-03-01',
      relationship: 'employee-company',
      nationality: 'WNA',
      monthsWorkedInIndonesia: 6,
      enterpriseSize: 'large',
      birthDate: '1990-05-10',
    })
  })

  it('the category step lists the matrix and the foreign-worker parameters, not the JKP age', () => {
    expect(step(r, 'eligibility.category').parameters).toEqual([
      expect.objectContaining(MATRIX_REF),
      { id: 'eligibility.foreignWorker.minMonths', value: 6, from: '2015-07-01' },
      { id: 'eligibility.foreignWorker.jpStatus', value: 'unknown', from: '2015-07-01' },
    ])
    expect(step(r, 'eligibility.category').value).toBe('PU')
  })

  it('the JKP step lists the matrix and the JKP registration age (54); the others the matrix only', () => {
    expect(step(r, 'eligibility.program.JKP').parameters).toEqual([
      expect.objectContaining(MATRIX_REF),
      { id: 'eligibility.jkp.maxRegistrationAge', value: 54, from: '2021-02-01' },
    ])
    expect(step(r, 'eligibility.program.JKP').value).toBe('unavailable')
    expect(ids(r, 'eligibility.program.JP')).toEqual(['programs.matrix'])
    expect(step(r, 'eligibility.program.JP').inputs).toEqual({ missing: [] })
    expect(step(r, 'eligibility.program.JP').value).toBe('unknown')
  })
})

describe('working age (UU 13/2003): 18 is adult, 17 a child', () => {
  const at = (birthDate: string) => en({ asOf: '2025-03-01', relationship: 'self-employed', birthDate })

  it('turning 18 on the check date (born 2007-03-01): adult, no warning', () => {
    const r = at('2007-03-01')
    expect(r.age?.years).toBe(18)
    expect(r.age?.workingAge).toEqual({
      status: 'adult',
      minimumAge: 18,
      reasons: [
        {
          code: 'ELIG_WORKING_AGE_ADULT',
          message: 'Aged 18: not a child, may be employed (18 and over).',
          legal: [UU13('Pasal 1 angka 26'), UU13('Pasal 68')],
        },
      ],
    })
    expect(r.warnings).toEqual([])
  })

  it('turning 18: the working-age step has the age as its input, the adult age (18) as its one parameter', () => {
    // UU 13/2003 Pasal 1 angka 26 and Pasal 68: 18 is the adult working age; at 18 the lighter-work ages
    // (Pasal 69–70) are not read, so the step lists only the adult age
    const r = at('2007-03-01')
    const s = step(r, 'eligibility.workingAge')
    expect(s.value).toBe('adult')
    expect(s.inputs).toEqual({ age: 18 })
    expect(s.description).toBe('Working age: 18 (adult).')
    expect(s.parameters).toEqual([{ id: 'eligibility.workingAge.adult', value: 18, from: '2015-07-01' }])
    expect(s.legal).toEqual([UU13('Pasal 1 angka 26'), UU13('Pasal 68')])
  })

  it('a day short of 18 (born 2007-03-02): a child, with the exceptions of Pasal 69–71 and a warning', () => {
    const r = at('2007-03-02')
    expect(r.age?.years).toBe(17)
    expect(r.age?.workingAge).toEqual({
      status: 'child',
      minimumAge: 18,
      reasons: [
        {
          code: 'ELIG_WORKING_AGE_CHILD',
          message:
            'Aged 17: a child (under 18) may in principle not be employed, except for light work at 13–15, work within an education or training curriculum from 14, or work that develops a talent or interest.',
          legal: [
            UU13('Pasal 1 angka 26'),
            UU13('Pasal 68'),
            UU13('Pasal 69 ayat (1)'),
            UU13('Pasal 70 ayat (2)'),
            UU13('Pasal 71'),
          ],
        },
      ],
    })
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'ELIG_CHILD_WORKER',
        'This person is 17 (under 18): UU 13/2003 restricts employing children. BPJS Ketenagakerjaan programs are still assessed.',
      ],
    ])
    const s = step(r, 'eligibility.workingAge')
    expect([s.value, s.inputs, s.description]).toEqual(['child', { age: 17 }, 'Working age: 17 (child).'])
    expect(s.parameters).toEqual([
      { id: 'eligibility.workingAge.adult', value: 18, from: '2015-07-01' },
      { id: 'eligibility.workingAge.lightWorkMin', value: 13, from: '2015-07-01' },
      { id: 'eligibility.workingAge.lightWorkMax', value: 15, from: '2015-07-01' },
      { id: 'eligibility.workingAge.curriculumMin', value: 14, from: '2015-07-01' },
    ])
    expect(s.legal).toEqual([
      UU13('Pasal 71'),
      UU13('Pasal 1 angka 26'),
      UU13('Pasal 68'),
      UU13('Pasal 69 ayat (1)'),
      UU13('Pasal 70 ayat (2)'),
    ])
  })

  it('the programs of a child are still assessed', () => {
    const r = at('2012-01-01')
    expect(r.programs.map((p) => p.status)).toEqual([
      'mandatory',
      'mandatory',
      'optional',
      'unavailable',
      'unavailable',
    ])
  })
})

describe('the explanation in Indonesian', () => {
  it('describes the category and program steps with the Indonesian templates', () => {
    const r = checkEligibility({ asOf: '2025-03-01', relationship: 'employer' })
    expect(r.explanation.locale).toBe('id')
    expect(step(r, 'eligibility.category').description).toBe(
      'Kategori peserta: BPU (ditetapkan). Pemberi kerja (pemilik usaha) sendiri adalah peserta bukan penerima upah (BPU).',
    )
    expect(step(r, 'eligibility.program.JKK').description).toBe(
      'Program JKK: wajib. Bagi bukan penerima upah (BPU), program JKK wajib.',
    )
  })
})

describe('the JKP step lists each parameter once, whatever the worlds', () => {
  it('a PU employee with no enterprise size (four size worlds) lists the matrix and the JKP age limit once each', () => {
    // the JKP answer is worked out in each of the four enterprise-size worlds, each reading
    // eligibility.jkp.maxRegistrationAge (PP 37/2021 Pasal 4: under 54 at registration) again
    const r = en({
      asOf: '2025-03-01',
      relationship: 'employee-company',
      nationality: 'WNI',
      birthDate: '1990-05-10',
    })
    expect(ids(r, 'eligibility.program.JKP')).toEqual([
      'programs.matrix',
      'eligibility.jkp.maxRegistrationAge',
    ])
    expect(step(r, 'eligibility.program.JKP').parameters[1]).toEqual({
      id: 'eligibility.jkp.maxRegistrationAge',
      value: 54,
      from: '2021-02-01',
    })
  })
})
