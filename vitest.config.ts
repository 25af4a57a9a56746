import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // the tests import src/index.ts, the browser entry: they load the English pack as a Node program has it
    setupFiles: ['test/setup/english.ts'],
    testTimeout: 60_000,
  },
})
