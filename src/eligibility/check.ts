import { RuleContext } from '../explain/context.js'
import type { Json } from '../explain/types.js'
import { deepFreeze } from '../internal/freeze.js'
import type { Citation } from '../legal/types.js'
import {
  asnScheme,
  bpuMaxRegistrationAge,
  foreignWorkerJpStatus,
  foreignWorkerMinMonths,
  stateNonAsnBasis,
  tniPolriScheme,
} from '../parameters/eligibility.js'
import {
  programMatrix,
  PROGRAM_CODES,
  type ProgramMatrix,
  type ProgramRow,
  type ProgramStatusInLaw,
} from '../parameters/programs.js'
import type { Parameter, ParameterReading } from '../parameters/types.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import { allChecks, parseWith } from '../schemas/common.js'
import { eligibilitySchema, VULNERABLE_RELATIONSHIPS } from '../schemas/eligibility.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { ageOn } from '../time/calendar.js'
import { duplicatePrograms, jkpConditions, missingReason, type JkpFacts } from './jkp.js'
import { computePensionAgeReached, covered, jpRegistrationUntil, recordPensionEntry } from './pension.js'
import { combine, legalOf, mergeLegal, reason, uniquePaths, uniqueReasons } from './shared.js'
import { type Category, type EnterpriseSize, type Program } from '../types.js'
import type {
  AgeFacts,
  CategoryStatus,
  EligibilityInput,
  EligibilityResult,
  ProgramEligibility,
  ProgramStatus,
  Reason,
  Segment,
  TriState,
} from './types.js'
import { IssueList } from './validate.js'
import { workingAge } from './working-age.js'
import {
  answers,
  explore,
  factPaths,
  worlds,
  type FactName,
  type Facts,
  type FactValue,
  type Leaf,
  type ProgramAnswer,
  type TreeNode,
  type World,
} from './worlds.js'

// ---------------------------------------------------------------------------------------------------
// Evaluation of one fully-known world
// ---------------------------------------------------------------------------------------------------

type ParsedInput = ReturnType<typeof parseInput>

function parseInput(input: unknown, locale: 'id' | 'en') {
  return parseWith(eligibilitySchema, input, locale)
}

interface Env {
  readonly ctx: RuleContext
  readonly input: ParsedInput
  readonly asOf: string
  readonly matrix: ParameterReading<ProgramMatrix>
  readonly age: number | undefined
  /** `asOf` is on or before the last JP registration day; `undefined` without a birth date. */
  readonly jpRegistrable: boolean | undefined
  readonly pension:
    | {
        readonly age: number
        readonly reachedOn: string
        readonly until: string
        readonly legal: readonly Citation[]
      }
    | undefined
  /** Parameters read so far, for the category step. */
  readonly used: ParameterReading[]
  read<T>(p: Parameter<T>): ParameterReading<T>
}

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

