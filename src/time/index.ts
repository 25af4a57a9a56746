// The date and month functions of the public API (no code of its own here: a bundler keeps a module's top-level
// code whenever one of its exports is used, so this re-export module adds nothing to an app importing one function)
export {
  completedMonths,
  dateOfAge,
  dateToIso,
  daysInMonth,
  nextDay,
  periodEnd,
  periodOf,
  periodStart,
  previousDay,
  type IsoDate,
  type Period,
} from './calendar.js'
export { addPeriods, ageOn, monthsBetween, parseDate, parsePeriod } from './parse.js'
