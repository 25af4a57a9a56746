// Program pemerintah daerah: the coverage planner. Cohorts of workers whose premiums a region (or the state,
// or another body) pays, for a number of months: the monthly budget as a chart, the coverage before and after
// against the potential (a chart), the gap and its cost, the expected benefits, and a one-page printable
// summary for a budget proposal.
import {
  COVERAGE,
  planCoverageProgram,
  type CoverageProgramResult,
  type PlanCoverageProgramInput,
  type RosterSummary,
} from 'bpjs-ketenagakerjaan'
import { barChart, columnChart } from '../charts'
import type { Key } from '../i18n'
import { PAYER_OPTIONS } from '../options'
import { readAmount, readInt, readRate, readText } from '../read'
import { mountRoster } from './roster'
import {
  attempt,
  compact,
  count,
  explanationView,
  field,
  figures,
  formErrorBox,
  group,
  h,
  percent,
  resultRegion,
  rp,
  state,
  t,
  tx,
  values,
  warningList,
  wireTool,
} from '../ui'

const S = 'program'

const DEFAULT_COHORTS = [
  { id: 'Pekerja informal', en: 'Informal workers', workers: '7.500', income: '1.000.000' },
  { id: 'Pekerja keagamaan', en: 'Religious workers', workers: '1.200', income: '1.000.000' },
]

export function readPlanInput(v: Record<string, string>): {
  input: Record<string, unknown>
  fieldOf: (path: readonly (string | number)[]) => (string | number)[]
} {
  const idx = [
    ...new Set(
      Object.keys(v)
        .map((k) => /^cohorts\.(\d+)\./.exec(k)?.[1])
        .filter((x): x is string => x !== undefined)
        .map(Number),
    ),
  ].sort((a, b) => a - b)
  const cohorts = idx.map((i) =>
    compact({
      // a cohort filled from a roster keeps the package the library gave it (programs, sector)
      ...(JSON.parse(v[`cohorts.${i}.package`] || '{}') as Record<string, unknown>),
      name: readText(v[`cohorts.${i}.name`] ?? '') ?? '',
      workers: readInt(v[`cohorts.${i}.workers`] ?? ''),
      category: 'BPU',
      declaredIncome: readAmount(v[`cohorts.${i}.declaredIncome`] ?? ''),
    }),
  )
  const input = compact({
    startPeriod: readText(v['startPeriod'] ?? ''),
    months: readInt(v['months'] ?? ''),
    payer: readText(v['payer'] ?? ''),
    cohorts,
    potentialWorkers: readInt(v['potentialWorkers'] ?? ''),
    coveredBefore: readInt(v['coveredBefore'] ?? ''),
    annualMortalityRate: readRate(v['annualMortalityRate'] ?? ''),
    annualWorkAccidentDeathRate: readRate(v['annualWorkAccidentDeathRate'] ?? ''),
  })
  const fieldOf = (path: readonly (string | number)[]): (string | number)[] =>
    path[0] === 'cohorts' && typeof path[1] === 'number' && idx[path[1]] !== undefined
      ? ['cohorts', idx[path[1]]!, ...path.slice(2)]
      : [...path]
  return { input, fieldOf }
}

function cohortBlock(i: number, preset?: (typeof DEFAULT_COHORTS)[number]): HTMLElement {
  const p = `cohorts.${i}`
  const block: HTMLElement = h(
    'fieldset',
    { class: 'cohort', 'data-cohort': String(i) },
    h('legend', {}, `${t('cohort')} ${i + 1}`),
    field({ scope: S, name: `${p}.name`, label: 'cohortName', value: preset ? preset[state.lang] : '' }),
    h(
      'div',
      { class: 'row' },
      field({ scope: S, name: `${p}.workers`, label: 'workers', kind: 'int', value: preset?.workers ?? '' }),
      field({
        scope: S,
        name: `${p}.declaredIncome`,
        label: 'declaredIncome',
        kind: 'amount',
        value: preset?.income ?? '',
      }),
    ),
    h('button', { type: 'button', class: 'link', onclick: () => block.remove() }, tx('removeCohort')),
  )
  return block
}

