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
import type { Catalogue, Locale, MessageArea } from './types.js'
import { useMessages } from './registry.js'

/** Every area's messages, by area name. A message code belongs to exactly one area. */
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

/**
 * Merges the areas' catalogues of one locale. A code defined in two areas would silently keep the last
 * text, so it is refused: the merge throws an `Error` naming the code and both areas. Areas that need the
 * same message (e.g. eligibility's JKM claim check and the JKM benefit, `WORK_ACCIDENT_USE_JKK`) use the
 * one code of the area that defines it.
 */
export function mergeCatalogues(areas: Readonly<Record<string, MessageArea>>, locale: Locale): Catalogue {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  const owner: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [area, messages] of Object.entries(areas))
    for (const [code, text] of Object.entries(messages[locale])) {
      const first = owner[code]
      if (first !== undefined)
        throw new Error(`Message code ${code} is defined in two areas: ${first} and ${area}.`)
      owner[code] = area
      out[code] = text
    }
  return Object.freeze(out)
}

/** Every Indonesian message, by stable code. */
export const idCatalogue: Catalogue = /* @__PURE__ */ mergeCatalogues(MESSAGE_AREAS, 'id')
/** Every English message, by stable code. */
export const enCatalogue: Catalogue = /* @__PURE__ */ mergeCatalogues(MESSAGE_AREAS, 'en')

// whoever loads every text (message(), locales/id, locales/en) has every code rendered in errors and
// explanations too (src/i18n/registry.ts)
useMessages(...Object.values(MESSAGE_AREAS))
