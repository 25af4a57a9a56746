/**
 * A JHT claim's dates of the participant's life cannot be before the birth date: a membership, the end of
 * work, a total permanent disability determination or a death before it is a validation error at its own
 * path (they were accepted: a separation in 1980 for a participant born in 1990 was priced). The birth date
 * itself is not refused, and no check is made without a birth date.
 */
import { describe, expect, it } from 'vitest'
import { checkJhtClaim } from '../../../src/benefits/jht/claim.js'
import { BpjsRuleError, BpjsValidationError, type BpjsIssue } from '../../../src/errors.js'

const BASE = { ground: 'resignation', claimDate: '2024-06-01', birthDate: '1990-05-10' } as const

function issuesOf(f: () => unknown): readonly BpjsIssue[] {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues
    throw e
  }
  throw new Error('expected a BpjsValidationError')
}

describe('dates before the birth date', () => {
  it('a separation the day before the birth date: JHT_SEPARATION_BEFORE_BIRTH, in both languages', () => {
    const issues = issuesOf(() => checkJhtClaim({ ...BASE, separationDate: '1990-05-09' }, { locale: 'en' }))
    expect(issues).toEqual([
      {
        path: ['separationDate'],
        code: 'JHT_SEPARATION_BEFORE_BIRTH',
        params: { separationDate: '1990-05-09', birthDate: '1990-05-10' },
        message: 'The date work ended 1990-05-09 is before the birth date 1990-05-10.',
        messages: {
          id: 'Tanggal berhenti bekerja 1990-05-09 sebelum tanggal lahir 1990-05-10.',
          en: 'The date work ended 1990-05-09 is before the birth date 1990-05-10.',
        },
      },
    ])
  })

  it('every such date in one error, in the order of the table (death, membership, separation, disability)', () => {
    const issues = issuesOf(() =>
      checkJhtClaim({
        ground: 'death',
        claimDate: '2024-06-01',
        birthDate: '1990-05-10',
        dateOfDeath: '1989-01-01',
        membershipStart: '1989-02-01',
        separationDate: '1989-03-01',
        disabilityDate: '1989-04-01',
      } as never),
    )
    expect(issues.map((i) => [i.path[0], i.code, i.message])).toEqual([
      [
        'dateOfDeath',
        'JHT_DEATH_BEFORE_BIRTH',
        'Tanggal meninggal 1989-01-01 sebelum tanggal lahir 1990-05-10.',
      ],
      [
        'membershipStart',
        'JHT_MEMBERSHIP_BEFORE_BIRTH',
        'Awal kepesertaan 1989-02-01 sebelum tanggal lahir 1990-05-10.',
      ],
      [
        'separationDate',
        'JHT_SEPARATION_BEFORE_BIRTH',
        'Tanggal berhenti bekerja 1989-03-01 sebelum tanggal lahir 1990-05-10.',
      ],
      [
        'disabilityDate',
        'JHT_DISABILITY_BEFORE_BIRTH',
        'Tanggal penetapan cacat total tetap 1989-04-01 sebelum tanggal lahir 1990-05-10.',
      ],
    ])
  })

  it('on the birth date itself: not a validation error (that 1990 date is refused only as before the library’s dates)', () => {
    let thrown: unknown
    try {
      checkJhtClaim({ ...BASE, separationDate: '1990-05-10' })
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(BpjsRuleError)
    expect((thrown as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
  })

  it('without a birth date: no such check (the separation alone is read)', () => {
    const { birthDate: _b, ...noBirth } = BASE
    expect(() => checkJhtClaim({ ...noBirth, separationDate: '1980-01-01' })).not.toThrow()
  })
})
