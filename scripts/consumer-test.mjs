// Consumer test: pack the library, install the tarball into a fresh temporary project, then
// `import` it as ESM, `require` it as CJS and compile a TypeScript consumer against its types.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

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

  // Node has English without ceremony: neither file below imports locales/en before asking for English
  const english = (label) => `
const e = lib.calculateContribution({ category: 'BPU', period: '2025-06', declaredIncome: 1000000 }, { locale: 'en' })
if (e.explanation.locale !== 'en' || !/^Programs priced/.test(e.explanation.steps[0].description))
  throw new Error('${label}: English in Node: ' + e.explanation.steps[0].description)
console.log('${label}: English loaded in Node without importing locales/en')
`
  writeFileSync(join(app, 'esm-english.mjs'), `import * as lib from 'bpjs-ketenagakerjaan'\n${english('ESM')}`)
  process.stdout.write(run('node', ['esm-english.mjs'], app))
  writeFileSync(join(app, 'cjs-english.cjs'), `const lib = require('bpjs-ketenagakerjaan')\n${english('CJS')}`)
  process.stdout.write(run('node', ['cjs-english.cjs'], app))

  // a browser bundle of the installed package: Indonesian built in, English only with the pack (its
  // "sideEffects" entry keeps the bare import)
  for (const withPack of [false, true]) {
    const out = join(app, `browser-${withPack}.mjs`)
    await build({
      stdin: {
        contents: `${withPack ? "import 'bpjs-ketenagakerjaan/locales/en'\n" : ''}export { calculateContribution } from 'bpjs-ketenagakerjaan'`,
        resolveDir: app,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      outfile: out,
      logLevel: 'silent',
    })
    const { calculateContribution } = await import(pathToFileURL(out).href)
    const input = { category: 'BPU', period: '2025-06', declaredIncome: 1000000 }
    let got
    try {
      got = calculateContribution(input, { locale: 'en' }).explanation.locale
    } catch (e) {
      got = e.issues?.map((i) => i.code).join(',')
    }
    const want = withPack ? 'en' : 'LOCALE_NOT_LOADED'
    if (got !== want) throw new Error(`browser bundle ${withPack ? 'with' : 'without'} locales/en: ${got}, expected ${want}`)
    if (calculateContribution(input).totals.total !== 16800) throw new Error('browser bundle: BPU total')
    console.log(
      `browser bundle ${withPack ? 'with locales/en: English' : 'without locales/en: Indonesian, English refused (LOCALE_NOT_LOADED)'}`,
    )
  }

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
for (const fn of ['calculateContribution', 'calculateJkmBenefit', 'calculateJkkDeathBenefit', 'calculateJkkBenefit', 'checkEligibility', 'planCoverageProgram', 'projectJhtBalance', 'checkJhtClaim', 'calculateJhtClaim', 'calculateJpBenefit'])
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
// the JSON Schemas and the conformance data set (issue 20)
const schema = require('bpjs-ketenagakerjaan/schemas/contribution-input.json')
if (schema['x-function'] !== 'calculateContribution' || !schema.title.includes(' / ')) throw new Error('CJS: schema')
const index = require('bpjs-ketenagakerjaan/schemas/index.json')
if (index.schemas.length < 10) throw new Error('CJS: schema index')
const conformance = require('bpjs-ketenagakerjaan/conformance')
if (conformance.format !== 'bpjs-tk.conformance' || conformance.count !== conformance.scenarios.length || conformance.count < 100)
  throw new Error('CJS: conformance data set')
const safe = lib.safeCalculateContribution({ category: 'PU', period: '2025-06' })
if (safe.success || safe.error.issues.length !== 3) throw new Error('CJS: safe variant')
console.log('CJS require ok (schemas: ' + index.schemas.length + ', conformance scenarios: ' + conformance.count + ')')
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
  // The same consumer under every resolution a consumer may use, each with skipLibCheck false, so every
  // declaration file the package ships (and the types of its dependencies it names) must compile:
  // ESM (.mts) under NodeNext and Node16, CommonJS (.cts / .ts) under Node10, and a bundler.
  writeFileSync(join(app, 'consumer.mts'), ts)
  writeFileSync(join(app, 'consumer.cts'), ts)
  const matrix = [
    {
      name: 'ESM .mts, module/moduleResolution NodeNext',
      file: 'consumer.mts',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
    },
    {
      name: 'ESM .mts, module/moduleResolution Node16',
      file: 'consumer.mts',
      module: 'Node16',
      moduleResolution: 'Node16',
    },
    {
      name: 'CJS .cts, module/moduleResolution NodeNext',
      file: 'consumer.cts',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
    },
    {
      name: 'CJS .ts, module CommonJS, moduleResolution Node10',
      file: 'consumer.ts',
      module: 'CommonJS',
      moduleResolution: 'Node10',
      esModuleInterop: true,
    },
    {
      name: 'ESM .ts, module ESNext, moduleResolution Bundler',
      file: 'consumer.ts',
      module: 'ESNext',
      moduleResolution: 'Bundler',
    },
  ]
  const failures = []
  for (const [i, m] of matrix.entries()) {
    const { name, file, ...options } = m
    const config = `tsconfig.${i}.json`
    writeFileSync(
      join(app, config),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          skipLibCheck: false,
          types: [],
          ...options,
        },
        files: [file],
      }),
    )
    try {
      run('node', [tsc, '-p', config], app)
      console.log(`TypeScript consumer compiles: ${name}, skipLibCheck false`)
    } catch (e) {
      failures.push(`${name}:\n${e.stdout ?? ''}${e.stderr ?? ''}`)
    }
  }
  if (failures.length > 0) throw new Error(`TypeScript consumer failed:\n${failures.join('\n')}`)
} catch (e) {
  console.error(e.stdout ?? '', e.stderr ?? '', e.message)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
