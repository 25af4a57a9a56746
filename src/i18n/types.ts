/** A supported language. Indonesian (`'id'`) is the default everywhere. */
export type Locale = 'id' | 'en'

/** The locales the library ships, in order of preference. */
export const LOCALES: readonly Locale[] = ['id', 'en']

/** Values substituted into a message template (`{name}` placeholders). */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | undefined>>

/** A message catalogue: stable code → template with `{param}` placeholders. */
export type Catalogue = Readonly<Record<string, string>>

/** A message text in both languages. */
export interface Bilingual {
  readonly id: string
  readonly en: string
}

/**
 * A message of the library in Indonesian and, once the English pack is loaded
 * (`import 'bpjs-ketenagakerjaan/locales/en'`, automatic in Node), in English.
 */
export interface MessageTexts {
  readonly id: string
  /** Absent when the English pack is not loaded (a browser bundle that never imports it). */
  readonly en?: string
}

/**
 * One area's messages: the Indonesian texts, built into every bundle that keeps a module of the area. The
 * English texts of every area are the `locales/en` pack (src/i18n/en/), with the same codes.
 */
export interface MessageArea {
  readonly id: Catalogue
}
