/**
 * The program rules of checkEligibility (program-answers.ts, merge.ts): per matrix row and date, the status
 * of each program with its exact reason codes and citations; the JP rules (only before pension age, PP 45/2015
 * Pasal 15 and Permenaker 29/2015; foreign workers per `eligibility.foreignWorker.jpStatus`); the JKP
 * conditions (PP 37/2021 Pasal 4 as amended by PP 6/2025) inside checkEligibility; and the BPU registration
 * age (decision D15). Expected values are written from the dated rows of `programs.matrix`
 * (src/parameters/programs.ts): JKP for PU from 2021-02-01, PMI from 2017-08-01 (Permenaker 7/2017) with JHT
 * optional from 2018-12-10 (Permenaker 18/2018) and cited under Permenaker 4/2023 from 2023-02-22, interns
 * from 2021-04-01 (Permenaker 5/2021), non-ASN bases PP 49/2023 (2023-10-06) and Permenaker 1/2025
 * (2025-02-24); and from the JP pension-age schedule (56 until 2018, 57 from 2019, +1 every three years).
 */
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  checkEligibility,
  type CalculationOptions,
  type EligibilityInput,
  type EligibilityResult,
  type Reason,
} from '../../src/index.js'

type Cite = { source: string; article?: string }

const en = (input: EligibilityInput, options: CalculationOptions = {}): EligibilityResult =>
  checkEligibility(input, { locale: 'en', ...options })
const withLegal = (rs: readonly Reason[]) => rs.map((r) => [r.code, r.legal])
const codes = (rs: readonly Reason[]) => rs.map((r) => r.code)
const prog = (r: EligibilityResult, p: string) => r.programs.find((x) => x.program === p)!
const statuses = (r: EligibilityResult) => r.programs.map((p) => [p.program, p.status, p.missing])

