import type { Catalogue } from '../types.js'

/** The English messages of the JKK benefit area (accidents and occupational diseases other than death). */
export const jkkBenefitMessagesEn = {
  JKK_INCAPACITY_ENDS_BEFORE_START: 'The incapacity period ends {to} before it starts {from}.',
  JKK_INCAPACITY_BEFORE_ACCIDENT: 'The incapacity period starts {from}, before the accident date {date}.',
  JKK_CLAIM_BEFORE_ACCIDENT: 'The claim date {claimDate} is before the accident date {date}.',
  JKK_DISABILITY_ROW_REQUIRED:
    'A partial disability needs a table row (row) or a table percentage (tableRate).',
  JKK_FACT_DISABILITY_ROW:
    "the disability table percentage of row {row} (the library's table gives none for this row on this date)",
  JKK_FACT_CAUSE: 'whether the event is a work accident or an occupational disease',
  JKK_CAUSE_MET: 'Event: {cause}.',
  JKK_CAUSE_work_accident: 'work accident',
  JKK_CAUSE_occupational_disease: 'occupational disease',
  JKK_CLAIM_IN_TIME: 'The claim of {claimDate} is within {years} years (at the latest {lastDay}).',
  JKK_CLAIM_LAPSED:
    'The right to claim has lapsed: the claim of {claimDate} is past {years} years ({lastDay}).',
  JKK_CLAIM_DEADLINE: 'The claim must be made by {lastDay} ({years} years from the event).',
  JKK_PAK_WITHIN: 'The occupational disease was diagnosed within {years} years of the end of employment.',
  JKK_PAK_TOO_LATE:
    'The occupational disease was diagnosed on {date}, more than {years} years after employment ended ({end}).',
  JKK_LAPSE_TRANSITION:
    'An accident before {day} whose 2-year claim window was still open on that day: the transition rule was not found, the library uses 2 years.',
  JKK_STMB_PART_MONTH:
    'The STMB part month ({days}/{ofDays} days) is pro-rated by calendar days: a library assumption, the rule was not found.',
  JKK_CAP_NOT_FOUND: 'No cap found for {item}: the billed amount is used without a cap.',
  JKK_HOME_CARE_NOT_IN_REGIME: 'Home care is not a benefit of the PP 44/2015 regime: not paid.',
  STEP_JKK_BENEFIT_REGIME: 'JKK benefit regime by the event date {date}: {regime}.',
  STEP_JKK_BENEFIT_WAGE: 'Monthly wage used: {wage}.',
  STEP_JKK_STMB: 'STMB over {months} months: {total}.',
  STEP_JKK_STMB_ONE_MONTH: 'STMB over {months} month: {total}.',
  STEP_JKK_DISABILITY: 'Disability benefit ({type}): {share} × {months} × {wage} = {amount}.',
  STEP_JKK_PERIODIC: 'Periodic benefit on total permanent disability, paid at once: {amount}.',
  STEP_JKK_ITEM: '{item}: billed {billed}, cap {cap}, paid {amount}.',
  JKK_PMI_NOT_IN_REGULATION: 'The PMI benefit {item} is not in the regulation in force on {date}: not paid.',
  JKK_STMB_STRADDLES_REGIME:
    'The incapacity runs past {day}: the whole STMB stays under the regime of the accident date (PP 44/2015); no transition rule was found.',
  JKK_STMB_PART_MONTH_EXCLUDED:
    'The STMB part month ({days}/{ofDays} days) is left out at the caller’s request: the rule was not found.',
  JKK_REPORTED_IN_TIME: 'The employer reported the accident within {hours} hours.',
  JKK_REPORTED_LATE_EMPLOYER_BEARS:
    'The accident was not reported within {hours} hours: the employer bears the JKK benefit.',
  JKK_LATE_REPORT_RULE_NOT_FOUND:
    'The accident of {date} was not reported in time: the consequence before Permenaker 1/2025 was not found, the payer is unchanged.',
  STEP_JKK_ACCIDENT_REPORT: 'Stage I accident report within {hours} hours: {inTime}.',
  JKK_FIELD_PMI_ONLY: 'Field {field} is for the PMI category only, not {category}.',
  JKK_DECLARED_BEFORE_ACCIDENT:
    'The disability declaration date {declaredOn} is before the accident date {date}.',
  JKK_FACT_PMI_AMOUNT:
    'the amount of this PMI benefit (not found in the sources; the caller gives it, decision D26)',
  JKK_PMI_CALLER_AMOUNT:
    'The PMI {item} amount ({amount}) comes from the caller: the figure was not found in the sources (decision D26).',
  STEP_JKK_PMI_CALLER_AMOUNT: 'PMI benefit {item} at the caller’s amount: {amount}.',
  JKK_DAILY_WAGE_FACTOR:
    'The daily wage becomes a monthly wage as {factor} × the daily wage (decision D21); the PP 44/2015 contribution rule as reported uses 25 ×. Give the reported monthly wage when there is one.',
  STEP_JKK_BENEFIT_WAGE_DAILY: 'Monthly wage used: {factor} × the daily wage = {wage}.',
  JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE:
    'No date of the total disability declaration: the children’s ages for the scholarship are read on the accident date {date}.',
  JKK_SCHOLARSHIP_PMI_DISABILITY:
    'The scholarship on a PMI’s total permanent disability is not modelled: its rule was not found in the sources.',
  JKK_SCHOLARSHIP_DISABILITY_REGIME_A:
    'A scholarship on total permanent disability from an accident of {date} (PP 44/2015) was not found in the sources: not computed.',
  JKK_SCHOLARSHIP_NOT_PAYABLE:
    'The scholarship is not computed because the JKK benefit is not (or not yet) payable.',
  STEP_JKK_SCHOLARSHIP_DISABILITY:
    'Children’s education scholarship on total permanent disability from work; the children’s ages are read on {date}.',
  STEP_JKK_BENEFIT_TOTAL: 'Total JKK cash benefits: {total} (status: {status}).',
} as const satisfies Catalogue
