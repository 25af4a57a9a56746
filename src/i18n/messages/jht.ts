import type { MessageArea } from '../types.js'

/** The Indonesian messages of the JHT balance projection and claims (projectJhtBalance, checkJhtClaim, calculateJhtClaim). */
export const jhtMessages = {
  id: {
    JHT_MONTH_DUPLICATE: 'Bulan {month} muncul lebih dari sekali dalam riwayat JHT.',
    JHT_MONTH_ORDER: 'Bulan {month} tidak berurutan: riwayat JHT harus urut naik tanpa tumpang tindih.',
    JHT_WITHDRAWAL_EXCEEDS_BALANCE: 'Penarikan Rp{withdrawal} pada {month} melebihi saldo JHT Rp{balance}.',
    JHT_NEGATIVE_RATE_NOT_INTENDED:
      'Tingkat pengembangan negatif ({rate}) untuk tahun {year}; tandai allowNegativeRates bila memang dimaksud.',
    JHT_MONTH_TWO_CONTRIBUTIONS: 'Bulan {month} memberi iuran dan juga kategori/upah: pilih salah satu.',
    JHT_MONTH_CATEGORY_AND_WAGE: 'Bulan {month}: kategori dan upah harus diberikan bersama.',
    JHT_PROJECTION_ENDS_BEFORE: 'Proyeksi berakhir {until}, sebelum bulan pertamanya {from}.',
    JHT_PROJECTION_TOO_LONG: 'Riwayat dan proyeksi JHT paling banyak {maximum} bulan.',
    JHT_GROWTH_BELOW_MINUS_ONE: 'Pertumbuhan iuran {growth:n} membuat iuran negatif.',
    JHT_FACT_RATE: 'tingkat pengembangan JHT tahun tersebut (tidak ada angka resmi yang terbaca)',
    JHT_FACT_BIRTH_DATE: 'tanggal lahir peserta',
    JHT_FACT_SEPARATION_DATE: 'tanggal surat pengunduran diri atau PHK',
    JHT_FACT_MEMBERSHIP_START: 'tanggal awal kepesertaan',
    JHT_FACT_PREVIOUS_PARTIAL_CLAIM: 'apakah klaim JHT sebagian pernah diambil',
    JHT_FACT_NATIONALITY: 'kewarganegaraan peserta',
    JHT_FACT_DATE_OF_DEATH: 'tanggal meninggal dunia',
    JHT_FACT_BALANCE: 'saldo JHT pada tanggal klaim',
    JHT_METHOD_USED:
      'Hasil pengembangan dibukukan dengan cara {method} (pilihan pustaka bila tidak ditentukan).',
    JHT_ASSUMPTIONS:
      'Proyeksi {from}–{until} memakai asumsi pemanggil: iuran awal {contribution}, pertumbuhan {yearlyGrowth:n}/tahun, hasil pengembangan {returnRate:n}/tahun. Bukan angka resmi.',
    STEP_JHT_PRICED: 'Iuran JHT {month} ({category}, upah {wage}): {amount}.',
    STEP_JHT_YEAR: 'Tahun {year}, tingkat {rate:n} ({source}): hasil pengembangan {return}, saldo {balance}.',
    FORMULA_JHT_YEARLY_PRORATA:
      'tingkat × (saldo awal × bulan/12 + Σ iuran bulan m × (bulan terakhir − m)/12), dibulatkan sekali ke rupiah (setengah ke atas)',
    FORMULA_JHT_YEARLY_OPENING:
      'tingkat × saldo awal × bulan/12 (iuran tahun berjalan tidak berbunga), dibulatkan sekali ke rupiah (setengah ke atas)',
    FORMULA_JHT_MONTHLY: 'setiap bulan: saldo × tingkat ÷ 12, dibulatkan ke rupiah (setengah ke atas)',
    STEP_JHT_AGE: 'Usia {age} tahun dicapai pada {date}.',
    STEP_JHT_WAIT: 'Berhenti bekerja {separation}, masa tunggu {months} bulan: dapat dibayar sejak {date}.',
    STEP_JHT_MEMBERSHIP: 'Kepesertaan {years} tahun (minimal {minimum}, tercapai {date}).',
    STEP_JHT_PARTIAL: 'Paling banyak {rate:n} × saldo {balance} = {amount} (dibulatkan ke bawah).',
    STEP_JHT_TAX: 'PPh 21 final atas {amount}: {tax}; bersih {net}.',
    FORMULA_JHT_TAX:
      '{rate:n} × (jumlah − {threshold}), paling sedikit 0, dibulatkan ke rupiah (setengah ke atas)',
    STEP_JHT_NO_HEIR: 'Tidak ada ahli waris: saldo JHT diserahkan ke Balai Harta Peninggalan.',
    JHT_DEATH_GROUND: 'Peserta meninggal dunia pada {date}: JHT dibayar.',
    JHT_DEATH_NO_HEIR:
      'Tidak ada ahli waris dalam urutan mana pun: saldo JHT diserahkan ke Balai Harta Peninggalan (bukan DJS seperti JKM).',
    JHT_DEATH_HEIRS_NAMED: '{count} ahli waris dalam kelompok urutan ke-{rank} menerima saldo JHT.',
    JHT_WORKING_ELSEWHERE:
      'Peserta sedang bekerja di tempat lain: klaim karena berhenti bekerja tidak dibayar (praktik BPJS TK).',
    JHT_NOT_WORKING_PRACTICE:
      'Menurut praktik BPJS TK, klaim ini juga mensyaratkan peserta tidak sedang bekerja di tempat lain (workingElsewhere).',
    JHT_PARTIAL_TAX_NOT_FOUND: 'Pajak atas klaim JHT sebagian tidak ditemukan; tidak dihitung.',
    JHT_TAX_REFORM_NOT_VERIFIED:
      'Pajak mengikuti PP 68/2009 Pasal 5; apakah reformasi PPh 21 tahun 2024 mengubahnya belum diverifikasi.',
    JHT_MEMBERSHIP_AFTER_CLAIM: 'Awal kepesertaan {membershipStart} setelah tanggal klaim {claimDate}.',
    JHT_DEATH_AFTER_CLAIM: 'Tanggal meninggal {dateOfDeath} setelah tanggal klaim {claimDate}.',
    JHT_SEPARATION_AFTER_CLAIM:
      'Tanggal berhenti bekerja {separationDate} setelah tanggal klaim {claimDate}.',
    JHT_DISABILITY_AFTER_CLAIM:
      'Tanggal penetapan cacat total tetap {disabilityDate} setelah tanggal klaim {claimDate}.',
    JHT_RECIPIENT_PARTICIPANT: 'Anda',
    JHT_RECIPIENT_HEIRS: 'ahli waris',
    JHT_RECIPIENT_BALAI_HARTA_PENINGGALAN: 'Balai Harta Peninggalan',
    JHT_TIMELINE_FROM: 'Mulai {from}, {who} dapat mengklaim JHT.',
    JHT_TIMELINE_LUMP_SUM: 'Mulai {from}, {who} menerima JHT sekaligus {amount}.',
    JHT_TIMELINE_PARTIAL: 'Mulai {from}, {who} dapat menarik paling banyak {amount} (sekali).',
    JHT_TIMELINE_TAX: 'PPh 21 final {tax}; bersih {net}.',
    JHT_RATE_MISSING:
      'Tingkat pengembangan JHT tahun {year} tidak diketahui; berikan di rates["{year}"] (D26).',
    JHT_RATE_LOW_CONFIDENCE: 'Tingkat pengembangan JHT tahun {year} ({rate}) berkeyakinan rendah.',
    JHT_RATE_ASSUMED:
      'Tingkat pengembangan tahun {year} ({rate}) adalah asumsi pemanggil, bukan angka resmi.',
    JHT_METHOD_ESTIMATE:
      'Cara pembukuan hasil pengembangan ({method}) tidak diketahui dari regulasi; hasilnya perkiraan.',
    JHT_AGE_REACHED: 'Usia {age} tahun tercapai pada {date}.',
    JHT_AGE_NOT_REACHED: 'Usia {age} tahun baru tercapai pada {date}.',
    JHT_WAIT_MET: 'Masa tunggu {months} bulan sejak berhenti bekerja telah lewat (sejak {date}).',
    JHT_WAIT_NOT_MET: 'Masa tunggu {months} bulan sejak berhenti bekerja berakhir pada {date}.',
    JHT_SEPARATION_AT_AGE_ONLY:
      'Pada tanggal berhenti bekerja, JHT hanya dibayar pada usia pensiun ({date}).',
    JHT_PARTIAL_MET: 'Kepesertaan {years} tahun memenuhi minimum {minimum} tahun untuk klaim sebagian.',
    JHT_PARTIAL_SHORT: 'Kepesertaan {years} tahun, kurang dari minimum {minimum} tahun untuk klaim sebagian.',
    JHT_PARTIAL_USED: 'Klaim JHT sebagian hanya dapat dilakukan satu kali dan sudah diambil.',
    JHT_LEAVING_FOREIGN:
      'Warga negara asing yang meninggalkan Indonesia untuk selamanya dapat mengklaim JHT.',
    JHT_LEAVING_CITIZEN: 'Klaim karena meninggalkan Indonesia hanya untuk warga negara asing.',
    JHT_DEATH_HEIRS:
      'JHT dibayar kepada ahli waris; bila tidak ada ahli waris, saldo diserahkan ke Balai Harta Peninggalan.',
    JHT_DISABILITY: 'JHT dibayar karena cacat total tetap, sejak {date}.',
    JHT_FACT_DISABILITY_DATE: 'tanggal penetapan cacat total tetap',
    STEP_JHT_DISABILITY: 'Cacat total tetap ditetapkan {determination}: dapat dibayar sejak {date}.',
    JHT_BIRTH_AFTER_CLAIM: 'Tanggal lahir {birthDate} setelah tanggal klaim {claimDate}.',
    JHT_DEATH_BEFORE_BIRTH: 'Tanggal meninggal {dateOfDeath} sebelum tanggal lahir {birthDate}.',
    JHT_MEMBERSHIP_BEFORE_BIRTH: 'Awal kepesertaan {membershipStart} sebelum tanggal lahir {birthDate}.',
    JHT_SEPARATION_BEFORE_BIRTH:
      'Tanggal berhenti bekerja {separationDate} sebelum tanggal lahir {birthDate}.',
    JHT_DISABILITY_BEFORE_BIRTH:
      'Tanggal penetapan cacat total tetap {disabilityDate} sebelum tanggal lahir {birthDate}.',
  },
} as const satisfies MessageArea
