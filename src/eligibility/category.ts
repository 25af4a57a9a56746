import type { Citation } from '../legal/types.js'
import {
  asnScheme,
  foreignWorkerMinMonths,
  stateNonAsnBasis,
  tniPolriScheme,
} from '../parameters/eligibility.js'
import { pppkPartTimePrograms } from '../parameters/pppk.js'
import { PROGRAM_CODES, type ProgramRow } from '../parameters/programs.js'
import type { Category, EnterpriseSize, Program } from '../types.js'
import type { Env } from './env.js'
import { programAnswer } from './program-answers.js'
import { mergeLegal, reason } from './shared.js'
import type { Reason, Segment } from './types.js'
import type { Facts, Leaf, ProgramAnswer } from './worlds.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.UU_24_2011,
  legalSources.PP_44_2015,
  legalSources.PP_49_2023,
  legalSources.PP_50_2025,
  legalSources.INPRES_2_2021,
  legalSources.PERMENAKER_44_2015,
  legalSources.PERMENAKER_7_2017,
  legalSources.PERMENAKER_18_2018,
  legalSources.PERMENAKER_5_2021,
  legalSources.PERMENAKER_4_2023,
  legalSources.PERMENAKER_1_2025,
  legalSources.UU_20_2023,
  legalSources.DECISIONS,
  legalDecisions.D18,
  legalDecisions.L6,
)

useMessages(eligibilityMessages)

/** The category of each row of the program matrix (PP 44/2015 Pasal 5 as amended by PP 49/2023). */
const CATEGORY_OF: Readonly<Record<Segment, Category>> = {
  PU_micro: 'PU',
  PU_small: 'PU',
  PU_medium: 'PU',
  PU_large: 'PU',
  PU_STATE: 'PU',
  BPU: 'BPU',
  JAKON: 'JAKON',
  PMI: 'PMI',
  INTERN: 'BPU',
}

function allPrograms(f: (p: Program) => ProgramAnswer): Record<Program, ProgramAnswer> {
  return Object.fromEntries(PROGRAM_CODES.map((p) => [p, f(p)])) as Record<Program, ProgramAnswer>
}

function outside(env: Env, corps: 'asn' | 'tni' | 'polri'): Leaf {
  const scheme = env.read(corps === 'asn' ? asnScheme : tniPolriScheme)
  const label = env.ctx.t(`ELIG_CORPS_${corps}`)
  const r = reason(
    env.ctx,
    corps === 'asn' ? 'ELIG_CAT_ASN' : 'ELIG_CAT_TNI_POLRI',
    { corps: label, administrator: scheme.value },
    scheme.legal,
  )
  return {
    category: null,
    categoryStatus: 'outside-bpjs-tk',
    segment: null,
    reasons: [r],
    programs: allPrograms((p) => ({
      status: 'unavailable',
      reasons: [
        reason(env.ctx, 'ELIG_PROG_OUTSIDE', { program: p, administrator: scheme.value }, scheme.legal),
      ],
      missing: [],
    })),
  }
}

function notParticipant(env: Env, reasons: readonly Reason[]): Leaf {
  return {
    category: null,
    categoryStatus: 'not-a-participant',
    segment: null,
    reasons,
    programs: allPrograms((p) => ({
      status: 'unavailable',
      reasons: [
        reason(
          env.ctx,
          'ELIG_PROG_NOT_PARTICIPANT',
          { program: p },
          mergeLegal(...reasons.map((r) => r.legal)),
        ),
      ],
      missing: [],
    })),
  }
}

function unknownCategory(env: Env, reasons: readonly Reason[]): Leaf {
  return {
    category: null,
    categoryStatus: 'unknown',
    segment: null,
    reasons,
    programs: allPrograms(() => ({ status: 'unknown', reasons, missing: [] })),
  }
}

function payerReasons(env: Env): Reason[] {
  const payer = env.input.payer
  if (payer !== 'apbd' && payer !== 'apbn') return []
  return [
    reason(env.ctx, 'ELIG_GOVERNMENT_FUNDED', { payer: env.ctx.t(`ELIG_PAYER_${payer}`) }, [
      { source: 'INPRES-2-2021' },
      { source: 'PP-50-2025' },
    ]),
  ]
}

