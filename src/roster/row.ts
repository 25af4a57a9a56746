import type { BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { showValue } from '../internal/show.js'
import { checkPlain } from '../schemas/common.js'
import { WORK_RELATIONSHIPS } from '../schemas/eligibility.js'
import { ageOn, checkDate } from '../time/calendar.js'
import type { RosterEnv, RowState } from './state.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/** The fields a row may have (any other is a ROSTER_FIELD_UNKNOWN finding). */
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

/** An implausible age: older than any person recorded. */
const MAX_PLAUSIBLE_AGE = 120

/** A row's own field (an inherited one is not read). */
export function own(st: RowState, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(st.r, k) ? st.r[k] : undefined
}

/** A ROSTER_FIELD_INVALID finding for a field, with the value as given. */
export function invalid(env: RosterEnv, st: RowState, field: string): void {
  st.findings.push(env.finding('ROSTER_FIELD_INVALID', { field, value: showValue(own(st, field)) }, field))
}

/** A text field (at most 200 characters); empty is absent. */
function text(env: RosterEnv, st: RowState, field: string): string | undefined {
  const v = own(st, field)
  if (v === undefined || v === null || v === '') return undefined
  if (typeof v !== 'string' || v.length > 200) {
    invalid(env, st, field)
    return undefined
  }
  return v
}

/** A field that is one of `values`; empty is absent. */
function oneOf<T extends string>(
  env: RosterEnv,
  st: RowState,
  field: string,
  values: readonly T[],
): T | undefined {
  const v = own(st, field)
  if (v === undefined || v === null || v === '') return undefined
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T
  invalid(env, st, field)
  return undefined
}

/** A yes/no field. */
function flag(env: RosterEnv, st: RowState, field: string): boolean | undefined {
  const v = own(st, field)
  if (v === undefined || v === null) return undefined
  if (typeof v === 'boolean') return v
  invalid(env, st, field)
  return undefined
}

const SEXES = ['male', 'female'] as const
const NATIONALITIES = ['WNI', 'WNA'] as const
const SECTORS = ['transport', 'other'] as const

/**
 * Reads the row as a record: false (with its finding) when it is not a plain object; else its unknown fields,
 * and its plain fields read into the row state (a bad value is a finding; the roster's default fills a gap).
 */
export function readFields(env: RosterEnv, st: RowState, raw: unknown, locale: Locale): boolean {
  const { findings, person } = st
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    findings.push(env.finding('ROSTER_ROW_NOT_OBJECT', { row: st.row }))
    return false
  }
  const plain: BpjsIssue[] = []
  checkPlain(raw, [], plain, locale)
  if (plain.length > 0) {
    findings.push(env.finding('ROSTER_ROW_NOT_PLAIN', { reason: plain.map((i) => i.message).join('; ') }))
    return false
  }
  const r = (st.r = raw as Record<string, unknown>)
  for (const k of Object.keys(r))
    if (!ROW_FIELDS.has(k)) findings.push(env.finding('ROSTER_FIELD_UNKNOWN', { field: k }, k))
  const s = env.settings
  person.name = text(env, st, 'name') ?? null
  person.occupation = text(env, st, 'occupation') ?? null
  // the row's own district; the NIK's district code fills a gap (checkNik)
  person.district = text(env, st, 'district') ?? null
  st.sex = oneOf(env, st, 'sex', SEXES)
  st.relationship = oneOf(env, st, 'relationship', WORK_RELATIONSHIPS) ?? s.relationship
  st.wageEarner = flag(env, st, 'wageEarner')
  st.participant = flag(env, st, 'participant')
  st.nationality = oneOf(env, st, 'nationality', NATIONALITIES) ?? s.nationality
  st.sector = oneOf(env, st, 'sector', SECTORS) ?? s.sector
  return true
}

/** The row's birth date (a finding when it is missing or not a date). */
export function readBirthDate(env: RosterEnv, st: RowState): void {
  const bd = own(st, 'birthDate')
  if (bd === undefined || bd === null || bd === '')
    st.findings.push(env.finding('ROSTER_BIRTH_DATE_MISSING', {}, 'birthDate'))
  else {
    const c = typeof bd === 'string' ? checkDate(bd) : { ok: false as const }
    if (c.ok) st.birthDate = c.value
    else invalid(env, st, 'birthDate')
  }
}

/** Whether the row says the person is a participant already (or does not say). */
export function checkParticipation(env: RosterEnv, st: RowState): void {
  if (st.participant === true) st.findings.push(env.finding('ROSTER_ALREADY_PARTICIPANT', {}, 'participant'))
  else if (st.participant === undefined && own(st, 'participant') === undefined)
    st.findings.push(env.finding('ROSTER_PARTICIPATION_UNKNOWN', {}, 'participant'))
}

/** The age on `asOf`: a birth date after it, or an age above any recorded, is a finding and no age. */
export function checkAge(env: RosterEnv, st: RowState): void {
  const birthDate = st.birthDate
  if (birthDate === undefined) return
  const asOf = env.asOf
  if (birthDate > asOf) {
    st.findings.push(env.finding('ROSTER_BIRTH_AFTER_ENROLMENT', { birthDate, asOf }, 'birthDate'))
    st.birthDate = undefined
    return
  }
  const age = ageOn(birthDate as never, asOf as never)
  if (age > MAX_PLAUSIBLE_AGE) {
    st.findings.push(env.finding('ROSTER_AGE_IMPLAUSIBLE', { age, asOf }, 'birthDate'))
    st.birthDate = undefined
  } else {
    st.age = age
    st.person.age = age
  }
}
