import { pensionAgeReachedOn, type PensionAgeReachedResult } from '../../eligibility/index.js'
import { covered } from '../../eligibility/pension.js'
import { RuleContext } from '../../explain/context.js'
import { deepFreeze } from '../../internal/freeze.js'
import { Dec } from '../../money/decimal.js'
import { COVERAGE } from '../../parameters/coverage.js'
import {
  jpAsFifteenYearsDensity,
  jpAsFifteenYearsMembership,
  jpMinimumContributionMonths,
} from '../../parameters/jp-benefit.js'
import { allChecks } from '../../schemas/common.js'
import { parseJpBenefitInput, type ParsedJpBenefitInput } from '../../schemas/jp-benefit.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../../schemas/options.js'
import { addPeriods, monthsBetween, periodOf } from '../../time/calendar.js'
import { ReasonList, rp } from '../common.js'
import type { PayableStatus } from '../types.js'
import { applyBounds, averageWage, boundsOf, formulaAmount, lumpSumOf, scheduleOf } from './amounts.js'
import type { JpBenefitInput, JpBenefitResult, JpTimelineEntry } from './types.js'
import { coreMessages } from '../../i18n/messages/core.js'
import { jpBenefitMessages } from '../../i18n/messages/jp-benefit.js'
import { useMessages } from '../../i18n/registry.js'
import { D24, D26, P15, P19, P20, PM26 } from './citations.js'

useMessages(coreMessages, jpBenefitMessages)

/**
 * The date the calculation is about (`explanation.date`, checked against the verification date): the event
 * (disability, death, or an old-age claim date), else the day pension age is reached — the old-age event, whose
 * next month starts the pension as the month after a disability or a death does.
 */
function eventOf(inp: ParsedJpBenefitInput, reached: PensionAgeReachedResult | undefined): string {
  return inp.eventDate ?? (reached as PensionAgeReachedResult).date
}

/** First month of payment: the month after pension age (old age, D24) or after the event. */
function startOf(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJpBenefitInput,
  reached: PensionAgeReachedResult | undefined,
): string {
  if (reached === undefined) return addPeriods(periodOf(inp.eventDate!), 1)
  ctx.absorb(reached.explanation, reached.warnings)
  const later = inp.eventDate !== undefined && inp.eventDate > reached.date ? inp.eventDate : reached.date
  const start = addPeriods(periodOf(later), 1)
  reasons.add(
    'note',
    'JP_NOT_YET_PENSION_AGE',
    { pensionAge: reached.pensionAge, date: reached.date, start },
    [P15, P19, D24],
  )
  ctx.step({
    rule: 'jp.start',
    text: 'STEP_JP_START',
    params: { start, pensionAge: reached.pensionAge, date: reached.date },
    inputs: { birthDate: inp.birthDate },
    legal: [P15, P19, D24],
    value: start,
  })
  return start
}

/**
 * The start month is where the amounts are read. Past the horizon the law is unknown: `DATE_AFTER_COVERAGE`
 * on the input that set the month (the birth date through pension age, else the event or claim date), in
 * the caller's locale. Past the verification date the amounts are projected: warned, as the context warns for
 * an event date past it (an event on or before it can start a month after it).
 */
function checkStart(
  ctx: RuleContext,
  inp: ParsedJpBenefitInput,
  reached: PensionAgeReachedResult | undefined,
  start: string,
): void {
  const byAge = reached !== undefined && !(inp.eventDate !== undefined && inp.eventDate > reached.date)
  covered(`${start}-01`, [byAge ? 'birthDate' : 'eventDate'], ctx.locale)
  if (ctx.date <= COVERAGE.verifiedOn && start > periodOf(COVERAGE.verifiedOn))
    ctx.warn('DATE_AFTER_LAST_VERIFICATION', { date: start, verifiedOn: COVERAGE.verifiedOn })
}

/** A survivor's pension: the caller's share of the formula amount, rounded once (D26); the formula without one. */
function shareOf(ctx: RuleContext, inp: ParsedJpBenefitInput, formula: number): number {
  if (inp.survivorShare === undefined) return formula
  const pension = new Dec(formula).times(inp.survivorShare).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber()
  ctx.step({
    rule: 'jp.share',
    text: 'STEP_JP_SHARE',
    params: { share: inp.survivorShare, amount: rp(pension) },
    legal: [D26],
    unit: 'rupiah',
    value: pension,
  })
  return pension
}