// ---- the citations of the matrix, as src/parameters/programs.ts lists them ----
const PP44_5: Cite = { source: 'PP-44-2015', article: 'Pasal 5' }
const PP45: Cite = { source: 'PP-45-2015' }
const PP46: Cite = { source: 'PP-46-2015' }
const P44_2015: Cite = { source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' }
const D18: Cite = { source: 'DECISIONS', article: 'D18' }
const P7_2017: Cite = { source: 'PERMENAKER-7-2017' }
const P18_2018: Cite = { source: 'PERMENAKER-18-2018' }
const P4_2023: Cite = { source: 'PERMENAKER-4-2023' }
const PP37_4: Cite = { source: 'PP-37-2021', article: 'Pasal 4' }
const PP6_4_3: Cite = { source: 'PP-6-2025', article: 'Pasal 4 ayat (3)' }
const P5_2021: Cite = { source: 'PERMENAKER-5-2021' }
const PP49_5: Cite = { source: 'PP-49-2023', article: 'Pasal 5' }
const P1_2025: Cite = { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' }
const BASE: Cite[] = [PP44_5, PP45, PP46, P44_2015, D18]

// ---- the citations of the JP and JKP rules ----
const JP_CUTOFF: Cite[] = [{ source: 'PP-45-2015', article: 'Pasal 15' }, { source: 'PERMENAKER-29-2015' }]
const PENSION_3: Cite = { source: 'PP-45-2015', article: 'Pasal 15 ayat (3)' }
const PENSION_1: Cite = { source: 'PP-45-2015', article: 'Pasal 15 ayat (1)' }
const FOREIGN_JP: Cite[] = [PP45, { source: 'UU-24-2011', article: 'Pasal 14' }]
const JKP_4: Cite[] = [PP37_4, { source: 'PP-6-2025', article: 'Pasal 4' }]
const JKP_4_3: Cite[] = [{ source: 'PP-37-2021', article: 'Pasal 4 ayat (3)' }, PP6_4_3]
const JKP_AGE: Cite[] = [
  { source: 'PP-37-2021', article: 'Pasal 4 ayat (2) huruf b' },
  { source: 'PP-6-2025', article: 'Pasal 4 ayat (2) huruf b' },
]
const JKP_MATRIX: Cite[] = [PP37_4, PP6_4_3]
const BPU_AGE_LEGAL: Cite[] = [{ source: 'PERDIR-BPJSTK-22-2022' }, { source: 'DECISIONS', article: 'D15' }]

const D = '2025-03-01'

type Status = 'mandatory' | 'optional' | 'unavailable' | 'conditional' | 'unknown'
const row = (JKK: Status, JKM: Status, JHT: Status, JP: Status, JKP: Status) => ({ JKK, JKM, JHT, JP, JKP })
/**
 * The program matrix in force from 2025-02-24 as src/parameters/programs.ts states it, with some rows
 * replaced: for overrides that reach cells the law's own matrix never has (say so in each test).
 */
function matrixWith(rows: Record<string, unknown>): CalculationOptions {
  const small = row('mandatory', 'mandatory', 'mandatory', 'optional', 'conditional')
  const large = row('mandatory', 'mandatory', 'mandatory', 'mandatory', 'conditional')
  const m = {
    PU: { micro: small, small, medium: large, large },
    PU_STATE: row('mandatory', 'mandatory', 'optional', 'optional', 'unknown'),
    BPU: row('mandatory', 'mandatory', 'optional', 'unavailable', 'unavailable'),
    JAKON: row('mandatory', 'mandatory', 'unavailable', 'unavailable', 'unavailable'),
    PMI: row('mandatory', 'mandatory', 'optional', 'unavailable', 'unavailable'),
    INTERN: row('mandatory', 'mandatory', 'unavailable', 'unavailable', 'unavailable'),
  }
  return { parameters: { 'programs.matrix': { ...m, ...rows } } }
}
const ALL4 = ['JKK', 'JKM', 'JHT', 'JP'] as const
/** A citizen born 1990-05-10: 34 on 2025-03-01; JP pension age 65 reached 2055-05-10, registration until 2055-04-30. */
const WNI_34 = { nationality: 'WNI', birthDate: '1990-05-10', inJkn: true } as const
const BEFORE_65: [string, Cite[]] = ['ELIG_JP_BEFORE_PENSION_AGE', [PENSION_3, ...JP_CUTOFF]]

describe('PU of a non-state employer, 2025-03-01 (every JKP condition met)', () => {
  it('large: JKK, JKM, JHT, JP and JKP mandatory, each with its matrix citations', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      enterpriseSize: 'large',
      enrolledPrograms: [...ALL4],
      ...WNI_34,
    })
    expect(statuses(r)).toEqual([
      ['JKK', 'mandatory', undefined],
      ['JKM', 'mandatory', undefined],
      ['JHT', 'mandatory', undefined],
      ['JP', 'mandatory', undefined],
      ['JKP', 'mandatory', undefined],
    ])
    expect(withLegal(prog(r, 'JKK').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP44_5]]])
    expect(withLegal(prog(r, 'JKM').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP44_5]]])
    expect(withLegal(prog(r, 'JHT').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP46]]])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP45, PP6_4_3]], BEFORE_65])
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_CITIZEN_MET', JKP_4],
      ['ELIG_JKP_AGE_MET', JKP_AGE],
      ['ELIG_JKP_EMPLOYMENT_MET', JKP_4],
      ['ELIG_JKP_PROGRAMS_MET', JKP_4_3],
      ['ELIG_JKP_JKN_MET', JKP_4_3],
    ])
    expect(prog(r, 'JKK').reasons[0]!.message).toBe(
      'For wage earners (PU) of a large enterprise, JKK is mandatory.',
    )
    expect(prog(r, 'JP').reasons[1]!.message).toBe(
      'Below JP pension age: pension age 65 is reached on 2055-05-10; JP registration is possible until 2055-04-30.',
    )
    expect(prog(r, 'JKP').reasons[0]!.message).toBe(
      'JKP is mandatory when all its conditions hold: Indonesian citizen, below the age limit when registering, in an employment relationship, enrolled in the required programs and in JKN.',
    )
  })

  it('micro and small: JP optional, JKP mandatory with JKK, JKM, JHT only', () => {
    for (const size of ['micro', 'small'] as const) {
      const r = en({
        asOf: D,
        relationship: 'employee-individual',
        enterpriseSize: size,
        enrolledPrograms: ['JKK', 'JKM', 'JHT'],
        ...WNI_34,
      })
      expect(r.programs.map((p) => p.status)).toEqual([
        'mandatory',
        'mandatory',
        'mandatory',
        'optional',
        'mandatory',
      ])
      expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP45, PP6_4_3]], BEFORE_65])
      expect(prog(r, 'JP').reasons[0]!.message).toBe(
        `For wage earners (PU) of a ${size} enterprise, JP is optional (voluntary).`,
      )
    }
  })

  it('medium: same programs as large (JP mandatory)', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      enterpriseSize: 'medium',
      enrolledPrograms: [...ALL4],
      ...WNI_34,
    })
    expect(r.programs.map((p) => p.status)).toEqual([
      'mandatory',
      'mandatory',
      'mandatory',
      'mandatory',
      'mandatory',
    ])
  })

  it('without the size: JKK, JKM, JHT agree in every row (one ELIG_PROG_MATRIX_ALL reason), JP does not', () => {
    const r = en({ asOf: D, relationship: 'employee-company', ...WNI_34 })
    expect(withLegal(prog(r, 'JKK').reasons)).toEqual([['ELIG_PROG_MATRIX_ALL', [PP44_5]]])
    expect(withLegal(prog(r, 'JHT').reasons)).toEqual([['ELIG_PROG_MATRIX_ALL', [PP46]]])
    expect(prog(r, 'JHT').reasons[0]!.message).toBe(
      'JHT is mandatory in every case: wage earners (PU) of a micro enterprise; wage earners (PU) of a small enterprise; wage earners (PU) of a medium enterprise; wage earners (PU) of a large enterprise.',
    )
    expect(prog(r, 'JP').status).toBe('unknown')
    expect(prog(r, 'JP').missing).toEqual(['enterpriseSize'])
    expect(codes(prog(r, 'JP').reasons)).toEqual([
      'ELIG_MISSING_FACT',
      'ELIG_PROG_MATRIX',
      'ELIG_JP_BEFORE_PENSION_AGE',
      'ELIG_PROG_MATRIX',
      'ELIG_PROG_MATRIX',
      'ELIG_PROG_MATRIX',
    ])
    expect(prog(r, 'JP').reasons[0]!.message).toBe(
      'Cannot be settled yet: it depends on facts not given (enterpriseSize).',
    )
    // JKP: without the enrolled programs and the size, the required programs are not known
    expect(prog(r, 'JKP').status).toBe('unknown')
    expect(prog(r, 'JKP').missing).toEqual(['enterpriseSize', 'enrolledPrograms'])
  })

  it('without the size, enrolled in JKK, JKM, JHT: JKP mandatory for micro/small, not for medium/large → unknown', () => {
    const r = en({
      asOf: D,
      relationship: 'employee-company',
      enrolledPrograms: ['JKK', 'JKM', 'JHT'],
      ...WNI_34,
    })
    expect([prog(r, 'JKP').status, prog(r, 'JKP').missing]).toEqual(['unknown', ['enterpriseSize']])
    expect(codes(prog(r, 'JKP').reasons)).toContain('ELIG_JKP_PROGRAMS_NOT_MET')
    expect(codes(prog(r, 'JKP').reasons)[0]).toBe('ELIG_MISSING_FACT')
  })
})

