import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { rupiahFromData } from '../money/exact.js'
import {
  scholarshipAgeLimit,
  scholarshipBands,
  scholarshipFirstPayableDate,
  scholarshipLevels,
  scholarshipLumpSum,
  scholarshipMaxChildren,
  scholarshipMode,
  scholarshipSchoolYearStart,
  scholarshipSelectionFallback,
  type ScholarshipBand,
  type ScholarshipLevelRow,
  type ScholarshipMode,
} from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import type { ParsedChild } from '../schemas/benefit.js'
import { ReasonList, rp } from './common.js'
import { childBase, ineligibleAtDeath, maximumPerChild } from './scholarship-path.js'
import { lumpSumPayment, yearlySchedule } from './scholarship-schedule.js'
import type { ScholarshipChild, ScholarshipResult } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(
  legalSources.PERMENAKER_5_2021,
  legalSources.PERMENAKER_1_2025,
  legalSources.DECISIONS,
  legalDecisions.D5,
  legalDecisions.D14,
)

useMessages(benefitsMessages)

/** The step text of a child's schedule, by the basis of its levels. */
const CHILD_STEP_TEXT = {
  schooling: 'STEP_SCHOLARSHIP_CHILD_SCHOOLING',
  age: 'STEP_SCHOLARSHIP_CHILD_AGE',
  'lump-sum': 'STEP_SCHOLARSHIP_CHILD_LUMP_SUM',
} as const

// the calendar helpers, exported from here since the first release
export { maximumPerChild, schoolYearOf, schoolYearStart } from './scholarship-path.js'

const D5 = { source: 'DECISIONS', article: 'D5' } as const
const D14 = { source: 'DECISIONS', article: 'D14' } as const
const P103 = { source: 'PERMENAKER-1-2025', article: 'Pasal 103' } as const

/** What the caller decided before the schedule: whether the participant-level conditions hold. */
export interface ScholarshipRequest {
  /** Date the regime is read on (death for JKM, accident for JKK). */
  readonly regimeDate: string
  readonly dateOfDeath: string
  readonly children: readonly ParsedChild[] | undefined
  /** Why the scholarship is excluded before any child is looked at (message code), if it is. */
  readonly excluded?: {
    readonly code: string
    readonly params?: Readonly<Record<string, string | number>>
    readonly legal: readonly Citation[]
  }
  /** The minimum contribution period (years), already read, or undefined when there is none to check. */
  readonly minYears?: ParameterReading<number>
  readonly contributionMonths: number
  readonly contributionMonthsDerived: boolean
}

/** The tables of the lump-sum scheme (PP 44/2015): one amount per child. */
interface LumpSumTables {
  readonly kind: 'lump-sum'
  readonly lump: ParameterReading<string>
}

/** The tables of the yearly scheme (PP 82/2019 on): amounts by school level, age bands, first payable date. */
interface YearlyTables {
  readonly kind: 'yearly'
  readonly levels: ParameterReading<readonly ScholarshipLevelRow[]>
  readonly bands: ParameterReading<readonly ScholarshipBand[]>
}

/** The scheme of the regime with the readings it needs, and none it does not. */
type Scheme = LumpSumTables | (YearlyTables & { readonly firstPayable: ParameterReading<string> })

/** The scholarship law of the regime, read once (the maximum is recorded as a step). */
interface ScholarshipLaw {
  readonly mode: ParameterReading<ScholarshipMode>
  readonly maxChildren: ParameterReading<number>
  readonly startMonth: number
  readonly scheme: Scheme
  readonly base: Omit<ScholarshipResult, 'eligible' | 'children' | 'total' | 'reasons'>
}

function readLaw(ctx: RuleContext, req: ScholarshipRequest): ScholarshipLaw {
  const date = req.regimeDate
  const mode = ctx.read(scholarshipMode, date)
  const maxChildren = ctx.read(scholarshipMaxChildren, date)
  const startMonth = ctx.read(scholarshipSchoolYearStart, date).value.month
  const tables: LumpSumTables | YearlyTables =
    mode.value === 'yearly'
      ? { kind: 'yearly', levels: ctx.read(scholarshipLevels, date), bands: ctx.read(scholarshipBands, date) }
      : { kind: 'lump-sum', lump: ctx.read(scholarshipLumpSum, date) }
  const perChild =
    tables.kind === 'yearly'
      ? maximumPerChild(tables.levels.value, tables.bands.value)
      : rupiahFromData(tables.lump.value)
  const maximum = perChild * maxChildren.value
  ctx.step({
    rule: 'scholarship.maximum',
    text: 'STEP_SCHOLARSHIP_MAXIMUM',
    formula:
      tables.kind === 'yearly'
        ? 'FORMULA_SCHOLARSHIP_MAXIMUM_YEARLY'
        : 'FORMULA_SCHOLARSHIP_MAXIMUM_LUMP_SUM',
    params: { perChild: rp(perChild), children: maxChildren.value, maximum: rp(maximum) },
    parameters: [
      mode,
      maxChildren,
      ...(tables.kind === 'yearly' ? [tables.levels, tables.bands] : [tables.lump]),
    ],
    unit: 'rupiah',
    value: maximum,
  })
  const scheme: Scheme =
    tables.kind === 'yearly'
      ? { ...tables, firstPayable: ctx.read(scholarshipFirstPayableDate, date) }
      : tables
  const base: ScholarshipLaw['base'] = {
    mode: mode.value,
    maximum,
    maximumPerChild: perChild,
    maxChildren: maxChildren.value,
    firstPayableDate: scheme.kind === 'yearly' ? scheme.firstPayable.value : null,
  }
  return { mode, maxChildren, startMonth, scheme, base }
}

