import type { Parameter } from './types.js'

/** Every parameter of this family (listed in the registry). */
export const puParameters: readonly Parameter[] = []
