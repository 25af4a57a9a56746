import * as z from 'zod/mini'
import { BpjsValidationError, ENGLISH_PACK, makeIssue } from '../errors.js'
import type { Locale } from '../i18n/types.js'
import type { ResolvedOptions } from '../explain/context.js'
import { DEFAULT_ROUNDING, type RoundingMode } from '../money/rounding.js'
import { compileOverride } from '../parameters/lookup.js'
import { PARAMETER_IDS } from '../parameters/ids.js'
import { loadedParameter } from '../parameters/loaded.js'
import type { ParameterOverrides, ParameterValue } from '../parameters/types.js'
import { inspectWith, uniqueIssues } from './common.js'
import { coreMessages } from '../i18n/messages/core.js'
import { englishLoaded, useMessages } from '../i18n/registry.js'

useMessages(coreMessages)

/** Options every public function takes. */
export interface CalculationOptions {
  /**
   * Language of messages and explanations: `'id'` (default) or `'en'`. English needs the English pack
   * (`import 'bpjs-ketenagakerjaan/locales/en'`, loaded already in Node); without it `'en'` is refused with
   * `LOCALE_NOT_LOADED`.
   */
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

/** Whether `options` asks for English (a hostile options object asks for nothing: resolveOptions reports it). */
function asksEnglish(options: unknown): boolean {
  try {
    return (
      options !== null &&
      typeof options === 'object' &&
      Object.getOwnPropertyDescriptor(options, 'locale')?.value === 'en'
    )
  } catch {
    // a hostile options object (a revoked Proxy): its issue is reported by resolveOptions
    return false
  }
}

/**
 * The locale asked for, if it is a valid one that can be rendered (so that even option errors speak the
 * caller's language); English without the English pack is Indonesian here, and resolveOptions refuses it.
 */
export function localeOf(options: unknown): Locale {
  return asksEnglish(options) && englishLoaded() ? 'en' : 'id'
}

/**
 * Validates options (`extraShape` adds function-specific keys) and compiles parameter overrides, reporting
 * every problem of the options in one `BpjsValidationError` (unknown keys, bad values and every invalid
 * override together). Returns the resolved options and the parsed object.
 */
export function resolveOptions<E extends Record<string, z.core.$ZodType> = Record<never, never>>(
  options: unknown,
  extraShape?: E,
): { resolved: ResolvedOptions; parsed: z.core.output<z.ZodMiniObject<typeof commonOptionShape & E>> } {
  const locale = localeOf(options)
  const schema =
    extraShape === undefined ? commonOptions : z.strictObject({ ...commonOptionShape, ...extraShape })
  const r = inspectWith(schema, options === undefined ? {} : options, locale, ['options'])
  const issues = [...r.issues]
  if (asksEnglish(options) && !englishLoaded())
    issues.push(makeIssue(['options', 'locale'], 'LOCALE_NOT_LOADED', { locale: 'en', pack: ENGLISH_PACK }))
  // overrides are checked even when another option is wrong (one pass), from the plain copy
  const raw = (r.input as { parameters?: unknown } | undefined)?.parameters
  const overrides = new Map<string, readonly ParameterValue<unknown>[]>()
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
    for (const [id, o] of Object.entries(raw)) {
      if (id.length > 100) continue // reported by the schema
      const p = loadedParameter(id)
      if (p === undefined) {
        // a known parameter that no loaded module defines cannot change this bundle's results (loaded.ts)
        if (!PARAMETER_IDS.has(id))
          issues.push(
            makeIssue(['options', 'parameters', id], 'UNKNOWN_PARAMETER', { parameterId: id }, locale),
          )
        continue
      }
      const c = compileOverride(p, o as never, ['options', 'parameters', id], locale)
      if (!c.ok) issues.push(...c.issues)
      else overrides.set(id, c.values)
    }
  if (issues.length > 0) throw new BpjsValidationError(uniqueIssues(issues), locale)
  const parsed = r.data as { locale?: Locale; rounding?: RoundingMode }
  return {
    resolved: { locale, rounding: parsed.rounding ?? DEFAULT_ROUNDING, overrides },
    parsed: r.data as never,
  }
}

const FALLBACK: Readonly<Record<Locale, ResolvedOptions>> = {
  id: Object.freeze({ locale: 'id', rounding: DEFAULT_ROUNDING, overrides: new Map() }),
  en: Object.freeze({ locale: 'en', rounding: DEFAULT_ROUNDING, overrides: new Map() }),
}

/**
 * The options a cross-field check reads the law with when the caller's options were refused: the library's
 * own law, in the caller's language (see `checkInput` in `src/schemas/common.ts`).
 *
 * @example
 * ```ts
 * optionsOrDefault(undefined, 'en').overrides.size //=> 0
 * ```
 */
export function optionsOrDefault(
  options: { readonly resolved: ResolvedOptions } | undefined,
  locale: Locale,
): ResolvedOptions {
  return options?.resolved ?? FALLBACK[locale]
}
