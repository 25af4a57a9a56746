import type { MessageArea } from '../types.js'

/** The Indonesian messages of coverage programs (planCoverageProgram). */
export const planMessages = {
  id: {
    PLAN_DUPLICATE_COHORT:
      'Nama kelompok "{name}" dipakai lebih dari sekali; setiap kelompok harus bernama unik.',
    PLAN_JAKON_CONTRACT_NOT_PER_WORKER:
      'Iuran Jakon berdasarkan nilai kontrak adalah iuran per proyek, bukan per pekerja; untuk kelompok pekerja gunakan metode upah (wage).',
    PLAN_COHORT_FIELD_SET_BY_PROGRAM:
      'Kolom {key} ditentukan oleh program (masukan tingkat program), bukan per kelompok.',
    PLAN_COVERED_EXCEEDS_POTENTIAL:
      'Pekerja yang sudah terlindungi ({covered}) melebihi jumlah pekerja potensial ({potential}).',
    PLAN_COVERAGE_ABOVE_POTENTIAL:
      'Setelah program, pekerja terlindungi ({covered}) melebihi pekerja potensial ({potential}); kesenjangan dihitung nol.',
    PLAN_RATES_CHANGE:
      'Iuran kelompok "{cohort}" berubah selama program: {changes}. Setiap bulan dihitung dengan aturan yang berlaku pada bulan itu.',
    PLAN_ESTIMATE_FROM_CALLER_RATES:
      'Perkiraan manfaat memakai tingkat kematian yang diberikan pemanggil; ini perkiraan, bukan kewajiban BPJS Ketenagakerjaan. Beasiswa anak tidak dihitung.',
    PLAN_ONE_OFF_COHORT:
      'Kelompok "{cohort}" ({category}) membayar iuran sekali untuk seluruh masa (paket/proyek), dicatat pada bulan pertama program.',
    STEP_PLAN_COHORT_MONTH:
      'Iuran per pekerja untuk kelompok "{cohort}" pada {period}: {perWorker}; {workers} pekerja → {total}.',
    STEP_PLAN_COHORT_TOTAL: 'Total kelompok "{cohort}" selama {months} bulan.',
    FORMULA_PLAN_COHORT_TOTAL: 'jumlah setiap bulan (iuran per pekerja bulan itu × {workers} pekerja)',
    STEP_PLAN_TOTAL: 'Total anggaran program {start} s.d. {end}.',
    FORMULA_PLAN_TOTAL: 'jumlah total semua kelompok',
    STEP_PLAN_COVERAGE: 'Cakupan kepesertaan sebelum dan sesudah program.',
    FORMULA_PLAN_COVERAGE:
      'rasio = terlindungi ÷ potensial (dibulatkan 4 desimal); kesenjangan = potensial − terlindungi sesudah; biaya menutup kesenjangan = kesenjangan × rata-rata iuran per pekerja selama program',
    STEP_PLAN_EXPECTED_JKM: 'Perkiraan kematian bukan kecelakaan kerja dan manfaat JKM bagi ahli waris.',
    FORMULA_PLAN_EXPECTED_JKM:
      'kematian = Σ pekerja × {rate:n} ÷ 12 per bulan; manfaat = Σ kematian bulan itu × manfaat JKM tunai (santunan + berkala + pemakaman) untuk kematian pada tanggal 15 bulan itu',
    STEP_PLAN_EXPECTED_JKK:
      'Perkiraan kematian akibat kecelakaan kerja dan manfaat JKK kematian bagi ahli waris.',
    FORMULA_PLAN_EXPECTED_JKK:
      'kematian = Σ pekerja × {rate:n} ÷ 12 per bulan; manfaat = Σ kematian bulan itu × manfaat JKK kematian tunai (48 × upah + berkala + pemakaman)',
    STEP_PLAN_EXPECTED_ACCIDENTS:
      'Perkiraan kecelakaan kerja (tanpa kematian) dan manfaat JKK tunai (STMB, santunan cacat, santunan berkala).',
    FORMULA_PLAN_EXPECTED_ACCIDENTS:
      'kecelakaan = Σ pekerja × tingkat tahunan per keparahan ÷ 12 per bulan; manfaat = Σ kecelakaan bulan itu × manfaat JKK tunai untuk kecelakaan pada tanggal 15 bulan itu (beasiswa tidak termasuk)',
  },
} as const satisfies MessageArea
