/** The TSDoc examples of the contributions area's types and helpers, run as written. */
import { describe, expect, it } from 'vitest'
import { calculateContribution } from '../../src/contributions/index.js'
import { assertContributionCovered, computeContribution } from '../../src/contributions/calculate.js'
import { computeBpu } from '../../src/contributions/bpu.js'
import { computeJakon } from '../../src/contributions/jakon.js'
import { computePmi } from '../../src/contributions/pmi.js'
import { computePu } from '../../src/contributions/pu.js'
import { covidReading, discounted, discountNote, discountOf, rateOf } from '../../src/contributions/relief.js'
import {
  choosePrograms,
  ONE,
  payableShare,
  percent,
  rp,
  rpWhole,
  rupiahOf,
  totalsOf,
} from '../../src/contributions/shared.js'
import { BpjsRuleError, BpjsValidationError } from '../../src/errors.js'
import { RuleContext } from '../../src/explain/context.js'
import { rate } from '../../src/money/rate.js'
import { jakonContractJkkTiers } from '../../src/parameters/jakon.js'
import { valueAt } from '../../src/parameters/lookup.js'
import { pmiPackages } from '../../src/parameters/pmi.js'
import { puJkmRate } from '../../src/parameters/pu.js'
import {
  reliefBpuTransportDiscount,
  reliefCovidJkkDiscount,
  reliefCovidJkmDiscount,
} from '../../src/parameters/relief.js'
import {
  parseContributionInput,
  structuralIssues,
  type BpuParsed,
  type JakonParsed,
  type PmiParsed,
  type PuParsed,
} from '../../src/schemas/contribution.js'
import { resolveOptions } from '../../src/schemas/options.js'

const ctxFor = (period: string, explain = false, locale: 'id' | 'en' = 'id') =>
  new RuleContext('calculateContributions', period, resolveOptions({ locale }).resolved, explain)

describe('helpers', () => {
  it('ONE, payableShare, rupiahOf, rp, rpWhole, percent', () => {
    expect(ONE.text).toBe('1')
    expect(payableShare('0.99').text).toBe('0.01')
    expect(payableShare('0.5').text).toBe('0.5')
    expect(rupiahOf(500_000_000)).toBe(5000000)
    expect(rupiahOf(500_000_050)).toBe(5000000.5)
    expect(rp(500_000_000)).toBe('Rp5.000.000')
    expect(rp(500_000_050)).toBe('Rp5.000.000,50')
    expect(rpWhole(16800)).toBe('Rp16.800')
    expect(percent(rate('0.0024'), 'id')).toBe('0,24%')
    expect(percent(rate('0.000024'), 'en')).toBe('0.0024%')
    expect(percent(rate('1'), 'en')).toBe('100%')
  })
  it('totalsOf keeps deferred JP out of the total', () => {
    expect(
      totalsOf([
        { program: 'JP', payer: 'employer', amount: 1788, deferred: 177006 },
        { program: 'JP', payer: 'worker', amount: 894, deferred: 88503 },
      ]),
    ).toEqual({ employer: 1788, worker: 894, participant: 0, government: 0, total: 2682, deferred: 265509 })
  })
  it('choosePrograms', () => {
    expect(
      choosePrograms(ctxFor('2025-06'), 'BPU', '2025-06', (m) => m.value.BPU, undefined).programs,
    ).toEqual(['JKK', 'JKM'])
    expect(
      choosePrograms(ctxFor('2025-06'), 'PU', '2025-06', (m) => m.value.PU.small, undefined, { jkp: true })
        .programs,
    ).toEqual(['JKK', 'JKM', 'JHT', 'JKP'])
    expect(() => choosePrograms(ctxFor('2025-06'), 'BPU', '2025-06', (m) => m.value.BPU, ['JP'])).toThrow(
      BpjsValidationError,
    )
  })
  it('covidReading, discountOf, discounted, discountNote, rateOf', () => {
    const ctx = ctxFor('2020-08')
    expect(covidReading(ctx, reliefCovidJkkDiscount, '2020-08', undefined)?.value).toBe('0.99')
    expect(ctx.warnings.map((w) => w.code)).toEqual(['COVID_RELIEF_ASSUMED'])
    expect(covidReading(ctx, reliefCovidJkkDiscount, '2020-08', false)).toBeUndefined()
    expect(covidReading(ctx, reliefCovidJkkDiscount, '2021-02', true)).toBeUndefined()
    expect(ctx.warnings.map((w) => w.code)).toEqual(['COVID_RELIEF_ASSUMED', 'COVID_RELIEF_NOT_IN_FORCE'])
    expect(discountOf('PP-50-2025', ctx.read(reliefBpuTransportDiscount, '2026-01')).share.text).toBe('0.5')
    const covid = discountOf('PP-49-2020', ctx.read(reliefCovidJkmDiscount, '2020-08'))
    expect(covid.share.text).toBe('0.01')
    expect(discounted(rate('0.0024'), covid).text).toBe('0.000024')
    expect(discounted(rate('0.0024'), undefined).text).toBe('0.0024')
    expect(discountNote(ctxFor('2020-08', true, 'en'), covid, '0.24%')).toBe(
      ' — PP 49/2020 relief: 1% of the normal contribution 0.24% is paid',
    )
    expect(rateOf(ctx.read(puJkmRate, '2025-06')).text).toBe('0.003')
  })
})

