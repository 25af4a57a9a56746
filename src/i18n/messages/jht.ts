import type { MessageArea } from '../types.js'

/** Messages of the JHT balance projection (projectJhtBalance). */
export const jhtMessages = {
  id: {
    JHT_MONTH_DUPLICATE: 'Bulan {month} muncul lebih dari sekali dalam riwayat JHT.',
    JHT_MONTH_ORDER: 'Bulan {month} tidak berurutan: riwayat JHT harus urut naik tanpa tumpang tindih.',
    JHT_WITHDRAWAL_EXCEEDS_BALANCE: 'Penarikan Rp{withdrawal} pada {month} melebihi saldo JHT Rp{balance}.',
    JHT_NEGATIVE_RATE_NOT_INTENDED:
      'Tingkat pengembangan negatif ({rate}) untuk tahun {year}; tandai allowNegativeRates bila memang dimaksud.',
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
    JHT_DISABILITY: 'JHT dibayar karena cacat total tetap.',
    JHT_BIRTH_AFTER_CLAIM: 'Tanggal lahir setelah tanggal klaim.',
  },
  en: {
    JHT_MONTH_DUPLICATE: 'Month {month} appears more than once in the JHT history.',
    JHT_MONTH_ORDER: 'Month {month} is out of order: the JHT history must be ascending without overlap.',
    JHT_WITHDRAWAL_EXCEEDS_BALANCE:
      'The withdrawal of Rp{withdrawal} in {month} exceeds the JHT balance of Rp{balance}.',
    JHT_NEGATIVE_RATE_NOT_INTENDED:
      'Negative development rate ({rate}) for {year}; set allowNegativeRates if it is intended.',
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
    JHT_DISABILITY: 'The JHT is paid for total permanent disability.',
    JHT_BIRTH_AFTER_CLAIM: 'The birth date is after the claim date.',
  },
} as const satisfies MessageArea
