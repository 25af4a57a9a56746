import type { RuleContext } from '../explain/context.js'
import { rupiahFromData } from '../money/exact.js'
import {
  scholarshipAssumedEntryAge,
  type ScholarshipBand,
  type ScholarshipLevelRow,
  type SchoolLevel,
} from '../parameters/scholarship.js'
import type { ParameterReading } from '../parameters/types.js'
import type { ParsedChild } from '../schemas/benefit.js'
import { ageOn, dateOfAge } from '../time/calendar.js'
import { laterOf, type ReasonList, rp } from './common.js'
import type { ScholarshipRequest } from './scholarship.js'
import {
  schoolYearOf,
  schoolYearStart,
  spansFromAge,
  spansFromSchooling,
  workEnds,
  type Span,
} from './scholarship-path.js'
import type { ScholarshipPayment } from './types.js'
import { benefitsMessages } from '../i18n/messages/benefits.js'
import { useMessages } from '../i18n/registry.js'
import { citeSources } from '../legal/cited.js'
import * as legalDecisions from '../legal/decisions.js'
import * as legalSources from '../legal/sources.js'

// the sources and decisions this module cites (src/legal/cited.ts)
citeSources(legalSources.PERMENAKER_1_2025, legalSources.DECISIONS, legalDecisions.D14)

useMessages(benefitsMessages)

/**
 * The payments of one selected child: the single payment of PP 44/2015 (`lumpSumPayment`) or the yearly
 * schedule of PP 82/2019 (`yearlySchedule`), school year by school year until the age limit, a marriage or
 * work ends it (Permenaker 1/2025 Pasal 103).
 */

const D14 = { source: 'DECISIONS', article: 'D14' } as const
const P103 = { source: 'PERMENAKER-1-2025', article: 'Pasal 103' } as const

/** The yearly scheme's law, read once by `computeScholarship`. */
export interface YearlyLaw {
  readonly levels: readonly ScholarshipLevelRow[]
  readonly bands: readonly ScholarshipBand[]
  readonly ageLimit: number
  readonly firstPayable: string
  readonly startMonth: number
}

/** The single payment of PP 44/2015, in the school year of the death. */
export function lumpSumPayment(
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

/** The level timeline of a child: from the schooling given, else from the age (a warning and a note). */
function childSpans(
  ctx: RuleContext,
  r: ReasonList,
  c: ParsedChild,
  index: number,
  req: ScholarshipRequest,
  p: YearlyLaw,
  schooling: ParsedChild['schooling'],
): Span[] {
  if (schooling !== undefined) return spansFromSchooling(p.levels, schooling)
  const entry = ctx.read(scholarshipAssumedEntryAge, req.regimeDate)
  // an entry age past the age limit pays no school year, as the limit itself does: counting from the limit
  // keeps every school year a four-digit year (an override of 10,000 years looped on dates past 9999-12-31)
  const ages = { TK: Math.min(entry.value.TK, p.ageLimit), SD: Math.min(entry.value.SD, p.ageLimit) }
  const spans = spansFromAge(p.levels, c.birthDate, ages, p.startMonth)
  ctx.warn('SCHOLARSHIP_SCHEDULE_ASSUMED', { index, tk: entry.value.TK, sd: entry.value.SD }, undefined)
  r.add('note', 'CHILD_SCHEDULE_FROM_AGE', { tk: entry.value.TK, sd: entry.value.SD }, entry.legal, [
    'children',
    index,
    'schooling',
  ])
  return spans
}

/** Notes written at most once per child. */
interface Noted {
  projected: boolean
  exception: boolean
}

/**
 * Whether the scholarship ends before school year `year` (the child eligible from `eligibleOn`): the age
 * limit, a marriage or work (the reason is noted); notes a work exception once.
 */
function endsBefore(
  ctx: RuleContext,
  r: ReasonList,
  c: ParsedChild,
  p: YearlyLaw,
  year: number,
  eligibleOn: string,
  noted: Noted,
): boolean {
  if (ageOn(c.birthDate, eligibleOn) >= p.ageLimit) {
    r.add(
      'note',
      'CHILD_SCHOLARSHIP_ENDS_AGE',
      { limit: p.ageLimit, date: dateOfAge(c.birthDate, p.ageLimit), year },
      [P103],
    )
    return true
  }
  // Stryker disable next-line ConditionalExpression: undefined <= date is false
  if (c.marriedOn !== undefined && c.marriedOn <= eligibleOn) {
    r.add('note', 'CHILD_SCHOLARSHIP_ENDS_MARRIAGE', { date: c.marriedOn, year }, [P103])
    return true
  }
  if (c.work !== undefined) {
    const w = workEnds(ctx, c.work, eligibleOn)
    if (w.ends) {
      r.add('note', 'CHILD_SCHOLARSHIP_ENDS_WORK', { date: c.work.from, year }, [P103])
      return true
    }
    if (w.exception && !noted.exception) {
      noted.exception = true
      r.add('note', 'CHILD_WORK_EXCEPTION', { kind: c.work.kind }, [
        { source: 'PERMENAKER-1-2025', article: 'Pasal 103 ayat (3a)' },
        D14,
      ])
    }
  }
  return false
}

/** The yearly schedule of PP 82/2019 for one selected child (`index` in the input). */
export function yearlySchedule(
  ctx: RuleContext,
  r: ReasonList,
  c: ParsedChild,
  index: number,
  req: ScholarshipRequest,
  p: YearlyLaw,
): ScholarshipPayment[] {
  // the schooling given, when it names at least one level (else the timeline follows the age)
  const schooling = c.schooling !== undefined && c.schooling.length > 0 ? c.schooling : undefined
  const given = schooling !== undefined
  const spans = childSpans(ctx, r, c, index, req, p, schooling)
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
  const noted: Noted = { projected: false, exception: false }
  for (const span of spans) {
    for (let year = Math.max(span.from, firstYear); year < span.to; year++) {
      const eligibleOn = laterOf(schoolYearStart(year, p.startMonth), req.dateOfDeath)
      if (endsBefore(ctx, r, c, p, year, eligibleOn, noted)) return payments
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
      if (span.source === 'assumed' && given && !noted.projected) {
        noted.projected = true
        r.add('note', 'CHILD_SCHEDULE_PROJECTED', { year }, [], ['children', index, 'schooling'])
      }
      payments.push({
        year,
        schoolYear: `${year}/${year + 1}`,
        level: span.level,
        amount: rupiahFromData(row.amount),
        payableFrom: laterOf(eligibleOn, p.firstPayable),
        backlog: p.firstPayable > eligibleOn,
        source: span.source,
      })
    }
  }
  return payments
}
