// The roster file of the coverage planner (loaded when a list is first chosen, so that the first page stays
// small): read with the same rules as the CLI (`bpjs-tk program --roster`: doors/ maps the Indonesian and
// English column names and words, decides the income column's number format from the whole column), each row
// assessed by createRosterAssessor; an unreadable cell goes on as written, so the library reports it as a
// finding on that row (a bad row is a finding, never a crash).
import {
  createRosterAssessor,
  type RosterOptions,
  type RosterPerson,
  type RosterSettings,
  type RosterSummary,
} from 'bpjs-ketenagakerjaan'
import {
  ROSTER_TABLE,
  TableError,
  TableReader,
  type Cell,
  type CsvRecord,
  type NumberFormat,
} from '../../../doors/index.js'
import type { Key } from '../i18n'
import { count, h, rp, state, t, tx } from '../ui'
import { fileRecords, FileProblem, headerIndex, msg, xlsxDownload } from './table-file'

export { FileProblem, fileRecords }

/** People with findings listed on the page one by one; the rest are counted. */
export const SHOWN_PEOPLE = 50

export interface RosterFileResult {
  people: RosterPerson[]
  summary: RosterSummary
  unknownColumns: string[]
}

/** Assesses the records of a roster file (CSV or the first sheet of an .xlsx), row numbers as in the file. */
export function assessRosterRecords(
  records: readonly CsvRecord[],
  settings: RosterSettings,
  options: RosterOptions,
  numberFormat?: NumberFormat,
): RosterFileResult {
  const headerAt = headerIndex(records)
  let reader: TableReader
  try {
    reader = new TableReader(ROSTER_TABLE, records[headerAt]!.cells, {
      ...(numberFormat === undefined ? {} : { numberFormat }),
    })
    if (!reader.keys.includes('nik'))
      throw new FileProblem(
        state.lang === 'en' ? 'The list has no nik column.' : 'Berkas daftar tidak punya kolom nik.',
      )
    const rows = records.slice(headerAt + 1)
    if (reader.needsSurvey) for (const r of rows) reader.survey(r)
    reader.decide()
  } catch (e) {
    if (e instanceof TableError) throw new FileProblem(msg(e.messages))
    throw e
  }
  const assessor = createRosterAssessor(settings, options)
  const people: RosterPerson[] = []
  for (const rec of records.slice(headerAt + 1)) {
    const r = reader.read(rec)
    if (r.kind === 'blank') continue
    const row: Record<string, unknown> = { ...r.values }
    if (r.kind === 'refused')
      for (const i of r.issues) {
        const at = reader.header.columns.findIndex((c) => c?.key === i.path)
        const raw = at < 0 ? undefined : rec.cells[at]
        if (i.path !== '' && raw !== undefined) row[i.path] = raw.trim()
      }
    people.push(assessor.add(row, r.line))
  }
  return { people, summary: assessor.summary(), unknownColumns: [...reader.header.unknown] }
}

const STATUS: Record<RosterPerson['status'], Key> = {
  enrol: 'statusEnrol',
  covered: 'statusCovered',
  review: 'statusReview',
  excluded: 'statusExcluded',
}

/** The people as a table (the CLI's roster columns), for the .xlsx download. */
export function rosterTable(r: RosterFileResult): Cell[][] {
  return [
    ['row', 'nik', 'name', 'status', 'age', 'category', 'premium', 'cohort', 'codes', 'messages'],
    ...r.people.map((p) => [
      p.row,
      p.nik ?? '',
      p.name ?? '',
      p.status,
      p.age ?? '',
      p.category ?? '',
      p.premium?.perMonth ?? '',
      p.cohort ?? '',
      p.findings.map((f) => f.code).join(' '),
      p.findings.map((f) => f.message).join(' | '),
    ]),
  ]
}

