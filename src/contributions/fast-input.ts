import { checkAmount, MAX_AMOUNT_RUPIAH } from '../money/amount.js'
import type { PuParsed } from '../schemas/contribution.js'
import { checkPeriod } from '../time/calendar.js'
import { ENTERPRISE_SIZES, PROGRAMS, PU_FLAGS, RISK_CLASSES } from '../types.js'
import type { EnterpriseSize, JkkRiskClass, Program } from './types.js'

/*
 * A fast path for the commonest input, a plain PU object, that accepts a subset of what the zod schema
 * (`puInputSchema` with `checkPlain`) accepts and gives the same parsed values: the same checkers for the
 * period (`checkPeriod`) and money (`checkAmount`), the same literal sets. Anything else, including every
 * invalid input, is left to the schema, so errors are always the schema's (test/perf checks the two agree).
 */

// The literal sets, derived from the enumerations of src/types.ts (the schema's too): a program's bit, a
// size's index (1–4, 0 = absent), the risk classes (1–5, three bits).
const PROGRAM_BIT: Readonly<Record<string, number>> = Object.fromEntries(PROGRAMS.map((p, i) => [p, 1 << i]))
const SIZE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  ENTERPRISE_SIZES.map((s, i) => [s, i + 1]),
)
const SIZES: readonly (EnterpriseSize | undefined)[] = [undefined, ...ENTERPRISE_SIZES]
const PROGRAM_ORDER: readonly Program[] = PROGRAMS
// a risk class's slot is true (an index read: a number that is not a class, 1.5 or -1, reads undefined)
const RISK: readonly (true | undefined)[] = RISK_CLASSES.reduce<(true | undefined)[]>((a, c) => {
  a[c] = true
  return a
}, [])
const hasOwn = Object.prototype.hasOwnProperty
const MAX_SEN = MAX_AMOUNT_RUPIAH * 100
/** The fields of a PU input read by {@link readPuFields} (a scratch object, reused row after row). */
export interface PuFields {
  period: string
  /**
   * The last period {@link readPuFields} checked and accepted into this scratch (rows of a payroll share
   * their month: a memo of a pure check, owned by the scratch, never by the module), or `undefined`.
   */
  checkedPeriod: string | undefined
  /** The last `enterpriseSize` value read and its index, 0 when it is none (a memo, as `checkedPeriod`). */
  lastSize: unknown
  lastSizeIndex: number
  /**
   * The keys of the last rows read, by position, and what each is read into (rows of one file share their
   * keys and order: a memo of the table lookup, owned by the scratch).
   */
  readonly keyNames: string[]
  readonly keyKinds: Key[]
  /** The wage in sen. */
  wage: number
  /** The minimum wage in sen, or `undefined`. */
  minimumWage: number | undefined
  /** The programs listed, as given (the caller's array, copied by {@link puParsedOf}), or `undefined`. */
  programs: readonly Program[] | undefined
  /**
   * Everything else as one number: risk class (bits 0–2, 0 = absent), enterprise size (bits 3–5), the
   * programs listed (bits 6–10, bit 11 = a list was given), and the four flags (2 bits each from bit 12:
   * 0 = absent, 1 = false, 2 = true) `jkpRegistered`, `jkkDiscountEligible`, `covidRelief`, `jpDeferral`.
   */
  situation: number
}

/**
 * A new scratch for {@link readPuFields}.
 *
 * @example
 * ```ts
 * const f = puFields()
 * readPuFields({ category: 'PU', period: '2025-06', wage: 5000000, jkkRiskClass: 1, enterpriseSize: 'large' }, f) //=> true
 * f.wage //=> 500000000
 * ```
 */
export function puFields(): PuFields {
  // Stryker disable next-line ObjectLiteral,StringLiteral: a scratch: readPuFields writes every field before one is read
  return {
    period: '',
    checkedPeriod: undefined,
    lastSize: undefined,
    lastSizeIndex: 0,
    // Stryker disable next-line ArrayDeclaration: a memo: a wrong first entry is a miss, then overwritten
    keyNames: [],
    // Stryker disable next-line ArrayDeclaration: a memo: a wrong first entry is a miss, then overwritten
    keyKinds: [],
    wage: 0,
    minimumWage: undefined,
    programs: undefined,
    situation: 0,
  }
}

function flag(v: unknown): number {
  return v === undefined ? 0 : v === false ? 1 : v === true ? 2 : -1
}

/** The amount in sen as the schema reads it, or -1 to leave it to the schema. */
function moneySen(v: unknown): number {
  // Stryker disable next-line ConditionalExpression: a shortcut: checkAmount gives a whole number the same sen
  if (!Number.isSafeInteger(v)) {
    const r = checkAmount(v, false)
    return r.ok ? r.sen : -1
  }
  // whole rupiah, the commonest input, without checkAmount's parsing (which gives the same sen)
  const sen = (v as number) * 100
  return sen > 0 && sen <= MAX_SEN ? sen : -1
}

