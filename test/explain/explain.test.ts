import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { BpjsRuleError, BpjsValidationError } from '../../src/errors.js'
import { RuleContext } from '../../src/explain/context.js'
import { renderExplanation } from '../../src/explain/render.js'
import { TRACE_FORMAT } from '../../src/explain/types.js'
import { rate } from '../../src/money/rate.js'
import { jpRateEmployer, jpWageCap } from '../../src/parameters/jp.js'
import { isoDate, moneySen, parseWith, period } from '../../src/schemas/common.js'
import { resolveOptions } from '../../src/schemas/options.js'

function jpStep(ctx: RuleContext, wageSen: number, p: string) {
  const cap = ctx.read(jpWageCap, p)
  const r = ctx.read(jpRateEmployer, p)
  const base = Math.min(wageSen, Number(cap.value) * 100)
  const { amount, rounding } = ctx.applyRate(base, rate(r.value))
  ctx.step({
    rule: 'test.jp',
    text: 'EXPLAIN_RESULT',
    inputs: { wage: wageSen / 100 },
    parameters: [cap, r],
    ...(rounding ? { rounding } : {}),
    value: amount,
  })
  return amount
}

describe('RuleContext and the trace', () => {
  it('records steps, parameters with spans, citations and rounding', () => {
    const { resolved } = resolveOptions({})
    const ctx = new RuleContext('test', '2024-03', resolved)
    expect(jpStep(ctx, 1_200_000_000, '2024-03')).toBe(200_846)
    const e = ctx.explanation()
    expect(e.format).toBe(TRACE_FORMAT)
    expect(e.locale).toBe('id')
    expect(e.steps[0]).toMatchObject({
      rule: 'test.jp',
      value: 200_846,
      rounding: { mode: 'half-up', exact: '200846', rounded: 200_846 },
    })
    expect(e.steps[0]?.parameters).toEqual([
      { id: 'jp.wageCap', value: '10042300', from: '2024-03-01', to: '2025-02-28' },
      { id: 'jp.rate.employer', value: '0.02', from: '2015-07-01' },
    ])
    expect(e.parameters.map((p) => p.id)).toEqual(['jp.wageCap', 'jp.rate.employer'])
    expect(e.legal.map((c) => c.text)).toContain('PP 45/2015 Pasal 29 ayat (2)–(4)')
    expect(JSON.parse(JSON.stringify(e))).toEqual(e)
    expect(ctx.warnings).toEqual([])
  })
  it('warns for low confidence, overrides and stale values', () => {
    const { resolved } = resolveOptions({ locale: 'en', parameters: { 'jp.rate.employer': '0.02' } })
    const ctx = new RuleContext('test', '2027-03', resolved)
    jpStep(ctx, 1_200_000_000, '2027-03')
    jpStep(ctx, 1_200_000_000, '2021-05')
    const codes = ctx.warnings.map((w) => w.code)
    expect(codes).toEqual(
      expect.arrayContaining([
        'DATE_AFTER_LAST_VERIFICATION',
        'PARAMETER_MAY_BE_OUTDATED',
        'PARAMETER_OVERRIDDEN',
        'LOW_CONFIDENCE_RULE',
      ]),
    )
    expect(ctx.warnings.find((w) => w.code === 'LOW_CONFIDENCE_RULE')?.parameterId).toBe('jp.wageCap')
  })
  it('renders text in Indonesian and English', () => {
    const { resolved } = resolveOptions({})
    const ctx = new RuleContext('test', '2024-03', resolved)
    jpStep(ctx, 1_200_000_000, '2024-03')
    const e = ctx.explanation()
    const idText = renderExplanation(e)
    expect(idText).toContain('Penjelasan perhitungan')
    expect(idText).toContain('jp.wageCap = 10042300 (berlaku sejak 2024-03-01 s.d. 2025-02-28)')
    expect(idText).toContain('Rp200.846')
    const enText = renderExplanation(e, { locale: 'en' })
    expect(enText).toContain('Explanation of the calculation')
    expect(enText).toContain('Legal basis')
  })
  it('skips the trace when explanations are off', () => {
    const { resolved } = resolveOptions({})
    const ctx = new RuleContext('test', '2024-03', resolved, false)
    expect(jpStep(ctx, 1_200_000_000, '2024-03')).toBe(200_846)
    expect(ctx.explanation().steps).toEqual([])
  })
  it('refuses parameters not in force', () => {
    const { resolved } = resolveOptions({})
    const ctx = new RuleContext('test', '2015-06', resolved)
    expect(() => ctx.read(jpWageCap, '2015-06')).toThrow(BpjsRuleError)
  })
})

describe('input validation', () => {
  const schema = z.strictObject({
    wage: moneySen,
    period,
    birthDate: z.optional(isoDate),
    n: z.optional(z.int()),
  })
  it('lists every problem with path, code and both languages', () => {
    try {
      parseWith(schema, { wage: -1, period: '2025-13', wages: 5, n: 1.5 }, 'en')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(BpjsValidationError)
      const v = e as BpjsValidationError
      expect(v.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
        expect.arrayContaining([
          ['wage', 'AMOUNT_NEGATIVE'],
          ['period', 'PERIOD_INVALID'],
          ['n', 'INTEGER_EXPECTED'],
          ['wages', 'UNKNOWN_KEY'],
        ]),
      )
      expect(v.message).toMatch(/^Invalid input \(4 problem/)
      expect(v.issues[0]?.messages.id).not.toBe(v.issues[0]?.messages.en)
    }
  })
  it('refuses prototype tricks and non-plain objects', () => {
    const polluted = JSON.parse('{"wage":5000000,"period":"2025-01","__proto__":{"x":1}}')
    expect(() => parseWith(schema, polluted, 'id')).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'FORBIDDEN_KEY' })] }),
    )
    const inherited = Object.create({ wage: 5000000 }) as object
    expect(() => parseWith(schema, Object.assign(inherited, { period: '2025-01' }), 'id')).toThrow(
      BpjsValidationError,
    )
    expect(() => parseWith(schema, new Map(), 'id')).toThrow(BpjsValidationError)
    expect(() => parseWith(schema, null, 'id')).toThrow(BpjsValidationError)
    expect(() => parseWith(schema, [1], 'id')).toThrow(BpjsValidationError)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
  it('parses valid input into exact values', () => {
    expect(
      parseWith(schema, { wage: '5000000.50', period: '2025-01', birthDate: new Date('1990-05-01') }, 'id'),
    ).toEqual({ wage: 500000050, period: '2025-01', birthDate: '1990-05-01' })
  })
  it('validates options', () => {
    expect(() => resolveOptions({ locale: 'fr' })).toThrow(BpjsValidationError)
    expect(() => resolveOptions({ parameters: { 'no.such': 1 } })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'UNKNOWN_PARAMETER', path: ['options', 'parameters', 'no.such'] }),
        ],
      }),
    )
    expect(() => resolveOptions({ parameters: { 'jp.wageCap': 'lots' } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'PARAMETER_OVERRIDE_INVALID' })] }),
    )
    expect(() => resolveOptions('en')).toThrow(BpjsValidationError)
    expect(resolveOptions(undefined).resolved).toMatchObject({ locale: 'id', rounding: 'half-up' })
  })
})