describe('compute functions and validation', () => {
  it('computePu, computeBpu, computeJakon, computePmi, computeContribution', () => {
    expect(
      computePu(
        parseContributionInput(
          { category: 'PU', period: '2024-03', wage: 12000000, programs: ['JP'] },
          'id',
        ) as PuParsed,
        ctxFor('2024-03'),
      ).totals.total,
    ).toBe(301269)
    expect(
      computeBpu(
        parseContributionInput(
          { category: 'BPU', period: '2025-03', declaredIncome: 1000000, months: 3 },
          'id',
        ) as BpuParsed,
        ctxFor('2025-03'),
      ).totals.total,
    ).toBe(50400)
    expect(
      computeJakon(
        parseContributionInput(
          { category: 'JAKON', period: '2025-06', contractValue: 2000000000 },
          'id',
        ) as JakonParsed,
        ctxFor('2025-06'),
      ).totals.total,
    ).toBe(2950000)
    expect(
      computePmi(
        parseContributionInput(
          { category: 'PMI', period: '2025-06', contractMonths: 18, placement: 'agency' },
          'id',
        ) as PmiParsed,
        ctxFor('2025-06'),
      ).totals.total,
    ).toBe(307500)
    const ctx = ctxFor('2025-06')
    expect(
      computeContribution(
        parseContributionInput({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }, 'id'),
        ctx,
      ).totals.total,
    ).toBe(16800)
    expect(ctx.explanation().steps).toEqual([])
  })
  it('assertContributionCovered checks the last month of an advance payment', () => {
    const p = parseContributionInput(
      { category: 'BPU', period: '2036-06', declaredIncome: 1000000, months: 12 },
      'en',
    )
    let e: unknown
    try {
      assertContributionCovered(p, 'en')
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect(e).toMatchObject({ code: 'DATE_AFTER_COVERAGE', path: ['months'], locale: 'en' })
  })
  it('structuralIssues and parseContributionInput', () => {
    expect(
      structuralIssues(
        { category: 'JAKON', period: '2025-06', wage: 500000000, contractValue: 10000000000 },
        'en',
      ).map((i) => i.code),
    ).toEqual(['JAKON_METHOD_CONFLICT'])
    expect(
      structuralIssues({ category: 'PU', period: '2025-06', wage: 500000000, jkkRiskClass: 1 }, 'en').map(
        (i) => i.code,
      ),
    ).toEqual(['ENTERPRISE_SIZE_REQUIRED'])
    const pu = parseContributionInput(
      { category: 'PU', period: '2025-06', wage: '5000000.50', programs: ['JHT'] },
      'id',
    )
    expect(pu.category === 'PU' && pu.wage).toBe(500000050)
    expect(() =>
      parseContributionInput({ category: 'PU', period: '2025-06', wage: -1, programs: ['JHT'] }, 'id'),
    ).toThrow(BpjsValidationError)
    const bpu = parseContributionInput({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }, 'id')
    expect(bpu.category === 'BPU' && bpu.declaredIncome).toBe(100000000)
  })
})

describe('type examples', () => {
  it('Category, Payer, LineProgram, EnterpriseSize, JkkRiskClass', () => {
    expect(
      calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }).category,
    ).toBe('BPU')
    expect(
      calculateContribution({
        category: 'PU',
        period: '2025-06',
        wage: 5000000,
        programs: ['JHT'],
      }).lines.map((l) => l.payer),
    ).toEqual(['employer', 'worker'])
    expect(
      calculateContribution({
        category: 'PMI',
        period: '2025-06',
        contractMonths: 24,
        placement: 'independent',
      }).lines[0]?.program,
    ).toBe('JKK+JKM')
    expect(
      calculateContribution({
        category: 'PU',
        period: '2025-06',
        wage: 3000000,
        jkkRiskClass: 2,
        enterpriseSize: 'small',
      }).programs,
    ).toEqual(['JKK', 'JKM', 'JHT'])
    expect(
      calculateContribution({
        category: 'PU',
        period: '2025-06',
        wage: 5000000,
        jkkRiskClass: 5,
        programs: ['JKK'],
      }).totals.total,
    ).toBe(87000)
  })
  it('the input interfaces', () => {
    expect(
      calculateContribution({
        category: 'PU',
        period: '2024-06',
        wage: 10000000,
        jkkRiskClass: 1,
        enterpriseSize: 'medium',
        jkpRegistered: true,
      }).totals.government,
    ).toBe(11000)
    expect(
      calculateContribution({
        category: 'BPU',
        period: '2026-01',
        declaredIncome: 1000000,
        payer: 'self',
        sector: 'transport',
      }).totals.total,
    ).toBe(8400)
    expect(calculateContribution({ category: 'JAKON', period: '2025-06', wage: 5000000 }).totals.total).toBe(
      102000,
    )
    expect(
      calculateContribution({
        category: 'PMI',
        period: '2025-06',
        contractMonths: 24,
        placement: 'agency',
        jhtMonthly: 50000,
      }).totals.total,
    ).toBe(1570000)
    expect(
      [
        { category: 'BPU', period: '2025-06', declaredIncome: 1000000 },
        { category: 'JAKON', period: '2025-06', contractValue: 2000000000 },
      ].map((r) => calculateContribution(r as never).totals.total),
    ).toEqual([16800, 2950000])
  })
  it('JakonTierLine, ContributionLine, ContributionTotals, ContributionResult', () => {
    expect(
      calculateContribution({ category: 'JAKON', period: '2025-06', contractValue: 300000000 }).lines[0]
        ?.tiers,
    ).toEqual([
      { over: 0, upTo: 100000000, base: 100000000, rate: '0.0021' },
      { over: 100000000, upTo: 500000000, base: 200000000, rate: '0.0017' },
    ])
    expect(
      calculateContribution({
        category: 'PU',
        period: '2024-06',
        wage: 10000000,
        jkkRiskClass: 1,
        programs: ['JKK', 'JKM', 'JKP'],
      }).lines.slice(0, 2),
    ).toEqual([
      {
        program: 'JKK',
        payer: 'employer',
        base: 10000000,
        rate: '0.0024',
        amount: 17000,
        fund: 'JKK',
        gross: 24000,
      },
      { program: 'JKK', payer: 'employer', base: 5000000, rate: '0.0014', amount: 7000, fund: 'JKP' },
    ])
    expect(
      calculateContribution({ category: 'PU', period: '2020-08', wage: 10000000, programs: ['JP'] }).totals,
    ).toEqual({
      employer: 1788,
      worker: 894,
      participant: 0,
      government: 0,
      total: 2682,
      deferred: 265509,
    })
    const r = calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 500000 })
    expect(r.totals.total).toBe(16800)
    expect(r.warnings.map((w) => w.code)).toEqual(['BPU_INCOME_CLAMPED'])
    expect(r.explanation.format).toBe('bpjs-tk.trace.v1')
  })
  it('JakonTier and PmiPackage', () => {
    expect(valueAt(jakonContractJkkTiers, '2025-06').value[1]).toEqual({ over: '100000000', rate: '0.0017' })
    expect(valueAt(pmiPackages, '2025-06').value[0]).toEqual({ months: 24, amount: '332500' })
  })
})
