// How each kind of result is shown: a table for people and rows for CSV. The result shapes are those of
// the public contract (shared/design/api.md); fields a result does not have are simply not shown.
import { LINE_COLUMNS, lineRows, splitSentences } from '../doors/index.js'
import { formatCitation, type Citation, type Warning } from './api.js'
import { t, type Lang } from './messages.js'
import { label, pairs, percent, rp, table, warningsBlock, type Rendered } from './output.js'

const PAYERS = ['employer', 'worker', 'participant', 'government'] as const

interface Line {
  readonly program: string
  readonly payer: string
  readonly base?: number
  readonly rate?: string
  readonly amount: number
  readonly fund?: string
  readonly deferred?: number
  readonly relief?: string
  readonly months?: number
  readonly perMonth?: number
  readonly from?: string
  readonly to?: string
  readonly part?: string
  readonly tiers?: readonly unknown[]
}

/** The part of a contribution result the CLI shows. */
export interface ContributionLike {
  readonly category: string
  readonly period: string
  readonly lines: readonly Line[]
  readonly totals: Readonly<Record<string, number>>
  readonly warnings?: readonly Warning[]
}

/** CSV columns of contribution lines and totals (single result and payroll file share them). */
export const CONTRIBUTION_COLUMNS = LINE_COLUMNS

/** The CSV rows of one contribution result (see the doors' line layout). */
export function contributionRows(r: ContributionLike): unknown[][] {
  return lineRows(r)
}

/** What a line adds to its program × payer: months paid, part of the PMI protection, relief, tiers. */
function lineNote(l: Line, lang: Lang): string {
  const notes: string[] = []
  if (l.part !== undefined) notes.push(label(lang, l.part))
  if (l.months !== undefined && l.perMonth !== undefined) notes.push(`${l.months} × ${rp(l.perMonth)}`)
  else if (l.months !== undefined) notes.push(`${l.months} ${t(lang, 'monthsShort')}`)
  if (l.from !== undefined && l.to !== undefined && l.from !== l.to) notes.push(`${l.from}–${l.to}`)
  if (l.tiers !== undefined) notes.push(`${l.tiers.length} ${t(lang, 'tiers')}`)
  if (l.relief !== undefined) notes.push(`${t(lang, 'relief')} ${formatCitation({ source: l.relief })}`)
  if (l.deferred !== undefined && l.deferred !== 0) notes.push(`${t(lang, 'deferred')} ${rp(l.deferred)}`)
  return notes.join('; ')
}

export function renderContribution(r: ContributionLike, lang: Lang): Rendered {
  const head = pairs([
    [t(lang, 'category'), r.category],
    [t(lang, 'period'), r.period],
  ])
  // the "to fund" and "note" columns only when a line uses them
  const withFund = r.lines.some((l) => l.fund !== undefined)
  const notes = r.lines.map((l) => lineNote(l, lang))
  const withNote = notes.some((n) => n !== '')
  const lines = table(
    [
      t(lang, 'program'),
      t(lang, 'payer'),
      ...(withFund ? [t(lang, 'fund')] : []),
      t(lang, 'base'),
      t(lang, 'rate'),
      t(lang, 'amount'),
      ...(withNote ? [t(lang, 'note')] : []),
    ],
    r.lines.map((l, i) => [
      l.program,
      label(lang, l.payer),
      ...(withFund ? [l.fund ?? ''] : []),
      l.base === undefined ? '' : rp(l.base),
      percent(l.rate, lang),
      rp(l.amount),
      ...(withNote ? [notes[i] ?? ''] : []),
    ]),
  )
  const totals = table(
    [t(lang, 'payer'), t(lang, 'amount')],
    [
      ...PAYERS.filter((p) => (r.totals[p] ?? 0) !== 0).map((p) => [label(lang, p), rp(r.totals[p])]),
      [t(lang, 'total'), rp(r.totals.total)],
    ],
  )
  return {
    table: [
      head,
      '',
      `${t(lang, 'lines')}:`,
      lines,
      // a line split between funds, in words (the kept part alone looks like a wrong rate × wage)
      ...splitSentences(r, lang).map((s) => `  ${s}`),
      '',
      `${t(lang, 'totals')}:`,
      totals,
      ...warningsBlock(r.warnings, lang),
    ].join('\n'),
    csv: {
      columns: ['period', ...CONTRIBUTION_COLUMNS],
      rows: contributionRows(r).map((row) => [r.period, ...row]),
    },
  }
}

export interface Reason {
  readonly code: string
  readonly message: string
  readonly legal?: unknown
}

