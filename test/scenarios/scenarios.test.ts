/**
 * Runs every scenario fixture under test/scenarios/<area>/<category>/*.json (OpenFisca style).
 *
 * A fixture file holds one fixture or an array of them:
 *   { "name": "<legal sentence>", "function": "calculateContribution", "input": {…}, "options"?: {…},
 *     "output": {…partial match…} }
 * or, for inputs that must be refused:
 *   { …, "error": { "class": "BpjsValidationError" | "BpjsRuleError", "code"?: "…", "issues"?: [{ "path": […], "code": "…" }] } }
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'

interface Fixture {
  name: string
  function: string
  input: unknown
  options?: unknown
  output?: unknown
  error?: { class: string; code?: string; issues?: { path?: (string | number)[]; code: string }[] }
}

const root = new URL('.', import.meta.url).pathname

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : []
  })
}

const files = walk(root)

describe('scenario fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0)
  })
  for (const file of files) {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Fixture | Fixture[]
    const fixtures = Array.isArray(raw) ? raw : [raw]
    describe(relative(root, file), () => {
      for (const f of fixtures) {
        it(f.name, () => {
          const fn = (api as unknown as Record<string, (i: unknown, o?: unknown) => unknown>)[f.function]
          expect(fn, `unknown function ${f.function}`).toBeTypeOf('function')
          if (f.error !== undefined) {
            let thrown: unknown
            try {
              fn!(f.input, f.options)
            } catch (e) {
              thrown = e
            }
            expect(thrown, 'expected an error').toBeDefined()
            expect((thrown as Error).name).toBe(f.error.class)
            if (f.error.code !== undefined) {
              const codes =
                f.error.class === 'BpjsValidationError'
                  ? (thrown as api.BpjsValidationError).issues.map((i) => i.code)
                  : [(thrown as api.BpjsRuleError).code]
              expect(codes).toContain(f.error.code)
            }
            for (const want of f.error.issues ?? []) {
              expect((thrown as api.BpjsValidationError).issues).toEqual(
                expect.arrayContaining([expect.objectContaining(want)]),
              )
            }
            return
          }
          const result = fn!(f.input, f.options)
          expect(result).toMatchObject(f.output as object)
        })
      }
    })
  }
})
