// Small DOM helpers shared by the tools: language state, element builder, form fields with their error slots,
// placing the library's validation issues beside their fields, and rendering reasons, warnings, citations and
// explanations for people (numbered steps, amounts in Rupiah, articles as links, no internal rule ids).
import {
  BpjsRuleError,
  BpjsValidationError,
  formatCitation,
  formatRupiah,
  type BpjsIssue,
  type Citation,
  type Explanation,
  type Warning,
} from 'bpjs-ketenagakerjaan'
import { TEXTS, type Key, type Lang } from './i18n'
import type { Options } from './options'
import { state } from './state'
import { citationUrl, isDecision } from './links'

export { state }
const listeners: (() => void)[] = []

/** The app's text for a key in the current language. */
export const t = (key: Key): string => TEXTS[state.lang][key]

/** Runs `fn` whenever the language changes (tools recompute their last result in the new language). */
export const onLanguage = (fn: () => void): void => {
  listeners.push(fn)
}

export function setLanguage(lang: Lang): void {
  state.lang = lang
  document.documentElement.lang = lang
  document.title = t('appTitle')
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t as Key)
  for (const fn of listeners) fn()
}

type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | boolean | number | undefined | ((ev: Event) => void)>

/** Builds an element: `h('p', { class: 'x' }, 'text', child)`; `on*` attributes are listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    if (typeof v === 'function') el.addEventListener(k.slice(2), v)
    else if (v === true) el.setAttribute(k, '')
    else el.setAttribute(k, String(v))
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c)
  return el
}

/** A text node that follows the language: `<span data-t="key">`. */
export const tx = (key: Key, tag: 'span' | 'strong' = 'span'): HTMLElement =>
  h(tag, { 'data-t': key }, t(key))

export const rp = (n: number): string => formatRupiah(n)

/** A count with the locale's grouping (`12.500` / `12,500`), exact for whole numbers. */
export const count = (n: number): string => n.toLocaleString(state.lang === 'id' ? 'id-ID' : 'en-GB')

/** A ratio or rate (`0.3`, `'0.0024'`) as a percentage (`30%`, `0,24%`), by moving the point in the text. */
export function percent(ratio: number | string): string {
  const s = String(ratio)
  const [int = '0', frac = ''] = s.split('.')
  const digits = `${int}${frac.padEnd(2, '0')}`
  const whole = String(Number(digits.slice(0, int.length + 2)))
  const rest = digits.slice(int.length + 2).replace(/0+$/, '')
  return `${whole}${rest === '' ? '' : `${state.lang === 'id' ? ',' : '.'}${rest}`}%`
}

export interface FieldSpec {
  name: string
  label: Key
  kind?: 'text' | 'amount' | 'int' | 'date' | 'month' | 'select' | 'checkbox' | 'rate'
  options?: Options
  value?: string
  hint?: Key
  /** Prefix for ids, so that the same field name can exist in several tools. */
  scope: string
}

const fieldId = (scope: string, name: string): string => `${scope}-${name.replace(/\./g, '-')}`

/** A labelled field with its hint and its error slot (`[data-error-for="<name>"]`). */
export function field(spec: FieldSpec): HTMLElement {
  const id = fieldId(spec.scope, spec.name)
  const errId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [spec.hint ? hintId : '', errId].filter(Boolean).join(' ')
  const kind = spec.kind ?? 'text'
  let control: HTMLElement
  if (kind === 'select') {
    control = h(
      'select',
      { id, name: spec.name, 'aria-describedby': describedBy },
      ...(spec.options ?? []).map(([v, k]) => {
        const o = h('option', { value: v }, k === null ? v : t(k))
        if (k !== null) o.dataset.t = k
        if (v === spec.value) o.selected = true
        return o
      }),
    )
  } else if (kind === 'checkbox') {
    control = h('input', { id, name: spec.name, type: 'checkbox', 'aria-describedby': describedBy })
    if (spec.value === 'true') (control as HTMLInputElement).checked = true
  } else {
    const type = kind === 'date' ? 'date' : kind === 'month' ? 'month' : 'text'
    const inputmode =
      kind === 'amount' || kind === 'rate' ? 'decimal' : kind === 'int' ? 'numeric' : undefined
    control = h('input', {
      id,
      name: spec.name,
      type,
      inputmode,
      autocomplete: 'off',
      value: spec.value,
      placeholder: kind === 'month' ? 'YYYY-MM' : undefined,
      'aria-describedby': describedBy,
    })
  }
  const lbl = h('label', { for: id }, tx(spec.label))
  const hint = spec.hint ? h('p', { class: 'hint', id: hintId }, tx(spec.hint)) : null
  const err = h('p', { class: 'error', id: errId, 'data-error-for': spec.name })
  const cls = kind === 'checkbox' ? 'field check' : 'field'
  return kind === 'checkbox'
    ? h('div', { class: cls, 'data-field': spec.name }, control, lbl, hint, err)
    : h('div', { class: cls, 'data-field': spec.name }, lbl, control, hint, err)
}