function legalText(legal: unknown, lang: Lang): string {
  if (legal === undefined || legal === null) return ''
  const list: unknown[] = Array.isArray(legal) ? legal : [legal]
  const texts = list.map((c) => {
    if (typeof c === 'string') return c
    if (c !== null && typeof c === 'object' && typeof (c as { source?: unknown }).source === 'string')
      return formatCitation(c as Citation, lang)
    return String(c)
  })
  const unique = [...new Set(texts)]
  return unique.length === 0 ? '' : ` (${unique.join('; ')})`
}

export function reasonsBlock(reasons: readonly Reason[] | undefined, lang: Lang, indent = '  '): string[] {
  if (reasons === undefined || reasons.length === 0) return []
  return reasons.map((x) => `${indent}- [${x.code}] ${x.message}${legalText(x.legal, lang)}`)
}

/** The part of a death-benefit result (JKM or JKK) the CLI shows. */
export interface DeathBenefitLike {
  readonly payable: boolean
  readonly status?: string
  readonly missing?: readonly string[]
  readonly regime?: string
  readonly basis?: string
  readonly firstPayer?: string | null
  readonly monthlyWage?: number
  readonly lumpSumFromWage?: number
  readonly floorApplied?: boolean
  readonly lumpSum: number
  readonly periodic: number
  readonly funeral: number
  readonly total: number
  readonly scholarship?: {
    readonly eligible: boolean
    readonly children: readonly {
      readonly index: number
      readonly name?: string
      readonly selected?: boolean
      readonly payments: readonly {
        readonly year: number
        readonly schoolYear?: string
        readonly level: string | null
        readonly amount: number
        readonly payableFrom?: string
        readonly backlog?: boolean
      }[]
      readonly total: number
      readonly reasons?: readonly Reason[]
    }[]
    readonly total: number
    readonly maximum: number
    readonly reasons?: readonly Reason[]
  }
  readonly reasons?: readonly Reason[]
  readonly warnings?: readonly Warning[]
}

export function renderDeathBenefit(r: DeathBenefitLike, lang: Lang): Rendered {
  const yn = (b: boolean) => t(lang, b ? 'yes' : 'no')
  const head: [string, string][] = [
    r.status === undefined ? [t(lang, 'payable'), yn(r.payable)] : [t(lang, 'status'), label(lang, r.status)],
  ]
  if (r.missing !== undefined && r.missing.length > 0) head.push([t(lang, 'missing'), r.missing.join(', ')])
  if (r.regime !== undefined) head.push([t(lang, 'regime'), r.regime])
  if (r.basis !== undefined) head.push([t(lang, 'basis'), r.basis])
  if (r.monthlyWage !== undefined) head.push([t(lang, 'monthlyWage'), rp(r.monthlyWage)])
  if (r.firstPayer !== undefined && r.firstPayer !== null)
    head.push([t(lang, 'firstPayer'), label(lang, r.firstPayer)])
  const out: string[] = [
    pairs(head),
    '',
    table(
      ['', t(lang, 'amount')],
      [
        [t(lang, 'lumpSum'), rp(r.lumpSum)],
        [t(lang, 'periodic'), rp(r.periodic)],
        [t(lang, 'funeral'), rp(r.funeral)],
        [t(lang, 'total'), rp(r.total)],
      ],
    ),
  ]
  const rows: unknown[][] = [
    ['lumpSum', '', '', '', '', r.lumpSum],
    ['periodic', '', '', '', '', r.periodic],
    ['funeral', '', '', '', '', r.funeral],
    ['total', '', '', '', '', r.total],
  ]
  const s = r.scholarship
  if (s !== undefined) {
    out.push(
      '',
      `${t(lang, 'scholarship')}: ${yn(s.eligible)} — ${t(lang, 'total')} ${rp(s.total)} (${t(lang, 'scholarshipMaximum')} ${rp(s.maximum)})`,
    )
    const pay = s.children.flatMap((c) =>
      c.payments.map((p) => [
        c.name ?? String(c.index + 1),
        p.schoolYear ?? String(p.year),
        p.level ?? '',
        p.payableFrom ?? '',
        rp(p.amount),
      ]),
    )
    if (pay.length > 0)
      out.push(
        table(
          [t(lang, 'child'), t(lang, 'year'), t(lang, 'level'), t(lang, 'payableFrom'), t(lang, 'amount')],
          pay,
        ),
      )
    for (const c of s.children)
      for (const p of c.payments)
        rows.push(['scholarship', c.index + 1, p.year, p.level ?? '', p.payableFrom ?? '', p.amount])
    rows.push(['scholarshipTotal', '', '', '', '', s.total])
    const childReasons = s.children.flatMap((c) =>
      (c.reasons ?? []).map((x) => ({
        ...x,
        message: `${t(lang, 'child')} ${c.name ?? c.index + 1}: ${x.message}`,
      })),
    )
    const sr = [...(s.reasons ?? []), ...childReasons]
    if (sr.length > 0) out.push(...reasonsBlock(sr, lang))
  }
  if (r.reasons !== undefined && r.reasons.length > 0)
    out.push('', `${t(lang, 'reasons')}:`, ...reasonsBlock(r.reasons, lang))
  out.push(...warningsBlock(r.warnings, lang))
  return {
    table: out.join('\n'),
    csv: { columns: ['record', 'child', 'year', 'level', 'payableFrom', 'amount'], rows },
  }
}

