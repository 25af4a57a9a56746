// projectJhtBalance / checkJhtClaim / calculateJhtClaim on the project pattern: trace, options, warnings,
// reasons, frozen results; history priced from category + wage; death heirs; the member timeline.
import { describe, expect, it } from 'vitest'
import {
  BpjsValidationError,
  calculateJhtClaim,
  checkJhtClaim,
  projectJhtBalance,
} from '../../../src/index.js'

const pu = (from: number, to: number, wage: number) => {
  const out: { month: string; category: 'PU'; wage: number }[] = []
  for (let y = from; y <= to; y++)
    for (let m = 1; m <= 12; m++)
      out.push({ month: `${y}-${String(m).padStart(2, '0')}`, category: 'PU', wage })
  return out
}

function issues(f: () => unknown): [string, string][] {
  try {
    f()
  } catch (e) {
    if (e instanceof BpjsValidationError) return e.issues.map((i) => [i.path.join('.'), i.code])
    throw e
  }
  return []
}

describe('projectJhtBalance: months priced from category + wage (calculateContribution)', () => {
  it('PU Rp5,000,000 → 3.7% + 2% = Rp285,000 a month; 2016–2020 gives the notes’ C2 balance 19,907,283', () => {
    const r = projectJhtBalance({ history: pu(2016, 2020, 5000000) })
    expect(r.months[0]).toMatchObject({
      month: '2016-01',
      contribution: 285000,
      contributionSource: 'priced',
    })
    expect(r.totalContributions).toBe(60 * 285000)
    expect(r.balance).toBe(19907283)
    // the contribution rules joined the explanation (PP 46/2015 JHT rates) and each month has its step
    expect(r.explanation.steps.filter((s) => s.rule === 'jht.price')).toHaveLength(60)
    expect(r.explanation.parameters.map((p) => p.id)).toEqual(expect.arrayContaining(['jht.developmentRate']))
  })

  it('BPU declared income Rp3,000,000 → JHT 2% = Rp60,000 (JKK and JKM lines are not JHT)', () => {
    const r = projectJhtBalance({
      history: [{ month: '2024-01', category: 'BPU', wage: 3000000 }],
      rates: { '2024': '0' },
    })
    expect(r.months[0]!.contribution).toBe(60000)
  })

  it('a month with both a contribution and a category, or a category without a wage, is refused with its path', () => {
    expect(
      issues(() =>
        projectJhtBalance({ history: [{ month: '2016-01', contribution: 1, category: 'PU', wage: 1 }] }),
      ),
    ).toEqual([['history.0.contribution', 'JHT_MONTH_TWO_CONTRIBUTIONS']])
    expect(issues(() => projectJhtBalance({ history: [{ month: '2016-01', category: 'PU' }] }))).toEqual([
      ['history.0.wage', 'JHT_MONTH_CATEGORY_AND_WAGE'],
    ])
  })
})

