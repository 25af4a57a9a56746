import { decision } from './decision-full.js'
import type { DecisionTitle } from './decisions.js'

/*
 * Library decisions D1 to D13: each decision's title (its id and question) is its own constant, and the whole
 * decision (`D1_FULL`) is built by a call marked pure, so a bundle that only cites a title keeps the question
 * alone. Listed in the registry (src/legal/decisions.ts, which re-exports the titles).
 */

export const D1: DecisionTitle = {
  id: 'D1',
  question: {
    id: 'Baris tabel penghasilan BPU (PP 44/2015 Lampiran II) tidak diketahui seluruhnya.',
    en: 'The rows of the BPU income table (PP 44/2015 Lampiran II) are not all known.',
  },
}
export const D1_FULL = /* @__PURE__ */ decision(D1, {
  answer: {
    id: 'Penghasilan yang dilaporkan menjadi dasar iuran, dibatasi Rp1.000.000 … Rp20.700.000 (baris terendah dan tertinggi) dengan peringatan BPU_INCOME_CLAMPED; JKK 1%, JHT 2%, JKM Rp6.800. Tidak dibulatkan ke baris antara.',
    en: 'The declared income is the base, clamped to Rp1,000,000 … Rp20,700,000 (lowest and highest rows) with a BPU_INCOME_CLAMPED warning; JKK 1%, JHT 2%, JKM Rp6,800. Intermediate rows are not snapped to.',
  },
  reason: {
    id: 'Baris terendah dan tertinggi serta tarifnya terlihat di sumber; baris antara tidak.',
    en: 'The lowest and highest rows and the rates are seen in sources; the rows between are not.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-44-2015', article: 'Lampiran II' }, { source: 'PERMENAKER-5-2021' }],
  parameters: ['bpu.income.floor', 'bpu.income.ceiling', 'bpu.jkk.rate', 'bpu.jht.rate', 'bpu.jkm.amount'],
})

export const D2: DecisionTitle = {
  id: 'D2',
  question: {
    id: 'Kematian dengan masa kepesertaan kurang dari 3 bulan.',
    en: 'Death with under 3 months of membership.',
  },
}
export const D2_FULL = /* @__PURE__ */ decision(D2, {
  answer: {
    id: 'Untuk kematian sejak 2025-02-24, peserta dalam cakupan (BPU secara bawaan) dengan kepesertaan < 3 bulan menerima Rp10.000.000 (santunan kematian Rp8.000.000 + biaya pemakaman Rp2.000.000), tanpa santunan berkala dan beasiswa. Kematian sebelumnya menerima JKM penuh.',
    en: 'For deaths from 2025-02-24, a participant in scope (BPU by default) with under 3 months of membership gets Rp10,000,000 (death benefit Rp8,000,000 + funeral Rp2,000,000), no periodic benefit and no scholarship. Earlier deaths get the full JKM.',
  },
  reason: {
    id: 'Permenaker 1/2025 diundangkan 2025-02-24; laporan cabang BPJS TK konsisten tentang Rp10 juta; pembagian dan cakupan kurang pasti.',
    en: 'Permenaker 1/2025 was promulgated on 2025-02-24; BPJS TK branch reports agree on Rp10 million; the split and the scope are less certain.',
  },
  confidence: 'medium',
  sources: [{ source: 'PERMENAKER-1-2025' }],
  parameters: [
    'jkm.shortMembership.months',
    'jkm.shortMembership.lumpSum',
    'jkm.shortMembership.funeral',
    'jkm.shortMembership.categories',
  ],
})

export const D3: DecisionTitle = {
  id: 'D3',
  question: {
    id: 'Santunan berkala JKM lama (PP 44/2015).',
    en: 'The old (PP 44/2015) periodic JKM benefit.',
  },
}
export const D3_FULL = /* @__PURE__ */ decision(D3, {
  answer: {
    id: '24 × Rp200.000 = Rp4.800.000; total JKM lama Rp24.000.000.',
    en: '24 × Rp200,000 = Rp4,800,000; the old JKM total is Rp24,000,000.',
  },
  reason: {
    id: 'Dibayar sekaligus menurut PP 44/2015 dan dikonfirmasi oleh jumlah total yang dipublikasikan.',
    en: 'Paid at once under PP 44/2015 and confirmed by the published total.',
  },
  confidence: 'high',
  sources: [{ source: 'PP-44-2015', article: 'Pasal 34' }],
  parameters: ['jkm.periodic.monthlyAmount', 'jkm.periodic.months'],
})

