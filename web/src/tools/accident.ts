// JKK accident: the benefits of a work accident or an occupational disease that did not end in death (the
// death has its own tool): the wage paid while unable to work (STMB) month by month, the disability benefit
// from the table row or its percentage, and the capped costs (transport, home care). The field names are the
// library's input paths, so a message lands beside the field it is about.
import { calculateJkkBenefit, COVERAGE, type JkkBenefitResult } from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { CATEGORY_OPTIONS, TRI_OPTIONS, type Options } from '../options'
import { readAmount, readInt, readRate, readText, readTriState } from '../read'
import {
  attempt,
  compact,
  explanationView,
  field,
  figures,
  formErrorBox,
  group,
  h,
  percent,
  questionList,
  reasonList,
  resultRegion,
  rp,
  state,
  t,
  tx,
  values,
  warningList,
  wireTool,
} from '../ui'

/** The rows of the disability table the library holds (its parameter `jkk.disability.table`). */
const ROWS: Options = [
  ['', 'accRowOther'],
  ['right-arm-from-shoulder', 'accRowRightArm'],
  ['left-arm-from-shoulder', 'accRowLeftArm'],
  ['both-eyes', 'accRowBothEyes'],
  ['one-eye-or-near-diplopia', 'accRowOneEye'],
  ['hearing-loss-both-ears', 'accRowDeafBoth'],
  ['hearing-loss-one-ear', 'accRowDeafOne'],
  ['hearing-reduction-both-ears', 'accRowHearingBoth'],
  ['hearing-reduction-one-ear', 'accRowHearingOne'],
  ['one-auricle', 'accRowAuricle'],
  ['both-auricles', 'accRowAuricles'],
  ['nasal-ala', 'accRowNasalAla'],
  ['nasal-septum-perforation', 'accRowSeptum'],
  ['smell', 'accRowSmell'],
  ['partial-vision', 'accRowPartialVision'],
  ['colour-vision', 'accRowColour'],
  ['visual-field-10-percent', 'accRowVisualField'],
  ['scalp-avulsion', 'accRowScalp'],
]

const nested = (o: Record<string, unknown>): Record<string, unknown> | undefined => {
  const c = compact(o)
  return Object.keys(c).length === 0 ? undefined : c
}

/** The library input from the form's values (empty fields left out, never defaulted). */
export function readAccidentInput(v: Record<string, string>): Record<string, unknown> {
  const s = (k: string): string | undefined => readText(v[k] ?? '')
  const a = (k: string): string | undefined => readAmount(v[k] ?? '')
  return compact({
    category: s('category'),
    accidentDate: s('accidentDate'),
    cause: s('cause'),
    monthlyWage: a('monthlyWage'),
    declaredIncome: a('declaredIncome'),
    membershipActive: readTriState(v['membershipActive'] ?? ''),
    paidThrough: s('paidThrough'),
    employerArrearsMonths: readInt(v['employerArrearsMonths'] ?? ''),
    claimDate: s('claimDate'),
    incapacity: nested({ from: s('incapacity.from'), to: s('incapacity.to') }),
    disability:
      s('disability.type') === undefined
        ? undefined
        : nested({
            type: s('disability.type'),
            row: s('disability.row'),
            tableRate: readRate(v['disability.tableRate'] ?? ''),
            functionLostRate: readRate(v['disability.functionLostRate'] ?? ''),
            decibels: readInt(v['disability.decibels'] ?? ''),
            leftHanded: v['disability.leftHanded'] === 'true' ? true : undefined,
          }),
    transport: nested({ land: a('transport.land'), sea: a('transport.sea'), air: a('transport.air') }),
    homeCare: a('homeCare'),
  })
}

function forCats(el: HTMLElement, cats: string): HTMLElement {
  el.dataset.cats = cats
  return el
}

