import type { Catalogue } from './types.js'

/**
 * Merges the catalogues of several areas (of one locale). A code defined in two areas would silently keep
 * the last text, so it is refused: the merge throws an `Error` naming the code and both areas. Areas that
 * need the same message (e.g. eligibility's JKM claim check and the JKM benefit, `WORK_ACCIDENT_USE_JKK`)
 * use the one code of the area that defines it.
 */
export function mergeCatalogues(areas: Readonly<Record<string, Catalogue>>): Catalogue {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  const owner: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [area, messages] of Object.entries(areas))
    for (const [code, text] of Object.entries(messages)) {
      const first = owner[code]
      if (first !== undefined)
        throw new Error(`Message code ${code} is defined in two areas: ${first} and ${area}.`)
      owner[code] = area
      out[code] = text
    }
  return Object.freeze(out)
}
