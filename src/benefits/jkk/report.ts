import type { RuleContext } from '../../explain/context.js'
import { jkkLateReportHours } from '../../parameters/jkk-benefit.js'
import type { ParsedJkkBenefitInput } from '../../schemas/jkk-benefit.js'
import type { ReasonList } from '../common.js'
import type { FirstPayer } from '../types.js'
import { benefitsMessages } from '../../i18n/messages/benefits.js'
import { jkkBenefitMessages } from '../../i18n/messages/jkk-benefit.js'
import { useMessages } from '../../i18n/registry.js'

useMessages(benefitsMessages, jkkBenefitMessages)

/**
 * The stage-I accident report (PU, JAKON): from Permenaker 1/2025 an employer that did not report the accident
 * within 2 × 24 hours bears the JKK benefit itself. Before it the consequence was not found: the fact is noted
 * with a warning and the payer stays as decided by the arrears (decisions D10). Returns the payer.
 */
export function reportPayer(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJkkBenefitInput,
  payer: FirstPayer | null,
): FirstPayer | null {
  if (inp.accidentReportedInTime === undefined) return payer
  if (payer === null || (inp.category !== 'PU' && inp.category !== 'JAKON')) {
    ctx.warn('INPUT_NOT_USED', { field: 'accidentReportedInTime', category: inp.category })
    return payer
  }
  const hours = ctx.readOptional(jkkLateReportHours, inp.accidentDate)
  if (hours === undefined) {
    if (!inp.accidentReportedInTime) ctx.warn('JKK_LATE_REPORT_RULE_NOT_FOUND', { date: inp.accidentDate })
    return payer
  }
  const inTime = inp.accidentReportedInTime
  reasons.add(
    'note',
    inTime ? 'JKK_REPORTED_IN_TIME' : 'JKK_REPORTED_LATE_EMPLOYER_BEARS',
    { hours: hours.value },
    hours.legal,
    ['accidentReportedInTime'],
  )
  ctx.step({
    rule: 'jkk.accidentReport',
    text: 'STEP_JKK_ACCIDENT_REPORT',
    params: { hours: hours.value, inTime: String(inTime) },
    inputs: { accidentReportedInTime: inTime },
    parameters: [hours],
    value: inTime ? payer : 'employer',
  })
  return inTime ? payer : 'employer'
}
