// Kelayakan: which category a person belongs to and each program's status, with the reasons, the articles,
// and the facts still missing as questions that lead to their field.
import {
  checkEligibility,
  COVERAGE,
  WORK_RELATIONSHIPS,
  type EligibilityInput,
  type EligibilityResult,
} from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { ENTERPRISE_OPTIONS, orUnknown, PAYER_OPTIONS, TRI_OPTIONS } from '../options'
import { readInt, readText, readTriState } from '../read'
import {
  attempt,
  compact,
  date,
  explanationView,
  field,
  formErrorBox,
  group,
  h,
  questionList,
  reasonList,
  resultRegion,
  state,
  t,
  tx,
  values,
  warningList,
  wireTool,
} from '../ui'

const S = 'kelayakan'

export function readEligibilityInput(v: Record<string, string>): Record<string, unknown> {
  const programs = (['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const).filter((p) => v[`enrolled.${p}`] === 'true')
  return compact({
    asOf: readText(v['asOf'] ?? ''),
    relationship: readText(v['relationship'] ?? ''),
    birthDate: readText(v['birthDate'] ?? ''),
    nationality: readText(v['nationality'] ?? ''),
    monthsWorkedInIndonesia: readInt(v['monthsWorkedInIndonesia'] ?? ''),
    enterpriseSize: readText(v['enterpriseSize'] ?? ''),
    employerType: readText(v['employerType'] ?? ''),
    constructionContract: readText(v['constructionContract'] ?? ''),
    wageEarner: readTriState(v['wageEarner'] ?? ''),
    payer: readText(v['payer'] ?? ''),
    inJkn: readTriState(v['inJkn'] ?? ''),
    enrolledPrograms: programs.length > 0 ? programs : undefined,
  })
}

function resultView(r: EligibilityResult, form: HTMLFormElement): HTMLElement[] {
  const missing = [...(r.categoryMissing ?? []), ...r.programs.flatMap((p) => p.missing ?? [])]
  const uniqueMissing = [...new Set(missing)]
  const category = h(
    'section',
    { class: 'category', 'data-category-status': r.categoryStatus },
    h('h3', {}, tx('categoryResult')),
    h(
      'p',
      { class: `status ${r.categoryStatus}` },
      h('strong', { 'data-category': r.category ?? '' }, r.category ?? ''),
      r.category ? ' — ' : '',
      tx(`cat_${r.categoryStatus}` as Key),
    ),
    reasonList(r.categoryReasons),
  )
  const programs = h(
    'ul',
    { class: 'programs' },
    ...r.programs.map((p) =>
      h(
        'li',
        { class: `program ${p.status}`, 'data-program': p.program, 'data-status': p.status },
        h(
          'p',
          { class: 'program-head' },
          h('strong', {}, p.program),
          ' ',
          h('span', { class: `badge ${p.status}` }, tx(`prog_${p.status}` as Key)),
        ),
        reasonList(p.reasons),
      ),
    ),
  )
  const age = r.age
    ? h(
        'p',
        { class: 'age' },
        tx('age'),
        `: ${r.age.years} `,
        tx('years'),
        ` · `,
        tx('jpPensionAge'),
        `: ${r.age.jpPensionAge} (${date(r.age.jpPensionAgeReachedOn)})`,
      )
    : null
  return [
    questionList(form, uniqueMissing),
    category,
    age,
    programs,
    warningList(r.warnings),
    explanationView(r.explanation),
  ].filter((x): x is HTMLElement => x !== null)
}

export function mount(root: HTMLElement): void {
  const rel = WORK_RELATIONSHIPS.map((w) => [w, `rel_${w}` as Key] as const)
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${S}-form` },
    group(
      'aboutWork',
      h(
        'div',
        { class: 'row' },
        field({ scope: S, name: 'asOf', label: 'asOf', kind: 'date', value: COVERAGE.verifiedOn }),
        field({
          scope: S,
          name: 'relationship',
          label: 'relationship',
          kind: 'select',
          options: [['', 'choose'], ...rel],
          value: 'religious-worker',
        }),
      ),
      field({ scope: S, name: 'wageEarner', label: 'wageEarner', kind: 'select', options: TRI_OPTIONS }),
      field({
        scope: S,
        name: 'employerType',
        label: 'employerType',
        kind: 'select',
        options: [
          ['', 'unknown'],
          ['state', 'empState'],
          ['company', 'empCompany'],
          ['individual', 'empIndividual'],
        ],
      }),
      field({
        scope: S,
        name: 'enterpriseSize',
        label: 'enterpriseSize',
        kind: 'select',
        options: orUnknown(ENTERPRISE_OPTIONS),
      }),
      field({
        scope: S,
        name: 'constructionContract',
        label: 'constructionContract',
        kind: 'select',
        options: [
          ['', 'unknown'],
          ['casual', 'casual'],
          ['piece-rate', 'piece-rate'],
          ['fixed-term', 'fixed-term'],
          ['permanent', 'permanent'],
        ],
      }),
      field({
        scope: S,
        name: 'payer',
        label: 'payer',
        kind: 'select',
        options: orUnknown(PAYER_OPTIONS),
      }),
    ),
    group(
      'aboutPerson',
      h(
        'div',
        { class: 'row' },
        field({ scope: S, name: 'birthDate', label: 'birthDate', kind: 'date' }),
        field({
          scope: S,
          name: 'nationality',
          label: 'nationality',
          kind: 'select',
          options: [
            ['', 'unknown'],
            ['WNI', 'wni'],
            ['WNA', 'wna'],
          ],
        }),
      ),
      field({ scope: S, name: 'monthsWorkedInIndonesia', label: 'monthsWorkedInIndonesia', kind: 'int' }),
      field({ scope: S, name: 'inJkn', label: 'inJkn', kind: 'select', options: TRI_OPTIONS }),
      h(
        'fieldset',
        { class: 'checks' },
        h('legend', {}, tx('enrolledPrograms')),
        h('span', { 'data-error-for': 'enrolledPrograms', class: 'error' }),
        ...(['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const).map((p) =>
          h(
            'label',
            { class: 'pick' },
            h('input', { type: 'checkbox', name: `enrolled.${p}`, id: `${S}-enrolled-${p}` }),
            p,
          ),
        ),
      ),
    ),
    formErrorBox(),
    h('button', { type: 'submit', id: `${S}-submit` }, tx('check')),
  )
  const out = resultRegion(S)
  root.append(h('h2', {}, tx('kelayakanTitle')), h('div', { class: 'split' }, form, out))
  wireTool(
    form,
    out,
    () =>
      attempt(form, () =>
        checkEligibility(readEligibilityInput(values(form)) as unknown as EligibilityInput, {
          locale: state.lang,
        }),
      ),
    (r) => resultView(r, form),
    (r) =>
      `${t('categoryResult')}: ${r.category ?? t(`cat_${r.categoryStatus}`)}. ` +
      r.programs.map((p) => `${p.program} ${t(`prog_${p.status}`)}`).join(', '),
  )
}
