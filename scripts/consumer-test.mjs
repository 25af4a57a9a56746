// Consumer test: pack the library, install the tarball into a fresh temporary project, then
// `import` it as ESM, `require` it as CJS and compile a TypeScript consumer against its types.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(new URL('..', import.meta.url).pathname)
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const work = mkdtempSync(join(tmpdir(), 'bpjs-consumer-'))
try {
  run('npm', ['pack', '--pack-destination', work], root)
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'))
  const app = join(work, 'app')
  run('mkdir', ['-p', app], work)
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  )
  // install the tarball with its runtime dependencies only (no registry needed for typescript: use ours)
  run('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', join(work, tgz)], app)

  const esm = `
import { formatRupiah, valueAt, getParameter, BpjsValidationError } from 'bpjs-ketenagakerjaan'
import * as lib from 'bpjs-ketenagakerjaan'
import { valueAt as v2, ALL_PARAMETERS } from 'bpjs-ketenagakerjaan/parameters'
import { id } from 'bpjs-ketenagakerjaan/locales/id'
import { en } from 'bpjs-ketenagakerjaan/locales/en'
const cap = valueAt(getParameter('jp.wageCap'), '2024-03').value
if (cap !== '10042300') throw new Error('ESM: wrong cap ' + cap)
if (v2 !== valueAt || ALL_PARAMETERS.length < 1) throw new Error('ESM: parameters subpath')
if (formatRupiah(5000000) !== 'Rp5.000.000') throw new Error('ESM: formatRupiah')
if (!id.AMOUNT_NEGATIVE || !en.AMOUNT_NEGATIVE) throw new Error('ESM: locales')
for (const fn of ['calculateContribution', 'calculateJkmBenefit', 'calculateJkkDeathBenefit', 'checkEligibility', 'planCoverageProgram'])
  if (typeof lib[fn] !== 'function') console.log('ESM: note: ' + fn + ' not exported yet')
if (typeof lib.calculateContribution === 'function') {
  const r = lib.calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 })
  if (r.totals.total !== 16800) throw new Error('ESM: BPU total ' + r.totals.total)
}
console.log('ESM import ok')
`
  writeFileSync(join(app, 'esm.mjs'), esm)
  process.stdout.write(run('node', ['esm.mjs'], app))

  const cjs = `
const lib = require('bpjs-ketenagakerjaan')
const { valueAt, getParameter } = require('bpjs-ketenagakerjaan/parameters')
const { en } = require('bpjs-ketenagakerjaan/locales/en')
if (valueAt(getParameter('jp.wageCap'), '2026-03').value !== '11086300') throw new Error('CJS: wrong cap')
if (!(new lib.BpjsValidationError([]) instanceof Error)) throw new Error('CJS: error class')
if (lib.parseRupiah('Rp5.000.000,50') !== '5000000.50') throw new Error('CJS: parseRupiah')
if (!en.AMOUNT_NEGATIVE) throw new Error('CJS: locales')
console.log('CJS require ok')
`
  writeFileSync(join(app, 'cjs.cjs'), cjs)
  process.stdout.write(run('node', ['cjs.cjs'], app))

  const ts = `
import { formatRupiah, valueAt, getParameter, type Explanation, type Parameter, BpjsRuleError } from 'bpjs-ketenagakerjaan'
import type { ParameterReading } from 'bpjs-ketenagakerjaan/parameters'
import { id } from 'bpjs-ketenagakerjaan/locales/id'
const p: Parameter | undefined = getParameter('jp.wageCap')
const r: ParameterReading = valueAt(p!, '2024-03')
const s: string = formatRupiah(Number(r.value))
const e: Explanation | undefined = undefined
const m: string | undefined = id['AMOUNT_NEGATIVE']
const err = new BpjsRuleError('DATE_BEFORE_COVERAGE')
export const out = [s, e, m, err.code] as const
`
  writeFileSync(join(app, 'consumer.ts'), ts)
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  )
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  run('node', [tsc, '-p', 'tsconfig.json'], app)
  // the same consumer as CommonJS resolution
  writeFileSync(
    join(app, 'tsconfig.cjs.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'CommonJS',
        moduleResolution: 'Node10',
        target: 'ES2022',
        esModuleInterop: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  )
  run('node', [tsc, '-p', 'tsconfig.cjs.json'], app)
  console.log('TypeScript consumer compiles (NodeNext and Node10 resolution)')
} catch (e) {
  console.error(e.stdout ?? '', e.stderr ?? '', e.message)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
