import type { MessageArea } from '../types.js'

/** Messages of the JKK benefit area (accidents and occupational diseases other than death). */
export const jkkBenefitMessages = {
  id: {
    JKK_INCAPACITY_ENDS_BEFORE_START: 'Masa tidak mampu bekerja berakhir {to} sebelum dimulai {from}.',
    JKK_INCAPACITY_BEFORE_ACCIDENT:
      'Masa tidak mampu bekerja dimulai {from} sebelum tanggal kecelakaan {date}.',
    JKK_CLAIM_BEFORE_ACCIDENT: 'Tanggal klaim {claimDate} sebelum tanggal kecelakaan {date}.',
    JKK_DISABILITY_ROW_REQUIRED:
      'Cacat sebagian memerlukan baris tabel (row) atau persentase tabel (tableRate).',
    JKK_FACT_DISABILITY_ROW: 'persentase tabel cacat untuk baris {row} (baris ini tidak ada dalam data)',
    JKK_FACT_PMI_AMOUNTS: 'besaran manfaat JKK PMI selain kematian (tidak ditemukan dalam sumber)',
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
    JKK_SCHOLARSHIP_NOT_COMPUTED:
      'Beasiswa untuk cacat total tetap tidak dihitung di sini: gunakan perhitungan beasiswa dengan data anak.',
    STEP_JKK_BENEFIT_REGIME: 'Rezim manfaat JKK menurut tanggal kejadian {date}: {regime}.',
    STEP_JKK_BENEFIT_WAGE: 'Upah sebulan yang dipakai: {wage}.',
    STEP_JKK_STMB: 'STMB selama {months} bulan: {total}.',
    STEP_JKK_DISABILITY: 'Santunan cacat ({type}): {share} × {months} × {wage} = {amount}.',
    STEP_JKK_PERIODIC: 'Santunan berkala cacat total tetap, dibayar sekaligus: {amount}.',
    STEP_JKK_ITEM: '{item}: tagihan {billed}, batas {cap}, dibayar {amount}.',
    STEP_JKK_BENEFIT_TOTAL: 'Jumlah manfaat uang JKK: {total} (status: {status}).',
  },
  en: {
    JKK_INCAPACITY_ENDS_BEFORE_START: 'The incapacity period ends {to} before it starts {from}.',
    JKK_INCAPACITY_BEFORE_ACCIDENT: 'The incapacity period starts {from}, before the accident date {date}.',
    JKK_CLAIM_BEFORE_ACCIDENT: 'The claim date {claimDate} is before the accident date {date}.',
    JKK_DISABILITY_ROW_REQUIRED:
      'A partial disability needs a table row (row) or a table percentage (tableRate).',
    JKK_FACT_DISABILITY_ROW: 'the disability table percentage of row {row} (this row is not in the data)',
    JKK_FACT_PMI_AMOUNTS: 'the PMI JKK amounts other than death (not found in the sources)',
    JKK_FACT_CAUSE: 'whether the event is a work accident or an occupational disease',
    JKK_CAUSE_MET: 'Event: {cause}.',
    JKK_CAUSE_work_accident: 'work accident',
    JKK_CAUSE_occupational_disease: 'occupational disease',
    JKK_CLAIM_IN_TIME: 'The claim of {claimDate} is within {years} years (at the latest {lastDay}).',
    JKK_CLAIM_LAPSED:
      'The right to claim has lapsed: the claim of {claimDate} is past {years} years ({lastDay}).',
    JKK_CLAIM_DEADLINE: 'The claim must be made by {lastDay} ({years} years from the event).',
    JKK_PAK_WITHIN: 'The occupational disease was diagnosed within {years} years of the end of employment.',
    JKK_PAK_TOO_LATE:
      'The occupational disease was diagnosed on {date}, more than {years} years after employment ended ({end}).',
    JKK_LAPSE_TRANSITION:
      'An accident before {day} whose 2-year claim window was still open on that day: the transition rule was not found, the library uses 2 years.',
    JKK_STMB_PART_MONTH:
      'The STMB part month ({days}/{ofDays} days) is pro-rated by calendar days: a library assumption, the rule was not found.',
    JKK_CAP_NOT_FOUND: 'No cap found for {item}: the billed amount is used without a cap.',
    JKK_HOME_CARE_NOT_IN_REGIME: 'Home care is not a benefit of the PP 44/2015 regime: not paid.',
    JKK_SCHOLARSHIP_NOT_COMPUTED:
      'The scholarship on total permanent disability is not computed here: use the scholarship calculation with the children.',
    STEP_JKK_BENEFIT_REGIME: 'JKK benefit regime by the event date {date}: {regime}.',
    STEP_JKK_BENEFIT_WAGE: 'Monthly wage used: {wage}.',
    STEP_JKK_STMB: 'STMB over {months} months: {total}.',
    STEP_JKK_DISABILITY: 'Disability benefit ({type}): {share} × {months} × {wage} = {amount}.',
    STEP_JKK_PERIODIC: 'Periodic benefit on total permanent disability, paid at once: {amount}.',
    STEP_JKK_ITEM: '{item}: billed {billed}, cap {cap}, paid {amount}.',
    STEP_JKK_BENEFIT_TOTAL: 'Total JKK cash benefits: {total} (status: {status}).',
  },
} as const satisfies MessageArea
