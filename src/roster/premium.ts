import { calculateContribution } from '../contributions/index.js'
import { checkAmount } from '../money/amount.js'
import { senText } from '../money/exact.js'
import { formatRupiah } from '../money/format.js'
import { errorText } from './findings.js'
import { invalid, own } from './row.js'
import type { RosterEnv, RowState } from './state.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/** One program month priced for a package. */
interface Priced {
  readonly ok: true
  readonly base: number
  readonly perMonth: number
}

/** The package's premium for a declared income (sen) and sector, or why the calculation refused. */
export type PremiumPrice = (
  incomeSen: number,
  sector: 'transport' | 'other' | undefined,
) => Priced | { ok: false; reason: string }

/**
 * The pricing of one assessor: `calculateContribution` (BPU, the roster's programs and payer, the month of
 * `asOf`) once per income and sector, its step recorded once.
 */
export function premiumPricer(env: RosterEnv): PremiumPrice {
  const cache = new Map<string, Priced | { ok: false; reason: string }>()
  return (incomeSen, sector) => {
    const key = `${incomeSen}|${sector ?? ''}`
    const hit = cache.get(key)
    if (hit !== undefined) return hit
    let out: Priced | { ok: false; reason: string }
    try {
      out = price(env, incomeSen, sector)
    } catch (e) {
      const text = errorText(e)
      if (text === undefined) throw e
      out = { ok: false, reason: text }
    }
    cache.set(key, out)
    return out
  }
}

/** Prices the package for one income, absorbs the calculation's trace and records the roster's step. */
function price(env: RosterEnv, incomeSen: number, sector: 'transport' | 'other' | undefined): Priced {
  const { ctx, period, programs } = env
  const income = senText(incomeSen)
  const r = calculateContribution(
    {
      category: 'BPU',
      period,
      declaredIncome: income,
      programs: [...programs],
      payer: env.settings.payer,
      ...(sector === undefined ? {} : { sector }),
    },
    env.passOptions,
  )
  // a clamped income is a finding of its row (ROSTER_INCOME_CLAMPED), not one warning per income
  ctx.absorb(
    r.explanation,
    r.warnings.filter((w) => w.code !== 'BPU_INCOME_CLAMPED'),
  )
  const baseLine = r.lines.find((l) => l.base !== undefined)
  const out: Priced = { ok: true, base: baseLine?.base ?? 0, perMonth: r.totals.total }
  const rounding = r.explanation.steps.find((st) => st.rounding !== undefined)?.rounding
  ctx.step({
    rule: 'roster.premium',
    text: 'STEP_ROSTER_PREMIUM',
    params: {
      period,
      income: formatRupiah(income),
      programs: programs.join('+'),
      premium: formatRupiah(r.totals.total),
    },
    inputs: {
      declaredIncome: income,
      programs: [...programs],
      ...(sector === undefined ? {} : { sector }),
    },
    legal: r.explanation.legal.map((c) => ({
      source: c.source,
      ...(c.article === undefined ? {} : { article: c.article }),
    })),
    ...(rounding === undefined ? {} : { rounding }),
    value: r.totals.total,
  })
  return out
}

/** The income of a row in sen: its own, else the roster's (a finding says so), else a finding. */
function incomeOf(env: RosterEnv, st: RowState): number | undefined {
  const { finding } = env
  const inc = own(st, 'declaredIncome')
  if (inc === undefined || inc === null || inc === '') {
    const fallback = env.settings.declaredIncome
    if (fallback === undefined) st.findings.push(finding('ROSTER_INCOME_MISSING', {}, 'declaredIncome'))
    else
      st.findings.push(
        finding('ROSTER_INCOME_DEFAULTED', { income: formatRupiah(senText(fallback)) }, 'declaredIncome'),
      )
    return fallback
  }
  const c = checkAmount(inc, false)
  if (c.ok) return c.sen
  invalid(env, st, 'declaredIncome')
  return undefined
}

/** A BPU row's package and premium (unless it is not eligible), with a finding when the income was clamped. */
export function applyPremium(env: RosterEnv, st: RowState, pricer: PremiumPrice): void {
  const { person, findings } = st
  if (person.category !== 'BPU' || person.eligibility.status === 'not-eligible') return
  const incomeSen = incomeOf(env, st)
  if (incomeSen === undefined) return
  const p = pricer(incomeSen, st.sector)
  if (!p.ok) {
    findings.push(env.finding('ROSTER_PREMIUM_REFUSED', { reason: p.reason }))
    return
  }
  person.premium = { programs: [...env.programs], base: p.base, perMonth: p.perMonth }
  if (p.base * 100 !== incomeSen)
    findings.push(
      env.finding(
        'ROSTER_INCOME_CLAMPED',
        { income: formatRupiah(senText(incomeSen)), base: formatRupiah(p.base) },
        'declaredIncome',
      ),
    )
}
