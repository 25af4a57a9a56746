// `npm pack` / `npm publish` build first (prepack), so a tarball can never lack dist/ or ship a stale one:
// the build runs when dist/ is missing or older than any file it is built from. Within `npm test`, which has just
// built, the pack checks then reuse that build instead of building three more times.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(new URL('..', import.meta.url).pathname)
const newest = (dir) => {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}
const inputs = [
  'src',
  'cli',
  'doors',
  'package.json',
  'tsup.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  // the conformance data set and the JSON Schemas are written by the build (scripts/gen-data.mjs)
  'test/scenarios',
  'scripts/gen-data.mjs',
  'scripts/conformance-data.mjs',
]
  .map((p) => join(root, p))
  .filter((p) => existsSync(p))
const built = join(root, 'dist', 'cli.js')
// the reference pages the package ships, written by the build from the data (scripts/gen-parameter-docs.mjs)
const pages = ['decisions.md', 'parameters.md', 'law-reference.md'].map((f) =>
  join(root, 'docs', 'guides', f),
)
const stale =
  !existsSync(join(root, 'dist', 'esm', 'index.js')) ||
  !existsSync(built) ||
  pages.some((p) => !existsSync(p) || statSync(p).mtimeMs < statSync(built).mtimeMs) ||
  Math.max(...inputs.map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs))) >
    statSync(built).mtimeMs
if (stale) {
  console.error('prepack: building dist/ first')
  // the build's output to stderr: `npm pack --json` prints its JSON on stdout
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] })
} else console.error('prepack: dist/ is up to date')
