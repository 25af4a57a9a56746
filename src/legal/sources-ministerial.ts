import type { LegalSource } from './types.js'

/*
 * The ministerial regulations of the legal registry: Minister of Manpower regulations (Permenaker) and Minister
 * of Finance regulations (PMK), one constant each. Listed in the registry (src/legal/sources.ts, which
 * re-exports them).
 */

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
