// The shared form and result of the death benefits (JKM and the JKK death benefit): the facts of the death,
// the children for the scholarship, and the result with the amounts, the reasons, the questions still open,
// the scholarship schedule as a timeline per child, and the explanation.
import {
  COVERAGE,
  type JkkDeathBenefitResult,
  type JkmBenefitResult,
  type ScholarshipChild,
} from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { CATEGORY_OPTIONS, TRI_OPTIONS } from '../options'
import { readAmount, readInt, readText, readTriState } from '../read'
import {
  compact,
  date,
  explanationView,
  field,
  figures,
  group,
  h,
  questionList,
  reasonList,
  rp,
  t,
  tx,
  warningList,
} from '../ui'

export type DeathKind = 'jkm' | 'jkk'

/** Fields shown only for some categories. */
function forCats(el: HTMLElement, cats: string): HTMLElement {
  el.dataset.cats = cats
  return el
}

function childBlock(scope: string, i: number, onRemove: () => void): HTMLElement {
  const p = `children.${i}`
  return h(
    'fieldset',
    { class: 'child', 'data-child': String(i) },
    h('legend', {}, `${t('child')} ${i + 1}`),
    h(
      'div',
      { class: 'row' },
      field({ scope, name: `${p}.name`, label: 'childName' }),
      field({ scope, name: `${p}.birthDate`, label: 'birthDate', kind: 'date' }),
    ),
    h(
      'div',
      { class: 'row' },
      field({
        scope,
        name: `${p}.schooling.0.level`,
        label: 'schoolLevel',
        kind: 'select',
        options: [
          ['', 'notInSchool'],
          ['TK', null],
          ['SD', null],
          ['SMP', null],
          ['SMA', null],
          ['PT', null],
        ],
      }),
      field({
        scope,
        name: `${p}.schooling.0.startYear`,
        label: 'schoolStartYear',
        kind: 'int',
        hint: 'schoolStartYearHint',
      }),
    ),
    field({ scope, name: `${p}.registeredHeir`, label: 'registeredHeir', kind: 'checkbox' }),
    h('button', { type: 'button', class: 'link', onclick: onRemove }, tx('removeChild')),
  )
}

