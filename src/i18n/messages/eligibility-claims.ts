import type { MessageArea } from '../types.js'

/**
 * Messages of the eligibility area's JKP registration and claim checks: the JKP claim, the JKM claim and the
 * scholarship.
 */
export const eligibilityClaimsMessages = {
  id: {
    // JKP registration
    ELIG_JKP_IN_FORCE: 'Program JKP sudah berlaku pada {date}.',
    ELIG_JKP_NOT_IN_FORCE: 'Program JKP belum ada pada {date}: program ini dimulai oleh PP 37/2021.',
    ELIG_JKP_CITIZEN_MET: 'Warga negara Indonesia: syarat kewarganegaraan JKP terpenuhi.',
    ELIG_JKP_CITIZEN_NOT_MET: 'JKP hanya untuk warga negara Indonesia.',
    ELIG_JKP_AGE_MET: 'Berusia {age} tahun saat mendaftar, belum mencapai {maxAge} tahun.',
    ELIG_JKP_AGE_NOT_MET:
      'Berusia {age} tahun saat mendaftar: JKP hanya untuk pekerja yang belum mencapai {maxAge} tahun pada saat mendaftar.',
    ELIG_JKP_EMPLOYMENT_MET: 'Mempunyai hubungan kerja dengan pengusaha.',
    ELIG_JKP_EMPLOYMENT_NOT_MET: 'JKP hanya untuk pekerja yang mempunyai hubungan kerja dengan pengusaha.',
    ELIG_JKP_PROGRAMS_MET: 'Terdaftar dalam program yang disyaratkan ({required}).',
    ELIG_JKP_PROGRAMS_NOT_MET:
      'Belum terdaftar dalam program yang disyaratkan ({required}): kurang {lacking}.',
    ELIG_JKP_JKN_MET: 'Terdaftar dalam program JKN.',
    ELIG_JKP_JKN_NOT_MET: 'JKP mensyaratkan kepesertaan dalam program JKN (BPJS Kesehatan).',

    // JKP claim
    ELIG_JKP_REASON_OK: 'Alasan berhenti bekerja ({reason}) tidak dikecualikan dari JKP.',
    ELIG_JKP_REASON_EXCLUDED: 'Alasan berhenti bekerja ({reason}) dikecualikan dari manfaat JKP.',
    ELIG_JKP_WINDOW_MET: 'Iuran {count} bulan dalam {window} bulan terakhir, paling sedikit {min} bulan.',
    ELIG_JKP_WINDOW_NOT_MET:
      'Iuran hanya {count} bulan dalam {window} bulan terakhir: disyaratkan paling sedikit {min} bulan.',
    ELIG_JKP_CONSECUTIVE_MET: 'Iuran {count} bulan berturut-turut sebelum PHK, paling sedikit {min} bulan.',
    ELIG_JKP_CONSECUTIVE_NOT_MET:
      'Iuran hanya {count} bulan berturut-turut sebelum PHK: disyaratkan paling sedikit {min} bulan.',
    ELIG_JKP_DEADLINE_IS:
      'Klaim harus diajukan paling lambat {deadline} ({months} bulan setelah PHK); tanggal klaim tidak diisi.',
    ELIG_JKP_DEADLINE_MET: 'Klaim pada {claimDate}, sebelum batas {deadline} ({months} bulan setelah PHK).',
    ELIG_JKP_DEADLINE_NOT_MET:
      'Klaim pada {claimDate} melewati batas {deadline} ({months} bulan setelah PHK): hak atas manfaat JKP hilang.',
    ELIG_JKP_REEMPLOYED: 'Sudah mendapat pekerjaan baru: hak atas manfaat JKP hilang.',
    ELIG_JKP_NOT_REEMPLOYED: 'Belum mendapat pekerjaan baru.',

    // JKM claim (cause and protection reasons are the benefit's codes, in messages/benefits.ts:
    // WORK_ACCIDENT_USE_JKK, CAUSE_NOT_WORK_RELATED, MEMBERSHIP_ACTIVE, MEMBERSHIP_NOT_ACTIVE, EVENT_MONTH_PAID …)
    ELIG_JKM_FULL_BEFORE_RULE:
      'Kematian pada {date}, sebelum syarat lama kepesertaan Permenaker 1/2025 berlaku: manfaat JKM penuh tanpa memandang lama kepesertaan (keputusan D2).',
    ELIG_JKM_CATEGORY_NOT_IN_SCOPE:
      'Syarat lama kepesertaan minimal {min} bulan tidak berlaku untuk kategori {category}: manfaat JKM penuh.',
    ELIG_JKM_SHORT_MEMBERSHIP:
      'Lama kepesertaan {months} bulan, kurang dari {min} bulan: peserta {category} hanya mendapat manfaat kepesertaan singkat (Permenaker 1/2025, keputusan D2).',
    ELIG_JKM_FULL_MEMBERSHIP:
      'Lama kepesertaan {months} bulan, paling sedikit {min} bulan: manfaat JKM penuh.',

    // scholarship
    ELIG_SCH_NO_MINIMUM:
      'Kematian akibat kecelakaan kerja atau penyakit akibat kerja (JKK): beasiswa tanpa masa iur minimum.',
    ELIG_SCH_CONTRIB_MET: 'Masa iur {months} bulan, paling sedikit {min} bulan.',
    ELIG_SCH_CONTRIB_NOT_MET:
      'Masa iur hanya {months} bulan: beasiswa mensyaratkan paling sedikit {min} bulan.',
    ELIG_SCH_OLD_REGIME_CHILD:
      'Rezim PP 44/2015: beasiswa dibayar sekaligus satu kali per peserta; syarat anak menurut PP 82/2019 tidak berlaku.',
    ELIG_SCH_CHILD_AGE_OK: 'Anak berusia {age} tahun, belum mencapai {maxAge} tahun.',
    ELIG_SCH_CHILD_TOO_OLD: 'Anak berusia {age} tahun: beasiswa berakhir saat anak mencapai {maxAge} tahun.',
    ELIG_SCH_CHILD_UNMARRIED: 'Anak belum menikah.',
    ELIG_SCH_CHILD_MARRIED: 'Anak sudah menikah: beasiswa berakhir.',
    ELIG_SCH_CHILD_NOT_WORKING: 'Anak belum bekerja.',
    ELIG_SCH_CHILD_WORKING: 'Anak sudah bekerja: beasiswa berakhir.',
    ELIG_SCH_CHILD_WORK_EXCEPTION:
      'Anak bekerja sebagai {work}: tetap menerima beasiswa (Permenaker 1/2025 Pasal 103 ayat (3a)).',
    ELIG_SCH_CHILD_PU_EXCEPTION:
      'Anak bekerja sebagai PU selama {months} bulan berturut-turut, paling lama {max} bulan: tetap menerima beasiswa.',
    ELIG_SCH_CHILD_PU_TOO_LONG:
      'Anak bekerja sebagai PU selama {months} bulan berturut-turut, lebih dari {max} bulan: beasiswa berakhir.',
    ELIG_SCH_NOT_REGISTERED_HEIR:
      'Anak tidak didaftarkan peserta sebagai ahli waris penerima beasiswa, sedangkan anak lain didaftarkan.',
    ELIG_SCH_LIMIT_REACHED: 'Tempat sudah penuh: beasiswa paling banyak untuk {max} anak.',
    ELIG_SCH_CHILDREN_MET: '{count} anak menerima beasiswa (paling banyak {max}).',
    ELIG_SCH_NO_ELIGIBLE_CHILD: 'Tidak ada anak yang memenuhi syarat beasiswa.',
  },
} as const satisfies MessageArea
