/**
 * A history month priced by calculateContribution (rule `jht.price` of src/benefits/jht/flows.ts): what the
 * pricing refuses is reported at the month (`history.<i>`), and a rule error of the pricing (a month before the
 * library's coverage, 2015-07-01) is passed on as it is; the step shows the wage rounded half up to the rupiah
 * (the input keeps its exact text). Expected figures worked out by hand from PP 46/2015 (PU JHT 3.7% + 2%).
 */
import { describe, expect, it } from 'vitest'
import { getParameter, projectJhtBalance, type CalculationOptions } from '../../../src/index.js'
import { BpjsRuleError, BpjsValidationError } from '../../../src/errors.js'

const EN = { locale: 'en' } as const

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('nothing thrown')
}

describe('jht.price: what the pricing refuses', () => {
  it('a program the (overridden) matrix makes unavailable: PROGRAM_NOT_AVAILABLE at the month, history.1', () => {
    const own = getParameter('programs.matrix')!.values.at(-1)!.value as unknown as Record<
      string,
      Record<string, string>
    >
    const options = {
      ...EN,
      parameters: {
        'programs.matrix': { ...structuredClone(own), BPU: { ...own.BPU!, JHT: 'unavailable' } },
      },
    } as CalculationOptions
    const e = thrown(() =>
      projectJhtBalance(
        {
          history: [
            { month: '2016-02', contribution: 20000 },
            { month: '2016-03', category: 'BPU', wage: 1_000_000 },
          ],
        },
        options,
      ),
    )
    expect(e).toBeInstanceOf(BpjsValidationError)
    const issues = (e as BpjsValidationError).issues
    expect(issues.map((i) => [i.path, i.code, i.params])).toEqual([
      [['history', 1], 'PROGRAM_NOT_AVAILABLE', { program: 'JHT', category: 'BPU', period: '2016-03' }],
    ])
  })

  it('a PU month before the coverage (2015-06): the pricing’s DATE_BEFORE_COVERAGE, passed on unchanged', () => {
    const e = thrown(() =>
      projectJhtBalance({ history: [{ month: '2015-06', category: 'PU', wage: 5_000_000 }] }, EN),
    )
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect((e as BpjsRuleError).code).toBe('DATE_BEFORE_COVERAGE')
    expect((e as BpjsRuleError).message).toContain('2015-06-01')
  })
})

describe('jht.price: the wage in the step', () => {
  it('PU Rp5.000.000,50: the text shows Rp5.000.001 (half up), the input the exact 5000000.5', () => {
    const r = projectJhtBalance({ history: [{ month: '2016-01', category: 'PU', wage: 5_000_000.5 }] }, EN)
    // 3.7% × 5,000,000.50 = 185,000.0185 → 185,000; 2% × 5,000,000.50 = 100,000.01 → 100,000; 285,000
    expect(r.months[0]!.contribution).toBe(285_000)
    const step = r.explanation.steps.find((s) => s.rule === 'jht.price')!
    expect(step.description).toBe('JHT contribution 2016-01 (PU, wage Rp5.000.001): Rp285.000.')
    expect(step.inputs).toEqual({ month: '2016-01', category: 'PU', wage: '5000000.5' })
  })

  it('PU Rp4.000.000,49: the text shows Rp4.000.000 (below half, down)', () => {
    const r = projectJhtBalance({ history: [{ month: '2016-01', category: 'PU', wage: 4_000_000.49 }] }, EN)
    // 3.7% × 4,000,000.49 = 148,000.01813 → 148,000; 2% × 4,000,000.49 = 80,000.0098 → 80,000; 228,000
    expect(r.months[0]!.contribution).toBe(228_000)
    expect(r.explanation.steps.find((s) => s.rule === 'jht.price')!.description).toBe(
      'JHT contribution 2016-01 (PU, wage Rp4.000.000): Rp228.000.',
    )
  })
})
