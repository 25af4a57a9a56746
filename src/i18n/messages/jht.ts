import type { MessageArea } from '../types.js'

/** Messages of the JHT balance projection and claims (projectJhtBalance, checkJhtClaim, calculateJhtClaim). */
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
    JHT_GROWTH_BELOW_MINUS_ONE: 'Pertumbuhan iuran {growth} membuat iuran negatif.',
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
      'Proyeksi {from}–{until} memakai asumsi pemanggil: iuran awal Rp{contribution}, pertumbuhan {yearlyGrowth}/tahun, hasil pengembangan {returnRate}/tahun. Bukan angka resmi.',
    STEP_JHT_PRICED: 'Iuran JHT {month} ({category}, upah {wage}): {amount}.',
    STEP_JHT_YEAR: 'Tahun {year}, tingkat {rate} ({source}): hasil pengembangan {return}, saldo {balance}.',
    FORMULA_JHT_YEARLY_PRORATA:
      'tingkat × (saldo awal × bulan/12 + Σ iuran bulan m × (bulan terakhir − m)/12), dibulatkan sekali ke rupiah (setengah ke atas)',
    FORMULA_JHT_YEARLY_OPENING:
      'tingkat × saldo awal × bulan/12 (iuran tahun berjalan tidak berbunga), dibulatkan sekali ke rupiah (setengah ke atas)',
    FORMULA_JHT_MONTHLY: 'setiap bulan: saldo × tingkat ÷ 12, dibulatkan ke rupiah (setengah ke atas)',
    STEP_JHT_AGE: 'Usia {age} tahun dicapai pada {date}.',
    STEP_JHT_WAIT: 'Berhenti bekerja {separation}, masa tunggu {months} bulan: dapat dibayar sejak {date}.',
    STEP_JHT_MEMBERSHIP: 'Kepesertaan {years} tahun (minimal {minimum}, tercapai {date}).',
    STEP_JHT_PARTIAL: 'Paling banyak {rate} × saldo {balance} = {amount} (dibulatkan ke bawah).',
    STEP_JHT_TAX: 'PPh 21 final atas {amount}: {tax}; bersih {net}.',
    FORMULA_JHT_TAX:
      '{rate} × (jumlah − {threshold}), paling sedikit 0, dibulatkan ke rupiah (setengah ke atas)',
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
  },
  en: {
    JHT_MONTH_DUPLICATE: 'Month {month} appears more than once in the JHT history.',
    JHT_MONTH_ORDER: 'Month {month} is out of order: the JHT history must be ascending without overlap.',
    JHT_WITHDRAWAL_EXCEEDS_BALANCE:
      'The withdrawal of Rp{withdrawal} in {month} exceeds the JHT balance of Rp{balance}.',
    JHT_NEGATIVE_RATE_NOT_INTENDED:
      'Negative development rate ({rate}) for {year}; set allowNegativeRates if it is intended.',
    JHT_MONTH_TWO_CONTRIBUTIONS: 'Month {month} gives a contribution and also a category/wage: give one.',
    JHT_MONTH_CATEGORY_AND_WAGE: 'Month {month}: the category and the wage go together.',
    JHT_PROJECTION_ENDS_BEFORE: 'The projection ends {until}, before its first month {from}.',
    JHT_PROJECTION_TOO_LONG: 'The JHT history and projection hold at most {maximum} months.',
    JHT_GROWTH_BELOW_MINUS_ONE: 'A contribution growth of {growth} makes the contribution negative.',
    JHT_FACT_RATE: 'the JHT development rate of that year (no declared figure seen)',
    JHT_FACT_BIRTH_DATE: "the participant's birth date",
    JHT_FACT_SEPARATION_DATE: 'the date of the resignation letter or of the PHK',
    JHT_FACT_MEMBERSHIP_START: 'the membership start date',
    JHT_FACT_PREVIOUS_PARTIAL_CLAIM: 'whether a partial JHT claim was already taken',
    JHT_FACT_NATIONALITY: "the participant's nationality",
    JHT_FACT_DATE_OF_DEATH: 'the date of death',
    JHT_FACT_BALANCE: 'the JHT balance on the claim date',
    JHT_METHOD_USED: "The return is credited with the {method} method (the library's choice unless given).",
    JHT_ASSUMPTIONS:
      "The projection {from}–{until} uses the caller's assumptions: first contribution Rp{contribution}, growth {yearlyGrowth}/year, return {returnRate}/year. Not declared figures.",
    STEP_JHT_PRICED: 'JHT contribution {month} ({category}, wage {wage}): {amount}.',
    STEP_JHT_YEAR: 'Year {year}, rate {rate} ({source}): return {return}, balance {balance}.',
    FORMULA_JHT_YEARLY_PRORATA:
      'rate × (opening balance × months/12 + Σ contribution of month m × (last month − m)/12), rounded once to the rupiah (half up)',
    FORMULA_JHT_YEARLY_OPENING:
      'rate × opening balance × months/12 (in-year contributions earn nothing), rounded once to the rupiah (half up)',
    FORMULA_JHT_MONTHLY: 'each month: balance × rate ÷ 12, rounded to the rupiah (half up)',
    STEP_JHT_AGE: 'Age {age} is reached on {date}.',
    STEP_JHT_WAIT: 'Work ended {separation}, waiting period {months} month(s): payable from {date}.',
    STEP_JHT_MEMBERSHIP: '{years} years of membership (minimum {minimum}, reached {date}).',
    STEP_JHT_PARTIAL: 'At most {rate} × balance {balance} = {amount} (rounded down).',
    STEP_JHT_TAX: 'Final PPh 21 on {amount}: {tax}; net {net}.',
    FORMULA_JHT_TAX: '{rate} × (amount − {threshold}), at least 0, rounded to the rupiah (half up)',
    STEP_JHT_NO_HEIR: 'No heir: the JHT balance goes to the Balai Harta Peninggalan.',
    JHT_DEATH_GROUND: 'The participant died on {date}: the JHT is paid.',
    JHT_DEATH_NO_HEIR:
      'No heir in any group of the order: the JHT balance goes to the Balai Harta Peninggalan (state estate office; not the DJS as for JKM).',
    JHT_DEATH_HEIRS_NAMED: '{count} heir(s) of group {rank} of the order receive the JHT balance.',
    JHT_WORKING_ELSEWHERE:
      'The participant works elsewhere now: a claim for leaving work is not paid (BPJS TK practice).',
    JHT_NOT_WORKING_PRACTICE:
      'In BPJS TK practice this claim also requires that the participant does not work elsewhere now (workingElsewhere).',
    JHT_PARTIAL_TAX_NOT_FOUND: 'The tax on a partial JHT claim was not found; not computed.',
    JHT_TAX_REFORM_NOT_VERIFIED:
      'The tax follows PP 68/2009 Pasal 5; whether the 2024 PPh 21 reform changed it is not verified.',
    JHT_MEMBERSHIP_AFTER_CLAIM: 'The membership start {membershipStart} is after the claim date {claimDate}.',
    JHT_DEATH_AFTER_CLAIM: 'The date of death {dateOfDeath} is after the claim date {claimDate}.',
    JHT_RECIPIENT_PARTICIPANT: 'you',
    JHT_RECIPIENT_HEIRS: 'the heirs',
    JHT_RECIPIENT_BALAI_HARTA_PENINGGALAN: 'the Balai Harta Peninggalan (state estate office)',
    JHT_TIMELINE_FROM: 'From {from}, {who} can claim the JHT.',
    JHT_TIMELINE_LUMP_SUM: 'From {from}, {who} receive the JHT as a lump sum of {amount}.',
    JHT_TIMELINE_PARTIAL: 'From {from}, {who} can withdraw at most {amount} (once).',
    JHT_TIMELINE_TAX: 'Final PPh 21 {tax}; net {net}.',
    JHT_RATE_MISSING: 'The JHT development rate of {year} is not known; give it in rates["{year}"] (D26).',
    JHT_RATE_LOW_CONFIDENCE: 'The JHT development rate of {year} ({rate}) is low-confidence.',
    JHT_RATE_ASSUMED:
      'The development rate of {year} ({rate}) is a caller assumption, not a declared figure.',
    JHT_METHOD_ESTIMATE:
      'How BPJS TK credits the return ({method}) is not known from the regulations; the result is an estimate.',
    JHT_AGE_REACHED: 'Age {age} reached on {date}.',
    JHT_AGE_NOT_REACHED: 'Age {age} is reached only on {date}.',
    JHT_WAIT_MET: 'The {months}-month waiting period after leaving work has passed (since {date}).',
    JHT_WAIT_NOT_MET: 'The {months}-month waiting period after leaving work ends on {date}.',
    JHT_SEPARATION_AT_AGE_ONLY: 'On the date work ended, JHT was paid only at the pension age ({date}).',
    JHT_PARTIAL_MET: '{years} years of membership meet the {minimum}-year minimum for a partial claim.',
    JHT_PARTIAL_SHORT: '{years} years of membership, below the {minimum}-year minimum for a partial claim.',
    JHT_PARTIAL_USED: 'A partial JHT claim is allowed once and has already been taken.',
    JHT_LEAVING_FOREIGN: 'A foreign national leaving Indonesia for good may claim the JHT.',
    JHT_LEAVING_CITIZEN: 'A claim for leaving Indonesia is for foreign nationals only.',
    JHT_DEATH_HEIRS:
      'The JHT is paid to the heirs; with no heir, the balance goes to the Balai Harta Peninggalan.',
    JHT_DISABILITY: 'The JHT is paid for total permanent disability, from {date}.',
    JHT_FACT_DISABILITY_DATE: 'the date of the total permanent disability determination',
    STEP_JHT_DISABILITY: 'Total permanent disability determined {determination}: payable from {date}.',
    JHT_BIRTH_AFTER_CLAIM: 'The birth date {birthDate} is after the claim date {claimDate}.',
  },
} as const satisfies MessageArea
