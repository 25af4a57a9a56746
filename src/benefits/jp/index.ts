export { calculateJpBenefit } from './calculate.js'
export type { JpBenefitInput, JpBenefitResult, JpTimelineEntry, JpWageMonth } from './types.js'
export type { JpBenefitBounds } from '../../parameters/jp-benefit.js'
export { JP_BENEFIT_KINDS } from '../../schemas/jp-benefit.js'
