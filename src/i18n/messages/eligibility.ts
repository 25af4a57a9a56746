import type { MessageArea } from '../types.js'

/** Messages of the eligibility area (codes, reasons, explanation steps). */
export const eligibilityMessages = {
  id: {},
  en: {},
} as const satisfies MessageArea
