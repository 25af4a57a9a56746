import type { MessageArea } from '../types.js'

/**
 * The Indonesian messages every error of the library may need, always at hand (src/i18n/registry.ts): the summary of a
 * validation error, the checks of an options object and the money codes of `formatRupiah`. Part of the `core` area.
 */
export const coreBaseMessages = {
  id: {
    VALIDATION_FAILED: 'Masukan tidak valid ({count} masalah): {first}',
    UNKNOWN_KEY: 'Kolom tidak dikenal: {key}. Periksa ejaannya.',
    INVALID_VALUE: 'Nilai tidak diizinkan: {received}. Pilihan yang sah: {options}.',
    INPUT_NOT_OBJECT: 'Masukan harus berupa objek.',
    AMOUNT_NOT_NUMBER:
      'Jumlah uang harus berupa angka atau teks desimal (misalnya 5000000 atau "5000000.50").',
    AMOUNT_NOT_FINITE: 'Jumlah uang harus angka terhingga (bukan NaN atau Infinity).',
    AMOUNT_NOT_DECIMAL:
      'Teks "{value}" bukan angka desimal polos. Gunakan digit dengan titik desimal opsional, tanpa spasi, tanda, eksponen atau pemisah ribuan (misalnya "5000000.50").',
    AMOUNT_TOO_PRECISE: 'Jumlah uang paling banyak 2 angka di belakang koma (sen).',
    AMOUNT_TOO_LARGE: 'Jumlah uang terlalu besar: paling banyak Rp{maximum}.',
    // the English pack is not there to say this in English, so the Indonesian text says it in both
    LOCALE_NOT_LOADED: "Bahasa '{locale}' belum dimuat (not loaded): import '{pack}'.",
  },
} as const satisfies MessageArea

/**
 * The other messages of the foundation's input checks (generic validation, money) besides
 * {@link coreBaseMessages}. Part of the `core` area, kept apart from the rest of it for small browser bundles.
 * (No spread of `coreBaseMessages` here: a bundler keeps an object literal with a spread even when unused.)
 */
export const coreInputMessages = {
  id: {
    INVALID_TYPE: 'Jenis nilai salah: diharapkan {expected}, diterima {received}.',
    REQUIRED: 'Wajib diisi.',
    INVALID_DISCRIMINANT: 'Nilai {field} tidak dikenal: {received}. Pilihan yang sah: {options}.',
    INTEGER_EXPECTED: 'Harus bilangan bulat.',
    TOO_SMALL: 'Terlalu kecil: paling sedikit {minimum}.',
    TOO_BIG: 'Terlalu besar: paling banyak {maximum}.',
    TOO_MANY_ITEMS: 'Terlalu banyak isian: {actual}, paling banyak {max}.',
    TOO_FEW_ITEMS: 'Terlalu sedikit isian: paling sedikit {minimum}.',
    STRING_TOO_LONG: 'Teks terlalu panjang: paling banyak {maximum} karakter.',
    FORBIDDEN_KEY: 'Kolom {key} tidak diizinkan.',
    DUPLICATE_VALUE: 'Nilai ganda: {value}.',
    AMOUNT_EMPTY: 'Jumlah uang kosong.',
    AMOUNT_LOCALIZED_FORMAT:
      'Teks "{value}" tampak berformat Indonesia (titik sebagai pemisah ribuan). Ubah dulu dengan parseRupiah("{value}") atau tulis "{suggestion}".',
    AMOUNT_NEGATIVE: 'Jumlah uang tidak boleh negatif.',
    AMOUNT_NOT_POSITIVE: 'Jumlah uang harus lebih dari nol.',
    RATE_INVALID: 'Tarif "{value}" harus teks desimal antara 0 dan 1 (misalnya "0.0024").',
    ALLOCATION_INVALID: 'Pembagian tidak valid: {reason}.',
  },
} as const satisfies MessageArea

/** The message of `parseRupiah` (src/money/parse.ts). Part of the `core` area. */
export const coreParseMessages = {
  id: {
    RUPIAH_UNPARSABLE: 'Teks "{value}" tidak dapat dibaca sebagai jumlah rupiah (contoh: "Rp5.000.000,50").',
  },
} as const satisfies MessageArea
