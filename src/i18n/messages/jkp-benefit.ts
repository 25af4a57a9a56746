import type { MessageArea } from '../types.js'

/** The Indonesian messages of the JKP benefit area (the job-loss cash benefit, who pays it, training). */
export const jkpBenefitMessages = {
  id: {
    JKP_CLAIM_BEFORE_LAYOFF: 'Tanggal klaim {claimDate} sebelum tanggal PHK {layoffDate}.',
    JKP_REPEAT_MONTHS_FIRST_CLAIM:
      'repeatContributionMonths hanya untuk klaim kedua atau selanjutnya (claimNumber 2 atau lebih).',
    JKP_FACT_reasonForLeaving: 'alasan PHK',
    JKP_FACT_contributionMonthsInWindow: 'jumlah bulan iuran JKP dalam 24 bulan sebelum PHK',
    JKP_FACT_consecutiveMonthsBeforeLayoff: 'jumlah bulan iuran berturut-turut sebelum PHK',
    JKP_FACT_employedAgain: 'apakah peserta sudah bekerja kembali',
    JKP_FACT_claimDate: 'tanggal klaim',
    JKP_FACT_monthlyWage: 'upah terakhir yang dilaporkan pengusaha kepada BPJS Ketenagakerjaan',
    JKP_FACT_repeatContributionMonths: 'masa iur untuk klaim JKP kedua atau ketiga',
    JKP_CLAIM_BEFORE_CLAIMS_OPENED: 'Klaim {claimDate} sebelum klaim JKP dapat diajukan ({first}).',
    JKP_DEADLINE_BEFORE_CLAIMS_OPENED:
      'Batas klaim {deadline} berakhir sebelum klaim JKP dapat diajukan ({first}): aturan bagi PHK ini tidak ditemukan.',
    JKP_FIRST_CLAIM_ASSUMED: 'Dihitung sebagai klaim JKP pertama (claimNumber tidak diberikan).',
    JKP_REPEAT_MET: 'Klaim JKP ke-{claimNumber}: masa iur {months} bulan, paling sedikit {min} bulan.',
    JKP_REPEAT_NOT_MET: 'Klaim JKP ke-{claimNumber}: masa iur {months} bulan kurang dari {min} bulan.',
    JKP_CLAIM_NUMBER_OVER_MAX:
      'Klaim JKP ke-{claimNumber}: manfaat JKP paling banyak diajukan {max} kali; klaim ini tidak memenuhi syarat.',
    JKP_REPEAT_REPLACES_WINDOW:
      'Klaim ke-{claimNumber}: syarat 12 dari 24 bulan dan 6 bulan berturut-turut hanya untuk klaim pertama; diganti syarat masa iur.',
    JKP_WAGE_BASE: 'Dasar manfaat: upah terakhir yang dilaporkan {wage} (batas atas {cap}).',
    JKP_WAGE_CAPPED: 'Upah {wage} melebihi batas atas {cap}: dasar manfaat adalah {cap}.',
    JKP_PAYER_BPJS:
      'Tunggakan iuran {months} bulan, paling lama {maximum} bulan berturut-turut: BPJS Ketenagakerjaan membayar manfaat uang tunai (pengusaha tetap wajib melunasi tunggakan).',
    JKP_PAYER_EMPLOYER:
      'Tunggakan iuran {months} bulan, lebih dari {maximum} bulan berturut-turut: pengusaha wajib membayar manfaat uang tunai lebih dahulu; setelah melunasi tunggakan dan denda, pengusaha dapat meminta penggantian kepada BPJS Ketenagakerjaan paling lama 3 bulan sejak membayar, dan BPJS Ketenagakerjaan menggantinya paling lama 7 hari kerja.',
    JKP_PAYER_EMPLOYER_BEFORE_PP6:
      'Tunggakan iuran {months} bulan, lebih dari {maximum} bulan berturut-turut: pengusaha wajib membayar manfaat uang tunai lebih dahulu. Tata cara penggantian oleh BPJS Ketenagakerjaan (PP 6/2025 Pasal 39 ayat (4)–(6)) berlaku sejak {switchDate}, tidak untuk PHK sebelumnya.',
    JKP_PAYER_BANKRUPT:
      'Perusahaan pailit atau tutup dengan tunggakan {months} bulan (paling lama {maximum} bulan): BPJS Ketenagakerjaan tetap membayar; tunggakan dan denda tetap menjadi kewajiban pengusaha.',
    JKP_PAYER_UNKNOWN:
      'Tunggakan iuran pengusaha tidak diberikan (employerArrearsMonths): siapa yang membayar lebih dahulu belum dapat ditentukan.',
    JKP_PAYER_BANKRUPTCY_UNKNOWN:
      'Tunggakan {months} bulan lebih dari {maximum} bulan: bila perusahaan pailit atau tutup dengan tunggakan paling lama {bankruptMax} bulan BPJS Ketenagakerjaan tetap membayar; berikan employerBankruptOrClosed.',
    JKP_TRAINING_CAP:
      'Pelatihan kerja dibayar BPJS Ketenagakerjaan kepada lembaga pelatihan, paling banyak {cap} per peserta (bukan uang tunai kepada peserta).',
    JKP_TRAINING_PAID:
      'Biaya pelatihan {cost}, paling banyak {cap}: {amount} dibayar kepada lembaga pelatihan (bukan uang tunai kepada peserta).',
    JKP_JOB_MARKET:
      'Informasi pasar kerja dan bimbingan jabatan diberikan melalui SIAPkerja; manfaat bulan kedua dan seterusnya mensyaratkan kegiatan mencari kerja.',
    JKP_REGIME_TRANSITION:
      'PHK {date} dalam {months} bulan sebelum {switchDate}: manfaat dihitung menurut tanggal PHK ({regime}); ketentuan peralihan PP 6/2025 tidak ditemukan.',
    JKP_CONDITIONS_PP37_WORDING:
      'Rumusan PP 6/2025 atas syarat klaim (Pasal 19–20: pengunduran diri, bukti PHK) tidak terlihat: dipakai syarat PP 37/2021.',
    JKP_PAYER_NOT_DECIDED: 'belum dapat ditentukan',
    JKP_CLAIM_eligible: 'memenuhi syarat',
    JKP_CLAIM_not_eligible: 'tidak memenuhi syarat',
    JKP_CLAIM_unknown: 'belum dapat ditentukan',
    STEP_JKP_CLAIM: 'Pemeriksaan klaim JKP (checkJkpClaim): {status}.',
    STEP_JKP_REGIME: 'Rezim manfaat JKP menurut tanggal PHK {date}: {regime}.',
    STEP_JKP_WAGE: 'Dasar upah manfaat: {base} (upah {wage}, batas atas {cap}).',
    FORMULA_JKP_WAGE: 'dasar = min(upah terakhir yang dilaporkan, batas atas upah)',
    STEP_JKP_CASH_STEP:
      'Bulan {first}–{last}: {percent} × {base} = {amount} per bulan × {months} = {subtotal}.',
    FORMULA_JKP_CASH_STEP: 'persentase × dasar upah (dibulatkan sekali) × jumlah bulan',
    STEP_JKP_PAYER: 'Pembayar manfaat uang tunai: {payer}.',
    STEP_JKP_TRAINING: 'Pelatihan: min({cost}, {cap}) = {amount}.',
    STEP_JKP_TOTAL: 'Jumlah manfaat uang tunai JKP: {total} (status: {status}).',
  },
} as const satisfies MessageArea
