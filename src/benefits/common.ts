import { BpjsRuleError, BpjsValidationError, makeIssue, type BpjsIssue } from '../errors.js'
import type { RuleContext } from '../explain/context.js'
import type { Locale, MessageParams } from '../i18n/types.js'
import type { Citation } from '../legal/types.js'
import { formatRupiah } from '../money/format.js'
import { COVERAGE } from '../parameters/coverage.js'
import { jkmPosthumousChildMaxMonths } from '../parameters/jkm.js'
import { assertCovered } from '../parameters/lookup.js'
import type { Parameter } from '../parameters/types.js'
import { SCHOOL_LEVELS } from '../parameters/scholarship.js'
import type { ParsedChild } from '../schemas/benefit.js'
import { addMonthsToDate, monthsBetween, periodOf, periodStart, yearMonth } from '../time/calendar.js'
import { protectionDecision, uniqueLegal, type Outcome } from './conditions.js'
import type { BenefitCategory, BenefitReason, FirstPayer, ReasonKind } from './types.js'
import { coreInputMessages } from '../i18n/messages/core-input.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.DECISIONS, legalDecisions.D10)

useMessages(coreInputMessages, benefitsMessages)

const D10 = { source: 'DECISIONS', article: 'D10' } as const

/** A whole-rupiah amount for a message (`Rp42.000.000`). */
export function rp(amount: number): string {
  // past 2^53 − 1 the amount is not exact and the benefit refuses the wage (AMOUNT_TOO_LARGE) before any
  // text is shown: no text for it (formatRupiah refuses it too)
  return Number.isSafeInteger(amount) ? formatRupiah(amount) : '—'
}

/** The later of two ISO dates. */
export function laterOf(a: string, b: string): string {
  // Stryker disable next-line EqualityOperator: when a === b either operand is the answer
  return a >= b ? a : b
}

/** A lookup date kept inside the parameter horizon (future school years are projected with the law of the horizon). */
export function lookupClamp(date: string): string {
  // Stryker disable next-line EqualityOperator: on the horizon itself both branches give the same date
  return date > COVERAGE.horizon ? COVERAGE.horizon : date
}

/** Builds reasons with localized messages. */
export class ReasonList {
  readonly items: BenefitReason[] = []
  private readonly missingList: string[] = []
  constructor(private readonly ctx: RuleContext) {}

  add(
    kind: ReasonKind,
    code: string,
    params: MessageParams,
    legal: readonly Citation[],
    path?: readonly (string | number)[],
  ): void {
    const r: { -readonly [K in keyof BenefitReason]: BenefitReason[K] } = {
      code,
      kind,
      message: this.ctx.t(code, params),
      legal: uniqueLegal(legal),
    }
    if (path !== undefined) r.path = [...path]
    this.items.push(r)
  }

  /** A `MISSING_FACT` reason for an input path; `factParams` fill the fact's own text. */
  missing(
    path: readonly (string | number)[],
    fact: string,
    legal: readonly Citation[],
    factParams: MessageParams = {},
  ): void {
    const joined = path.join('.')
    this.add('missing', 'MISSING_FACT', { path: joined, fact: this.ctx.t(fact, factParams) }, legal, path)
    this.missingList.push(joined)
  }

  has(kind: ReasonKind): boolean {
    return this.items.some((r) => r.kind === kind)
  }

  /** The paths of the `MISSING_FACT` reasons, in order. */
  missingPaths(): string[] {
    return [...this.missingList]
  }
}

/** The facts of a death input the cross-field checks look at. */
interface DeathFacts {
  dateOfDeath: string
  membershipStart?: string | undefined
  birthDate?: string | undefined
  paidThrough?: string | undefined
  contributionMonths?: number | undefined
  children?: readonly ParsedChild[] | undefined
}

/** Cross-field checks shared by both death benefits. Throws one `BpjsValidationError` with every issue. */
export function validateDeathInput(ctx: RuleContext, input: DeathFacts, extra: BpjsIssue[] = []): void {
  const L = ctx.locale
  const issues: BpjsIssue[] = [...extra, ...participantIssues(input, L)]
  if (input.children !== undefined) issues.push(...childrenIssues(ctx, input.dateOfDeath, input.children))
  if (issues.length > 0) throw new BpjsValidationError(issues, L)
  // a paid-through month is a date like the others: inside the library's span (never '9999-12', '1900-01')
  if (input.paidThrough !== undefined)
    try {
      assertCovered(periodStart(input.paidThrough), ['paidThrough'])
    } catch (e) {
      throw e instanceof BpjsRuleError ? e.withLocale(L) : e
    }
}

