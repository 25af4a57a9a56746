import type { RuleContext } from '../explain/context.js'
import type { Citation } from '../legal/types.js'
import { rupiahFromData } from '../money/exact.js'
import {
  SCHOOL_LEVELS,
  scholarshipAgeLimit,
  scholarshipAssumedEntryAge,
  scholarshipBands,
  scholarshipFirstPayableDate,
  scholarshipLevels,
  scholarshipLumpSum,
  scholarshipMaxChildren,
  scholarshipMode,
  scholarshipSchoolYearStart,
  scholarshipSelectionFallback,
  scholarshipWorkException,
  type ScholarshipBand,
  type ScholarshipLevelRow,
  type SchoolLevel,
} from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import type { ParsedChild } from '../schemas/benefit.js'
import { ageOn, dateOfAge, yearMonth } from '../time/calendar.js'
import { laterOf, lookupClamp, ReasonList, rp } from './common.js'
import type { ScholarshipChild, ScholarshipPayment, ScholarshipResult } from './types.js'

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

/** The per-child maximum from the level table and the band limits (greedy: dearest levels first inside a band). */
export function maximumPerChild(
  levels: readonly ScholarshipLevelRow[],
  bands: readonly ScholarshipBand[],
): number {
  let total = 0
  const inBand = new Set<SchoolLevel>()
  for (const band of bands) {
    const rows = levels
      .filter((l) => band.levels.includes(l.level))
      .sort((a, b) => rupiahFromData(b.amount) - rupiahFromData(a.amount))
    let left = band.maxYears
    for (const r of rows) {
      const years = Math.min(r.maxYears, left)
      total += years * rupiahFromData(r.amount)
      left -= years
      inBand.add(r.level)
    }
  }
  for (const r of levels) if (!inBand.has(r.level)) total += r.maxYears * rupiahFromData(r.amount)
  return total
}

