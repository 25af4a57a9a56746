import type { RuleContext } from '../../explain/context.js'
import type { Citation } from '../../legal/types.js'
import { scholarshipJkkMinYears, scholarshipMode } from '../../parameters/scholarship.js'
import type { ParsedJkkBenefitInput } from '../../schemas/jkk-benefit.js'
import { computeScholarship, type ScholarshipRequest } from '../scholarship.js'
import type { PayableStatus, ScholarshipResult } from '../types.js'
import { jkkBenefitMessages } from '../../i18n/messages/jkk-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { citeSources } from '../../legal/cited.js'
import * as legalDecisions from '../../legal/decisions.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_4_2023,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
  legalDecisions.D26,
)

useMessages(jkkBenefitMessages)

const P103: Citation = Object.freeze({ source: 'PERMENAKER-1-2025', article: 'Pasal 103' })
const D26: Citation = Object.freeze({ source: 'DECISIONS', article: 'D26' })

/**
 * The scholarship on total permanent disability from a work accident or occupational disease (the trigger of
 * PP 82/2019 and Permenaker 1/2025 Pasal 103: "meninggal dunia atau cacat total tetap"), by the shared
 * {@link computeScholarship}: the regime by the accident date, the children's ages on the day the disability
 * was declared, no minimum contribution period. `null` without a total disability. Not computed (a reason
 * says why) when the cash benefit is not payable, for a PMI (scheme not modelled), and under PP 44/2015,
 * where a scholarship on total disability was not found in the sources.
 */
export function scholarshipPart(
  ctx: RuleContext,
  inp: ParsedJkkBenefitInput,
  status: PayableStatus,
): ScholarshipResult | null {
  const d = inp.disability
  if (d === undefined || d.type !== 'total') return null
  const date = inp.accidentDate
  if (d.declaredOn === undefined) ctx.warn('JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE', { date })
  const req: { -readonly [K in keyof ScholarshipRequest]: ScholarshipRequest[K] } = {
    regimeDate: date,
    dateOfDeath: d.declaredOn ?? date,
    children: inp.children,
    contributionMonths: 0,
    contributionMonthsDerived: false,
  }
  const mode = ctx.read(scholarshipMode, date)
  if (status !== 'payable') req.excluded = { code: 'JKK_SCHOLARSHIP_NOT_PAYABLE', legal: [] }
  else if (inp.category === 'PMI')
    req.excluded = { code: 'JKK_SCHOLARSHIP_PMI_DISABILITY', legal: [{ source: 'PERMENAKER-4-2023' }, D26] }
  else if (mode.value === 'lump-sum') {
    ctx.warn('JKK_SCHOLARSHIP_DISABILITY_REGIME_A', { date })
    req.excluded = { code: 'JKK_SCHOLARSHIP_DISABILITY_REGIME_A', params: { date }, legal: mode.legal }
  } else {
    req.minYears = ctx.read(scholarshipJkkMinYears, date)
    ctx.step({
      rule: 'jkk.scholarship',
      text: 'STEP_JKK_SCHOLARSHIP_DISABILITY',
      params: { date: req.dateOfDeath },
      inputs: { declaredOn: d.declaredOn ?? null, children: inp.children?.length ?? null },
      parameters: [mode],
      legal: [P103],
      value: req.dateOfDeath,
    })
  }
  return computeScholarship(ctx, req)
}
