import type { MessageArea } from '../types.js'
import { benefitsScholarshipMessages } from './benefits-scholarship.js'
import { DEATH_CAUSES, listText } from '../../types.js'

/** The Indonesian messages of the benefits area (codes, reasons, explanation steps). */
export const benefitsMessages = {
  id: {
    // input errors
    MEMBERSHIP_AFTER_DEATH:
      'Tanggal mulai kepesertaan {membershipStart} sesudah tanggal meninggal dunia {dateOfDeath}.',
    BIRTH_AFTER_DEATH: 'Tanggal lahir peserta {birthDate} sesudah tanggal meninggal dunia {dateOfDeath}.',
    MEMBERSHIP_BEFORE_BIRTH:
      'Tanggal mulai kepesertaan {membershipStart} sebelum tanggal lahir peserta {birthDate}.',
    CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP:
      'Masa iur {contributionMonths} bulan melebihi jumlah bulan kepesertaan sampai bulan meninggal dunia ({maximum} bulan).',
    PAID_THROUGH_BEFORE_MEMBERSHIP:
      'Bulan iuran terakhir yang dibayar {paidThrough} sebelum bulan mulai kepesertaan ({membershipStart}).',
    CHILD_BORN_TOO_LATE:
      'Anak lahir pada {birthDate}, lebih dari {months} bulan setelah peserta meninggal dunia (paling lambat {latest}): periksa tanggal lahirnya.',
    DATE_BEFORE_BIRTH: 'Tanggal {date} sebelum tanggal lahir anak {birthDate}.',
    SCHOOLING_BEFORE_BIRTH: 'Tahun mulai sekolah {startYear} sebelum tahun lahir anak ({birthYear}).',
    SCHOOLING_ORDER_INVALID:
      'Riwayat sekolah tidak runtut: {first} lalu {second}. Setiap jenjang harus lebih tinggi dan dimulai pada tahun yang lebih akhir.',
    WAGE_REQUIRED:
      'Upah wajib diisi untuk kategori {category}: berikan penghasilan yang dilaporkan (declaredIncome) bila BPU, selain itu upah sebulan (monthlyWage) atau upah harian (dailyWage).',
    WAGE_BASIS_CONFLICT: 'Berikan tepat satu dasar upah, bukan beberapa sekaligus: {fields}.',
    WAGE_BASIS_NOT_FOR_CATEGORY:
      'Kolom {field} tidak berlaku untuk kategori {category}: BPU memakai declaredIncome, kategori lain monthlyWage atau dailyWage.',
    ACCIDENT_AFTER_DEATH:
      'Tanggal kecelakaan kerja {dateOfAccident} sesudah tanggal meninggal dunia {dateOfDeath}.',
    PMI_DEATH_NOT_COVERED:
      'Manfaat JKM PMI untuk kematian pada {date} tidak dimodelkan: pustaka ini memuat aturan PMI sejak Permenaker 18/2018 (berlaku {from}).',
    PMI_JKK_DEATH_NOT_COVERED:
      'Kecelakaan kerja PMI pada {date}, sebelum Permenaker 18/2018 (2018-12-10), tidak dimuat dalam pustaka ini: manfaatnya di bawah aturan sebelumnya tidak ditemukan dalam sumber yang diperiksa.',
    // reasons: conditions
    MISSING_FACT: 'Data belum diberikan: {fact} (kolom {path}). Pustaka ini tidak mengasumsikannya.',
    FACT_CAUSE: `penyebab kematian (${listText(DEATH_CAUSES, 'atau')})`,
    FACT_MEMBERSHIP_ACTIVE: 'apakah kepesertaan masih aktif pada tanggal kejadian',
    FACT_PAID_THROUGH: 'bulan iuran terakhir yang dibayar (BPU)',
    FACT_PMI_PHASE: 'fase PMI saat meninggal dunia (sebelum, selama, atau setelah bekerja)',
    FACT_CHILDREN: 'daftar anak peserta',
    FACT_FUNERAL_ARRANGER: 'pihak yang mengurus pemakaman',
    CAUSE_NOT_WORK_RELATED:
      'Peserta meninggal dunia bukan akibat kecelakaan kerja atau penyakit akibat kerja: JKM berlaku.',
    WORK_ACCIDENT_USE_JKK:
      'Kematian karena {cause} tidak dibayar dari JKM: ahli waris berhak atas santunan kematian JKK (gunakan calculateJkkDeathBenefit).',
    CAUSE_WORK_RELATED: 'Peserta meninggal dunia karena {cause}: santunan kematian JKK berlaku.',
    NOT_WORK_RELATED_USE_JKM:
      'Kematian bukan akibat kecelakaan kerja atau penyakit akibat kerja tidak dibayar dari JKK: gunakan calculateJkmBenefit.',
    CAUSE_natural: 'sebab selain kecelakaan kerja',
    CAUSE_work_accident: 'kecelakaan kerja',
    CAUSE_occupational_disease: 'penyakit akibat kerja',
    MEMBERSHIP_ACTIVE: 'Kepesertaan aktif pada {date}.',
    MEMBERSHIP_NOT_ACTIVE:
      'Kepesertaan tidak aktif pada {date}: manfaat tidak dibayar (ahli waris hanya dapat mencairkan saldo JHT, bila ada).',
    EVENT_MONTH_PAID: 'Iuran BPU sudah dibayar sampai {paidThrough}, mencakup bulan {month}.',
    EVENT_MONTH_NOT_PAID:
      'Iuran BPU hanya dibayar sampai {paidThrough}, belum mencakup bulan {month}: peserta tidak dalam masa perlindungan.',
    ACCIDENT_BEFORE_MEMBERSHIP:
      'Kecelakaan kerja pada {date} terjadi sebelum kepesertaan dimulai ({membershipStart}).',
    SHORT_MEMBERSHIP_REDUCED_BENEFIT:
      'Masa kepesertaan {months} bulan, kurang dari {minimum} bulan: manfaat dibatasi {amount} (santunan kematian dan biaya pemakaman), tanpa santunan berkala dan beasiswa.',
    PMI_DURING_WORK_COMBINED:
      'PMI meninggal dunia selama bekerja: santunan kematian, santunan berkala dan biaya pemakaman dibayar sekaligus sebesar {amount}.',
    FIRST_PAYER_UNKNOWN:
      'Tunggakan iuran pemberi kerja tidak diberikan: belum dapat ditentukan siapa yang membayar lebih dulu (manfaat tetap menjadi hak ahli waris).',
    ARREARS_BPJS_PAYS_FIRST:
      'Tunggakan iuran pemberi kerja {months} bulan (paling lama {maximum} bulan): BPJS Ketenagakerjaan membayar manfaat lebih dulu.',
    ARREARS_EMPLOYER_PAYS_FIRST:
      'Tunggakan iuran pemberi kerja {months} bulan (lebih dari {maximum} bulan): pemberi kerja membayar manfaat lebih dulu, lalu BPJS Ketenagakerjaan menggantinya setelah tunggakan dan dendanya dilunasi.',
    JKK_FLOOR_APPLIED:
      '48 × upah = {fromWage} kurang dari santunan sekaligus JKM: santunan kematian JKK dinaikkan menjadi {floor}.',
    BENEFIT_NOT_PAYABLE:
      'Beasiswa tidak dihitung karena manfaat kematian tidak dibayarkan (lihat alasan lain).',
    // heirs
    HEIRS_GROUP: 'Ahli waris adalah golongan ke-{rank} ({group}): {count} orang.',
    HEIRS_LOWER_GROUPS_EXCLUDED:
      '{count} anggota keluarga lain tidak menerima karena ada ahli waris golongan ke-{rank}.',
    NO_HEIR:
      'Tidak ada ahli waris maupun penerima wasiat: biaya pemakaman dibayar kepada pihak yang mengurus pemakaman; santunan sekaligus dan berkala masuk ke Dana Jaminan Sosial.',
    HEIR_GROUP_SPOUSE_OR_CHILD: 'janda, duda, atau anak',
    HEIR_GROUP_DIRECT_LINE_TO_SECOND_DEGREE:
      'keturunan sedarah garis lurus ke atas dan ke bawah sampai derajat kedua',
    HEIR_GROUP_SIBLING: 'saudara kandung',
    HEIR_GROUP_PARENT_IN_LAW: 'mertua',
    HEIR_GROUP_WILL: 'pihak yang ditunjuk dalam wasiat peserta',
    // warnings
    CONTRIBUTION_MONTHS_DERIVED:
      'Masa iur tidak diberikan: dihitung {months} bulan dari tanggal mulai kepesertaan sampai tanggal meninggal dunia, dengan anggapan setiap bulan dibayar.',
    SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER:
      '{count} anak memenuhi syarat tetapi beasiswa paling banyak untuk {maximum} anak, dan tidak ada yang ditandai sebagai ahli waris terdaftar: dipilih anak pertama sesuai urutan masukan.',
    SCHOLARSHIP_MORE_REGISTERED_THAN_MAX:
      '{count} anak ditandai sebagai ahli waris terdaftar, lebih dari {maximum}: dipilih yang pertama sesuai urutan masukan.',
    SCHOLARSHIP_SCHEDULE_ASSUMED:
      'Riwayat sekolah anak ke-{index} tidak diberikan: jadwal beasiswa diasumsikan dari usianya (TK pada usia {tk}, SD pada usia {sd}).',
    SCHOLARSHIP_NOT_MODELLED: 'Beasiswa untuk PMI menurut {regime} tidak dimodelkan.',
    INPUT_NOT_USED: 'Kolom {field} tidak dipakai untuk kategori {category}.',
    JKK_EVENT_DATE_IS_DEATH_DATE:
      'Tanggal kecelakaan kerja tidak diberikan: rezim manfaat ditentukan dengan tanggal meninggal dunia ({date}).',
    HEIR_SPLIT_NOT_SET:
      '{count} ahli waris dalam satu golongan: pembagian di antara mereka tidak diatur oleh peraturan yang dirujuk.',
    // explanation steps
    STEP_JKM_REGIME: 'Rezim JKM menurut tanggal meninggal dunia {date}: {regime}.',
    STEP_JKK_REGIME: 'Rezim JKK menurut tanggal kecelakaan kerja {date}: {regime}.',
    STEP_JKM_CAUSE:
      'Penyebab kematian: {cause}. JKM hanya untuk kematian yang bukan akibat kecelakaan kerja.',
    STEP_JKK_CAUSE:
      'Penyebab kematian: {cause}. JKK untuk kematian akibat kecelakaan kerja atau penyakit akibat kerja.',
    STEP_PROTECTION_DEATH: 'Perlindungan pada tanggal meninggal dunia {date}: {outcome}.',
    STEP_PROTECTION_ACCIDENT: 'Perlindungan pada tanggal kecelakaan kerja {date}: {outcome}.',
    STEP_PROTECTION_BPU:
      'Iuran BPU dibayar sampai {paidThrough}; bulan kejadian {month}; masa tenggang {grace} bulan.',
    OUTCOME_met: 'terpenuhi',
    OUTCOME_not_met: 'tidak terpenuhi',
    OUTCOME_missing: 'data belum diberikan',
    STEP_JKM_SHORT_MEMBERSHIP:
      'Masa kepesertaan {months} bulan dibandingkan batas {minimum} bulan (kategori {category}).',
    FORMULA_SHORT_MEMBERSHIP:
      'manfaat dibatasi bila masa kepesertaan < {minimum} bulan dan kategori termasuk cakupan aturan',
    STEP_JKM_PMI_DURING: 'PMI meninggal dunia selama bekerja: {amount} dibayar sekaligus.',
    STEP_LUMP_SUM: 'Santunan sekaligus: {amount}.',
    STEP_PERIODIC: 'Santunan berkala dibayar sekaligus: {amount}.',
    FORMULA_PERIODIC: '{months} bulan × {monthly}',
    STEP_FUNERAL: 'Biaya pemakaman: {amount}.',
    STEP_JKM_TOTAL: 'Jumlah manfaat JKM tunai ({status}): {total}.',
    STEP_JKK_TOTAL: 'Jumlah manfaat kematian JKK tunai ({status}): {total}.',
    FORMULA_DEATH_TOTAL:
      'santunan sekaligus {lumpSum} + santunan berkala {periodic} + biaya pemakaman {funeral}',
    STATUS_payable: 'dibayarkan',
    STATUS_not_payable: 'tidak dibayarkan',
    STATUS_incomplete: 'data belum lengkap',
    STEP_EMPLOYER_ARREARS:
      'Tunggakan iuran pemberi kerja {months} bulan: yang membayar lebih dulu adalah {payer}.',
    FORMULA_ARREARS: 'BPJS Ketenagakerjaan bila tunggakan ≤ {maximum} bulan, selain itu pemberi kerja',
    BENEFIT_PAYER_BPJS: 'BPJS Ketenagakerjaan',
    BENEFIT_PAYER_EMPLOYER: 'pemberi kerja',
    STEP_JKK_WAGE_MONTHLY: 'Upah sebulan terakhir yang dilaporkan: {monthly}.',
    STEP_JKK_WAGE_DAILY: 'Upah sebulan dari upah harian: {factor:n} × upah harian = {monthly}.',
    STEP_JKK_WAGE_DECLARED: 'Penghasilan BPU yang dilaporkan sebagai upah sebulan: {monthly}.',
    STEP_JKK_LUMP_SUM_WAGE: 'Santunan kematian JKK dari upah: {amount}.',
    FORMULA_JKK_LUMP_SUM: '{multiplier:n} × upah sebulan {wage} (60% × 80 bulan)',
    FORMULA_JKK_LUMP_SUM_DAILY: '{multiplier:n} × {factor:n} × upah harian {wage}',
    STEP_JKK_FLOOR: 'Santunan kematian JKK paling sedikit sebesar santunan sekaligus JKM: {amount}.',
    FORMULA_JKK_FLOOR: 'maksimum({fromWage}, {floor})',
    STEP_JKK_NO_FLOOR: 'Rezim ini tidak mengenal batas bawah santunan kematian JKK: {amount}.',
    STEP_SCHOLARSHIP_MAXIMUM: 'Beasiswa paling banyak menurut rezim ini: {maximum}.',
    FORMULA_SCHOLARSHIP_MAXIMUM_YEARLY:
      'Σ (besaran jenjang × tahun paling lama, dengan batas gabungan TK–SD) = {perChild} per anak × {children} anak',
    FORMULA_SCHOLARSHIP_MAXIMUM_LUMP_SUM: '{perChild} sekali per peserta',
    STEP_SCHOLARSHIP_MIN_CONTRIBUTION:
      'Syarat masa iur beasiswa: {months} bulan dibandingkan {needed} bulan.',
    FORMULA_MIN_CONTRIBUTION: 'masa iur ≥ {years} tahun × 12 bulan',
    STEP_SCHOLARSHIP_CHILDREN:
      'Pemilihan anak penerima beasiswa: {listed} anak dalam daftar, {eligible} memenuhi syarat, {selected} dipilih (paling banyak {maximum}).',
    STEP_SCHOLARSHIP_SELECTION_ORDER:
      '{count} anak memenuhi syarat untuk {maximum} tempat: dipilih sesuai urutan masukan.',
    STEP_SCHOLARSHIP_CHILD_SCHOOLING:
      'Jadwal beasiswa anak ke-{number} (menurut jenjang sekolah yang diberikan): {count} pembayaran, jumlah {total}.',
    STEP_SCHOLARSHIP_CHILD_AGE:
      'Jadwal beasiswa anak ke-{number} (menurut usia; jenjang sekolah tidak diberikan): {count} pembayaran, jumlah {total}.',
    STEP_SCHOLARSHIP_CHILD_LUMP_SUM:
      'Beasiswa anak ke-{number} (sekaligus): {count} pembayaran, jumlah {total}.',
    FORMULA_SCHOLARSHIP_CHILD:
      'untuk setiap tahun ajaran: besaran jenjang, selama anak < batas usia, belum menikah, belum bekerja, dan jatah tahun jenjang belum habis',
    STEP_HEIRS_GROUP: 'Ahli waris golongan ke-{rank}: {group} ({count} orang).',
    STEP_HEIRS_NONE: 'Tidak ada ahli waris dalam urutan yang ditentukan.',
    // legal (issue 16): PMI JKK death by phase, without a wage
    STEP_JKK_PMI_DURING:
      'PMI meninggal dunia akibat kecelakaan kerja selama bekerja: {amount} dibayar sekaligus, tanpa upah (Permenaker {regulation}).',
    STEP_JKK_PMI_BEFORE_AFTER:
      'PMI meninggal dunia akibat kecelakaan kerja {phase} bekerja: besaran santunan {amount}.',
    FACT_PMI_JKK_AMOUNT:
      'besaran santunan kematian JKK PMI sebelum atau setelah bekerja (tidak ditemukan dalam sumber; berikan sebagai parameter jkkDeath.pmi.beforeAfter.amount)',
    PMI_JKK_WAGE_NOT_USED:
      'PMI tidak melaporkan upah: santunan JKK-nya berupa jumlah tetap, upah yang diberikan ({field}) tidak dipakai.',
    PMI_FUNERAL_PART_UNKNOWN:
      'Jumlah {total} untuk PMI yang meninggal selama bekerja mencakup santunan kematian dan biaya pemakaman, tetapi besar bagian biaya pemakaman tidak ditemukan dalam sumber: bila tidak ada ahli waris, bagian itu menjadi hak pihak yang mengurus pemakaman (berikan jkm.pmi.duringWork.funeral).',
    PHASE_before: 'sebelum',
    PHASE_after: 'setelah',
    ...benefitsScholarshipMessages.id,
  },
} as const satisfies MessageArea
