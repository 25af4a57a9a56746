import { decision } from './decision-full.js'
import type { DecisionTitle } from './decisions.js'

/*
 * Library decisions D14 to D27: each decision's title (its id and question) is its own constant, and the whole
 * decision (`D14_FULL`) is built by a call marked pure, so a bundle that only cites a title keeps the question
 * alone. Listed in the registry (src/legal/decisions.ts, which re-exports the titles).
 */

export const D14: DecisionTitle = {
  id: 'D14',
  question: { id: 'Anak mana yang menerima beasiswa.', en: 'Which children get the scholarship.' },
}
export const D14_FULL = /* @__PURE__ */ decision(D14, {
  answer: {
    id: 'Dua anak yang didaftarkan peserta sebagai ahli waris, usia sekolah, di bawah 23 tahun, belum menikah, belum bekerja (sejak 2025-02-24 anak yang bekerja sebagai PU paling lama 6 bulan berturut-turut, sebagai BPU atau magang tetap berhak). Bila tidak ditandai: dua anak pertama yang memenuhi syarat menurut urutan masukan, dengan peringatan.',
    en: 'The two children the participant registered as heirs, of school age, under 23, unmarried, not working (from 2025-02-24 a child working as PU for at most 6 consecutive months, as BPU or as an intern keeps it). Unmarked: the first two eligible children in input order, with a warning.',
  },
  reason: {
    id: 'Syarat dari Permenaker 5/2021 sebagaimana diubah Permenaker 1/2025; urutan cadangan adalah pilihan pustaka.',
    en: 'The conditions come from Permenaker 5/2021 as amended by Permenaker 1/2025; the fallback order is the library’s choice.',
  },
  confidence: 'medium',
  sources: [{ source: 'PERMENAKER-5-2021' }, { source: 'PERMENAKER-1-2025', article: 'Pasal 103' }],
  parameters: ['scholarship.maxChildren', 'scholarship.workException', 'scholarship.selectionFallback'],
})

export const D15: DecisionTitle = {
  id: 'D15',
  question: { id: 'Usia maksimum pendaftaran BPU.', en: 'BPU maximum registration age.' },
}
export const D15_FULL = /* @__PURE__ */ decision(D15, {
  answer: {
    id: 'Tidak diketahui: pemeriksaan eligibilitas menjawab `unknown` hanya bila usia pendaftaran ditanyakan; selain itu tidak ditegakkan.',
    en: 'Unknown: eligibility answers `unknown` only when asked about the registration age; otherwise not enforced.',
  },
  reason: {
    id: 'Sumber memberi batas yang berbeda-beda tanpa teks peraturan.',
    en: 'Sources give differing limits without a regulation text.',
  },
  confidence: 'low',
  sources: [{ source: 'PERDIR-BPJSTK-22-2022' }],
  parameters: ['eligibility.bpu.maxRegistrationAge'],
})

export const D16: DecisionTitle = {
  id: 'D16',
  question: { id: 'Kelompok risiko JKK.', en: 'JKK risk class.' },
}
export const D16_FULL = /* @__PURE__ */ decision(D16, {
  answer: {
    id: 'Pemanggil memberikan kelompok (1–5, kelompok I–V PP 44/2015 Lampiran I).',
    en: 'The caller gives the class (1–5, groups I–V of PP 44/2015 Lampiran I).',
  },
  reason: {
    id: 'Kelompok ditetapkan per perusahaan oleh BPJS TK; pustaka tidak dapat menebaknya.',
    en: 'BPJS TK sets the class per employer; the library cannot guess it.',
  },
  confidence: 'design',
  sources: [{ source: 'PP-44-2015', article: 'Lampiran I' }],
})

export const D17: DecisionTitle = {
  id: 'D17',
  question: { id: 'Nilai kontrak Jakon.', en: 'Jakon contract value.' },
}
export const D17_FULL = /* @__PURE__ */ decision(D17, {
  answer: {
    id: 'Nilai kontrak tanpa PPN; tarif berjenjang marjinal atas seluruh kontrak (bukan per bulan). Metode upah diketahui: JKK 1,74% + JKM 0,30% dari upah bulanan.',
    en: 'The contract value excluding VAT; the tiers are marginal over the whole contract (not per month). Wage-known method: JKK 1.74% + JKM 0.30% of the monthly wage.',
  },
  reason: {
    id: 'Tarif berjenjang tertulis dalam Permenaker 44/2015 dan 5/2021; perlakuan PPN tidak tertulis.',
    en: 'The tiers are written in Permenaker 44/2015 and 5/2021; the VAT treatment is not.',
  },
  confidence: 'medium',
  sources: [{ source: 'PERMENAKER-44-2015' }, { source: 'PERMENAKER-5-2021' }],
  parameters: ['jakon.contract.jkkTiers', 'jakon.contract.jkmTiers', 'jakon.contract.excludesVat'],
})

