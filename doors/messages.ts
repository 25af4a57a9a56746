// The doors' own messages (file, header and cell problems), in Indonesian and English. Numbers in a message
// are written in the message's language (`1.234` / `1,234`).
import { formatDecimal } from './numbers.js'

export type Locale = 'id' | 'en'

/** A message in both languages, as the library's issues carry them. */
export interface Messages {
  readonly id: string
  readonly en: string
}

const FORMAT_EXAMPLES: Record<string, Messages> = {
  id: { id: 'Indonesia (14.146.000 atau Rp 14.146.000,00)', en: 'Indonesian (14.146.000 or Rp 14.146.000,00)' },
  en: { id: 'Inggris (14,146,000 atau 14146000.00)', en: 'English (14,146,000 or 14146000.00)' },
  plain: { id: 'angka polos (14146000 atau 14146000.50)', en: 'plain (14146000 or 14146000.50)' },
}

const CATALOGUE = {
  ROW_CELL_COUNT: {
    id: 'baris ini punya {cells} sel, header punya {expected}; baris dilewati',
    en: 'this row has {cells} cells, the header has {expected}; row skipped',
  },
  NUMBER_UNREADABLE: {
    id: 'kolom {column}: "{cell}" bukan angka dalam format {format}',
    en: 'column {column}: "{cell}" is not a number written {format}',
  },
  NUMBER_TOO_PRECISE: {
    id: 'kolom {column}: "{cell}" dibaca {value}, lebih dari dua angka desimal; jumlah rupiah paling banyak dua (sen)',
    en: 'column {column}: "{cell}" reads as {value}, more than two decimals; a rupiah amount has at most two (sen)',
  },
  NUMBER_FORMAT_MIXED: {
    id: 'Kolom {column} mencampur angka gaya Indonesia ("{a}" di baris {lineA}) dan gaya Inggris ("{b}" di baris {lineB}). Tentukan cara membacanya dengan --number-format id atau --number-format en.',
    en: 'Column {column} mixes Indonesian-style numbers ("{a}" on line {lineA}) and English-style numbers ("{b}" on line {lineB}). Say how to read it with --number-format id or --number-format en.',
  },
  NUMBER_FORMAT_AMBIGUOUS: {
    id: 'Kolom {column}: "{a}" (baris {lineA}) dapat berarti Rp{asId} (gaya Indonesia) atau Rp{asEn} (gaya Inggris), dan tidak ada angka lain di kolom itu yang memastikannya. Tentukan dengan --number-format id atau --number-format en.',
    en: 'Column {column}: "{a}" (line {lineA}) can mean Rp{asId} (Indonesian style) or Rp{asEn} (English style), and no other number in the column settles it. Say which with --number-format id or --number-format en.',
  },
  DUPLICATE_COLUMNS: {
    id: 'Header memuat kolom yang sama lebih dari sekali: {groups}. Hapus salah satunya (kolom terakhir tidak akan diam-diam dipakai).',
    en: 'The header has the same column more than once: {groups}. Remove one of them (the last one is never silently used).',
  },
  MISSING_AMOUNT_COLUMN: {
    id: 'Header tidak memuat kolom upah (wage/upah/gaji), penghasilan, nilai kontrak atau lama kontrak. Header yang terbaca: {header}.',
    en: 'The header has no wage (wage/upah/gaji), declared income, contract value or contract length column. Header read: {header}.',
  },
  UNKNOWN_COLUMNS: {
    id: 'Kolom tidak dikenal diabaikan: {columns}.',
    en: 'Unknown columns ignored: {columns}.',
  },
  EMPTY_FILE: { id: 'Berkas kosong: tidak ada header.', en: 'The file is empty: no header.' },
  CSV_UNCLOSED_QUOTE: {
    id: 'Tanda kutip yang dibuka di baris {line} tidak pernah ditutup; berkas tidak dapat dibaca sampai akhir.',
    en: 'A quote opened on line {line} is never closed; the file cannot be read to its end.',
  },
  CSV_BINARY: {
    id: 'Berkas ini bukan teks CSV (byte biner di baris {line}). Simpan lembar kerja sebagai CSV terlebih dahulu.',
    en: 'This file is not CSV text (binary bytes on line {line}). Save the spreadsheet as CSV first.',
  },
  CSV_CELL_TOO_LONG: {
    id: 'Sel yang dimulai di baris {line} melebihi {limit} karakter; berkas ini bukan CSV yang wajar.',
    en: 'A cell starting on line {line} exceeds {limit} characters; this is not a sensible CSV file.',
  },
} as const satisfies Record<string, Messages>

export type DoorsMessageCode = keyof typeof CATALOGUE

/** A message of the doors in both languages; number parameters are written in each language's style. */
export function doorsMessage(
  code: DoorsMessageCode,
  params: Record<string, string | number | Messages> = {},
): Messages {
  const fill = (template: string, locale: Locale) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole
      const v = params[name]
      if (typeof v === 'number') return formatDecimal(String(v), locale)
      return typeof v === 'object' ? v[locale] : String(v)
    })
  const m = CATALOGUE[code]
  return { id: fill(m.id, 'id'), en: fill(m.en, 'en') }
}

/** How a number format is described in a message. */
export function formatExample(format: string, locale: Locale): string {
  return FORMAT_EXAMPLES[format]?.[locale] ?? format
}
