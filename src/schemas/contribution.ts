import * as z from 'zod/mini'
import { BPU_PAYERS, BPU_SECTORS, ENTERPRISE_SIZES, PROGRAMS, RISK_CLASSES } from '../types.js'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import { inspectWith, mapZodIssue, moneySen, partialWith, period, uniqueIssues } from './common.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages)

/*
 * Input schemas of calculateContribution (api.md). Money comes in as a number or a decimal string and leaves
 * the schema as exact sen; the contribution month is checked as 'YYYY-MM' (coverage is checked separately).
 * Unknown keys are errors (a typo such as `wages` must not be ignored).
 */

const programList = z.array(z.enum(PROGRAMS)).check(z.minLength(1), z.maxLength(PROGRAMS.length))

/** Schema of a PU (wage earner) input. */
export const puInputSchema = z.strictObject({
  category: z.literal('PU'),
  period,
  wage: moneySen,
  jkkRiskClass: z.optional(z.literal(RISK_CLASSES)),
  programs: z.optional(programList),
  enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
  jkpRegistered: z.optional(z.boolean()),
  jkkDiscountEligible: z.optional(z.boolean()),
  covidRelief: z.optional(z.boolean()),
  jpDeferral: z.optional(z.boolean()),
  minimumWage: z.optional(moneySen),
})

/** Schema of a BPU (non-wage, informal, self-employed) input. */
export const bpuInputSchema = z.strictObject({
  category: z.literal('BPU'),
  period,
  declaredIncome: moneySen,
  programs: z.optional(programList),
  months: z.optional(z.literal([1, 3, 6, 12])),
  payer: z.optional(z.enum(BPU_PAYERS)),
  sector: z.optional(z.enum(BPU_SECTORS)),
  covidRelief: z.optional(z.boolean()),
})

/** Schema of a JAKON (construction project) input: `contractValue` or `wage`, not both. */
export const jakonInputSchema = z.strictObject({
  category: z.literal('JAKON'),
  period,
  contractValue: z.optional(moneySen),
  wage: z.optional(moneySen),
  programs: z.optional(programList),
  covidRelief: z.optional(z.boolean()),
})

/** Schema of a PMI (migrant worker) input. */
export const pmiInputSchema = z.strictObject({
  category: z.literal('PMI'),
  period,
  contractMonths: z.int().check(z.minimum(1), z.maximum(240)),
  placement: z.enum(['agency', 'independent']),
  jhtMonthly: z.optional(moneySen),
})

/** Schema of any calculateContribution input, discriminated by `category`. */
export const contributionInputSchema = z.discriminatedUnion('category', [
  puInputSchema,
  bpuInputSchema,
  jakonInputSchema,
  pmiInputSchema,
])

/** A PU input after validation (money in sen). */
export type PuParsed = z.output<typeof puInputSchema>
/** A BPU input after validation (money in sen). */
export type BpuParsed = z.output<typeof bpuInputSchema>
/** A JAKON input after validation (money in sen). */
export type JakonParsed = z.output<typeof jakonInputSchema>
/** A PMI input after validation (money in sen). */
export type PmiParsed = z.output<typeof pmiInputSchema>
/**
 * Any calculateContribution input after validation (money in sen).
 *
 * @example
 * ```ts
 * const p: ContributionParsed = parseContributionInput({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }, 'id')
 * p.category === 'BPU' && p.declaredIncome //=> 100000000
 * ```
 */
export type ContributionParsed = PuParsed | BpuParsed | JakonParsed | PmiParsed

/**
 * The checks zod cannot express: duplicates, combinations of fields, and facts the law needs that the caller
 * left out (PU: `enterpriseSize` or `programs`; JAKON: exactly one method). `invalid` names fields that
 * are present but failed the schema (when the input as a whole is invalid, the checks run on its valid
 * fields, so every problem is reported in one pass). Parameter-dependent checks (a
 * program unavailable to the category, the PMI JHT range, facts a discount window needs) are made by the rules.
 *
 * @example
 * ```ts
 * structuralIssues({ category: 'JAKON', period: '2025-06', wage: 500000000, contractValue: 10000000000 }, 'en').map((i) => i.code)
 * //=> ['JAKON_METHOD_CONFLICT']
 * structuralIssues({ category: 'PU', period: '2025-06', wage: 500000000, jkkRiskClass: 1 }, 'en').map((i) => i.code)
 * //=> ['ENTERPRISE_SIZE_REQUIRED']
 * ```
 */
