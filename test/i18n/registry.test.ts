/**
 * The messages the library renders come from the areas each module names with `useMessages(...)`
 * (src/i18n/registry.ts), so that a bundle keeps only the areas of the modules it keeps. Every module of src/
 * that writes a message code must name an area holding it; the always-present codes (`coreBaseMessages`)
 * excepted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import '../../src/index.js'
import { idCatalogue } from '../../src/i18n/catalogues.js'
import { enCatalogue } from '../../src/i18n/en/index.js'
import { message } from '../../src/i18n/format.js'
import { coreBaseMessages } from '../../src/i18n/messages/core-input.js'
import { coreBaseMessagesEn } from '../../src/i18n/en/core-input.js'
import { bilingualText, fillTemplate, templateOf, textOf } from '../../src/i18n/registry.js'
import type { MessageArea } from '../../src/i18n/types.js'

function walk(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n)
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** Every exported message area of src/i18n/messages, by export name. */
const exported = new Map<string, MessageArea>()
for (const f of walk('src/i18n/messages')) {
  const mod = (await import(`../../${f.replace(/\.ts$/, '.js')}`)) as Record<string, MessageArea>
  for (const [name, area] of Object.entries(mod)) exported.set(name, area)
}

/** The code of a source file without its comments. */
const withoutComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1')

const allCodes = Object.keys(idCatalogue)
const isBase = (code: string) => Object.prototype.hasOwnProperty.call(coreBaseMessages.id, code)

describe('message registry', () => {
  it('every module naming a message code adds an area that holds it (useMessages)', () => {
    const problems: string[] = []
    for (const file of walk('src')) {
      if (file.includes('/i18n/')) continue
      const code = withoutComments(readFileSync(file, 'utf8'))
      const added = new Set<string>()
      for (const call of code.matchAll(/^useMessages\(([^)]*)\)/gm))
        for (const name of call[1]!.split(',')) {
          const area = exported.get(name.trim())
          if (area === undefined) problems.push(`${file}: useMessages of an unknown area ${name.trim()}`)
          else for (const c of Object.keys(area.id)) added.add(c)
        }
      const needed = new Set<string>()
      for (const m of code.matchAll(/['"`]([A-Z][A-Z0-9_]{3,})['"`]/g))
        if (idCatalogue[m[1]!] !== undefined) needed.add(m[1]!)
      // a code built from a prefix (`ELIG_STATUS_${s}`) may be any code of that prefix
      for (const m of code.matchAll(/`([A-Z][A-Z0-9_]*_)\$\{/g))
        for (const c of allCodes) if (c.startsWith(m[1]!)) needed.add(c)
      for (const c of needed) if (!isBase(c) && !added.has(c)) problems.push(`${file}: ${c}`)
    }
    expect(problems).toEqual([])
  })

  it('renders, with every module loaded, exactly what message() renders from the full catalogues', () => {
    const params = { value: 'x', count: 2, first: 'f', maximum: 9 }
    for (const code of allCodes) {
      expect(templateOf(code, 'id'), code).toBe(idCatalogue[code])
      expect(templateOf(code, 'en'), code).toBe(enCatalogue[code])
      expect(bilingualText(code, params), code).toEqual({
        id: message(code, params, 'id'),
        en: message(code, params, 'en'),
      })
    }
    expect(textOf('NO_SUCH_CODE')).toBe('NO_SUCH_CODE')
    expect(templateOf('__proto__', 'id')).toBeUndefined()
    expect(fillTemplate('a {x} {y}', { x: 1 })).toBe('a 1 {y}')
  })

  it('keeps the always-present codes in both languages with the same placeholders', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort()
    const id: Readonly<Record<string, string>> = coreBaseMessages.id
    const en: Readonly<Record<string, string>> = coreBaseMessagesEn
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
    for (const c of Object.keys(id)) expect(names(en[c]!), c).toEqual(names(id[c]!))
  })
})
