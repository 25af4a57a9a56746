import type { HostileCase } from './types.js'

export const contributionCases: readonly HostileCase[] = []
