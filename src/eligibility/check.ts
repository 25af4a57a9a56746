import { RuleContext } from '../explain/context.js'
import type { ResolvedOptions } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { foreignWorkerMinMonths } from '../parameters/eligibility.js'
import { programMatrix, PROGRAM_CODES, type ProgramMatrix } from '../parameters/programs.js'
import type { ParameterReading } from '../parameters/types.js'
import { eligibilitySchema } from '../schemas/eligibility.js'
import { checkInput } from '../schemas/one-pass.js'
import { localeOf, resolveOptions, type CalculationOptions } from '../schemas/options.js'
import { ageOn } from '../time/calendar.js'
import type { Category } from '../types.js'
import { evaluateWorld } from './category.js'
import { inputsOf, type Env, type ParsedInput } from './env.js'
import { missingReason } from './jkp.js'
import { bpuAge, legalOfReasons, mergeProgram, validate } from './merge.js'
import { computePensionAgeReached, covered, recordPensionEntry, stepPensionAgeReached } from './pension.js'
import { legalOf, mergeLegal, uniqueReasons } from './shared.js'
import type {
  AgeFacts,
  CategoryStatus,
  EligibilityInput,
  EligibilityResult,
  ProgramEligibility,
  Reason,
} from './types.js'
import { workingAge } from './working-age.js'
import {
  answers,
  explore,
  factPaths,
  worlds,
  type FactName,
  type FactValue,
  type TreeNode,
  type World,
} from './worlds.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'

useMessages(eligibilityMessages)

// The public eligibility check. The parts, along the law: env.ts (what one check shares), category.ts (the
// relationship → category → matrix row of one world), program-answers.ts (the matrix status of each program
// with the JP and JKP rules), worlds.ts (the three-valued engine over missing facts), merge.ts (one answer
// per program over the worlds).

interface AgeStep {
  readonly ageFacts?: AgeFacts
  readonly pension: Env['pension']
  readonly jpRegistrable: boolean | undefined
}

/** The pension-age facts of a person with a birth date, recorded as one step. */
function ageStep(
  ctx: RuleContext,
  parsed: ParsedInput,
  resolved: ResolvedOptions,
  age: number | undefined,
): AgeStep {
  if (parsed.birthDate === undefined || age === undefined)
    return { pension: undefined, jpRegistrable: undefined }
  const asOf = parsed.asOf
  const reached = computePensionAgeReached(parsed.birthDate, resolved)
  const entry = recordPensionEntry(ctx, reached)
  const { until, cutoff } = stepPensionAgeReached(ctx, parsed.birthDate, reached, entry, {
    birthDate: parsed.birthDate,
    asOf,
    age,
  })
  return {
    jpRegistrable: asOf <= until,
    pension: { age: reached.age, reachedOn: reached.date, until, legal: legalOf(entry, cutoff) },
    ageFacts: {
      years: age,
      jpPensionAge: reached.age,
      jpPensionAgeReachedOn: reached.date,
      jpRegistrationUntil: until,
      workingAge: workingAge(ctx, age, asOf),
    },
  }
}

function makeEnv(
  ctx: RuleContext,
  parsed: ParsedInput,
  matrix: ParameterReading<ProgramMatrix>,
  age: number | undefined,
  a: AgeStep,
): Env {
  const asOf = parsed.asOf
  const used: ParameterReading[] = [matrix]
  return {
    ctx,
    input: parsed,
    asOf,
    matrix,
    age,
    jpRegistrable: a.jpRegistrable,
    pension: a.pension,
    used,
    read(p) {
      const r = ctx.read(p, asOf)
      if (!used.some((u) => u.id === r.id)) used.push(r)
      return r
    },
  }
}

/** The facts known from the input; the others are explored both ways. */
function knownFacts(env: Env): (f: FactName) => FactValue | undefined {
  const parsed = env.input
  return (f) => {
    switch (f) {
      case 'nationality':
        return parsed.nationality
      case 'foreignMonthsOk': {
        const m = parsed.monthsWorkedInIndonesia
        return m === undefined ? undefined : m >= env.read(foreignWorkerMinMonths).value
      }
      case 'enterpriseSize':
        return parsed.enterpriseSize
      case 'employerType':
        return parsed.employerType
      case 'constructionContract':
        return parsed.constructionContract
    }
  }
}