/** A world in which the person belongs to the matrix row `segment`. */
function inSegment(env: Env, facts: Facts, segment: Segment, catReasons: readonly Reason[]): Leaf {
  const m = env.matrix.value
  const row: ProgramRow =
    segment === 'PU_STATE'
      ? m.PU_STATE
      : segment.startsWith('PU_')
        ? m.PU[segment.slice(3) as EnterpriseSize]
        : m[segment as 'BPU' | 'JAKON' | 'PMI' | 'INTERN']
  const label = env.ctx.t(`ELIG_SEGMENT_${segment}`)
  if (PROGRAM_CODES.every((p) => row[p] === 'unavailable'))
    return notParticipant(env, [
      ...catReasons,
      segment === 'PMI'
        ? reason(env.ctx, 'ELIG_SEGMENT_NOT_COVERED_PMI', {}, [{ source: 'PERMENAKER-7-2017' }])
        : reason(env.ctx, 'ELIG_SEGMENT_NOT_COVERED', { segment: label }, [...env.matrix.legal]),
    ])
  if (PROGRAM_CODES.every((p) => row[p] === 'unknown'))
    return unknownCategory(env, [
      ...catReasons,
      segment === 'INTERN'
        ? reason(env.ctx, 'ELIG_SEGMENT_UNSETTLED_INTERN', {}, [{ source: 'PERMENAKER-5-2021' }])
        : reason(env.ctx, 'ELIG_SEGMENT_UNSETTLED', { segment: label }, [...env.matrix.legal]),
    ])
  return {
    category: CATEGORY_OF[segment],
    categoryStatus: 'determined',
    segment,
    reasons: catReasons,
    programs: allPrograms((p) => programAnswer(env, facts, segment, row[p], p)),
  }
}

/** PU of a non-state employer: a foreigner only when working long enough in Indonesia. */
function puNonState(env: Env, facts: Facts, catReasons: readonly Reason[]): Leaf {
  const ctx = env.ctx
  let nat = facts.peek('nationality')
  if (nat === undefined && facts.peek('foreignMonthsOk') !== true) nat = facts.get('nationality')
  const reasons = [...catReasons]
  // nationality is left open only when the months are known to be enough (the minimum was read with them)
  if (nat === 'WNA') {
    const min = env.read(foreignWorkerMinMonths)
    if (!facts.get('foreignMonthsOk'))
      return notParticipant(env, [
        ...reasons,
        reason(ctx, 'ELIG_CAT_FOREIGNER_TOO_SHORT', { minMonths: min.value }, min.legal),
      ])
    reasons.push(reason(ctx, 'ELIG_CAT_PU_FOREIGNER', { minMonths: min.value }, min.legal))
  }
  const size = facts.get('enterpriseSize') as EnterpriseSize
  return inSegment(env, facts, `PU_${size}`, reasons)
}

const STATE_BASIS_CODES: Readonly<Record<string, string>> = {
  'UU-24-2011': 'ELIG_STATE_BASIS_UU_24_2011',
  'PP-49-2023': 'ELIG_STATE_BASIS_PP_49_2023',
  'PERMENAKER-1-2025': 'ELIG_STATE_BASIS_PERMENAKER_1_2025',
}

function puState(env: Env, facts: Facts, catReasons: readonly Reason[]): Leaf {
  const basis = env.read(stateNonAsnBasis)
  const code = STATE_BASIS_CODES[basis.value] ?? 'ELIG_STATE_BASIS'
  return inSegment(env, facts, 'PU_STATE', [
    ...catReasons,
    reason(env.ctx, code, { basis: basis.value }, basis.legal),
  ])
}

/**
 * A part-time PPPK (UU 20/2023), decision L6: PU with a state employer for the programs the sources support
 * (`eligibility.pppkPartTime.programs`), `unknown` for the others, each with the reasons and articles of L6.
 * Before UU 20/2023 the group did not exist: the category is `unknown` (the person was then non-ASN staff).
 */
function pppkPartTime(env: Env): Leaf {
  const ctx = env.ctx
  const row = ctx.readOptional(pppkPartTimePrograms, env.asOf)
  if (row === undefined)
    return unknownCategory(env, [
      reason(ctx, 'ELIG_PPPK_PART_TIME_BEFORE_LAW', { from: pppkPartTimePrograms.values[0]!.from }, [
        { source: 'UU-20-2023' },
        { source: 'DECISIONS', article: 'L6' },
      ]),
    ])
  if (!env.used.some((u) => u.id === row.id)) env.used.push(row)
  const legal = row.legal
  return {
    category: 'PU',
    categoryStatus: 'determined',
    segment: 'PU_STATE',
    reasons: [reason(ctx, 'ELIG_CAT_PPPK_PART_TIME', {}, legal)],
    programs: allPrograms((p) => {
      const s = row.value[p]
      if (s === 'unknown')
        return {
          status: 'unknown',
          reasons: [reason(ctx, 'ELIG_PPPK_PART_TIME_UNSETTLED', { program: p }, legal)],
          missing: [],
        }
      return {
        status: s === 'conditional' ? 'unknown' : s,
        reasons: [
          reason(
            ctx,
            'ELIG_PPPK_PART_TIME_PROGRAM',
            { program: p, status: ctx.t(`ELIG_STATUS_${s}`) },
            legal,
          ),
        ],
        missing: [],
      }
    }),
  }
}

