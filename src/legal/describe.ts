import { citedDecision, citedSource } from './cited.js'
import { decisionDocsUrl } from './decisions.js'
import type { Citation } from './types.js'

/*
 * Citations as text, from the sources and decisions the loaded modules cite (src/legal/cited.ts); the public
 * `formatCitation` and `describeCitation` (src/legal/index.ts) see the whole registry.
 */

/**
 * A citation as readable text. A citation of a library decision reads "Keputusan pustaka D12" (Indonesian,
 * the default) or "Library decision D12".
 *
 * @example
 * ```ts
 * formatCitation({ source: 'PP-44-2015', article: 'Pasal 16 ayat (1)' }) //=> 'PP 44/2015 Pasal 16 ayat (1)'
 * formatCitation({ source: 'DECISIONS', article: 'D12' }) //=> 'Keputusan pustaka D12'
 * formatCitation({ source: 'DECISIONS', article: 'D12' }, 'en') //=> 'Library decision D12'
 * ```
 */
export function formatCitation(c: Citation, locale: 'id' | 'en' = 'id'): string {
  const s = citedSource(c.source)
  const name =
    s === undefined
      ? c.source
      : s.shortName !== undefined
        ? s.shortName
        : s.kind === 'library-decision'
          ? locale === 'en'
            ? 'Library decision'
            : 'Keputusan pustaka'
          : s.kind.startsWith('BPJS') || s.kind === 'statistic'
            ? `${s.kind === 'BPJS-letter' ? 'Surat BPJS TK' : s.kind === 'BPJS-article' ? 'Artikel BPJS TK' : s.kind === 'BPJS-rule' ? 'Perdir BPJS TK' : 'BPS'} ${s.number}`
            : `${s.kind} ${s.number}`
  return c.article === undefined ? name : `${name} ${c.article}`
}

/** A citation as a reader sees it: its text, the title of what it points to and where to read it. */
export interface CitationDescription {
  readonly text: string
  readonly title: string
  /** The public text of the source, or the docs anchor of a library decision. */
  readonly url?: string
}

/**
 * A citation with its text, title and link in a language. A library decision's title is its question and
 * its link the decision's anchor on the decisions page.
 *
 * @example
 * ```ts
 * describeCitation({ source: 'DECISIONS', article: 'D24' }, 'en').url //=> 'docs/guides/decisions.md#d24'
 * ```
 */
export function describeCitation(c: Citation, locale: 'id' | 'en' = 'id'): CitationDescription {
  const text = formatCitation(c, locale)
  const decision = c.source === 'DECISIONS' && c.article !== undefined ? citedDecision(c.article) : undefined
  if (decision !== undefined)
    return {
      text,
      title: locale === 'en' ? decision.question.en : decision.question.id,
      url: decisionDocsUrl(decision.id),
    }
  const s = citedSource(c.source)
  const title = s === undefined ? c.source : locale === 'en' ? s.title.en : s.title.id
  return s?.url === undefined ? { text, title } : { text, title, url: s.url }
}
