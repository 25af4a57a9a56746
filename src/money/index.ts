// The money functions of the public API (no code of its own here: a bundler keeps a module's top-level code
// whenever one of its exports is used, so this re-export module adds nothing to an app importing one function)
export { formatRupiah, parseRupiah, type FormatRupiahOptions } from './format.js'
export { DEFAULT_ROUNDING, ROUNDING_MODES, type RoundingMode } from './rounding.js'
export { MAX_AMOUNT_RUPIAH } from './amount.js'
export { allocate, MAX_ALLOCATE_RATIOS, roundRupiah } from './round.js'
