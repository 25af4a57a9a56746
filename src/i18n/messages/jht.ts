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
  },
} as const satisfies MessageArea
