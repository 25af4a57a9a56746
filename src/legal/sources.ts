import type { LegalSource } from './types.js'

/*
 * Each source is its own constant, so that a bundle keeps the sources its modules cite (`citeSources`, src/legal/cited.ts)
 * and drops the others; the registry (SOURCES, SOURCE_LIST, getSource) lists them all.
 */

export const UU_40_2004: LegalSource = {
  id: 'UU-40-2004',
  kind: 'UU',
  number: '40/2004',
  year: 2004,
  title: {
    id: 'Undang-Undang tentang Sistem Jaminan Sosial Nasional',
    en: 'Act on the National Social Security System (SJSN)',
  },
  amendedBy: ['UU-11-2020', 'UU-6-2023'],
  url: 'https://peraturan.bpk.go.id/Details/40787/uu-no-40-tahun-2004',
}

export const UU_24_2011: LegalSource = {
  id: 'UU-24-2011',
  kind: 'UU',
  number: '24/2011',
  year: 2011,
  title: {
    id: 'Undang-Undang tentang Badan Penyelenggara Jaminan Sosial',
    en: 'Act on the Social Security Administering Bodies (BPJS)',
  },
  signed: '2011-11-25',
  inForce: '2014-01-01',
  note: 'BPJS TK operates from 2014-01-01; the four programs including JP from 2015-07-01.',
}

export const UU_13_2003: LegalSource = {
  id: 'UU-13-2003',
  kind: 'UU',
  number: '13/2003',
  year: 2003,
  title: { id: 'Undang-Undang tentang Ketenagakerjaan', en: 'Manpower Act' },
  note: 'Minimum working age 18 (Pasal 68), with exceptions for children aged 13–15 doing light work (Pasal 69).',
}

export const UU_11_2020: LegalSource = {
  id: 'UU-11-2020',
  kind: 'UU',
  number: '11/2020',
  year: 2020,
  title: { id: 'Undang-Undang tentang Cipta Kerja', en: 'Job Creation Act' },
  note: 'Adds JKP to UU 40/2004 (Pasal 46A–46E). Replaced by Perppu 2/2022, enacted as UU 6/2023.',
}

export const UU_6_2023: LegalSource = {
  id: 'UU-6-2023',
  kind: 'UU',
  number: '6/2023',
  year: 2023,
  title: {
    id: 'Undang-Undang tentang Penetapan Perppu 2/2022 tentang Cipta Kerja menjadi Undang-Undang',
    en: 'Act enacting Perppu 2/2022 on Job Creation',
  },
}

export const KUHPERDATA: LegalSource = {
  id: 'KUHPERDATA',
  kind: 'KUH',
  shortName: 'KUH Perdata',
  number: 'Staatsblad 1847 No. 23',
  year: 1847,
  title: {
    id: 'Kitab Undang-Undang Hukum Perdata (Burgerlijk Wetboek)',
    en: 'Civil Code (Burgerlijk Wetboek)',
  },
  note: 'Pasal 255: a child born 300 days after the marriage ended is not legitimate (used for the latest birth of a posthumous child).',
}

export const PP_44_2015: LegalSource = {
  id: 'PP-44-2015',
  kind: 'PP',
  number: '44/2015',
  year: 2015,
  title: {
    id: 'Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian',
    en: 'Work Accident (JKK) and Death (JKM) Programs',
  },
  signed: '2015-06-30',
  inForce: '2015-07-01',
  amendedBy: ['PP-82-2019', 'PP-49-2023'],
  url: 'https://peraturan.bpk.go.id/Details/5612/pp-no-44-tahun-2015',
  note: 'LN 2015/154.',
}

export const PP_45_2015: LegalSource = {
  id: 'PP-45-2015',
  kind: 'PP',
  number: '45/2015',
  year: 2015,
  title: { id: 'Penyelenggaraan Program Jaminan Pensiun', en: 'Pension Program (JP)' },
  signed: '2015-06-30',
  inForce: '2015-07-01',
  url: 'https://peraturan.bpk.go.id/Details/5613/pp-no-45-tahun-2015',
}

