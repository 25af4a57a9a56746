// The `jkp` command: calculateJkpBenefit (the JKP job-loss cash benefit). `paidPeriods` comes through `--input`.
import type { FieldSpec } from './args.js'
import type { Warning } from './api.js'
import { benefitText } from './benefit-text.js'
import type { Lang } from './messages.js'
import { label, percent, rp, table, type Rendered } from './output.js'
import type { Reason } from './render.js'

const date = (key: string, flag: string, id: string, en: string): FieldSpec => ({
  key,
  flags: `${flag} <YYYY-MM-DD>`,
  kind: 'string',
  help: { id, en },
})
const int = (key: string, flag: string, id: string, en: string): FieldSpec => ({
  key,
  flags: `${flag} <n>`,
  kind: 'int',
  help: { id, en },
})
const flagPair = (key: string, flag: string, yes: FieldSpec['help'], no: FieldSpec['help']): FieldSpec[] => [
  { key, flags: `--${flag}`, kind: 'bool', help: yes },
  { key, flags: `--no-${flag}`, kind: 'bool', help: no },
]

/** `jkp`: the options besides `--input`. */
export const JKP_FIELDS: readonly FieldSpec[] = [
  date(
    'layoffDate',
    '--layoff-date',
    'tanggal PHK (menentukan rezim, keputusan D27)',
    'termination date (chooses the regime, decision D27)',
  ),
  date('claimDate', '--claim-date', 'tanggal klaim', 'claim date'),
  {
    key: 'reasonForLeaving',
    flags: '--reason-for-leaving <reason>',
    kind: 'string',
    choices: [
      'layoff',
      'company-closure',
      'bankruptcy',
      'fixed-term-terminated-early',
      'resignation',
      'retirement',
      'total-permanent-disability',
      'death',
      'fixed-term-contract-ended',
    ],
    help: { id: 'alasan PHK', en: 'reason for the termination' },
  },
  int(
    'contributionMonthsInWindow',
    '--contribution-months-in-window',
    'bulan iuran dalam 24 bulan sebelum PHK',
    'contribution months in the 24 months before the termination',
  ),
  int(
    'consecutiveMonthsBeforeLayoff',
    '--consecutive-months-before-layoff',
    'bulan iuran berturut-turut sebelum PHK',
    'consecutive contribution months before the termination',
  ),
  ...flagPair(
    'employedAgain',
    'employed-again',
    { id: 'sudah bekerja kembali', en: 'has a new job' },
    { id: 'belum bekerja kembali', en: 'has no new job' },
  ),
  {
    key: 'monthlyWage',
    flags: '--monthly-wage <rupiah>',
    kind: 'money',
    help: { id: 'upah terakhir yang dilaporkan', en: 'last reported wage' },
  },
  int('claimNumber', '--claim-number', 'klaim JKP ke berapa (1, 2, 3)', 'which JKP claim (1, 2, 3)'),
  int(
    'repeatContributionMonths',
    '--repeat-contribution-months',
    'masa iur untuk klaim kedua/ketiga',
    'contribution months for a 2nd/3rd claim',
  ),
  int(
    'employerArrearsMonths',
    '--employer-arrears-months',
    'bulan tunggakan iuran pengusaha berturut-turut',
    "consecutive months of the employer's arrears",
  ),
  ...flagPair(
    'employerBankruptOrClosed',
    'employer-bankrupt',
    { id: 'perusahaan pailit atau tutup', en: 'company bankrupt or closed' },
    { id: 'perusahaan tidak pailit', en: 'company not bankrupt' },
  ),
  {
    key: 'trainingCost',
    flags: '--training-cost <rupiah>',
    kind: 'money',
    help: { id: 'biaya pelatihan dari lembaga pelatihan', en: "the training provider's cost" },
  },
]

interface JkpLike {
  readonly status: string
  readonly regime: string | null
  readonly total: number
  readonly firstPayer: string | null
  readonly missing: readonly string[]
  readonly months: readonly { readonly month: number; readonly rate: string; readonly amount: number }[]
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

/** The JKP result as a table (one line a month) and CSV. */
export function renderJkp(result: unknown, lang: Lang): Rendered {
  const r = result as JkpLike
  const head = lang === 'en' ? ['Month', 'Share', 'Amount'] : ['Bulan', 'Persentase', 'Jumlah']
  const rows = r.months.map((m) => [String(m.month), percent(m.rate, lang), rp(m.amount)])
  return {
    table: benefitText(lang, {
      status: r.status,
      missing: r.missing,
      facts: [
        ['regime', r.regime],
        ['total', rp(r.total)],
        ['firstPayer', r.firstPayer === null ? null : label(lang, r.firstPayer)],
      ],
      body: rows.length > 0 ? [table(head, rows)] : [],
      reasons: r.reasons,
      warnings: r.warnings,
    }),
    csv: { columns: ['month', 'rate', 'amount'], rows: r.months.map((m) => [m.month, m.rate, m.amount]) },
  }
}
