/**
 * The BPU (non-wage participant) contribution, worked out by hand from regulations.md (BPU section: PP 44/2015
 * Lampiran II, Permenaker 5/2021: JKK 1% of the income row, JKM Rp6,800 a month, optional JHT 2%) and decisions
 * D1 (income clamped to Rp1,000,000–20,700,000), D12 (each line rounded once), D19 (months paid ahead), D20
 * (PP 50/2025: 50% of JKK and JKM for BPU not paid from the APBN/APBD, transport 2026-01..2027-03, other sectors
 * 2026-04..2026-12) and PP 49/2020 (JKK and JKM at 1%, 2020-08..2021-01). The explanation (step rules, text,
 * formulas, parameters, citations) is public output and is asserted as such.
 */
import { describe, expect, it } from 'vitest'
import { BpjsValidationError, calculateContribution, type TraceStep } from '../../../src/index.js'

interface Step {
  rule: string
  description: string
  formula?: string
  inputs: Record<string, unknown>
  parameters: { id: string }[]
  legal: { source: string; article?: string }[]
  value: unknown
  rounding?: { mode: string; exact: string; rounded: number }
}
interface Result {
  lines: Record<string, unknown>[]
  totals: { participant: number; total: number }
  warnings: { code: string; message: string; parameterId?: string }[]
  explanation: { steps: Step[]; parameters: { id: string }[] }
}

const run = (input: object, options?: object) =>
  calculateContribution({ category: 'BPU', ...input } as never, options as never) as unknown as Result
const steps = (r: Result, rule: string) => r.explanation.steps.filter((s) => s.rule === rule)
const step = (r: Result, rule: string) => {
  const s = steps(r, rule)
  expect(s).toHaveLength(1)
  return s[0]!
}
const cites = (s: Step) =>
  s.legal.map((c) => (c.article === undefined ? c.source : `${c.source} ${c.article}`))
const refusal = (input: object, options?: object) => {
  try {
    run(input, options)
  } catch (e) {
    expect(e).toBeInstanceOf(BpjsValidationError)
    return (e as BpjsValidationError).issues.map((i) => ({
      at: i.path.join('.'),
      code: i.code,
      message: i.message,
    }))
  }
  throw new Error('expected a refusal')
}
const codes = (r: Result) => r.warnings.map((w) => w.code)

describe('BPU contribution base (D1, PP 44/2015 Lampiran II)', () => {
  it('an income below the lowest row is raised to Rp1,000,000, with the bpu.base step citing D1 first', () => {
    const r = run({ period: '2025-06', declaredIncome: 500_000 })
    // JKK 1% × 1,000,000 = 10,000; JKM 6,800
    expect(r.lines.map((l) => [l.program, l.base, l.amount])).toEqual([
      ['JKK', 1_000_000, 10_000],
      ['JKM', undefined, 6_800],
    ])
    expect(r.warnings).toEqual([
      {
        code: 'BPU_INCOME_CLAMPED',
        message:
          'Penghasilan Rp500.000 di luar rentang tabel Lampiran II PP 44/2015 (Rp1.000.000–Rp20.700.000): dasar iuran memakai Rp1.000.000 (keputusan D1).',
      },
    ])
    const s = step(r, 'bpu.base')
    expect(s.formula).toBe(
      'dasar = penghasilan Rp500.000 dibatasi ke rentang Rp1.000.000–Rp20.700.000 = Rp1.000.000',
    )
    expect(s.inputs).toEqual({ declaredIncome: 500_000 })
    // clamped: the rows are not read
    expect(s.parameters.map((p) => p.id)).toEqual(['bpu.income.floor', 'bpu.income.ceiling'])
    // the step's own citation (D1) first, then its parameters' (Lampiran II, D1 again: once)
    expect(cites(s)).toEqual(['DECISIONS D1', 'PP-44-2015 Lampiran II'])
    expect(s.value).toBe(1_000_000)
  })

  it('an income above the highest row is lowered to Rp20,700,000 (JKK 207,000, JHT 414,000)', () => {
    const r = run({ period: '2025-06', declaredIncome: 50_000_000, programs: ['JKK', 'JKM', 'JHT'] })
    // 1% and 2% of 20,700,000
    expect(r.lines.map((l) => [l.program, l.base, l.amount])).toEqual([
      ['JKK', 20_700_000, 207_000],
      ['JKM', undefined, 6_800],
      ['JHT', 20_700_000, 414_000],
    ])
    expect(codes(r)).toEqual(['BPU_INCOME_CLAMPED'])
    expect(step(r, 'bpu.base').value).toBe(20_700_000)
  })

  it('between the rows (none known): the income itself, the rows parameter read and warned as low confidence', () => {
    const r = run({ period: '2025-06', declaredIncome: 2_500_000 })
    expect(r.lines[0]).toMatchObject({ base: 2_500_000, amount: 25_000 }) // 1% × 2,500,000
    expect(step(r, 'bpu.base').parameters.map((p) => p.id)).toEqual([
      'bpu.income.floor',
      'bpu.income.ceiling',
      'bpu.income.rows',
    ])
    expect(r.warnings.map((w) => [w.code, w.parameterId])).toEqual([
      ['LOW_CONFIDENCE_RULE', 'bpu.income.rows'],
    ])
  })

  it('rows given in any order (override): the highest row not above the income, never a row below the floor', () => {
    const o = { parameters: { 'bpu.income.rows': ['3000000', '500000', '2000000', '4000000'] } }
    const base = (income: number) => run({ period: '2025-06', declaredIncome: income }, o).lines[0]!.base
    // 3,500,000: rows ≤ income are 3,000,000, 500,000, 2,000,000 → the highest, 3,000,000 (not the last listed)
    expect([base(3_500_000), base(2_500_000), base(1_500_000), base(4_500_000)]).toEqual([
      3_000_000, 2_000_000, 1_000_000, 4_000_000,
    ])
  })
})

