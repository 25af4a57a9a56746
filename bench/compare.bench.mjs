// npm run bench:compare -- --old <dist/esm/index.js of another build> [--new <path>] [--rounds R]
//
// Two builds in one process, in alternate rounds (the order swapped every round), on the workers of
// `npm run bench`: (a) calculateContribution with its explanation on 100,000 of them, (b) calculateContributions
// on all 1,000,000. Prints each round and the median of the new ÷ old speed ratios. One process and
// alternate rounds take out what varies between processes on a shared machine (the float baseline of
// `npm run bench` moves between about 5M and 10M rows/s from one process to the next, the same code).
// Build the old one with `git worktree add /tmp/old <rev> && cd /tmp/old && ln -s <repo>/node_modules &&
// npx tsc -p tsconfig.build.json`.
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const oldPath = option('--old', undefined)
if (oldPath === undefined) {
  console.error('usage: npm run bench:compare -- --old <path to the other build’s dist/esm/index.js>')
  process.exit(2)
}
const newPath = option('--new', fileURLToPath(new URL('../dist/esm/index.js', import.meta.url)))
const ROUNDS = Number(option('--rounds', '6'))
const oldLib = await import(oldPath)
const newLib = await import(newPath)

function mulberry32(a) {
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rnd = mulberry32(20261124)
const N = 1_000_000
const A = 100_000
const rows = Array.from({ length: N }, () => ({
  category: 'PU',
  period: '2026-10',
  wage: 1_000_000 + Math.floor(rnd() * 99_000_001),
  jkkRiskClass: 1 + Math.floor(rnd() * 5),
  enterpriseSize: 'large',
}))
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {}

function single(lib) {
  let s = 0
  for (let i = 0; i < A; i++) s += lib.calculateContribution(rows[i]).explanation.steps.length
  return s
}
const batch = (lib) => lib.calculateContributions(rows).totals.total

// the two builds must agree before they are timed
if (batch(oldLib) !== batch(newLib) || single(oldLib) !== single(newLib)) {
  console.error('compare: the two builds give different totals or explanations')
  process.exit(1)
}
const time = (f) => {
  gc()
  const s = performance.now()
  f()
  return performance.now() - s
}
const ra = []
const rb = []
for (let k = 0; k < ROUNDS; k++) {
  const order = k % 2 === 0 ? [oldLib, newLib] : [newLib, oldLib]
  const ta = new Map()
  const tb = new Map()
  for (const lib of order) {
    ta.set(
      lib,
      time(() => single(lib)),
    )
    tb.set(
      lib,
      time(() => batch(lib)),
    )
  }
  ra.push(ta.get(oldLib) / ta.get(newLib))
  rb.push(tb.get(oldLib) / tb.get(newLib))
  const rate = (n, ms) => Math.round((n / ms) * 1000).toLocaleString('en-US')
  console.log(
    `round ${k + 1}: (a) old ${rate(A, ta.get(oldLib))}, new ${rate(A, ta.get(newLib))} calls/s; (b) old ${rate(N, tb.get(oldLib))}, new ${rate(N, tb.get(newLib))} rows/s`,
  )
}
const median = (x) => {
  const s = [...x].sort((p, q) => p - q)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}
const list = (x) => x.map((v) => v.toFixed(2)).join(', ')
console.log(`new ÷ old speed, median of ${ROUNDS} rounds: (a) ${median(ra).toFixed(3)} [${list(ra)}]`)
console.log(`                                  (b) ${median(rb).toFixed(3)} [${list(rb)}]`)
