import * as z from 'zod/mini'
import { BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import type { ResolvedOptions } from '../explain/context.js'
import { DEFAULT_ROUNDING, type RoundingMode } from '../money/rounding.js'
import { compileOverride } from '../parameters/lookup.js'
import { getParameter } from '../parameters/registry.js'
import type { ParameterOverrides, ParameterValue } from '../parameters/types.js'
import { mapZodIssue, checkPlain } from './common.js'

/** Options every public function takes. */
export interface CalculationOptions {
  /** Language of messages and explanations: `'id'` (default) or `'en'`. */
  readonly locale?: Locale
  /**
   * Replacements for parameters, by id: one value for every date (`{ 'jp.wageCap': '12000000' }`) or
   * dated values (`{ 'jp.wageCap': { values: [{ from: '2027-03-01', value: '11600000' }] } }`).
   */
  readonly parameters?: ParameterOverrides
  /** How each line is rounded to whole rupiah (decisions D12): `'half-up'` (default), `'half-even'`, `'down'`. */
  readonly rounding?: RoundingMode
}

/** The zod shape of the common options (functions extend it with their own keys). */
export const commonOptionShape = {
  locale: z.optional(z.enum(['id', 'en'])),
  parameters: z.optional(z.record(z.string().check(z.maxLength(100)), z.unknown())),
  rounding: z.optional(z.enum(['half-up', 'half-even', 'down'])),
}

const commonOptions = z.strictObject(commonOptionShape)

/** The locale asked for, if it is a valid one (so that even option errors speak the caller's language). */
export function localeOf(options: unknown): Locale {
  return options !== null && typeof options === 'object' && (options as { locale?: unknown }).locale === 'en'
    ? 'en'
    : 'id'
}

/**
 * Validates options (`extraShape` adds function-specific keys) and compiles parameter overrides.
 * Returns the resolved options and the parsed object.
 */
export function resolveOptions<E extends Record<string, z.core.$ZodType> = Record<never, never>>(
  options: unknown,
  extraShape?: E,
): { resolved: ResolvedOptions; parsed: z.core.output<z.ZodMiniObject<typeof commonOptionShape & E>> } {
  const locale = localeOf(options)
  const input = options === undefined ? {} : options
  const issues: BpjsIssue[] = []
  checkPlain(input, ['options'], issues, locale)
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new BpjsValidationError([makeIssue(['options'], 'INPUT_NOT_OBJECT', {}, locale)], locale)
  const schema =
    extraShape === undefined ? commonOptions : z.strictObject({ ...commonOptionShape, ...extraShape })
  const r = z.safeParse(schema, input, { reportInput: true })
  if (!r.success)
    throw new BpjsValidationError(
      r.error.issues.flatMap((i) => mapZodIssue(i, ['options'], locale)),
      locale,
    )
  const parsed = r.data as { locale?: Locale; rounding?: RoundingMode; parameters?: Record<string, unknown> }
  const overrides = new Map<string, readonly ParameterValue<unknown>[]>()
  for (const [id, o] of Object.entries(parsed.parameters ?? {})) {
    const p = getParameter(id)
    if (p === undefined) {
      issues.push(makeIssue(['options', 'parameters', id], 'UNKNOWN_PARAMETER', { parameterId: id }, locale))
      continue
    }
    const c = compileOverride(p, o as never)
    if (!c.ok)
      issues.push(
        makeIssue(
          ['options', 'parameters', id],
          'PARAMETER_OVERRIDE_INVALID',
          { parameterId: id, reason: c.reason },
          locale,
        ),
      )
    else overrides.set(id, c.values)
  }
  if (issues.length > 0) throw new BpjsValidationError(issues, locale)
  return {
    resolved: { locale, rounding: parsed.rounding ?? DEFAULT_ROUNDING, overrides },
    parsed: r.data as never,
  }
}