describe('BPU lines and steps', () => {
  it('one month: plain lines (no months/from/to) and no per-month steps', () => {
    const r = run({ period: '2025-06', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JHT'] })
    expect(r.lines).toEqual([
      { program: 'JKK', payer: 'participant', amount: 10_000, base: 1_000_000, rate: '0.01' },
      { program: 'JKM', payer: 'participant', amount: 6_800 },
      { program: 'JHT', payer: 'participant', amount: 20_000, base: 1_000_000, rate: '0.02' },
    ]) // the Rp36,800 package
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'contribution.programs',
      'bpu.base',
      'bpu.jkk',
      'bpu.jkm',
      'bpu.jht',
    ])
    const jkk = step(r, 'bpu.jkk')
    expect([jkk.description, jkk.formula]).toEqual([
      'JKK peserta bukan penerima upah.',
      'tarif × dasar iuran = 1% × Rp1.000.000',
    ])
    expect(jkk.inputs).toEqual({ base: 1_000_000, period: '2025-06' })
    expect(jkk.parameters.map((p) => p.id)).toEqual(['bpu.jkk.rate'])
    expect(cites(jkk)).toEqual(['DECISIONS D12', 'PP-44-2015 Lampiran II', 'PP-50-2025 Pasal 4'])
    expect(jkk.rounding).toEqual({ mode: 'half-up', exact: '10000', rounded: 10_000 })
    const jkm = step(r, 'bpu.jkm')
    expect([jkm.description, jkm.formula, jkm.value]).toEqual([
      'JKM peserta bukan penerima upah, jumlah tetap per bulan.',
      'iuran tetap Rp6.800',
      6_800,
    ])
    expect(jkm.inputs).toEqual({ period: '2025-06' })
    expect(jkm.parameters.map((p) => p.id)).toEqual(['bpu.jkm.amount'])
    expect('rounding' in jkm).toBe(false) // a flat amount is not rounded
    const jht = step(r, 'bpu.jht')
    expect([jht.description, jht.formula]).toEqual([
      'JHT peserta bukan penerima upah (pilihan).',
      'tarif × dasar iuran = 2% × Rp1.000.000',
    ])
  })

  it('3 months across the start of the other-sector discount (2026-03..05): a 1-month and a 2-month segment', () => {
    const r = run({ period: '2026-03', declaredIncome: 1_000_000, months: 3, sector: 'other', payer: 'self' })
    expect(r.lines.filter((l) => l.program === 'JKM')).toEqual([
      {
        program: 'JKM',
        payer: 'participant',
        amount: 6_800,
        months: 1,
        perMonth: 6_800,
        from: '2026-03',
        to: '2026-03',
      },
      // 50% × 6,800 = 3,400 a month (D20), two months
      {
        program: 'JKM',
        payer: 'participant',
        amount: 6_800,
        relief: 'PP-50-2025',
        months: 2,
        perMonth: 3_400,
        from: '2026-04',
        to: '2026-05',
      },
    ])
    // a segment of one month has no ".months" step; one of two months has
    expect(r.explanation.steps.map((s) => s.rule)).toEqual([
      'contribution.programs',
      'bpu.base',
      'bpu.jkk',
      'bpu.jkk',
      'bpu.jkk.months',
      'bpu.jkm',
      'bpu.jkm',
      'bpu.jkm.months',
    ])
    const m = steps(r, 'bpu.jkm.months')[0]!
    expect([m.description, m.formula, m.value]).toEqual([
      'JKM untuk bulan iuran 2026-04 sampai 2026-05, dibayar di muka.',
      'Rp3.400 × 2 bulan',
      6_800,
    ])
  })
})

