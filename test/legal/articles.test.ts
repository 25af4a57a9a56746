/**
 * Every figure is findable by its article (issue 16 §2): each dated value cites at least one article
 * (Pasal, ayat, huruf, Lampiran) of a source other than a library decision, or says in the data why none is
 * cited (`noArticle`). And every value says what its `lastVerifiedOn` means (`checked`).
 */
import { describe, expect, it } from 'vitest'
import { COMPILED_ON } from '../../src/parameters/coverage.js'
import { ALL_PARAMETERS, getParameter } from '../../src/parameters/registry.js'

const hasArticle = (legal: readonly { source: string; article?: string }[]) =>
  legal.some((c) => c.source !== 'DECISIONS' && c.article !== undefined && c.article.length > 0)

describe('every figure is findable by its article', () => {
  it('each value cites an article, or says why not — never both, never neither', () => {
    const problems: string[] = []
    for (const p of ALL_PARAMETERS)
      for (const v of p.values) {
        const art = hasArticle(v.legal)
        if (art && v.noArticle !== undefined) problems.push(`${p.id}@${v.from}: an article and noArticle`)
        if (!art && (v.noArticle === undefined || v.noArticle.length < 20))
          problems.push(`${p.id}@${v.from}: no article and no reason`)
      }
    expect(problems).toEqual([])
  })

  it('the JKM amounts cite PP 44/2015 and PP 82/2019 Pasal 34; the pension age PP 45/2015 Pasal 15', () => {
    const jkm = getParameter('jkm.lumpSum')!
    expect(jkm.values.map((v) => v.legal.find((c) => c.article !== undefined))).toEqual([
      { source: 'PP-44-2015', article: 'Pasal 34' },
      { source: 'PP-82-2019', article: 'Pasal 34' },
    ])
    for (const v of getParameter('jp.pensionAge')!.values)
      expect(v.legal[0]!.article).toMatch(/^Pasal 15 ayat \([123]\)$/)
  })

  it('each value says what was checked on its lastVerifiedOn; only values checked since the compilation have a later date', () => {
    let later = 0
    for (const p of ALL_PARAMETERS)
      for (const v of p.values) {
        expect(v.checked, `${p.id}@${v.from}`).toBeDefined()
        expect(v.checked!.length).toBeGreaterThan(30)
        expect(v.lastVerifiedOn >= COMPILED_ON, `${p.id}@${v.from}`).toBe(true)
        if (v.lastVerifiedOn > COMPILED_ON) {
          later++
          // a later check names what it read, not the compilation
          expect(v.checked, `${p.id}@${v.from}`).not.toMatch(/^Compiled on/)
        }
      }
    // checked on 2026-12-04: the ten pension-age values (PP 45/2015 Pasal 15), the four PMI contribution
    // values (prePlacement, packages × 2 regulations) and the three Permenaker 4/2023 PMI JKK values
    // (Pasal 34 ayat (1) read verbatim); on 2026-12-05 the part-time PPPK programs (UU 20/2023 in-force date);
    // on 2026-12-06 the two occupational-disease values (Keppres 22/1993 Pasal 3(2), Perpres 7/2019 Pasal 2(2))
    expect(later).toBe(20)
    expect(getParameter('jp.pensionAge')!.values.every((v) => v.lastVerifiedOn === '2026-12-04')).toBe(true)
  })
})
