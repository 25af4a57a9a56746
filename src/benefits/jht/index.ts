export { JHT_DEFAULT_METHOD, JHT_ROUNDING, projectJhtBalance } from './balance.js'
export type {
  JhtBalanceInput,
  JhtBalanceResult,
  JhtCreditingMethod,
  JhtFutureAssumptions,
  JhtHistoryMonth,
  JhtMonthRow,
  JhtWarning,
  JhtYearRate,
} from './types.js'
