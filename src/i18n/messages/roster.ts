import type { MessageArea } from '../types.js'

/** The Indonesian messages of rosters (assessRoster) and coverage roadmaps (planCoverageRoadmap, workersForBudget). */
export const rosterMessages = {
  id: {
    ROSTER_ROW_NOT_OBJECT: 'Baris {row} bukan data orang (objek); baris dilewati.',
    ROSTER_ROW_NOT_PLAIN: 'Baris ini bukan data biasa: {reason}; baris dilewati.',
    ROSTER_FIELD_INVALID: 'Kolom {field} tidak valid: {value}.',
    ROSTER_FIELD_UNKNOWN: 'Kolom tidak dikenal: {field}; diabaikan. Periksa ejaannya.',
    ROSTER_NIK_MISSING: 'NIK kosong.',
    ROSTER_NIK_MALFORMED: 'NIK "{nik}" harus 16 angka.',
    ROSTER_NIK_REGION_INVALID:
      'Kode wilayah NIK "{nik}" tidak mungkin: provinsi, kabupaten/kota atau kecamatan bernilai 00.',
    ROSTER_NIK_REGION_UNKNOWN:
      'Kode kecamatan {district} dari NIK tidak ada dalam data wilayah yang diberikan.',
    ROSTER_NIK_BIRTH_INVALID:
      'Angka ke-7 s.d. 12 NIK "{nik}" bukan tanggal lahir (tanggal 01–31, perempuan 41–71; bulan 01–12).',
    ROSTER_NIK_SERIAL_INVALID: 'Nomor urut NIK "{nik}" (4 angka terakhir) tidak boleh 0000.',
    ROSTER_NIK_BIRTH_DATE_MISMATCH:
      'Tanggal lahir {birthDate} tidak cocok dengan NIK (tertulis {nikBirth} pada angka ke-7 s.d. 12).',
    ROSTER_NIK_SEX_MISMATCH:
      'Jenis kelamin {sex} tidak cocok dengan NIK (tanggal lahir pada NIK menunjukkan {nikSex}).',
    ROSTER_NIK_DUPLICATE: 'NIK {nik} sudah tercantum pada baris {firstRow}; orang ini dihitung sekali.',
    ROSTER_BIRTH_DATE_MISSING: 'Tanggal lahir kosong: usia pada tanggal pendaftaran tidak diketahui.',
    ROSTER_BIRTH_AFTER_ENROLMENT: 'Tanggal lahir {birthDate} sesudah tanggal pendaftaran {asOf}.',
    ROSTER_AGE_IMPLAUSIBLE: 'Usia {age} tahun pada {asOf} tidak masuk akal; periksa tanggal lahir.',
    ROSTER_AGE_ABOVE_LIMIT:
      'Berusia {age} tahun pada {asOf}: melewati batas usia pendaftaran BPU {maxAge} tahun.',
    ROSTER_AGE_CHILD: 'Berusia {age} tahun pada {asOf}: anak (di bawah {minimumAge} tahun); perlu diperiksa.',
    ROSTER_RELATIONSHIP_MISSING:
      'Hubungan kerja (mis. pekerja rentan, pekerja keagamaan) tidak diisi dan tidak ada nilai bawaan dari pemanggil.',
    ROSTER_CATEGORY_UNKNOWN: 'Kategori kepesertaan belum dapat ditentukan; yang kurang: {missing}.',
    ROSTER_NOT_BPU: 'Kategori {category}, bukan BPU: didaftarkan oleh pemberi kerja, bukan oleh program ini.',
    ROSTER_OUTSIDE_PROGRAM: 'Tidak dapat didaftarkan: {reason}',
    ROSTER_INCOME_MISSING: 'Penghasilan yang dilaporkan kosong dan tidak ada nilai bawaan dari pemanggil.',
    ROSTER_INCOME_DEFAULTED: 'Penghasilan kosong: dipakai nilai program {income}.',
    ROSTER_INCOME_CLAMPED:
      'Penghasilan {income} di luar tabel Lampiran II PP 44/2015: dasar iuran {base} (keputusan D1).',
    ROSTER_PARTICIPATION_UNKNOWN:
      'Tidak tertulis apakah sudah menjadi peserta; dianggap calon peserta (BPJS TK menolak NIK ganda saat pendaftaran).',
    ROSTER_ALREADY_PARTICIPANT: 'Sudah menjadi peserta: dihitung terlindungi, tidak didaftarkan lagi.',
    ROSTER_PREMIUM_REFUSED: 'Iuran tidak dapat dihitung: {reason}',
    ROSTER_CHECK_REFUSED: 'Pemeriksaan kelayakan tidak dapat dilakukan: {reason}',
    ROSTER_BPU_AGE_LIMIT_UNKNOWN:
      'Batas usia pendaftaran BPU tidak diketahui (keputusan D15), jadi tidak diterapkan; berikan batas program lewat parameter eligibility.bpu.maxRegistrationAge bila ada.',
    ROSTER_COHORTS_SPLIT:
      'Ada {cohorts} kelompok iuran; masukan planCoverageProgram dibagi menjadi {parts} bagian (paling banyak 100 kelompok per bagian).',
    STEP_ROSTER_ROWS:
      '{rows} baris diperiksa pada {asOf}: {enrol} siap didaftarkan, {covered} sudah peserta, {review} perlu diperiksa, {excluded} tidak didaftarkan.',
    STEP_ROSTER_NIK:
      'Struktur NIK: 16 angka; kode provinsi, kabupaten/kota dan kecamatan bukan 00; angka ke-7 s.d. 12 tanggal lahir (perempuan: tanggal + 40) dibandingkan dengan tanggal lahir dan jenis kelamin; nomor urut bukan 0000. {defects} baris bermasalah.',
    STEP_ROSTER_DUPLICATES:
      'NIK ganda: kemunculan pertama dipakai, kemunculan berikutnya tidak didaftarkan ({duplicates} baris).',
    STEP_ROSTER_ELIGIBILITY:
      'Kelayakan "{relationship}" usia {age} tahun pada {asOf}: kategori {category}; JKK {jkk}, JKM {jkm}; batas usia BPU: {bpuAge}.',
    STEP_ROSTER_PREMIUM:
      'Iuran per orang per bulan {period}: penghasilan {income}, program {programs} → {premium}.',
    STEP_ROSTER_COHORT: 'Kelompok "{cohort}": {workers} orang × {premium} = {total} per bulan.',
    FORMULA_ROSTER_COHORT: 'orang siap didaftarkan dengan paket yang sama × iuran per orang bulan pertama',
    STEP_ROSTER_TOTAL: 'Iuran bulan pertama semua orang yang siap didaftarkan.',
    ROADMAP_TARGET_BEFORE_START: 'Tahun sasaran {targetYear} sebelum tahun mulai {startYear}.',
    ROADMAP_COVERED_EXCEEDS_POTENTIAL:
      'Pekerja yang sudah terlindungi ({covered}) melebihi pekerja potensial ({potential}).',
    ROADMAP_PROGRAM_EXCEEDS_COVERED:
      'Pekerja yang dibayar program ({program}) melebihi pekerja yang sudah terlindungi ({covered}).',
    ROADMAP_BUDGET_RULE: 'Berikan tepat satu aturan anggaran: yearly, growth (dengan firstYear) atau years.',
    ROADMAP_BUDGET_YEARS_LENGTH:
      'Daftar anggaran berisi {given} tahun; rencana {startYear}–{endYear} memerlukan {needed}.',
    ROADMAP_NOT_REACHABLE: 'Sasaran cakupan {target:n} tidak tercapai sampai {endYear} dengan anggaran ini.',
    ROADMAP_NOT_REACHABLE_CAPACITY:
      'Sasaran cakupan {target:n} tidak dapat dicapai pada {targetYear} berapa pun anggarannya: kapasitas pendaftaran {capacity} orang per tahun dan perputaran {churn:n} membatasinya.',
    ROADMAP_BUDGET_NEEDED_TOO_LARGE:
      'Anggaran yang diperlukan melebihi batas jumlah uang yang dapat dihitung.',
    STEP_ROADMAP_PREMIUM:
      'Iuran per pekerja {year} ({from} s.d. {to}, {months} bulan), dihitung bulan demi bulan: {cost}.',
    STEP_ROADMAP_NEED:
      'Pekerja program yang diperlukan untuk cakupan {target:n}: ⌈{potential} × {target:n}⌉ − {baseline} terlindungi di luar program = {need}.',
    STEP_ROADMAP_YEAR:
      '{year}: anggaran {budget} membiayai ⌊{budget} ÷ {cost}⌋ = {affordable} pekerja; dibayar program {program} (baru {enrolled}, keluar {left}); cakupan {coverage:n}; biaya {spent}.',
    FORMULA_ROADMAP_YEAR:
      'pekerja program = min(⌊anggaran ÷ iuran setahun per pekerja⌋, kebutuhan, sisa tahun lalu + kapasitas); keluar = ⌈perputaran × pekerja program⌉ pada akhir tahun',
    STEP_ROADMAP_TARGET: 'Sasaran {target:n} tercapai pada {year}.',
    STEP_ROADMAP_BUDGET_NEEDED:
      'Anggaran terkecil (aturan {rule}, dicari per rupiah) yang mencapai sasaran pada {targetYear}: {budget} pada tahun pertama.',
    STEP_BUDGET_COST: 'Iuran per pekerja {from} s.d. {to}, bulan demi bulan: {cost}.',
    STEP_BUDGET_WORKERS:
      '⌊{budget} ÷ {cost}⌋ = {workers} pekerja (orang utuh, dibulatkan ke bawah); terpakai {spent}, sisa {rest}.',
  },
} as const satisfies MessageArea
