import type { Catalogue } from '../types.js'

/** The English messages of coverage programs (planCoverageProgram). */
export const planMessagesEn = {
  PLAN_DUPLICATE_COHORT: 'The cohort name "{name}" is used more than once; every cohort needs a unique name.',
  PLAN_JAKON_CONTRACT_NOT_PER_WORKER:
    'A Jakon premium by contract value is per project, not per worker; for a cohort of workers use the wage method (wage).',
  PLAN_COHORT_FIELD_SET_BY_PROGRAM:
    'The field {key} is set by the program (a program-level input), not per cohort.',
  PLAN_COVERED_EXCEEDS_POTENTIAL:
    'Workers already covered ({covered}) exceed the potential workers ({potential}).',
  PLAN_COVERAGE_ABOVE_POTENTIAL:
    'After the program, covered workers ({covered}) exceed the potential workers ({potential}); the gap is taken as zero.',
  PLAN_RATES_CHANGE:
    'The premium of cohort "{cohort}" changes during the program: {changes}. Each month is priced with the rules in force that month.',
  PLAN_ESTIMATE_FROM_CALLER_RATES:
    'The benefit estimate uses the mortality rates the caller gave; it is an estimate, not a liability of BPJS Ketenagakerjaan. Children’s scholarships are not included.',
  PLAN_ONE_OFF_COHORT:
    'Cohort "{cohort}" ({category}) pays once for the whole term (package/project), booked in the program’s first month.',
  STEP_PLAN_COHORT_MONTH:
    'Premium per worker for cohort "{cohort}" in {period}: {perWorker}; {workers} workers → {total}.',
  STEP_PLAN_COHORT_TOTAL: 'Total of cohort "{cohort}" over {months} months.',
  FORMULA_PLAN_COHORT_TOTAL: 'sum over months of (that month’s premium per worker × {workers} workers)',
  STEP_PLAN_TOTAL: 'Total budget of the program from {start} to {end}.',
  FORMULA_PLAN_TOTAL: 'sum of every cohort’s total',
  STEP_PLAN_COVERAGE: 'Coverage before and after the program.',
  FORMULA_PLAN_COVERAGE:
    'ratio = covered ÷ potential (rounded to 4 decimals); gap = potential − covered after; cost to close the gap = gap × average premium per worker over the program',
  STEP_PLAN_EXPECTED_JKM: 'Expected deaths not caused by work accidents, and JKM benefits paid to heirs.',
  FORMULA_PLAN_EXPECTED_JKM:
    'deaths = Σ workers × {rate} ÷ 12 each month; benefits = Σ that month’s deaths × the JKM cash benefit (lump sum + periodic + funeral) for a death on the 15th of that month',
  STEP_PLAN_EXPECTED_JKK: 'Expected deaths from work accidents, and JKK death benefits paid to heirs.',
  FORMULA_PLAN_EXPECTED_JKK:
    'deaths = Σ workers × {rate} ÷ 12 each month; benefits = Σ that month’s deaths × the JKK death cash benefit (48 × wage + periodic + funeral)',
  STEP_PLAN_EXPECTED_ACCIDENTS:
    'Expected work accidents (not deaths) and JKK cash benefits (STMB, disability, periodic benefit).',
  FORMULA_PLAN_EXPECTED_ACCIDENTS:
    'accidents = Σ workers × annual rate per severity ÷ 12 each month; benefits = Σ that month’s accidents × the JKK cash benefit for an accident on the 15th of that month (scholarship left out)',
} as const satisfies Catalogue
