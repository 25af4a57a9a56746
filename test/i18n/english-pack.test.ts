/**
 * English as a pack (issue 17): Indonesian is built in; English comes with `import
 * 'bpjs-ketenagakerjaan/locales/en'` (src/i18n/en.ts), which the Node and CommonJS builds load themselves
 * (src/node.ts). The test setup loads the pack for every other test, so this file bundles the library's
 * source with esbuild, once without the pack and once with it, as a browser app would, and runs each bundle.
 */
import { build } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { idCatalogue } from '../../src/i18n/catalogues.js'
// @ts-expect-error a build script in plain JavaScript, without declarations
import { conformanceDataSet } from '../../scripts/conformance-data.mjs'

type Lib = typeof import('../../src/index.js')

const src = (p: string) => JSON.stringify(new URL(`../../src/${p}`, import.meta.url).pathname)

const PU = {
  category: 'PU',
  period: '2025-03',
  wage: 12_000_000,
  jkkRiskClass: 1,
  enterpriseSize: 'large',
} as const

const bundles = new Map<string, { lib: Lib; code: string }>()

/** The library bundled for the browser, with the English pack imported first when `withPack`. */
async function bundled(withPack: boolean): Promise<{ lib: Lib; code: string }> {
  const key = String(withPack)
  const hit = bundles.get(key)
  if (hit !== undefined) return hit
  const out = await build({
    stdin: {
      contents: `${withPack ? `import ${src('i18n/en.ts')}\n` : ''}export * from ${src('index.ts')}`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  })
  const code = out.outputFiles[0]!.text
  const dir = mkdtempSync(join(tmpdir(), 'bpjs-english-pack-'))
  const file = join(dir, 'bundle.mjs')
  writeFileSync(file, code)
  const lib = (await import(pathToFileURL(file).href)) as Lib
  rmSync(dir, { recursive: true, force: true })
  const b = { lib, code }
  bundles.set(key, b)
  return b
}

/** The error a call throws, as plain data (a bundle has its own copy of the error classes). */
function thrown(f: () => unknown): Error & Record<string, unknown> {
  try {
    f()
  } catch (e) {
    if (e instanceof Error) return e as Error & Record<string, unknown>
    throw e
  }
  throw new Error('expected an error')
}

const NOT_LOADED_ID = idCatalogue
  .LOCALE_NOT_LOADED!.replaceAll('{locale}', 'en')
  .replaceAll('{pack}', 'bpjs-ketenagakerjaan/locales/en')

describe('a browser bundle without the English pack', () => {
  it('carries no English message text', async () => {
    const { code } = await bundled(false)
    expect(code).toContain(idCatalogue.AMOUNT_NEGATIVE)
    expect(code).toContain(idCatalogue.JKK_RISK_CLASS_REQUIRED)
    for (const c of [
      'AMOUNT_NEGATIVE',
      'JKK_RISK_CLASS_REQUIRED',
      'EXPLAIN_TITLE',
      'CONTRIB_STEP_PROGRAMS',
    ]) {
      expect(enCatalogue[c], c).toBeDefined()
      expect(code, c).not.toContain(enCatalogue[c]!.split('{')[0])
    }
  })

  it('computes in Indonesian, and its errors carry the Indonesian text only', async () => {
    const { lib } = await bundled(false)
    const r = lib.calculateContribution(PU)
    expect(r.explanation.locale).toBe('id')
    expect(r.explanation.steps[0]?.description).toMatch(/^Program yang dihitung/)
    const e = thrown(() => lib.calculateContribution({ ...PU, wage: -1 }))
    expect(e.name).toBe('BpjsValidationError')
    const issue = (e.issues as readonly { code: string; messages: object }[])[0]!
    expect(issue.code).toBe('AMOUNT_NEGATIVE')
    expect(issue.messages).toEqual({ id: idCatalogue.AMOUNT_NEGATIVE })
    expect(Object.keys(e.messages as object)).toEqual(['id'])
  })

  it("refuses locale: 'en' in options with LOCALE_NOT_LOADED, computing nothing", async () => {
    const { lib } = await bundled(false)
    const e = thrown(() => lib.calculateContribution(PU, { locale: 'en' }))
    expect(e.name).toBe('BpjsValidationError')
    const issues = e.issues as readonly { path: readonly string[]; code: string; message: string }[]
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['options.locale', 'LOCALE_NOT_LOADED']])
    expect(issues[0]!.message).toBe(NOT_LOADED_ID)
    expect(e.locale).toBe('id')
    // with another problem in the same call, both are reported, in Indonesian
    const both = thrown(() => lib.checkEligibility({ category: 'PU' } as never, { locale: 'en' }))
    const codes = (both.issues as readonly { code: string }[]).map((i) => i.code)
    expect(codes).toContain('LOCALE_NOT_LOADED')
    expect(codes.length).toBeGreaterThan(1)
  })

  it("refuses locale: 'en' in every function of the conformance scenarios", async () => {
    const { lib } = await bundled(false)
    const { scenarios } = conformanceDataSet(new URL('../scenarios', import.meta.url).pathname, '0') as {
      scenarios: { name: string; function: string; input: unknown; options?: Record<string, unknown> }[]
    }
    const fns = new Set<string>()
    for (const s of scenarios) {
      if (s.options?.locale === 'en') continue
      const fn = (lib as unknown as Record<string, (i: unknown, o?: unknown) => unknown>)[s.function]!
      fns.add(s.function)
      const e = thrown(() => fn(s.input, { ...s.options, locale: 'en' }))
      const codes = Array.isArray(e.issues) ? (e.issues as { code: string }[]).map((i) => i.code) : [e.code]
      expect(codes, s.name).toContain('LOCALE_NOT_LOADED')
    }
    expect(fns.size).toBeGreaterThanOrEqual(10)
  })

  it('refuses English in message(), renderExplanation() and withLocale()', async () => {
    const { lib } = await bundled(false)
    const m = thrown(() => lib.message('REQUIRED', {}, 'en'))
    expect([m.name, m.code, m.message]).toEqual(['BpjsRuleError', 'LOCALE_NOT_LOADED', NOT_LOADED_ID])
    expect(lib.message('REQUIRED')).toBe(idCatalogue.REQUIRED)

    const r = lib.calculateContribution(PU)
    const viaOption = thrown(() => lib.renderExplanation(r.explanation, { locale: 'en' }))
    expect(
      (viaOption.issues as { path: string[]; code: string }[]).map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['options.locale', 'LOCALE_NOT_LOADED']])
    // an explanation written in English elsewhere (a stored JSON) cannot be rendered here either
    const viaTrace = thrown(() => lib.renderExplanation({ ...r.explanation, locale: 'en' }))
    expect(
      (viaTrace.issues as { path: string[]; code: string }[]).map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['locale', 'LOCALE_NOT_LOADED']])
    expect(lib.renderExplanation(r.explanation)).toMatch(/^Penjelasan/)

    const rule = thrown(() => lib.calculateContribution({ ...PU, period: '2015-06' }))
    expect(rule.name).toBe('BpjsRuleError')
    const again = thrown(() => (rule as unknown as { withLocale(l: 'en'): unknown }).withLocale('en'))
    expect(again.code).toBe('LOCALE_NOT_LOADED')
  })
})

