/**
 * Mutation-killing checks of what results say besides their amounts (written after the first Stryker run,
 * where most surviving mutants emptied an explanation's inputs, citations or parameters, or a reason's
 * legal basis or path, without changing a number). Each check is a rule of the API contract or of the
 * architecture, not a copy of the code's output:
 *
 * - a contribution line is explained by a step that states its exact product `base × rate` (D12: the line
 *   is rounded once), the base among its inputs and the law it applies (its parameters and citations);
 * - every rounded contribution step cites decisions D12 (rounding), or D8 for the part recomposed to JKP;
 * - every step names its inputs or the parameters it applies; a reason that supports or blocks a benefit cites its legal basis; a reason
 *   about a field names a path into the input; `incomplete` lists the missing facts, and only then.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fnOf, type AnyFn } from '../harness.js'
import { SEEDS } from '../fuzz/seeds.js'
import { contributionInput, options } from '../properties/arbitraries.js'
import { dec, mul, add, text, type Dec } from '../properties/oracle.js'
import { PROPERTY_SEED } from '../properties/settings.js'

interface Step {
  rule: string
  inputs: Record<string, unknown>
  parameters: { id: string; value: unknown }[]
  legal: { source: string; article?: string }[]
  rounding?: { exact: string; rounded: number }
  value: unknown
}
interface Line {
  program: string
  payer: string
  base?: number
  rate?: string
  amount: number
  gross?: number
  deferred?: number
  months?: number
  perMonth?: number
  tiers?: { base: number; rate: string }[]
}

const calc = fnOf('calculateContribution')

function contributionContentProblems(r: {
  category: string
  lines: Line[]
  explanation: { steps: Step[] }
}): string[] {
  const out: string[] = []
  const steps = r.explanation.steps
  for (const s of steps) {
    if (Object.keys(s.inputs).length === 0) out.push(`step ${s.rule} names no input`)
    if (s.legal.length === 0) out.push(`step ${s.rule} cites nothing`)
    if (s.rounding !== undefined) {
      if (s.parameters.length === 0) out.push(`rounded step ${s.rule} names no parameter`)
      const cites = (a: string) => s.legal.some((c) => c.source === 'DECISIONS' && c.article === a)
      if (!(cites('D12') || (/toJkp$/.test(s.rule) && cites('D8'))))
        out.push(`rounded step ${s.rule} cites neither D12 nor D8`)
    }
    if (/\.[A-Z]{2,}(\.|$)/.test(s.rule)) out.push(`rule id ${s.rule} has an upper-case segment`)
  }
  const inputsHave = (s: Step, v: number) => Object.values(s.inputs).some((x) => x === v)
  for (const l of r.lines) {
    const at = `${l.program}/${l.payer}`
    if (l.tiers !== undefined) {
      const exact = text(
        l.tiers.reduce<Dec>((a, t) => add(a, mul(dec(t.base), dec(t.rate))), { n: 0n, scale: 0 }),
      )
      const s = steps.find((x) => x.value === l.amount && x.rounding?.exact === exact)
      if (s === undefined) out.push(`${at}: no step states Σ tier base × rate = ${exact}`)
      else if (!inputsHave(s, l.base!))
        out.push(`${at}: the tier step does not name the contract value ${l.base}`)
      continue
    }
    if (l.months !== undefined && l.perMonth !== undefined) {
      if (r.category === 'BPU') {
        const s = steps.find(
          (x) => x.value === l.amount && inputsHave(x, l.perMonth!) && inputsHave(x, l.months!),
        )
        if (s === undefined && l.months > 1)
          out.push(`${at}: no step states ${l.perMonth} × ${l.months} = ${l.amount}`)
      }
      continue
    }
    if (l.base === undefined || l.rate === undefined) continue
    const exact = text(mul(dec(l.base), dec(l.rate)))
    if (l.deferred !== undefined) {
      const s = steps.find((x) => x.value === l.amount && x.rounding !== undefined)
      if (s === undefined || !inputsHave(s, l.base))
        out.push(`${at}: no step states the paid part ${l.amount} from the base ${l.base}`)
      continue
    }
    const value = l.gross ?? l.amount
    const s = steps.find((x) => x.value === value && x.rounding?.exact === exact)
    if (s === undefined) out.push(`${at}: no step states ${l.base} × ${l.rate} = ${exact} → ${value}`)
    else if (!inputsHave(s, l.base)) out.push(`${at}: step ${s.rule} does not name the base ${l.base}`)
  }
  return out
}

interface Reason {
  code: string
  kind?: string
  legal: { source: string }[]
  path?: (string | number)[]
}

/** Reasons anywhere in a benefit result (top level, scholarship, children). */
function reasonsOf(v: unknown, out: Reason[] = []): Reason[] {
  if (v === null || typeof v !== 'object') return out
  const o = v as Record<string, unknown>
  if (Array.isArray(o['reasons'])) out.push(...(o['reasons'] as Reason[]))
  for (const [k, x] of Object.entries(o)) if (k !== 'explanation' && k !== 'reasons') reasonsOf(x, out)
  return out
}

