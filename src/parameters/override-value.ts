import { makeIssue, makeIssueIn, type BpjsIssue } from '../errors.js'
import { invalidTypeIssue } from '../internal/type-issue.js'
import { textOf, useMessages } from '../i18n/registry.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { tryParseRate } from '../money/rate.js'
import { checkDate } from '../time/calendar.js'
import type { Parameter } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'

useMessages(coreMessages)

/**
 * One override value checked against its parameter (`override.ts`): its unit (a rate, money, a count…) and,
 * for a table, its shape; the issue says why in each language.
 */

type Path = readonly (string | number)[]
/** Messages for a value that does not fit its parameter, by unit. */
const REASON_BY_UNIT: Readonly<Record<string, string>> = {
  rate: 'OVERRIDE_REASON_RATE',
  rupiah: 'OVERRIDE_REASON_RUPIAH',
  months: 'OVERRIDE_REASON_WHOLE',
  years: 'OVERRIDE_REASON_WHOLE',
  count: 'OVERRIDE_REASON_WHOLE',
  age: 'OVERRIDE_REASON_WHOLE',
  flag: 'OVERRIDE_REASON_FLAG',
  date: 'OVERRIDE_REASON_DATE',
}

const RATE_TEXT = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?)$/
const DECIMAL_TEXT = /^\d{1,15}(?:\.\d{1,12})?$/
const WHOLE_TEXT = /^\d{1,15}$/

/** Checks one override value against the parameter; returns it normalised (numbers of money/rates as text). */
export function checkValue<T>(
  p: Parameter<T>,
  v: unknown,
  path: Path,
  locale: Locale,
  issues: BpjsIssue[],
): T | undefined {
  const bad = (reasonCode: string, params: MessageParams = {}): undefined => {
    issues.push(overrideIssue(path, p.id, reasonCode, params, locale))
    return undefined
  }
  switch (p.unit) {
    case 'rate': {
      const t = typeof v === 'number' && Number.isFinite(v) ? String(v) : v
      return typeof t === 'string' && RATE_TEXT.test(t) ? (t as T) : bad(REASON_BY_UNIT.rate!)
    }
    case 'rupiah': {
      const t = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v
      return typeof t === 'string' && /^\d{1,15}$/.test(t) ? (t as T) : bad(REASON_BY_UNIT.rupiah!)
    }
    case 'months':
    case 'years':
    case 'count':
    case 'age':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? ((v + 0) as T) // -0 is read as 0 (it would leak into the explanation)
        : bad(REASON_BY_UNIT[p.unit]!)
    case 'flag':
      return typeof v === 'boolean' ? (v as T) : bad(REASON_BY_UNIT.flag!)
    case 'date':
      return typeof v === 'string' && checkDate(v).ok ? (v as T) : bad(REASON_BY_UNIT.date!)
    default: {
      if (p.minItems !== undefined && Array.isArray(v) && v.length < p.minItems) {
        issues.push(makeIssue(path, 'TOO_FEW_ITEMS', { minimum: String(p.minItems) }, locale))
        return undefined
      }
      const before = issues.length
      const copy = checkShape(
        { id: p.id, rupiahKeys: p.rupiahKeys ?? [], locale, issues },
        v,
        p.values.map((pv) => pv.value as unknown),
        path,
        false,
      )
      return issues.length === before ? (copy as T) : undefined
    }
  }
}

/** The kind of a data value, for shape checks. */
function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

/** What a table check needs besides the value: the parameter, its rupiah keys, where issues go. */
interface ShapeCheck {
  readonly id: string
  readonly rupiahKeys: readonly string[]
  readonly locale: Locale
  readonly issues: BpjsIssue[]
}

/**
 * Checks a table value against the library's own values of the parameter (`samples`): the same kinds, the
 * same keys (none unknown, none of the always-present ones missing), finite numbers (whole and ≥ 0 where
 * the library's are), decimal text where the library writes decimal text, whole rupiah under a key of
 * `rupiahKeys` (the rules read those as whole rupiah: '1.5' there is refused here, not thrown later). A `null` in the library's data
 * ("not settled") admits any JSON primitive: the rule that reads it checks it. Words are not restricted
 * (a caller may name a status or a regime the data has not used yet). Returns a plain copy of the value.
 */
