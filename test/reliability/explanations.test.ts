/**
 * The explanation of every calculation entry point is self-consistent: every parameter a step names is
 * listed (same value and span) among the explanation's parameters, each listed parameter covers the date it
 * was read for and carries a citation, every step citation is listed with its text, and the rendering names
 * every step in both languages. Run on the fuzz seeds (realistic inputs of every function).
 */
import { describe, expect, it } from 'vitest'
import { renderExplanation, type Explanation } from '../../src/index.js'
import { SEEDS } from './fuzz/seeds.js'
import { CALC_FUNCTIONS, fnOf } from './harness.js'

/** Known inconsistencies (owner, reason), by `function#seed`: run as `it.fails` until fixed. */
const KNOWN: Readonly<Record<string, string>> = {}

function problems(ex: Explanation): string[] {
  const out: string[] = []
  const listed = new Map(ex.parameters.map((p) => [`${p.id}|${p.from}`, p]))
  for (const st of ex.steps)
    for (const ref of st.parameters) {
      const p = listed.get(`${ref.id}|${ref.from}`)
      if (p === undefined) out.push(`step ${st.rule} names ${ref.id} from ${ref.from}, which is not listed`)
      else if (JSON.stringify(p.value) !== JSON.stringify(ref.value))
        out.push(`step ${st.rule}: ${ref.id} value differs from the list`)
    }
  for (const p of ex.parameters) {
    if (!p.overridden && p.legal.length === 0) out.push(`${p.id} has no citation`)
    if (!(p.from <= p.date && (p.to === undefined || p.date <= p.to)))
      out.push(`${p.id} read for ${p.date} outside ${p.from}…${p.to ?? ''}`)
  }
  const cited = new Set(ex.legal.map((c) => `${c.source}|${c.article ?? ''}`))
  for (const st of ex.steps)
    for (const c of st.legal)
      if (!cited.has(`${c.source}|${c.article ?? ''}`))
        out.push(`step ${st.rule} cites ${c.source} ${c.article ?? ''}, not in explanation.legal`)
  const id = renderExplanation(ex, { locale: 'id' })
  const en = renderExplanation(ex, { locale: 'en' })
  for (const st of ex.steps) if (!id.includes(`[${st.rule}]`)) out.push(`the rendering omits step ${st.rule}`)
  if (ex.steps.length > 0 && id === en) out.push('the Indonesian and English renderings are the same')
  return out
}

describe('explanations are self-consistent', () => {
  for (const name of CALC_FUNCTIONS) {
    const fn = fnOf(name)
    for (const [i, seed] of (SEEDS[name] ?? []).entries()) {
      const key = `${name}#${i}`
      const title = `${name} seed ${i}`
      if (fn === undefined) it.skip(title, () => {})
      else if (KNOWN[key] !== undefined && process.env['RELIABILITY_SHOW_BUGS'] !== '1')
        it.fails(`${title} [KNOWN BUG: ${KNOWN[key]}]`, () => {
          expect(problems((fn(seed) as { explanation: Explanation }).explanation)).toEqual([])
        })
      else
        it(title, () => {
          for (const locale of ['id', 'en'] as const) {
            const ex = (fn(seed, { locale }) as { explanation: Explanation }).explanation
            expect(ex.steps.length, 'an explanation without steps').toBeGreaterThan(0)
            expect(problems(ex)).toEqual([])
          }
        })
    }
  }
})
