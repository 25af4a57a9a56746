import type { MessageArea } from '../types.js'
import { coreBaseMessages, coreInputMessages, coreParseMessages } from './core-input.js'

/** The Indonesian messages of the foundation: validation, money, time, parameters, explanations. */
export const coreMessages = {
  id: {
    ...coreBaseMessages.id,
    ...coreInputMessages.id,
    ...coreParseMessages.id,
    // time
    PERIOD_INVALID: 'Bulan iuran "{value}" tidak valid: gunakan format YYYY-MM (misalnya "2025-03").',
    DATE_INVALID:
      'Tanggal "{value}" tidak valid: gunakan tanggal kalender YYYY-MM-DD yang ada (misalnya "2025-02-28").',
    DATE_OBJECT_INVALID: 'Objek Date tidak valid (Invalid Date, atau bukan Date yang sebenarnya).',
    PERIOD_GIVEN_AS_DATE:
      'Bulan iuran harus teks YYYY-MM, bukan objek Date (tanggal {date}); tulis "{suggestion}".',
    VALUE_UNREADABLE:
      'Nilai ini tidak dapat dibaca: objek pemanggil melempar galat saat dibaca (getter atau Proxy).',
    // coverage and parameters
    DATE_BEFORE_COVERAGE:
      'Tanggal {date} sebelum cakupan pustaka ini: aturan BPJS Ketenagakerjaan yang dimodelkan berlaku sejak {coverageStart} (PP 44/2015, PP 45/2015, PP 46/2015).',
    DATE_AFTER_COVERAGE:
      'Tanggal {date} melewati batas proyeksi pustaka ini ({horizon}). Data hukum terakhir diverifikasi pada {verifiedOn}.',
    PARAMETER_NOT_IN_FORCE: 'Parameter {parameterId} tidak berlaku pada {date}.',
    UNKNOWN_PARAMETER: 'Parameter tidak dikenal: {parameterId}.',
    PARAMETER_OVERRIDE_INVALID: 'Nilai pengganti parameter {parameterId} tidak valid: {reason}.',
    PARAMETER_OVERRIDE_ORDER:
      'Nilai bertanggal harus urut dan tidak tumpang tindih: from {from} tidak setelah nilai sebelumnya (s.d. {previous}).',
    PARAMETER_OVERRIDE_TO_BEFORE_FROM: 'Tanggal to {to} sebelum from {from}.',
    OVERRIDE_REASON_RATE: 'tarif harus teks desimal antara 0 dan 1, misalnya "0.0024"',
    OVERRIDE_REASON_RUPIAH: 'jumlah harus rupiah bulat, misalnya "11086300"',
    OVERRIDE_REASON_WHOLE: 'harus bilangan bulat ≥ 0 (bukan NaN atau Infinity)',
    OVERRIDE_REASON_FLAG: 'harus true atau false',
    OVERRIDE_REASON_DATE: 'harus tanggal YYYY-MM-DD yang ada',
    OVERRIDE_REASON_DECIMAL:
      'harus teks desimal dengan paling banyak 6 angka bulat dan 12 angka desimal, seperti nilai pustaka ini',
    // warnings
    LOW_CONFIDENCE_RULE:
      'Aturan ini memakai parameter {parameterId} dengan tingkat keyakinan rendah (sumber primer belum terlihat). Periksa sebelum dipakai untuk keputusan.',
    PARAMETER_MAY_BE_OUTDATED:
      'Parameter {parameterId} mungkin sudah usang: nilai {value} berlaku sejak {from} dan seharusnya sudah ditinjau pada {reviewDue}. Berikan nilai baru lewat options.parameters bila sudah diumumkan.',
    DATE_AFTER_LAST_VERIFICATION:
      'Tanggal {date} setelah data hukum terakhir diverifikasi ({verifiedOn}): hasil ini memproyeksikan aturan yang berlaku pada tanggal itu.',
    PARAMETER_OVERRIDDEN: 'Parameter {parameterId} diganti oleh pemanggil: nilai {value}.',
    // explanation rendering
    EXPLANATION_INVALID:
      'Bukan penjelasan hasil pustaka ini: diharapkan objek dengan format "{format}" dan daftar langkah.',
    EXPLANATION_CYCLE: 'Penjelasan memuat rujukan melingkar: sebuah nilai memuat dirinya sendiri.',
    EXPLANATION_TOO_DEEP: 'Nilai dalam penjelasan bersarang terlalu dalam: paling banyak {max} tingkat.',
    EXPLANATION_TOO_LARGE: 'Penjelasan terlalu besar: paling banyak {max} nilai.',
    EXPLAIN_TITLE: 'Penjelasan perhitungan',
    EXPLAIN_STEP: 'Langkah',
    EXPLAIN_FORMULA: 'Rumus',
    EXPLAIN_INPUTS: 'Masukan',
    EXPLAIN_PARAMETERS: 'Parameter',
    EXPLAIN_LEGAL: 'Dasar hukum',
    EXPLAIN_ROUNDING: 'Pembulatan',
    EXPLAIN_RESULT: 'Hasil',
    EXPLAIN_CONFIDENCE: 'keyakinan',
    EXPLAIN_SINCE: 'berlaku sejak',
    EXPLAIN_UNTIL: 's.d.',
    EXPLAIN_OVERRIDDEN: 'diganti pemanggil',
    EXPLAIN_WARNINGS: 'Peringatan',
    EXPLAIN_TABLE: '[tabel; lihat explanation.parameters]',
    ROUNDING_half_up: 'setengah ke atas ke rupiah penuh',
    ROUNDING_half_even: 'setengah ke genap ke rupiah penuh',
    ROUNDING_down: 'ke bawah ke rupiah penuh',
  },
} as const satisfies MessageArea
