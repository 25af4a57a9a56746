import { BpjsRuleError } from '../errors.js'
import { RuleContext, type ResolvedOptions } from '../explain/context.js'
import type { Explanation, Json, Warning } from '../explain/types.js'
import { deepFreeze } from '../internal/freeze.js'
import type { Locale } from '../i18n/types.js'
import { COVERAGE } from '../parameters/coverage.js'
import { jpRegistrationCutoff } from '../parameters/eligibility.js'
import { jpPensionAge } from '../parameters/jp.js'
import { assertCovered } from '../parameters/lookup.js'
import { isOverrideValue } from '../parameters/override.js'
import type { ParameterReading, ParameterValue } from '../parameters/types.js'
import { dateTime } from '../internal/show.js'
import { allChecks, parseWith } from '../schemas/common.js'
import { pensionAgeOnSchema, pensionAgeReachedSchema } from '../schemas/eligibility.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { dateOfAge, endOfPreviousMonth, previousDay } from '../time/calendar.js'
import { coreMessages } from '../i18n/messages/core.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages, eligibilityMessages)

/** Throws `DATE_BEFORE_COVERAGE` / `DATE_AFTER_COVERAGE` in the caller's locale. */
export function covered(iso: string, path: readonly (string | number)[], locale: Locale): void {
  try {
    assertCovered(iso, path)
  } catch (e) {
    throw e instanceof BpjsRuleError ? e.withLocale(locale) : e
  }
}

/** The date, clamped into the span the parameter lookups accept. */
export function clampToCoverage(iso: string): string {
  return iso < COVERAGE.start ? COVERAGE.start : iso > COVERAGE.horizon ? COVERAGE.horizon : iso
}

/** The pension-age schedule in use: the caller's override, else the data of PP 45/2015 Pasal 15. */
function schedule(resolved: ResolvedOptions): readonly ParameterValue<number>[] {
  return (
    (resolved.overrides.get(jpPensionAge.id) as readonly ParameterValue<number>[] | undefined) ??
    jpPensionAge.values
  )
}

/**
 * The schedule entry in force on `iso`, read directly (no horizon): before the first entry the first value
 * applies (PP 45/2015 Pasal 15 ayat (1): "untuk pertama kali" 56).
 */
function entryAt(values: readonly ParameterValue<number>[], iso: string): ParameterValue<number> | undefined {
  const first = values[0]
  if (first === undefined) return undefined
  if (iso < first.from) return first
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as ParameterValue<number>
    if (v.from <= iso) return v.to === undefined || iso <= v.to ? v : undefined
  }
  return undefined
}

/**
 * D24: the pension-age schedule of PP 45/2015 Pasal 15 is law for every year (65 from 2043 on), not a
 * projection: a date after the data's verification date gets no staleness warning.
 */
function lawFixedWarnings(warnings: readonly Warning[]): readonly Warning[] {
  return warnings.some((w) => w.code === 'DATE_AFTER_LAST_VERIFICATION')
    ? warnings.filter((w) => w.code !== 'DATE_AFTER_LAST_VERIFICATION')
    : warnings
}

/** When a person reaches JP pension age: the date, the age and the schedule entry used. */
export interface PensionAgeReached {
  readonly date: string
  readonly age: number
  readonly entry: ParameterValue<number>
}

/**
 * The first birthday on which the person's age is at least the pension age in force on that day. Pure:
 * reads the schedule directly, so dates past the parameter horizon (e.g. 65 from 2043) work.
 */
export function computePensionAgeReached(birthDate: string, resolved: ResolvedOptions): PensionAgeReached {
  const values = schedule(resolved)
  for (let age = 0; age <= 150; age++) {
    const date = dateOfAge(birthDate, age)
    const entry = entryAt(values, date)
    if (entry === undefined)
      throw new BpjsRuleError(
        'PARAMETER_NOT_IN_FORCE',
        { parameterId: jpPensionAge.id, date },
        ['birthDate'],
        resolved.locale,
      )
    if (age >= entry.value) return { date, age, entry }
  }
  throw new BpjsRuleError(
    'PARAMETER_NOT_IN_FORCE',
    { parameterId: jpPensionAge.id, date: birthDate },
    ['birthDate'],
    resolved.locale,
  )
}