/** The result of a roster: counts by status and by finding, cohorts, findings per person, the fill button. */
export function rosterView(r: RosterFileResult, fill: (s: RosterSummary) => void): HTMLElement[] {
  const s = r.summary
  // one message per code, in the page's language (the first person's; the summary's warnings for the rest)
  const messages = new Map<string, string>()
  for (const p of r.people)
    for (const f of p.findings) if (!messages.has(f.code)) messages.set(f.code, f.message)
  for (const w of s.warnings) if (!messages.has(w.code)) messages.set(w.code, w.message)
  const withFindings = r.people.filter((p) => p.findings.length > 0)
  const shown = withFindings.slice(0, SHOWN_PEOPLE)
  const codes = Object.entries(s.findings).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const plan = s.planInputs[0]
  return [
    h(
      'p',
      { class: 'status', 'data-roster-rows': String(s.rows) },
      h('strong', {}, `${count(s.rows)} `),
      tx('rosterRows'),
    ),
    r.unknownColumns.length > 0
      ? h(
          'p',
          { class: 'warnings' },
          `${state.lang === 'en' ? 'Unknown columns, ignored' : 'Kolom tidak dikenal, diabaikan'}: ${r.unknownColumns.join(', ')}`,
        )
      : null,
    h(
      'table',
      { class: 'totals', 'data-testid': 'roster-status' },
      h('caption', {}, tx('rosterByStatus')),
      h(
        'tbody',
        {},
        ...(['enrol', 'covered', 'review', 'excluded'] as const).map((k) =>
          h(
            'tr',
            { 'data-status': k },
            h('th', { scope: 'row' }, tx(STATUS[k])),
            h('td', { class: 'num' }, count(s.counts[k])),
          ),
        ),
      ),
    ),
    codes.length > 0
      ? h(
          'table',
          { class: 'lines', 'data-testid': 'roster-findings' },
          h('caption', {}, tx('rosterByFinding')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, tx('rosterMessage')),
              h('th', { scope: 'col', class: 'num' }, tx('rosterCount')),
            ),
          ),
          h(
            'tbody',
            {},
            ...codes.map(([code, n]) =>
              h(
                'tr',
                { 'data-code': code },
                h('td', {}, messages.get(code) ?? code, h('span', { class: 'detail code' }, code)),
                h('td', { class: 'num' }, count(n)),
              ),
            ),
          ),
        )
      : null,
    h(
      'table',
      { class: 'cohorts-table', 'data-testid': 'roster-cohorts' },
      h('caption', {}, tx('rosterCohorts')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, tx('cohort')),
          h('th', { scope: 'col', class: 'num' }, tx('workers')),
          h('th', { scope: 'col', class: 'num' }, tx('perWorkerShort')),
        ),
      ),
      h(
        'tbody',
        {},
        ...s.cohorts.map((c) =>
          h(
            'tr',
            { 'data-cohort-name': c.name },
            h('th', { scope: 'row' }, c.name),
            h('td', { class: 'num' }, count(c.workers)),
            h(
              'td',
              { class: 'num', 'data-per-worker': String(c.premiumPerWorkerPerMonth) },
              rp(c.premiumPerWorkerPerMonth),
            ),
          ),
        ),
        h(
          'tr',
          { class: 'grand' },
          h('th', { scope: 'row' }, tx('rosterMonthly')),
          h('td', { class: 'num' }, count(s.counts.enrol)),
          h('td', { class: 'num', 'data-roster-monthly': String(s.monthlyPremium) }, rp(s.monthlyPremium)),
        ),
      ),
    ),
    h(
      'p',
      { class: 'downloads' },
      plan === undefined
        ? h('span', { class: 'note' }, tx('rosterNoCohort'))
        : h(
            'button',
            { type: 'button', class: 'secondary', id: 'roster-use', onclick: () => fill(s) },
            tx('rosterUse'),
          ),
      ' ',
      xlsxDownload('daftar-periksa.xlsx', () => rosterTable(r)),
    ),
    withFindings.length > 0
      ? h(
          'section',
          { class: 'questions refused roster-people' },
          h('h3', {}, tx('rosterPeople')),
          h(
            'ul',
            {},
            ...shown.map((p) =>
              h(
                'li',
                { 'data-line': String(p.row), 'data-status': p.status },
                h('strong', {}, `${t('payrollRow')} ${p.row}`),
                `${p.name ? ` (${p.name})` : ''} · ${t(STATUS[p.status])}: `,
                p.findings.map((f) => f.message).join(' '),
              ),
            ),
          ),
          withFindings.length > shown.length
            ? h(
                'p',
                { class: 'note', 'data-more': String(withFindings.length - shown.length) },
                `+ ${count(withFindings.length - shown.length)} `,
                tx('rosterMore'),
              )
            : null,
        )
      : null,
  ].filter((x): x is HTMLElement => x !== null)
}
