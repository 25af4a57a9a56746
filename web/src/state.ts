// The page's language, read by the tools and by the number reader (a number like `5.000` is read the way of
// the page's language).
import type { Lang } from './i18n'

export const state: { lang: Lang } = { lang: 'id' }
