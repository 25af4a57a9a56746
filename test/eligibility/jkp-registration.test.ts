import { describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  BpjsValidationError,
  checkJkpRegistration,
  type JkpRegistrationInput,
  type Reason,
} from '../../src/index.js'

/**
 * JKP registration, condition by condition (PP 37/2021 Pasal 4 as amended by PP 6/2025): each condition's
 * status, reason codes, citations and missing paths, written from the articles, and the steps it records.
 */

/** A citation as text, for compact expectations. */
const cite = (c: { source: string; article?: string }) =>
  c.article === undefined ? c.source : `${c.source} ${c.article}`
const cites = (r: Reason) => r.legal.map(cite)

// the articles each condition rests on
const PASAL_4 = ['PP-37-2021 Pasal 4', 'PP-6-2025 Pasal 4']
const PASAL_4_3 = ['PP-37-2021 Pasal 4 ayat (3)', 'PP-6-2025 Pasal 4 ayat (3)']
const PASAL_4_2_B = ['PP-37-2021 Pasal 4 ayat (2) huruf b', 'PP-6-2025 Pasal 4 ayat (2) huruf b']
const START = ['PP-37-2021', 'DECISIONS D7']

const complete: JkpRegistrationInput = {
  registrationDate: '2025-03-01',
  birthDate: '1980-06-15',
  nationality: 'WNI',
  employmentRelationship: true,
  enterpriseSize: 'small',
  enrolledPrograms: ['JKK', 'JKM', 'JHT'],
  inJkn: true,
}

/** One condition of a result, as `[status, codes, citations of the first reason, missing]`. */
function cond(input: JkpRegistrationInput, id: string, locale: 'id' | 'en' = 'en') {
  const r = checkJkpRegistration(input, { locale })
  const c = r.conditions.find((x) => x.id === id)
  if (c === undefined) throw new Error(`no condition ${id}`)
  return {
    status: c.status,
    codes: c.reasons.map((x) => x.code),
    legal: c.reasons.flatMap(cites),
    messages: c.reasons.map((x) => x.message),
    missing: c.missing,
  }
}

function without(key: keyof JkpRegistrationInput): JkpRegistrationInput {
  const copy: Record<string, unknown> = { ...complete }
  delete copy[key]
  return copy as unknown as JkpRegistrationInput
}

describe('JKP in force (PP 37/2021: from the contribution month 2021-02, decisions D7)', () => {
  it('is met from 2021-02-01 and not met the day before, when no other condition is looked at', () => {
    const before = checkJkpRegistration({ ...complete, registrationDate: '2021-01-31' }, { locale: 'en' })
    expect(before.status).toBe('not-eligible')
    expect(before.conditions.map((c) => c.id)).toEqual(['jkp.inForce'])
    expect(before.conditions[0]).toEqual({
      id: 'jkp.inForce',
      status: 'not-met',
      reasons: [
        {
          code: 'ELIG_JKP_NOT_IN_FORCE',
          message: 'The JKP program did not exist on 2021-01-31: PP 37/2021 started it.',
          legal: [{ source: 'PP-37-2021' }, { source: 'DECISIONS', article: 'D7' }],
        },
      ],
    })
    expect(before.reasons.map((x) => x.code)).toEqual(['ELIG_JKP_NOT_IN_FORCE'])
    const first = cond({ ...complete, registrationDate: '2021-02-01' }, 'jkp.inForce')
    expect(first).toMatchObject({
      status: 'met',
      codes: ['ELIG_JKP_IN_FORCE'],
      legal: START,
      messages: ['The JKP program is in force on 2021-02-01.'],
    })
  })
})

describe('citizenship (Pasal 4)', () => {
  it('WNI met, WNA not met, not given unknown with the path nationality', () => {
    expect(cond(complete, 'jkp.citizen')).toEqual({
      status: 'met',
      codes: ['ELIG_JKP_CITIZEN_MET'],
      legal: PASAL_4,
      messages: ['Indonesian citizen: the JKP citizenship condition is met.'],
      missing: undefined,
    })
    expect(cond({ ...complete, nationality: 'WNA' }, 'jkp.citizen')).toEqual({
      status: 'not-met',
      codes: ['ELIG_JKP_CITIZEN_NOT_MET'],
      legal: PASAL_4,
      messages: ['JKP is for Indonesian citizens only.'],
      missing: undefined,
    })
    expect(cond(without('nationality'), 'jkp.citizen')).toEqual({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4,
      messages: ['Cannot be settled yet: it depends on facts not given (nationality).'],
      missing: ['nationality'],
    })
  })
})