describe('PP 50/2025 discount (D20) in the explanation', () => {
  it('self-paid, other sector, 2026-06 (en): JKK at 0.5% and JKM 50% × Rp6,800, each with its note, parameters and rounding', () => {
    const r = run(
      {
        period: '2026-06',
        declaredIncome: 2_500_000,
        sector: 'other',
        payer: 'self',
        programs: ['JKK', 'JKM', 'JHT'],
      },
      { locale: 'en' },
    )
    // JKK 1% × 50% = 0.5% of 2,500,000 = 12,500; JKM 3,400; JHT 2% = 50,000 (not discounted)
    expect(r.lines.map((l) => [l.program, l.rate, l.relief, l.amount])).toEqual([
      ['JKK', '0.005', 'PP-50-2025', 12_500],
      ['JKM', undefined, 'PP-50-2025', 3_400],
      ['JHT', '0.02', undefined, 50_000],
    ])
    const jkk = step(r, 'bpu.jkk')
    expect([jkk.description, jkk.formula]).toEqual([
      'JKK of a non-wage participant — PP 50/2025 relief: 50% of the normal contribution 1% is paid.',
      'rate × contribution base = 0.5% × Rp2.500.000',
    ])
    expect(jkk.parameters.map((p) => p.id)).toEqual(['bpu.jkk.rate', 'relief.pp50-2025.otherDiscount'])
    const jkm = step(r, 'bpu.jkm')
    expect([jkm.description, jkm.formula, jkm.value]).toEqual([
      'JKM of a non-wage participant, a fixed amount per month — PP 50/2025 relief: 50% of the normal contribution Rp6.800 is paid.',
      'share paid × fixed contribution = 50% × Rp6.800',
      3_400,
    ])
    expect(jkm.parameters.map((p) => p.id)).toEqual(['bpu.jkm.amount', 'relief.pp50-2025.otherDiscount'])
    expect(jkm.rounding).toEqual({ mode: 'half-up', exact: '3400', rounded: 3_400 })
    expect(step(r, 'bpu.jht').description).toBe('JHT of a non-wage participant (optional).')
    // only the other-sector window is read for an other-sector participant
    const read = r.explanation.parameters.map((p) => p.id)
    expect(read).toContain('relief.pp50-2025.otherDiscount')
    expect(read).not.toContain('relief.pp50-2025.transportDiscount')
  })

  it('a transport participant reads only the transport window (2026-06 is in both windows)', () => {
    const r = run({ period: '2026-06', declaredIncome: 1_000_000, sector: 'transport', payer: 'self' })
    expect(r.totals.total).toBe(5_000 + 3_400)
    const read = r.explanation.parameters.map((p) => p.id)
    expect(read).toContain('relief.pp50-2025.transportDiscount')
    expect(read).not.toContain('relief.pp50-2025.otherDiscount')
  })

  it.each([
    ['apbn', 'other', '2026-06', 'APBN'],
    ['apbd', 'transport', '2026-02', 'APBD'],
  ])(
    'paid from the %s: no discount, said in the JKK and JKM steps, which cite D20',
    (payer, sector, period, name) => {
      const r = run({ period, declaredIncome: 1_000_000, sector, payer })
      expect(r.lines.map((l) => [l.program, l.relief, l.amount])).toEqual([
        ['JKK', undefined, 10_000],
        ['JKM', undefined, 6_800],
      ])
      const jkk = step(r, 'bpu.jkk')
      expect(jkk.description).toBe(
        `JKK peserta bukan penerima upah — tanpa potongan PP 50/2025 karena iuran dibayar dari ${name}.`,
      )
      expect(jkk.formula).toBe('tarif × dasar iuran = 1% × Rp1.000.000')
      expect(cites(jkk)).toEqual([
        'DECISIONS D12',
        'DECISIONS D20',
        'PP-44-2015 Lampiran II',
        'PP-50-2025 Pasal 4',
      ])
      const jkm = step(r, 'bpu.jkm')
      expect(jkm.description).toBe(
        `JKM peserta bukan penerima upah, jumlah tetap per bulan — tanpa potongan PP 50/2025 karena iuran dibayar dari ${name}.`,
      )
      expect(jkm.formula).toBe('iuran tetap Rp6.800')
      expect(cites(jkm).slice(0, 2)).toEqual(['DECISIONS D12', 'DECISIONS D20'])
    },
  )

  it('a missing sector in a month where the two sectors differ is refused, never guessed (2026-06 and 2026-01)', () => {
    expect(refusal({ period: '2026-06', declaredIncome: 1_000_000, payer: 'self' })).toEqual([
      {
        at: 'sector',
        code: 'BPU_SECTOR_REQUIRED',
        message:
          'Bulan iuran 2026-06 termasuk masa potongan PP 50/2025 yang bergantung pada sektor: isi sector ("transport" untuk pengemudi, kurir dan logistik, atau "other").',
      },
    ])
    expect(
      refusal({ period: '2026-01', declaredIncome: 1_000_000, payer: 'self' }).map((i) => i.code),
    ).toEqual(['BPU_SECTOR_REQUIRED'])
  })

  it('a missing payer over 3 months in the window is reported once, for the first month', () => {
    const issues = refusal({ period: '2026-06', declaredIncome: 1_000_000, months: 3, sector: 'other' })
    expect(issues.map((i) => [i.at, i.code])).toEqual([['payer', 'BPU_PAYER_REQUIRED']])
    expect(issues[0]!.message).toContain('2026-06')
  })
})

