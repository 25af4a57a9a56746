import type { MessageArea } from '../types.js'

/** The Indonesian messages of the JP pension benefit (calculateJpBenefit). */
export const jpBenefitMessages = {
  id: {
    JP_WAGE_MONTH_OVERLAP:
      'Bulan {period} muncul lebih dari sekali dalam riwayat upah (pertama di baris {first}).',
    JP_WAGE_MONTH_BEFORE_MEMBERSHIP: 'Bulan {period} sebelum awal kepesertaan {membershipStart}.',
    JP_WAGE_MONTH_AFTER_EVENT: 'Bulan {period} sesudah tanggal peristiwa {eventDate}.',
    JP_EVENT_BEFORE_BIRTH: 'Tanggal peristiwa {eventDate} sebelum tanggal lahir {birthDate}.',
    JP_BOUNDS_INVERTED: 'Manfaat minimum lebih besar dari maksimum.',
    JP_FACT_INFLATION: 'inflasi tahun tersebut untuk indeksasi upah (PP 45/2015 Pasal 17 ayat 3)',
    FACT_JP_BOUNDS: 'batas manfaat minimum dan maksimum tahun pertama (belum terbit)',
    JP_FACT_SURVIVOR_SHARE: 'bagian manfaat ahli waris (tidak ditemukan dalam peraturan yang terbaca)',
    JP_MONTHLY_PENSION: 'Masa iur {months} bulan mencapai {minimum} bulan: manfaat pensiun bulanan.',
    JP_LUMP_SUM_BELOW_15: 'Masa iur {months} bulan kurang dari {minimum} bulan: manfaat sekaligus.',
    JP_AS_FIFTEEN_YEARS:
      'Kepesertaan {membership} bulan (minimal {minMembership}) dan kepadatan iur {density:n} (minimal {minDensity:n}): masa iur dianggap {minimum} bulan.',
    JP_AS_FIFTEEN_NOT_MET:
      'Syarat dianggap 15 tahun tidak terpenuhi (kepesertaan {membership} bulan, kepadatan {density:n}): manfaat sekaligus.',
    JP_NO_MONTHLY_BEFORE:
      'JP dimulai Juli 2015: masa iur {minimum} bulan paling cepat tercapai pada {earliest}; sebelum itu manfaat hari tua selalu sekaligus.',
    JP_NOT_YET_PENSION_AGE: 'Usia pensiun ({pensionAge}) dicapai pada {date}; manfaat mulai {start}.',
    JP_MINIMUM_APPLIES: '{what} menghasilkan {amount}, di bawah manfaat minimum {bound}: dibayar {bound}.',
    JP_MAXIMUM_APPLIES: '{what} menghasilkan {amount}, di atas manfaat maksimum {bound}: dibayar {bound}.',
    // what JP_MINIMUM_APPLIES / JP_MAXIMUM_APPLIES compare with the bound: the pension, or a survivor's share of it
    JP_BOUNDED_FORMULA: 'Rumus',
    JP_BOUNDED_SHARE: 'Bagian ahli waris ({share:n} × {formula} menurut rumus)',
    JP_SURVIVOR_BOUNDS_NOT_APPLIED:
      'Minimum dan maksimum tidak diterapkan pada pensiun ahli waris (tidak ditemukan apakah berlaku).',
    JP_LUMP_SUM_NO_RETURNS:
      'Hasil pengembangan tidak termasuk (tingkatnya tidak diketahui): hanya akumulasi iuran.',
    JP_NO_PAYMENT_INDEXATION:
      'Faktor indeksasi manfaat tahun berikutnya tidak diberikan: manfaat tidak diindeksasi (PP 45/2015 Pasal 17(4) tidak terbaca).',
    JP_BOUNDS_DERIVED:
      'Batas manfaat {year} adalah nilai turunan (inflasi × batas tahun sebelumnya), bukan nilai terbit.',
    JP_DENSITY_ASSUMED:
      'Kepadatan iur dihitung sebagai bulan dibayar ÷ bulan kepesertaan (definisi tidak terbaca).',
    JP_AVERAGE_MONTH_WEIGHTED:
      'Rata-rata upah tertimbang dihitung per bulan (setiap bulan dibayar berbobot sama).',
    JP_INDEXATION_ANNIVERSARY:
      'Setiap tahun berikutnya dihitung dari bulan pertama pembayaran ({start}), bukan tahun kalender (tidak terbaca dalam peraturan).',
    JP_TIMELINE_MONTHLY: 'Mulai {from} Anda menerima {amount}/bulan.',
    JP_TIMELINE_LUMP_SUM: 'Pada {from} Anda menerima manfaat sekaligus {amount}.',
    JP_TIMELINE_INDEXED: 'Mulai {from}: {amount}/bulan (indeksasi {factor:n}).',
    STEP_JP_START: 'Manfaat mulai {start} (usia pensiun {pensionAge} dicapai {date}).',
    STEP_JP_MONTHS: 'Masa iur {months} bulan; dipakai {counted} bulan.',
    STEP_JP_AVERAGE: 'Rata-rata upah tertimbang {average} dari {months} bulan.',
    FORMULA_JP_AVERAGE: 'Σ min(upah, batas) × Π(1 + inflasi tahun T … tahun pensiun − 1) ÷ jumlah bulan',
    STEP_JP_FORMULA: 'Manfaat pensiun menurut rumus: {amount}.',
    FORMULA_JP_FORMULA: '{rate:n} × ({months} ÷ 12) × {average}, dibulatkan ke rupiah (setengah ke atas)',
    STEP_JP_BOUNDS: 'Batas {minimum} – {maximum}: manfaat {amount}.',
    STEP_JP_SHARE: 'Bagian ahli waris {share:n}: {amount}.',
    STEP_JP_LUMP_SUM: 'Manfaat sekaligus: iuran {contributions}, total {total}.',
  },
} satisfies MessageArea
