/**
 * PMI work-accident death (issue 16 §3): fixed amounts by phase and date, without a wage (Permenaker 18/2018
 * from 2018-12-10, Permenaker 4/2023 from 2023-02-22; Pasal 34 ayat (1) huruf g names the benefit).
 * Expected figures from the sources: Rp85,000,000 at once during work under both regulations.
 */
import { describe, expect, it } from 'vitest'
import { calculateJkkDeathBenefit } from '../../src/index.js'
import type { JkkDeathBenefitInput } from '../../src/benefits/types.js'

const base = {
  category: 'PMI',
  cause: 'work-accident',
  membershipActive: true,
} as const satisfies Partial<JkkDeathBenefitInput>

const run = (extra: Partial<JkkDeathBenefitInput> & { dateOfDeath: string }, options?: object) =>
  calculateJkkDeathBenefit({ ...base, ...extra }, options)

describe('PMI JKK death by phase and date, without a wage', () => {
  it('before, at and after Permenaker 18/2018 (2018-12-10): refused, then Rp85,000,000 during work', () => {
    expect(() => run({ dateOfDeath: '2018-12-09', pmiPhase: 'during' })).toThrow(
      expect.objectContaining({ code: 'PMI_JKK_DEATH_NOT_COVERED' }),
    )
    for (const d of ['2018-12-10', '2018-12-11']) {
      const r = run({ dateOfDeath: d, dateOfAccident: d, pmiPhase: 'during' })
      expect([r.status, r.wageBasis, r.lumpSum, r.periodic, r.funeral, r.total]).toEqual([
        'payable',
        'fixed',
        85_000_000,
        0,
        0,
        85_000_000,
      ])
      expect(r.explanation.parameters.map((p) => [p.id, p.value])).toContainEqual([
        'jkm.pmi.regime',
        'PERMENAKER-18-2018',
      ])
    }
  })

  it('around Permenaker 4/2023 (2023-02-22): the same Rp85,000,000, now citing Pasal 34 ayat (1) huruf g', () => {
    const before = run({ dateOfDeath: '2023-02-21', dateOfAccident: '2023-02-21', pmiPhase: 'during' })
    const at = run({ dateOfDeath: '2023-02-22', dateOfAccident: '2023-02-22', pmiPhase: 'during' })
    const after = run({ dateOfDeath: '2025-06-01', dateOfAccident: '2025-06-01', pmiPhase: 'during' })
    expect([before.total, at.total, after.total]).toEqual([85_000_000, 85_000_000, 85_000_000])
    expect(before.explanation.legal.map((c) => c.text)).not.toContain(
      'Permenaker 4/2023 Pasal 34 ayat (1) huruf g',
    )
    for (const r of [at, after])
      expect(r.explanation.legal.map((c) => c.text)).toContain('Permenaker 4/2023 Pasal 34 ayat (1) huruf g')
    // the step says it is a fixed amount under the regulation of the date, and no wage step is taken
    const steps = after.explanation.steps.map((s) => s.rule)
    expect(steps).toContain('jkk.pmi.duringWork')
    expect(steps).not.toContain('jkk.wage')
    expect(after.explanation.parameters.map((p) => p.id)).not.toContain('jkkDeath.wageMultiplier')
  })

  it('needs no wage, and says a wage given is not used', () => {
    const r = run({ dateOfDeath: '2024-01-15', dateOfAccident: '2024-01-15', pmiPhase: 'during' })
    expect(r.warnings.map((w) => w.code)).toEqual([])
    const w = run({
      dateOfDeath: '2024-01-15',
      dateOfAccident: '2024-01-15',
      pmiPhase: 'during',
      monthlyWage: 9000000,
    })
    expect(w.total).toBe(85_000_000)
    expect(w.warnings.map((x) => x.code)).toContain('PMI_JKK_WAGE_NOT_USED')
  })

  it('without the phase: incomplete, naming pmiPhase (never assumed)', () => {
    const r = run({ dateOfDeath: '2024-01-15', dateOfAccident: '2024-01-15' })
    expect([r.status, r.total, r.missing]).toEqual(['incomplete', 0, ['pmiPhase']])
  })

  it('before or after work: the amount is not known, so incomplete (D26) unless the caller gives it', () => {
    for (const pmiPhase of ['before', 'after'] as const) {
      const r = run({ dateOfDeath: '2024-01-15', dateOfAccident: '2024-01-15', pmiPhase })
      expect([r.status, r.total, r.missing]).toEqual([
        'incomplete',
        0,
        ['parameters.jkkDeath.pmi.beforeAfter.amount'],
      ])
    }
    const given = run(
      { dateOfDeath: '2024-01-15', dateOfAccident: '2024-01-15', pmiPhase: 'before' },
      { parameters: { 'jkkDeath.pmi.beforeAfter.amount': { amount: '42000000' } } },
    )
    expect([given.status, given.total]).toEqual(['payable', 42_000_000])
    expect(given.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
  })

  it('a death that is not a work accident is not a JKK death (use the JKM), for a PMI too', () => {
    const r = run({
      dateOfDeath: '2024-01-15',
      dateOfAccident: '2024-01-15',
      pmiPhase: 'during',
      cause: 'natural',
    })
    expect([r.status, r.total]).toEqual(['not-payable', 0])
  })
})