describe('projectJhtBalance: trace, options, assumptions', () => {
  it('records each year with its one rounding: 285,000 × 5.5 × 0.0719 = 1,567,500 × 0.0719 = 112,703.25 → 112,703', () => {
    const r = projectJhtBalance({ history: pu(2016, 2016, 5000000) })
    const y = r.explanation.steps.find((s) => s.rule === 'jht.year')!
    // (the notes print the intermediate as 112,702.875, a slip: their rounded 112,703 is the same)
    expect(y.rounding).toEqual({ mode: 'half-up', exact: '112703.25', rounded: 112703 })
    expect(y.value).toBe(3532703)
    expect(r.explanation.operation).toBe('projectJhtBalance')
    expect(Object.isFrozen(r) && Object.isFrozen(r.explanation) && Object.isFrozen(r.months[0])).toBe(true)
  })

  it('speaks English with locale en; a parameter override fills a year without data and is warned', () => {
    const h = [{ month: '2021-12', contribution: 100000 }]
    const r = projectJhtBalance(
      { history: h },
      { locale: 'en', parameters: { 'jht.developmentRate': '0.06' } },
    )
    expect(r.status).toBe('complete')
    // December: the contribution earns nothing in its year (0 months left), opening balance 0
    expect(r.balance).toBe(100000)
    expect(r.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
    expect(r.warnings.find((w) => w.code === 'JHT_METHOD_ESTIMATE')!.message).toMatch(/estimate/)
    const id = projectJhtBalance({ history: h })
    expect([id.status, id.missing]).toEqual(['incomplete', ['rates.2021']])
    expect(id.reasons.find((x) => x.kind === 'missing')!.message).toContain('rates.2021')
  })

  it('projected months and rates are marked as the caller’s assumptions', () => {
    const future = {
      from: '2030-01',
      until: '2030-12',
      contribution: 100000,
      yearlyGrowth: '0.05',
      returnRate: '0.06',
    }
    const r = projectJhtBalance({ history: [], future })
    expect(r.assumptions).toEqual(future)
    expect(r.months.every((m) => m.contributionSource === 'assumption')).toBe(true)
    expect(r.rates).toEqual([{ year: 2030, rate: '0.06', source: 'assumption' }])
    expect(r.reasons.map((x) => x.code)).toContain('JHT_ASSUMPTIONS')
    // hand: 12 × 100,000 + 100,000 × 0.06 × Σ(12 − m)/12 = 1,200,000 + 100,000 × 0.06 × 5.5 = 1,233,000
    expect(r.balance).toBe(1233000)
  })
})

describe('JHT claims: death, heirs and the state estate office', () => {
  const death = { ground: 'death', claimDate: '2024-03-01', dateOfDeath: '2024-02-10' } as const

  it('names the heirs in the legal order (a parent when no spouse or child: group 2)', () => {
    const r = checkJhtClaim({ ...death, family: [{ relation: 'sibling' }, { relation: 'parent' }] })
    expect(r.recipient).toBe('heirs')
    expect(r.heirs?.group?.rank).toBe(2)
    expect(r.heirs?.members.map((m) => m.relation)).toEqual(['parent'])
    expect(r.reasons.map((x) => x.code)).toContain('JHT_DEATH_HEIRS_NAMED')
  })

  it('with no heir at all the balance goes to the Balai Harta Peninggalan, not the DJS', () => {
    const r = calculateJhtClaim({ ...death, family: [], balance: 10000000 }, { locale: 'en' })
    expect(r.recipient).toBe('balai-harta-peninggalan')
    expect(r.heirs?.group).toBeNull()
    expect(r.reasons.map((x) => x.code)).toContain('JHT_DEATH_NO_HEIR')
    expect(r.explanation.parameters.map((p) => p.id)).toContain('jht.death.noHeirRecipient')
    expect(r.timeline[0]!.text).toContain('Balai Harta Peninggalan')
  })

  it('the date of death is a required fact; a death after the claim date is refused', () => {
    const r = checkJhtClaim({ ground: 'death', claimDate: '2024-03-01' })
    expect([r.status, r.missing]).toEqual(['incomplete', ['dateOfDeath']])
    expect(issues(() => checkJhtClaim({ ...death, dateOfDeath: '2024-03-02' }))).toEqual([
      ['dateOfDeath', 'JHT_DEATH_AFTER_CLAIM'],
    ])
  })
})

describe('JHT claims: timeline, tax line, practice flag, trace', () => {
  const resign = {
    ground: 'resignation',
    birthDate: '1990-01-01',
    separationDate: '2023-03-15',
    claimDate: '2023-05-02',
    balance: 80000000,
  } as const

  it('From 2023-04-15 you receive Rp80,000,000; tax 5% × 30,000,000 = 1,500,000, net 78,500,000 (notes §3)', () => {
    const r = calculateJhtClaim(resign, { locale: 'en' })
    expect(r.status).toBe('payable')
    expect(r.timeline).toEqual([
      {
        from: '2023-04-15',
        amount: 80000000,
        text: expect.stringMatching(
          /^From 2023-04-15, the JHT is paid to you as a lump sum of Rp80\.000\.000\. .*1\.500\.000.*78\.500\.000/,
        ),
      },
    ])
    const tax = r.explanation.steps.find((s) => s.rule === 'jht.tax')!
    expect(tax.rounding).toEqual({ mode: 'half-up', exact: '1500000', rounded: 1500000 })
    expect(r.warnings.map((w) => w.code)).toContain('JHT_TAX_REFORM_NOT_VERIFIED')
    expect(r.explanation.operation).toBe('calculateJhtClaim')
    expect(checkJhtClaim(resign, { locale: 'id' }).timeline[0]!.text).toMatch(
      /^Mulai 2023-04-15, Anda menerima/,
    )
  })

  it('a member working elsewhere is not paid for leaving work (practice flag); unknown: a note', () => {
    expect(checkJhtClaim({ ...resign, workingElsewhere: true }).status).toBe('not-payable')
    expect(checkJhtClaim(resign).reasons.map((x) => x.code)).toContain('JHT_NOT_WORKING_PRACTICE')
  })

  it('partial claims carry no tax line (not found) and round the maximum down', () => {
    const r = calculateJhtClaim({
      ground: 'partial-other',
      claimDate: '2026-01-01',
      membershipStart: '2015-07-01',
      previousPartialClaim: false,
      balance: 123456789,
    })
    // 10% × 123,456,789 = 12,345,678.9 → 12,345,678 (a maximum never exceeds the share)
    expect([r.amount, r.tax]).toEqual([12345678, null])
    expect(r.reasons.map((x) => x.code)).toContain('JHT_PARTIAL_TAX_NOT_FOUND')
  })

  it('a claim date before JHT data starts (2015-07-01) is DATE_BEFORE_COVERAGE', () => {
    expect(() => checkJhtClaim({ ground: 'disability', claimDate: '2015-06-30' })).toThrow(/2015-06-30/)
  })
})