export const PP_46_2015: LegalSource = {
  id: 'PP-46-2015',
  kind: 'PP',
  number: '46/2015',
  year: 2015,
  title: { id: 'Penyelenggaraan Program Jaminan Hari Tua', en: 'Old-Age Savings Program (JHT)' },
  inForce: '2015-07-01',
  amendedBy: ['PP-60-2015'],
}

export const PP_60_2015: LegalSource = {
  id: 'PP-60-2015',
  kind: 'PP',
  number: '60/2015',
  year: 2015,
  title: {
    id: 'Perubahan atas PP 46/2015 tentang Penyelenggaraan Program Jaminan Hari Tua',
    en: 'Amendment of PP 46/2015 on JHT',
  },
}

export const PP_70_2015: LegalSource = {
  id: 'PP-70-2015',
  kind: 'PP',
  number: '70/2015',
  year: 2015,
  title: {
    id: 'Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi Pegawai Aparatur Sipil Negara',
    en: 'JKK and JKM for civil servants (ASN), administered by Taspen',
  },
  amendedBy: ['PP-66-2017'],
}

export const PP_66_2017: LegalSource = {
  id: 'PP-66-2017',
  kind: 'PP',
  number: '66/2017',
  year: 2017,
  title: { id: 'Perubahan atas PP 70/2015', en: 'Amendment of PP 70/2015 (ASN JKK/JKM)' },
}

export const PP_102_2015: LegalSource = {
  id: 'PP-102-2015',
  kind: 'PP',
  number: '102/2015',
  year: 2015,
  title: {
    id: 'Asuransi Sosial Prajurit TNI, Anggota Polri, dan Pegawai Aparatur Sipil Negara di Lingkungan Kementerian Pertahanan dan Polri',
    en: 'Social insurance of TNI soldiers, Polri members and ASN of the Defence Ministry and Polri (Asabri)',
  },
  amendedBy: ['PP-54-2020'],
}

export const PP_54_2020: LegalSource = {
  id: 'PP-54-2020',
  kind: 'PP',
  number: '54/2020',
  year: 2020,
  title: { id: 'Perubahan atas PP 102/2015', en: 'Amendment of PP 102/2015 (Asabri)' },
}

export const PP_82_2019: LegalSource = {
  id: 'PP-82-2019',
  kind: 'PP',
  number: '82/2019',
  year: 2019,
  title: {
    id: 'Perubahan atas PP 44/2015 tentang Penyelenggaraan Program JKK dan JKM',
    en: 'First amendment of PP 44/2015: higher JKK and JKM benefits',
  },
  signed: '2019-12-02',
  inForce: '2019-12-02',
  url: 'https://datacenter.ortax.org/ortax/aturan/show/25363',
  note: 'Benefits apply to accidents or deaths on or after 2019-12-02 (library decision D5).',
}

export const PP_49_2020: LegalSource = {
  id: 'PP-49-2020',
  kind: 'PP',
  number: '49/2020',
  year: 2020,
  title: {
    id: 'Penyesuaian Iuran Program Jaminan Sosial Ketenagakerjaan selama Bencana Nonalam Penyebaran COVID-19',
    en: 'Adjustment of social security contributions during the COVID-19 pandemic',
  },
  signed: '2020-08-31',
  promulgated: '2020-09-01',
  inForce: '2020-09-01',
  url: 'https://pasal.id/en/peraturan/pp/pp-no-49-tahun-2020',
  note: 'Contributions Aug 2020 – Jan 2021. LN 2020/199.',
}

export const PP_37_2021: LegalSource = {
  id: 'PP-37-2021',
  kind: 'PP',
  number: '37/2021',
  year: 2021,
  title: { id: 'Penyelenggaraan Program Jaminan Kehilangan Pekerjaan', en: 'Job Loss Program (JKP)' },
  amendedBy: ['PP-6-2025'],
  note: 'Exact signing and launch dates not verified (no primary text seen).',
}

