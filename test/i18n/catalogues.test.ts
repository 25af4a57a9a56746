import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { enCatalogue, idCatalogue } from '../../src/i18n/catalogues.js'
import { bilingual, message } from '../../src/i18n/format.js'
import { en } from '../../src/i18n/en.js'
import { id } from '../../src/i18n/id.js'

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('message catalogues', () => {
  it('have the same codes in Indonesian and English', () => {
    expect(Object.keys(idCatalogue).sort()).toEqual(Object.keys(enCatalogue).sort())
    expect(id).toBe(idCatalogue)
    expect(en).toBe(enCatalogue)
  })
  it('use the same placeholders in both languages', () => {
    for (const code of Object.keys(idCatalogue))
      expect(placeholders(idCatalogue[code] ?? ''), code).toEqual(placeholders(enCatalogue[code] ?? ''))
  })
  it('differ between languages (a message was translated)', () => {
    const same = Object.keys(idCatalogue).filter(
      (c) => idCatalogue[c] === enCatalogue[c] && /[a-z]{4}/i.test(idCatalogue[c] ?? ''),
    )
    expect(same).toEqual([])
  })
  it('cover every message code used in src/', () => {
    const root = new URL('../../src', import.meta.url).pathname
    const files: string[] = []
    const walk = (d: string) =>
      readdirSync(d).forEach((f) =>
        statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.ts') && files.push(join(d, f)),
      )
    walk(root)
    const used = new Set<string>()
    const patterns = [
      /(?:makeIssue|BpjsRuleError)\([^'"`]*?['"]([A-Z][A-Z0-9_]{3,})['"]/g,
      /\b(?:text|formula|code):\s*['"]([A-Z][A-Z0-9_]{3,})['"]/g,
      /\bwarn\(\s*['"]([A-Z][A-Z0-9_]{3,})['"]/g,
    ]
    for (const f of files) {
      if (f.includes('/i18n/')) continue
      const src = readFileSync(f, 'utf8')
      for (const re of patterns) for (const m of src.matchAll(re)) used.add(m[1] as string)
    }
    const missing = [...used].filter((c) => idCatalogue[c] === undefined)
    expect(missing).toEqual([])
  })
  it('render parameters and keep unknown placeholders visible', () => {
    expect(message('TOO_SMALL', { minimum: 3 }, 'en')).toBe('Too small: at least 3.')
    expect(message('TOO_SMALL', {}, 'en')).toBe('Too small: at least {minimum}.')
    expect(bilingual('AMOUNT_NEGATIVE')).toEqual({
      id: 'Jumlah uang tidak boleh negatif.',
      en: 'An amount cannot be negative.',
    })
    expect(message('NO_SUCH_CODE')).toBe('NO_SUCH_CODE')
  })
})
