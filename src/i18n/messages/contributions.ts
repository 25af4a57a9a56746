import type { MessageArea } from '../types.js'
import { BPU_PAYERS, ENTERPRISE_SIZES, listText } from '../../types.js'

/** The Indonesian messages of the contributions area (codes, reasons, explanation steps). */
export const contributionsMessages = {
  id: {
    // errors
    ENTERPRISE_SIZE_REQUIRED: `Isi enterpriseSize (${listText(ENTERPRISE_SIZES, 'atau')}) atau daftar programs: program wajib peserta penerima upah bergantung pada skala usaha, dan pustaka ini tidak menebaknya.`,
    JKK_RISK_CLASS_REQUIRED:
      'Isi jkkRiskClass (kelompok risiko 1–5 menurut Lampiran I PP 44/2015) untuk menghitung iuran JKK.',
    JKP_FLAG_CONFLICT:
      'jkpRegistered ({flag}) bertentangan dengan daftar programs (JKP tercantum: {listed}).',
    JKP_REQUIRES_JKK_JKM:
      'JKP dibiayai antara lain dari rekomposisi iuran JKK dan JKM: sertakan JKK dan JKM dalam programs.',
    JAKON_METHOD_CONFLICT:
      'Isi salah satu saja: contractValue (nilai kontrak, bila upah tidak diketahui) atau wage (upah sebulan, bila upah diketahui), tidak keduanya.',
    JAKON_METHOD_REQUIRED:
      'Isi contractValue (nilai kontrak kerja konstruksi tanpa PPN) atau wage (upah sebulan).',
    PROGRAM_NOT_AVAILABLE:
      'Program {program} tidak tersedia bagi peserta {category} pada bulan iuran {period}.',
    PMI_JHT_NOT_AVAILABLE:
      'Iuran JHT PMI tidak dihitung untuk bulan iuran {period}: JHT sukarela bagi PMI dibuka Permenaker 18/2018 mulai {from}, sehingga untuk bulan ini belum dapat dipastikan JHT sudah terbuka.',
    PMI_JHT_OUT_OF_RANGE:
      'Iuran JHT PMI {value} per bulan di luar rentang yang diizinkan: {minimum} sampai {maximum}.',
    PMI_PERIOD_NOT_COVERED:
      'Iuran PMI untuk bulan {period} belum dimodelkan: pustaka ini memuat Permenaker 18/2018 (sejak bulan iuran {from}) dan Permenaker 4/2023. Aturan sebelumnya (Permenaker 7/2017, dan asuransi TKI swasta sebelum Agustus 2017) tidak dihitung.',
    BPU_PAYER_REQUIRED: `Bulan iuran {period} termasuk masa potongan PP 50/2025, yang tidak berlaku bila iuran dibayar dari APBN atau APBD: isi payer (${listText(BPU_PAYERS, 'atau', true)}).`,
    BPU_SECTOR_REQUIRED:
      'Bulan iuran {period} termasuk masa potongan PP 50/2025 yang bergantung pada sektor: isi sector ("transport" untuk pengemudi, kurir dan logistik, atau "other").',
    RECOMPOSITION_EXCEEDS_CONTRIBUTION:
      'Bagian {program} yang direkomposisi ke JKP ({part}) melebihi iuran {program} yang dibayar ({gross}); periksa parameter yang diganti.',
    // warnings
    BPU_INCOME_CLAMPED:
      'Penghasilan {income} di luar rentang tabel Lampiran II PP 44/2015 ({floor}–{ceiling}): dasar iuran memakai {base} (keputusan D1).',
    COVID_RELIEF_ASSUMED:
      'Bulan iuran {period} termasuk masa keringanan PP 49/2020 (JKK dan JKM 1%, 99% iuran JP ditunda). Keringanan diterapkan dengan anggapan syaratnya terpenuhi (iuran lunas sampai Juli 2020, Pasal 13; untuk JP, Pasal 18 dan 20); isi covidRelief: false atau jpDeferral: false bila tidak.',
    COVID_RELIEF_NOT_IN_FORCE:
      'Keringanan PP 49/2020 tidak berlaku pada bulan iuran {period} (hanya Agustus 2020 sampai Januari 2021): iuran normal dihitung.',
    JKK_DISCOUNT_NOT_IN_FORCE:
      'jkkDiscountEligible diabaikan untuk bulan iuran {period}: keringanan 50% JKK PP 7/2025 jo. PP 36/2025 hanya untuk iuran Februari 2025 sampai Januari 2026.',
    JKP_NOT_IN_FORCE_IGNORED:
      'jkpRegistered diabaikan untuk bulan iuran {period}: program JKP baru ada sejak iuran Februari 2021.',
    PROGRAMS_OMIT_MANDATORY:
      'Daftar programs tidak memuat program yang wajib bagi {who}: {missing}. Hanya program yang diminta yang dihitung.',
    WAGE_BELOW_MINIMUM:
      'Upah {wage} di bawah upah minimum {minimumWage} yang diberikan (keputusan D13: hanya peringatan, iuran tetap dihitung dari upah).',
    PMI_LONGER_PACKAGE_CHEAPER:
      'Kontrak {months} bulan dihitung sebagai paket {chosen} bulan ditambah {extra} bulan kelebihan ({total}), menurut bunyi Pasal 18 ayat (3); paket {longer} bulan ({longerAmount}) lebih murah. Pastikan dengan BPJS Ketenagakerjaan paket mana yang ditagihkan.',
    // explanation
    CONTRIB_STEP_PROGRAMS: 'Program yang dihitung: {programs}. {reason}',
    CONTRIB_PROGRAMS_REASON_EXPLICIT: 'Sesuai daftar programs dari pemanggil.',
    CONTRIB_PROGRAMS_REASON_CATEGORY: 'Program wajib bagi peserta {category} menurut matriks program.',
    CONTRIB_PROGRAMS_REASON_SIZE:
      'Program wajib bagi {who} menurut matriks program (JKP bila peserta terdaftar dalam JKP).',
    CONTRIB_FORMULA_RATE_TIMES_BASE: 'tarif × dasar iuran = {rate} × {base}',
    CONTRIB_FORMULA_MIN_CAP: 'min(upah, batas upah) = min({wage}, {cap}) = {value}',
    CONTRIB_FORMULA_DIFFERENCE: 'iuran tunai − bagian ke JKP = {gross} − {part}',
    CONTRIB_FORMULA_DEFERRAL:
      'iuran penuh {rate} × {base} = {full}; dibayar sekarang {paidRate} × {base} = {paid}; ditunda {full} − {paid} = {deferred}',
    CONTRIB_FORMULA_BPU_BASE: 'dasar = penghasilan {income} dibatasi ke rentang {floor}–{ceiling} = {base}',
    CONTRIB_FORMULA_FLAT: 'iuran tetap {flat}',
    CONTRIB_FORMULA_SHARE_OF_FLAT: 'bagian yang dibayar × iuran tetap = {share:n} × {flat}',
    CONTRIB_FORMULA_MARGINAL:
      'jumlah tiap jenjang: tarif jenjang × bagian nilai kontrak pada jenjang itu = {parts}',
    CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS: '{perMonth} × {months} bulan',
    STEP_PU_JKK: 'JKK kelompok risiko {riskClass}, dibayar pemberi kerja{note}.',
    STEP_PU_JKM: 'JKM, dibayar pemberi kerja{note}.',
    STEP_PU_JKM_NO_RECOMPOSITION:
      'JKM, dibayar pemberi kerja{note}. Sejak iuran Februari 2025 (PP 6/2025) JKP tidak lagi dibiayai dari JKM: tidak ada rekomposisi JKM (keputusan D7).',
    STEP_PU_TO_JKP:
      'Bagian iuran {program} yang direkomposisi ke JKP, dihitung dari upah yang dibatasi {cap} (keputusan D7, D8); iuran tunai pemberi kerja tidak berubah.',
    STEP_PU_TO_JKP_WHOLE_WAGE:
      'Bagian iuran {program} yang direkomposisi ke JKP, dihitung dari seluruh upah: parameter keputusan D8 (jkp.recomposition.cappedBase) diganti, sehingga batas upah JKP {cap} tidak dipakai; iuran tunai pemberi kerja tidak berubah.',
    STEP_PU_TO_OWN_FUND: 'Sisa iuran {program} yang tetap masuk dana {program}.',
    STEP_PU_JHT_EMPLOYER: 'JHT bagian pemberi kerja (tanpa batas upah).',
    STEP_PU_JHT_WORKER: 'JHT bagian pekerja, dipotong dari upah (tanpa batas upah).',
    STEP_PU_JP_BASE: 'Dasar iuran JP: upah dibatasi batas upah tertinggi JP yang berlaku pada bulan iuran.',
    STEP_PU_JP_EMPLOYER: 'JP bagian pemberi kerja.',
    STEP_PU_JP_WORKER: 'JP bagian pekerja, dipotong dari upah.',
    STEP_PU_JP_DEFERRED:
      'JP bagian {who} dengan penundaan PP 49/2020: 1% iuran dibayar sekarang, 99% ditunda (dilunasi mulai paling lambat 15 Mei 2021 sampai 15 April 2022) dan tidak dihitung sebagai dibayar bulan ini.',
    STEP_PU_JKP_BASE: 'Dasar iuran JKP: upah dibatasi {cap} (PP 37/2021 Pasal 11).',
    STEP_PU_JKP_GOVERNMENT: 'JKP bagian Pemerintah Pusat.',
    STEP_BPU_BASE:
      'Dasar iuran BPU: penghasilan yang dilaporkan, dibatasi ke baris terendah dan tertinggi Lampiran II PP 44/2015 (keputusan D1).',
    STEP_BPU_JKK: 'JKK peserta bukan penerima upah{note}.',
    STEP_BPU_JKM: 'JKM peserta bukan penerima upah, jumlah tetap per bulan{note}.',
    STEP_BPU_JHT: 'JHT peserta bukan penerima upah (pilihan){note}.',
    STEP_BPU_MONTHS: '{program} untuk bulan iuran {from} sampai {to}, dibayar di muka.',
    STEP_JAKON_CONTRACT:
      '{program} jasa konstruksi berdasarkan nilai kontrak {value} ({vat}), berjenjang, untuk seluruh proyek{note}.',
    STEP_JAKON_WAGE: '{program} jasa konstruksi dari upah sebulan (upah diketahui){note}.',
    STEP_PMI_PRE_PLACEMENT:
      'Iuran JKK dan JKM PMI untuk pelindungan sebelum bekerja (penempatan melalui pelaksana penempatan).',
    STEP_PMI_PACKAGE:
      'Iuran JKK dan JKM PMI selama dan setelah bekerja: paket {package} bulan untuk kontrak {months} bulan.',
    STEP_PMI_PACKAGE_SHORT:
      'Iuran JKK dan JKM PMI selama dan setelah bekerja: kontrak {months} bulan lebih pendek dari semua paket, dipakai paket terpendek {package} bulan.',
    STEP_PMI_EXTENSION:
      'Kontrak {contract} bulan melebihi jangka waktu paket {package} bulan: iuran per bulan kelebihan, dibayar sekaligus (Pasal 18 ayat (3)).',
    STEP_PMI_JHT: 'JHT PMI (pilihan) untuk {months} bulan kontrak.',
    CONTRIB_NOTE_DISCOUNT: ' — keringanan {source}: dibayar {share} dari iuran normal {normal}',
    CONTRIB_NOTE_PP50_EXCLUDED: ' — tanpa potongan PP 50/2025 karena iuran dibayar dari {payer}',
    CONTRIB_NOTE_VAT_EXCLUDED: 'tanpa PPN, keputusan D17',
    CONTRIB_NOTE_VAT_INCLUDED: 'termasuk PPN',
    CONTRIB_PAYER_EMPLOYER: 'pemberi kerja',
    CONTRIB_PAYER_WORKER: 'pekerja',
    BATCH_ROW_ISSUES_TRUNCATED:
      'Hanya {max} masalah pertama pada baris yang dicantumkan; baris berikutnya diperiksa setelah opsi diperbaiki (setiap baris lalu mendapat hasil atau galatnya sendiri).',
  },
} as const satisfies MessageArea
