export { calculateJkpBenefit } from './calculate.js'
export type { JkpBenefitInput, JkpBenefitResult, JkpTraining } from './types.js'
export type { JkpCashMonth } from './schedule.js'
