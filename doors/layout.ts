// The shapes of a priced payroll: `worker` (one row per worker: each program's amounts by payer, the JKK
// employer amount with its fund split, the totals) and `line` (one row per contribution line, then the
// worker's totals). Pure: the caller writes the cells as CSV, JSON or NDJSON.
import { formatRate, formatRupiahFor } from './numbers.js'

/** A contribution line as the library returns it (the fields the layouts show). */
export interface LineLike {
  readonly program: string
  readonly payer: string
  readonly amount: number
  readonly base?: number
  readonly rate?: string
  readonly fund?: string
  readonly gross?: number
  readonly deferred?: number
  readonly relief?: string
  readonly months?: number
  readonly perMonth?: number
  readonly part?: string
}

/** The part of a contribution result the layouts show. */
export interface ContributionLike {
  readonly category: string
  readonly period: string
  readonly lines: readonly LineLike[]
  readonly totals: Readonly<Record<string, number>>
}

export type Cell = string | number | undefined
export type LayoutName = 'worker' | 'line'

/** One priced row of the file: its line number, identity cells (`id`, `nik`, `name`), the wage as read. */
export interface PricedRow {
  readonly row: number
  readonly identity: readonly string[]
  readonly wage?: string | number | undefined
  readonly result: ContributionLike
}

export const PAYERS = ['employer', 'worker', 'participant', 'government'] as const
const TOTALS = [...PAYERS, 'total', 'deferred'] as const

/** Program × payer amount columns of the worker layout (what the library's categories produce). */
export const WORKER_AMOUNTS: readonly (readonly [string, string])[] = Object.freeze([
  ['JKK', 'employer'],
  ['JKK', 'participant'],
  ['JKM', 'employer'],
  ['JKM', 'participant'],
  ['JKK+JKM', 'participant'],
  ['JHT', 'employer'],
  ['JHT', 'worker'],
  ['JHT', 'participant'],
  ['JP', 'employer'],
  ['JP', 'worker'],
  ['JKP', 'government'],
])
/** The fund split of a program's amount (JKK after the JKP recomposition: part kept, part to the JKP fund). */
export const WORKER_FUNDS: readonly (readonly [string, string])[] = Object.freeze([
  ['JKK', 'JKK'],
  ['JKK', 'JKP'],
  ['JKM', 'JKM'],
  ['JKM', 'JKP'],
])

const amountColumn = ([program, payer]: readonly [string, string]) => `${program}_${payer}`
const fundColumn = ([program, fund]: readonly [string, string]) => `${program}_to_${fund}_fund`

/** CSV columns of contribution lines and totals (the single result and the payroll file share them). */
export const LINE_COLUMNS = [
  'record',
  'program',
  'payer',
  'fund',
  'base',
  'rate',
  'amount',
  'deferred',
  'relief',
  'months',
  'perMonth',
  'part',
  'gross',
] as const

/** Options of a layout: rates as percentages for people (`0,24%`) instead of the library's `0.0024`. */
export interface LayoutOptions {
  readonly ratesAsPercent?: 'id' | 'en'
}

/**
 * The rows of one result in the line layout: its lines, then one `total` row per payer that pays, then the total
 * (whose `deferred` cell is the PP 49/2020 JP amount owed later, when there is one). `gross` is the payer's
 * amount of a line split between funds (rate × base), on the line that carries it.
 */
export function lineRows(r: ContributionLike, o: LayoutOptions = {}): Cell[][] {
  const rate = (x: string | undefined) =>
    x === undefined || o.ratesAsPercent === undefined ? x : formatRate(x, o.ratesAsPercent)
  const rows: Cell[][] = r.lines.map((l) => [
    'line',
    l.program,
    l.payer,
    l.fund,
    l.base,
    rate(l.rate),
    l.amount,
    l.deferred,
    l.relief,
    l.months,
    l.perMonth,
    l.part,
    l.gross,
  ])
  for (const p of PAYERS)
    if ((r.totals[p] ?? 0) !== 0) rows.push(['total', '', p, '', '', '', r.totals[p], '', '', '', '', '', ''])
  const deferred = r.totals.deferred ?? 0
  rows.push(['total', '', 'total', '', '', '', r.totals.total, deferred === 0 ? '' : deferred, '', '', '', '', ''])
  return rows
}

