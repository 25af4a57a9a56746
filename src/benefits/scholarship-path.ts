import type { RuleContext } from '../explain/context.js'
import { rupiahFromData } from '../money/exact.js'
import {
  SCHOOL_LEVELS,
  scholarshipWorkException,
  type ScholarshipBand,
  type ScholarshipLevelRow,
  type SchoolLevel,
} from '../parameters/scholarship.js'
import type { ParsedChild } from '../schemas/benefit.js'
import { ageOn, yearMonth } from '../time/calendar.js'
import { lookupClamp } from './common.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'

useMessages(benefitsMessages)

/**
 * The scholarship's calendar and school path (PP 82/2019, Permenaker 5/2021 and 1/2025): the maximum per child
 * from the level table, school years, the level timeline of a child (from the schooling given or from the
 * age) and the conditions that end a child's scholarship. Used by `computeScholarship` (`scholarship.ts`) and
 * the schedule (`scholarship-schedule.ts`).
 */

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

export interface Span {
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
export function spansFromSchooling(
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
export function spansFromAge(
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
export function workEnds(
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
export function ineligibleAtDeath(
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

export function childBase(index: number, child: ParsedChild): { index: number; name?: string } {
  return child.name === undefined ? { index } : { index, name: child.name }
}
