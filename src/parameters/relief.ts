import type { Parameter } from './types.js'

/** Every parameter of this family (listed in the registry). */
export const reliefParameters: readonly Parameter[] = []
