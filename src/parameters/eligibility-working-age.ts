import type { Citation } from '../legal/types.js'
import { defineParameter } from './coverage.js'
import { citeSources } from '../legal/cited.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.UU_13_2003)

/**
 * The working ages of UU 13/2003 (Manpower Act): the adult age, the light-work exception for children and the
 * youngest age for work within an education or training curriculum. Listed in `eligibilityParameters`
 * (`eligibility.ts`).
 */

const VERIFIED = '2026-11-24'

const UU13 = (article: string): Citation => ({ source: 'UU-13-2003', article })
const UU13_NOTE =
  'Pasal 1 angka 26 (anak: under 18) and Pasal 68 (employers may not employ children) read in secondary texts; Pasal 69 ayat (2)–(3) and Pasal 70 read in a validated transcription of the Act. Not amended by UU 11/2020 in the sources seen.'

/** The age from which a person may be employed without the child-labour restrictions (UU 13/2003 Pasal 68, Pasal 1 angka 26). */
export const adultWorkingAge = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.workingAge.adult',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: {
    id: 'Usia sejak seseorang bukan lagi anak dan boleh dipekerjakan tanpa pembatasan pekerja anak',
    en: 'Age from which a person is no longer a child and may be employed without child-labour restrictions',
  },
  values: [
    {
      from: '2015-07-01',
      value: 18,
      legal: [UU13('Pasal 1 angka 26'), UU13('Pasal 68')],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: UU13_NOTE,
    },
  ],
})

/** Youngest age for light work (UU 13/2003 Pasal 69 ayat (1): "berumur antara 13 sampai dengan 15 tahun"). */
export const lightWorkMinAge = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.workingAge.lightWorkMin',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: {
    id: 'Usia terendah untuk pekerjaan ringan bagi anak',
    en: 'Youngest age for light work by a child',
  },
  values: [
    {
      from: '2015-07-01',
      value: 13,
      legal: [UU13('Pasal 69 ayat (1)')],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: UU13_NOTE,
    },
  ],
})

/** Oldest age (inclusive) of the light-work exception (UU 13/2003 Pasal 69 ayat (1)). */
export const lightWorkMaxAge = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.workingAge.lightWorkMax',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: {
    id: 'Usia tertinggi untuk pengecualian pekerjaan ringan bagi anak',
    en: 'Oldest age of the light-work exception for children',
  },
  values: [
    {
      from: '2015-07-01',
      value: 15,
      legal: [UU13('Pasal 69 ayat (1)')],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: UU13_NOTE,
    },
  ],
})

/** Youngest age for work that is part of an approved education or training curriculum (UU 13/2003 Pasal 70 ayat (2)). */
export const curriculumWorkMinAge = /* @__PURE__ */ defineParameter<number>({
  id: 'eligibility.workingAge.curriculumMin',
  unit: 'age',
  dateBasis: 'as-of-date',
  description: {
    id: 'Usia terendah untuk pekerjaan yang menjadi bagian kurikulum pendidikan atau pelatihan',
    en: 'Youngest age for work that is part of an education or training curriculum',
  },
  values: [
    {
      from: '2015-07-01',
      value: 14,
      legal: [UU13('Pasal 70 ayat (2)')],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      note: UU13_NOTE,
    },
  ],
})