/**
 * Records the schedule entry used: through the context when its date is within the lookup span (so it
 * appears in `explanation.parameters` with its warnings); past the horizon as a reading built from the
 * entry, recorded the same way.
 */
export function recordPensionEntry(ctx: RuleContext, reached: PensionAgeReached): ParameterReading<number> {
  if (reached.date <= COVERAGE.horizon) return ctx.read(jpPensionAge, clampToCoverage(reached.date))
  const e = reached.entry
  // overridden when the entry itself is the caller's, as a reading within the span is (not whenever the
  // parameter has an override: an override appended from 2045 leaves the 2037 entry the library's)
  const overridden = isOverrideValue(e)
  const r: { -readonly [K in keyof ParameterReading<number>]: ParameterReading<number>[K] } = {
    id: jpPensionAge.id,
    unit: jpPensionAge.unit,
    value: e.value,
    date: reached.date,
    from: e.from,
    legal: e.legal,
    confidence: overridden ? 'override' : e.confidence,
    overridden,
  }
  if (e.to !== undefined) r.to = e.to
  if (!overridden) r.lastVerifiedOn = e.lastVerifiedOn
  if (e.note !== undefined) r.note = e.note
  ctx.recordReading(r)
  return r
}

/**
 * The step "pension age reached": the date, and the last day a person who reaches pension age then can be
 * registered for JP (the day before, or the end of the month before, as the dated cut-off says).
 */
export function stepPensionAgeReached(
  ctx: RuleContext,
  birthDate: string,
  reached: PensionAgeReached,
  entry: ParameterReading,
  inputs: { readonly [key: string]: Json },
): { until: string; cutoff: ParameterReading } {
  const cutoff = ctx.read(jpRegistrationCutoff, clampToCoverage(reached.date))
  const until = cutoff.value === 'day-before' ? previousDay(reached.date) : endOfPreviousMonth(reached.date)
  ctx.step({
    rule: 'eligibility.jp.pensionAgeReached',
    text: 'ELIG_STEP_PENSION_REACHED',
    formula: 'ELIG_FORMULA_PENSION_REACHED',
    params: { birthDate, pensionAge: reached.age, date: reached.date, until },
    inputs,
    parameters: [entry, cutoff],
    value: reached.date,
  })
  return { until, cutoff }
}

/** Input of {@link jpPensionAgeOn}. */
export interface PensionAgeOnInput {
  /** The date, `'YYYY-MM-DD'`, from 2015-07-01 on (any later year: the schedule is law, D24). */
  readonly date: string | Date
}

/** Result of {@link jpPensionAgeOn}. */
export interface PensionAgeOnResult {
  readonly date: string
  /** The JP pension age in force on that date. */
  readonly pensionAge: number
  /** The first and last day of that pension age (the last one, 65, has no end). */
  readonly from: string
  readonly to?: string
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/**
 * The JP pension age (usia pensiun) in force on a date: 56 from 2015, 57 from 1 January 2019, then one year
 * more every three years (58 from 2022, 59 from 2025, 60 from 2028, …) up to 65 from 2043 (PP 45/2015
 * Pasal 15). Takes `{ date }` or the date itself. Any date from 2015-07-01 is answered, with no horizon and
 * no staleness warning: the whole schedule is law (decision D24). For the date a person reaches pension age
 * use {@link pensionAgeReachedOn}.
 *
 * @example
 * ```ts
 * jpPensionAgeOn({ date: '2018-12-31' }).pensionAge  //=> 56
 * jpPensionAgeOn('2019-01-01').pensionAge            //=> 57
 * jpPensionAgeOn('2025-01-01').pensionAge            //=> 59
 * jpPensionAgeOn('2043-01-01').pensionAge            //=> 65
 * jpPensionAgeOn('2015-06-30')                       // throws BpjsRuleError DATE_BEFORE_COVERAGE
 * ```
 */
export function jpPensionAgeOn(
  input: PensionAgeOnInput | string | Date,
  options?: CalculationOptions,
): PensionAgeOnResult {
  const raw = typeof input === 'string' || dateTime(input) !== undefined ? { date: input } : input
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(pensionAgeOnSchema, raw, localeOf(options)),
    () => resolveOptions(options),
  )
  // D24: the schedule is law for every date from the start of JP; only dates before it are refused
  if (parsed.date < COVERAGE.start) covered(parsed.date, ['date'], resolved.locale)
  const ctx = new RuleContext('jpPensionAgeOn', parsed.date, resolved)
  const entry = entryAt(schedule(resolved), parsed.date)
  if (entry === undefined)
    throw new BpjsRuleError(
      'PARAMETER_NOT_IN_FORCE',
      { parameterId: jpPensionAge.id, date: parsed.date },
      ['date'],
      resolved.locale,
    )
  const r = recordPensionEntry(ctx, { date: parsed.date, age: entry.value, entry })
  ctx.step({
    rule: 'eligibility.jp.pensionAge',
    text: 'ELIG_STEP_PENSION_AGE_ON',
    params: { date: parsed.date, pensionAge: r.value },
    inputs: { date: parsed.date },
    parameters: [r],
    value: r.value,
  })
  const result: { -readonly [K in keyof PensionAgeOnResult]: PensionAgeOnResult[K] } = {
    date: parsed.date,
    pensionAge: r.value,
    from: r.from,
    warnings: lawFixedWarnings(ctx.warnings),
    explanation: ctx.explanation(),
  }
  if (r.to !== undefined) result.to = r.to
  return deepFreeze(result)
}

