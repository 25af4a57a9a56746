/**
 * pmiJkkDeathAmount, the rule itself (src/benefits/pmi-jkk-death.ts): what it returns to the JKK death
 * calculation for each phase — the amount (undefined when a fact or figure is missing), the parameter readings
 * it rests on (the PMI regime first, then the amount of the phase), and, only under Permenaker 18/2018 whose
 * scholarship amounts were not found, why no scholarship is computed. The field is absent, not undefined,
 * when the scholarship is modelled (Permenaker 4/2023): the result's type has it optional.
 */
import { describe, expect, it } from 'vitest'
import { RuleContext } from '../../../src/explain/context.js'
import { ReasonList } from '../../../src/benefits/common.js'
import { pmiJkkDeathAmount, pmiJkkRegime, type PmiPhase } from '../../../src/benefits/pmi-jkk-death.js'
import { resolveOptions } from '../../../src/schemas/options.js'
import { FIRST_4, LAST_18, P18 } from './spec-helpers.js'

function amountOn(date: string, phase: PmiPhase | undefined) {
  const ctx = new RuleContext('calculateJkkDeathBenefit', date, resolveOptions({ locale: 'en' }).resolved)
  const reasons = new ReasonList(ctx)
  const regime = pmiJkkRegime(ctx, date)
  if (regime === undefined) throw new Error(`no PMI regime on ${date}`)
  const out = pmiJkkDeathAmount(ctx, reasons, phase, date, regime)
  return { out, reasons, ids: out.readings.map((r) => [r.id, r.value]) }
}

const NOT_MODELLED_18 = {
  code: 'SCHOLARSHIP_PMI_NOT_MODELLED',
  params: { regime: 'Permenaker 18/2018' },
  legal: [P18],
}

describe('the regime of a PMI accident date', () => {
  it('none before 2018-12-10; Permenaker 18/2018 on it and to 2023-02-21; Permenaker 4/2023 from 2023-02-22', () => {
    const on = (d: string) =>
      pmiJkkRegime(new RuleContext('x', d, resolveOptions({}).resolved, false), d)?.value
    expect([on('2018-12-09'), on('2018-12-10'), on(LAST_18), on(FIRST_4)]).toEqual([
      undefined,
      'PERMENAKER-18-2018',
      'PERMENAKER-18-2018',
      'PERMENAKER-4-2023',
    ])
  })
})

describe('what the rule returns, by phase', () => {
  it('during work, Permenaker 4/2023: the amount and its two readings, no scholarship exclusion key', () => {
    const { out, ids } = amountOn(FIRST_4, 'during')
    expect(out.amount).toBe(85_000_000)
    expect(ids).toEqual([
      ['jkm.pmi.regime', 'PERMENAKER-4-2023'],
      ['jkkDeath.pmi.duringWork.amount', '85000000'],
    ])
    expect(Object.keys(out).sort()).toEqual(['amount', 'readings'])
  })

  it('during work, Permenaker 18/2018: the amount, its readings and the scholarship exclusion', () => {
    const { out, ids } = amountOn(LAST_18, 'during')
    expect(out.amount).toBe(85_000_000)
    expect(ids).toEqual([
      ['jkm.pmi.regime', 'PERMENAKER-18-2018'],
      ['jkkDeath.pmi.duringWork.amount', '85000000'],
    ])
    expect(out.scholarshipExcluded).toEqual(NOT_MODELLED_18)
  })

  it('before and after work: no amount, the regime and the before/after readings', () => {
    for (const phase of ['before', 'after'] as const) {
      const { out, ids, reasons } = amountOn(FIRST_4, phase)
      expect(out.amount).toBeUndefined()
      expect(ids).toEqual([
        ['jkm.pmi.regime', 'PERMENAKER-4-2023'],
        ['jkkDeath.pmi.beforeAfter.amount', { amount: null }],
      ])
      expect(Object.keys(out).sort()).toEqual(['amount', 'readings'])
      expect(reasons.items.map((x) => [x.code, x.path])).toEqual([
        ['MISSING_FACT', ['parameters', 'jkkDeath.pmi.beforeAfter.amount']],
      ])
    }
    expect(amountOn(LAST_18, 'after').out.scholarshipExcluded).toEqual(NOT_MODELLED_18)
  })

  it('the phase not given: no amount, only the regime reading, the missing fact', () => {
    const four = amountOn(FIRST_4, undefined)
    expect(four.out.amount).toBeUndefined()
    expect(four.ids).toEqual([['jkm.pmi.regime', 'PERMENAKER-4-2023']])
    expect(Object.keys(four.out).sort()).toEqual(['amount', 'readings'])
    expect(four.reasons.items.map((x) => [x.code, x.path])).toEqual([['MISSING_FACT', ['pmiPhase']]])
    const eighteen = amountOn(LAST_18, undefined)
    expect(eighteen.ids).toEqual([['jkm.pmi.regime', 'PERMENAKER-18-2018']])
    expect(eighteen.out.scholarshipExcluded).toEqual(NOT_MODELLED_18)
  })
})