export function structuralIssues(
  p: ContributionParsed,
  locale: Locale,
  invalid: ReadonlySet<string> = NONE,
): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  // a field present but invalid is reported by the schema; a check that needs its value is made only when
  // the answer cannot depend on it (a fact required whatever the fixed value is), so that fixing every
  // reported issue at once never reveals a new one
  const programs = p.category !== 'PMI' && !invalid.has('programs') ? p.programs : undefined
  const programsGiven = p.category !== 'PMI' && (p.programs !== undefined || invalid.has('programs'))
  if (programs !== undefined) {
    const seen = new Set<string>()
    programs.forEach((code, i) => {
      if (seen.has(code)) issues.push(makeIssue(['programs', i], 'DUPLICATE_VALUE', { value: code }, locale))
      seen.add(code)
    })
  }
  if (p.category === 'PU') {
    if (!programsGiven && p.enterpriseSize === undefined && !invalid.has('enterpriseSize'))
      issues.push(makeIssue(['enterpriseSize'], 'ENTERPRISE_SIZE_REQUIRED', {}, locale))
    // an invalid programs list may become one with JKK: the risk class is asked for (it is harmless without JKK)
    if (
      (programs === undefined || programs.includes('JKK')) &&
      p.jkkRiskClass === undefined &&
      !invalid.has('jkkRiskClass')
    )
      issues.push(makeIssue(['jkkRiskClass'], 'JKK_RISK_CLASS_REQUIRED', {}, locale))
    if (programs !== undefined) {
      const hasJkp = programs.includes('JKP')
      if (p.jkpRegistered !== undefined && p.jkpRegistered !== hasJkp)
        issues.push(
          makeIssue(
            ['jkpRegistered'],
            'JKP_FLAG_CONFLICT',
            { flag: p.jkpRegistered, listed: hasJkp },
            locale,
          ),
        )
      if (hasJkp && !(programs.includes('JKK') && programs.includes('JKM')))
        issues.push(makeIssue(['programs'], 'JKP_REQUIRES_JKK_JKM', {}, locale))
    }
  }
  if (p.category === 'JAKON') {
    const contract = p.contractValue !== undefined || invalid.has('contractValue')
    const wage = p.wage !== undefined || invalid.has('wage')
    if (contract && wage) issues.push(makeIssue(['wage'], 'JAKON_METHOD_CONFLICT', {}, locale))
    if (!contract && !wage) issues.push(makeIssue(['contractValue'], 'JAKON_METHOD_REQUIRED', {}, locale))
  }
  return issues
}

const NONE: ReadonlySet<string> = new Set()
const SCHEMA_BY_CATEGORY = {
  PU: puInputSchema,
  BPU: bpuInputSchema,
  JAKON: jakonInputSchema,
  PMI: pmiInputSchema,
} as const

/**
 * The fields of an input that failed the schema, read one by one: the valid fields with their parsed
 * values, and the names of the present but invalid ones. `undefined` when the category itself is unknown
 * (then no cross-field check applies).
 */
function partialOf(
  raw: unknown,
  refused: ReadonlySet<string>,
): { partial: ContributionParsed; invalid: Set<string> } | undefined {
  if (raw === null || typeof raw !== 'object') return undefined
  const fields = raw as Record<string, unknown>
  const category = fields.category
  if (typeof category !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMA_BY_CATEGORY, category))
    return undefined
  const { partial, invalid } = partialWith(
    SCHEMA_BY_CATEGORY[category as keyof typeof SCHEMA_BY_CATEGORY].def.shape as Record<
      string,
      z.core.$ZodType
    >,
    raw,
    refused,
  )
  return { partial: partial as unknown as ContributionParsed, invalid }
}

/**
 * The problems that do not depend on the category, for an input whose `category` is missing or unknown:
 * keys no category knows (a typo such as `wages`), and the fields every category requires (`period`).
 */