/** Input of {@link pensionAgeReachedOn}. */
export interface PensionAgeReachedInput {
  readonly birthDate: string | Date
}

/** Result of {@link pensionAgeReachedOn}. */
export interface PensionAgeReachedResult {
  readonly birthDate: string
  /** The pension age that applies to the person: the one in force on the day they reach it. */
  readonly pensionAge: number
  /** The day they reach it (a birthday; 29 February → 1 March in common years). */
  readonly date: string
  /** The last day they can be registered for JP (see `eligibility.jp.registrationCutoff`). */
  readonly jpRegistrationUntil: string
  /**
   * True when `date` is after the legal data's verification date. The schedule itself is law for every year
   * (D24), so no warning comes with it.
   */
  readonly projected: boolean
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/**
 * The date a person reaches JP pension age: the first birthday on which their age is at least the pension
 * age in force that day (PP 45/2015 Pasal 15). A person who turned 56 on 31 December 2018 reached it then;
 * one born a day later reaches it at 57, on 1 January 2020, because the age rose to 57 on 1 January 2019.
 * Works for any year (the schedule ends at 65 from 2043). Takes `{ birthDate }` or the date itself.
 *
 * @example
 * ```ts
 * pensionAgeReachedOn({ birthDate: '1962-12-31' }).date          //=> '2018-12-31'
 * pensionAgeReachedOn('1963-01-01').date                         //=> '2020-01-01'
 * pensionAgeReachedOn('1965-07-16').jpRegistrationUntil          //=> '2023-06-30'
 * pensionAgeReachedOn('1964-02-29').date                         //=> '2021-03-01'
 * pensionAgeReachedOn('1990-05-10')                              //=> { pensionAge: 65, date: '2055-05-10', projected: true, … }
 * ```
 */
export function pensionAgeReachedOn(
  input: PensionAgeReachedInput | string | Date,
  options?: CalculationOptions,
): PensionAgeReachedResult {
  const raw = typeof input === 'string' || dateTime(input) !== undefined ? { birthDate: input } : input
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseWith(pensionAgeReachedSchema, raw, localeOf(options)),
    () => resolveOptions(options),
  )
  if (parsed.birthDate > COVERAGE.horizon) covered(parsed.birthDate, ['birthDate'], resolved.locale)
  const reached = computePensionAgeReached(parsed.birthDate, resolved)
  const ctx = new RuleContext('pensionAgeReachedOn', reached.date, resolved)
  const reading = recordPensionEntry(ctx, reached)
  if (reached.date < COVERAGE.start)
    ctx.warn('ELIG_PENSION_AGE_BEFORE_JP', { date: reached.date, start: COVERAGE.start })
  const { until } = stepPensionAgeReached(ctx, parsed.birthDate, reached, reading, {
    birthDate: parsed.birthDate,
  })
  return deepFreeze({
    birthDate: parsed.birthDate,
    pensionAge: reached.age,
    date: reached.date,
    jpRegistrationUntil: until,
    projected: reached.date > COVERAGE.verifiedOn,
    warnings: lawFixedWarnings(ctx.warnings),
    explanation: ctx.explanation(),
  })
}