/** The keys of a PU input and what each is read into (the keys the schema `puInputSchema` knows). */
const enum Key {
  Category,
  Period,
  Wage,
  RiskClass,
  Size,
  Programs,
  JkpRegistered,
  JkkDiscountEligible,
  CovidRelief,
  JpDeferral,
  MinimumWage,
}
const KEY: Readonly<Record<string, Key>> = Object.assign(Object.create(null) as Record<string, Key>, {
  category: Key.Category,
  period: Key.Period,
  wage: Key.Wage,
  jkkRiskClass: Key.RiskClass,
  enterpriseSize: Key.Size,
  programs: Key.Programs,
  jkpRegistered: Key.JkpRegistered,
  jkkDiscountEligible: Key.JkkDiscountEligible,
  covidRelief: Key.CovidRelief,
  jpDeferral: Key.JpDeferral,
  minimumWage: Key.MinimumWage,
})

/** The programs bit mask of a plain list of distinct codes (bit 5 set: a list was given), or -1. */
function programMask(programs: unknown): number {
  if (!Array.isArray(programs) || Object.getPrototypeOf(programs) !== Array.prototype) return -1
  const n = programs.length
  // only the items: an own extra key (e.g. `constructor`) goes the schema way, which refuses it (more than
  // five items repeat a code: refused in the loop)
  if (n < 1 || Object.keys(programs).length !== n) return -1
  let mask = 0
  for (let i = 0; i < n; i++) {
    const p: unknown = programs[i]
    const bit = typeof p === 'string' && hasOwn.call(PROGRAM_BIT, p) ? (PROGRAM_BIT[p] as number) : 0
    // a duplicate is a validation error the schema reports: leave it to the schema
    if (bit === 0 || (mask & bit) !== 0) return -1
    mask |= bit
  }
  return mask | 32
}

/** The size index of `x` (see {@link sizeIndex}), remembered in the scratch (0 for a value that is none). */
function sizeOf(x: unknown, out: PuFields): number {
  const i = sizeIndex(x)
  out.lastSize = x
  out.lastSizeIndex = i
  return i
}

/** The size index (1–4) of an enterprise size, or 0. */
function sizeIndex(size: unknown): number {
  return typeof size === 'string' && hasOwn.call(SIZE_INDEX, size) ? (SIZE_INDEX[size] as number) : 0
}

/**
 * Reads a PU input into `out` when it is a plain object the schema certainly accepts, with the values the
 * schema would give; `false` means "use the schema" (the input may still be valid, e.g. a key set to
 * `undefined`, or it may be invalid). Each own enumerable key is read exactly once (a getter is called once,
 * and the value read is the value priced); a key the schema does not know, an inherited key, or a field the
 * schema requires but that is not an own enumerable key (e.g. a non-enumerable `wage` beside a misspelled
 * `wages`) leaves the input to the schema. May throw what the caller's own object throws (a getter, a
 * revoked Proxy): the caller then takes the schema path, which reports it.
 *
 * @example
 * ```ts
 * readPuFields({ category: 'PU', period: '2025-06', wage: -1, jkkRiskClass: 1 }, puFields()) //=> false
 * ```
 */
export function readPuFields(v: unknown, out: PuFields): boolean {
  if (typeof v !== 'object' || v === null) return false
  const proto: unknown = Object.getPrototypeOf(v)
  if (proto !== Object.prototype && proto !== null) return false
  const o = v as Record<string, unknown>
  let category = false
  let period: string | undefined
  let wage = -1
  let minimumWage: number | undefined
  let programs: unknown
  let situation = 0
  let j = 0
  for (const k in o) {
    if (!hasOwn.call(o, k)) return false
    // Stryker disable next-line ConditionalExpression: always a miss looks the table up: the same kind, slower
    const key = out.keyNames[j] === k ? (out.keyKinds[j] as Key) : keyAt(k, j, out)
    j++
    if (key === undefined) return false
    const x = o[k]
    // a key set to `undefined` is left to the schema (which treats it as absent)
    if (x === undefined) return false
    switch (key) {
      case Key.Category:
        if (x !== 'PU') return false
        category = true
        break
      case Key.Period:
        period = periodOf(x, out)
        if (period === undefined) return false
        break
      case Key.Wage:
        wage = moneySen(x)
        if (wage === -1) return false
        break
      case Key.RiskClass:
        if (typeof x !== 'number' || RISK[x] !== true) return false
        situation |= x as number
        break
      case Key.Size: {
        const i = x === out.lastSize ? out.lastSizeIndex : sizeOf(x, out)
        if (i === 0) return false
        situation |= i << 3
        break
      }
      case Key.Programs: {
        const mask = programMask(x)
        if (mask === -1) return false
        programs = x
        situation |= mask << 6
        break
      }
      case Key.MinimumWage:
        minimumWage = moneySen(x)
        if (minimumWage === -1) return false
        break
      default: {
        const f = flag(x)
        if (f === -1) return false
        situation |= f << (12 + 2 * (key - Key.JkpRegistered))
      }
    }
  }
  // the fields the schema requires, each read above as an own enumerable key
  if (!category || period === undefined || wage === -1) return false
  out.programs = programs as readonly Program[] | undefined
  out.period = period
  out.wage = wage
  out.minimumWage = minimumWage
  out.situation = situation
  return true
}