function withoutCategoryIssues(raw: unknown, locale: Locale): BpjsIssue[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return []
  const fields = raw as Record<string, unknown>
  const shapes = Object.values(SCHEMA_BY_CATEGORY).map((s) => s.def.shape as Record<string, z.core.$ZodType>)
  const issues: BpjsIssue[] = []
  for (const key of Object.keys(fields))
    if (!shapes.some((shape) => Object.prototype.hasOwnProperty.call(shape, key)))
      issues.push(makeIssue([key], 'UNKNOWN_KEY', { key }, locale))
  const common = Object.keys(shapes[0]!).filter(
    (key) => key !== 'category' && shapes.every((shape) => Object.prototype.hasOwnProperty.call(shape, key)),
  )
  for (const key of common) {
    const r = z.safeParse(
      z.strictObject({ [key]: shapes[0]![key]! }),
      { [key]: fields[key] },
      { reportInput: true },
    )
    if (!r.success) issues.push(...r.error.issues.flatMap((i) => mapZodIssue(i, [], locale)))
  }
  return issues
}

/**
 * Validates a calculateContribution input: the schema, then {@link structuralIssues}. Throws one
 * `BpjsValidationError` listing every problem; returns the parsed input (money in sen) otherwise.
 *
 * @example
 * ```ts
 * parseContributionInput({ category: 'PU', period: '2025-06', wage: '5000000.50', programs: ['JHT'] }, 'id').wage //=> 500000050
 * parseContributionInput({ category: 'PU', period: '2025-06', wage: -1, programs: ['JHT'] }, 'id') // throws BpjsValidationError AMOUNT_NEGATIVE
 * ```
 */
export function parseContributionInput(
  input: unknown,
  locale: Locale,
  ruleChecks?: (p: ContributionParsed) => void,
): ContributionParsed {
  const r = inspectWith(contributionInputSchema, input, locale)
  if (r.data !== undefined) {
    const issues = structuralIssues(r.data as ContributionParsed, locale)
    if (issues.length === 0) return r.data as ContributionParsed
    const part = partialOf(r.input, r.refused)
    const probed = part === undefined ? [] : probeRules(part, ruleChecks, issues)
    throw new BpjsValidationError(uniqueIssues([...issues, ...probed]), locale)
  }
  // one pass: the cross-field checks run on the valid fields too, with the schema's issues
  const part = partialOf(r.input, r.refused)
  const more =
    part === undefined
      ? withoutCategoryIssues(r.input, locale)
      : [...structuralIssues(part.partial, locale, part.invalid), ...probeRules(part, ruleChecks, r.issues)]
  throw new BpjsValidationError(uniqueIssues([...r.issues, ...more]), locale)
}

/** Stand-ins for the fields a probe of the rules needs (only issues at other fields are kept). */
const PROBE_FILL: Readonly<Record<string, unknown>> = {
  wage: 500_000_000,
  declaredIncome: 100_000_000,
  contractMonths: 24,
  placement: 'agency',
  jkkRiskClass: 1,
  enterpriseSize: 'large',
}

/**
 * The rules' own checks of an invalid input's valid fields (a program not available to the category that
 * month, the BPU payer or sector a discount window needs, the PMI JHT range): the rules run on the valid
 * fields, with stand-ins for the missing or invalid ones, and only the issues at the caller's valid fields
 * are kept. Needs a valid category and month; anything but a validation issue is ignored.
 */
function probeRules(
  part: { partial: ContributionParsed; invalid: Set<string> },
  ruleChecks: ((p: ContributionParsed) => void) | undefined,
  found: readonly BpjsIssue[],
): BpjsIssue[] {
  const p = part.partial as unknown as Record<string, unknown>
  if (ruleChecks === undefined || typeof p.period !== 'string') return []
  if (p.category !== 'PMI' && part.invalid.has('programs')) return []
  const shape = SCHEMA_BY_CATEGORY[p.category as keyof typeof SCHEMA_BY_CATEGORY].def.shape
  const filled = new Set<string>()
  const probe: Record<string, unknown> = { ...p }
  for (const [k, v] of Object.entries(PROBE_FILL))
    if (probe[k] === undefined && Object.prototype.hasOwnProperty.call(shape, k)) {
      probe[k] = v
      filled.add(k)
    }
  // JAKON: one method only (a conflict is already reported)
  if (p.category === 'JAKON' && p.contractValue !== undefined) delete probe.wage
  try {
    ruleChecks(probe as unknown as ContributionParsed)
  } catch (e) {
    // a field already refused (invalid, or a value the input snapshot would not copy) is not also "missing"
    const refused = new Set(found.map((i) => String(i.path[0])))
    if (e instanceof BpjsValidationError)
      return e.issues.filter((i) => {
        const head = String(i.path[0])
        return !filled.has(head) && !part.invalid.has(head) && !refused.has(head)
      })
  }
  return []
}
