/**
 * The cross-field checks of checkEligibility (merge.ts `validate`, validate.ts `IssueList`): which fields apply
 * to which relationship (the JSDoc of EligibilityInput: `wageEarner` for religious workers, RT/RW heads and
 * vulnerable workers; `employerType` for those and interns; `constructionContract` for construction projects;
 * `payer` for BPU relationships, interns and the vulnerable groups; `monthsWorkedInIndonesia` not for a
 * citizen), the birth date not after the check date, and the code, path, params and English message of each
 * issue, all reported together in a fixed order.
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, checkEligibility, type EligibilityInput } from '../../src/index.js'
import { WORK_RELATIONSHIPS } from '../../src/schemas/eligibility.js'

// the one list of relationships (the schema's), so a relationship added there is checked here too
const RELATIONSHIPS = WORK_RELATIONSHIPS

const VULNERABLE = ['religious-worker', 'rt-rw-head', 'vulnerable-worker']
/** Where each relationship-dependent field applies (written from the JSDoc of EligibilityInput). */
const APPLIES: Record<string, { value: unknown; to: readonly string[] }> = {
  wageEarner: { value: false, to: VULNERABLE },
  constructionContract: { value: 'casual', to: ['construction-project'] },
  employerType: { value: 'company', to: ['intern', ...VULNERABLE] },
  payer: { value: 'self', to: ['self-employed', 'informal', 'employer', 'intern', ...VULNERABLE] },
}

function issuesOf(input: EligibilityInput, locale: 'en' | 'id' = 'en') {
  try {
    checkEligibility(input, { locale })
  } catch (e) {
    if (!(e instanceof BpjsValidationError)) throw e
    return e.issues.map((i) => ({ path: i.path, code: i.code, params: i.params, message: i.message }))
  }
  return []
}

describe('relationship-dependent fields', () => {
  for (const [field, { value, to }] of Object.entries(APPLIES))
    it(`${field} is accepted exactly for ${to.join(', ')}`, () => {
      for (const rel of RELATIONSHIPS) {
        const input = { asOf: '2025-03-01', relationship: rel, [field]: value } as unknown as EligibilityInput
        const expected = to.includes(rel)
          ? []
          : [
              {
                path: [field],
                code: 'ELIG_FIELD_NOT_APPLICABLE',
                params: { field, context: `relationship: ${rel}` },
                message: `The field ${field} does not apply to relationship: ${rel}.`,
              },
            ]
        expect(issuesOf(input), `${field} for ${rel}`).toEqual(expected)
      }
    })
})

describe('monthsWorkedInIndonesia and nationality', () => {
  it('refused for a citizen, with the nationality as context', () => {
    expect(
      issuesOf({
        asOf: '2025-03-01',
        relationship: 'employee-company',
        nationality: 'WNI',
        monthsWorkedInIndonesia: 6,
      }),
    ).toEqual([
      {
        path: ['monthsWorkedInIndonesia'],
        code: 'ELIG_FIELD_NOT_APPLICABLE',
        params: { field: 'monthsWorkedInIndonesia', context: 'nationality: WNI' },
        message: 'The field monthsWorkedInIndonesia does not apply to nationality: WNI.',
      },
    ])
  })

  it('accepted for a foreigner and when the nationality is not given', () => {
    expect(
      issuesOf({
        asOf: '2025-03-01',
        relationship: 'employee-company',
        nationality: 'WNA',
        monthsWorkedInIndonesia: 6,
      }),
    ).toEqual([])
    expect(
      issuesOf({ asOf: '2025-03-01', relationship: 'employee-company', monthsWorkedInIndonesia: 6 }),
    ).toEqual([])
  })
})

describe('the birth date and the check date', () => {
  it('born on the check date is accepted (age 0); a day later is refused', () => {
    expect(issuesOf({ asOf: '2025-03-01', relationship: 'informal', birthDate: '2025-03-01' })).toEqual([])
    expect(
      checkEligibility({ asOf: '2025-03-01', relationship: 'informal', birthDate: '2025-03-01' }).age?.years,
    ).toBe(0)
    expect(issuesOf({ asOf: '2025-03-01', relationship: 'informal', birthDate: '2025-03-02' })).toEqual([
      {
        path: ['birthDate'],
        code: 'ELIG_DATE_ORDER',
        params: { field: 'asOf', value: '2025-03-01', other: 'birthDate', otherValue: '2025-03-02' },
        message: 'asOf (2025-03-01) cannot be before birthDate (2025-03-02).',
      },
    ])
  })
})

describe('every problem at once, in a fixed order', () => {
  it('date order, repeated program, then the relationship fields, then the months', () => {
    const input = {
      asOf: '2025-03-01',
      relationship: 'employee-company',
      birthDate: '2030-01-01',
      enrolledPrograms: ['JKK', 'JKK'],
      wageEarner: true,
      constructionContract: 'permanent',
      employerType: 'state',
      payer: 'apbn',
      nationality: 'WNI',
      monthsWorkedInIndonesia: 12,
    } as EligibilityInput
    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([
      [['birthDate'], 'ELIG_DATE_ORDER'],
      [['enrolledPrograms', 1], 'DUPLICATE_VALUE'],
      [['wageEarner'], 'ELIG_FIELD_NOT_APPLICABLE'],
      [['constructionContract'], 'ELIG_FIELD_NOT_APPLICABLE'],
      [['employerType'], 'ELIG_FIELD_NOT_APPLICABLE'],
      [['payer'], 'ELIG_FIELD_NOT_APPLICABLE'],
      [['monthsWorkedInIndonesia'], 'ELIG_FIELD_NOT_APPLICABLE'],
    ])
  })

  it('with a relationship that is not valid, only the relationship is refused: the fields that depend on it are not checked', () => {
    const input = {
      asOf: '2025-03-01',
      relationship: 'freelancer',
      wageEarner: true,
      constructionContract: 'casual',
      employerType: 'state',
      payer: 'apbn',
    } as unknown as EligibilityInput
    expect(issuesOf(input).map((i) => [i.path, i.code])).toEqual([[['relationship'], 'INVALID_VALUE']])
  })

  it('the messages follow the locale', () => {
    expect(
      issuesOf({ asOf: '2025-03-01', relationship: 'asn', payer: 'apbn' }, 'id').map((i) => i.message),
    ).toEqual(['Kolom payer tidak berlaku untuk relationship: asn.'])
  })
})
