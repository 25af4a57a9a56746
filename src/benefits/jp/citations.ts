import { citeSources } from '../../legal/cited.js'
import * as legalDecisions from '../../legal/decisions.js'
import * as legalSources from '../../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PP_45_2015,
  legalSources.PERMENAKER_29_2015,
  legalSources.DECISIONS,
  legalDecisions.D24,
  legalDecisions.D26,
)
// The articles the JP pension rules cite, once for the JP files (PP 45/2015 on the pension programme,
// Permenaker 29/2015 on its procedure, and the library's decisions D24 and D26).
export const P15 = { source: 'PP-45-2015', article: 'Pasal 15' } as const
export const P17 = { source: 'PP-45-2015', article: 'Pasal 17' } as const
export const P18 = { source: 'PP-45-2015', article: 'Pasal 18' } as const
export const P19 = { source: 'PP-45-2015', article: 'Pasal 19' } as const
export const P20 = { source: 'PP-45-2015', article: 'Pasal 20' } as const
export const PM26 = { source: 'PERMENAKER-29-2015', article: 'Pasal 26' } as const
export const D24 = { source: 'DECISIONS', article: 'D24' } as const
export const D26 = { source: 'DECISIONS', article: 'D26' } as const