describe('JKP conditions inside checkEligibility (PP 37/2021 Pasal 4 as amended by PP 6/2025)', () => {
  const base = {
    asOf: D,
    relationship: 'employee-company',
    enterpriseSize: 'large',
    enrolledPrograms: [...ALL4],
    ...WNI_34,
  } as const

  it('a large-enterprise worker not enrolled in JP: JKP unavailable, only the failed condition as reason', () => {
    const r = en({ ...base, enrolledPrograms: ['JKK', 'JKM', 'JHT'] })
    expect([prog(r, 'JKP').status, prog(r, 'JKP').missing]).toEqual(['unavailable', undefined])
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_PROGRAMS_NOT_MET', JKP_4_3],
    ])
  })

  it('not in JKN: JKP unavailable for ELIG_JKP_JKN_NOT_MET', () => {
    const r = en({ ...base, inJkn: false })
    expect(prog(r, 'JKP').status).toBe('unavailable')
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_JKN_NOT_MET', JKP_4_3],
    ])
  })

  it('age 54 at registration (born 1971-03-01) is too old; 53 (born 1971-03-02) is not', () => {
    const old = en({ ...base, birthDate: '1971-03-01' })
    expect(old.age?.years).toBe(54)
    expect(prog(old, 'JKP').status).toBe('unavailable')
    expect(withLegal(prog(old, 'JKP').reasons)).toEqual([
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_AGE_NOT_MET', JKP_AGE],
    ])
    const young = en({ ...base, birthDate: '1971-03-02' })
    expect(young.age?.years).toBe(53)
    expect(prog(young, 'JKP').status).toBe('mandatory')
    expect(codes(prog(young, 'JKP').reasons)).toContain('ELIG_JKP_AGE_MET')
  })

  it('a foreigner (6 months) is not a JKP participant; several failed conditions are all listed', () => {
    const r = en({ ...base, nationality: 'WNA', monthsWorkedInIndonesia: 6, inJkn: false })
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_CITIZEN_NOT_MET', JKP_4],
      ['ELIG_JKP_JKN_NOT_MET', JKP_4_3],
    ])
  })

  it('missing birth date, programs and JKN: unknown with those paths, in condition order', () => {
    const r = en({ asOf: D, relationship: 'employee-company', enterpriseSize: 'large', nationality: 'WNI' })
    expect([prog(r, 'JKP').status, prog(r, 'JKP').missing]).toEqual([
      'unknown',
      ['birthDate', 'enrolledPrograms', 'inJkn'],
    ])
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([
      ['ELIG_MISSING_FACT', [...JKP_MATRIX, JKP_4[1], ...JKP_AGE, JKP_4_3[0]]],
      ['ELIG_JKP_CONDITIONAL', JKP_MATRIX],
      ['ELIG_JKP_CITIZEN_MET', JKP_4],
      ['ELIG_MISSING_FACT', JKP_AGE],
      ['ELIG_JKP_EMPLOYMENT_MET', JKP_4],
      ['ELIG_MISSING_FACT', JKP_4_3],
      ['ELIG_MISSING_FACT', JKP_4_3],
    ])
    expect(prog(r, 'JKP').reasons[0]!.message).toBe(
      'Cannot be settled yet: it depends on facts not given (birthDate, enrolledPrograms, inJkn).',
    )
  })

  it('JKP starts 2021-02-01: on 2021-01-31 it is unavailable from the matrix (citing the whole matrix row)', () => {
    const before = en({ ...base, asOf: '2021-01-31' })
    expect(prog(before, 'JKP').status).toBe('unavailable')
    expect(withLegal(prog(before, 'JKP').reasons)).toEqual([['ELIG_PROG_MATRIX', [...BASE, P18_2018]]])
    // JP is cited under PP 45/2015 alone before PP 6/2025 enters the matrix citations
    expect(withLegal(prog(before, 'JP').reasons)[0]).toEqual(['ELIG_PROG_MATRIX', [PP45]])
    const first = en({ ...base, asOf: '2021-02-01' })
    expect(prog(first, 'JKP').status).toBe('mandatory')
    expect(withLegal(prog(first, 'JKP').reasons)[0]).toEqual(['ELIG_JKP_CONDITIONAL', JKP_MATRIX])
    expect(withLegal(prog(first, 'JP').reasons)[0]).toEqual(['ELIG_PROG_MATRIX', [PP45, PP6_4_3]])
  })
})

