/**
 * The helpers every contribution rule shares (src/contributions/shared.ts): amounts in sen as rupiah and as
 * text, rates as percentages, and the choice of programs with its warnings and explanation step. The texts
 * follow the library's Indonesian money format (Rp, `.` between thousands, `,` before sen); the programs
 * follow the program matrix of regulations.md §1.2 (PP 44/2015 Pasal 5, PP 37/2021 Pasal 4 as amended).
 * Written to kill the mutants that survived the first Stryker run.
 */
import { describe, expect, it } from 'vitest'
import { calculateContribution, formatRupiah, type ContributionResult } from '../../../src/index.js'
import { percent, rp, rupiahOf } from '../../../src/contributions/shared.js'
import { senText } from '../../../src/money/exact.js'
import { rate } from '../../../src/money/rate.js'

const EN = { locale: 'en' } as const
const programsStep = (r: ContributionResult) => {
  const s = r.explanation.steps[0]!
  expect(s.rule).toBe('contribution.programs')
  return s
}

describe('amounts in sen', () => {
  it.each([
    [0, 'Rp0'],
    [5, 'Rp0,05'],
    [10, 'Rp0,10'],
    [105, 'Rp1,05'],
    [109, 'Rp1,09'],
    [110, 'Rp1,10'],
    [199, 'Rp1,99'],
    [100_000, 'Rp1.000'],
    [12_345_678, 'Rp123.456,78'],
    [123_456_789, 'Rp1.234.567,89'],
    [500_000_000, 'Rp5.000.000'],
    [500_000_050, 'Rp5.000.000,50'],
    [9_000_000_000_000_000, 'Rp90.000.000.000.000'], // MAX_AMOUNT_RUPIAH in sen
    [-150, '-Rp1,50'],
    [-500_000_005, '-Rp5.000.000,05'],
  ])('rp(%d) is %s, as formatRupiah writes it', (sen, text) => {
    expect(rp(sen)).toBe(text)
    expect(formatRupiah(senText(sen))).toBe(text)
  })

  it('rp agrees with formatRupiah on a sweep of whole sen, signs and sizes', () => {
    for (let k = 0; k <= 15; k++)
      for (const d of [0, 1, 7, 10, 99, 100, 101, 999]) {
        const sen = 10 ** k + d
        expect(rp(sen)).toBe(formatRupiah(senText(sen)))
        expect(rp(-sen)).toBe(formatRupiah(senText(-sen)))
      }
  })

  it.each([
    [500_000_000, 5_000_000],
    [500_000_050, 5_000_000.5],
    [1, 0.01],
    [123_456_789, 1_234_567.89],
    // the largest amount, MAX_AMOUNT_RUPIAH less one sen: the double nearest 89,999,999,999,999.99
    [8_999_999_999_999_999, Number('89999999999999.99')],
  ])('rupiahOf(%d) is %d (the number nearest the exact decimal)', (sen, rupiah) => {
    expect(rupiahOf(sen)).toBe(rupiah)
    expect(rupiahOf(sen)).toBe(Number(senText(sen)))
  })
})

describe('rates as percentages', () => {
  it.each([
    ['0.003', '0.3%', '0,3%'], // JKM, PP 44/2015 Pasal 18
    ['0.037', '3.7%', '3,7%'], // JHT employer
    ['0.007', '0.7%', '0,7%'],
    ['0.0024', '0.24%', '0,24%'], // JKK class 1
    ['0.000024', '0.0024%', '0,0024%'], // JKK class 1 under PP 49/2020
    ['0.02', '2%', '2%'],
    ['0.5', '50%', '50%'], // PP 7/2025, PP 50/2025 share
    ['1', '100%', '100%'],
  ])('%s is %s in English and %s in Indonesian, the same at every call', (text, en, id) => {
    const r = rate(text)
    for (let i = 0; i < 2; i++) {
      expect(percent(r, 'en')).toBe(en)
      expect(percent(r, 'id')).toBe(id)
    }
  })
})

