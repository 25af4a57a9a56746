import type { RuleContext } from '../explain/context.js'
import type { Json } from '../explain/types.js'
import type { MessageParams } from '../i18n/types.js'
import type { Citation } from '../legal/types.js'
import type { ParameterReading } from '../parameters/types.js'
import type { Condition, Reason } from './types.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { useMessages } from '../i18n/registry.js'

useMessages(eligibilityMessages)

/** Builds a reason in the context's locale. */
export function reason(
  ctx: RuleContext,
  code: string,
  params: MessageParams,
  legal: readonly Citation[],
): Reason {
  return { code, message: ctx.t(code, params), legal: [...legal] }
}

/** The citations of parameter readings, once each. */
export function legalOf(...readings: readonly ParameterReading[]): Citation[] {
  const out: Citation[] = []
  const seen = new Set<string>()
  for (const r of readings)
    for (const c of r.legal) {
      const k = `${c.source}|${c.article ?? ''}`
      if (!seen.has(k)) {
        seen.add(k)
        out.push(c)
      }
    }
  return out
}

/** Concatenates citation lists without duplicates. */
export function mergeLegal(...lists: readonly (readonly Citation[])[]): Citation[] {
  const out: Citation[] = []
  const seen = new Set<string>()
  for (const l of lists)
    for (const c of l) {
      const k = `${c.source}|${c.article ?? ''}`
      if (!seen.has(k)) {
        seen.add(k)
        out.push(c)
      }
    }
  return out
}

/** Reasons without duplicates (same code and message), in order. */
export function uniqueReasons(list: readonly Reason[]): Reason[] {
  const out: Reason[] = []
  const seen = new Set<string>()
  for (const r of list) {
    const k = `${r.code}|${r.message}`
    if (!seen.has(k)) {
      seen.add(k)
      out.push(r)
    }
  }
  return out
}

/** Paths without duplicates, in order. */
export function uniquePaths(list: readonly string[]): string[] {
  return [...new Set(list)]
}

/** A condition result. `missing` is kept only when the status is unknown. */
export function condition(
  id: string,
  status: Condition['status'],
  reasons: readonly Reason[],
  missing: readonly string[] = [],
): Condition {
  return status === 'unknown'
    ? { id, status, reasons: [...reasons], missing: uniquePaths(missing) }
    : { id, status, reasons: [...reasons] }
}

/**
 * Three-valued AND of conditions (Kleene): one `not-met` → `not-eligible`; else one `unknown` → `unknown`
 * (with the union of the missing paths); else `eligible`.
 */
export function combine(conditions: readonly Condition[]): {
  status: 'eligible' | 'not-eligible' | 'unknown'
  missing?: string[]
} {
  if (conditions.some((c) => c.status === 'not-met')) return { status: 'not-eligible' }
  const unknown = conditions.filter((c) => c.status === 'unknown')
  if (unknown.length > 0)
    return { status: 'unknown', missing: uniquePaths(unknown.flatMap((c) => c.missing ?? [])) }
  return { status: 'eligible' }
}

/**
 * The explanation step of one claim condition: its status in words and its reasons, with the inputs and
 * parameters it read; the step's citations are its reasons' citations.
 */
export function stepCondition(
  ctx: RuleContext,
  rule: string,
  c: Condition,
  inputs: { readonly [key: string]: Json },
  parameters: readonly ParameterReading[],
): void {
  ctx.step({
    rule,
    text: 'ELIG_STEP_CONDITION',
    params: {
      condition: c.id,
      status: ctx.t(`ELIG_CONDITION_${c.status.replace('-', '_')}`),
      detail: c.reasons.map((r) => r.message).join(' '),
    },
    inputs,
    parameters,
    legal: mergeLegal(...c.reasons.map((r) => r.legal)),
    value: c.status,
  })
}