function accidentFields(scope: string): HTMLElement {
  const cat = field({ scope, name: 'category', label: 'category', kind: 'select', options: CATEGORY_OPTIONS })
  const el = h(
    'div',
    {},
    group(
      'toolJkkAccident',
      h(
        'div',
        { class: 'row' },
        cat,
        field({
          scope,
          name: 'accidentDate',
          label: 'accAccidentDate',
          kind: 'date',
          hint: 'accAccidentDateHint',
        }),
      ),
      field({
        scope,
        name: 'cause',
        label: 'accCause',
        kind: 'select',
        value: 'work-accident',
        options: [
          ['', 'choose'],
          ['work-accident', 'causeWork'],
          ['occupational-disease', 'causeDisease'],
        ],
      }),
      forCats(
        field({ scope, name: 'monthlyWage', label: 'monthlyWage', kind: 'amount', hint: 'amountHint' }),
        'PU JAKON',
      ),
      forCats(
        field({ scope, name: 'declaredIncome', label: 'declaredIncome', kind: 'amount', hint: 'amountHint' }),
        'BPU',
      ),
      forCats(
        field({
          scope,
          name: 'membershipActive',
          label: 'accMembershipActive',
          kind: 'select',
          options: TRI_OPTIONS,
        }),
        'PU JAKON PMI',
      ),
      forCats(field({ scope, name: 'paidThrough', label: 'paidThrough', kind: 'month' }), 'BPU'),
      forCats(
        field({ scope, name: 'employerArrearsMonths', label: 'employerArrearsMonths', kind: 'int' }),
        'PU JAKON',
      ),
      field({ scope, name: 'claimDate', label: 'accClaimDate', kind: 'date', value: COVERAGE.verifiedOn }),
    ),
    group(
      'accIncapacity',
      h(
        'div',
        { class: 'row' },
        field({ scope, name: 'incapacity.from', label: 'accFrom', kind: 'date' }),
        field({ scope, name: 'incapacity.to', label: 'accTo', kind: 'date', hint: 'accToHint' }),
      ),
    ),
    group(
      'accDisability',
      field({
        scope,
        name: 'disability.type',
        label: 'accDisabilityType',
        kind: 'select',
        options: [
          ['', 'accNoDisability'],
          ['total', 'accTotal'],
          ['anatomical', 'accAnatomical'],
          ['functional', 'accFunctional'],
        ],
      }),
      field({ scope, name: 'disability.row', label: 'accRow', kind: 'select', options: ROWS }),
      h(
        'div',
        { class: 'row' },
        field({
          scope,
          name: 'disability.tableRate',
          label: 'accTableRate',
          kind: 'rate',
          hint: 'accRateHint',
        }),
        field({
          scope,
          name: 'disability.functionLostRate',
          label: 'accFunctionLost',
          kind: 'rate',
          hint: 'accRateHint',
        }),
      ),
      h(
        'div',
        { class: 'row' },
        field({ scope, name: 'disability.decibels', label: 'accDecibels', kind: 'int' }),
        field({ scope, name: 'disability.leftHanded', label: 'accLeftHanded', kind: 'checkbox' }),
      ),
    ),
    group(
      'accCosts',
      h(
        'div',
        { class: 'row' },
        field({ scope, name: 'transport.land', label: 'accLand', kind: 'amount' }),
        field({ scope, name: 'transport.sea', label: 'accSea', kind: 'amount' }),
        field({ scope, name: 'transport.air', label: 'accAir', kind: 'amount' }),
      ),
      field({ scope, name: 'homeCare', label: 'accHomeCare', kind: 'amount', hint: 'amountHint' }),
    ),
  )
  const select = cat.querySelector('select')!
  const sync = (): void => {
    for (const f of el.querySelectorAll<HTMLElement>('[data-cats]'))
      f.hidden = !(f.dataset.cats ?? '').split(' ').includes(select.value)
  }
  select.addEventListener('change', sync)
  sync()
  return el
}

function stmbTable(r: JkkBenefitResult): HTMLElement | null {
  if (r.stmb === null || r.stmb.lines.length === 0) return null
  return h(
    'table',
    { class: 'stmb' },
    h('caption', {}, tx('accStmbSchedule')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tx('accMonth')),
        h('th', { scope: 'col' }, tx('accRateOfWage')),
        h('th', { scope: 'col' }, tx('accAmount')),
      ),
    ),
    h(
      'tbody',
      {},
      ...r.stmb.lines.map((l) =>
        h(
          'tr',
          { 'data-month': String(l.month) },
          h('td', {}, l.part === null ? String(l.month) : `${l.month} (${l.part.days}/${l.part.ofDays})`),
          h('td', {}, percent(l.rate)),
          h('td', { 'data-amount': String(l.amount) }, rp(l.amount)),
        ),
      ),
    ),
  )
}

function accidentResultView(r: JkkBenefitResult, form: HTMLFormElement): HTMLElement[] {
  const status = h(
    'p',
    { class: `status ${r.status}`, 'data-status': r.status },
    tx(`status_${r.status}` as Key, 'strong'),
  )
  type Row = [Key, string, string?, (string | undefined)?]
  const rows: Row[] = []
  if (r.stmb !== null)
    rows.push(['accStmb', rp(r.stmb.total), 'stmb', `${r.stmb.lines.length} ${t('accMonths')}`])
  if (r.disability !== null) {
    rows.push([
      'accDisabilityAmount',
      rp(r.disability.amount),
      'disability',
      `${percent(r.disability.share)} × 80 × ${rp(r.monthlyWage ?? 0)}`,
    ])
    if (r.disability.periodic > 0) rows.push(['accPeriodic', rp(r.disability.periodic), 'periodic'])
  }
  for (const i of r.items)
    rows.push([
      `accItem_${i.item}` as Key,
      rp(i.amount),
      i.item,
      i.cap === null ? t('accNoCap') : `${rp(i.billed)} → ${t('accCap')} ${rp(i.cap)}`,
    ])
  rows.push(['cashTotal', rp(r.total), 'total'])
  return [
    status,
    questionList(form, r.missing, r.reasons),
    r.status === 'incomplete' ? null : figures(rows),
    r.status === 'incomplete' ? null : stmbTable(r),
    h('h3', {}, tx('reasons')),
    reasonList(r.reasons),
    warningList(r.warnings),
    explanationView(r.explanation),
  ].filter((x): x is HTMLElement => x !== null)
}

/** Mounts the JKK accident tool. */
export function mountAccident(root: HTMLElement): void {
  const scope = 'jkk'
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${scope}-form` },
    accidentFields(scope),
    formErrorBox(),
    h('button', { type: 'submit', id: `${scope}-submit` }, tx('calculate')),
  )
  const out = resultRegion(scope)
  root.append(h('div', { class: 'split' }, form, out))
  wireTool(
    form,
    out,
    () =>
      attempt(form, () =>
        calculateJkkBenefit(readAccidentInput(values(form)) as never, { locale: state.lang }),
      ),
    (r) => accidentResultView(r, form),
    (r) => `${t(`status_${r.status}` as Key)}. ${t('cashTotal')}: ${rp(r.total)}`,
  )
}