export const D18: DecisionTitle = {
  id: 'D18',
  question: { id: 'Pegawai pemerintah non-ASN.', en: 'Non-ASN state employees.' },
}
export const D18_FULL = /* @__PURE__ */ decision(D18, {
  answer: {
    id: 'PU dengan pemberi kerja negara: JKK + JKM wajib; JHT dan JP menurut anggaran pemberi kerja (opsional). ASN (PNS/PPPK), TNI dan Polri di luar BPJS TK.',
    en: 'PU with a state employer: JKK + JKM mandatory; JHT and JP by the employer’s budget (optional). ASN (PNS/PPPK), TNI and Polri are outside BPJS TK.',
  },
  reason: {
    id: 'Permenaker 1/2025 Pasal 3A; ASN, TNI dan Polri diatur PP tersendiri (Taspen, Asabri).',
    en: 'Permenaker 1/2025 Pasal 3A; ASN, TNI and Polri have their own regulations (Taspen, Asabri).',
  },
  confidence: 'medium',
  sources: [
    { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
    { source: 'PP-49-2023' },
    { source: 'PP-70-2015' },
    { source: 'PP-102-2015' },
  ],
})

export const D19: DecisionTitle = {
  id: 'D19',
  question: { id: 'Rentang tanggal.', en: 'Date range.' },
}
export const D19_FULL = /* @__PURE__ */ decision(D19, {
  answer: {
    id: 'Iuran dan manfaat didefinisikan sejak 2015-07-01 (iuran 2015-07). Tanggal lebih awal adalah galat DATE_BEFORE_COVERAGE.',
    en: 'Contributions and benefits are defined from 2015-07-01 (contribution month 2015-07). An earlier date is a DATE_BEFORE_COVERAGE error.',
  },
  reason: {
    id: 'PP 44/2015, 45/2015 dan 46/2015 berlaku sejak 2015-07-01; aturan Jamsostek sebelumnya tidak dimodelkan.',
    en: 'PP 44/2015, 45/2015 and 46/2015 apply from 2015-07-01; the earlier Jamsostek rules are not modelled.',
  },
  confidence: 'design',
  sources: [{ source: 'PP-44-2015' }, { source: 'PP-45-2015' }, { source: 'PP-46-2015' }],
})

export const D20: DecisionTitle = {
  id: 'D20',
  question: {
    id: 'Diskon BPU PP 50/2025 (50% JKK + JKM).',
    en: 'The PP 50/2025 BPU discount (50% of JKK + JKM).',
  },
}
export const D20_FULL = /* @__PURE__ */ decision(D20, {
  answer: {
    id: 'Hanya BPU yang tidak dibayar APBN/APBD. Sektor transportasi: iuran 2026-01 s.d. 2027-03. BPU lain: 2026-04 s.d. 2026-12. Manfaat tidak dikurangi.',
    en: 'Only BPU not paid from APBN/APBD. Transport: contribution months 2026-01 to 2027-03. Other BPU: 2026-04 to 2026-12. Benefits are not reduced.',
  },
  reason: {
    id: 'Periode transportasi diumumkan Kemnaker; periode lainnya dari sumber sekunder; teks PP belum terlihat.',
    en: 'The transport period was announced by Kemnaker; the other period comes from secondary sources; the PP text was not seen.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-50-2025' }],
  parameters: ['relief.pp50-2025.transportDiscount', 'relief.pp50-2025.otherDiscount'],
})

export const D21: DecisionTitle = {
  id: 'D21',
  question: { id: 'Upah harian menjadi bulanan (manfaat).', en: 'Daily wage to monthly (benefits).' },
}
export const D21_FULL = /* @__PURE__ */ decision(D21, {
  answer: {
    id: 'Bila pemanggil memberikan upah harian untuk manfaat, upah bulanan = 30 × upah harian; upah bulanan yang dilaporkan lebih diutamakan. Iuran memakai faktor 25 (lihat L4).',
    en: 'When a caller gives a daily wage for a benefit, monthly = 30 × daily; a reported monthly wage is preferred. Contributions use the factor 25 (see L4).',
  },
  reason: {
    id: 'Faktor 30 mereproduksi kasus kematian JKK yang dipublikasikan.',
    en: 'The factor 30 reproduces published JKK death cases.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-44-2015' }],
  parameters: ['jkkDeath.dailyToMonthlyFactor'],
})

export const D22: DecisionTitle = {
  id: 'D22',
  question: {
    id: 'Pembulatan baris yang dipecah (rekomposisi ke JKP).',
    en: 'Rounding of a split line (recomposition to JKP).',
  },
}
export const D22_FULL = /* @__PURE__ */ decision(D22, {
  answer: {
    id: 'Bagian yang dipindah ke dana JKP dihitung dan dibulatkan sekali (D12); bagian yang tetap adalah bruto yang dibulatkan dikurangi bagian itu, tidak dibulatkan sendiri. Uang pemberi kerja selalu bruto yang dibulatkan.',
    en: 'The part moved to the JKP fund is rated and rounded once (D12); the part kept is the rounded gross minus that part, never rounded by itself. The employer’s cash is always the rounded gross.',
  },
  reason: {
    id: 'Agar rekomposisi tidak pernah mengubah uang yang dibayar.',
    en: 'So that the recomposition never changes the cash paid.',
  },
  confidence: 'design',
  sources: [{ source: 'PP-49-2023' }],
})

