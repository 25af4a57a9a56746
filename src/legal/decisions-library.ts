import { decision } from './decision-full.js'
import type { DecisionTitle } from './decisions.js'

/*
 * The library's own choices L1 to L6 (decisions that read no open legal question but how the library takes its
 * input or reads a figure): each title is its own constant, and the whole decision (`L1_FULL`) is built by a call
 * marked pure. Listed in the registry (src/legal/decisions.ts, which re-exports the titles).
 */

export const L1: DecisionTitle = {
  id: 'L1',
  question: {
    id: 'Keringanan PP 49/2020 bila masukan tidak menyebutnya.',
    en: 'The PP 49/2020 relief when the input does not say.',
  },
}
export const L1_FULL = /* @__PURE__ */ decision(L1, {
  answer: {
    id: 'Untuk iuran 2020-08 s.d. 2021-01 keringanan (JKK dan JKM 99%, JP ditunda) diterapkan bila `covidRelief` tidak diberikan, dengan peringatan COVID_RELIEF_ASSUMED; `covidRelief: false` mematikannya.',
    en: 'For contribution months 2020-08 to 2021-01 the relief (JKK and JKM cut by 99%, JP deferred) is applied when `covidRelief` is not given, with a COVID_RELIEF_ASSUMED warning; `covidRelief: false` turns it off.',
  },
  reason: {
    id: 'Hampir semua pemberi kerja yang membayar tepat waktu memenuhi syarat (Pasal 13); tagihan BPJS TK masa itu sudah memuat keringanan.',
    en: 'Almost every employer paying on time qualified (Pasal 13); BPJS TK invoices of that time already showed the relief.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-49-2020', article: 'Pasal 13' }],
  parameters: [
    'relief.pp49-2020.jkkDiscount',
    'relief.pp49-2020.jkmDiscount',
    'relief.pp49-2020.jpDeferredShare',
  ],
})

export const L2: DecisionTitle = {
  id: 'L2',
  question: {
    id: 'Paket iuran PMI untuk lama kontrak tertentu.',
    en: 'Which PMI contribution package a contract length takes.',
  },
}
export const L2_FULL = /* @__PURE__ */ decision(L2, {
  answer: {
    id: 'Paket terpanjang yang jangkanya tidak melebihi kontrak, ditambah iuran per bulan untuk setiap bulan di luar paket; kontrak lebih pendek dari semua paket mengambil paket terpendek. Bila paket yang lebih panjang lebih murah, hasil memberi peringatan.',
    en: 'The longest package whose term does not exceed the contract, plus the monthly amount for each month beyond it; a contract shorter than every package takes the shortest. A warning says when the next longer package would cost less.',
  },
  reason: {
    id: 'Permenaker 4/2023 menetapkan paket dan perpanjangan per bulan tetapi tidak cara memilih di antara keduanya.',
    en: 'Permenaker 4/2023 sets the packages and the monthly extension but not how to choose between them.',
  },
  confidence: 'medium',
  sources: [{ source: 'PERMENAKER-4-2023', article: 'Pasal 18' }, { source: 'PERMENAKER-18-2018' }],
  parameters: ['pmi.packages', 'pmi.extensionMonthly'],
})

export const L3: DecisionTitle = {
  id: 'L3',
  question: {
    id: 'Siapa "pembayar" yang dikecualikan dari diskon PP 50/2025.',
    en: 'Which payers PP 50/2025 excludes from its discount.',
  },
}
export const L3_FULL = /* @__PURE__ */ decision(L3, {
  answer: {
    id: 'Hanya iuran yang dibayar APBN atau APBD yang dikecualikan; iuran yang dibayar peserta sendiri atau pihak lain (donatur, zakat, CSR) mendapat diskon. Tanpa keterangan pembayar hasilnya menyebut masukan yang kurang.',
    en: 'Only contributions paid from APBN or APBD are excluded; contributions paid by the participant or another body (donor, zakat, CSR) get the discount. Without the payer the result names the missing input.',
  },
  reason: {
    id: 'Sumber menyebut pengecualian bagi peserta yang iurannya dibayar pemerintah; pembayar lain tidak disebut.',
    en: 'The sources exclude participants whose contributions the government pays; other payers are not named.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-50-2025' }],
})