/** A group of fields with a legend. */
export const group = (legend: Key, ...children: Child[]): HTMLFieldSetElement =>
  h('fieldset', {}, h('legend', {}, tx(legend)), ...children)

/** The form's values by name (text as typed; checkboxes as 'true'/''). */
export function values(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {}
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue
    if (el.name === '' || el.closest('[hidden]') !== null) continue
    if (el instanceof HTMLInputElement && el.type === 'checkbox') out[el.name] = el.checked ? 'true' : ''
    else if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked) out[el.name] = el.value
    } else out[el.name] = el.value
  }
  return out
}

/** Drops undefined members (the library, not the app, says what is required). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k]
  return o
}

export function clearErrors(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = ''
  for (const f of form.querySelectorAll('.field.invalid')) f.classList.remove('invalid')
  for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid')
  const top = form.querySelector<HTMLElement>('.form-error')
  if (top) {
    top.replaceChildren()
    top.hidden = true
  }
}

/**
 * Puts each issue's message beside its field: the slot whose name is the longest prefix of the issue's path
 * (`children.0.birthDate`, then `children.0`, then `children`). Issues without a visible field go in a box
 * above the button. Focus moves to the first field in error (or the box).
 */
export function showIssues(
  form: HTMLFormElement,
  issues: readonly Pick<BpjsIssue, 'path' | 'message'>[],
): void {
  const top: string[] = []
  for (const issue of issues) {
    let slot: HTMLElement | null = null
    for (let n = issue.path.length; n > 0 && slot === null; n--) {
      const key = issue.path.slice(0, n).join('.')
      const s = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(key)}"]`)
      if (s !== null && s.closest('[hidden]') === null) slot = s
    }
    if (slot === null) {
      top.push(issue.message)
      continue
    }
    slot.textContent = slot.textContent === '' ? issue.message : `${slot.textContent} ${issue.message}`
    const f = slot.closest('.field')
    f?.classList.add('invalid')
    f?.querySelector('input, select')?.setAttribute('aria-invalid', 'true')
  }
  announce(t('formErrors'))
  const box = form.querySelector<HTMLElement>('.form-error')
  if (box && top.length > 0) {
    box.replaceChildren(h('p', {}, t('formErrors')), h('ul', {}, ...top.map((m) => h('li', {}, m))))
    box.hidden = false
  }
  const first = form.querySelector<HTMLElement>('.field.invalid input, .field.invalid select')
  if (first) first.focus()
  else if (box && !box.hidden) box.focus()
}

/**
 * Runs a library call; on a validation or rule error shows the messages at their fields and returns
 * undefined. Any other error is a bug and is thrown.
 */
export function attempt<T>(
  form: HTMLFormElement,
  fn: () => T,
  fieldOf: (path: readonly (string | number)[]) => readonly (string | number)[] = (p) => p,
): T | undefined {
  clearErrors(form)
  try {
    return fn()
  } catch (e) {
    if (e instanceof BpjsValidationError)
      showIssues(
        form,
        e.issues.map((i) => ({ path: fieldOf(i.path), message: i.message })),
      )
    else if (e instanceof BpjsRuleError) showIssues(form, [{ path: fieldOf(e.path), message: e.message }])
    else throw e
    return undefined
  }
}

/** A citation as a link to the law reference (or to the decision), with its readable text. */
export function citeLink(c: Citation): HTMLElement {
  const text = isDecision(c) ? `${t('decision')} ${c.article ?? ''}`.trim() : formatCitation(c)
  return h('a', { href: citationUrl(c), class: 'cite', rel: 'noopener' }, text)
}

