import { decodeNik, nikBirthText, nikMatchesBirthDate, type NikDecoded } from './nik.js'
import { invalid, own } from './row.js'
import type { RosterEnv, RowState } from './state.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/**
 * The NIK of a row: present, text, structurally valid (nik.ts), against the row's birth date and sex, its
 * region (with the caller's lookup), and not listed on an earlier row. A row with a defect counts once in
 * the NIK defects; the NIK's district fills the row's district when the row names none.
 */
export function checkNik(env: RosterEnv, st: RowState): void {
  const { findings, person } = st
  const nikRaw = own(st, 'nik')
  let nikDistrict: string | undefined
  let defect = false
  if (nikRaw === undefined || nikRaw === null || nikRaw === '') {
    findings.push(env.finding('ROSTER_NIK_MISSING', {}, 'nik'))
    defect = true
  } else if (typeof nikRaw !== 'string') {
    invalid(env, st, 'nik')
    defect = true
  } else {
    person.nik = nikRaw.length <= 32 ? nikRaw : `${nikRaw.slice(0, 32)}…`
    const d = decodeNik(nikRaw)
    if (!d.ok) {
      findings.push(env.finding(`ROSTER_${d.defect}`, { nik: person.nik }, 'nik'))
      defect = true
    } else {
      nikDistrict = d.nik.district
      if (againstRow(env, st, d.nik)) defect = true
      if (env.regionLookup !== undefined) {
        const name = regionName(env, env.regionLookup, d.nik.district)
        if (name === undefined) {
          findings.push(env.finding('ROSTER_NIK_REGION_UNKNOWN', { district: d.nik.district }, 'nik'))
          defect = true
        } else nikDistrict = `${d.nik.district} ${name}`
      }
      duplicate(env, st, nikRaw)
    }
  }
  if (defect) env.tally.nikDefects += 1
  if (person.district === null) person.district = nikDistrict ?? null
}

/** The NIK's birth date and sex against the row's: true when one disagrees (each a finding). */
function againstRow(env: RosterEnv, st: RowState, n: NikDecoded): boolean {
  let defect = false
  const { birthDate, sex } = st
  if (birthDate !== undefined && !nikMatchesBirthDate(n, birthDate)) {
    st.findings.push(
      env.finding('ROSTER_NIK_BIRTH_DATE_MISMATCH', { birthDate, nikBirth: nikBirthText(n) }, 'birthDate'),
    )
    defect = true
  }
  if (sex !== undefined && sex !== n.sex) {
    st.findings.push(env.finding('ROSTER_NIK_SEX_MISMATCH', { sex, nikSex: n.sex }, 'sex'))
    defect = true
  }
  return defect
}

/** The caller's name of a district code (undefined: unknown), asked once per code. */
function regionName(
  env: RosterEnv,
  lookup: (code: string) => string | undefined,
  code: string,
): string | undefined {
  if (env.regionCache.has(code)) return env.regionCache.get(code)
  const v = lookup(code)
  const name = typeof v === 'string' && v.length > 0 ? v : undefined
  env.regionCache.set(code, name)
  return name
}

/** A NIK listed on an earlier row is a finding (the first row keeps it). */
function duplicate(env: RosterEnv, st: RowState, nikRaw: string): void {
  // two 8-digit halves as small integers: a million NIKs cost a few tens of MB, and no key keeps the
  // caller's row text alive (a sliced string would)
  const { tally } = env
  const high = Number(nikRaw.slice(0, 8))
  const low = Number(nikRaw.slice(8))
  let half = tally.seen.get(high)
  if (half === undefined) tally.seen.set(high, (half = new Map()))
  const first = half.get(low)
  if (first !== undefined) {
    st.findings.push(env.finding('ROSTER_NIK_DUPLICATE', { nik: nikRaw, firstRow: first }, 'nik'))
    tally.duplicates += 1
  } else half.set(low, st.row)
}
