import { benefitsMessages } from './messages/benefits.js'
import { contributionsMessages } from './messages/contributions.js'
import { coreMessages } from './messages/core.js'
import { eligibilityMessages } from './messages/eligibility.js'
import { jpBenefitMessages } from './messages/jp-benefit.js'
import { jhtMessages } from './messages/jht.js'
import { planMessages } from './messages/plan.js'
import { rosterMessages } from './messages/roster.js'
import { jkkBenefitMessages } from './messages/jkk-benefit.js'
import { jkpBenefitMessages } from './messages/jkp-benefit.js'
import { arrearsMessages } from './messages/arrears.js'
import type { Catalogue, MessageArea } from './types.js'
import { mergeCatalogues } from './merge.js'
import { useMessages } from './registry.js'

export { mergeCatalogues }

/** Every area's Indonesian messages, by area name. A message code belongs to exactly one area. */
export const MESSAGE_AREAS: Readonly<Record<string, MessageArea>> = /* @__PURE__ */ Object.freeze({
  core: coreMessages,
  contributions: contributionsMessages,
  benefits: benefitsMessages,
  eligibility: eligibilityMessages,
  plan: planMessages,
  jht: jhtMessages,
  roster: rosterMessages,
  jkkBenefit: jkkBenefitMessages,
  jpBenefit: jpBenefitMessages,
  jkpBenefit: jkpBenefitMessages,
  arrears: arrearsMessages,
})

function indonesianOf(areas: Readonly<Record<string, MessageArea>>): Record<string, Catalogue> {
  const out: Record<string, Catalogue> = {}
  for (const [name, area] of Object.entries(areas)) out[name] = area.id
  return out
}

/** Every Indonesian message, by stable code. */
export const idCatalogue: Catalogue = /* @__PURE__ */ mergeCatalogues(
  /* @__PURE__ */ indonesianOf(MESSAGE_AREAS),
)

// whoever loads every text (message(), locales/id) has every code rendered in errors and explanations too
// (src/i18n/registry.ts)
useMessages(...Object.values(MESSAGE_AREAS))
