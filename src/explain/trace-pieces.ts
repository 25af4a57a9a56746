import { describeCitation } from '../legal/describe.js'
import type { Citation } from '../legal/types.js'
import type { Locale } from '../i18n/types.js'
import { weakCache } from '../internal/cache.js'
import type { ParameterReading } from '../parameters/types.js'
import type { Json, TraceCitation, TraceParameter, TraceParameterRef } from './types.js'

/*
 * The pieces of a trace, memoised. Every value kept here is derived from frozen data (a frozen parameter
 * reading, a citation) and is itself frozen, so sharing it between results changes nothing but speed; the
 * caches are weak (src/internal/cache.ts).
 */

/** The parameter references and citations of a step, frozen, shareable between results. */
export interface StepShared {
  readonly parameters: readonly TraceParameterRef[]
  readonly legal: readonly Citation[]
}

export function citationKey(c: Citation): string {
  return `${c.source}|${c.article ?? ''}`
}

export function sameCitation(a: Citation, b: Citation): boolean {
  return a.source === b.source && (a.article ?? '') === (b.article ?? '')
}

/** A reading as a step's parameter reference, once per (frozen, memoised) reading. */
const refCache = weakCache<ParameterReading, TraceParameterRef>({
  name: 'explain/trace-pieces.ts refCache',
  holds: "a frozen reading's parameter reference in a step",
  safe: 'kept only for a frozen reading; the reference is frozen',
  bound: 'weak: one entry per reading alive',
})

export function refOf(p: ParameterReading): TraceParameterRef {
  const hit = refCache.get(p)
  if (hit !== undefined) return hit
  const ref: { id: string; value: Json; from: string; to?: string } = {
    id: p.id,
    value: p.value as Json,
    from: p.from,
  }
  if (p.to !== undefined) ref.to = p.to
  if (Object.isFrozen(p)) refCache.set(p, Object.freeze(ref))
  return ref
}

/** A reading as an entry of the explanation's parameter list, with its dedupe key. */
export interface UsedEntry {
  readonly key: string
  readonly trace: TraceParameter
}
const usedCache = weakCache<ParameterReading, UsedEntry>({
  name: 'explain/trace-pieces.ts usedCache',
  holds: "a frozen reading's entry in the explanation's parameter list",
  safe: 'kept only for a frozen reading; the entry is frozen',
  bound: 'weak: one entry per reading alive',
})

export function usedOf(r: ParameterReading): UsedEntry {
  const hit = usedCache.get(r)
  if (hit !== undefined) return hit
  const t: { -readonly [K in keyof TraceParameter]: TraceParameter[K] } = {
    id: r.id,
    value: r.value as Json,
    from: r.from,
    date: r.date,
    confidence: r.confidence,
    legal: r.legal,
    overridden: r.overridden,
  }
  if (r.to !== undefined) t.to = r.to
  if (r.lastVerifiedOn !== undefined) t.lastVerifiedOn = r.lastVerifiedOn
  if (r.note !== undefined) t.note = r.note
  const entry = { key: `${r.id}|${r.from}`, trace: t }
  if (Object.isFrozen(r)) {
    Object.freeze(t)
    usedCache.set(r, entry)
  }
  return entry
}

/** A citation with its text and title in each locale, once per citation object. */
const citationCache = weakCache<Citation, { id?: TraceCitation; en?: TraceCitation }>({
  name: 'explain/trace-pieces.ts citationCache',
  holds: 'a citation with its text and title, per locale',
  safe: 'kept only for a frozen citation; the legal registry is frozen',
  bound: 'weak: two locales per citation alive',
})

export function traceCitationOf(c: Citation, locale: Locale): TraceCitation {
  let byLocale = citationCache.get(c)
  const hit = byLocale?.[locale]
  if (hit !== undefined) return hit
  // a library decision's title is its question, its url the decision's anchor in the docs (D25)
  const tc: { -readonly [K in keyof TraceCitation]: TraceCitation[K] } = {
    ...c,
    ...describeCitation(c, locale),
  }
  if (Object.isFrozen(c)) {
    if (byLocale === undefined) {
      byLocale = {}
      citationCache.set(c, byLocale)
    }
    byLocale[locale] = Object.freeze(tc)
  }
  return tc
}

/**
 * The citations of a step: its own (`legal`) first, then its parameters', each once in order of first
 * appearance (the one citation merge of the explanations).
 */
export function citationsOf(
  legal: readonly Citation[] | undefined,
  readings: readonly ParameterReading[],
): Citation[] {
  const out: Citation[] = []
  const add = (c: Citation) => {
    for (const x of out) if (sameCitation(x, c)) return
    out.push(c)
  }
  if (legal !== undefined) for (const c of legal) add(c)
  for (const p of readings) for (const c of p.legal) add(c)
  return out
}

/** The parameter references of a step's readings, in order. */
export function refsOf(readings: readonly ParameterReading[]): TraceParameterRef[] {
  const refs: TraceParameterRef[] = []
  for (const p of readings) refs.push(refOf(p))
  return refs
}

/**
 * The references and citations a step with these `legal` and `parameters` gets (its own citations first,
 * then its parameters', each once in order of first appearance), frozen so that many results can share them.
 */
export function stepShared(
  legal: readonly Citation[] | undefined,
  parameters: readonly ParameterReading[] | undefined,
): StepShared {
  const readings = parameters ?? []
  return { parameters: freezeDeep(refsOf(readings)), legal: freezeDeep(citationsOf(legal, readings)) }
}

/** The one deep-freeze of the trace (stops at an already frozen object: shared pieces are frozen). */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeDeep(value[i])
  else for (const k in value) freezeDeep(value[k])
  return value
}
