import { RuleContext } from '../explain/context.js'
import type { Mark } from '../explain/context.js'
import { deepFreeze } from '../internal/freeze.js'
import { formatRupiah } from '../money/format.js'
import type { PlanCoverageProgramInput } from '../programs-plan/plan.js'
import type { resolveOptions } from '../schemas/options.js'
import type { RosterEnv, Tally } from './state.js'
import { sortedRecord } from './tally.js'
import type { RosterCohort, RosterSummary } from './types.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { contributionsMessages } from '../i18n/messages/contributions.js'
import { eligibilityMessages } from '../i18n/messages/eligibility.js'
import { rosterMessages } from '../i18n/messages/roster.js'
import { useMessages } from '../i18n/registry.js'

useMessages(coreInputMessages, contributionsMessages, eligibilityMessages, rosterMessages)

/** How many cohorts one planCoverageProgram input takes. */
const COHORTS_PER_PLAN = 100

/** The steps of the rows, the NIK defects and the duplicates. */
function rowSteps(c2: RuleContext, env: RosterEnv, tally: Tally): void {
  const { rows, counts, nikDefects, duplicates } = tally
  const { asOf } = env
  c2.step({
    rule: 'roster.rows',
    text: 'STEP_ROSTER_ROWS',
    params: { rows, asOf, ...counts },
    inputs: { rows, asOf, payer: env.settings.payer },
    value: { ...counts },
  })
  c2.step({
    rule: 'roster.nik',
    text: 'STEP_ROSTER_NIK',
    params: { defects: nikDefects },
    inputs: { rows },
    value: nikDefects,
  })
  c2.step({
    rule: 'roster.duplicates',
    text: 'STEP_ROSTER_DUPLICATES',
    params: { duplicates },
    inputs: { rows },
    value: duplicates,
  })
}

/** One step per cohort (workers × premium) and the total: the first-month premium. */
function cohortSteps(c2: RuleContext, list: readonly RosterCohort[]): number {
  let monthly = 0
  for (const c of list) {
    const total = c.workers * c.premiumPerWorkerPerMonth
    monthly += total
    c2.step({
      rule: 'roster.cohort',
      text: 'STEP_ROSTER_COHORT',
      formula: 'FORMULA_ROSTER_COHORT',
      params: {
        cohort: c.name,
        workers: c.workers,
        premium: formatRupiah(c.premiumPerWorkerPerMonth),
        total: formatRupiah(total),
      },
      inputs: { cohort: c.name, workers: c.workers, premiumPerWorkerPerMonth: c.premiumPerWorkerPerMonth },
      unit: 'rupiah',
      value: total,
    })
  }
  c2.step({
    rule: 'roster.total',
    text: 'STEP_ROSTER_TOTAL',
    inputs: { cohorts: list.length },
    unit: 'rupiah',
    value: monthly,
  })
  return monthly
}

/** The planCoverageProgram inputs of the cohorts, at most {@link COHORTS_PER_PLAN} cohorts each. */
function planInputsOf(
  env: RosterEnv,
  tally: Tally,
  list: readonly RosterCohort[],
): PlanCoverageProgramInput[] {
  const s = env.settings
  const months = s.planMonths ?? 12
  const planInputs: PlanCoverageProgramInput[] = []
  const planPayer = s.payer === 'self' ? 'other' : s.payer
  for (let i = 0; i < list.length; i += COHORTS_PER_PLAN) {
    const part = list.slice(i, i + COHORTS_PER_PLAN).map((c) => {
      const { premiumPerWorkerPerMonth: _p, ...cohort } = c
      return { ...cohort, programs: [...cohort.programs] }
    })
    planInputs.push({
      startPeriod: env.period,
      months,
      payer: planPayer,
      cohorts: part,
      ...(i === 0 && s.potentialWorkers !== undefined
        ? {
            potentialWorkers: s.potentialWorkers,
            coveredBefore: Math.min(tally.counts.covered, s.potentialWorkers),
          }
        : {}),
    })
  }
  return planInputs
}

/**
 * The aggregate of the rows added so far, in a fresh context: the rows' steps, then what the eligibility
 * checks and pricing recorded since `start` (replayed), then the cohorts and the plan inputs.
 */
export function summarise(
  env: RosterEnv,
  resolved: ReturnType<typeof resolveOptions>['resolved'],
  start: Mark,
): RosterSummary {
  const { tally, asOf } = env
  const list = [...tally.cohorts.values()]
    .map((c) => ({ ...c.cohort, workers: c.workers }))
    .sort((a, b) => b.workers - a.workers || (a.name < b.name ? -1 : 1))
  const c2 = new RuleContext('assessRoster', asOf, resolved)
  rowSteps(c2, env, tally)
  // the eligibility and premium steps, parameters and warnings recorded while rows were added
  c2.replay(env.ctx.recording(start))
  const monthly = cohortSteps(c2, list)
  const planInputs = planInputsOf(env, tally, list)
  if (planInputs.length > 1)
    c2.warn('ROSTER_COHORTS_SPLIT', { cohorts: list.length, parts: planInputs.length })
  return deepFreeze({
    asOf,
    period: env.period,
    payer: env.settings.payer,
    rows: tally.rows,
    counts: { ...tally.counts },
    findings: sortedRecord(tally.findingCounts),
    byDistrict: sortedRecord(new Map([...tally.byDistrict].map(([k, v]) => [k, { ...v }]))),
    byOccupation: sortedRecord(new Map([...tally.byOccupation].map(([k, v]) => [k, { ...v }]))),
    cohorts: list,
    monthlyPremium: monthly,
    planInputs,
    warnings: c2.warnings,
    explanation: c2.explanation(),
  })
}
