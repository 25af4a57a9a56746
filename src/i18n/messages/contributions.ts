import type { MessageArea } from '../types.js'
import { BPU_PAYERS, ENTERPRISE_SIZES, listText } from '../../types.js'

/** Messages of the contributions area (codes, reasons, explanation steps). */
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
    CONTRIB_FORMULA_SHARE_OF_FLAT: 'bagian yang dibayar × iuran tetap = {share} × {flat}',
    CONTRIB_FORMULA_MARGINAL:
      'jumlah tiap jenjang: tarif jenjang × bagian nilai kontrak pada jenjang itu = {parts}',
    CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS: '{perMonth} × {months} bulan',
    STEP_PU_JKK: 'JKK kelompok risiko {riskClass}, dibayar pemberi kerja{note}.',
    STEP_PU_JKM: 'JKM, dibayar pemberi kerja{note}.',
    STEP_PU_JKM_NO_RECOMPOSITION:
      'JKM, dibayar pemberi kerja{note}. Sejak iuran Februari 2025 (PP 6/2025) JKP tidak lagi dibiayai dari JKM: tidak ada rekomposisi JKM (keputusan D7).',
    STEP_PU_TO_JKP:
      'Bagian iuran {program} yang direkomposisi ke JKP, dihitung dari upah yang dibatasi Rp5.000.000 (keputusan D7, D8); iuran tunai pemberi kerja tidak berubah.',
    STEP_PU_TO_OWN_FUND: 'Sisa iuran {program} yang tetap masuk dana {program}.',
    STEP_PU_JHT_EMPLOYER: 'JHT bagian pemberi kerja (tanpa batas upah).',
    STEP_PU_JHT_WORKER: 'JHT bagian pekerja, dipotong dari upah (tanpa batas upah).',
    STEP_PU_JP_BASE: 'Dasar iuran JP: upah dibatasi batas upah tertinggi JP yang berlaku pada bulan iuran.',
    STEP_PU_JP_EMPLOYER: 'JP bagian pemberi kerja.',
    STEP_PU_JP_WORKER: 'JP bagian pekerja, dipotong dari upah.',
    STEP_PU_JP_DEFERRED:
      'JP bagian {who} dengan penundaan PP 49/2020: 1% iuran dibayar sekarang, 99% ditunda (dilunasi mulai paling lambat 15 Mei 2021 sampai 15 April 2022) dan tidak dihitung sebagai dibayar bulan ini.',
    STEP_PU_JKP_BASE: 'Dasar iuran JKP: upah dibatasi Rp5.000.000 (PP 37/2021 Pasal 11).',
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
  },
  en: {
    ENTERPRISE_SIZE_REQUIRED: `Give enterpriseSize (${listText(ENTERPRISE_SIZES, 'or')}) or a programs list: the programs mandatory for a wage earner depend on the size of the enterprise, and this library does not guess it.`,
    JKK_RISK_CLASS_REQUIRED: 'Give jkkRiskClass (risk group 1–5 of PP 44/2015 Lampiran I) to price JKK.',
    JKP_FLAG_CONFLICT: 'jkpRegistered ({flag}) contradicts the programs list (JKP listed: {listed}).',
    JKP_REQUIRES_JKK_JKM:
      'JKP is funded partly by recomposing the JKK and JKM contributions: include JKK and JKM in programs.',
    JAKON_METHOD_CONFLICT:
      'Give only one of contractValue (contract value, when wages are unknown) or wage (monthly wage, when wages are known), not both.',
    JAKON_METHOD_REQUIRED:
      'Give contractValue (construction contract value excluding VAT) or wage (monthly wage).',
    PROGRAM_NOT_AVAILABLE:
      'Program {program} is not available to {category} participants in the contribution month {period}.',
    PMI_JHT_NOT_AVAILABLE:
      'PMI JHT is not priced for the contribution month {period}: Permenaker 18/2018 opened voluntary JHT to PMI from {from}, so for this month it cannot be confirmed that JHT was open.',
    PMI_JHT_OUT_OF_RANGE: 'PMI JHT of {value} a month is outside the allowed range: {minimum} to {maximum}.',
    PMI_PERIOD_NOT_COVERED:
      'PMI contributions for {period} are not modelled: this library encodes Permenaker 18/2018 (from the contribution month {from}) and Permenaker 4/2023. Earlier rules (Permenaker 7/2017, and the private insurance of migrant workers before August 2017) are not computed.',
    BPU_PAYER_REQUIRED: `The contribution month {period} falls in a PP 50/2025 discount window, which does not apply when the contribution is paid from the APBN or APBD: give payer (${listText(BPU_PAYERS, 'or', true)}).`,
    BPU_SECTOR_REQUIRED:
      'The contribution month {period} falls in a PP 50/2025 discount window that depends on the sector: give sector ("transport" for drivers, couriers and logistics, or "other").',
    RECOMPOSITION_EXCEEDS_CONTRIBUTION:
      'The part of {program} recomposed to JKP ({part}) exceeds the {program} contribution paid ({gross}); check the overridden parameters.',
    BPU_INCOME_CLAMPED:
      'The income {income} is outside the range of the PP 44/2015 Lampiran II table ({floor}–{ceiling}): the contribution base is {base} (decision D1).',
    COVID_RELIEF_ASSUMED:
      'The contribution month {period} falls in the PP 49/2020 relief (JKK and JKM at 1%, 99% of JP deferred). The relief is applied assuming its conditions are met (contributions paid up to July 2020, Pasal 13; for JP, Pasal 18 and 20); pass covidRelief: false or jpDeferral: false otherwise.',
    COVID_RELIEF_NOT_IN_FORCE:
      'The PP 49/2020 relief does not apply to the contribution month {period} (only August 2020 to January 2021): normal contributions are computed.',
    JKK_DISCOUNT_NOT_IN_FORCE:
      'jkkDiscountEligible is ignored for the contribution month {period}: the PP 7/2025 / PP 36/2025 50% JKK discount covers only the February 2025 to January 2026 contributions.',
    JKP_NOT_IN_FORCE_IGNORED:
      'jkpRegistered is ignored for the contribution month {period}: JKP exists only from the February 2021 contribution.',
    PROGRAMS_OMIT_MANDATORY:
      'The programs list leaves out programs mandatory for {who}: {missing}. Only the programs asked for are priced.',
    WAGE_BELOW_MINIMUM:
      'The wage {wage} is below the minimum wage {minimumWage} given (decision D13: a warning only, contributions are still computed on the wage).',
    PMI_LONGER_PACKAGE_CHEAPER:
      'A {months}-month contract is priced as the {chosen}-month package plus {extra} months beyond it ({total}), reading Pasal 18 ayat (3) literally; the {longer}-month package ({longerAmount}) costs less. Check with BPJS Ketenagakerjaan which package is billed.',
    CONTRIB_STEP_PROGRAMS: 'Programs priced: {programs}. {reason}',
    CONTRIB_PROGRAMS_REASON_EXPLICIT: 'As listed by the caller.',
    CONTRIB_PROGRAMS_REASON_CATEGORY:
      'The programs mandatory for {category} participants in the program matrix.',
    CONTRIB_PROGRAMS_REASON_SIZE:
      'The programs mandatory for {who} in the program matrix (JKP when the worker is registered in JKP).',
    CONTRIB_FORMULA_RATE_TIMES_BASE: 'rate × contribution base = {rate} × {base}',
    CONTRIB_FORMULA_MIN_CAP: 'min(wage, wage cap) = min({wage}, {cap}) = {value}',
    CONTRIB_FORMULA_DIFFERENCE: 'cash contribution − part to JKP = {gross} − {part}',
    CONTRIB_FORMULA_DEFERRAL:
      'full contribution {rate} × {base} = {full}; paid now {paidRate} × {base} = {paid}; deferred {full} − {paid} = {deferred}',
    CONTRIB_FORMULA_BPU_BASE: 'base = income {income} held within {floor}–{ceiling} = {base}',
    CONTRIB_FORMULA_FLAT: 'fixed contribution {flat}',
    CONTRIB_FORMULA_SHARE_OF_FLAT: 'share paid × fixed contribution = {share} × {flat}',
    CONTRIB_FORMULA_MARGINAL:
      'sum over the tiers: tier rate × part of the contract value in that tier = {parts}',
    CONTRIB_FORMULA_PER_MONTH_TIMES_MONTHS: '{perMonth} × {months} months',
    STEP_PU_JKK: 'JKK, risk group {riskClass}, paid by the employer{note}.',
    STEP_PU_JKM: 'JKM, paid by the employer{note}.',
    STEP_PU_JKM_NO_RECOMPOSITION:
      'JKM, paid by the employer{note}. From the February 2025 contribution (PP 6/2025) JKP is no longer funded from JKM: no JKM recomposition (decision D7).',
    STEP_PU_TO_JKP:
      'The part of the {program} contribution recomposed to JKP, computed on the wage capped at Rp5,000,000 (decisions D7, D8); the employer’s cash is unchanged.',
    STEP_PU_TO_OWN_FUND: 'The rest of the {program} contribution, kept by the {program} fund.',
    STEP_PU_JHT_EMPLOYER: 'JHT, employer share (no wage cap).',
    STEP_PU_JHT_WORKER: 'JHT, worker share, deducted from the wage (no wage cap).',
    STEP_PU_JP_BASE:
      'JP contribution base: the wage capped at the JP wage cap in force in the contribution month.',
    STEP_PU_JP_EMPLOYER: 'JP, employer share.',
    STEP_PU_JP_WORKER: 'JP, worker share, deducted from the wage.',
    STEP_PU_JP_DEFERRED:
      'JP, {who} share, with the PP 49/2020 deferral: 1% of the contribution is paid now, 99% is deferred (to be settled from 15 May 2021 at the latest until 15 April 2022) and is not counted as paid this month.',
    STEP_PU_JKP_BASE: 'JKP contribution base: the wage capped at Rp5,000,000 (PP 37/2021 Pasal 11).',
    STEP_PU_JKP_GOVERNMENT: 'JKP, central government share.',
    STEP_BPU_BASE:
      'BPU contribution base: the declared income, held between the lowest and highest rows of PP 44/2015 Lampiran II (decision D1).',
    STEP_BPU_JKK: 'JKK of a non-wage participant{note}.',
    STEP_BPU_JKM: 'JKM of a non-wage participant, a fixed amount per month{note}.',
    STEP_BPU_JHT: 'JHT of a non-wage participant (optional){note}.',
    STEP_BPU_MONTHS: '{program} for the contribution months {from} to {to}, paid in advance.',
    STEP_JAKON_CONTRACT:
      'Construction {program} by contract value {value} ({vat}), in marginal tiers, for the whole project{note}.',
    STEP_JAKON_WAGE: 'Construction {program} on the monthly wage (wages known){note}.',
    STEP_PMI_PRE_PLACEMENT:
      'PMI JKK and JKM contribution for the protection before work (placement through an agency).',
    STEP_PMI_PACKAGE:
      'PMI JKK and JKM contribution during and after work: the {package}-month package for a {months}-month contract.',
    STEP_PMI_PACKAGE_SHORT:
      'PMI JKK and JKM contribution during and after work: a {months}-month contract is shorter than every package, so the shortest, {package} months, applies.',
    STEP_PMI_EXTENSION:
      'The {contract}-month contract exceeds the {package}-month package: a contribution per month beyond it, paid at once (Pasal 18 ayat (3)).',
    STEP_PMI_JHT: 'PMI JHT (optional) for the {months} months of the contract.',
    CONTRIB_NOTE_DISCOUNT: ' — {source} relief: {share} of the normal contribution {normal} is paid',
    CONTRIB_NOTE_PP50_EXCLUDED: ' — no PP 50/2025 discount because the contribution is paid from {payer}',
    CONTRIB_NOTE_VAT_EXCLUDED: 'excluding VAT, decision D17',
    CONTRIB_NOTE_VAT_INCLUDED: 'including VAT',
    CONTRIB_PAYER_EMPLOYER: 'employer',
    CONTRIB_PAYER_WORKER: 'worker',
  },
} as const satisfies MessageArea