describe('JP only before pension age (PP 45/2015 Pasal 15; last day: end of the month before)', () => {
  // born 1965-07-16: 58 on 2023-07-16 (58 is the pension age 2022–2024); registration until 2023-06-30
  const pu = (asOf: string, size: 'large' | 'micro' = 'large') =>
    en({
      asOf,
      relationship: 'employee-company',
      nationality: 'WNI',
      enterpriseSize: size,
      birthDate: '1965-07-16',
    })

  it('on the last registration day (2023-06-30) JP is still mandatory', () => {
    const r = pu('2023-06-30')
    expect(prog(r, 'JP').status).toBe('mandatory')
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP45, PP6_4_3]],
      ['ELIG_JP_BEFORE_PENSION_AGE', [PENSION_3, ...JP_CUTOFF]],
    ])
    expect(prog(r, 'JP').reasons[1]!.message).toBe(
      'Below JP pension age: pension age 58 is reached on 2023-07-16; JP registration is possible until 2023-06-30.',
    )
  })

  it('the next day (2023-07-01) JP is unavailable for ELIG_JP_PENSION_AGE_REACHED alone', () => {
    for (const size of ['large', 'micro'] as const) {
      const r = pu('2023-07-01', size)
      expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unavailable', undefined])
      expect(withLegal(prog(r, 'JP').reasons)).toEqual([
        ['ELIG_JP_PENSION_AGE_REACHED', [PENSION_3, ...JP_CUTOFF]],
      ])
      expect(prog(r, 'JP').reasons[0]!.message).toBe(
        'JP registration is possible only before pension age: pension age 58 is reached on 2023-07-16, so the last registration day is 2023-06-30.',
      )
    }
  })

  it('the first pension age, 56 (ayat (1)): born 1962-12-31, reached 2018-12-31, registration until 2018-11-30', () => {
    const at = (asOf: string) => en({ asOf, relationship: 'state-non-asn', birthDate: '1962-12-31' })
    const last = at('2018-11-30')
    expect(prog(last, 'JP').status).toBe('optional')
    expect(withLegal(prog(last, 'JP').reasons)[1]).toEqual([
      'ELIG_JP_BEFORE_PENSION_AGE',
      [PENSION_1, ...JP_CUTOFF],
    ])
    const after = at('2018-12-01')
    expect(prog(after, 'JP').status).toBe('unavailable')
    expect(withLegal(prog(after, 'JP').reasons)).toEqual([
      ['ELIG_JP_PENSION_AGE_REACHED', [PENSION_1, ...JP_CUTOFF]],
    ])
  })

  it('past pension age a foreigner gets the pension-age reason, not the foreign-worker one', () => {
    const r = en({
      asOf: '2023-07-01',
      relationship: 'employee-company',
      nationality: 'WNA',
      monthsWorkedInIndonesia: 12,
      enterpriseSize: 'large',
      birthDate: '1965-07-16',
    })
    expect(codes(prog(r, 'JP').reasons)).toEqual(['ELIG_JP_PENSION_AGE_REACHED'])
  })

  it('a BPU past pension age: JP stays the matrix "not available" (no pension reason)', () => {
    const r = en({ asOf: '2023-07-01', relationship: 'self-employed', birthDate: '1965-07-16' })
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP45, PP6_4_3]]])
    expect(prog(r, 'JP').reasons[0]!.message).toBe('For non-wage participants (BPU), JP is not available.')
  })

  it('without a birth date JP is unknown, missing birthDate (cited PP 45/2015 Pasal 15, Permenaker 29/2015)', () => {
    const r = en({ asOf: D, relationship: 'employee-company', nationality: 'WNI', enterpriseSize: 'large' })
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unknown', ['birthDate']])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([
      ['ELIG_MISSING_FACT', [PP45, PP6_4_3, ...JP_CUTOFF]],
      ['ELIG_PROG_MATRIX', [PP45, PP6_4_3]],
    ])
    // the world's own "depends on birthDate" is not repeated: the first reason says it and cites its articles
    const messages = prog(r, 'JP').reasons.map((x) => x.message)
    expect(new Set(messages).size).toBe(messages.length)
  })
})

