import { defineParameter } from './coverage.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.KUHPERDATA,
  legalSources.PP_44_2015,
  legalSources.PERMENAKER_44_2015,
  legalSources.PERMENAKER_4_2023,
)

/**
 * Who receives a death benefit (the heirs in the legal order) and the latest birth of a
 * posthumous child. Listed in `jkmParameters` (`jkm.ts`).
 */

const VERIFIED = '2026-11-24'

/** A group of heirs in the legal order. */
export interface HeirGroup {
  /** 1 = closest. */
  readonly rank: number
  /** Stable key of the group (`SPOUSE_OR_CHILD`…), reported as `group.code` by `determineHeirs`. */
  readonly key: string
  /** The family relations that belong to the group. */
  readonly relations: readonly string[]
}

/** The heirs order and what happens when there is no heir. */
export interface HeirsOrder {
  readonly groups: readonly HeirGroup[]
  /** With no heir at all: who receives the funeral cost, and where the lump sum and periodic benefit go. */
  readonly noHeir: { readonly funeral: 'funeral-arranger'; readonly lumpSum: 'DJS'; readonly periodic: 'DJS' }
}

const HEIRS_ORDER: HeirsOrder = {
  groups: [
    { rank: 1, key: 'SPOUSE_OR_CHILD', relations: ['spouse', 'child'] },
    { rank: 2, key: 'DIRECT_LINE_TO_SECOND_DEGREE', relations: ['parent', 'grandparent', 'grandchild'] },
    { rank: 3, key: 'SIBLING', relations: ['sibling'] },
    { rank: 4, key: 'PARENT_IN_LAW', relations: ['parent-in-law'] },
    { rank: 5, key: 'WILL', relations: ['will-beneficiary'] },
  ],
  noHeir: { funeral: 'funeral-arranger', lumpSum: 'DJS', periodic: 'DJS' },
}

/**
 * Heirs (ahli waris) in the legal order (PP 44/2015 as amended by PP 82/2019; Permenaker 4/2023 Pasal 57 ayat (4) for PMI): 1. widow, widower or child (one group);
 * 2. blood relatives in the direct line up or down to the second degree; 3. siblings; 4. parents-in-law;
 * 5. the person named in the participant's will. With none of them, the funeral cost goes to whoever
 * arranged the funeral and the lump sum and periodic benefit go to the DJS.
 */
export const heirsOrder = /* @__PURE__ */ defineParameter<HeirsOrder>({
  id: 'heirs.order',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Urutan ahli waris penerima manfaat JKK dan JKM',
    en: 'Order of the heirs who receive the JKK and JKM benefits',
  },
  values: [
    {
      from: '2015-07-01',
      value: HEIRS_ORDER,
      legal: [
        { source: 'PP-44-2015', article: 'Pasal 37 ayat (5)' },
        { source: 'PERMENAKER-44-2015', article: 'Pasal 19 ayat (2)' },
        { source: 'PERMENAKER-4-2023', article: 'Pasal 57 ayat (4)' },
      ],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      note: 'Verbatim on pasal.id. How the benefit is split inside a group is not set by these texts.',
    },
  ],
})

/**
 * The latest a child may be born after the participant's death and still be treated as the participant's
 * child: 10 months (the 300-day presumption of paternity of the civil code, rounded to months). A later
 * birth date is an input error.
 */
export const jkmPosthumousChildMaxMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkm.posthumousChildMaxMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Batas kelahiran anak setelah peserta meninggal dunia (bulan)',
    en: 'Latest birth of a child after the participant died (months)',
  },
  values: [
    {
      from: '2015-07-01',
      value: 10,
      legal: [{ source: 'KUHPERDATA', article: 'Pasal 255' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      note: "Input sanity rule of the library: KUH Perdata Pasal 255 presumes a child born within 300 days after the marriage ended to be the husband's. BPJS TK practice not seen.",
    },
  ],
})
