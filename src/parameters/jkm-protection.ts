import { defineParameter } from './coverage.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERDIR_BPJSTK_22_2022,
  legalSources.BPJSTK_ART_18877,
  legalSources.DECISIONS,
  legalDecisions.D10,
  legalDecisions.D11,
)

/**
 * When a death is covered and who pays first: the BPU grace period after the last paid month (decisions D11)
 * and the employer arrears up to which BPJS TK pays the JKM first (decisions D10). Listed in `jkmParameters`
 * (`jkm.ts`).
 */

const VERIFIED = '2026-11-24'

const ART_18877 = { source: 'BPJSTK-ART-18877' } as const

/**
 * Decisions D11: a BPU death (or accident) is covered only if its month is paid (`paidThrough` ≥ the month
 * − this grace). No grace period: 0 months. Read by both death benefits and by `checkJkmClaim`.
 */
export const jkmBpuGraceMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkm.protection.bpuGraceMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Masa tenggang perlindungan BPU setelah bulan iuran terakhir yang dibayar',
    en: 'BPU grace period of protection after the last paid month',
  },
  values: [
    {
      from: '2015-07-01',
      value: 0,
      legal: [{ source: 'DECISIONS', article: 'D11' }, { source: 'PERDIR-BPJSTK-22-2022' }, ART_18877],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'No rule on a grace period was found: a library decision (D11), not an article.',
      note: 'No grace period is known. BPJS TK article 18877: JKM only "dalam masa aktif". The 6-month post-employment cover of PP 14/1993 was reportedly dropped by PP 44/2015 (secondary, low). Was also eligibility.jkm.graceMonths (low).',
    },
  ],
})

/**
 * Decisions D10: when the employer is in arrears the JKM is still due; BPJS TK pays first when the arrears
 * are at most this many months, the employer (reimbursed later) when more.
 */
export const jkmArrearsBpjsPaysFirstMaxMonths = /* @__PURE__ */ defineParameter<number>({
  id: 'jkm.employerArrears.bpjsPaysFirstMaxMonths',
  unit: 'months',
  dateBasis: 'event-date',
  description: {
    id: 'Tunggakan iuran pemberi kerja paling lama agar BPJS TK membayar lebih dulu (JKM)',
    en: 'Longest employer arrears for which BPJS TK pays the JKM first',
  },
  values: [
    {
      from: '2015-07-01',
      value: 3,
      legal: [{ source: 'DECISIONS', article: 'D10' }],
      confidence: 'low',
      lastVerifiedOn: VERIFIED,
      noArticle: 'No JKM text was found; the JKK rule is applied by analogy (D10).',
      note: 'By analogy with the JKK rule (library decision D10); no JKM-specific text found.',
    },
  ],
})