describe('JP for foreign workers (eligibility.foreignWorker.jpStatus: unknown unless overridden)', () => {
  const foreign = {
    asOf: D,
    relationship: 'employee-company',
    enterpriseSize: 'large',
    birthDate: '1990-05-10',
  } as const

  it('a foreigner: JP unknown because the law is unsettled (nothing missing)', () => {
    const r = en({ ...foreign, nationality: 'WNA', monthsWorkedInIndonesia: 6 })
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unknown', []])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_JP_FOREIGNER_UNSETTLED', FOREIGN_JP], BEFORE_65])
    expect(prog(r, 'JP').reasons[0]!.message).toBe(
      'JP membership of foreign workers is not clearly regulated in the available sources (low confidence).',
    )
    expect(r.warnings.map((w) => [w.code, w.parameterId])).toContainEqual([
      'LOW_CONFIDENCE_RULE',
      'eligibility.foreignWorker.jpStatus',
    ])
  })

  it('6 months but no nationality: JP unknown, missing nationality', () => {
    const r = en({ ...foreign, monthsWorkedInIndonesia: 6 })
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unknown', ['nationality']])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([
      ['ELIG_MISSING_FACT', [PP45, PP6_4_3, ...FOREIGN_JP.slice(1), PENSION_3, ...JP_CUTOFF]],
      ['ELIG_PROG_MATRIX', [PP45, PP6_4_3]],
      ['ELIG_JP_FOREIGNER_UNSETTLED', FOREIGN_JP],
      BEFORE_65,
    ])
  })

  it('overridden as mandatory: a foreigner is mandatory with ELIG_JP_FOREIGNER; an unknown nationality no longer matters', () => {
    const options = { parameters: { 'eligibility.foreignWorker.jpStatus': 'mandatory' } }
    const r = en({ ...foreign, nationality: 'WNA', monthsWorkedInIndonesia: 6 }, options)
    expect(prog(r, 'JP').status).toBe('mandatory')
    expect(codes(prog(r, 'JP').reasons)).toEqual(['ELIG_JP_FOREIGNER', 'ELIG_JP_BEFORE_PENSION_AGE'])
    expect(prog(r, 'JP').reasons[0]!.message).toBe('For foreign workers, JP is mandatory (caller parameter).')
    const u = en({ ...foreign, monthsWorkedInIndonesia: 6 }, options)
    expect([prog(u, 'JP').status, prog(u, 'JP').missing]).toEqual(['mandatory', undefined])
    expect(codes(prog(u, 'JP').reasons)).toEqual(['ELIG_PROG_MATRIX', 'ELIG_JP_BEFORE_PENSION_AGE'])
  })

  it('overridden as unavailable: a foreigner is unavailable, not missing the birth date, and with one gets no registration day', () => {
    const options = { parameters: { 'eligibility.foreignWorker.jpStatus': 'unavailable' } }
    const r = en(
      {
        asOf: D,
        relationship: 'employee-company',
        enterpriseSize: 'large',
        nationality: 'WNA',
        monthsWorkedInIndonesia: 7,
      },
      options,
    )
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unavailable', undefined])
    expect(codes(prog(r, 'JP').reasons)).toEqual(['ELIG_JP_FOREIGNER'])
    expect(prog(r, 'JP').reasons[0]!.message).toBe(
      'For foreign workers, JP is not available (caller parameter).',
    )
    // with a birth date: still only that reason, no "registration possible until …" beside "not available"
    const b = en({ ...foreign, nationality: 'WNA', monthsWorkedInIndonesia: 7 }, options)
    expect([prog(b, 'JP').status, codes(prog(b, 'JP').reasons)]).toEqual([
      'unavailable',
      ['ELIG_JP_FOREIGNER'],
    ])
  })

  it('a foreigner without the enterprise size: JP unknown in every row for the unsettled law alone, the size not asked', () => {
    // micro/small (JP optional) and medium/large (JP mandatory) give the same answer for a foreigner: the
    // foreign-worker status, unknown; no fact the caller could add would settle it
    const { enterpriseSize: _size, ...noSize } = foreign
    const r = en({ ...noSize, nationality: 'WNA', monthsWorkedInIndonesia: 6 })
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unknown', []])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_JP_FOREIGNER_UNSETTLED', FOREIGN_JP], BEFORE_65])
  })

  it('overridden as conditional: no JP condition exists to apply, so a foreigner is unknown (nothing missing)', () => {
    const options = { parameters: { 'eligibility.foreignWorker.jpStatus': 'conditional' } }
    const r = en({ ...foreign, nationality: 'WNA', monthsWorkedInIndonesia: 6 }, options)
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['unknown', []])
    expect(codes(prog(r, 'JP').reasons)).toEqual(['ELIG_JP_FOREIGNER', 'ELIG_JP_BEFORE_PENSION_AGE'])
    expect(prog(r, 'JP').reasons[0]!.message).toBe(
      'For foreign workers, JP is mandatory when its conditions are met (caller parameter).',
    )
    // without the nationality: a citizen of a large enterprise is mandatory, a foreigner unknown
    const u = en({ ...foreign, monthsWorkedInIndonesia: 6 }, options)
    expect([prog(u, 'JP').status, prog(u, 'JP').missing]).toEqual(['unknown', ['nationality']])
  })

  it('a state employer does not ask the nationality for JP', () => {
    const r = en({ asOf: D, relationship: 'state-non-asn', birthDate: '1990-05-10' })
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['optional', undefined])
  })
})

describe('PU of a state employer (D18)', () => {
  it('2025-03-01: JKK, JKM mandatory; JHT, JP optional; JKP unsettled — cited with D18, PP 49/2023, Permenaker 1/2025', () => {
    const r = en({ asOf: D, relationship: 'state-non-asn', birthDate: '1990-05-10' })
    const seg = [D18, PP49_5, P1_2025]
    expect(statuses(r)).toEqual([
      ['JKK', 'mandatory', undefined],
      ['JKM', 'mandatory', undefined],
      ['JHT', 'optional', undefined],
      ['JP', 'optional', undefined],
      ['JKP', 'unknown', []],
    ])
    expect(withLegal(prog(r, 'JKK').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP44_5, ...seg]]])
    expect(withLegal(prog(r, 'JHT').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP46, ...seg]]])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP45, PP6_4_3, ...seg]],
      BEFORE_65,
    ])
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([['ELIG_LAW_UNSETTLED', [PP37_4, PP6_4_3, ...seg]]])
    expect(prog(r, 'JKP').reasons[0]!.message).toBe(
      'The available legal sources do not settle the status of JKP for non-ASN wage earners (PU) of a state body; no input can decide it.',
    )
  })

  it('the citations follow the dated row: D18 alone until 2023-10-05, with PP 49/2023 from 2023-10-06', () => {
    const at = (asOf: string) => en({ asOf, relationship: 'state-non-asn', birthDate: '1990-05-10' })
    expect(withLegal(prog(at('2023-10-05'), 'JKK').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP44_5, D18]]])
    expect(withLegal(prog(at('2023-10-06'), 'JKK').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP44_5, D18, PP49_5]],
    ])
    expect(withLegal(prog(at('2025-02-23'), 'JKK').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP44_5, D18, PP49_5]],
    ])
    expect(withLegal(prog(at('2025-02-24'), 'JKK').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP44_5, D18, PP49_5, P1_2025]],
    ])
  })

  it('before JKP (2021-01-31) JKP is unavailable for state staff; from 2021-02-01 unsettled', () => {
    const before = en({ asOf: '2021-01-31', relationship: 'state-non-asn', birthDate: '1990-05-10' })
    expect([prog(before, 'JKP').status, withLegal(prog(before, 'JKP').reasons)]).toEqual([
      'unavailable',
      [['ELIG_PROG_MATRIX', [D18]]],
    ])
    const after = en({ asOf: '2021-02-01', relationship: 'state-non-asn', birthDate: '1990-05-10' })
    expect([prog(after, 'JKP').status, prog(after, 'JKP').missing]).toEqual(['unknown', []])
    expect(codes(prog(after, 'JKP').reasons)).toEqual(['ELIG_LAW_UNSETTLED'])
  })
})

