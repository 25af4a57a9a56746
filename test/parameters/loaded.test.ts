/**
 * Override ids in a tree-shaken bundle (issue 17): a call's options compile the overrides of the parameters the
 * loaded modules define (src/parameters/loaded.ts) and check any other id against the list of every id
 * (src/parameters/ids.ts). In the whole library every parameter is loaded, so an override is compiled and
 * checked as before; in a bundle of `calculateContribution` alone, an override of a JKM benefit parameter is
 * accepted by id and, since nothing in the bundle reads it, changes nothing.
 */
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BpjsValidationError } from '../../src/errors.js'
import { calculateContribution } from '../../src/index.js'
import { jkmLumpSum } from '../../src/parameters/jkm.js'
import { PARAMETER_IDS } from '../../src/parameters/ids.js'
import { loadedParameter } from '../../src/parameters/loaded.js'
import { ALL_PARAMETERS } from '../../src/parameters/registry.js'

const PU = {
  category: 'PU',
  period: '2025-03',
  wage: 12_000_000,
  jkkRiskClass: 1,
  enterpriseSize: 'large',
} as const

function issuesOf(f: () => unknown): [string, string][] {
  try {
    f()
  } catch (e) {
    // a bundle has its own copy of the error classes: known by name
    if (!(e instanceof Error) || e.name !== BpjsValidationError.name) throw e
    return (e as BpjsValidationError).issues.map((i) => [i.path.join('.'), i.code])
  }
  throw new Error('expected a BpjsValidationError')
}

describe('the id list and the loaded parameters', () => {
  it('lists exactly the ids of ALL_PARAMETERS', () => {
    expect([...PARAMETER_IDS]).toEqual(ALL_PARAMETERS.map((p) => p.id).sort())
  })

  it('has every parameter of the whole library loaded, as the same object', () => {
    for (const p of ALL_PARAMETERS) expect(loadedParameter(p.id)).toBe(p)
    expect(loadedParameter('jp.wagecap')).toBeUndefined()
  })

  it('still compiles and checks every override in the whole library', () => {
    // jkm.lumpSum is not read by a contribution, yet its bad value is refused (its family is loaded)
    expect(
      issuesOf(() => calculateContribution(PU, { parameters: { 'jkm.lumpSum': 'x', 'jp.wagecap': '1' } })),
    ).toEqual([
      ['options.parameters.jkm.lumpSum', 'PARAMETER_OVERRIDE_INVALID'],
      ['options.parameters.jp.wagecap', 'UNKNOWN_PARAMETER'],
    ])
  })
})

describe('a bundle of calculateContribution alone', () => {
  type Calc = typeof calculateContribution
  let calc: Calc | undefined
  async function bundled(): Promise<Calc> {
    if (calc !== undefined) return calc
    const out = await build({
      stdin: {
        contents: `export { calculateContribution } from ${JSON.stringify(new URL('../../src/index.ts', import.meta.url).pathname)}`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    })
    const code = out.outputFiles[0]!.text
    // the JKM benefit family is not in the bundle: its parameters' descriptions are absent
    expect(code).toContain('jkm.lumpSum')
    expect(code).not.toContain(jkmLumpSum.description.en)
    const dir = mkdtempSync(join(tmpdir(), 'bpjs-loaded-'))
    const file = join(dir, 'bundle.mjs')
    writeFileSync(file, code)
    const mod = (await import(pathToFileURL(file).href)) as { calculateContribution: Calc }
    rmSync(dir, { recursive: true, force: true })
    calc = mod.calculateContribution
    return calc
  }

  it('does not carry the JKM benefit parameters, and takes an override of one by id', async () => {
    const c = await bundled()
    const plain = c(PU)
    const withJkm = c(PU, { parameters: { 'jkm.lumpSum': '1' } })
    expect(withJkm.totals).toEqual(plain.totals)
    expect(withJkm.lines).toEqual(plain.lines)
    // the same call in the whole library refuses nothing either, and gives the same lines
    expect(calculateContribution(PU, { parameters: { 'jkm.lumpSum': '1' } }).lines).toEqual(plain.lines)
  })

  it('refuses an unknown id and checks an override of a parameter it reads', async () => {
    const c = await bundled()
    expect(issuesOf(() => c(PU, { parameters: { 'jp.wagecap': '1' } }))).toEqual([
      ['options.parameters.jp.wagecap', 'UNKNOWN_PARAMETER'],
    ])
    expect(issuesOf(() => c(PU, { parameters: { 'jp.wageCap': 'x' } }))).toEqual([
      ['options.parameters.jp.wageCap', 'PARAMETER_OVERRIDE_INVALID'],
    ])
    expect(
      c(PU, { parameters: { 'jp.wageCap': '11000000' } }).lines.find((l) => l.program === 'JP')?.base,
    ).toBe(11_000_000)
  })
})
