import type { DecisionTitle, LibraryDecision } from './decisions.js'

/** A decision from its title and the rest (a call marked pure: a bundle that only cites the title drops it). */
export function decision(
  title: DecisionTitle,
  rest: Omit<LibraryDecision, 'id' | 'question'>,
): LibraryDecision {
  return { id: title.id, question: title.question, ...rest }
}