export const D4: DecisionTitle = {
  id: 'D4',
  question: {
    id: 'JKM Pekerja Migran (PMI) sebelum, selama dan setelah bekerja.',
    en: 'JKM of migrant workers (PMI) before, during and after work.',
  },
}
export const D4_FULL = /* @__PURE__ */ decision(D4, {
  answer: {
    id: 'Selama bekerja: Rp85.000.000 sekaligus ditambah beasiswa paling banyak 2 anak. Sebelum/sesudah bekerja: sejak 2023-02-22 JKM standar PP 82/2019; sebelumnya Rp24.000.000.',
    en: 'During work: Rp85,000,000 at once plus scholarship for up to 2 children. Before/after work: from 2023-02-22 the standard PP 82/2019 JKM; earlier Rp24,000,000.',
  },
  reason: {
    id: 'Jumlah selama bekerja dinyatakan BPJS TK; sebelum/setelah bekerja disimpulkan dari Permenaker 4/2023 dan artikel BPJS TK.',
    en: 'The during-work amount is stated by BPJS TK; before/after work is inferred from Permenaker 4/2023 and a BPJS TK article.',
  },
  confidence: 'low',
  sources: [
    { source: 'PERMENAKER-18-2018' },
    { source: 'PERMENAKER-4-2023' },
    { source: 'BPJSTK-ART-18896' },
  ],
  parameters: ['jkm.pmi.duringWork.amount', 'jkm.pmi.beforeAfter.amounts'],
})

export const D5: DecisionTitle = {
  id: 'D5',
  question: { id: 'Mulai berlakunya PP 82/2019.', en: 'When PP 82/2019 starts.' },
}
export const D5_FULL = /* @__PURE__ */ decision(D5, {
  answer: {
    id: 'Menurut tanggal kematian (atau kecelakaan) sejak 2019-12-02; sebelumnya jumlah PP 44/2015. Beasiswa PP 82/2019 baru dibayarkan sejak 2021-04-01 (Permenaker 5/2021); tunggakan tahun ajaran sebelumnya dibayarkan pada tanggal itu.',
    en: 'By date of death (or accident) from 2019-12-02; earlier, PP 44/2015 amounts. PP 82/2019 scholarships are payable only from 2021-04-01 (Permenaker 5/2021); earlier school years are paid as a backlog on that date.',
  },
  reason: {
    id: 'PP 82/2019 berlaku sejak diundangkan; BPJS TK menyatakan hak bagi yang mengalami kecelakaan atau kematian pada atau setelah 2 Desember 2019.',
    en: 'PP 82/2019 applies from its promulgation; BPJS TK states the entitlement for accidents or deaths on or after 2 December 2019.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-82-2019', article: 'Pasal II' }, { source: 'PERMENAKER-5-2021' }],
  parameters: ['jkm.regime', 'jkkDeath.regime', 'scholarship.mode', 'scholarship.firstPayableDate'],
})

export const D6: DecisionTitle = {
  id: 'D6',
  question: {
    id: 'Batas upah JP setelah nilai terakhir yang diketahui.',
    en: 'The JP wage cap after the last known value.',
  },
}
export const D6_FULL = /* @__PURE__ */ decision(D6, {
  answer: {
    id: 'Nilai terakhir (Rp11.086.300 sejak iuran Maret 2026) tetap dipakai setelah revisi berikutnya jatuh tempo (iuran Maret 2027), dengan peringatan PARAMETER_MAY_BE_OUTDATED. Tidak ada nilai yang dikarang. Setiap batas berganti pada iuran bulan Maret.',
    en: 'The last value (Rp11,086,300 from the March 2026 contribution) is kept after the next revision was due (March 2027 contribution), with a PARAMETER_MAY_BE_OUTDATED warning. No value is invented. Every cap switches with the March contribution.',
  },
  reason: {
    id: 'Batas naik tiap tahun dengan pertumbuhan PDB (PP 45/2015 Pasal 5) dan diumumkan dengan surat BPJS TK; nilai berikutnya tidak dapat diketahui sebelumnya.',
    en: 'The cap rises each year by GDP growth (PP 45/2015 Pasal 5) and is announced by a BPJS TK letter; the next value cannot be known in advance.',
  },
  confidence: 'medium',
  sources: [
    { source: 'PP-45-2015', article: 'Pasal 5' },
    { source: 'BPJSTK-B-1226-022026' },
    { source: 'BPS-PDB' },
  ],
  parameters: ['jp.wageCap'],
})