/** The category and program answers of one world in which every fact is known or assumed. */
export function evaluateWorld(env: Env, facts: Facts): Leaf {
  const ctx = env.ctx
  const rel = env.input.relationship
  const r = (code: string, legal: readonly Citation[], params = {}) => reason(ctx, code, params, legal)
  const PU_LEGAL: Citation[] = [
    { source: 'PP-44-2015', article: 'Pasal 5 ayat (2)' },
    { source: 'PP-49-2023', article: 'Pasal 5' },
  ]
  const BPU_LEGAL: Citation[] = [
    { source: 'PP-44-2015', article: 'Pasal 5 ayat (3)' },
    { source: 'PP-49-2023', article: 'Pasal 5' },
  ]
  switch (rel) {
    case 'asn':
    case 'tni':
    case 'polri':
      return outside(env, rel)
    case 'employee-company':
      return puNonState(env, facts, [r('ELIG_CAT_PU_COMPANY', PU_LEGAL)])
    case 'employee-individual':
      return puNonState(env, facts, [r('ELIG_CAT_PU_INDIVIDUAL', PU_LEGAL)])
    case 'state-non-asn':
      return puState(env, facts, [
        r('ELIG_CAT_PU_STATE', [
          { source: 'PP-49-2023', article: 'Pasal 5 ayat (1) huruf a' },
          { source: 'DECISIONS', article: 'D18' },
        ]),
      ])
    case 'pppk-part-time':
      return pppkPartTime(env)
    case 'self-employed':
    case 'informal':
      return inSegment(env, facts, 'BPU', [r('ELIG_CAT_BPU_SELF', BPU_LEGAL), ...payerReasons(env)])
    case 'employer':
      return inSegment(env, facts, 'BPU', [r('ELIG_CAT_BPU_EMPLOYER', BPU_LEGAL), ...payerReasons(env)])
    case 'construction-project': {
      const contract = facts.get('constructionContract')
      if (contract === 'permanent')
        return puNonState(env, facts, [r('ELIG_CAT_CONSTRUCTION_PERMANENT', PU_LEGAL)])
      return inSegment(env, facts, 'JAKON', [
        r(
          'ELIG_CAT_JAKON',
          [{ source: 'PERMENAKER-44-2015', article: 'Pasal 2 ayat (1)' }, { source: 'PERMENAKER-5-2021' }],
          { contract: ctx.t(`ELIG_CONTRACT_${String(contract).replace('-', '_')}`) },
        ),
      ])
    }
    case 'migrant-worker':
      return inSegment(env, facts, 'PMI', [
        r('ELIG_CAT_PMI', [
          { source: 'PERMENAKER-18-2018' },
          { source: 'PERMENAKER-4-2023' },
          { source: 'PP-49-2023', article: 'Pasal 5' },
        ]),
      ])
    case 'intern': {
      const employer = facts.get('employerType')
      if (employer === 'state')
        return unknownCategory(env, [r('ELIG_INTERN_STATE_UNSETTLED', [{ source: 'PERMENAKER-5-2021' }])])
      return inSegment(env, facts, 'INTERN', [r('ELIG_CAT_INTERN', [{ source: 'PERMENAKER-5-2021' }])])
    }
    default: {
      const kind = ctx.t(`ELIG_KIND_${rel.replaceAll('-', '_')}`)
      const legal: Citation[] = [...BPU_LEGAL, { source: 'INPRES-2-2021' }]
      if (env.input.wageEarner === true) {
        const employer = facts.get('employerType')
        const wage = r('ELIG_CAT_VULNERABLE_WAGE', PU_LEGAL, { kind })
        return employer === 'state' ? puState(env, facts, [wage]) : puNonState(env, facts, [wage])
      }
      return inSegment(env, facts, 'BPU', [
        r(
          env.input.wageEarner === false ? 'ELIG_CAT_VULNERABLE_BPU' : 'ELIG_CAT_VULNERABLE_BPU_DEFAULT',
          legal,
          { kind },
        ),
        ...payerReasons(env),
      ])
    }
  }
}