describe('age under 54 on the registration date (Pasal 4 ayat (2) huruf b)', () => {
  it('53 is met, 54 (the birthday itself) is not, no birth date is unknown', () => {
    // born 1971-03-02: 53 on 2025-03-01; born 1971-03-01: 54 that day
    expect(cond({ ...complete, birthDate: '1971-03-02' }, 'jkp.age')).toEqual({
      status: 'met',
      codes: ['ELIG_JKP_AGE_MET'],
      legal: PASAL_4_2_B,
      messages: ['Aged 53 when registering, below 54.'],
      missing: undefined,
    })
    expect(cond({ ...complete, birthDate: '1971-03-01' }, 'jkp.age')).toEqual({
      status: 'not-met',
      codes: ['ELIG_JKP_AGE_NOT_MET'],
      legal: PASAL_4_2_B,
      messages: [
        'Aged 54 when registering: JKP is only for workers who have not reached 54 when registering.',
      ],
      missing: undefined,
    })
    expect(cond(without('birthDate'), 'jkp.age')).toEqual({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4_2_B,
      messages: ['Cannot be settled yet: it depends on facts not given (birthDate).'],
      missing: ['birthDate'],
    })
  })
  it('the result carries the age in whole years only when the birth date is given', () => {
    expect(checkJkpRegistration({ ...complete, birthDate: '1971-03-02' }).age).toBe(53)
    expect('age' in checkJkpRegistration(without('birthDate'))).toBe(false)
  })
})

describe('employment relationship with a pengusaha (Pasal 4)', () => {
  it('true met, false not met, not given unknown', () => {
    expect(cond(complete, 'jkp.employment')).toMatchObject({
      status: 'met',
      codes: ['ELIG_JKP_EMPLOYMENT_MET'],
      legal: PASAL_4,
    })
    expect(cond({ ...complete, employmentRelationship: false }, 'jkp.employment')).toMatchObject({
      status: 'not-met',
      codes: ['ELIG_JKP_EMPLOYMENT_NOT_MET'],
      legal: PASAL_4,
    })
    expect(cond(without('employmentRelationship'), 'jkp.employment')).toEqual({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4,
      messages: ['Cannot be settled yet: it depends on facts not given (employmentRelationship).'],
      missing: ['employmentRelationship'],
    })
  })
})

describe('enrolled in JKN (Pasal 4 ayat (3))', () => {
  it('true met, false not met, not given unknown', () => {
    expect(cond(complete, 'jkp.jkn')).toMatchObject({
      status: 'met',
      codes: ['ELIG_JKP_JKN_MET'],
      legal: PASAL_4_3,
      messages: ['Enrolled in JKN.'],
    })
    expect(cond({ ...complete, inJkn: false }, 'jkp.jkn')).toMatchObject({
      status: 'not-met',
      codes: ['ELIG_JKP_JKN_NOT_MET'],
      legal: PASAL_4_3,
    })
    expect(cond(without('inJkn'), 'jkp.jkn')).toMatchObject({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4_3,
      missing: ['inJkn'],
    })
  })
})

