// npm run size: minified + gzipped size of apps that import parts of the built package (dist/), each
// bundled with its dependencies by esbuild for the browser. Also checks tree-shaking: an app importing
// only formatRupiah must not contain decimal.js or zod.
// Usage: node scripts/size.mjs [--smoke]   (--smoke: same checks, compact output, for npm test)
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../dist/esm/index.js', import.meta.url))
const smoke = process.argv.includes('--smoke')
const cases = [
  {
    name: 'calculateContribution only',
    code: `import { calculateContribution } from ${JSON.stringify(dist)}; globalThis.x = calculateContribution`,
    limitKb: 25,
  },
  {
    name: 'whole library',
    code: `import * as lib from ${JSON.stringify(dist)}; globalThis.x = lib`,
    limitKb: 40,
  },
  {
    name: 'formatRupiah only',
    code: `import { formatRupiah } from ${JSON.stringify(dist)}; globalThis.x = formatRupiah`,
    mustNotContain: ['DecimalError', '_zod', 'ZodError'],
  },
]

let failed = false
const rows = []
for (const c of cases) {
  const out = await build({
    stdin: { contents: c.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const text = out.outputFiles[0].text
  const min = Buffer.byteLength(text)
  const gz = gzipSync(text, { level: 9 }).length
  const problems = []
  if (c.limitKb !== undefined && gz > c.limitKb * 1024) problems.push(`over the ${c.limitKb} kB target`)
  for (const s of c.mustNotContain ?? []) if (text.includes(s)) problems.push(`contains ${s}`)
  if (problems.length > 0 && c.mustNotContain !== undefined) failed = true
  rows.push({
    app: c.name,
    'min kB': (min / 1024).toFixed(1),
    'min+gz kB': (gz / 1024).toFixed(1),
    target: c.limitKb === undefined ? 'tree-shaken' : `≤ ${c.limitKb} kB`,
    status: problems.length === 0 ? 'ok' : problems.join('; '),
  })
}
if (smoke) for (const r of rows) console.log(`size: ${r.app}: ${r['min+gz kB']} kB min+gz (${r.status})`)
else console.table(rows)
if (failed) {
  console.error('tree-shaking check failed')
  process.exitCode = 1
}
