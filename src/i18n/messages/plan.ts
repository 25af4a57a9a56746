import type { MessageArea } from '../types.js'

/** Messages of the plan area (codes, reasons, explanation steps). */
export const planMessages = {
  id: {},
  en: {},
} as const satisfies MessageArea
