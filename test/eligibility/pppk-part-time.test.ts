/**
 * Part-time PPPK (issue 16 §3, decision L6): a relationship of its own. The expected answers are read from L6
 * (BPJS TK branches keep part-time PPPK as participants with a state employer until a rule moves them: JKK and
 * JKM mandatory; no source answers JHT, JP or JKP for the group: unknown) and from UU 20/2023, which took effect
 * on its promulgation, 2023-10-31: before that day the group did not exist.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { BpjsValidationError, checkEligibility, getDecision, getParameter } from '../../src/index.js'

const L6 = { source: 'DECISIONS', article: 'L6' }

describe('checkEligibility: part-time PPPK (L6)', () => {
  let r: ReturnType<typeof checkEligibility>
  // computed in beforeEach, not while the file is collected (docs/dev/mutation.md)
  beforeEach(() => {
    r = checkEligibility({ asOf: '2025-06-01', relationship: 'pppk-part-time' }, { locale: 'en' })
  })

  it('is a PU of a state employer, for the reason and with the articles of L6', () => {
    expect([r.category, r.categoryStatus, r.segment]).toEqual(['PU', 'determined', 'PU_STATE'])
    expect(r.categoryReasons.map((x) => x.code)).toEqual(['ELIG_CAT_PPPK_PART_TIME'])
    expect(r.categoryReasons[0]!.legal).toEqual(
      expect.arrayContaining([
        L6,
        { source: 'UU-20-2023' },
        { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
      ]),
    )
  })

  it('JKK and JKM mandatory; JHT, JP and JKP unknown, each citing L6', () => {
    expect(r.programs.map((p) => [p.program, p.status])).toEqual([
      ['JKK', 'mandatory'],
      ['JKM', 'mandatory'],
      ['JHT', 'unknown'],
      ['JP', 'unknown'],
      ['JKP', 'unknown'],
    ])
    for (const p of r.programs) {
      expect(p.reasons.map((x) => x.code)).toEqual([
        p.status === 'unknown' ? 'ELIG_PPPK_PART_TIME_UNSETTLED' : 'ELIG_PPPK_PART_TIME_PROGRAM',
      ])
      expect(p.reasons[0]!.legal).toContainEqual(L6)
    }
  })

  it('warns that the answer rests on a low-confidence figure', () => {
    expect(r.warnings.map((w) => [w.code, w.parameterId])).toContainEqual([
      'LOW_CONFIDENCE_RULE',
      'eligibility.pppkPartTime.programs',
    ])
  })

  it('is an unknown category before UU 20/2023 took effect (2023-10-31), answered from that day', () => {
    const before = checkEligibility({ asOf: '2023-10-30', relationship: 'pppk-part-time' }, { locale: 'en' })
    expect([before.category, before.categoryStatus]).toEqual([null, 'unknown'])
    expect(before.categoryReasons.map((x) => x.code)).toEqual(['ELIG_PPPK_PART_TIME_BEFORE_LAW'])
    expect(before.programs.every((p) => p.status === 'unknown')).toBe(true)
    const first = checkEligibility({ asOf: '2023-10-31', relationship: 'pppk-part-time' })
    expect(first.categoryStatus).toBe('determined')
  })

  it('refuses the fields of other relationships (payer, employerType, wageEarner)', () => {
    expect.assertions(1)
    try {
      checkEligibility({
        asOf: '2025-06-01',
        relationship: 'pppk-part-time',
        payer: 'apbd',
        wageEarner: true,
      })
    } catch (e) {
      expect((e as BpjsValidationError).issues.map((i) => [i.path[0], i.code])).toEqual([
        ['wageEarner', 'ELIG_FIELD_NOT_APPLICABLE'],
        ['payer', 'ELIG_FIELD_NOT_APPLICABLE'],
      ])
    }
  })

  it('the decision and the parameter point at each other', () => {
    expect(getDecision('L6')?.parameters).toContain('eligibility.pppkPartTime.programs')
    const p = getParameter('eligibility.pppkPartTime.programs')
    expect(p?.values[0]?.from).toBe('2023-10-31')
    expect(p?.values[0]?.confidence).toBe('low')
  })
})
