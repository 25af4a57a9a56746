/**
 * The PMI (migrant worker) contribution, src/contributions/pmi.ts, beyond the scenario fixtures: the package
 * choice of Permenaker 4/2023 Pasal 18 (the longest package the contract reaches, the shortest for a shorter
 * contract, Rp13,500 for each month beyond, ayat (3)) on package tables given in any order through a parameter
 * override, the "longer package is cheaper" warning at its boundary, the JHT range and rounding (D12), the
 * period before Permenaker 18/2018, and the explanation (step texts, parameters, citations). Figures are whole
 * rupiah worked out by hand from regulations.md §5.1: pre-placement 37,500; packages 6 months 108,000,
 * 12 months 189,000, 24 months 332,500; 13,500 a month beyond; JHT 50,000–600,000 a month.
 */
import { describe, expect, it, vi } from 'vitest'
import { calculateContribution } from '../../../src/contributions/index.js'
import { computeContribution } from '../../../src/contributions/calculate.js'
import type { ContributionInput, ContributionResult } from '../../../src/contributions/types.js'
import { BpjsRuleError, BpjsValidationError } from '../../../src/errors.js'
import { RuleContext } from '../../../src/explain/context.js'
import { parseContributionInput } from '../../../src/schemas/contribution.js'
import { resolveOptions } from '../../../src/schemas/options.js'

type Pkg = readonly [months: number, amount: string]

const PMI = { category: 'PMI', period: '2025-06', placement: 'independent' } as const
const SHOWN: Readonly<Record<number, string>> = {
  108000: 'Rp108.000',
  189000: 'Rp189.000',
  332500: 'Rp332.500',
}
const ext = { source: 'PERMENAKER-4-2023', article: 'Pasal 18 ayat (3)' }
const tableCite = { source: 'PERMENAKER-4-2023', article: 'Pasal 18 ayat (1) huruf b dan ayat (2)' }

function run(contractMonths: number, packages?: readonly Pkg[], extra: object = {}): ContributionResult {
  const options =
    packages === undefined
      ? { locale: 'en' as const }
      : {
          locale: 'en' as const,
          parameters: { 'pmi.packages': packages.map(([months, amount]) => ({ months, amount })) },
        }
  return calculateContribution({ ...PMI, contractMonths, ...extra } as ContributionInput, options)
}
const step = (r: ContributionResult, rule: string) => r.explanation.steps.find((s) => s.rule === rule)
const cheaper = (r: ContributionResult) =>
  r.warnings.filter((w) => w.code === 'PMI_LONGER_PACKAGE_CHEAPER').map((w) => w.message)
const warning = (
  months: number,
  chosen: number,
  extra: number,
  total: string,
  longer: number,
  amount: string,
) =>
  `A ${months}-month contract is priced as the ${chosen}-month package plus ${extra} months beyond it (${total}), ` +
  `reading Pasal 18 ayat (3) literally; the ${longer}-month package (${amount}) costs less. ` +
  'Check with BPJS Ketenagakerjaan which package is billed.'

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  return undefined
}

