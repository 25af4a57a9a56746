import { defineConfig } from 'tsup'

// The ESM build for bundlers is emitted by `tsc -p tsconfig.build.json` into dist/esm, one file per
// module, so that bundlers tree-shake module by module ("sideEffects": false): an app importing
// formatRupiah alone never pulls in decimal.js or zod. tsup builds the CommonJS entries and the ESM for
// Node (shared chunks, so classes are the same object across subpaths) and the command-line tool.
export default defineConfig([
  {
    entry: {
      // the whole library with English loaded (src/node.ts); browsers' dist/esm leaves English to locales/en
      index: 'src/node.ts',
      parameters: 'src/parameters/index.ts',
      'locales/id': 'src/i18n/id.ts',
      'locales/en': 'src/i18n/en.ts',
    },
    format: ['cjs'],
    dts: true,
    // zod, date-fns and decimal.js inlined: one require loads a handful of files instead of ~100 modules
    noExternal: [/.*/],
    sourcemap: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist/cjs',
  },
  {
    // ESM for Node (the "node" export condition): the same code as dist/esm, in a few shared-chunk files
    // with its dependencies inlined, so `import` is fast (Node otherwise loads every module file of zod
    // and date-fns). Bundlers for browsers keep dist/esm, one file per module, for tree-shaking.
    entry: {
      // the whole library with English loaded (src/node.ts); browsers' dist/esm leaves English to locales/en
      index: 'src/node.ts',
      parameters: 'src/parameters/index.ts',
      'locales/id': 'src/i18n/id.ts',
      'locales/en': 'src/i18n/en.ts',
    },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    splitting: true,
    treeshake: true,
    noExternal: [/.*/],
    outDir: 'dist/node',
  },
  {
    // the people-facing doors (doors/: number reading, column words, CSV, layouts) as one browser-ready ESM file
    // for `npm run demo`; not part of the published package (package.json "files")
    entry: { 'doors/index': 'doors/index.ts' },
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    outDir: 'dist',
  },
  {
    // the command-line tool: one self-contained ESM file; its libraries (commander, csv, progress) are
    // bundled in so they never become dependencies of the library
    entry: { cli: 'cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    splitting: false,
    noExternal: [/.*/],
    minify: true,
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __bpjsCreateRequire } from "node:module"; const require = __bpjsCreateRequire(import.meta.url);',
    },
    outDir: 'dist',
  },
])
