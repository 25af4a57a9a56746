import type { Catalogue } from '../types.js'

/** The English messages of the JP pension benefit (calculateJpBenefit). */
export const jpBenefitMessagesEn = {
  JP_WAGE_MONTH_OVERLAP: 'Month {period} appears more than once in the wage history (first at row {first}).',
  JP_WAGE_MONTH_BEFORE_MEMBERSHIP: 'Month {period} is before the membership start {membershipStart}.',
  JP_WAGE_MONTH_AFTER_EVENT: 'Month {period} is after the event date {eventDate}.',
  JP_EVENT_BEFORE_BIRTH: 'The event date {eventDate} is before the birth date {birthDate}.',
  JP_BOUNDS_INVERTED: 'The minimum benefit is above the maximum.',
  JP_FACT_INFLATION: 'the inflation of that year, for indexing wages (PP 45/2015 Pasal 17(3))',
  FACT_JP_BOUNDS: 'the minimum and maximum benefit of the first year (not published yet)',
  JP_FACT_SURVIVOR_SHARE: "the survivor's share of the benefit (not found in the regulations read)",
  JP_MONTHLY_PENSION: '{months} contribution months reach {minimum}: a monthly pension.',
  JP_LUMP_SUM_BELOW_15: '{months} contribution months are fewer than {minimum}: a lump sum.',
  JP_AS_FIFTEEN_YEARS:
    'Membership {membership} months (at least {minMembership}) and contribution density {density} (at least {minDensity}): counted as {minimum} months.',
  JP_AS_FIFTEEN_NOT_MET:
    'The counted-as-15-years conditions are not met (membership {membership} months, density {density}): a lump sum.',
  JP_NO_MONTHLY_BEFORE:
    'JP started in July 2015: {minimum} contribution months are possible at the earliest in {earliest}; before then every old-age benefit is a lump sum.',
  JP_NOT_YET_PENSION_AGE: 'Pension age ({pensionAge}) is reached on {date}; the benefit starts {start}.',
  JP_MINIMUM_APPLIES: '{what} gives {amount}, below the minimum benefit {bound}: {bound} is paid.',
  JP_MAXIMUM_APPLIES: '{what} gives {amount}, above the maximum benefit {bound}: {bound} is paid.',
  JP_BOUNDED_FORMULA: 'The formula',
  JP_BOUNDED_SHARE: "The survivor's share ({share} × {formula} by the formula)",
  JP_SURVIVOR_BOUNDS_NOT_APPLIED:
    'The minimum and maximum are not applied to a survivor pension (whether they apply was not found).',
  JP_LUMP_SUM_NO_RETURNS: 'Development returns not included (their rate is unknown): contributions only.',
  JP_NO_PAYMENT_INDEXATION:
    'No indexation factor for later years given: the benefit is not indexed (PP 45/2015 Pasal 17(4) not seen).',
  JP_BOUNDS_DERIVED: 'The {year} benefit bounds are derived (previous bound × inflation), not published.',
  JP_DENSITY_ASSUMED:
    'Contribution density computed as paid months ÷ membership months (definition not seen).',
  JP_AVERAGE_MONTH_WEIGHTED: 'The average weighted wage is month-weighted (each paid month counts once).',
  JP_INDEXATION_ANNIVERSARY:
    'Each following year runs from the first month of payment ({start}), not the calendar year (not found in the regulations read).',
  JP_TIMELINE_MONTHLY: 'From {from} you receive {amount}/month.',
  JP_TIMELINE_LUMP_SUM: 'In {from} you receive a lump sum of {amount}.',
  JP_TIMELINE_INDEXED: 'From {from}: {amount}/month (indexed by {factor}).',
  STEP_JP_START: 'The benefit starts {start} (pension age {pensionAge} reached on {date}).',
  STEP_JP_MONTHS: '{months} contribution months; {counted} months used.',
  STEP_JP_AVERAGE: 'Average weighted wage {average} over {months} months.',
  FORMULA_JP_AVERAGE: 'Σ min(wage, cap) × Π(1 + inflation of year T … pension year − 1) ÷ number of months',
  STEP_JP_FORMULA: 'Pension by the formula: {amount}.',
  FORMULA_JP_FORMULA: '{rate} × ({months} ÷ 12) × {average}, rounded to the rupiah (half up)',
  STEP_JP_BOUNDS: 'Bounds {minimum} – {maximum}: benefit {amount}.',
  STEP_JP_SHARE: 'Survivor share {share}: {amount}.',
  STEP_JP_LUMP_SUM: 'Lump sum: contributions {contributions}, total {total}.',
} as const satisfies Catalogue
