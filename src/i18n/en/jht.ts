import type { Catalogue } from '../types.js'

/** The English messages of the JHT balance projection and claims (projectJhtBalance, checkJhtClaim, calculateJhtClaim). */
export const jhtMessagesEn = {
  JHT_MONTH_DUPLICATE: 'Month {month} appears more than once in the JHT history.',
  JHT_MONTH_ORDER: 'Month {month} is out of order: the JHT history must be ascending without overlap.',
  JHT_WITHDRAWAL_EXCEEDS_BALANCE:
    'The withdrawal of Rp{withdrawal} in {month} exceeds the JHT balance of Rp{balance}.',
  JHT_NEGATIVE_RATE_NOT_INTENDED:
    'Negative development rate ({rate}) for {year}; set allowNegativeRates if it is intended.',
  JHT_MONTH_TWO_CONTRIBUTIONS: 'Month {month} gives a contribution and also a category/wage: give one.',
  JHT_MONTH_CATEGORY_AND_WAGE: 'Month {month}: the category and the wage go together.',
  JHT_PROJECTION_ENDS_BEFORE: 'The projection ends {until}, before its first month {from}.',
  JHT_PROJECTION_TOO_LONG: 'The JHT history and projection hold at most {maximum} months.',
  JHT_GROWTH_BELOW_MINUS_ONE: 'A contribution growth of {growth} makes the contribution negative.',
  JHT_FACT_RATE: 'the JHT development rate of that year (no declared figure seen)',
  JHT_FACT_BIRTH_DATE: "the participant's birth date",
  JHT_FACT_SEPARATION_DATE: 'the date of the resignation letter or of the PHK',
  JHT_FACT_MEMBERSHIP_START: 'the membership start date',
  JHT_FACT_PREVIOUS_PARTIAL_CLAIM: 'whether a partial JHT claim was already taken',
  JHT_FACT_NATIONALITY: "the participant's nationality",
  JHT_FACT_DATE_OF_DEATH: 'the date of death',
  JHT_FACT_BALANCE: 'the JHT balance on the claim date',
  JHT_METHOD_USED: "The return is credited with the {method} method (the library's choice unless given).",
  JHT_ASSUMPTIONS:
    "The projection {from}–{until} uses the caller's assumptions: first contribution {contribution}, growth {yearlyGrowth}/year, return {returnRate}/year. Not declared figures.",
  STEP_JHT_PRICED: 'JHT contribution {month} ({category}, wage {wage}): {amount}.',
  STEP_JHT_YEAR: 'Year {year}, rate {rate} ({source}): return {return}, balance {balance}.',
  FORMULA_JHT_YEARLY_PRORATA:
    'rate × (opening balance × months/12 + Σ contribution of month m × (last month − m)/12), rounded once to the rupiah (half up)',
  FORMULA_JHT_YEARLY_OPENING:
    'rate × opening balance × months/12 (in-year contributions earn nothing), rounded once to the rupiah (half up)',
  FORMULA_JHT_MONTHLY: 'each month: balance × rate ÷ 12, rounded to the rupiah (half up)',
  STEP_JHT_AGE: 'Age {age} is reached on {date}.',
  STEP_JHT_WAIT: 'Work ended {separation}, waiting period {months} month(s): payable from {date}.',
  STEP_JHT_MEMBERSHIP: '{years} years of membership (minimum {minimum}, reached {date}).',
  STEP_JHT_PARTIAL: 'At most {rate} × balance {balance} = {amount} (rounded down).',
  STEP_JHT_TAX: 'Final PPh 21 on {amount}: {tax}; net {net}.',
  FORMULA_JHT_TAX: '{rate} × (amount − {threshold}), at least 0, rounded to the rupiah (half up)',
  STEP_JHT_NO_HEIR: 'No heir: the JHT balance goes to the Balai Harta Peninggalan.',
  JHT_DEATH_GROUND: 'The participant died on {date}: the JHT is paid.',
  JHT_DEATH_NO_HEIR:
    'No heir in any group of the order: the JHT balance goes to the Balai Harta Peninggalan (state estate office; not the DJS as for JKM).',
  JHT_DEATH_HEIRS_NAMED: 'The JHT balance goes to {count} heir(s) of group {rank} of the order.',
  JHT_WORKING_ELSEWHERE:
    'The participant works elsewhere now: a claim for leaving work is not paid (BPJS TK practice).',
  JHT_NOT_WORKING_PRACTICE:
    'In BPJS TK practice this claim also requires that the participant does not work elsewhere now (workingElsewhere).',
  JHT_PARTIAL_TAX_NOT_FOUND: 'The tax on a partial JHT claim was not found; not computed.',
  JHT_TAX_REFORM_NOT_VERIFIED:
    'The tax follows PP 68/2009 Pasal 5; whether the 2024 PPh 21 reform changed it is not verified.',
  JHT_MEMBERSHIP_AFTER_CLAIM: 'The membership start {membershipStart} is after the claim date {claimDate}.',
  JHT_DEATH_AFTER_CLAIM: 'The date of death {dateOfDeath} is after the claim date {claimDate}.',
  JHT_SEPARATION_AFTER_CLAIM: 'The date work ended {separationDate} is after the claim date {claimDate}.',
  JHT_DISABILITY_AFTER_CLAIM:
    'The date of the total permanent disability determination {disabilityDate} is after the claim date {claimDate}.',
  JHT_RECIPIENT_PARTICIPANT: 'you',
  JHT_RECIPIENT_HEIRS: 'the heirs',
  JHT_RECIPIENT_BALAI_HARTA_PENINGGALAN: 'the Balai Harta Peninggalan (state estate office)',
  JHT_TIMELINE_FROM: 'From {from}, {who} can claim the JHT.',
  // {who} is "you", "the heirs" or "the Balai Harta Peninggalan": a text whose verb agrees with every one
  JHT_TIMELINE_LUMP_SUM: 'From {from}, the JHT is paid to {who} as a lump sum of {amount}.',
  JHT_TIMELINE_PARTIAL: 'From {from}, {who} can withdraw at most {amount} (once).',
  JHT_TIMELINE_TAX: 'Final PPh 21 {tax}; net {net}.',
  JHT_RATE_MISSING: 'The JHT development rate of {year} is not known; give it in rates["{year}"] (D26).',
  JHT_RATE_LOW_CONFIDENCE: 'The JHT development rate of {year} ({rate}) is low-confidence.',
  JHT_RATE_ASSUMED: 'The development rate of {year} ({rate}) is a caller assumption, not a declared figure.',
  JHT_METHOD_ESTIMATE:
    'How BPJS TK credits the return ({method}) is not known from the regulations; the result is an estimate.',
  JHT_AGE_REACHED: 'Age {age} reached on {date}.',
  JHT_AGE_NOT_REACHED: 'Age {age} is reached only on {date}.',
  JHT_WAIT_MET: 'The {months}-month waiting period after leaving work has passed (since {date}).',
  JHT_WAIT_NOT_MET: 'The {months}-month waiting period after leaving work ends on {date}.',
  JHT_SEPARATION_AT_AGE_ONLY: 'On the date work ended, JHT was paid only at the pension age ({date}).',
  JHT_PARTIAL_MET: '{years} years of membership meet the {minimum}-year minimum for a partial claim.',
  JHT_PARTIAL_SHORT: '{years} years of membership, below the {minimum}-year minimum for a partial claim.',
  JHT_PARTIAL_USED: 'A partial JHT claim is allowed once and has already been taken.',
  JHT_LEAVING_FOREIGN: 'A foreign national leaving Indonesia for good may claim the JHT.',
  JHT_LEAVING_CITIZEN: 'A claim for leaving Indonesia is for foreign nationals only.',
  JHT_DEATH_HEIRS:
    'The JHT is paid to the heirs; with no heir, the balance goes to the Balai Harta Peninggalan.',
  JHT_DISABILITY: 'The JHT is paid for total permanent disability, from {date}.',
  JHT_FACT_DISABILITY_DATE: 'the date of the total permanent disability determination',
  STEP_JHT_DISABILITY: 'Total permanent disability determined {determination}: payable from {date}.',
  JHT_BIRTH_AFTER_CLAIM: 'The birth date {birthDate} is after the claim date {claimDate}.',
  JHT_DEATH_BEFORE_BIRTH: 'The date of death {dateOfDeath} is before the birth date {birthDate}.',
  JHT_MEMBERSHIP_BEFORE_BIRTH: 'The membership start {membershipStart} is before the birth date {birthDate}.',
  JHT_SEPARATION_BEFORE_BIRTH: 'The date work ended {separationDate} is before the birth date {birthDate}.',
  JHT_DISABILITY_BEFORE_BIRTH:
    'The date of the total permanent disability determination {disabilityDate} is before the birth date {birthDate}.',
} as const satisfies Catalogue
