export { SOURCES, SOURCE_LIST, getSource } from './sources.js'
export type { Citation, LegalSource, SourceKind } from './types.js'
import { getSource } from './sources.js'
import type { Citation } from './types.js'

/**
 * A citation as readable text.
 *
 * @example
 * ```ts
 * formatCitation({ source: 'PP-44-2015', article: 'Pasal 16 ayat (1)' }) //=> 'PP 44/2015 Pasal 16 ayat (1)'
 * formatCitation({ source: 'DECISIONS', article: 'D12' }) //=> 'decisions.md D12'
 * ```
 */
export function formatCitation(c: Citation): string {
  const s = getSource(c.source)
  const name =
    s === undefined
      ? c.source
      : s.shortName !== undefined
        ? s.shortName
        : s.kind === 'library-decision'
          ? 'decisions.md'
          : s.kind.startsWith('BPJS') || s.kind === 'statistic'
            ? `${s.kind === 'BPJS-letter' ? 'Surat BPJS TK' : s.kind === 'BPJS-article' ? 'Artikel BPJS TK' : s.kind === 'BPJS-rule' ? 'Perdir BPJS TK' : 'BPS'} ${s.number}`
            : `${s.kind} ${s.number}`
  return c.article === undefined ? name : `${name} ${c.article}`
}
