/**
 * Domain words shared by every area (contributions, benefits, eligibility, programs): the participant
 * categories, the programs and the enterprise sizes. Each is defined here once; the areas import them.
 *
 * @module
 */

/** The participant categories, in the order the law lists them. */
export const CATEGORIES = /* @__PURE__ */ Object.freeze(['PU', 'BPU', 'JAKON', 'PMI'] as const)

/**
 * A category of participant: wage earner (PU), non-wage / informal (BPU), construction project (JAKON),
 * migrant worker (PMI).
 *
 * @example
 * ```ts
 * const category: Category = 'BPU'
 * ```
 */
export type Category = (typeof CATEGORIES)[number]

/** The programs of BPJS Ketenagakerjaan, in the order the law lists them. */
export const PROGRAMS = /* @__PURE__ */ Object.freeze(['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const)

/**
 * A program of BPJS Ketenagakerjaan: work accident (JKK), death (JKM), old-age savings (JHT), pension (JP),
 * job loss (JKP).
 *
 * @example
 * ```ts
 * const programs: Program[] = ['JKK', 'JKM', 'JHT']
 * ```
 */
export type Program = (typeof PROGRAMS)[number]

/** The enterprise sizes, smallest first. */
export const ENTERPRISE_SIZES = /* @__PURE__ */ Object.freeze(['micro', 'small', 'medium', 'large'] as const)

/**
 * Size of the employer, which decides the PU programs the law makes mandatory (micro/small: JKK, JKM,
 * JHT; medium/large: also JP). Perpres 109/2013 phasing; PP 37/2021 Pasal 4 as amended.
 *
 * @example
 * ```ts
 * const size: EnterpriseSize = 'small'
 * ```
 */
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number]

/** The JKK risk classes of a PU employer (PP 44/2015 Lampiran I), lowest risk first. */
export const RISK_CLASSES = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5] as const)

/** The yes/no facts a PU contribution input may give (each optional). */
export const PU_FLAGS = /* @__PURE__ */ Object.freeze([
  'jkpRegistered',
  'jkkDiscountEligible',
  'covidRelief',
  'jpDeferral',
] as const)

/** Who pays a BPU participant's contributions: the participant, the state or a regional budget, another party. */
export const BPU_PAYERS = /* @__PURE__ */ Object.freeze(['self', 'apbd', 'apbn', 'other'] as const)

/** The sectors a BPU discount window tells apart (PP 50/2025: transport workers). */
export const BPU_SECTORS = /* @__PURE__ */ Object.freeze(['transport', 'other'] as const)

/** The payers of a coverage program (a government budget or another party; never the worker). */
export const PROGRAM_PAYERS = /* @__PURE__ */ Object.freeze(['apbd', 'apbn', 'other'] as const)

/** The phases of a migrant worker's (PMI) protection: before, during and after the work abroad. */
export const PMI_PHASES = /* @__PURE__ */ Object.freeze(['before', 'during', 'after'] as const)

/** The causes of a death the death benefits tell apart (JKM: natural; JKK: the two others). */
export const DEATH_CAUSES = /* @__PURE__ */ Object.freeze([
  'natural',
  'work-accident',
  'occupational-disease',
] as const)

/** Nationality in an eligibility input: Indonesian citizen (WNI) or foreign national (WNA). */
export const NATIONALITIES = /* @__PURE__ */ Object.freeze(['WNI', 'WNA'] as const)

/** The school levels of the scholarship, lowest first: TK, SD, SMP, SMA, PT (higher education or training). */
export const SCHOOL_LEVELS = /* @__PURE__ */ Object.freeze(['TK', 'SD', 'SMP', 'SMA', 'PT'] as const)

/** A school level of the scholarship. */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number]

/**
 * An enumeration as message text: `listText(['a', 'b', 'c'], 'or')` is `'a, b or c'` (`quote`: each item in
 * double quotes). Messages that list the values of an enumeration build the list from it, never by hand.
 */
export function listText(items: readonly (string | number)[], conjunction: string, quote = false): string {
  const q = items.map((i) => (quote ? `"${i}"` : String(i)))
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} ${conjunction} ${q[q.length - 1]!}`
}
