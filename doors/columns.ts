// Column tables: the columns a people-facing file may have, the names people give them (Indonesian and
// English), the words they write in them, and how each cell is read. One table per row schema (payroll,
// roster…); the docs print the table itself (`describeColumns`), so docs and reader never drift apart.

/** How a cell is read. `money`: a number as people write it (see numbers.ts); `text` kept as written (a NIK
 *  stays text); `int` whole number; `bool` yes/no words; `enum` one of the table's words; `list` words
 *  separated by `,` `;` `|` or spaces. */
export type ColumnKind = 'text' | 'money' | 'int' | 'bool' | 'enum' | 'list'

export interface ColumnSpec {
  /** The field the column fills (the library's input name, or an identity column such as `nik`). */
  readonly key: string
  readonly kind: ColumnKind
  /** Other header names accepted (compared without case, spaces, `_`, `-`, `.`). */
  readonly aliases?: readonly string[]
  /** For `enum` and `list`: the value each word stands for (`sedang` → `medium`); compared without case. */
  readonly words?: Readonly<Record<string, string>>
  /** One line of documentation, in Indonesian and English. */
  readonly doc: { readonly id: string; readonly en: string }
}

export type ColumnTable = readonly ColumnSpec[]

/** Words for yes and no, in every `bool` column. */
export const YES_WORDS: readonly string[] = Object.freeze(['ya', 'y', 'yes', 'true', 'benar', '1'])
export const NO_WORDS: readonly string[] = Object.freeze(['tidak', 't', 'no', 'n', 'false', 'salah', '0'])

/** A header cell as compared: lower case, letters and digits only (`Kelas Risiko JKK` → `kelasrisikojkk`). */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '')
}

/** What a header row means for a table. */
export interface HeaderMap {
  /** For each cell of the header: the column spec it fills, or `undefined` (a column not in the table). */
  readonly columns: readonly (ColumnSpec | undefined)[]
  /** Header cells not in the table, as written. */
  readonly unknown: readonly string[]
  /** Two or more header cells that fill the same field: each group as written (`['wage', 'upah']`). */
  readonly duplicates: readonly (readonly string[])[]
}

/** Maps a header row onto a table: known names and aliases, unknown columns, and duplicates. */
export function mapHeader(table: ColumnTable, header: readonly string[]): HeaderMap {
  const byName = new Map<string, ColumnSpec>()
  for (const spec of table)
    for (const name of [spec.key, ...(spec.aliases ?? [])]) byName.set(normalizeHeader(name), spec)
  const columns = header.map((h) => byName.get(normalizeHeader(h)))
  const seen = new Map<string, string[]>()
  columns.forEach((c, i) => {
    if (c !== undefined) seen.set(c.key, [...(seen.get(c.key) ?? []), header[i] ?? ''])
  })
  return {
    columns,
    unknown: header.filter((h, i) => columns[i] === undefined && h.trim() !== ''),
    duplicates: [...seen.values()].filter((names) => names.length > 1),
  }
}

/** The value a word stands for in a column (`sedang` → `medium`; spaces and `_` read as `-`), or the word as written when unknown (the
 *  library then refuses it with its own message; never guessed). */
export function readWord(spec: ColumnSpec, word: string): string {
  const w = word.trim()
  const found = spec.words?.[w.toLowerCase().replace(/[\s_-]+/g, '-')]
  return found ?? w
}

/** A yes/no cell: `true`, `false`, or `undefined` when the word is not a yes/no word. */
export function readBool(cell: string): boolean | undefined {
  const w = cell.trim().toLowerCase()
  if (YES_WORDS.includes(w)) return true
  if (NO_WORDS.includes(w)) return false
  return undefined
}

/** Words of a list cell: `JKK, JKM; JHT` → `['JKK', 'JKM', 'JHT']`, each read through the column's words. */
export function readList(spec: ColumnSpec, cell: string): string[] {
  return cell
    .split(/[\s,;|]+/)
    .filter((s) => s !== '')
    .map((s) => readWord(spec, s))
}

/** The table as rows for documentation: column, other names, what it holds, and the words it takes. */
export function describeColumns(
  table: ColumnTable,
  locale: 'id' | 'en',
): { column: string; aliases: string; kind: ColumnKind; meaning: string; words: string }[] {
  return table.map((spec) => {
    const groups = new Map<string, string[]>()
    for (const [word, value] of Object.entries(spec.words ?? {}))
      if (word !== value.toLowerCase()) groups.set(value, [...(groups.get(value) ?? []), word])
    const words =
      spec.kind === 'bool'
        ? `${YES_WORDS.join('/')} | ${NO_WORDS.join('/')}`
        : [...groups.entries()].map(([v, ws]) => `${v}: ${ws.join('/')}`).join('; ')
    return {
      column: spec.key,
      aliases: (spec.aliases ?? []).join(', '),
      kind: spec.kind,
      meaning: spec.doc[locale],
      words,
    }
  })
}
