/**
 * Overrides that append (issue 20) and overrides validated as data (issue 13, family "Overrides are not
 * validated as data"). Figures are the JP wage caps of the law (2024-03: Rp10,042,300, BPJS TK letter for
 * 2024) and a cap chosen by the caller (Rp11,600,000); JP is 2% employer + 1% worker of the capped wage.
 */
import { readFileSync } from 'node:fs'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import {
  BpjsRuleError,
  BpjsValidationError,
  calculateContribution,
  getParameter,
  valueAt,
} from '../../src/index.js'
import { compileOverride } from '../../src/parameters/lookup.js'

const jpCap = getParameter('jp.wageCap')!
const PU = { category: 'PU', wage: 12_000_000, jkkRiskClass: 1, enterpriseSize: 'large' } as const
const jp = (period: string, options?: api.CalculationOptions) =>
  calculateContribution({ ...PU, period }, options).lines.filter((l) => l.program === 'JP')

function issues(f: () => unknown): [string, string][] {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(BpjsValidationError)
    return (e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])
  }
  throw new Error('expected a BpjsValidationError')
}

describe('the README override example runs as written', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf('<!-- readme-test: overrides -->')
  const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(start))![1]!

  it('every `//=>` line of the snippet gives the value it shows', () => {
    const checks: string[] = []
    const body = block
      .split('\n')
      .filter((line) => !line.startsWith('import '))
      .map((line) => {
        const m = /^(.*?)\s*\/\/=>\s*(\S+)/.exec(line)
        if (m === null) return line
        checks.push(m[2]!)
        return `__got.push(${m[1]})`
      })
      .join('\n')
    const js = transformSync(body, { loader: 'ts' }).code
    const got: unknown[] = []
    new Function('calculateContribution', '__got', js)(calculateContribution, got)
    expect(checks.length).toBe(2)
    expect(got).toEqual(checks.map((c) => JSON.parse(c)))
    // by hand: 2024-03 base is the library's cap 10,042,300; 2027-03 base the override 11,600,000
    expect(got).toEqual([10_042_300, 11_600_000])
  })
})

describe('overrides that append (issue 20)', () => {
  const appended = { parameters: { 'jp.wageCap': { values: [{ from: '2027-03-01', value: '11600000' }] } } }

  it('a dated override keeps the library history before its date', () => {
    // 2024-03: 2% × 10,042,300 = 200,846; 1% = 100,423
    expect(jp('2024-03', appended).map((l) => l.amount)).toEqual([200_846, 100_423])
    // 2027-03: 2% × 11,600,000 = 232,000; 1% = 116,000
    expect(jp('2027-03', appended).map((l) => l.amount)).toEqual([232_000, 116_000])
  })

  it('a dated override with `to` hands back to the library after it', () => {
    const c = compileOverride(jpCap, { values: [{ from: '2024-03-01', to: '2024-05-31', value: '9000000' }] })
    expect(c.ok).toBe(true)
    if (!c.ok) return
    expect(valueAt(jpCap, '2024-02', c.values)).toMatchObject({ value: '9559600', overridden: false })
    expect(valueAt(jpCap, '2024-04', c.values)).toMatchObject({
      value: '9000000',
      overridden: true,
      to: '2024-05-31',
    })
    // the library's 2024 value resumes on 2024-06-01 (its own `from` moved to the day after the override)
    expect(valueAt(jpCap, '2024-06', c.values)).toMatchObject({
      value: '10042300',
      overridden: false,
      from: '2024-06-01',
    })
  })

  it("`mode: 'replace'` is today's behaviour: the dated values are the whole history", () => {
    const replace = {
      parameters: {
        'jp.wageCap': { mode: 'replace' as const, values: appended.parameters['jp.wageCap'].values },
      },
    }
    expect(jp('2027-03', replace).map((l) => l.amount)).toEqual([232_000, 116_000])
    let e: unknown
    try {
      jp('2024-03', replace)
    } catch (x) {
      e = x
    }
    expect(e).toBeInstanceOf(BpjsRuleError)
    expect((e as BpjsRuleError).code).toBe('PARAMETER_NOT_IN_FORCE')
  })

  it('one value (no dates) still replaces the parameter on every date', () => {
    // 2% × min(12,000,000, 12,000,000) = 240,000
    expect(jp('2024-03', { parameters: { 'jp.wageCap': '12000000' } }).map((l) => l.amount)).toEqual([
      240_000, 120_000,
    ])
  })
})

describe('Overrides are not validated as data (issue 13)', () => {
  it('every problem of every override is reported in one error, at its path', () => {
    expect(
      issues(() =>
        jp('2025-06', {
          parameters: {
            'jp.wageCap': { values: [{ from: '2027-02-30', until: '2028-01-01', value: 'lots' }] },
            'pu.jkk.rate.class1': Number.NaN,
            'programs.matrix': { PU: 1 },
          },
        } as never),
      ),
    ).toEqual(
      expect.arrayContaining([
        ['options.parameters.jp.wageCap.values.0.until', 'UNKNOWN_KEY'],
        ['options.parameters.jp.wageCap.values.0.from', 'DATE_INVALID'],
        ['options.parameters.jp.wageCap.values.0.value', 'PARAMETER_OVERRIDE_INVALID'],
        ['options.parameters.pu.jkk.rate.class1', 'PARAMETER_OVERRIDE_INVALID'],
        ['options.parameters.programs.matrix.PU', 'INVALID_TYPE'],
      ]),
    )
  })

  it('a table override of the right shape is accepted and read by every function (no TypeError)', () => {
    const matrix = getParameter('programs.matrix')!.values.at(-1)!.value as Record<string, unknown>
    const r = calculateContribution(
      { ...PU, period: '2025-06' },
      { parameters: { 'programs.matrix': { values: [{ from: '2025-01-01', value: matrix }] } } },
    )
    expect(r.warnings.map((w) => w.code)).toContain('PARAMETER_OVERRIDDEN')
  })

  it('the reason of a refused value is written in each language', () => {
    try {
      jp('2025-06', { parameters: { 'jp.wageCap': 'lots' } })
    } catch (e) {
      const i = (e as BpjsValidationError).issues[0]!
      expect(i.messages.id).toBe(
        'Nilai pengganti parameter jp.wageCap tidak valid: jumlah harus rupiah bulat, misalnya "11086300".',
      )
      expect(i.messages.en).toBe(
        'Invalid override for parameter jp.wageCap: an amount must be whole rupiah, e.g. "11086300".',
      )
      return
    }
    throw new Error('expected an error')
  })

  it('valueAt / findValueAt return frozen readings and refuse forged override arrays', () => {
    expect(Object.isFrozen(valueAt(jpCap, '2024-03'))).toBe(true)
    expect(
      issues(() => valueAt(jpCap, '2025-06', [{ from: '2025-01-01', value: Number.NaN }] as never)),
    ).toEqual([['override.0.value', 'PARAMETER_OVERRIDE_INVALID']])
    expect(issues(() => valueAt(jpCap, '2025-06', 'x' as never))).toEqual([['override', 'INVALID_TYPE']])
  })
})
