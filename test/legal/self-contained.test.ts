/**
 * Decision D25: the package is self-contained. Every decision the library follows ships in the legal
 * registry, every citation of a decision resolves to it, and nothing shipped (source code, parameter notes,
 * messages, explanations) points to a file that does not ship or names a blog or dataset instead of a
 * registry source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import {
  DECISION_LIST,
  describeCitation,
  formatCitation,
  getDecision,
  getSource,
} from '../../src/legal/index.js'
import { renderExplanation } from '../../src/explain/render.js'
import { ALL_PARAMETERS, getParameter } from '../../src/parameters/registry.js'

/**
 * Names that must not appear in anything shipped: the project's research notes (not in the package) and
 * the blogs, press sites and datasets they quote (a note cites a registry source instead).
 */
const FORBIDDEN = [
  'regulations.md',
  'decisions.md ',
  'decisions.md D',
  'shared/',
  'benefits-short-term',
  'benefits-old-age',
  '123dok',
  'kompasiana',
  'kabardewata',
  'sagafx',
  'bloghrd',
  'radarmukomuko',
  'rizkynindra',
  'dataset',
  'alkhairaat',
  'bongkar86',
  'bursakota',
  'jamsosindonesia',
  'hukumonline',
  'okezone',
  'bisnis.com',
  'nextren',
  'bloombergtechnoz',
  'palpos',
  'impor.wush',
  'izulwahidin',
  'jasabayar',
  'kliping',
  'ceklissatu',
  'detik',
  'liputan6',
  'gridstar',
  'radarjogja',
  'pikiran-rakyat',
  'antaranews',
  'idxchannel',
  'kontan',
  'infobpjs',
  'beritau',
  'cinews',
  'tribun',
  'finansialinsight',
  'liputanfinansial',
  'babeindonesia',
  'redaksibengkulu',
  'kawanhukum',
  'wikisource',
  'petisibrawijaya',
  'duta.co',
  'deras.co',
  'republika',
  'indorayanews',
]

/** The forbidden names in a text, case-insensitive. */
function forbiddenIn(text: string): string[] {
  const lower = text.toLowerCase()
  return FORBIDDEN.filter((f) => lower.includes(f.toLowerCase()))
}

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : []
  })
}

const root = new URL('../..', import.meta.url).pathname

describe('the decisions registry (D25)', () => {
  it('holds D1–D27 and the library’s own choices, each complete in both languages', () => {
    const ids = DECISION_LIST.map((d) => d.id)
    for (let n = 1; n <= 27; n++) expect(ids).toContain(`D${n}`)
    // the library's own choices named by D25: the PP 49/2020 relief default, the PMI package choice and the
    // donor-payer reading of PP 50/2025
    for (const id of ['L1', 'L2', 'L3']) expect(ids).toContain(id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const d of DECISION_LIST) {
      for (const t of [d.question, d.answer, d.reason]) {
        expect(t.id.length, `${d.id} id`).toBeGreaterThan(10)
        expect(t.en.length, `${d.id} en`).toBeGreaterThan(10)
        expect(t.id, `${d.id}: the Indonesian text differs from the English one`).not.toBe(t.en)
      }
      expect(['high', 'medium', 'low', 'design']).toContain(d.confidence)
      if (d.confidence !== 'design') expect(d.sources.length, `${d.id} rests on a source`).toBeGreaterThan(0)
      for (const s of d.sources) {
        expect(getSource(s.source), `${d.id}: ${s.source}`).toBeDefined()
        expect(s.source, `${d.id} cites a regulation, not another decision`).not.toBe('DECISIONS')
      }
      for (const p of d.parameters ?? []) expect(getParameter(p), `${d.id}: parameter ${p}`).toBeDefined()
    }
  })

  it('every citation of a decision in the data names a decision that exists', () => {
    for (const p of ALL_PARAMETERS)
      for (const v of p.values)
        for (const c of v.legal)
          if (c.source === 'DECISIONS') {
            expect(c.article, `${p.id}@${v.from}: a decision citation names its decision`).toBeDefined()
            expect(getDecision(c.article!), `${p.id}@${v.from}: ${c.article}`).toBeDefined()
          }
  })

  it('a citation of a decision reads as one and links to its anchor in the docs', () => {
    expect(formatCitation({ source: 'DECISIONS', article: 'D12' })).toBe('Keputusan pustaka D12')
    expect(formatCitation({ source: 'DECISIONS', article: 'D12' }, 'en')).toBe('Library decision D12')
    const d = describeCitation({ source: 'DECISIONS', article: 'D24' }, 'en')
    expect(d.url).toBe('docs/guides/decisions.md#d24')
    expect(d.title).toBe(getDecision('D24')!.question.en)
  })

  it('every decision cited in source code exists', () => {
    const cited = new Set<string>()
    for (const f of walk(join(root, 'src'), '.ts')) {
      const text = readFileSync(f, 'utf8')
      for (const m of text.matchAll(/source: 'DECISIONS', article: '([A-Z]\d+)'/g)) cited.add(m[1]!)
    }
    expect(cited.size).toBeGreaterThan(10)
    for (const id of cited) expect(getDecision(id), id).toBeDefined()
  })
})

