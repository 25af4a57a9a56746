import type { MessageArea } from '../types.js'

/** The Indonesian messages of the arrears area (late payment: penalties, and who pays benefits while in arrears). */
export const arrearsMessages = {
  id: {
    ARREARS_MONTH_OVERLAP: 'Bulan iuran {period} sudah disebut pada baris {first}.',
    ARREARS_PAID_BEFORE_MONTH: 'Pembayaran {paidOn} sebelum bulan iurannya {period} dimulai.',
    ARREARS_PAID_AFTER_AS_OF: 'Pembayaran {paidOn} sesudah tanggal hitung {asOf}.',
    ARREARS_AS_OF_REQUIRED:
      'Ada bulan yang belum dibayar: berikan asOf, tanggal penghitungan tunggakan dan denda.',
    ARREARS_PART_MONTHS:
      'Keterlambatan yang tidak genap sebulan dihitung sebagai satu bulan penuh: aturannya tidak ditemukan (asumsi pustaka; override arrears.countStartedMonths = false untuk bulan penuh saja).',
    ARREARS_SCOPE:
      'Denda 2% per bulan dikutip untuk iuran JKK dan JKM (PP 44/2015); pasal denda JHT, JP dan JKP belum diperiksa: denda dihitung atas seluruh jumlah yang diberikan.',
    ARREARS_DISCOUNT_PERIOD:
      'Bulan iuran {period} berada dalam masa diskon JKK PP 7/2025: satu sumber menyebut denda 0,5% pada masa itu, tidak terkonfirmasi; dipakai 2%.',
    ARREARS_HOLIDAYS_NOT_MOVED:
      'Jatuh tempo tidak digeser karena hari libur (PP 44/2015: hari kerja berikutnya; PP 49/2020: hari kerja sebelumnya).',
    ARREARS_CONSECUTIVE:
      'Pada {asOf}: {months} bulan berturut-turut menunggak; {unpaid} bulan belum dibayar seluruhnya.',
    ARREARS_PROGRAM_BPJS:
      '{program}: tunggakan {months} bulan, paling lama {maximum} bulan: BPJS Ketenagakerjaan membayar manfaat lebih dahulu.',
    ARREARS_PROGRAM_EMPLOYER:
      '{program}: tunggakan {months} bulan, lebih dari {maximum} bulan: pemberi kerja wajib membayar manfaat lebih dahulu; BPJS Ketenagakerjaan menggantinya setelah tunggakan dan denda dilunasi.',
    ARREARS_JKP_BANKRUPT:
      'JKP: perusahaan pailit atau tutup dengan tunggakan {months} bulan, paling lama {maximum} bulan: BPJS Ketenagakerjaan tetap membayar.',
    ARREARS_STATUS_on_time: 'tepat waktu',
    ARREARS_STATUS_late: 'terlambat',
    ARREARS_STATUS_unpaid: 'belum dibayar',
    ARREARS_STATUS_not_due: 'belum jatuh tempo',
    STEP_ARREARS_MONTH:
      '{period} ({status}): iuran {amount}, jatuh tempo {dueDate}, sampai {until}: {months} bulan × {rate} × {amount} = {penalty}.',
    FORMULA_ARREARS_PENALTY:
      'denda = bulan keterlambatan × tarif × iuran (tidak berbunga), dibulatkan sekali',
    STEP_ARREARS_TOTAL:
      'Iuran {due}, dibayar {paid}, belum dibayar {unpaid}; denda {penalty} (denda belum dibayar hingga {asOf} termasuk).',
    STEP_ARREARS_CONSECUTIVE: 'Tunggakan berturut-turut pada {asOf}: {months} bulan.',
    STEP_ARREARS_PROGRAM: '{program}: pembayar manfaat lebih dahulu {payer}.',
  },
} as const satisfies MessageArea
