/**
 * The yearly law update (issue 16 §4, docs/dev/law-update.md). The suite fails, with a message saying what
 * to do, when a value's review date has passed. "Today" is the legal data's verification date
 * (COVERAGE.verifiedOn), never the clock (decision D23): the test turns red the day a maintainer moves the
 * verification date past a review date without adding the new value.
 */
import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../src/index.js'
import { COVERAGE } from '../../src/parameters/coverage.js'
import { JP_CAP_GDP_GROWTH, jpWageCap } from '../../src/parameters/jp.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'
import type { Parameter, ParameterValue } from '../../src/parameters/types.js'
import { Dec } from '../../src/money/decimal.js'

/** Values whose review was due on or before `verifiedOn` and that are still the last word: one message each. */
function overdue(parameters: readonly Parameter[], verifiedOn: string): string[] {
  const out: string[] = []
  for (const p of parameters) {
    const last = p.values[p.values.length - 1] as ParameterValue<unknown> | undefined
    if (last?.reviewDue !== undefined && last.to === undefined && last.reviewDue <= verifiedOn)
      out.push(
        `${p.id}: the value in force since ${last.from} was due for review on ${last.reviewDue}, on or before ` +
          `the data's verification date ${verifiedOn}. Add the new value (docs/dev/law-update.md) before ` +
          'moving COVERAGE.verifiedOn.',
      )
  }
  return out
}

describe('no legal value is past its review date (the date is the data’s verification date, D23)', () => {
  it(`every value due for review is due after ${COVERAGE.verifiedOn}`, () => {
    expect(overdue(ALL_PARAMETERS, COVERAGE.verifiedOn)).toEqual([])
  })

  it('would fail, naming the parameter and the guide, once the verification date reaches a review date', () => {
    // the JP cap of March 2026 is due for review with the March 2027 contribution (D6)
    expect(overdue(ALL_PARAMETERS, '2027-02-28')).toEqual([])
    expect(overdue(ALL_PARAMETERS, '2027-03-01')).toEqual([
      'jp.wageCap: the value in force since 2026-03-01 was due for review on 2027-03-01, on or before the ' +
        "data's verification date 2027-03-01. Add the new value (docs/dev/law-update.md) before moving " +
        'COVERAGE.verifiedOn.',
    ])
  })
})

describe('dry run of docs/dev/law-update.md on a hypothetical 2027 JP cap', () => {
  // Step 1 (guide): the BPS first release of 2026 GDP growth — hypothetical here: 5.00%.
  const growth = '0.0500'
  // Step 2: cap 2027 = floor(11,086,300 × 1.05 / 100) × 100 = floor(116,406.15) × 100 = 11,640,600
  // (11,086,300 × 1.05 = 11,640,615, worked out by hand).
  const cap2027 = '11640600'
  // Step 3–4: end the 2026 value with February 2027, add the 2027 value from the March contribution with the
  // letter, a review date a year on, and what was checked. Done here on a copy, not in src/ (reverted).
  const last = jpWageCap.values[jpWageCap.values.length - 1]!
  const { reviewDue: _done, ...closed } = last
  const updated: Parameter<string> = {
    ...jpWageCap,
    values: [
      ...jpWageCap.values.slice(0, -1),
      { ...closed, to: '2027-02-28' },
      {
        from: '2027-03-01',
        value: cap2027,
        legal: [
          { source: 'PP-45-2015', article: 'Pasal 29 ayat (2)–(4)' },
          { source: 'BPS-PDB' },
          { source: 'DECISIONS', article: 'D6' },
        ],
        confidence: 'medium',
        lastVerifiedOn: '2027-03-05',
        checked: 'Hypothetical letter of February 2027 (dry run of the guide).',
        reviewDue: '2028-03-01',
      },
    ],
  }

  it('step 2: the formula test reproduces the new cap from the growth figure', () => {
    const computed = new Dec(last.value).times(new Dec(1).plus(growth)).div(100).floor().times(100)
    expect(computed.toString()).toBe(cap2027)
    // the stored growth list ends with the 2026 cap: the guide adds { gdpYear: 2026, capYear: 2027 } to it
    expect(JP_CAP_GDP_GROWTH[JP_CAP_GDP_GROWTH.length - 1]!.capYear).toBe(2026)
  })

  it('step 5: the staleness test passes again with the verification date moved to the check date', () => {
    const others = ALL_PARAMETERS.filter((p) => p.id !== jpWageCap.id)
    expect(overdue([...others, updated], '2027-03-05')).toEqual([])
    // …and without the new value it names jp.wageCap
    expect(overdue(ALL_PARAMETERS, '2027-03-05')).toHaveLength(1)
  })

  it('step 6: a March 2027 payroll uses the new cap, with no "may be outdated" warning', () => {
    // the same data fed through options.parameters (dated values), as a caller could before a release
    const input = {
      period: '2027-03',
      category: 'PU' as const,
      wage: 15000000,
      jkkRiskClass: 1 as const,
      enterpriseSize: 'large' as const,
    }
    const withUpdate = calculateContribution(input, {
      parameters: {
        'jp.wageCap': {
          values: updated.values.map(({ from, to, value }) =>
            to === undefined ? { from, value } : { from, to, value },
          ),
        },
      },
    })
    const jp = withUpdate.lines.filter((l) => l.program === 'JP')
    // JP 2% employer + 1% worker of the capped wage 11,640,600: 232,812 and 116,406
    expect(jp.map((l) => l.amount).sort((a, b) => a - b)).toEqual([116406, 232812])
    expect(withUpdate.warnings.map((w) => w.code)).not.toContain('PARAMETER_MAY_BE_OUTDATED')
    const today = calculateContribution(input)
    // the data as shipped: 11,086,300 → 221,726 and 110,863, flagged as possibly outdated
    expect(
      today.lines
        .filter((l) => l.program === 'JP')
        .map((l) => l.amount)
        .sort((a, b) => a - b),
    ).toEqual([110863, 221726])
    expect(today.warnings.map((w) => w.code)).toContain('PARAMETER_MAY_BE_OUTDATED')
  })
})