export const PP_49_2023: LegalSource = {
  id: 'PP-49-2023',
  kind: 'PP',
  number: '49/2023',
  year: 2023,
  title: {
    id: 'Perubahan Kedua atas PP 44/2015 tentang Penyelenggaraan Program JKK dan JKM',
    en: 'Second amendment of PP 44/2015: participant categories; recomposition of JKK/JKM into JKP',
  },
  signed: '2023-10-06',
  promulgated: '2023-10-06',
  inForce: '2023-10-06',
  url: 'https://pasal.id/peraturan/pp/pp-no-49-tahun-2023/koreksi/5885054',
}

export const PP_6_2025: LegalSource = {
  id: 'PP-6-2025',
  kind: 'PP',
  number: '6/2025',
  year: 2025,
  title: {
    id: 'Perubahan atas PP 37/2021 tentang Penyelenggaraan Program Jaminan Kehilangan Pekerjaan',
    en: 'Amendment of PP 37/2021 (JKP): contribution 0.36%, benefit 60% for 6 months',
  },
  signed: '2025-02-07',
  promulgated: '2025-02-07',
  inForce: '2025-02-07',
  url: 'https://pasal.id/en/peraturan/pp/pp-no-6-tahun-2025/koreksi/5825012',
}

export const PP_7_2025: LegalSource = {
  id: 'PP-7-2025',
  kind: 'PP',
  number: '7/2025',
  year: 2025,
  title: {
    id: 'Penyesuaian Iuran Program Jaminan Kecelakaan Kerja bagi Industri Padat Karya Tertentu',
    en: '50% JKK discount for certain labour-intensive industries',
  },
  signed: '2025-02-07',
  promulgated: '2025-02-07',
  inForce: '2025-02-07',
  amendedBy: ['PP-36-2025'],
  note: 'JKK contributions Feb–Jul 2025.',
}

export const PP_36_2025: LegalSource = {
  id: 'PP-36-2025',
  kind: 'PP',
  number: '36/2025',
  year: 2025,
  title: {
    id: 'Perubahan atas PP 7/2025',
    en: 'Amendment of PP 7/2025: discount extended to the January 2026 JKK contribution',
  },
  signed: '2025-09-04',
  note: 'Discounted JKK must be settled by 2026-06-30, otherwise PP 44/2015 contributions and penalties apply.',
}

export const PP_50_2025: LegalSource = {
  id: 'PP-50-2025',
  kind: 'PP',
  number: '50/2025',
  year: 2025,
  title: {
    id: 'Penyesuaian Iuran Program JKK dan JKM bagi Peserta Bukan Penerima Upah',
    en: '50% JKK and JKM discount for non-wage (BPU) participants',
  },
  promulgated: '2025-12-22',
  note: 'Transport BPU: contributions Jan 2026 – Mar 2027; other BPU: Apr – Dec 2026 (library decision D20). Not for APBN/APBD payers.',
}

export const INPRES_2_2021: LegalSource = {
  id: 'INPRES-2-2021',
  kind: 'Inpres',
  number: '2/2021',
  year: 2021,
  title: {
    id: 'Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan',
    en: 'Optimising the employment social security programs (government budgets for non-ASN and vulnerable workers)',
  },
  signed: '2021-03-25',
}

export const PERMENAKER_26_2015: LegalSource = {
  id: 'PERMENAKER-26-2015',
  kind: 'Permenaker',
  number: '26/2015',
  year: 2015,
  title: {
    id: 'Tata Cara Penyelenggaraan Program JKK, JKM dan JHT bagi Peserta Penerima Upah',
    en: 'Procedure for JKK, JKM and JHT for wage earners',
  },
  amendedBy: ['PERMENAKER-5-2021'],
  note: 'Repealed by Permenaker 5/2021.',
}