/** The participant's dates against each other: membership, birth, death, contribution months, paid-through. */
function participantIssues(input: DeathFacts, L: Locale): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  const death = input.dateOfDeath
  if (input.membershipStart !== undefined && input.membershipStart > death)
    issues.push(
      makeIssue(
        ['membershipStart'],
        'MEMBERSHIP_AFTER_DEATH',
        { membershipStart: input.membershipStart, dateOfDeath: death },
        L,
      ),
    )
  if (input.birthDate !== undefined) {
    if (input.birthDate > death)
      issues.push(
        makeIssue(['birthDate'], 'BIRTH_AFTER_DEATH', { birthDate: input.birthDate, dateOfDeath: death }, L),
      )
    if (input.membershipStart !== undefined && input.membershipStart < input.birthDate)
      issues.push(
        makeIssue(
          ['membershipStart'],
          'MEMBERSHIP_BEFORE_BIRTH',
          { membershipStart: input.membershipStart, birthDate: input.birthDate },
          L,
        ),
      )
  }
  if (input.membershipStart !== undefined && input.membershipStart <= death) {
    if (input.contributionMonths !== undefined) {
      const maximum = monthsBetween(periodOf(input.membershipStart), periodOf(death)) + 1
      if (input.contributionMonths > maximum)
        issues.push(
          makeIssue(
            ['contributionMonths'],
            'CONTRIBUTION_MONTHS_EXCEED_MEMBERSHIP',
            { contributionMonths: input.contributionMonths, maximum },
            L,
          ),
        )
    }
    if (input.paidThrough !== undefined && input.paidThrough < periodOf(input.membershipStart))
      issues.push(
        makeIssue(
          ['paidThrough'],
          'PAID_THROUGH_BEFORE_MEMBERSHIP',
          { paidThrough: input.paidThrough, membershipStart: input.membershipStart },
          L,
        ),
      )
  }
  return issues
}

/** Each child's dates: born in time after the death, married and working after birth, the schooling. */
function childrenIssues(ctx: RuleContext, death: string, children: readonly ParsedChild[]): BpjsIssue[] {
  const L = ctx.locale
  const issues: BpjsIssue[] = []
  // The posthumous-birth limit is read only when a child is born after the death (it is low confidence).
  const maxMonths = children.some((c) => c.birthDate > death)
    ? ctx.read(jkmPosthumousChildMaxMonths, death)
    : undefined
  const limit =
    maxMonths === undefined
      ? undefined
      : { months: maxMonths.value, latest: addMonthsToDate(death, maxMonths.value) }
  children.forEach((c, i) => {
    if (limit !== undefined && c.birthDate > limit.latest)
      issues.push(
        makeIssue(
          ['children', i, 'birthDate'],
          'CHILD_BORN_TOO_LATE',
          { birthDate: c.birthDate, latest: limit.latest, months: limit.months },
          L,
        ),
      )
    if (c.marriedOn !== undefined && c.marriedOn < c.birthDate)
      issues.push(
        makeIssue(
          ['children', i, 'marriedOn'],
          'DATE_BEFORE_BIRTH',
          { date: c.marriedOn, birthDate: c.birthDate },
          L,
        ),
      )
    if (c.work !== undefined) {
      if (c.work.from < c.birthDate)
        issues.push(
          makeIssue(
            ['children', i, 'work', 'from'],
            'DATE_BEFORE_BIRTH',
            { date: c.work.from, birthDate: c.birthDate },
            L,
          ),
        )
      if (c.work.kind === 'PU' && c.work.consecutiveMonths === undefined)
        issues.push(makeIssue(['children', i, 'work', 'consecutiveMonths'], 'REQUIRED', {}, L))
    }
    if (c.schooling !== undefined) issues.push(...schoolingIssues(c, c.schooling, i, L))
  })
  return issues
}