/** Masa Iur and the months used: actual, or 180 under the counted-as-15-years rule (death, disability). */
function monthsOf(
  ctx: RuleContext,
  reasons: ReasonList,
  inp: ParsedJpBenefitInput,
  start: string,
): { months: number; counted: number; monthly: boolean } {
  const months = inp.wageHistory.length
  const date = `${start}-01`
  const min = ctx.read(jpMinimumContributionMonths, date)
  let counted = months
  let monthly = months >= min.value
  if (inp.kind === 'old-age') {
    const earliest = addPeriods(periodOf(COVERAGE.start), min.value - 1)
    if (start <= earliest)
      reasons.add('note', 'JP_NO_MONTHLY_BEFORE', { minimum: min.value, earliest }, [P19])
  } else if (!monthly) {
    const eventPeriod = periodOf(inp.eventDate!)
    const membership = monthsBetween(periodOf(inp.membershipStart), eventPeriod) + 1
    const dens = ctx.read(jpAsFifteenYearsDensity, inp.eventDate!)
    const mem = ctx.read(jpAsFifteenYearsMembership, inp.eventDate!)
    const minMembership = inp.kind === 'disability' ? mem.value.disability : mem.value.death
    const density = new Dec(months).div(Math.max(membership, 1))
    ctx.warn('JP_DENSITY_ASSUMED')
    monthly = membership >= minMembership && density.gte(dens.value)
    const params = {
      membership,
      minMembership,
      density: `${density.times(100).toDecimalPlaces(1).toString()}%`,
      minDensity: `${new Dec(dens.value).times(100).toString()}%`,
      minimum: min.value,
    }
    reasons.add('note', monthly ? 'JP_AS_FIFTEEN_YEARS' : 'JP_AS_FIFTEEN_NOT_MET', params, [
      inp.kind === 'disability' ? P20 : PM26,
    ])
    if (monthly) counted = min.value
  }
  // a monthly pension through "counted as 15 years" is said by JP_AS_FIFTEEN_YEARS: the months do not reach
  // the minimum, so JP_MONTHLY_PENSION ("… months reach 180") is only for months that do
  if (inp.kind === 'old-age' || months >= min.value)
    reasons.add(
      'note',
      monthly ? 'JP_MONTHLY_PENSION' : 'JP_LUMP_SUM_BELOW_15',
      { months, minimum: min.value },
      [P19],
    )
  ctx.step({
    rule: 'jp.months',
    text: 'STEP_JP_MONTHS',
    params: { months, counted },
    parameters: [min],
    legal: [P19],
    value: counted,
  })
  return { months, counted, monthly }
}

/** The member-readable timeline. */
function timelineOf(
  ctx: RuleContext,
  r: Pick<JpBenefitResult, 'form' | 'start' | 'schedule' | 'lumpSum' | 'reasons'>,
): JpTimelineEntry[] {
  // why, in the member's words: the reasons that decide the form and the amount
  const because = (codes: readonly string[]) =>
    r.reasons
      .filter((x) => codes.includes(x.code))
      .map((x) => ` ${x.message}`)
      .join('')
  if (r.form === 'lump-sum')
    return r.lumpSum === null
      ? []
      : [
          {
            from: r.start,
            amount: r.lumpSum.total,
            text:
              ctx.t('JP_TIMELINE_LUMP_SUM', { from: r.start, amount: rp(r.lumpSum.total) }) +
              because(['JP_LUMP_SUM_BELOW_15', 'JP_NO_MONTHLY_BEFORE', 'JP_AS_FIFTEEN_NOT_MET']),
          },
        ]
  const why = because(['JP_AS_FIFTEEN_YEARS', 'JP_MINIMUM_APPLIES', 'JP_MAXIMUM_APPLIES'])
  return r.schedule.map((s, i) => ({
    from: s.from,
    amount: s.monthly,
    text:
      i === 0
        ? ctx.t('JP_TIMELINE_MONTHLY', { from: s.from, amount: rp(s.monthly) }) + why
        : ctx.t('JP_TIMELINE_INDEXED', {
            from: s.from,
            amount: rp(s.monthly),
            factor: r.schedule.length > i ? String((s as { factor?: string }).factor ?? '') : '',
          }),
  }))
}