export const L4: DecisionTitle = {
  id: 'L4',
  question: {
    id: 'Faktor upah harian menjadi bulanan untuk iuran dan untuk manfaat.',
    en: 'The daily-to-monthly wage factor for contributions and for benefits.',
  },
}
export const L4_FULL = /* @__PURE__ */ decision(L4, {
  answer: {
    id: 'Dua parameter bertanggal: 25 untuk dasar iuran (upah sehari × 25), 30 untuk manfaat (D21). Setiap hasil yang mengonversi upah harian menyebut faktor yang dipakai.',
    en: 'Two dated parameters: 25 for the contribution base (daily wage × 25), 30 for benefits (D21). Every result that converts a daily wage names the factor used.',
  },
  reason: {
    id: 'Aturan iuran PP 44/2015 memakai 25 menurut laporan sekunder; kasus manfaat yang dipublikasikan cocok dengan 30.',
    en: 'The PP 44/2015 contribution rule uses 25 per secondary reports; published benefit cases match 30.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-44-2015' }],
  parameters: [
    'pu.wage.dailyToMonthlyFactor',
    'jkkDeath.dailyToMonthlyFactor',
    'jkk.benefit.dailyToMonthlyFactor',
  ],
})

export const L5: DecisionTitle = {
  id: 'L5',
  question: {
    id: 'Pembagian JKM PMI selama bekerja (santunan kematian dan biaya pemakaman).',
    en: 'The split of the PMI during-work JKM (death benefit and funeral benefit).',
  },
}
export const L5_FULL = /* @__PURE__ */ decision(L5, {
  answer: {
    id: 'Rp85.000.000 dibayar sekaligus kepada ahli waris sebagai santunan kematian, santunan berkala dan biaya pemakaman. Pembagian per komponen tidak terlihat dalam sumber: bila ada ahli waris seluruhnya dibayarkan; bila tidak ada ahli waris, bagian biaya pemakaman menjadi hak pihak yang mengurus pemakaman: pemanggil memberikannya (parameter `jkm.pmi.duringWork.funeral`) dan hasil memecah jumlahnya; tanpa itu seluruhnya tetap sebagai santunan sekaligus dengan peringatan PMI_FUNERAL_PART_UNKNOWN.',
    en: 'Rp85,000,000 is paid at once to the heirs as death benefit, periodic benefit and funeral benefit. The split per component was not seen in the sources: with heirs the whole sum is paid; with no heirs, the funeral part is due to whoever arranged the funeral: the caller gives it (parameter `jkm.pmi.duringWork.funeral`) and the result splits the sum; otherwise the whole sum stays the lump sum with a PMI_FUNERAL_PART_UNKNOWN warning.',
  },
  reason: {
    id: 'Artikel BPJS TK menyebut ketiga komponen dan jumlah totalnya; pasal dengan jumlah per komponen tidak ditemukan (D26).',
    en: 'The BPJS TK article names the three components and the total; no article giving the amount of each was found (D26).',
  },
  confidence: 'low',
  sources: [
    { source: 'PERMENAKER-4-2023' },
    { source: 'PERMENAKER-18-2018' },
    { source: 'BPJSTK-ART-18896' },
  ],
  parameters: ['jkm.pmi.duringWork.amount', 'jkm.pmi.duringWork.funeral'],
})

export const L6: DecisionTitle = {
  id: 'L6',
  question: {
    id: 'PPPK paruh waktu (UU 20/2023).',
    en: 'Part-time PPPK (UU 20/2023).',
  },
}
export const L6_FULL = /* @__PURE__ */ decision(L6, {
  answer: {
    id: 'Hubungan kerja tersendiri dalam checkEligibility: `pppk-part-time`, PU dengan pemberi kerja penyelenggara negara. JKK dan JKM wajib karena kantor cabang BPJS TK mempertahankan mereka sebagai peserta sampai ada aturan yang memindahkannya; JHT, JP dan JKP `unknown` karena tidak ada sumber yang menjawabnya untuk kelompok ini (parameter `eligibility.pppkPartTime.programs`). Sebelum UU 20/2023 berlaku (2023-10-31) kelompok ini belum ada: kategori `unknown`.',
    en: 'A relationship of its own in checkEligibility: `pppk-part-time`, PU with a state employer. JKK and JKM are mandatory, since BPJS TK branches keep them as participants until a rule moves them; JHT, JP and JKP are `unknown`, as no source answers them for this group (parameter `eligibility.pppkPartTime.programs`). Before UU 20/2023 took effect (2023-10-31) the group did not exist: the category is `unknown`.',
  },
  reason: {
    id: 'UU 20/2023 menciptakan PPPK paruh waktu tanpa mengatur jaminan sosialnya dalam teks yang terlihat; tidak ada aturan yang memindahkan mereka ke Taspen.',
    en: 'UU 20/2023 created part-time PPPK without settling their social security in the text seen; no rule moving them to Taspen was found.',
  },
  confidence: 'low',
  sources: [{ source: 'UU-20-2023' }, { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' }],
  parameters: ['eligibility.pppkPartTime.programs'],
})
