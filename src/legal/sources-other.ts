import type { LegalSource } from './types.js'

/*
 * The other sources of the legal registry: BPJS Ketenagakerjaan rules, letters and articles, BPS statistics
 * releases and the library's own decisions, one constant each. Listed in the registry (src/legal/sources.ts,
 * which re-exports them).
 */

export const PERDIR_BPJSTK_22_2022: LegalSource = {
  id: 'PERDIR-BPJSTK-22-2022',
  kind: 'BPJS-rule',
  number: '22/PERDIR.02/072022',
  year: 2022,
  title: {
    id: 'Peraturan Direksi BPJS Ketenagakerjaan (PROBIS Kepesertaan)',
    en: 'BPJS TK board rule: membership business process (PROBIS)',
  },
  url: 'http://online.flipbuilder.com/kduhm/fxda/files/basic-html/page59.html',
}

export const BPJSTK_B_1397_022018: LegalSource = {
  id: 'BPJSTK-B-1397-022018',
  kind: 'BPJS-letter',
  number: 'B/1397/022018',
  year: 2018,
  title: { id: 'Batas Upah Tertinggi Jaminan Pensiun Tahun 2019', en: 'JP wage cap 2019' },
  url: 'https://jimmybudhi.com/kenaikan-batasan-upah-dan-manfaat-pensiun-tahun-2019/',
}

export const BPJSTK_B_1328_022020: LegalSource = {
  id: 'BPJSTK-B-1328-022020',
  kind: 'BPJS-letter',
  number: 'B/1328/022020',
  year: 2020,
  title: { id: 'Sosialisasi Ketentuan Batasan Upah Jaminan Pensiun Tahun 2020', en: 'JP wage cap 2020' },
  signed: '2020-02-10',
  url: 'https://www.scribd.com/document/452183772/B-1328-022020-SOSIALISASI-KETENTUAN-BATASAN-UPAH-JAMINAN-PENSIUN-TAHUN-2020-pdf',
}

export const BPJSTK_B_0246_022021: LegalSource = {
  id: 'BPJSTK-B-0246-022021',
  kind: 'BPJS-letter',
  number: 'B/0246/022021',
  year: 2021,
  title: {
    id: 'Sosialisasi Ketentuan Manfaat dan Batas Upah Tertinggi Jaminan Pensiun Tahun 2021',
    en: 'JP benefit bounds and wage cap 2021',
  },
  signed: '2021-02-16',
  url: 'https://www.sakura-system.co.id/blog/kenaikan-atasan-upah-dan-manfaat-jaminan-pensiun-tahun-2021/article-sss00004.html',
}

export const BPJSTK_B_77_022023: LegalSource = {
  id: 'BPJSTK-B-77-022023',
  kind: 'BPJS-letter',
  number: 'B/77/022023',
  year: 2023,
  title: {
    id: 'Batas Upah Tertinggi Jaminan Pensiun Tahun 2023',
    en: 'JP wage cap 2023 (names 9,077,600 as the 2022 cap)',
  },
  signed: '2023-02-27',
}

export const BPJSTK_B_1387_022024: LegalSource = {
  id: 'BPJSTK-B-1387-022024',
  kind: 'BPJS-letter',
  number: 'B/1387/022024',
  year: 2024,
  title: { id: 'Batas Upah Tertinggi Jaminan Pensiun Tahun 2024', en: 'JP wage cap 2024' },
  signed: '2024-02-28',
}

export const BPJSTK_B_726_022025: LegalSource = {
  id: 'BPJSTK-B-726-022025',
  kind: 'BPJS-letter',
  number: 'B/726/022025',
  year: 2025,
  title: {
    id: 'Perubahan Batasan Upah dan Manfaat Jaminan Pensiun Tahun 2025',
    en: 'JP wage cap and benefit bounds 2025',
  },
  signed: '2025-02-27',
  url: 'https://www.ptgasi.co.id/wp-content/uploads/2025/05/B-726-022025-PERUBAHAN-BATASAN-UPAH-DAN-MANFAAT-JP-2025.pdf',
}

export const BPJSTK_B_1226_022026: LegalSource = {
  id: 'BPJSTK-B-1226-022026',
  kind: 'BPJS-letter',
  number: 'B/1226/022026',
  year: 2026,
  title: {
    id: 'Batasan Upah dan Manfaat Jaminan Pensiun Tahun 2026',
    en: 'JP wage cap and benefit bounds 2026',
  },
  signed: '2026-02-25',
  url: 'https://494075.fs1.hubspotusercontent-na1.net/hubfs/494075/compliance-portal/notification-number-b1226022026.pdf',
}

export const BPJSTK_ART_18877: LegalSource = {
  id: 'BPJSTK-ART-18877',
  kind: 'BPJS-article',
  number: '18877',
  year: 2023,
  title: { id: 'Mau Klaim Jaminan Kematian BPJS TK', en: 'Claiming the JKM (BPJS TK article)' },
  url: 'https://www.bpjsketenagakerjaan.go.id/artikel/18877/artikel-mau-klaim-jaminan-kematian-bpjs-tk',
}

export const BPJSTK_ART_18896: LegalSource = {
  id: 'BPJSTK-ART-18896',
  kind: 'BPJS-article',
  number: '18896',
  year: 2023,
  title: {
    id: 'Manfaat Program JKM untuk Ahli Waris Pekerja Migran Indonesia',
    en: 'JKM benefits for heirs of migrant workers (BPJS TK article)',
  },
  url: 'https://www.bpjsketenagakerjaan.go.id/artikel/18896/artikel-manfaat-program-jkm-untuk-ahli-waris-pekerja-migran-indonesia.bpjs',
}

export const BPJSTK_ART_18913: LegalSource = {
  id: 'BPJSTK-ART-18913',
  kind: 'BPJS-article',
  number: '18913',
  year: 2024,
  title: {
    id: 'Berapa Besaran Iuran JHT, JKK, JKM, JP dan JKP',
    en: 'Contribution rates of JHT, JKK, JKM, JP and JKP (BPJS TK article)',
  },
  url: 'https://www.bpjsketenagakerjaan.go.id/artikel/18913/artikel-berapa-besaran-iuran-jht,-jkk,-jkm,-jp-dan-jkp',
}

export const BPS_PDB: LegalSource = {
  id: 'BPS-PDB',
  kind: 'statistic',
  number: 'BRS PDB',
  year: 2026,
  title: {
    id: 'Berita Resmi Statistik BPS: Pertumbuhan Ekonomi Indonesia (rilis pertama, Februari)',
    en: 'BPS official statistics release: Indonesian GDP growth (first release, February)',
  },
  note: 'First-release annual growth; later revisions do not reproduce the published JP caps.',
}

export const DECISIONS: LegalSource = {
  id: 'DECISIONS',
  kind: 'library-decision',
  number: 'D1–D27, L1–L6',
  year: 2026,
  title: {
    id: 'Keputusan pustaka atas pertanyaan hukum yang terbuka (registri keputusan di dalam paket)',
    en: 'Library decisions on open legal questions (the decisions registry inside the package)',
  },
  note: 'Each decision is listed by getDecision(id) with its question, answer, reason, confidence and sources; a citation names the decision as its article (D12).',
}
