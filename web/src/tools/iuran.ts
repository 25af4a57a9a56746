// Iuran: the contributions of one worker of any category (PU, BPU, JAKON, PMI) for one month, with the lines,
// the totals per payer, the warnings and the explanation.
import {
  calculateContribution,
  COVERAGE,
  type ContributionInput,
  type ContributionLine,
  type ContributionResult,
} from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { CATEGORY_OPTIONS, ENTERPRISE_OPTIONS, PAYER_OPTIONS } from '../options'
import { readAmount, readInt, readText } from '../read'
import { splitSentences } from '../../../doors/layout.js'
import { mountPayroll } from './payroll'
import {
  attempt,
  compact,
  explanationView,
  field,
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

const S = 'iuran'

/** The calculateContribution input from the form's values (empty fields left out). */
export function readContributionInput(v: Record<string, string>): Record<string, unknown> {
  const category = v['category']
  const base = { category, period: readText(v['period'] ?? '') }
  if (category === 'PU')
    return compact({
      ...base,
      wage: readAmount(v['wage'] ?? ''),
      jkkRiskClass: readInt(v['jkkRiskClass'] ?? ''),
      enterpriseSize: readText(v['enterpriseSize'] ?? ''),
      jkpRegistered: v['jkpRegistered'] === 'true',
      jkkDiscountEligible: v['jkkDiscountEligible'] === 'true',
    })
  if (category === 'BPU')
    return compact({
      ...base,
      declaredIncome: readAmount(v['declaredIncome'] ?? ''),
      programs: v['bpuJht'] === 'true' ? ['JKK', 'JKM', 'JHT'] : undefined,
      months: readInt(v['months'] ?? ''),
      payer: readText(v['payer'] ?? ''),
      sector: readText(v['sector'] ?? ''),
    })
  if (category === 'JAKON')
    return compact(
      v['jakonMethod'] === 'wage'
        ? { ...base, wage: readAmount(v['jakonWage'] ?? '') }
        : { ...base, contractValue: readAmount(v['contractValue'] ?? '') },
    )
  return compact({
    ...base,
    contractMonths: readInt(v['contractMonths'] ?? ''),
    placement: readText(v['placement'] ?? ''),
    jhtMonthly: readAmount(v['jhtMonthly'] ?? ''),
  })
}

const PAYER_KEY: Record<ContributionLine['payer'], Key> = {
  employer: 'employer',
  worker: 'worker',
  participant: 'participant',
  government: 'government',
}

function lineDetail(l: ContributionLine): string {
  const parts: string[] = []
  if (l.rate !== undefined && l.base !== undefined) parts.push(`${percent(l.rate)} × ${rp(l.base)}`)
  if (l.months !== undefined && l.perMonth !== undefined) parts.push(`${l.months} × ${rp(l.perMonth)}`)
  if (l.fund !== undefined && l.fund !== l.program) parts.push(`${t('toFund')} ${l.fund}`)
  if (l.deferred !== undefined && l.deferred > 0) parts.push(`${t('deferred')} ${rp(l.deferred)}`)
  return parts.join(' · ')
}

export function contributionView(r: ContributionResult): HTMLElement[] {
  const lines = h(
    'table',
    { class: 'lines', 'data-testid': 'lines' },
    h('caption', {}, tx('lines')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tx('program')),
        h('th', { scope: 'col' }, tx('payerCol')),
        h('th', { scope: 'col', class: 'num' }, tx('amount')),
      ),
    ),
    h(
      'tbody',
      {},
      ...r.lines.map((l) =>
        h(
          'tr',
          { 'data-program': l.program, 'data-payer': l.payer, 'data-fund': l.fund ?? '' },
          h('td', {}, h('strong', {}, l.program), h('span', { class: 'detail' }, lineDetail(l))),
          h('td', {}, tx(PAYER_KEY[l.payer])),
          h('td', { class: 'num' }, rp(l.amount)),
        ),
      ),
    ),
  )
  const payers = (['employer', 'worker', 'participant', 'government'] as const).filter(
    (p) => r.totals[p] !== 0,
  )
  const totals = h(
    'table',
    { class: 'totals', 'data-testid': 'totals' },
    h('caption', {}, tx('totalsByPayer')),
    h(
      'tbody',
      {},
      ...payers.map((p) =>
        h(
          'tr',
          { 'data-payer': p },
          h('th', { scope: 'row' }, tx(PAYER_KEY[p])),
          h('td', { class: 'num' }, rp(r.totals[p])),
        ),
      ),
      h(
        'tr',
        { class: 'grand', 'data-payer': 'total' },
        h('th', { scope: 'row' }, tx('total')),
        h('td', { class: 'num' }, rp(r.totals.total)),
      ),
    ),
  )
  // a line split between funds after the JKP recomposition, in words (the kept part alone looks like a wrong
  // rate × wage): "JKK: 0,54% × Rp12.000.000 = Rp64.800, di antaranya Rp7.000 ke dana JKP"
  const sentences = splitSentences(r, state.lang)
  const splits =
    sentences.length === 0
      ? null
      : h('ul', { class: 'splits', 'data-testid': 'splits' }, ...sentences.map((s) => h('li', {}, s)))
  return [lines, splits, totals, warningList(r.warnings), explanationView(r.explanation)].filter(
    (x): x is HTMLElement => x !== null,
  )
}

