/**
 * Late payment of contributions: the penalty per month of delay and who pays benefits first while the employer
 * is in arrears.
 *
 * @module
 */
export { calculateArrears } from './calculate.js'
export type {
  ArrearsBenefitPayer,
  ArrearsInput,
  ArrearsMonthInput,
  ArrearsMonthLine,
  ArrearsMonthStatus,
  ArrearsResult,
} from './types.js'