/** The kind of key `k`, remembered as the `j`-th key of the rows (`undefined`: not a PU key). */
function keyAt(k: string, j: number, out: PuFields): Key | undefined {
  const key = KEY[k]
  if (key !== undefined) {
    out.keyNames[j] = k
    out.keyKinds[j] = key
  }
  return key
}

/** The period as `checkPeriod` accepts it (memoised in the scratch), or `undefined`. */
function periodOf(x: unknown, out: PuFields): string | undefined {
  if (x === out.checkedPeriod) return x as string
  const p = checkPeriod(x)
  if (!p.ok) return undefined
  out.checkedPeriod = p.value
  return p.value
}

const FLAG_NAMES = PU_FLAGS

function flagValue(situation: number, i: number): boolean | undefined {
  const f = (situation >> (12 + 2 * i)) & 3
  return f === 0 ? undefined : f === 2
}

/**
 * The parsed PU input of the fields {@link readPuFields} read (what the schema gives for that input, with
 * the programs in the order of the law unless `keepOrder`; their order changes nothing but the `programs`
 * input shown in the explanation, so single calls keep the caller's list, see {@link fastParsePu}).
 *
 * @example
 * ```ts
 * const f = puFields()
 * readPuFields({ category: 'PU', period: '2025-06', wage: 5000000, programs: ['JHT'] }, f)
 * puParsedOf(f) //=> { category: 'PU', period: '2025-06', wage: 500000000, programs: ['JHT'] }
 * ```
 */
export function puParsedOf(f: PuFields, keepOrder = false): PuParsed {
  const s = f.situation
  const p: { -readonly [K in keyof PuParsed]: PuParsed[K] } = {
    category: 'PU',
    period: f.period,
    wage: f.wage,
  }
  const cls = s & 7
  if (cls !== 0) p.jkkRiskClass = cls as JkkRiskClass
  const mask = (s >> 6) & 63
  if (mask !== 0)
    p.programs =
      keepOrder && f.programs !== undefined
        ? [...f.programs]
        : PROGRAM_ORDER.filter((_, i) => (mask & (1 << i)) !== 0)
  const size = SIZES[(s >> 3) & 7]
  if (size !== undefined) p.enterpriseSize = size
  FLAG_NAMES.forEach((name, i) => {
    const v = flagValue(s, i)
    if (v !== undefined) p[name] = v
  })
  if (f.minimumWage !== undefined) p.minimumWage = f.minimumWage
  return p
}

/**
 * The parsed value of a plain PU input the schema certainly accepts (the caller's `programs` order kept), or
 * `undefined` to leave the input to the schema.
 *
 * @example
 * ```ts
 * fastParsePu({ category: 'PU', period: '2025-06', wage: '5000000.50', jkkRiskClass: 1, enterpriseSize: 'micro' })?.wage //=> 500000050
 * fastParsePu({ category: 'PU', period: '2025-06', wage: 5000000, jkkRiskClass: 6 }) //=> undefined
 * ```
 */
export function fastParsePu(input: unknown): PuParsed | undefined {
  const f = puFields()
  if (!readPuFields(input, f)) return undefined
  return puParsedOf(f, true)
}

/**
 * The situation number of a parsed PU input (the encoding of {@link PuFields.situation}), or `-1` when its
 * programs are not listed in the order of the law (the explanation shows the list as given, so such an
 * input is not shared with another order).
 *
 * @example
 * ```ts
 * situationOf({ category: 'PU', period: '2025-06', wage: 1, jkkRiskClass: 2, enterpriseSize: 'large' }) //=> 34
 * situationOf({ category: 'PU', period: '2025-06', wage: 1, programs: ['JKM', 'JKK'] }) //=> -1
 * ```
 */
export function situationOf(p: Omit<PuParsed, 'wage' | 'minimumWage'>): number {
  let s = p.jkkRiskClass ?? 0
  s |= SIZES.indexOf(p.enterpriseSize) << 3
  if (p.programs !== undefined) {
    let mask = 0
    let last = 0
    for (const code of p.programs) {
      const bit = PROGRAM_BIT[code] as number
      if (bit <= last) return -1
      last = bit
      mask |= bit
    }
    s |= (mask | 32) << 6
  }
  const f = (v: boolean | undefined) => (v === undefined ? 0 : v ? 2 : 1)
  return (
    s |
    (f(p.jkpRegistered) << 12) |
    (f(p.jkkDiscountEligible) << 14) |
    (f(p.covidRelief) << 16) |
    (f(p.jpDeferral) << 18)
  )
}