/**
 * The participant-level conditions: not excluded by the benefit, the minimum contribution period, children
 * given. Returns the children when the scholarship goes on to them, else `undefined` (the reason added).
 */
function participantGate(
  ctx: RuleContext,
  reasons: ReasonList,
  req: ScholarshipRequest,
): readonly ParsedChild[] | undefined {
  if (req.excluded !== undefined) {
    reasons.add('not-met', req.excluded.code, req.excluded.params ?? {}, req.excluded.legal)
    return undefined
  }
  // Stryker disable next-line ConditionalExpression: both death benefits set minYears unless excluded above
  if (req.minYears !== undefined && req.minYears.value > 0) {
    const needed = req.minYears.value * 12
    const met = req.contributionMonths >= needed
    if (req.contributionMonthsDerived)
      ctx.warn('CONTRIBUTION_MONTHS_DERIVED', { months: req.contributionMonths })
    reasons.add(
      met ? 'met' : 'not-met',
      met ? 'SCHOLARSHIP_CONTRIBUTION_MET' : 'SCHOLARSHIP_CONTRIBUTION_TOO_SHORT',
      { months: req.contributionMonths, years: req.minYears.value, needed },
      req.minYears.legal,
      ['contributionMonths'],
    )
    ctx.step({
      rule: 'scholarship.minContribution',
      text: 'STEP_SCHOLARSHIP_MIN_CONTRIBUTION',
      formula: 'FORMULA_MIN_CONTRIBUTION',
      params: { months: req.contributionMonths, years: req.minYears.value, needed },
      inputs: { contributionMonths: req.contributionMonths, derived: req.contributionMonthsDerived },
      parameters: [req.minYears],
      value: met,
    })
    if (!met) return undefined
  }
  if (req.children === undefined) {
    reasons.missing(['children'], 'FACT_CHILDREN', [P103])
    return undefined
  }
  if (req.children.length === 0) {
    reasons.add('not-met', 'SCHOLARSHIP_NO_CHILDREN', {}, [P103], ['children'])
    return undefined
  }
  return req.children
}

/**
 * The scheme as the schedules use it: the yearly one with the age limit its children were checked against.
 */
type PricedScheme =
  LumpSumTables | (Extract<Scheme, YearlyTables> & { readonly ageLimit: ParameterReading<number> })

/** The children chosen (decisions D14) and each child's reasons. */
interface Selection {
  readonly scheme: PricedScheme
  readonly selected: readonly number[]
  readonly perChild: readonly ReasonList[]
}

/** Decisions D14: registered heirs first; otherwise the first eligible children in the order given. */
function selectChildren(
  ctx: RuleContext,
  req: ScholarshipRequest,
  kids: readonly ParsedChild[],
  law: ScholarshipLaw,
): Selection {
  const max = law.maxChildren.value
  const scheme: PricedScheme =
    law.scheme.kind === 'yearly'
      ? { ...law.scheme, ageLimit: ctx.read(scholarshipAgeLimit, req.regimeDate) }
      : law.scheme
  const ageLimit = scheme.kind === 'yearly' ? scheme.ageLimit : undefined
  const flagged = kids.some((c) => c.registeredHeir !== undefined)
  const perChild = kids.map(() => new ReasonList(ctx))
  const candidates: number[] = []
  kids.forEach((c, i) => {
    const r = perChild[i] as ReasonList
    // PP 44/2015 states no condition on the child for its single payment: only the yearly scheme checks them.
    if (ageLimit !== undefined) {
      const e = ineligibleAtDeath(ctx, c, req.dateOfDeath, ageLimit.value)
      if (e !== undefined) {
        r.add('not-met', e.code, e.params, [P103, ...ageLimit.legal])
        return
      }
    }
    if (flagged && c.registeredHeir !== true) {
      r.add('not-met', 'CHILD_NOT_REGISTERED_HEIR', {}, [P103, D14], ['children', i, 'registeredHeir'])
      return
    }
    candidates.push(i)
  })
  const selected = candidates.slice(0, max)
  if (candidates.length > max) {
    if (flagged) ctx.warn('SCHOLARSHIP_MORE_REGISTERED_THAN_MAX', { count: candidates.length, maximum: max })
    else {
      const fb = ctx.read(scholarshipSelectionFallback, req.regimeDate)
      ctx.warn('SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER', { count: candidates.length, maximum: max })
      ctx.step({
        rule: 'scholarship.selection',
        text: 'STEP_SCHOLARSHIP_SELECTION_ORDER',
        params: { count: candidates.length, maximum: max },
        parameters: [fb],
        legal: [D14],
        value: selected,
      })
    }
    for (const i of candidates.slice(max))
      (perChild[i] as ReasonList).add('not-met', 'CHILD_NOT_SELECTED', { maximum: max }, [P103, D14])
  }
  ctx.step({
    rule: 'scholarship.children',
    text: 'STEP_SCHOLARSHIP_CHILDREN',
    params: { listed: kids.length, eligible: candidates.length, selected: selected.length, maximum: max },
    inputs: { registeredHeirsMarked: flagged },
    parameters: [law.maxChildren, ...(ageLimit === undefined ? [] : [ageLimit])],
    legal: [P103, D14],
    value: selected,
  })
  return { scheme, selected, perChild }
}