export const PERMENAKER_29_2015: LegalSource = {
  id: 'PERMENAKER-29-2015',
  kind: 'Permenaker',
  number: '29/2015',
  year: 2015,
  title: {
    id: 'Tata Cara Pendaftaran Kepesertaan, Pembayaran dan Penghentian Manfaat Jaminan Pensiun',
    en: 'Procedure for JP registration, payment and termination of benefits',
  },
  url: 'https://www.pasal.id/peraturan/permen/permenaker-no-29-tahun-2015/koreksi/10460148',
}

export const PERMENAKER_44_2015: LegalSource = {
  id: 'PERMENAKER-44-2015',
  kind: 'Permenaker',
  number: '44/2015',
  year: 2015,
  title: {
    id: 'Penyelenggaraan Program JKK dan JKM bagi Pekerja Harian Lepas, Borongan, dan PKWT pada Sektor Usaha Jasa Konstruksi',
    en: 'JKK and JKM for casual, piece-rate and fixed-term workers in construction (Jakon)',
  },
  signed: '2015-12-31',
  promulgated: '2015-12-31',
  inForce: '2015-12-31',
  amendedBy: ['PERMENAKER-5-2021'],
  url: 'https://pasal.id/peraturan/permen/permenakertrans-no-44-tahun-2015',
  note: 'Repealed by Permenaker 5/2021.',
}

export const PERMENAKER_1_2016: LegalSource = {
  id: 'PERMENAKER-1-2016',
  kind: 'Permenaker',
  number: '1/2016',
  year: 2016,
  title: {
    id: 'Tata Cara Penyelenggaraan Program JKK, JKM dan JHT bagi Peserta Bukan Penerima Upah',
    en: 'Procedure for JKK, JKM and JHT for non-wage participants (BPU)',
  },
  amendedBy: ['PERMENAKER-21-2017', 'PERMENAKER-5-2021'],
}

export const PERMENAKER_21_2017: LegalSource = {
  id: 'PERMENAKER-21-2017',
  kind: 'Permenaker',
  number: '21/2017',
  year: 2017,
  title: { id: 'Perubahan atas Permenaker 1/2016', en: 'Amendment of Permenaker 1/2016 (BPU)' },
}

export const PERMENAKER_7_2017: LegalSource = {
  id: 'PERMENAKER-7-2017',
  kind: 'Permenaker',
  number: '7/2017',
  year: 2017,
  title: {
    id: 'Program Jaminan Sosial Tenaga Kerja Indonesia',
    en: 'Social security program for Indonesian overseas workers (TKI)',
  },
  signed: '2017-07-28',
  inForce: '2017-08-01',
  amendedBy: ['PERMENAKER-18-2018'],
  url: 'https://www.basishukum.com/permenaker/7/2017',
  note: 'Moved TKI protection from the private insurance consortium (Permenakertrans PER.07/MEN/V/2010) to BPJS TK (JKK + JKM) from 2017-08-01 (secondary press reports; the Permenaker text was not seen). Replaced by Permenaker 18/2018.',
}

export const PERMENAKER_18_2018: LegalSource = {
  id: 'PERMENAKER-18-2018',
  kind: 'Permenaker',
  number: '18/2018',
  year: 2018,
  title: {
    id: 'Jaminan Sosial Pekerja Migran Indonesia',
    en: 'Social security for Indonesian migrant workers (PMI)',
  },
  promulgated: '2018-12-10',
  inForce: '2018-12-10',
  amendedBy: ['PERMENAKER-4-2023'],
  note: 'BN 2018/1624; replaced Permenaker 7/2017.',
}

export const PERMENAKER_5_2021: LegalSource = {
  id: 'PERMENAKER-5-2021',
  kind: 'Permenaker',
  number: '5/2021',
  year: 2021,
  title: {
    id: 'Tata Cara Penyelenggaraan Program JKK, JKM dan JHT',
    en: 'Procedure for the JKK, JKM and JHT programs (PU, BPU, Jakon, interns)',
  },
  inForce: '2021-04-01',
  amendedBy: ['PERMENAKER-1-2025'],
  url: 'https://id.scribd.com/document/512317569/Permenaker-5-2021',
}