/** Which sources of the matrix citations speak to a row and program. */
function citationsFor(env: Env, segment: Segment, program: Program): Citation[] {
  const pick = (ids: readonly string[]) => env.matrix.legal.filter((c) => ids.includes(c.source))
  const byProgram: Record<Program, readonly string[]> = {
    JKK: ['PP-44-2015'],
    JKM: ['PP-44-2015'],
    JHT: ['PP-46-2015'],
    JP: ['PP-45-2015', 'PP-6-2025'],
    JKP: ['PP-37-2021', 'PP-6-2025'],
  }
  const bySegment: Partial<Record<Segment, readonly string[]>> = {
    PU_STATE: ['PP-49-2023', 'PERMENAKER-1-2025', 'DECISIONS'],
    JAKON: ['PERMENAKER-44-2015', 'PERMENAKER-5-2021'],
    PMI: ['PERMENAKER-7-2017', 'PERMENAKER-18-2018', 'PERMENAKER-4-2023'],
    INTERN: ['PERMENAKER-5-2021'],
  }
  const chosen = mergeLegal(pick(byProgram[program]), pick(bySegment[segment] ?? []))
  return chosen.length > 0 ? chosen : [...env.matrix.legal]
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

function statusWord(env: Env, s: ProgramStatusInLaw): string {
  return env.ctx.t(`ELIG_STATUS_${s}`)
}

function programAnswer(
  env: Env,
  facts: Facts,
  segment: Segment,
  s: ProgramStatusInLaw,
  p: Program,
): ProgramAnswer {
  const ctx = env.ctx
  const seg = ctx.t(`ELIG_SEGMENT_${segment}`)
  const legal = citationsFor(env, segment, p)
  if (s === 'unknown')
    return {
      status: 'unknown',
      reasons: [reason(ctx, 'ELIG_LAW_UNSETTLED', { program: p, segment: seg }, legal)],
      missing: [],
    }
  if (s === 'conditional') return jkpAnswer(env, facts, segment, legal)
  const base = reason(
    ctx,
    'ELIG_PROG_MATRIX',
    { program: p, segment: seg, status: statusWord(env, s) },
    legal,
  )
  if (p !== 'JP' || s === 'unavailable') return { status: s, reasons: [base], missing: [] }
  return jpAnswer(env, facts, segment, s, base)
}

/** JP: only before pension age; for a foreign PU the status of `eligibility.foreignWorker.jpStatus`. */
function jpAnswer(
  env: Env,
  facts: Facts,
  segment: Segment,
  s: 'mandatory' | 'optional',
  base: Reason,
): ProgramAnswer {
  const ctx = env.ctx
  if (env.jpRegistrable === false && env.pension !== undefined) {
    const pr = env.pension
    return {
      status: 'unavailable',
      reasons: [
        reason(
          ctx,
          'ELIG_JP_PENSION_AGE_REACHED',
          { pensionAge: pr.age, reachedOn: pr.reachedOn, until: pr.until },
          pr.legal,
        ),
      ],
      missing: [],
    }
  }
  const reasons: Reason[] = [base]
  const missing: string[] = []
  let status: ProgramStatus = s
  if (segment !== 'PU_STATE' && segment.startsWith('PU_')) {
    const nat = facts.peek('nationality')
    if (nat !== 'WNI') {
      const fs = env.read(foreignWorkerJpStatus)
      const foreign: ProgramStatus = fs.value === 'conditional' ? 'unknown' : fs.value
      const fr = reason(
        ctx,
        fs.value === 'unknown' ? 'ELIG_JP_FOREIGNER_UNSETTLED' : 'ELIG_JP_FOREIGNER',
        { status: statusWord(env, fs.value) },
        fs.legal,
      )
      if (nat === 'WNA') {
        status = foreign
        reasons.splice(0, 1, fr)
      } else if (foreign !== s) {
        status = 'unknown'
        reasons.push(fr)
        missing.push('nationality')
      }
    }
  }
  if (env.jpRegistrable === undefined && status !== 'unavailable') {
    status = 'unknown'
    reasons.push(
      missingReason(
        ctx,
        ['birthDate'],
        [{ source: 'PP-45-2015', article: 'Pasal 15' }, { source: 'PERMENAKER-29-2015' }],
      ),
    )
    missing.push('birthDate')
  } else if (env.pension !== undefined) {
    const pr = env.pension
    reasons.push(
      reason(
        ctx,
        'ELIG_JP_BEFORE_PENSION_AGE',
        { pensionAge: pr.age, reachedOn: pr.reachedOn, until: pr.until },
        pr.legal,
      ),
    )
  }
  return { status, reasons, missing }
}

/** JKP: mandatory when every registration condition is met (see `checkJkpRegistration`). */
function jkpAnswer(env: Env, facts: Facts, segment: Segment, legal: readonly Citation[]): ProgramAnswer {
  const f: { -readonly [K in keyof JkpFacts]: JkpFacts[K] } = { employmentRelationship: true }
  const nat = facts.peek('nationality')
  if (nat === 'WNI' || nat === 'WNA') f.nationality = nat
  if (env.age !== undefined) f.age = env.age
  if (segment.startsWith('PU_') && segment !== 'PU_STATE')
    f.enterpriseSize = segment.slice(3) as EnterpriseSize
  if (env.input.enrolledPrograms !== undefined) f.enrolledPrograms = env.input.enrolledPrograms
  if (env.input.inJkn !== undefined) f.inJkn = env.input.inJkn
  const { conditions, readings } = jkpConditions(env.ctx, env.asOf, f, env.matrix)
  for (const r of readings) if (!env.used.includes(r)) env.used.push(r)
  const { status, missing } = combine(conditions)
  const intro = reason(env.ctx, 'ELIG_JKP_CONDITIONAL', {}, legal)
  if (status === 'not-eligible')
    return {
      status: 'unavailable',
      reasons: [intro, ...conditions.filter((c) => c.status === 'not-met').flatMap((c) => c.reasons)],
      missing: [],
    }
  return {
    status: status === 'eligible' ? 'mandatory' : 'unknown',
    reasons: [intro, ...conditions.flatMap((c) => c.reasons)],
    missing: missing ?? [],
  }
}

/** PU of a non-state employer: a foreigner only when working long enough in Indonesia. */
function puNonState(env: Env, facts: Facts, catReasons: readonly Reason[]): Leaf {
  const ctx = env.ctx
  let nat = facts.peek('nationality')
  if (nat === undefined && facts.peek('foreignMonthsOk') !== true) nat = facts.get('nationality')
  const reasons = [...catReasons]
  if (nat === 'WNA' || (nat === undefined && facts.peek('foreignMonthsOk') === true)) {
    const min = env.read(foreignWorkerMinMonths)
    if (nat === 'WNA' && !facts.get('foreignMonthsOk'))
      return notParticipant(env, [
        ...reasons,
        reason(ctx, 'ELIG_CAT_FOREIGNER_TOO_SHORT', { minMonths: min.value }, min.legal),
      ])
    if (nat === 'WNA') reasons.push(reason(ctx, 'ELIG_CAT_PU_FOREIGNER', { minMonths: min.value }, min.legal))
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

function evaluateWorld(env: Env, facts: Facts): Leaf {
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

// ---------------------------------------------------------------------------------------------------
// The public function
// ---------------------------------------------------------------------------------------------------

function validate(parsed: ParsedInput, locale: 'id' | 'en'): void {
  const issues = new IssueList(locale)
  issues.order('birthDate', parsed.birthDate, 'asOf', parsed.asOf, ['birthDate'])
  duplicatePrograms(issues, parsed.enrolledPrograms)
  const rel = parsed.relationship
  const notFor = (field: string, ok: boolean) => {
    if (!ok) issues.add([field], 'ELIG_FIELD_NOT_APPLICABLE', { field, context: `relationship: ${rel}` })
  }
  if (parsed.wageEarner !== undefined) notFor('wageEarner', VULNERABLE_RELATIONSHIPS.includes(rel))
  if (parsed.constructionContract !== undefined)
    notFor('constructionContract', rel === 'construction-project')
  if (parsed.employerType !== undefined)
    notFor('employerType', rel === 'intern' || VULNERABLE_RELATIONSHIPS.includes(rel))
  if (parsed.payer !== undefined)
    notFor(
      'payer',
      ['self-employed', 'informal', 'employer', 'intern', ...VULNERABLE_RELATIONSHIPS].includes(rel),
    )
  if (parsed.monthsWorkedInIndonesia !== undefined && parsed.nationality === 'WNI')
    issues.add(['monthsWorkedInIndonesia'], 'ELIG_FIELD_NOT_APPLICABLE', {
      field: 'monthsWorkedInIndonesia',
      context: 'nationality: WNI',
    })
  issues.throwIfAny()
}

function programKey(p: Program) {
  return (l: Leaf) => l.programs[p].status
}

/**
 * Merges one program over the worlds: the same status everywhere → that status; otherwise `unknown`. The
 * missing paths are the facts whose branches give different statuses, plus, for worlds that are unknown
 * because of a missing fact of their own, that fact and the facts assumed to reach the world (they may be
 * needed once the missing fact is known).
 */
function mergeProgram(tree: TreeNode, all: readonly World[], p: Program, env: Env): ProgramEligibility {
  const relevant = new Set<FactName>()
  const statuses = answers(tree, programKey(p), relevant)
  const undecided = all.filter(
    (w) => w.leaf.programs[p].status === 'unknown' && w.leaf.programs[p].missing.length > 0,
  )
  for (const w of undecided) for (const f of w.assumed) relevant.add(f)
  const missing = uniquePaths([
    ...factPaths(relevant),
    ...undecided.flatMap((w) => w.leaf.programs[p].missing),
  ])
  const reasons = uniqueReasons(all.flatMap((w) => w.leaf.programs[p].reasons))
  if (statuses.size === 1) {
    const status = [...statuses][0] as ProgramStatus
    if (status === 'unknown')
      return {
        program: p,
        status,
        reasons:
          missing.length > 0
            ? [missingReason(env.ctx, missing, legalOfReasons(reasons)), ...reasons]
            : reasons,
        missing,
      }
    return { program: p, status, reasons: collapseMatrixReasons(env, all, p, status, reasons) }
  }
  return {
    program: p,
    status: 'unknown',
    reasons: [missingReason(env.ctx, missing, legalOfReasons(reasons)), ...reasons],
    missing,
  }
}

/** The citations of a list of reasons, once each. */
function legalOfReasons(reasons: readonly Reason[]): Citation[] {
  return mergeLegal(...reasons.map((r) => r.legal))
}

/** When every world agrees, one reason naming the rows instead of one reason per row. */
function collapseMatrixReasons(
  env: Env,
  all: readonly World[],
  p: Program,
  status: ProgramStatus,
  reasons: readonly Reason[],
): Reason[] {
  const matrixReasons = reasons.filter((r) => r.code === 'ELIG_PROG_MATRIX')
  if (matrixReasons.length < 2) return [...reasons]
  const segments = [...new Set(all.map((w) => w.leaf.segment).filter((s): s is Segment => s !== null))]
  const merged = reason(
    env.ctx,
    'ELIG_PROG_MATRIX_ALL',
    {
      program: p,
      status: statusWord(env, status),
      segments: segments.map((s) => env.ctx.t(`ELIG_SEGMENT_${s}`)).join('; '),
    },
    mergeLegal(...matrixReasons.map((r) => r.legal)),
  )
  const out: Reason[] = []
  let placed = false
  for (const r of reasons) {
    if (r.code !== 'ELIG_PROG_MATRIX') out.push(r)
    else if (!placed) {
      out.push(merged)
      placed = true
    }
  }
  return out
}

/**
 * Which BPJS Ketenagakerjaan programs apply to a person on a date, and why.
 *
 * From the work relationship it finds the category (PP 44/2015 Pasal 5 as amended by PP
 * 49/2023): employees of a company or an individual are PU (a foreigner only when working at least 6
 * months in Indonesia); non-ASN state staff are PU with a state employer (decisions D18); ASN, TNI and Polri
 * are outside BPJS TK (Taspen, Asabri); the self-employed, informal workers and employers themselves are
 * BPU; casual, piece-rate and fixed-term construction workers are Jakon; migrant workers are PMI (from
 * Permenaker 7/2017); interns join JKK and JKM (Permenaker 5/2021, usually with the BPU package); religious
 * workers, RT/RW heads and vulnerable workers are BPU unless `wageEarner` is true.
 *
 * Then, per program, the status from the dated program matrix (`programs.matrix`) and the rules on the
 * person: JP only before pension age (PP 45/2015 Pasal 15), JKP when its conditions hold (PP 37/2021 Pasal 4
 * as amended by PP 6/2025). `asOf` is also the registration date for JP and JKP.
 *
 * Three-valued: a missing fact is never assumed. When it matters, the status is `unknown` and `missing`
 * lists the input paths that would decide it.
 *
 * @example
 * ```ts
 * const r = checkEligibility({ asOf: '2025-03-01', relationship: 'employee-company', nationality: 'WNI',
 *   birthDate: '1990-05-10', enterpriseSize: 'large', inJkn: true,
 *   enrolledPrograms: ['JKK', 'JKM', 'JHT', 'JP'] })
 * r.category                                          //=> 'PU'
 * r.programs.map((p) => `${p.program}:${p.status}`)   //=> ['JKK:mandatory', 'JKM:mandatory', 'JHT:mandatory', 'JP:mandatory', 'JKP:mandatory']
 *
 * checkEligibility({ asOf: '2025-03-01', relationship: 'asn' }).categoryStatus       //=> 'outside-bpjs-tk'
 * const u = checkEligibility({ asOf: '2025-03-01', relationship: 'employee-company', nationality: 'WNI' })
 * u.programs[3]                                        //=> { program: 'JP', status: 'unknown', missing: ['enterpriseSize', 'birthDate'], … }
 * ```
 */
export function checkEligibility(input: EligibilityInput, options?: CalculationOptions): EligibilityResult {
  const [parsed, { resolved }] = allChecks(
    localeOf(options),
    () => parseInput(input, localeOf(options)),
    () => resolveOptions(options),
  )
  validate(parsed, resolved.locale)
  covered(parsed.asOf, ['asOf'], resolved.locale)
  const asOf = parsed.asOf
  const ctx = new RuleContext('checkEligibility', asOf, resolved)
  const matrix = ctx.read(programMatrix, asOf)
  const used: ParameterReading[] = [matrix]

  // age facts
  let ageFacts: AgeFacts | undefined
  let pension: Env['pension']
  let jpRegistrable: boolean | undefined
  const age = parsed.birthDate === undefined ? undefined : ageOn(parsed.birthDate, asOf)
  if (parsed.birthDate !== undefined && age !== undefined) {
    const reached = computePensionAgeReached(parsed.birthDate, resolved)
    const entry = recordPensionEntry(ctx, reached)
    const { until, reading: cutoff } = jpRegistrationUntil(ctx, reached.date)
    jpRegistrable = asOf <= until
    pension = { age: reached.age, reachedOn: reached.date, until, legal: legalOf(entry, cutoff) }
    ctx.step({
      rule: 'eligibility.jp.pensionAgeReached',
      text: 'ELIG_STEP_PENSION_REACHED',
      formula: 'ELIG_FORMULA_PENSION_REACHED',
      params: { birthDate: parsed.birthDate, pensionAge: reached.age, date: reached.date, until },
      inputs: { birthDate: parsed.birthDate, asOf, age },
      parameters: [entry, cutoff],
      value: reached.date,
    })
    ageFacts = {
      years: age,
      jpPensionAge: reached.age,
      jpPensionAgeReachedOn: reached.date,
      jpRegistrationUntil: until,
      workingAge: workingAge(ctx, age, asOf),
    }
  }

  const env: Env = {
    ctx,
    input: parsed,
    asOf,
    matrix,
    age,
    jpRegistrable,
    pension,
    used,
    read(p) {
      const r = ctx.read(p, asOf)
      if (!used.some((u) => u.id === r.id)) used.push(r)
      return r
    },
  }
  const monthsOk = (): boolean | undefined => {
    const m = parsed.monthsWorkedInIndonesia
    return m === undefined ? undefined : m >= env.read(foreignWorkerMinMonths).value
  }
  const known = (f: FactName): FactValue | undefined => {
    switch (f) {
      case 'nationality':
        return parsed.nationality
      case 'foreignMonthsOk':
        return monthsOk()
      case 'enterpriseSize':
        return parsed.enterpriseSize
      case 'employerType':
        return parsed.employerType
      case 'constructionContract':
        return parsed.constructionContract
    }
  }
  const tree = explore((facts) => evaluateWorld(env, facts), known)
  const all = worlds(tree)

  // category
  const relevant = new Set<FactName>()
  const catKeys = answers(tree, (l) => `${l.categoryStatus}|${l.category ?? ''}`, relevant)
  const segments = new Set(all.map((w) => w.leaf.segment))
  const first = (all[0] as World).leaf
  const catReasons = uniqueReasons(all.flatMap((w) => w.leaf.reasons))
  let category: Category | null = first.category
  let categoryStatus: CategoryStatus = first.categoryStatus
  let categoryMissing: string[] | undefined
  let categoryReasonList = catReasons
  if (catKeys.size > 1) {
    category = null
    categoryStatus = 'unknown'
    categoryMissing = factPaths(relevant)
    categoryReasonList = [missingReason(ctx, categoryMissing, legalOfReasons(catReasons)), ...catReasons]
  } else if (categoryStatus === 'unknown') categoryMissing = []
  const segment = segments.size === 1 ? first.segment : null
  ctx.step({
    rule: 'eligibility.category',
    text: 'ELIG_STEP_CATEGORY',
    params: {
      category: category ?? '—',
      status: ctx.t(`ELIG_CATEGORY_STATUS_${categoryStatus.replaceAll('-', '_')}`),
      detail: categoryReasonList.map((r) => r.message).join(' '),
    },
    inputs: inputsOf(parsed),
    parameters: used.filter((u) => u.id !== 'eligibility.jkp.maxRegistrationAge'),
    legal: mergeLegal(...categoryReasonList.map((r) => r.legal)),
    value: category,
  })

  // programs
  const programs = PROGRAM_CODES.map((p) => mergeProgram(tree, all, p, env))
  for (const p of programs)
    ctx.step({
      rule: `eligibility.program.${p.program}`,
      text: 'ELIG_STEP_PROGRAM',
      params: {
        program: p.program,
        status: ctx.t(`ELIG_STATUS_${p.status}`),
        detail: p.reasons.map((r) => r.message).join(' '),
      },
      inputs: p.missing === undefined ? {} : { missing: [...p.missing] },
      parameters:
        p.program === 'JKP'
          ? used.filter((u) => u.id === 'eligibility.jkp.maxRegistrationAge' || u.id === matrix.id)
          : [matrix],
      legal: mergeLegal(...p.reasons.map((r) => r.legal)),
      value: p.status,
    })

  const result: { -readonly [K in keyof EligibilityResult]: EligibilityResult[K] } = {
    asOf,
    relationship: parsed.relationship,
    category,
    categoryStatus,
    segment,
    categoryReasons: categoryReasonList,
    programs,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  if (categoryMissing !== undefined) result.categoryMissing = categoryMissing
  if (ageFacts !== undefined) result.age = ageFacts
  if (parsed.checkBpuRegistrationAge === true) result.bpuRegistrationAge = bpuAge(ctx, asOf, age)
  // warnings and explanation may have grown (BPU age), so take them last
  result.warnings = ctx.warnings
  result.explanation = ctx.explanation()
  return deepFreeze(result)
}

/** Decisions D15: the BPU maximum registration age is unknown unless the caller overrides it. */
function bpuAge(
  ctx: RuleContext,
  asOf: string,
  age: number | undefined,
): TriState<'allowed' | 'not-allowed' | 'unknown'> {
  const p = ctx.read(bpuMaxRegistrationAge, asOf)
  const max = (p.value as { maxAge?: unknown }).maxAge
  if (max !== null && !(typeof max === 'number' && Number.isSafeInteger(max) && max > 0))
    throw new BpjsValidationError(
      [
        makeIssue(
          ['options', 'parameters', p.id],
          'PARAMETER_OVERRIDE_INVALID',
          { parameterId: p.id, reason: 'maxAge must be a whole number of years or null' },
          ctx.locale,
        ),
      ],
      ctx.locale,
    )
  let out: TriState<'allowed' | 'not-allowed' | 'unknown'>
  if (max === null)
    out = {
      status: 'unknown',
      reasons: [reason(ctx, 'ELIG_BPU_MAX_AGE_UNSETTLED', {}, p.legal)],
      missing: [],
    }
  else if (age === undefined)
    out = { status: 'unknown', reasons: [missingReason(ctx, ['birthDate'], p.legal)], missing: ['birthDate'] }
  else if (age < max)
    out = { status: 'allowed', reasons: [reason(ctx, 'ELIG_BPU_MAX_AGE_OK', { age, maxAge: max }, p.legal)] }
  else
    out = {
      status: 'not-allowed',
      reasons: [reason(ctx, 'ELIG_BPU_MAX_AGE_EXCEEDED', { age, maxAge: max }, p.legal)],
    }
  ctx.step({
    rule: 'eligibility.bpu.registrationAge',
    text: 'ELIG_STEP_BPU_AGE',
    params: { status: ctx.t(`ELIG_BPU_AGE_${out.status.replace('-', '_')}`) },
    inputs: { age: age ?? null },
    parameters: [p],
    value: out.status,
  })
  return out
}

function inputsOf(p: ParsedInput): { [key: string]: Json } {
  const out: { [key: string]: Json } = {}
  for (const [k, v] of Object.entries(p))
    if (v !== undefined) out[k] = Array.isArray(v) ? [...(v as string[])] : (v as Json)
  return out
}
