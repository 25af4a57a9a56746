/**
 * The PU contribution (src/contributions/pu.ts, relief.ts) as the caller sees it: the lines, the warnings
 * with their messages, the steps of the explanation, the batch, and the errors. Every figure is worked out by
 * hand from regulations.md §2–§3 and decisions D7 (JKM recomposition until 2025-01), D8 (recomposition on
 * the wage capped at Rp5,000,000), D9 (the PP 7/2025 discount halves the recomposed part too), D12 (one
 * rounding per line) and D13 (minimum wage: a warning). Written to kill the mutants that survived the first
 * Stryker run (explanation steps nobody read, warning messages, the plan cache, the batch's slots).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  BpjsRuleError,
  calculateContribution,
  calculateContributions,
  type ContributionResult,
  type TraceStep,
} from '../../../src/index.js'

const EN = { locale: 'en' } as const
const PU = { category: 'PU', period: '2024-03', jkkRiskClass: 1 } as const
const stepOf = (r: ContributionResult, rule: string): TraceStep => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
const ids = (s: TraceStep) => s.parameters.map((p) => p.id)
const rules = (r: ContributionResult) => r.explanation.steps.map((s) => s.rule)
const cites = (s: TraceStep) =>
  s.legal.map((c) => `${c.source}${c.article === undefined ? '' : ` ${c.article}`}`)
const messages = (r: ContributionResult) => r.warnings.map((w) => `${w.code}: ${w.message}`)

describe('PU with JKP in 2024-03: the recomposition of JKK and JKM (D7, D8)', () => {
  // large company, class 1, wage Rp12,000,000, registered in JKP; JKP cap Rp5,000,000 (PP 37/2021 Pasal 11)
  // built in beforeEach, not at collection time: Stryker switches a mutant on only once the tests run
  let r: ContributionResult
  beforeEach(() => {
    r = calculateContribution({ ...PU, enterpriseSize: 'large', wage: 12_000_000, jkpRegistered: true }, EN)
  })

  it('prices every line: the cash of JKK/JKM split between its own fund and JKP', () => {
    expect(r.lines).toEqual([
      // JKK 0.24% × 12,000,000 = 28,800 cash; 0.14% × 5,000,000 = 7,000 to JKP; 28,800 − 7,000 = 21,800 kept
      {
        program: 'JKK',
        payer: 'employer',
        base: 12_000_000,
        rate: '0.0024',
        amount: 21_800,
        fund: 'JKK',
        gross: 28_800,
      },
      { program: 'JKK', payer: 'employer', base: 5_000_000, rate: '0.0014', amount: 7_000, fund: 'JKP' },
      // JKM 0.30% × 12,000,000 = 36,000 cash; 0.10% × 5,000,000 = 5,000 to JKP; 31,000 kept (D7 until 2025-01)
      {
        program: 'JKM',
        payer: 'employer',
        base: 12_000_000,
        rate: '0.003',
        amount: 31_000,
        fund: 'JKM',
        gross: 36_000,
      },
      { program: 'JKM', payer: 'employer', base: 5_000_000, rate: '0.001', amount: 5_000, fund: 'JKP' },
      // JHT 3.7% and 2% of the whole wage
      { program: 'JHT', payer: 'employer', base: 12_000_000, rate: '0.037', amount: 444_000 },
      { program: 'JHT', payer: 'worker', base: 12_000_000, rate: '0.02', amount: 240_000 },
      // JP 2% and 1% of the wage capped at the 2024-03 JP cap Rp10,042,300
      { program: 'JP', payer: 'employer', base: 10_042_300, rate: '0.02', amount: 200_846 },
      { program: 'JP', payer: 'worker', base: 10_042_300, rate: '0.01', amount: 100_423 },
      // JKP government 0.22% × 5,000,000
      { program: 'JKP', payer: 'government', base: 5_000_000, rate: '0.0022', amount: 11_000 },
    ])
    // employer cash 28,800 + 36,000 + 444,000 + 200,846 = 709,646; worker 340,423; government 11,000
    expect(r.totals).toEqual({
      employer: 709_646,
      worker: 340_423,
      participant: 0,
      government: 11_000,
      total: 1_061_069,
      deferred: 0,
    })
  })

  it('explains the steps in the order of the law, each rule id once', () => {
    expect(rules(r)).toEqual([
      'contribution.programs',
      'pu.jkp.base',
      'pu.jkk',
      'pu.jkk.toJkp',
      'pu.jkk.toOwnFund',
      'pu.jkm',
      'pu.jkm.toJkp',
      'pu.jkm.toOwnFund',
      'pu.jht.employer',
      'pu.jht.worker',
      'pu.jp.base',
      'pu.jp.employer',
      'pu.jp.worker',
      'pu.jkp.government',
    ])
  })

  it('the JKP base step: min(12,000,000, 5,000,000), on the cap and the D8 flag', () => {
    const s = stepOf(r, 'pu.jkp.base')
    expect(s.value).toBe(5_000_000)
    expect(s.inputs).toEqual({ wage: 12_000_000 })
    expect(ids(s)).toEqual(['jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(cites(s)[0]).toBe('DECISIONS D8')
    expect(s.formula).toBe('min(wage, wage cap) = min(Rp12.000.000, Rp5.000.000) = Rp5.000.000')
  })

  it('the JKM split: 36,000 cash, 5,000 to JKP (0.10% of the capped wage), 31,000 kept', () => {
    const cash = stepOf(r, 'pu.jkm')
    expect(cash.description).toBe('JKM, paid by the employer.')
    expect(cash.formula).toBe('rate × contribution base = 0.3% × Rp12.000.000')
    expect(cash.value).toBe(36_000)
    expect(ids(cash)).toEqual(['pu.jkm.rate'])
    const part = stepOf(r, 'pu.jkm.toJkp')
    expect(part.description).toMatch(/^The part of the JKM contribution recomposed to JKP/)
    expect(part.formula).toBe('rate × contribution base = 0.1% × Rp5.000.000')
    expect(part.inputs).toEqual({ base: 5_000_000 })
    expect(part.rounding).toEqual({ mode: 'half-up', exact: '5000', rounded: 5_000 })
    expect(part.value).toBe(5_000)
    expect(ids(part)).toEqual(['jkp.recomposition.jkm', 'jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(cites(part).slice(0, 2)).toEqual(['DECISIONS D7', 'DECISIONS D8'])
    const kept = stepOf(r, 'pu.jkm.toOwnFund')
    expect(kept.description).toBe('The rest of the JKM contribution, kept by the JKM fund.')
    expect(kept.formula).toBe('cash contribution − part to JKP = Rp36.000 − Rp5.000')
    expect(kept.inputs).toEqual({ gross: 36_000, recomposed: 5_000 })
    expect(kept.parameters).toEqual([])
    expect(kept.value).toBe(31_000)
  })

  it('the JKK split: 28,800 cash, 7,000 to JKP, 21,800 kept; the government part 0.22% of the capped wage', () => {
    expect(stepOf(r, 'pu.jkk').description).toBe('JKK, risk group 1, paid by the employer.')
    expect(ids(stepOf(r, 'pu.jkk'))).toEqual(['pu.jkk.rate.class1'])
    const part = stepOf(r, 'pu.jkk.toJkp')
    expect(part.description).toMatch(/^The part of the JKK contribution recomposed to JKP/)
    expect(ids(part)).toEqual(['jkp.recomposition.jkk', 'jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(stepOf(r, 'pu.jkk.toOwnFund').value).toBe(21_800)
    const gov = stepOf(r, 'pu.jkp.government')
    expect(gov.value).toBe(11_000)
    expect(gov.inputs).toEqual({ base: 5_000_000 })
    expect(ids(gov)).toEqual(['jkp.rate.government', 'jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(cites(gov).slice(0, 2)).toEqual(['DECISIONS D7', 'DECISIONS D12'])
  })

  it('a second wage of the same situation is explained with the same parameters (below the caps this time)', () => {
    // wage 4,000,000 < 5,000,000: JKP base 4,000,000; JKK to JKP 0.14% × 4,000,000 = 5,600; government 8,800
    const r2 = calculateContribution(
      { ...PU, enterpriseSize: 'large', wage: 4_000_000, jkpRegistered: true },
      EN,
    )
    expect(rules(r2)).toEqual(rules(r))
    expect(stepOf(r2, 'pu.jkp.base').value).toBe(4_000_000)
    expect(stepOf(r2, 'pu.jkk.toJkp').value).toBe(5_600)
    expect(stepOf(r2, 'pu.jkp.government').value).toBe(8_800)
    for (const rule of rules(r)) expect(ids(stepOf(r2, rule))).toEqual(ids(stepOf(r, rule)))
  })
})

describe('PU without JKP, and with JKP after JKM stopped being recomposed (D7)', () => {
  it('no JKP: no JKP base, no split, no government step', () => {
    // micro company (JP optional): JKK 0.24% × 4,000,000 = 9,600; JKM 0.30% = 12,000; JHT 148,000 + 80,000
    const r = calculateContribution({ ...PU, enterpriseSize: 'micro', wage: 4_000_000 }, EN)
    expect(rules(r)).toEqual([
      'contribution.programs',
      'pu.jkk',
      'pu.jkm',
      'pu.jht.employer',
      'pu.jht.worker',
    ])
    expect(r.lines.map((l) => [l.program, l.amount, l.fund])).toEqual([
      ['JKK', 9_600, undefined],
      ['JKM', 12_000, undefined],
      ['JHT', 148_000, undefined],
      ['JHT', 80_000, undefined],
    ])
    const jkk = stepOf(r, 'pu.jkk')
    expect(jkk.description).toBe('JKK, risk group 1, paid by the employer.')
    expect(jkk.inputs).toEqual({ wage: 4_000_000, jkkRiskClass: 1 })
    expect(ids(jkk)).toEqual(['pu.jkk.rate.class1'])
    const jkm = stepOf(r, 'pu.jkm')
    expect(jkm.description).toBe('JKM, paid by the employer.')
    expect(cites(jkm)).not.toContain('PP-6-2025 Pasal 11')
    expect(cites(jkm)[0]).toBe('DECISIONS D12')
  })

  it('2025-06 with JKP: JKM is 0.30% with no recomposition (PP 6/2025 Pasal 11), and the step says so', () => {
    // wage 8,000,000: JKM 0.30% × 8,000,000 = 24,000, one line; JKK 0.24% = 19,200 split 7,000 / 12,200
    const r = calculateContribution(
      { ...PU, period: '2025-06', programs: ['JKK', 'JKM', 'JKP'], wage: 8_000_000, jkpRegistered: true },
      EN,
    )
    expect(rules(r)).toEqual([
      'contribution.programs',
      'pu.jkp.base',
      'pu.jkk',
      'pu.jkk.toJkp',
      'pu.jkk.toOwnFund',
      'pu.jkm',
      'pu.jkp.government',
    ])
    expect(r.lines.filter((l) => l.program === 'JKM')).toEqual([
      { program: 'JKM', payer: 'employer', base: 8_000_000, rate: '0.003', amount: 24_000 },
    ])
    expect(r.lines.slice(0, 2).map((l) => l.amount)).toEqual([12_200, 7_000])
    const jkm = stepOf(r, 'pu.jkm')
    expect(jkm.description).toMatch(
      /^JKM, paid by the employer\. From the February 2025 contribution \(PP 6\/2025\)/,
    )
    expect(cites(jkm)).toEqual(
      expect.arrayContaining(['DECISIONS D12', 'DECISIONS D7', 'PP-6-2025 Pasal 11']),
    )
    // JKM 0.30% × 8,000,000 = 24,000; JKP government 0.22% × 5,000,000 (the JKP cap) = 11,000
    expect(jkm.value).toBe(24_000)
    expect(stepOf(r, 'pu.jkp.government').value).toBe(11_000)
  })
})

describe('reliefs: PP 7/2025 on JKK with JKP (D9), PP 49/2020 (2020-08 to 2021-01)', () => {
  it('PP 7/2025 halves the JKK cash and the recomposed part; the steps name the discount and D9 parameter', () => {
    // class 1 at Rp5,000,000 in 2025-06: cash 0.24% × 50% = 0.12% → 6,000; to JKP 0.14% × 50% = 0.07% → 3,500;
    // kept 2,500; JKM 0.30% → 15,000 (no recomposition from 2025-02); JKP government 0.22% → 11,000
    const r = calculateContribution(
      {
        ...PU,
        period: '2025-06',
        programs: ['JKK', 'JKM', 'JKP'],
        wage: 5_000_000,
        jkkDiscountEligible: true,
      },
      EN,
    )
    expect(r.lines).toEqual([
      {
        program: 'JKK',
        payer: 'employer',
        base: 5_000_000,
        rate: '0.0012',
        amount: 2_500,
        fund: 'JKK',
        gross: 6_000,
        relief: 'PP-7-2025',
      },
      {
        program: 'JKK',
        payer: 'employer',
        base: 5_000_000,
        rate: '0.0007',
        amount: 3_500,
        fund: 'JKP',
        relief: 'PP-7-2025',
      },
      { program: 'JKM', payer: 'employer', base: 5_000_000, rate: '0.003', amount: 15_000 },
      { program: 'JKP', payer: 'government', base: 5_000_000, rate: '0.0022', amount: 11_000 },
    ])
    const jkk = stepOf(r, 'pu.jkk')
    expect(jkk.description).toBe(
      'JKK, risk group 1, paid by the employer — PP 7/2025 relief: 50% of the normal contribution 0.24% is paid.',
    )
    expect(ids(jkk)).toEqual(['pu.jkk.rate.class1', 'relief.pp7-2025.jkkDiscount'])
    const part = stepOf(r, 'pu.jkk.toJkp')
    expect(part.formula).toBe('rate × contribution base = 0.07% × Rp5.000.000')
    expect(ids(part)).toEqual([
      'jkp.recomposition.jkk',
      'jkp.wageCap',
      'jkp.recomposition.cappedBase',
      'relief.pp7-2025.jkkDiscount',
      'relief.pp7-2025.coversRecomposition',
    ])
  })

  it('PP 49/2020 in 2020-08: 1% of JKK and JKM paid, 99% of JP deferred; the JP steps say whose share', () => {
    // class 1, wage 5,000,000 (JP cap 8,939,700): JKK 0.24% × 1% = 0.0024% → 120; JKM 0.3% × 1% → 150;
    // JHT 185,000 + 100,000 (no relief); JP employer 2% = 100,000 of which 1% paid now = 1,000, 99,000
    // deferred; JP worker 1% = 50,000: 500 paid, 49,500 deferred
    const r = calculateContribution(
      { ...PU, period: '2020-08', enterpriseSize: 'large', wage: 5_000_000, covidRelief: true },
      EN,
    )
    expect(r.warnings).toEqual([])
    expect(r.lines.map((l) => [l.program, l.payer, l.rate, l.amount, l.deferred, l.relief])).toEqual([
      ['JKK', 'employer', '0.000024', 120, undefined, 'PP-49-2020'],
      ['JKM', 'employer', '0.00003', 150, undefined, 'PP-49-2020'],
      ['JHT', 'employer', '0.037', 185_000, undefined, undefined],
      ['JHT', 'worker', '0.02', 100_000, undefined, undefined],
      ['JP', 'employer', '0.02', 1_000, 99_000, 'PP-49-2020'],
      ['JP', 'worker', '0.01', 500, 49_500, 'PP-49-2020'],
    ])
    expect(r.totals).toMatchObject({ employer: 186_270, worker: 100_500, total: 286_770, deferred: 148_500 })
    const jkm = stepOf(r, 'pu.jkm')
    expect(jkm.description).toBe(
      'JKM, paid by the employer — PP 49/2020 relief: 1% of the normal contribution 0.3% is paid.',
    )
    expect(ids(jkm)).toEqual(['pu.jkm.rate', 'relief.pp49-2020.jkmDiscount'])
    expect(ids(stepOf(r, 'pu.jkk'))).toEqual(['pu.jkk.rate.class1', 'relief.pp49-2020.jkkDiscount'])
    const employer = stepOf(r, 'pu.jp.employer')
    expect(employer.description).toMatch(
      /^JP, employer share, with the PP 49\/2020 deferral: 1% of the contribution/,
    )
    expect(employer.formula).toBe(
      'full contribution 2% × Rp5.000.000 = Rp100.000; paid now 0.02% × Rp5.000.000 = Rp1.000; deferred Rp100.000 − Rp1.000 = Rp99.000',
    )
    expect(ids(employer)).toEqual(['jp.rate.employer', 'jp.wageCap', 'relief.pp49-2020.jpDeferredShare'])
    expect(employer.rounding).toEqual({ mode: 'half-up', exact: '1000', rounded: 1_000 })
    expect(employer.value).toBe(1_000)
    const worker = stepOf(r, 'pu.jp.worker')
    expect(worker.description).toMatch(/^JP, worker share, with the PP 49\/2020 deferral/)
    expect(worker.value).toBe(500)
    // in Indonesian the share is named too
    const id = calculateContribution({
      ...PU,
      period: '2020-08',
      enterpriseSize: 'large',
      wage: 5_000_000,
      covidRelief: true,
    })
    expect(stepOf(id, 'pu.jp.employer').description).toMatch(/pemberi kerja/)
    expect(stepOf(id, 'pu.jp.worker').description).toMatch(/pekerja/)
    expect(stepOf(id, 'pu.jp.worker').description).not.toMatch(/pemberi kerja/)
  })

  it('PP 50/2025 (D20) names its source the same way in a BPU note', () => {
    // self-paid transport BPU in 2026-01: JKK 1% × 1,000,000 × 50% = 5,000; JKM Rp6,800 × 50% = 3,400
    const r = calculateContribution(
      { category: 'BPU', period: '2026-01', declaredIncome: 1_000_000, sector: 'transport', payer: 'self' },
      EN,
    )
    expect(r.lines.map((l) => [l.program, l.amount, l.relief])).toEqual([
      ['JKK', 5_000, 'PP-50-2025'],
      ['JKM', 3_400, 'PP-50-2025'],
    ])
    expect(stepOf(r, 'bpu.jkk').description).toMatch(
      / — PP 50\/2025 relief: 50% of the normal contribution 1% is paid\.$/,
    )
    expect(stepOf(r, 'bpu.jkm').description).toMatch(
      / — PP 50\/2025 relief: 50% of the normal contribution Rp6\.800 is paid\.$/,
    )
  })

  it('without the deferral the JP steps are the plain shares on the capped wage', () => {
    const r = calculateContribution({ ...PU, enterpriseSize: 'large', wage: 12_000_000 }, EN)
    const employer = stepOf(r, 'pu.jp.employer')
    expect(employer.description).toBe('JP, employer share.')
    expect(employer.formula).toBe('rate × contribution base = 2% × Rp10.042.300')
    expect(ids(employer)).toEqual(['jp.rate.employer', 'jp.wageCap'])
    expect(stepOf(r, 'pu.jp.worker').value).toBe(100_423) // 1% × 10,042,300
    expect(r.lines.every((l) => l.deferred === undefined)).toBe(true)
  })

  it('a PP 49/2020 JKK discount overridden into the JKP era does not cut the recomposed part (D9 is PP 7/2025 only): 7,000 to JKP exceeds the 120 paid, a rule error', () => {
    // 0.24% × 1% × 5,000,000 = 120 cash; 0.14% × 5,000,000 = 7,000 recomposed
    let e: unknown
    try {
      calculateContribution(
        {
          ...PU,
          programs: ['JKK', 'JKM', 'JKP'],
          wage: 5_000_000,
          covidRelief: true,
        },
        { locale: 'en', parameters: { 'relief.pp49-2020.jkkDiscount': '0.99' } },
      )
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(BpjsRuleError)
    const err = e as BpjsRuleError
    expect(err.code).toBe('RECOMPOSITION_EXCEEDS_CONTRIBUTION')
    expect(err.params).toEqual({ program: 'JKK', gross: 'Rp120', part: 'Rp7.000' })
    expect(err.path).toEqual([])
    expect(err.message).toBe(
      'The part of JKK recomposed to JKP (Rp7.000) exceeds the JKK contribution paid (Rp120); check the overridden parameters.',
    )
  })
})

describe('warnings, with their messages, in the order of the law', () => {
  it('relief flags out of their windows name the month', () => {
    const r = calculateContribution(
      { ...PU, enterpriseSize: 'micro', wage: 5_000_000, jkkDiscountEligible: true, covidRelief: true },
      EN,
    )
    expect(messages(r)).toEqual([
      'COVID_RELIEF_NOT_IN_FORCE: The PP 49/2020 relief does not apply to the contribution month 2024-03 (only August 2020 to January 2021): normal contributions are computed.',
      'JKK_DISCOUNT_NOT_IN_FORCE: jkkDiscountEligible is ignored for the contribution month 2024-03: the PP 7/2025 / PP 36/2025 50% JKK discount covers only the February 2025 to January 2026 contributions.',
    ])
    // normal rates: JKK 0.24% × 5,000,000 = 12,000, JKM 0.30% = 15,000
    expect(r.lines.slice(0, 2).map((l) => [l.amount, l.relief])).toEqual([
      [12_000, undefined],
      [15_000, undefined],
    ])
  })

  it('the minimum-wage warning (D13) comes right after the program warnings, before the relief ones', () => {
    // an explicit list for a large company leaves out JHT and JP (mandatory for it)
    const input = {
      ...PU,
      enterpriseSize: 'large',
      programs: ['JKK', 'JKM'],
      wage: 3_000_000,
      minimumWage: 5_067_381,
      covidRelief: true,
    } as const
    for (let i = 0; i < 2; i++) {
      // twice: the second call replays the plan read by the first
      const r = calculateContribution(input, EN)
      expect(messages(r)).toEqual([
        'PROGRAMS_OMIT_MANDATORY: The programs list leaves out programs mandatory for PU (large): JHT, JP. Only the programs asked for are priced.',
        'WAGE_BELOW_MINIMUM: The wage Rp3.000.000 is below the minimum wage Rp5.067.381 given (decision D13: a warning only, contributions are still computed on the wage).',
        'COVID_RELIEF_NOT_IN_FORCE: The PP 49/2020 relief does not apply to the contribution month 2024-03 (only August 2020 to January 2021): normal contributions are computed.',
      ])
      expect(r.totals.total).toBe(16_200) // 0.24% × 3,000,000 = 7,200 + 0.30% = 9,000
    }
  })

  it('after the last verification of the law the minimum-wage warning still comes (after the date warning)', () => {
    const input = {
      ...PU,
      period: '2027-01',
      enterpriseSize: 'micro',
      wage: 3_000_000,
      minimumWage: 4_000_000,
    } as const
    for (let i = 0; i < 2; i++) {
      const r = calculateContribution(input, EN)
      expect(r.warnings.map((w) => w.code)).toEqual(['DATE_AFTER_LAST_VERIFICATION', 'WAGE_BELOW_MINIMUM'])
      expect(r.warnings[1]!.message).toMatch(
        /^The wage Rp3\.000\.000 is below the minimum wage Rp4\.000\.000 given/,
      )
    }
    // at the minimum wage: no warning
    const at = calculateContribution({ ...input, wage: 4_000_000 }, EN)
    expect(at.warnings.map((w) => w.code)).toEqual(['DATE_AFTER_LAST_VERIFICATION'])
  })

  it('the batch gives the same minimum-wage message', () => {
    const b = calculateContributions(
      [{ ...PU, enterpriseSize: 'micro', wage: 3_000_000, minimumWage: 5_067_381 }],
      EN,
    )
    const row = b.at(0)!
    expect(row.ok).toBe(true)
    if (row.ok)
      expect(row.result.warnings.map((w) => w.message)).toEqual([
        'The wage Rp3.000.000 is below the minimum wage Rp5.067.381 given (decision D13: a warning only, contributions are still computed on the wage).',
      ])
  })
})

describe('plans shared between calls and between batch rows', () => {
  it('programs listed out of the order of the law are never mixed up with another such list', () => {
    // wage 5,000,000: JKK 12,000, JKM 15,000, JP 2% 100,000 + 1% 50,000
    const a = calculateContribution({ ...PU, programs: ['JKM', 'JKK'], wage: 5_000_000 })
    const b = calculateContribution({ ...PU, programs: ['JP', 'JKK'], wage: 5_000_000 })
    const c = calculateContribution({ ...PU, programs: ['JKM', 'JKK'], wage: 5_000_000 })
    expect(a.lines.map((l) => [l.program, l.amount])).toEqual([
      ['JKK', 12_000],
      ['JKM', 15_000],
    ])
    expect(b.programs).toEqual(['JKK', 'JP'])
    expect(b.lines.map((l) => [l.program, l.amount])).toEqual([
      ['JKK', 12_000],
      ['JP', 100_000],
      ['JP', 50_000],
    ])
    // the explanation shows each list as given
    expect(stepOf(a, 'contribution.programs').inputs).toEqual({ category: 'PU', programs: ['JKM', 'JKK'] })
    expect(stepOf(b, 'contribution.programs').inputs).toEqual({ category: 'PU', programs: ['JP', 'JKK'] })
    expect(c.lines).toEqual(a.lines)
  })

  it('batch rows with split and deferred lines keep their own amounts (two slots for each such line)', () => {
    const jkp = { ...PU, enterpriseSize: 'large', jkpRegistered: true } as const
    const covid = { ...PU, period: '2020-08', enterpriseSize: 'large', covidRelief: true } as const
    const rows = [
      { ...jkp, wage: 12_000_000 },
      { ...covid, wage: 5_000_000 },
      { ...jkp, wage: 4_000_000 },
      { ...covid, wage: 6_000_000 },
    ]
    const b = calculateContributions(rows)
    const got = [...b].map((row) =>
      row.ok ? row.result.lines.map((l) => [l.amount, l.gross, l.deferred]) : [],
    )
    // row 1: the 2024-03 JKP figures of the first describe
    expect(got[0]).toEqual([
      [21_800, 28_800, undefined],
      [7_000, undefined, undefined],
      [31_000, 36_000, undefined],
      [5_000, undefined, undefined],
      [444_000, undefined, undefined],
      [240_000, undefined, undefined],
      [200_846, undefined, undefined],
      [100_423, undefined, undefined],
      [11_000, undefined, undefined],
    ])
    // row 3: wage 4,000,000 below both caps: JKK 9,600 − 0.14% × 4,000,000 (5,600) = 4,000;
    // JKM 12,000 − 4,000 = 8,000; JHT 148,000 / 80,000; JP 80,000 / 40,000; JKP 0.22% = 8,800
    expect(got[2]).toEqual([
      [4_000, 9_600, undefined],
      [5_600, undefined, undefined],
      [8_000, 12_000, undefined],
      [4_000, undefined, undefined],
      [148_000, undefined, undefined],
      [80_000, undefined, undefined],
      [80_000, undefined, undefined],
      [40_000, undefined, undefined],
      [8_800, undefined, undefined],
    ])
    // row 4: 6,000,000 in 2020-08: JKK 0.0024% → 144; JKM 0.003% → 180; JHT 222,000 / 120,000;
    // JP 2% = 120,000: 1,200 paid, 118,800 deferred; 1% = 60,000: 600 paid, 59,400 deferred
    expect(got[3]).toEqual([
      [144, undefined, undefined],
      [180, undefined, undefined],
      [222_000, undefined, undefined],
      [120_000, undefined, undefined],
      [1_200, undefined, 118_800],
      [600, undefined, 59_400],
    ])
    expect(got[1]![4]).toEqual([1_000, undefined, 99_000])
    // every row as the single call gives it, and the batch totals are their sums
    rows.forEach((row, i) => {
      const one = calculateContribution(row)
      const r = b.at(i)!
      expect(r.ok && r.result.lines).toEqual(one.lines)
    })
    // employer cash: 709,646 + 186,270 + (9,600 + 12,000 + 148,000 + 80,000) + (144 + 180 + 222,000 + 1,200)
    expect(b.totals).toEqual({
      employer: 709_646 + 186_270 + 249_600 + 223_524,
      worker: 340_423 + 100_500 + 120_000 + 120_600,
      participant: 0,
      government: 11_000 + 8_800,
      total: 709_646 + 186_270 + 249_600 + 223_524 + 340_423 + 100_500 + 120_000 + 120_600 + 19_800,
      deferred: 148_500 + 178_200,
    })
  })

  it('a row refused by its recomposition leaves nothing behind for the next row of the batch', () => {
    // with JKM recomposition overridden to 1%, JKM (0.30% × 5,000,000 = 15,000) would send 50,000 to JKP: the
    // first row is refused after its JKK figures were priced; the second row is JKK alone (0.24% × 5,000,000)
    const b = calculateContributions(
      [
        { ...PU, enterpriseSize: 'large', jkpRegistered: true, wage: 5_000_000 },
        { ...PU, programs: ['JKK'], wage: 5_000_000 },
      ],
      { parameters: { 'jkp.recomposition.jkm': '0.01' } },
    )
    expect(b.errorCount).toBe(1)
    const first = b.at(0)!
    expect(first.ok ? '' : first.error.code).toBe('RECOMPOSITION_EXCEEDS_CONTRIBUTION')
    expect(b.totals).toEqual({
      employer: 12_000,
      worker: 0,
      participant: 0,
      government: 0,
      total: 12_000,
      deferred: 0,
    })
  })
})

/*
 * Folded from the round-2 file of the contribution mutants: the steps of a large enterprise's PU call in
 * 2024-03, each under its own rule id with its own parameters (hand figures: PP 44/2015 Pasal 16, 18;
 * PP 46/2015; PP 45/2015; PP 37/2021 Pasal 11 JKP cap Rp5,000,000; decisions D7, D8, D12):
 * - wage Rp12,000,000, JKP registered: the JKP base min(12,000,000, 5,000,000) = 5,000,000 on `jkp.wageCap`
 *   and the D8 flag `jkp.recomposition.cappedBase`; JKK 0.24% = 28,800 cash split 0.14% × 5,000,000 = 7,000
 *   to JKP and 21,800 kept; JKM 0.30% = 36,000 split 0.10% × 5,000,000 = 5,000 and 31,000 kept (D7, until
 *   2025-01); JKP government 0.22% × 5,000,000 = 11,000.
 * - The same without JKP: JKK and JKM one step each; JP on the 2024-03 cap Rp10,042,300.
 */
