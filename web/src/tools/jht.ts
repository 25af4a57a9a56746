// JHT claim: "can I take my JHT, from when, and how much?" for a member or a family. The ground of the
// claim chooses which facts are asked (separation date, disability date, date of death, nationality, a partial
// claim taken before); the balance is the member's own figure (the JHT card or the app). The field names are
// the library's input paths, so a message lands beside the field it is about.
import { calculateJhtClaim, COVERAGE, type JhtClaimResult } from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { TRI_OPTIONS, type Options } from '../options'
import { readInt, readText, readTriState } from '../read'
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

const GROUNDS: Options = [
  ['', 'choose'],
  ['pension-age', 'jhtGroundAge'],
  ['resignation', 'jhtGroundResignation'],
  ['termination', 'jhtGroundTermination'],
  ['disability', 'jhtGroundDisability'],
  ['death', 'jhtGroundDeath'],
  ['leaving-indonesia', 'jhtGroundLeaving'],
  ['partial-housing', 'jhtGroundHousing'],
  ['partial-other', 'jhtGroundPartialOther'],
]

/** The grounds each ground-specific field is asked for. */
const ASKED: Record<string, string> = {
  separationDate: 'resignation termination',
  workingElsewhere: 'resignation termination',
  disabilityDate: 'disability',
  dateOfDeath: 'death',
  nationality: 'leaving-indonesia',
  previousPartialClaim: 'partial-housing partial-other',
}

/** The library input from the form's values (empty fields left out, never defaulted). */
export function readJhtClaimInput(v: Record<string, string>): Record<string, unknown> {
  const ground = readText(v['ground'] ?? '')
  const asked = (k: string): boolean => ground !== undefined && (ASKED[k] ?? '').split(' ').includes(ground)
  const s = (k: string): string | undefined => (k in ASKED && !asked(k) ? undefined : readText(v[k] ?? ''))
  return compact({
    ground,
    claimDate: s('claimDate'),
    birthDate: s('birthDate'),
    membershipStart: s('membershipStart'),
    balance: readInt(v['balance'] ?? ''),
    separationDate: s('separationDate'),
    workingElsewhere: asked('workingElsewhere') ? readTriState(v['workingElsewhere'] ?? '') : undefined,
    disabilityDate: s('disabilityDate'),
    dateOfDeath: s('dateOfDeath'),
    nationality: s('nationality'),
    previousPartialClaim: asked('previousPartialClaim')
      ? readTriState(v['previousPartialClaim'] ?? '')
      : undefined,
  })
}

function asked(el: HTMLElement, name: string): HTMLElement {
  el.dataset.grounds = ASKED[name] ?? ''
  return el
}

function jhtResultView(r: JhtClaimResult, form: HTMLFormElement): HTMLElement[] {
  type Row = [Key, string, string?, (string | undefined)?]
  const rows: Row[] = []
  if (r.amount !== null)
    rows.push([
      'jhtAmount',
      rp(r.amount),
      'amount',
      r.payableFrom === null ? undefined : `${t('jhtFrom')} ${r.payableFrom}`,
    ])
  if (r.tax !== null) {
    rows.push(['jhtTax', rp(r.tax.amount), 'tax'])
    rows.push(['jhtNet', rp(r.tax.net), 'net'])
  }
  rows.push([`jhtRecipient_${r.recipient}` as Key, '', 'recipient'])
  return timelineResultView(r, form, r.missing, rows, 'jht-timeline')
}

/** Mounts the JHT claim tool. */
export function mountJht(root: HTMLElement): void {
  const scope = 'jht'
  const ground = field({ scope, name: 'ground', label: 'jhtGround', kind: 'select', options: GROUNDS })
  const fields = group(
    'toolJht',
    ground,
    h(
      'div',
      { class: 'row' },
      field({ scope, name: 'claimDate', label: 'accClaimDate', kind: 'date', value: COVERAGE.verifiedOn }),
      field({ scope, name: 'balance', label: 'jhtBalance', kind: 'amount', hint: 'jhtBalanceHint' }),
    ),
    h(
      'div',
      { class: 'row' },
      field({ scope, name: 'birthDate', label: 'jpBirthDate', kind: 'date' }),
      field({ scope, name: 'membershipStart', label: 'membershipStart', kind: 'date' }),
    ),
    asked(field({ scope, name: 'separationDate', label: 'jhtSeparationDate', kind: 'date' }), 'separationDate'),
    asked(
      field({ scope, name: 'workingElsewhere', label: 'jhtWorkingElsewhere', kind: 'select', options: TRI_OPTIONS }),
      'workingElsewhere',
    ),
    asked(field({ scope, name: 'disabilityDate', label: 'jhtDisabilityDate', kind: 'date' }), 'disabilityDate'),
    asked(field({ scope, name: 'dateOfDeath', label: 'dateOfDeath', kind: 'date' }), 'dateOfDeath'),
    asked(
      field({
        scope,
        name: 'nationality',
        label: 'jhtNationality',
        kind: 'select',
        options: [
          ['', 'unknown'],
          ['indonesian', 'jhtIndonesian'],
          ['foreign', 'jhtForeign'],
        ],
      }),
      'nationality',
    ),
    asked(
      field({
        scope,
        name: 'previousPartialClaim',
        label: 'jhtPreviousPartial',
        kind: 'select',
        options: TRI_OPTIONS,
      }),
      'previousPartialClaim',
    ),
  )
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${scope}-form` },
    fields,
    formErrorBox(),
    h('button', { type: 'submit', id: `${scope}-submit` }, tx('calculate')),
  )
  const select = ground.querySelector('select')!
  const sync = (): void => {
    for (const f of form.querySelectorAll<HTMLElement>('[data-grounds]'))
      f.hidden = !(f.dataset.grounds ?? '').split(' ').includes(select.value)
  }
  select.addEventListener('change', sync)
  sync()
  const out = resultRegion(scope)
  root.append(h('div', { class: 'split' }, form, out))
  wireTool(
    form,
    out,
    () => attempt(form, () => calculateJhtClaim(readJhtClaimInput(values(form)) as never, { locale: state.lang })),
    (r) => jhtResultView(r, form),
    (r) => `${t(`status_${r.status}` as Key)}${r.amount === null ? '' : `. ${t('jhtAmount')}: ${rp(r.amount)}`}`,
  )
}
