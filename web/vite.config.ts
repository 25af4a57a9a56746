// Vite build of the web app: `npm run build:web` → dist-web/ (static files, relative URLs, any static host).
// The app imports the library by its package name; here that name points at the TypeScript source, so the
// app always runs the code of this checkout (and only the parts it uses are bundled).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      { find: /^bpjs-ketenagakerjaan$/, replacement: here('../src/index.ts') },
      { find: /^bpjs-ketenagakerjaan\/locales\/en$/, replacement: here('../src/i18n/en.ts') },
    ],
  },
  build: {
    outDir: here('../dist-web'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
})
