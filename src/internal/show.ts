/**
 * A short, safe text of any value for an error message. Never throws, even for hostile objects (a
 * `toString` that is not a function, a throwing getter, a revoked proxy).
 */
export function showValue(v: unknown, max = 40): string {
  let text: string
  try {
    text =
      typeof v === 'string'
        ? v
        : typeof v === 'object' && v !== null
          ? Object.prototype.toString.call(v)
          : String(v)
  } catch {
    text = typeof v
  }
  return text.length > max ? `${text.slice(0, max)}…` : text
}
