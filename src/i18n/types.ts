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

/** One area's messages in both languages (the two maps must have the same keys). */
export interface MessageArea {
  readonly id: Catalogue
  readonly en: Catalogue
}