/** The part of an eligibility result the CLI shows. */
export interface EligibilityLike {
  readonly category: string | null
  readonly categoryStatus?: string
  readonly segment?: string | null
  readonly categoryReasons?: readonly Reason[]
  readonly categoryMissing?: readonly string[]
  readonly programs: readonly {
    readonly program: string
    readonly status: string
    readonly reasons?: readonly Reason[]
    readonly missing?: readonly string[]
  }[]
  readonly age?: {
    readonly years: number
    readonly jpPensionAge: number
    readonly jpPensionAgeReachedOn: string
    readonly jpRegistrationUntil: string
    readonly workingAge?: { readonly status: string; readonly reasons?: readonly Reason[] }
  }
  readonly bpuRegistrationAge?: { readonly status: string; readonly reasons?: readonly Reason[] }
  readonly warnings?: readonly Warning[]
}

export function renderEligibility(r: EligibilityLike, lang: Lang): Rendered {
  const head: [string, string][] = [[t(lang, 'category'), r.category ?? t(lang, 'none')]]
  if (r.categoryStatus !== undefined) head.push([t(lang, 'categoryStatus'), label(lang, r.categoryStatus)])
  if (r.segment !== undefined && r.segment !== null) head.push([t(lang, 'segment'), r.segment])
  if (r.categoryMissing !== undefined && r.categoryMissing.length > 0)
    head.push([t(lang, 'missing'), r.categoryMissing.join(', ')])
  if (r.age !== undefined) {
    head.push([t(lang, 'ageYears'), String(r.age.years)])
    head.push([t(lang, 'jpPensionAge'), `${r.age.jpPensionAge} (${r.age.jpPensionAgeReachedOn})`])
    head.push([t(lang, 'jpRegistrationUntil'), r.age.jpRegistrationUntil])
  }
  if (r.bpuRegistrationAge !== undefined)
    head.push([t(lang, 'bpuRegistrationAge'), label(lang, r.bpuRegistrationAge.status)])
  const out: string[] = [pairs(head)]
  if (r.categoryReasons !== undefined && r.categoryReasons.length > 0)
    out.push(...reasonsBlock(r.categoryReasons, lang))
  out.push(
    '',
    table(
      [t(lang, 'program'), t(lang, 'status'), t(lang, 'missing')],
      r.programs.map((p) => [p.program, label(lang, p.status), (p.missing ?? []).join(', ')]),
    ),
  )
  for (const p of r.programs)
    if (p.reasons !== undefined && p.reasons.length > 0)
      out.push('', `${p.program}:`, ...reasonsBlock(p.reasons, lang))
  const extra = [...(r.age?.workingAge?.reasons ?? []), ...(r.bpuRegistrationAge?.reasons ?? [])]
  if (extra.length > 0) out.push('', `${t(lang, 'reasons')}:`, ...reasonsBlock(extra, lang))
  out.push(...warningsBlock(r.warnings, lang))
  return {
    table: out.join('\n'),
    csv: {
      columns: ['category', 'categoryStatus', 'program', 'status', 'reasons', 'missing'],
      rows: r.programs.map((p) => [
        r.category ?? '',
        r.categoryStatus ?? '',
        p.program,
        p.status,
        (p.reasons ?? []).map((x) => x.code).join(';'),
        (p.missing ?? []).join(';'),
      ]),
    },
  }
}

/** A focused check (JKP registration or claim, JKM claim, scholarship, JP pension age). */
export interface CheckLike {
  readonly status?: string
  readonly conditions?: readonly {
    readonly id: string
    readonly status: string
    readonly reasons?: readonly Reason[]
    readonly missing?: readonly string[]
  }[]
  readonly reasons?: readonly Reason[]
  readonly missing?: readonly string[]
  readonly warnings?: readonly Warning[]
  readonly [field: string]: unknown
}

const SKIP = new Set(['status', 'conditions', 'reasons', 'missing', 'warnings', 'explanation'])

