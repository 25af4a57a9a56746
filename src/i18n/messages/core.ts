import type { MessageArea } from '../types.js'

/** Messages of the foundation: validation, money, time, parameters, explanations. */
export const coreMessages = {
  id: {
    // generic validation
    VALIDATION_FAILED: 'Masukan tidak valid ({count} masalah): {first}',
    REQUIRED: 'Wajib diisi.',
    INVALID_TYPE: 'Jenis nilai salah: diharapkan {expected}, diterima {received}.',
    UNKNOWN_KEY: 'Kolom tidak dikenal: {key}. Periksa ejaannya.',
    INVALID_VALUE: 'Nilai tidak diizinkan: {received}. Pilihan yang sah: {options}.',
    INVALID_DISCRIMINANT: 'Nilai {field} tidak dikenal: {received}. Pilihan yang sah: {options}.',
    INTEGER_EXPECTED: 'Harus bilangan bulat.',
    TOO_SMALL: 'Terlalu kecil: paling sedikit {minimum}.',
    TOO_BIG: 'Terlalu besar: paling banyak {maximum}.',
    TOO_MANY_ITEMS: 'Terlalu banyak isian: {actual}, paling banyak {max}.',
    TOO_FEW_ITEMS: 'Terlalu sedikit isian: paling sedikit {minimum}.',
    STRING_TOO_LONG: 'Teks terlalu panjang: paling banyak {maximum} karakter.',
    INPUT_NOT_OBJECT: 'Masukan harus berupa objek.',
    FORBIDDEN_KEY: 'Kolom {key} tidak diizinkan.',
    DUPLICATE_VALUE: 'Nilai ganda: {value}.',
    // money
    AMOUNT_EMPTY: 'Jumlah uang kosong.',
    AMOUNT_NOT_NUMBER:
      'Jumlah uang harus berupa angka atau teks desimal (misalnya 5000000 atau "5000000.50").',
    AMOUNT_NOT_FINITE: 'Jumlah uang harus angka terhingga (bukan NaN atau Infinity).',
    AMOUNT_NOT_DECIMAL:
      'Teks "{value}" bukan angka desimal polos. Gunakan digit dengan titik desimal opsional, tanpa spasi, tanda, eksponen atau pemisah ribuan (misalnya "5000000.50").',
    AMOUNT_LOCALIZED_FORMAT:
      'Teks "{value}" tampak berformat Indonesia (titik sebagai pemisah ribuan). Ubah dulu dengan parseRupiah("{value}") atau tulis "{suggestion}".',
    AMOUNT_NEGATIVE: 'Jumlah uang tidak boleh negatif.',
    AMOUNT_NOT_POSITIVE: 'Jumlah uang harus lebih dari nol.',
    AMOUNT_TOO_PRECISE: 'Jumlah uang paling banyak 2 angka di belakang koma (sen).',
    AMOUNT_TOO_LARGE: 'Jumlah uang terlalu besar: paling banyak Rp{maximum}.',
    RUPIAH_UNPARSABLE: 'Teks "{value}" tidak dapat dibaca sebagai jumlah rupiah (contoh: "Rp5.000.000,50").',
    RATE_INVALID: 'Tarif "{value}" harus teks desimal antara 0 dan 1 (misalnya "0.0024").',
    ALLOCATION_INVALID: 'Pembagian tidak valid: {reason}.',
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
    VALIDATION_FAILED: 'Invalid input ({count} problem(s)): {first}',
    REQUIRED: 'Required.',
    INVALID_TYPE: 'Wrong type: expected {expected}, received {received}.',
    UNKNOWN_KEY: 'Unknown field: {key}. Check its spelling.',
    INVALID_VALUE: 'Value not allowed: {received}. Allowed: {options}.',
    INVALID_DISCRIMINANT: 'Unknown {field}: {received}. Allowed: {options}.',
    INTEGER_EXPECTED: 'Must be a whole number.',
    TOO_SMALL: 'Too small: at least {minimum}.',
    TOO_BIG: 'Too large: at most {maximum}.',
    TOO_MANY_ITEMS: 'Too many items: {actual}, at most {max}.',
    TOO_FEW_ITEMS: 'Too few items: at least {minimum}.',
    STRING_TOO_LONG: 'Text too long: at most {maximum} characters.',
    INPUT_NOT_OBJECT: 'The input must be an object.',
    FORBIDDEN_KEY: 'Field {key} is not allowed.',
    DUPLICATE_VALUE: 'Duplicate value: {value}.',
    AMOUNT_EMPTY: 'The amount is empty.',
    AMOUNT_NOT_NUMBER: 'An amount must be a number or a decimal string (e.g. 5000000 or "5000000.50").',
    AMOUNT_NOT_FINITE: 'An amount must be a finite number (not NaN or Infinity).',
    AMOUNT_NOT_DECIMAL:
      'The text "{value}" is not a plain decimal number. Use digits with an optional decimal point, no spaces, signs, exponents or thousands separators (e.g. "5000000.50").',
    AMOUNT_LOCALIZED_FORMAT:
      'The text "{value}" looks Indonesian-formatted (dots as thousands separators). Convert it first with parseRupiah("{value}") or write "{suggestion}".',
    AMOUNT_NEGATIVE: 'An amount cannot be negative.',
    AMOUNT_NOT_POSITIVE: 'The amount must be greater than zero.',
    AMOUNT_TOO_PRECISE: 'An amount has at most 2 decimal places (sen).',
    AMOUNT_TOO_LARGE: 'The amount is too large: at most Rp{maximum}.',
    RUPIAH_UNPARSABLE: 'The text "{value}" cannot be read as a rupiah amount (example: "Rp5.000.000,50").',
    RATE_INVALID: 'The rate "{value}" must be a decimal string between 0 and 1 (e.g. "0.0024").',
    ALLOCATION_INVALID: 'Invalid allocation: {reason}.',
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
