import type { MessageArea } from '../types.js'

/** Messages of rosters (assessRoster) and coverage roadmaps (planCoverageRoadmap, workersForBudget). */
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
    ROADMAP_NOT_REACHABLE: 'Sasaran cakupan {target} tidak tercapai sampai {endYear} dengan anggaran ini.',
    ROADMAP_NOT_REACHABLE_CAPACITY:
      'Sasaran cakupan {target} tidak dapat dicapai pada {targetYear} berapa pun anggarannya: kapasitas pendaftaran {capacity} orang per tahun dan perputaran {churn} membatasinya.',
    ROADMAP_BUDGET_NEEDED_TOO_LARGE:
      'Anggaran yang diperlukan melebihi batas jumlah uang yang dapat dihitung.',
    STEP_ROADMAP_PREMIUM:
      'Iuran per pekerja {year} ({from} s.d. {to}, {months} bulan), dihitung bulan demi bulan: {cost}.',
    STEP_ROADMAP_NEED:
      'Pekerja program yang diperlukan untuk cakupan {target}: ⌈{potential} × {target}⌉ − {baseline} terlindungi di luar program = {need}.',
    STEP_ROADMAP_YEAR:
      '{year}: anggaran {budget} membiayai ⌊{budget} ÷ {cost}⌋ = {affordable} pekerja; dibayar program {program} (baru {enrolled}, keluar {left}); cakupan {coverage}; biaya {spent}.',
    FORMULA_ROADMAP_YEAR:
      'pekerja program = min(⌊anggaran ÷ iuran setahun per pekerja⌋, kebutuhan, sisa tahun lalu + kapasitas); keluar = ⌈perputaran × pekerja program⌉ pada akhir tahun',
    STEP_ROADMAP_TARGET: 'Sasaran {target} tercapai pada {year}.',
    STEP_ROADMAP_BUDGET_NEEDED:
      'Anggaran terkecil (aturan {rule}, dicari per rupiah) yang mencapai sasaran pada {targetYear}: {budget} pada tahun pertama.',
    STEP_BUDGET_COST: 'Iuran per pekerja {from} s.d. {to}, bulan demi bulan: {cost}.',
    STEP_BUDGET_WORKERS:
      '⌊{budget} ÷ {cost}⌋ = {workers} pekerja (orang utuh, dibulatkan ke bawah); terpakai {spent}, sisa {rest}.',
  },
  en: {
    ROSTER_ROW_NOT_OBJECT: 'Row {row} is not a person (an object); the row is skipped.',
    ROSTER_ROW_NOT_PLAIN: 'This row is not plain data: {reason}; the row is skipped.',
    ROSTER_FIELD_INVALID: 'Field {field} is not valid: {value}.',
    ROSTER_FIELD_UNKNOWN: 'Unknown field: {field}; ignored. Check its spelling.',
    ROSTER_NIK_MISSING: 'The NIK is empty.',
    ROSTER_NIK_MALFORMED: 'The NIK "{nik}" must be 16 digits.',
    ROSTER_NIK_REGION_INVALID:
      'The region code of NIK "{nik}" is impossible: the province, regency/city or district is 00.',
    ROSTER_NIK_REGION_UNKNOWN: 'The NIK’s district code {district} is not in the region data given.',
    ROSTER_NIK_BIRTH_INVALID:
      'Digits 7–12 of NIK "{nik}" are not a birth date (day 01–31, women 41–71; month 01–12).',
    ROSTER_NIK_SERIAL_INVALID: 'The serial of NIK "{nik}" (last 4 digits) cannot be 0000.',
    ROSTER_NIK_BIRTH_DATE_MISMATCH:
      'The birth date {birthDate} does not match the NIK (digits 7–12 say {nikBirth}).',
    ROSTER_NIK_SEX_MISMATCH: 'The sex {sex} does not match the NIK (its birth day says {nikSex}).',
    ROSTER_NIK_DUPLICATE: 'NIK {nik} is already listed on row {firstRow}; the person is counted once.',
    ROSTER_BIRTH_DATE_MISSING: 'The birth date is empty: the age on the enrolment date is not known.',
    ROSTER_BIRTH_AFTER_ENROLMENT: 'The birth date {birthDate} is after the enrolment date {asOf}.',
    ROSTER_AGE_IMPLAUSIBLE: 'An age of {age} on {asOf} is implausible; check the birth date.',
    ROSTER_AGE_ABOVE_LIMIT: 'Aged {age} on {asOf}: above the BPU registration age limit of {maxAge}.',
    ROSTER_AGE_CHILD: 'Aged {age} on {asOf}: a child (under {minimumAge}); to be reviewed.',
    ROSTER_RELATIONSHIP_MISSING:
      'The work relationship (e.g. vulnerable worker, religious worker) is empty and the caller gave no default.',
    ROSTER_CATEGORY_UNKNOWN: 'The participant category cannot be settled yet; missing: {missing}.',
    ROSTER_NOT_BPU: 'Category {category}, not BPU: the employer registers them, not this program.',
    ROSTER_OUTSIDE_PROGRAM: 'Cannot be enrolled: {reason}',
    ROSTER_INCOME_MISSING: 'The declared income is empty and the caller gave no default.',
    ROSTER_INCOME_DEFAULTED: 'The income is empty: the program’s value {income} is used.',
    ROSTER_INCOME_CLAMPED:
      'The income {income} is outside the PP 44/2015 Lampiran II table: the contribution base is {base} (decision D1).',
    ROSTER_PARTICIPATION_UNKNOWN:
      'Not stated whether already a participant; taken as a candidate (BPJS TK refuses a duplicate NIK at enrolment).',
    ROSTER_ALREADY_PARTICIPANT: 'Already a participant: counted as covered, not enrolled again.',
    ROSTER_PREMIUM_REFUSED: 'The premium cannot be computed: {reason}',
    ROSTER_CHECK_REFUSED: 'The eligibility check cannot be made: {reason}',
    ROSTER_BPU_AGE_LIMIT_UNKNOWN:
      'The BPU registration age limit is not known (decision D15), so it is not applied; give the program’s limit through the parameter eligibility.bpu.maxRegistrationAge if there is one.',
    ROSTER_COHORTS_SPLIT:
      'There are {cohorts} premium cohorts; the planCoverageProgram input is split into {parts} parts (at most 100 cohorts each).',
    STEP_ROSTER_ROWS:
      '{rows} rows checked on {asOf}: {enrol} ready to enrol, {covered} already participants, {review} to review, {excluded} not enrolled.',
    STEP_ROSTER_NIK:
      'NIK structure: 16 digits; province, regency/city and district codes not 00; digits 7–12 the birth date (women: day + 40) compared with the birth date and sex; serial not 0000. {defects} rows with defects.',
    STEP_ROSTER_DUPLICATES:
      'Duplicate NIKs: the first occurrence is used, later ones are not enrolled ({duplicates} rows).',
    STEP_ROSTER_ELIGIBILITY:
      'Eligibility of "{relationship}" aged {age} on {asOf}: category {category}; JKK {jkk}, JKM {jkm}; BPU age limit: {bpuAge}.',
    STEP_ROSTER_PREMIUM:
      'Premium per person per month {period}: income {income}, programs {programs} → {premium}.',
    STEP_ROSTER_COHORT: 'Cohort "{cohort}": {workers} people × {premium} = {total} a month.',
    FORMULA_ROSTER_COHORT:
      'people ready to enrol with the same package × premium per person in the first month',
    STEP_ROSTER_TOTAL: 'First-month premium of everyone ready to enrol.',
    ROADMAP_TARGET_BEFORE_START: 'The target year {targetYear} is before the start year {startYear}.',
    ROADMAP_COVERED_EXCEEDS_POTENTIAL:
      'Workers already covered ({covered}) exceed the potential workers ({potential}).',
    ROADMAP_PROGRAM_EXCEEDS_COVERED:
      'Workers paid by the program ({program}) exceed the workers already covered ({covered}).',
    ROADMAP_BUDGET_RULE: 'Give exactly one budget rule: yearly, growth (with firstYear) or years.',
    ROADMAP_BUDGET_YEARS_LENGTH:
      'The budget list has {given} years; the plan {startYear}–{endYear} needs {needed}.',
    ROADMAP_NOT_REACHABLE: 'The coverage target {target} is not reached by {endYear} with this budget.',
    ROADMAP_NOT_REACHABLE_CAPACITY:
      'The coverage target {target} cannot be reached in {targetYear} whatever the budget: an enrolment capacity of {capacity} people a year and a churn of {churn} prevent it.',
    ROADMAP_BUDGET_NEEDED_TOO_LARGE: 'The budget needed exceeds the largest amount that can be computed.',
    STEP_ROADMAP_PREMIUM:
      'Premium per worker {year} ({from} to {to}, {months} months), priced month by month: {cost}.',
    STEP_ROADMAP_NEED:
      'Program workers needed for a coverage of {target}: ⌈{potential} × {target}⌉ − {baseline} covered outside the program = {need}.',
    STEP_ROADMAP_YEAR:
      '{year}: a budget of {budget} pays for ⌊{budget} ÷ {cost}⌋ = {affordable} workers; program pays for {program} (new {enrolled}, leaving {left}); coverage {coverage}; cost {spent}.',
    FORMULA_ROADMAP_YEAR:
      'program workers = min(⌊budget ÷ yearly premium per worker⌋, need, last year’s remaining + capacity); leaving = ⌈churn × program workers⌉ at the end of the year',
    STEP_ROADMAP_TARGET: 'The target {target} is reached in {year}.',
    STEP_ROADMAP_BUDGET_NEEDED:
      'Smallest budget (rule {rule}, searched to the rupiah) reaching the target in {targetYear}: {budget} in the first year.',
    STEP_BUDGET_COST: 'Premium per worker {from} to {to}, month by month: {cost}.',
    STEP_BUDGET_WORKERS:
      '⌊{budget} ÷ {cost}⌋ = {workers} workers (whole people, rounded down); spent {spent}, left {rest}.',
  },
} as const satisfies MessageArea
