// The file field the payroll and roster uploads share: a drop zone (drop or choose a CSV or XLSX), its hint and
// error slot, and the wiring that runs the reader on a change, a drop or the submit button.
import type { Key } from '../i18n'
import { announce, h, t, tx } from '../ui'

export const UPLOAD_ACCEPT =
  '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface Upload {
  drop: HTMLElement
  input: HTMLInputElement
  /** Clears the error shown beside the field. */
  clear(): void
  /** Shows a message beside the field and moves the focus there. */
  fail(message: string): void
}

export function uploadField(scope: string, label: Key, hint: Key): Upload {
  const input = h('input', {
    type: 'file',
    id: `${scope}-file`,
    name: 'file',
    accept: UPLOAD_ACCEPT,
    'aria-describedby': `${scope}-file-hint ${scope}-file-error`,
  })
  const slot = h('p', { class: 'error', id: `${scope}-file-error`, 'data-error-for': 'file' })
  const drop = h(
    'div',
    { class: 'field drop', 'data-field': 'file' },
    h('label', { for: `${scope}-file` }, tx(label)),
    input,
    h('p', { class: 'hint', id: `${scope}-file-hint` }, tx(hint)),
    slot,
  )
  return {
    drop,
    input,
    clear() {
      slot.textContent = ''
      drop.classList.remove('invalid')
      input.removeAttribute('aria-invalid')
    },
    fail(message) {
      slot.textContent = message
      drop.classList.add('invalid')
      input.setAttribute('aria-invalid', 'true')
      input.focus()
      announce(t('formErrors'))
    },
  }
}

/** Runs `run` on the form's submit, on a chosen file and on a file dropped anywhere on the field. */
export function wireUpload(form: HTMLFormElement, u: Upload, run: () => Promise<void>): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    void run()
  })
  u.input.addEventListener('change', () => void run())
  u.drop.addEventListener('dragover', (ev) => {
    ev.preventDefault()
    u.drop.classList.add('over')
  })
  u.drop.addEventListener('dragleave', () => u.drop.classList.remove('over'))
  u.drop.addEventListener('drop', (ev) => {
    ev.preventDefault()
    u.drop.classList.remove('over')
    if (ev.dataTransfer?.files.length) {
      u.input.files = ev.dataTransfer.files
      void run()
    }
  })
}
