/**
 * A short, safe text of any value for an error message. Never throws, even for hostile objects (a
 * `toString` that is not a function, a throwing getter, a revoked proxy).
 */
export function showValue(v: unknown, max = 40): string {
  let text: string
  try {
    // a genuine Date is shown by its instant (never "[object Date]"); the check reads no method of the object
    const time = dateTime(v)
    if (time !== undefined) {
      text = Number.isNaN(time) ? 'Date(Invalid Date)' : `Date(${Date.prototype.toISOString.call(v)})`
      return text
    }
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

/**
 * The time of a genuine `Date` object, read with the built-in method whatever the object overrides, or
 * `undefined` for anything else (including `Object.create(Date.prototype)` and a Proxy of a Date).
 */
export function dateTime(v: unknown): number | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  try {
    return Date.prototype.getTime.call(v)
  } catch {
    return undefined
  }
}