describe('the choice of programs', () => {
  it('by default: the programs of the size, with the reason and the matrix in the step', () => {
    // large company in 2024-03: JKK, JKM, JHT, JP mandatory; JKP added for a worker registered in JKP
    const r = calculateContribution(
      {
        category: 'PU',
        period: '2024-03',
        wage: 5_000_000,
        jkkRiskClass: 1,
        enterpriseSize: 'large',
        jkpRegistered: true,
      },
      EN,
    )
    expect(r.warnings).toEqual([])
    expect(r.programs).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP'])
    const s = programsStep(r)
    expect(s.description).toBe(
      'Programs priced: JKK, JKM, JHT, JP, JKP. The programs mandatory for PU (large) in the program matrix (JKP when the worker is registered in JKP).',
    )
    expect(s.inputs).toEqual({ category: 'PU' })
    expect(s.parameters.map((p) => p.id)).toEqual(['programs.matrix'])
    expect(s.legal[0]).toEqual({ source: 'PP-44-2015', article: 'Pasal 5 ayat (2)' })
    expect(s.value).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP'])
  })

  it('as listed by the caller: the list as given in the inputs, in the order of the law in the value', () => {
    const r = calculateContribution(
      { category: 'PU', period: '2024-03', wage: 5_000_000, jkkRiskClass: 1, programs: ['JP', 'JKK'] },
      EN,
    )
    const s = programsStep(r)
    expect(s.description).toBe('Programs priced: JKK, JP. As listed by the caller.')
    expect(s.inputs).toEqual({ category: 'PU', programs: ['JP', 'JKK'] })
    expect(s.value).toEqual(['JKK', 'JP'])
    expect(r.warnings).toEqual([]) // no size given: nothing to compare the list with
  })

  it('a list leaving out mandatory programs of the size is warned, naming them and the size', () => {
    const r = calculateContribution(
      {
        category: 'PU',
        period: '2024-03',
        wage: 5_000_000,
        jkkRiskClass: 1,
        enterpriseSize: 'medium',
        programs: ['JKK', 'JHT'],
      },
      EN,
    )
    // medium: JKK, JKM, JHT, JP mandatory → JKM and JP missing
    expect(r.warnings.map((w) => w.message)).toEqual([
      'The programs list leaves out programs mandatory for PU (medium): JKM, JP. Only the programs asked for are priced.',
    ])
  })

  it('JKP asked for before it exists (2021-02) is ignored with a warning naming the month', () => {
    const r = calculateContribution(
      {
        category: 'PU',
        period: '2020-01',
        wage: 5_000_000,
        jkkRiskClass: 1,
        enterpriseSize: 'micro',
        jkpRegistered: true,
      },
      EN,
    )
    expect(r.programs).toEqual(['JKK', 'JKM', 'JHT'])
    expect(r.warnings.map((w) => `${w.code}: ${w.message}`)).toEqual([
      'JKP_NOT_IN_FORCE_IGNORED: jkpRegistered is ignored for the contribution month 2020-01: JKP exists only from the February 2021 contribution.',
    ])
    // the first JKP month: JKP priced, no warning
    const at = calculateContribution(
      {
        category: 'PU',
        period: '2021-02',
        wage: 5_000_000,
        jkkRiskClass: 1,
        enterpriseSize: 'micro',
        jkpRegistered: true,
      },
      EN,
    )
    expect(at.programs).toEqual(['JKK', 'JKM', 'JHT', 'JKP'])
    expect(at.warnings).toEqual([])
  })

  it('the category is the reason for a category without sizes (BPU)', () => {
    const r = calculateContribution({ category: 'BPU', period: '2024-03', declaredIncome: 1_000_000 }, EN)
    const s = programsStep(r)
    expect(s.description).toBe(
      'Programs priced: JKK, JKM. The programs mandatory for BPU participants in the program matrix.',
    )
    expect(s.legal[0]).toEqual({ source: 'PP-44-2015', article: 'Pasal 5 ayat (3)' })
  })
})