function benefitContentProblems(r: {
  status: string
  missing: string[]
  explanation: { steps: Step[] }
}): string[] {
  const out: string[] = []
  for (const x of reasonsOf(r)) {
    // BENEFIT_NOT_PAYABLE sums up the reasons before it, which carry the citations
    if (
      (x.kind === 'met' || x.kind === 'not-met') &&
      x.legal.length === 0 &&
      x.code !== 'BENEFIT_NOT_PAYABLE'
    )
      out.push(`reason ${x.code} (${x.kind}) cites nothing`)
    if (x.path !== undefined && (x.path.length === 0 || x.path.some((p) => p === '')))
      out.push(`reason ${x.code} has an empty path ${JSON.stringify(x.path)}`)
  }
  const missingReasons = reasonsOf(r).filter((x) => x.kind === 'missing')
  if (r.status === 'incomplete') {
    if (r.missing.length === 0) out.push('incomplete without missing facts')
    for (const m of r.missing) if (m === '') out.push('an empty missing path')
    if (missingReasons.length === 0) out.push('incomplete without a reason of kind missing')
  } else if (r.missing.length > 0) out.push(`status ${r.status} with missing facts ${r.missing.join(', ')}`)
  // a step's value comes from the caller's facts (inputs) or from the law (parameters), never from nothing
  for (const s of r.explanation.steps)
    if (
      Object.keys(s.inputs).length === 0 &&
      s.parameters.length === 0 &&
      s.value !== 0 &&
      !/\.total$/.test(s.rule)
    )
      out.push(`step ${s.rule} names neither an input nor a parameter`)
  return out
}

describe.skipIf(calc === undefined)('contribution explanations state every line', () => {
  it('for generated inputs of every category and month', () => {
    fc.assert(
      fc.property(contributionInput, options, (input, opts) => {
        expect(contributionContentProblems((calc as AnyFn)(input, opts) as never)).toEqual([])
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    )
  })
  it('for the seeds', () => {
    for (const s of SEEDS['calculateContribution'] ?? [])
      expect(contributionContentProblems((calc as AnyFn)(s) as never)).toEqual([])
  })
})

describe('benefit reasons and explanations', () => {
  for (const name of ['calculateJkmBenefit', 'calculateJkkDeathBenefit'] as const) {
    const fn = fnOf(name)
    it.skipIf(fn === undefined)(
      `${name}: reasons cite the law and name paths; incomplete lists the missing facts`,
      () => {
        const seeds = SEEDS[name] ?? []
        const variants = seeds.flatMap((s) => {
          const o = s as Record<string, unknown>
          const { cause: _c, ...noCause } = o
          const { membershipActive: _m, paidThrough: _p, ...noStatus } = o
          return [
            o,
            noCause,
            noStatus,
            { ...o, cause: o['cause'] === 'natural' ? 'work-accident' : 'natural' },
            { ...o, membershipActive: false },
          ]
        })
        let checked = 0
        for (const v of variants) {
          let r: unknown
          try {
            r = (fn as AnyFn)(v)
          } catch {
            continue
          }
          checked++
          expect(benefitContentProblems(r as never), JSON.stringify(v)).toEqual([])
        }
        expect(checked).toBeGreaterThan(4)
      },
    )
  }
})
