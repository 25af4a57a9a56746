import type { RuleContext } from '../explain/context.js'
import {
  adultWorkingAge,
  curriculumWorkMinAge,
  lightWorkMaxAge,
  lightWorkMinAge,
} from '../parameters/eligibility.js'
import { legalOf, reason } from './shared.js'
import type { WorkingAge } from './types.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.UU_13_2003)

useMessages(eligibilityMessages)

/**
 * The working-age rule of UU 13/2003 for a person aged `age` on `asOf`: from 18 a person may be employed;
 * below it they are a child whom employers may not employ (Pasal 68), except light work at 13–15 (Pasal 69),
 * work within an approved education or training curriculum from 14 (Pasal 70) and work that develops a
 * talent (Pasal 71). BPJS TK programs do not depend on it; a child worker gets a warning.
 */
export function workingAge(ctx: RuleContext, age: number, asOf: string): WorkingAge {
  const adult = ctx.read(adultWorkingAge, asOf)
  if (age >= adult.value) {
    const r = reason(ctx, 'ELIG_WORKING_AGE_ADULT', { age, minAge: adult.value }, adult.legal)
    ctx.step({
      rule: 'eligibility.workingAge',
      text: 'ELIG_STEP_WORKING_AGE',
      params: { age, status: ctx.t('ELIG_WORKING_AGE_STATUS_adult') },
      inputs: { age },
      parameters: [adult],
      value: 'adult',
    })
    return { status: 'adult', minimumAge: adult.value, reasons: [r] }
  }
  const lightMin = ctx.read(lightWorkMinAge, asOf)
  const lightMax = ctx.read(lightWorkMaxAge, asOf)
  const curriculum = ctx.read(curriculumWorkMinAge, asOf)
  const r = reason(
    ctx,
    'ELIG_WORKING_AGE_CHILD',
    {
      age,
      minAge: adult.value,
      lightFrom: lightMin.value,
      lightTo: lightMax.value,
      curriculumAge: curriculum.value,
    },
    [...legalOf(adult, lightMin, lightMax, curriculum), { source: 'UU-13-2003', article: 'Pasal 71' }],
  )
  ctx.warn('ELIG_CHILD_WORKER', { age, minAge: adult.value })
  ctx.step({
    rule: 'eligibility.workingAge',
    text: 'ELIG_STEP_WORKING_AGE',
    params: { age, status: ctx.t('ELIG_WORKING_AGE_STATUS_child') },
    inputs: { age },
    parameters: [adult, lightMin, lightMax, curriculum],
    legal: [{ source: 'UU-13-2003', article: 'Pasal 71' }],
    value: 'child',
  })
  return { status: 'child', minimumAge: adult.value, reasons: [r] }
}
