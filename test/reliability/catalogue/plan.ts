import type { HostileCase } from './types.js'

export const planCases: readonly HostileCase[] = []
