// Checks that `npm pack` ships only the build, README, LICENSE, CHANGELOG and package.json.
import { execFileSync } from 'node:child_process'

const out = execFileSync('npm', ['pack', '--dry-run', '--json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
})
const [info] = JSON.parse(out)
const files = info.files.map((f) => f.path)
const allowed = (p) =>
  p.startsWith('dist/') || ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'].includes(p)
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
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
])
  if (!files.includes(must)) bad.push(`missing: ${must}`)
if (bad.length > 0) {
  console.error('npm pack would ship unexpected files:\n  ' + bad.join('\n  '))
  process.exit(1)
}
console.log(
  `npm pack: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked — only dist/, README, LICENSE, CHANGELOG`,
)