describe('BPU row', () => {
  it('2025-03-01: JKK, JKM mandatory; JHT optional; JP, JKP not available', () => {
    const r = en({ asOf: D, relationship: 'self-employed' })
    expect(statuses(r)).toEqual([
      ['JKK', 'mandatory', undefined],
      ['JKM', 'mandatory', undefined],
      ['JHT', 'optional', undefined],
      ['JP', 'unavailable', undefined],
      ['JKP', 'unavailable', undefined],
    ])
    expect(r.programs.map((p) => withLegal(p.reasons))).toEqual([
      [['ELIG_PROG_MATRIX', [PP44_5]]],
      [['ELIG_PROG_MATRIX', [PP44_5]]],
      [['ELIG_PROG_MATRIX', [PP46]]],
      [['ELIG_PROG_MATRIX', [PP45, PP6_4_3]]],
      [['ELIG_PROG_MATRIX', JKP_MATRIX]],
    ])
    expect(prog(r, 'JHT').reasons[0]!.message).toBe(
      'For non-wage participants (BPU), JHT is optional (voluntary).',
    )
  })

  it('2020-01-01: JKP (not yet in the law) is cited by the whole matrix row', () => {
    const r = en({ asOf: '2020-01-01', relationship: 'employer' })
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([['ELIG_PROG_MATRIX', [...BASE, P18_2018]]])
    expect(withLegal(prog(r, 'JP').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP45]]])
  })
})

describe('JAKON row (Permenaker 44/2015; Permenaker 5/2021 from 2021-04-01)', () => {
  it('2025-03-01: JKK, JKM mandatory; JHT, JP, JKP not available', () => {
    const r = en({ asOf: D, relationship: 'construction-project', constructionContract: 'casual' })
    const seg = [P44_2015, P5_2021]
    expect(r.programs.map((p) => [p.program, p.status, withLegal(p.reasons)])).toEqual([
      ['JKK', 'mandatory', [['ELIG_PROG_MATRIX', [PP44_5, ...seg]]]],
      ['JKM', 'mandatory', [['ELIG_PROG_MATRIX', [PP44_5, ...seg]]]],
      ['JHT', 'unavailable', [['ELIG_PROG_MATRIX', [PP46, ...seg]]]],
      ['JP', 'unavailable', [['ELIG_PROG_MATRIX', [PP45, PP6_4_3, ...seg]]]],
      ['JKP', 'unavailable', [['ELIG_PROG_MATRIX', [...JKP_MATRIX, ...seg]]]],
    ])
    expect(prog(r, 'JKK').reasons[0]!.message).toBe(
      'For construction project workers (Jakon), JKK is mandatory.',
    )
  })

  it('2021-03-31: without Permenaker 5/2021 in the row, JKP cites Permenaker 44/2015 alone', () => {
    const r = en({
      asOf: '2021-03-31',
      relationship: 'construction-project',
      constructionContract: 'fixed-term',
    })
    expect(withLegal(prog(r, 'JKK').reasons)).toEqual([['ELIG_PROG_MATRIX', [PP44_5, P44_2015]]])
    expect(withLegal(prog(r, 'JKP').reasons)).toEqual([['ELIG_PROG_MATRIX', [...JKP_MATRIX, P44_2015]]])
    const before = en({
      asOf: '2020-06-01',
      relationship: 'construction-project',
      constructionContract: 'casual',
    })
    expect(withLegal(prog(before, 'JKP').reasons)).toEqual([['ELIG_PROG_MATRIX', [P44_2015]]])
  })
})

describe('PMI row by date', () => {
  const at = (asOf: string) => en({ asOf, relationship: 'migrant-worker' })

  it('2017-08-01 (Permenaker 7/2017): JKK, JKM mandatory; JHT unsettled; JP, JKP not available', () => {
    const r = at('2017-08-01')
    expect(r.programs.map((p) => [p.program, p.status, p.missing, withLegal(p.reasons)])).toEqual([
      ['JKK', 'mandatory', undefined, [['ELIG_PROG_MATRIX', [PP44_5, P7_2017]]]],
      ['JKM', 'mandatory', undefined, [['ELIG_PROG_MATRIX', [PP44_5, P7_2017]]]],
      ['JHT', 'unknown', [], [['ELIG_LAW_UNSETTLED', [PP46, P7_2017]]]],
      ['JP', 'unavailable', undefined, [['ELIG_PROG_MATRIX', [PP45, P7_2017]]]],
      ['JKP', 'unavailable', undefined, [['ELIG_PROG_MATRIX', [P7_2017]]]],
    ])
    expect(prog(r, 'JHT').reasons[0]!.message).toBe(
      'The available legal sources do not settle the status of JHT for Indonesian migrant workers (PMI); no input can decide it.',
    )
  })

  it('JHT is unsettled on 2018-12-09 and optional from 2018-12-10 (Permenaker 18/2018)', () => {
    expect(prog(at('2018-12-09'), 'JHT').status).toBe('unknown')
    const r = at('2018-12-10')
    expect([prog(r, 'JHT').status, withLegal(prog(r, 'JHT').reasons)]).toEqual([
      'optional',
      [['ELIG_PROG_MATRIX', [PP46, P18_2018]]],
    ])
  })

  it('cited under Permenaker 18/2018 until 2023-02-21, Permenaker 4/2023 from 2023-02-22', () => {
    expect(withLegal(prog(at('2023-02-21'), 'JKK').reasons)).toEqual([
      ['ELIG_PROG_MATRIX', [PP44_5, P18_2018]],
    ])
    const r = at('2023-02-22')
    expect(r.programs.map((p) => [p.status, withLegal(p.reasons)])).toEqual([
      ['mandatory', [['ELIG_PROG_MATRIX', [PP44_5, P4_2023]]]],
      ['mandatory', [['ELIG_PROG_MATRIX', [PP44_5, P4_2023]]]],
      ['optional', [['ELIG_PROG_MATRIX', [PP46, P4_2023]]]],
      ['unavailable', [['ELIG_PROG_MATRIX', [PP45, PP6_4_3, P4_2023]]]],
      ['unavailable', [['ELIG_PROG_MATRIX', [...JKP_MATRIX, P4_2023]]]],
    ])
  })
})