describe('BPU program choice', () => {
  it('JKM alone: no base, warned as omitting the mandatory JKK for BPU; still needs the payer in the window', () => {
    const r = run({ period: '2025-06', declaredIncome: 1_000_000, programs: ['JKM'] })
    expect(r.lines).toEqual([{ program: 'JKM', payer: 'participant', amount: 6_800 }])
    expect(steps(r, 'bpu.base')).toEqual([])
    const w = r.warnings.find((x) => x.code === 'PROGRAMS_OMIT_MANDATORY')!
    expect(w.message).toContain('JKK')
    expect(w.message).toContain('BPU')
    expect(
      refusal({ period: '2026-06', declaredIncome: 1_000_000, programs: ['JKM'] }).map((i) => i.code),
      // one pass: without a payer, the sector a self-paid participant needs is asked for at once
    ).toEqual(['BPU_PAYER_REQUIRED', 'BPU_SECTOR_REQUIRED'])
  })

  it('JKK alone needs the payer in the window; JHT alone (never discounted) does not', () => {
    expect(
      refusal({ period: '2026-06', declaredIncome: 1_000_000, programs: ['JKK'] }).map((i) => i.code),
      // one pass: without a payer, the sector a self-paid participant needs is asked for at once
    ).toEqual(['BPU_PAYER_REQUIRED', 'BPU_SECTOR_REQUIRED'])
    const r = run({ period: '2026-06', declaredIncome: 1_500_000, programs: ['JHT'] })
    // 2% × 1,500,000 = 30,000; no JKK line
    expect(r.lines).toEqual([
      { program: 'JHT', payer: 'participant', amount: 30_000, base: 1_500_000, rate: '0.02' },
    ])
    expect(step(r, 'bpu.base').value).toBe(1_500_000)
  })
})