/** One child's part: not selected (no payment), or its payments and their step. */
function childPart(
  ctx: RuleContext,
  req: ScholarshipRequest,
  law: ScholarshipLaw,
  sel: Selection,
  c: ParsedChild,
  i: number,
): ScholarshipChild {
  const r = sel.perChild[i] as ReasonList
  if (!sel.selected.includes(i))
    return { ...childBase(i, c), selected: false, basis: null, payments: [], total: 0, reasons: r.items }
  const { scheme } = sel
  const payments =
    scheme.kind === 'lump-sum'
      ? lumpSumPayment(ctx, r, c, req, scheme.lump, law.startMonth)
      : yearlySchedule(ctx, r, c, i, req, {
          levels: scheme.levels.value,
          bands: scheme.bands.value,
          ageLimit: scheme.ageLimit.value,
          firstPayable: scheme.firstPayable.value,
          startMonth: law.startMonth,
        })
  const total = payments.reduce((s, p) => s + p.amount, 0)
  const basis =
    scheme.kind === 'lump-sum'
      ? null
      : c.schooling !== undefined && c.schooling.length > 0
        ? 'schooling'
        : 'age'
  ctx.step({
    rule: 'scholarship.child',
    // one text per basis, so the basis reads in the reader's language; `number` counts from 1 for people,
    // `index` is the position in the input's `children`
    text: CHILD_STEP_TEXT[basis ?? 'lump-sum'],
    formula: 'FORMULA_SCHOLARSHIP_CHILD',
    params: { index: i, number: i + 1, count: payments.length, total: rp(total), basis: basis ?? 'lump-sum' },
    inputs: {
      birthDate: c.birthDate,
      schooling: (c.schooling ?? []).map((s) => `${s.level} ${s.startYear}`),
    },
    legal: scheme.kind === 'lump-sum' ? scheme.lump.legal : [...scheme.levels.legal, D5],
    value: payments.map((p) => `${p.schoolYear} ${p.level ?? '-'} ${p.amount} (${p.payableFrom})`),
  })
  return { ...childBase(i, c), selected: true, basis, payments, total, reasons: r.items }
}

/**
 * The notes of the yearly scheme: claimed year by year, and paid from the first payable date when a school
 * year before it is owed (a backlog exists only in this scheme).
 */
function yearlyNotes(
  reasons: ReasonList,
  firstPayable: ParameterReading<string>,
  children: readonly ScholarshipChild[],
): void {
  if (children.some((c) => c.selected))
    reasons.add('note', 'SCHOLARSHIP_YEARLY_CLAIM', {}, [
      { source: 'PERMENAKER-5-2021' },
      { source: 'PERMENAKER-1-2025', article: 'Pasal 104 ayat (1)' },
    ])
  if (children.some((c) => c.payments.some((p) => p.backlog)))
    reasons.add('note', 'SCHOLARSHIP_BACKLOG', { date: firstPayable.value }, [
      { source: 'PERMENAKER-5-2021' },
      D5,
    ])
}

/**
 * The scholarship of a death benefit: participant-level checks, the choice of children (decisions D14) and
 * the schedule of each chosen child.
 */
export function computeScholarship(ctx: RuleContext, req: ScholarshipRequest): ScholarshipResult {
  const reasons = new ReasonList(ctx)
  const law = readLaw(ctx, req)
  const kids = participantGate(ctx, reasons, req)
  if (kids === undefined)
    return { ...law.base, eligible: false, children: [], total: 0, reasons: reasons.items }

  const sel = selectChildren(ctx, req, kids, law)
  const children = kids.map((c, i) => childPart(ctx, req, law, sel, c, i))
  const total = children.reduce((s, c) => s + c.total, 0)
  if (law.scheme.kind === 'yearly') yearlyNotes(reasons, law.scheme.firstPayable, children)
  if (sel.selected.length === 0) reasons.add('not-met', 'SCHOLARSHIP_NO_ELIGIBLE_CHILD', {}, [P103])
  return { ...law.base, eligible: sel.selected.length > 0, children, total, reasons: reasons.items }
}
