import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { BpjsValidationError, makeIssue } from '../errors.js'
import { bpuMaxRegistrationAge } from '../parameters/eligibility.js'
import { VULNERABLE_RELATIONSHIPS } from '../schemas/eligibility.js'
import type { Program } from '../types.js'
import type { Env, ParsedInput } from './env.js'
import { duplicatePrograms, missingReason } from './jkp.js'
import { statusWord } from './program-answers.js'
import { mergeLegal, reason, uniquePaths, uniqueReasons } from './shared.js'
import type { ProgramEligibility, ProgramStatus, Reason, Segment, TriState } from './types.js'
import { IssueList } from './validate.js'
import { answers, factPaths, type FactName, type Leaf, type TreeNode, type World } from './worlds.js'
import { coreMessages } from '../i18n/messages/core.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreMessages, eligibilityMessages)

/**
 * The cross-field checks of an eligibility input, also on the valid fields of an invalid one (one pass): the
 * checks of the fields that depend on the relationship are made only when it is valid.
 */
export function validate(parsed: Partial<ParsedInput>, locale: 'id' | 'en'): void {
  const issues = new IssueList(locale)
  issues.order('birthDate', parsed.birthDate, 'asOf', parsed.asOf, ['birthDate'])
  duplicatePrograms(issues, parsed.enrolledPrograms)
  const rel = parsed.relationship
  if (rel !== undefined) relationshipFields(issues, parsed, rel)
  if (parsed.monthsWorkedInIndonesia !== undefined && parsed.nationality === 'WNI')
    issues.add(['monthsWorkedInIndonesia'], 'ELIG_FIELD_NOT_APPLICABLE', {
      field: 'monthsWorkedInIndonesia',
      context: 'nationality: WNI',
    })
  issues.throwIfAny()
}

/** The fields that apply only to some relationships. */
function relationshipFields(issues: IssueList, parsed: Partial<ParsedInput>, rel: string): void {
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
export function mergeProgram(
  tree: TreeNode,
  all: readonly World[],
  p: Program,
  env: Env,
): ProgramEligibility {
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
        reasons: missing.length > 0 ? withMissingReason(env, missing, reasons) : reasons,
        missing,
      }
    return { program: p, status, reasons: collapseMatrixReasons(env, all, p, status, reasons) }
  }
  return {
    program: p,
    status: 'unknown',
    reasons: withMissingReason(env, missing, reasons),
    missing,
  }
}

/**
 * The reasons of an unknown program: first the facts that would decide it (citing every reason's articles),
 * then the worlds' reasons, without one saying the same thing again (a world missing the same facts).
 */
function withMissingReason(env: Env, missing: readonly string[], reasons: readonly Reason[]): Reason[] {
  const top = missingReason(env.ctx, missing, legalOfReasons(reasons))
  return [top, ...reasons.filter((r) => r.code !== top.code || r.message !== top.message)]
}

/** The citations of a list of reasons, once each. */
export function legalOfReasons(reasons: readonly Reason[]): Citation[] {
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

/** Decisions D15: the BPU maximum registration age is unknown unless the caller overrides it. */
export function bpuAge(
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