export const D7: DecisionTitle = {
  id: 'D7',
  question: {
    id: 'Rekomposisi JKM setelah PP 6/2025.',
    en: 'JKM recomposition after PP 6/2025.',
  },
}
export const D7_FULL = /* @__PURE__ */ decision(D7, {
  answer: {
    id: 'Sejak iuran 2025-02: JKM 0,30% tanpa rekomposisi; JKP = 0,22% pemerintah + 0,14% dari JKK. 2023-10 s.d. 2025-01: JKM 0,20% + 0,10% direkomposisi ke JKP; cara yang sama sejak awal JKP (iuran 2021-02). Uang yang dibayar pemberi kerja tidak berubah.',
    en: 'From the 2025-02 contribution: JKM 0.30% with no recomposition; JKP = 0.22% government + 0.14% from JKK. 2023-10 to 2025-01: JKM 0.20% + 0.10% recomposed to JKP; shown the same way from the JKP start (2021-02). The employer’s cash never changes.',
  },
  reason: {
    id: 'PP 49/2023 menuliskan rekomposisi ke PP 44/2015; PP 6/2025 mengubah sumber pendanaan JKP.',
    en: 'PP 49/2023 wrote the recomposition into PP 44/2015; PP 6/2025 changed how JKP is funded.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-37-2021' }, { source: 'PP-49-2023' }, { source: 'PP-6-2025' }],
  parameters: ['jkp.recomposition.jkk', 'jkp.recomposition.jkm', 'jkp.rate.government'],
})

export const D8: DecisionTitle = {
  id: 'D8',
  question: {
    id: 'Dasar rekomposisi dan batas upah JKP Rp5.000.000.',
    en: 'The recomposition base and the Rp5,000,000 JKP wage cap.',
  },
}
export const D8_FULL = /* @__PURE__ */ decision(D8, {
  answer: {
    id: 'JKP = tarif × min(upah, Rp5.000.000); bagian rekomposisi memakai dasar yang sama. Baris JKK yang dibayar tetap tarif × upah, dibagi ke dana JKK dan dana JKP. Hanya PU yang terdaftar JKP yang direkomposisi.',
    en: 'JKP = rate × min(wage, Rp5,000,000); the recomposed parts use the same base. The JKK line paid is still rate × wage, split between the JKK and JKP funds. Only PU registered in JKP are recomposed.',
  },
  reason: {
    id: 'Batas upah JKP ditetapkan PP 37/2021; pembagian dana tidak dijelaskan sumber sehingga dibaca konsisten dengan batas itu.',
    en: 'PP 37/2021 sets the JKP wage cap; the sources do not describe the fund split, so it is read consistently with that cap.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-37-2021' }, { source: 'PP-49-2023' }],
  parameters: ['jkp.wageCap', 'jkp.recomposition.cappedBase'],
})

export const D9: DecisionTitle = {
  id: 'D9',
  question: {
    id: 'Diskon JKK (PP 7/2025, PP 36/2025) dan rekomposisi JKP.',
    en: 'The JKK discount (PP 7/2025, PP 36/2025) and the JKP recomposition.',
  },
}
export const D9_FULL = /* @__PURE__ */ decision(D9, {
  answer: {
    id: 'Diskon 50% berlaku atas seluruh JKK termasuk bagian yang direkomposisi; untuk iuran 2025-02 s.d. 2026-01, bagi PU perusahaan padat karya tertentu yang memenuhi syarat (masukan menyatakannya).',
    en: 'The 50% discount applies to the whole JKK, recomposed part included; contribution months 2025-02 to 2026-01, for PU of qualifying labour-intensive employers (an input says so).',
  },
  reason: {
    id: 'PP 36/2025 Pasal 10A menyebut rekomposisi; tidak ada sumber yang menyebut bagian 0,14% menjadi 0,07%.',
    en: 'PP 36/2025 Pasal 10A names the recomposition; no source says whether the 0.14% part becomes 0.07%.',
  },
  confidence: 'low',
  sources: [
    { source: 'PP-7-2025', article: 'Pasal 6 ayat (2)' },
    { source: 'PP-36-2025', article: 'Pasal 10A' },
  ],
  parameters: ['relief.pp7-2025.jkkDiscount', 'relief.pp7-2025.coversRecomposition'],
})

