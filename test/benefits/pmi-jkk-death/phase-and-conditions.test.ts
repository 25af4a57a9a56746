/**
 * The conditions before the PMI amount: the phase (before, during or after work) is a fact the library never
 * assumes (decisions D4), and the fixed amount is only paid when the death is payable. A death that is not a
 * work accident is not a JKK death (PP 44/2015 Pasal 1 angka 2): no PMI rule is applied to it at all. A fact
 * missing elsewhere (the membership) leaves the result incomplete with nothing paid, even though the
 * during-work amount is known.
 */
import { describe, expect, it } from 'vitest'
import { calculateJkkDeathBenefit } from '../../../src/index.js'
import { D4, EN, FIRST_4, LAST_18, pmi, rules, step, totalStep } from './spec-helpers.js'

const PP44_1_2 = { source: 'PP-44-2015', article: 'Pasal 1 angka 2' }

describe('the phase not given: a missing fact (D4), nothing paid', () => {
  it('the reason, in English and Indonesian, at path pmiPhase citing D4', () => {
    const r = pmi(FIRST_4, {}, EN)
    expect([r.status, r.total, r.lumpSum, r.missing]).toEqual(['incomplete', 0, 0, ['pmiPhase']])
    expect(r.reasons.at(-1)).toEqual({
      code: 'MISSING_FACT',
      kind: 'missing',
      message:
        'Not given: the PMI phase at death (before, during or after work) (field pmiPhase). The library does not assume it.',
      legal: [D4],
      path: ['pmiPhase'],
    })
    expect(pmi(LAST_18).reasons.at(-1)!.message).toBe(
      'Data belum diberikan: fase PMI saat meninggal dunia (sebelum, selama, atau setelah bekerja) (kolom pmiPhase). Pustaka ini tidak mengasumsikannya.',
    )
  })

  it('no amount step, the total Rp0 (incomplete), in both languages', () => {
    const r = pmi(FIRST_4, {}, EN)
    expect(rules(r)).toEqual([
      'jkk.regime',
      'jkk.cause',
      'death.protection',
      'jkk.total',
      'scholarship.maximum',
    ])
    expect(step(r, 'jkk.total')).toEqual(totalStep(0, 'incomplete input', 'en'))
    expect(step(pmi(FIRST_4), 'jkk.total')).toEqual(totalStep(0, 'data belum lengkap', 'id'))
  })
})

describe('the amount is paid only when the death is payable', () => {
  it('during work but the membership not given: incomplete, Rp0 although Rp85,000,000 is known', () => {
    const r = calculateJkkDeathBenefit(
      {
        category: 'PMI',
        cause: 'work-accident',
        dateOfDeath: FIRST_4,
        dateOfAccident: FIRST_4,
        pmiPhase: 'during',
      },
      EN,
    )
    expect([r.status, r.missing, r.lumpSum, r.total]).toEqual(['incomplete', ['membershipActive'], 0, 0])
    // the rule still states the amount of the phase
    expect(step(r, 'jkk.pmi.duringWork').value).toBe(85_000_000)
    expect(step(r, 'jkk.total')).toEqual(totalStep(0, 'incomplete input', 'en'))
  })

  it('a natural death of a PMI: not a JKK death; no PMI rule, no missing phase', () => {
    for (const extra of [{ pmiPhase: 'during' as const }, {}]) {
      const r = pmi(FIRST_4, { ...extra, cause: 'natural' }, EN)
      expect([r.status, r.missing, r.total]).toEqual(['not-payable', [], 0])
      expect(r.reasons).toEqual([
        {
          code: 'NOT_WORK_RELATED_USE_JKM',
          kind: 'not-met',
          message:
            'A death that is not a work accident or occupational disease is not paid from JKK: use calculateJkmBenefit.',
          legal: [PP44_1_2],
          path: ['cause'],
        },
        {
          code: 'MEMBERSHIP_ACTIVE',
          kind: 'met',
          message: `The membership was active on ${FIRST_4}.`,
          legal: [{ source: 'BPJSTK-ART-18877' }, { source: 'DECISIONS', article: 'D11' }],
          path: ['membershipActive'],
        },
      ])
      expect(rules(r)).toEqual([
        'jkk.regime',
        'jkk.cause',
        'death.protection',
        'jkk.total',
        'scholarship.maximum',
      ])
      expect(step(r, 'jkk.total')).toEqual(totalStep(0, 'not payable', 'en'))
    }
  })
})
