import type { MessageArea } from '../types.js'

/** The Indonesian messages of the JKK benefit area (accidents and occupational diseases other than death). */
export const jkkBenefitMessages = {
  id: {
    JKK_INCAPACITY_ENDS_BEFORE_START: 'Masa tidak mampu bekerja berakhir {to} sebelum dimulai {from}.',
    JKK_INCAPACITY_BEFORE_ACCIDENT:
      'Masa tidak mampu bekerja dimulai {from} sebelum tanggal kecelakaan {date}.',
    JKK_CLAIM_BEFORE_ACCIDENT: 'Tanggal klaim {claimDate} sebelum tanggal kecelakaan {date}.',
    JKK_DISABILITY_ROW_REQUIRED:
      'Cacat sebagian memerlukan baris tabel (row) atau persentase tabel (tableRate).',
    JKK_FACT_DISABILITY_ROW:
      'persentase tabel cacat untuk baris {row} (tabel pustaka tidak memberikannya untuk baris ini pada tanggal ini)',
    JKK_FACT_CAUSE: 'apakah kejadian berupa kecelakaan kerja atau penyakit akibat kerja',
    JKK_CAUSE_MET: 'Kejadian: {cause}.',
    JKK_CAUSE_work_accident: 'kecelakaan kerja',
    JKK_CAUSE_occupational_disease: 'penyakit akibat kerja',
    JKK_CLAIM_IN_TIME: 'Klaim {claimDate} masih dalam batas {years} tahun (paling lambat {lastDay}).',
    JKK_CLAIM_LAPSED: 'Hak menuntut manfaat gugur: klaim {claimDate} lewat batas {years} tahun ({lastDay}).',
    JKK_CLAIM_DEADLINE: 'Klaim harus diajukan paling lambat {lastDay} ({years} tahun sejak kejadian).',
    JKK_PAK_WITHIN: 'Penyakit akibat kerja didiagnosis dalam {years} tahun sejak hubungan kerja berakhir.',
    JKK_PAK_TOO_LATE:
      'Penyakit akibat kerja didiagnosis {date}, lebih dari {years} tahun sejak hubungan kerja berakhir ({end}).',
    JKK_LAPSE_TRANSITION:
      'Kecelakaan sebelum {day} yang batas klaim 2 tahunnya masih berjalan pada tanggal itu: aturan peralihan tidak ditemukan, pustaka memakai 2 tahun.',
    JKK_STMB_PART_MONTH:
      'Bulan tidak penuh STMB ({days}/{ofDays} hari) dihitung pro rata hari kalender: asumsi pustaka, aturannya tidak ditemukan.',
    JKK_CAP_NOT_FOUND: 'Batas biaya untuk {item} tidak ditemukan: dipakai jumlah tagihan tanpa batas.',
    JKK_HOME_CARE_NOT_IN_REGIME: 'Home care bukan manfaat rezim PP 44/2015: tidak dibayar.',
    STEP_JKK_BENEFIT_REGIME: 'Rezim manfaat JKK menurut tanggal kejadian {date}: {regime}.',
    STEP_JKK_BENEFIT_WAGE: 'Upah sebulan yang dipakai: {wage}.',
    STEP_JKK_STMB: 'STMB selama {months} bulan: {total}.',
    STEP_JKK_STMB_ONE_MONTH: 'STMB selama {months} bulan: {total}.',
    STEP_JKK_DISABILITY: 'Santunan cacat ({type}): {share:n} × {months} × {wage} = {amount}.',
    STEP_JKK_PERIODIC: 'Santunan berkala cacat total tetap, dibayar sekaligus: {amount}.',
    STEP_JKK_ITEM: '{item}: tagihan {billed}, batas {cap}, dibayar {amount}.',
    JKK_PMI_NOT_IN_REGULATION:
      'Manfaat PMI {item} belum ada dalam peraturan yang berlaku pada {date}: tidak dibayar.',
    JKK_STMB_STRADDLES_REGIME:
      'Masa tidak mampu bekerja melewati {day}: seluruh STMB tetap menurut rezim tanggal kecelakaan (PP 44/2015); aturan peralihan tidak ditemukan.',
    JKK_STMB_PART_MONTH_EXCLUDED:
      'Bulan tidak penuh STMB ({days}/{ofDays} hari) tidak dihitung atas permintaan pemanggil: aturannya tidak ditemukan.',
    JKK_REPORTED_IN_TIME: 'Kecelakaan dilaporkan pemberi kerja dalam {hours} jam.',
    JKK_REPORTED_LATE_EMPLOYER_BEARS:
      'Kecelakaan tidak dilaporkan dalam {hours} jam: pemberi kerja menanggung manfaat JKK.',
    JKK_LATE_REPORT_RULE_NOT_FOUND:
      'Kecelakaan {date} tidak dilaporkan tepat waktu: akibatnya sebelum Permenaker 1/2025 tidak ditemukan, pembayar tidak diubah.',
    STEP_JKK_ACCIDENT_REPORT: 'Laporan kecelakaan tahap I dalam {hours} jam: {inTime}.',
    JKK_FIELD_PMI_ONLY: 'Kolom {field} hanya untuk kategori PMI, bukan {category}.',
    JKK_DECLARED_BEFORE_ACCIDENT: 'Tanggal penetapan cacat {declaredOn} sebelum tanggal kecelakaan {date}.',
    JKK_FACT_PMI_AMOUNT:
      'besaran manfaat PMI ini (tidak ditemukan dalam sumber; diberikan pemanggil, keputusan D26)',
    JKK_PMI_CALLER_AMOUNT:
      'Besaran {item} PMI ({amount}) berasal dari pemanggil: angkanya tidak ditemukan dalam sumber (keputusan D26).',
    STEP_JKK_PMI_CALLER_AMOUNT: 'Manfaat PMI {item} sebesar jumlah dari pemanggil: {amount}.',
    JKK_DAILY_WAGE_FACTOR:
      'Upah harian diubah menjadi upah sebulan dengan {factor:n} × upah harian (keputusan D21); aturan iuran PP 44/2015 yang dilaporkan memakai 25 ×. Berikan upah sebulan yang dilaporkan bila ada.',
    STEP_JKK_BENEFIT_WAGE_DAILY: 'Upah sebulan yang dipakai: {factor:n} × upah harian = {wage}.',
    JKK_SCHOLARSHIP_DATE_IS_ACCIDENT_DATE:
      'Tanggal penetapan cacat total tidak diberikan: usia anak untuk beasiswa dibaca pada tanggal kecelakaan {date}.',
    JKK_SCHOLARSHIP_PMI_DISABILITY:
      'Beasiswa untuk cacat total tetap PMI tidak dimodelkan: ketentuannya tidak ditemukan dalam sumber.',
    JKK_SCHOLARSHIP_DISABILITY_REGIME_A:
      'Beasiswa untuk cacat total tetap akibat kecelakaan {date} (PP 44/2015) tidak ditemukan dalam sumber: tidak dihitung.',
    JKK_SCHOLARSHIP_NOT_PAYABLE:
      'Beasiswa tidak dihitung karena manfaat JKK tidak (atau belum) dapat dibayarkan.',
    STEP_JKK_SCHOLARSHIP_DISABILITY:
      'Beasiswa pendidikan anak karena cacat total tetap akibat kerja; usia anak dibaca pada {date}.',
    STEP_JKK_BENEFIT_TOTAL: 'Jumlah manfaat uang JKK: {total} (status: {status}).',
  },
} as const satisfies MessageArea
