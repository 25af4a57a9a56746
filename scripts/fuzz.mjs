#!/usr/bin/env node
/**
 * Long fuzz run of every public entry point (the same generators and checks as
 * test/reliability/fuzz.test.ts, which runs a short fixed-seed version inside `npm test`).
 *
 *   node scripts/fuzz.mjs [--runs N] [--seed S] [--target a,b] [--time S] [--known-bugs] [--list]
 *
 *   --runs N        runs per target (default 20000)
 *   --seed S        fast-check seed (default: random, printed so a failure can be replayed)
 *   --target a,b    only these functions (default: every target exported)
 *   --time S        stop each target after S seconds (default: no limit)
 *   --known-bugs    also generate the inputs behind the catalogue's open known bugs
 *                   (null-prototype objects, own toString/valueOf keys, 20,000-character strings)
 *   --list          print the targets and exit
 *
 * Exit code 1 when any target found a problem; the counterexample and the replay command are printed.
 * Runs the TypeScript sources directly (through tsx), so no build is needed.
 */
import { register } from 'tsx/esm/api'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    target: { type: 'string' },
    time: { type: 'string' },
    'known-bugs': { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help) {
  console.log(
    'usage: node scripts/fuzz.mjs [--runs N] [--seed S] [--target a,b] [--time S] [--known-bugs] [--list]',
  )
  process.exit(0)
}

const runs = Number(values.runs)
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed)
const timeLimit = values.time === undefined ? undefined : Number(values.time) * 1000
if (!Number.isSafeInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, got ${values.runs}`)
if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`)

register()
// the English pack, as the Node build and the tests load it (test/setup/english.ts): the checks read both languages
await import('../test/setup/english.ts')
const fc = (await import('fast-check')).default
const { fuzzProperty, fuzzTargets } = await import('../test/reliability/fuzz/fuzz.ts')

const wanted = values.target?.split(',').map((s) => s.trim())
const targets = fuzzTargets().filter((t) => wanted === undefined || wanted.includes(t.name))
if (values.list) {
  for (const t of fuzzTargets()) console.log(t.name)
  process.exit(0)
}
if (wanted !== undefined) {
  const missing = wanted.filter((w) => !targets.some((t) => t.name === w))
  if (missing.length > 0) throw new Error(`unknown or unexported targets: ${missing.join(', ')}`)
}

const opts = { knownBugs: values['known-bugs'] }
console.log(
  `fuzz: ${targets.length} targets × ${runs} runs, seed ${seed}${timeLimit ? `, ${values.time}s per target` : ''}${opts.knownBugs ? ', with known-bug inputs' : ''}`,
)
let failed = 0
const started = Date.now()
for (const t of targets) {
  const t0 = Date.now()
  const details = fc.check(fuzzProperty(t, opts), {
    seed,
    numRuns: runs,
    endOnFailure: true,
    ...(timeLimit === undefined ? {} : { interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false }),
  })
  const ms = Date.now() - t0
  if (details.failed) {
    failed++
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
    console.log(`✗ ${t.name}: failed after ${details.numRuns} runs (${ms} ms)`)
    console.log(`  ${error.split('\n')[0]}`)
    let shown
    try {
      shown = fc.stringify(details.counterexample)
    } catch {
      shown = String(details.counterexample) // values fast-check itself cannot print (arrays with own keys)
    }
    console.log(`  counterexample: ${shown.slice(0, 2000)}`)
    console.log(
      `  replay: node scripts/fuzz.mjs --target ${t.name} --seed ${seed} --runs ${runs}${opts.knownBugs ? ' --known-bugs' : ''}  (path ${details.counterexamplePath})`,
    )
  } else {
    console.log(`✓ ${t.name}: ${details.numRuns} runs${details.interrupted ? ' (time limit)' : ''}, ${ms} ms`)
  }
}
console.log(
  `fuzz: ${failed === 0 ? 'no problem found' : `${failed} target(s) failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed})`,
)
process.exit(failed === 0 ? 0 : 1)
