// The command-line tool's own texts (headings, labels, its own errors), in Indonesian and English.
// The library's messages (validation, explanations, warnings) come from the library in the locale asked.

export type Lang = 'id' | 'en'

const id = {
  // labels of result fields
  program: 'Program',
  payer: 'Pembayar',
  base: 'Dasar',
  rate: 'Tarif',
  amount: 'Jumlah',
  fund: 'Ke dana',
  lines: 'Rincian iuran',
  totals: 'Jumlah per pembayar',
  total: 'Total',
  employer: 'Pemberi kerja',
  worker: 'Pekerja',
  participant: 'Peserta',
  government: 'Pemerintah',
  category: 'Kategori',
  period: 'Bulan iuran',
  warnings: 'Peringatan',
  reasons: 'Alasan',
  payable: 'Dibayarkan',
  yes: 'ya',
  no: 'tidak',
  regime: 'Rezim',
  lumpSum: 'Santunan sekaligus',
  periodic: 'Santunan berkala',
  funeral: 'Biaya pemakaman',
  scholarship: 'Beasiswa',
  scholarshipMaximum: 'Beasiswa paling banyak',
  child: 'Anak',
  year: 'Tahun',
  level: 'Jenjang',
  status: 'Status',
  missing: 'Data yang kurang',
  mandatory: 'wajib',
  optional: 'sukarela',
  unavailable: 'tidak tersedia',
  unknown: 'belum diketahui',
  none: '(tidak ada)',
  cohort: 'Kelompok',
  workers: 'Pekerja',
  premiumPerWorkerPerMonth: 'Premi per pekerja per bulan',
  schedule: 'Jadwal pembayaran',
  grandTotal: 'Total program',
  coverage: 'Cakupan',
  coveredBefore: 'Terlindungi sebelum',
  coveredAfter: 'Terlindungi sesudah',
  potential: 'Pekerja potensial',
  ratioBefore: 'Rasio sebelum',
  ratioAfter: 'Rasio sesudah',
  gap: 'Kesenjangan',
  costToCloseGap: 'Biaya menutup kesenjangan',
  expectedBenefits: 'Perkiraan manfaat',
  deaths: 'Kematian',
  // errors of the tool itself
  errorPrefix: 'Galat',
  notImplemented:
    'Fungsi {fn} belum tersedia di versi pustaka ini, jadi perintah "{command}" belum dapat menghitung. Tidak ada hasil yang dibuat.',
  badJson: 'Berkas masukan {file} bukan JSON yang valid: {reason}',
  cannotRead: 'Tidak dapat membaca {file}: {reason}',
  badNumber: 'Opsi {option}: "{value}" bukan bilangan bulat.',
  badBoolean: 'Opsi {option}: "{value}" bukan nilai ya/tidak (true/false).',
  badChild:
    'Opsi --child: "{value}" tidak dikenali. Format: TANGGAL-LAHIR[,JENJANG:TAHUN-MULAI...], misalnya 2015-03-01,SD:2021.',
  badCohort:
    'Opsi --cohort: "{value}" tidak dikenali. Format: name=NAMA,workers=JUMLAH,category=BPU,declaredIncome=1000000.',
  badParam: 'Opsi --param: "{value}" tidak dikenali. Format: ID=NILAI, misalnya jp.wageCap=12000000.',
  csvNeedsPeriod:
    'Baris {row}: bulan iuran kosong. Isi kolom period atau berikan --period untuk semua baris.',
  csvBadHeader: 'Kolom tidak dikenal di header CSV: {columns}. Kolom yang dikenal: {known}.',
  csvNoWage: 'Header CSV harus memuat kolom wage (atau upah).',
  csvRowError: 'baris {row}{id}: {path}{message}',
  csvSummary:
    '{rows} baris dibaca, {ok} dihitung, {failed} gagal, dalam {seconds} detik. Total iuran: {total}.',
  csvProgress: '{bar} {percentage}% | {rows} baris | {failed} gagal | sisa {eta_formatted}',
  usage: 'Perintah tidak lengkap atau opsi salah; lihat bpjs-tk --help.',
  explanationOnStderr: 'Penjelasan',
} as const

