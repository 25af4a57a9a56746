#!/usr/bin/env node
// A deterministic roster of vulnerable workers shaped like a city's list (Kota Jambi, regency code 15.71):
// NIK, name, birth date, sex, occupation, district, work relationship, declared income and whether already a
// participant, with the defects real lists have. Same seed → same file, byte for byte.
//
//   node scripts/gen-roster.mjs [--rows 15000] [--seed 20260115] [--out pekerja.csv] [--as-of 2026-01-15]
//
// Defects, each at a fixed share of the rows (a row has at most one):
//   1.5% a second row for a person already listed (same NIK; another office listed them too)
//   2.0% a birth date that disagrees with the NIK (a day off, or day and month swapped)
//   0.4% a sex that disagrees with the NIK
//   0.5% no birth date
//   0.6% a NIK mangled by a spreadsheet (15 digits, or shown as 1.57102E+15)
//   0.2% a child (15–17 years old)
// Ages run from 18 to 74, with about 6% at 65 or more (above an age limit of 65, if the city has one).
// 3,000 people (at most a fifth of the rows) are marked as participants already. 60% have no declared income (the program uses its own
// base); the rest declare Rp500,000 to Rp3,000,000 in round steps.
//
// Also importable: `import { generateRoster, rosterRows, toCsv } from './scripts/gen-roster.mjs'`.
import { closeSync, openSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The city's districts (kecamatan) with their codes and a weight (rough share of the list). */
export const DISTRICTS = [
  ['15.71.01', 'Telanaipura', 8],
  ['15.71.02', 'Jambi Selatan', 9],
  ['15.71.03', 'Jambi Timur', 11],
  ['15.71.04', 'Pasar Jambi', 4],
  ['15.71.05', 'Pelayangan', 5],
  ['15.71.06', 'Danau Teluk', 5],
  ['15.71.07', 'Kota Baru', 12],
  ['15.71.08', 'Jelutung', 10],
  ['15.71.09', 'Alam Barajo', 13],
  ['15.71.10', 'Danau Sipin', 9],
  ['15.71.11', 'Paal Merah', 14],
]

/** Occupations, their work relationship and weight. */
const OCCUPATIONS = [
  ['pedagang kaki lima', 'vulnerable-worker', 22],
  ['ojek', 'vulnerable-worker', 14],
  ['buruh harian lepas', 'vulnerable-worker', 16],
  ['nelayan', 'vulnerable-worker', 4],
  ['petani', 'vulnerable-worker', 6],
  ['pemulung', 'vulnerable-worker', 3],
  ['asisten rumah tangga', 'vulnerable-worker', 6],
  ['marbot', 'religious-worker', 8],
  ['guru ngaji', 'religious-worker', 8],
  ['imam/muazin', 'religious-worker', 5],
  ['ketua RT', 'rt-rw-head', 8],
]

const GIVEN = {
  male: [
    'Ahmad',
    'Budi',
    'Dedi',
    'Eko',
    'Fajar',
    'Hendra',
    'Joko',
    'M. Ridwan',
    'Rahmat',
    'Syahrul',
    'Wahyu',
    'Zulkifli',
  ],
  female: [
    'Ani',
    'Dewi',
    'Fitri',
    'Lestari',
    'Maya',
    'Nurhayati',
    'Rina',
    'Siti',
    'Sri',
    'Wulan',
    'Yuliana',
    'Zainab',
  ],
}
const FAMILY = [
  'Saputra',
  'Hasibuan',
  'Siregar',
  'Lubis',
  'Pratama',
  'Nasution',
  'Harahap',
  'Sembiring',
  'Putri',
  'Wati',
  '',
]

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n, w = 2) => String(n).padStart(w, '0')

function weighted(r, list) {
  const total = list.reduce((a, x) => a + x[x.length - 1], 0)
  let t = r() * total
  for (const x of list) {
    t -= x[x.length - 1]
    if (t < 0) return x
  }
  return list[list.length - 1]
}

/** How many recent people a duplicate is drawn from. */
const RECENT = 5000

/**
 * Generates `rows` people on `asOf` (a 'YYYY-MM-DD' string), deterministic for a seed. Rows use the field
 * names of assessRoster (nik, name, birthDate, sex, occupation, district, relationship, declaredIncome,
 * participant); `defect` names the defect planted in the row (for checking, not an input field).
 */
