// The payroll file of the Iuran tab: drop (or choose) a CSV; its reading and pricing (payroll-file.ts, with
// doors/ and the batch API) load when the first file is chosen.
import { formatRupiah } from 'bpjs-ketenagakerjaan'
import type { NumberFormat } from '../../../doors/index.js'
import { ENTERPRISE_OPTIONS } from '../options'
import { readInt, readText } from '../read'
import { announce, count, field, group, h, t, tx, type FieldSpec } from '../ui'
import { uploadField, wireUpload } from './upload'

const S = 'payroll'

export function mountPayroll(root: HTMLElement): void {
  const f = (spec: Omit<FieldSpec, 'scope'>): HTMLElement => field({ ...spec, scope: S })
  const upload = uploadField(S, 'payrollFile', 'payrollHint')
  const form = h(
    'form',
    { class: 'tool-form', novalidate: true, id: `${S}-form` },
    group(
      'payrollUpload',
      upload.drop,
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

  const run = async (): Promise<void> => {
    upload.clear()
    const file = upload.input.files?.[0]
    const value = (n: string): string =>
      form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? ''
    const { FileProblem, fileRecords, pricePayrollRecords, resultView } = await import('./payroll-file')
    try {
      if (file === undefined) throw new FileProblem(t('payrollNoFile'))
      const records = await fileRecords(file)
      const defaults = {
        period: readText(value('period')),
        jkkRiskClass: readInt(value('jkkRiskClass')),
        enterpriseSize: readText(value('enterpriseSize')),
      }
      const nf = value('numberFormat')
      const r = pricePayrollRecords(records, defaults, nf === '' ? undefined : (nf as NumberFormat))
      out.replaceChildren(...resultView(r))
      out.hidden = false
      announce(
        `${count(r.priced.length)} ${t('payrollPriced')}. ${t('total')}: ${formatRupiah(r.totals['total'] ?? 0)}`,
      )
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e
      out.hidden = true
      upload.fail(e.message)
    }
  }
  wireUpload(form, upload, run)
}
