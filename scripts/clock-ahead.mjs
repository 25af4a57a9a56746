#!/usr/bin/env node
// Runs the unit suite once with the process clock moved years ahead (decision D23: nothing reads the clock, so
// the suite must pass in any year). A clock dependency then fails CI the day it is written, not months later.
//
// With Debian's libfaketime (installed by .ci/run) every process of the run, the CLI children included, sees the
// moved clock. Without it, an equivalent Node preload (scripts/clock-ahead-preload.mjs, passed through
// NODE_OPTIONS so child Node processes get it too) moves `Date`. Before the suite runs, a probe process checks
// that the clock really moved, so this check cannot pass by accident.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const YEARS = 7
const LIBS = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
]
const lib = LIBS.find((p) => existsSync(p))
const preload = pathToFileURL(fileURLToPath(new URL('./clock-ahead-preload.mjs', import.meta.url))).href

const env = { ...process.env }
if (lib) {
  env.LD_PRELOAD = [lib, env.LD_PRELOAD].filter(Boolean).join(':')
  env.FAKETIME = `+${YEARS}y`
  // Timers and durations keep the real monotonic clock, so vitest's time-outs behave.
  env.FAKETIME_DONT_FAKE_MONOTONIC = '1'
} else {
  env.BPJS_TK_CLOCK_AHEAD_YEARS = String(YEARS)
  env.NODE_OPTIONS = [`--import=${preload}`, env.NODE_OPTIONS].filter(Boolean).join(' ')
}
const how = lib
  ? `libfaketime (${lib})`
  : 'a Node preload moving Date (install Debian faketime for the full check)'

// The probe: the real year (read here, in the harness, never in tests) against the year the suite will see.
const realYear = new Date().getUTCFullYear()
const probe = spawnSync(
  process.execPath,
  ['-e', 'process.stdout.write(String(new Date().getUTCFullYear()))'],
  {
    env,
    encoding: 'utf8',
  },
)
const seenYear = Number(probe.stdout)
if (probe.status !== 0 || !(seenYear >= realYear + YEARS - 1)) {
  console.error(
    `clock-ahead: the clock did not move (real ${realYear}, seen ${probe.stdout || probe.stderr}) with ${how}`,
  )
  process.exit(2)
}
console.log(`clock-ahead: unit suite with the clock at ${seenYear} (real ${realYear}) through ${how}`)

const args = ['vitest', 'run', ...process.argv.slice(2)]
const run = spawnSync('npx', args, { env, stdio: 'inherit' })
process.exit(run.status ?? 1)
