/**
 * A step whose value is an amount of money says so: `unit: 'rupiah'` when it has no rounding record (a step
 * with one is in rupiah already, D12), and `renderExplanation` then writes the value as the texts write every
 * amount (`Hasil: Rp10.000.000`, was `Hasil: 10000000`). Read from every scenario fixture, in both languages:
 * a step whose own text shows its value as rupiah must carry the unit, and a step with the unit must hold an
 * amount (or null: nothing is paid).
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { formatRupiah } from '../../src/money/format.js'
import type { Explanation, TraceStep } from '../../src/explain/types.js'
import { FIXTURES, type Fixture } from '../api/scenario-inputs.js'

const fixtures = FIXTURES as readonly (Fixture & { options?: Record<string, unknown> })[]
function explanations(v: unknown, out: Explanation[]): Explanation[] {
  if (typeof v !== 'object' || v === null) return out
  if ((v as { format?: unknown }).format === 'bpjs-tk.trace.v1') out.push(v as Explanation)
  else for (const x of Object.values(v)) explanations(x, out)
  return out
}
const fns = api as unknown as Record<string, (input: unknown, options?: unknown) => unknown>
/** Every step of every fixture in both languages, computed when a test asks (never at import time). */
function allSteps(): TraceStep[] {
  return fixtures.flatMap((f) =>
    (['id', 'en'] as const).flatMap((locale) => {
      try {
        return explanations(fns[f.function]?.(f.input, { ...f.options, locale }), []).flatMap((e) => e.steps)
      } catch {
        return []
      }
    }),
  )
}

describe('the unit of a step’s value', () => {
  it("is rupiah where the step's text shows its value as an amount (every fixture, both languages)", () => {
    const steps = allSteps()
    expect(steps.length).toBeGreaterThan(6000)
    const missing = new Set<string>()
    let money = 0
    for (const s of steps) {
      if (typeof s.value !== 'number' || s.rounding !== undefined || !Number.isSafeInteger(s.value)) continue
      const shown = `${s.description} ${s.formula ?? ''}`
      if (!shown.includes(formatRupiah(s.value))) continue
      money++
      if (s.unit !== 'rupiah') missing.add(`${s.rule}: ${s.description}`)
    }
    expect(money).toBeGreaterThan(1000)
    expect([...missing]).toEqual([])
  })
  it('is only ever rupiah, on an amount or null, and never beside a rounding record', () => {
    const steps = allSteps()
    const wrong = steps.filter(
      (s) =>
        s.unit !== undefined &&
        (s.unit !== 'rupiah' ||
          s.rounding !== undefined ||
          !(typeof s.value === 'number' || s.value === null)),
    )
    expect(wrong.map((s) => s.rule)).toEqual([])
    expect(steps.filter((s) => s.unit === 'rupiah').length).toBeGreaterThan(1000)
  })
  it('makes renderExplanation write the value in rupiah', () => {
    const r = api.calculateJkmBenefit({
      dateOfDeath: '2024-05-01',
      category: 'PU',
      membershipActive: true,
      membershipStart: '2020-01-01',
      cause: 'natural',
    })
    const text = api.renderExplanation(r.explanation)
    expect(text).toContain('  Hasil: Rp10.000.000')
    expect(text).not.toMatch(/Hasil: \d/)
  })
})
