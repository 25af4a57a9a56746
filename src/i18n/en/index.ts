import { arrearsMessagesEn } from './arrears.js'
import { benefitsMessagesEn } from './benefits.js'
import { contributionsMessagesEn } from './contributions.js'
import { coreMessagesEn } from './core.js'
import { eligibilityMessagesEn } from './eligibility.js'
import { jhtMessagesEn } from './jht.js'
import { jkkBenefitMessagesEn } from './jkk-benefit.js'
import { jkpBenefitMessagesEn } from './jkp-benefit.js'
import { jpBenefitMessagesEn } from './jp-benefit.js'
import { planMessagesEn } from './plan.js'
import { rosterMessagesEn } from './roster.js'
import { mergeCatalogues } from '../merge.js'
import type { Catalogue } from '../types.js'

/**
 * Every area's English messages, by area name: the same areas and codes as the Indonesian
 * `MESSAGE_AREAS` (src/i18n/catalogues.ts; a test checks the codes and placeholders match).
 */
export const EN_AREAS: Readonly<Record<string, Catalogue>> = /* @__PURE__ */ Object.freeze({
  core: coreMessagesEn,
  contributions: contributionsMessagesEn,
  benefits: benefitsMessagesEn,
  eligibility: eligibilityMessagesEn,
  plan: planMessagesEn,
  jht: jhtMessagesEn,
  roster: rosterMessagesEn,
  jkkBenefit: jkkBenefitMessagesEn,
  jpBenefit: jpBenefitMessagesEn,
  jkpBenefit: jkpBenefitMessagesEn,
  arrears: arrearsMessagesEn,
})

/** Every English message, by stable code. */
export const enCatalogue: Catalogue = /* @__PURE__ */ mergeCatalogues(EN_AREAS)
