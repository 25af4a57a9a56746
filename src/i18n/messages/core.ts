import type { MessageArea } from '../types.js'
import { coreBaseMessages, coreInputMessages, coreParseMessages } from './core-input.js'

/** Messages of the foundation: validation, money, time, parameters, explanations. */
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
    OVERRIDE_REASON_DECIMAL: 'harus teks desimal, seperti nilai pustaka ini',
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
  en: {
    ...coreBaseMessages.en,
    ...coreInputMessages.en,
    ...coreParseMessages.en,
    PERIOD_INVALID: 'The contribution month "{value}" is invalid: use YYYY-MM (e.g. "2025-03").',
    DATE_INVALID:
      'The date "{value}" is invalid: use an existing calendar date YYYY-MM-DD (e.g. "2025-02-28").',
    DATE_OBJECT_INVALID: 'The Date object is invalid (Invalid Date, or not a genuine Date).',
    PERIOD_GIVEN_AS_DATE:
      'A contribution month must be text YYYY-MM, not a Date object (the date {date}); write "{suggestion}".',
    VALUE_UNREADABLE:
      "This value cannot be read: the caller's object threw an error when it was read (a getter or a Proxy).",
    DATE_BEFORE_COVERAGE:
      'The date {date} is before this library’s coverage: the BPJS Ketenagakerjaan rules it models apply from {coverageStart} (PP 44/2015, PP 45/2015, PP 46/2015).',
    DATE_AFTER_COVERAGE:
      'The date {date} is past this library’s projection horizon ({horizon}). Its legal data was last verified on {verifiedOn}.',
    PARAMETER_NOT_IN_FORCE: 'Parameter {parameterId} is not in force on {date}.',
    UNKNOWN_PARAMETER: 'Unknown parameter: {parameterId}.',
    PARAMETER_OVERRIDE_INVALID: 'Invalid override for parameter {parameterId}: {reason}.',
    PARAMETER_OVERRIDE_ORDER:
      'Dated values must be in order and must not overlap: from {from} is not after the previous value (to {previous}).',
    PARAMETER_OVERRIDE_TO_BEFORE_FROM: 'The date to {to} is before from {from}.',
    OVERRIDE_REASON_RATE: 'a rate must be a decimal text between 0 and 1, e.g. "0.0024"',
    OVERRIDE_REASON_RUPIAH: 'an amount must be whole rupiah, e.g. "11086300"',
    OVERRIDE_REASON_WHOLE: 'must be a whole number ≥ 0 (not NaN or Infinity)',
    OVERRIDE_REASON_FLAG: 'must be true or false',
    OVERRIDE_REASON_DATE: 'must be an existing date YYYY-MM-DD',
    OVERRIDE_REASON_DECIMAL: "must be a decimal text, like the library's values",
    LOW_CONFIDENCE_RULE:
      'This rule uses parameter {parameterId}, whose confidence is low (no primary text seen). Check it before relying on it for a decision.',
    PARAMETER_MAY_BE_OUTDATED:
      'Parameter {parameterId} may be outdated: the value {value} applies since {from} and was due for review on {reviewDue}. Pass the new value through options.parameters once announced.',
    DATE_AFTER_LAST_VERIFICATION:
      'The date {date} is after the legal data was last verified ({verifiedOn}): this result projects the rules in force then.',
    PARAMETER_OVERRIDDEN: 'Parameter {parameterId} was overridden by the caller: value {value}.',
    EXPLANATION_INVALID:
      'Not an explanation of this library: expected an object with format "{format}" and a list of steps.',
    EXPLANATION_CYCLE: 'The explanation holds a circular reference: a value contains itself.',
    EXPLANATION_TOO_DEEP: 'A value in the explanation is nested too deep: at most {max} levels.',
    EXPLANATION_TOO_LARGE: 'The explanation is too large: at most {max} values.',
    EXPLAIN_TITLE: 'Explanation of the calculation',
    EXPLAIN_STEP: 'Step',
    EXPLAIN_FORMULA: 'Formula',
    EXPLAIN_INPUTS: 'Inputs',
    EXPLAIN_PARAMETERS: 'Parameters',
    EXPLAIN_LEGAL: 'Legal basis',
    EXPLAIN_ROUNDING: 'Rounding',
    EXPLAIN_RESULT: 'Result',
    EXPLAIN_CONFIDENCE: 'confidence',
    EXPLAIN_SINCE: 'in force since',
    EXPLAIN_UNTIL: 'until',
    EXPLAIN_OVERRIDDEN: 'overridden by caller',
    EXPLAIN_WARNINGS: 'Warnings',
    EXPLAIN_TABLE: '[table; see explanation.parameters]',
    ROUNDING_half_up: 'half up to whole rupiah',
    ROUNDING_half_even: 'half to even to whole rupiah',
    ROUNDING_down: 'down to whole rupiah',
  },
} as const satisfies MessageArea