const PAYER_KEY: Record<string, Key> = { apbd: 'apbd', apbn: 'apbn', other: 'other' }

function monthLabel(period: string): string {
  const [y, m] = period.split('-').map(Number)
  const d = new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1))
  return d.toLocaleDateString(state.lang === 'id' ? 'id-ID' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

function summaryView(r: CoverageProgramResult): HTMLElement[] {
  const first = r.schedule[0]?.total ?? 0
  const head = h(
    'header',
    { class: 'summary-head' },
    h('h3', {}, tx('summaryTitle')),
    h(
      'p',
      {},
      `${monthLabel(r.startPeriod)} – ${monthLabel(r.endPeriod)} · ${r.months} ${state.lang === 'id' ? 'bulan' : 'months'} · `,
      tx(PAYER_KEY[r.payer] ?? 'other'),
      ` · ${count(r.workers)} `,
      tx('workersUnit'),
    ),
  )
  const key = figures([
    ['budgetTotal', rp(r.total), 'total'],
    ['budgetFirstMonth', rp(first), 'firstMonth'],
  ])
  const cohorts = h(
    'table',
    { class: 'cohorts-table' },
    h('caption', {}, tx('cohorts')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tx('cohort')),
        h('th', { scope: 'col', class: 'num' }, tx('workers')),
        h('th', { scope: 'col', class: 'num' }, tx('perWorkerShort')),
        h('th', { scope: 'col', class: 'num' }, tx('total')),
      ),
    ),
    h(
      'tbody',
      {},
      ...r.cohorts.map((c) =>
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
          h('td', { class: 'num', 'data-cohort-total': String(c.total) }, rp(c.total)),
        ),
      ),
    ),
  )
  const budget = columnChart(
    t('monthlyBudget'),
    r.schedule.map((m) => ({ label: monthLabel(m.period), short: m.period.slice(5), value: m.due })),
    rp,
    t('chartTable'),
    [t('month'), t('amount')],
  )
  const parts: (HTMLElement | null)[] = [head, key, cohorts, budget]
  if (r.coverage) {
    const c = r.coverage
    parts.push(
      h(
        'div',
        { class: 'coverage' },
        barChart(
          t('coverage'),
          [
            { label: t('potential'), value: c.potential },
            { label: t('before'), value: c.coveredBefore },
            { label: t('after'), value: c.coveredAfter },
          ],
          count,
          t('chartTable'),
          [t('coverage'), t('workers')],
        ),
        figures([
          ['before', `${count(c.coveredBefore)} (${percent(c.ratioBefore)})`, 'before'],
          ['after', `${count(c.coveredAfter)} (${percent(c.ratioAfter)})`, 'after'],
          ['gap', count(c.gap), 'gap'],
          ['gapCost', rp(c.costToCloseGap), 'gapCost'],
        ]),
      ),
    )
  }
  if (r.expectedBenefits) {
    const e = r.expectedBenefits
    parts.push(
      h(
        'section',
        { class: 'expected' },
        h('h4', {}, tx('expectedBenefits')),
        figures([
          ['expectedDeaths', String(e.deaths).replace('.', state.lang === 'id' ? ',' : '.'), 'deaths'],
          ['expectedAmount', rp(e.amount), 'expectedAmount'],
        ]),
        h('p', { class: 'note' }, tx('estimateNote')),
      ),
    )
  }
  return [
    h(
      'div',
      { class: 'summary' },
      ...parts.filter((x): x is HTMLElement => x !== null),
      h('p', { class: 'print-only' }, tx('footer')),
    ),
    h(
      'button',
      { type: 'button', class: 'secondary no-print', id: `${S}-print`, onclick: () => window.print() },
      tx('print'),
    ),
    warningList(r.warnings),
    explanationView(r.explanation),
  ].filter((x): x is HTMLElement => x !== null)
}