/** A layout for a file whose identity columns are `identity` (those the file has, e.g. `['nik', 'name']`). */
export interface Layout {
  readonly columns: readonly string[]
  /** The output rows of one priced row. */
  rows(p: PricedRow): Cell[][]
  /** The grand-total rows, after every row (from what {@link Layout.rows} saw). */
  totals(): Cell[][]
  /** What the grand totals are made of so far (to add into the layout of another part of the same file). */
  sums(): (number | undefined)[]
  /** Adds the {@link Layout.sums} of another part of the file, priced with the same layout elsewhere. */
  addSums(other: readonly (number | undefined)[]): void
  /**
   * The worker layout only: {@link Layout.rows} made once for the rows that share a plan (the same lines,
   * other amounts), so that a large file is written without building each row's lines. `template` holds the
   * plan's lines with a slot index in place of each amount (`amount`, `gross`, `deferred`); the function gives
   * the row's cells from the amounts at `at + slot` and adds the row's totals into `totals`. Its cells are the
   * ones {@link Layout.rows} gives for the same lines and amounts, and it counts into the same grand totals.
   * The array it returns is the plan's own, overwritten by the next row: write or copy it before the next call.
   */
  readonly compile?: (template: PlanTemplate) => CompiledRow
}

/** The lines of a priced plan, each amount given as a slot index into an amounts array. */
export interface PlanTemplate {
  readonly category: string
  readonly period: string
  readonly lines: readonly LineLike[]
}

/** A plan's rows, from amounts: see {@link Layout.compile}. */
export type CompiledRow = (
  row: number,
  identity: readonly string[],
  wage: string | number | undefined,
  amounts: ArrayLike<number>,
  at: number,
  totals: Record<string, number>,
) => Cell[]

export function createLayout(name: LayoutName, identity: readonly string[], o: LayoutOptions = {}): Layout {
  return name === 'worker' ? workerLayout(identity) : lineLayout(identity, o)
}

function lineLayout(identity: readonly string[], o: LayoutOptions): Layout {
  const totals: Record<string, number> = Object.fromEntries(TOTALS.map((k) => [k, 0]))
  const blank = identity.map(() => '')
  return {
    columns: ['row', ...identity, 'period', 'category', ...LINE_COLUMNS],
    rows(p) {
      for (const k of TOTALS) totals[k] = (totals[k] ?? 0) + (p.result.totals[k] ?? 0)
      const head = [p.row, ...p.identity, p.result.period, p.result.category]
      return lineRows(p.result, o).map((cells) => [...head, ...cells])
    },
    sums: () => TOTALS.map((k) => totals[k]),
    addSums(other) {
      TOTALS.forEach((k, i) => (totals[k] = (totals[k] ?? 0) + (other[i] ?? 0)))
    },
    totals() {
      const rows: Cell[][] = []
      for (const p of [...PAYERS, 'total'] as const)
        if (p === 'total' || totals[p] !== 0) {
          const deferred = p === 'total' && totals.deferred !== 0 ? totals.deferred : ''
          rows.push(['', ...blank, '', '', 'grand-total', '', p, '', '', '', totals[p], deferred, '', '', '', '', ''])
        }
      return rows
    },
  }
}

