// The roster upload of the coverage planner: drop (or choose) a list of people as CSV or XLSX; its reading and
// assessment (roster-file.ts, with doors/ and createRosterAssessor) load when the first file is chosen. The
// list's ready cohorts can fill the planner's groups, so the budget chart and summary follow.
import { COVERAGE, type RosterSettings, type RosterSummary } from 'bpjs-ketenagakerjaan'
import { readAmount, readInt, readText } from '../read'
import { announce, count, field, group, h, rp, state, t, tx, type FieldSpec } from '../ui'
import { uploadField, wireUpload } from './upload'

const S = 'roster'

export function mountRoster(root: HTMLElement, payer: () => string, fill: (s: RosterSummary) => void): void {
  const f = (spec: Omit<FieldSpec, 'scope'>): HTMLElement => field({ ...spec, scope: S })
  const upload = uploadField(S, 'rosterFile', 'rosterHint')
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${S}-form` },
    group(
      'rosterUpload',
      upload.drop,
      h(
        'div',
        { class: 'row' },
        f({ name: 'asOf', label: 'rosterAsOf', kind: 'date', value: COVERAGE.verifiedOn }),
        f({ name: 'maxAge', label: 'rosterMaxAge', kind: 'int' }),
      ),
      h(
        'div',
        { class: 'row' },
        f({ name: 'declaredIncome', label: 'rosterIncome', kind: 'amount', value: '1.000.000' }),
        f({
          name: 'relationship',
          label: 'relationship',
          kind: 'select',
          value: 'vulnerable-worker',
          options: [
            ['', 'unknown'],
            ['vulnerable-worker', 'rel_vulnerable-worker'],
            ['religious-worker', 'rel_religious-worker'],
            ['rt-rw-head', 'rel_rt-rw-head'],
            ['informal', 'rel_informal'],
            ['self-employed', 'rel_self-employed'],
          ],
        }),
      ),
      f({
        name: 'nationality',
        label: 'nationality',
        kind: 'select',
        value: 'WNI',
        options: [
          ['', 'unknown'],
          ['WNI', 'wni'],
          ['WNA', 'wna'],
        ],
      }),
    ),
    h('button', { type: 'submit', id: `${S}-submit` }, tx('rosterCheck')),
  )
  const out = h('section', { class: 'result', id: `${S}-result`, 'aria-label': t('rosterTitle') })
  out.hidden = true
  root.append(h('div', { class: 'split' }, form, out))

  const run = async (): Promise<void> => {
    upload.clear()
    const file = upload.input.files?.[0]
    const value = (n: string): string =>
      form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? ''
    const { FileProblem, fileRecords, assessRosterRecords, rosterView } = await import('./roster-file')
    try {
      if (file === undefined) throw new FileProblem(t('rosterNoFile'))
      const records = await fileRecords(file)
      const maxAge = readInt(value('maxAge'))
      const settings = Object.fromEntries(
        Object.entries({
          asOf: readText(value('asOf')),
          payer: payer(),
          declaredIncome: readAmount(value('declaredIncome')),
          relationship: readText(value('relationship')),
          nationality: readText(value('nationality')),
        }).filter(([, v]) => v !== undefined),
      ) as unknown as RosterSettings
      const options = {
        locale: state.lang,
        ...(maxAge === undefined ? {} : { parameters: { 'eligibility.bpu.maxRegistrationAge': { maxAge } } }),
      }
      let r
      try {
        r = assessRosterRecords(records, settings, options as never)
      } catch (e) {
        // invalid settings (a date, an age limit): the library's message, beside the file
        if (e instanceof Error && /^Bpjs/.test(e.name)) throw new FileProblem(e.message)
        throw e
      }
      out.replaceChildren(...rosterView(r, fill))
      out.hidden = false
      announce(
        `${count(r.summary.rows)} ${t('rosterRows')}. ${t('rosterMonthly')}: ${rp(r.summary.monthlyPremium)}`,
      )
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e
      out.hidden = true
      upload.fail(e.message)
    }
  }
  wireUpload(form, upload, run)
}