export type MessageKey = keyof typeof id

const en: Record<MessageKey, string> = {
  program: 'Program',
  payer: 'Payer',
  base: 'Base',
  rate: 'Rate',
  amount: 'Amount',
  fund: 'To fund',
  lines: 'Contribution lines',
  totals: 'Totals by payer',
  total: 'Total',
  employer: 'Employer',
  worker: 'Worker',
  participant: 'Participant',
  government: 'Government',
  category: 'Category',
  period: 'Contribution month',
  warnings: 'Warnings',
  reasons: 'Reasons',
  payable: 'Payable',
  yes: 'yes',
  no: 'no',
  regime: 'Regime',
  lumpSum: 'Lump sum',
  periodic: 'Periodic benefit',
  funeral: 'Funeral costs',
  scholarship: 'Scholarship',
  scholarshipMaximum: 'Scholarship maximum',
  child: 'Child',
  year: 'Year',
  level: 'Level',
  status: 'Status',
  missing: 'Missing facts',
  mandatory: 'mandatory',
  optional: 'optional',
  unavailable: 'unavailable',
  unknown: 'unknown',
  none: '(none)',
  cohort: 'Cohort',
  workers: 'Workers',
  premiumPerWorkerPerMonth: 'Premium per worker per month',
  schedule: 'Payment schedule',
  grandTotal: 'Program total',
  coverage: 'Coverage',
  coveredBefore: 'Covered before',
  coveredAfter: 'Covered after',
  potential: 'Potential workers',
  ratioBefore: 'Ratio before',
  ratioAfter: 'Ratio after',
  gap: 'Gap',
  costToCloseGap: 'Cost to close the gap',
  expectedBenefits: 'Expected benefits',
  deaths: 'Deaths',
  errorPrefix: 'Error',
  notImplemented:
    'The function {fn} is not available in this version of the library, so the "{command}" command cannot compute yet. No result was produced.',
  badJson: 'The input file {file} is not valid JSON: {reason}',
  cannotRead: 'Cannot read {file}: {reason}',
  badNumber: 'Option {option}: "{value}" is not a whole number.',
  badBoolean: 'Option {option}: "{value}" is not a yes/no (true/false) value.',
  badChild:
    'Option --child: "{value}" not understood. Format: BIRTH-DATE[,LEVEL:START-YEAR...], e.g. 2015-03-01,SD:2021.',
  badCohort:
    'Option --cohort: "{value}" not understood. Format: name=NAME,workers=COUNT,category=BPU,declaredIncome=1000000.',
  badParam: 'Option --param: "{value}" not understood. Format: ID=VALUE, e.g. jp.wageCap=12000000.',
  csvNeedsPeriod: 'Row {row}: no contribution month. Fill the period column or pass --period for all rows.',
  csvBadHeader: 'Unknown columns in the CSV header: {columns}. Known columns: {known}.',
  csvNoWage: 'The CSV header must have a wage (or upah) column.',
  csvRowError: 'row {row}{id}: {path}{message}',
  csvSummary: '{rows} rows read, {ok} priced, {failed} failed, in {seconds} s. Total contributions: {total}.',
  csvProgress: '{bar} {percentage}% | {rows} rows | {failed} failed | ETA {eta_formatted}',
  usage: 'Incomplete command or wrong option; see bpjs-tk --help.',
  explanationOnStderr: 'Explanation',
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { id, en }

/** A text of the tool in `lang`, with `{name}` placeholders filled. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

/** Like {@link t} but leaves cli-progress placeholders such as `{bar}` for the progress bar to fill. */
export function template(lang: Lang, key: MessageKey): string {
  return catalogues[lang][key]
}