describe('each month with its own law (overridden parameters)', () => {
  // one value up to the day before `from` (the last day of the previous month), another from it
  const dated = (before: string, after: string, to: string, from: string) => ({
    values: [
      { from: '2015-07-01', to, value: before },
      { from, value: after },
    ],
  })

  it('a JKM amount changing mid-way splits the line, and each segment shows its own flat amount', () => {
    const o = { parameters: { 'bpu.jkm.amount': dated('6800', '7000', '2025-06-30', '2025-07-01') } }
    const r = run({ period: '2025-06', declaredIncome: 1_000_000, months: 3 }, o)
    expect(
      r.lines.filter((l) => l.program === 'JKM').map((l) => [l.from, l.to, l.perMonth, l.amount]),
    ).toEqual([
      ['2025-06', '2025-06', 6_800, 6_800],
      ['2025-07', '2025-08', 7_000, 14_000], // 2 × 7,000
    ])
    expect(steps(r, 'bpu.jkm').map((s) => s.formula)).toEqual(['iuran tetap Rp6.800', 'iuran tetap Rp7.000'])
  })

  it('a JKK rate changing mid-way splits the line even when the rounded amount is the same', () => {
    const o = { parameters: { 'bpu.jkk.rate': dated('0.01', '0.0100001', '2025-06-30', '2025-07-01') } }
    const r = run({ period: '2025-06', declaredIncome: 1_000_000, months: 3 }, o)
    // 1,000,000 × 1.00001% = 10,000.1 → 10,000 (half-up), as in June
    expect(
      r.lines.filter((l) => l.program === 'JKK').map((l) => [l.rate, l.months, l.perMonth, l.amount]),
    ).toEqual([
      ['0.01', 1, 10_000, 10_000],
      ['0.0100001', 2, 10_000, 20_000],
    ])
  })

  it('the same amount with and without a discount is two lines; the note names the normal contribution of its own month', () => {
    // March: JKM 3,400 and JKK 0.5% undiscounted; April–May: 50% of 6,800 and of 1% (other sector, D20)
    const o = {
      parameters: {
        'bpu.jkm.amount': dated('3400', '6800', '2026-03-31', '2026-04-01'),
        'bpu.jkk.rate': dated('0.005', '0.01', '2026-03-31', '2026-04-01'),
      },
    }
    const r = run(
      { period: '2026-03', declaredIncome: 1_000_000, months: 3, sector: 'other', payer: 'self' },
      o,
    )
    const seg = (p: string) =>
      r.lines.filter((l) => l.program === p).map((l) => [l.from, l.to, l.perMonth, l.relief, l.amount])
    expect(seg('JKM')).toEqual([
      ['2026-03', '2026-03', 3_400, undefined, 3_400],
      ['2026-04', '2026-05', 3_400, 'PP-50-2025', 6_800],
    ])
    expect(seg('JKK')).toEqual([
      ['2026-03', '2026-03', 5_000, undefined, 5_000],
      ['2026-04', '2026-05', 5_000, 'PP-50-2025', 10_000],
    ])
    expect(steps(r, 'bpu.jkk').map((s) => s.description)).toEqual([
      'JKK peserta bukan penerima upah.',
      'JKK peserta bukan penerima upah — keringanan PP 50/2025: dibayar 50% dari iuran normal 1%.',
    ])
    expect(steps(r, 'bpu.jkm').map((s) => s.description)).toEqual([
      'JKM peserta bukan penerima upah, jumlah tetap per bulan.',
      'JKM peserta bukan penerima upah, jumlah tetap per bulan — keringanan PP 50/2025: dibayar 50% dari iuran normal Rp6.800.',
    ])
  })
})

describe('PP 49/2020 relief for BPU', () => {
  it('2020-08: JKK and JKM at 1% (assumed, warned), each step saying the normal contribution', () => {
    const r = run({ period: '2020-08', declaredIncome: 1_000_000 })
    // JKK 1% × 1% × 1,000,000 = 100; JKM 1% × 6,800 = 68
    expect(r.lines.map((l) => [l.program, l.relief, l.amount])).toEqual([
      ['JKK', 'PP-49-2020', 100],
      ['JKM', 'PP-49-2020', 68],
    ])
    expect(codes(r)).toContain('COVID_RELIEF_ASSUMED')
    expect(step(r, 'bpu.jkk').description).toBe(
      'JKK peserta bukan penerima upah — keringanan PP 49/2020: dibayar 1% dari iuran normal 1%.',
    )
    expect(step(r, 'bpu.jkm').formula).toBe('bagian yang dibayar × iuran tetap = 1% × Rp6.800')
  })
})