describe('INTERN row (Permenaker 5/2021, from 2021-04-01)', () => {
  it('JKK and JKM mandatory, the rest not available, each citing Permenaker 5/2021', () => {
    const r = en({ asOf: '2021-04-01', relationship: 'intern', employerType: 'company' })
    expect(r.programs.map((p) => [p.program, p.status, withLegal(p.reasons)])).toEqual([
      ['JKK', 'mandatory', [['ELIG_PROG_MATRIX', [PP44_5, P5_2021]]]],
      ['JKM', 'mandatory', [['ELIG_PROG_MATRIX', [PP44_5, P5_2021]]]],
      ['JHT', 'unavailable', [['ELIG_PROG_MATRIX', [PP46, P5_2021]]]],
      ['JP', 'unavailable', [['ELIG_PROG_MATRIX', [PP45, PP6_4_3, P5_2021]]]],
      ['JKP', 'unavailable', [['ELIG_PROG_MATRIX', [...JKP_MATRIX, P5_2021]]]],
    ])
    expect(prog(r, 'JKM').reasons[0]!.message).toBe('For interns, JKM is mandatory.')
  })
})

describe('BPU registration age (checkBpuRegistrationAge, decision D15)', () => {
  const bpu = (extra: Partial<EligibilityInput> = {}) =>
    ({ asOf: D, relationship: 'self-employed', checkBpuRegistrationAge: true, ...extra }) as EligibilityInput

  it('absent unless asked', () => {
    expect('bpuRegistrationAge' in en({ asOf: D, relationship: 'self-employed' })).toBe(false)
    expect(
      'bpuRegistrationAge' in en({ asOf: D, relationship: 'self-employed', checkBpuRegistrationAge: false }),
    ).toBe(false)
  })

  it('by default the limit is unknown (Perdir 22/2022, D15), whatever the age', () => {
    const r = en(bpu({ birthDate: '1990-05-10' }))
    expect(r.bpuRegistrationAge).toEqual({
      status: 'unknown',
      missing: [],
      reasons: [
        {
          code: 'ELIG_BPU_MAX_AGE_UNSETTLED',
          message:
            'A maximum BPU registration age exists (BPJS TK Perdir 22/2022) but its value is not known (decision D15).',
          legal: BPU_AGE_LEGAL,
        },
      ],
    })
  })

  const limit60 = { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 60 } } }

  it('with a limit of 60: aged 59 may register, aged 60 may not (born 1965-03-02 / 1965-03-01)', () => {
    const r59 = en(bpu({ birthDate: '1965-03-02' }), limit60)
    expect(r59.bpuRegistrationAge).toEqual({
      status: 'allowed',
      reasons: [
        {
          code: 'ELIG_BPU_MAX_AGE_OK',
          message: 'Aged 59, below the BPU registration age limit of 60.',
          legal: [],
        },
      ],
    })
    const r60 = en(bpu({ birthDate: '1965-03-01' }), limit60)
    expect(r60.bpuRegistrationAge).toEqual({
      status: 'not-allowed',
      reasons: [
        {
          code: 'ELIG_BPU_MAX_AGE_EXCEEDED',
          message: 'Aged 60: past the BPU registration age limit of 60.',
          legal: [],
        },
      ],
    })
  })

  it('with a limit and no birth date: unknown, missing birthDate', () => {
    const r = en(bpu(), limit60)
    expect(r.bpuRegistrationAge?.status).toBe('unknown')
    expect(r.bpuRegistrationAge?.missing).toEqual(['birthDate'])
    expect(r.bpuRegistrationAge?.reasons.map((x) => [x.code, x.message])).toEqual([
      ['ELIG_MISSING_FACT', 'Cannot be settled yet: it depends on facts not given (birthDate).'],
    ])
  })

  it('a limit that is not a positive whole number is refused', () => {
    // 0 and a string pass the generic override check and are refused by the rule (path: the parameter)
    for (const maxAge of [0, 'sixty'])
      expect(() =>
        en(bpu({ birthDate: '1990-05-10' }), {
          parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge } },
        }),
      ).toThrow(
        expect.objectContaining({
          issues: [
            expect.objectContaining({
              code: 'PARAMETER_OVERRIDE_INVALID',
              path: ['options', 'parameters', 'eligibility.bpu.maxRegistrationAge'],
            }),
          ],
        }),
      )
    expect(() => en(bpu(), { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 0 } } })).toThrow(
      BpjsValidationError,
    )
    // null is the documented "unknown" value: accepted
    expect(
      en(bpu({ birthDate: '1990-05-10' }), {
        parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: null } },
      }).bpuRegistrationAge?.status,
    ).toBe('unknown')
    // a limit of 1 is a whole positive number: accepted
    expect(
      en(bpu({ birthDate: '2000-01-01' }), {
        parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: 1 } },
      }).bpuRegistrationAge?.status,
    ).toBe('not-allowed')
  })

  it('a limit written as text ("60", which compares as a number) is refused by the rule, saying why', () => {
    // the library's value is null ("not settled"), so the generic override check admits any primitive
    let error: unknown
    try {
      en(bpu({ birthDate: '1990-05-10' }), {
        parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge: '60' } },
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BpjsValidationError)
    expect((error as BpjsValidationError).issues).toEqual([
      expect.objectContaining({
        path: ['options', 'parameters', 'eligibility.bpu.maxRegistrationAge'],
        code: 'PARAMETER_OVERRIDE_INVALID',
        params: {
          parameterId: 'eligibility.bpu.maxRegistrationAge',
          reason: 'maxAge must be a whole number of years or null',
        },
        message:
          'Invalid override for parameter eligibility.bpu.maxRegistrationAge: maxAge must be a whole number of years or null.',
      }),
    ])
  })
})

