// The `jht` command: projectJhtBalance (a history through `--input`), or calculateJhtClaim when a claim
// ground is given (`--ground` or `ground` in `--input`).
import type { FieldSpec } from './args.js'
import type { Warning } from './api.js'
import { benefitText } from './benefit-text.js'
import type { Lang } from './messages.js'
import { label, rp, table, type Rendered } from './output.js'
import type { Reason } from './render.js'

/** `jht`: the options besides `--input` (which carries `history`, `rates`, `future`, `family`, …). */
export const JHT_FIELDS: readonly FieldSpec[] = [
  {
    key: 'ground',
    flags: '--ground <ground>',
    kind: 'string',
    choices: [
      'pension-age',
      'resignation',
      'termination',
      'disability',
      'death',
      'leaving-indonesia',
      'partial-housing',
      'partial-other',
    ],
    help: {
      id: 'alasan klaim (tanpa ini: proyeksi saldo dari riwayat di --input)',
      en: 'claim ground (without it: the balance projected from the history in --input)',
    },
  },
  {
    key: 'claimDate',
    flags: '--claim-date <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal klaim', en: 'claim date' },
  },
  {
    key: 'birthDate',
    flags: '--birth-date <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal lahir peserta', en: "participant's birth date" },
  },
  {
    key: 'separationDate',
    flags: '--separation-date <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal surat pengunduran diri atau PHK', en: 'date of the resignation letter or PHK' },
  },
  {
    key: 'membershipStart',
    flags: '--membership-start <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'awal kepesertaan (klaim sebagian)', en: 'membership start (partial claim)' },
  },
  {
    key: 'dateOfDeath',
    flags: '--date-of-death <YYYY-MM-DD>',
    kind: 'string',
    help: { id: 'tanggal meninggal dunia (klaim karena meninggal)', en: 'date of death (death claim)' },
  },
  {
    key: 'disabilityDate',
    flags: '--disability-date <YYYY-MM-DD>',
    kind: 'string',
    help: {
      id: 'tanggal penetapan cacat total tetap',
      en: 'date of the total permanent disability determination',
    },
  },
  {
    key: 'nationality',
    flags: '--nationality <nationality>',
    kind: 'string',
    choices: ['indonesian', 'foreign'],
    help: { id: 'kewarganegaraan', en: 'nationality' },
  },
  {
    key: 'balance',
    flags: '--balance <rupiah>',
    kind: 'int',
    help: { id: 'saldo JHT pada tanggal klaim (rupiah)', en: 'JHT balance on the claim date (rupiah)' },
  },
  {
    key: 'method',
    flags: '--method <method>',
    kind: 'string',
    choices: ['yearly-prorata', 'yearly-opening', 'monthly'],
    help: { id: 'cara pembukuan hasil pengembangan', en: 'how the return is credited' },
  },
]

interface BalanceLike {
  readonly status: string
  readonly method: string
  readonly balance: number | null
  readonly missing: readonly string[]
  readonly months: readonly {
    readonly month: string
    readonly contribution: number
    readonly contributionSource: string
    readonly withdrawal: number
    readonly return: number
    readonly balance: number
  }[]
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

interface ClaimLike {
  readonly status: string
  readonly ground: string
  readonly recipient: string
  readonly amount: number | null
  readonly payableFrom: string | null
  readonly tax: { readonly amount: number; readonly net: number } | null
  readonly missing: readonly string[]
  readonly timeline: readonly { readonly from: string; readonly amount: number; readonly text: string }[]
  readonly reasons: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

/** The balance: one row per year end (contributions, return, balance); CSV: every month. */
function renderBalance(r: BalanceLike, lang: Lang): Rendered {
  const head =
    lang === 'en'
      ? ['Year end', 'Contributions', 'Return', 'Balance', 'Source']
      : ['Akhir tahun', 'Iuran', 'Hasil pengembangan', 'Saldo', 'Sumber']
  const years = new Map<string, { c: number; ret: number; balance: number; source: string }>()
  for (const m of r.months) {
    const y = m.month.slice(0, 4)
    const e = years.get(y) ?? { c: 0, ret: 0, balance: 0, source: m.contributionSource }
    years.set(y, {
      c: e.c + m.contribution,
      ret: e.ret + m.return,
      balance: m.balance,
      source: m.contributionSource,
    })
  }
  const rows = [...years].map(([y, e]) => [y, rp(e.c), rp(e.ret), rp(e.balance), e.source])
  return {
    table: benefitText(lang, {
      status: r.status,
      missing: r.missing,
      facts: [
        ['method', r.method],
        ['balance', r.balance === null ? null : rp(r.balance)],
      ],
      body: rows.length > 0 ? [table(head, rows)] : [],
      reasons: r.reasons,
      warnings: r.warnings,
    }),
    csv: {
      columns: ['month', 'contribution', 'contributionSource', 'withdrawal', 'return', 'balance'],
      rows: r.months.map((m) => [
        m.month,
        m.contribution,
        m.contributionSource,
        m.withdrawal,
        m.return,
        m.balance,
      ]),
    },
  }
}

/** A claim: the timeline lines, then the reasons. */
function renderClaim(r: ClaimLike, lang: Lang): Rendered {
  const head = lang === 'en' ? ['From', 'Amount', 'What'] : ['Mulai', 'Jumlah', 'Keterangan']
  const rows = r.timeline.map((e) => [e.from, rp(e.amount), e.text])
  return {
    table: benefitText(lang, {
      status: r.status,
      missing: r.missing,
      facts: [
        ['ground', label(lang, r.ground)],
        ['recipient', label(lang, r.recipient)],
        ['amount', r.amount === null ? null : rp(r.amount)],
        ['payableFrom', r.payableFrom],
        ['tax', r.tax === null ? null : rp(r.tax.amount)],
        ['net', r.tax === null ? null : rp(r.tax.net)],
      ],
      body: rows.length > 0 ? [table(head, rows)] : [],
      reasons: r.reasons,
      warnings: r.warnings,
    }),
    csv: { columns: ['from', 'amount', 'text'], rows: r.timeline.map((e) => [e.from, e.amount, e.text]) },
  }
}

/** The JHT result (a balance projection or a claim) as a table and CSV. */
export function renderJht(result: unknown, lang: Lang): Rendered {
  const r = result as Partial<ClaimLike & BalanceLike>
  return r.ground !== undefined ? renderClaim(r as ClaimLike, lang) : renderBalance(r as BalanceLike, lang)
}

/** Which calculation the `jht` input asks for: a claim when it has a ground, else the balance. */
export function jhtCalculationOf(input: Record<string, unknown>): 'calculateJhtClaim' | 'projectJhtBalance' {
  return input.ground !== undefined ? 'calculateJhtClaim' : 'projectJhtBalance'
}
