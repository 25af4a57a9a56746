import type { Catalogue } from '../types.js'
import { benefitsScholarshipMessagesEn } from './benefits-scholarship.js'
import { DEATH_CAUSES, listText } from '../../types.js'

/** The English messages of the benefits area (codes, reasons, explanation steps). */
export const benefitsMessagesEn = {
  MEMBERSHIP_AFTER_DEATH: 'The membership start {membershipStart} is after the date of death {dateOfDeath}.',
  BIRTH_AFTER_DEATH: 'The participant’s birth date {birthDate} is after the date of death {dateOfDeath}.',
  MEMBERSHIP_BEFORE_BIRTH:
    'The membership start {membershipStart} is before the participant’s birth date {birthDate}.',
  CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP:
    '{contributionMonths} contribution months exceed the months of membership up to the month of death ({maximum}).',
  PAID_THROUGH_BEFORE_MEMBERSHIP:
    'The last paid month {paidThrough} is before the membership started ({membershipStart}).',
  CHILD_BORN_TOO_LATE:
    'The child was born on {birthDate}, more than {months} months after the participant died (latest {latest}): check the birth date.',
  DATE_BEFORE_BIRTH: 'The date {date} is before the child’s birth date {birthDate}.',
  SCHOOLING_BEFORE_BIRTH: 'The school start year {startYear} is before the child’s birth year ({birthYear}).',
  SCHOOLING_ORDER_INVALID:
    'The schooling is out of order: {first} then {second}. Each level must be higher and start in a later year.',
  WAGE_REQUIRED:
    'A wage is required for category {category}: give the declared income (declaredIncome) for BPU, otherwise the monthly wage (monthlyWage) or the daily wage (dailyWage).',
  WAGE_BASIS_CONFLICT: 'Give exactly one wage basis, not several: {fields}.',
  WAGE_BASIS_NOT_FOR_CATEGORY:
    'Field {field} does not apply to category {category}: BPU uses declaredIncome, other categories monthlyWage or dailyWage.',
  ACCIDENT_AFTER_DEATH: 'The work accident date {dateOfAccident} is after the date of death {dateOfDeath}.',
  PMI_DEATH_NOT_COVERED:
    'PMI JKM benefits for a death on {date} are not modelled: this library holds the PMI rules from Permenaker 18/2018 (in force {from}).',
  PMI_JKK_DEATH_NOT_COVERED:
    'A PMI work accident on {date}, before Permenaker 18/2018 (2018-12-10), is not in this library: the benefits under the earlier rules were not found in the sources checked.',
  MISSING_FACT: 'Not given: {fact} (field {path}). The library does not assume it.',
  FACT_CAUSE: `the cause of death (${listText(DEATH_CAUSES, 'or')})`,
  FACT_MEMBERSHIP_ACTIVE: 'whether the membership was active on the date of the event',
  FACT_PAID_THROUGH: 'the last contribution month paid (BPU)',
  FACT_PMI_PHASE: 'the PMI phase at death (before, during or after work)',
  FACT_CHILDREN: 'the participant’s children',
  FACT_FUNERAL_ARRANGER: 'who arranged the funeral',
  CAUSE_NOT_WORK_RELATED:
    'The participant did not die of a work accident or occupational disease: JKM applies.',
  WORK_ACCIDENT_USE_JKK:
    'A death from {cause} is not paid from JKM: the heirs are entitled to the JKK death benefit (use calculateJkkDeathBenefit).',
  CAUSE_WORK_RELATED: 'The participant died of {cause}: the JKK death benefit applies.',
  NOT_WORK_RELATED_USE_JKM:
    'A death that is not a work accident or occupational disease is not paid from JKK: use calculateJkmBenefit.',
  CAUSE_natural: 'a cause other than work',
  CAUSE_work_accident: 'a work accident',
  CAUSE_occupational_disease: 'an occupational disease',
  MEMBERSHIP_ACTIVE: 'The membership was active on {date}.',
  MEMBERSHIP_NOT_ACTIVE:
    'The membership was not active on {date}: no benefit is paid (the heirs can only withdraw the JHT balance, if any).',
  EVENT_MONTH_PAID: 'BPU contributions are paid through {paidThrough}, which covers {month}.',
  EVENT_MONTH_NOT_PAID:
    'BPU contributions are paid only through {paidThrough}, not covering {month}: the participant was not protected.',
  ACCIDENT_BEFORE_MEMBERSHIP:
    'The work accident on {date} happened before the membership started ({membershipStart}).',
  SHORT_MEMBERSHIP_REDUCED_BENEFIT:
    '{months} months of membership, under {minimum}: the benefit is limited to {amount} (death benefit and funeral cost), with no periodic benefit and no scholarship.',
  PMI_DURING_WORK_COMBINED:
    'A PMI who died during work: death benefit, periodic benefit and funeral cost are paid together as {amount}.',
  FIRST_PAYER_UNKNOWN:
    'The employer’s arrears are not given: who pays first cannot be decided (the benefit is still due to the heirs).',
  ARREARS_BPJS_PAYS_FIRST:
    'Employer arrears of {months} month(s) (at most {maximum}): BPJS Ketenagakerjaan pays the benefit first.',
  ARREARS_EMPLOYER_PAYS_FIRST:
    'Employer arrears of {months} months (more than {maximum}): the employer pays the benefit first and BPJS Ketenagakerjaan reimburses it once the arrears and penalties are paid.',
  JKK_FLOOR_APPLIED:
    '48 × wage = {fromWage} is below the JKM lump sum: the JKK death benefit is raised to {floor}.',
  BENEFIT_NOT_PAYABLE:
    'The scholarship is not computed because the death benefit is not paid (see the other reasons).',
  HEIRS_GROUP: 'The heirs are group {rank} ({group}): {count} person(s).',
  HEIRS_LOWER_GROUPS_EXCLUDED:
    'Other family members receive nothing ({count} in all) because there are heirs of group {rank}.',
  NO_HEIR:
    'No heir and no will beneficiary: the funeral cost goes to whoever arranged the funeral; the lump sum and periodic benefit go to the Social Security Fund (DJS).',
  HEIR_GROUP_SPOUSE_OR_CHILD: 'widow, widower or child',
  HEIR_GROUP_DIRECT_LINE_TO_SECOND_DEGREE:
    'blood relatives in the direct line up or down to the second degree',
  HEIR_GROUP_SIBLING: 'siblings',
  HEIR_GROUP_PARENT_IN_LAW: 'parents-in-law',
  HEIR_GROUP_WILL: 'the people named in the participant’s will',
  CONTRIBUTION_MONTHS_DERIVED:
    'Contribution months not given: {months} months counted from the membership start to the date of death, assuming every month was paid.',
  SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER:
    '{count} children are eligible but the scholarship goes to at most {maximum}, and none is marked as a registered heir: the first ones in input order are chosen.',
  SCHOLARSHIP_MORE_REGISTERED_THAN_MAX:
    '{count} children are marked as registered heirs, more than {maximum}: the first ones in input order are chosen.',
  SCHOLARSHIP_SCHEDULE_ASSUMED:
    'No schooling given for child {index}: the scholarship schedule is assumed from the age (TK at {tk}, SD at {sd}).',
  SCHOLARSHIP_NOT_MODELLED: 'The PMI scholarship under {regime} is not modelled.',
  INPUT_NOT_USED: 'Field {field} is not used for category {category}.',
  JKK_EVENT_DATE_IS_DEATH_DATE:
    'No work accident date given: the benefit regime is chosen by the date of death ({date}).',
  HEIR_SPLIT_NOT_SET: '{count} heirs in one group: how they share is not set by the regulations cited.',
  STEP_JKM_REGIME: 'JKM regime by the date of death {date}: {regime}.',
  STEP_JKK_REGIME: 'JKK regime by the date of the work accident {date}: {regime}.',
  STEP_JKM_CAUSE: 'Cause of death: {cause}. JKM covers only deaths that are not work accidents.',
  STEP_JKK_CAUSE: 'Cause of death: {cause}. JKK covers deaths from a work accident or occupational disease.',
  STEP_PROTECTION_DEATH: 'Protection on the date of death {date}: {outcome}.',
  STEP_PROTECTION_ACCIDENT: 'Protection on the date of the work accident {date}: {outcome}.',
  STEP_PROTECTION_BPU:
    'BPU contributions paid through {paidThrough}; month of the event {month}; grace {grace} month(s).',
  OUTCOME_met: 'met',
  OUTCOME_not_met: 'not met',
  OUTCOME_missing: 'not given',
  STEP_JKM_SHORT_MEMBERSHIP:
    '{months} months of membership compared with the minimum of {minimum} (category {category}).',
  FORMULA_SHORT_MEMBERSHIP:
    'limited benefit when membership < {minimum} months and the category is in the rule’s scope',
  STEP_JKM_PMI_DURING: 'A PMI who died during work: {amount} paid at once.',
  STEP_LUMP_SUM: 'Lump sum: {amount}.',
  STEP_PERIODIC: 'Periodic benefit paid at once: {amount}.',
  FORMULA_PERIODIC: '{months} months × {monthly}',
  STEP_FUNERAL: 'Funeral cost: {amount}.',
  STEP_JKM_TOTAL: 'Total JKM cash benefit ({status}): {total}.',
  STEP_JKK_TOTAL: 'Total JKK death cash benefit ({status}): {total}.',
  FORMULA_DEATH_TOTAL: 'lump sum {lumpSum} + periodic {periodic} + funeral {funeral}',
  STATUS_payable: 'payable',
  STATUS_not_payable: 'not payable',
  STATUS_incomplete: 'incomplete input',
  STEP_EMPLOYER_ARREARS: 'Employer arrears of {months} month(s): the first payer is {payer}.',
  FORMULA_ARREARS: 'BPJS Ketenagakerjaan when arrears ≤ {maximum} months, otherwise the employer',
  BENEFIT_PAYER_BPJS: 'the agency (BPJS Ketenagakerjaan)',
  BENEFIT_PAYER_EMPLOYER: 'the employer',
  STEP_JKK_WAGE_MONTHLY: 'Last monthly wage reported: {monthly}.',
  STEP_JKK_WAGE_DAILY: 'Monthly wage from the daily wage: {factor} × daily wage = {monthly}.',
  STEP_JKK_WAGE_DECLARED: 'BPU declared income used as the monthly wage: {monthly}.',
  STEP_JKK_LUMP_SUM_WAGE: 'JKK death benefit from the wage: {amount}.',
  FORMULA_JKK_LUMP_SUM: '{multiplier} × monthly wage {wage} (60% × 80 months)',
  FORMULA_JKK_LUMP_SUM_DAILY: '{multiplier} × {factor} × daily wage {wage}',
  STEP_JKK_FLOOR: 'The JKK death benefit is at least the JKM lump sum: {amount}.',
  FORMULA_JKK_FLOOR: 'max({fromWage}, {floor})',
  STEP_JKK_NO_FLOOR: 'This regime has no floor for the JKK death benefit: {amount}.',
  STEP_SCHOLARSHIP_MAXIMUM: 'Most scholarship under this regime: {maximum}.',
  FORMULA_SCHOLARSHIP_MAXIMUM_YEARLY:
    'Σ (level amount × most years, with the combined TK–SD limit) = {perChild} per child × {children} children',
  FORMULA_SCHOLARSHIP_MAXIMUM_LUMP_SUM: '{perChild} once per participant',
  STEP_SCHOLARSHIP_MIN_CONTRIBUTION:
    'Scholarship contribution condition: {months} months compared with {needed} months.',
  FORMULA_MIN_CONTRIBUTION: 'contribution period ≥ {years} years × 12 months',
  STEP_SCHOLARSHIP_CHILDREN:
    'Choice of the scholarship children: {listed} listed, {eligible} eligible, {selected} chosen (at most {maximum}).',
  STEP_SCHOLARSHIP_SELECTION_ORDER: '{count} eligible children for {maximum} places: chosen in input order.',
  STEP_SCHOLARSHIP_CHILD_SCHOOLING:
    'Scholarship schedule of child {number} (by the school levels given): {count} payment(s), total {total}.',
  STEP_SCHOLARSHIP_CHILD_AGE:
    'Scholarship schedule of child {number} (by age; no school level given): {count} payment(s), total {total}.',
  STEP_SCHOLARSHIP_CHILD_LUMP_SUM:
    'Scholarship of child {number} (lump sum): {count} payment(s), total {total}.',
  FORMULA_SCHOLARSHIP_CHILD:
    'for each school year: the level’s amount, while the child is under the age limit, unmarried, not working, and the level’s years are not used up',
  STEP_HEIRS_GROUP: 'Heirs of group {rank}: {group} ({count} person(s)).',
  STEP_HEIRS_NONE: 'No heir in the legal order.',
  // legal (issue 16): PMI JKK death by phase, without a wage
  STEP_JKK_PMI_DURING:
    'A PMI who died of a work accident during work: {amount} paid at once, without a wage (Permenaker {regulation}).',
  STEP_JKK_PMI_BEFORE_AFTER: 'A PMI who died of a work accident {phase} work: benefit amount {amount}.',
  FACT_PMI_JKK_AMOUNT:
    'the JKK death benefit of a PMI before or after work (not found in the sources; give it as the parameter jkkDeath.pmi.beforeAfter.amount)',
  PMI_JKK_WAGE_NOT_USED:
    'A PMI reports no wage: the JKK benefits are fixed amounts, so the wage given ({field}) is not used.',
  PMI_FUNERAL_PART_UNKNOWN:
    'The {total} paid for a PMI who died during work holds the death benefit and the funeral cost, but the funeral part’s amount is not in the sources: with no heir, that part is due to whoever arranged the funeral (give jkm.pmi.duringWork.funeral).',
  PHASE_before: 'before',
  PHASE_after: 'after',
  ...benefitsScholarshipMessagesEn,
} as const satisfies Catalogue
