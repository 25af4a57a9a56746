import { defineConfig } from 'tsup'

// The ESM build is emitted by `tsc -p tsconfig.build.json` into dist/esm, one file per module, so that
// bundlers tree-shake module by module ("sideEffects": false): an app importing formatRupiah alone
// never pulls in decimal.js or zod. tsup builds the CommonJS entries (with shared chunks, so classes are
// the same object across subpaths) and the command-line tool.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      parameters: 'src/parameters/index.ts',
      'locales/id': 'src/i18n/id.ts',
      'locales/en': 'src/i18n/en.ts',
    },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist/cjs',
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
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __bpjsCreateRequire } from "node:module"; const require = __bpjsCreateRequire(import.meta.url);',
    },
    outDir: 'dist',
  },
])
