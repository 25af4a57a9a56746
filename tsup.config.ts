import { defineConfig } from 'tsup'

export default defineConfig([
  {
    // the library: tree-shakable ESM + CJS + types, no CLI code
    entry: {
      index: 'src/index.ts',
      parameters: 'src/parameters/index.ts',
      'locales/id': 'src/i18n/id.ts',
      'locales/en': 'src/i18n/en.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
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
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __bpjsCreateRequire } from "node:module"; const require = __bpjsCreateRequire(import.meta.url);' },
    outDir: 'dist',
  },
])
