/**
 * A field whose value the input's plain copy refuses (a typed array, a class instance: `INPUT_NOT_OBJECT`)
 * is a field given, and invalid: it is reported once, at its path, and no cross-field check reports it again
 * as missing (before the fix, `enterpriseSize: new Map()` was also `ENTERPRISE_SIZE_REQUIRED`, and a refused
 * wage of a JKK benefit also "missing"). Every valid scenario fixture, each of its fields in turn.
 */
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { BpjsValidationError } from '../../src/errors.js'
import { VALID_FIXTURES } from '../api/scenario-inputs.js'

const fixtures = VALID_FIXTURES.filter(
  (f) => typeof f.input === 'object' && f.input !== null && !Array.isArray(f.input),
)

// the one-pass asks the library makes on purpose whatever the refused value is: a BPU participant whose
// payer is not known yet is asked for the sector too (harmless for an APBD/APBN payer), and a programs list
// that may hold JKK asks for the risk class
const DELIBERATE = new Set([
  'payer→sector:BPU_SECTOR_REQUIRED',
  'programs→jkkRiskClass:JKK_RISK_CLASS_REQUIRED',
])

describe('a field whose value is refused by the plain copy', () => {
  const fns = api as unknown as Record<string, (input: unknown, options?: unknown) => unknown>
  it(`is reported once, at its path, and nowhere as missing (${fixtures.length} fixtures)`, () => {
    const problems: string[] = []
    let calls = 0
    for (const f of fixtures)
      for (const key of Object.keys(f.input as object)) {
        calls++
        const input = { ...(f.input as object), [key]: new Uint8Array(1) }
        let issues: readonly { path: readonly (string | number)[]; code: string }[] = []
        try {
          fns[f.function]?.(input, f.options)
          problems.push(`${f.function} "${f.name}": ${key} as a Uint8Array was accepted`)
          continue
        } catch (e) {
          if (!(e instanceof BpjsValidationError)) {
            problems.push(`${f.function} "${f.name}": ${key}: ${String(e)}`)
            continue
          }
          issues = e.issues
        }
        const at = issues.filter((i) => i.path[0] === key)
        if (at.length !== 1 || at[0]?.code !== 'INPUT_NOT_OBJECT' || at[0].path.length !== 1)
          problems.push(`${f.function} "${f.name}": ${key}: ${JSON.stringify(at)}`)
        for (const i of issues)
          if (i.path[0] !== key && !DELIBERATE.has(`${key}→${i.path.join('.')}:${i.code}`))
            problems.push(`${f.function} "${f.name}": ${key} refused, also ${i.path.join('.')}: ${i.code}`)
      }
    expect(calls).toBeGreaterThan(2500)
    expect(problems).toEqual([])
  })
})