describe('enrolled in the programs the enterprise size requires (Pasal 4 ayat (3))', () => {
  const programs = (input: JkpRegistrationInput) => cond(input, 'jkp.programs')

  it('micro and small: JKK, JKM, JHT; medium and large: JP too', () => {
    expect(programs(complete)).toEqual({
      status: 'met',
      codes: ['ELIG_JKP_PROGRAMS_MET'],
      legal: PASAL_4_3,
      messages: ['Enrolled in the required programs (JKK, JKM, JHT).'],
      missing: undefined,
    })
    expect(programs({ ...complete, enterpriseSize: 'medium' })).toEqual({
      status: 'not-met',
      codes: ['ELIG_JKP_PROGRAMS_NOT_MET'],
      legal: PASAL_4_3,
      messages: ['Not enrolled in all required programs (JKK, JKM, JHT, JP): missing JP.'],
      missing: undefined,
    })
    expect(
      programs({ ...complete, enterpriseSize: 'large', enrolledPrograms: ['JKM', 'JHT', 'JP', 'JKK'] }),
    ).toMatchObject({
      status: 'met',
      messages: ['Enrolled in the required programs (JKK, JKM, JHT, JP).'],
    })
    expect(programs({ ...complete, enterpriseSize: 'micro', enrolledPrograms: ['JKK'] })).toMatchObject({
      status: 'not-met',
      messages: ['Not enrolled in all required programs (JKK, JKM, JHT): missing JKM, JHT.'],
    })
  })
  it('without the size: settled when every size (or no size) agrees, else unknown on enterpriseSize', () => {
    const noSize = without('enterpriseSize')
    // enrolled in all four: every size is satisfied; the message lists the largest requirement
    expect(programs({ ...noSize, enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'] })).toMatchObject({
      status: 'met',
      messages: ['Enrolled in the required programs (JKK, JKM, JHT, JP).'],
    })
    // enrolled in JKK only: no size is satisfied; the message lists what a micro enterprise lacks
    expect(programs({ ...noSize, enrolledPrograms: ['JKK'] })).toMatchObject({
      status: 'not-met',
      codes: ['ELIG_JKP_PROGRAMS_NOT_MET'],
      messages: ['Not enrolled in all required programs (JKK, JKM, JHT): missing JKM, JHT.'],
    })
    // JKK, JKM, JHT: enough for micro and small, not for medium and large
    expect(programs({ ...noSize, enrolledPrograms: ['JKK', 'JKM', 'JHT'] })).toEqual({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4_3,
      messages: ['Cannot be settled yet: it depends on facts not given (enterpriseSize).'],
      missing: ['enterpriseSize'],
    })
  })
  it('without the programs: unknown on enrolledPrograms, and on enterpriseSize too when the size matters', () => {
    expect(programs(without('enrolledPrograms'))).toEqual({
      status: 'unknown',
      codes: ['ELIG_MISSING_FACT'],
      legal: PASAL_4_3,
      messages: ['Cannot be settled yet: it depends on facts not given (enrolledPrograms).'],
      missing: ['enrolledPrograms'],
    })
    const { enrolledPrograms: _p, enterpriseSize: _s, ...neither } = complete
    expect(programs(neither)).toMatchObject({
      status: 'unknown',
      messages: ['Cannot be settled yet: it depends on facts not given (enrolledPrograms, enterpriseSize).'],
      missing: ['enrolledPrograms', 'enterpriseSize'],
    })
  })
})

describe('the answer over all conditions (three-valued AND)', () => {
  it('lists the conditions in the law order and the missing paths of the unknown ones in that order', () => {
    const r = checkJkpRegistration({ registrationDate: '2025-03-01' })
    expect(r.status).toBe('unknown')
    expect(r.conditions.map((c) => [c.id, c.status])).toEqual([
      ['jkp.inForce', 'met'],
      ['jkp.citizen', 'unknown'],
      ['jkp.age', 'unknown'],
      ['jkp.employment', 'unknown'],
      ['jkp.programs', 'unknown'],
      ['jkp.jkn', 'unknown'],
    ])
    expect(r.missing).toEqual([
      'nationality',
      'birthDate',
      'employmentRelationship',
      'enrolledPrograms',
      'enterpriseSize',
      'inJkn',
    ])
  })
  it('one condition not met settles the answer even with others unknown, and no missing paths are given', () => {
    const r = checkJkpRegistration({ registrationDate: '2025-03-01', nationality: 'WNA' })
    expect(r.status).toBe('not-eligible')
    expect(r.missing).toBeUndefined()
    expect('missing' in r).toBe(false)
  })
  it('all met is eligible; the reasons are every condition reason once, in order', () => {
    const r = checkJkpRegistration(complete, { locale: 'en' })
    expect(r.status).toBe('eligible')
    expect(r.reasons.map((x) => x.code)).toEqual([
      'ELIG_JKP_IN_FORCE',
      'ELIG_JKP_CITIZEN_MET',
      'ELIG_JKP_AGE_MET',
      'ELIG_JKP_EMPLOYMENT_MET',
      'ELIG_JKP_PROGRAMS_MET',
      'ELIG_JKP_JKN_MET',
    ])
    expect(r.registrationDate).toBe('2025-03-01')
    expect(r.warnings).toEqual([])
  })
})

describe('the explanation: one step per condition, then the answer', () => {
  it('names each step after its condition, with the inputs, the parameters read and the status', () => {
    const r = checkJkpRegistration({ ...complete, birthDate: '1971-03-02' }, { locale: 'en' })
    const steps = r.explanation.steps
    expect(steps.map((s) => [s.rule, s.value])).toEqual([
      ['eligibility.jkp.inForce', 'met'],
      ['eligibility.jkp.citizen', 'met'],
      ['eligibility.jkp.age', 'met'],
      ['eligibility.jkp.employment', 'met'],
      ['eligibility.jkp.programs', 'met'],
      ['eligibility.jkp.jkn', 'met'],
      ['eligibility.jkp.registration', 'eligible'],
    ])
    const inputs = {
      registrationDate: '2025-03-01',
      birthDate: '1971-03-02',
      age: 53,
      nationality: 'WNI',
      enterpriseSize: 'small',
    }
    for (const s of steps.slice(0, 6)) expect(s.inputs, s.rule).toEqual(inputs)
    expect(steps.map((s) => (s.parameters ?? []).map((p) => p.id))).toEqual([
      ['programs.matrix'],
      [],
      ['eligibility.jkp.maxRegistrationAge'],
      [],
      ['programs.matrix'],
      [],
      [],
    ])
    expect(steps[2]?.description).toBe('Condition jkp.age: met. Aged 53 when registering, below 54.')
    expect(steps[1]?.legal?.map(cite)).toEqual(PASAL_4)
    expect(steps[6]).toMatchObject({ description: 'Result of jkp.registration: eligible.', inputs: {} })
    expect(steps[6]?.formula).toBeDefined()
  })
  it('an unknown answer lists the missing paths in the last step; facts not given are null', () => {
    const r = checkJkpRegistration({ registrationDate: '2025-03-01' }, { locale: 'en' })
    const last = r.explanation.steps.at(-1)
    expect(last).toMatchObject({
      rule: 'eligibility.jkp.registration',
      value: 'unknown',
      description: 'Result of jkp.registration: cannot be settled yet.',
      inputs: { missing: r.missing },
    })
    expect(r.explanation.steps[1]).toMatchObject({
      rule: 'eligibility.jkp.citizen',
      value: 'unknown',
      description:
        'Condition jkp.citizen: cannot be settled yet. Cannot be settled yet: it depends on facts not given (nationality).',
      inputs: {
        registrationDate: '2025-03-01',
        birthDate: null,
        age: null,
        nationality: null,
        enterpriseSize: null,
      },
    })
  })
  it('a not-eligible answer says so in both languages', () => {
    const wna = { ...complete, nationality: 'WNA' as const }
    expect(checkJkpRegistration(wna, { locale: 'en' }).explanation.steps.at(-1)?.description).toBe(
      'Result of jkp.registration: not eligible.',
    )
    expect(checkJkpRegistration(wna).explanation.steps.at(-1)?.description).toBe(
      'Hasil pemeriksaan jkp.registration: tidak memenuhi syarat.',
    )
    expect(checkJkpRegistration(wna).explanation.steps[1]?.description).toMatch(
      /^Syarat jkp\.citizen: tidak terpenuhi\. /,
    )
  })
})

describe('input checks', () => {
  it('refuses a birth date after the registration date and a program listed twice, together', () => {
    let error: unknown
    try {
      checkJkpRegistration({ ...complete, birthDate: '2025-03-02', enrolledPrograms: ['JKK', 'JKM', 'JKK'] })
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ name: 'BpjsValidationError' })
    const issues = (error as { issues: { path: (string | number)[]; code: string }[] }).issues
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        [['enrolledPrograms', 2], 'DUPLICATE_VALUE'],
        [['birthDate'], expect.any(String)],
      ]),
    )
    expect(issues.filter((i) => i.code === 'DUPLICATE_VALUE')).toHaveLength(1)
  })
  it('refuses a registration date before the data begin (2015-07-01)', () => {
    expect(() => checkJkpRegistration({ registrationDate: '2015-06-30' })).toThrow(
      expect.objectContaining({ code: 'DATE_BEFORE_COVERAGE' }),
    )
  })
  it('the date-order issue names both fields, in the message too', () => {
    let error: unknown
    try {
      checkJkpRegistration({ ...complete, birthDate: '2025-03-02' }, { locale: 'en' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BpjsValidationError)
    expect((error as BpjsValidationError).issues).toEqual([
      expect.objectContaining({
        path: ['birthDate'],
        code: 'ELIG_DATE_ORDER',
        params: {
          field: 'registrationDate',
          value: '2025-03-01',
          other: 'birthDate',
          otherValue: '2025-03-02',
        },
        message: 'registrationDate (2025-03-01) cannot be before birthDate (2025-03-02).',
      }),
    ])
  })
  it('a registration date outside the data is refused at the path registrationDate', () => {
    for (const registrationDate of ['2015-06-30', '2999-01-01']) {
      let error: unknown
      try {
        checkJkpRegistration({ registrationDate })
      } catch (e) {
        error = e
      }
      expect(error, registrationDate).toBeInstanceOf(BpjsRuleError)
      expect((error as BpjsRuleError).path, registrationDate).toEqual(['registrationDate'])
    }
  })
})

