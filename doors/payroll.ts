// The payroll file's columns (`bpjs-tk iuran --csv`, the web app's file upload): the fields of
// `calculateContribution`'s input plus three identity columns (id, NIK, name) kept as text.
import type { ColumnSpec, ColumnTable } from './columns.js'

const same = (...values: string[]) => Object.fromEntries(values.map((v) => [v.toLowerCase(), v]))

const ENTERPRISE_WORDS = {
  ...same('micro', 'small', 'medium', 'large'),
  mikro: 'micro',
  'usaha-mikro': 'micro',
  kecil: 'small',
  sedang: 'medium',
  menengah: 'medium',
  besar: 'large',
}

const PROGRAM_WORDS = same('JKK', 'JKM', 'JHT', 'JP', 'JKP')

/** The payroll columns, their other names and their words: the one table the CLI guide prints. */
export const PAYROLL_TABLE: ColumnTable = Object.freeze<ColumnSpec[]>([
  {
    key: 'id',
    kind: 'text',
    aliases: ['no', 'nomor', 'kode', 'nip', 'employee id', 'id karyawan', 'id pegawai'],
    doc: { id: 'pengenal baris, disalin ke keluaran', en: 'row identifier, copied to the output' },
  },
  {
    key: 'nik',
    kind: 'text',
    aliases: ['no ktp', 'nomor induk kependudukan'],
    doc: { id: 'NIK, disalin sebagai teks', en: 'NIK (national ID number), copied as text' },
  },
  {
    key: 'name',
    kind: 'text',
    aliases: ['nama', 'nama pegawai', 'nama karyawan', 'nama pekerja', 'employee name'],
    doc: { id: 'nama, disalin sebagai teks', en: 'name, copied as text' },
  },
  {
    key: 'category',
    kind: 'enum',
    aliases: ['kategori', 'jenis peserta', 'kepesertaan'],
    words: {
      ...same('PU', 'BPU', 'JAKON', 'PMI'),
      'penerima-upah': 'PU',
      'bukan-penerima-upah': 'BPU',
      'jasa-konstruksi': 'JAKON',
      'pekerja-migran': 'PMI',
    },
    doc: { id: 'kategori peserta (bawaan PU)', en: 'participant category (default PU)' },
  },
  {
    key: 'period',
    kind: 'text',
    aliases: ['periode', 'bulan iuran', 'masa iuran'],
    doc: { id: 'bulan iuran YYYY-MM', en: 'contribution month YYYY-MM' },
  },
  {
    key: 'wage',
    kind: 'money',
    aliases: ['upah', 'gaji', 'upah sebulan', 'gaji pokok', 'salary'],
    doc: { id: 'upah sebulan', en: 'monthly wage' },
  },
  {
    key: 'jkkRiskClass',
    kind: 'int',
    aliases: ['kelas risiko', 'kelas risiko jkk', 'risk class', 'tingkat risiko'],
    doc: { id: 'kelas risiko JKK 1–5', en: 'JKK risk class 1–5' },
  },
  {
    key: 'programs',
    kind: 'list',
    aliases: ['program', 'program bpjs'],
    words: PROGRAM_WORDS,
    doc: { id: 'program yang diikuti (JKK JKM JHT JP JKP)', en: 'programs joined (JKK JKM JHT JP JKP)' },
  },
  {
    key: 'enterpriseSize',
    kind: 'enum',
    aliases: ['skala usaha', 'ukuran usaha', 'skala perusahaan', 'enterprise size', 'company size'],
    words: ENTERPRISE_WORDS,
    doc: { id: 'skala usaha', en: 'enterprise size' },
  },
  {
    key: 'jkpRegistered',
    kind: 'bool',
    aliases: ['terdaftar jkp', 'peserta jkp', 'jkp', 'ikut jkp'],
    doc: { id: 'terdaftar JKP', en: 'registered for JKP' },
  },
  {
    key: 'jkkDiscountEligible',
    kind: 'bool',
    aliases: ['diskon jkk'],
    doc: { id: 'berhak diskon JKK', en: 'eligible for the JKK discount' },
  },
  { key: 'covidRelief', kind: 'bool', aliases: ['relaksasi covid'], doc: { id: 'relaksasi COVID-19', en: 'COVID-19 relief' } },
  { key: 'jpDeferral', kind: 'bool', aliases: ['penundaan jp'], doc: { id: 'penundaan JP', en: 'JP deferral' } },
  {
    key: 'minimumWage',
    kind: 'money',
    aliases: ['umk', 'ump', 'upah minimum'],
    doc: { id: 'upah minimum', en: 'minimum wage' },
  },
  {
    key: 'declaredIncome',
    kind: 'money',
    aliases: ['penghasilan', 'penghasilan dilaporkan'],
    doc: { id: 'penghasilan yang dilaporkan (BPU)', en: 'declared income (BPU)' },
  },
  { key: 'months', kind: 'int', aliases: ['jumlah bulan'], doc: { id: 'jumlah bulan', en: 'number of months' } },
  {
    key: 'payer',
    kind: 'enum',
    aliases: ['pembayar'],
    words: { ...same('self', 'apbd', 'apbn', 'other'), sendiri: 'self', mandiri: 'self', lainnya: 'other' },
    doc: { id: 'pembayar iuran BPU', en: 'payer of a BPU contribution' },
  },
  {
    key: 'sector',
    kind: 'enum',
    aliases: ['sektor'],
    words: { ...same('transport', 'other'), transportasi: 'transport', lainnya: 'other' },
    doc: { id: 'sektor (BPU)', en: 'sector (BPU)' },
  },
  {
    key: 'contractValue',
    kind: 'money',
    aliases: ['nilai kontrak'],
    doc: { id: 'nilai kontrak (JAKON)', en: 'contract value (JAKON)' },
  },
  {
    key: 'contractMonths',
    kind: 'int',
    aliases: ['lama kontrak', 'bulan kontrak'],
    doc: { id: 'lama kontrak dalam bulan', en: 'contract length in months' },
  },
  {
    key: 'placement',
    kind: 'enum',
    aliases: ['penempatan'],
    words: { ...same('agency', 'independent'), p3mi: 'agency', perseorangan: 'independent', mandiri: 'independent' },
    doc: { id: 'penempatan PMI', en: 'PMI placement' },
  },
  {
    key: 'jhtMonthly',
    kind: 'money',
    aliases: ['jht bulanan'],
    doc: { id: 'iuran JHT bulanan (PMI)', en: 'monthly JHT contribution (PMI)' },
  },
])

/** The identity columns: kept as text, copied to the output, never passed to the library. */
export const PAYROLL_IDENTITY: readonly string[] = Object.freeze(['id', 'nik', 'name'])

/** A header must have at least one of these to be a payroll file. */
export const PAYROLL_AMOUNT_COLUMNS: readonly string[] = Object.freeze([
  'wage',
  'declaredIncome',
  'contractValue',
  'contractMonths',
])
