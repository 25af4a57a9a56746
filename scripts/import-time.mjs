// npm run import-time: how long `import 'bpjs-ketenagakerjaan'` (and `require`) takes in a fresh Node process,
// measured inside the process from just before the import to just after it (Node's own start-up excluded),
// the median of several processes; plus the number of modules each entry makes Node load.
//
// Usage: node scripts/import-time.mjs [--smoke] [--runs N] [--strict] [--bundle]
//   --smoke   2 runs, no target (npm test runs it so the script never rots)
//   --strict  exit 1 when the median ESM or CJS import is not under 50 ms
//   --bundle  also measure a one-file ESM bundle of dist/esm with its dependencies inlined (written to the
//             system's temporary folder), the layout proposed for Node in the performance report
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const smoke = args.includes('--smoke')
const strict = args.includes('--strict') && !smoke
const runsArg = args.indexOf('--runs')
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : smoke ? 2 : 9
const root = fileURLToPath(new URL('..', import.meta.url))
const TARGET_MS = 50

/** The child: times one import and prints the milliseconds (wall clock and CPU). */
function child(kind, spec) {
  const code =
    kind === 'esm'
      ? `const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(spec)});const u=process.cpuUsage(c);console.log(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]))`
      : `const c=process.cpuUsage();const t=performance.now();require(${JSON.stringify(spec)});const u=process.cpuUsage(c);console.log(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]))`
  const out = execFileSync(
    process.execPath,
    kind === 'esm' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code],
    { cwd: root, encoding: 'utf8' },
  )
  return JSON.parse(out.trim().split('\n').pop())
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Modules Node loads for an entry: every file esbuild reaches from it, by package. */
async function moduleCount(entryPath, format) {
  const r = await build({
    entryPoints: [entryPath],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format,
    logLevel: 'silent',
  })
  const count = { library: 0 }
  for (const path of Object.keys(r.metafile.inputs)) {
    const nm = path.lastIndexOf('node_modules/')
    const name = nm < 0 ? 'library' : path.slice(nm + 13).split('/')[0]
    count[name] = (count[name] ?? 0) + 1
  }
  return count
}

const entries = [
  {
    name: 'import \'bpjs-ketenagakerjaan\' in Node (ESM, "node" condition: dist/node)',
    kind: 'esm',
    spec: 'bpjs-ketenagakerjaan',
    file: join(root, 'dist/node/index.js'),
    format: 'esm',
  },
  {
    name: 'ESM for bundlers, one file per module (dist/esm) loaded directly by Node',
    kind: 'esm',
    spec: 'bpjs-ketenagakerjaan',
    file: join(root, 'dist/esm/index.js'),
    format: 'esm',
  },
  {
    name: "require('bpjs-ketenagakerjaan') (CJS, dist/cjs)",
    kind: 'cjs',
    spec: 'bpjs-ketenagakerjaan',
    file: join(root, 'dist/cjs/index.cjs'),
    format: 'cjs',
  },
]
let tmp
if (args.includes('--bundle')) {
  tmp = mkdtempSync(join(tmpdir(), 'bpjs-import-'))
  const outfile = join(tmp, 'index.mjs')
  await build({
    entryPoints: [join(root, 'dist/esm/index.js')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  })
  entries.push({
    name: 'one-file ESM bundle, dependencies inlined (proposal)',
    kind: 'esm',
    spec: outfile,
    file: outfile,
    format: 'esm',
  })
}

const rows = []
let missed = false
for (const e of entries) {
  const times = []
  for (let i = 0; i < runs; i++) times.push(child(e.kind, e.spec))
  const wall = median(times.map((t) => t[0]))
  const cpu = median(times.map((t) => t[1]))
  const modules = await moduleCount(e.file, e.format)
  if (e.kind === 'esm' || e.kind === 'cjs')
    if (!e.name.includes('proposal') && wall >= TARGET_MS) missed = true
  rows.push({
    entry: e.name,
    'median ms': wall.toFixed(1),
    'CPU ms': cpu.toFixed(1),
    modules: Object.entries(modules)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
    target: e.name.includes('proposal') ? '' : `< ${TARGET_MS} ms: ${wall < TARGET_MS ? 'met' : 'missed'}`,
  })
}
if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true })
if (smoke) for (const r of rows) console.log(`import-time: ${r.entry}: ${r['median ms']} ms (${r.modules})`)
else {
  console.log(`import time, median of ${runs} fresh processes, node ${process.version}`)
  console.table(rows)
}
if (strict && missed) process.exitCode = 1
