// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['**/*.json', '.tmp/**', 'dist/**', 'docs-site/**', 'coverage/**', 'node_modules/**', 'reports/**', '.stryker-tmp/**', 'test-output/**', 'examples/web/vendor/**', 'dist-web/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'util', 'stream'], message: 'src/ must stay isomorphic: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='round']", message: 'No float rounding in src/: use the money module.' },
        { selector: "CallExpression[callee.property.name='toFixed']", message: 'No toFixed in src/: use the money module.' },
        { selector: "CallExpression[callee.name='parseFloat']", message: 'No parseFloat in src/: use the money parser.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/ must not read the clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/ must not read the clock.' },
      ],
    },
  },
  {
    // the people-facing doors are shared by the CLI and the web app: pure, no Node built-ins
    files: ['doors/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'util', 'stream'], message: 'doors/ must stay isomorphic: no Node built-ins.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'examples/**', 'bench/**', '*.config.*', 'bin/**', 'cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Decision D23: no test, example or fixture reads the clock; a test names its dates, and "today" is the
    // legal data's verification date (COVERAGE.verifiedOn). Durations (performance.now) are not dates.
    files: ['test/**', 'examples/**', 'web/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'D23: tests and examples must not read the clock; name the date (COVERAGE.verifiedOn is "today").' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'D23: tests and examples must not read the clock; name the date.' },
        { selector: "CallExpression[callee.name='Date']", message: 'D23: Date() reads the clock; name the date.' },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
)
