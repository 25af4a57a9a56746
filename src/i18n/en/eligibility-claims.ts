import type { Catalogue } from '../types.js'

/**
 * The English messages of the eligibility area's JKP registration and claim checks: the JKP claim, the JKM claim and the
 * scholarship.
 */
export const eligibilityClaimsMessagesEn = {
  ELIG_JKP_IN_FORCE: 'The JKP program is in force on {date}.',
  ELIG_JKP_NOT_IN_FORCE: 'The JKP program did not exist on {date}: PP 37/2021 started it.',
  ELIG_JKP_CITIZEN_MET: 'Indonesian citizen: the JKP citizenship condition is met.',
  ELIG_JKP_CITIZEN_NOT_MET: 'JKP is for Indonesian citizens only.',
  ELIG_JKP_AGE_MET: 'Aged {age} when registering, below {maxAge}.',
  ELIG_JKP_AGE_NOT_MET:
    'Aged {age} when registering: JKP is only for workers who have not reached {maxAge} when registering.',
  ELIG_JKP_EMPLOYMENT_MET: 'In an employment relationship with a pengusaha (business employer).',
  ELIG_JKP_EMPLOYMENT_NOT_MET:
    'JKP is only for workers in an employment relationship with a pengusaha (business employer).',
  ELIG_JKP_PROGRAMS_MET: 'Enrolled in the required programs ({required}).',
  ELIG_JKP_PROGRAMS_NOT_MET: 'Not enrolled in all required programs ({required}): missing {lacking}.',
  ELIG_JKP_JKN_MET: 'Enrolled in JKN.',
  ELIG_JKP_JKN_NOT_MET: 'JKP requires membership of JKN (BPJS Kesehatan).',

  ELIG_JKP_REASON_OK: 'The reason for leaving work ({reason}) is not excluded from JKP.',
  ELIG_JKP_REASON_EXCLUDED: 'The reason for leaving work ({reason}) is excluded from JKP benefits.',
  ELIG_JKP_WINDOW_MET: '{count} months of contributions in the last {window} months, at least {min}.',
  ELIG_JKP_WINDOW_NOT_MET:
    'Only {count} months of contributions in the last {window} months: at least {min} are required.',
  ELIG_JKP_CONSECUTIVE_MET: '{count} consecutive months of contributions before the layoff, at least {min}.',
  ELIG_JKP_CONSECUTIVE_NOT_MET:
    'Only {count} consecutive months of contributions before the layoff: at least {min} are required.',
  ELIG_JKP_DEADLINE_IS:
    'The claim must be filed by {deadline} ({months} months after the layoff); no claim date was given.',
  ELIG_JKP_DEADLINE_MET:
    'Claim on {claimDate}, within the deadline {deadline} ({months} months after the layoff).',
  ELIG_JKP_DEADLINE_NOT_MET:
    'Claim on {claimDate} is past the deadline {deadline} ({months} months after the layoff): the right to JKP benefits is lost.',
  ELIG_JKP_REEMPLOYED: 'The worker has a new job: the right to JKP benefits is lost.',
  ELIG_JKP_NOT_REEMPLOYED: 'The worker has no new job yet.',

  ELIG_JKM_FULL_BEFORE_RULE:
    'Death on {date}, before the Permenaker 1/2025 membership-length rule: the full JKM regardless of membership length (decision D2).',
  ELIG_JKM_CATEGORY_NOT_IN_SCOPE:
    'The minimum membership of {min} months does not apply to category {category}: the full JKM.',
  ELIG_JKM_SHORT_MEMBERSHIP:
    'Membership of {months} months, under {min}: a {category} participant gets only the short-membership benefit (Permenaker 1/2025, decision D2).',
  ELIG_JKM_FULL_MEMBERSHIP: 'Membership of {months} months, at least {min}: the full JKM.',

  ELIG_SCH_NO_MINIMUM:
    'Death from a work accident or an occupational disease (JKK): scholarship with no minimum contribution period.',
  ELIG_SCH_CONTRIB_MET: '{months} months of contributions, at least {min}.',
  ELIG_SCH_CONTRIB_NOT_MET: 'Only {months} months of contributions: the scholarship requires at least {min}.',
  ELIG_SCH_OLD_REGIME_CHILD:
    'PP 44/2015 regime: the scholarship is one lump sum per participant; the PP 82/2019 child conditions do not apply.',
  ELIG_SCH_CHILD_AGE_OK: 'The child is {age}, below {maxAge}.',
  ELIG_SCH_CHILD_TOO_OLD: 'The child is {age}: the scholarship ends when the child reaches {maxAge}.',
  ELIG_SCH_CHILD_UNMARRIED: 'The child is not married.',
  ELIG_SCH_CHILD_MARRIED: 'The child is married: the scholarship ends.',
  ELIG_SCH_CHILD_NOT_WORKING: 'The child is not working.',
  ELIG_SCH_CHILD_WORKING: 'The child works: the scholarship ends.',
  ELIG_SCH_CHILD_WORK_EXCEPTION:
    'The child works as {work}: the scholarship continues (Permenaker 1/2025 Pasal 103 ayat (3a)).',
  ELIG_SCH_CHILD_PU_EXCEPTION:
    'The child has worked as PU for {months} consecutive months, at most {max}: the scholarship continues.',
  ELIG_SCH_CHILD_PU_TOO_LONG:
    'The child has worked as PU for {months} consecutive months, more than {max}: the scholarship ends.',
  ELIG_SCH_NOT_REGISTERED_HEIR:
    'The participant did not register this child as a scholarship heir, while other children are registered.',
  ELIG_SCH_LIMIT_REACHED: 'The places are taken: the scholarship is for at most {max} child(ren).',
  ELIG_SCH_CHILDREN_MET: 'Children who get the scholarship: {count} (at most {max}).',
  ELIG_SCH_NO_ELIGIBLE_CHILD: 'No child meets the scholarship conditions.',
} as const satisfies Catalogue
