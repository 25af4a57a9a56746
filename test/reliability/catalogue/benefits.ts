import type { HostileCase } from './types.js'

export const benefitsCases: readonly HostileCase[] = []