const PU_LARGE = { ...PU, enterpriseSize: 'large' } as const

describe('PU explanation: each step under its own rule id, with its own parameters', () => {
  it('with JKP in 2024-03: the JKP base, the JKK and JKM splits, the JP base and the government part', () => {
    // the list of step rule ids (each also the key of its shared explanation piece) is asserted in pu.test.ts
    const r = calculateContribution({ ...PU_LARGE, wage: 12_000_000, jkpRegistered: true }, EN)
    // D8: the JKP base is the wage capped at Rp5,000,000, and whether the recomposition uses it is the D8 flag
    const base = stepOf(r, 'pu.jkp.base')
    expect(base.value).toBe(5_000_000)
    expect(ids(base)).toEqual(['jkp.wageCap', 'jkp.recomposition.cappedBase'])
    expect(stepOf(r, 'pu.jp.base').value).toBe(10_042_300)
    expect(ids(stepOf(r, 'pu.jkp.government'))).toEqual([
      'jkp.rate.government',
      'jkp.wageCap',
      'jkp.recomposition.cappedBase',
    ])
    expect(stepOf(r, 'pu.jkp.government').value).toBe(11_000)
    // each split names its own program: JKK 28,800 − 7,000 = 21,800; JKM 36,000 − 5,000 = 31,000
    expect(stepOf(r, 'pu.jkm.toJkp').description).toMatch(
      /^The part of the JKM contribution recomposed to JKP/,
    )
    const jkmKept = stepOf(r, 'pu.jkm.toOwnFund')
    expect(jkmKept.description).toBe('The rest of the JKM contribution, kept by the JKM fund.')
    expect(jkmKept.value).toBe(31_000)
    expect(stepOf(r, 'pu.jkk.toJkp').description).toMatch(
      /^The part of the JKK contribution recomposed to JKP/,
    )
    const jkkKept = stepOf(r, 'pu.jkk.toOwnFund')
    expect(jkkKept.description).toBe('The rest of the JKK contribution, kept by the JKK fund.')
    expect(jkkKept.value).toBe(21_800)
  })

  it('the same situation explained twice gives the same steps (the shared references are per rule)', () => {
    // a second wage of the situation reuses the plan's shared references: each rule keeps its own
    const a = calculateContribution({ ...PU_LARGE, wage: 12_000_000, jkpRegistered: true }, EN)
    const b = calculateContribution({ ...PU_LARGE, wage: 4_000_000, jkpRegistered: true }, EN)
    expect(rules(b)).toEqual(rules(a))
    for (const rule of rules(a)) expect(ids(stepOf(b, rule))).toEqual(ids(stepOf(a, rule)))
    // wage 4,000,000 under both caps: JKP base 4,000,000; JP base 4,000,000; government 0.22% = 8,800
    expect(stepOf(b, 'pu.jkp.base').value).toBe(4_000_000)
    expect(stepOf(b, 'pu.jp.base').value).toBe(4_000_000)
    expect(stepOf(b, 'pu.jkp.government').value).toBe(8_800)
  })

  it('without JKP: one JKK and one JKM step, then JHT and the JP base and shares', () => {
    const r = calculateContribution({ ...PU_LARGE, wage: 12_000_000 }, EN)
    expect(rules(r)).toEqual([
      'contribution.programs',
      'pu.jkk',
      'pu.jkm',
      'pu.jht.employer',
      'pu.jht.worker',
      'pu.jp.base',
      'pu.jp.employer',
      'pu.jp.worker',
    ])
    // JKK 0.24% × 12,000,000 = 28,800; JKM 0.30% = 36,000; JP base min(12,000,000, 10,042,300)
    expect(stepOf(r, 'pu.jkk').value).toBe(28_800)
    expect(ids(stepOf(r, 'pu.jkk'))).toEqual(['pu.jkk.rate.class1'])
    expect(stepOf(r, 'pu.jkm').value).toBe(36_000)
    expect(ids(stepOf(r, 'pu.jkm'))).toEqual(['pu.jkm.rate'])
    expect(stepOf(r, 'pu.jp.base').value).toBe(10_042_300)
  })
})

describe('PU plans are read once per situation for the shared options', () => {
  it('two calls of one situation share the plan: the same frozen program list', () => {
    // the plan cache of puPlanFor: options with no overrides are shared, so is the plan of a situation
    const a = calculateContribution({ ...PU_LARGE, wage: 7_000_000 })
    const b = calculateContribution({ ...PU_LARGE, wage: 9_000_000 })
    expect(a.programs).toEqual(['JKK', 'JKM', 'JHT', 'JP'])
    expect(b.programs).toBe(a.programs)
    expect(Object.isFrozen(a.programs)).toBe(true)
    // a list out of the order of the law is explained as given, so its plan is not shared
    const c = calculateContribution({ ...PU_LARGE, programs: ['JKM', 'JKK'], wage: 7_000_000 })
    const d = calculateContribution({ ...PU_LARGE, programs: ['JKM', 'JKK'], wage: 7_000_000 })
    expect(d.programs).toEqual(c.programs)
    expect(d.programs).not.toBe(c.programs)
  })
})
