import type { HostileCase } from './types.js'

export const eligibilityCases: readonly HostileCase[] = []