describe('nothing shipped points outside the package (D25)', () => {
  it('no source file under src/ names the research notes, a blog or a dataset (URLs of registry sources aside)', () => {
    const found: string[] = []
    for (const f of walk(join(root, 'src'), '.ts')) {
      const lines = readFileSync(f, 'utf8').split('\n')
      lines.forEach((line, i) => {
        if (/^\s*url: '/.test(line)) return // where a registry source is published
        for (const bad of forbiddenIn(line)) found.push(`${relative(root, f)}:${i + 1}: ${bad}`)
      })
    }
    expect(found).toEqual([])
  })

  it('no parameter note or source note names them', () => {
    const found: string[] = []
    for (const p of ALL_PARAMETERS)
      for (const v of p.values)
        for (const bad of forbiddenIn(`${v.note ?? ''} ${v.checked ?? ''} ${v.noArticle ?? ''}`))
          found.push(`${p.id}@${v.from}: ${bad}`)
    expect(found).toEqual([])
  })

  it('no explanation of any scenario names them, and its decision citations link to the docs', () => {
    interface Fixture {
      function: string
      input: unknown
      options?: Record<string, unknown>
      error?: unknown
    }
    const dir = join(root, 'test/scenarios')
    let explained = 0
    let decisionCitations = 0
    const found: string[] = []
    for (const file of walk(dir, '.json')) {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Fixture | Fixture[]
      for (const f of Array.isArray(raw) ? raw : [raw]) {
        if (f.error !== undefined) continue
        const fn = (api as unknown as Record<string, (i: unknown, o?: unknown) => unknown>)[f.function]
        for (const locale of ['id', 'en'] as const) {
          const result = fn!(f.input, { ...f.options, locale }) as {
            explanation?: api.Explanation
            warnings?: readonly api.Warning[]
          }
          const e = result.explanation
          if (e === undefined) continue
          explained++
          for (const c of e.legal)
            if (c.source === 'DECISIONS') {
              decisionCitations++
              expect(c.url, `${relative(dir, file)}: ${c.text}`).toMatch(
                /^docs\/guides\/decisions\.md#[dl]\d+$/,
              )
            }
          // everything a reader sees: the JSON without the published addresses of sources, and the text
          const json = JSON.stringify(e, (k, v: unknown) => (k === 'url' ? undefined : v))
          const text = renderExplanation(e, { locale, warnings: result.warnings ?? [] })
          for (const bad of forbiddenIn(`${json}\n${text}\n${JSON.stringify(result.warnings ?? [])}`))
            found.push(`${relative(dir, file)} (${locale}): ${bad}`)
          if (e.legal.some((c) => c.source === 'DECISIONS'))
            expect(text, 'the rendered text shows the decision link').toContain('docs/guides/decisions.md#')
        }
      }
    }
    expect(explained).toBeGreaterThan(100)
    expect(decisionCitations).toBeGreaterThan(20)
    expect(found).toEqual([])
  })
})