describe('PMI package choice (Permenaker 4/2023 Pasal 18)', () => {
  it('a contract month before Permenaker 18/2018 (2018-12) is refused on the period; 2018-12 itself is priced', () => {
    const e = thrown(() =>
      calculateContribution(
        { category: 'PMI', period: '2018-11', contractMonths: 12, placement: 'agency' },
        { locale: 'en' },
      ),
    ) as BpjsRuleError
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect([e.code, e.path, e.params]).toEqual([
      'PMI_PERIOD_NOT_COVERED',
      ['period'],
      { period: '2018-11', from: '2018-12' },
    ])
    expect(e.message).toContain(
      'this library encodes Permenaker 18/2018 (from the contribution month 2018-12)',
    )
    // 2018-12, agency, 24 months: 37,500 + 332,500 (Permenaker 18/2018, same figures)
    const first = calculateContribution({
      category: 'PMI',
      period: '2018-12',
      contractMonths: 24,
      placement: 'agency',
    })
    expect(first.totals.total).toBe(370_000)
  })

  it.each([
    // months, package, amount, extension months, step text
    [
      3,
      6,
      108_000,
      0,
      'a 3-month contract is shorter than every package, so the shortest, 6 months, applies.',
    ],
    [6, 6, 108_000, 0, 'the 6-month package for a 6-month contract.'],
    [11, 6, 108_000, 5, 'the 6-month package for a 11-month contract.'], // + 5 × 13,500 = 67,500
    [12, 12, 189_000, 0, 'the 12-month package for a 12-month contract.'],
    [18, 12, 189_000, 6, 'the 12-month package for a 18-month contract.'], // + 6 × 13,500 = 81,000
    [30, 24, 332_500, 6, 'the 24-month package for a 30-month contract.'], // + 6 × 13,500 = 81,000
  ])(
    '%i months: the %i-month package (%i) and %i months beyond; the step says so',
    (months, pkg, amount, beyond, text) => {
      const r = run(months)
      const during = r.lines.find((l) => l.part === 'during-after')!
      expect([during.months, during.amount]).toEqual([pkg, amount])
      expect(r.totals.total).toBe(amount + beyond * 13_500)
      const s = step(r, 'pmi.package')!
      expect(s.description).toBe(`PMI JKK and JKM contribution during and after work: ${text}`)
      expect(s.formula).toBe(`fixed contribution ${SHOWN[amount]}`)
      expect(s.parameters.map((p) => p.id)).toEqual(['pmi.packages'])
      // the step's own citation (ayat (3), the extension rule) first, then the table's
      expect(s.legal).toEqual([ext, tableCite])
      const x = step(r, 'pmi.extension')
      if (beyond === 0) expect(x).toBeUndefined()
      else {
        expect(x!.description).toBe(
          `The ${months}-month contract exceeds the ${pkg}-month package: a contribution per month beyond it, paid at once (Pasal 18 ayat (3)).`,
        )
        expect(x!.formula).toBe(`Rp13.500 × ${beyond} months`)
        expect(x!.parameters.map((p) => p.id)).toEqual(['pmi.extensionMonthly'])
        expect(x!.value).toBe(beyond * 13_500)
      }
    },
  )

  it('the extension and package steps cite ayat (3) themselves, also when the figures are overridden (no citation of their own)', () => {
    const r = calculateContribution(
      { ...PMI, contractMonths: 14 },
      { parameters: { 'pmi.extensionMonthly': '13500', 'pmi.packages': [{ months: 12, amount: '189000' }] } },
    )
    expect(r.totals.total).toBe(189_000 + 2 * 13_500) // 216,000
    expect(step(r, 'pmi.extension')!.legal).toEqual([ext])
    expect(step(r, 'pmi.package')!.legal).toEqual([ext])
  })

  // the table may come in any order through an override: the rule is the longest package the contract
  // reaches, the shortest for a shorter contract, and the next longer one for the warning
  const ASC: readonly Pkg[] = [
    [6, '108000'],
    [12, '189000'],
    [24, '332500'],
  ]
  it.each([
    ['ascending', ASC, 18, 12, 189_000 + 6 * 13_500],
    ['ascending', ASC, 3, 6, 108_000],
    ['ascending', ASC, 24, 24, 332_500],
    ['ascending', ASC, 11, 6, 108_000 + 5 * 13_500],
    [
      'shortest in the middle',
      [
        [12, '189000'],
        [6, '108000'],
        [24, '332500'],
      ] as const,
      3,
      6,
      108_000,
    ],
    [
      'two 12-month packages: the first listed',
      [
        [12, '189000'],
        [12, '200000'],
        [6, '108000'],
      ] as const,
      12,
      12,
      189_000,
    ],
    [
      'two 6-month packages: the first listed',
      [
        [12, '189000'],
        [6, '108000'],
        [6, '100000'],
      ] as const,
      3,
      6,
      108_000,
    ],
  ])('table %s, %i months: the %i-month package, total %i', (_, packages, months, pkg, total) => {
    const r = run(months, packages)
    expect(r.lines.find((l) => l.part === 'during-after')!.months).toBe(pkg)
    expect(r.totals.total).toBe(total)
  })

  it.each([
    // 7 months: the 6-month package 108,000 + 1 × 13,500 = 121,500; the 12-month package 115,000 is cheaper
    [
      'ascending',
      [
        [6, '108000'],
        [12, '115000'],
        [24, '120000'],
      ] as const,
    ],
    [
      'descending',
      [
        [24, '120000'],
        [12, '115000'],
        [6, '108000'],
      ] as const,
    ],
    // two 12-month packages: the first listed is the one compared
    [
      'with two 12-month packages',
      [
        [6, '108000'],
        [12, '115000'],
        [12, '118000'],
      ] as const,
    ],
  ])('the warning names the next longer package (table %s), not a later or longer one', (_, packages) => {
    expect(cheaper(run(7, packages))).toEqual([warning(7, 6, 1, 'Rp121.500', 12, 'Rp115.000')])
  })

  it('the warning needs the longer package to cost strictly less: equal cost is not cheaper', () => {
    const table: readonly Pkg[] = [
      [24, '324000'],
      [12, '189000'],
      [6, '108000'],
    ]
    // 22 months: 189,000 + 10 × 13,500 = 324,000 = the 24-month package: no warning
    const at = run(22, table)
    expect(at.totals.total).toBe(324_000)
    expect(cheaper(at)).toEqual([])
    // 23 months: 189,000 + 11 × 13,500 = 337,500 > 324,000
    expect(cheaper(run(23, table))).toEqual([warning(23, 12, 11, 'Rp337.500', 24, 'Rp324.000')])
    // the library's table: 23 months, 337,500 > 332,500
    expect(cheaper(run(23))).toEqual([warning(23, 12, 11, 'Rp337.500', 24, 'Rp332.500')])
  })
})

