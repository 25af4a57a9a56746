import { addMonthsToDate } from '../../time/calendar.js'
import type { IsoDate } from '../../time/index.js'

// Date conditions of a JKK claim (no parameter literal: the year counts come from src/parameters/jkk-benefit.ts).

/** The last day a claim can still be made: the same calendar day `years` later, minus nothing (inclusive). */
export function claimLapseLastDay(eventDate: IsoDate, years: number): IsoDate {
  return addMonthsToDate(eventDate, years * 12)
}

/**
 * Claim lapse (PP 44/2015 Pasal 26): the right lapses once `years` have passed since the accident or diagnosis.
 * `true` when `claimDate` is on or before the anniversary (read as inclusive, an assumption the caller flags).
 */
export function claimInTime(eventDate: IsoDate, claimDate: IsoDate, years: number): boolean {
  return claimDate <= claimLapseLastDay(eventDate, years)
}

/**
 * Occupational disease after employment ends (Perpres 7/2019 Pasal 2): diagnosed at most `years` after the end
 * of employment (inclusive end, not verified). A diagnosis during employment is always within.
 */
export function occupationalDiseaseWithin(
  diagnosisDate: IsoDate,
  employmentEndDate: IsoDate | undefined,
  years: number,
): boolean {
  // (a diagnosis on or before the end is within too: `years` is never negative, so the last day is never earlier)
  if (employmentEndDate === undefined) return true
  return diagnosisDate <= addMonthsToDate(employmentEndDate, years * 12)
}

/**
 * The claim-lapse boundary of the notes' open question 16: an accident before PP 82/2019 whose 2-year window was
 * still open on its first day (the transition is not in any text seen), flagged with a warning by the caller.
 */
export function lapseTransitionCase(eventDate: IsoDate, regimeBFirstDay: IsoDate, yearsA: number): boolean {
  return eventDate < regimeBFirstDay && claimLapseLastDay(eventDate, yearsA) >= regimeBFirstDay
}
