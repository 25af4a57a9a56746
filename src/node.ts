/*
 * The entry of the Node and CommonJS builds (dist/node, dist/cjs): the whole library with the English pack
 * already loaded, so a Node program has both languages without ceremony. Bundlers for browsers use
 * src/index.ts (dist/esm), where English is the opt-in `locales/en` pack.
 */
import './i18n/en.js'

export * from './index.js'
