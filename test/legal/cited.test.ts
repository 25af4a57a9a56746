/**
 * The legal registry split for small bundles (issue 17): each source and each decision's title is its own
 * constant, and a module names what it cites with `citeSources(...)` (src/legal/cited.ts), so that a bundle
 * describes the citations of the modules it keeps without the whole registry. This file checks that every
 * module names every source and decision it writes, that the constants are exactly the registry, and that the
 * public registry still describes every citation.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { citedDecision, citedSource } from '../../src/legal/cited.js'
import * as decisions from '../../src/legal/decisions.js'
import { describeCitation, DECISION_LIST, SOURCE_LIST } from '../../src/legal/index.js'
import * as sources from '../../src/legal/sources.js'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
const constName = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_')
const SOURCE_IDS = new Set(SOURCE_LIST.map((s) => s.id))

/** What a module writes: source ids in citations and in-force lookups, decision ids in decision citations. */
function written(code: string): { sources: Set<string>; decisions: Set<string> } {
  const text = code.replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')
  const out = { sources: new Set<string>(), decisions: new Set<string>() }
  for (const m of text.matchAll(/source: '([^']+)'/g)) if (SOURCE_IDS.has(m[1]!)) out.sources.add(m[1]!)
  for (const m of text.matchAll(
    /(?:inForceOf|dayBeforeInForce|monthOfInForce|dayBeforeMonthOfInForce)\('([^']+)'\)/g,
  ))
    out.sources.add(m[1]!)
  for (const m of text.matchAll(/source: 'DECISIONS', article: '([^']+)'/g)) out.decisions.add(m[1]!)
  // helpers such as `D('D18')` (src/parameters/eligibility.ts)
  for (const m of text.matchAll(/\bD\('([^']+)'\)/g)) out.decisions.add(m[1]!)
  return out
}

/** What a module names in its `citeSources(...)` call. */
function named(code: string): { sources: Set<string>; decisions: Set<string> } {
  const call = /citeSources\(([^)]*)\)/.exec(code)?.[1] ?? ''
  return {
    sources: new Set([...call.matchAll(/legalSources\.(\w+)/g)].map((m) => m[1]!)),
    decisions: new Set([...call.matchAll(/legalDecisions\.(\w+)/g)].map((m) => m[1]!)),
  }
}

describe('every module names what it cites', () => {
  const modules = files(SRC).filter((f) => !relative(SRC, f).startsWith('legal'))
  it('finds citing modules to check', () => {
    expect(modules.filter((f) => written(readFileSync(f, 'utf8')).sources.size > 0).length).toBeGreaterThan(
      40,
    )
  })
  for (const f of modules) {
    const code = readFileSync(f, 'utf8')
    const w = written(code)
    if (w.sources.size === 0 && w.decisions.size === 0) continue
    it(relative(SRC, f), () => {
      const n = named(code)
      expect([...w.sources].filter((id) => !n.sources.has(constName(id)))).toEqual([])
      expect([...w.decisions].filter((id) => !n.decisions.has(id))).toEqual([])
    })
  }
})

describe('the constants are the registry', () => {
  it('one exported constant per source, the same object as in SOURCE_LIST', () => {
    const consts = Object.entries(sources).filter(
      ([, v]) => typeof v === 'object' && v !== null && 'kind' in v && 'title' in v,
    )
    expect(consts.map(([k]) => k).sort()).toEqual(SOURCE_LIST.map((s) => constName(s.id)).sort())
    for (const [k, v] of consts) expect(SOURCE_LIST.find((s) => constName(s.id) === k)).toBe(v)
  })

  it("one exported title per decision, with the decision's id and question", () => {
    const titles = Object.entries(decisions).filter(
      ([, v]) => typeof v === 'object' && v !== null && 'question' in v && !('answer' in v),
    )
    expect(titles.map(([k]) => k).sort()).toEqual(DECISION_LIST.map((d) => d.id).sort())
    for (const [k, v] of titles) {
      const d = DECISION_LIST.find((x) => x.id === k)!
      expect(v).toEqual({ id: d.id, question: d.question })
    }
  })

  it('the public registry makes every source and decision known, and describes them', () => {
    for (const s of SOURCE_LIST) expect(citedSource(s.id)).toBe(s)
    for (const d of DECISION_LIST) expect(citedDecision(d.id)?.question).toEqual(d.question)
    expect(describeCitation({ source: 'PP-44-2015', article: 'Pasal 16' }, 'en')).toEqual({
      text: 'PP 44/2015 Pasal 16',
      title: 'Work Accident (JKK) and Death (JKM) Programs',
      url: 'https://peraturan.bpk.go.id/Details/5612/pp-no-44-tahun-2015',
    })
    expect(describeCitation({ source: 'DECISIONS', article: 'D12' }, 'en')).toEqual({
      text: 'Library decision D12',
      title: DECISION_LIST.find((d) => d.id === 'D12')!.question.en,
      url: 'docs/guides/decisions.md#d12',
    })
    expect(citedSource('PP-99-2099')).toBeUndefined()
  })
})