export const D23: DecisionTitle = {
  id: 'D23',
  question: { id: '"Hari ini" bagi pustaka.', en: 'The library’s "today".' },
}
export const D23_FULL = /* @__PURE__ */ decision(D23, {
  answer: {
    id: 'Tidak ada yang membaca jam: pustaka, uji dan contoh. Rentang yang berakhir "hari ini" berakhir pada tanggal verifikasi data hukum (konstanta data).',
    en: 'Nothing reads the clock: not the library, its tests or examples. Ranges ending "today" end on the legal data’s verification date (a constant of the data).',
  },
  reason: {
    id: 'Hasil harus sama kapan pun dan di mana pun dihitung.',
    en: 'A result must be the same whenever and wherever it is computed.',
  },
  confidence: 'design',
  sources: [],
})

export const D24: DecisionTitle = {
  id: 'D24',
  question: {
    id: 'Usia pensiun di luar cakrawala data.',
    en: 'Pension age beyond the data’s horizon.',
  },
}
export const D24_FULL = /* @__PURE__ */ decision(D24, {
  answer: {
    id: 'PP 45/2015 Pasal 15 menetapkan seluruh jadwal: 56 sejak 2015, 57 sejak 2019, +1 tiap 3 tahun, 65 sejak 2043. Dijawab untuk setiap tanggal sejak 2015-07-01, tanpa galat cakrawala dan tanpa peringatan kedaluwarsa.',
    en: 'PP 45/2015 Pasal 15 fixes the whole schedule: 56 from 2015, 57 from 2019, +1 every 3 years, 65 from 2043. Answered for any date from 2015-07-01, with no horizon error and no staleness warning.',
  },
  reason: {
    id: 'Jadwal ini adalah hukum, bukan proyeksi.',
    en: 'The schedule is law, not a projection.',
  },
  confidence: 'high',
  sources: [{ source: 'PP-45-2015', article: 'Pasal 15' }],
  parameters: ['jp.pensionAge'],
})

export const D25: DecisionTitle = {
  id: 'D25',
  question: { id: 'Tempat keputusan disimpan.', en: 'Where decisions live.' },
}
export const D25_FULL = /* @__PURE__ */ decision(D25, {
  answer: {
    id: 'Setiap keputusan ikut dalam paket sebagai bagian registri hukum, dengan pertanyaan, jawaban, alasan dan tingkat keyakinan, dan punya jangkar di dokumentasi. Tidak ada kutipan yang menunjuk berkas yang tidak dikirim.',
    en: 'Every decision ships inside the package as part of the legal registry, with its question, answer, reason and confidence, and has an anchor in the docs. No citation points to a file that does not ship.',
  },
  reason: {
    id: 'Pembaca paket harus dapat menelusuri setiap jawaban tanpa berkas di luar paket.',
    en: 'A reader of the package must be able to follow every answer without files outside it.',
  },
  confidence: 'design',
  sources: [],
})

export const D26: DecisionTitle = {
  id: 'D26',
  question: {
    id: 'Manfaat yang angkanya tidak diketahui.',
    en: 'Benefits whose figures are not known.',
  },
}
export const D26_FULL = /* @__PURE__ */ decision(D26, {
  answer: {
    id: 'Bila rumus diketahui tetapi angka tidak, pemanggil memberikannya sebagai masukan atau override; tanpa itu hasilnya `incomplete` dengan masukan yang kurang disebut. Tidak ada nilai bawaan diam-diam.',
    en: 'Where a formula is known but a figure is not, the caller supplies it as an input or an override; without it the result is `incomplete`, naming what is missing. Never a silent default.',
  },
  reason: {
    id: 'Angka karangan lebih berbahaya daripada jawaban yang belum lengkap.',
    en: 'An invented figure is worse than an answer marked incomplete.',
  },
  confidence: 'design',
  sources: [],
})

export const D27: DecisionTitle = {
  id: 'D27',
  question: { id: 'Rezim JKP menurut tanggal.', en: 'JKP regime by date.' },
}
export const D27_FULL = /* @__PURE__ */ decision(D27, {
  answer: {
    id: 'Menurut tanggal PHK: PP 37/2021 (45% × 3 bulan lalu 25% × 3 bulan) sebelum 2025-02-07, PP 6/2025 (60% × 6 bulan) sejak tanggal itu; dasar upah paling tinggi Rp5.000.000; peringatan untuk PHK dalam 6 bulan sebelum 2025-02-07.',
    en: 'By the date of termination: PP 37/2021 (45% × 3 months then 25% × 3 months) before 2025-02-07, PP 6/2025 (60% × 6 months) from that date; wage base capped at Rp5,000,000; a warning for terminations in the 6 months before 2025-02-07.',
  },
  reason: {
    id: 'PP 6/2025 berlaku sejak diundangkan; ketentuan peralihan tidak terlihat.',
    en: 'PP 6/2025 applies from its promulgation; its transitional rule was not seen.',
  },
  confidence: 'medium',
  sources: [{ source: 'PP-37-2021' }, { source: 'PP-6-2025' }],
})
