// Every link from the app to the documentation is built here, in one place, so that the pages can be moved
// (or the docs hosted elsewhere) by changing this file or the build variable VITE_DOCS_BASE.
//
// The documentation site is typedoc's output (`npm run docs` → docs-site/), whose project documents are the
// Markdown pages of docs/guides/. The law reference page (docs/guides/law-reference.md, generated from the
// data) has one anchor per legal source, its id in lower case (`#pp-44-2015`); the decisions page
// (docs/guides/decisions.md) one per decision (`#d12`).
import type { Citation } from 'bpjs-ketenagakerjaan'

/** Where the documentation site is served, ending in `/`. Default: the typedoc site beside the app. */
export const DOCS_BASE: string = import.meta.env?.VITE_DOCS_BASE ?? '../docs-site/'

/** The law reference page: regulation → article → parameters and the functions that read them. */
export const LAW_REFERENCE_PAGE = 'documents/Rujukan_hukum___Law_reference.html'

/** The page of the library's decisions on open legal questions. */
export const DECISIONS_PAGE = 'documents/Keputusan_pustaka___Library_decisions.html'

/** True when the citation names a decision of the library rather than a legal text. */
export const isDecision = (c: Citation): boolean => c.source === 'DECISIONS'

/** The anchor of a legal source on the law reference page (`PP-44-2015` → `pp-44-2015`). */
export const sourceAnchor = (source: string): string => source.toLowerCase()

/** The anchor of a decision on the decisions page (`D12` → `d12`). */
export const decisionAnchor = (id: string): string => id.toLowerCase()

/** The documentation URL of a citation: its source on the law reference page, or the decision's entry. */
export function citationUrl(c: Citation): string {
  return isDecision(c)
    ? `${DOCS_BASE}${DECISIONS_PAGE}#${decisionAnchor(c.article ?? '')}`
    : `${DOCS_BASE}${LAW_REFERENCE_PAGE}#${sourceAnchor(c.source)}`
}
