// Checks that `npm pack` ships only the build, the three reference pages generated from the data (the decisions
// page the explanations link to, decision D25, and the parameter and law pages it links to), README, LICENSE,
// CHANGELOG and package.json; and that every repository path the build names (`docs/guides/decisions.md#d12`
// in a decision citation) ships.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const out = execFileSync('npm', ['pack', '--dry-run', '--json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
})
const [info] = JSON.parse(out)
const files = info.files.map((f) => f.path)
const PAGES = ['docs/guides/decisions.md', 'docs/guides/parameters.md', 'docs/guides/law-reference.md']
const allowed = (p) =>
  p.startsWith('dist/') || [...PAGES, 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(p)
const bad = files.filter((p) => !allowed(p))
for (const must of [
  'dist/esm/index.js',
  'dist/esm/index.d.ts',
  'dist/cjs/index.cjs',
  'dist/cjs/index.d.cts',
  'dist/cli.js',
  'dist/schemas/index.json',
  'dist/schemas/contribution-input.json',
  'dist/schemas/options.json',
  'dist/conformance/scenarios.json',
  ...PAGES,
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
])
  if (!files.includes(must)) bad.push(`missing: ${must}`)
// every repository path a shipped file names (in code, a comment or a type declaration) ships too (D25)
const NAMED = /\b(?:docs|test|scripts|bench|web|examples|doors|cli)\/[A-Za-z0-9_./-]+\.(?:md|ts|mjs|json)\b/g
for (const f of files.filter((p) => /\.(?:js|cjs|d\.ts|d\.cts)$/.test(p)))
  for (const named of new Set(readFileSync(f, 'utf8').match(NAMED) ?? []))
    if (!files.includes(named)) bad.push(`${f} names ${named}, which does not ship`)
if (bad.length > 0) {
  console.error('npm pack would ship unexpected files:\n  ' + bad.join('\n  '))
  process.exit(1)
}
console.log(
  `npm pack: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked — only dist/, the generated reference pages, README, LICENSE, CHANGELOG`,
)
