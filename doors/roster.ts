// The roster file's columns (`bpjs-tk program --roster`): the fields of an `assessRoster` row, with the names
// and words a city office's list uses (Indonesian headers, L/P, ya/tidak, amounts as people write them).
import type { ColumnSpec, ColumnTable } from './columns.js'

const SEX_WORDS = {
  male: 'male',
  female: 'female',
  l: 'male',
  lk: 'male',
  'laki-laki': 'male',
  lakilaki: 'male',
  pria: 'male',
  m: 'male',
  p: 'female',
  pr: 'female',
  perempuan: 'female',
  wanita: 'female',
  f: 'female',
}

const RELATIONSHIP_WORDS = {
  'vulnerable-worker': 'vulnerable-worker',
  'religious-worker': 'religious-worker',
  'rt-rw-head': 'rt-rw-head',
  'self-employed': 'self-employed',
  informal: 'informal',
  employer: 'employer',
  'employee-company': 'employee-company',
  'employee-individual': 'employee-individual',
  'state-non-asn': 'state-non-asn',
  asn: 'asn',
  tni: 'tni',
  polri: 'polri',
  'construction-project': 'construction-project',
  'migrant-worker': 'migrant-worker',
  intern: 'intern',
  'pekerja-rentan': 'vulnerable-worker',
  rentan: 'vulnerable-worker',
  'pekerja-keagamaan': 'religious-worker',
  keagamaan: 'religious-worker',
  'ketua-rt': 'rt-rw-head',
  'ketua-rw': 'rt-rw-head',
  'ketua-rt-rw': 'rt-rw-head',
  mandiri: 'self-employed',
}

/** The roster columns, their other names and their words. */
export const ROSTER_TABLE: ColumnTable = Object.freeze<ColumnSpec[]>([
  {
    key: 'nik',
    kind: 'text',
    aliases: ['no ktp', 'nomor induk kependudukan'],
    doc: { id: 'NIK (16 angka), dibaca sebagai teks', en: 'NIK (16 digits), read as text' },
  },
  {
    key: 'name',
    kind: 'text',
    aliases: ['nama', 'nama lengkap', 'nama pekerja'],
    doc: { id: 'nama', en: 'name' },
  },
  {
    key: 'birthDate',
    kind: 'text',
    aliases: ['tanggal lahir', 'tgl lahir', 'birth date'],
    doc: { id: 'tanggal lahir, YYYY-MM-DD', en: 'birth date, YYYY-MM-DD' },
  },
  {
    key: 'sex',
    kind: 'enum',
    aliases: ['jenis kelamin', 'jk', 'kelamin', 'gender'],
    words: SEX_WORDS,
    doc: { id: 'jenis kelamin: L/P', en: 'sex: L/P (male/female)' },
  },
  {
    key: 'occupation',
    kind: 'text',
    aliases: ['pekerjaan', 'profesi'],
    doc: { id: 'pekerjaan (untuk rekap)', en: 'occupation (for the counts)' },
  },
  {
    key: 'district',
    kind: 'text',
    aliases: ['kecamatan'],
    doc: { id: 'kecamatan (untuk rekap)', en: 'district (for the counts)' },
  },
  {
    key: 'relationship',
    kind: 'enum',
    aliases: ['hubungan kerja', 'jenis pekerja'],
    words: RELATIONSHIP_WORDS,
    doc: { id: 'hubungan kerja, mis. pekerja rentan', en: 'work relationship, e.g. vulnerable-worker' },
  },
  {
    key: 'wageEarner',
    kind: 'bool',
    aliases: ['penerima upah'],
    doc: { id: 'menerima upah dari pemberi kerja', en: 'earns a wage from an employer' },
  },
  {
    key: 'declaredIncome',
    kind: 'money',
    aliases: ['penghasilan', 'pendapatan', 'income'],
    doc: { id: 'penghasilan sebulan (dasar iuran BPU)', en: 'monthly income (BPU contribution base)' },
  },
  {
    key: 'sector',
    kind: 'enum',
    aliases: ['sektor'],
    words: { transport: 'transport', transportasi: 'transport', other: 'other', lainnya: 'other' },
    doc: { id: 'sektor (PP 50/2025): transport/other', en: 'sector (PP 50/2025): transport/other' },
  },
  {
    key: 'participant',
    kind: 'bool',
    aliases: ['peserta', 'sudah peserta', 'terdaftar'],
    doc: { id: 'sudah peserta BPJS Ketenagakerjaan', en: 'already a BPJS Ketenagakerjaan participant' },
  },
  {
    key: 'nationality',
    kind: 'enum',
    aliases: ['kewarganegaraan', 'warga negara'],
    words: { wni: 'WNI', wna: 'WNA' },
    doc: { id: 'kewarganegaraan: WNI/WNA', en: 'nationality: WNI/WNA' },
  },
])
