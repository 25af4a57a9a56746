import { defineParameter } from './coverage.js'
import { PMI_4_2023_FIRST_DAY, PP44_LAST_DAY, PP82_FIRST_DAY } from './jkm.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_44_2015,
  legalSources.PP_82_2019,
  legalSources.PERMENAKER_4_2023,
  legalSources.BPJSTK_ART_18877,
  legalSources.BPJSTK_ART_18896,
  legalSources.DECISIONS,
  legalDecisions.D4,
  legalDecisions.D5,
)

/**
 * The minimum contribution period of the scholarship, for a JKM death, a JKK death and a PMI by phase.
 * Listed in `scholarshipParameters` (`scholarship.ts`).
 */

const VERIFIED = '2026-11-24'
const PP44 = { source: 'PP-44-2015' } as const
const PP82 = { source: 'PP-82-2019' } as const
const D5 = { source: 'DECISIONS', article: 'D5' } as const
const ART_18877 = { source: 'BPJSTK-ART-18877' } as const

/**
 * JKM scholarship: the participant must have paid contributions for at least 5 years (PP 44/2015) or 3 years
 * (PP 82/2019), compared with the contribution months as years × 12. Read by `calculateJkmBenefit` and by
 * `checkScholarshipEligibility` for a death not caused by work.
 */
export const scholarshipJkmMinYears = /* @__PURE__ */ defineParameter<number>({
  id: 'scholarship.jkm.minContributionYears',
  unit: 'years',
  dateBasis: 'event-date',
  description: {
    id: 'Masa iur minimal untuk beasiswa JKM (tahun)',
    en: 'Minimum contribution period for the JKM scholarship (years)',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 5,
      legal: [{ source: 'PP-44-2015', article: 'Pasal 34' }, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: '"masa iur paling singkat 5 tahun" (secondary summary of PP 44/2015); a 2015 press report "minimal 5 tahun"; high. Was also eligibility.scholarship.minContributionMonths (60 months, medium).',
    },
    {
      from: PP82_FIRST_DAY,
      value: 3,
      legal: [{ source: 'PP-82-2019', article: 'Pasal 34' }, ART_18877, D5],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      checked:
        'Article: Pasal 34 of PP 44/2015 is the JKM benefit article (amended by PP 82/2019), as the 2026 legal audit of this library names it; the amount was checked on 2026-11-24 against the cited sources, the text of Pasal 34 itself was not reread. A search on 2026-12-05 of stored public pages, documentation and code found no copy of the article: only the opening of PP 44/2015 (https://pdf4pro.com/view/peraturan-pemerintah-republik-indonesia-3b644a.html, which does not reach Pasal 34) and press reports of the PP 82/2019 amounts that name no article: the article number stays unconfirmed.',
      note: 'Three years (high: BPJS TK article 18877 and secondary guides); start date medium-high (D5), hence medium. Was also eligibility.scholarship.minContributionMonths (36 months, medium).',
    },
  ],
})

/**
 * JKK scholarship: no minimum contribution period in either regime. Read by `calculateJkkDeathBenefit` and
 * by `checkScholarshipEligibility` for a death from a work accident or occupational disease.
 */
export const scholarshipJkkMinYears = /* @__PURE__ */ defineParameter<number>({
  id: 'scholarship.jkk.minContributionYears',
  unit: 'years',
  dateBasis: 'event-date',
  description: {
    id: 'Masa iur minimal untuk beasiswa JKK (tahun)',
    en: 'Minimum contribution period for the JKK scholarship (years)',
  },
  values: [
    {
      from: '2015-07-01',
      to: PP44_LAST_DAY,
      value: 0,
      legal: [PP44],
      confidence: 'medium',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'No minimum is reported for the PP 44/2015 JKK scholarship; no article sets one in the texts seen.',
      note: 'No minimum is reported for the PP 44/2015 JKK scholarship (none is listed; the 5 years are tied to a death that is not a work accident), but no text says so: medium (as eligibility.scholarship.minContributionMonthsWorkAccident had it).',
    },
    {
      from: PP82_FIRST_DAY,
      value: 0,
      legal: [PP82, D5],
      confidence: 'high',
      lastVerifiedOn: VERIFIED,
      noArticle:
        'Sources state there is no membership requirement for a work-accident scholarship; the article was not seen.',
      note: '"jika … akibat kecelakaan kerja, tidak ada persyaratan kepesertaan" (secondary guides, 2024), high. The value is 0 on both sides of the D5 date, so the date does not lower it. Was also eligibility.scholarship.minContributionMonthsWorkAccident.',
    },
  ],
})

/**
 * Minimum contribution years for a PMI death, by phase: a number of years, or `'standard'` for the minimum
 * of the standard JKM scholarship (`scholarship.jkm.minContributionYears`), which is not repeated here.
 */
export interface PmiMinYears {
  readonly before: number | 'standard'
  readonly during: number | 'standard'
  readonly after: number | 'standard'
}

/**
 * PMI scholarship (Permenaker 4/2023): no minimum contribution period for a death during work (paid cases of
 * PMI registered for one contract, e.g. Buleleng and Manado 2025); before or after work the standard JKM
 * minimum (`'standard'`: {@link scholarshipJkmMinYears}, 3 years; decisions D4: "the standard PP 82/2019
 * JKM").
 */
export const scholarshipPmiMinYears = /* @__PURE__ */ defineParameter<PmiMinYears>({
  id: 'scholarship.pmi.minContributionYears',
  unit: 'table',
  dateBasis: 'event-date',
  description: {
    id: 'Masa iur minimal untuk beasiswa anak PMI (tahun, per fase)',
    en: 'Minimum contribution period for a PMI child’s scholarship (years, by phase)',
  },
  values: [
    {
      from: PMI_4_2023_FIRST_DAY,
      value: { before: 'standard', during: 0, after: 'standard' },
      legal: [
        { source: 'PERMENAKER-4-2023' },
        { source: 'BPJSTK-ART-18896' },
        { source: 'DECISIONS', article: 'D4' },
      ],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'The Permenaker 4/2023 article was not seen (see the note).',
      note: 'The Permenaker 4/2023 article was not seen; "during: 0" is inferred from paid cases of newly registered PMI. Before/after work refer to scholarship.jkm.minContributionYears (the figure was repeated here as 3 until 2026-11).',
    },
  ],
})
