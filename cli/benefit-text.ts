// The table text of the benefit commands (jkk, jkp, jht, jp, tunggakan), laid out as the death benefits'
// is: labelled facts first (status, regime, amounts, the missing facts) in the reader's language, then the
// command's own table, the reasons with their articles and the warnings.
import type { Warning } from './api.js'
import { t, type Lang, type MessageKey } from './messages.js'
import { label, pairs, warningsBlock } from './output.js'
import { reasonsBlock, type Reason } from './render.js'

/** A result status in words (`payable` has its own key: the bare key labels the "Dibayarkan" field). */
export function statusText(lang: Lang, status: string): string {
  return status === 'payable' ? t(lang, 'statusPayable') : label(lang, status)
}

/** What a benefit result shows besides its own table. */
export interface BenefitText {
  readonly status: string
  /** Labelled facts after the status; an entry whose value is null is left out. */
  readonly facts: readonly (readonly [MessageKey, string | null])[]
  readonly missing: readonly string[]
  /** The command's table(s) and lines. */
  readonly body: readonly string[]
  readonly reasons?: readonly Reason[] | undefined
  readonly warnings?: readonly Warning[] | undefined
}

/** The whole table text of a benefit result. */
export function benefitText(lang: Lang, b: BenefitText): string {
  const head: [string, string][] = [[t(lang, 'status'), statusText(lang, b.status)]]
  if (b.missing.length > 0) head.push([t(lang, 'missing'), b.missing.join(', ')])
  for (const [key, value] of b.facts) if (value !== null) head.push([t(lang, key), value])
  const out = [pairs(head)]
  const body = b.body.filter((x) => x !== '')
  if (body.length > 0) out.push('', ...body)
  if (b.reasons !== undefined && b.reasons.length > 0)
    out.push('', `${t(lang, 'reasons')}:`, ...reasonsBlock(b.reasons, lang))
  out.push(...warningsBlock(b.warnings, lang))
  return out.join('\n')
}
