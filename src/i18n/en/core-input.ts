import type { Catalogue } from '../types.js'

/**
 * The English texts of `coreBaseMessages` (src/i18n/messages/core-input.ts): the summary of a validation
 * error, the checks of an options object and the money codes of `formatRupiah`. Part of the
 * `core` area; with the rest of English, they come with the pack.
 */
export const coreBaseMessagesEn = {
  VALIDATION_FAILED: 'Invalid input ({count} problem(s)): {first}',
  UNKNOWN_KEY: 'Unknown field: {key}. Check its spelling.',
  INVALID_VALUE: 'Value not allowed: {received}. Allowed: {options}.',
  INPUT_NOT_OBJECT: 'The input must be an object.',
  AMOUNT_NOT_NUMBER: 'An amount must be a number or a decimal string (e.g. 5000000 or "5000000.50").',
  AMOUNT_NOT_FINITE: 'An amount must be a finite number (not NaN or Infinity).',
  AMOUNT_NOT_DECIMAL:
    'The text "{value}" is not a plain decimal number. Use digits with an optional decimal point, no spaces, signs, exponents or thousands separators (e.g. "5000000.50").',
  AMOUNT_TOO_PRECISE: 'An amount has at most 2 decimal places (sen).',
  AMOUNT_TOO_LARGE: 'The amount is too large: at most Rp{maximum}.',
  LOCALE_NOT_LOADED: "The language '{locale}' is not loaded: import '{pack}'.",
} as const satisfies Catalogue

/**
 * The other messages of the foundation's input checks (generic validation, money) besides
 * {@link coreBaseMessages}. Part of the `core` area, kept apart from the rest of it for small browser bundles.
 * (No spread of `coreBaseMessages` here: a bundler keeps an object literal with a spread even when unused.)
 */
export const coreInputMessagesEn = {
  INVALID_TYPE: 'Wrong type: expected {expected}, received {received}.',
  REQUIRED: 'Required.',
  INVALID_DISCRIMINANT: 'Unknown {field}: {received}. Allowed: {options}.',
  INTEGER_EXPECTED: 'Must be a whole number.',
  TOO_SMALL: 'Too small: at least {minimum}.',
  TOO_BIG: 'Too large: at most {maximum}.',
  TOO_MANY_ITEMS: 'Too many items: {actual}, at most {max}.',
  TOO_FEW_ITEMS: 'Too few items: at least {minimum}.',
  STRING_TOO_LONG: 'Text too long: at most {maximum} characters.',
  FORBIDDEN_KEY: 'Field {key} is not allowed.',
  DUPLICATE_VALUE: 'Duplicate value: {value}.',
  AMOUNT_EMPTY: 'The amount is empty.',
  AMOUNT_LOCALIZED_FORMAT:
    'The text "{value}" looks Indonesian-formatted (dots as thousands separators). Convert it first with parseRupiah("{value}") or write "{suggestion}".',
  AMOUNT_NEGATIVE: 'An amount cannot be negative.',
  AMOUNT_NOT_POSITIVE: 'The amount must be greater than zero.',
  RATE_INVALID: 'The rate "{value}" must be a decimal string between 0 and 1 (e.g. "0.0024").',
  ALLOCATION_INVALID: 'Invalid allocation: {reason}.',
} as const satisfies Catalogue

/** The message of `parseRupiah` (src/money/parse.ts). Part of the `core` area. */
export const coreParseMessagesEn = {
  RUPIAH_UNPARSABLE: 'The text "{value}" cannot be read as a rupiah amount (example: "Rp5.000.000,50").',
} as const satisfies Catalogue
