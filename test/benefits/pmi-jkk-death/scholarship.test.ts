/**
 * The scholarship of a PMI JKK death, as for a work accident (no minimum contribution period,
 * `scholarship.jkk.minContributionYears` = 0), by the PMI scholarship scheme of the accident date
 * (src/parameters/jkm-pmi.ts `jkm.pmi.scholarshipScheme`): under Permenaker 18/2018 (to 2023-02-21) the amounts
 * were not found, so no scholarship is computed (SCHOLARSHIP_PMI_NOT_MODELLED, with a warning); under
 * Permenaker 4/2023 (from 2023-02-22, Pasal 27 ayat (1) huruf j) it is computed yearly by level. A death
 * that is not payable gets no scholarship (BENEFIT_NOT_PAYABLE), whichever the regulation.
 */
import { describe, expect, it } from 'vitest'
import { EN, FIRST_4, LAST_18, P18, pmi, step } from './spec-helpers.js'

const during = { pmiPhase: 'during' } as const
/** A child of 7 on the accident date, not married, not working. */
const CHILD = [{ birthDate: '2016-01-15' }] as const
const codes = (x: { readonly reasons: readonly { readonly code: string }[] }) => x.reasons.map((y) => y.code)
const LOW = (id: string) => ({
  code: 'LOW_CONFIDENCE_RULE',
  message: `This rule uses parameter ${id}, whose confidence is low (no primary text seen). Check it before relying on it for a decision.`,
  parameterId: id,
})

describe('Permenaker 18/2018: the scholarship is not modelled', () => {
  it('its last day: SCHOLARSHIP_PMI_NOT_MODELLED (not-met, citing the regulation), nothing for the child', () => {
    const r = pmi(LAST_18, { ...during, children: CHILD }, EN)
    expect(r.status).toBe('payable')
    expect(r.scholarship.reasons).toEqual([
      {
        code: 'SCHOLARSHIP_PMI_NOT_MODELLED',
        kind: 'not-met',
        message:
          'The PMI scholarship amounts under Permenaker 18/2018 were not found in the sources checked: no scholarship is computed.',
        legal: [P18],
      },
    ])
    expect([r.scholarship.eligible, r.scholarship.children, r.scholarship.total]).toEqual([false, [], 0])
    expect(r.explanation.steps.map((s) => s.rule)).not.toContain('scholarship.child')
  })

  it('the warnings: the two low-confidence readings, then SCHOLARSHIP_NOT_MODELLED naming the regulation', () => {
    const r = pmi(LAST_18, { ...during, children: CHILD }, EN)
    expect(r.warnings).toEqual([
      LOW('jkm.pmi.scholarshipScheme'),
      LOW('jkkDeath.pmi.duringWork.amount'),
      {
        code: 'SCHOLARSHIP_NOT_MODELLED',
        message: 'The PMI scholarship under Permenaker 18/2018 is not modelled.',
      },
    ])
  })

  it('in Indonesian', () => {
    const r = pmi(LAST_18, { ...during, children: CHILD })
    expect(r.scholarship.reasons.map((x) => x.message)).toEqual([
      'Besaran beasiswa anak PMI menurut Permenaker 18/2018 tidak ditemukan dalam sumber yang diperiksa: beasiswa tidak dihitung.',
    ])
    expect(r.warnings.at(-1)).toEqual({
      code: 'SCHOLARSHIP_NOT_MODELLED',
      message: 'Beasiswa untuk PMI menurut Permenaker 18/2018 tidak dimodelkan.',
    })
  })

  it('the minimum contribution period is not read when the scheme is not modelled', () => {
    const r = pmi(LAST_18, { ...during, children: CHILD }, EN)
    expect(r.explanation.parameters.map((p) => p.id)).not.toContain('scholarship.jkk.minContributionYears')
  })
})

describe('Permenaker 4/2023: the scholarship is computed yearly, with no minimum contribution period', () => {
  it('its first day: the child is eligible, no not-modelled reason or warning', () => {
    const r = pmi(FIRST_4, { ...during, children: CHILD }, EN)
    expect(r.status).toBe('payable')
    expect(r.scholarship.mode).toBe('yearly')
    expect(codes(r.scholarship)).not.toContain('SCHOLARSHIP_PMI_NOT_MODELLED')
    expect(r.scholarship.eligible).toBe(true)
    expect(r.scholarship.children.map((c) => c.index)).toEqual([0])
    expect(r.scholarship.total).toBeGreaterThan(0)
    expect(r.warnings.map((w) => w.code)).not.toContain('SCHOLARSHIP_NOT_MODELLED')
    // the JKK minimum (0 years, PP 82/2019) is read, so no contribution condition is stated
    expect(
      r.explanation.parameters
        .filter((p) => p.id === 'scholarship.jkk.minContributionYears')
        .map((p) => [p.value, p.from]),
    ).toEqual([[0, '2019-12-02']])
    expect(r.explanation.steps.map((s) => s.rule)).not.toContain('scholarship.minContribution')
  })

  it('a minimum given by the caller: the PMI has no contribution months of record (0), never derived', () => {
    const r = pmi(
      FIRST_4,
      { ...during, children: CHILD },
      { ...EN, parameters: { 'scholarship.jkk.minContributionYears': 1 } },
    )
    expect(step(r, 'scholarship.minContribution')).toEqual({
      rule: 'scholarship.minContribution',
      description: 'Scholarship contribution condition: 0 months compared with 12 months.',
      inputs: { contributionMonths: 0, derived: false },
      parameters: [{ id: 'scholarship.jkk.minContributionYears', value: 1, from: '2015-07-01' }],
      legal: [],
      value: false,
      formula: 'contribution period ≥ 1 years × 12 months',
    })
    expect(r.warnings.map((w) => w.code)).toEqual(['PARAMETER_OVERRIDDEN'])
    expect(codes(r.scholarship)).toEqual(['SCHOLARSHIP_CONTRIBUTION_TOO_SHORT'])
  })
})

describe('a death that is not payable: no scholarship under either regulation', () => {
  it.each([LAST_18, FIRST_4])(
    '%s, the phase not given: BENEFIT_NOT_PAYABLE, citing nothing of its own',
    (date) => {
      const r = pmi(date, { children: CHILD }, EN)
      expect(r.status).toBe('incomplete')
      expect(r.scholarship.reasons).toEqual([
        {
          code: 'BENEFIT_NOT_PAYABLE',
          kind: 'not-met',
          message:
            'The scholarship is not computed because the death benefit is not paid (see the other reasons).',
          legal: [],
        },
      ])
      expect(r.warnings.map((w) => w.code)).not.toContain('SCHOLARSHIP_NOT_MODELLED')
      expect(r.explanation.parameters.map((p) => p.id)).not.toContain('scholarship.jkk.minContributionYears')
    },
  )

  it('in Indonesian', () => {
    expect(pmi(FIRST_4, { children: CHILD }).scholarship.reasons.map((x) => x.message)).toEqual([
      'Beasiswa tidak dihitung karena manfaat kematian tidak dibayarkan (lihat alasan lain).',
    ])
  })
})