function workerLayout(identity: readonly string[]): Layout {
  const amountCols = WORKER_AMOUNTS.map(amountColumn)
  const fundCols = WORKER_FUNDS.map(fundColumn)
  // program → payer (or fund) → column index: no string built per line
  const index = (pairs: readonly (readonly [string, string])[]) => {
    const m = new Map<string, Map<string, number>>()
    pairs.forEach(([a, b], i) => m.set(a, (m.get(a) ?? new Map<string, number>()).set(b, i)))
    return m
  }
  const amountAt = index(WORKER_AMOUNTS)
  const fundAt = index(WORKER_FUNDS)
  // the fund columns of each program (a split shows only when both parts are there)
  const fundGroups = [...new Set(WORKER_FUNDS.map(([p]) => p))].map((p) =>
    WORKER_FUNDS.flatMap(([q], i) => (q === p ? [i] : [])),
  )
  const sums = new Array<number | undefined>(amountCols.length + 1 + fundCols.length + TOTALS.length)
  const nA = amountCols.length
  const nF = fundCols.length
  const head = 1 + identity.length
  const a0 = head + 3
  const f0 = a0 + nA + 1
  const t0 = f0 + nF
  const width = t0 + TOTALS.length
  const addSums = (cells: readonly Cell[]) => {
    for (let i = a0; i < cells.length; i++) {
      const v = cells[i] as number | undefined
      if (v !== undefined) sums[i - a0] = (sums[i - a0] ?? 0) + v
    }
  }
  /** Per line of a plan: its amount cell, its fund cell (-1: none, or a split not whole), its payer's total. */
  const compile = (template: PlanTemplate): CompiledRow => {
    const lines = template.lines
    const n = lines.length
    const amountCell = new Int32Array(n)
    const fundCell = new Int32Array(n).fill(-1)
    const payerOf = new Int32Array(n)
    const amountSlot = new Int32Array(n)
    const deferredSlot = new Int32Array(n).fill(-1)
    const funds = new Set<number>()
    lines.forEach((l, j) => {
      const i = amountAt.get(l.program)?.get(l.payer)
      amountCell[j] = i === undefined ? a0 + nA : a0 + i
      const f = l.fund === undefined ? undefined : fundAt.get(l.program)?.get(l.fund)
      if (f !== undefined) {
        fundCell[j] = f0 + f
        funds.add(f)
      }
      const payer = PAYERS.indexOf(l.payer as (typeof PAYERS)[number])
      // totalsOf: any payer not named is the government's
      payerOf[j] = payer < 0 ? 3 : payer
      amountSlot[j] = l.amount
      if (l.deferred !== undefined) deferredSlot[j] = l.deferred
    })
    // a fund split shows only when both parts are there: the same for every row of the plan
    for (const group of fundGroups)
      if (!group.every((i) => funds.has(i))) for (let j = 0; j < n; j++) if (group.includes((fundCell[j] as number) - f0)) fundCell[j] = -1
    const t = new Float64Array(5)
    // one array for every row of the plan, cleared each time (the caller writes or copies it at once)
    const cells = new Array<Cell>(width)
    return (row, ids, wage, amounts, at, totals) => {
      cells.fill(undefined)
      cells[0] = row
      for (let i = 0; i < ids.length; i++) cells[1 + i] = ids[i]
      cells[head] = template.period
      cells[head + 1] = template.category
      cells[head + 2] = wage
      t.fill(0)
      for (let j = 0; j < n; j++) {
        const v = amounts[at + (amountSlot[j] as number)] as number
        const c = amountCell[j] as number
        cells[c] = ((cells[c] as number | undefined) ?? 0) + v
        const fc = fundCell[j] as number
        if (fc >= 0) cells[fc] = ((cells[fc] as number | undefined) ?? 0) + v
        const k = payerOf[j] as number
        t[k] = (t[k] as number) + v
        const d = deferredSlot[j] as number
        if (d >= 0) t[4] = (t[4] as number) + (amounts[at + d] as number)
      }
      const [employer = 0, worker = 0, participant = 0, government = 0, deferred = 0] = t
      const total = employer + worker + participant + government
      // TOTALS: employer, worker, participant, government, total, deferred
      cells[t0] = employer
      cells[t0 + 1] = worker
      cells[t0 + 2] = participant
      cells[t0 + 3] = government
      cells[t0 + 4] = total
      cells[t0 + 5] = deferred
      totals.employer = (totals.employer ?? 0) + employer
      totals.worker = (totals.worker ?? 0) + worker
      totals.participant = (totals.participant ?? 0) + participant
      totals.government = (totals.government ?? 0) + government
      totals.total = (totals.total ?? 0) + total
      totals.deferred = (totals.deferred ?? 0) + deferred
      addSums(cells)
      return cells
    }
  }
  return {
    columns: ['row', ...identity, 'period', 'category', 'wage', ...amountCols, 'other', ...fundCols, ...TOTALS],
    compile,
    rows(p) {
      // the cells after the identity: period, category, wage, amounts, other, funds, totals
      const cells = new Array<Cell>(width)
      cells[0] = p.row
      for (let i = 0; i < p.identity.length; i++) cells[1 + i] = p.identity[i]
      cells[head] = p.result.period
      cells[head + 1] = p.result.category
      cells[head + 2] = p.wage
      const lines = p.result.lines
      for (let j = 0; j < lines.length; j++) {
        const l = lines[j] as LineLike
        const i = amountAt.get(l.program)?.get(l.payer)
        const at = i === undefined ? a0 + nA : a0 + i
        cells[at] = ((cells[at] as number | undefined) ?? 0) + l.amount
        if (l.fund !== undefined) {
          const f = fundAt.get(l.program)?.get(l.fund)
          if (f !== undefined) cells[f0 + f] = ((cells[f0 + f] as number | undefined) ?? 0) + l.amount
        }
      }
      // a fund split shows only when both parts are there
      for (const group of fundGroups) {
        let whole = true
        for (const i of group) if (cells[f0 + i] === undefined) whole = false
        if (!whole) for (const i of group) cells[f0 + i] = undefined
      }
      for (let i = 0; i < TOTALS.length; i++) cells[t0 + i] = p.result.totals[TOTALS[i] as string] ?? 0
      addSums(cells)
      return [cells]
    },
    totals() {
      return [['total', ...identity.map(() => ''), '', '', '', ...sums]]
    },
    sums: () => [...sums],
    addSums(other) {
      other.forEach((v, i) => {
        if (v !== undefined) sums[i] = (sums[i] ?? 0) + v
      })
    },
  }
}

