export { calculateJhtClaim, checkJhtClaim } from './claim.js'
export { JHT_DEFAULT_METHOD, JHT_ROUNDING, projectJhtBalance } from './balance.js'
export type {
  JhtBalanceInput,
  JhtBalanceResult,
  JhtClaimGround,
  JhtClaimInput,
  JhtClaimReason,
  JhtClaimResult,
  JhtCreditingMethod,
  JhtFutureAssumptions,
  JhtHistoryMonth,
  JhtMonthRow,
  JhtRecipient,
  JhtTimelineEntry,
  JhtWarning,
  JhtYearRate,
} from './types.js'
