// The `jp` command: calculateJpBenefit. The wage history, inflation and other lists come through `--input`.
import type { FieldSpec } from './args.js'
import type { Warning } from './api.js'
import { benefitText } from './benefit-text.js'
import type { Lang } from './messages.js'
import { label, rp, table, type Rendered } from './output.js'
import type { Reason } from './render.js'

/** `jp`: the options besides `--input` (which carries `wageHistory`, `inflation`, `bounds`, …). */
export const JP_FIELDS: readonly FieldSpec[] = [
  {
    key: 'kind',
    flags: '--kind <kind>',
    kind: 'string',
    choices: ['old-age', 'disability', 'widow', 'child', 'parent'],
    help: { id: 'jenis manfaat pensiun', en: 'pension kind' },
  },
  {
    key: 'birthDate',
    flags: '--birth-date <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal lahir peserta', en: "participant's birth date" },
  },
  {
    key: 'membershipStart',
    flags: '--membership-start <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'awal kepesertaan JP', en: 'JP membership start' },
  },
  {
    key: 'eventDate',
    flags: '--event-date <YYYY-MM-DD>',
    kind: 'string',
    help: {
      id: 'tanggal cacat atau meninggal (klaim hari tua: opsional)',
      en: 'date of disability or death (old age: optional)',
    },
  },
  {
    key: 'survivorShare',
    flags: '--survivor-share <rate>',
    kind: 'string',
    help: { id: 'bagian ahli waris (masukan, keputusan D26)', en: 'survivor share (an input, decision D26)' },
  },
]

interface JpLike {
  readonly status: string
  readonly form: string
  readonly start: string
  readonly monthlyPension: number
  readonly lumpSum: { readonly total: number } | null
  readonly missing: readonly string[]
  readonly timeline: readonly { readonly from: string; readonly amount: number; readonly text: string }[]
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

/** The JP result as a table (the timeline lines) and CSV. */
export function renderJp(result: unknown, lang: Lang): Rendered {
  const r = result as JpLike
  const head = lang === 'en' ? ['From', 'Amount', 'What'] : ['Mulai', 'Jumlah', 'Keterangan']
  const rows = r.timeline.map((e) => [e.from, rp(e.amount), e.text])
  return {
    table: benefitText(lang, {
      status: r.status,
      missing: r.missing,
      facts: [
        ['form', label(lang, r.form)],
        ['start', r.start],
      ],
      body: rows.length > 0 ? [table(head, rows)] : [],
      reasons: r.reasons,
      warnings: r.warnings,
    }),
    csv: { columns: ['from', 'amount', 'text'], rows: r.timeline.map((e) => [e.from, e.amount, e.text]) },
  }
}