interface CategoryAnswer {
  readonly category: Category | null
  readonly categoryStatus: CategoryStatus
  readonly categoryMissing: string[] | undefined
  readonly categoryReasons: Reason[]
  readonly segment: EligibilityResult['segment']
}

/** The category over all worlds, recorded as one step. */
function categoryStep(env: Env, tree: TreeNode, all: readonly World[]): CategoryAnswer {
  const ctx = env.ctx
  const relevant = new Set<FactName>()
  const catKeys = answers(tree, (l) => `${l.categoryStatus}|${l.category ?? ''}`, relevant)
  const segments = new Set(all.map((w) => w.leaf.segment))
  const first = (all[0] as World).leaf
  const catReasons = uniqueReasons(all.flatMap((w) => w.leaf.reasons))
  let category: Category | null = first.category
  let categoryStatus: CategoryStatus = first.categoryStatus
  let categoryMissing: string[] | undefined
  let categoryReasons = catReasons
  if (catKeys.size > 1) {
    category = null
    categoryStatus = 'unknown'
    categoryMissing = factPaths(relevant)
    categoryReasons = [missingReason(ctx, categoryMissing, legalOfReasons(catReasons)), ...catReasons]
  } else if (categoryStatus === 'unknown') categoryMissing = []
  ctx.step({
    rule: 'eligibility.category',
    text: 'ELIG_STEP_CATEGORY',
    params: {
      category: category ?? '—',
      status: ctx.t(`ELIG_CATEGORY_STATUS_${categoryStatus.replaceAll('-', '_')}`),
      detail: categoryReasons.map((r) => r.message).join(' '),
    },
    inputs: inputsOf(env.input),
    parameters: env.used.filter((u) => u.id !== 'eligibility.jkp.maxRegistrationAge'),
    legal: mergeLegal(...categoryReasons.map((r) => r.legal)),
    value: category,
  })
  const segment = segments.size === 1 ? first.segment : null
  return { category, categoryStatus, categoryMissing, categoryReasons, segment }
}

/** One answer per program over all worlds, each recorded as one step. */
function programSteps(env: Env, tree: TreeNode, all: readonly World[]): ProgramEligibility[] {
  const { ctx, used, matrix } = env
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
  return programs
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
  // the schema, the cross-field checks (validate) and the options in one pass
  const [parsed, { resolved }] = checkInput(
    localeOf(options),
    eligibilitySchema,
    input,
    () => resolveOptions(options),
    (f) => validate(f.fields, localeOf(options)),
  )
  covered(parsed.asOf, ['asOf'], resolved.locale)
  const asOf = parsed.asOf
  const ctx = new RuleContext('checkEligibility', asOf, resolved)
  const matrix = ctx.read(programMatrix, asOf)
  const age = parsed.birthDate === undefined ? undefined : ageOn(parsed.birthDate, asOf)
  const a = ageStep(ctx, parsed, resolved, age)
  const env = makeEnv(ctx, parsed, matrix, age, a)
  const tree = explore((facts) => evaluateWorld(env, facts), knownFacts(env))
  const all = worlds(tree)
  const cat = categoryStep(env, tree, all)
  const programs = programSteps(env, tree, all)
  const bpu = parsed.checkBpuRegistrationAge === true ? bpuAge(ctx, asOf, age) : undefined
  // the explanation is built once, after the last step (the BPU age)
  const result: { -readonly [K in keyof EligibilityResult]: EligibilityResult[K] } = {
    asOf,
    relationship: parsed.relationship,
    category: cat.category,
    categoryStatus: cat.categoryStatus,
    segment: cat.segment,
    categoryReasons: cat.categoryReasons,
    programs,
    warnings: ctx.warnings,
    explanation: ctx.explanation(),
  }
  if (cat.categoryMissing !== undefined) result.categoryMissing = cat.categoryMissing
  if (a.ageFacts !== undefined) result.age = a.ageFacts
  if (bpu !== undefined) result.bpuRegistrationAge = bpu
  return deepFreeze(result)
}