export function renderCheck(r: CheckLike, lang: Lang): Rendered {
  const head: [string, string][] = []
  if (r.status !== undefined) head.push([t(lang, 'status'), label(lang, r.status)])
  if (r.missing !== undefined && r.missing.length > 0) head.push([t(lang, 'missing'), r.missing.join(', ')])
  // the check's own facts (pension age, deadline, entitlement…): every plain field of the result
  const facts = Object.entries(r).filter(
    ([k, v]) => !SKIP.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
  )
  for (const [k, v] of facts) head.push([k, typeof v === 'string' ? label(lang, v) : String(v)])
  const out: string[] = [pairs(head)]
  const conditions = r.conditions ?? []
  if (conditions.length > 0) {
    out.push(
      '',
      table(
        [t(lang, 'condition'), t(lang, 'status'), t(lang, 'missing')],
        conditions.map((c) => [c.id, label(lang, c.status), (c.missing ?? []).join(', ')]),
      ),
    )
  }
  if (r.reasons !== undefined && r.reasons.length > 0)
    out.push('', `${t(lang, 'reasons')}:`, ...reasonsBlock(r.reasons, lang))
  out.push(...warningsBlock(r.warnings, lang))
  const rows: unknown[][] = [
    ...facts.map(([k, v]) => ['fact', k, v, '', '']),
    ...conditions.map((c) => [
      'condition',
      c.id,
      c.status,
      (c.reasons ?? []).map((x) => x.code).join(';'),
      (c.missing ?? []).join(';'),
    ]),
  ]
  if (r.status !== undefined) rows.unshift(['status', '', r.status, '', (r.missing ?? []).join(';')])
  return { table: out.join('\n'), csv: { columns: ['record', 'id', 'value', 'reasons', 'missing'], rows } }
}

/** The part of a coverage-program plan the CLI shows. */
export interface PlanLike {
  readonly cohorts: readonly {
    readonly name: string
    readonly workers: number
    readonly premiumPerWorkerPerMonth: number
    readonly total: number
  }[]
  readonly schedule: readonly {
    readonly period: string
    readonly total: number
    readonly byCohort: Readonly<Record<string, number>>
  }[]
  readonly total: number
  readonly coverage?: Readonly<Record<string, number>>
  readonly expectedBenefits?: { readonly deaths: number; readonly amount: number }
  readonly warnings?: readonly Warning[]
}

export function renderPlan(r: PlanLike, lang: Lang): Rendered {
  const names = r.cohorts.map((c) => c.name)
  const out: string[] = [
    table(
      [t(lang, 'cohort'), t(lang, 'workers'), t(lang, 'premiumPerWorkerPerMonth'), t(lang, 'total')],
      r.cohorts.map((c) => [c.name, String(c.workers), rp(c.premiumPerWorkerPerMonth), rp(c.total)]),
    ),
    '',
    `${t(lang, 'schedule')}:`,
    table(
      [t(lang, 'period'), ...names, t(lang, 'total')],
      r.schedule.map((s) => [s.period, ...names.map((n) => rp(s.byCohort[n] ?? 0)), rp(s.total)]),
    ),
    '',
    pairs([[t(lang, 'grandTotal'), rp(r.total)]]),
  ]
  const rows: unknown[][] = [
    ...r.cohorts.map((c) => ['cohort', '', c.name, c.workers, c.premiumPerWorkerPerMonth, c.total]),
    ...r.schedule.flatMap((s) => [
      ...names.map((n) => ['schedule', s.period, n, '', '', s.byCohort[n] ?? 0]),
      ['schedule', s.period, '', '', '', s.total],
    ]),
    ['total', '', '', '', '', r.total],
  ]
  if (r.coverage !== undefined) {
    const c = r.coverage
    const keys = [
      'coveredBefore',
      'coveredAfter',
      'potential',
      'ratioBefore',
      'ratioAfter',
      'gap',
      'costToCloseGap',
    ] as const
    out.push(
      '',
      `${t(lang, 'coverage')}:`,
      pairs(
        keys
          .filter((k) => c[k] !== undefined)
          .map(
            (k) =>
              [
                t(lang, k),
                k === 'costToCloseGap'
                  ? rp(c[k])
                  : k.startsWith('ratio')
                    ? percent(String(c[k]), lang)
                    : String(c[k]),
              ] as [string, string],
          ),
      ),
    )
    for (const k of keys) if (c[k] !== undefined) rows.push([`coverage.${k}`, '', '', '', '', c[k]])
  }
  if (r.expectedBenefits !== undefined) {
    out.push(
      '',
      `${t(lang, 'expectedBenefits')}:`,
      pairs([
        [t(lang, 'deaths'), String(r.expectedBenefits.deaths)],
        [t(lang, 'amount'), rp(r.expectedBenefits.amount)],
      ]),
    )
    rows.push(['expectedBenefits.deaths', '', '', '', '', r.expectedBenefits.deaths])
    rows.push(['expectedBenefits.amount', '', '', '', '', r.expectedBenefits.amount])
  }
  out.push(...warningsBlock(r.warnings, lang))
  return {
    table: out.join('\n'),
    csv: { columns: ['record', 'period', 'cohort', 'workers', 'premiumPerWorkerPerMonth', 'amount'], rows },
  }
}
