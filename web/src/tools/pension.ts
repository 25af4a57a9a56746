// Pensiun (JP): a member's pension from the facts a member knows: the kind of pension, the dates, a monthly
// wage and the number of months paid. The form builds the wage history the library takes (the same wage for
// each month, paid month after month from the month of the membership start, as its hint says); everything
// else (indexation, the 15-year rule, the minimum and maximum, the lump sum) is the library's.
import { calculateJpBenefit, COVERAGE, type JpBenefitResult } from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import type { Options } from '../options'
import { readAmount, readInt, readRate, readText } from '../read'
import {
  attempt,
  compact,
  field,
  formErrorBox,
  group,
  h,
  resultRegion,
  rp,
  state,
  t,
  tx,
  values,
  timelineResultView,
  wireTool,
} from '../ui'

const KINDS: Options = [
  ['old-age', 'jpKindOldAge'],
  ['disability', 'jpKindDisability'],
  ['widow', 'jpKindWidow'],
  ['child', 'jpKindChild'],
  ['parent', 'jpKindParent'],
]

/** The form's months: `count` months from the month of `start` (`'YYYY-MM-DD'`), or undefined. */
export function paidMonths(
  start: string | undefined,
  count: number | string | undefined,
): string[] | undefined {
  const m = start === undefined ? null : /^(\d{4})-(\d{2})/.exec(start)
  if (m === null || typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1200)
    return undefined
  const first = Number(m[1]) * 12 + Number(m[2]) - 1
  return Array.from({ length: count }, (_, i) => {
    const k = first + i
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
  })
}

/** The library input from the form's values, and the form field of a library path. */
export function readPensionInput(v: Record<string, string>): {
  input: Record<string, unknown>
  fieldOf: (path: readonly (string | number)[]) => (string | number)[]
} {
  const membershipStart = readText(v['membershipStart'] ?? '')
  const months = readInt(v['months'] ?? '')
  const wage = readAmount(v['wage'] ?? '')
  const kind = readText(v['kind'] ?? '')
  const survivor = kind === 'widow' || kind === 'child' || kind === 'parent'
  const periods = paidMonths(membershipStart, months)
  const input = compact({
    kind,
    birthDate: readText(v['birthDate'] ?? ''),
    membershipStart,
    eventDate: readText(v['eventDate'] ?? ''),
    survivorShare: survivor ? readRate(v['survivorShare'] ?? '') : undefined,
    // without a month count or a wage the library is told of no month at all, and says what is missing
    wageHistory:
      periods === undefined || wage === undefined ? [] : periods.map((period) => ({ period, wage })),
  })
  const fieldOf = (path: readonly (string | number)[]): (string | number)[] =>
    path[0] === 'wageHistory' ? (path[2] === 'wage' ? ['wage'] : ['months']) : [...path]
  return { input, fieldOf }
}

function pensionResultView(
  r: JpBenefitResult,
  form: HTMLFormElement,
  fieldOf: (path: readonly (string | number)[]) => (string | number)[],
): HTMLElement[] {
  type Row = [Key, string, string?, (string | undefined)?]
  const rows: Row[] = []
  if (r.form === 'monthly') {
    rows.push(['jpMonthlyPension', rp(r.monthlyPension), 'monthlyPension', `${t('jpFrom')} ${r.start}`])
    if (r.formulaAmount !== null) rows.push(['jpFormula', rp(r.formulaAmount), 'formula'])
    if (r.averageIndexedWage !== null) rows.push(['jpAverageWage', rp(r.averageIndexedWage), 'averageWage'])
  } else rows.push(['jpLumpSum', rp(r.lumpSum?.total ?? 0), 'lumpSum', `${t('jpFrom')} ${r.start}`])
  rows.push(['jpMonths', `${r.contributionMonths} / ${r.countedMonths}`, 'months'])
  const missing = r.missing.map((p) =>
    fieldOf(p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))).join('.'),
  )
  return timelineResultView(r, form, missing, rows, 'jp-timeline')
}

/** Mounts the pension tool. */
export function mountPension(root: HTMLElement): void {
  const scope = 'jp'
  const kind = field({ scope, name: 'kind', label: 'jpKind', kind: 'select', options: KINDS })
  const share = field({
    scope,
    name: 'survivorShare',
    label: 'jpSurvivorShare',
    kind: 'rate',
    hint: 'jpSurvivorShareHint',
  })
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${scope}-form` },
    group(
      'toolJp',
      kind,
      h(
        'div',
        { class: 'row' },
        field({ scope, name: 'birthDate', label: 'jpBirthDate', kind: 'date' }),
        field({ scope, name: 'membershipStart', label: 'membershipStart', kind: 'date' }),
      ),
      field({
        scope,
        name: 'eventDate',
        label: 'jpEventDate',
        kind: 'date',
        value: COVERAGE.verifiedOn,
        hint: 'jpEventDateHint',
      }),
      h(
        'div',
        { class: 'row' },
        field({ scope, name: 'wage', label: 'jpWage', kind: 'amount', hint: 'amountHint' }),
        field({ scope, name: 'months', label: 'jpMonthsPaid', kind: 'int', hint: 'jpMonthsHint' }),
      ),
      share,
    ),
    formErrorBox(),
    h('button', { type: 'submit', id: `${scope}-submit` }, tx('calculate')),
  )
  const select = kind.querySelector('select')!
  const sync = (): void => {
    share.hidden = !['widow', 'child', 'parent'].includes(select.value)
  }
  select.addEventListener('change', sync)
  sync()
  const out = resultRegion(scope)
  root.append(h('div', { class: 'split' }, form, out))
  wireTool(
    form,
    out,
    () => {
      const { input, fieldOf } = readPensionInput(values(form))
      const r = attempt(form, () => calculateJpBenefit(input as never, { locale: state.lang }), fieldOf)
      return r === undefined ? undefined : { r, fieldOf }
    },
    ({ r, fieldOf }) => pensionResultView(r, form, fieldOf),
    ({ r }) =>
      `${t(`status_${r.status}` as Key)}. ${
        r.form === 'monthly'
          ? `${t('jpMonthlyPension')}: ${rp(r.monthlyPension)}`
          : `${t('jpLumpSum')}: ${rp(r.lumpSum?.total ?? 0)}`
      }`,
  )
}