describe('the required programs from an overridden matrix (cells the law never has)', () => {
  type Status = 'mandatory' | 'optional' | 'unavailable' | 'conditional' | 'unknown'
  const row = (JKK: Status, JKM: Status, JHT: Status, JP: Status, JKP: Status) => ({ JKK, JKM, JHT, JP, JKP })
  /** The matrix in force from 2025-02-24 (src/parameters/programs.ts) with the PU rows replaced. */
  const withPu = (small: ReturnType<typeof row>, large: ReturnType<typeof row>) => ({
    locale: 'en' as const,
    parameters: {
      'programs.matrix': {
        PU: { micro: small, small, medium: large, large },
        PU_STATE: row('mandatory', 'mandatory', 'optional', 'optional', 'unknown'),
        BPU: row('mandatory', 'mandatory', 'optional', 'unavailable', 'unavailable'),
        JAKON: row('mandatory', 'mandatory', 'unavailable', 'unavailable', 'unavailable'),
        PMI: row('mandatory', 'mandatory', 'optional', 'unavailable', 'unavailable'),
        INTERN: row('mandatory', 'mandatory', 'unavailable', 'unavailable', 'unavailable'),
      },
    },
  })
  const large = row('mandatory', 'mandatory', 'mandatory', 'mandatory', 'conditional')

  it('JKP is never a program one must join to register for JKP, even in a row that makes it mandatory', () => {
    const options = withPu(row('mandatory', 'mandatory', 'mandatory', 'optional', 'mandatory'), large)
    const c = checkJkpRegistration(complete, options).conditions.find((x) => x.id === 'jkp.programs')
    expect(c?.status).toBe('met')
    expect(c?.reasons.map((x) => [x.code, x.message])).toEqual([
      ['ELIG_JKP_PROGRAMS_MET', 'Enrolled in the required programs (JKK, JKM, JHT).'],
    ])
  })

  it('when every size requires the same programs, the size is not asked for', () => {
    // JP mandatory for micro and small too: every size requires JKK, JKM, JHT and JP
    const options = withPu(large, large)
    const { enrolledPrograms: _p, enterpriseSize: _s, ...neither } = complete
    const c = checkJkpRegistration(neither, options).conditions.find((x) => x.id === 'jkp.programs')
    expect([c?.status, c?.missing]).toEqual(['unknown', ['enrolledPrograms']])
    // with the law's matrix the size decides (JP for medium and large only)
    const law = checkJkpRegistration(neither, { locale: 'en' }).conditions.find(
      (x) => x.id === 'jkp.programs',
    )
    expect(law?.missing).toEqual(['enrolledPrograms', 'enterpriseSize'])
  })
})