export function mount(root: HTMLElement): void {
  const period = COVERAGE.verifiedOn.slice(0, 7)
  const cat = field({
    scope: S,
    name: 'category',
    label: 'category',
    kind: 'select',
    options: CATEGORY_OPTIONS,
  })
  const pu = group(
    'catPU',
    field({ scope: S, name: 'wage', label: 'wage', kind: 'amount', hint: 'amountHint' }),
    field({
      scope: S,
      name: 'jkkRiskClass',
      label: 'jkkRiskClass',
      kind: 'select',
      value: '1',
      options: [
        ['', 'choose'],
        ['1', 'risk1'],
        ['2', 'risk2'],
        ['3', 'risk3'],
        ['4', 'risk4'],
        ['5', 'risk5'],
      ],
    }),
    field({
      scope: S,
      name: 'enterpriseSize',
      label: 'enterpriseSize',
      kind: 'select',
      value: 'large',
      options: ENTERPRISE_OPTIONS,
    }),
    field({ scope: S, name: 'jkpRegistered', label: 'jkpRegistered', kind: 'checkbox' }),
    field({ scope: S, name: 'jkkDiscountEligible', label: 'jkkDiscountEligible', kind: 'checkbox' }),
  )
  const bpu = group(
    'catBPU',
    field({ scope: S, name: 'declaredIncome', label: 'declaredIncome', kind: 'amount', hint: 'amountHint' }),
    field({
      scope: S,
      name: 'months',
      label: 'months',
      kind: 'select',
      options: [
        ['1', 'months1'],
        ['3', 'months3'],
        ['6', 'months6'],
        ['12', 'months12'],
      ],
    }),
    field({
      scope: S,
      name: 'payer',
      label: 'payer',
      kind: 'select',
      options: PAYER_OPTIONS,
    }),
    field({
      scope: S,
      name: 'sector',
      label: 'sector',
      kind: 'select',
      options: [
        ['other', 'otherSector'],
        ['transport', 'transport'],
      ],
    }),
    field({ scope: S, name: 'bpuJht', label: 'bpuJht', kind: 'checkbox' }),
  )
  const method = field({
    scope: S,
    name: 'jakonMethod',
    label: 'jakonMethod',
    kind: 'select',
    options: [
      ['contract', 'byContract'],
      ['wage', 'byWage'],
    ],
  })
  const contractValue = field({
    scope: S,
    name: 'contractValue',
    label: 'contractValue',
    kind: 'amount',
    hint: 'amountHint',
  })
  const jakonWage = field({ scope: S, name: 'jakonWage', label: 'wage', kind: 'amount', hint: 'amountHint' })
  const jakon = group('catJAKON', method, contractValue, jakonWage)
  const pmi = group(
    'catPMI',
    field({ scope: S, name: 'contractMonths', label: 'contractMonths', kind: 'int' }),
    field({
      scope: S,
      name: 'placement',
      label: 'placement',
      kind: 'select',
      options: [
        ['agency', 'agency'],
        ['independent', 'independent'],
      ],
    }),
    field({ scope: S, name: 'jhtMonthly', label: 'jhtMonthly', kind: 'amount', hint: 'amountHint' }),
  )
  const groups: Record<string, HTMLElement> = { PU: pu, BPU: bpu, JAKON: jakon, PMI: pmi }
  const errorBox = formErrorBox()
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${S}-form` },
    h(
      'div',
      { class: 'row' },
      cat,
      field({ scope: S, name: 'period', label: 'period', kind: 'month', value: period }),
    ),
    pu,
    bpu,
    jakon,
    pmi,
    errorBox,
    h('button', { type: 'submit', id: `${S}-submit` }, tx('calculate')),
  )
  const out = resultRegion(S)
  root.append(h('h2', {}, tx('iuranTitle')), h('div', { class: 'split' }, form, out))

  const catSelect = cat.querySelector('select')!
  const methodSelect = method.querySelector('select')!
  const showCategory = (): void => {
    for (const [k, g] of Object.entries(groups)) g.hidden = k !== catSelect.value
    const byWage = methodSelect.value === 'wage'
    contractValue.hidden = byWage
    jakonWage.hidden = !byWage
  }
  const tool = wireTool(
    form,
    out,
    () =>
      attempt(form, () =>
        calculateContribution(readContributionInput(values(form)) as unknown as ContributionInput, {
          locale: state.lang,
        }),
      ),
    contributionView,
    (r) => `${t('total')}: ${rp(r.totals.total)}`,
  )
  const payroll = h('div', { class: 'payroll' })
  root.append(payroll)
  mountPayroll(payroll)
  catSelect.addEventListener('change', () => {
    showCategory()
    tool.reset()
  })
  methodSelect.addEventListener('change', showCategory)
  showCategory()
}
