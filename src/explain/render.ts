import { message } from '../i18n/format.js'
import type { Locale } from '../i18n/types.js'
import { formatRupiah } from '../money/format.js'
import { BpjsValidationError, invalidTypeIssue, makeIssue } from '../errors.js'
import { TRACE_FORMAT, type Explanation, type Json, type Warning } from './types.js'

function show(v: Json, l: Locale = 'id'): string {
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v)
  if (typeof v === 'string') return v
  const text = JSON.stringify(v)
  // a whole table (e.g. the program matrix) would drown the step: name it instead
  return text.length <= 100 ? text : message('EXPLAIN_TABLE', {}, l)
}

/** Options of {@link renderExplanation}. */
export interface RenderOptions {
  /** Headings language; defaults to the explanation's own locale. */
  readonly locale?: Locale
  /** Warnings of the result, printed after the steps. */
  readonly warnings?: readonly Warning[]
}

/**
 * Renders an explanation as readable text: one numbered block per step with its formula, inputs,
 * parameters (with effective dates), legal basis and rounding, then the legal sources.
 *
 * @example
 * ```ts
 * const r = calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 })
 * console.log(renderExplanation(r.explanation, { warnings: r.warnings }))
 * ```
 */
export function renderExplanation(explanation: Explanation, options: RenderOptions = {}): string {
  if (explanation === null || typeof explanation !== 'object' || Array.isArray(explanation))
    throw new BpjsValidationError([makeIssue([], 'INPUT_NOT_OBJECT')])
  const e = explanation as { format?: unknown; steps?: unknown; parameters?: unknown; legal?: unknown }
  const problems = [
    ...(e.format === TRACE_FORMAT
      ? []
      : [
          makeIssue(['format'], e.format === undefined ? 'REQUIRED' : 'EXPLANATION_INVALID', {
            format: TRACE_FORMAT,
          }),
        ]),
    ...(['steps', 'parameters', 'legal'] as const)
      .filter((k) => !Array.isArray(e[k]))
      .map((k) =>
        e[k] === undefined ? makeIssue([k], 'REQUIRED') : invalidTypeIssue([k], 'array', typeof e[k]),
      ),
  ]
  if (problems.length > 0) throw new BpjsValidationError(problems)
  if (options === null || typeof options !== 'object')
    throw new BpjsValidationError([makeIssue(['options'], 'INPUT_NOT_OBJECT')])
  const l = options.locale ?? explanation.locale
  const t = (code: string) => message(code, {}, l)
  const lines: string[] = [`${t('EXPLAIN_TITLE')}: ${explanation.operation} (${explanation.date})`]
  explanation.steps.forEach((s, i) => {
    lines.push('', `${t('EXPLAIN_STEP')} ${i + 1} [${s.rule}]: ${s.description}`)
    if (s.formula !== undefined) lines.push(`  ${t('EXPLAIN_FORMULA')}: ${s.formula}`)
    const inputs = Object.entries(s.inputs)
    if (inputs.length > 0)
      lines.push(`  ${t('EXPLAIN_INPUTS')}: ${inputs.map(([k, v]) => `${k} = ${show(v, l)}`).join(', ')}`)
    for (const p of s.parameters)
      lines.push(
        `  ${t('EXPLAIN_PARAMETERS')}: ${p.id} = ${show(p.value, l)} (${t('EXPLAIN_SINCE')} ${p.from}${p.to === undefined ? '' : ` ${t('EXPLAIN_UNTIL')} ${p.to}`})`,
      )
    if (s.legal.length > 0) {
      const texts = s.legal.map(
        (c) =>
          explanation.legal.find((x) => x.source === c.source && x.article === c.article)?.text ?? c.source,
      )
      lines.push(`  ${t('EXPLAIN_LEGAL')}: ${texts.join('; ')}`)
    }
    if (s.rounding !== undefined)
      lines.push(
        `  ${t('EXPLAIN_ROUNDING')}: ${s.rounding.exact} → ${s.rounding.rounded} (${message(`ROUNDING_${s.rounding.mode.replace('-', '_')}`, {}, l)})`,
      )
    lines.push(
      `  ${t('EXPLAIN_RESULT')}: ${typeof s.value === 'number' && Number.isSafeInteger(s.value) && s.rounding !== undefined ? formatRupiah(s.value) : show(s.value, l)}`,
    )
  })
  const lowOrOverride = explanation.parameters.filter((p) => p.confidence === 'low' || p.overridden)
  if (lowOrOverride.length > 0) {
    lines.push('', `${t('EXPLAIN_PARAMETERS')}:`)
    for (const p of lowOrOverride)
      lines.push(
        `  ${p.id} = ${show(p.value, l)} (${p.overridden ? t('EXPLAIN_OVERRIDDEN') : `${t('EXPLAIN_CONFIDENCE')}: ${p.confidence}`})`,
      )
  }
  if (explanation.legal.length > 0) {
    lines.push('', `${t('EXPLAIN_LEGAL')}:`)
    // a library decision links to its page in the docs (D25)
    for (const c of explanation.legal)
      lines.push(
        `  - ${c.text}: ${c.title}${c.source === 'DECISIONS' && c.url !== undefined ? ` <${c.url}>` : ''}`,
      )
  }
  if (options.warnings !== undefined && options.warnings.length > 0) {
    lines.push('', `${t('EXPLAIN_WARNINGS')}:`)
    for (const w of options.warnings) lines.push(`  - [${w.code}] ${w.message}`)
  }
  return lines.join('\n')
}