describe('a browser bundle with the English pack', () => {
  it('carries the English texts and renders them', async () => {
    const { lib, code } = await bundled(true)
    expect(code).toContain(enCatalogue.AMOUNT_NEGATIVE)
    const r = lib.calculateContribution(PU, { locale: 'en' })
    expect(r.explanation.locale).toBe('en')
    expect(r.explanation.steps[0]?.description).toMatch(/^Programs priced/)
    const e = thrown(() => lib.calculateContribution({ ...PU, wage: -1 }, { locale: 'en' }))
    expect(e.message).toContain(enCatalogue.AMOUNT_NEGATIVE)
    expect(e.messages).toEqual({
      id: expect.stringContaining(idCatalogue.AMOUNT_NEGATIVE!),
      en: expect.stringContaining(enCatalogue.AMOUNT_NEGATIVE!),
    })
    expect(lib.message('REQUIRED', {}, 'en')).toBe(enCatalogue.REQUIRED)
    expect(lib.renderExplanation(r.explanation)).toMatch(/^Explanation/)
  })

  it('gives the same results as the library in Node, where the pack is loaded already', async () => {
    const { lib } = await bundled(true)
    const { calculateContribution } = await import('../../src/index.js')
    expect(JSON.parse(JSON.stringify(lib.calculateContribution(PU, { locale: 'en' })))).toEqual(
      JSON.parse(JSON.stringify(calculateContribution(PU, { locale: 'en' }))),
    )
  })
})