function checkShape(
  c: ShapeCheck,
  v: unknown,
  samples: readonly unknown[],
  path: Path,
  rupiah: boolean,
): unknown {
  const { id, locale, issues } = c
  const kinds = new Set(samples.map(kindOf))
  const kind = kindOf(v)
  const wildcard = kinds.has('null') && kind !== 'array' && kind !== 'object'
  // (a null stays null where the data has one: "no figure", as the library's own value)
  if (rupiah && v !== null && kind !== 'array' && kind !== 'object' && (kinds.has('string') || wildcard)) {
    const t = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v
    if (typeof t === 'string' && WHOLE_TEXT.test(t)) return t
    issues.push(overrideIssue(path, id, 'OVERRIDE_REASON_RUPIAH', {}, locale))
    return undefined
  }
  if (samples.length > 0 && !kinds.has(kind) && !wildcard) {
    issues.push(invalidTypeIssue(path, [...kinds][0]!, kind, locale))
    return undefined
  }
  const same = samples.filter((s) => kindOf(s) === kind)
  switch (kind) {
    case 'number': {
      const n = v as number
      const whole = same.every((s) => Number.isInteger(s))
      const positive = same.every((s) => (s as number) >= 0)
      if (!Number.isFinite(n) || (whole && !Number.isSafeInteger(n)) || (positive && n < 0))
        issues.push(overrideIssue(path, id, 'OVERRIDE_REASON_WHOLE', {}, locale))
      return n
    }
    case 'string': {
      const t = v as string
      const decimal = same.length > 0 && same.every((s) => DECIMAL_TEXT.test(s as string))
      // outside the rupiah keys a decimal text is read as an exact rate or percentage: at most six integer and
      // twelve decimal digits, as every value of the library's own tables (a longer one threw a TypeError)
      if (decimal && (!DECIMAL_TEXT.test(t) || tryParseRate(t) === undefined))
        issues.push(overrideIssue(path, id, 'OVERRIDE_REASON_DECIMAL', {}, locale))
      else if (t.length > 200) issues.push(makeIssue(path, 'STRING_TOO_LONG', { maximum: '200' }, locale))
      return t
    }
    case 'array': {
      const items = same.flatMap((s) => s as unknown[])
      return (v as unknown[]).map((x, i) =>
        items.length === 0
          ? checkShape(c, x, [null], [...path, i], rupiah)
          : checkShape(c, x, items, [...path, i], rupiah),
      )
    }
    case 'object': {
      const o = v as Record<string, unknown>
      const recs = same as Record<string, unknown>[]
      const known = new Set(recs.flatMap((r) => Object.keys(r)))
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(o)) {
        if (!known.has(k)) {
          issues.push(makeIssue([...path, k], 'UNKNOWN_KEY', { key: k }, locale))
          continue
        }
        const at = recs.filter((r) => Object.prototype.hasOwnProperty.call(r, k)).map((r) => r[k])
        out[k] = checkShape(c, o[k], at, [...path, k], rupiah || c.rupiahKeys.includes(k))
      }
      for (const k of known)
        if (
          recs.every((r) => Object.prototype.hasOwnProperty.call(r, k)) &&
          !Object.prototype.hasOwnProperty.call(o, k)
        )
          issues.push(makeIssue([...path, k], 'REQUIRED', {}, locale))
      return out
    }
    default:
      return v
  }
}

/** A `PARAMETER_OVERRIDE_INVALID` issue whose reason is written in each language. */
export function overrideIssue(
  path: Path,
  parameterId: string,
  reasonCode: string,
  params: MessageParams,
  locale: Locale,
): BpjsIssue {
  return makeIssueIn(
    path,
    'PARAMETER_OVERRIDE_INVALID',
    {
      id: { parameterId, reason: textOf(reasonCode, params, 'id') },
      en: { parameterId, reason: textOf(reasonCode, params, 'en') },
    },
    locale,
  )
}
