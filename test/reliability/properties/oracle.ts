/**
 * An independent exact-arithmetic oracle for the property tests: decimal strings as BigInt fractions,
 * products, and the three rounding modes of decisions D12, written from their definitions.
 */

/** A decimal as `n / 10^scale`. */
export interface Dec {
  readonly n: bigint
  readonly scale: number
}

/** Parses a plain decimal (`'0.0024'`, `'4000000.55'`, or a number whose `String` is plain). */
export function dec(v: string | number): Dec {
  const text = typeof v === 'number' ? String(v) : v
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (m === null) throw new Error(`oracle: not a plain decimal: ${text}`)
  const frac = m[3] ?? ''
  const n = BigInt(`${m[2]}${frac}`)
  return { n: m[1] === '-' ? -n : n, scale: frac.length }
}

/** The exact product. */
export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, scale: a.scale + b.scale }
}

/** The exact sum. */
export function add(a: Dec, b: Dec): Dec {
  const s = Math.max(a.scale, b.scale)
  return { n: a.n * 10n ** BigInt(s - a.scale) + b.n * 10n ** BigInt(s - b.scale), scale: s }
}

/** Rounds a non-negative decimal to an integer: half-up (ties away from zero), half-even, or down. */
export function round(d: Dec, mode: 'half-up' | 'half-even' | 'down'): bigint {
  if (d.n < 0n) throw new Error('oracle: negative amounts are not rounded here')
  const unit = 10n ** BigInt(d.scale)
  const q = d.n / unit
  const r = d.n % unit
  if (mode === 'down' || r === 0n) return q
  const twice = 2n * r
  if (twice > unit) return q + 1n
  if (twice < unit) return q
  return mode === 'half-up' ? q + 1n : q % 2n === 0n ? q : q + 1n
}

/** `min(a, b)` of two decimals. */
export function min(a: Dec, b: Dec): Dec {
  const s = Math.max(a.scale, b.scale)
  const an = a.n * 10n ** BigInt(s - a.scale)
  const bn = b.n * 10n ** BigInt(s - b.scale)
  return an <= bn ? a : b
}

/** Compares two decimals (−1, 0, 1). */
export function cmp(a: Dec, b: Dec): number {
  const s = Math.max(a.scale, b.scale)
  const an = a.n * 10n ** BigInt(s - a.scale)
  const bn = b.n * 10n ** BigInt(s - b.scale)
  return an < bn ? -1 : an > bn ? 1 : 0
}

/** A decimal as a plain string without trailing zeros (`'4800.00066'`). */
export function text(d: Dec): string {
  const neg = d.n < 0n
  const digits = (neg ? -d.n : d.n).toString().padStart(d.scale + 1, '0')
  const int = digits.slice(0, digits.length - d.scale)
  const frac = d.scale === 0 ? '' : digits.slice(digits.length - d.scale).replace(/0+$/, '')
  return `${neg ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`
}