/** Citations as a list of links, each source/article once. */
export function citeList(legal: readonly Citation[]): HTMLElement | null {
  const seen = new Set<string>()
  const uniq = legal.filter((c) => {
    const k = `${c.source}|${c.article ?? ''}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
  if (uniq.length === 0) return null
  const out = h('span', { class: 'cites' })
  uniq.forEach((c, i) => {
    if (i > 0) out.append(', ')
    out.append(citeLink(c))
  })
  return out
}

/** Reasons (of a benefit, a program, a category) with their articles. */
export function reasonList(
  reasons: readonly { message: string; legal: readonly Citation[]; kind?: string }[],
): HTMLElement {
  return h(
    'ul',
    { class: 'reasons' },
    ...reasons.map((r) =>
      h('li', { class: r.kind ? `reason ${r.kind}` : 'reason' }, r.message, ' ', citeList(r.legal)),
    ),
  )
}

/** Warnings, each code once (a plan repeats one warning per month). */
export function warningList(warnings: readonly Warning[]): HTMLElement | null {
  const byCode = new Map<string, { w: Warning; n: number }>()
  for (const w of warnings) {
    const key = w.code === 'LOW_CONFIDENCE_RULE' ? `${w.code}|${w.parameterId ?? ''}` : w.code
    const e = byCode.get(key)
    if (e) e.n++
    else byCode.set(key, { w, n: 1 })
  }
  if (byCode.size === 0) return null
  return h(
    'section',
    { class: 'warnings', 'aria-label': t('warnings') },
    h('h3', {}, tx('warnings')),
    h('ul', {}, ...[...byCode.values()].map(({ w, n }) => h('li', {}, w.message, n > 1 ? ` (×${n})` : ''))),
  )
}

/**
 * The explanation for people: one numbered step per calculation step, in the explanation's language, with
 * the formula, the rounding (exact value → whole rupiah) and the articles as links. No rule ids.
 */
export function explanationView(ex: Explanation, open = false): HTMLElement {
  const steps = ex.steps.map((s) => {
    const parts: Child[] = [h('p', { class: 'step-text' }, s.description)]
    let formula = s.formula ?? ''
    if (s.rounding !== undefined && typeof s.value === 'number') {
      const exactIsWhole = /^-?\d+$/.test(s.rounding.exact)
      formula = `${formula}${formula ? ' = ' : ''}${exactIsWhole ? '' : `${s.rounding.exact} → `}${rp(s.value)}`
    }
    if (formula) parts.push(h('p', { class: 'formula' }, formula))
    const cites = citeList(s.legal)
    if (cites) parts.push(h('p', { class: 'step-basis' }, tx('basis'), ': ', cites))
    return h('li', {}, ...parts)
  })
  return h(
    'details',
    { class: 'explanation', open },
    h('summary', {}, tx('explanation')),
    h('ol', { class: 'steps' }, ...steps),
    h('p', { class: 'rounding' }, tx('rounding', 'strong'), ': ', ex.rounding.description),
  )
}

/** A key–figure list (`<dl>`): label, figure, test id, and an optional line under the figure. */
export function figures(
  rows: readonly (readonly [Key, string, string?, (string | undefined)?])[],
): HTMLElement {
  return h(
    'dl',
    { class: 'figures' },
    ...rows.flatMap(([k, v, testId, detail]) => [
      h('dt', {}, tx(k)),
      h(
        'dd',
        {},
        h('span', { 'data-figure': testId ?? k }, v),
        detail ? h('span', { class: 'detail' }, detail) : null,
      ),
    ]),
  )
}

/**
 * Wires a tool's form to its result: on submit, `compute` runs (it returns undefined when the input was
 * refused, its messages already beside the fields), the result's view replaces the last one and its summary
 * is announced; a change of language computes the last result again in the new language.
 */
export function wireTool<T>(
  form: HTMLFormElement,
  out: HTMLElement,
  compute: () => T | undefined,
  view: (r: T) => readonly (HTMLElement | null)[],
  summary: (r: T) => string,
): { reset: () => void } {
  let last = false
  out.hidden = true
  const run = (): void => {
    const r = compute()
    out.replaceChildren(...(r === undefined ? [] : view(r).filter((x): x is HTMLElement => x !== null)))
    out.hidden = r === undefined
    if (r !== undefined) announce(summary(r))
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    last = true
    run()
  })
  onLanguage(() => {
    if (last) run()
  })
  return {
    reset: () => {
      out.replaceChildren()
      out.hidden = true
      last = false
    },
  }
}

/** A result region (a labelled section; its summary is announced through {@link announce}). */
export const resultRegion = (scope: string): HTMLElement =>
  h('section', { class: 'result', id: `${scope}-result`, 'aria-label': t('result') })

/**
 * Tells screen-reader users what happened, in one short sentence (the total, the status, or that fields need
 * correcting), through the page's single polite live region, instead of reading the whole result aloud.
 */
export function announce(message: string): void {
  const live = document.getElementById('live')
  if (live === null) return
  live.textContent = ''
  // a new text node after clearing, so that the same sentence twice is announced twice
  window.setTimeout(() => {
    live.textContent = message
  }, 50)
}

/** The box above a form's button for issues that belong to no visible field. */
export const formErrorBox = (): HTMLElement => {
  const box = h('div', { class: 'form-error', role: 'alert', tabindex: '-1' })
  box.hidden = true
  return box
}

/** An ISO date (`2025-03-10`) as people read it (`10 Mar 2025`), from its parts (no clock, no time zone). */
export function date(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (m === null) return iso
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toLocaleDateString(state.lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/**
 * The facts the library still needs, as questions: each one a link that moves the focus to its field. The
 * text is the library's own reason for that path when there is one, else the field's label.
 */
export function questionList(
  form: HTMLFormElement,
  missing: readonly string[],
  reasons: readonly { message: string; path?: readonly (string | number)[]; kind?: string }[] = [],
): HTMLElement | null {
  if (missing.length === 0) return null
  const items = missing.map((path) => {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(path)}"]`)
    const box = slot?.closest('.field, fieldset') ?? null
    const control = box?.querySelector<HTMLElement>('input, select') ?? null
    const own = reasons.find((r) => r.kind === 'missing' && r.path?.join('.') === path)?.message
    const label = box?.matches('fieldset')
      ? box.querySelector('legend')?.textContent
      : control?.id
        ? form.querySelector(`label[for="${control.id}"]`)?.textContent
        : undefined
    const text = own ?? (label ? `${label}?` : path)
    const visible = control !== null && control.closest('[hidden]') === null
    return h(
      'li',
      { 'data-missing': path },
      text,
      ' ',
      visible && control.id !== ''
        ? h(
            'a',
            {
              href: `#${control.id}`,
              class: 'answer',
              onclick: (ev: Event) => {
                ev.preventDefault()
                control.focus()
              },
            },
            tx('answer'),
          )
        : null,
    )
  })
  return h('section', { class: 'questions' }, h('h3', {}, tx('questions')), h('ol', {}, ...items))
}

