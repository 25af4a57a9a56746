import type { Catalogue } from '../types.js'
import { eligibilityClaimsMessagesEn } from './eligibility-claims.js'

/** The English messages of the eligibility area (codes, reasons, explanation steps). */
export const eligibilityMessagesEn = {
  ELIG_YES: 'yes',
  ELIG_NO: 'no',
  ELIG_STATUS_mandatory: 'mandatory',
  ELIG_STATUS_optional: 'optional (voluntary)',
  ELIG_STATUS_unavailable: 'not available',
  ELIG_STATUS_unknown: 'cannot be settled yet',
  ELIG_STATUS_conditional: 'mandatory when its conditions are met',
  ELIG_CONDITION_met: 'met',
  ELIG_CONDITION_not_met: 'not met',
  ELIG_CONDITION_unknown: 'cannot be settled yet',
  ELIG_CHECK_eligible: 'eligible',
  ELIG_CHECK_not_eligible: 'not eligible',
  ELIG_CHECK_unknown: 'cannot be settled yet',
  ELIG_CATEGORY_STATUS_determined: 'determined',
  ELIG_CATEGORY_STATUS_outside_bpjs_tk: 'outside BPJS Ketenagakerjaan',
  ELIG_CATEGORY_STATUS_not_a_participant: 'not a participant',
  ELIG_CATEGORY_STATUS_unknown: 'cannot be settled yet',
  ELIG_SEGMENT_PU_micro: 'wage earners (PU) of a micro enterprise',
  ELIG_SEGMENT_PU_small: 'wage earners (PU) of a small enterprise',
  ELIG_SEGMENT_PU_medium: 'wage earners (PU) of a medium enterprise',
  ELIG_SEGMENT_PU_large: 'wage earners (PU) of a large enterprise',
  ELIG_SEGMENT_PU_STATE: 'non-ASN wage earners (PU) of a state body',
  ELIG_SEGMENT_BPU: 'non-wage participants (BPU)',
  ELIG_SEGMENT_JAKON: 'construction project workers (Jakon)',
  ELIG_SEGMENT_PMI: 'Indonesian migrant workers (PMI)',
  ELIG_SEGMENT_INTERN: 'interns',
  ELIG_CORPS_asn: 'ASN civil servants (PNS/PPPK)',
  ELIG_CORPS_tni: 'TNI soldiers',
  ELIG_CORPS_polri: 'Polri members',
  ELIG_KIND_religious_worker: 'A religious worker (marbot, imam, muezzin, Quran teacher)',
  ELIG_KIND_rt_rw_head: 'An RT/RW head',
  ELIG_KIND_vulnerable_worker: 'A vulnerable worker',
  ELIG_PAYER_apbd: 'the APBD (regional government budget)',
  ELIG_PAYER_apbn: 'the APBN (state budget)',
  ELIG_CONTRACT_casual: 'casual (daily)',
  ELIG_CONTRACT_piece_rate: 'piece-rate',
  ELIG_CONTRACT_fixed_term: 'fixed-term (PKWT)',
  ELIG_LEAVING_layoff: 'laid off by the employer',
  ELIG_LEAVING_company_closure: 'company closed',
  ELIG_LEAVING_bankruptcy: 'company bankrupt',
  ELIG_LEAVING_fixed_term_terminated_early: 'fixed-term contract ended early',
  ELIG_LEAVING_resignation: 'resignation',
  ELIG_LEAVING_retirement: 'retirement',
  ELIG_LEAVING_total_permanent_disability: 'total permanent disability',
  ELIG_LEAVING_death: 'death',
  ELIG_LEAVING_fixed_term_contract_ended: 'end of a fixed-term contract',
  ELIG_CHILD_WORK_pu: 'a wage earner (PU)',
  ELIG_CHILD_WORK_bpu: 'a non-wage worker (BPU)',
  ELIG_CHILD_WORK_intern: 'an intern',
  ELIG_ENTITLEMENT_full: 'the full JKM',
  ELIG_ENTITLEMENT_short_membership: 'the short-membership benefit',
  ELIG_ENTITLEMENT_unknown: 'cannot be settled yet',
  ELIG_WORKING_AGE_STATUS_adult: 'adult',
  ELIG_WORKING_AGE_STATUS_child: 'child',
  ELIG_BPU_AGE_allowed: 'may register',
  ELIG_BPU_AGE_not_allowed: 'past the age limit',
  ELIG_BPU_AGE_unknown: 'cannot be settled yet',

  ELIG_MISSING_FACT: 'Cannot be settled yet: it depends on facts not given ({paths}).',
  ELIG_LAW_UNSETTLED:
    'The available legal sources do not settle the status of {program} for {segment}; no input can decide it.',

  ELIG_CAT_PU_COMPANY: 'An employee of a company is a wage-earning participant (PU) of a non-state employer.',
  ELIG_CAT_PU_INDIVIDUAL:
    'A worker employed by an individual is a wage-earning participant (PU) of a non-state employer.',
  ELIG_CAT_PU_FOREIGNER:
    'A foreigner working in Indonesia for at least {minMonths} months must be a PU participant.',
  ELIG_CAT_FOREIGNER_TOO_SHORT:
    'A foreigner working in Indonesia for less than {minMonths} months is not a mandatory BPJS Ketenagakerjaan participant.',
  ELIG_CAT_PU_STATE:
    'A non-ASN employee of a state body is a wage-earning participant (PU) with a state employer (decision D18).',
  ELIG_CAT_PPPK_PART_TIME:
    'A part-time PPPK (UU 20/2023) is checked as a wage-earning participant (PU) with a state employer: BPJS Ketenagakerjaan branches keep them as participants until a rule moves them (decision L6, low confidence).',
  ELIG_PPPK_PART_TIME_PROGRAM: 'For a part-time PPPK, {program} is {status} (decision L6).',
  ELIG_PPPK_PART_TIME_UNSETTLED:
    'No source seen says whether {program} applies to a part-time PPPK (decision L6): the answer cannot be settled yet.',
  ELIG_PPPK_PART_TIME_BEFORE_LAW:
    'Part-time PPPK exist from UU 20/2023 (in force {from}); before that date check the person as non-ASN staff (`state-non-asn`).',
  ELIG_STATE_BASIS_UU_24_2011:
    'Before PP 49/2023 no text seen names non-ASN state employees as a category; the library applies the general duty of every employer (UU 24/2011 Pasal 15) and Inpres 2/2021 (low confidence).',
  ELIG_STATE_BASIS_PP_49_2023:
    'Since PP 49/2023, PU of state employers are a JKK and JKM participant category.',
  ELIG_STATE_BASIS_PERMENAKER_1_2025:
    'Permenaker 1/2025 Pasal 3A requires non-ASN employees to be registered for JKK and JKM.',
  ELIG_STATE_BASIS: 'Legal basis for enrolling non-ASN employees: {basis}.',
  ELIG_CAT_ASN:
    '{corps} are outside BPJS Ketenagakerjaan: their work-accident and death cover is run by {administrator} under PP 70/2015 as amended by PP 66/2017.',
  ELIG_CAT_TNI_POLRI:
    '{corps} are outside BPJS Ketenagakerjaan: their social insurance is run by {administrator} under PP 102/2015 as amended by PP 54/2020.',
  ELIG_CAT_BPU_SELF: 'A self-employed or informal worker is a non-wage participant (BPU).',
  ELIG_CAT_BPU_EMPLOYER: 'An employer (business owner) themselves is a non-wage participant (BPU).',
  ELIG_CAT_CONSTRUCTION_PERMANENT:
    'Permanent staff of a construction contractor are PU participants of their company, not Jakon participants per project.',
  ELIG_CAT_JAKON:
    'A {contract} worker on a construction project is registered per project by the project owner or contractor (Jakon).',
  ELIG_CAT_PMI: 'Prospective and placed Indonesian migrant workers are participants of the PMI category.',
  ELIG_SEGMENT_NOT_COVERED_PMI:
    'Before Permenaker 7/2017 took effect, prospective and placed TKI were insured by a private insurance consortium, not by BPJS Ketenagakerjaan.',
  ELIG_SEGMENT_NOT_COVERED: 'On this date {segment} were not yet covered by BPJS Ketenagakerjaan.',
  ELIG_CAT_INTERN:
    'Interns are registered by non-state employers for JKK and JKM (Permenaker 5/2021); in practice with the BPU contribution package, hence category BPU.',
  ELIG_INTERN_STATE_UNSETTLED:
    'The intern rule seen (Permenaker 5/2021) covers only non-state employers; interns of state bodies cannot be settled yet.',
  ELIG_SEGMENT_UNSETTLED_INTERN:
    'Before Permenaker 5/2021 took effect no rule on enrolling interns was found; their status cannot be settled.',
  ELIG_SEGMENT_UNSETTLED:
    'The status of {segment} on this date cannot be settled from the available sources.',
  ELIG_CAT_VULNERABLE_BPU: '{kind} who does not earn a wage is a BPU participant.',
  ELIG_CAT_VULNERABLE_BPU_DEFAULT:
    '{kind} is recorded as a BPU participant unless the caller says they earn a wage (wageEarner: true).',
  ELIG_CAT_VULNERABLE_WAGE: '{kind} who earns a wage from an employer is a wage-earning participant (PU).',
  ELIG_GOVERNMENT_FUNDED:
    'Contributions are paid from {payer}, as Inpres 2/2021 encourages; BPU whose contributions the APBN/APBD pays do not get the PP 50/2025 discount.',

  ELIG_PROG_MATRIX: 'For {segment}, {program} is {status}.',
  ELIG_PROG_MATRIX_ALL: '{program} is {status} in every case: {segments}.',
  ELIG_PROG_OUTSIDE: '{program} is not available: the cover is run by {administrator}.',
  ELIG_PROG_NOT_PARTICIPANT: 'Not a BPJS Ketenagakerjaan participant: {program} is not available.',
  ELIG_JP_PENSION_AGE_REACHED:
    'JP registration is possible only before pension age: pension age {pensionAge} is reached on {reachedOn}, so the last registration day is {until}.',
  ELIG_JP_BEFORE_PENSION_AGE:
    'Below JP pension age: pension age {pensionAge} is reached on {reachedOn}; JP registration is possible until {until}.',
  ELIG_JP_FOREIGNER_UNSETTLED:
    'JP membership of foreign workers is not clearly regulated in the available sources (low confidence).',
  ELIG_JP_FOREIGNER: 'For foreign workers, JP is {status} (caller parameter).',
  ELIG_JKP_CONDITIONAL:
    'JKP is mandatory when all its conditions hold: Indonesian citizen, below the age limit when registering, in an employment relationship, enrolled in the required programs and in JKN.',

  ELIG_WORKING_AGE_ADULT: 'Aged {age}: not a child, may be employed ({minAge} and over).',
  ELIG_WORKING_AGE_CHILD:
    'Aged {age}: a child (under {minAge}) may in principle not be employed, except for light work at {lightFrom}–{lightTo}, work within an education or training curriculum from {curriculumAge}, or work that develops a talent or interest.',
  ELIG_BPU_MAX_AGE_UNSETTLED:
    'A maximum BPU registration age exists (BPJS TK Perdir 22/2022) but its value is not known (decision D15).',
  ELIG_BPU_MAX_AGE_OK: 'Aged {age}, below the BPU registration age limit of {maxAge}.',
  ELIG_BPU_MAX_AGE_EXCEEDED: 'Aged {age}: past the BPU registration age limit of {maxAge}.',

  ELIG_CHILD_WORKER:
    'This person is {age} (under {minAge}): UU 13/2003 restricts employing children. BPJS Ketenagakerjaan programs are still assessed.',
  ELIG_PENSION_AGE_BEFORE_JP: 'Pension age was reached on {date}, before the JP program started ({start}).',
  ELIG_CONTRIBUTION_MONTHS_DERIVED:
    'The contribution period ({months} months) is derived from the membership date {membershipStart}, assuming every month was paid. Give contributionMonths if some months were not paid.',
  ELIG_SCHOLARSHIP_ORDER_FALLBACK:
    '{count} children may qualify and none is marked as a registered heir: at most the first {max} in input order are chosen (decision D14).',
  ELIG_JKP_PAID_AFTER_LAYOFF:
    'Months in paidPeriods after the layoff month {layoffMonth} are not counted ({count}: {months}): the JKP contribution conditions count up to the layoff.',

  ELIG_DATE_ORDER: '{field} ({value}) cannot be before {other} ({otherValue}).',
  ELIG_FIELD_NOT_APPLICABLE: 'The field {field} does not apply to {context}.',
  ELIG_JKP_MONTHS_TWO_WAYS:
    'Give the month counts (contributionMonthsInWindow, consecutiveMonthsBeforeLayoff) or the list of paid months (paidPeriods), not both.',
  ELIG_MONTHS_EXCEED_WINDOW: '{months} months of contributions exceed the {window}-month window.',

  ELIG_STEP_CATEGORY: 'Participant category: {category} ({status}). {detail}',
  ELIG_STEP_PROGRAM: '{program}: {status}. {detail}',
  ELIG_STEP_PENSION_AGE_ON: 'JP pension age in force on {date}: {pensionAge}.',
  ELIG_STEP_PENSION_REACHED:
    'Born {birthDate}: JP pension age {pensionAge} is reached on {date}; last JP registration day {until}.',
  ELIG_FORMULA_PENSION_REACHED:
    'the first birthday on which age ≥ the pension age in force that day (PP 45/2015 Pasal 15)',
  ELIG_STEP_WORKING_AGE: 'Working age: {age} ({status}).',
  ELIG_STEP_CONDITION: 'Condition {condition}: {status}. {detail}',
  ELIG_STEP_CHECK: 'Result of {check}: {status}.',
  ELIG_FORMULA_ALL_CONDITIONS:
    'all conditions met → eligible; one condition not met → not eligible; otherwise → cannot be settled yet',
  ELIG_STEP_JKP_DEADLINE:
    'JKP claim deadline: {deadline} ({months} months after the layoff on {layoffDate}).',
  ELIG_FORMULA_JKP_DEADLINE: 'layoff date + {months} months (same day, or the last day of a shorter month)',
  ELIG_STEP_JKP_COUNT:
    'Paid contribution months: {inWindow} in the window {start} to {end}; {consecutive} consecutive before the layoff.',
  ELIG_FORMULA_JKP_COUNT_WITH_LAYOFF_MONTH:
    'the window ends with the layoff month; the consecutive run ends with the layoff month, or the month before when the layoff month is unpaid',
  ELIG_FORMULA_JKP_COUNT_BEFORE_LAYOFF_MONTH:
    'the window and the consecutive run end with the month before the layoff month',
  ELIG_STEP_JKM_ENTITLEMENT: 'JKM entitlement: {entitlement}. {detail}',
  ELIG_FORMULA_JKM_MEMBERSHIP:
    'membership length = whole months from the registration date to the date of death',
  ELIG_STEP_SCH_REGIME: 'Death on {date}: scholarship under {regime}.',
  ELIG_STEP_SCH_CHILD: 'Child {index} (aged {age}): {status}; gets the scholarship: {selected}.',
  ELIG_STEP_BPU_AGE: 'BPU registration age limit: {status}.',
  ...eligibilityClaimsMessagesEn,
} as const satisfies Catalogue
