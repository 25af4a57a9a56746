import { formatRupiah } from '../money/format.js'
import { statusOf } from './findings.js'
import type { Counts, RowState, Tally } from './state.js'
import type { RosterPerson, RosterStatus } from './types.js'

function bump(map: Map<string, Counts>, key: string, status: RosterStatus): void {
  let c = map.get(key)
  if (c === undefined) map.set(key, (c = { rows: 0, enrol: 0, covered: 0, review: 0, excluded: 0 }))
  c.rows += 1
  c[status] += 1
}

/** A map as a record with its keys sorted. */
export function sortedRecord<T>(map: Map<string, T>): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>
  for (const k of [...map.keys()].sort()) out[k] = map.get(k) as T
  return Object.assign({}, out)
}

/** Counts a person ready to enrol in the cohort of their package (programs, base, sector) and names it. */
function joinCohort(tally: Tally, st: RowState): void {
  const p = st.person.premium
  if (p === null) return
  const sector = st.sector
  const key = `${p.programs.join('+')}|${p.base}|${sector ?? ''}`
  let c = tally.cohorts.get(key)
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
    tally.cohorts.set(key, c)
  }
  c.workers += 1
  st.person.cohort = c.cohort.name
}

/**
 * Ends a row: its status from its findings, counted in the aggregate (by status, finding code, district,
 * occupation and cohort), and the person frozen.
 */
export function finishRow(tally: Tally, st: RowState): RosterPerson {
  const { person, findings } = st
  const codes: string[] = []
  const status = statusOf(findings, codes)
  tally.counts[status] += 1
  for (const c of codes) tally.findingCounts.set(c, (tally.findingCounts.get(c) ?? 0) + 1)
  bump(tally.byDistrict, person.district ?? '—', status)
  bump(tally.byOccupation, person.occupation ?? '—', status)
  if (status === 'enrol') joinCohort(tally, st)
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