export const PERMENAKER_4_2023: LegalSource = {
  id: 'PERMENAKER-4-2023',
  kind: 'Permenaker',
  number: '4/2023',
  year: 2023,
  title: {
    id: 'Jaminan Sosial Pekerja Migran Indonesia',
    en: 'Social security for Indonesian migrant workers (PMI), replacing Permenaker 18/2018',
  },
  signed: '2023-02-21',
  promulgated: '2023-02-22',
  inForce: '2023-02-22',
  url: 'https://pasal.id/peraturan/permen/Permenaker-no-4-tahun-2023/koreksi/9656301',
}

export const PERMENAKER_1_2025: LegalSource = {
  id: 'PERMENAKER-1-2025',
  kind: 'Permenaker',
  number: '1/2025',
  year: 2025,
  title: {
    id: 'Perubahan atas Permenaker 5/2021',
    en: 'Amendment of Permenaker 5/2021: non-ASN enrolment, JKM after 3 months of membership, scholarship rules',
  },
  promulgated: '2025-02-24',
  inForce: '2025-02-24',
  url: 'https://siplawfirm.id/komparatif-antara-permenaker-1-2025-dan-permenaker-5-2021/?lang=id',
  note: 'In-force date not seen; the library uses the promulgation date (library decision D2).',
}

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

export const UU_20_2023: LegalSource = {
  id: 'UU-20-2023',
  kind: 'UU',
  number: '20/2023',
  year: 2023,
  title: { id: 'Undang-Undang tentang Aparatur Sipil Negara', en: 'Civil Service (ASN) Act' },
  promulgated: '2023-10-31',
  inForce: '2023-10-31',
  note: 'Creates part-time PPPK (PPPK paruh waktu); its social security is not settled in the text seen. Signed, promulgated and in force 2023-10-31 (press reports of 2023-11 quoting the Act, checked 2026-12-05; the official text was not seen).',
}

export const PERMENAKER_19_2015: LegalSource = {
  id: 'PERMENAKER-19-2015',
  kind: 'Permenaker',
  number: '19/2015',
  year: 2015,
  title: {
    id: 'Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua',
    en: 'Procedure and conditions for paying JHT benefits',
  },
  inForce: '2015-09-01',
  amendedBy: ['PERMENAKER-4-2022'],
  note: 'Applied from 2015-09-01 as reported; revoked by Permenaker 4/2022.',
}

export const PERMENAKER_4_2022: LegalSource = {
  id: 'PERMENAKER-4-2022',
  kind: 'Permenaker',
  number: '4/2022',
  year: 2022,
  title: {
    id: 'Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua',
    en: 'Procedure and conditions for paying JHT benefits (current)',
  },
  signed: '2022-04-26',
  inForce: '2022-04-26',
  note: 'BN 2022/451; revokes Permenaker 19/2015 and 2/2022 (the latter never applied).',
}

export const PP_68_2009: LegalSource = {
  id: 'PP-68-2009',
  kind: 'PP',
  number: '68/2009',
  year: 2009,
  title: {
    id: 'Tarif Pemotongan Pajak Penghasilan Pasal 21 atas Penghasilan yang Berupa Uang Pesangon, Uang Manfaat Pensiun, Tunjangan Hari Tua, dan Jaminan Hari Tua yang Dibayarkan Sekaligus',
    en: 'Final income tax on lump-sum severance, pension, THT and JHT payments',
  },
  inForce: '2009-11-16',
}

export const PERMENAKER_15_2021: LegalSource = {
  id: 'PERMENAKER-15-2021',
  kind: 'Permenaker',
  number: '15/2021',
  year: 2021,
  title: {
    id: 'Tata Cara Pemberian Manfaat Jaminan Kehilangan Pekerjaan',
    en: 'Procedure for providing JKP benefits',
  },
  note: 'Implements PP 37/2021 Pasal 31 ayat (3) and Pasal 41; only its opening page was read.',
}

