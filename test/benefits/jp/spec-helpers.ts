/** Shared by the JP specs by rule: a wage history and a step by rule id. */
import type { JpBenefitResult } from '../../../src/index.js'

/** The English option of every spec. */
export const EN = { locale: 'en' } as const

/** `n` paid months from `from` (`'YYYY-MM'`), each with `wage`. */
export function months(from: string, n: number, wage: number): { period: string; wage: number }[] {
  const out: { period: string; wage: number }[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  for (let i = 0; i < n; i++) {
    out.push({ period: `${y}-${String(m).padStart(2, '0')}`, wage })
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

/** The explanation step of `rule`; throws when there is none. */
export const step = (r: JpBenefitResult, rule: string) => {
  const s = r.explanation.steps.find((x) => x.rule === rule)
  if (s === undefined) throw new Error(`no step ${rule}`)
  return s
}
