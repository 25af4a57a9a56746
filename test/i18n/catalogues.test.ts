import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { idCatalogue, MESSAGE_AREAS, mergeCatalogues } from '../../src/i18n/catalogues.js'
import { EN_AREAS, enCatalogue } from '../../src/i18n/en/index.js'
import { message } from '../../src/i18n/format.js'
import { en } from '../../src/i18n/en.js'
import { id } from '../../src/i18n/id.js'

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort()

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
    expect(message('AMOUNT_NEGATIVE', {}, 'id')).toBe('Jumlah uang tidak boleh negatif.')
    expect(message('AMOUNT_NEGATIVE', {}, 'en')).toBe('An amount cannot be negative.')
    expect(message('NO_SUCH_CODE')).toBe('NO_SUCH_CODE')
  })
})

describe('message areas', () => {
  const areas = Object.entries(MESSAGE_AREAS).map(
    ([name, a]) => [name, { id: a.id, en: EN_AREAS[name] ?? {} }] as const,
  )
  it('are the areas of the library, each with the same codes in both languages', () => {
    expect(areas.map(([name]) => name).sort()).toEqual([
      'arrears',
      'benefits',
      'contributions',
      'core',
      'eligibility',
      'jht',
      'jkkBenefit',
      'jkpBenefit',
      'jpBenefit',
      'plan',
      'roster',
    ])
    expect(Object.keys(EN_AREAS).sort()).toEqual(Object.keys(MESSAGE_AREAS).sort())
    for (const [name, a] of areas) expect(Object.keys(a.en).sort(), name).toEqual(Object.keys(a.id).sort())
  })
  it('never define the same code twice (a merge would silently keep one text)', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [name, a] of areas)
      for (const code of new Set([...Object.keys(a.id), ...Object.keys(a.en)])) {
        const first = seen.get(code)
        if (first !== undefined) twice.push(`${code}: ${first} and ${name}`)
        else seen.set(code, name)
      }
    expect(twice).toEqual([])
    // the merged catalogue has exactly the codes of the areas put together
    expect(Object.keys(idCatalogue).length).toBe(seen.size)
  })
  it('refuse to merge when two areas define the same code, naming the code and both areas', () => {
    const a = { id: { SAME_CODE: 'satu', A_ONLY: 'a' }, en: { SAME_CODE: 'one', A_ONLY: 'a' } }
    const b = { id: { SAME_CODE: 'dua' }, en: { SAME_CODE: 'two' } }
    expect(() => mergeCatalogues({ first: a.id, second: b.id })).toThrow(
      'Message code SAME_CODE is defined in two areas: first and second.',
    )
    expect(() => mergeCatalogues({ first: a.en, second: b.en })).toThrow(/SAME_CODE/)
    expect(mergeCatalogues({ first: a.en })).toEqual({ SAME_CODE: 'one', A_ONLY: 'a' })
    expect(Object.isFrozen(mergeCatalogues({ first: a.id }))).toBe(true)
  })
  it('keep a code shared by two areas in the area that defines it: the JKM reasons of eligibility are the benefit codes', () => {
    const replaced: [string, string][] = [
      ['ELIG_WORK_ACCIDENT_USE_JKK', 'WORK_ACCIDENT_USE_JKK'],
      ['ELIG_JKM_CAUSE_OK', 'CAUSE_NOT_WORK_RELATED'],
      ['ELIG_JKM_ACTIVE', 'MEMBERSHIP_ACTIVE'],
      ['ELIG_JKM_INACTIVE', 'MEMBERSHIP_NOT_ACTIVE'],
      ['ELIG_JKM_BPU_PAID', 'EVENT_MONTH_PAID'],
      ['ELIG_JKM_BPU_NOT_PAID', 'EVENT_MONTH_NOT_PAID'],
    ]
    for (const [old, code] of replaced) {
      expect(MESSAGE_AREAS['benefits']?.id[code], code).toBeDefined()
      expect(MESSAGE_AREAS['eligibility']?.id[code], code).toBeUndefined()
      expect(idCatalogue[old], old).toBeUndefined()
    }
  })
})
