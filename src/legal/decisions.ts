import type { Bilingual } from '../i18n/types.js'
import type { Citation } from './types.js'

/**
 * How sure the library is of a decision: `high`, `medium`, `low` (as for parameters), or `design` for a
 * choice of the library itself that reads no law (how input is taken, what "today" is).
 */
export type DecisionConfidence = 'high' | 'medium' | 'low' | 'design'

/**
 * A decision the library follows where the sources leave a question open, or where it had to choose how to
 * read them. Written in the library's own words; it ships inside the package (citations
 * `{ source: 'DECISIONS', article: 'D12' }` resolve to it).
 */
export interface LibraryDecision {
  /** `'D1'` … `'D27'`, or `'L1'` … for the library's own choices. */
  readonly id: string
  readonly question: Bilingual
  readonly answer: Bilingual
  readonly reason: Bilingual
  readonly confidence: DecisionConfidence
  /** What the decision rests on; registry sources only. May be empty for a pure design choice. */
  readonly sources: readonly Citation[]
  /** Parameters that encode the decision as data, by id (an override changes it). */
  readonly parameters?: readonly string[]
}

/**
 * What a citation of a decision shows: its id and question (the title of the citation). Each decision's title
 * is its own constant (`D12`), so that a bundle that cites a decision keeps its question and not its answer,
 * reason and sources, which only the registry (DECISIONS, DECISION_LIST, getDecision) carries.
 */
export type DecisionTitle = Pick<LibraryDecision, 'id' | 'question'>

/** A decision from its title and the rest (a call marked pure: a bundle that only cites the title drops it). */
function decision(title: DecisionTitle, rest: Omit<LibraryDecision, 'id' | 'question'>): LibraryDecision {
  return { id: title.id, question: title.question, ...rest }
}

/** Where the generated decisions page lives in the repository's docs (one anchor per decision). */
export const DECISIONS_DOC = 'docs/guides/decisions.md'