/**
 * The JP pension (PP 45/2015): old-age, disability, widow/widower, child and parent pensions.
 *
 * - Monthly benefit of the first year = 1% × (Masa Iur / 12) × average indexed monthly wage (Pasal 17(2));
 *   each paid month's wage, capped at the JP wage cap of its month, is revalued by Π (1 + inflation) of its
 *   year up to the year before the pension (Pasal 17(3)); a year without inflation data is an input
 *   (`inflation`), otherwise `status: 'incomplete'` (D26).
 * - Bounded by the minimum and maximum of the first year (Pasal 18; derived rows warn); for survivors only
 *   when `applyBoundsToSurvivors`.
 * - Old age: from the month after pension age (D24); fewer than 180 paid months → lump sum (contributions
 *   plus caller-supplied monthly returns). Nobody reaches 180 months before 2030-06 (JP started 2015-07).
 * - Disability and death: counted as 180 months when membership and an 80% density allow it (Pasal 20,
 *   Permenaker 29/2015 Pasal 26), else a lump sum. Survivor shares and in-payment indexation are inputs (D26).
 *
 * @example
 * ```ts
 * calculateJpBenefit({ kind: 'disability', birthDate: '1990-01-01', membershipStart: '2024-01-01',
 *   eventDate: '2026-05-10', wageHistory: [...], bounds: { minimum: 411400, maximum: 4932300 } }).monthlyPension
 * ```
 */
export function calculateJpBenefit(input: JpBenefitInput, options?: CalculationOptions): JpBenefitResult {
  const [inp, { resolved }] = allChecks(
    localeOf(options),
    () => parseJpBenefitInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  const reached =
    inp.kind === 'old-age' ? pensionAgeReachedOn({ birthDate: inp.birthDate }, options) : undefined
  const ctx = new RuleContext('calculateJpBenefit', eventOf(inp, reached), resolved)
  const reasons = new ReasonList(ctx)
  const start = startOf(ctx, reasons, inp, reached)
  checkStart(ctx, inp, reached, start)
  const { months, counted, monthly } = monthsOf(ctx, reasons, inp, start)
  const survivor = inp.kind === 'widow' || inp.kind === 'child' || inp.kind === 'parent'
  let average: ReturnType<typeof averageWage>
  let formula: number | null = null
  let bounds: ReturnType<typeof boundsOf> = undefined
  let applied: 'minimum' | 'maximum' | null = null
  let pension = 0
  let schedule: { from: string; monthly: number }[] = []
  let lump: JpBenefitResult['lumpSum'] = null
  if (monthly) {
    average = averageWage(ctx, reasons, inp, Number(start.slice(0, 4)))
    if (survivor && inp.survivorShare === undefined)
      reasons.missing(['survivorShare'], 'JP_FACT_SURVIVOR_SHARE', [D26])
    const useBounds = !survivor || inp.applyBoundsToSurvivors === true
    if (survivor && !useBounds) reasons.add('note', 'JP_SURVIVOR_BOUNDS_NOT_APPLIED', {}, [D26])
    bounds = useBounds ? boundsOf(ctx, reasons, inp, `${start}-01`) : undefined
    if (average !== undefined) {
      formula = formulaAmount(ctx, `${start}-01`, counted, average)
      pension = survivor ? shareOf(ctx, inp, formula) : formula
      // a survivor's pension is a share of the formula's: the reason says so
      const share =
        survivor && inp.survivorShare !== undefined ? { share: inp.survivorShare, formula } : undefined
      if (bounds !== undefined)
        ({ amount: pension, applied } = applyBounds(ctx, reasons, pension, bounds, share))
    }
  } else lump = lumpSumOf(ctx, reasons, inp)
  const status: PayableStatus = reasons.has('missing') ? 'incomplete' : 'payable'
  if (status !== 'payable') pension = 0
  else if (monthly) schedule = scheduleOf(ctx, inp, start, pension)
  const base = {
    form: monthly ? 'monthly' : 'lump-sum',
    start,
    schedule,
    lumpSum: lump,
    reasons: reasons.items,
  } as const
  return deepFreeze({
    kind: inp.kind,
    status,
    missing: reasons.missingPaths(),
    form: base.form,
    start,
    contributionMonths: months,
    countedMonths: counted,
    averageIndexedWage:
      average === undefined ? null : average.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber(),
    formulaAmount: formula,
    bounds: bounds ?? null,
    boundApplied: applied,
    survivorShare: inp.survivorShare ?? null,
    monthlyPension: pension,
    schedule: schedule.map(({ from, monthly: m }) => ({ from, monthly: m })),
    lumpSum: lump,
    timeline: status === 'payable' ? timelineOf(ctx, base) : [],
    reasons: reasons.items,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  })
}
