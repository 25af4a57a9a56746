import { inForceOf } from '../legal/dates.js'
import { defineParameter } from './coverage.js'
import type { ProgramRow } from './programs.js'
import type { Parameter } from './types.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_1_2025,
  legalSources.UU_20_2023,
  legalSources.DECISIONS,
  legalDecisions.L6,
)

/**
 * The programs of a part-time PPPK (PPPK paruh waktu, created by UU 20/2023), by program: decision L6. BPJS TK
 * branches keep them as participants with a state employer (PU) until a rule moves them, so JKK and JKM are
 * mandatory as for any non-ASN state employee; no source seen says whether JHT, JP and JKP apply to this
 * group, so they are `unknown` (never a guess). Not in force before UU 20/2023: the group did not exist.
 */
export const pppkPartTimePrograms = /* @__PURE__ */ defineParameter<ProgramRow>({
  id: 'eligibility.pppkPartTime.programs',
  unit: 'table',
  dateBasis: 'as-of-date',
  description: {
    id: 'Program BPJS Ketenagakerjaan bagi PPPK paruh waktu (UU 20/2023), per program',
    en: 'BPJS Ketenagakerjaan programs of a part-time PPPK (UU 20/2023), by program',
  },
  values: [
    {
      from: inForceOf('UU-20-2023'),
      value: { JKK: 'mandatory', JKM: 'mandatory', JHT: 'unknown', JP: 'unknown', JKP: 'unknown' },
      legal: [
        { source: 'UU-20-2023' },
        { source: 'PERMENAKER-1-2025', article: 'Pasal 3A' },
        { source: 'DECISIONS', article: 'L6' },
      ],
      confidence: 'low',
      lastVerifiedOn: '2026-12-05',
      checked:
        'The in-force date of UU 20/2023 (signed, promulgated and in force 2023-10-31, as two press reports of November 2023 quoting the Act state; the official text was not seen) was checked on 2026-12-05; the program answers follow decision L6: no regulation text on the social security of part-time PPPK was found.',
      note: 'JKK and JKM as for a non-ASN state employee (D18, Permenaker 1/2025 Pasal 3A); JHT, JP and JKP are not answered by any source seen (L6).',
    },
  ],
})

/** The parameters of this module, for the registry. */
export const pppkParameters: readonly Parameter[] = [pppkPartTimePrograms as Parameter]