/** The form's fields for one death-benefit tool, and a function that shows the fields of the category. */
export function deathFields(scope: string, kind: DeathKind): { el: HTMLElement; sync: () => void } {
  const today = COVERAGE.verifiedOn
  const cat = field({ scope, name: 'category', label: 'category', kind: 'select', options: CATEGORY_OPTIONS })
  const causes: [string, Key][] =
    kind === 'jkm'
      ? [
          ['', 'choose'],
          ['natural', 'causeNatural'],
          ['work-accident', 'causeWork'],
          ['occupational-disease', 'causeDisease'],
        ]
      : [
          ['', 'choose'],
          ['work-accident', 'causeWork'],
          ['occupational-disease', 'causeDisease'],
          ['natural', 'causeNatural'],
        ]
  const children = h('div', { class: 'children' })
  let n = 0
  const addChild = (): void => {
    const block = childBlock(scope, n, () => {
      block.remove()
    })
    n++
    children.append(block)
  }
  addChild()
  const death = group(
    kind === 'jkm' ? 'toolJkm' : 'toolJkkDeath',
    h(
      'div',
      { class: 'row' },
      cat,
      field({ scope, name: 'dateOfDeath', label: 'dateOfDeath', kind: 'date', value: today }),
    ),
    kind === 'jkk' ? field({ scope, name: 'dateOfAccident', label: 'dateOfAccident', kind: 'date' }) : null,
    field({
      scope,
      name: 'cause',
      label: 'cause',
      kind: 'select',
      options: causes,
      value: kind === 'jkm' ? 'natural' : 'work-accident',
    }),
    kind === 'jkk'
      ? forCats(
          field({ scope, name: 'monthlyWage', label: 'monthlyWage', kind: 'amount', hint: 'amountHint' }),
          'PU JAKON PMI',
        )
      : null,
    kind === 'jkk'
      ? forCats(
          field({
            scope,
            name: 'declaredIncome',
            label: 'declaredIncome',
            kind: 'amount',
            hint: 'amountHint',
          }),
          'BPU',
        )
      : null,
    field({ scope, name: 'membershipStart', label: 'membershipStart', kind: 'date' }),
    kind === 'jkm'
      ? field({
          scope,
          name: 'contributionMonths',
          label: 'contributionMonths',
          kind: 'int',
          hint: 'contributionMonthsHint',
        })
      : null,
    forCats(
      field({
        scope,
        name: 'membershipActive',
        label: 'membershipActive',
        kind: 'select',
        options: TRI_OPTIONS,
      }),
      'PU JAKON PMI',
    ),
    forCats(field({ scope, name: 'paidThrough', label: 'paidThrough', kind: 'month' }), 'BPU'),
    kind === 'jkm'
      ? forCats(
          field({
            scope,
            name: 'pmiPhase',
            label: 'pmiPhase',
            kind: 'select',
            options: [
              ['', 'choose'],
              ['before', 'phaseBefore'],
              ['during', 'phaseDuring'],
              ['after', 'phaseAfter'],
            ],
          }),
          'PMI',
        )
      : null,
    forCats(
      field({ scope, name: 'employerArrearsMonths', label: 'employerArrearsMonths', kind: 'int' }),
      'PU JAKON',
    ),
  )
  const kids = h(
    'fieldset',
    { class: 'kids' },
    h('legend', {}, tx('children')),
    children,
    h('button', { type: 'button', class: 'secondary', onclick: addChild }, tx('addChild')),
  )
  const el = h('div', {}, death, kids)
  const select = cat.querySelector('select')!
  const sync = (): void => {
    for (const f of el.querySelectorAll<HTMLElement>('[data-cats]'))
      f.hidden = !(f.dataset.cats ?? '').split(' ').includes(select.value)
  }
  select.addEventListener('change', sync)
  sync()
  return { el, sync }
}

/**
 * The library input from the form's values (empty fields left out, never defaulted), and the form field of
 * an input path: empty child blocks are left out of `children`, so the library's child positions are mapped
 * back to the blocks' names (`children.<block>.…`).
 */
export function readDeathInput(
  v: Record<string, string>,
  kind: DeathKind,
): { input: Record<string, unknown>; fieldOf: (path: readonly (string | number)[]) => (string | number)[] } {
  const children: Record<string, unknown>[] = []
  const idx = new Set<number>()
  for (const k of Object.keys(v)) {
    const m = /^children\.(\d+)\./.exec(k)
    if (m) idx.add(Number(m[1]))
  }
  const order = [...idx].sort((a, b) => a - b)
  const map: Record<number, number> = {}
  for (const i of order) {
    const level = readText(v[`children.${i}.schooling.0.level`] ?? '')
    const startYear = readInt(v[`children.${i}.schooling.0.startYear`] ?? '')
    const c = compact({
      name: readText(v[`children.${i}.name`] ?? ''),
      birthDate: readText(v[`children.${i}.birthDate`] ?? ''),
      registeredHeir: v[`children.${i}.registeredHeir`] === 'true' ? true : undefined,
      // the current level and the year it started; without them the schedule follows the child's age
      schooling: level !== undefined || startYear !== undefined ? [compact({ level, startYear })] : undefined,
    })
    if (Object.keys(c).length === 0) continue
    map[children.length] = i
    children.push(c)
  }
  const common = {
    category: readText(v['category'] ?? ''),
    dateOfDeath: readText(v['dateOfDeath'] ?? ''),
    cause: readText(v['cause'] ?? ''),
    membershipStart: readText(v['membershipStart'] ?? ''),
    membershipActive: readTriState(v['membershipActive'] ?? ''),
    paidThrough: readText(v['paidThrough'] ?? ''),
    employerArrearsMonths: readInt(v['employerArrearsMonths'] ?? ''),
    children: children.length > 0 ? children : undefined,
  }
  const input =
    kind === 'jkm'
      ? {
          ...common,
          contributionMonths: readInt(v['contributionMonths'] ?? ''),
          pmiPhase: readText(v['pmiPhase'] ?? ''),
        }
      : {
          ...common,
          dateOfAccident: readText(v['dateOfAccident'] ?? ''),
          monthlyWage: readAmount(v['monthlyWage'] ?? ''),
          declaredIncome: readAmount(v['declaredIncome'] ?? ''),
        }
  const fieldOf = (path: readonly (string | number)[]): (string | number)[] =>
    path[0] === 'children' && typeof path[1] === 'number' && map[path[1]] !== undefined
      ? ['children', map[path[1]]!, ...path.slice(2)]
      : [...path]
  return { input: compact(input), fieldOf }
}

