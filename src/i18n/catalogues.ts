import { benefitsMessages } from './messages/benefits.js'
import { contributionsMessages } from './messages/contributions.js'
import { coreMessages } from './messages/core.js'
import { eligibilityMessages } from './messages/eligibility.js'
import { planMessages } from './messages/plan.js'
import type { Catalogue } from './types.js'

const areas = [
  coreMessages,
  contributionsMessages,
  benefitsMessages,
  eligibilityMessages,
  planMessages,
] as const

function merge(pick: (a: (typeof areas)[number]) => Catalogue): Catalogue {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  for (const area of areas) Object.assign(out, pick(area))
  return Object.freeze(out)
}

/** Every Indonesian message, by stable code. */
export const idCatalogue: Catalogue = merge((a) => a.id)
/** Every English message, by stable code. */
export const enCatalogue: Catalogue = merge((a) => a.en)
