import { BpjsRuleError, BpjsValidationError } from '../errors.js'
import { renderMessage } from '../explain/context.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { deepFreeze } from '../internal/freeze.js'
import type { FindingMaker } from './state.js'
import type { FindingSeverity, RosterFinding, RosterStatus } from './types.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

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

/**
 * The finding maker of one assessor: the same finding recurs on many rows (an income defaulted, a
 * participant), so each is built and frozen once (at most {@link FINDING_CACHE_MAX} kept).
 */
export function findingMaker(locale: Locale): FindingMaker {
  const findingCache = new Map<string, RosterFinding>()
  return (code: string, params: MessageParams = {}, field?: string): RosterFinding => {
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
}

/**
 * The status of a row from its findings, and the distinct codes found (pushed to `codes`). A row that is not
 * a person, or a person listed before, first; then a participant (covered whatever else is found: already
 * enrolled); then the facts that keep a person out of this program; then any finding that is not a note.
 */
export function statusOf(findings: readonly RosterFinding[], codes: string[]): RosterStatus {
  let notNew = false
  let participantFound = false
  let excluding = false
  let serious = false
  for (const f of findings) {
    if (NOT_A_NEW_PERSON.has(f.code)) notNew = true
    else if (f.code === 'ROSTER_ALREADY_PARTICIPANT') participantFound = true
    else if (EXCLUDING.has(f.code)) excluding = true
    if (f.severity !== 'info') serious = true
    if (!codes.includes(f.code)) codes.push(f.code)
  }
  return notNew
    ? 'excluded'
    : participantFound
      ? 'covered'
      : excluding
        ? 'excluded'
        : serious
          ? 'review'
          : 'enrol'
}

/** A message of a library error, for a finding (undefined: not a library error, to be thrown on). */
export function errorText(e: unknown): string | undefined {
  if (e instanceof BpjsValidationError) return e.issues.map((i) => `${i.code}: ${i.message}`).join('; ')
  if (e instanceof BpjsRuleError) return `${e.code}: ${e.message}`
  return undefined
}
