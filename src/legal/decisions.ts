import type { Bilingual } from '../i18n/types.js'
import type { Citation } from './types.js'
import {
  D1_FULL,
  D2_FULL,
  D3_FULL,
  D4_FULL,
  D5_FULL,
  D6_FULL,
  D7_FULL,
  D8_FULL,
  D9_FULL,
  D10_FULL,
  D11_FULL,
  D12_FULL,
  D13_FULL,
} from './decisions-d1-d13.js'
import {
  D14_FULL,
  D15_FULL,
  D16_FULL,
  D17_FULL,
  D18_FULL,
  D19_FULL,
  D20_FULL,
  D21_FULL,
  D22_FULL,
  D23_FULL,
  D24_FULL,
  D25_FULL,
  D26_FULL,
  D27_FULL,
} from './decisions-d14-d27.js'
import { L1_FULL, L2_FULL, L3_FULL, L4_FULL, L5_FULL, L6_FULL } from './decisions-library.js'

/**
 * How sure the library is of a decision: `high`, `medium`, `low` (as for parameters), or `design` for a
 * choice of the library itself that reads no law (how input is taken, what "today" is).
 */
export type DecisionConfidence = 'high' | 'medium' | 'low' | 'design'

/**
 * A decision the library follows where the sources leave a question open, or where it had to choose how to
 * read them. Written in the library's own words; it ships inside the package (citations
 * `{ source: 'DECISIONS', article: 'D12' }` resolve to it).
 */
export interface LibraryDecision {
  /** `'D1'` … `'D27'`, or `'L1'` … for the library's own choices. */
  readonly id: string
  readonly question: Bilingual
  readonly answer: Bilingual
  readonly reason: Bilingual
  readonly confidence: DecisionConfidence
  /** What the decision rests on; registry sources only. May be empty for a pure design choice. */
  readonly sources: readonly Citation[]
  /** Parameters that encode the decision as data, by id (an override changes it). */
  readonly parameters?: readonly string[]
}

/**
 * What a citation of a decision shows: its id and question (the title of the citation). Each decision's title
 * is its own constant (`D12`), so that a bundle that cites a decision keeps its question and not its answer,
 * reason and sources, which only the registry (DECISIONS, DECISION_LIST, getDecision) carries.
 */
export type DecisionTitle = Pick<LibraryDecision, 'id' | 'question'>

/**
 * Where the decisions page lives, one anchor per decision: generated from this registry by the build and
 * shipped in the package at this path (and in the repository's docs).
 */
export const DECISIONS_DOC = 'docs/guides/decisions.md'

// the decisions themselves, each title its own constant: decisions-d1-d13.ts, decisions-d14-d27.ts and the
// library's own choices in decisions-library.ts (the whole decisions, `D1_FULL` …, only feed the registry here)
export { D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13 } from './decisions-d1-d13.js'
export { D14, D15, D16, D17, D18, D19, D20, D21, D22, D23, D24, D25, D26, D27 } from './decisions-d14-d27.js'
export { L1, L2, L3, L4, L5, L6 } from './decisions-library.js'

const LIST: readonly LibraryDecision[] = [
  D1_FULL,
  D2_FULL,
  D3_FULL,
  D4_FULL,
  D5_FULL,
  D6_FULL,
  D7_FULL,
  D8_FULL,
  D9_FULL,
  D10_FULL,
  D11_FULL,
  D12_FULL,
  D13_FULL,
  D14_FULL,
  D15_FULL,
  D16_FULL,
  D17_FULL,
  D18_FULL,
  D19_FULL,
  D20_FULL,
  D21_FULL,
  D22_FULL,
  D23_FULL,
  D24_FULL,
  D25_FULL,
  D26_FULL,
  D27_FULL,
  L1_FULL,
  L2_FULL,
  L3_FULL,
  L4_FULL,
  L5_FULL,
  L6_FULL,
]

/** Every decision the library follows, by id. */
export const DECISIONS: Readonly<Record<string, LibraryDecision>> = /* @__PURE__ */ byId(LIST)

/** Every decision, in order (D1 … D27, then the library's own choices L1 …). */
export const DECISION_LIST: readonly LibraryDecision[] = /* @__PURE__ */ inOrder(LIST, DECISIONS)

// functions, so that a bundle citing a few decisions can drop the registry built here (calls marked pure)
function byId(list: readonly LibraryDecision[]): Readonly<Record<string, LibraryDecision>> {
  return Object.freeze(
    Object.fromEntries(
      list.map((d) => {
        for (const s of d.sources) Object.freeze(s)
        Object.freeze(d.sources)
        if (d.parameters !== undefined) Object.freeze(d.parameters)
        Object.freeze(d.question)
        Object.freeze(d.answer)
        Object.freeze(d.reason)
        return [d.id, Object.freeze(d)]
      }),
    ),
  )
}

function inOrder(
  list: readonly LibraryDecision[],
  byIds: Readonly<Record<string, LibraryDecision>>,
): readonly LibraryDecision[] {
  return Object.freeze(list.map((d) => byIds[d.id] as LibraryDecision))
}

/**
 * A decision by id, or `undefined`.
 *
 * @example
 * ```ts
 * getDecision('D24')?.confidence //=> 'high'
 * getDecision('D99') //=> undefined
 * ```
 */
export function getDecision(id: string): LibraryDecision | undefined {
  return Object.prototype.hasOwnProperty.call(DECISIONS, id) ? DECISIONS[id] : undefined
}

/** The anchor of a decision on the decisions page (`'d12'`). */
export function decisionAnchor(id: string): string {
  return id.toLowerCase()
}

/**
 * Where the docs explain a decision: the decisions page with the decision's anchor.
 *
 * @example
 * ```ts
 * decisionDocsUrl('D12') //=> 'docs/guides/decisions.md#d12'
 * ```
 */
export function decisionDocsUrl(id: string): string {
  return `${DECISIONS_DOC}#${decisionAnchor(id)}`
}
