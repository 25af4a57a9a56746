// The `jkk` command: calculateJkkBenefit (an accident or occupational disease other than death). Options with a
// dotted key (`incapacity.from`) fill nested fields; lists (other items, PMI amounts) come through `--input`.
import type { FieldSpec } from './args.js'
import type { Warning } from './api.js'
import { benefitText } from './benefit-text.js'
import { t, type Lang } from './messages.js'
import { label, rp, table, type Rendered } from './output.js'
import type { Reason } from './render.js'

const money = (key: string, flags: string, id: string, en: string): FieldSpec => ({
  key,
  flags,
  kind: 'money',
  help: { id, en },
})

const date = (key: string, flags: string, id: string, en: string): FieldSpec => ({
  key,
  flags,
  kind: 'string',
  help: { id, en },
})

/** `jkk`: the options besides `--input` (which carries `otherItems`, `pmiAmounts`, children's other facts, …). */
export const JKK_BENEFIT_FIELDS: readonly FieldSpec[] = [
  date(
    'accidentDate',
    '--accident-date <YYYY-MM-DD>',
    'tanggal kecelakaan kerja atau diagnosis penyakit akibat kerja (menentukan rezim)',
    'date of the work accident or of the occupational-disease diagnosis (chooses the regime)',
  ),
  {
    key: 'category',
    flags: '--category <category>',
    kind: 'string',
    choices: ['PU', 'BPU', 'JAKON', 'PMI'],
    help: { id: 'kategori peserta', en: 'participant category' },
  },
  {
    key: 'cause',
    flags: '--cause <cause>',
    kind: 'string',
    choices: ['work-accident', 'occupational-disease'],
    help: { id: 'kecelakaan kerja atau penyakit akibat kerja', en: 'work accident or occupational disease' },
  },
  money('monthlyWage', '--monthly-wage <rupiah>', 'upah sebulan yang dilaporkan', 'reported monthly wage'),
  money(
    'dailyWage',
    '--daily-wage <rupiah>',
    'upah harian (× 30, keputusan D21)',
    'daily wage (× 30, decision D21)',
  ),
  money(
    'declaredIncome',
    '--declared-income <rupiah>',
    'penghasilan yang dilaporkan (BPU)',
    'declared income (BPU)',
  ),
  {
    key: 'membershipActive',
    flags: '--membership-active',
    kind: 'bool',
    help: { id: 'kepesertaan aktif pada tanggal kejadian', en: 'membership active on the date of the event' },
  },
  {
    key: 'membershipActive',
    flags: '--no-membership-active',
    kind: 'bool',
    help: { id: 'kepesertaan tidak aktif', en: 'membership not active' },
  },
  {
    key: 'employerArrearsMonths',
    flags: '--employer-arrears-months <months>',
    kind: 'int',
    help: {
      id: 'bulan tunggakan iuran pemberi kerja (PU, JAKON; keputusan D10)',
      en: "months of the employer's contribution arrears (PU, JAKON; decision D10)",
    },
  },
  date('claimDate', '--claim-date <YYYY-MM-DD>', 'tanggal klaim', 'claim date'),
  date(
    'employmentEndDate',
    '--employment-end-date <YYYY-MM-DD>',
    'akhir hubungan kerja (penyakit akibat kerja)',
    'end of employment (occupational disease)',
  ),
  date(
    'incapacity.from',
    '--incapacity-from <YYYY-MM-DD>',
    'awal tidak mampu bekerja (STMB)',
    'first day of incapacity (STMB)',
  ),
  date(
    'incapacity.to',
    '--incapacity-to <YYYY-MM-DD>',
    'hari terakhir tidak mampu bekerja',
    'last day of incapacity',
  ),
  {
    key: 'disability.type',
    flags: '--disability <type>',
    kind: 'string',
    choices: ['total', 'anatomical', 'functional'],
    help: { id: 'jenis cacat tetap', en: 'kind of permanent disability' },
  },
  {
    key: 'disability.row',
    flags: '--disability-row <row>',
    kind: 'string',
    help: {
      id: 'baris tabel cacat, misalnya right-arm-from-shoulder',
      en: 'disability table row, e.g. right-arm-from-shoulder',
    },
  },
  {
    key: 'disability.tableRate',
    flags: '--table-rate <rate>',
    kind: 'string',
    help: {
      id: 'persentase tabel sebagai pecahan (baris lain, keputusan D26)',
      en: 'table percentage as a fraction (other rows, decision D26)',
    },
  },
  {
    key: 'disability.functionLostRate',
    flags: '--function-lost-rate <rate>',
    kind: 'string',
    help: { id: 'bagian fungsi yang hilang (pecahan)', en: 'share of function lost (a fraction)' },
  },
  date(
    'disability.declaredOn',
    '--disability-declared-on <YYYY-MM-DD>',
    'tanggal penetapan cacat oleh dokter',
    "date of the doctor's disability declaration",
  ),
  money('transport.land', '--transport-land <rupiah>', 'biaya angkutan darat', 'land transport cost'),
  money('transport.sea', '--transport-sea <rupiah>', 'biaya angkutan laut', 'sea transport cost'),
  money('transport.air', '--transport-air <rupiah>', 'biaya angkutan udara', 'air transport cost'),
  money('homeCare', '--home-care <rupiah>', 'biaya perawatan di rumah', 'home care cost'),
  {
    key: 'children',
    flags: '--child <child>',
    kind: 'child',
    help: {
      id: 'anak (beasiswa cacat total), dapat diulang: TANGGAL-LAHIR[,JENJANG:TAHUN-MULAI...]',
      en: 'a child (total-disability scholarship), repeatable: BIRTH-DATE[,LEVEL:START-YEAR...]',
    },
  },
]

