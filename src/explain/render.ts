import { BpjsValidationError, ENGLISH_PACK, makeIssue } from '../errors.js'
import { englishLoaded, textOf, useMessages } from '../i18n/registry.js'
import { LOCALES, type Locale } from '../i18n/types.js'
import { safeTerminalText } from '../internal/terminal.js'
import { formatRupiah } from '../money/format.js'
import {
  at,
  choice,
  isPlainObject,
  Reader,
  readTrace,
  Stop,
  type Loc,
  type ReadTrace,
} from './render-read.js'
import type { Explanation, Json, Warning } from './types.js'
import { coreMessages } from '../i18n/messages/core.js'

useMessages(coreMessages)

export { RENDER_LIMITS } from './render-read.js'

/** Options of {@link renderExplanation}. */
export interface RenderOptions {
  /** Headings language: `'id'` or `'en'`; defaults to the explanation's own locale. */
  readonly locale?: Locale
  /** Warnings of the result, printed after the steps. */
  readonly warnings?: readonly Warning[]
}

// ── the options a caller hands in, and the locale of the errors ──────────────────────────────────

const OPTION_KEYS = new Set(['locale', 'warnings'])
const OPTIONS: Loc = at(null, 'options')

function readOptions(
  r: Reader,
  options: unknown,
): { locale: Locale | undefined; warnings: readonly { code: string; message: string }[] } | undefined {
  if (options === undefined) return { locale: undefined, warnings: [] }
  if (!isPlainObject(options)) return (r.issue(OPTIONS, 'INPUT_NOT_OBJECT'), undefined)
  const f = r.object(options, OPTIONS)
  if (f === undefined) return undefined
  let ok = true
  for (const k in f)
    if (!OPTION_KEYS.has(k)) {
      r.issue(at(OPTIONS, k), 'UNKNOWN_KEY', { key: k })
      ok = false
    }
  const locale = f['locale']
  if (locale !== undefined && !choice(r, locale, at(OPTIONS, 'locale'), LOCALES)) ok = false
  const warnings =
    f['warnings'] === undefined
      ? []
      : r.list(f['warnings'], at(OPTIONS, 'warnings'), (x, l) => {
          const w = r.object(x, l)
          if (w === undefined) return undefined
          const code = r.string(w['code'], l, 'code')
          const text = r.string(w['message'], l, 'message')
          return code === undefined || text === undefined ? undefined : { code, message: text }
        })
  if (!ok || warnings === undefined) return undefined
  return { locale: locale as Locale | undefined, warnings }
}

/**
 * The caller's locale for error messages: the options' if valid, else the explanation's, else Indonesian
 * (English only when the English pack is loaded).
 */
function errorLocale(explanation: unknown, options: unknown): Locale {
  for (const holder of [options, explanation]) {
    try {
      const l =
        holder !== null && typeof holder === 'object' ? (holder as { locale?: unknown }).locale : undefined
      if (l === 'id' || (l === 'en' && englishLoaded())) return l
    } catch {
      // an unreadable holder is reported by the reader
    }
  }
  return 'id'
}

/** Refuses English without the English pack (`LOCALE_NOT_LOADED` at `path`, the locale's origin). */
function requireRenderable(l: Locale, path: readonly string[]): void {
  if (l === 'en' && !englishLoaded())
    throw new BpjsValidationError([makeIssue(path, 'LOCALE_NOT_LOADED', { locale: l, pack: ENGLISH_PACK })])
}

// ── rendering ─────────────────────────────────────────────────────────────────────────────────────

function show(v: Json, l: Locale): string {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v)
  if (typeof v === 'string') return v
  const text = JSON.stringify(v)
  // a whole table (e.g. the program matrix) would drown the step: name it instead
  return text.length <= 100 ? text : textOf('EXPLAIN_TABLE', {}, l)
}

/**
 * A rounding's exact amount as rupiah, written as every amount of the texts is (`Rp416.666,67`,
 * `Rp399.700,0005`): any number of decimals, since it is the amount before the one rounding. A text that is
 * not a plain decimal (a forged trace) is shown as it is.
 */
function exactRupiah(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (m === null) return text
  const [, sign, whole, frac] = m as unknown as [string, string, string, string | undefined]
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.')
  return `${sign}Rp${grouped}${frac === undefined ? '' : `,${frac}`}`
}

/**
 * An amount of rupiah as the texts write it (`Rp416.667`, `Rp5.000.000,50`); any other value (a number of 16
 * digits or more, with more than two decimals, a text) as {@link show} gives it.
 */
function showRupiah(v: Json, l: Locale): string {
  return typeof v === 'number' && /^-?\d{1,15}(?:\.\d{1,2})?$/.test(String(v))
    ? formatRupiah(String(v))
    : show(v, l)
}

const citationKey = (source: string, article: string | undefined) => `${source}\u0000${article ?? ''}`

