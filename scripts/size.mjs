// npm run size: minified + gzipped size of apps (the targets are those of issue 17) that import parts of the built package (dist/esm), each
// bundled with its dependencies by esbuild for the browser, and the tree-shaking checks: an app importing only
// formatRupiah must not contain decimal.js or zod, one importing only calculateContribution must not contain
// decimal.js (its arithmetic is integer and BigInt).
//
// Usage: node scripts/size.mjs [--smoke] [--breakdown] [--strict] [--dist dir]
//   --smoke      the same checks, compact output (npm test runs it); fails only on a tree-shaking check
//   --breakdown  the largest modules of each app (minified bytes in the bundle, by file or package)
//   --strict     also fail when a size target is missed
//   --dist dir   measure another build of dist/esm (default: ../dist/esm)
import { build } from 'esbuild'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
const breakdown = args.includes('--breakdown')
const strict = args.includes('--strict')
const distArg = args.indexOf('--dist')
const distDir =
  distArg >= 0 && args[distArg + 1] !== undefined
    ? resolve(args[distArg + 1])
    : fileURLToPath(new URL('../dist/esm', import.meta.url))
const entry = join(distDir, 'index.js')
const parametersEntry = join(distDir, 'parameters', 'index.js')
if (!existsSync(entry)) {
  console.error(`size: ${entry} not found; run npm run build first`)
  process.exit(1)
}
const DECIMAL = ['DecimalError']
const ZOD = ['_zod', 'ZodError']
const cases = [
  {
    name: 'calculateContribution only',
    code: `import { calculateContribution } from ${JSON.stringify(entry)}; globalThis.x = calculateContribution`,
    limitKb: 25,
    mustNotContain: DECIMAL,
  },
  {
    name: 'calculateContribution + calculateContributions',
    code: `import { calculateContribution, calculateContributions } from ${JSON.stringify(entry)}; globalThis.x = [calculateContribution, calculateContributions]`,
    mustNotContain: DECIMAL,
  },
  {
    name: 'whole library',
    code: `import * as lib from ${JSON.stringify(entry)}; globalThis.x = lib`,
    limitKb: 50,
  },
  {
    name: 'formatRupiah only',
    code: `import { formatRupiah } from ${JSON.stringify(entry)}; globalThis.x = formatRupiah`,
    limitKb: 2,
    mustNotContain: [...DECIMAL, ...ZOD],
  },
  {
    name: 'parameters subpath (getParameter + valueAt)',
    code: `import { getParameter, valueAt } from ${JSON.stringify(parametersEntry)}; globalThis.x = [getParameter, valueAt]`,
    limitKb: 15,
  },
]

/** A bundle input as a short name: the package for dependencies, the path under dist/esm for the library. */
function moduleName(path) {
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path)
  }
  const at = path.lastIndexOf('/esm/')
  return at >= 0 ? path.slice(at + 5) : path
}

let treeShakingFailed = false
let overTarget = false
const rows = []
const details = []
for (const c of cases) {
  const out = await build({
    stdin: { contents: c.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const text = out.outputFiles[0].text
  const min = Buffer.byteLength(text)
  const gz = gzipSync(text, { level: 9 }).length
  const problems = []
  if (c.limitKb !== undefined && gz > c.limitKb * 1024) {
    problems.push(`over the ${c.limitKb} kB target`)
    overTarget = true
  }
  for (const s of c.mustNotContain ?? [])
    if (text.includes(s)) {
      problems.push(`contains ${s === 'DecimalError' ? 'decimal.js' : s}`)
      treeShakingFailed = true
    }
  rows.push({
    app: c.name,
    'min kB': (min / 1024).toFixed(1),
    'min+gz kB': (gz / 1024).toFixed(1),
    target: c.limitKb === undefined ? 'tree-shaken' : `≤ ${c.limitKb} kB`,
    status: problems.length === 0 ? 'ok' : problems.join('; '),
  })
  if (breakdown) {
    const inputs = Object.values(out.metafile.outputs)[0]?.inputs ?? {}
    const by = new Map()
    for (const [path, v] of Object.entries(inputs)) {
      const name = moduleName(path)
      by.set(name, (by.get(name) ?? 0) + v.bytesInOutput)
    }
    details.push({
      app: c.name,
      top: [...by]
        .filter(([, b]) => b > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([name, b]) => `${name} ${(b / 1024).toFixed(1)}`),
    })
  }
}
if (smoke) for (const r of rows) console.log(`size: ${r.app}: ${r['min+gz kB']} kB min+gz (${r.status})`)
else console.table(rows)
for (const d of details) console.log(`${d.app} — largest modules (minified kB): ${d.top.join(', ')}`)
if (treeShakingFailed) {
  console.error('tree-shaking check failed')
  process.exitCode = 1
}
if (strict && !smoke && overTarget) process.exitCode = 1
