import * as z from 'zod/mini'
import { calculateContribution } from '../contributions/index.js'
import { checkEligibility } from '../eligibility/index.js'
import type { EligibilityResult, WorkRelationship } from '../eligibility/types.js'
import { BpjsRuleError, BpjsValidationError, invalidTypeIssue, makeIssue, type BpjsIssue } from '../errors.js'
import { RuleContext } from '../explain/context.js'
import type { Explanation, Warning } from '../explain/types.js'
import { renderMessage } from '../explain/context.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import { showValue } from '../internal/show.js'
import { checkAmount } from '../money/amount.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { bpuMaxRegistrationAge } from '../parameters/eligibility.js'
import { assertCovered } from '../parameters/lookup.js'
import type { PlanCoverageProgramInput } from '../programs-plan/plan.js'
import { allChecks, checkPlain, inspectWith, parseWith } from '../schemas/common.js'
import { WORK_RELATIONSHIPS } from '../schemas/eligibility.js'
import { MAX_ROSTER_ROWS, rosterSettingsSchema } from '../schemas/roster.js'
import { commonOptionShape, localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { ageOn, checkDate, periodOf } from '../time/calendar.js'
import type { Category, Program } from '../types.js'
import { decodeNik, nikBirthText, nikMatchesBirthDate } from './nik.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/** One person of a roster as the caller holds it (every field optional: what is missing becomes a finding). */
export interface RosterRow {
  /** The row's number in the caller's file (e.g. the CSV line); default: its position, counted from `firstRow`. */
  readonly line?: number
  /** The 16-digit NIK, as text (a number loses no digit only below 2^53, so a number is refused). */
  readonly nik?: string
  readonly name?: string
  /** `'YYYY-MM-DD'`. */
  readonly birthDate?: string
  readonly sex?: 'male' | 'female'
  /** Free text, for the counts by occupation (e.g. `'marbot'`, `'ojek'`). */
  readonly occupation?: string
  /** Free text or a code, for the counts by district; default: the NIK's district code. */
  readonly district?: string
  /** The work relationship as the caller classifies the person (default: the input's `relationship`). */
  readonly relationship?: WorkRelationship
  /** For religious workers, RT/RW heads and vulnerable workers: they earn a wage from an employer. */
  readonly wageEarner?: boolean
  /** Monthly declared income in rupiah (number or decimal string); default: the input's `declaredIncome`. */
  readonly declaredIncome?: number | string
  /** For PP 50/2025 when the payer is neither APBN nor APBD. */
  readonly sector?: 'transport' | 'other'
  /** Already a BPJS Ketenagakerjaan participant. */
  readonly participant?: boolean
  /** `'WNI'` or `'WNA'` (a NIK does not tell: holders of a permanent stay permit get one); default: the input's. */
  readonly nationality?: 'WNI' | 'WNA'
}

/** The input of {@link assessRoster} without its rows (also the input of {@link createRosterAssessor}). */
export interface RosterSettings {
  /** The enrolment date, `'YYYY-MM-DD'`: ages are taken on it and premiums priced for its month. */
  readonly asOf: string
  /** Who pays the premiums of the people enrolled. */
  readonly payer: 'self' | 'apbd' | 'apbn' | 'other'
  /** Programs of the package (default JKK + JKM, the BPU minimum; JHT is optional). */
  readonly programs?: readonly ('JKK' | 'JKM' | 'JHT')[]
  /** Work relationship of rows that have none (how the caller classifies the list, e.g. `'vulnerable-worker'`). */
  readonly relationship?: WorkRelationship
  /** Declared income of rows that have none (a program choice, e.g. the minimum package's Rp1,000,000). */
  readonly declaredIncome?: number | string
  /** Sector of rows that have none (PP 50/2025, when the payer is neither APBN nor APBD). */
  readonly sector?: 'transport' | 'other'
  /** Nationality of rows that have none (it decides the category of wage earners). */
  readonly nationality?: 'WNI' | 'WNA'
  /** Number of the first row (default 1; a CSV with a header line passes 2). */
  readonly firstRow?: number
  /** Months of the planCoverageProgram input built from the cohorts (default 12). */
  readonly planMonths?: number
  /** Workers who could be covered, passed on to the plan input (for its coverage figures). */
  readonly potentialWorkers?: number
}

/** Input of {@link assessRoster}. */
export interface AssessRosterInput extends RosterSettings {
  readonly rows: readonly unknown[]
}

/** Options of {@link assessRoster}: the common options and an optional region lookup. */
export interface RosterOptions extends CalculationOptions {
  /**
   * Tells whether a district code `'PP.RR.DD'` exists (and its name), e.g. from a data set of Indonesian
   * administrative areas. Without it, NIK region codes are checked for structure only.
   */
  readonly regionLookup?: (districtCode: string) => string | undefined
}

/** How serious a finding is: `error` stops the enrolment until fixed; `warning` asks for a look; `info` notes. */
export type FindingSeverity = 'error' | 'warning' | 'info'

/** One finding about a row. */
export interface RosterFinding {
  /** Stable code (`ROSTER_…`). */
  readonly code: string
  readonly severity: FindingSeverity
  /** The row field concerned, when there is one. */
  readonly field?: string
  readonly message: string
  readonly params: MessageParams
}

/**
 * What becomes of a row: `enrol` (ready), `covered` (already a participant), `review` (a defect or a missing
 * fact to settle first), `excluded` (a duplicate, not BPU, above the age limit, outside BPJS TK, not a person).
 */
export type RosterStatus = 'enrol' | 'covered' | 'review' | 'excluded'

/** The assessment of one row. */
export interface RosterPerson {
  readonly row: number
  readonly nik: string | null
  readonly name: string | null
  readonly status: RosterStatus
  readonly findings: readonly RosterFinding[]
  /** Age in whole years on `asOf` (from the given birth date), when known. */
  readonly age: number | null
  readonly relationship: WorkRelationship | null
  readonly category: Category | null
  /** `eligible` when the category is BPU and JKK and JKM apply; `unknown` with the missing facts named. */
  readonly eligibility: {
    readonly status: 'eligible' | 'not-eligible' | 'unknown'
    readonly missing: readonly string[]
  }
  readonly district: string | null
  readonly occupation: string | null
  /** The package priced for the month of `asOf` (people ready to enrol or to review with a known income). */
  readonly premium: {
    readonly programs: readonly Program[]
    /** Contribution base (declared income clamped to the Lampiran II floor and ceiling, decisions D1). */
    readonly base: number
    readonly perMonth: number
  } | null
  /** The cohort the person is counted in (people ready to enrol). */
  readonly cohort: string | null
}

/** Counts of a district or an occupation. */
export interface RosterCounts {
  readonly rows: number
  readonly enrol: number
  readonly covered: number
  readonly review: number
  readonly excluded: number
}

/** A cohort of people ready to enrol with the same package: a planCoverageProgram cohort. */
export interface RosterCohort {
  readonly name: string
  readonly workers: number
  readonly category: 'BPU'
  readonly declaredIncome: number
  readonly programs: readonly ('JKK' | 'JKM' | 'JHT')[]
  readonly sector?: 'transport' | 'other'
  readonly premiumPerWorkerPerMonth: number
}

/** The aggregate of a roster. */
export interface RosterSummary {
  readonly asOf: string
  readonly period: string
  readonly payer: RosterSettings['payer']
  readonly rows: number
  readonly counts: Omit<RosterCounts, 'rows'>
  /** Rows with each finding code (a row counts once per code). */
  readonly findings: Readonly<Record<string, number>>
  readonly byDistrict: Readonly<Record<string, RosterCounts>>
  readonly byOccupation: Readonly<Record<string, RosterCounts>>
  readonly cohorts: readonly RosterCohort[]
  /** First-month premium of everyone ready to enrol (Σ workers × premium). */
  readonly monthlyPremium: number
  /**
   * Inputs for `planCoverageProgram` (one, or several of at most 100 cohorts each): start in the month of
   * `asOf`, `planMonths` months, the roster's payer; `coveredBefore` is the count of participants on the
   * list when `potentialWorkers` is given (on the first part only).
   */
  readonly planInputs: readonly PlanCoverageProgramInput[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/** Result of {@link assessRoster}: every person and the aggregate. */
export interface RosterResult extends RosterSummary {
  readonly people: readonly RosterPerson[]
}

const ROW_FIELDS = new Set([
  'line',
  'nik',
  'name',
  'birthDate',
  'sex',
  'occupation',
  'district',
  'relationship',
  'wageEarner',
  'declaredIncome',
  'sector',
  'participant',
  'nationality',
])

const SEVERITY: Readonly<Record<string, FindingSeverity>> = {
  ROSTER_ROW_NOT_OBJECT: 'error',
  ROSTER_ROW_NOT_PLAIN: 'error',
  ROSTER_FIELD_INVALID: 'error',
  ROSTER_FIELD_UNKNOWN: 'warning',
  ROSTER_NIK_MISSING: 'error',
  ROSTER_NIK_MALFORMED: 'error',
  ROSTER_NIK_REGION_INVALID: 'error',
  ROSTER_NIK_REGION_UNKNOWN: 'warning',
  ROSTER_NIK_BIRTH_INVALID: 'error',
  ROSTER_NIK_SERIAL_INVALID: 'error',
  ROSTER_NIK_BIRTH_DATE_MISMATCH: 'error',
  ROSTER_NIK_SEX_MISMATCH: 'error',
  ROSTER_NIK_DUPLICATE: 'error',
  ROSTER_BIRTH_DATE_MISSING: 'error',
  ROSTER_BIRTH_AFTER_ENROLMENT: 'error',
  ROSTER_AGE_IMPLAUSIBLE: 'error',
  ROSTER_AGE_ABOVE_LIMIT: 'error',
  ROSTER_AGE_CHILD: 'warning',
  ROSTER_RELATIONSHIP_MISSING: 'error',
  ROSTER_CATEGORY_UNKNOWN: 'error',
  ROSTER_NOT_BPU: 'info',
  ROSTER_OUTSIDE_PROGRAM: 'info',
  ROSTER_INCOME_MISSING: 'error',
  ROSTER_INCOME_DEFAULTED: 'info',
  ROSTER_INCOME_CLAMPED: 'info',
  ROSTER_PARTICIPATION_UNKNOWN: 'info',
  ROSTER_ALREADY_PARTICIPANT: 'info',
  ROSTER_PREMIUM_REFUSED: 'error',
  ROSTER_CHECK_REFUSED: 'error',
}

/** Rows that do not add a person: not a person, or a person listed on an earlier row. */
const NOT_A_NEW_PERSON = new Set(['ROSTER_ROW_NOT_OBJECT', 'ROSTER_ROW_NOT_PLAIN', 'ROSTER_NIK_DUPLICATE'])

/** Findings that exclude a row from the enrolment (not a defect to fix: a fact). */
const EXCLUDING = new Set([
  'ROSTER_ROW_NOT_OBJECT',
  'ROSTER_ROW_NOT_PLAIN',
  'ROSTER_NIK_DUPLICATE',
  'ROSTER_AGE_ABOVE_LIMIT',
  'ROSTER_NOT_BPU',
  'ROSTER_OUTSIDE_PROGRAM',
])

/** How many distinct findings are kept built (a roster has few: most repeat). */
const FINDING_CACHE_MAX = 10_000

/** An implausible age: older than any person recorded. */
const MAX_PLAUSIBLE_AGE = 120

const settingsSchema = rosterSettingsSchema
/** The most rows one call takes (a larger list goes through {@link createRosterAssessor}). */
const MAX_ROWS = MAX_ROSTER_ROWS
const optionShape = {
  regionLookup: z.optional(z.custom<(code: string) => string | undefined>((v) => typeof v === 'function')),
}

type Settings = z.output<typeof settingsSchema>

/** The facts of an eligibility answer a roster uses: all decided by the relationship, wage flag and age in years. */
interface EligibilityFacts {
  readonly category: Category | null
  readonly categoryStatus: EligibilityResult['categoryStatus']
  readonly missing: readonly string[]
  readonly bpuOk: boolean
  readonly reason: string
  readonly working: 'adult' | 'child'
  readonly minimumAge: number
  readonly bpuAge: 'allowed' | 'not-allowed' | 'unknown'
  readonly bpuAgeUnsettled: boolean
  readonly maxAge: number | null
}

/** One program month priced for a package. */
interface Priced {
  readonly ok: true
  readonly base: number
  readonly perMonth: number
}

/** A message of a library error, for a finding. */
function errorText(e: unknown): string | undefined {
  if (e instanceof BpjsValidationError) return e.issues.map((i) => `${i.code}: ${i.message}`).join('; ')
  if (e instanceof BpjsRuleError) return `${e.code}: ${e.message}`
  return undefined
}

function countsOf(): { rows: number; enrol: number; covered: number; review: number; excluded: number } {
  return { rows: 0, enrol: 0, covered: 0, review: 0, excluded: 0 }
}

function bump(map: Map<string, ReturnType<typeof countsOf>>, key: string, status: RosterStatus): void {
  let c = map.get(key)
  if (c === undefined) map.set(key, (c = countsOf()))
  c.rows += 1
  c[status] += 1
}

function sortedRecord<T>(map: Map<string, T>): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>
  for (const k of [...map.keys()].sort()) out[k] = map.get(k) as T
  return Object.assign({}, out)
}

/**
 * A roster assessor that takes people one at a time (for lists too large to hold, e.g. a CSV streamed by the
 * CLI) and gives the same answers as {@link assessRoster}: duplicates are found against the rows added before
 * (the first occurrence is kept), and {@link RosterAssessor.summary} gives the aggregate of the rows added so far.
 */
export interface RosterAssessor {
  /** Assesses one row (`line`: its number in the caller's file; default: the next number). Frozen. */
  add(row: unknown, line?: number): RosterPerson
  /** The aggregate of the rows added so far. Frozen. */
  summary(): RosterSummary
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

function makeAssessor(
  s: Settings,
  options: RosterOptions | undefined,
  resolved: ReturnType<typeof resolveOptions>['resolved'],
  regionLookup: ((code: string) => string | undefined) | undefined,
  locale: Locale,
): RosterAssessor {
  assertCovered(s.asOf, ['asOf'])
  const asOf = s.asOf
  const period = periodOf(asOf as never)
  const programs = s.programs ?? ['JKK', 'JKM']
  const passOptions: CalculationOptions = {
    locale,
    rounding: resolved.rounding,
    ...(options?.parameters === undefined ? {} : { parameters: options.parameters }),
  }
  const ctx = new RuleContext('assessRoster', asOf, resolved)
  const start = ctx.mark()
  const seen = new Map<number, Map<number, number>>()
  const eligCache = new Map<string, EligibilityFacts | { refused: string }>()
  const premiumCache = new Map<string, Priced | { ok: false; reason: string }>()
  const regionCache = new Map<string, string | undefined>()
  const findingCounts = new Map<string, number>()
  const byDistrict = new Map<string, ReturnType<typeof countsOf>>()
  const byOccupation = new Map<string, ReturnType<typeof countsOf>>()
  const cohorts = new Map<string, { cohort: Omit<RosterCohort, 'workers'>; workers: number }>()
  const counts = { enrol: 0, covered: 0, review: 0, excluded: 0 }
  let rows = 0
  let nikDefects = 0
  let duplicates = 0
  let next = s.firstRow ?? 1

  // the same finding recurs on many rows (an income defaulted, a participant): built and frozen once
  const findingCache = new Map<string, RosterFinding>()
  const finding = (code: string, params: MessageParams = {}, field?: string): RosterFinding => {
    const key = `${code}|${field ?? ''}|${JSON.stringify(params)}`
    const hit = findingCache.get(key)
    if (hit !== undefined) return hit
    const f: { -readonly [K in keyof RosterFinding]: RosterFinding[K] } = {
      code,
      severity: SEVERITY[code] ?? 'error',
      message: renderMessage(code, params, locale),
      params,
    }
    if (field !== undefined) f.field = field
    const frozen = deepFreeze(f)
    if (findingCache.size >= FINDING_CACHE_MAX) findingCache.clear()
    findingCache.set(key, frozen)
    return frozen
  }

  const eligibility = (
    relationship: WorkRelationship,
    wageEarner: boolean | undefined,
    nationality: 'WNI' | 'WNA' | undefined,
    birthDate: string | undefined,
    age: number | undefined,
  ): EligibilityFacts | { refused: string } => {
    const key = `${relationship}|${String(wageEarner)}|${nationality ?? ''}|${age ?? ''}`
    const hit = eligCache.get(key)
    if (hit !== undefined) return hit
    let out: EligibilityFacts | { refused: string }
    try {
      const r = checkEligibility(
        {
          asOf,
          relationship,
          ...(birthDate === undefined ? {} : { birthDate }),
          ...(wageEarner === undefined ? {} : { wageEarner }),
          ...(nationality === undefined ? {} : { nationality }),
          checkBpuRegistrationAge: true,
        },
        passOptions,
      )
      // a child is a finding of its row (ROSTER_AGE_CHILD), not a warning of the whole roster
      ctx.absorb(
        r.explanation,
        r.warnings.filter((w) => w.code !== 'ELIG_CHILD_WORKER'),
      )
      const jkk = r.programs.find((p) => p.program === 'JKK')
      const jkm = r.programs.find((p) => p.program === 'JKM')
      const bpu = r.bpuRegistrationAge
      const limit = ctx.readShared(bpuMaxRegistrationAge, asOf).value.maxAge
      out = {
        category: r.category,
        categoryStatus: r.categoryStatus,
        missing: r.categoryMissing ?? [],
        bpuOk: jkk?.status === 'mandatory' && jkm?.status === 'mandatory',
        reason: r.categoryReasons.map((x) => x.message).join(' '),
        working: r.age?.workingAge.status ?? 'adult',
        minimumAge: r.age?.workingAge.minimumAge ?? 0,
        bpuAge: bpu?.status ?? 'unknown',
        bpuAgeUnsettled: bpu?.status === 'unknown' && (bpu.missing ?? []).length === 0,
        maxAge: limit,
      }
      ctx.step({
        rule: 'roster.eligibility',
        text: 'STEP_ROSTER_ELIGIBILITY',
        params: {
          relationship,
          age: age ?? '—',
          asOf,
          category: r.category ?? r.categoryStatus,
          jkk: jkk?.status ?? '—',
          jkm: jkm?.status ?? '—',
          bpuAge: out.bpuAge,
        },
        inputs: {
          relationship,
          age: age ?? null,
          ...(wageEarner === undefined ? {} : { wageEarner }),
        },
        legal: [
          ...new Map(r.explanation.legal.map((c) => [`${c.source}|${c.article ?? ''}`, c])).values(),
        ].map((c) => ({ source: c.source, ...(c.article === undefined ? {} : { article: c.article }) })),
        value: r.category,
      })
    } catch (e) {
      const text = errorText(e)
      if (text === undefined) throw e
      out = { refused: text }
    }
    eligCache.set(key, out)
    return out
  }

  const premium = (incomeSen: number, sector: 'transport' | 'other' | undefined) => {
    const key = `${incomeSen}|${sector ?? ''}`
    const hit = premiumCache.get(key)
    if (hit !== undefined) return hit
    let out: Priced | { ok: false; reason: string }
    const income = senText(incomeSen)
    try {
      const r = calculateContribution(
        {
          category: 'BPU',
          period,
          declaredIncome: income,
          programs: [...programs],
          payer: s.payer,
          ...(sector === undefined ? {} : { sector }),
        },
        passOptions,
      )
      // a clamped income is a finding of its row (ROSTER_INCOME_CLAMPED), not one warning per income
      ctx.absorb(
        r.explanation,
        r.warnings.filter((w) => w.code !== 'BPU_INCOME_CLAMPED'),
      )
      const baseLine = r.lines.find((l) => l.base !== undefined)
      out = { ok: true, base: baseLine?.base ?? 0, perMonth: r.totals.total }
      ctx.step({
        rule: 'roster.premium',
        text: 'STEP_ROSTER_PREMIUM',
        params: {
          period,
          income: formatRupiah(income),
          programs: programs.join('+'),
          premium: formatRupiah(r.totals.total),
        },
        inputs: {
          declaredIncome: income,
          programs: [...programs],
          ...(sector === undefined ? {} : { sector }),
        },
        legal: r.explanation.legal.map((c) => ({
          source: c.source,
          ...(c.article === undefined ? {} : { article: c.article }),
        })),
        ...(r.explanation.steps.find((st) => st.rounding !== undefined)?.rounding === undefined
          ? {}
          : { rounding: r.explanation.steps.find((st) => st.rounding !== undefined)!.rounding! }),
        value: r.totals.total,
      })
    } catch (e) {
      const text = errorText(e)
      if (text === undefined) throw e
      out = { ok: false, reason: text }
    }
    premiumCache.set(key, out)
    return out
  }

  const add = (raw: unknown, line?: number): RosterPerson => {
    const row = line ?? next
    next = row + 1
    rows += 1
    const findings: RosterFinding[] = []
    const person = {
      row,
      nik: null as string | null,
      name: null as string | null,
      age: null as number | null,
      relationship: null as WorkRelationship | null,
      category: null as Category | null,
      eligibility: { status: 'unknown' as 'eligible' | 'not-eligible' | 'unknown', missing: [] as string[] },
      district: null as string | null,
      occupation: null as string | null,
      premium: null as RosterPerson['premium'],
      cohort: null as string | null,
    }
    const rowState: { sector?: 'transport' | 'other' } = {}
    const finish = (): RosterPerson => {
      // a row that is not a person, or a person listed before, first; then a participant (covered whatever
      // else is found: already enrolled); then the facts that keep a person out of this program
      let notNew = false
      let participantFound = false
      let excluding = false
      let serious = false
      const codes: string[] = []
      for (const f of findings) {
        if (NOT_A_NEW_PERSON.has(f.code)) notNew = true
        else if (f.code === 'ROSTER_ALREADY_PARTICIPANT') participantFound = true
        else if (EXCLUDING.has(f.code)) excluding = true
        if (f.severity !== 'info') serious = true
        if (!codes.includes(f.code)) codes.push(f.code)
      }
      const status: RosterStatus = notNew
        ? 'excluded'
        : participantFound
          ? 'covered'
          : excluding
            ? 'excluded'
            : serious
              ? 'review'
              : 'enrol'
      counts[status] += 1
      for (const c of codes) findingCounts.set(c, (findingCounts.get(c) ?? 0) + 1)
      bump(byDistrict, person.district ?? '—', status)
      bump(byOccupation, person.occupation ?? '—', status)
      if (status === 'enrol' && person.premium !== null) {
        const p = person.premium
        const sector = rowState.sector
        const key = `${p.programs.join('+')}|${p.base}|${sector ?? ''}`
        let c = cohorts.get(key)
        if (c === undefined) {
          const name = `BPU ${p.programs.join('+')} ${formatRupiah(p.base)}${sector === undefined ? '' : ` ${sector}`}`
          c = {
            cohort: {
              name,
              category: 'BPU',
              declaredIncome: p.base,
              programs: p.programs as ('JKK' | 'JKM' | 'JHT')[],
              ...(sector === undefined ? {} : { sector }),
              premiumPerWorkerPerMonth: p.perMonth,
            },
            workers: 0,
          }
          cohorts.set(key, c)
        }
        c.workers += 1
        person.cohort = c.cohort.name
      }
      // frozen by hand, level by level (findings are frozen when built)
      Object.freeze(person.eligibility.missing)
      Object.freeze(person.eligibility)
      if (person.premium !== null) {
        Object.freeze(person.premium.programs)
        Object.freeze(person.premium)
      }
      Object.freeze(findings)
      return Object.freeze({ ...person, status, findings })
    }

    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      findings.push(finding('ROSTER_ROW_NOT_OBJECT', { row }))
      return finish()
    }
    const plain: BpjsIssue[] = []
    checkPlain(raw, [], plain, locale)
    if (plain.length > 0) {
      findings.push(finding('ROSTER_ROW_NOT_PLAIN', { reason: plain.map((i) => i.message).join('; ') }))
      return finish()
    }
    const r = raw as Record<string, unknown>
    const own = (k: string): unknown => (Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined)
    for (const k of Object.keys(r))
      if (!ROW_FIELDS.has(k)) findings.push(finding('ROSTER_FIELD_UNKNOWN', { field: k }, k))
    const invalid = (field: string) =>
      findings.push(finding('ROSTER_FIELD_INVALID', { field, value: showValue(own(field)) }, field))
    const text = (field: string): string | undefined => {
      const v = own(field)
      if (v === undefined || v === null || v === '') return undefined
      if (typeof v !== 'string' || v.length > 200) {
        invalid(field)
        return undefined
      }
      return v
    }
    const oneOf = <T extends string>(field: string, values: readonly T[]): T | undefined => {
      const v = own(field)
      if (v === undefined || v === null || v === '') return undefined
      if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T
      invalid(field)
      return undefined
    }
    const flag = (field: string): boolean | undefined => {
      const v = own(field)
      if (v === undefined || v === null) return undefined
      if (typeof v === 'boolean') return v
      invalid(field)
      return undefined
    }

    person.name = text('name') ?? null
    person.occupation = text('occupation') ?? null
    const districtField = text('district')
    const sex = oneOf('sex', ['male', 'female'] as const)
    const relationship = oneOf('relationship', WORK_RELATIONSHIPS) ?? s.relationship
    const wageEarner = flag('wageEarner')
    const participant = flag('participant')
    const nationality = oneOf('nationality', ['WNI', 'WNA'] as const) ?? s.nationality
    const sector = oneOf('sector', ['transport', 'other'] as const) ?? s.sector
    if (sector !== undefined) rowState.sector = sector

    // birth date
    let birthDate: string | undefined
    const bd = own('birthDate')
    if (bd === undefined || bd === null || bd === '')
      findings.push(finding('ROSTER_BIRTH_DATE_MISSING', {}, 'birthDate'))
    else {
      const c = typeof bd === 'string' ? checkDate(bd) : { ok: false as const }
      if (c.ok) birthDate = c.value
      else invalid('birthDate')
    }

    // NIK
    const nikRaw = own('nik')
    let nikDistrict: string | undefined
    let defect = false
    if (nikRaw === undefined || nikRaw === null || nikRaw === '') {
      findings.push(finding('ROSTER_NIK_MISSING', {}, 'nik'))
      defect = true
    } else if (typeof nikRaw !== 'string') {
      invalid('nik')
      defect = true
    } else {
      person.nik = nikRaw.length <= 32 ? nikRaw : `${nikRaw.slice(0, 32)}…`
      const d = decodeNik(nikRaw)
      if (!d.ok) {
        findings.push(finding(`ROSTER_${d.defect}`, { nik: person.nik }, 'nik'))
        defect = true
      } else {
        const n = d.nik
        nikDistrict = n.district
        if (birthDate !== undefined && !nikMatchesBirthDate(n, birthDate)) {
          findings.push(
            finding('ROSTER_NIK_BIRTH_DATE_MISMATCH', { birthDate, nikBirth: nikBirthText(n) }, 'birthDate'),
          )
          defect = true
        }
        if (sex !== undefined && sex !== n.sex) {
          findings.push(finding('ROSTER_NIK_SEX_MISMATCH', { sex, nikSex: n.sex }, 'sex'))
          defect = true
        }
        if (regionLookup !== undefined) {
          let name: string | undefined
          if (regionCache.has(n.district)) name = regionCache.get(n.district)
          else {
            const v = regionLookup(n.district)
            name = typeof v === 'string' && v.length > 0 ? v : undefined
            regionCache.set(n.district, name)
          }
          if (name === undefined) {
            findings.push(finding('ROSTER_NIK_REGION_UNKNOWN', { district: n.district }, 'nik'))
            defect = true
          } else nikDistrict = `${n.district} ${name}`
        }
        // two 8-digit halves as small integers: a million NIKs cost a few tens of MB, and no key keeps the
        // caller's row text alive (a sliced string would)
        const high = Number(nikRaw.slice(0, 8))
        const low = Number(nikRaw.slice(8))
        let half = seen.get(high)
        if (half === undefined) seen.set(high, (half = new Map()))
        const first = half.get(low)
        if (first !== undefined) {
          findings.push(finding('ROSTER_NIK_DUPLICATE', { nik: nikRaw, firstRow: first }, 'nik'))
          duplicates += 1
        } else half.set(low, row)
      }
    }
    if (defect) nikDefects += 1
    person.district = districtField ?? nikDistrict ?? null

    // participation
    if (participant === true) findings.push(finding('ROSTER_ALREADY_PARTICIPANT', {}, 'participant'))
    else if (participant === undefined && own('participant') === undefined)
      findings.push(finding('ROSTER_PARTICIPATION_UNKNOWN', {}, 'participant'))

    // age and eligibility
    let age: number | undefined
    if (birthDate !== undefined) {
      if (birthDate > asOf) {
        findings.push(finding('ROSTER_BIRTH_AFTER_ENROLMENT', { birthDate, asOf }, 'birthDate'))
        birthDate = undefined
      } else {
        age = ageOn(birthDate as never, asOf as never)
        if (age > MAX_PLAUSIBLE_AGE) {
          findings.push(finding('ROSTER_AGE_IMPLAUSIBLE', { age, asOf }, 'birthDate'))
          birthDate = undefined
          age = undefined
        } else person.age = age
      }
    }
    if (relationship === undefined) findings.push(finding('ROSTER_RELATIONSHIP_MISSING', {}, 'relationship'))
    else {
      person.relationship = relationship
      const e = eligibility(relationship, wageEarner, nationality, birthDate, age)
      if ('refused' in e) findings.push(finding('ROSTER_CHECK_REFUSED', { reason: e.refused }))
      else {
        person.category = e.category
        if (e.categoryStatus === 'unknown') {
          person.eligibility.missing = [...e.missing]
          findings.push(finding('ROSTER_CATEGORY_UNKNOWN', { missing: e.missing.join(', ') || '—' }))
        } else if (e.categoryStatus !== 'determined')
          findings.push(finding('ROSTER_OUTSIDE_PROGRAM', { reason: e.reason }, 'relationship'))
        else if (e.category !== 'BPU' || !e.bpuOk)
          findings.push(finding('ROSTER_NOT_BPU', { category: e.category ?? '—' }, 'relationship'))
        if (age !== undefined && e.working === 'child')
          findings.push(finding('ROSTER_AGE_CHILD', { age, asOf, minimumAge: e.minimumAge }, 'birthDate'))
        if (e.bpuAge === 'not-allowed')
          findings.push(
            finding(
              'ROSTER_AGE_ABOVE_LIMIT',
              { age: age ?? '—', asOf, maxAge: e.maxAge ?? '—' },
              'birthDate',
            ),
          )
        if (e.bpuAgeUnsettled)
          ctx.warn('ROSTER_BPU_AGE_LIMIT_UNKNOWN', {}, 'eligibility.bpu.maxRegistrationAge')
        const decided = e.categoryStatus !== 'unknown'
        if (!decided) person.eligibility.status = 'unknown'
        else if (e.category === 'BPU' && e.bpuOk && e.bpuAge !== 'not-allowed')
          person.eligibility.status = age === undefined && !e.bpuAgeUnsettled ? 'unknown' : 'eligible'
        else person.eligibility.status = 'not-eligible'
        if (person.eligibility.status === 'unknown' && age === undefined && !e.bpuAgeUnsettled)
          person.eligibility.missing = [...new Set([...person.eligibility.missing, 'birthDate'])]
      }
    }

    // package and premium
    if (person.category === 'BPU' && person.eligibility.status !== 'not-eligible') {
      let incomeSen: number | undefined
      const inc = own('declaredIncome')
      if (inc === undefined || inc === null || inc === '') {
        if (s.declaredIncome === undefined)
          findings.push(finding('ROSTER_INCOME_MISSING', {}, 'declaredIncome'))
        else {
          incomeSen = s.declaredIncome
          findings.push(
            finding(
              'ROSTER_INCOME_DEFAULTED',
              { income: formatRupiah(senText(incomeSen)) },
              'declaredIncome',
            ),
          )
        }
      } else {
        const c = checkAmount(inc, false)
        if (c.ok) incomeSen = c.sen
        else invalid('declaredIncome')
      }
      if (incomeSen !== undefined) {
        const p = premium(incomeSen, sector)
        if (p.ok) {
          person.premium = { programs: [...programs], base: p.base, perMonth: p.perMonth }
          if (p.base * 100 !== incomeSen)
            findings.push(
              finding(
                'ROSTER_INCOME_CLAMPED',
                { income: formatRupiah(senText(incomeSen)), base: formatRupiah(p.base) },
                'declaredIncome',
              ),
            )
        } else findings.push(finding('ROSTER_PREMIUM_REFUSED', { reason: p.reason }))
      }
    }
    return finish()
  }

  const summary = (): RosterSummary => {
    const list = [...cohorts.values()]
      .map((c) => ({ ...c.cohort, workers: c.workers }))
      .sort((a, b) => b.workers - a.workers || (a.name < b.name ? -1 : 1))
    const c2 = new RuleContext('assessRoster', asOf, resolved)
    c2.step({
      rule: 'roster.rows',
      text: 'STEP_ROSTER_ROWS',
      params: { rows, asOf, ...counts },
      inputs: { rows, asOf, payer: s.payer },
      value: { ...counts },
    })
    c2.step({
      rule: 'roster.nik',
      text: 'STEP_ROSTER_NIK',
      params: { defects: nikDefects },
      inputs: { rows },
      value: nikDefects,
    })
    c2.step({
      rule: 'roster.duplicates',
      text: 'STEP_ROSTER_DUPLICATES',
      params: { duplicates },
      inputs: { rows },
      value: duplicates,
    })
    // the eligibility and premium steps, parameters and warnings recorded while rows were added
    c2.replay(ctx.recording(start))
    let monthly = 0
    for (const c of list) {
      const total = c.workers * c.premiumPerWorkerPerMonth
      monthly += total
      c2.step({
        rule: 'roster.cohort',
        text: 'STEP_ROSTER_COHORT',
        formula: 'FORMULA_ROSTER_COHORT',
        params: {
          cohort: c.name,
          workers: c.workers,
          premium: formatRupiah(c.premiumPerWorkerPerMonth),
          total: formatRupiah(total),
        },
        inputs: { cohort: c.name, workers: c.workers, premiumPerWorkerPerMonth: c.premiumPerWorkerPerMonth },
        value: total,
      })
    }
    c2.step({
      rule: 'roster.total',
      text: 'STEP_ROSTER_TOTAL',
      inputs: { cohorts: list.length },
      value: monthly,
    })
    const months = s.planMonths ?? 12
    const planInputs: PlanCoverageProgramInput[] = []
    const planPayer = s.payer === 'self' ? 'other' : s.payer
    for (let i = 0; i < list.length; i += 100) {
      const part = list.slice(i, i + 100).map((c) => {
        const { premiumPerWorkerPerMonth: _p, ...cohort } = c
        return { ...cohort, programs: [...cohort.programs] }
      })
      planInputs.push({
        startPeriod: period,
        months,
        payer: planPayer,
        cohorts: part,
        ...(i === 0 && s.potentialWorkers !== undefined
          ? {
              potentialWorkers: s.potentialWorkers,
              coveredBefore: Math.min(counts.covered, s.potentialWorkers),
            }
          : {}),
      })
    }
    if (planInputs.length > 1)
      c2.warn('ROSTER_COHORTS_SPLIT', { cohorts: list.length, parts: planInputs.length })
    return deepFreeze({
      asOf,
      period,
      payer: s.payer,
      rows,
      counts: { ...counts },
      findings: sortedRecord(findingCounts),
      byDistrict: sortedRecord(new Map([...byDistrict].map(([k, v]) => [k, { ...v }]))),
      byOccupation: sortedRecord(new Map([...byOccupation].map(([k, v]) => [k, { ...v }]))),
      cohorts: list,
      monthlyPremium: monthly,
      planInputs,
      warnings: c2.warnings,
      explanation: c2.explanation(),
    })
  }

  return { add, summary }
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
