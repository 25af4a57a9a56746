// How the app reads what people type, before the library sees it. A minimal reader, kept in this one file
// until the shared people-input reader (doors/) lands; then this file is replaced by imports from it.
// What it cannot read it passes on as typed, so that the library's own message explains what is wrong.
import { parseRupiah } from 'bpjs-ketenagakerjaan'

/** Trimmed text, or undefined when empty (the library, not the app, says whether a field is required). */
export function readText(raw: string): string | undefined {
  const v = raw.trim()
  return v === '' ? undefined : v
}

/**
 * An amount of money as people write it: `5000000`, `5.000.000`, `Rp 5.000.000,00`, `Rp5.000.000,-`.
 * Returns the plain decimal string the library takes, or the text as typed when it is not an amount.
 */
export function readAmount(raw: string): string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  try {
    return parseRupiah(v)
  } catch {
    return v
  }
}

/** A whole number: `1000`, `1.000` (Indonesian thousands), `1 000`. Anything else is passed on as typed. */
export function readInt(raw: string): number | string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  const digits = v.replace(/[ .\u00a0]/g, '')
  if (/^-?\d+$/.test(digits) && (v === digits || /^-?\d{1,3}([ .\u00a0]\d{3})+$/.test(v)))
    return Number(digits)
  return v
}

/**
 * A yearly rate: `0,0035`, `0.0035`, `0,35%` or `0.35 %` → the decimal string `'0.0035'` (the point moved
 * in the text, no float). Anything else is passed on as typed.
 */
export function readRate(raw: string): string | undefined {
  const v = readText(raw)
  if (v === undefined) return undefined
  const m = /^(\d+)(?:[.,](\d+))?\s*(%)?$/.exec(v)
  if (m === null) return v
  const [, int = '0', frac = '', pct] = m
  if (pct === undefined) return frac === '' ? int : `${int}.${frac}`
  const digits = `${int.padStart(3, '0')}${frac}` // move the point two places left
  const whole = digits.slice(0, -2 - frac.length) || '0'
  const rest = digits.slice(-2 - frac.length).replace(/0+$/, '')
  return rest === '' ? String(Number(whole)) : `${String(Number(whole))}.${rest}`
}

/** A yes / no / unknown select: `'yes'` → true, `'no'` → false, anything else → undefined. */
export function readTriState(raw: string): boolean | undefined {
  return raw === 'yes' ? true : raw === 'no' ? false : undefined
}