describe('one answer over several rows (merge.ts: ELIG_PROG_MATRIX_ALL)', () => {
  it('a construction worker without the contract is Jakon or PU (large): JKK and JKM, mandatory in both rows, name the two rows in one reason', () => {
    // casual, piece-rate, fixed-term: Jakon; permanent: PU (Permenaker 44/2015 Pasal 2 ayat (1))
    const r = en({
      asOf: D,
      relationship: 'construction-project',
      nationality: 'WNI',
      enterpriseSize: 'large',
    })
    for (const p of ['JKK', 'JKM'])
      expect(prog(r, p)).toEqual({
        program: p,
        status: 'mandatory',
        reasons: [
          {
            code: 'ELIG_PROG_MATRIX_ALL',
            message: `${p} is mandatory in every case: construction project workers (Jakon); wage earners (PU) of a large enterprise.`,
            // the Jakon row's citations (PP 44/2015, Permenaker 44/2015, 5/2021), the PU row's (PP 44/2015) already in
            legal: [PP44_5, P44_2015, P5_2021],
          },
        ],
      })
  })

  it('before JKP (2021-01-31), a foreigner without the months on a construction project: JKP unavailable in every case; the rows named once, the non-participant answer kept after them', () => {
    // Jakon (casual, piece-rate, fixed-term) or PU of a large enterprise (permanent, 6 months or more):
    // JKP not yet in the matrix; permanent and under 6 months: not a participant (PP 44/2015 Pasal 5 ayat (2) huruf c)
    const r = en({
      asOf: '2021-01-31',
      relationship: 'construction-project',
      nationality: 'WNA',
      enterpriseSize: 'large',
    })
    expect([prog(r, 'JKP').status, prog(r, 'JKP').missing]).toEqual(['unavailable', undefined])
    expect(prog(r, 'JKP').reasons).toEqual([
      {
        code: 'ELIG_PROG_MATRIX_ALL',
        message:
          'JKP is not available in every case: construction project workers (Jakon); wage earners (PU) of a large enterprise.',
        // Jakon: Permenaker 44/2015; PU large: no JKP source in the row yet, so the whole row (2018-12-10 to 2021-01-31)
        legal: [P44_2015, PP44_5, PP45, PP46, D18, P18_2018],
      },
      {
        code: 'ELIG_PROG_NOT_PARTICIPANT',
        message: 'Not a BPJS Ketenagakerjaan participant: JKP is not available.',
        legal: [
          { source: 'PP-44-2015', article: 'Pasal 5 ayat (2)' },
          PP49_5,
          { source: 'UU-24-2011', article: 'Pasal 14' },
          { source: 'PP-44-2015', article: 'Pasal 1 angka 4' },
          { source: 'PP-44-2015', article: 'Pasal 5 ayat (2) huruf c' },
        ],
      },
    ])
  })
})

describe('cells the matrix of the law never has (programs.matrix overridden)', () => {
  it('the foreign-worker JP rule is a PU rule: with JP optional for BPU, a BPU is not asked the nationality', () => {
    const r = en(
      { asOf: D, relationship: 'self-employed', birthDate: '1990-05-10' },
      matrixWith({ BPU: row('mandatory', 'mandatory', 'optional', 'optional', 'unavailable') }),
    )
    expect([prog(r, 'JP').status, prog(r, 'JP').missing]).toEqual(['optional', undefined])
    expect(codes(prog(r, 'JP').reasons)).toEqual(['ELIG_PROG_MATRIX', 'ELIG_JP_BEFORE_PENSION_AGE'])
  })

  it('JKP conditional for state staff or Jakon: the conditions apply with no enterprise size (only a PU row has one)', () => {
    // enrolled in JKK, JKM, JHT and JP: the programs of every enterprise size, so the size cannot matter
    const person = {
      asOf: D,
      ...WNI_34,
      enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'],
    } as const
    const options = matrixWith({
      PU_STATE: row('mandatory', 'mandatory', 'optional', 'optional', 'conditional'),
      JAKON: row('mandatory', 'mandatory', 'unavailable', 'unavailable', 'conditional'),
    })
    const state = en({ ...person, relationship: 'state-non-asn' }, options)
    const jakon = en(
      { ...person, relationship: 'construction-project', constructionContract: 'casual' },
      options,
    )
    for (const r of [state, jakon]) {
      expect([prog(r, 'JKP').status, prog(r, 'JKP').missing]).toEqual(['mandatory', undefined])
      expect(codes(prog(r, 'JKP').reasons)).toEqual([
        'ELIG_JKP_CONDITIONAL',
        'ELIG_JKP_CITIZEN_MET',
        'ELIG_JKP_AGE_MET',
        'ELIG_JKP_EMPLOYMENT_MET',
        'ELIG_JKP_PROGRAMS_MET',
        'ELIG_JKP_JKN_MET',
      ])
    }
  })
})