export const D10: DecisionTitle = {
  id: 'D10',
  question: {
    id: 'JKM ketika pemberi kerja menunggak iuran.',
    en: 'JKM when the employer is in arrears.',
  },
}
export const D10_FULL = /* @__PURE__ */ decision(D10, {
  answer: {
    id: 'Manfaat tetap hak ahli waris. Hasil menyebut siapa yang membayar dahulu: BPJS TK bila tunggakan ≤ 3 bulan, pemberi kerja (diganti kemudian) bila > 3 bulan.',
    en: 'The benefit is still due to the heirs. The result says who pays first: BPJS TK for arrears of up to 3 months, the employer (reimbursed later) for more.',
  },
  reason: {
    id: 'Aturan ini tertulis untuk JKK dalam PP 44/2015; untuk JKM dipakai dengan analogi.',
    en: 'PP 44/2015 writes this rule for JKK; it is applied to JKM by analogy.',
  },
  confidence: 'low',
  sources: [{ source: 'PP-44-2015' }],
  parameters: [
    'jkm.employerArrears.bpjsPaysFirstMaxMonths',
    'jkkDeath.employerArrears.bpjsPaysFirstMaxMonths',
  ],
})

export const D11: DecisionTitle = {
  id: 'D11',
  question: {
    id: 'Perlindungan setelah berhenti bekerja / masa tunggakan BPU.',
    en: 'Cover after leaving work / the BPU arrears window.',
  },
}
export const D11_FULL = /* @__PURE__ */ decision(D11, {
  answer: {
    id: 'Kematian harus dalam masa terlindungi: PU — kepesertaan aktif pada tanggal kematian; BPU — bulan kematian sudah dibayar. Tanpa masa tenggang.',
    en: 'The death must fall in a protected period: PU — membership active on the date of death; BPU — the month of death paid. No grace period.',
  },
  reason: {
    id: 'BPJS TK menyebut JKM hanya "dalam masa aktif"; tidak ada masa tenggang yang diketahui.',
    en: 'BPJS TK says JKM applies only "in the active period"; no grace period is known.',
  },
  confidence: 'low',
  sources: [{ source: 'BPJSTK-ART-18877' }, { source: 'PERDIR-BPJSTK-22-2022' }],
  parameters: ['jkm.protection.bpuGraceMonths'],
})

export const D12: DecisionTitle = {
  id: 'D12',
  question: { id: 'Pembulatan iuran.', en: 'Rounding of contributions.' },
}
export const D12_FULL = /* @__PURE__ */ decision(D12, {
  answer: {
    id: 'Setiap baris (program × pembayar) dibulatkan sekali, setengah ke atas ke rupiah penuh; total adalah jumlah baris yang sudah dibulatkan. Mode pembulatan dapat dipilih (half-up, half-even, down).',
    en: 'Each line (program × payer) is rounded once, half-up to whole rupiah; totals are sums of rounded lines. The mode is an option (half-up, half-even, down).',
  },
  reason: {
    id: 'Tagihan BPJS TK menampilkan baris per program dalam rupiah penuh; tidak ada aturan pembulatan tertulis yang ditemukan.',
    en: 'BPJS TK invoices show whole-rupiah lines per program; no written rounding rule was found.',
  },
  confidence: 'medium',
  sources: [{ source: 'PERMENAKER-5-2021' }],
})

export const D13: DecisionTitle = {
  id: 'D13',
  question: { id: 'Upah minimum (UMP/UMK).', en: 'Minimum wage (UMP/UMK).' },
}
export const D13_FULL = /* @__PURE__ */ decision(D13, {
  answer: {
    id: 'Tidak ditegakkan. Pemanggil dapat memberikan upah minimum; upah di bawahnya memberi peringatan, bukan galat.',
    en: 'Not enforced. A caller may pass a minimum wage; a wage below it gives a warning, not an error.',
  },
  reason: {
    id: 'Upah minimum berbeda per daerah dan tahun dan bukan bagian dari data pustaka.',
    en: 'Minimum wages differ by region and year and are not part of the library’s data.',
  },
  confidence: 'design',
  sources: [],
})
