// The payroll file of the Iuran tab: drop (or choose) a CSV; its reading and pricing (payroll-file.ts, with
// doors/ and the batch API) load when the first file is chosen.
import { formatRupiah } from 'bpjs-ketenagakerjaan'
import type { NumberFormat } from '../../../doors/index.js'
import { ENTERPRISE_OPTIONS } from '../options'
import { readInt, readText } from '../read'
import { announce, count, field, group, h, t, tx, type FieldSpec } from '../ui'

const S = 'payroll'

export function mountPayroll(root: HTMLElement): void {
  const f = (spec: Omit<FieldSpec, 'scope'>): HTMLElement => field({ ...spec, scope: S })
  const fileInput = h('input', {
    type: 'file',
    id: `${S}-file`,
    name: 'file',
    accept: '.csv,.txt,text/csv,text/plain',
    'aria-describedby': `${S}-file-hint ${S}-file-error`,
  })
  const drop = h(
    'div',
    { class: 'field drop', 'data-field': 'file' },
    h('label', { for: `${S}-file` }, tx('payrollFile')),
    fileInput,
    h('p', { class: 'hint', id: `${S}-file-hint` }, tx('payrollHint')),
    h('p', { class: 'error', id: `${S}-file-error`, 'data-error-for': 'file' }),
  )
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${S}-form` },
    group(
      'payrollUpload',
      drop,
      h('p', { class: 'hint' }, tx('payrollDefaults')),
      h(
        'div',
        { class: 'row' },
        f({ name: 'period', label: 'period', kind: 'month' }),
        f({
          name: 'jkkRiskClass',
          label: 'jkkRiskClass',
          kind: 'select',
          options: [
            ['', 'choose'],
            ['1', 'risk1'],
            ['2', 'risk2'],
            ['3', 'risk3'],
            ['4', 'risk4'],
            ['5', 'risk5'],
          ],
        }),
      ),
      h(
        'div',
        { class: 'row' },
        f({
          name: 'enterpriseSize',
          label: 'enterpriseSize',
          kind: 'select',
          options: [['', 'choose'], ...ENTERPRISE_OPTIONS],
        }),
        f({
          name: 'numberFormat',
          label: 'numberFormat',
          kind: 'select',
          options: [
            ['', 'numberAuto'],
            ['id', 'numberId'],
            ['en', 'numberEn'],
            ['plain', 'numberPlain'],
          ],
        }),
      ),
    ),
    h('button', { type: 'submit', id: `${S}-submit` }, tx('calculate')),
  )
  const out = h('section', { class: 'result', id: `${S}-result`, 'aria-label': t('payrollTitle') })
  out.hidden = true
  root.append(h('h2', {}, tx('payrollTitle')), h('div', { class: 'split' }, form, out))

  const slot = drop.querySelector<HTMLElement>('[data-error-for="file"]')!
  const run = async (): Promise<void> => {
    slot.textContent = ''
    drop.classList.remove('invalid')
    fileInput.removeAttribute('aria-invalid')
    const file = fileInput.files?.[0]
    const value = (n: string): string =>
      form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? ''
    const { FileProblem, pricePayrollText, resultView } = await import('./payroll-file')
    try {
      if (file === undefined) throw new FileProblem(t('payrollNoFile'))
      const text = await file.text()
      const defaults = {
        period: readText(value('period')),
        jkkRiskClass: readInt(value('jkkRiskClass')),
        enterpriseSize: readText(value('enterpriseSize')),
      }
      const nf = value('numberFormat')
      const r = pricePayrollText(text, defaults, nf === '' ? undefined : (nf as NumberFormat))
      out.replaceChildren(...resultView(r))
      out.hidden = false
      announce(
        `${count(r.priced.length)} ${t('payrollPriced')}. ${t('total')}: ${formatRupiah(r.totals['total'] ?? 0)}`,
      )
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e
      out.hidden = true
      slot.textContent = e.message
      drop.classList.add('invalid')
      fileInput.setAttribute('aria-invalid', 'true')
      fileInput.focus()
      announce(t('formErrors'))
    }
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    void run()
  })
  fileInput.addEventListener('change', () => void run())
  // a file dropped anywhere on the field
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault()
    drop.classList.add('over')
  })
  drop.addEventListener('dragleave', () => drop.classList.remove('over'))
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault()
    drop.classList.remove('over')
    if (ev.dataTransfer?.files.length) {
      fileInput.files = ev.dataTransfer.files
      void run()
    }
  })
}