/**
 * Renders an explanation as readable text: one numbered block per step with its formula, inputs,
 * parameters (with effective dates), legal basis and rounding, then the legal sources.
 *
 * The explanation may come from anywhere (a stored JSON, a request body), so it is checked first: a forged
 * or damaged trace (a step that is not an object, a missing list, a cycle, a `BigInt`, a throwing getter)
 * is refused with a `BpjsValidationError` naming each problem's path, never a `TypeError`. Fields the text
 * does not print (`rounding` of the whole trace, a parameter's `legal` …) are not checked, and unknown
 * fields are ignored, so a trace of a later version still renders.
 *
 * Text from the caller (a cohort's name, a child's name, an id) is printed with every terminal control
 * character (ESC, BEL, CR, BS, line feeds, C1 controls such as CSI U+009B, bidi controls such as RLO
 * U+202E) shown as a visible escape (`\x1B`, `\u202E`), so the text cannot drive the terminal or hide
 * what it says. The JSON explanation itself keeps the caller's data as given.
 *
 * Limits ({@link RENDER_LIMITS}): at most 10,000 steps, parameters, citations and warnings, JSON values
 * nested at most 32 deep, 1,000,000 values in all; the work is linear in the size of the explanation.
 *
 * @example
 * ```ts
 * const r = calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 })
 * console.log(renderExplanation(r.explanation, { warnings: r.warnings }))
 * ```
 * @throws {BpjsValidationError} `INPUT_NOT_OBJECT`, `REQUIRED`, `INVALID_TYPE`, `EXPLANATION_INVALID` (not a
 * `bpjs-tk.trace.v1`), `EXPLANATION_CYCLE`, `EXPLANATION_TOO_DEEP`, `EXPLANATION_TOO_LARGE`, `TOO_MANY_ITEMS`
 * (`{ max, actual }`) at the path of the problem; `UNKNOWN_KEY` and `INVALID_VALUE` for options (`locale`
 * must be `'id'` or `'en'`); `LOCALE_NOT_LOADED` when the text would be English and the English pack is not
 * loaded.
 */
export function renderExplanation(explanation: Explanation, options?: RenderOptions): string {
  const r = new Reader(errorLocale(explanation, options))
  let trace: ReadTrace | undefined
  let opts: ReturnType<typeof readOptions>
  try {
    trace = readTrace(r, explanation)
    opts = readOptions(r, options)
  } catch (e) {
    if (!(e instanceof Stop)) throw e
  }
  if (r.issues.length > 0 || trace === undefined || opts === undefined)
    throw new BpjsValidationError(
      r.issues.length > 0 ? r.issues : [makeIssue([], 'INPUT_NOT_OBJECT')],
      r.locale,
    )

  const l = opts.locale ?? trace.locale
  requireRenderable(l, opts.locale === undefined ? ['locale'] : ['options', 'locale'])
  const headings = new Map<string, string>()
  const t = (code: string): string => {
    let h = headings.get(code)
    if (h === undefined) headings.set(code, (h = textOf(code, {}, l)))
    return h
  }
  const cited = new Map<string, string>()
  for (const c of trace.legal) {
    const key = citationKey(c.source, c.article)
    if (!cited.has(key)) cited.set(key, c.text)
  }
  const lines: string[] = [`${t('EXPLAIN_TITLE')}: ${trace.operation} (${trace.date})`]
  trace.steps.forEach((s, i) => {
    lines.push('', `${t('EXPLAIN_STEP')} ${i + 1} [${s.rule}]: ${s.description}`)
    if (s.formula !== undefined) lines.push(`  ${t('EXPLAIN_FORMULA')}: ${s.formula}`)
    if (s.inputs.length > 0)
      lines.push(`  ${t('EXPLAIN_INPUTS')}: ${s.inputs.map(([k, v]) => `${k} = ${show(v, l)}`).join(', ')}`)
    for (const p of s.parameters)
      lines.push(
        `  ${t('EXPLAIN_PARAMETERS')}: ${p.id} = ${show(p.value, l)} (${t('EXPLAIN_SINCE')} ${p.from}${p.to === undefined ? '' : ` ${t('EXPLAIN_UNTIL')} ${p.to}`})`,
      )
    if (s.legal.length > 0) {
      const texts = s.legal.map((c) => cited.get(citationKey(c.source, c.article)) ?? c.source)
      lines.push(`  ${t('EXPLAIN_LEGAL')}: ${texts.join('; ')}`)
    }
    if (s.rounding !== undefined)
      lines.push(
        `  ${t('EXPLAIN_ROUNDING')}: ${exactRupiah(s.rounding.exact)} → ${showRupiah(s.rounding.rounded, l)} (${t(`ROUNDING_${s.rounding.mode.replace('-', '_')}`)})`,
      )
    lines.push(
      `  ${t('EXPLAIN_RESULT')}: ${s.rounding !== undefined || s.unit === 'rupiah' ? showRupiah(s.value, l) : show(s.value, l)}`,
    )
  })
  const lowOrOverride = trace.parameters.filter((p) => p.confidence === 'low' || p.overridden)
  if (lowOrOverride.length > 0) {
    lines.push('', `${t('EXPLAIN_PARAMETERS')}:`)
    for (const p of lowOrOverride)
      lines.push(
        `  ${p.id} = ${show(p.value, l)} (${p.overridden ? t('EXPLAIN_OVERRIDDEN') : `${t('EXPLAIN_CONFIDENCE')}: ${p.confidence}`})`,
      )
  }
  if (trace.legal.length > 0) {
    lines.push('', `${t('EXPLAIN_LEGAL')}:`)
    // a library decision links to its page in the docs (D25)
    for (const c of trace.legal)
      lines.push(
        `  - ${c.text}: ${c.title}${c.source === 'DECISIONS' && c.url !== undefined ? ` <${c.url}>` : ''}`,
      )
  }
  if (opts.warnings.length > 0) {
    lines.push('', `${t('EXPLAIN_WARNINGS')}:`)
    for (const w of opts.warnings) lines.push(`  - [${w.code}] ${w.message}`)
  }
  // every line is built from the trace's strings: neutralise terminal controls line by line (a line feed
  // inside a caller's string is shown as \x0A, so it cannot forge a line either)
  return lines.map(safeTerminalText).join('\n')
}
