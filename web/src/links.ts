// Every link from the app to the documentation is built here, in one place, so that the law reference page
// can be moved (or the docs hosted elsewhere) by changing this file or the build variable VITE_DOCS_BASE.
//
// Anchors: a legal source is `#source-<id in lower case>` (e.g. `#source-pp-44-2015`), a decision of the
// library is `#decision-<d number in lower case>` (e.g. `#decision-d12`), both on the law reference page.
import type { Citation } from 'bpjs-ketenagakerjaan'

/** Where the documentation site (typedoc output) is served, ending in `/`. */
export const DOCS_BASE: string = import.meta.env.VITE_DOCS_BASE ?? '../docs-site/'

/** The page that lists every legal source and every parameter with its citations. */
export const LAW_REFERENCE_PAGE = 'documents/Parameter_hukum___Legal_parameters.html'

/** The page that lists the library's decisions on open legal questions. */
export const DECISIONS_PAGE = LAW_REFERENCE_PAGE

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** True when the citation names a decision of the library rather than a legal text. */
export const isDecision = (c: Citation): boolean => c.source === 'DECISIONS'

/** The documentation URL of a citation: the source on the law reference page, or the decision's entry. */
export function citationUrl(c: Citation): string {
  if (isDecision(c)) return `${DOCS_BASE}${DECISIONS_PAGE}#decision-${slug(c.article ?? '')}`
  return `${DOCS_BASE}${LAW_REFERENCE_PAGE}#source-${slug(c.source)}`
}
