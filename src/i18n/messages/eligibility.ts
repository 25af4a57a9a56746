import type { MessageArea } from '../types.js'
import { eligibilityClaimsMessages } from './eligibility-claims.js'

/** The Indonesian messages of the eligibility area (codes, reasons, explanation steps). */
export const eligibilityMessages = {
  id: {
    // words
    ELIG_YES: 'ya',
    ELIG_NO: 'tidak',
    ELIG_STATUS_mandatory: 'wajib',
    ELIG_STATUS_optional: 'opsional (sukarela)',
    ELIG_STATUS_unavailable: 'tidak tersedia',
    ELIG_STATUS_unknown: 'belum dapat dipastikan',
    ELIG_STATUS_conditional: 'wajib bila syaratnya terpenuhi',
    ELIG_CONDITION_met: 'terpenuhi',
    ELIG_CONDITION_not_met: 'tidak terpenuhi',
    ELIG_CONDITION_unknown: 'belum dapat dipastikan',
    ELIG_CHECK_eligible: 'memenuhi syarat',
    ELIG_CHECK_not_eligible: 'tidak memenuhi syarat',
    ELIG_CHECK_unknown: 'belum dapat dipastikan',
    ELIG_CATEGORY_STATUS_determined: 'ditetapkan',
    ELIG_CATEGORY_STATUS_outside_bpjs_tk: 'di luar BPJS Ketenagakerjaan',
    ELIG_CATEGORY_STATUS_not_a_participant: 'bukan peserta',
    ELIG_CATEGORY_STATUS_unknown: 'belum dapat dipastikan',
    ELIG_SEGMENT_PU_micro: 'penerima upah (PU) pada usaha mikro',
    ELIG_SEGMENT_PU_small: 'penerima upah (PU) pada usaha kecil',
    ELIG_SEGMENT_PU_medium: 'penerima upah (PU) pada usaha menengah',
    ELIG_SEGMENT_PU_large: 'penerima upah (PU) pada usaha besar',
    ELIG_SEGMENT_PU_STATE: 'penerima upah (PU) non-ASN pada penyelenggara negara',
    ELIG_SEGMENT_BPU: 'bukan penerima upah (BPU)',
    ELIG_SEGMENT_JAKON: 'pekerja proyek jasa konstruksi (Jakon)',
    ELIG_SEGMENT_PMI: 'pekerja migran Indonesia (PMI)',
    ELIG_SEGMENT_INTERN: 'peserta magang',
    ELIG_CORPS_asn: 'ASN (PNS/PPPK)',
    ELIG_CORPS_tni: 'Prajurit TNI',
    ELIG_CORPS_polri: 'Anggota Polri',
    ELIG_KIND_religious_worker: 'Pekerja keagamaan (marbot, imam, muazin, guru ngaji)',
    ELIG_KIND_rt_rw_head: 'Ketua RT/RW',
    ELIG_KIND_vulnerable_worker: 'Pekerja rentan',
    ELIG_PAYER_apbd: 'APBD (anggaran pemerintah daerah)',
    ELIG_PAYER_apbn: 'APBN (anggaran negara)',
    ELIG_CONTRACT_casual: 'harian lepas',
    ELIG_CONTRACT_piece_rate: 'borongan',
    ELIG_CONTRACT_fixed_term: 'PKWT (perjanjian kerja waktu tertentu)',
    ELIG_LEAVING_layoff: 'PHK oleh pemberi kerja',
    ELIG_LEAVING_company_closure: 'perusahaan tutup',
    ELIG_LEAVING_bankruptcy: 'perusahaan pailit',
    ELIG_LEAVING_fixed_term_terminated_early: 'PKWT diakhiri sebelum waktunya',
    ELIG_LEAVING_resignation: 'mengundurkan diri',
    ELIG_LEAVING_retirement: 'pensiun',
    ELIG_LEAVING_total_permanent_disability: 'cacat total tetap',
    ELIG_LEAVING_death: 'meninggal dunia',
    ELIG_LEAVING_fixed_term_contract_ended: 'berakhirnya PKWT',
    ELIG_CHILD_WORK_pu: 'penerima upah (PU)',
    ELIG_CHILD_WORK_bpu: 'bukan penerima upah (BPU)',
    ELIG_CHILD_WORK_intern: 'peserta magang',
    ELIG_ENTITLEMENT_full: 'manfaat JKM penuh',
    ELIG_ENTITLEMENT_short_membership: 'manfaat kepesertaan singkat',
    ELIG_ENTITLEMENT_unknown: 'belum dapat dipastikan',
    ELIG_WORKING_AGE_STATUS_adult: 'dewasa',
    ELIG_WORKING_AGE_STATUS_child: 'anak',
    ELIG_BPU_AGE_allowed: 'boleh mendaftar',
    ELIG_BPU_AGE_not_allowed: 'melewati batas usia',
    ELIG_BPU_AGE_unknown: 'belum dapat dipastikan',

    // generic reasons
    ELIG_MISSING_FACT: 'Belum dapat dipastikan: bergantung pada {paths}, yang tidak diisi.',
    ELIG_LAW_UNSETTLED:
      'Sumber hukum yang tersedia tidak memastikan status program {program} bagi {segment}; tidak ada masukan yang dapat memutuskannya.',

    // category
    ELIG_CAT_PU_COMPANY:
      'Pekerja pada perusahaan adalah peserta penerima upah (PU) pada pemberi kerja selain penyelenggara negara.',
    ELIG_CAT_PU_INDIVIDUAL:
      'Pekerja pada orang perseorangan adalah peserta penerima upah (PU) pada pemberi kerja selain penyelenggara negara.',
    ELIG_CAT_PU_FOREIGNER:
      'Orang asing yang bekerja di Indonesia paling singkat {minMonths} bulan wajib menjadi peserta PU.',
    ELIG_CAT_FOREIGNER_TOO_SHORT:
      'Orang asing yang bekerja di Indonesia kurang dari {minMonths} bulan bukan peserta wajib BPJS Ketenagakerjaan.',
    ELIG_CAT_PU_STATE:
      'Pegawai non-ASN pada penyelenggara negara adalah peserta penerima upah (PU) dengan pemberi kerja penyelenggara negara (keputusan D18).',
    ELIG_CAT_PPPK_PART_TIME:
      'PPPK paruh waktu (UU 20/2023) diperiksa sebagai peserta penerima upah (PU) dengan pemberi kerja penyelenggara negara: kantor cabang BPJS Ketenagakerjaan mempertahankan mereka sebagai peserta sampai ada aturan yang memindahkannya (keputusan L6, keyakinan rendah).',
    ELIG_PPPK_PART_TIME_PROGRAM: 'Bagi PPPK paruh waktu, program {program} {status} (keputusan L6).',
    ELIG_PPPK_PART_TIME_UNSETTLED:
      'Tidak ada sumber yang terlihat yang menyatakan apakah program {program} berlaku bagi PPPK paruh waktu (keputusan L6): jawabannya belum dapat dipastikan.',
    ELIG_PPPK_PART_TIME_BEFORE_LAW:
      'PPPK paruh waktu ada sejak UU 20/2023 (berlaku {from}); sebelum tanggal itu periksa orang ini sebagai pegawai non-ASN (`state-non-asn`).',
    ELIG_STATE_BASIS_UU_24_2011:
      'Sebelum PP 49/2023 tidak ada kategori tersendiri untuk pegawai non-ASN dalam teks yang terlihat; pustaka memakai kewajiban umum setiap pemberi kerja (UU 24/2011 Pasal 15) dan Inpres 2/2021 (keyakinan rendah).',
    ELIG_STATE_BASIS_PP_49_2023:
      'Sejak PP 49/2023, PU pada penyelenggara negara adalah kategori peserta JKK dan JKM.',
    ELIG_STATE_BASIS_PERMENAKER_1_2025:
      'Permenaker 1/2025 Pasal 3A mewajibkan pegawai non-ASN didaftarkan dalam program JKK dan JKM.',
    ELIG_STATE_BASIS: 'Dasar hukum kepesertaan pegawai non-ASN: {basis}.',
    ELIG_CAT_ASN:
      '{corps} berada di luar BPJS Ketenagakerjaan: jaminan kecelakaan kerja dan kematiannya diselenggarakan oleh {administrator} menurut PP 70/2015 sebagaimana diubah dengan PP 66/2017.',
    ELIG_CAT_TNI_POLRI:
      '{corps} berada di luar BPJS Ketenagakerjaan: asuransi sosialnya diselenggarakan oleh {administrator} menurut PP 102/2015 sebagaimana diubah dengan PP 54/2020.',
    ELIG_CAT_BPU_SELF: 'Pekerja mandiri atau informal adalah peserta bukan penerima upah (BPU).',
    ELIG_CAT_BPU_EMPLOYER: 'Pemberi kerja (pemilik usaha) sendiri adalah peserta bukan penerima upah (BPU).',
    ELIG_CAT_CONSTRUCTION_PERMANENT:
      'Pekerja tetap kontraktor jasa konstruksi adalah peserta PU pada perusahaannya, bukan peserta Jakon per proyek.',
    ELIG_CAT_JAKON:
      'Pekerja {contract} pada proyek jasa konstruksi didaftarkan per proyek oleh pemilik proyek atau kontraktor (Jakon).',
    ELIG_CAT_PMI: 'Calon pekerja migran dan pekerja migran Indonesia adalah peserta kategori PMI.',
    ELIG_SEGMENT_NOT_COVERED_PMI:
      'Sebelum Permenaker 7/2017 berlaku, calon TKI dan TKI dilindungi asuransi TKI oleh konsorsium asuransi, bukan oleh BPJS Ketenagakerjaan.',
    ELIG_SEGMENT_NOT_COVERED: 'Pada tanggal ini {segment} belum dicakup BPJS Ketenagakerjaan.',
    ELIG_CAT_INTERN:
      'Peserta magang didaftarkan oleh pemberi kerja selain penyelenggara negara dalam program JKK dan JKM (Permenaker 5/2021); dalam praktik dengan paket iuran BPU, sehingga kategorinya BPU.',
    ELIG_INTERN_STATE_UNSETTLED:
      'Aturan magang yang terlihat (Permenaker 5/2021) hanya mengatur pemberi kerja selain penyelenggara negara; magang pada penyelenggara negara belum dapat dipastikan.',
    ELIG_SEGMENT_UNSETTLED_INTERN:
      'Sebelum Permenaker 5/2021 berlaku tidak ditemukan aturan kepesertaan peserta magang; statusnya belum dapat dipastikan.',
    ELIG_SEGMENT_UNSETTLED:
      'Status {segment} pada tanggal ini belum dapat dipastikan dari sumber yang tersedia.',
    ELIG_CAT_VULNERABLE_BPU: '{kind} yang bukan penerima upah adalah peserta BPU.',
    ELIG_CAT_VULNERABLE_BPU_DEFAULT:
      '{kind} dicatat sebagai peserta BPU, kecuali pemanggil menyatakan ia penerima upah (wageEarner: true).',
    ELIG_CAT_VULNERABLE_WAGE:
      '{kind} yang menerima upah dari pemberi kerja adalah peserta penerima upah (PU).',
    ELIG_GOVERNMENT_FUNDED:
      'Iuran dibayar dari {payer}, sebagaimana didorong Inpres 2/2021; peserta BPU yang iurannya dibayar APBN/APBD tidak mendapat diskon PP 50/2025.',

    // programs
    ELIG_PROG_MATRIX: 'Bagi {segment}, program {program} {status}.',
    ELIG_PROG_MATRIX_ALL: 'Program {program} {status} dalam setiap kemungkinan: {segments}.',
    ELIG_PROG_OUTSIDE: 'Program {program} tidak tersedia: jaminannya diselenggarakan oleh {administrator}.',
    ELIG_PROG_NOT_PARTICIPANT: 'Bukan peserta BPJS Ketenagakerjaan: program {program} tidak tersedia.',
    ELIG_JP_PENSION_AGE_REACHED:
      'JP hanya dapat didaftarkan sebelum usia pensiun: usia pensiun {pensionAge} tahun tercapai pada {reachedOn}, sehingga pendaftaran paling lambat {until}.',
    ELIG_JP_BEFORE_PENSION_AGE:
      'Belum mencapai usia pensiun JP: usia pensiun {pensionAge} tahun tercapai pada {reachedOn}; pendaftaran JP dapat dilakukan sampai {until}.',
    ELIG_JP_FOREIGNER_UNSETTLED:
      'Kepesertaan JP bagi pekerja asing tidak diatur tegas dalam sumber yang tersedia (keyakinan rendah).',
    ELIG_JP_FOREIGNER: 'Bagi pekerja asing, program JP {status} (parameter pemanggil).',
    ELIG_JKP_CONDITIONAL:
      'JKP wajib bila semua syaratnya terpenuhi: WNI, belum mencapai batas usia saat mendaftar, mempunyai hubungan kerja, terdaftar dalam program yang disyaratkan dan dalam JKN.',

    // working age and BPU registration age
    ELIG_WORKING_AGE_ADULT: 'Berusia {age} tahun: bukan anak, boleh dipekerjakan ({minAge} tahun ke atas).',
    ELIG_WORKING_AGE_CHILD:
      'Berusia {age} tahun: anak (di bawah {minAge} tahun) pada dasarnya dilarang dipekerjakan, kecuali pekerjaan ringan pada usia {lightFrom}–{lightTo} tahun, pekerjaan yang menjadi bagian kurikulum pendidikan atau pelatihan sejak usia {curriculumAge} tahun, atau pekerjaan untuk mengembangkan bakat dan minat.',
    ELIG_BPU_MAX_AGE_UNSETTLED:
      'Batas usia maksimum pendaftaran BPU ada (Perdir BPJS TK 22/2022) tetapi nilainya tidak diketahui (keputusan D15).',
    ELIG_BPU_MAX_AGE_OK: 'Berusia {age} tahun, di bawah batas usia pendaftaran BPU {maxAge} tahun.',
    ELIG_BPU_MAX_AGE_EXCEEDED: 'Berusia {age} tahun: melewati batas usia pendaftaran BPU {maxAge} tahun.',

    // warnings
    ELIG_CHILD_WORKER:
      'Orang ini berusia {age} tahun (di bawah {minAge} tahun): UU 13/2003 membatasi mempekerjakan anak. Program BPJS Ketenagakerjaan tetap dinilai.',
    ELIG_PENSION_AGE_BEFORE_JP: 'Usia pensiun tercapai pada {date}, sebelum program JP dimulai ({start}).',
    ELIG_CONTRIBUTION_MONTHS_DERIVED:
      'Masa iur ({months} bulan) dihitung dari tanggal kepesertaan {membershipStart} dengan anggapan setiap bulan dibayar. Berikan contributionMonths bila ada bulan yang tidak dibayar.',
    ELIG_SCHOLARSHIP_ORDER_FALLBACK:
      '{count} anak dapat memenuhi syarat dan tidak ada yang ditandai sebagai ahli waris terdaftar: dipilih paling banyak {max} anak pertama menurut urutan masukan (keputusan D14).',
    ELIG_JKP_PAID_AFTER_LAYOFF:
      '{count} bulan di paidPeriods ({months}) jatuh setelah bulan PHK {layoffMonth} dan tidak dihitung: syarat iuran JKP dihitung sampai PHK.',

    // validation
    ELIG_DATE_ORDER: '{field} ({value}) tidak boleh sebelum {other} ({otherValue}).',
    ELIG_FIELD_NOT_APPLICABLE: 'Kolom {field} tidak berlaku untuk {context}.',
    ELIG_JKP_MONTHS_TWO_WAYS:
      'Berikan jumlah bulan iuran (contributionMonthsInWindow, consecutiveMonthsBeforeLayoff) atau daftar bulan yang dibayar (paidPeriods), bukan keduanya.',
    ELIG_MONTHS_EXCEED_WINDOW: 'Jumlah bulan iuran {months} melebihi jendela {window} bulan.',

    // explanation steps
    ELIG_STEP_CATEGORY: 'Kategori peserta: {category} ({status}). {detail}',
    ELIG_STEP_PROGRAM: 'Program {program}: {status}. {detail}',
    ELIG_STEP_PENSION_AGE_ON: 'Usia pensiun JP yang berlaku pada {date}: {pensionAge} tahun.',
    ELIG_STEP_PENSION_REACHED:
      'Lahir {birthDate}: usia pensiun JP {pensionAge} tahun tercapai pada {date}; pendaftaran JP paling lambat {until}.',
    ELIG_FORMULA_PENSION_REACHED:
      'ulang tahun pertama ketika usia ≥ usia pensiun yang berlaku pada tanggal itu (PP 45/2015 Pasal 15)',
    ELIG_STEP_WORKING_AGE: 'Usia kerja: {age} tahun ({status}).',
    ELIG_STEP_CONDITION: 'Syarat {condition}: {status}. {detail}',
    ELIG_STEP_CHECK: 'Hasil pemeriksaan {check}: {status}.',
    ELIG_FORMULA_ALL_CONDITIONS:
      'semua syarat terpenuhi → memenuhi syarat; satu syarat tidak terpenuhi → tidak memenuhi syarat; selain itu → belum dapat dipastikan',
    ELIG_STEP_JKP_DEADLINE: 'Batas klaim JKP: {deadline} ({months} bulan setelah PHK {layoffDate}).',
    ELIG_FORMULA_JKP_DEADLINE:
      'tanggal PHK + {months} bulan (tanggal yang sama, atau hari terakhir bulan yang lebih pendek)',
    ELIG_STEP_JKP_COUNT:
      'Bulan iuran dibayar: {inWindow} bulan dalam jendela {start} s.d. {end}; {consecutive} bulan berturut-turut sebelum PHK.',
    ELIG_FORMULA_JKP_COUNT_WITH_LAYOFF_MONTH:
      'jendela berakhir pada bulan PHK; deret berturut-turut berakhir pada bulan PHK atau bulan sebelumnya bila bulan PHK belum dibayar',
    ELIG_FORMULA_JKP_COUNT_BEFORE_LAYOFF_MONTH:
      'jendela dan deret berturut-turut berakhir pada bulan sebelum bulan PHK',
    ELIG_STEP_JKM_ENTITLEMENT: 'Hak atas manfaat JKM: {entitlement}. {detail}',
    ELIG_FORMULA_JKM_MEMBERSHIP:
      'lama kepesertaan = bulan penuh dari tanggal pendaftaran sampai tanggal kematian',
    ELIG_STEP_SCH_REGIME: 'Kematian pada {date}: beasiswa menurut {regime}.',
    ELIG_STEP_SCH_CHILD: 'Anak ke-{index} (usia {age} tahun): {status}; menerima beasiswa: {selected}.',
    ELIG_STEP_BPU_AGE: 'Batas usia pendaftaran BPU: {status}.',
    ...eligibilityClaimsMessages.id,
  },
} as const satisfies MessageArea