describe('months paid ahead past the last verification (2026-11-24)', () => {
  const lastVerification = (period: string, months: number) =>
    run({ period, declaredIncome: 1_000_000, months, sector: 'other', payer: 'self' })
      .warnings.filter((w) => w.code === 'DATE_AFTER_LAST_VERIFICATION')
      .map((w) => w.message)

  it.each([
    ['2026-09', 3, []], // last month 2026-11: its first day is before 2026-11-24
    ['2026-10', 1, []],
    ['2026-10', 3, ['2026-12']],
    ['2026-11', 3, ['2027-01']], // the first month is not after the verification, the last is
    ['2026-12', 3, ['2026-12']], // the first month is already after it: one warning, for that month
  ])('%s + %i months → warned for %j', (period, months, dates) => {
    const messages = lastVerification(period, months)
    expect(messages).toHaveLength(dates.length)
    dates.forEach((d, i) => expect(messages[i]).toContain(d))
  })
})

describe('APBN/APBD payer across the start of a PP 50/2025 window (D20)', () => {
  it('APBN, other sector, 2026-03 for 3 months: March (before the window) and April–May (in it, not discounted because APBN-paid) are two segments, and only the second cites D20', () => {
    // Income Rp2,000,000 → JKK 1% = 20,000 a month, JKM Rp6,800 a month (PP 44/2015 Lampiran II). The
    // other-sector window opens 2026-04 (D20); an APBN payer gets no discount, so every month costs the same,
    // but April–May are explained as excluded from the discount and March is not.
    const r = run({ period: '2026-03', months: 3, declaredIncome: 2_000_000, payer: 'apbn', sector: 'other' })
    const shape = (l: Record<string, unknown>) => [l.program, l.from, l.to, l.months, l.amount]
    expect(r.lines.map(shape)).toEqual([
      ['JKK', '2026-03', '2026-03', 1, 20_000],
      ['JKK', '2026-04', '2026-05', 2, 40_000],
      ['JKM', '2026-03', '2026-03', 1, 6_800],
      ['JKM', '2026-04', '2026-05', 2, 13_600],
    ])
    expect(r.totals.total).toBe(3 * (20_000 + 6_800))
    for (const rule of ['bpu.jkk', 'bpu.jkm']) {
      const [march, aprilMay] = steps(r, rule)
      expect(march!.inputs.period).toBe('2026-03')
      expect(march!.legal.some((c) => c.article === 'D20')).toBe(false)
      expect(aprilMay!.inputs.period).toBe('2026-04')
      expect(aprilMay!.legal.some((c) => c.article === 'D20')).toBe(true)
      expect(aprilMay!.description).toContain('APBN')
      expect(march!.description).not.toContain('APBN')
    }
  })
})

describe('BPU steps: the base is shown only in the rate × base formulas', () => {
  const stepOf = (r: { explanation: { steps: readonly TraceStep[] } }, rule: string) => {
    const s = r.explanation.steps.find((x) => x.rule === rule)
    if (s === undefined) throw new Error(`no step ${rule}`)
    return s
  }
  it('JKK 1% of the base, JKM a fixed Rp6,800 (no base)', () => {
    // BPU 2024-03, income Rp1,000,000 (within the base range): JKK 1% = 10,000; JKM Rp6,800 (PP 44/2015)
    const r = calculateContribution(
      { category: 'BPU', period: '2024-03', declaredIncome: 1_000_000 },
      { locale: 'en' },
    )
    expect(stepOf(r, 'bpu.jkk').formula).toBe('rate × contribution base = 1% × Rp1.000.000')
    expect(stepOf(r, 'bpu.jkk').value).toBe(10_000)
    expect(stepOf(r, 'bpu.jkm').formula).toBe('fixed contribution Rp6.800')
    expect(stepOf(r, 'bpu.jkm').inputs).toEqual({ period: '2024-03' })
  })
})