/** A result whose view is status, questions, figures, a member's timeline, reasons, warnings, explanation. */
export interface TimelineResult {
  readonly status: string
  readonly reasons: readonly {
    message: string
    legal: readonly Citation[]
    path?: readonly (string | number)[]
    kind?: string
  }[]
  readonly timeline: readonly { readonly from: string; readonly text: string }[]
  readonly warnings: readonly Warning[]
  readonly explanation: Explanation
}

/**
 * The view of a benefit result with a timeline (JP, JHT): the status, the missing facts as questions (paths of
 * the form), the figures unless incomplete, the timeline in a section of class `timelineClass`, the reasons,
 * warnings and explanation.
 */
export function timelineResultView(
  r: TimelineResult,
  form: HTMLFormElement,
  missing: readonly string[],
  rows: readonly (readonly [Key, string, string?, (string | undefined)?])[],
  timelineClass: string,
): HTMLElement[] {
  return [
    h('p', { class: `status ${r.status}`, 'data-status': r.status }, tx(`status_${r.status}` as Key, 'strong')),
    questionList(form, missing, r.reasons),
    r.status === 'incomplete' ? null : figures(rows),
    r.timeline.length === 0
      ? null
      : h(
          'section',
          { class: timelineClass },
          h('h3', {}, tx('jpTimeline')),
          h('ol', {}, ...r.timeline.map((e) => h('li', { 'data-from': e.from }, e.text))),
        ),
    h('h3', {}, tx('reasons')),
    reasonList(r.reasons),
    warningList(r.warnings),
    explanationView(r.explanation),
  ].filter((x): x is HTMLElement => x !== null)
}
