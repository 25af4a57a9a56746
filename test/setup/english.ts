// Loads the English pack for every test, as the Node and CommonJS builds do (src/node.ts). The tests of a
// bundle without it are in test/i18n/english-pack.test.ts.
import '../../src/i18n/en.js'
