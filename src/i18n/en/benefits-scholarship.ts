import type { Catalogue } from '../types.js'

/** The English messages of the scholarship of the death benefits (reasons per child, the schedule, the selection). */
export const benefitsScholarshipMessagesEn = {
  SCHOLARSHIP_CONTRIBUTION_MET:
    '{months} contribution months meet the minimum of {years} years ({needed} months) for the scholarship.',
  SCHOLARSHIP_CONTRIBUTION_TOO_SHORT:
    '{months} contribution months are under the minimum of {years} years ({needed} months): no scholarship.',
  SCHOLARSHIP_EXCLUDED_SHORT_MEMBERSHIP:
    '{months} months of membership, under {minimum}: the limited benefit includes no scholarship.',
  SCHOLARSHIP_PMI_NOT_MODELLED:
    'The PMI scholarship amounts under {regime} were not found in the sources checked: no scholarship is computed.',
  SCHOLARSHIP_NO_CHILDREN: 'No child is listed: no scholarship.',
  SCHOLARSHIP_NO_ELIGIBLE_CHILD: 'No child meets the conditions for the scholarship.',
  SCHOLARSHIP_YEARLY_CLAIM:
    'The scholarship is paid per school year on a yearly claim with proof of schooling; this schedule projects the child’s entitlement.',
  SCHOLARSHIP_BACKLOG:
    'PP 82/2019 scholarships are payable only from {date}: payments for earlier school years are paid from that date.',
  SCHOLARSHIP_LUMP_SUM_PER_PARTICIPANT:
    'Under PP 44/2015 the scholarship is paid once, {amount} per participant.',
  CHILD_OVER_AGE_LIMIT: 'The child was {age} on the date of death (limit {limit}): no scholarship.',
  CHILD_MARRIED: 'The child married ({date}) before the participant died: no scholarship.',
  CHILD_WORKING: 'The child has worked since {date}: no scholarship.',
  CHILD_NOT_REGISTERED_HEIR: 'The participant did not register this child as an heir for the scholarship.',
  CHILD_NOT_SELECTED: 'The scholarship goes to at most {maximum} children: this child is not one of them.',
  CHILD_SCHEDULE_FROM_AGE:
    'No schooling given: the schedule follows the child’s age (TK at {tk}, SD at {sd}, then each level for its most years), the largest schedule possible.',
  CHILD_SCHOOLING_STARTS_LATER:
    'The schooling given starts in school year {start}: school years {year} up to then are not scheduled.',
  CHILD_SCHEDULE_PROJECTED:
    'From school year {year} the schedule is projected through the levels after the last level given.',
  CHILD_SCHOLARSHIP_ENDS_AGE:
    'The child turns {limit} on {date}: the scholarship ends; school year {year} and later are not paid.',
  CHILD_SCHOLARSHIP_ENDS_MARRIAGE:
    'The child married on {date}: the scholarship ends; school year {year} and later are not paid.',
  CHILD_SCHOLARSHIP_ENDS_WORK:
    'The child has worked since {date}: the scholarship ends; school year {year} and later are not paid.',
  CHILD_WORK_EXCEPTION:
    'The child’s work ({kind}) does not end the scholarship under Permenaker 1/2025 Pasal 103 ayat (3a).',
  CHILD_LEVEL_YEARS_EXHAUSTED: 'School year {year}: the scholarship years of level {level} are used up.',
} as const satisfies Catalogue