/** Moves dotted keys (`incapacity.from`) into nested objects, keeping what `--input` already put there. */
export function nestJkkInput(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    const dot = key.indexOf('.')
    if (dot < 0) {
      const prev = out[key]
      out[key] =
        prev !== null && typeof prev === 'object' && value !== null && typeof value === 'object'
          ? { ...value, ...prev }
          : value
      continue
    }
    const head = key.slice(0, dot)
    const prev = out[head]
    const base = prev !== null && typeof prev === 'object' ? (prev as Record<string, unknown>) : {}
    out[head] = { ...base, [key.slice(dot + 1)]: value }
  }
  return out
}

interface JkkLike {
  readonly status: string
  readonly regime: string
  readonly total: number
  readonly claimLastDay: string
  readonly missing: readonly string[]
  readonly stmb: { readonly total: number } | null
  readonly disability: { readonly type: string; readonly amount: number; readonly periodic: number } | null
  readonly items: readonly { readonly item: string; readonly amount: number }[]
  readonly scholarship: { readonly total: number; readonly maximum: number } | null
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

/** The JKK benefit as a table (one line per cash part) and CSV. */
export function renderJkk(result: unknown, lang: Lang): Rendered {
  const r = result as JkkLike
  const rows: [string, number][] = []
  const shown: [string, number][] = []
  if (r.stmb !== null) {
    rows.push(['STMB', r.stmb.total])
    shown.push(['STMB', r.stmb.total])
  }
  if (r.disability !== null) {
    // the CSV keeps its labels; the table names the kind of disability in the reader's language
    rows.push([
      `${lang === 'en' ? 'disability' : 'santunan cacat'} (${r.disability.type})`,
      r.disability.amount,
    ])
    const kind = label(lang, r.disability.type === 'total' ? 'total_disability' : r.disability.type)
    shown.push([`${t(lang, 'disabilityBenefit')} (${kind})`, r.disability.amount])
    if (r.disability.periodic > 0) {
      rows.push([lang === 'en' ? 'periodic benefit' : 'santunan berkala', r.disability.periodic])
      shown.push([t(lang, 'periodicBenefit'), r.disability.periodic])
    }
  }
  for (const i of r.items) {
    rows.push([i.item, i.amount])
    shown.push([i.item, i.amount])
  }
  rows.push([lang === 'en' ? 'total' : 'jumlah', r.total])
  shown.push([t(lang, 'total'), r.total])
  const scholarship =
    r.scholarship === null
      ? ''
      : `${t(lang, 'scholarship')}: ${rp(r.scholarship.total)} (${t(lang, 'scholarshipMaximum')} ${rp(r.scholarship.maximum)})`
  return {
    table: benefitText(lang, {
      status: r.status,
      missing: r.missing,
      facts: [
        ['regime', r.regime],
        ['claimLastDay', r.claimLastDay],
      ],
      body: [
        table(
          [t(lang, 'benefit'), t(lang, 'amount')],
          shown.map(([what, amount]) => [what, rp(amount)]),
        ),
        scholarship,
      ],
      reasons: r.reasons,
      warnings: r.warnings,
    }),
    csv: { columns: ['benefit', 'amount'], rows },
  }
}
