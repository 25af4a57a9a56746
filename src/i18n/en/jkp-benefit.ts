import type { Catalogue } from '../types.js'

/** The English messages of the JKP benefit area (the job-loss cash benefit, who pays it, training). */
export const jkpBenefitMessagesEn = {
  JKP_CLAIM_BEFORE_LAYOFF: 'The claim date {claimDate} is before the termination date {layoffDate}.',
  JKP_REPEAT_MONTHS_FIRST_CLAIM:
    'repeatContributionMonths is only for a second or later claim (claimNumber 2 or more).',
  JKP_FACT_reasonForLeaving: 'the reason for the termination',
  JKP_FACT_contributionMonthsInWindow:
    'the months of JKP contributions in the 24 months before the termination',
  JKP_FACT_consecutiveMonthsBeforeLayoff: 'the consecutive months of contributions before the termination',
  JKP_FACT_employedAgain: 'whether the participant has a new job',
  JKP_FACT_claimDate: 'the claim date',
  JKP_FACT_monthlyWage: 'the last wage the employer reported to BPJS Ketenagakerjaan',
  JKP_FACT_repeatContributionMonths: 'the contribution months for a second or third JKP claim',
  JKP_CLAIM_BEFORE_CLAIMS_OPENED: 'The claim of {claimDate} is before JKP claims could be filed ({first}).',
  JKP_DEADLINE_BEFORE_CLAIMS_OPENED:
    'The claim deadline {deadline} ended before JKP claims could be filed ({first}): no rule for such terminations was found.',
  JKP_FIRST_CLAIM_ASSUMED: 'Computed as a first JKP claim (claimNumber not given).',
  JKP_REPEAT_MET: 'JKP claim number {claimNumber}: {months} months of contributions, at least {min} months.',
  JKP_REPEAT_NOT_MET:
    'JKP claim number {claimNumber}: {months} months of contributions, fewer than {min} months.',
  JKP_CLAIM_NUMBER_OVER_MAX:
    'JKP claim number {claimNumber}: JKP can be claimed at most {max} times; this claim is not eligible.',
  JKP_REPEAT_REPLACES_WINDOW:
    'Claim number {claimNumber}: the 12-of-24-months and 6-consecutive-months conditions are for a first claim only; the contribution-months condition replaces them.',
  JKP_WAGE_BASE: 'Benefit base: the last reported wage {wage} (cap {cap}).',
  JKP_WAGE_CAPPED: 'The wage {wage} is above the cap {cap}: the benefit base is {cap}.',
  JKP_PAYER_BPJS:
    'Arrears of {months} months, at most {maximum} consecutive months: BPJS Ketenagakerjaan pays the cash benefit (the employer must still settle the arrears).',
  JKP_PAYER_EMPLOYER:
    'Arrears of {months} months, more than {maximum} consecutive months: the employer must pay the cash benefit first; after settling the arrears and penalties it may ask BPJS Ketenagakerjaan to reimburse it within 3 months of paying, and BPJS Ketenagakerjaan reimburses within 7 working days.',
  JKP_PAYER_EMPLOYER_BEFORE_PP6:
    'Arrears of {months} months, more than {maximum} consecutive months: the employer must pay the cash benefit first. The reimbursement by BPJS Ketenagakerjaan (PP 6/2025 Pasal 39 ayat (4)–(6)) applies from {switchDate}, not to earlier layoffs.',
  JKP_PAYER_BANKRUPT:
    'A bankrupt or closed company with {months} months of arrears (at most {maximum} months): BPJS Ketenagakerjaan still pays; the arrears and penalties remain the employer’s debt.',
  JKP_PAYER_UNKNOWN:
    'The employer’s arrears were not given (employerArrearsMonths): who pays first cannot be decided.',
  JKP_PAYER_BANKRUPTCY_UNKNOWN:
    'Arrears of {months} months, more than {maximum} months: if the company is bankrupt or closed with at most {bankruptMax} months of arrears BPJS Ketenagakerjaan still pays; give employerBankruptOrClosed.',
  JKP_TRAINING_CAP:
    'Job training is paid by BPJS Ketenagakerjaan to the training provider, at most {cap} per participant (not cash to the participant).',
  JKP_TRAINING_PAID:
    'Training cost {cost}, at most {cap}: {amount} is paid to the training provider (not cash to the participant).',
  JKP_JOB_MARKET:
    'Job-market information and career guidance are given through SIAPkerja; the second and later monthly payments require job-search activity.',
  JKP_REGIME_TRANSITION:
    'Termination on {date}, within {months} months before {switchDate}: the benefit follows the termination date ({regime}); no transitional rule of PP 6/2025 was found.',
  JKP_CONDITIONS_PP37_WORDING:
    'The PP 6/2025 wording of the claim conditions (Pasal 19–20: resignation, proof of termination) was not seen: the PP 37/2021 conditions are used.',
  JKP_PAYER_NOT_DECIDED: 'not decided yet',
  JKP_CLAIM_eligible: 'eligible',
  JKP_CLAIM_not_eligible: 'not eligible',
  JKP_CLAIM_unknown: 'not decided yet',
  STEP_JKP_CLAIM: 'JKP claim check (checkJkpClaim): {status}.',
  STEP_JKP_REGIME: 'JKP benefit regime by the termination date {date}: {regime}.',
  STEP_JKP_WAGE: 'Benefit wage base: {base} (wage {wage}, cap {cap}).',
  FORMULA_JKP_WAGE: 'base = min(last reported wage, wage cap)',
  STEP_JKP_CASH_STEP: 'Months {first}–{last}: {percent} × {base} = {amount} a month × {months} = {subtotal}.',
  FORMULA_JKP_CASH_STEP: 'share × wage base (rounded once) × number of months',
  STEP_JKP_PAYER: 'Payer of the cash benefit: {payer}.',
  STEP_JKP_TRAINING: 'Training: min({cost}, {cap}) = {amount}.',
  STEP_JKP_TOTAL: 'Total JKP cash benefit: {total} (status: {status}).',
} as const satisfies Catalogue
