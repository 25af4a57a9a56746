import type { Catalogue } from '../types.js'

/** The English messages of rosters (assessRoster) and coverage roadmaps (planCoverageRoadmap, workersForBudget). */
export const rosterMessagesEn = {
  ROSTER_ROW_NOT_OBJECT: 'Row {row} is not a person (an object); the row is skipped.',
  ROSTER_ROW_NOT_PLAIN: 'This row is not plain data: {reason}; the row is skipped.',
  ROSTER_FIELD_INVALID: 'Field {field} is not valid: {value}.',
  ROSTER_FIELD_UNKNOWN: 'Unknown field: {field}; ignored. Check its spelling.',
  ROSTER_NIK_MISSING: 'The NIK is empty.',
  ROSTER_NIK_MALFORMED: 'The NIK "{nik}" must be 16 digits.',
  ROSTER_NIK_REGION_INVALID:
    'The region code of NIK "{nik}" is impossible: the province, regency/city or district is 00.',
  ROSTER_NIK_REGION_UNKNOWN: 'The NIK’s district code {district} is not in the region data given.',
  ROSTER_NIK_BIRTH_INVALID:
    'Digits 7–12 of NIK "{nik}" are not a birth date (day 01–31, women 41–71; month 01–12).',
  ROSTER_NIK_SERIAL_INVALID: 'The serial of NIK "{nik}" (last 4 digits) cannot be 0000.',
  ROSTER_NIK_BIRTH_DATE_MISMATCH:
    'The birth date {birthDate} does not match the NIK (digits 7–12 say {nikBirth}).',
  ROSTER_NIK_SEX_MISMATCH: 'The sex {sex} does not match the NIK (its birth day says {nikSex}).',
  ROSTER_NIK_DUPLICATE: 'NIK {nik} is already listed on row {firstRow}; the person is counted once.',
  ROSTER_BIRTH_DATE_MISSING: 'The birth date is empty: the age on the enrolment date is not known.',
  ROSTER_BIRTH_AFTER_ENROLMENT: 'The birth date {birthDate} is after the enrolment date {asOf}.',
  ROSTER_AGE_IMPLAUSIBLE: 'An age of {age} on {asOf} is implausible; check the birth date.',
  ROSTER_AGE_ABOVE_LIMIT: 'Aged {age} on {asOf}: above the BPU registration age limit of {maxAge}.',
  ROSTER_AGE_CHILD: 'Aged {age} on {asOf}: a child (under {minimumAge}); to be reviewed.',
  ROSTER_RELATIONSHIP_MISSING:
    'The work relationship (e.g. vulnerable worker, religious worker) is empty and the caller gave no default.',
  ROSTER_CATEGORY_UNKNOWN: 'The participant category cannot be settled yet; missing: {missing}.',
  ROSTER_NOT_BPU: 'Category {category}, not BPU: the employer registers them, not this program.',
  ROSTER_OUTSIDE_PROGRAM: 'Cannot be enrolled: {reason}',
  ROSTER_INCOME_MISSING: 'The declared income is empty and the caller gave no default.',
  ROSTER_INCOME_DEFAULTED: 'The income is empty: the program’s value {income} is used.',
  ROSTER_INCOME_CLAMPED:
    'The income {income} is outside the PP 44/2015 Lampiran II table: the contribution base is {base} (decision D1).',
  ROSTER_PARTICIPATION_UNKNOWN:
    'Not stated whether already a participant; taken as a candidate (BPJS TK refuses a duplicate NIK at enrolment).',
  ROSTER_ALREADY_PARTICIPANT: 'Already a participant: counted as covered, not enrolled again.',
  ROSTER_PREMIUM_REFUSED: 'The premium cannot be computed: {reason}',
  ROSTER_CHECK_REFUSED: 'The eligibility check cannot be made: {reason}',
  ROSTER_BPU_AGE_LIMIT_UNKNOWN:
    'The BPU registration age limit is not known (decision D15), so it is not applied; give the program’s limit through the parameter eligibility.bpu.maxRegistrationAge if there is one.',
  ROSTER_COHORTS_SPLIT:
    'There are {cohorts} premium cohorts; the planCoverageProgram input is split into {parts} parts (at most 100 cohorts each).',
  STEP_ROSTER_ROWS:
    '{rows} rows checked on {asOf}: {enrol} ready to enrol, {covered} already participants, {review} to review, {excluded} not enrolled.',
  STEP_ROSTER_NIK:
    'NIK structure: 16 digits; province, regency/city and district codes not 00; digits 7–12 the birth date (women: day + 40) compared with the birth date and sex; serial not 0000. {defects} rows with defects.',
  STEP_ROSTER_DUPLICATES:
    'Duplicate NIKs: the first occurrence is used, later ones are not enrolled ({duplicates} rows).',
  STEP_ROSTER_ELIGIBILITY:
    'Eligibility of "{relationship}" aged {age} on {asOf}: category {category}; JKK {jkk}, JKM {jkm}; BPU age limit: {bpuAge}.',
  STEP_ROSTER_PREMIUM:
    'Premium per person per month {period}: income {income}, programs {programs} → {premium}.',
  STEP_ROSTER_COHORT: 'Cohort "{cohort}": {workers} people × {premium} = {total} a month.',
  FORMULA_ROSTER_COHORT:
    'people ready to enrol with the same package × premium per person in the first month',
  STEP_ROSTER_TOTAL: 'First-month premium of everyone ready to enrol.',
  ROADMAP_TARGET_BEFORE_START: 'The target year {targetYear} is before the start year {startYear}.',
  ROADMAP_COVERED_EXCEEDS_POTENTIAL:
    'Workers already covered ({covered}) exceed the potential workers ({potential}).',
  ROADMAP_PROGRAM_EXCEEDS_COVERED:
    'Workers paid by the program ({program}) exceed the workers already covered ({covered}).',
  ROADMAP_BUDGET_RULE: 'Give exactly one budget rule: yearly, growth (with firstYear) or years.',
  ROADMAP_BUDGET_YEARS_LENGTH:
    'The budget list has {given} years; the plan {startYear}–{endYear} needs {needed}.',
  ROADMAP_NOT_REACHABLE: 'The coverage target {target} is not reached by {endYear} with this budget.',
  ROADMAP_NOT_REACHABLE_CAPACITY:
    'The coverage target {target} cannot be reached in {targetYear} whatever the budget: an enrolment capacity of {capacity} people a year and a churn of {churn} prevent it.',
  ROADMAP_BUDGET_NEEDED_TOO_LARGE: 'The budget needed exceeds the largest amount that can be computed.',
  STEP_ROADMAP_PREMIUM:
    'Premium per worker {year} ({from} to {to}, {months} months), priced month by month: {cost}.',
  STEP_ROADMAP_NEED:
    'Program workers needed for a coverage of {target}: ⌈{potential} × {target}⌉ − {baseline} covered outside the program = {need}.',
  STEP_ROADMAP_YEAR:
    '{year}: a budget of {budget} pays for ⌊{budget} ÷ {cost}⌋ = {affordable} workers; program pays for {program} (new {enrolled}, leaving {left}); coverage {coverage}; cost {spent}.',
  FORMULA_ROADMAP_YEAR:
    'program workers = min(⌊budget ÷ yearly premium per worker⌋, need, last year’s remaining + capacity); leaving = ⌈churn × program workers⌉ at the end of the year',
  STEP_ROADMAP_TARGET: 'The target {target} is reached in {year}.',
  STEP_ROADMAP_BUDGET_NEEDED:
    'Smallest budget (rule {rule}, searched to the rupiah) reaching the target in {targetYear}: {budget} in the first year.',
  STEP_BUDGET_COST: 'Premium per worker {from} to {to}, month by month: {cost}.',
  STEP_BUDGET_WORKERS:
    '⌊{budget} ÷ {cost}⌋ = {workers} workers (whole people, rounded down); spent {spent}, left {rest}.',
} as const satisfies Catalogue