export function mount(root: HTMLElement): void {
  const cohortList = h('div', { class: 'cohort-list' })
  let n = 0
  const add = (preset?: (typeof DEFAULT_COHORTS)[number]): void => {
    cohortList.append(cohortBlock(n++, preset))
  }
  for (const c of DEFAULT_COHORTS) add(c)
  const form = h(
    'form',
    { class: 'tool-form no-print', novalidate: true, id: `${S}-form` },
    group(
      'programTitle',
      h(
        'div',
        { class: 'row' },
        field({
          scope: S,
          name: 'startPeriod',
          label: 'startPeriod',
          kind: 'month',
          value: COVERAGE.verifiedOn.slice(0, 7),
        }),
        field({ scope: S, name: 'months', label: 'programMonths', kind: 'int', value: '12' }),
      ),
      field({
        scope: S,
        name: 'payer',
        label: 'programPayer',
        kind: 'select',
        options: PAYER_OPTIONS.filter(([v]) => v !== 'self'),
      }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tx('cohorts')),
      h('p', { 'data-error-for': 'cohorts', class: 'error' }),
      cohortList,
      h('button', { type: 'button', class: 'secondary', onclick: () => add() }, tx('addCohort')),
    ),
    group(
      'coverageFacts',
      h(
        'div',
        { class: 'row' },
        field({
          scope: S,
          name: 'potentialWorkers',
          label: 'potentialWorkers',
          kind: 'int',
          value: '25.000',
        }),
        field({ scope: S, name: 'coveredBefore', label: 'coveredBefore', kind: 'int', value: '4.000' }),
      ),
    ),
    group(
      'riskFacts',
      field({
        scope: S,
        name: 'annualMortalityRate',
        label: 'annualMortalityRate',
        kind: 'rate',
        hint: 'rateHint',
      }),
      field({
        scope: S,
        name: 'annualWorkAccidentDeathRate',
        label: 'annualWorkAccidentDeathRate',
        kind: 'rate',
        hint: 'rateHint',
      }),
    ),
    formErrorBox(),
    h('button', { type: 'submit', id: `${S}-submit` }, tx('plan')),
  )
  const out = resultRegion(S)
  root.append(
    h('h2', { class: 'no-print' }, tx('programTitle')),
    h('p', { class: 'lead no-print' }, tx('programLead')),
    h('div', { class: 'split wide-result' }, form, out),
  )
  // the roster upload: its ready cohorts replace the planner's groups and the plan is made again
  const roster = h('div', { class: 'roster no-print' }, h('h3', {}, tx('rosterTitle')))
  root.append(roster)
  const input = (name: string): HTMLInputElement | HTMLSelectElement =>
    form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!
  mountRoster(
    roster,
    () => input('payer').value,
    (s: RosterSummary) => {
      const plan = s.planInputs[0]
      if (plan === undefined) return
      cohortList.replaceChildren()
      for (const c of plan.cohorts) {
        add()
        const i = n - 1
        input(`cohorts.${i}.name`).value = c.name ?? ''
        input(`cohorts.${i}.workers`).value = String(c.workers)
        input(`cohorts.${i}.declaredIncome`).value = String(c.declaredIncome ?? '')
        const { name: _n, workers: _w, category: _c, declaredIncome: _d, ...rest } = c
        cohortList.lastElementChild!.append(
          h('input', { type: 'hidden', name: `cohorts.${i}.package`, value: JSON.stringify(rest) }),
        )
      }
      input('startPeriod').value = plan.startPeriod
      input('months').value = String(plan.months)
      form.requestSubmit()
      form.scrollIntoView({ block: 'start' })
    },
  )
  wireTool(
    form,
    out,
    () => {
      const { input, fieldOf } = readPlanInput(values(form))
      return attempt(
        form,
        () => planCoverageProgram(input as unknown as PlanCoverageProgramInput, { locale: state.lang }),
        fieldOf,
      )
    },
    summaryView,
    (r) => `${t('budgetTotal')}: ${rp(r.total)}`,
  )
}
