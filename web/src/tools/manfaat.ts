// Manfaat: the benefit tools, as a registry. Each entry holds the library function it runs (imported by name,
// so the bundle keeps only what is used) and is listed only when that function exists in the build. Today:
// JKM and the JKK death benefit, with the scholarship schedule, the JKK accident benefits, the JP pension and
// the JHT claim. A future benefit (JKP) is one more entry here, with its form.
import {
  calculateJhtClaim,
  calculateJkkBenefit,
  calculateJkkDeathBenefit,
  calculateJkmBenefit,
  calculateJpBenefit,
} from 'bpjs-ketenagakerjaan'
import type { Key } from '../i18n'
import { attempt, formErrorBox, h, resultRegion, rp, state, t, tx, values, wireTool } from '../ui'
import { deathFields, deathResultView, readDeathInput, type DeathKind } from './death'
import { mountAccident } from './accident'
import { mountPension } from './pension'
import { mountJht } from './jht'

interface BenefitTool {
  id: string
  label: Key
  /** The library function the tool runs; the tool is listed only when it is a function. */
  fn: unknown
  mount: (root: HTMLElement) => void
}

function deathTool(id: string, kind: DeathKind): (root: HTMLElement) => void {
  return (root) => {
    const { el } = deathFields(id, kind)
    const form = h(
      'form',
      { class: 'tool-form', novalidate: true, id: `${id}-form` },
      el,
      formErrorBox(),
      h('button', { type: 'submit', id: `${id}-submit` }, tx('calculate')),
    )
    const out = resultRegion(id)
    root.append(h('div', { class: 'split' }, form, out))
    const calc = kind === 'jkm' ? calculateJkmBenefit : calculateJkkDeathBenefit
    wireTool(
      form,
      out,
      () => {
        const { input, fieldOf } = readDeathInput(values(form), kind)
        const r = attempt(form, () => calc(input as never, { locale: state.lang }), fieldOf)
        return r === undefined ? undefined : { r, fieldOf }
      },
      ({ r, fieldOf }) => deathResultView(r, form, fieldOf),
      ({ r }) => `${t(`status_${r.status}`)}. ${t('cashTotal')}: ${rp(r.total)}`,
    )
  }
}

export const BENEFIT_TOOLS: readonly BenefitTool[] = [
  { id: 'jkm', label: 'toolJkm', fn: calculateJkmBenefit, mount: deathTool('jkm', 'jkm') },
  {
    id: 'jkk-death',
    label: 'toolJkkDeath',
    fn: calculateJkkDeathBenefit,
    mount: deathTool('jkk-death', 'jkk'),
  },
  { id: 'jkk', label: 'toolJkkAccident', fn: calculateJkkBenefit, mount: mountAccident },
  { id: 'jp', label: 'toolJp', fn: calculateJpBenefit, mount: mountPension },
  { id: 'jht', label: 'toolJht', fn: calculateJhtClaim, mount: mountJht },
]

/** The tools whose function the library exports. */
export const availableTools = (): BenefitTool[] =>
  BENEFIT_TOOLS.filter((tool) => typeof tool.fn === 'function')

export function mount(root: HTMLElement): void {
  const tools = availableTools()
  root.append(h('h2', {}, tx('manfaatTitle')))
  if (tools.length === 0) {
    root.append(h('p', {}, tx('noBenefitTools')))
    return
  }
  const panels = new Map<string, HTMLElement>()
  const picker = h(
    'fieldset',
    { class: 'picker' },
    h('legend', {}, tx('benefitTool')),
    ...tools.map((tool, i) =>
      h(
        'label',
        { class: 'pick' },
        h('input', {
          type: 'radio',
          name: 'benefit-tool',
          value: tool.id,
          checked: i === 0,
          id: `pick-${tool.id}`,
        }),
        tx(tool.label),
      ),
    ),
  )
  root.append(picker)
  const select = (id: string): void => {
    for (const [k, p] of panels) p.hidden = k !== id
    if (!panels.has(id)) {
      const panel = h('div', {
        class: 'benefit',
        id: `benefit-${id}`,
        'aria-label': t(tools.find((x) => x.id === id)!.label),
      })
      panels.set(id, panel)
      root.append(panel)
      tools.find((x) => x.id === id)!.mount(panel)
    }
  }
  picker.addEventListener('change', (ev) => {
    const target = ev.target as HTMLInputElement
    if (target.name === 'benefit-tool') select(target.value)
  })
  select(tools[0]!.id)
}
