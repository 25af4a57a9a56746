import type { MessageArea } from '../types.js'

/** Messages of the benefits area (codes, reasons, explanation steps). */
export const benefitsMessages = {
  id: {},
  en: {},
} as const satisfies MessageArea
