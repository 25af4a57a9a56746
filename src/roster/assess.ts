import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue } from '../internal/type-issue.js'
import { RuleContext } from '../explain/context.js'
import type { Locale } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { assertCovered } from '../parameters/lookup.js'
import { allChecks, inspectWith, parseWith } from '../schemas/common.js'
import { MAX_ROSTER_ROWS, rosterSettingsSchema } from '../schemas/roster.js'
import { commonOptionShape, localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { periodOf } from '../time/calendar.js'
import { applyEligibility, eligibilityChecker } from './eligibility.js'
import { findingMaker } from './findings.js'
import { applyPremium, premiumPricer } from './premium.js'
import { checkAge, checkParticipation, readBirthDate, readFields } from './row.js'
import { checkNik } from './row-nik.js'
import { newTally, rowState, type RosterEnv, type Settings } from './state.js'
import { summarise } from './summary.js'
import { finishRow } from './tally.js'
import type {
  AssessRosterInput,
  RosterAssessor,
  RosterOptions,
  RosterPerson,
  RosterResult,
  RosterSettings,
} from './types.js'

export type {
  AssessRosterInput,
  FindingSeverity,
  RosterAssessor,
  RosterCohort,
  RosterCounts,
  RosterFinding,
  RosterOptions,
  RosterPerson,
  RosterResult,
  RosterRow,
  RosterSettings,
  RosterStatus,
  RosterSummary,
} from './types.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

const settingsSchema = rosterSettingsSchema
/** The most rows one call takes (a larger list goes through {@link createRosterAssessor}). */
const MAX_ROWS = MAX_ROSTER_ROWS
const optionShape = {
  regionLookup: z.optional(z.custom<(code: string) => string | undefined>((v) => typeof v === 'function')),
}

/**
 * Starts a roster assessment (see {@link assessRoster}) for rows given one at a time.
 *
 * @throws {BpjsValidationError} invalid settings or options (path and code).
 * @throws {BpjsRuleError} an enrolment date outside the law the library knows.
 */
export function createRosterAssessor(settings: RosterSettings, options?: RosterOptions): RosterAssessor {
  // the settings and the options in one pass
  const [parsed, { resolved, parsed: opts }] = allChecks(
    localeOf(options),
    () => parseWith(settingsSchema, settings, localeOf(options)),
    () => resolveOptions(options, optionShape),
  )
  const locale = resolved.locale
  return makeAssessor(parsed, options, resolved, opts.regionLookup, locale)
}

/**
 * The assessor of checked settings: what its rows share (the context recording the eligibility and premium
 * steps, the caches, the aggregate) is made once here; `add` runs the row's checks in order, then `finishRow`.
 */
function makeAssessor(
  s: Settings,
  options: RosterOptions | undefined,
  resolved: ReturnType<typeof resolveOptions>['resolved'],
  regionLookup: ((code: string) => string | undefined) | undefined,
  locale: Locale,
): RosterAssessor {
  assertCovered(s.asOf, ['asOf'])
  const asOf = s.asOf
  const passOptions: CalculationOptions = {
    locale,
    rounding: resolved.rounding,
    ...(options?.parameters === undefined ? {} : { parameters: options.parameters }),
  }
  const ctx = new RuleContext('assessRoster', asOf, resolved)
  const start = ctx.mark()
  const env: RosterEnv = {
    settings: s,
    asOf,
    period: periodOf(asOf as never),
    programs: s.programs ?? ['JKK', 'JKM'],
    passOptions,
    ctx,
    regionLookup,
    regionCache: new Map(),
    finding: findingMaker(locale),
    tally: newTally(),
  }
  const check = eligibilityChecker(env)
  const pricer = premiumPricer(env)
  let next = s.firstRow ?? 1

  const add = (raw: unknown, line?: number): RosterPerson => {
    const row = line ?? next
    next = row + 1
    env.tally.rows += 1
    const st = rowState(row)
    if (!readFields(env, st, raw, locale)) return finishRow(env.tally, st)
    readBirthDate(env, st)
    checkNik(env, st)
    checkParticipation(env, st)
    checkAge(env, st)
    applyEligibility(env, st, check)
    applyPremium(env, st, pricer)
    return finishRow(env.tally, st)
  }

  return { add, summary: () => summarise(env, resolved, start) }
}
/**
 * Assesses a list of people a city (or a zakat body, a donor) holds, before enrolling them in BPJS
 * Ketenagakerjaan with premiums it pays: for each row, a structural NIK check (16 digits, region code
 * structure, birth date and sex in digits 7–12 against the given birth date and sex, optional region lookup),
 * duplicates by NIK, the age on the enrolment date against the category's rules (`checkEligibility`,
 * three-valued: what is missing is named), the category and package (BPU; JKK + JKM by default, base per
 * decisions D1) and the monthly premium (`calculateContribution`, with the payer, so APBD/APBN-paid BPU get
 * no PP 50/2025 discount, decisions D20); and the aggregate: counts by status, by finding, by district and
 * by occupation, cohorts and inputs for `planCoverageProgram`.
 *
 * A row with a missing or malformed field is a finding with its row number and a stable code, never an
 * error: the rest of the roster is assessed. Each row's status is `enrol`, `covered`, `review` or `excluded`.
 *
 * Eligibility is checked once per relationship, wage flag and age in whole years (the facts a roster uses,
 * the category, JKK/JKM status, working age and BPU registration age, depend on nothing else of the person),
 * and premiums once per income and sector: a large roster costs a few hundred checks, not one per row.
 *
 * @example
 * ```ts
 * const r = assessRoster({
 *   asOf: '2026-01-15', payer: 'apbd', relationship: 'religious-worker',
 *   rows: [{ nik: '1571024508900003', birthDate: '1990-08-05', sex: 'female', declaredIncome: 1000000, participant: false }],
 * })
 * r.people[0].status             //=> 'enrol'
 * r.people[0].premium?.perMonth   //=> 16800 (JKK 1% × 1,000,000 + JKM 6,800)
 * ```
 * @throws {BpjsValidationError} invalid settings (`asOf`, `payer`, `programs`, …) or options, `rows` not a list.
 * @throws {BpjsRuleError} an enrolment date outside the law the library knows.
 */
export function assessRoster(input: AssessRosterInput, options?: RosterOptions): RosterResult {
  // the rows are checked row by row (a bad row is a finding); the settings, the list of rows and the options
  // are checked as a whole, in one pass
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input)
  const { rows: rawRows, ...rest } = (isObject ? input : {}) as Partial<AssessRosterInput>
  const [settings, { resolved, parsed: opts }] = allChecks(
    localeOf(options),
    () => {
      const r = inspectWith(settingsSchema, isObject ? rest : input, localeOf(options))
      const issues = [...r.issues]
      if (isObject) issues.push(...rowsIssues(rawRows, localeOf(options)))
      if (issues.length > 0) throw new BpjsValidationError(issues, localeOf(options))
      return r.data as Settings
    },
    () => resolveOptions(options, optionShape),
  )
  const locale = resolved.locale
  const rows = rawRows as readonly unknown[]
  const a = makeAssessor(settings, options, resolved, opts.regionLookup, locale)
  const people = rows.map((row) => {
    const line = row !== null && typeof row === 'object' ? (row as { line?: unknown }).line : undefined
    return a.add(row, typeof line === 'number' && Number.isSafeInteger(line) && line >= 0 ? line : undefined)
  })
  return deepFreeze({ ...a.summary(), people })
}

/** The problems of the `rows` of an assessRoster input: not a list, or too long. */
function rowsIssues(rows: unknown, locale: Locale): BpjsIssue[] {
  if (!Array.isArray(rows))
    return [
      rows === undefined
        ? makeIssue(['rows'], 'REQUIRED', {}, locale)
        : invalidTypeIssue(['rows'], 'array', typeof rows, locale),
    ]
  return rows.length > MAX_ROWS ? [makeIssue(['rows'], 'TOO_BIG', { maximum: MAX_ROWS }, locale)] : []
}

/** The shape of the common options, for callers that extend them (the CLI). */
export const rosterOptionShape = { ...commonOptionShape, ...optionShape }