/**
 * The fund split of a result in words, one sentence per split amount, e.g. (en) `JKK: 0.54% × Rp12,000,000 =
 * Rp64,800, of which Rp7,000 to the JKP fund` — so that a person does not read the kept part (Rp57,800) as a
 * wrong rate × wage. Empty when nothing is split.
 */
export function splitSentences(r: Pick<ContributionLike, 'lines'>, locale: 'id' | 'en'): string[] {
  const out: string[] = []
  for (const kept of r.lines) {
    if (kept.gross === undefined || kept.fund === undefined) continue
    const parts = r.lines.filter(
      (l) => l !== kept && l.program === kept.program && l.payer === kept.payer && l.fund !== undefined && l.fund !== kept.fund,
    )
    if (parts.length === 0) continue
    const rp = (n: number) => formatRupiahFor(n, locale)
    const of = parts
      .map((l) => (locale === 'id' ? `${rp(l.amount)} ke dana ${l.fund}` : `${rp(l.amount)} to the ${l.fund} fund`))
      .join(locale === 'id' ? ' dan ' : ' and ')
    const rate = kept.rate === undefined ? '' : `${formatRate(kept.rate, locale)} × `
    const base = kept.base === undefined ? '' : `${rp(kept.base)} = `
    out.push(`${kept.program}: ${rate}${base}${rp(kept.gross)}, ${locale === 'id' ? 'di antaranya' : 'of which'} ${of}`)
  }
  return out
}
