// The `tunggakan` command: calculateArrears (late-payment penalties). The months come through `--input`.
import type { FieldSpec } from './args.js'
import type { Warning } from './api.js'
import { t, type Lang } from './messages.js'
import { label, pairs, percent, rp, table, warningsBlock, type Rendered } from './output.js'
import { reasonsBlock, type Reason } from './render.js'

/** `tunggakan`: the options besides `--input` (which carries `months`). */
export const ARREARS_FIELDS: readonly FieldSpec[] = [
  {
    key: 'asOf',
    flags: '--as-of <YYYY-MM-DD>',
    kind: 'string',
    help: {
      id: 'tanggal hitung tunggakan (wajib bila ada bulan belum dibayar)',
      en: 'the counting date (required when a month is unpaid)',
    },
  },
  {
    key: 'employerBankruptOrClosed',
    flags: '--employer-bankrupt',
    kind: 'bool',
    help: { id: 'perusahaan pailit atau tutup (JKP)', en: 'company bankrupt or closed (JKP)' },
  },
]

interface ArrearsLike {
  readonly totals: { readonly due: number; readonly penalty: number; readonly unpaid: number }
  readonly consecutiveArrearsMonths: number | null
  readonly benefitPayers: readonly { readonly program: string; readonly firstPayer: string }[]
  readonly months: readonly {
    readonly period: string
    readonly amount: number
    readonly dueDate: string
    readonly paidOn: string | null
    readonly status: string
    readonly monthsLate: number
    readonly rate: string
    readonly penalty: number
  }[]
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

/** The arrears result as a table (one line a month, then the payers) and CSV. */
export function renderArrears(result: unknown, lang: Lang): Rendered {
  const r = result as ArrearsLike
  const head =
    lang === 'en'
      ? ['Month', 'Contribution', 'Due', 'Paid', 'Status', 'Months late', 'Rate', 'Penalty']
      : ['Bulan', 'Iuran', 'Jatuh tempo', 'Dibayar', 'Status', 'Bulan terlambat', 'Tarif', 'Denda']
  const rows = r.months.map((m) => [
    m.period,
    rp(m.amount),
    m.dueDate,
    m.paidOn ?? '—',
    label(lang, m.status),
    String(m.monthsLate),
    percent(m.rate, lang),
    rp(m.penalty),
  ])
  const payers = r.benefitPayers.map((p) => `${p.program}: ${label(lang, p.firstPayer)}`).join(', ')
  const facts: [string, string][] = [
    [t(lang, 'due'), rp(r.totals.due)],
    [t(lang, 'unpaidTotal'), rp(r.totals.unpaid)],
    [t(lang, 'penalty'), rp(r.totals.penalty)],
  ]
  if (r.consecutiveArrearsMonths !== null) {
    facts.push([t(lang, 'consecutiveArrears'), String(r.consecutiveArrearsMonths)])
    if (payers !== '') facts.push([t(lang, 'benefitPayers'), payers])
  }
  const out = [pairs(facts), '', table(head, rows)]
  if (r.reasons !== undefined && r.reasons.length > 0)
    out.push('', `${t(lang, 'reasons')}:`, ...reasonsBlock(r.reasons, lang))
  out.push(...warningsBlock(r.warnings, lang))
  return {
    table: out.join('\n'),
    csv: {
      columns: ['period', 'amount', 'dueDate', 'paidOn', 'status', 'monthsLate', 'rate', 'penalty'],
      rows: r.months.map((m) => [
        m.period,
        m.amount,
        m.dueDate,
        m.paidOn ?? '',
        m.status,
        m.monthsLate,
        m.rate,
        m.penalty,
      ]),
    },
  }
}
