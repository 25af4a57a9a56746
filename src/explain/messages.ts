import { PLACEHOLDER, placeholderText, templateOf, useMessages } from '../i18n/registry.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import { boundedMap } from '../internal/cache.js'
import type { RoundingMode } from '../money/rounding.js'
import type { Explanation, Warning } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'

useMessages(coreMessages)

/*
 * The one template renderer of the explanations: a message of the catalogues with its `{name}` values, a
 * warning, the rounding block. Templates are split once (the catalogues are frozen).
 */
/**
 * Message templates split at their placeholders (`{name}`, `{name:n}`): `[text, name, format, text, …]`, the
 * format `':n'` or `''`.
 */
const compiledTemplates = boundedMap<string, readonly string[]>(
  {
    name: 'explain/messages.ts compiledTemplates',
    holds: 'message templates split at their placeholders',
    safe: 'the catalogues are frozen; a template always splits the same way',
    bound: '4,096 templates (the catalogues hold fewer)',
  },
  4096,
)
/** The empty message values, shared. */
export const EMPTY_PARAMS: MessageParams = Object.freeze({})
const hasOwn = Object.prototype.hasOwnProperty

function compileTemplate(template: string): readonly string[] {
  const hit = compiledTemplates.get(template)
  if (hit !== undefined) return hit
  const parts: string[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1] as string, m[2] ?? '')
    last = m.index + m[0].length
  }
  parts.push(template.slice(last))
  return compiledTemplates.set(template, parts)
}

/**
 * The message `code` in `locale`: the same text as `message(code, params, locale)` (an unknown code renders
 * as itself, a missing value stays visible as written), from a template split once.
 */
export function renderMessage(code: string, params: MessageParams, locale: Locale): string {
  const template = templateOf(code, locale)
  if (template === undefined) return code
  const parts = compileTemplate(template)
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i] as string
    const format = parts[i + 1] as string
    const v = hasOwn.call(params, name) ? params[name] : undefined
    out += v === undefined || v === null ? `{${name}${format}}` : placeholderText(v, format, locale)
    out += parts[i + 2] as string
  }
  return out
}

/**
 * A warning as {@link RuleContext.warn} records it: the code, the message in `locale`, the parameter id
 * when there is one.
 *
 * @example
 * ```ts
 * warningOf('JKK_DISCOUNT_NOT_IN_FORCE', { period: '2024-06' }, 'en').code //=> 'JKK_DISCOUNT_NOT_IN_FORCE'
 * ```
 */
export function warningOf(
  code: string,
  params: MessageParams,
  locale: Locale,
  parameterId?: string,
): Warning {
  const w: { code: string; message: string; parameterId?: string } = {
    code,
    message: renderMessage(code, params, locale),
  }
  if (parameterId !== undefined) w.parameterId = parameterId
  return w
}

const roundingDescriptions = boundedMap<string, Explanation['rounding']>(
  {
    name: 'explain/messages.ts roundingDescriptions',
    holds: "the explanation's rounding block per mode and locale",
    safe: 'derived from the frozen catalogues; frozen',
    bound: 'rounding modes × locales',
  },
  64,
)

/** The explanation's rounding block of a mode in a locale (frozen, shared). */
export function roundingDescription(mode: RoundingMode, locale: Locale): Explanation['rounding'] {
  const key = `${mode}|${locale}`
  let r = roundingDescriptions.get(key)
  if (r === undefined) {
    r = Object.freeze({
      mode,
      unit: 1 as const,
      description: renderMessage(`ROUNDING_${mode.replace('-', '_')}`, EMPTY_PARAMS, locale),
    })
    roundingDescriptions.set(key, r)
  }
  return r
}