export const D1: DecisionTitle = {
  id: 'D1',
  question: {
    id: 'Baris tabel penghasilan BPU (PP 44/2015 Lampiran II) tidak diketahui seluruhnya.',
    en: 'The rows of the BPU income table (PP 44/2015 Lampiran II) are not all known.',
  },
}
const D1_FULL = /* @__PURE__ */ decision(D1, {
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
const D2_FULL = /* @__PURE__ */ decision(D2, {
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
const D3_FULL = /* @__PURE__ */ decision(D3, {
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
const D4_FULL = /* @__PURE__ */ decision(D4, {
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
const D5_FULL = /* @__PURE__ */ decision(D5, {
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
const D6_FULL = /* @__PURE__ */ decision(D6, {
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
const D7_FULL = /* @__PURE__ */ decision(D7, {
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
const D8_FULL = /* @__PURE__ */ decision(D8, {
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
const D9_FULL = /* @__PURE__ */ decision(D9, {
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
const D10_FULL = /* @__PURE__ */ decision(D10, {
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
const D11_FULL = /* @__PURE__ */ decision(D11, {
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
const D12_FULL = /* @__PURE__ */ decision(D12, {
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
const D13_FULL = /* @__PURE__ */ decision(D13, {
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

export const D14: DecisionTitle = {
  id: 'D14',
  question: { id: 'Anak mana yang menerima beasiswa.', en: 'Which children get the scholarship.' },
}
const D14_FULL = /* @__PURE__ */ decision(D14, {
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
const D15_FULL = /* @__PURE__ */ decision(D15, {
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
const D16_FULL = /* @__PURE__ */ decision(D16, {
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
const D17_FULL = /* @__PURE__ */ decision(D17, {
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
const D18_FULL = /* @__PURE__ */ decision(D18, {
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
const D19_FULL = /* @__PURE__ */ decision(D19, {
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
const D20_FULL = /* @__PURE__ */ decision(D20, {
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
const D21_FULL = /* @__PURE__ */ decision(D21, {
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
const D22_FULL = /* @__PURE__ */ decision(D22, {
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
const D23_FULL = /* @__PURE__ */ decision(D23, {
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
const D24_FULL = /* @__PURE__ */ decision(D24, {
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
const D25_FULL = /* @__PURE__ */ decision(D25, {
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
const D26_FULL = /* @__PURE__ */ decision(D26, {
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
const D27_FULL = /* @__PURE__ */ decision(D27, {
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

export const L1: DecisionTitle = {
  id: 'L1',
  question: {
    id: 'Keringanan PP 49/2020 bila masukan tidak menyebutnya.',
    en: 'The PP 49/2020 relief when the input does not say.',
  },
}
const L1_FULL = /* @__PURE__ */ decision(L1, {
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
const L2_FULL = /* @__PURE__ */ decision(L2, {
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
const L3_FULL = /* @__PURE__ */ decision(L3, {
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
const L4_FULL = /* @__PURE__ */ decision(L4, {
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
const L5_FULL = /* @__PURE__ */ decision(L5, {
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
const L6_FULL = /* @__PURE__ */ decision(L6, {
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

const LIST: readonly LibraryDecision[] = [
  D1_FULL,
  D2_FULL,
  D3_FULL,
  D4_FULL,
  D5_FULL,
  D6_FULL,
  D7_FULL,
  D8_FULL,
  D9_FULL,
  D10_FULL,
  D11_FULL,
  D12_FULL,
  D13_FULL,
  D14_FULL,
  D15_FULL,
  D16_FULL,
  D17_FULL,
  D18_FULL,
  D19_FULL,
  D20_FULL,
  D21_FULL,
  D22_FULL,
  D23_FULL,
  D24_FULL,
  D25_FULL,
  D26_FULL,
  D27_FULL,
  L1_FULL,
  L2_FULL,
  L3_FULL,
  L4_FULL,
  L5_FULL,
  L6_FULL,
]

/** Every decision the library follows, by id. */
export const DECISIONS: Readonly<Record<string, LibraryDecision>> = /* @__PURE__ */ byId(LIST)

/** Every decision, in order (D1 … D27, then the library's own choices L1 …). */
export const DECISION_LIST: readonly LibraryDecision[] = /* @__PURE__ */ inOrder(LIST, DECISIONS)

// functions, so that a bundle citing a few decisions can drop the registry built here (calls marked pure)
function byId(list: readonly LibraryDecision[]): Readonly<Record<string, LibraryDecision>> {
  return Object.freeze(
    Object.fromEntries(
      list.map((d) => {
        for (const s of d.sources) Object.freeze(s)
        Object.freeze(d.sources)
        if (d.parameters !== undefined) Object.freeze(d.parameters)
        Object.freeze(d.question)
        Object.freeze(d.answer)
        Object.freeze(d.reason)
        return [d.id, Object.freeze(d)]
      }),
    ),
  )
}

function inOrder(
  list: readonly LibraryDecision[],
  byIds: Readonly<Record<string, LibraryDecision>>,
): readonly LibraryDecision[] {
  return Object.freeze(list.map((d) => byIds[d.id] as LibraryDecision))
}

/**
 * A decision by id, or `undefined`.
 *
 * @example
 * ```ts
 * getDecision('D24')?.confidence //=> 'high'
 * getDecision('D99') //=> undefined
 * ```
 */
export function getDecision(id: string): LibraryDecision | undefined {
  return Object.prototype.hasOwnProperty.call(DECISIONS, id) ? DECISIONS[id] : undefined
}

/** The anchor of a decision on the decisions page (`'d12'`). */
export function decisionAnchor(id: string): string {
  return id.toLowerCase()
}

/**
 * Where the docs explain a decision: the decisions page with the decision's anchor.
 *
 * @example
 * ```ts
 * decisionDocsUrl('D12') //=> 'docs/guides/decisions.md#d12'
 * ```
 */
export function decisionDocsUrl(id: string): string {
  return `${DECISIONS_DOC}#${decisionAnchor(id)}`
}
