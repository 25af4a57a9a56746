import type { DecisionTitle } from './decisions.js'
import type { LegalSource } from './types.js'

/*
 * The sources and decisions the loaded modules cite. A module that writes a citation names what it cites with
 * `citeSources(...)` at its top (a test checks every source id and decision id a module writes is named there),
 * so a bundler that keeps the module keeps those sources, and an explanation built in a bundle of
 * `calculateContribution` alone describes its citations without carrying the whole legal registry. The public
 * registry (`SOURCES`, `DECISIONS`, `describeCitation` of src/legal/index.ts) names every source and decision.
 * A source or decision is one frozen constant, so the maps only grow to the registry's 53 sources and 33
 * decisions.
 */
const CITED_SOURCES = new Map<string, LegalSource>()
const CITED_DECISIONS = new Map<string, DecisionTitle>()

function isSource(x: LegalSource | DecisionTitle): x is LegalSource {
  return 'kind' in x
}

/** Makes sources and decisions known to the explanations of the modules loaded (see the note above). */
export function citeSources(...items: readonly (LegalSource | DecisionTitle)[]): void {
  for (const x of items) {
    if (isSource(x)) {
      Object.freeze(x.title)
      CITED_SOURCES.set(x.id, Object.freeze(x))
    } else {
      Object.freeze(x.question)
      CITED_DECISIONS.set(x.id, Object.freeze(x))
    }
  }
}

/** A cited source by id, or `undefined`. */
export function citedSource(id: string): LegalSource | undefined {
  return CITED_SOURCES.get(id)
}

/** A cited decision by id, or `undefined`. */
export function citedDecision(id: string): DecisionTitle | undefined {
  return CITED_DECISIONS.get(id)
}
