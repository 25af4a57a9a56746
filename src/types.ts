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