function timeline(c: ScholarshipChild): HTMLElement {
  const max = Math.max(1, ...c.payments.map((p) => p.amount))
  return h(
    'ol',
    { class: 'timeline', 'aria-label': `${t('timeline')}: ${c.name ?? `${t('child')} ${c.index + 1}`}` },
    ...c.payments.map((p) =>
      h(
        'li',
        {
          class: `lvl lvl-${p.level ?? 'lump'}${p.backlog ? ' backlog' : ''}${p.source === 'assumed' ? ' assumed' : ''}`,
          style: `--h:${Math.max(0.08, p.amount / max).toFixed(3)}`,
        },
        h('span', { class: 'bar', 'aria-hidden': 'true' }),
        h('span', { class: 'year' }, p.schoolYear),
        h('span', { class: 'level' }, p.level ?? ''),
        h('span', { class: 'amt', 'data-amount': String(p.amount) }, rp(p.amount)),
        h(
          'span',
          { class: 'from' },
          `${t('payableFrom')} ${date(p.payableFrom)}`,
          p.backlog ? ` · ${t('backlog')}` : '',
          p.source === 'assumed' ? ` · ${t('assumed')}` : '',
        ),
      ),
    ),
  )
}

/** The result of a death benefit: status, amounts, reasons, questions, scholarship timeline, explanation. */
export function deathResultView(
  r: JkmBenefitResult | JkkDeathBenefitResult,
  form: HTMLFormElement,
  fieldOf: (path: readonly (string | number)[]) => (string | number)[],
): HTMLElement[] {
  const status = h(
    'p',
    { class: `status ${r.status}`, 'data-status': r.status },
    tx(`status_${r.status}` as Key, 'strong'),
  )
  const rows: [Key, string, string?, (string | undefined)?][] = [
    ['lumpSum', rp(r.lumpSum), 'lumpSum'],
    [
      'periodic',
      rp(r.periodic),
      'periodic',
      r.periodicMonths > 0 ? `${r.periodicMonths} × ${rp(r.periodicMonthlyAmount)}` : undefined,
    ],
    ['funeral', rp(r.funeral), 'funeral'],
    ['cashTotal', rp(r.total), 'total'],
  ]
  const sch = r.scholarship
  const kids = sch.children.map((c) =>
    h(
      'section',
      { class: 'child-schedule', 'data-child': String(c.index) },
      h(
        'h4',
        {},
        `${c.name ?? `${t('child')} ${c.index + 1}`}: `,
        h('span', { 'data-child-total': String(c.total) }, rp(c.total)),
      ),
      c.selected ? timeline(c) : h('p', {}, tx('notSelected')),
      reasonList(c.reasons),
    ),
  )
  const missing = r.missing.map((p) =>
    fieldOf(p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))).join('.'),
  )
  return [
    status,
    questionList(form, missing, r.reasons),
    r.status === 'incomplete' ? null : figures(rows),
    h('h3', {}, tx('reasons')),
    reasonList(r.reasons),
    sch.mode === null
      ? null
      : h(
          'section',
          { class: 'scholarship' },
          h('h3', {}, tx('scholarship')),
          figures([['scholarshipTotal', rp(sch.total), 'scholarshipTotal']]),
          reasonList(sch.reasons),
          ...kids,
        ),
    warningList(r.warnings),
    explanationView(r.explanation),
  ].filter((x): x is HTMLElement => x !== null)
}
