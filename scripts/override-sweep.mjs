#!/usr/bin/env node
// npm run sweep:overrides: every parameter overridden with degenerate and extreme values, in turn, under every
// scenario fixture of test/scenarios (from the built package). Each call must give a result or a
// BpjsValidationError / BpjsRuleError within a time limit: a bare error (TypeError, RangeError …) or a call that
// does not end is a bug of the library. It found an empty tier list that threw a RangeError, a six-digit
// multiplier that threw a TypeError, a school entry age of 10,000 years that looped on dates past 9999 and a
// schedule of 10^12 months; each is now refused or computed, with a spec.
//
// Values tried: scalars by unit (a rate 0, 1 and 0.0001; rupiah 0 and 1; ages, years, months and counts 0, 1,
// 10,000 and 10^9; flags both ways; dates 0001-01-01 and 9999-12-31); a table with every number 0, 10,000 or
// 10^12; a list emptied, cut to its first or last row, reversed. Each parameter runs in a worker that is stopped
// after --timeout seconds (20).
//
// Usage: node scripts/override-sweep.mjs [--only <parameter id prefix>] [--timeout <s>]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist', 'esm')

if (!isMainThread) {
  // one parameter, each of its values under every fixture; reports bare errors and slow calls
  const api = await import(join(dist, 'index.js'))
  const { id, values, fixtures } = workerData
  for (const value of values) {
    for (const f of fixtures) {
      parentPort.postMessage({ kind: 'start', value, fixture: `${f.function} "${f.name}"` })
      try {
        api[f.function](f.input, { ...f.options, parameters: { ...f.options?.parameters, [id]: value } })
      } catch (e) {
        if (!(e instanceof api.BpjsValidationError || e instanceof api.BpjsRuleError))
          parentPort.postMessage({
            kind: 'bare',
            value,
            fixture: `${f.function} "${f.name}"`,
            error: String(e),
          })
      }
    }
  }
  parentPort.postMessage({ kind: 'done' })
} else {
  const args = process.argv.slice(2)
  const opt = (name, fallback) => {
    const i = args.indexOf(name)
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
  }
  const only = opt('--only', '')
  const timeoutMs = Number(opt('--timeout', '20')) * 1000
  const { ALL_PARAMETERS } = await import(join(dist, 'parameters', 'index.js'))
  const walk = (d) =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f)
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : []
    })
  const fixtures = walk(join(root, 'test', 'scenarios')).flatMap((f) => {
    const raw = JSON.parse(readFileSync(f, 'utf8'))
    return Array.isArray(raw) ? raw : [raw]
  })
  const SCALARS = {
    rate: ['0', '1', '0.0001'],
    rupiah: [0, 1],
    age: [0, 1, 10_000, 1e9],
    years: [0, 1, 10_000, 1e9],
    months: [0, 1, 10_000, 1e9],
    count: [0, 1, 10_000, 1e9],
    flag: [true, false],
    date: ['0001-01-01', '9999-12-31'],
  }
  /** `x` with every number (and every digit string) replaced by `n`. */
  const every = (x, n) =>
    typeof x === 'number'
      ? n
      : typeof x === 'string' && /^\d+(\.\d+)?$/.test(x)
        ? String(n)
        : Array.isArray(x)
          ? x.map((y) => every(y, n))
          : x !== null && typeof x === 'object'
            ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, every(v, n)]))
            : x
  const valuesOf = (p) => {
    if (p.unit !== 'table') return SCALARS[p.unit] ?? []
    const last = p.values[p.values.length - 1].value
    const out = [every(last, 0), every(last, 10_000), every(last, 1e12)]
    if (Array.isArray(last)) out.push([])
    if (Array.isArray(last) && last.length > 1)
      out.push([last[0]], [last[last.length - 1]], [...last].reverse())
    return out
  }
  const params = ALL_PARAMETERS.filter((p) => p.id.startsWith(only))
  const problems = []
  let calls = 0
  const started = performance.now()
  for (const p of params) {
    const values = valuesOf(p)
    if (values.length === 0) continue
    await new Promise((done) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { id: p.id, values, fixtures } })
      let last
      let timer
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          problems.push(
            `${p.id} = ${JSON.stringify(last?.value)}: no end after ${timeoutMs / 1000} s (${last?.fixture})`,
          )
          void w.terminate()
        }, timeoutMs)
      }
      arm()
      w.on('message', (m) => {
        if (m.kind === 'start') {
          calls++
          last = m
        } else if (m.kind === 'bare')
          problems.push(`${p.id} = ${JSON.stringify(m.value)}: ${m.error} (${m.fixture})`)
      })
      w.on('error', (e) => problems.push(`${p.id}: the worker failed: ${e}`))
      w.on('exit', () => {
        clearTimeout(timer)
        done()
      })
      // the limit is for the whole parameter: a hang shows as no end
    })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(
    `override sweep: ${params.length} parameters, ${calls.toLocaleString('en')} calls on ${fixtures.length} fixtures in ${seconds} s; ${problems.length} problems`,
  )
  for (const p of [...new Set(problems)]) console.log(`  ${p}`)
  process.exit(problems.length === 0 ? 0 : 1)
}