describe('PMI JHT (optional, Rp50,000–600,000 a month for the whole contract)', () => {
  it.each([49_999.99, 600_000.01])(
    '%s a month is refused on jhtMonthly with the range in the message',
    (jhtMonthly) => {
      const e = thrown(() => run(12, undefined, { jhtMonthly })) as BpjsValidationError
      expect(e).toBeInstanceOf(BpjsValidationError)
      const shown = jhtMonthly < 50_000 ? 'Rp49.999,99' : 'Rp600.000,01'
      expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([
        [['jhtMonthly'], 'PMI_JHT_OUT_OF_RANGE', { value: shown, minimum: 'Rp50.000', maximum: 'Rp600.000' }],
      ])
    },
  )

  it('JHT of 50,000.50 for 7 months: 350,003.50 rounded once (half-up 350,004, down 350,003); the step shows it', () => {
    const input = {
      ...PMI,
      placement: 'agency',
      contractMonths: 7,
      jhtMonthly: 50_000.5,
    } as ContributionInput
    const r = calculateContribution(input, { locale: 'en' })
    const jht = r.lines.find((l) => l.program === 'JHT')!
    expect([jht.amount, jht.months, jht.perMonth]).toEqual([350_004, 7, 50_000.5])
    // 37,500 + 108,000 + 1 × 13,500 + 350,004
    expect(r.totals.total).toBe(509_004)
    const s = step(r, 'pmi.jht')!
    expect(s.description).toBe('PMI JHT (optional) for the 7 months of the contract.')
    expect(s.formula).toBe('Rp50.000,50 × 7 months')
    expect(s.rounding).toEqual({ mode: 'half-up', exact: '350003.5', rounded: 350_004 })
    expect(s.parameters.map((p) => p.id)).toEqual(['pmi.jht.minimum', 'pmi.jht.maximum'])
    expect(s.legal[0]).toEqual({ source: 'DECISIONS', article: 'D12' })
    const down = calculateContribution(input, { rounding: 'down' })
    expect(down.lines.find((l) => l.program === 'JHT')!.amount).toBe(350_003)
    expect(step(down, 'pmi.jht')!.rounding).toEqual({ mode: 'down', exact: '350003.5', rounded: 350_003 })
  })

  it('without JHT the JHT bounds are not read: neither in the explanation nor among the programs', () => {
    const r = run(12)
    expect(r.programs).toEqual(['JKK', 'JKM'])
    const ids = r.explanation.parameters.map((p) => p.id)
    expect(ids).toContain('pmi.packages')
    expect(ids).not.toContain('pmi.jht.minimum')
    expect(ids).not.toContain('pmi.jht.maximum')
    expect(step(r, 'pmi.jht')).toBeUndefined()
  })
})

describe('PMI without explanations (the batch path)', () => {
  it('records no step at all and gives the same lines, totals and warnings', () => {
    const input = {
      category: 'PMI',
      period: '2025-06',
      placement: 'agency',
      contractMonths: 23,
      jhtMonthly: 100_000,
    } as const
    const ctx = new RuleContext('calculateContributions', '2025-06', resolveOptions({}).resolved, false)
    const spy = vi.spyOn(ctx, 'step')
    const core = computeContribution(parseContributionInput(input, 'id'), ctx)
    expect(spy).not.toHaveBeenCalled()
    const full = calculateContribution(input)
    // 37,500 + 189,000 + 11 × 13,500 + 23 × 100,000
    expect(core.totals.total).toBe(2_675_000)
    expect(core.lines).toEqual(full.lines)
    expect(ctx.warnings).toEqual(full.warnings)
    // the full call explains every part: pre-placement, package, extension, JHT
    expect(full.explanation.steps.map((s) => s.rule)).toEqual([
      'contribution.programs',
      'pmi.prePlacement',
      'pmi.package',
      'pmi.extension',
      'pmi.jht',
    ])
  })
})

describe('PMI JHT in the contribution month 2018-12', () => {
  it('the packages apply from 2018-12, but voluntary JHT (Permenaker 18/2018, from 2018-12-10) is not confirmed for that month: refused, never priced; 2019-01 prices it', () => {
    const input = { ...PMI, period: '2018-12', contractMonths: 12, jhtMonthly: 100_000 } as ContributionInput
    const e = thrown(() => calculateContribution(input, { locale: 'en' }))
    expect(e).toBeInstanceOf(BpjsRuleError)
    const err = e as BpjsRuleError
    expect([err.code, err.path, err.params]).toEqual([
      'PMI_JHT_NOT_AVAILABLE',
      ['jhtMonthly'],
      { period: '2018-12', from: '2018-12-10' },
    ])
    expect(err.messages.id).toContain('2018-12-10')
    expect(err.messages.en).toContain('2018-12-10')
    // without JHT the month is priced: the 12-month package alone
    const { jhtMonthly: _omit, ...noJht } = input as ContributionInput & { jhtMonthly?: number }
    void _omit
    expect(calculateContribution(noJht as ContributionInput).programs).toEqual(['JKK', 'JKM'])
    // 2019-01: JKK + JKM + JHT, JHT 12 × 100,000 = 1,200,000 on top of the package
    const jan = calculateContribution({ ...input, period: '2019-01' } as ContributionInput)
    expect(jan.programs).toEqual(['JKK', 'JKM', 'JHT'])
    expect(jan.lines.filter((l) => l.program === 'JHT').map((l) => l.amount)).toEqual([1_200_000])
  })
})
