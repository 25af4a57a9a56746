import type { LegalSource } from './types.js'
import {
  UU_40_2004,
  UU_24_2011,
  UU_13_2003,
  UU_11_2020,
  UU_6_2023,
  KUHPERDATA,
  PP_44_2015,
  PP_45_2015,
  PP_46_2015,
  PP_60_2015,
  PP_70_2015,
  PP_66_2017,
  PP_102_2015,
  PP_54_2020,
  PP_82_2019,
  PP_49_2020,
  PP_37_2021,
  PP_49_2023,
  PP_6_2025,
  PP_7_2025,
  PP_36_2025,
  PP_50_2025,
  INPRES_2_2021,
  KEPPRES_22_1993,
  PERPRES_7_2019,
  UU_20_2023,
  PP_68_2009,
} from './sources-laws.js'
import {
  PERMENAKER_26_2015,
  PERMENAKER_29_2015,
  PERMENAKER_44_2015,
  PERMENAKER_1_2016,
  PERMENAKER_21_2017,
  PERMENAKER_7_2017,
  PERMENAKER_18_2018,
  PERMENAKER_5_2021,
  PERMENAKER_4_2023,
  PERMENAKER_1_2025,
  PERMENAKER_19_2015,
  PERMENAKER_4_2022,
  PERMENAKER_15_2021,
  PMK_148_2021,
  PMK_26_2025,
} from './sources-ministerial.js'
import {
  PERDIR_BPJSTK_22_2022,
  BPJSTK_B_1397_022018,
  BPJSTK_B_1328_022020,
  BPJSTK_B_0246_022021,
  BPJSTK_B_77_022023,
  BPJSTK_B_1387_022024,
  BPJSTK_B_726_022025,
  BPJSTK_B_1226_022026,
  BPJSTK_ART_18877,
  BPJSTK_ART_18896,
  BPJSTK_ART_18913,
  BPS_PDB,
  DECISIONS,
} from './sources-other.js'

export * from './sources-laws.js'
export * from './sources-ministerial.js'
export * from './sources-other.js'

/*
 * Each source is its own constant, so that a bundle keeps the sources its modules cite (`citeSources`, src/legal/cited.ts)
 * and drops the others; the registry (SOURCES, SOURCE_LIST, getSource) lists them all. The constants live by
 * kind of instrument, re-exported here: sources-laws.ts (UU, PP, Inpres, the Civil Code), sources-ministerial.ts
 * (Permenaker, PMK) and sources-other.ts (BPJS rules, letters and articles, BPS, the library's decisions).
 */

/**
 * Every regulation the library rests on, in the order of the master timeline, plus the other sources
 * parameters cite (BPJS letters for the JP wage cap, BPS releases, the library's own decisions).
 */
const LIST: readonly LegalSource[] = [
  UU_40_2004,
  UU_24_2011,
  UU_13_2003,
  UU_11_2020,
  UU_6_2023,
  KUHPERDATA,
  PP_44_2015,
  PP_45_2015,
  PP_46_2015,
  PP_60_2015,
  PP_70_2015,
  PP_66_2017,
  PP_102_2015,
  PP_54_2020,
  PP_82_2019,
  PP_49_2020,
  PP_37_2021,
  PP_49_2023,
  PP_6_2025,
  PP_7_2025,
  PP_36_2025,
  PP_50_2025,
  KEPPRES_22_1993,
  PERPRES_7_2019,
  INPRES_2_2021,
  PERMENAKER_26_2015,
  PERMENAKER_29_2015,
  PERMENAKER_44_2015,
  PERMENAKER_1_2016,
  PERMENAKER_21_2017,
  PERMENAKER_7_2017,
  PERMENAKER_18_2018,
  PERMENAKER_5_2021,
  PERMENAKER_4_2023,
  PERMENAKER_1_2025,
  PERDIR_BPJSTK_22_2022,
  BPJSTK_B_1397_022018,
  BPJSTK_B_1328_022020,
  BPJSTK_B_0246_022021,
  BPJSTK_B_77_022023,
  BPJSTK_B_1387_022024,
  BPJSTK_B_726_022025,
  BPJSTK_B_1226_022026,
  BPJSTK_ART_18877,
  BPJSTK_ART_18896,
  BPJSTK_ART_18913,
  BPS_PDB,
  UU_20_2023,
  PERMENAKER_19_2015,
  PERMENAKER_4_2022,
  PP_68_2009,
  PERMENAKER_15_2021,
  PMK_148_2021,
  PMK_26_2025,
  DECISIONS,
]

/** The source registry, by id. */
export const SOURCES: Readonly<Record<string, LegalSource>> = /* @__PURE__ */ byId(LIST)

/** Every source, in the order of the master timeline. */
export const SOURCE_LIST: readonly LegalSource[] = /* @__PURE__ */ inOrder(LIST, SOURCES)

// functions, so that a bundle citing a few sources can drop the registry built here (calls marked pure)
function byId(list: readonly LegalSource[]): Readonly<Record<string, LegalSource>> {
  return Object.freeze(Object.fromEntries(list.map((s) => [s.id, Object.freeze(s)])))
}

function inOrder(
  list: readonly LegalSource[],
  byIds: Readonly<Record<string, LegalSource>>,
): readonly LegalSource[] {
  return Object.freeze(list.map((s) => byIds[s.id] as LegalSource))
}

/**
 * A source by id, or `undefined`.
 *
 * @example
 * ```ts
 * getSource('PP-82-2019')?.inForce //=> '2019-12-02'
 * getSource('PP-99-2099') //=> undefined
 * ```
 */
export function getSource(id: string): LegalSource | undefined {
  return Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined
}