export function* rosterRows({
  rows = 15000,
  seed = 20260115,
  asOf = '2026-01-15',
  participants = 3000,
} = {}) {
  const r = rng(seed)
  const asOfYear = Number(asOf.slice(0, 4))
  const asOfMonthDay = asOf.slice(5)
  const serials = new Map()
  // people listed lately (a duplicate repeats one of them: another office's list of the same area)
  const recent = []
  // which unique people are participants: the first `participants` chosen at fixed positions
  const share = Math.min(participants, rows * 0.2) / rows
  for (let i = 0; i < rows; i++) {
    const x = r()
    if (x < 0.015 && recent.length > 0) {
      // a duplicate of someone listed earlier (another office's list)
      const p = recent[Math.floor(r() * recent.length)]
      yield { ...p, defect: 'duplicate' }
      continue
    }
    const sex = r() < 0.45 ? 'female' : 'male'
    const [code, district] = weighted(r, DISTRICTS)
    const [occupation, relationship] = weighted(r, OCCUPATIONS)
    const child = x >= 0.015 && x < 0.017
    const age = child ? 15 + Math.floor(r() * 3) : 18 + Math.floor(57 * r() ** 2.5)
    // a birthday before or after asOf's month-day in the year of birth
    const month = 1 + Math.floor(r() * 12)
    const day = 1 + Math.floor(r() * 28)
    const md = `${pad(month)}-${pad(day)}`
    const year = md <= asOfMonthDay ? asOfYear - age : asOfYear - age - 1
    const birthDate = `${year}-${md}`
    const prefix = `${code.replaceAll('.', '')}${pad(sex === 'female' ? day + 40 : day)}${pad(month)}${pad(year % 100)}`
    const serial = (serials.get(prefix) ?? 0) + 1
    serials.set(prefix, serial)
    const nik = `${prefix}${pad(serial, 4)}`
    const given = GIVEN[sex][Math.floor(r() * GIVEN[sex].length)]
    const family = FAMILY[Math.floor(r() * FAMILY.length)]
    const name = family === '' ? given : `${given} ${family}`
    const y = r()
    const declaredIncome =
      y < 0.6
        ? ''
        : y < 0.85
          ? String(500000 + 50000 * Math.floor(r() * 9))
          : y < 0.95
            ? String(1000000 + 500000 * Math.floor(r() * 3))
            : String(2500000 + 500000 * Math.floor(r() * 2))
    const person = {
      nik,
      name,
      birthDate,
      sex,
      occupation,
      district,
      relationship,
      declaredIncome,
      participant: r() < share * 1.02 ? 'ya' : 'tidak',
      defect: child ? 'child' : '',
    }
    if (recent.length === RECENT) recent[Math.floor(r() * RECENT)] = person
    else recent.push(person)
    // defects on the row as listed (the person's true data stays in `people` for duplicates)
    const row = { ...person }
    if (x >= 0.017 && x < 0.037) {
      row.defect = 'birth-date'
      row.birthDate =
        day <= 12 && month !== day && r() < 0.5
          ? `${year}-${pad(day)}-${pad(month)}`
          : `${year}-${md.slice(0, 3)}${pad(day === 28 ? 27 : day + 1)}`
    } else if (x >= 0.037 && x < 0.041) {
      row.defect = 'sex'
      row.sex = sex === 'female' ? 'male' : 'female'
    } else if (x >= 0.041 && x < 0.046) {
      row.defect = 'no-birth-date'
      row.birthDate = ''
    } else if (x >= 0.046 && x < 0.052) {
      row.defect = 'nik'
      row.nik = r() < 0.5 ? nik.slice(0, 15) : `${nik.slice(0, 1)}.${nik.slice(1, 6)}E+15`
    }
    yield row
  }
}

/** {@link rosterRows} as an array. */
export function generateRoster(options = {}) {
  return [...rosterRows(options)]
}

const CSV_HEADER = [
  'nik',
  'nama',
  'tanggal_lahir',
  'jenis_kelamin',
  'pekerjaan',
  'kecamatan',
  'hubungan_kerja',
  'penghasilan',
  'peserta',
]

const q = (v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)

/** One person as a CSV line (no line end). */
export function csvLine(p) {
  return [
    p.nik,
    p.name,
    p.birthDate,
    p.sex === 'female' ? 'P' : 'L',
    p.occupation,
    p.district,
    p.relationship,
    p.declaredIncome,
    p.participant,
  ]
    .map((v) => q(String(v)))
    .join(',')
}

/** The CSV header line. */
export const CSV_HEADER_LINE = CSV_HEADER.join(',')

/** The roster as a CSV with Indonesian headers (L/P for sex), as a city office would export it. */
export function toCsv(rows) {
  return `${[CSV_HEADER_LINE, ...rows.map(csvLine)].join('\n')}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const opt = (name, fallback) => {
    const i = args.indexOf(name)
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
  }
  const rows = rosterRows({
    rows: Number(opt('--rows', '15000')),
    seed: Number(opt('--seed', '20260115')),
    asOf: opt('--as-of', '2026-01-15'),
  })
  const out = opt('--out', undefined)
  const fd = out === undefined ? 1 : openSync(out, 'w')
  let n = 0
  let chunk = [CSV_HEADER_LINE]
  for (const p of rows) {
    chunk.push(csvLine(p))
    n += 1
    if (chunk.length >= 10000) {
      writeSync(fd, `${chunk.join('\n')}\n`)
      chunk = []
    }
  }
  if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`)
  if (out !== undefined) {
    closeSync(fd)
    console.error(`${n} rows → ${out}`)
  }
}
