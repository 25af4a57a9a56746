import type { LegalSource } from './types.js'

/*
 * The laws and government regulations of the legal registry: Acts (UU), the Civil Code, government regulations
 * (PP) and presidential instructions (Inpres), one constant each. Listed in the registry (src/legal/sources.ts,
 * which re-exports them).
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

export const KEPPRES_22_1993: LegalSource = {
  id: 'KEPPRES-22-1993',
  kind: 'Keppres',
  number: '22/1993',
  year: 1993,
  title: {
    id: 'Penyakit yang Timbul karena Hubungan Kerja',
    en: 'Diseases arising from employment',
  },
  signed: '1993-02-27',
  inForce: '1993-02-27',
  amendedBy: ['PERPRES-7-2019'],
  note: 'Pasal 3 ayat (2): JKK for a disease arising within 3 years after employment ended; in force on the date set (Pasal 5); revoked by Perpres 7/2019 (Pasal 6). Read in published transcripts of the text, not in the State Gazette.',
}

export const PERPRES_7_2019: LegalSource = {
  id: 'PERPRES-7-2019',
  kind: 'Perpres',
  number: '7/2019',
  year: 2019,
  title: { id: 'Penyakit Akibat Kerja', en: 'Occupational diseases' },
  signed: '2019-01-25',
  promulgated: '2019-01-29',
  inForce: '2019-01-29',
  note: 'LN 2019 No. 18, in force on promulgation. Implements PP 44/2015 Pasal 48 ayat (3); Pasal 2 ayat (2): JKK for an occupational disease arising within 3 years after employment ended; revokes Keppres 22/1993.',
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