/** A child's schooling: no level before the birth year; each level higher than the one before, in a later year. */
function schoolingIssues(
  c: ParsedChild,
  schooling: NonNullable<ParsedChild['schooling']>,
  i: number,
  L: Locale,
): BpjsIssue[] {
  const issues: BpjsIssue[] = []
  const birthYear = yearMonth(c.birthDate).year
  const sorted = schooling.map((s, j) => ({ ...s, j })).sort((a, b) => a.startYear - b.startYear)
  for (const s of sorted) {
    if (s.startYear < birthYear)
      issues.push(
        makeIssue(
          ['children', i, 'schooling', s.j, 'startYear'],
          'SCHOOLING_BEFORE_BIRTH',
          { startYear: s.startYear, birthYear },
          L,
        ),
      )
  }
  // each level must be higher than the one before it and start in a later year
  let prev: (typeof sorted)[number] | undefined
  for (const cur of sorted) {
    if (
      prev !== undefined &&
      (cur.startYear === prev.startYear ||
        SCHOOL_LEVELS.indexOf(cur.level) <= SCHOOL_LEVELS.indexOf(prev.level))
    ) {
      issues.push(
        makeIssue(
          ['children', i, 'schooling'],
          'SCHOOLING_ORDER_INVALID',
          { first: `${prev.level} ${prev.startYear}`, second: `${cur.level} ${cur.startYear}` },
          L,
        ),
      )
      break
    }
    prev = cur
  }
  return issues
}

/**
 * Decisions D11: the event falls in a protected period (decided by {@link protectionDecision}, shared with
 * `checkJkmClaim`). PU, JAKON, PMI: `membershipActive`; BPU: the month is paid (`paidThrough`), or
 * `membershipActive` when `paidThrough` is not given.
 */
export function checkProtection(
  ctx: RuleContext,
  reasons: ReasonList,
  input: {
    category: BenefitCategory
    membershipActive?: boolean | undefined
    paidThrough?: string | undefined
  },
  eventDate: string,
  eventLabel: 'death' | 'accident',
): Outcome {
  const d = protectionDecision(ctx, input, eventDate)
  if (d.code === undefined)
    reasons.missing(
      [d.path],
      d.path === 'paidThrough' ? 'FACT_PAID_THROUGH' : 'FACT_MEMBERSHIP_ACTIVE',
      d.legal,
    )
  else reasons.add(d.outcome, d.code, d.params, d.legal, [d.path])
  const bpu = d.bpu
  if (bpu !== undefined)
    ctx.step({
      rule: 'death.protection',
      text: 'STEP_PROTECTION_BPU',
      params: { paidThrough: bpu.paidThrough, month: bpu.month, grace: bpu.grace.value },
      inputs: { paidThrough: bpu.paidThrough, eventDate },
      parameters: [bpu.grace],
      legal: d.legal,
      value: d.outcome,
    })
  else
    ctx.step({
      rule: 'death.protection',
      text: eventLabel === 'death' ? 'STEP_PROTECTION_DEATH' : 'STEP_PROTECTION_ACCIDENT',
      params: { date: eventDate, outcome: ctx.t(`OUTCOME_${d.outcome.replace('-', '_')}`) },
      inputs: { category: input.category, membershipActive: input.membershipActive ?? null, eventDate },
      legal: d.legal,
      value: d.outcome,
    })
  return d.outcome
}

/** Decisions D10: who pays first when the employer is in arrears. */
export function firstPayerOf(
  ctx: RuleContext,
  reasons: ReasonList,
  category: BenefitCategory,
  arrearsMonths: number | undefined,
  param: Parameter<number>,
  date: string,
): FirstPayer {
  if (category !== 'PU' && category !== 'JAKON') {
    if (arrearsMonths !== undefined) ctx.warn('INPUT_NOT_USED', { field: 'employerArrearsMonths', category })
    return 'bpjs-tk'
  }
  if (arrearsMonths === undefined) {
    reasons.add('note', 'FIRST_PAYER_UNKNOWN', {}, [D10], ['employerArrearsMonths'])
    return 'unknown'
  }
  const max = ctx.read(param, date)
  const payer: FirstPayer = arrearsMonths <= max.value ? 'bpjs-tk' : 'employer'
  reasons.add(
    'note',
    payer === 'bpjs-tk' ? 'ARREARS_BPJS_PAYS_FIRST' : 'ARREARS_EMPLOYER_PAYS_FIRST',
    { months: arrearsMonths, maximum: max.value },
    uniqueLegal([D10], max.legal),
    ['employerArrearsMonths'],
  )
  ctx.step({
    rule: 'death.employerArrears',
    text: 'STEP_EMPLOYER_ARREARS',
    formula: 'FORMULA_ARREARS',
    params: {
      months: arrearsMonths,
      maximum: max.value,
      payer: ctx.t(payer === 'bpjs-tk' ? 'BENEFIT_PAYER_BPJS' : 'BENEFIT_PAYER_EMPLOYER'),
    },
    inputs: { employerArrearsMonths: arrearsMonths },
    parameters: [max],
    legal: [D10],
    value: payer,
  })
  return payer
}
