// The `tunggakan` command: calculateArrears (late-payment penalties). The months come through `--input`.
import type { FieldSpec } from './args.js'
import type { Lang } from './messages.js'
import { percent, rp, table, type Rendered } from './output.js'

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
    m.status,
    String(m.monthsLate),
    percent(m.rate, lang),
    rp(m.penalty),
  ])
  const payers = r.benefitPayers.map((p) => `${p.program}: ${p.firstPayer}`).join(' · ')
  const summary = `${rp(r.totals.due)} · ${rp(r.totals.unpaid)} · ${rp(r.totals.penalty)}${
    r.consecutiveArrearsMonths === null ? '' : ` · ${r.consecutiveArrearsMonths} · ${payers}`
  }`
  return {
    table: `${summary}\n${table(head, rows)}`,
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
