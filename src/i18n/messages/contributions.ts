import type { MessageArea } from '../types.js'

/** Messages of the contributions area (codes, reasons, explanation steps). */
export const contributionsMessages = {
  id: {},
  en: {},
} as const satisfies MessageArea
