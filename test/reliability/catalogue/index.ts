/** Every catalogue, and the functions the catalogue may call that are not package exports. */
import { checkAmount } from '../../../src/money/amount.js'
import { API, type AnyFn } from '../harness.js'
import { apiCases } from './api.js'
import { benefitsCases } from './benefits.js'
import { contributionCases } from './contributions.js'
import { eligibilityCases } from './eligibility.js'
import { foundationCases } from './foundation.js'
import { planCases } from './plan.js'
import type { HostileCase } from './types.js'
import { valuesCases } from './values.js'
import { renderCases } from './render.js'

export const CATALOGUE: readonly (readonly [area: string, cases: readonly HostileCase[]])[] = [
  ['foundation', foundationCases],
  ['contributions', contributionCases],
  ['benefits', benefitsCases],
  ['eligibility', eligibilityCases],
  ['programs-plan', planCases],
  ['values (issue 13)', valuesCases],
  ['api (overrides as data, exotic objects)', apiCases],
  ['renderExplanation and terminal escape codes (issue 13)', renderCases],
]

/** Internal functions the catalogue covers beside the package's exports. */
const INTERNAL: Readonly<Record<string, AnyFn>> = { checkAmount: checkAmount as AnyFn }

/** A catalogue function by name, or `undefined` while its area has not landed. */
export function catalogueFn(name: string): AnyFn | undefined {
  const f = API[name] ?? INTERNAL[name]
  return typeof f === 'function' ? (f as AnyFn) : undefined
}