export const PMK_148_2021: LegalSource = {
  id: 'PMK-148-2021',
  kind: 'PMK',
  number: '148/PMK.02/2021',
  year: 2021,
  title: {
    id: 'Penyediaan, Pencairan, Penggunaan, dan Pertanggungjawaban Dana Awal dan Akumulasi Iuran JKP',
    en: 'Provision, disbursement, use and accountability of the JKP initial fund and accumulated contributions',
  },
  amendedBy: ['PMK-26-2025'],
  note: 'Pasal 31 fixes the unit cost of JKP training.',
}

export const PMK_26_2025: LegalSource = {
  id: 'PMK-26-2025',
  kind: 'PMK',
  number: '26/2025',
  year: 2025,
  title: {
    id: 'Perubahan atas PMK 148/PMK.02/2021 (biaya satuan pelatihan JKP)',
    en: 'Amendment of PMK 148/PMK.02/2021 (JKP training unit cost)',
  },
  note: 'Reported as signed in April 2025; the in-force date was not seen.',
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

/**
 * Every regulation the library rests on, in the order of the master timeline, plus the other sources
 * parameters cite (BPJS letters for the JP wage cap, BPS releases, the library's own decisions).
 */
const LIST: readonly LegalSource[] = [
  UU_40_2004,
  UU_24_2011,
  UU_13_2003,
  UU_11_2020,
  UU_6_2023,
  KUHPERDATA,
  PP_44_2015,
  PP_45_2015,
  PP_46_2015,
  PP_60_2015,
  PP_70_2015,
  PP_66_2017,
  PP_102_2015,
  PP_54_2020,
  PP_82_2019,
  PP_49_2020,
  PP_37_2021,
  PP_49_2023,
  PP_6_2025,
  PP_7_2025,
  PP_36_2025,
  PP_50_2025,
  INPRES_2_2021,
  PERMENAKER_26_2015,
  PERMENAKER_29_2015,
  PERMENAKER_44_2015,
  PERMENAKER_1_2016,
  PERMENAKER_21_2017,
  PERMENAKER_7_2017,
  PERMENAKER_18_2018,
  PERMENAKER_5_2021,
  PERMENAKER_4_2023,
  PERMENAKER_1_2025,
  PERDIR_BPJSTK_22_2022,
  BPJSTK_B_1397_022018,
  BPJSTK_B_1328_022020,
  BPJSTK_B_0246_022021,
  BPJSTK_B_77_022023,
  BPJSTK_B_1387_022024,
  BPJSTK_B_726_022025,
  BPJSTK_B_1226_022026,
  BPJSTK_ART_18877,
  BPJSTK_ART_18896,
  BPJSTK_ART_18913,
  BPS_PDB,
  UU_20_2023,
  PERMENAKER_19_2015,
  PERMENAKER_4_2022,
  PP_68_2009,
  PERMENAKER_15_2021,
  PMK_148_2021,
  PMK_26_2025,
  DECISIONS,
]

/** The source registry, by id. */
export const SOURCES: Readonly<Record<string, LegalSource>> = /* @__PURE__ */ byId(LIST)

/** Every source, in the order of the master timeline. */
export const SOURCE_LIST: readonly LegalSource[] = /* @__PURE__ */ inOrder(LIST, SOURCES)

// functions, so that a bundle citing a few sources can drop the registry built here (calls marked pure)
function byId(list: readonly LegalSource[]): Readonly<Record<string, LegalSource>> {
  return Object.freeze(Object.fromEntries(list.map((s) => [s.id, Object.freeze(s)])))
}

function inOrder(
  list: readonly LegalSource[],
  byIds: Readonly<Record<string, LegalSource>>,
): readonly LegalSource[] {
  return Object.freeze(list.map((s) => byIds[s.id] as LegalSource))
}

/**
 * A source by id, or `undefined`.
 *
 * @example
 * ```ts
 * getSource('PP-82-2019')?.inForce //=> '2019-12-02'
 * getSource('PP-99-2099') //=> undefined
 * ```
 */
export function getSource(id: string): LegalSource | undefined {
  return Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined
}
