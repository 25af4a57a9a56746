import type { Catalogue } from '../types.js'

/** The English messages of the arrears area (late payment: penalties, and who pays benefits while in arrears). */
export const arrearsMessagesEn = {
  ARREARS_MONTH_OVERLAP: 'The contribution month {period} is already listed at row {first}.',
  ARREARS_PAID_BEFORE_MONTH: 'The payment of {paidOn} is before its contribution month {period} starts.',
  ARREARS_PAID_AFTER_AS_OF: 'The payment of {paidOn} is after the counting date {asOf}.',
  ARREARS_AS_OF_REQUIRED: 'A month is unpaid: give asOf, the date the arrears and penalties are counted on.',
  ARREARS_PART_MONTHS:
    'A delay of part of a month counts as a whole month: the rule was not found (a library assumption; override arrears.countStartedMonths = false to count completed months only).',
  ARREARS_SCOPE:
    'The 2% monthly penalty is quoted for JKK and JKM contributions (PP 44/2015); the JHT, JP and JKP penalty articles were not checked: the penalty is computed on the whole amount given.',
  ARREARS_DISCOUNT_PERIOD:
    'The contribution month {period} is in the PP 7/2025 JKK discount period: one source mentions a 0.5% penalty then, unconfirmed; 2% is used.',
  ARREARS_HOLIDAYS_NOT_MOVED:
    'Due dates are not moved for holidays (PP 44/2015: the next working day; PP 49/2020: the working day before).',
  ARREARS_CONSECUTIVE: 'On {asOf}: {months} consecutive months in arrears; {unpaid} months not paid.',
  ARREARS_PROGRAM_BPJS:
    '{program}: arrears of {months} months, at most {maximum} months: BPJS Ketenagakerjaan pays the benefit first.',
  ARREARS_PROGRAM_EMPLOYER:
    '{program}: arrears of {months} months, more than {maximum} months: the employer must pay the benefit first; BPJS Ketenagakerjaan reimburses it once the arrears and penalties are settled.',
  ARREARS_JKP_BANKRUPT:
    'JKP: a bankrupt or closed company with {months} months of arrears, at most {maximum} months: BPJS Ketenagakerjaan still pays.',
  ARREARS_STATUS_on_time: 'on time',
  ARREARS_STATUS_late: 'late',
  ARREARS_STATUS_unpaid: 'unpaid',
  ARREARS_STATUS_not_due: 'not yet due',
  STEP_ARREARS_MONTH:
    '{period} ({status}): contribution {amount}, due {dueDate}, until {until}: {months} months × {rate} × {amount} = {penalty}.',
  FORMULA_ARREARS_PENALTY: 'penalty = months of delay × rate × contribution (not compounding), rounded once',
  STEP_ARREARS_TOTAL:
    'Contributions {due}, paid {paid}, unpaid {unpaid}; penalties {penalty} (including penalties on unpaid months up to {asOf}).',
  STEP_ARREARS_CONSECUTIVE: 'Consecutive arrears on {asOf}: {months} months.',
  STEP_ARREARS_PROGRAM: '{program}: pays the benefit first: {payer}.',
} as const satisfies Catalogue