/** School year `Y` of a date: the year whose school year (starting in `startMonth`) contains the date. */
export function schoolYearOf(date: string, startMonth: number): number {
  const { year, month } = yearMonth(date)
  return month >= startMonth ? year : year - 1
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** The first day of school year `Y`. */
export function schoolYearStart(year: number, startMonth: number): string {
  return `${year}-${pad2(startMonth)}-01`
}

interface Span {
  readonly level: SchoolLevel
  readonly from: number
  /** Exclusive. */
  readonly to: number
  readonly source: 'schooling' | 'assumed'
}

function maxYearsOf(levels: readonly ScholarshipLevelRow[], level: SchoolLevel): number {
  return levels.find((l) => l.level === level)?.maxYears ?? 0
}

/** Continues the path after `span` through the following levels, each for its paid years. */
function continueAfter(levels: readonly ScholarshipLevelRow[], level: SchoolLevel, from: number): Span[] {
  // Stryker disable next-line ArrayDeclaration: a non-span element has no from/to/source: no year is paid for it
  const out: Span[] = []
  let start = from
  for (const next of SCHOOL_LEVELS.slice(SCHOOL_LEVELS.indexOf(level) + 1)) {
    const years = maxYearsOf(levels, next)
    out.push({ level: next, from: start, to: start + years, source: 'assumed' })
    start += years
  }
  return out
}

/** The level timeline given by the caller's schooling, projected after the last level. */
function spansFromSchooling(
  levels: readonly ScholarshipLevelRow[],
  schooling: readonly { level: SchoolLevel; startYear: number }[],
): Span[] {
  const sorted = [...schooling].sort((a, b) => a.startYear - b.startYear)
  // Stryker disable next-line ArrayDeclaration: a non-span element has no from/to/source: no year is paid for it
  const spans: Span[] = []
  sorted.forEach((s, k) => {
    const next = sorted[k + 1]
    const natural = s.startYear + maxYearsOf(levels, s.level)
    spans.push({
      level: s.level,
      from: s.startYear,
      to: next === undefined ? natural : Math.min(natural, next.startYear),
      source: 'schooling',
    })
  })
  const last = sorted[sorted.length - 1]
  // Stryker disable next-line ConditionalExpression: only called with a non-empty schooling, so last is defined
  if (last !== undefined)
    spans.push(...continueAfter(levels, last.level, last.startYear + maxYearsOf(levels, last.level)))
  return spans
}

/** The first school year on whose first day the child has reached `age`. */
function firstSchoolYearAtAge(birthDate: string, age: number, startMonth: number): number {
  // Stryker disable next-line ArithmeticOperator: a lower start only makes the loop below run longer
  let y = yearMonth(birthDate).year + age - 1
  while (ageOn(birthDate, schoolYearStart(y, startMonth)) < age) y += 1
  return y
}

/** The maximal path implied by the age: TK and SD at the assumed entry ages, then every level in turn. */
function spansFromAge(
  levels: readonly ScholarshipLevelRow[],
  birthDate: string,
  entry: { TK: number; SD: number },
  startMonth: number,
): Span[] {
  const tk = firstSchoolYearAtAge(birthDate, entry.TK, startMonth)
  const sd = firstSchoolYearAtAge(birthDate, entry.SD, startMonth)
  // TK ends when SD starts; the span is empty when TK would start at or after SD (no year is paid for it).
  return [
    { level: 'TK', from: tk, to: Math.min(tk + maxYearsOf(levels, 'TK'), sd), source: 'assumed' },
    { level: 'SD', from: sd, to: sd + maxYearsOf(levels, 'SD'), source: 'assumed' },
    ...continueAfter(levels, 'SD', sd + maxYearsOf(levels, 'SD')),
  ]
}

/** Whether work ends the scholarship on `date` (Permenaker 1/2025 Pasal 103 ayat (3a) from 2025-02-24). */
function workEnds(
  ctx: RuleContext,
  work: NonNullable<ParsedChild['work']>,
  date: string,
): { ends: boolean; exception: boolean } {
  // Stryker disable next-line ObjectLiteral: missing flags read as false
  if (work.from > date) return { ends: false, exception: false }
  const exc = ctx.readOptional(scholarshipWorkException, lookupClamp(date))
  // Stryker disable next-line BooleanLiteral: callers look at exception only when ends is false
  if (exc === undefined) return { ends: true, exception: false }
  const keeps =
    exc.value.keepsKinds.includes(work.kind) ||
    (work.kind === 'PU' &&
      (work.consecutiveMonths ?? Number.MAX_SAFE_INTEGER) <= exc.value.puMaxConsecutiveMonths)
  return { ends: !keeps, exception: keeps }
}

/**
 * Why a child cannot receive the scholarship on the date of death (age, marriage, work), or `undefined` when it
 * can. A child born after the death has a negative age, under any limit.
 */
function ineligibleAtDeath(
  ctx: RuleContext,
  child: ParsedChild,
  death: string,
  ageLimit: number,
): { code: string; params: Record<string, string | number> } | undefined {
  const age = ageOn(child.birthDate, death)
  if (age >= ageLimit) return { code: 'CHILD_OVER_AGE_LIMIT', params: { age, limit: ageLimit } }
  // Stryker disable next-line ConditionalExpression: undefined <= date is false
  if (child.marriedOn !== undefined && child.marriedOn <= death)
    return { code: 'CHILD_MARRIED', params: { date: child.marriedOn } }
  if (child.work !== undefined && workEnds(ctx, child.work, death).ends)
    return { code: 'CHILD_WORKING', params: { date: child.work.from } }
  return undefined
}

function childBase(index: number, child: ParsedChild): { index: number; name?: string } {
  return child.name === undefined ? { index } : { index, name: child.name }
}

/**
 * The scholarship of a death benefit: participant-level checks, the choice of children (decisions D14) and
 * the schedule of each chosen child.
 */
export function computeScholarship(ctx: RuleContext, req: ScholarshipRequest): ScholarshipResult {
  const reasons = new ReasonList(ctx)
  const mode = ctx.read(scholarshipMode, req.regimeDate)
  const maxChildren = ctx.read(scholarshipMaxChildren, req.regimeDate)
  const startMonth = ctx.read(scholarshipSchoolYearStart, req.regimeDate).value.month
  const isYearly = mode.value === 'yearly'
  const levels = isYearly ? ctx.read(scholarshipLevels, req.regimeDate) : undefined
  const bands = isYearly ? ctx.read(scholarshipBands, req.regimeDate) : undefined
  const lump = isYearly ? undefined : ctx.read(scholarshipLumpSum, req.regimeDate)
  const perChild =
    lump === undefined
      ? // Stryker disable next-line OptionalChaining,ArrayDeclaration: levels and bands are defined when lump is not
        maximumPerChild(levels?.value ?? [], bands?.value ?? [])
      : rupiahFromData(lump.value)
  const maximum = perChild * maxChildren.value
  ctx.step({
    rule: 'scholarship.maximum',
    text: 'STEP_SCHOLARSHIP_MAXIMUM',
    formula: isYearly ? 'FORMULA_SCHOLARSHIP_MAXIMUM_YEARLY' : 'FORMULA_SCHOLARSHIP_MAXIMUM_LUMP_SUM',
    params: { perChild: rp(perChild), children: maxChildren.value, maximum: rp(maximum) },
    parameters: [
      mode,
      maxChildren,
      ...(levels === undefined ? [] : [levels]),
      ...(bands === undefined ? [] : [bands]),
      ...(lump === undefined ? [] : [lump]),
    ],
    value: maximum,
  })
  const firstPayable = isYearly ? ctx.read(scholarshipFirstPayableDate, req.regimeDate) : undefined
  const base = {
    mode: mode.value,
    maximum,
    maximumPerChild: perChild,
    maxChildren: maxChildren.value,
    firstPayableDate: firstPayable?.value ?? null,
  }

  const empty = (): ScholarshipResult => ({
    ...base,
    eligible: false,
    children: [],
    total: 0,
    reasons: reasons.items,
  })

  if (req.excluded !== undefined) {
    reasons.add('not-met', req.excluded.code, req.excluded.params ?? {}, req.excluded.legal)
    return empty()
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
    if (!met) return empty()
  }
  if (req.children === undefined) {
    reasons.missing(['children'], 'FACT_CHILDREN', [P103])
    return empty()
  }
  if (req.children.length === 0) {
    reasons.add('not-met', 'SCHOLARSHIP_NO_CHILDREN', {}, [P103], ['children'])
    return empty()
  }

  const ageLimit = isYearly ? ctx.read(scholarshipAgeLimit, req.regimeDate) : undefined
  // Decisions D14: registered heirs first; otherwise the first eligible children in the order given.
  const flagged = req.children.some((c) => c.registeredHeir !== undefined)
  const perChildReasons = req.children.map(() => new ReasonList(ctx))
  const candidates: number[] = []
  req.children.forEach((c, i) => {
    const r = perChildReasons[i] as ReasonList
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
  const selected = candidates.slice(0, maxChildren.value)
  if (candidates.length > maxChildren.value) {
    if (flagged)
      ctx.warn('SCHOLARSHIP_MORE_REGISTERED_THAN_MAX', {
        count: candidates.length,
        maximum: maxChildren.value,
      })
    else {
      const fb = ctx.read(scholarshipSelectionFallback, req.regimeDate)
      ctx.warn('SCHOLARSHIP_CHILDREN_SELECTED_BY_ORDER', {
        count: candidates.length,
        maximum: maxChildren.value,
      })
      ctx.step({
        rule: 'scholarship.selection',
        text: 'STEP_SCHOLARSHIP_SELECTION_ORDER',
        params: { count: candidates.length, maximum: maxChildren.value },
        parameters: [fb],
        legal: [D14],
        value: selected,
      })
    }
    for (const i of candidates.slice(maxChildren.value))
      (perChildReasons[i] as ReasonList).add(
        'not-met',
        'CHILD_NOT_SELECTED',
        { maximum: maxChildren.value },
        [P103, D14],
      )
  }
  ctx.step({
    rule: 'scholarship.children',
    text: 'STEP_SCHOLARSHIP_CHILDREN',
    params: {
      listed: req.children.length,
      eligible: candidates.length,
      selected: selected.length,
      maximum: maxChildren.value,
    },
    inputs: { registeredHeirsMarked: flagged },
    parameters: [maxChildren, ...(ageLimit === undefined ? [] : [ageLimit])],
    legal: [P103, D14],
    value: selected,
  })

  const children: ScholarshipChild[] = req.children.map((c, i) => {
    const r = perChildReasons[i] as ReasonList
    if (!selected.includes(i))
      return { ...childBase(i, c), selected: false, basis: null, payments: [], total: 0, reasons: r.items }
    const payments =
      lump !== undefined
        ? lumpSumPayment(ctx, r, c, req, lump, startMonth)
        : // Stryker disable OptionalChaining,ArrayDeclaration: every yearly reading is defined when lump is not
          yearlySchedule(ctx, r, c, i, req, {
            levels: levels?.value ?? [],
            bands: bands?.value ?? [],
            ageLimit: ageLimit?.value ?? 0,
            firstPayable: firstPayable?.value ?? req.dateOfDeath,
            // Stryker restore OptionalChaining,ArrayDeclaration
            startMonth,
          })
    const total = payments.reduce((s, p) => s + p.amount, 0)
    const basis =
      lump !== undefined ? null : c.schooling !== undefined && c.schooling.length > 0 ? 'schooling' : 'age'
    ctx.step({
      rule: 'scholarship.child',
      text: 'STEP_SCHOLARSHIP_CHILD',
      formula: 'FORMULA_SCHOLARSHIP_CHILD',
      params: { index: i, count: payments.length, total: rp(total), basis: basis ?? 'lump-sum' },
      inputs: {
        birthDate: c.birthDate,
        schooling: (c.schooling ?? []).map((s) => `${s.level} ${s.startYear}`),
      },
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: levels is defined when lump is not
      legal: lump !== undefined ? lump.legal : [...(levels?.legal ?? []), D5],
      value: payments.map((p) => `${p.schoolYear} ${p.level ?? '-'} ${p.amount} (${p.payableFrom})`),
    })
    return { ...childBase(i, c), selected: true, basis, payments, total, reasons: r.items }
  })
  const total = children.reduce((s, c) => s + c.total, 0)
  if (isYearly && children.some((c) => c.selected))
    reasons.add('note', 'SCHOLARSHIP_YEARLY_CLAIM', {}, [
      { source: 'PERMENAKER-5-2021' },
      { source: 'PERMENAKER-1-2025', article: 'Pasal 104 ayat (1)' },
    ])
  if (children.some((c) => c.payments.some((p) => p.backlog)))
    reasons.add(
      'note',
      'SCHOLARSHIP_BACKLOG',
      // Stryker disable next-line OptionalChaining,StringLiteral: a backlog exists only in the yearly scheme, which reads firstPayable
      { date: firstPayable?.value ?? '' },
      [{ source: 'PERMENAKER-5-2021' }, D5],
    )
  if (selected.length === 0) reasons.add('not-met', 'SCHOLARSHIP_NO_ELIGIBLE_CHILD', {}, [P103])
  return { ...base, eligible: selected.length > 0, children, total, reasons: reasons.items }
}

function lumpSumPayment(
  ctx: RuleContext,
  r: ReasonList,
  c: ParsedChild,
  req: ScholarshipRequest,
  lump: ParameterReading<string>,
  startMonth: number,
): ScholarshipPayment[] {
  const year = schoolYearOf(req.dateOfDeath, startMonth)
  const level = levelInYear(c, year)
  r.add(
    'note',
    'SCHOLARSHIP_LUMP_SUM_PER_PARTICIPANT',
    { amount: rp(rupiahFromData(lump.value)) },
    lump.legal,
  )
  return [
    {
      year,
      schoolYear: `${year}/${year + 1}`,
      level,
      amount: rupiahFromData(lump.value),
      payableFrom: req.dateOfDeath,
      backlog: false,
      source: 'lump-sum',
    },
  ]
}

function levelInYear(c: ParsedChild, year: number): SchoolLevel | null {
  // Stryker disable next-line ArrayDeclaration: a non-entry element has no startYear and is never the level
  const sorted = [...(c.schooling ?? [])].sort((a, b) => a.startYear - b.startYear)
  let level: SchoolLevel | null = null
  for (const s of sorted) if (s.startYear <= year) level = s.level
  return level
}

function yearlySchedule(
  ctx: RuleContext,
  r: ReasonList,
  c: ParsedChild,
  index: number,
  req: ScholarshipRequest,
  p: {
    levels: readonly ScholarshipLevelRow[]
    bands: readonly ScholarshipBand[]
    ageLimit: number
    firstPayable: string
    startMonth: number
  },
): ScholarshipPayment[] {
  const given = c.schooling !== undefined && c.schooling.length > 0
  let spans: Span[]
  if (given) {
    // Stryker disable next-line ArrayDeclaration: given means schooling is a non-empty array
    spans = spansFromSchooling(p.levels, c.schooling ?? [])
  } else {
    const entry = ctx.read(scholarshipAssumedEntryAge, req.regimeDate)
    spans = spansFromAge(p.levels, c.birthDate, entry.value, p.startMonth)
    ctx.warn('SCHOLARSHIP_SCHEDULE_ASSUMED', { index, tk: entry.value.TK, sd: entry.value.SD }, undefined)
    r.add('note', 'CHILD_SCHEDULE_FROM_AGE', { tk: entry.value.TK, sd: entry.value.SD }, entry.legal, [
      'children',
      index,
      'schooling',
    ])
  }
  const firstYear = schoolYearOf(req.dateOfDeath, p.startMonth)
  const firstGiven = spans.find((s) => s.source === 'schooling')
  if (firstGiven !== undefined && firstGiven.from > firstYear)
    r.add(
      'note',
      'CHILD_SCHOOLING_STARTS_LATER',
      { year: firstYear, start: firstGiven.from },
      [],
      ['children', index, 'schooling'],
    )
  // Each level appears in one span of at most its paid years, so only a band limit can be reached.
  const perBand = new Map<ScholarshipBand | undefined, number>()
  const payments: ScholarshipPayment[] = []
  let projectedNoted = false
  let exceptionNoted = false
  for (const span of spans) {
    for (let year = Math.max(span.from, firstYear); year < span.to; year++) {
      const eligibleOn = laterOf(schoolYearStart(year, p.startMonth), req.dateOfDeath)
      if (ageOn(c.birthDate, eligibleOn) >= p.ageLimit) {
        r.add(
          'note',
          'CHILD_SCHOLARSHIP_ENDS_AGE',
          { limit: p.ageLimit, date: dateOfAge(c.birthDate, p.ageLimit), year },
          [P103],
        )
        return payments
      }
      // Stryker disable next-line ConditionalExpression: undefined <= date is false
      if (c.marriedOn !== undefined && c.marriedOn <= eligibleOn) {
        r.add('note', 'CHILD_SCHOLARSHIP_ENDS_MARRIAGE', { date: c.marriedOn, year }, [P103])
        return payments
      }
      if (c.work !== undefined) {
        const w = workEnds(ctx, c.work, eligibleOn)
        if (w.ends) {
          r.add('note', 'CHILD_SCHOLARSHIP_ENDS_WORK', { date: c.work.from, year }, [P103])
          return payments
        }
        if (w.exception && !exceptionNoted) {
          exceptionNoted = true
          r.add('note', 'CHILD_WORK_EXCEPTION', { kind: c.work.kind }, [
            { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (3a)' },
            D14,
          ])
        }
      }
      const row = p.levels.find((l) => l.level === span.level)
      // Stryker disable next-line ConditionalExpression: a level missing from the table has an empty span
      if (row === undefined) continue
      const band = p.bands.find((b) => b.levels.includes(span.level))
      const bandCount = perBand.get(band) ?? 0
      if (band !== undefined && bandCount >= band.maxYears) {
        r.add('note', 'CHILD_LEVEL_YEARS_EXHAUSTED', { level: span.level, year }, [])
        continue
      }
      perBand.set(band, bandCount + 1)
      if (span.source === 'assumed' && given && !projectedNoted) {
        projectedNoted = true
        r.add('note', 'CHILD_SCHEDULE_PROJECTED', { year }, [], ['children', index, 'schooling'])
      }
      const payableFrom = laterOf(eligibleOn, p.firstPayable)
      payments.push({
        year,
        schoolYear: `${year}/${year + 1}`,
        level: span.level,
        amount: rupiahFromData(row.amount),
        payableFrom,
        backlog: p.firstPayable > eligibleOn,
        source: span.source,
      })
    }
  }
  return payments
}
