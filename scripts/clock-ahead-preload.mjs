// Preload for scripts/clock-ahead.mjs when libfaketime is missing: moves `Date` (now, and `new Date()` without
// arguments) BPJS_TK_CLOCK_AHEAD_YEARS years ahead in this process. Dates built from arguments are untouched.
const years = Number(process.env.BPJS_TK_CLOCK_AHEAD_YEARS ?? '0')
if (years > 0) {
  const RealDate = globalThis.Date
  const shift = Math.round(years * 365.25 * 24 * 3600 * 1000)
  const realNow = RealDate.now.bind(RealDate)
  class MovedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + shift)
      else super(...args)
    }
    static now() {
      return realNow() + shift
    }
  }
  globalThis.Date = MovedDate
}
